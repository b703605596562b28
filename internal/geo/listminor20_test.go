package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestListMinor20 checks rule 77: a small town the embedded gazetteer lacks, listed with a
// placed town, takes the one cities1000 place of its name within listMinorKm of that town,
// tagged or not; a namesake farther away, or two of them, leave it unplaced (texts written for
// the test).
func TestListMinor20(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "an untagged list mate", text: "The prison draws most of its officers from small towns such as Drew, Ruleville and Indianola, the department said.",
			names: []labelled{{"Ruleville", model.GPE}, {"Indianola", model.GPE}},
			name:  "Drew", cc: "US", lat: 33.81, lon: -90.53},
		{about: "a town read abroad, and its later mention", text: "The evacuees came from the towns of Daraga, Camalig, Malilipot and Santo Domingo. Residents of Santo Domingo, on the eastern side of the volcano, heard rumbling.",
			names: []labelled{{"Daraga", model.GPE}, {"Camalig", model.GPE}, {"Malilipot", model.GPE}, {"Santo Domingo", model.GPE}},
			name:  "Santo Domingo", cc: "PH", lat: 13.24, lon: 123.78},
		{about: "a district far from its list mate in the same country", text: "Crews resurfaced Highway 3 between Tillsonburg and Simcoe last summer, the county said.",
			names: []labelled{{"Tillsonburg", model.GPE}, {"Simcoe", model.GPE}},
			name:  "Simcoe", cc: "CA", lat: 42.84, lon: -80.30},
		{about: "an organisation-tagged list mate", text: "Officers were drawn from Ruleville, Indianola and Drew, the department said.",
			names: []labelled{{"Ruleville", model.GPE}, {"Indianola", model.GPE}, {"Drew", model.ORG}},
			name:  "Drew", cc: "US", lat: 33.81, lon: -90.53},
	})
	for _, c := range []struct {
		about, text, name string
		names             []labelled
		actor             bool // the name's entity names an actor
	}{
		{"a namesake too far from the list", "Officers were drawn from Ruleville, Indianola and Amulung, the department said.", "Amulung",
			[]labelled{{"Ruleville", model.GPE}, {"Indianola", model.GPE}}, false},
		{"no placed list mate", "Officers were drawn from Drew and from nowhere else, the department said.", "Drew", nil, false},
		{"an actor's name", "Officers were drawn from Ruleville, Indianola and Drew, the department said.", "Drew",
			[]labelled{{"Ruleville", model.GPE}, {"Indianola", model.GPE}, {"Drew", model.ORG}}, true},
	} {
		a := &model.Annotation{Doc: &model.Document{Text: c.text}, Entities: labelEntities(c.text, c.names)}
		for i := range a.Entities {
			if c.actor && a.Entities[i].Text == c.name {
				a.Entities[i].Actor = "DREW"
			}
		}
		g.Resolve(a)
		if p := lastPlace(a, c.text, c.name); p != nil {
			t.Errorf("%s: %q placed at %s|%s (%.2f, %.2f)", c.about, c.name, p.Geo.Name, p.Geo.Country, p.Geo.Lat, p.Geo.Lon)
		}
	}
}
