package ner_test

import (
	"testing"
)

// TestRulesTerminate: sentences on which two context rules once rewrote each other's spans
// forever (an honorific stripped from a person's name and put back as a left-out given name).
// Tag must return, and the name must come out without the honorific.
func TestRulesTerminate(t *testing.T) {
	tg := tagger(t)
	for _, c := range []struct{ text, person string }{
		{"Maulana Mazhar Siddiqui was killed in Rawalpindi on Sunday [15 February] in a targeted attack while his two other colleagues were injured.", "Mazhar Siddiqui"},
		{"Sheikh Hamid Qasem Nouri spoke to reporters in Basra.", "Hamid Qasem Nouri"},
	} {
		checkTagged(t, tg, c.text, "PERSON", c.person)
	}
}
