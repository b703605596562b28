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
	if len(stormList) != len(stormWords) {
		t.Errorf("stormList %q is not stormWords", stormList)
	}
	for _, w := range stormList {
		if !stormWords[w] || !stormBefore("x "+w+" ") || !stormStart(w+" x") || stormBefore("x "+w+"s ") || stormStart(w+"s x") {
			t.Errorf("stormList's %q: not in stormWords or not read by the byte tests", w)
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
