package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRiverLikePlace: "the X river" where X is a country or town and no river X is known is an
// unknown river placed by its sentence; a known river keeps its reading (session 13; texts
// written for the test).
func TestRiverLikePlace(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a river named like a country", text: "SUCEAVA, Romania (AP) — Further west, the Moldova river damaged a bridge at Gura Humorului, isolating several villages.",
			names: []labelled{{"SUCEAVA", model.GPE}, {"Romania", model.GPE}, {"Moldova", model.GPE}, {"Gura Humorului", model.GPE}},
			name:  "Moldova", cc: "RO", lat: 47.55, lon: 25.90, feature: "other"},
		{about: "a known river keeps its reading", text: "BAMAKO, Mali (AFP) — The Senegal river rose at Kayes on Monday, and the Niger river flooded parts of Mopti.",
			names: []labelled{{"BAMAKO", model.GPE}, {"Mali", model.GPE}, {"Senegal", model.GPE}, {"Kayes", model.GPE}, {"Niger", model.GPE}, {"Mopti", model.GPE}},
			name:  "Niger", not: "Niger", feature: "other"},
		{about: "a country's river named by its possessive stays the country", text: "CHISINAU (Reuters) — Moldova's river ports reopened on Monday, officials in Chisinau said.",
			names: []labelled{{"CHISINAU", model.GPE}, {"Moldova", model.GPE}, {"Chisinau", model.GPE}},
			name:  "Moldova", cc: "MD", feature: "country"},
	})
}

// TestNationalReading: a town the scoring rejected far from the story is kept when a
// nationality word before it states its country ("the Indian port of Mundra" in a Jordanian
// story), rather than put at that country's middle (session 13; texts written for the test).
func TestNationalReading(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "the Indian port of X", text: "AQABA, Jordan (Reuters) - Cargo through Aqaba fell by a third in October, port officials in Aqaba said. Hotel occupancy in Aqaba and at camps in Wadi Rum fell too, and visitors to Petra were down. Economists in Amman expect a slow recovery. The port company was talking to carriers about a weekly service from the Indian port of Mundra.",
			names: []labelled{{"AQABA", model.GPE}, {"Jordan", model.GPE}, {"Aqaba", model.GPE}, {"Aqaba", model.GPE}, {"Aqaba", model.GPE}, {"Wadi Rum", model.LOC}, {"Petra", model.GPE}, {"Amman", model.GPE}, {"Indian", model.NORP}, {"Mundra", model.GPE}},
			name:  "Mundra", cc: "IN", lat: 22.84, lon: 69.72},
	})
}

// TestFlowFrames: a bare name the tagger called an organisation or a person is a river when the
// words make it flow, or name its mouth, banks, tributary or confluence (session 13; texts
// written for the test).
func TestFlowFrames(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "the X flows into", text: "DECIN, Czech Republic (AP) — Firefighters evacuated Hrensko, where the Kamenice flows into the Elbe, on Tuesday.",
			names: []labelled{{"DECIN", model.GPE}, {"Czech Republic", model.GPE}, {"Hrensko", model.GPE}, {"Kamenice", model.ORG}, {"Elbe", model.LOC}},
			name:  "Kamenice", cc: "CZ", feature: "other"},
		{about: "the mouth of the X", text: "GEORGETOWN, Guyana (Reuters) — Soldiers travel by boat from Bartica, at the mouth of the Mazaruni, to the border posts.",
			names: []labelled{{"GEORGETOWN", model.GPE}, {"Guyana", model.GPE}, {"Bartica", model.GPE}, {"Mazaruni", model.ORG}},
			name:  "Mazaruni", cc: "GY", feature: "other"},
		{about: "the X confluence", text: "VIENTIANE, Laos (Reuters) — The reservoir would reach the Nam Ou confluence near Luang Prabang, officials said.",
			names: []labelled{{"VIENTIANE", model.GPE}, {"Laos", model.GPE}, {"Nam Ou", model.PERSON}, {"Luang Prabang", model.GPE}},
			name:  "Nam Ou", cc: "LA", feature: "other"},
	})
}
