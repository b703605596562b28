package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestQuotedSpeaker: a name right after "said" and before a comma is the quote's speaker, not
// an unknown village that the apposition's "in a village near X" would place (session 13; texts
// written for the test). Known places in the same sentences are still placed.
func TestQuotedSpeaker(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		name        string
		placed      bool
	}{
		{"a fishmonger", "LIBREVILLE, Gabon (AFP) — Floods forced 7,000 people from their homes around Lambarene.\n\n\"We lost everything. We are sleeping at the school,\" said Marie-Claire Nzue, a fishmonger in a village near Lambarene.",
			[]labelled{{"LIBREVILLE", model.GPE}, {"Gabon", model.GPE}, {"Marie-Claire Nzue", model.PERSON}, {"Lambarene", model.GPE}}, "Marie-Claire Nzue", false},
		{"a farmer, told", `BISHKEK, Kyrgyzstan — "The water came at night," Aidai Nurbekova told, a farmer from a hamlet near Karakol.`,
			[]labelled{{"BISHKEK", model.GPE}, {"Kyrgyzstan", model.GPE}, {"Aidai Nurbekova", model.GPE}, {"Karakol", model.GPE}}, "Karakol", true},
		{"a reported clause keeps its place", `KYIV (Reuters) — Officials said Kharkiv had no power on Monday, and repairs began in the village of Zolochiv.`,
			[]labelled{{"KYIV", model.GPE}, {"Kharkiv", model.GPE}, {"Zolochiv", model.GPE}}, "Kharkiv", true},
	} {
		a := resolveLabelled(g, c.text, c.names)
		p := lastPlace(a, c.text, c.name)
		if got := p != nil; got != c.placed {
			t.Errorf("%s: %q placed %v, want %v (%+v)", c.about, c.name, got, c.placed, p)
		}
	}
}

// TestNeighbourCountries: countries a sentence names after "the border(s) with" are the
// neighbours of an unknown village it names, not its country; the document's country is
// (session 13; text written for the test).
func TestNeighbourCountries(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "borders with A and B", text: "ALMATY, Kazakhstan (Reuters) - Voters in villages of Almaty region elected their heads on Sunday.\n\nIn Zhalanash, close to the borders with China and Kyrgyzstan, only one candidate stood.",
			names: []labelled{{"ALMATY", model.GPE}, {"Kazakhstan", model.GPE}, {"Almaty", model.GPE}, {"Zhalanash", model.GPE}, {"China", model.GPE}, {"Kyrgyzstan", model.GPE}},
			name:  "Zhalanash", cc: "KZ"},
	})
}
