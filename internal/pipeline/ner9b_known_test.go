package pipeline

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestNER9bKnownPlace checks geo.Gazetteer.KnownPlace, the tagger's hook into the gazetteer:
// own names, ASCII names and hand-written aliases count; stripped generic words, GeoNames
// alternate names and common words do not.
func TestNER9bKnownPlace(t *testing.T) {
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, feature string
		ok            bool
	}{
		{"Leposavić", "", true},
		{"Leposavic", "", true},
		{"Zubin Potok", "town", true},
		{"Kutupalong", "", true},
		{"Jubaland", "", true},
		{"Smith", "", false},
		{"Jefferson", "", false},
		{"Arun", "", false}, // an alternate name of Ārān Bīdgol
		{"Mobile", "", false},
		{"France", "country", true},
		{"xx", "", false},
		{"", "", false},
	} {
		f, pop, ok := g.KnownPlace(c.name)
		t.Logf("%q: %s %d %v", c.name, f, pop, ok)
		if ok != c.ok || c.feature != "" && f != c.feature {
			t.Errorf("KnownPlace(%q) = %q, %d, %v; want %q, %v", c.name, f, pop, ok, c.feature, c.ok)
		}
	}
	if n := testing.AllocsPerRun(100, func() { g.KnownPlace("Zubin Potok") }); n != 0 {
		t.Errorf("KnownPlace allocates %.0f times per call", n)
	}
}

// TestNER9bPlaces checks, end to end on text written for the purpose, that names the tagger
// labels PERSON but the gazetteer knows are placed once the tagger reads them with the
// gazetteer (pipeline.go's SetKnownPlace), and not without it.
func TestNER9bPlaces(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	kosovo := "Serbian teachers stay home in northern Kosovo\n\nTeachers in the four municipalities — Zvecan, Zubin Potok and Leposavic — went on strike on Monday over unpaid salaries.\n"
	camps := "Rains flood Rohingya camps in Bangladesh\n\nHeavy rain flooded shelters in Cox's Bazar district on Tuesday. Residents say Kutupalong, home to 600,000 people, is overcrowded.\n"
	for _, c := range []struct {
		text, name, cc string
	}{{kosovo, "Leposavic", "XK"}, {kosovo, "Zubin Potok", "XK"}, {camps, "Kutupalong", "BD"}} {
		for _, hook := range []bool{true, false} {
			if hook {
				p.nlp.SetKnownPlace(p.gaz.KnownPlace)
			} else {
				p.nlp.SetKnownPlace(nil)
			}
			a := p.Annotate(&model.Document{ID: "t", Text: c.text, Language: "en", Published: "2026-10-01"})
			got := ""
			for _, e := range a.Entities {
				if e.Text == c.name && e.Geo != nil {
					got = e.Geo.Country
				}
			}
			if hook && got != c.cc {
				t.Errorf("%s: placed in %q, want %s", c.name, got, c.cc)
			}
			if !hook && got == c.cc {
				t.Logf("%s: placed in %s without the hook too", c.name, got)
			}
		}
	}
	p.nlp.SetKnownPlace(p.gaz.KnownPlace)
}
