package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestHomeTown20 checks session 20's additions to geo rule 76 end to end on development
// articles: "Valence" of a French rail and farm strike (toponym-articles-dev22), which the A7
// beside it had read as Valencia (Spain has an A-7 too, and "Valence" is one of Valencia's
// alternate names), is Valence in the Drôme; "Malaba" of a Kenya-Uganda border story
// (toponym-articles-dev21), read as Malabo by an alternate name, is the border town.
func TestHomeTown20(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		set, file, name, cc string
		lat, lon            float64
	}{
		{"toponym-articles-dev22", "fr_rail_strike.txt", "Valence", "FR", 44.93, 4.89},
		{"toponym-articles-dev21", "ug_malaba_border_row.txt", "Malaba", "", 0.64, 34.28},
	} {
		b, err := os.ReadFile(filepath.Join("..", "geo", "testdata", c.set, c.file))
		if err != nil {
			t.Skip("no development article: ", err)
		}
		a := p.Annotate(&model.Document{ID: "t", Text: string(b), Language: "en", Published: "2024-12-19"})
		n := 0
		for _, pm := range a.Places {
			if !strings.EqualFold(pm.Text, c.name) {
				continue
			}
			n++
			if c.cc != "" && pm.Geo.Country != c.cc || geo.Distance(pm.Geo.Lat, pm.Geo.Lon, c.lat, c.lon) > 25 {
				t.Errorf("%s: %q at %d → %s|%s (%.2f, %.2f), want near (%.2f, %.2f)", c.file, pm.Text, pm.Start, pm.Geo.Name, pm.Geo.Country, pm.Geo.Lat, pm.Geo.Lon, c.lat, c.lon)
			}
		}
		if n == 0 {
			t.Errorf("%s: no %s placed", c.file, c.name)
		}
	}
}
