package events

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/muc"
)

// readMUCKeys returns the incident types of each message ("" entries dropped).
func readMUCKeys(path string) map[string]map[string]bool {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	out := map[string]map[string]bool{}
	id := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "0.  MESSAGE: ID") {
			id = strings.TrimSpace(strings.TrimPrefix(line, "0.  MESSAGE: ID"))
			if out[id] == nil {
				out[id] = map[string]bool{}
			}
		}
		if strings.HasPrefix(line, "4.  INCIDENT: TYPE") {
			for _, t := range strings.Split(strings.TrimSpace(strings.TrimPrefix(line, "4.  INCIDENT: TYPE")), "/") {
				t = strings.TrimSpace(t)
				if t != "" && t != "*" && id != "" {
					out[id][t] = true
				}
			}
		}
	}
	return out
}

// sentenceCase turns MUC's upper-case wire text into lower case with capitalised sentence
// starts (names are lost; the extractor's generic-actor rules still apply).
func sentenceCase(s string) string {
	if i := strings.Index(s, "[TEXT]"); i >= 0 {
		s = s[i+6:]
	}
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 32
			up = false
		}
		if c == '.' || c == '\n' && i+1 < len(b) && b[i+1] == ' ' {
			up = true
		}
	}
	return strings.Join(strings.Fields(string(b)), " ")
}

func mucCategory(e model.Event) string {
	switch {
	case e.Mode == "abduct":
		return "KIDNAPPING"
	case e.Mode == "explosives" || e.Mode == "suicide-attack" || strings.Contains(e.ACLED.SubEventType, "explosive") || e.ACLED.SubEventType == "Suicide bomb" || e.ACLED.SubEventType == "Grenade":
		return "BOMBING"
	case e.Mode == "destroy":
		return "ARSON"
	}
	return "ATTACK"
}

// TestMUC4 measures document-level detection of violent incidents on MUC-3/4 TST1+TST2:
// a document is relevant when its key has an incident; the extractor finds it when it
// reports an asserted ASSAULT event. Per type: ATTACK, BOMBING, KIDNAPPING.
func TestMUC4(t *testing.T) {
	base := filepath.Join(sharedDir(), "data", "muc4-dev")
	var tp, fp, fn, tn int
	typeHit := map[string][2]int{}
	for _, p := range [][2]string{{"tst1/tst1-muc3", "tst1/key-tst1.v7"}, {"tst2/tst2-muc4", "tst2/key-tst2.v4"}} {
		docs, order := muc.ReadDocs(filepath.Join(base, p[0]))
		keys := readMUCKeys(filepath.Join(base, p[1]))
		if docs == nil || keys == nil {
			t.Skip("muc4-dev not present")
		}
		for _, id := range order {
			text := sentenceCase(docs[id])
			evs := Extract(&model.Annotation{Doc: &model.Document{ID: id, Text: text}})
			found := map[string]bool{}
			for _, e := range evs {
				if e.Type == "ASSAULT" && e.Modality == "asserted" {
					found[mucCategory(e)] = true
					found["ANY"] = true
				}
			}
			gold := keys[id]
			rel := len(gold) > 0
			switch {
			case rel && found["ANY"]:
				tp++
			case rel:
				fn++
			case found["ANY"]:
				fp++
			default:
				tn++
			}
			for _, ty := range []string{"ATTACK", "BOMBING", "KIDNAPPING"} {
				if gold[ty] {
					h := typeHit[ty]
					h[1]++
					if found[ty] {
						h[0]++
					}
					typeHit[ty] = h
				}
			}
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("MUC-4 TST1+TST2 document level: relevant %d, irrelevant %d; precision %.3f recall %.3f F1 %.3f",
		tp+fn, fp+tn, p, r, 2*p*r/max(p+r, 1e-9))
	for _, ty := range []string{"ATTACK", "BOMBING", "KIDNAPPING"} {
		h := typeHit[ty]
		t.Logf("  %-10s documents %3d, found with that category %3d (%.1f%%)", ty, h[1], h[0], 100*float64(h[0])/float64(max(h[1], 1)))
	}
	if tp+fn > 50 && (r < 0.6 || p < 0.6) {
		t.Errorf("document precision %.3f / recall %.3f below the floor 0.6", p, r)
	}
}

// TestWikiEvents measures document-level recall of attacks and deaths on WikiEvents dev: a
// document with a Conflict.Attack or Life.Die mention should yield an ASSAULT event, one with
// Justice.ArrestJailDetain a COERCE arrest.
func TestWikiEvents(t *testing.T) {
	f, err := os.Open(filepath.Join(sharedDir(), "data", "wikievents-dev", "dev.jsonl"))
	if err != nil {
		t.Skip("wikievents-dev not present")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 8<<20)
	attackDocs, attackFound, arrestDocs, arrestFound, docs := 0, 0, 0, 0, 0
	for sc.Scan() {
		var d struct {
			DocID  string `json:"doc_id"`
			Text   string `json:"text"`
			Events []struct {
				Type string `json:"event_type"`
			} `json:"event_mentions"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs++
		evs := Extract(&model.Annotation{Doc: &model.Document{ID: d.DocID, Text: d.Text}})
		hasAttack, hasArrest := false, false
		for _, m := range d.Events {
			hasAttack = hasAttack || strings.HasPrefix(m.Type, "Conflict.Attack") || strings.HasPrefix(m.Type, "Life.Die")
			hasArrest = hasArrest || strings.HasPrefix(m.Type, "Justice.ArrestJailDetain")
		}
		gotAttack, gotArrest := false, false
		for _, e := range evs {
			gotAttack = gotAttack || e.Type == "ASSAULT"
			gotArrest = gotArrest || e.Type == "COERCE" && e.Mode == "arrest"
		}
		if hasAttack {
			attackDocs++
			if gotAttack {
				attackFound++
			}
		}
		if hasArrest {
			arrestDocs++
			if gotArrest {
				arrestFound++
			}
		}
	}
	t.Logf("WikiEvents dev: %d documents; attack/death documents %d, with an ASSAULT event %d; arrest documents %d, with a COERCE arrest %d",
		docs, attackDocs, attackFound, arrestDocs, arrestFound)
}
