package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestPersonAppos15 checks that a person's apposition keeps a name off the map whichever label
// the tagger gave it (an age, a role whose place noun is only a modifier: "a district health
// officer", "the state's secretary of"), and that a place noun heading the apposition still
// makes a place (texts written for the test).
func TestPersonAppos15(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		name, cc    string // cc "" = no place wanted for name
	}{
		{about: "a place noun modifying an official (PERSON)",
			text:  `MUTARE, Zimbabwe - Floods cut roads across Manicaland on Monday. "The water came in the night," said Tendai Moyo, a district official in Chipinge.`,
			names: []labelled{{"Zimbabwe", model.GPE}, {"Manicaland", model.GPE}, {"Tendai Moyo", model.PERSON}, {"Chipinge", model.GPE}}, name: "Tendai Moyo"},
		{about: "a place noun and another word before the officer (PERSON)",
			text:  `Cholera spread along the shore of Lake Malawi this month. "Every camp needs clean water," said Chimwemwe Phiri, a district health officer in Salima.`,
			names: []labelled{{"Lake Malawi", model.LOC}, {"Chimwemwe Phiri", model.PERSON}, {"Salima", model.GPE}}, name: "Chimwemwe Phiri"},
		{about: "a state's secretary (PERSON)",
			text:  `"The gang moved its stock inland," said Rafael Queiroz, the state's secretary of public security, in Salvador.`,
			names: []labelled{{"Rafael Queiroz", model.PERSON}, {"Salvador", model.GPE}}, name: "Rafael Queiroz"},
		{about: "a role after a list with a place (PERSON)",
			text:  `The talks between Garissa and Abdi Hassan Warsame, the president of the regional council, broke down.`,
			names: []labelled{{"Garissa", model.GPE}, {"Abdi Hassan Warsame", model.PERSON}}, name: "Abdi Hassan Warsame"},
		{about: "a role in an apposition (tagged GPE)",
			text:  `Floods closed roads across Manicaland. "We lost the bridge," said Tafadzwa Nyoni, a district engineer in Mutare.`,
			names: []labelled{{"Manicaland", model.GPE}, {"Tafadzwa Nyoni", model.GPE}, {"Mutare", model.GPE}}, name: "Tafadzwa Nyoni"},
		{about: "an age (tagged GPE)",
			text:  `Buses stopped across Attica on Monday. In Piraeus, Katerina Vlachou, 63, waited beside the closed ticket office.`,
			names: []labelled{{"Attica", model.GPE}, {"Piraeus", model.GPE}, {"Katerina Vlachou", model.GPE}}, name: "Katerina Vlachou"},
		// places stay places
		{about: "a place noun heading the apposition (PERSON)",
			text:  `Floods reached Kisoro, a district in south-western Uganda, on Monday.`,
			names: []labelled{{"Kisoro", model.PERSON}, {"Uganda", model.GPE}}, name: "Kisoro", cc: "UG"},
		{about: "a community is a place's noun too",
			text:  `Floods cut off Nyakabanda, a farming community in western Uganda, on Monday.`,
			names: []labelled{{"Nyakabanda", model.GPE}, {"Uganda", model.GPE}}, name: "Nyakabanda", cc: "UG"},
		{about: "a village before its elders' words",
			text:  `Floods reached Bukwo, a district of eastern Uganda, where elders said crops were lost.`,
			names: []labelled{{"Bukwo", model.PERSON}, {"Uganda", model.GPE}}, name: "Bukwo", cc: "UG"},
	} {
		checkPlacedIn(t, c.about, c.name, c.cc, placeOf(resolveLabelled(g, c.text, c.names), c.name))
	}
}

// checkPlacedIn checks the place mention p of name: in country cc, or, with cc "", none (or
// one read as an actor).
func checkPlacedIn(t *testing.T, about, name, cc string, p *model.PlaceMention) {
	t.Helper()
	switch {
	case cc == "" && p != nil && !p.Metonymy:
		t.Errorf("%s: %q placed at %s|%s, want no place", about, name, p.Geo.Name, p.Geo.Country)
	case cc != "" && p == nil:
		t.Errorf("%s: %q unplaced, want %s", about, name, cc)
	case cc != "" && p.Geo.Country != cc:
		t.Errorf("%s: %q → %s|%s, want %s", about, name, p.Geo.Name, p.Geo.Country, cc)
	}
}
