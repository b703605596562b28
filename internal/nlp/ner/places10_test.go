package ner_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// fakeKnown10 stands for the pipeline's gazetteer (geo.Gazetteer.KnownPlace) in TestPlaces10.
func fakeKnown10(name string) (string, int, bool) {
	switch name {
	case "KORVALE", "Korvale":
		return "city", 30000, true
	case "Velika Borna", "Borna":
		return "town", 2000, true
	case "Ostrel Falls":
		return "town", 4000, true
	case "Monte Verano":
		return "town", 9000, true
	}
	return "", 0, false
}

// TestPlaces10 checks the session-10 place readings (PostRules bit 1024) on texts written for
// the purpose: mountain passes and valleys named in other languages, geographic head words,
// datelines in capitals, hyphenated town names and names the tagger did not find after a
// locative preposition; people, organisations and headlines stay what they are.
func TestPlaces10(t *testing.T) {
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	opt := ner.Options{KnownPlace: fakeKnown10}
	// want: a label; "place" for any of GPE, LOC, FAC; "" for "what the tagger gives without bit 1024"
	for _, c := range []struct {
		text, name, want string
	}{
		// foreign lead words, and the name after "Col du" alone elsewhere
		{"The riders climbed the Col du Varesque before the descent.\n\nOn the Varesque, the leader attacked.", "Col du Varesque", "LOC"},
		{"The riders climbed the Col du Varesque before the descent.\n\nOn the Varesque, the leader attacked.", "Varesque", "place"},
		{"The stage ends after the Col d'Orsanne, the last climb of the race.", "Col d'Orsanne", "LOC"},
		{"Take the bus to Passo Ferrano, where a short path leads to the meadows.", "Passo Ferrano", "LOC"},
		{"The hotel looks out over Lago di Vernasca and the hills beyond.", "Lago di Vernasca", "place"},
		{"Monte Verano has one hotel and a church.", "Monte Verano", "GPE"}, // a town the gazetteer knows
		{"Col Tim Harlow commanded the battalion.", "Col Tim Harlow", ""},   // a colonel, no pass
		// geographic head words
		{"Heavy rain over the Tamberi Ranges swelled the rivers.", "Tamberi Ranges", "LOC"},
		{"Police closed the road at Ostrel Falls on Monday.", "Ostrel Falls", "GPE"},
		{"Codelco Output Falls 6% as Recovery Drags", "Codelco Output Falls", ""}, // a headline's verb
		{"The Varn Township trustees met on Tuesday.", "Varn Township", "GPE"},
		// datelines in capitals
		{"Floods cut roads in the north\n\nKORVALE, Kenya: Heavy rain flooded the market on Tuesday.", "KORVALE", "GPE"},
		// hyphenated town names and names after a locative preposition
		{"The convoy drove through Saint-Pierre-de-Valmont and on to the border.", "Saint-Pierre-de-Valmont", "GPE"},
		{"Floods hit Rivertown and Dunmore-on-Tesk, and the river is still rising.", "Dunmore-on-Tesk", "GPE"},
		{"The water in the Ostrava reservoir fell, and fishermen in Zhalbek say the catch is poor.", "Zhalbek", "GPE"},
		{"The leaflet was written in Quetrani and handed out in the market of Ostrava.", "Quetrani", ""}, // a language
		{"He invested in Zorbex, a start-up.", "Zorbex", ""},                                             // no place near
		{"Talks resumed in March 2025 in Geneva.", "March", ""},
		{"Two prisoners were hanged in Zarvakabad prison in Mashhad, Iran.", "Zarvakabad", ""}, // a facility's name
		// a known place inside a longer known place is no part of a person's name, and a
		// relative after "a resident of X" belongs to the resident
		{"Mud buried houses in Velika Borna overnight.\n\n\"We dug with our hands,\" said Ana Petrić, a resident of Velika Borna whose house was destroyed. The mayor of Borna said help had come late.", "Velika Borna", "GPE"},
	} {
		ents := tg.TagWith(c.text, nil, opt)
		got := labelOf(ents, c.name)
		if c.want == "place" && (got == model.GPE || got == model.LOC || got == model.FAC) {
			continue
		}
		if c.want != "" && got != c.want {
			t.Errorf("%q in %q: got %q, want %q (%v)", c.name, c.text, got, c.want, ents)
		}
		if c.want == "" {
			// no place reading of bit 1024: the label is what the tagger gives without it
			saved := ner.PostRules
			ner.PostRules &^= 1024
			off := labelOf(tg.TagWith(c.text, nil, opt), c.name)
			ner.PostRules = saved
			if got != off {
				t.Errorf("%q in %q: bit 1024 changed %q to %q", c.name, c.text, off, got)
			}
		}
	}
}
