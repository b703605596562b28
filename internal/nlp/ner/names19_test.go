package ner_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// TestElision19 checks that a name with an elided article ("Côte d'Ivoire", "Giscard
// d'Estaing") is one name, with the embedded gazetteer as the pipeline tags.
func TestElision19(t *testing.T) {
	checkNames(t, []nameCase{
		{"Coastal states including Benin, Togo, Ghana and Côte d'Ivoire have sought closer security cooperation.", "Côte d'Ivoire", "GPE"},
		{"Côte d’Ivoire has sought closer cooperation with Ghana.", "Côte d’Ivoire", "GPE"},
		{"Troops from Côte d'Ivoire arrived in Bamako on Monday.", "Côte d'Ivoire", "GPE"},
		{"Skiers packed Val d'Isère at the weekend.", "Val d'Isère", "GPE"},
		{"Rescuers reached L'Aquila after the quake.", "L'Aquila", "GPE"},
		{"Former president Valéry Giscard d'Estaing was buried on Saturday.", "Valéry Giscard d'Estaing", "PERSON"},
		// a lone elided word with no name before it stays out of any name
		{"The wine comes from the côte d'Or hills.", "Or", ""},
	})
}

// TestSpeakers19 checks that a big city or a country acting in the active voice is a place
// (its government), while the passive of what people undergo and the names of people stay
// people, with the embedded gazetteer as the pipeline tags.
func TestSpeakers19(t *testing.T) {
	checkNames(t, []nameCase{
		{"Kyiv has accused Moscow of deliberately targeting civilians in the city.", "Kyiv", "GPE"},
		{"Asmara has accused Ethiopia of harbouring expansionist ambitions.", "Asmara", "GPE"},
		{"Hargeisa said a memorandum giving Ethiopia access to the sea would be implemented.", "Hargeisa", "GPE"},
		// people stay people: a passive of what people undergo, given names of cities' namesakes
		{"Mahmoud Khalil has been sentenced to five years. Khalil has been sentenced in absentia before.", "Khalil", "PERSON"},
		{"Victoria said she would appeal the ruling on Monday.", "Victoria", "PERSON"},
		{"Madison said she would appeal the ruling on Monday.", "Madison", "PERSON"},
		{"Smith has married his long-time partner.", "Smith", "PERSON"},
	})
}

// TestParty19 checks that a party word after a place is no part of the place's name: "a
// Portland Democrat", "A Texas Republican"; "Senate Democrats" stays an organisation.
func TestParty19(t *testing.T) {
	checkNames(t, []nameCase{
		{"State Rep. Ben Collings, a Portland Democrat, said he would ask lawmakers in Augusta to act.", "Portland", "GPE"},
		{"State Sen. Alan Booker, a Greenville Democrat, called for hearings.", "Greenville", "GPE"},
		{"A Texas Republican filed the bill on Monday.", "Texas", "GPE"},
		{"Senate Democrats blocked the bill on Monday.", "Senate Democrats", "ORG"},
	})
}

// TestPossessive19 checks that a place name with a possessive in it, which the tagger cuts at
// the possessive, is one name when the gazetteer knows it; people's possessives stay people's.
func TestPossessive19(t *testing.T) {
	checkNames(t, []nameCase{
		// (a stadium: FAC with the tagger trained on dev–dev22; LOC, the gazetteer's label,
		// with the session-19 tagger)
		{"Newcastle came from behind to beat Brighton 2-1 at St James' Park on Saturday.", "St James' Park", "FAC"},
		{"Landslides hit villages on the western slopes of the central hills, including the Adam's Peak area.", "Adam's Peak", "LOC"},
		{"Fans changed trains at London King's Cross.", "King's Cross", "GPE"},
		{"Fans changed trains at London King's Cross.", "London", "GPE"},
		{"Talks with the Democratic People's Republic of Korea resumed in Geneva.", "Democratic People's Republic of Korea", "GPE"},
		{"Martin Luther King's speech was replayed in Atlanta.", "Martin Luther King", "PERSON"},
	})
}

// TestDivisionNames19 checks that a known division's name is a place though it starts with a
// given name ("Karen State"), that a person with that given name stays a person, and that a
// known place the tagger read as an organisation before "police", "centre" … is a place.
func TestDivisionNames19(t *testing.T) {
	checkNames(t, []nameCase{
		{"Much of Kayin State, also known as Karen State, remains contested.", "Karen State", "GPE"},
		{"Karen Smith said she would appeal the ruling.", "Karen Smith", "PERSON"},
		// a one-word known place read as an organisation before a noun of its people or offices
		{"Mohammad Selim died on the way to Dhaka Medical College Hospital, Araihazar police station officer-in-charge said.", "Araihazar", "GPE"},
		{"The India Meteorological Department's Dehradun centre has issued an orange alert for Rudraprayag.", "Dehradun", "GPE"},
	})
}

// TestTails19 checks that a known place the tagger cut before its head word is one name
// ("Stone Town"), and that a person named like a place's first word stays a person.
func TestTails19(t *testing.T) {
	checkNames(t, []nameCase{
		{"Its main town, Chake Chake, has the unhurried feel that Stone Town lost long ago.", "Stone Town", "GPE"},
		{"John Park said he would run for the seat.", "John Park", "PERSON"},
	})
}

// nameCase is a sentence, a name in it and the label the tagger must give it ("" for none).
type nameCase struct{ text, name, want string }

// checkNames tags each case with the embedded gazetteer as the pipeline tags and checks the
// name's label.
func checkNames(t *testing.T, cases []nameCase) {
	t.Helper()
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	opt := ner.Options{KnownPlace: gaz.KnownPlace}
	for _, c := range cases {
		ents := tg.TagWith(c.text, nil, opt)
		if got := labelOf(ents, c.name); got != c.want {
			t.Errorf("%q in %q: got %q, want %q (%v)", c.name, c.text, got, c.want, ents)
		}
	}
}
