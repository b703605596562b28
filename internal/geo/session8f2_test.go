package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestPlaceInsideEntity: session 8, round 10 (round10.go): place names inside person- or
// organisation-tagged entities that carry extra words; every text was written for the test.
func TestPlaceInsideEntity(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// an office adjective ends the entity: the place part is a place
		{about: "X Regional Minister", text: "The Ashanti Regional Minister, speaking in Kumasi on Tuesday, urged the youth to remain calm.",
			names: []labelled{{"Ashanti Regional", model.ORG}, {"Kumasi", model.GPE}},
			name:  "Ashanti", cc: "GH", lat: 6.69, lon: -1.60},
		{about: "X Governor", text: "The Central Java Governor said 2,000 residents had been moved to shelters after the floods.",
			names: []labelled{{"Central Java Governor", model.ORG}},
			name:  "Central Java", cc: "ID", lat: -7.09, lon: 110.24},
		{about: "X Metropolitan", text: "Schools will stay shut, the Tamale Metropolitan Chief Executive told reporters.",
			names: []labelled{{"Tamale Metropolitan", model.ORG}},
			name:  "Tamale", cc: "GH", lat: 9.40, lon: -0.84},
		// the division's own word ends the entity: the entity is the place
		{about: "X District tagged ORG", text: "Speaking to reporters, the Kurunegala District Secretary said dry rations were being distributed.",
			names: []labelled{{"Kurunegala District", model.ORG}},
			name:  "Kurunegala", cc: "LK", lat: 7.48, lon: 80.37},
		// a known place tagged alone before a capitalised office word
		{about: "[X]ORG Governor", text: "The Minya Governor, who visited the injured on Wednesday, ordered an inquiry into the clash.",
			names: []labelled{{"Minya", model.ORG}},
			name:  "Minya", cc: "EG", lat: 28.09, lon: 30.76},
		// a list under a locative preposition whose person-tagged members are known districts
		{about: "districts tagged as people in a list", text: "Heavy rain was forecast in Mardan, Swabi, Nowshera and Charsadda, the provincial disaster authority said.",
			names: []labelled{{"Mardan", model.GPE}, {"Swabi", model.PERSON}, {"Nowshera", model.PERSON}, {"Charsadda", model.PERSON}},
			name:  "Swabi", cc: "PK", lat: 34.12, lon: 72.47},
		// "the [Capitalised] governorate of X"
		{about: "the Upper Egypt governorate of X", text: "A feud over land killed three people in a village in the Upper Egypt governorate of Beni Tawarsa, security sources said.",
			names: []labelled{{"Upper Egypt", model.LOC}, {"Beni Tawarsa", model.ORG}},
			name:  "Beni Tawarsa", cc: "EG"},
		// "in Aswan's X": the possessive of a town below the country
		{about: "in a town's X", text: "Police said feuds had also ended in Aswan's Nag Tambouka this year.",
			names: []labelled{{"Aswan", model.GPE}, {"Nag Tambouka", model.PERSON}},
			name:  "Nag Tambouka", cc: "EG"},
	})
}

// TestPlaceInsideEntityNot: organisations and people whose names hold a place stay what they
// are.
func TestPlaceInsideEntityNot(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		name        string
	}{
		{"a national police force", "Kenya Police said 14 suspects had been arrested in Nairobi.",
			[]labelled{{"Kenya Police", model.ORG}, {"Nairobi", model.GPE}}, "Kenya"},
		{"an airline", "Kenya Airways cancelled flights to Nairobi on Friday.",
			[]labelled{{"Kenya Airways", model.ORG}, {"Nairobi", model.GPE}}, "Kenya"},
		{"a hospital", "The injured were taken to the Ashanti Regional Hospital for treatment.",
			[]labelled{{"Ashanti Regional Hospital", model.ORG}}, "Ashanti"},
		{"a list with a person who is no place", "Speaking in Nairobi, Ruto and Kagame Mugisha agreed to meet again.",
			[]labelled{{"Nairobi", model.GPE}, {"Ruto", model.PERSON}, {"Kagame Mugisha", model.PERSON}}, "Kagame Mugisha"},
		{"a country's possessive before a person", "Dissent grew in Russia's Vasilyev camp after the vote.",
			[]labelled{{"Russia", model.GPE}, {"Vasilyev", model.PERSON}}, "Vasilyev"},
		{"a person before an office word", "Ms Okonkwo Minister of State said the plan would fail.",
			[]labelled{{"Okonkwo", model.PERSON}}, "Okonkwo"},
	} {
		a := resolveLabelled(g, c.text, c.names)
		s := strings.LastIndex(c.text, c.name)
		for _, p := range a.Places {
			if p.Start <= s && s < p.End {
				t.Errorf("%s: %q placed at %s|%s, want no place", c.about, c.name, p.Geo.Name, p.Geo.Country)
			}
		}
	}
}
