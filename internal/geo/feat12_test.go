package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleThirtySix: rule 36 (feat12.go): bare water names tagged as locations, river reaches,
// valleys of long rivers, divisions named like their capital's old name, feature words around
// names the gazetteer lacks, hyphenated adjectives inside a place's entity, and the session's
// data. Every text was written for the test (classes of toponym-articles-dev11).
func TestRuleThirtySix(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// a bare river name tagged LOC after "the": the river the gazetteer knows as "X river"
		{about: "the [Madeira]LOC", text: "PORTO VELHO, Brazil — Ferries stopped running on the Madeira after the water fell below two metres, officials in Rondônia said.",
			names: []labelled{{"PORTO VELHO", model.GPE}, {"Brazil", model.GPE}, {"Madeira", model.LOC}, {"Rondônia", model.GPE}},
			name:  "Madeira", cc: "BR", not: "Madeira"},
		// an ocean by its bare name before "waters", no article
		{about: "[Pacific]LOC waters", text: "LIMA, Peru — Fishermen blamed unusually warm Pacific waters for the collapse of the anchovy catch off Piura.",
			names: []labelled{{"LIMA", model.GPE}, {"Peru", model.GPE}, {"Pacific", model.LOC}, {"Piura", model.GPE}},
			name:  "Pacific", not: "Pacific County"},
		// "the lower X" of a river is the river, not a southern region of its country
		{about: "the lower Xingu", text: "ALTAMIRA, Brazil — Fishing families on the lower Xingu say the dam has dried their channels.",
			names: []labelled{{"ALTAMIRA", model.GPE}, {"Brazil", model.GPE}, {"Xingu", model.LOC}},
			name:  "Xingu", cc: "BR", lat: -3.2, lon: -52.2},
		// a valley named after a long river lies at the stretch its sentence names
		{about: "the Nile valley by Khartoum", text: "The army said it had pushed the paramilitaries back from Omdurman, Khartoum and the Nile valley north of the capital.",
			names: []labelled{{"Omdurman", model.GPE}, {"Khartoum", model.GPE}, {"Nile", model.LOC}},
			name:  "Nile valley", cc: "SD", lat: 15.6, lon: 32.5},
		// a state's own name that is also its capital's old alternate name
		{about: "in Pará the state", text: "BRASILIA, Brazil — Ranchers cleared forest in protected areas in Pará, the environment agency said.",
			names: []labelled{{"BRASILIA", model.GPE}, {"Brazil", model.GPE}, {"Pará", model.GPE}},
			name:  "Pará", cc: "BR", feature: "admin1"},
		// feature words: a waterfall, "Gap of X", a castle in a place frame
		{about: "X Waterfall tagged ORG", text: "GLENGARRIFF, Ireland — Rangers closed the Coomroe Waterfall car park after a rockfall on Sunday.",
			names: []labelled{{"GLENGARRIFF", model.GPE}, {"Ireland", model.GPE}, {"Coomroe Waterfall", model.ORG}},
			name:  "Coomroe Waterfall", cc: "IE"},
		{about: "the Gap of X untagged", text: "KILLARNEY, Ireland — Hikers were rescued from the Gap of Glendree overnight after the fog came down.",
			names: []labelled{{"KILLARNEY", model.GPE}, {"Ireland", model.GPE}},
			name:  "Gap of Glendree", cc: "IE"},
		{about: "at X Castle", text: "KILKENNY, Ireland — Crowds gathered at Ballyragget Castle for the fireworks on Saturday.",
			names: []labelled{{"KILKENNY", model.GPE}, {"Ireland", model.GPE}, {"Ballyragget", model.PERSON}},
			name:  "Ballyragget Castle", cc: "IE"},
		// a bridge's prefix word tagged apart from the rest of its name
		{about: "the [Puente]ORG de la [Concordia]GPE", text: "MACHALA, Ecuador — Troops guarded the Puente de la Concordia, the bridge between the port and the highway, on Sunday.",
			names: []labelled{{"MACHALA", model.GPE}, {"Ecuador", model.GPE}, {"Puente", model.ORG}, {"Concordia", model.GPE}},
			name:  "Puente de la Concordia", cc: "EC"},
		// a hyphenated adjective the tagger took into a division's span
		{about: "[Serb-run Republika Srpska]GPE", text: "SARAJEVO, Bosnia — Lawmakers in the Serb-run Republika Srpska voted on Tuesday to defy the court.",
			names: []labelled{{"SARAJEVO", model.GPE}, {"Bosnia", model.GPE}, {"Serb-run Republika Srpska", model.GPE}},
			name:  "Republika Srpska", cc: "BA", feature: "admin1"},
		// data: a former homeland, a sea of Oceania, an autonomous entity by its long name
		{about: "the former Ciskei", text: "EAST LONDON, South Africa — Villages in the former Ciskei still lack piped water, the province said.",
			names: []labelled{{"EAST LONDON", model.GPE}, {"South Africa", model.GPE}, {"Ciskei", model.GPE}},
			name:  "Ciskei", cc: "ZA", lat: -32.85, lon: 27.2},
		{about: "the Arafura Sea", text: "DARWIN, Australia — A fishing boat sank in the Arafura Sea on Monday, the coast guard said.",
			names: []labelled{{"DARWIN", model.GPE}, {"Australia", model.GPE}, {"Arafura Sea", model.LOC}},
			name:  "Arafura Sea", lat: -9.5, lon: 135.5},
		{about: "the Federation of Bosnia and Herzegovina", text: "MOSTAR, Bosnia — The Federation of Bosnia and Herzegovina raised fuel taxes on Monday.",
			names: []labelled{{"MOSTAR", model.GPE}, {"Bosnia", model.GPE}, {"Federation of Bosnia and Herzegovina", model.GPE}},
			name:  "Federation of Bosnia and Herzegovina", cc: "BA", feature: "admin1"},
	})
}

