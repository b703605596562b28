package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleForty: rule 40 (seas13.go): a name that is a sea and a division is the sea unless a
// division word or a bare place phrase says otherwise; the Atlantic lies off the story's coast;
// a big city abroad with no reading in the story's country is kept; "the Delta" of an Egyptian
// story is the Nile Delta. Every text was written for the test (classes of
// toponym-articles-dev12).
func TestRuleForty(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// (1) the sea by its words
		{about: "a headline's attributive sea", text: "Canal revenue slumps as Red Sea attacks deter shippers\n\nISMAILIA, Egypt — Revenue from the canal fell again in March, officials said.",
			names: []labelled{{"Red Sea", model.LOC}, {"ISMAILIA", model.GPE}, {"Egypt", model.GPE}},
			name:  "Red Sea", lat: 20, lon: 38.5},
		{about: "of X noun", text: "ISMAILIA, Egypt — Officials said the budget assumed a slow recovery of Red Sea shipping next year.",
			names: []labelled{{"ISMAILIA", model.GPE}, {"Egypt", model.GPE}, {"Red Sea", model.LOC}},
			name:  "Red Sea", lat: 20, lon: 38.5},
		{about: "a division word after", text: "KHARTOUM, Sudan — The governor of Red Sea state said roads to Tokar had reopened.",
			names: []labelled{{"KHARTOUM", model.GPE}, {"Sudan", model.GPE}, {"Red Sea", model.GPE}, {"Tokar", model.GPE}},
			name:  "Red Sea", cc: "SD", feature: "admin1"},
		{about: "a division word before", text: "CAIRO, Egypt — Flash floods hit villages in the governorate of Red Sea on Monday.",
			names: []labelled{{"CAIRO", model.GPE}, {"Egypt", model.GPE}, {"Red Sea", model.GPE}},
			name:  "Red Sea", cc: "EG", feature: "admin1"},
		{about: "a bare place phrase", text: "KHARTOUM, Sudan — Aid officials in Red Sea said food stocks were running low.",
			names: []labelled{{"KHARTOUM", model.GPE}, {"Sudan", model.GPE}, {"Red Sea", model.GPE}},
			name:  "Red Sea", cc: "SD", feature: "admin1"},
		{about: "a list of divisions", text: "KHARTOUM, Sudan — Cholera cases rose in Kassala, Gedaref and Red Sea, the health ministry said.",
			names: []labelled{{"KHARTOUM", model.GPE}, {"Sudan", model.GPE}, {"Kassala", model.GPE}, {"Gedaref", model.GPE}, {"Red Sea", model.GPE}},
			name:  "Red Sea", cc: "SD", feature: "admin1"},
		// (2) the Atlantic off the story's coast
		{about: "the Atlantic off Gabon", text: "PORT-GENTIL, Gabon — Heavy swells on the Atlantic Ocean kept fishing boats in port for a week, the harbour master said.",
			names: []labelled{{"PORT-GENTIL", model.GPE}, {"Gabon", model.GPE}, {"the Atlantic Ocean", model.LOC}},
			name:  "Atlantic Ocean", lat: -0.8, lon: 8.5},
		{about: "the Atlantic off western Ireland", text: "GALWAY, Ireland — Storm surges from the Atlantic Ocean flooded the promenade at Salthill again on Sunday.",
			names: []labelled{{"GALWAY", model.GPE}, {"Ireland", model.GPE}, {"the Atlantic Ocean", model.LOC}, {"Salthill", model.GPE}},
			name:  "Atlantic Ocean", lat: 53, lon: -11},
		// (3) a big city abroad that the story's country has no reading of
		{about: "flights to a city abroad", text: "PORT-DE-PAIX, Haiti — Two charter flights to Port-au-Prince and Miami were cancelled on Friday because of fog, Haiti's civil aviation office said.",
			names: []labelled{{"PORT-DE-PAIX", model.GPE}, {"Haiti", model.GPE}, {"Port-au-Prince", model.GPE}, {"Miami", model.GPE}, {"Haiti", model.GPE}},
			name:  "Miami", cc: "US"},
		// (4) the Delta of the story's country
		{about: "the Nile Delta", text: "CAIRO, Egypt — Farmers in the Delta say salt water is reaching their fields as the river's flow falls.",
			names: []labelled{{"CAIRO", model.GPE}, {"Egypt", model.GPE}, {"Delta", model.LOC}},
			name:  "Delta", cc: "EG", lat: 30.9, lon: 31.0},
		{about: "Nigeria's Delta state", text: "ASABA, Nigeria — Gunmen kidnapped two priests in Delta state on Sunday, police said.",
			names: []labelled{{"ASABA", model.GPE}, {"Nigeria", model.GPE}, {"Delta", model.GPE}},
			name:  "Delta", cc: "NG"},
	})
	// a local list keeps the foreign city out: a town the gazetteer lacks beside it ("Wingan
	// Inlet, Genoa and nearby farms" in Victoria) is no flight's destination
	text := "BAIRNSDALE, Australia — Crews told residents of Wingan Inlet, Genoa and nearby farms in Victoria to leave before the wind change."
	a := resolveLabelled(g, text, []labelled{{"BAIRNSDALE", model.GPE}, {"Australia", model.GPE}, {"Wingan Inlet", model.GPE}, {"Genoa", model.GPE}, {"Victoria", model.GPE}})
	if p := lastPlace(a, text, "Genoa"); p != nil && p.Geo.Country == "IT" {
		t.Errorf("a local list: Genoa read as %s, %s", p.Geo.Name, p.Geo.Country)
	}
}
