package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRehomeVoted23 checks rule 76's repair of the fallbacks end to end, on a development
// article: in a story about Stockton, New South Wales, "Stockton" voted for California's Stockton
// (its reading out of context) when the names the gazetteer lacks were placed, so they went to
// the United States; scoring then read it as Stockton-on-Tees and rule 76 as the Australian
// suburb. The fallbacks placed in the country the moved name voted for follow it home
// (session 23; before, only those in the country of its reading before the move did).
func TestRehomeVoted23(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join("..", "geo", "testdata", "toponym-articles-dev23", "au_nsw_newcastle_stockton_sand.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a := p.Annotate(&model.Document{ID: "t", Text: string(text), Language: "en", Published: "2026-01-14"})
	seen := map[string]bool{}
	for _, pm := range a.Places {
		switch pm.Text {
		case "Stockton Bight", "Macquarie Street", "Kooragang Island", "Nobbys":
			seen[pm.Text] = true
			if pm.Geo.Country != "AU" {
				t.Errorf("%q at %d → %s|%s (%.2f, %.2f), want Australia", pm.Text, pm.Start, pm.Geo.Name, pm.Geo.Country, pm.Geo.Lat, pm.Geo.Lon)
			}
		}
	}
	if len(seen) < 4 {
		t.Errorf("placed %v, want the bight, the street, the island and the headland", seen)
	}
}
