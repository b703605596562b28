package actors

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// sharedDir returns ../shared beside the repository root, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	d, err := os.Getwd()
	if err != nil {
		t.Skip(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			break
		}
		p := filepath.Dir(d)
		if p == d {
			t.Skip("repository root not found")
		}
		d = p
	}
	s := filepath.Join(d, "..", "shared")
	if _, err := os.Stat(s); err != nil {
		t.Skip("../shared is absent")
	}
	return s
}

// TestSample checks the actors of the two-article sample against its hand annotation.
func TestSample(t *testing.T) {
	dir := sharedDir(t)
	b, err := os.ReadFile(filepath.Join(dir, "samples", "asharq-two-articles.txt"))
	if err != nil {
		t.Skip(err)
	}
	text := string(b)
	kb := kbT(t)
	a := &model.Annotation{Doc: &model.Document{Text: text}, Ref: "2024-07-04"}
	kb.Resolve(a)
	want := []struct {
		span, actor, country, kind string
		coref                      bool
	}{
		{"Hezbollah", "hezbollah", "LB", "REB", false},
		{"Hamas", "hamas", "PS", "REB", false},
		{"Iran’s Quds Force", "quds-force", "IR", "MIL", false},
		{"Asa'ib Ahl al-Haq", "asaib-ahl-al-haq", "IQ", "REB", false},
		{"Coordination Framework", "coordination-framework", "IQ", "PTY", false},
		{"the Iran-backed militant group", "hezbollah", "LB", "REB", true},
		{"Israeli military", "ISR-MIL", "IL", "MIL", false},
		{"Lebanese Hezbollah group", "hezbollah", "LB", "REB", false},
		{"former Iraqi Prime Minister Nouri al-Maliki", "nouri-al-maliki", "IQ", "", false},
		{"Head of the pro-Iran Asa'ib Ahl al-Haq Qais al-Khazali", "qais-al-khazali", "IQ", "REB", false},
		{"Deputy commander of Iran’s Quds Force Mohammad Reza Fallahzadeh", "", "IR", "MIL", false},
		{"Iranian Ambassador to Baghdad Mohammad Kazem Al Sadeq", "", "IR", "GOV", false},
		{"Iraqis", "", "IQ", "CVL", false},
		{"Israeli officials", "ISR-GOV", "IL", "GOV", false},
		{"The group", "hezbollah", "LB", "REB", true},
		{"US President Joe Biden", "joe-biden", "US", "GOV", false},
		{"Iraqi factions", "", "IQ", "REB", false},
	}
	for _, w := range want {
		m := find(a.Actors, w.span)
		if m == nil {
			t.Errorf("%q: not found", w.span)
			continue
		}
		if m.Actor.Actor != w.actor || m.Actor.Country != w.country || (w.kind != "" && m.Actor.Kind != w.kind) || m.Coref != w.coref {
			t.Errorf("%q: got %s/%s/%s coref=%v (%s), want %s/%s/%s coref=%v", w.span, m.Actor.Actor, m.Actor.Country, m.Actor.Kind, m.Coref, m.Reason, w.actor, w.country, w.kind, w.coref)
		}
	}
	// the gold ORG and PERSON entities: how many does the resolver name?
	gb, err := os.ReadFile(filepath.Join(dir, "samples", "asharq-two-articles.gold.json"))
	if err != nil {
		return
	}
	var gold struct {
		Documents []struct {
			Entities [][2]string `json:"entities"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(gb, &gold); err != nil {
		t.Fatal(err)
	}
	found, total := 0, 0
	var missed []string
	for _, d := range gold.Documents {
		for _, e := range d.Entities {
			if e[1] != "ORG" && e[1] != "PERSON" && e[1] != "NORP" {
				continue
			}
			if strings.ToUpper(e[0]) == e[0] {
				continue // photo credit in capitals
			}
			total++
			ok := false
			for _, m := range a.Actors {
				if !m.Coref && strings.Contains(m.Actor.Text, strings.TrimPrefix(e[0], "The ")) && m.Actor.Name != "" {
					ok = true
				}
			}
			if ok {
				found++
			} else {
				missed = append(missed, e[0])
			}
		}
	}
	t.Logf("gold ORG/PERSON/NORP entities named by actor mentions: %d/%d; missed %v", found, total, missed)
	if total > 0 && float64(found)/float64(total) < 0.85 {
		t.Errorf("entity recall %d/%d below 0.85", found, total)
	}
}
