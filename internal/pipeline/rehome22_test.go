package pipeline

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRehomeFallbacks22 checks geo's rehomeFallbacks end to end, with the tagger: in a story
// about Denmark, Western Australia, the names the gazetteer lacks were placed in Denmark the
// country while "Denmark" still read as the country; once rule 76 reads it as the town they lie
// in Australia, near it. Text written for the test.
func TestRehomeFallbacks22(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Fire threatens holiday homes west of Denmark\n\n" +
		"DENMARK — A bushfire racing through karri forest west of Denmark forced holiday-makers out of caravan parks on Wednesday as hot easterly winds drove it towards the sea.\n\n" +
		"Firefighters told campers in parts of William Bay National Park to leave at once and head east towards Denmark. An advice alert covered farms further west towards Peaceful Bay.\n\n" +
		"The South Coast Highway was shut between Denmark and Walpole, and drivers leaving Albany were sent inland through Mount Barker.\n\n" +
		"A relief centre opened in the town hall, where tourists from Perth and Bunbury waited for news.\n"
	a := p.Annotate(&model.Document{ID: "t", Text: text, Language: "en", Published: "2026-01-14"})
	seen := map[string]bool{}
	for _, pm := range a.Places {
		switch pm.Text {
		case "William Bay National Park", "Peaceful Bay", "South Coast Highway":
			seen[pm.Text] = true
			if pm.Geo.Country != "AU" || geo.Distance(pm.Geo.Lat, pm.Geo.Lon, -34.96, 117.35) > 150 {
				t.Errorf("%q at %d → %s|%s (%.2f, %.2f), want Australia near Denmark, WA", pm.Text, pm.Start, pm.Geo.Name, pm.Geo.Country, pm.Geo.Lat, pm.Geo.Lon)
			}
		}
	}
	if len(seen) < 3 {
		t.Errorf("placed %v, want the park, the bay and the highway", seen)
	}
}
