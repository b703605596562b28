package geo

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestStormNames checks which words rule 92 takes for storms' given names, from the entities a
// tagger gives (the storm's name alone, or the storm word with it): nouns of storms, not the
// verb "storm" in a sentence or a title-case headline.
func TestStormNames(t *testing.T) {
	g := mustDefault(t)
	for w := range stormWords {
		if !stormBefore("x "+w+" ") || !stormStart(w+" x") || stormBefore("x "+w+"s ") || stormStart(w+"s x") {
			t.Errorf("storm word %q: not read by the byte tests", w)
		}
	}
	for _, c := range []struct {
		text string
		ents []string // entity texts, each at its first occurrence
		want []string
	}{
		{"Tropical Storm Kyle dumped rain on Jamaica a year after Hurricane Melissa.", []string{"Kyle", "Jamaica", "Hurricane Melissa"}, []string{"kyle", "melissa"}},
		{"Cyclone Idai made landfall near Beira. Typhoon Haiyan struck Tacloban.", []string{"Idai", "Beira", "Haiyan", "Tacloban"}, []string{"haiyan", "idai"}},
		{"Ferries were cancelled as Storm Babet hit Scotland.", []string{"Babet", "Scotland"}, []string{"babet"}},
		{"Storm Ciarán brought gusts of 100 mph.", []string{"Storm Ciarán"}, []string{"ciarán"}},
		{"the remnants of tropical depression Nineteen", []string{"Nineteen"}, []string{"nineteen"}},
		{"Insurgents storm Macomia, thousands flee towards the coast.", []string{"Macomia"}, nil},
		{"Militiamen Storm Bunia, Kill 11", []string{"Bunia"}, nil},
		{"The storm Sunday cut power in Galveston.", []string{"Sunday", "Galveston"}, nil},
		{"Hurricane season began quietly in Florida.", []string{"Florida"}, nil},
	} {
		var ents []model.Entity
		for _, e := range c.ents {
			s := strings.Index(c.text, e)
			if s < 0 {
				t.Fatalf("%q not in %q", e, c.text)
			}
			ents = append(ents, model.Entity{Text: e, Label: model.GPE, Start: s, End: s + len(e)})
		}
		r := testResolver(g, c.text, ents, nil)
		got := slices.Sorted(maps.Keys(r.stormNames()))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: storm names %q, want %q", c.text, got, c.want)
		}
	}
}

// TestRoadCodeSpan checks which capitalised numbers rule 97 reads as roads: road numbers, not
// amounts of rand, models of cars and rifles, counts of weapons or all-capitals wire copy.
func TestRoadCodeSpan(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		text, code string
		want       bool
	}{
		{"took nine hours to cover 65 km of the RN15, slowed by craters", "RN15", true},
		{"trucks were advised to use I-80 across southern Wyoming", "I-80", true},
		{"fumes from the nearby M62 stained the building", "M62", true},
		{"the federal highway BR-386 was cut", "BR-386", true},
		{"a court orderly accepted a R150 bribe", "R150", false},
		{"an amount of R130 million was made available", "R130", false},
		{"he earned R78 000 from his starts", "R78", false},
		{"they fled in a white Audi A5 after the raid", "A5", false},
		{"the troops seized 2 M-70 machine guns", "M-70", false},
		{"THE TROOPS CONFISCATED 3 M-60 MACHINEGUNS NEAR THE BORDER", "M-60", false},
	} {
		r := testResolver(g, c.text, nil, nil)
		s := strings.Index(c.text, c.code)
		ts := r.tokAt(s)
		te := ts
		for te < len(r.toks) && r.toks[te].s < s+len(c.code) {
			te++
		}
		if got := r.roadCodeSpan(ts, te); got != c.want {
			t.Errorf("%q in %q: road %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
