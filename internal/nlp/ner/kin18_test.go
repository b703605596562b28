package ner_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// TestKin18 checks the relative's-noun rule of people14 (kin18.go) on sentences written for
// the purpose: names right after a relative's noun, or listed after it, are people, even when a
// gazetteer knows them as places; a comma, "of" or a capitalised noun keeps the old reading.
func TestKin18(t *testing.T) {
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, want string }{
		{"She and daughters Malia and Sasha also sipped tea with the King in London last year.", "Malia", "PERSON"},
		{"She and daughters Malia and Sasha also sipped tea with the King in London last year.", "Sasha", "PERSON"},
		{"She and daughters Malia and Sasha also sipped tea with the King in London last year.", "London", "GPE"},
		{"His wife Georgia and their son Jordan flew home on Tuesday.", "Georgia", "PERSON"},
		{"His wife Georgia and their son Jordan flew home on Tuesday.", "Jordan", "PERSON"},
		// not after a comma, "of" or a capitalised noun
		{"She was arrested with her daughter in Soweto on Sunday, police in Gauteng said.", "Soweto", "GPE"},
		{"The bishop, a son of Tyre, returned to Lebanon after the war.", "Tyre", "GPE"},
		{"The rally marked the birthday of Mother Russia's founding myth in Moscow.", "Moscow", "GPE"},
	} {
		got := labelOf(tg.Tag(c.text, nil), c.name)
		if got != c.want {
			t.Errorf("%q: %q is %q, want %q", c.text, c.name, got, c.want)
		}
	}
}
