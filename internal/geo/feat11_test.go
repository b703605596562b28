package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleThirtyTwo: rule 32 (feat11.go) and the session 11 feat11 data: a name's diacritics
// against ASCII namesake towns, feature names the tagger cut, and families of features and
// informal regions. Every text was written for the test.
func TestRuleThirtyTwo(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// the accent tells Panama's province from Darien, Illinois
		{about: "Darién with its accent", text: "PANAMA CITY (Reuters) — Fewer migrants crossed the Darién this year, Panama's border service said, as rains closed the jungle trails.",
			names: []labelled{{"PANAMA CITY", model.GPE}, {"Darién", model.GPE}, {"Panama", model.GPE}},
			name:  "Darién", cc: "PA"},
		// a possessive feature name the tagger cut after its first word
		{about: "[Giant]ORG's Causeway", text: "BELFAST (Reuters) — Storm winds closed the Giant's Causeway visitor centre on the Antrim coast on Friday.",
			names: []labelled{{"BELFAST", model.GPE}, {"Giant", model.ORG}, {"Antrim", model.GPE}},
			name:  "Giant's Causeway", cc: "GB", lat: 55.24, lon: -6.51},
		// "X of Y" cut before "of"
		{about: "[Cliffs]ORG of Moher", text: "ENNIS, Ireland — Walkers were turned back from the path to the Cliffs of Moher after a section of the trail collapsed into the sea.",
			names: []labelled{{"ENNIS", model.GPE}, {"Ireland", model.GPE}, {"Cliffs", model.ORG}},
			name:  "Cliffs of Moher", cc: "IE", lat: 52.97, lon: -9.43},
		// a title word the tagger left out before a feature's head
		{about: "King [Island]GPE", text: "HOBART, Tasmania — Ferry services were cancelled and strong winds cut power across King Island on Tuesday.",
			names: []labelled{{"HOBART", model.GPE}, {"Tasmania", model.GPE}, {"Island", model.GPE}},
			name:  "King Island", cc: "AU"},
		// families: an informal region of New South Wales, not Nigeria's Rivers State
		{about: "the Northern Rivers", text: "SYDNEY (AAP) — Evacuation orders were issued for low-lying towns across the Northern Rivers as the river rose overnight.",
			names: []labelled{{"SYDNEY", model.GPE}, {"Northern Rivers", model.LOC}},
			name:  "Northern Rivers", cc: "AU", lat: -28.8, lon: 153.2},
		// a Scottish historic county
		{about: "Perthshire", text: "EDINBURGH (Reuters) — Heavy rain brought flooding to parts of Perthshire and Angus, with several roads closed.",
			names: []labelled{{"EDINBURGH", model.GPE}, {"Perthshire", model.GPE}, {"Angus", model.GPE}},
			name:  "Perthshire", cc: "GB", lat: 56.5, lon: -3.8},
		// a Lake District lake the tagger missed
		{about: "Lake District lake", text: "KESWICK, England — Rangers closed the shore path along Wast Water after the lake burst onto the road on Sunday.",
			names: []labelled{{"KESWICK", model.GPE}, {"England", model.GPE}, {"Wast Water", model.LOC}},
			name:  "Wast Water", cc: "GB", lat: 54.44, lon: -3.29},
		// "Kurdistan" in a story about Iraq
		{about: "Kurdistan in an Iraq story", text: "BAGHDAD (Reuters) — Iraq agreed to pay salaries in Kurdistan after talks in Baghdad, officials said. Oil from fields in Kurdistan will be sold by the state marketer.",
			names: []labelled{{"BAGHDAD", model.GPE}, {"Iraq", model.GPE}, {"Kurdistan", model.GPE}, {"Baghdad", model.GPE}, {"Kurdistan", model.GPE}},
			name:  "Kurdistan", cc: "IQ"},
		// a Norwegian mountain plateau (the tagger's known-place rule relabels it)
		{about: "Dovrefjell", text: "OSLO (NTB) — The E6 over Dovrefjell was closed by snow on Tuesday and convoys were organised.",
			names: []labelled{{"OSLO", model.GPE}, {"Dovrefjell", model.LOC}},
			name:  "Dovrefjell", cc: "NO", lat: 62.3, lon: 9.45},
		// a Mahaweli reservoir
		{about: "Kotmale reservoir", text: "COLOMBO (Reuters) — Spill gates at the Kotmale reservoir were opened as rain fell across the hill country.",
			names: []labelled{{"COLOMBO", model.GPE}, {"Kotmale", model.GPE}},
			name:  "Kotmale", cc: "LK", lat: 7.06, lon: 80.6},
		// a Hawke's Bay river, not Queensland's Esk
		{about: "Esk River NZ", text: "NAPIER, New Zealand — The Esk River broke its stopbank north of Napier, flooding orchards in Hawke's Bay.",
			names: []labelled{{"NAPIER", model.GPE}, {"New Zealand", model.GPE}, {"Esk River", model.LOC}, {"Napier", model.GPE}, {"Hawke's Bay", model.GPE}},
			name:  "Esk River", cc: "NZ", lat: -39.4, lon: 176.8},
		// a region's name tagged as a person, in a list after "to"
		{about: "[Southeast Asia]PER", text: "BUENOS AIRES (Reuters) — Most of the soymeal is sold to Europe and Southeast Asia, traders said.",
			names: []labelled{{"BUENOS AIRES", model.GPE}, {"Europe", model.LOC}, {"Southeast Asia", model.PERSON}},
			name:  "Southeast Asia", feature: "region"},
		// untagged, with the direction written apart: the region, not a direction of Asia
		{about: "South East Asia untagged", text: "SINGAPORE (Reuters) — Demand for rice in South East Asia rose sharply this year.",
			names: []labelled{{"SINGAPORE", model.GPE}},
			name:  "South East Asia", lat: 10, lon: 110},
		// a range tagged as an organisation (Jamaica's small district of the name does not count)
		{about: "the [Alps]ORG", text: "KOBLENZ, Germany — Snowmelt from the Alps usually keeps the river navigable through August.",
			names: []labelled{{"KOBLENZ", model.GPE}, {"Germany", model.GPE}, {"Alps", model.ORG}},
			name:  "Alps", lat: 46.5, lon: 10.0},
		// a list closed by a plural feature noun: each item is named with the noun's head
		{about: "the X and Y reservoirs", text: "KANDY, Sri Lanka — Engineers released water from the Victoria and Kotmale reservoirs on Thursday as the rain continued.",
			names: []labelled{{"KANDY", model.GPE}, {"Sri Lanka", model.GPE}, {"Victoria", model.GPE}, {"Kotmale", model.GPE}},
			name:  "Victoria", cc: "LK", lat: 7.23, lon: 80.78},
		// a coast named in two countries: the story's
		{about: "East Coast NZ", text: "GISBORNE, New Zealand — Slips closed State Highway 35 on the East Coast again on Monday.",
			names: []labelled{{"GISBORNE", model.GPE}, {"New Zealand", model.GPE}, {"East Coast", model.LOC}},
			name:  "East Coast", cc: "NZ"},
		{about: "East Coast US", text: "NEW YORK (AP) — A winter storm brought heavy snow to the East Coast on Saturday, grounding flights in Boston and Philadelphia.",
			names: []labelled{{"NEW YORK", model.GPE}, {"East Coast", model.LOC}, {"Boston", model.GPE}, {"Philadelphia", model.GPE}},
			name:  "East Coast", cc: "US"},
		// a stadium with namesakes in three countries
		{about: "Estadio Nacional in Costa Rica", text: "SAN JOSE, Costa Rica — Thousands gathered at the Estadio Nacional in San José for the match.",
			names: []labelled{{"SAN JOSE", model.GPE}, {"Costa Rica", model.GPE}, {"Estadio Nacional", model.FAC}, {"San José", model.GPE}},
			name:  "Estadio Nacional", cc: "CR"},
	})
}

