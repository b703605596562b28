package geo

import (
	"math"
	"testing"
)

// TestRuleTwentySix: seas written as seas are not the divisions named after them (README rule
// 26); texts written for the test.
func TestRuleTwentySix(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		tagged      []string
		name        string
		sea         bool // the sea's own point; false: a division
	}{
		{"a direction word", "CAIRO, Egypt — Rebels fired drones at ships in the southern Red Sea on Tuesday, Egypt said.", []string{"CAIRO", "Egypt", "Red Sea"}, "Red Sea", true},
		{"a headline without the article", "Shipping lines test Red Sea return\n\nCAIRO, Egypt — Ships returned to the Red Sea route as Egypt's canal revenue rose.", []string{"Red Sea", "CAIRO", "Egypt"}, "Red Sea", true},
		{"the governorate keeps its word", "CAIRO, Egypt — Floods hit Safaga in the Red Sea governorate on Tuesday, Egypt said.", []string{"CAIRO", "Egypt", "Safaga", "Red Sea"}, "Red Sea", false},
		{"the state keeps its word", "Floods hit Tokar in Sudan's Red Sea state on Tuesday.", []string{"Tokar", "Sudan", "Red Sea"}, "Red Sea", false},
		{"the governorate elsewhere", "Floods in Red Sea\n\nCAIRO, Egypt — Floods hit Safaga in the Red Sea Governorate on Tuesday, Egypt said.", []string{"Red Sea", "CAIRO", "Egypt", "Safaga"}, "Red Sea", false},
		{"no article", "KHARTOUM, Sudan — Officials in Red Sea said roads to Tokar were cut.", []string{"KHARTOUM", "Sudan", "Red Sea", "Tokar"}, "Red Sea", false},
	} {
		a := resolveTagged(g, c.text, c.tagged...)
		geos := entityGeos(a, c.name)
		if len(geos) == 0 || geos[0] == nil {
			t.Errorf("%s: %q unplaced", c.about, c.name)
			continue
		}
		p := geos[0]
		// the sea keeps its own point (not Eritrea's Southern Red Sea region, Egypt's governorate)
		atSea := math.Abs(p.Lat-20) < 0.5 && math.Abs(p.Lon-38.5) < 0.5
		if c.sea != atSea || !c.sea && p.Feature != "admin1" {
			t.Errorf("%s: %q at %s %s (%.2f, %.2f) feature %s, want the sea's point %v", c.about, c.name, p.Name, p.Country, p.Lat, p.Lon, p.Feature, c.sea)
		}
	}
}

// FuzzSeas: the sea rules never panic, whatever surrounds a tagged sea name.
func FuzzSeas(f *testing.F) {
	for _, s := range []string{
		"Shipping lines test Red Sea return\n\nCAIRO, Egypt — Ships returned to the Red Sea route.",
		"the southern Red Sea", "the Red Sea governorate", "the Red Sea", "Red Sea", "the -Red Sea State",
	} {
		f.Add(s)
	}
	g, err := Default()
	if err != nil {
		f.Skip(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		resolveTagged(g, text, "Red Sea", "Egypt")
	})
}
