package ner_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// TestPlaces9 checks the session-9 place readings of person- and organisation-tagged names
// (PostRules bit 512 and the apposition nouns of bit 256) on sentences written for the purpose.
func TestPlaces9(t *testing.T) {
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, name, want string
	}{
		// a geographic head word (the session-9 model alone said PERSON for both; the model
		// trained on dev–dev22 splits "Williams Lake" into PERSON and LOC, untaggedHeads21)
		{"Fires spread across Sheep Valley overnight.", "Sheep Valley", "LOC"},
		{"Smoke covered Williams Lake on Tuesday.", "Williams Lake", "LOC"},
		{"Smoke covered Brown Lake on Tuesday.", "Brown Lake", "LOC"},
		// a given name before the head word: a person named Lake may be meant
		{"The mayor of Kelly Lake spoke.", "Kelly Lake", ""},
		// an apposition with a place noun ending its noun phrase
		{"Gunmen on motorcycles stormed Kwatarkwashi, a farming community in the north, on Sunday.", "Kwatarkwashi", "GPE"},
		// people stay people
		{"Police said John Smith was arrested in the capital on Monday.", "John Smith", "PERSON"},
		{"The minister met Mr Jackson in Geneva.", "Jackson", "PERSON"},
	} {
		got := ""
		for _, e := range tg.Tag(c.text, nil) {
			if e.Text == c.name {
				got = e.Label
			}
		}
		if got != c.want {
			t.Errorf("%q: %q is %q, want %q", c.text, c.name, got, c.want)
		}
	}
	// the rules can be switched off
	old := ner.PostRules
	defer func() { ner.PostRules = old }()
	ner.PostRules = old &^ 512
	for _, e := range tg.Tag("Smoke covered Williams Lake on Tuesday.", nil) {
		if e.Text == "Williams Lake" && e.Label == "LOC" {
			t.Errorf("bit 512 off: %q is still LOC", e.Text)
		}
	}
}
