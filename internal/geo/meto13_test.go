package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestPlaceUse13 checks rule 38: names that context flagged as actors but whose grammar makes
// them places (a list after a long noun phrase and a preposition, an apposition to a place noun,
// a verb of what befell a place, a possessive before a division's formal name, a bridge or a
// river), actor uses that stay flagged, and a state's act nouns ("Beijing's response") that
// flag it (texts written for the test).
func TestPlaceUse13(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a list after a long noun phrase", text: "Shopkeepers at the border said that the monthly rents for market stalls in Lashio and Mandalay had climbed since the spring.",
			names: []labelled{{"Lashio", model.GPE}, {"Mandalay", model.GPE}},
			name:  "Mandalay", cc: "MM", metonymy: false},
		{about: "a list after a spaced dash", text: "KAMPALA (Reuters) - Traders from the markets in Gulu and Kampala demanded lower fees on Monday.",
			names: []labelled{{"Gulu", model.GPE}, {"Kampala", model.GPE}},
			name:  "Kampala", cc: "UG", metonymy: false},
		{about: "an apposition to a place noun", text: "Floods cut the roads of Maniema. The provincial capital Kindu has welcomed thousands of displaced families, aid workers said.",
			names: []labelled{{"Maniema", model.GPE}, {"Kindu", model.GPE}},
			name:  "Kindu", cc: "CD", metonymy: false},
		{about: "a verb of what befell a place", text: "Insurgents have cut the roads around Borno. Maiduguri has lived under a curfew since March.",
			names: []labelled{{"Borno", model.GPE}, {"Maiduguri", model.GPE}},
			name:  "Maiduguri", cc: "NG", metonymy: false},
		{about: "a modal before become", text: "\"Kisumu must become the main port on the lake,\" the governor of the county in western Kenya told traders.",
			names: []labelled{{"Kisumu", model.GPE}, {"Kenya", model.GPE}},
			name:  "Kisumu", cc: "KE", metonymy: false},
		{about: "an amount with no object", text: "Migrants kept arriving from the north of Chad, and by 2020 N'Djamena had doubled in size.",
			names: []labelled{{"Chad", model.GPE}, {"N'Djamena", model.GPE}},
			name:  "N'Djamena", cc: "TD", metonymy: false},
		{about: "a possessive before a division's formal name", text: "Gas shortages spread to Russia's Republic of Dagestan last week.",
			names: []labelled{{"Russia", model.GPE}, {"Republic of Dagestan", model.GPE}},
			name:  "Russia", cc: "RU", metonymy: false},
		{about: "a country recovering", text: "Protests have ended in Maputo. Mozambique is still recovering from the unrest that followed the vote.",
			names: []labelled{{"Maputo", model.GPE}, {"Mozambique", model.GPE}},
			name:  "Mozambique", cc: "MZ", metonymy: false},
		{about: "a bridge", text: "Gales hit Hull overnight. Police said the Humber Bridge would close to lorries if the wind rose.",
			names: []labelled{{"Hull", model.GPE}, {"Humber Bridge", model.FAC}},
			name:  "Humber Bridge", cc: "GB", metonymy: false},
		// actor uses stay flagged
		{about: "a capital that warned", text: "Fighting spread near Kherson. Washington warned that aid would be cut.",
			names: []labelled{{"Kherson", model.GPE}, {"Washington", model.GPE}},
			name:  "Washington", cc: "US", metonymy: true},
		{about: "a capital that denied", text: "Drones struck near Kharkiv. Moscow has denied any role in the attack.",
			names: []labelled{{"Kharkiv", model.GPE}, {"Moscow", model.GPE}},
			name:  "Moscow", cc: "RU", metonymy: true},
		{about: "a capital bearing a cost", text: "The pipeline runs from Yanbu to the coast. Riyadh would bear the cost, officials said.",
			names: []labelled{{"Yanbu", model.GPE}, {"Riyadh", model.GPE}},
			name:  "Riyadh", cc: "SA", metonymy: true},
		{about: "a new clause after a list", text: "Soldiers from the army took positions in Goma and Kinshasa said it would send more troops.",
			names: []labelled{{"Goma", model.GPE}, {"Kinshasa", model.GPE}},
			name:  "Kinshasa", cc: "CD", metonymy: true},
		{about: "a transitive amount verb", text: "Troops patrolled near Kismayo. Kenya has doubled its forces in the south.",
			names: []labelled{{"Kismayo", model.GPE}, {"Kenya", model.GPE}},
			name:  "Kenya", cc: "KE", metonymy: true},
		{about: "a possessive before a reaction", text: "Ships were stopped near Xiamen. Beijing's response came within hours.",
			names: []labelled{{"Xiamen", model.GPE}, {"Beijing", model.GPE}},
			name:  "Beijing", cc: "CN", metonymy: true},
		{about: "a town's response is no state's", text: "Floods hit the lakeside districts of Kenya. Kisumu's response was slow, residents said.",
			names: []labelled{{"Kenya", model.GPE}, {"Kisumu", model.GPE}},
			name:  "Kisumu", cc: "KE", metonymy: false},
		{about: "a list of speakers after a short clause", text: "Gunmen attacked a bus near Mandera, and Kenya said it would close the border.",
			names: []labelled{{"Mandera", model.GPE}, {"Kenya", model.GPE}},
			name:  "Kenya", cc: "KE", metonymy: true},
		{about: "a possessive before an organ", text: "Rallies were held in Tabriz. Iran's Guardian Council rejected the bill.",
			names: []labelled{{"Tabriz", model.GPE}, {"Iran", model.GPE}},
			name:  "Iran", cc: "IR", metonymy: true},
	})
}