// TestRuleThirtyTwoNot: what rule 32 leaves alone.
func TestRuleThirtyTwoNot(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// written without the accent, the town in the story's state stays
		{about: "Darien, Connecticut", text: "HARTFORD, Conn. (AP) — Police in Darien said the crash closed Interstate 95 for two hours.",
			names: []labelled{{"HARTFORD", model.GPE}, {"Conn.", model.GPE}, {"Darien", model.GPE}},
			name:  "Darien", cc: "US"},
		// no plural feature noun: the state stays
		{about: "the X and Y governments", text: "MELBOURNE (AAP) — The Victoria and Tasmania governments agreed on a new ferry contract on Friday.",
			names: []labelled{{"MELBOURNE", model.GPE}, {"Victoria", model.GPE}, {"Tasmania", model.GPE}},
			name:  "Victoria", cc: "AU"},
		// a division GeoNames spells in ASCII keeps its reading
		{about: "Córdoba province", text: "BUENOS AIRES (Reuters) — Drought cut the soy crop in Córdoba province, Argentina's agriculture ministry said.",
			names: []labelled{{"BUENOS AIRES", model.GPE}, {"Córdoba", model.GPE}, {"Argentina", model.GPE}},
			name:  "Córdoba", cc: "AR"},
		// a known town before a possessive is no cut feature
		{about: "town's possessive", text: "NAIROBI (Reuters) — Nairobi's Central Business District was quiet on Monday.",
			names: []labelled{{"NAIROBI", model.GPE}, {"Nairobi", model.GPE}},
			name:  "Nairobi", cc: "KE"},
	})
	// a region's name with a capitalised word after it stays the tagger's
	for _, c := range []struct{ text, name string }{
		{"LONDON (Reuters) — Balkans Capital said on Monday it would close the fund.", "Balkans"},
	} {
		a := resolveLabelled(g, c.text, []labelled{{"LONDON", model.GPE}, {c.name, model.ORG}})
		for _, p := range a.Places {
			if p.Text == c.name {
				t.Errorf("%q: %q read as a place (%+v)", c.text, p.Text, p.Geo)
			}
		}
	}
	// a person's name before a possessive stays a person
	a := resolveLabelled(g, "LONDON (Reuters) — Smith's Bridge Street shop was closed on Monday, Smith said.",
		[]labelled{{"LONDON", model.GPE}, {"Smith", model.PERSON}, {"Smith", model.PERSON}})
	for _, p := range a.Places {
		if p.Text == "Smith's Bridge" || p.Text == "Smith" {
			t.Errorf("Smith's Bridge Street: %q read as a place (%+v)", p.Text, p.Geo)
		}
	}
}
