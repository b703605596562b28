package geo

import (
	"maps"
	"slices"
	"testing"
)

// TestStormNames checks which words rule 92 takes for storms' given names: nouns of storms,
// not the verb "storm" in a sentence or a title-case headline.
func TestStormNames(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Tropical Storm Kyle dumped rain on Jamaica a year after Hurricane Melissa.", []string{"kyle", "melissa"}},
		{"Cyclone Idai made landfall near Beira. Typhoon Haiyan struck Tacloban.", []string{"haiyan", "idai"}},
		{"Ferries were cancelled as Storm Babet hit Scotland.", []string{"babet"}},
		{"Storm Ciarán brought gusts of 100 mph.", []string{"ciarán"}},
		{"the remnants of tropical depression Nineteen", []string{"nineteen"}},
		{"Insurgents storm Macomia, thousands flee towards the coast.", nil},
		{"Militiamen Storm Bunia, Kill 11", nil},
		{"The storm Sunday cut power in Galveston.", nil},
	} {
		r := testResolver(g, c.text, nil, nil)
		got := slices.Sorted(maps.Keys(r.stormNames()))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: storm names %q, want %q", c.text, got, c.want)
		}
	}
}
