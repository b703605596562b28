package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestPlaceUse20 checks session 20's place uses of names that context had flagged as actors:
// the object of a preposition of place ("off"), a member of a list of neighbourhoods, a passive
// of what befell a place ("was not affected"), what a place is expected to undergo, a division
// reporting a hazard, and a town of the country after a possessive in a place phrase ("in
// Myanmar's Hpakant", by an alternate name); and actor uses beside them that stay flagged
// (texts written for the test).
func TestPlaceUse20(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "the object of off", text: "An official in Aden said ships waiting off Hodeidah could be diverted to Mocha.",
			names: []labelled{{"Aden", model.GPE}, {"Hodeidah", model.GPE}, {"Mocha", model.GPE}},
			name:  "Hodeidah", cc: "YE", metonymy: false},
		{about: "a list of neighbourhoods", text: "Floods swept Maiduguri. Residents of low-lying neighbourhoods such as Gwange said water rose above the roofs.",
			names: []labelled{{"Maiduguri", model.GPE}, {"Gwange", model.GPE}},
			name:  "Gwange", cc: "NG", metonymy: false},
		{about: "a passive of what befell it", text: "Storms battered Ecuador's coast near Manta. Guayaquil was not affected, officials said.",
			names: []labelled{{"Ecuador", model.GPE}, {"Manta", model.GPE}, {"Guayaquil", model.GPE}},
			name:  "Guayaquil", cc: "EC", metonymy: false},
		{about: "what it is expected to see", text: "The typhoon weakened over Laos. Hanoi is expected to see up to 200 millimetres of rain.",
			names: []labelled{{"Laos", model.GPE}, {"Hanoi", model.GPE}},
			name:  "Hanoi", cc: "VN", metonymy: false},
		{about: "a division reporting a hazard", text: "Fires near Bratsk were contained, while the Krasnoyarsk region reported 12 fires in its south.",
			names: []labelled{{"Bratsk", model.GPE}, {"Krasnoyarsk", model.GPE}},
			name:  "Krasnoyarsk", cc: "RU", metonymy: false},
		{about: "a possessive in a place phrase", text: "Jade mine landslide buries dozens in Myanmar's Hpakant. Rescuers dug through the night.",
			names: []labelled{{"Myanmar", model.GPE}, {"Hpakant", model.GPE}},
			name:  "Myanmar", cc: "MM", metonymy: false},
		{about: "a country that is landlocked", text: "Trucks queue at Nakonde. \"Zambia is landlocked, so we must be land-linked,\" the minister said.",
			names: []labelled{{"Nakonde", model.GPE}, {"Zambia", model.GPE}},
			name:  "Zambia", cc: "ZM", metonymy: false},
		{about: "dwellers of a list", text: "Separatists enforced a lockdown in the South-West. Residents of Mamfe and Kumba said it was partly observed.",
			names: []labelled{{"South-West", model.GPE}, {"Mamfe", model.GPE}, {"Kumba", model.GPE}},
			name:  "Kumba", cc: "CM", metonymy: false},
		{about: "a division reporting a figure", text: "Turnout in North Ossetia was 82 percent, while Kabardino-Balkaria reported 79 percent.",
			names: []labelled{{"North Ossetia", model.GPE}, {"Kabardino-Balkaria", model.GPE}},
			name:  "Kabardino-Balkaria", cc: "RU", metonymy: false},
		{about: "a temperature measured", text: "The heatwave moved north from Sindh. Multan hit 48C on Sunday, the weather office said.",
			names: []labelled{{"Sindh", model.GPE}, {"Multan", model.GPE}},
			name:  "Multan", cc: "PK", metonymy: false},
		{about: "what a place would be like", text: "The squad arrived from Adelaide. \"We knew what Perth would be like,\" the coach said.",
			names: []labelled{{"Adelaide", model.GPE}, {"Perth", model.GPE}},
			name:  "Perth", cc: "AU", metonymy: false},
		{about: "a state that has seen floods", text: "Rivers rose near Montpelier. Vermont has now seen serious summer flooding three years out of four.",
			names: []labelled{{"Montpelier", model.GPE}, {"Vermont", model.GPE}},
			name:  "Vermont", cc: "US", metonymy: false},
		{about: "goods exported from a list", text: "Trucks wait at Kasumbalesa, through which the copper from Zambia and the Democratic Republic of Congo is exported.",
			names: []labelled{{"Kasumbalesa", model.GPE}, {"Zambia", model.GPE}, {"Democratic Republic of Congo", model.GPE}},
			name:  "Democratic Republic of Congo", cc: "CD", metonymy: false},
		// actor uses stay flagged
		{about: "a state that hit targets", text: "Sirens sounded in Haifa. Israel hit 30 targets in Lebanon overnight.",
			names: []labelled{{"Haifa", model.GPE}, {"Israel", model.GPE}, {"Lebanon", model.GPE}},
			name:  "Israel", cc: "IL", metonymy: true},
		{about: "a capital expected to act", text: "Talks stalled in Doha. Cairo is expected to respond within days.",
			names: []labelled{{"Doha", model.GPE}, {"Cairo", model.GPE}},
			name:  "Cairo", cc: "EG", metonymy: true},
		{about: "a possessive before an organisation", text: "Talks were held in Tehran. The commander of Iran's Quds Force met officials.",
			names: []labelled{{"Tehran", model.GPE}, {"Iran", model.GPE}, {"Quds Force", model.ORG}},
			name:  "Iran", cc: "IR", metonymy: true},
		{about: "a region that spoke", text: "Fires spread near Bratsk. The Krasnoyarsk region said it would send more crews.",
			names: []labelled{{"Bratsk", model.GPE}, {"Krasnoyarsk", model.GPE}},
			name:  "Krasnoyarsk", cc: "RU", metonymy: true},
	})
}

// TestHomeTown20 checks that session 20's addition to rule 76 (minor.go) leaves a world city
// of an American story abroad when nothing of the story lies near its home namesake (the
// addition itself is checked end to end on a development article by the pipeline's
// TestHomeTown20).
func TestHomeTown20(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a world city abroad, nothing near the home namesake", text: "Stocks fell in New York, Chicago and Boston on Tuesday. In Frankfurt the DAX lost 1 percent, and in Paris the CAC 40 shed 2 percent.",
			names: []labelled{{"New York", model.GPE}, {"Chicago", model.GPE}, {"Boston", model.GPE}, {"Frankfurt", model.GPE}, {"Paris", model.GPE}},
			name:  "Paris", cc: "FR"},
	})
}

// TestLowerDirection20 checks that a direction word in lower case makes one name of the phrase
// only when the phrase's place shares a country with the bare name's readings: "south Georgia"
// of an American story is the south of the state, not the island of South Georgia; "South
// Georgia" written so stays the island (texts written for the test).
func TestLowerDirection20(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a lower-case direction", text: "Valdosta beat Tifton on Friday, and Thomasville beat Moultrie in a rematch of two south Georgia rivals.",
			names: []labelled{{"Valdosta", model.GPE}, {"Tifton", model.GPE}, {"Thomasville", model.GPE}, {"Moultrie", model.GPE}, {"Georgia", model.GPE}},
			name:  "Georgia", cc: "US"},
		{about: "a capitalised name", text: "The research ship left the Falklands for South Georgia on Monday.",
			names: []labelled{{"Falklands", model.GPE}, {"South Georgia", model.GPE}},
			name:  "South Georgia", cc: "GS"},
	})
}
