package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestPlaceUse19 checks the session-19 place readings of names context used to flag as actors:
// a rank word after the possessive ("Uganda's oldest national park", before the role-like
// "national") and the "-ed" compounds that locate ("Malta-flagged", "Panama-registered"), with
// the actor uses beside them that stay flagged (texts written for the test).
func TestPlaceUse19(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a superlative before a role-like word", text: "Rangers patrol Bwindi, Uganda's oldest national park, on foot.",
			names: []labelled{{"Bwindi", model.LOC}, {"Uganda", model.GPE}},
			name:  "Uganda", cc: "UG", metonymy: false},
		{about: "an ordinal", text: "Floods cut the roads to Kano, Nigeria's second city, on Monday.",
			names: []labelled{{"Kano", model.GPE}, {"Nigeria", model.GPE}},
			name:  "Nigeria", cc: "NG", metonymy: false},
		{about: "a ship's flag", text: "The Malta-flagged tanker lost power off the coast of Yemen.",
			names: []labelled{{"Malta", model.GPE}, {"Yemen", model.GPE}},
			name:  "Malta", cc: "MT", metonymy: false},
		{about: "a ship's registry", text: "Houthi forces seized the Panama-registered vessel in the Red Sea.",
			names: []labelled{{"Panama", model.GPE}, {"Red Sea", model.LOC}},
			name:  "Panama", cc: "PA", metonymy: false},
		{about: "an actor compound stays flagged", text: "Iran-backed militias fired rockets at the base in Syria.",
			names: []labelled{{"Iran", model.GPE}, {"Syria", model.GPE}},
			name:  "Iran", cc: "IR", metonymy: true},
		{about: "a role noun stays flagged", text: "Uganda's foreign minister said the border with Congo would reopen.",
			names: []labelled{{"Uganda", model.GPE}, {"Congo", model.GPE}},
			name:  "Uganda", cc: "UG", metonymy: true},
	})
}
