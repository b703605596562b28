package ner_test

import (
	"testing"
)

// TestSession5Names: hyphenated ranks and South Asian religious titles are no part of a name;
// a name before "regency", "upazila" or "woreda" is a place; a large island is a location.
func TestSession5Names(t *testing.T) {
	tg := tagger(t)
	cases := []struct{ text, label, want string }{
		{"Fighters held parts of the town for more than a day, army spokesman Lieutenant-Colonel Serge Ngaissona told AFP.", "PERSON", "Serge Ngaissona"},
		{"Jamaat's Feni district Ameer Mufti Abdul Hannan, however, accused BNP men of starting the clash.", "PERSON", "Abdul Hannan"},
		{"Gunmen attacked a road project in Yahukimo regency on Sunday, police said.", "GPE", "Yahukimo"},
		{"The workers, all migrants from Sulawesi, were shot while resting at their camp.", "LOC", "Sulawesi"},
		{"Troops were sent to Bali after the attack, officials said.", "GPE", "Bali"},
	}
	for _, c := range cases {
		checkTagged(t, tg, c.text, c.label, c.want)
	}
}
