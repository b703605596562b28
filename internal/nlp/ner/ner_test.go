package ner_test

import (
	"bytes"
	"github.com/sitrep-dev/sitrep/internal/procstat"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner/nerdata"
)

func tagger(t testing.TB) *ner.Tagger {
	t.Helper()
	tg, err := ner.Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return tg
}

// checkTagged fails when the tagger finds no label entity spelled name in text.
func checkTagged(t *testing.T, tg *ner.Tagger, text, label, name string) {
	t.Helper()
	for _, e := range tg.Tag(text, nil) {
		if e.Label == label && e.Text == name {
			return
		}
	}
	t.Errorf("%q: no %s %q in %v", text, label, name, tg.Tag(text, nil))
}

type want struct{ text, label string }

func TestTagNews(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		text string
		want []want
		not  []string // texts that must not be tagged as an entity
	}{
		{"President Joe Biden met King Abdullah at the White House on Monday.",
			[]want{{"Joe Biden", "PERSON"}, {"Abdullah|King Abdullah", "PERSON"}}, []string{"Monday"}},
		{"Prime Minister Benjamin Netanyahu said Israel would continue the war.",
			[]want{{"Benjamin Netanyahu", "PERSON"}, {"Israel", "GPE"}}, nil},
		{"French Foreign Minister Jean-Yves Le Drian arrived in Beirut on Thursday.",
			[]want{{"French", "NORP"}, {"Jean-Yves Le Drian", "PERSON"}, {"Beirut", "GPE"}}, nil},
		{"Former Iraqi prime minister Nouri al-Maliki criticised the decision.",
			[]want{{"Iraqi", "NORP"}, {"Nouri al-Maliki", "PERSON"}}, nil},
		{"The militia Asa'ib Ahl al-Haq claimed the attack on the base.",
			[]want{{"Asa'ib Ahl al-Haq", "ORG"}}, nil},
		{"The Islamic State group claimed responsibility for the bombing in Kabul.",
			[]want{{"Islamic State", "ORG"}, {"Kabul", "GPE"}}, nil},
		{"Rockets were fired from the Gaza Strip towards southern Israel, the Israeli military said.",
			[]want{{"Gaza Strip", "LOC"}, {"Israel", "GPE"}, {"Israeli", "NORP"}}, nil},
		{"Syrian troops shelled villages near the Golan Heights.",
			[]want{{"Syrian", "NORP"}, {"Golan Heights", "LOC"}}, nil},
		{"Thousands of Palestinians protested in Ramallah against the plan.",
			[]want{{"Palestinians", "NORP"}, {"Ramallah", "GPE"}}, nil},
		{"Iraqis voted on Sunday in the first election since the war.",
			[]want{{"Iraqis", "NORP"}}, []string{"Sunday"}},
		{"The United Nations Security Council condemned the attack.",
			[]want{{"United Nations Security Council", "ORG"}}, nil},
		{"A spokesman for the Health Ministry in Gaza said 12 people were killed.",
			[]want{{"Health Ministry", "ORG"}, {"Gaza", "GPE"}}, nil},
		{"Hezbollah said it fired 200 rockets at northern Israel.",
			[]want{{"Hezbollah", "ORG"}, {"Israel", "GPE"}}, nil},
		{"Russian President Vladimir Putin spoke with Recep Tayyip Erdogan by phone.",
			[]want{{"Russian", "NORP"}, {"Vladimir Putin", "PERSON"}, {"Recep Tayyip Erdogan", "PERSON"}}, nil},
		{"The Syrian Observatory for Human Rights, a Britain-based monitor, reported the clashes.",
			[]want{{"Syrian Observatory for Human Rights", "ORG"}}, nil},
		{"Kurdish Peshmerga forces advanced towards Mosul from Erbil.",
			[]want{{"Mosul", "GPE"}, {"Erbil", "GPE"}}, nil},
		{"The Pentagon said U.S. forces killed a senior al-Shabaab commander in Somalia.",
			[]want{{"U.S.", "GPE"}, {"Somalia", "GPE"}}, nil},
		{"Ukrainian officials said Russia launched drones at Kyiv and Odesa overnight.",
			[]want{{"Ukrainian", "NORP"}, {"Russia", "GPE"}, {"Kyiv", "GPE"}, {"Odesa", "GPE"}}, nil},
		{"Gen. Michael Kurilla, head of U.S. Central Command, visited the region.",
			[]want{{"Michael Kurilla", "PERSON"}}, nil},
		{"Sunni and Shiite leaders in Lebanon called for calm.",
			[]want{{"Lebanon", "GPE"}}, nil},
		{"The Kenya National Commission on Human Rights (KNCHR) said police killed 12 protesters.",
			[]want{{"Kenya National Commission on Human Rights", "ORG"}, {"KNCHR", "ORG"}}, nil},
		{"It was founded by Bassel al-Assad in 1989 and later headed by his brother.",
			[]want{{"Bassel al-Assad", "PERSON"}}, nil},
		{"The Democratic Alliance (DA) won the vote in Cape Town.",
			[]want{{"Democratic Alliance", "ORG"}, {"DA", "ORG"}, {"Cape Town", "GPE"}}, nil},
		{"Saudi officials said Osama bin Laden had left the country.",
			[]want{{"Osama bin Laden", "PERSON"}}, nil},
		{"The European Union imposed sanctions on Iran's Revolutionary Guards.",
			[]want{{"European Union", "ORG"}, {"Iran", "GPE"}}, nil},
	}
	for _, c := range cases {
		got := tg.Tag(c.text, nil)
		have := map[want]bool{}
		texts := map[string]bool{}
		for _, e := range got {
			have[want{e.Text, e.Label}] = true
			texts[e.Text] = true
		}
		for _, w := range c.want {
			ok := false
			for _, alt := range strings.Split(w.text, "|") {
				ok = ok || have[want{alt, w.label}]
			}
			if !ok {
				t.Errorf("%q: missing %s %q; got %v", c.text, w.label, w.text, brief(got))
			}
		}
		for _, n := range c.not {
			if texts[n] {
				t.Errorf("%q: %q tagged as an entity", c.text, n)
			}
		}
	}
}

