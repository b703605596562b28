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

// TestOffices19 checks that a place before an office of two or three words is a place mention
// ("[Morogoro Regional Police]ORG Commander", "[Majuli Deputy Commissioner]ORG"), and that a
// country before an office stays out (a national body is an actor).
func TestOffices19(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a regional police office", text: "Morogoro Regional Police Commander Alex Mkama said the bus hit a lorry.",
			names: []labelled{{"Morogoro Regional Police", model.ORG}, {"Alex Mkama", model.PERSON}},
			name:  "Morogoro", cc: "TZ", lat: -6.82, lon: 37.66},
		{about: "a deputy commissioner", text: "The Majuli Deputy Commissioner, Kabita Deori, said 14 relief camps had opened.",
			names: []labelled{{"Majuli Deputy Commissioner", model.ORG}, {"Kabita Deori", model.PERSON}},
			name:  "Majuli", cc: "IN"},
		{about: "a superintendent", text: "Troops were deployed, said Brahmanbaria Superintendent of Police Mohammad Shah.",
			names: []labelled{{"Brahmanbaria Superintendent", model.ORG}, {"Mohammad Shah", model.PERSON}},
			name:  "Brahmanbaria", cc: "BD"},
	})
	a := resolveLabelled(g, "Kenya Regional Police Commander Joseph Otieno said the road was closed.",
		[]labelled{{"Kenya Regional Police", model.ORG}, {"Joseph Otieno", model.PERSON}})
	if p := lastPlace(a, a.Doc.Text, "Kenya"); p != nil {
		t.Errorf("a country's office read as a place: %+v", p)
	}
}
