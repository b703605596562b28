package ner_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
	"github.com/sitrep-dev/sitrep/internal/procstat"
)

// fakeKnown9b stands for the pipeline's gazetteer (geo.Gazetteer.KnownPlace) in TestPlaces9b.
func fakeKnown9b(name string) (string, int, bool) {
	switch name {
	case "Han Pijesak", "Wad Banda", "Kifl Haris", "Khan Sheikhoun", "Watrous", "Maarat Misrin", "Buedu", "Ali Khel", "Leposavic":
		return "town", 5000, true
	case "Ranohira":
		return "city", 20000, true
	case "Tora Bora":
		return "region", 0, true
	case "Amarnath":
		return "feature", 0, true
	case "Alpine":
		return "admin2", 0, true
	}
	return "", 0, false
}

// TestPlaces9b checks the known-place reading with the caller's gazetteer (ner.Options.KnownPlace,
// PostRules bit 512) on sentences written for the purpose: the places are tagged PERSON without
// the lookup, people and organisations named like places stay what they are. The names are
// real small places the model tags PERSON or ORG in these sentences, found by probing the
// model (session 14; probed again in session 21 for the model trained on dev–dev22): a regenerated model may tag them otherwise, and the test then says
// "the case checks nothing" until names are probed again.
func TestPlaces9b(t *testing.T) {
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	opt := ner.Options{KnownPlace: fakeKnown9b}
	for _, c := range []struct {
		text, name, want string
	}{
		{"Teachers in the four municipalities — Zvecan, Han Pijesak and Leposavic — went on strike.", "Han Pijesak", "GPE"},
		{"Wad Banda and Leposavic have Serb majorities.", "Wad Banda", "GPE"},
		{"Residents say Kifl Haris, home to 600,000 people, is overcrowded.", "Kifl Haris", "GPE"},
		{"Khan Sheikhoun and Puntland reject the new electoral model.", "Khan Sheikhoun", "GPE"},
		{"Tora Bora and Puntland reject the new electoral model.", "Tora Bora", "LOC"},
		// people and organisations stay what they are: a speaker (here or elsewhere in the
		// document), a title, part of a longer person name, a list with an organisation, a
		// one-word district or feature with no frame ("Amarnath pilgrims", "Alpine valleys")
		{"Watrous said the talks would resume next week.", "Watrous", "PERSON"},
		{"Residents say Maarat Misrin, home to 600,000 people, is overcrowded. Maarat Misrin told reporters he disagreed.", "Maarat Misrin", "PERSON"},
		{"The governor thanked Mr Ranohira for his work.", "Ranohira", "PERSON"},
		{"Ahmed Buedu chaired the meeting. Buedu and Leposavic have Serb majorities.", "Buedu", "PERSON"},
		{"A joint team of police, Ali Khel and Border Guard Bangladesh arrested him.", "Ali Khel", "PERSON"},
		{"Amarnath pilgrims say the journey is hard.", "Amarnath", "PERSON"},
		{"Alpine valleys were cut off by snow.", "Alpine", "PERSON"},
		{"Residents say Watrous was arrested at his home on Monday.", "Watrous", "PERSON"},
	} {
		plain, hooked := tg.Tag(c.text, nil), tg.TagWith(c.text, nil, opt)
		if got := labelOf(hooked, c.name); got != c.want {
			t.Errorf("%q: %q is %q, want %q", c.text, c.name, got, c.want)
		}
		if old := labelOf(plain, c.name); old != "PERSON" && old != "ORG" {
			t.Errorf("%q: %q is %q without the lookup, want PERSON or ORG (the case checks nothing)", c.text, c.name, old)
		}
	}
	// the rule can be switched off
	old := ner.PostRules
	defer func() { ner.PostRules = old }()
	ner.PostRules = old &^ 512
	if l := labelOf(tg.TagWith("Khan Sheikhoun and Puntland reject the new electoral model.", nil, opt), "Khan Sheikhoun"); l == "GPE" {
		t.Errorf("bit 512 off: Khan Sheikhoun is still %s", l)
	}
}

// BenchmarkTagKnown is BenchmarkTag with the pipeline's gazetteer hook (compare the two).
func BenchmarkTagKnown(b *testing.B) {
	tg, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	gaz, err := geo.Default()
	if err != nil {
		b.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw), 10)
	opt := ner.Options{KnownPlace: gaz.KnownPlace}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := procstat.CPUTime()
	for i := 0; i < b.N; i++ {
		tg.TagWith(text, nil, opt)
	}
	if cpu := (procstat.CPUTime() - c0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(len(text)*b.N)/cpu/1e6, "MB/cpu-s")
	}
}

// labelOf is the label of the first entity whose text is name ("" when none is).
func labelOf(ents []model.Entity, name string) string {
	for _, e := range ents {
		if e.Text == name {
			return e.Label
		}
	}
	return ""
}