func brief(es []model.Entity) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.Label + ":" + e.Text + " ")
	}
	return b.String()
}

func checkEntities(t *testing.T, text string, es []model.Entity) {
	t.Helper()
	prev := -1
	for _, e := range es {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
			t.Fatalf("bad span %+v in %q", e, text)
		}
		if e.Text != text[e.Start:e.End] {
			t.Fatalf("Text %q != text[%d:%d] %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
		if e.Start < prev {
			t.Fatalf("entities not sorted/overlapping: %+v", es)
		}
		prev = e.End
		if e.Score < 0 || e.Score > 1 {
			t.Fatalf("score out of range: %+v", e)
		}
		found := false
		for _, ty := range ner.Types {
			found = found || ty == e.Label
		}
		if !found {
			t.Fatalf("bad label %+v", e)
		}
	}
}

func TestTagWithSentences(t *testing.T) {
	tg := tagger(t)
	b, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	// sentences as the segmenter would give them (one per line), with and without tokens
	var sents []model.Sentence
	st := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > st {
				sents = append(sents, model.Sentence{Start: st, End: i})
			}
			st = i + 1
		}
	}
	withSents := tg.Tag(text, sents)
	without := tg.Tag(text, nil)
	checkEntities(t, text, withSents)
	checkEntities(t, text, without)
	if len(withSents) < 30 {
		t.Errorf("only %d entities in news.txt: %s", len(withSents), brief(withSents))
	}
	if brief(withSents) != brief(without) {
		t.Errorf("sentence spans changed the result:\n%s\n%s", brief(withSents), brief(without))
	}
	// garbage sentence spans must not break anything
	bad := []model.Sentence{{Start: -5, End: 3}, {Start: 2, End: 1}, {Start: 50, End: 40}, {Start: 10, End: 1 << 20}}
	checkEntities(t, text, tg.Tag(text, bad))
}

