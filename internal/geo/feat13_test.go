package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestFeat13Features: session 13's feat13 data (supplement-places.tsv) — volcanoes, ranges,
// islands, parks and regions the gazetteer lacked are placed at the feature, not at a namesake
// or the country's centre. Every text was written for the test.
func TestFeat13Features(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a volcano by its bare name", text: "GUATEMALA CITY — Fuego spewed ash over villages in Escuintla on Sunday, and the airport was closed.",
			names: []labelled{{"GUATEMALA CITY", model.GPE}, {"Fuego", model.LOC}, {"Escuintla", model.GPE}},
			name:  "Fuego", cc: "GT", lat: 14.47, lon: -90.88},
		{about: "a volcano by its Spanish accent", text: "SAN JOSE, Costa Rica — Authorities raised the alert at Irazú after a small eruption on Tuesday.",
			names: []labelled{{"SAN JOSE", model.GPE}, {"Costa Rica", model.GPE}, {"Irazú", model.LOC}},
			name:  "Irazú", cc: "CR", lat: 9.98, lon: -83.85},
		{about: "a Libyan historic region", text: "Floods swept through towns across Cyrenaica after the storm, Libya's eastern government said.",
			names: []labelled{{"Cyrenaica", model.LOC}, {"Libya", model.GPE}},
			name:  "Cyrenaica", cc: "LY", lat: 31.0, lon: 22.0},
		{about: "a Central American dry belt", text: "Drought in the Dry Corridor has left farmers in Honduras and Guatemala without a harvest.",
			names: []labelled{{"the Dry Corridor", model.LOC}, {"Honduras", model.GPE}, {"Guatemala", model.GPE}},
			name:  "Dry Corridor", lat: 14.2, lon: -87.5},
		{about: "a Montenegrin plain", text: "PODGORICA, Montenegro — Farmers on the Zeta plain blocked a road on Monday over water prices.",
			names: []labelled{{"PODGORICA", model.GPE}, {"Montenegro", model.GPE}, {"Zeta plain", model.LOC}},
			name:  "Zeta plain", cc: "ME", lat: 42.55, lon: 19.15},
		{about: "a Japanese range", text: "Heavy snow fell across the Ou Mountains overnight, Japan's weather agency said.",
			names: []labelled{{"the Ou Mountains", model.LOC}, {"Japan", model.GPE}},
			name:  "Ou Mountains", cc: "JP", lat: 39.0, lon: 140.9},
		{about: "an outlying Pacific island", text: "Veterans returned to Iwo Jima on Saturday for a ceremony with Japanese officials.",
			names: []labelled{{"Iwo Jima", model.LOC}},
			name:  "Iwo Jima", cc: "JP", lat: 24.78, lon: 141.32},
		{about: "a Balearic island by its Spanish name", text: "Thousands marched in Mallorca against mass tourism, Spanish media reported.",
			names: []labelled{{"Mallorca", model.LOC}},
			name:  "Mallorca", cc: "ES", lat: 39.62, lon: 2.95},
	})
}