// TestRuleThirtySixNot: what rule 36 leaves alone.
func TestRuleThirtySixNot(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// a county tagged GPE after "in" stays the county
		{about: "Atlantic County stays", text: "ATLANTIC CITY, N.J. (AP) — Voters in Atlantic County backed the measure.",
			names: []labelled{{"ATLANTIC CITY", model.GPE}, {"N.J.", model.GPE}, {"Atlantic County", model.GPE}},
			name:  "Atlantic County", cc: "US"},
		// "Lower Saxony" is its own name, not a reach
		{about: "Lower Saxony", text: "HANOVER, Germany — Floods hit Lower Saxony on Monday.",
			names: []labelled{{"HANOVER", model.GPE}, {"Germany", model.GPE}, {"Lower Saxony", model.GPE}},
			name:  "Lower Saxony", cc: "DE", feature: "admin1"},
		// a city dateline written like the state keeps the city
		{about: "a Guatemala City dateline", text: "GUATEMALA CITY (Reuters) — Police in Guatemala City arrested two men.",
			names: []labelled{{"GUATEMALA CITY", model.GPE}, {"Guatemala City", model.GPE}},
			name:  "Guatemala City", cc: "GT", feature: "city"},
		// "Gap" alone is no feature
		{about: "Gap the retailer", text: "NEW YORK (Reuters) — Gap said sales fell in the quarter.",
			names: []labelled{{"NEW YORK", model.GPE}},
			name:  "NEW YORK", cc: "US"},
	})
	// "Gap said" adds no place
	a := resolveLabelled(g, "NEW YORK (Reuters) — Gap said sales fell in the quarter.", []labelled{{"NEW YORK", model.GPE}, {"Gap", model.ORG}})
	for _, p := range a.Places {
		if p.Text == "Gap" {
			t.Errorf("Gap the retailer read as %+v", p.Geo)
		}
	}
}
