package events

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenArticles are hand-annotated articles written for these tests; their extraction is
// kept under testdata/*.golden.json (go test -run Golden -update rewrites them).
func goldenArticles() map[string]*model.Annotation {
	return map[string]*model.Annotation{
		"border-exchange": newAnn("Hezbollah Fires Rockets at Northern Israel After Strike Kills Commander\n\n"+
			"Hezbollah said it fired dozens of rockets at the Israeli town of Kiryat Shmona on Tuesday in response to an Israeli air strike that killed one of its commanders in the village of Jouaiyya a day earlier. "+
			"The Israeli military said most of the rockets were intercepted and there were no injuries. "+
			"Israeli warplanes later struck Hezbollah positions near Khiam, the military said. "+
			"More than 300 people have been killed in Lebanon since October.", "2024-06-12").
			actor("Hezbollah", hezbollah, model.ORG).generic("The Israeli military", "IL", "MIL").
			place("Kiryat Shmona", "IL", "city").place("Jouaiyya", "LB", "city").place("Khiam", "LB", "city").place("Lebanon", "LB", "country").
			timex("Tuesday", "2024-06-11", "day").timex("October", "2023-10", "month").
			qty("dozens of rockets", 24, "munitions", "rockets", true, false).qty("More than 300 people", 300, "killed", "people", true, true).done(),
		"sahel-attack": newAnn("Jihadists Kill 20 Soldiers in Burkina Faso\n\n"+
			"Suspected jihadists killed at least 20 soldiers in an ambush near the town of Djibo in northern Burkina Faso on Sunday, security sources said on Monday. "+
			"The government condemned the attack and vowed to hunt down those responsible. "+
			"Separately, gunmen abducted 12 villagers in the Sahel region, residents said.", "2024-05-14").
			generic("Suspected jihadists", "", "REB").generic("The government", "BF", "GOV").
			place("Djibo", "BF", "city").place("Burkina Faso", "BF", "country").place("Sahel", "BF", "admin1").
			timex("Sunday", "2024-05-12", "day").timex("Monday", "2024-05-13", "day").
			qty("at least 20 soldiers", 20, "killed", "soldiers", true, false).qty("12 villagers", 12, "kidnapped", "villagers", false, false).done(),
		"diplomacy": newAnn("Blinken Meets Sisi in Cairo as Truce Talks Stall\n\n"+
			"US Secretary of State Antony Blinken met Egyptian President Abdel Fattah al-Sisi in Cairo on Wednesday to discuss a ceasefire in Gaza. "+
			"Blinken urged Hamas to accept the proposal and said he would travel to Israel on Thursday. "+
			"Hamas rejected the plan, a spokesman said.", "2024-02-08").
			actor("Antony Blinken", blinken, model.PERSON).actor("Blinken", blinken, model.PERSON).actor("Abdel Fattah al-Sisi", sisi, model.PERSON).actor("Sisi", sisi, model.PERSON).actor("Hamas", hamas, model.ORG).
			place("Cairo", "EG", "city").place("Gaza", "PS", "region").place("Israel", "IL", "country").
			timex("Wednesday", "2024-02-07", "day").timex("Thursday", "2024-02-08", "day").done(),
	}
}

