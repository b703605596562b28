package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestNamesakes2: session 9, helper g5, rule 24 (divisions, renamed cities and short forms read
// abroad while the story is plainly elsewhere; classes of toponym-articles-dev8 with -dev4..7).
// Every text was written for the test.
func TestNamesakes2(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// (1) a compass division with its word: the story's country's division of the bare
		// name, not the only division that bears the longer name (Uganda's Western Region)
		{about: "compass division with its word", text: "ACCRA, Ghana — Cocoa farmers in Ghana say smuggling is rising. Buyers at Tarkwa, in the Western region, paid less this year.",
			names: []labelled{{"ACCRA", model.GPE}, {"Ghana", model.GPE}, {"Ghana", model.GPE}, {"Tarkwa", model.GPE}, {"Western", model.GPE}},
			name:  "Western", cc: "GH", feature: "admin1"},
		{about: "division tagged with its word", text: "ACCRA, Ghana — Cocoa farmers in Ghana say smuggling is rising in the Eastern Region.",
			names: []labelled{{"ACCRA", model.GPE}, {"Ghana", model.GPE}, {"Eastern Region", model.GPE}},
			name:  "Eastern Region", cc: "GH"},
		// (2) a renamed city filed under its old name, the name's only reading: not ruled out
		// as a small town far from the story's divisions
		{about: "renamed city by its alternate name", text: "Kazakhstan's Khorgos hub grows\n\nALMATY, Kazakhstan — Freight through the Khorgos dry port in the Zhetysu region rose again. The nearby Dostyk crossing handled record volumes.\n\nAt the Caspian ports of Aktau and Kuryk, ferries wait for days.",
			names: []labelled{{"Kazakhstan", model.GPE}, {"Khorgos", model.GPE}, {"ALMATY", model.GPE}, {"Kazakhstan", model.GPE}, {"Khorgos", model.GPE}, {"Zhetysu", model.GPE}, {"Dostyk", model.GPE}, {"Caspian", model.LOC}, {"Aktau", model.GPE}, {"Kuryk", model.GPE}},
			name:  "Aktau", cc: "KZ", lat: 43.65, lon: 51.17},
		// (3) the short form of a city the document names in full
		{about: "short form of a name written in full", text: "Cubans bang pots in Santiago and Havana as grid collapses\n\nHAVANA (AFP) — Residents of several Cuban cities took to the streets overnight in Holguín, Bayamo and Camagüey. Power returned to hospitals in Santiago de Cuba on Tuesday. Crowds also gathered in Santiago and Holguín.",
			names: []labelled{{"Santiago", model.GPE}, {"Havana", model.GPE}, {"HAVANA", model.GPE}, {"Holguín", model.GPE}, {"Bayamo", model.GPE}, {"Camagüey", model.GPE}, {"Santiago de Cuba", model.GPE}, {"Santiago", model.GPE}, {"Holguín", model.GPE}},
			name:  "Santiago", cc: "CU", lat: 20.02, lon: -75.82},
		// (4) a pair with a town of the story's country: the namesake beside it
		{about: "namesake beside its pair", text: "LISBON, Portugal — Rail workers in Portugal struck on Monday. In the Algarve, the line between Faro and Lagos was suspended.",
			names: []labelled{{"LISBON", model.GPE}, {"Portugal", model.GPE}, {"Portugal", model.GPE}, {"Algarve", model.LOC}, {"Faro", model.GPE}, {"Lagos", model.GPE}},
			name:  "Lagos", cc: "PT"},
		// (6) "X, south of Y": not a namesake 1,300 km away in another country the story names
		{about: "direction from a town", text: "Freight between Kazakhstan and Uzbekistan grew. Azerbaijan has expanded the port at Alat, south of Baku, and Georgia is building a port at Anaklia.",
			names: []labelled{{"Kazakhstan", model.GPE}, {"Uzbekistan", model.GPE}, {"Azerbaijan", model.GPE}, {"Alat", model.GPE}, {"Baku", model.GPE}, {"Georgia", model.GPE}, {"Anaklia", model.GPE}},
			name:  "Alat", cc: "AZ", lat: 40.0, lon: 49.5},
	})
	// keeps: the bigger namesake stays where the story is about it
	checkPlaceCases(t, g, []placeCase{
		{about: "Uganda's own region", text: "KAMPALA, Uganda — Floods hit Uganda's Western Region on Sunday, and roads to Fort Portal were cut.",
			names: []labelled{{"KAMPALA", model.GPE}, {"Uganda", model.GPE}, {"Western Region", model.GPE}, {"Fort Portal", model.GPE}},
			name:  "Western Region", cc: "UG"},
		{about: "Chile's capital", text: "SANTIAGO, Chile (AP) — Students marched in Santiago on Friday, and police in Valparaíso made arrests.",
			names: []labelled{{"SANTIAGO", model.GPE}, {"Chile", model.GPE}, {"Santiago", model.GPE}, {"Valparaíso", model.GPE}},
			name:  "Santiago", cc: "CL"},
		{about: "a city north of the capital", text: "Iraqi forces advanced on Mosul, north of Baghdad, on Monday, officials in Iraq said.",
			names: []labelled{{"Mosul", model.GPE}, {"Baghdad", model.GPE}, {"Iraq", model.GPE}},
			name:  "Mosul", cc: "IQ", lat: 36.34, lon: 43.13},
		{about: "Lagos in a Nigeria story", text: "ABUJA, Nigeria — Fuel queues returned to Nigeria's cities. Traffic between Ibadan and Lagos was at a standstill.",
			names: []labelled{{"ABUJA", model.GPE}, {"Nigeria", model.GPE}, {"Nigeria", model.GPE}, {"Ibadan", model.GPE}, {"Lagos", model.GPE}},
			name:  "Lagos", cc: "NG"},
	})
}