func TestTokenize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Nouri al-Maliki's party", "Nouri|al-Maliki|'s|party"},
		{"Asa'ib Ahl al-Haq.", "Asa'ib|Ahl|al-Haq|."},
		{"the U.S. and Gen. Smith (ret.)", "the|U.S.|and|Gen.|Smith|(|ret|.|)"},
		{"\"Jean-Yves Le Drian,\" he said", "\"|Jean-Yves|Le|Drian|,|\"|he|said"},
		{"3.5 million, 20%", "3.5|million|,|20|%"},
		{"rebels' positions — Idlib", "rebels|'|positions|—|Idlib"},
		{"Gaza’s health ministry", "Gaza|’s|health|ministry"},
	}
	for _, c := range cases {
		var parts []string
		for _, s := range ner.Tokenize(c.in, 0, len(c.in), nil) {
			parts = append(parts, c.in[s.Start:s.End])
		}
		if got := strings.Join(parts, "|"); got != c.want {
			t.Errorf("Tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDefaultFast(t *testing.T) {
	f, err := os.ReadFile("model.bin.gz")
	if err != nil {
		t.Fatal(err)
	}
	best := time.Hour
	for i := 0; i < 3; i++ {
		t0 := time.Now()
		if _, err := ner.ReadModel(bytes.NewReader(f)); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(t0))
	}
	if best > 600*time.Millisecond { // budget 150 ms; slack for a busy machine
		t.Errorf("model load took %v", best)
	}
	if _, err := ner.ReadModel(bytes.NewReader(f[:len(f)/2])); err == nil {
		t.Error("truncated model accepted")
	}
}

// TestAccuracyFloor scores the embedded model on the held-out 20% of the corpora.
func TestAccuracyFloor(t *testing.T) {
	data := filepath.Join("..", "..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(data, "re3d")); err != nil {
		t.Skip("shared data absent")
	}
	tg := tagger(t)
	lab := nerdata.NewLabeler(tg.Gazetteer())
	docs, errs := lab.Load(data)
	if len(errs) > 0 {
		t.Fatalf("load: %v", errs)
	}
	by := map[string][]nerdata.Doc{}
	for _, d := range docs {
		if nerdata.Heldout(d) {
			by[d.Corpus] = append(by[d.Corpus], d)
		}
	}
	// floors: about 0.02 below what was measured when the model was trained (whole documents
	// through Tag, as the pipeline calls it): 0.898, 0.831, 0.809, 0.674 (session 2 labels:
	// a location mention that is a demonym is NORP); session 14's model, trained with the
	// toponym articles, 0.880, 0.832, 0.829, 0.651 (Wikipedia's teams and bands read more
	// often as places: README "Session 14")
	floors := map[string]float64{"meantime": 0.86, "re3d": 0.81, "wikievents": 0.81, "wikigold": 0.63}
	for c, floor := range floors {
		if len(by[c]) == 0 {
			t.Errorf("no held-out %s documents", c)
			continue
		}
		s := nerdata.EvaluateText(by[c], tg.Tag)
		t.Logf("%s:\n%s", c, s)
		if f := s.Coarse.F1(); f < floor {
			t.Errorf("%s PER/ORG/LOC F1 %.3f < floor %.2f", c, f, floor)
		}
	}
	// NORP on all held-out text
	var all []nerdata.Doc
	for _, d := range by {
		all = append(all, d...)
	}
	if c := nerdata.EvaluateText(all, tg.Tag).Label["NORP"]; c == nil || c.F1() < 0.85 {
		t.Errorf("NORP F1 below 0.85: %+v", c)
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{"", " ", "Nouri al-Maliki's", "U.S.", "'s", "Gen.", "al-", "\xff\xfe",
		"A.B.C.D. E", "—\"(", "Jean-Yves Le Drian, Asa'ib Ahl al-Haq", "...\n\nIraq", "x's's's",
		"By Mercy Wanjiru\n", "(Reporting by A B; Editing by C D and E F)", "WRITER: X Y", "By  and and"} {
		f.Add(s)
	}
	tg, err := ner.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		es := tg.Tag(s, nil)
		checkEntities(t, s, es)
		if utf8.ValidString(s) && len(s) > 4 {
			half := len(s) / 2
			checkEntities(t, s, tg.Tag(s, []model.Sentence{{Start: 0, End: half}, {Start: half, End: len(s)}}))
		}
	})
}

func BenchmarkTag(b *testing.B) {
	tg := tagger(b)
	raw, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw), 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := procstat.CPUTime()
	for i := 0; i < b.N; i++ {
		tg.Tag(text, nil)
	}
	// the machine is often loaded: report throughput per CPU second as well
	if cpu := (procstat.CPUTime() - c0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(len(text)*b.N)/cpu/1e6, "MB/cpu-s")
	}
}

func BenchmarkLoad(b *testing.B) {
	f, err := os.ReadFile("model.bin.gz")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := ner.ReadModel(bytes.NewReader(f)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestConcurrentTag(t *testing.T) {
	tg := tagger(t)
	raw, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	want := brief(tg.Tag(text, nil))
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func() { done <- brief(tg.Tag(text, nil)) }()
	}
	for g := 0; g < 4; g++ {
		if got := <-done; got != want {
			t.Errorf("concurrent Tag differs:\n%s\n%s", got, want)
		}
	}
}

func TestWordClusters(t *testing.T) {
	cases := []struct {
		a, b  string
		level uint32 // mask of the levels that must agree
		same  bool
	}{
		{"Monday", "Tuesday", 0xffff, true},
		{"Baghdad", "Kabul", 0xff, true},
		{"killed", "wounded", 0xff, true},
		{"Monday", "killed", 0xff, false},
		{"Baghdad", "the", 0xff, false},
	}
	for _, c := range cases {
		ca, cb := ner.WordCluster(c.a), ner.WordCluster(c.b)
		if ca == 0 || cb == 0 {
			t.Errorf("no cluster for %q (%x) or %q (%x)", c.a, ca, c.b, cb)
			continue
		}
		if got := ca&c.level == cb&c.level; got != c.same {
			t.Errorf("clusters of %q (%x) and %q (%x): same=%v, want %v", c.a, ca, c.b, cb, got, c.same)
		}
	}
	if ner.WordCluster("xqzzyv") != 0 {
		t.Error("cluster for an unknown word")
	}
}

func TestGazetteerPrefixes(t *testing.T) {
	gz := ner.NewGazetteer([]ner.GazEntry{{Phrase: "Gulf of Aden", Kind: ner.KRegion}, {Phrase: "Aden", Kind: ner.KCity}})
	cases := []struct {
		words []string
		want  uint32
	}{
		{[]string{"Gulf", "of", "Aden"}, ner.KRegion},
		{[]string{"gulf", "OF", "aden"}, ner.KRegion},
		{[]string{"Gulf", "of"}, 0},
		{[]string{"Aden"}, ner.KCity},
		{[]string{"of", "Aden"}, 0},
	}
	for _, c := range cases {
		if got := gz.Kinds(c.words); got != c.want {
			t.Errorf("Kinds(%q) = %b, want %b", c.words, got, c.want)
		}
	}
}
