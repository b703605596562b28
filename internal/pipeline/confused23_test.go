package pipeline

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestConfusedNamesakes23 checks geo's rule 86 end to end: a sentence that says a town is
// confused with a namesake abroad names two places, the story's own first. Text written for
// the test.
func TestConfusedNamesakes23(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Floods reach the Romagna plain\n\n" +
		"RAVENNA, Italy — Rivers burst their banks across the Romagna plain on Monday, and roads between Faenza, Ravenna and Imola were closed.\n\n" +
		"In Lugo, a town of 32,000 that travellers sometimes confuse with the Spanish city of Lugo in Galicia, firefighters pumped water out of the old castle.\n\n" +
		"The regional government in Bologna said more rain was expected on Tuesday.\n"
	a := p.Annotate(&model.Document{ID: "t", Text: text, Language: "en", Published: "2026-01-14"})
	var got []string
	for _, pm := range a.Places {
		if pm.Text == "Lugo" {
			got = append(got, pm.Geo.Country)
		}
	}
	if len(got) != 2 || got[0] != "IT" || got[1] != "ES" {
		t.Errorf("the two Lugos read %v, want [IT ES]", got)
	}
}
