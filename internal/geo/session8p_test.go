package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestOtherLabelPlaces: session 8, round 8 (round8.go): names the tagger labelled as people or
// organisations that the words around them make places; every text was written for the test.
func TestOtherLabelPlaces(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// (b) listed with a town under a locative preposition: at the town, precision 2
		{about: "listed with a town after in", text: "Storms flooded streets in Quilmes and Villa Tesei Norte on Monday, Argentine officials said.",
			names: []labelled{{"Quilmes", model.GPE}, {"Villa Tesei Norte", model.PERSON}, {"Argentine", model.NORP}},
			name:  "Villa Tesei Norte", cc: "AR", lat: -34.72, lon: -58.25},
		// (b) "at A and at X" with A a known town the tagger called a person
		{about: "at A and at X", text: "Floods hit southern France on Friday. The Vésubie burst its banks at Saint-Martin-Vésubie and at Roquebillière-Vieux, and roads were cut.",
			names: []labelled{{"France", model.GPE}, {"Vésubie", model.LOC}, {"Saint-Martin-Vésubie", model.PERSON}, {"Roquebillière-Vieux", model.ORG}},
			name:  "Roquebillière-Vieux", cc: "FR", lat: 43.97, lon: 7.30},
		// (a) "X, State" containment
		{about: "town, state", text: "The man had moved to Texas from Boswellton, Oklahoma, two years ago, his aunt said.",
			names: []labelled{{"Texas", model.GPE}, {"Boswellton", model.ORG}, {"Oklahoma", model.GPE}},
			name:  "Boswellton", cc: "US"},
		// (c) residents of X
		{about: "residents of X", text: "Floods swept southern Malawi this week. Residents of Nsanje Boma said the river rose overnight.",
			names: []labelled{{"Malawi", model.GPE}, {"Nsanje Boma", model.PERSON}},
			name:  "Nsanje Boma", cc: "MW"},
		// (c) a list before a plural place noun
		{about: "the A and X neighbourhoods", text: "Gunfire erupted in Culiacán overnight. Residents of the Los Pinos Altos and Lomas del Bulevar neighbourhoods stayed indoors.",
			names: []labelled{{"Culiacán", model.GPE}, {"Los Pinos Altos", model.ORG}, {"Lomas del Bulevar", model.ORG}},
			name:  "Lomas del Bulevar", cc: "MX", lat: 24.8, lon: -107.4},
		// (c) "camps such as X"
		{about: "camps such as X", text: "In Mozambique, aid groups said camps such as Ntokota Sede were overcrowded.",
			names: []labelled{{"Mozambique", model.GPE}, {"Ntokota Sede", model.PERSON}},
			name:  "Ntokota Sede", cc: "MZ"},
		// (c) a part of the land "of the X"
		{about: "the mountains of the X", text: "Rain fell on the mountains of the Haute-Bruyère overnight, French forecasters said, and Nice was spared.",
			names: []labelled{{"Haute-Bruyère", model.ORG}, {"French", model.NORP}, {"Nice", model.GPE}},
			name:  "Haute-Bruyère", cc: "FR"},
		// one name, one sense
		{about: "the same name elsewhere", text: "Rain fell on the mountains of the Haute-Bruyère overnight, French forecasters said. They placed the Haute-Bruyère on red alert.",
			names: []labelled{{"Haute-Bruyère", model.ORG}, {"French", model.NORP}, {"Haute-Bruyère", model.ORG}},
			name:  "Haute-Bruyère", cc: "FR"},
		// (d) a strong locative preposition
		{about: "off X", text: "Senegal's navy said a fishing boat capsized off Diogue Plage before dawn.",
			names: []labelled{{"Senegal", model.GPE}, {"Diogue Plage", model.ORG}},
			name:  "Diogue Plage", cc: "SN"},
		// (d) with no lead country, the dateline's country
		{about: "off X in a story with no lead", text: "DAKAR, Senegal (AFP) — A canoe bound for Spain from Mauritania capsized on Monday, officials in Spain and Mauritania said. It overturned off Ndayane-Plage, a few hours into the journey.",
			names: []labelled{{"AFP", model.ORG}, {"Spain", model.GPE}, {"Mauritania", model.GPE}, {"Spain", model.GPE}, {"Mauritania", model.GPE}, {"Ndayane-Plage", model.ORG}},
			name:  "Ndayane-Plage", cc: "SN"},
		// (a) an apposition with a direction
		{about: "X, north of the city", text: "Mozambique's government said families had fled to camps in Pemba and to Ntokota Sede, north of the city.",
			names: []labelled{{"Mozambique", model.GPE}, {"Pemba", model.GPE}, {"Ntokota Sede", model.PERSON}},
			name:  "Ntokota Sede", cc: "MZ"},
		// (d) a motion verb before "from", a stretch of time after the name
		{about: "moved from X years ago", text: "Police in Paris, Texas, said the man had moved from Boswellton two years ago.",
			names: []labelled{{"Paris", model.GPE}, {"Texas", model.GPE}, {"Boswellton", model.ORG}},
			name:  "Boswellton", cc: "US"},
	})
	// the entity is relabelled a place (GPE, or LOC as round 7's frame names are)
	a := resolveLabelled(g, "Floods swept southern Malawi this week. Residents of Nsanje Boma said the river rose overnight.",
		[]labelled{{"Malawi", model.GPE}, {"Nsanje Boma", model.PERSON}})
	for _, e := range a.Entities {
		if e.Text == "Nsanje Boma" && (e.Label != model.GPE && e.Label != model.LOC || e.Geo == nil) {
			t.Errorf("Nsanje Boma: label %s geo %v, want a place label with a geo", e.Label, e.Geo)
		}
	}
}

