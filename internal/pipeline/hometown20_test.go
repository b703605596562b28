package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestHomeTown20 checks session 20's addition to geo rule 76 end to end on a development
// article (toponym-articles-dev22, a French rail and farm strike): "Valence", which the A7
// beside it had read as Valencia (Spain has an A-7 too, and "Valence" is one of Valencia's
// alternate names), is Valence in the Drôme, the French town of that own name.
func TestHomeTown20(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "geo", "testdata", "toponym-articles-dev22", "fr_rail_strike.txt"))
	if err != nil {
		t.Skip("no development article: ", err)
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := p.Annotate(&model.Document{ID: "t", Text: string(b), Language: "en", Published: "2024-12-19"})
	n := 0
	for _, pm := range a.Places {
		if !strings.EqualFold(pm.Text, "Valence") {
			continue
		}
		n++
		if pm.Geo.Country != "FR" || geo.Distance(pm.Geo.Lat, pm.Geo.Lon, 44.93, 4.89) > 25 {
			t.Errorf("%q at %d → %s|%s (%.2f, %.2f), want Valence, Drôme", pm.Text, pm.Start, pm.Geo.Name, pm.Geo.Country, pm.Geo.Lat, pm.Geo.Lon)
		}
	}
	if n == 0 {
		t.Fatal("no Valence placed")
	}
}
