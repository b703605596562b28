package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleTwentyFiveSubjects: place uses of towns, divisions and countries that the metonymy
// rule read as speakers (README rule 25; classes of toponym-articles-dev8, with -dev7 for the
// hazard reports). Every text was written for the test.
func TestRuleTwentyFiveSubjects(t *testing.T) {
	g := mustDefault(t)
	checkMetonymy(t, g, []metonymyCase{
		// a hazard reported is a hazard that happened there
		{"Neighbouring Nicaragua and Costa Rica also reported flooding on Sunday.", "Costa Rica", false},
		{"Kamloops reported rising water on the Thompson River overnight.", "Kamloops", false},
		{"Peru has also reported landslides in the north.", "Peru", false},
		// unchanged: a report to someone, a statement
		{"Peru reported the incident to the United Nations.", "Peru", true},
		{"Peru reported that its troops had crossed the border.", "Peru", true},
		// a country's possessive before a site or a natural feature
		{"Protesters blocked roads to Peru's Antamina copper mine for a week.", "Peru", false},
		{"Flights from Kenya's Moi international airport resumed on Monday.", "Kenya", false},
		{"Storms are becoming more frequent across Austria's Alps, scientists say.", "Austria", false},
		// unchanged: an organisation of the state
		{"Iran's Quds Force said it had struck the base.", "Iran", true},
		// passives of what befalls a place
		{"Two years after Amatrice was buried by the quake, the town is still rebuilding.", "Amatrice", false},
		{"Under the reform, Kontum was merged into a larger province.", "Kontum", false},
		// coordinated directions under a preposition
		{"Violence in central and northern Chad has pushed thousands south.", "Chad", false},
	})
}

// TestRuleTwentyFivePlaces: unknown towns in lists and frames (README rule 25); texts written for
// the test, names invented.
func TestRuleTwentyFivePlaces(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		name, cc    string
	}{
		{
			about: "residents of a list",
			text:  "INNSBRUCK, Austria (AP) — Authorities in the Austrian state of Tyrol ordered 200 residents of Vorbach and Kessling to leave their homes on Tuesday. Austria sent soldiers.",
			names: []labelled{{"Vorbach", model.GPE}, {"Kessling", model.PERSON}},
			name:  "Kessling", cc: "AT",
		},
		{
			about: "a list that a place's words follow",
			text:  "INNSBRUCK, Austria (AP) — Rockfall closed roads in Tyrol. The only road into the valley, from Oberzell and Brunnach in the Inn valley, stayed open. Austria sent soldiers.",
			names: []labelled{{"Tyrol", model.GPE}, {"Oberzell", model.PERSON}, {"Brunnach", model.PERSON}, {"Inn valley", model.LOC}},
			name:  "Brunnach", cc: "AT",
		},
		{
			about: "a neighbouring town in a list",
			text:  "A fire broke out in a prison in Nicaragua. Firefighters from Managua and neighbouring Santa Lomira took an hour to reach it.",
			names: []labelled{{"Nicaragua", model.GPE}, {"Managua", model.GPE}, {"Santa Lomira", model.GPE}},
			name:  "Santa Lomira", cc: "NI",
		},
		{
			about: "villages, including",
			text:  "Rains hit Peru on Monday. Mudslides cut off several Quechua villages, including Huaycalla and Santa Lomira. Peru declared an emergency.",
			names: []labelled{{"Peru", model.GPE}, {"Huaycalla", model.GPE}, {"Santa Lomira", model.GPE}},
			name:  "Huaycalla", cc: "PE",
		},
		{
			about: "a container placed by a fallback",
			text:  "Floods hit Austria on Monday. The chancellor, visiting Kessling in the hard-hit Mostviertel region, promised money. Austria sent soldiers.",
			names: []labelled{{"Austria", model.GPE}, {"Kessling", model.GPE}, {"Mostviertel", model.LOC}},
			name:  "Kessling", cc: "AT",
		},
		{
			about: "a farmer from X",
			text:  "Insurgents raided villages in Cameroon's Far North region. \"We walked for days,\" said a farmer from Nkolo, speaking at a camp outside Maroua.",
			names: []labelled{{"Cameroon", model.GPE}, {"Nkolo", model.PERSON}, {"Maroua", model.GPE}},
			name:  "Nkolo", cc: "CM",
		},
		{
			about: "beyond X",
			text:  "Landslides hit Sri Lanka on Monday. Sri Lanka closed schools. The railway line was suspended beyond Kelabokka after earth slipped onto the tracks near Kandy.",
			names: []labelled{{"Sri Lanka", model.GPE}, {"Kelabokka", model.GPE}, {"Kandy", model.GPE}},
			name:  "Kelabokka", cc: "LK",
		},
		{
			about: "a region that holds known towns",
			text:  "Freight rose. At the Caspian ports of Aktau and Fort-Shevchenko in the Mangyshlak region, agents say ferries wait days. China and Kazakhstan signed a deal; China and Kazakhstan will meet again.",
			names: []labelled{{"Aktau", model.GPE}, {"Fort-Shevchenko", model.GPE}, {"Mangyshlak", model.LOC}, {"China", model.GPE}, {"Kazakhstan", model.GPE}},
			name:  "Mangyshlak", cc: "KZ",
		},
		{
			about: "an Australian shire",
			text:  "Fire crews worked through the night in Victoria. Bass Coast Shire mayor Jane Doe said relief centres had opened.",
			names: []labelled{{"Victoria", model.GPE}, {"Bass Coast Shire", model.GPE}},
			name:  "Bass Coast Shire", cc: "AU",
		},
	} {
		a := resolveLabelled(g, c.text, c.names)
		geos := entityGeos(a, c.name)
		if len(geos) == 0 || geos[0] == nil {
			t.Errorf("%s: %q unplaced", c.about, c.name)
			continue
		}
		if geos[0].Country != c.cc {
			t.Errorf("%s: %q in %s, want %s", c.about, c.name, geos[0].Country, c.cc)
		}
	}
	// unchanged: people and organisations after the same words
	for _, c := range []struct {
		text  string
		names []labelled
		name  string
	}{
		{"A statement from Smithers and Jonas in the finance ministry said the plan was sound.", []labelled{{"Smithers", model.PERSON}, {"Jonas", model.PERSON}}, "Jonas"},
		{"A spokesman from Acme said the plant would reopen.", []labelled{{"Acme", model.ORG}}, "Acme"},
	} {
		a := resolveLabelled(g, c.text, c.names)
		if geos := entityGeos(a, c.name); len(geos) > 0 && geos[0] != nil {
			t.Errorf("%q: %s placed at %s %s, want none", c.text, c.name, geos[0].Name, geos[0].Country)
		}
	}
}

// FuzzRuleTwentyFive runs the rule's frames over arbitrary text with two tagged spans.
func FuzzRuleTwentyFive(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Skip(err)
	}
	f.Add("residents of Vorbach and Kessling left, from A and B in the Inn valley", 15, 22, 27, 35)
	f.Add("Peru's Antamina copper mine; Peru also reported flooding in central and northern Chad", 0, 4, 70, 74)
	f.Add("visiting X in the hard-hit Y region", 9, 10, 27, 28)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		a := &model.Annotation{Doc: &model.Document{Text: text}}
		if 0 <= s1 && s1 < e1 && e1 <= s2 && s2 < e2 && e2 <= len(text) {
			a.Entities = append(a.Entities, model.Entity{Text: text[s1:e1], Label: model.GPE, Start: s1, End: e1}, model.Entity{Text: text[s2:e2], Label: model.PERSON, Start: s2, End: e2})
		}
		g.Resolve(a)
	})
}