// TestOtherLabelPeople: people and organisations after a preposition stay what they are (round
// 8's negative cases; texts written for the test).
func TestOtherLabelPeople(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		name, label string
	}{
		{"possessive", "In Smith's view, the plan for schools in Ohio will fail.",
			[]labelled{{"Smith", model.PERSON}, {"Ohio", model.GPE}}, "Smith", model.PERSON},
		{"analysts at a company", "Engineers at Google said the outage in California was fixed.",
			[]labelled{{"Google", model.ORG}, {"California", model.GPE}}, "Google", model.ORG},
		{"at a company", "She worked at Zentrova for a decade before moving to Berlin.",
			[]labelled{{"Zentrova", model.ORG}, {"Berlin", model.GPE}}, "Zentrova", model.ORG},
		{"from an agency", "The figures came from Reuters, which reported from Kabul.",
			[]labelled{{"Reuters", model.ORG}, {"Kabul", model.GPE}}, "Reuters", model.ORG},
		{"a player named in full before", "Captain Danny Okafor scored twice. Lindqvist headed in a corner from Okafor at the stadium in Leeds.",
			[]labelled{{"Danny Okafor", model.PERSON}, {"Lindqvist", model.PERSON}, {"Okafor", model.PERSON}, {"Leeds", model.GPE}}, "Okafor", model.PERSON},
		{"a people's list", "Clashes between the Meitei and Naga communities in Manipur continued.",
			[]labelled{{"Meitei", model.ORG}, {"Naga", model.NORP}, {"Manipur", model.GPE}}, "Meitei", model.ORG},
		{"an apposition that is a company", "No casualties were reported, according to Dana Gas, the United Arab Emirates-based company.",
			[]labelled{{"Dana Gas", model.ORG}, {"United Arab Emirates", model.GPE}}, "Dana Gas", model.ORG},
		{"a person's name cut after the preposition", "A statement from Barzani's office in Erbil said talks went well.",
			[]labelled{{"Barzani", model.PERSON}, {"Erbil", model.GPE}}, "Barzani", model.PERSON},
		{"a person in a list of people", "Talks in Doha between Ruto and Kagame Mugisha ended on Friday.",
			[]labelled{{"Doha", model.GPE}, {"Ruto", model.PERSON}, {"Kagame Mugisha", model.PERSON}}, "Kagame Mugisha", model.PERSON},
	} {
		a := resolveLabelled(g, c.text, c.names)
		s := strings.LastIndex(c.text, c.name)
		for _, p := range a.Places {
			if p.Start <= s && s < p.End {
				t.Errorf("%s: %q placed at %s|%s, want no place", c.about, c.name, p.Geo.Name, p.Geo.Country)
			}
		}
		for _, e := range a.Entities {
			if e.Start == s && e.Label != c.label {
				t.Errorf("%s: %q labelled %s, want %s", c.about, c.name, e.Label, c.label)
			}
		}
	}
}
