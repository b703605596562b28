package ner_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// fakeKnown11 stands for the pipeline's gazetteer in TestPlaces11.
func fakeKnown11(name string) (string, int, bool) {
	switch name {
	case "Harwick", "Tolvern":
		return "town", 3000, true
	case "Brannock", "Murray":
		return "feature", 0, true
	}
	return "", 0, false
}

// TestPlaces11 checks that a known place after a locative preposition is read as a place
// whatever the tagger called it, while people and organisations keep their labels.
func TestPlaces11(t *testing.T) {
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	opt := ner.Options{KnownPlace: fakeKnown11}
	for _, c := range []struct {
		text, name string
		place      bool
	}{
		{"Water spilled across fields at Harwick and homes were evacuated.", "Harwick", true},
		{"Sandbags were stacked along the Brannock overnight.", "Brannock", true},
		{"Dead fish were found in the Murray near the weir.", "Murray", true},
		{"The council met at Tolvern Town Hall on Monday.", "Tolvern", false},
		{"Police Minister Anne Harwick said the roads were closed.", "Anne Harwick", false},
	} {
		ents := tg.TagWith(c.text, nil, opt)
		got := labelOf(ents, c.name)
		isPlace := got == model.GPE || got == model.LOC || got == model.FAC
		if isPlace != c.place {
			t.Errorf("%q in %q: got %q, want place=%v (%v)", c.name, c.text, got, c.place, ents)
		}
	}
}
