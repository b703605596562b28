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