func TestGolden(t *testing.T) {
	for name, a := range goldenArticles() {
		t.Run(name, func(t *testing.T) {
			evs := Extract(a)
			got, err := json.MarshalIndent(evs, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("missing golden file (run with -update): %v", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
				t.Errorf("%s differs from the golden file; got:\n%s", name, got)
			}
		})
	}
}

// TestDeterministic: same input, same output, stable ids.
func TestDeterministic(t *testing.T) {
	for name, a := range goldenArticles() {
		e1, _ := json.Marshal(Extract(a))
		e2, _ := json.Marshal(Extract(a))
		if string(e1) != string(e2) {
			t.Errorf("%s: output differs between runs", name)
		}
	}
}

// TestEventInvariants checks contract invariants on every case: ids, spans, CAMEO roots,
// confidence range, modality values, verbal events without ACLED class.
func TestEventInvariants(t *testing.T) {
	anns := []*model.Annotation{}
	for _, c := range cases() {
		anns = append(anns, c.ann)
	}
	for _, a := range goldenArticles() {
		anns = append(anns, a)
	}
	okMod := set("asserted negated hypothetical future threatened")
	for _, a := range anns {
		evs := Extract(a)
		ids := map[string]bool{}
		last := -1
		for _, e := range evs {
			if !strings.HasPrefix(e.ID, "e-") || ids[e.ID] {
				t.Errorf("bad or duplicate id %q", e.ID)
			}
			ids[e.ID] = true
			if e.Evidence.Start < 0 || e.Evidence.End > len(a.Doc.Text) || e.Evidence.TriggerStart < e.Evidence.Start || e.Evidence.TriggerEnd > e.Evidence.End ||
				a.Doc.Text[e.Evidence.TriggerStart:e.Evidence.TriggerEnd] != e.Evidence.Trigger {
				t.Errorf("bad evidence %+v", e.Evidence)
			}
			if e.CAMEORoot != cameoRoot(e.Type, e.Mode) && len(e.CAMEORoot) != 2 {
				t.Errorf("bad CAMEO root %q for %s", e.CAMEORoot, e.Type)
			}
			if e.Confidence < 0 || e.Confidence > 1 || !okMod[e.Modality] {
				t.Errorf("bad confidence/modality %v %q", e.Confidence, e.Modality)
			}
			if verbalTypes[e.Type] && e.ACLED.EventType != "" && !((e.Type == "AGREE" || e.Type == "SUPPORT") && e.ACLED.SubEventType == "Agreement") {
				t.Errorf("verbal %s with ACLED %v", e.Type, e.ACLED)
			}
			if e.Date.Value == "" && e.Date.Precision != "unknown" {
				t.Errorf("empty date with precision %q", e.Date.Precision)
			}
			if e.Mentions < 1 || e.Sources == nil || e.Targets == nil || e.CountsApprox == nil {
				t.Errorf("nil lists or mentions < 1: %+v", e)
			}
			_ = last
		}
	}
}

// BenchmarkExtract measures extraction throughput on the golden articles.
func BenchmarkExtract(b *testing.B) {
	var anns []*model.Annotation
	n := 0
	for _, a := range goldenArticles() {
		anns = append(anns, a)
		n += len(a.Doc.Text)
	}
	for _, c := range cases() {
		anns = append(anns, c.ann)
		n += len(c.ann.Doc.Text)
	}
	Extract(anns[0])
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range anns {
			Extract(a)
		}
	}
}

// FuzzExtract: no panic and valid spans on any text, with and without the local tokens.
func FuzzExtract(f *testing.F) {
	f.Add("Israeli jets struck the town of Nabatieh on Monday, killing three people.", "2024-05-14")
	f.Add("Hezbollah Fires over 200 Rockets into Israel\n\nIt said it had killed him a day earlier.", "")
	f.Add("In 2006, Israel and Hezbollah fought a war. No one was hurt. ’s '", "2024-07-04")
	f.Add("\x00\xff the the attack attack , , ; — (", "bad-date")
	f.Add("During the 2006– war, police opened fire and fired tear gas overnight. It was blamed on. Rebels denied that they", "2024-")
	f.Add("The attack, which was blamed on Hamas, killed 3. Troops shelled retreating fighters overnight; what it called so-called", "2024-07-04")
	f.Add("BAMAKO, May 6 (Reuters) - A policeman was killed and two others were injured; at least 12 people were wounded.\n\nThe attackers came under fire near Kukawa, a village 30 km north of Gao, killing a woman and her two sons, a day before the battle. Soldiers were deployed overnight. Police shot dead four people in Maputo and two in", "2026-05-06")
	f.Add("Monday last week the army lost Bukavu to M23. Thousands protested in Maputo and Nampula, and the. One sailor, a, was killed. Germany pledged military aid to", "2026-11-11")
	f.Add("Hacked to death. The Forces (FAMa), backed by X, retook it, adding that 20 were neutralised. (A, or B) were also killed after an attack by. One soldier suffered a wound. when they", "2026-05-06")
	f.Add("Suffered a wound after a clash left one dead; they seized the towns of linking X to Y while buying, before dawn", "2026-05-06")
	f.Fuzz(func(t *testing.T, text, ref string) {
		if !utf8.ValidString(text) {
			return
		}
		a := &model.Annotation{Doc: &model.Document{ID: "d", Text: text}, Ref: ref}
		for _, e := range extract(a) {
			if e.Evidence.Start < 0 || e.Evidence.End > len(text) || e.Evidence.TriggerStart > e.Evidence.TriggerEnd {
				t.Fatalf("bad evidence %+v", e.Evidence)
			}
		}
		b := newAnn(text, ref).done()
		extract(b)
	})
}
