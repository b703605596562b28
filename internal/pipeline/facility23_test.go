package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestForeignFacility23 checks geo's rule 85 end to end on development articles: a road, bridge
// or river named after a place ("the Bremer River", "Sardis Road", "the Flat Bridge") is not put
// at a namesake town or county abroad (Bremer County, Iowa; Sardis, Mississippi) because one
// other name of the story read, out of context, as a place of that country, when one country
// holds three quarters of the story's evidence and the namesake lies far from it.
func TestForeignFacility23(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ file, name, cc string }{
		{"toponym-articles-dev23/au_qld_ipswich_bremer_flood.txt", "Bremer River", "AU"},
		{"toponym-articles-dev23/au_tas_perth_south_esk_flood.txt", "Midland Highway", "AU"},
		{"toponym-articles-dev28/gb_pontypridd_llandovery_rugby.txt", "Sardis Road", "GB"},
		{"toponym-articles-dev12/jm_spanish_town_gang_trial.txt", "Flat Bridge", "JM"},
	} {
		text, err := os.ReadFile(filepath.Join("..", "geo", "testdata", c.file))
		if err != nil {
			t.Fatal(err)
		}
		a := p.Annotate(&model.Document{ID: "t", Text: string(text), Language: "en", Published: "2026-01-14"})
		n := 0
		for _, pm := range a.Places {
			if pm.Text != c.name {
				continue
			}
			n++
			if pm.Geo.Country != c.cc {
				t.Errorf("%s: %q at %d → %s|%s (%.2f, %.2f), want %s", c.file, pm.Text, pm.Start, pm.Geo.Name, pm.Geo.Country, pm.Geo.Lat, pm.Geo.Lon, c.cc)
			}
		}
		if n == 0 {
			t.Errorf("%s: %q not placed", c.file, c.name)
		}
	}
}
