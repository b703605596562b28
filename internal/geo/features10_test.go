package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleTwentySeven: rule 27 (features10.go): passes and peaks by their prefix words, US
// route numbers, a compass word the tagger cut off a road's name, features read abroad by a
// folded spelling. Every text was written for the test (classes of toponym-articles-dev9).
func TestRuleTwentySeven(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// a pass by its Italian prefix word, tagged as a person
		{about: "Passo X tagged PERSON", text: "CORTINA D'AMPEZZO, Italy — Cyclists crowded the Passo Valles on Sunday as the road was closed to cars for the day.",
			names: []labelled{{"CORTINA D'AMPEZZO", model.GPE}, {"Italy", model.GPE}, {"Passo Valles", model.PERSON}},
			name:  "Passo Valles", cc: "IT"},
		// an untagged col with an elided particle
		{about: "Col d'X untagged", text: "GRENOBLE, France — The stage crosses the Col d'Ornon before the finish in Bourg-d'Oisans, organisers said.",
			names: []labelled{{"GRENOBLE", model.GPE}, {"France", model.GPE}, {"Bourg-d'Oisans", model.GPE}},
			name:  "Col d'Ornon", cc: "FR", lat: 45.05, lon: 6.03},
		// a Spanish pass with its particles
		{about: "Paso de X", text: "MENDOZA, Argentina — Snow closed the Paso de Vergara again on Tuesday, stranding lorries on both sides.",
			names: []labelled{{"MENDOZA", model.GPE}, {"Argentina", model.GPE}},
			name:  "Paso de Vergara", cc: "AR"},
		// round 7a data: a Giro pass the gazetteer now knows
		{about: "known Giro pass", text: "BORMIO, Italy — The Passo di Gavia was closed by snow, and the stage was rerouted over the Mortirolo.",
			names: []labelled{{"BORMIO", model.GPE}, {"Italy", model.GPE}, {"Passo di Gavia", model.LOC}, {"Mortirolo", model.LOC}},
			name:  "Mortirolo", cc: "IT", lat: 46.25, lon: 10.30},
		// a folded spelling of a pass abroad: the Dolomites' Sella Pass is not India's Sela Pass
		{about: "Sella Pass is not Sela Pass", text: "BOLZANO, Italy — Traffic was heavy on the Sella Pass on Saturday as hikers drove up from Val Gardena.",
			names: []labelled{{"BOLZANO", model.GPE}, {"Italy", model.GPE}, {"Sella Pass", model.LOC}, {"Val Gardena", model.LOC}},
			name:  "Sella Pass", cc: "IT", lat: 46.51, lon: 11.76},
		// a US route number after "U.S.": the road near the story's places, not the country
		{about: "U.S. 33", text: "ATHENS, Ohio (AP) — A crash closed U.S. 33 near Nelsonville for three hours on Friday, the Ohio State Highway Patrol said.",
			names: []labelled{{"ATHENS", model.GPE}, {"Ohio", model.GPE}, {"U.S.", model.GPE}, {"Nelsonville", model.GPE}, {"the Ohio State Highway Patrol", model.ORG}},
			name:  "U.S. 33", cc: "US", lat: 39.46, lon: -82.23},
		{about: "U.S. Route 17", text: "SAVANNAH, Ga. (AP) — Flooding closed parts of U.S. Route 17 south of Savannah on Monday.",
			names: []labelled{{"SAVANNAH", model.GPE}, {"Ga.", model.GPE}, {"U.S.", model.GPE}, {"Savannah", model.GPE}},
			name:  "U.S. Route 17", cc: "US", lat: 31.9, lon: -81.3},
		// a feature's name after "the", tagged as a person
		{about: "the [X]PER of a known pass", text: "ANDERMATT, Switzerland — Riders struggled on the lower slopes of the Furka on Sunday, and two abandoned.",
			names: []labelled{{"ANDERMATT", model.GPE}, {"Switzerland", model.GPE}, {"Furka", model.PERSON}},
			name:  "Furka", cc: "CH", lat: 46.57, lon: 8.41},
		// codes with a space, glued national routes, Brazil's federal highways, "US-101"
		{about: "SR 99", text: "FRESNO, Calif. (AP) — A tanker overturned on SR 99 near Selma on Friday, closing the highway for hours.",
			names: []labelled{{"FRESNO", model.GPE}, {"Calif.", model.GPE}, {"Selma", model.GPE}},
			name:  "SR 99", cc: "US", lat: 36.57, lon: -119.61},
		{about: "the RN1", text: "DAKAR, Senegal — Protesters blocked the RN1 near Kaolack on Friday.",
			names: []labelled{{"DAKAR", model.GPE}, {"Senegal", model.GPE}, {"Kaolack", model.GPE}},
			name:  "RN1", cc: "SN", lat: 14.15, lon: -16.07},
		{about: "on BR-163 near", text: "BRASILIA (Reuters) — Soy trucks queued for days on BR-163 near Sinop in Mato Grosso.",
			names: []labelled{{"BRASILIA", model.GPE}, {"Sinop", model.GPE}, {"Mato Grosso", model.GPE}},
			name:  "BR-163", cc: "BR", lat: -11.86, lon: -55.50},
		{about: "US-101", text: "EUREKA, Calif. (AP) — A landslide closed US-101 near Crescent City on Monday.",
			names: []labelled{{"EUREKA", model.GPE}, {"Calif.", model.GPE}, {"Crescent City", model.GPE}},
			name:  "US-101", cc: "US", lat: 41.0, lon: -124.0},
		// "the river X" with a lower-case river word
		{about: "the river X", text: "LYON, France — The road follows the river Azergues north through the valley, and the river Azergues flooded it twice this spring.",
			names: []labelled{{"LYON", model.GPE}, {"France", model.GPE}},
			name:  "Azergues", cc: "FR"},
		// a sea's head left out of a person-tagged span
		{about: "the [Black]PER Sea", text: "TRABZON, Turkey — Fishing boats stayed in port as storms swept the Black Sea coast on Monday.",
			names: []labelled{{"TRABZON", model.GPE}, {"Turkey", model.GPE}, {"Black", model.PERSON}},
			name:  "Black Sea", feature: "region"},
		// a compass word tagged apart from the road it opens
		{about: "[West]GPE [X Highway]FAC", text: "HOBART, Tasmania — A truck rolled on the East Derwent Highway near Bridgewater on Tuesday, police said.",
			names: []labelled{{"HOBART", model.GPE}, {"Tasmania", model.GPE}, {"East", model.GPE}, {"Derwent Highway", model.FAC}, {"Bridgewater", model.GPE}},
			name:  "East Derwent Highway", cc: "AU", lat: -42.75, lon: 147.25},
	})
}

// TestRuleTwentySevenNot: the words of rule 27 that name other things.
func TestRuleTwentySevenNot(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		name        string
	}{
		{"a bond yield after U.S.", "NEW YORK (Reuters) — The U.S. 10-year yield rose to 4.6% on Friday, traders said.",
			[]labelled{{"NEW YORK", model.GPE}, {"U.S.", model.GPE}}, "10-year"},
		{"a count after U.S.", "WASHINGTON (AP) — Some U.S. 500 companies reported higher profits on Friday.",
			[]labelled{{"WASHINGTON", model.GPE}, {"U.S.", model.GPE}}, "500"},
		{"a person named Monte", "DENVER (AP) — Monte Ellis said the team would play on Sunday.",
			[]labelled{{"DENVER", model.GPE}, {"Monte Ellis", model.PERSON}}, "Monte Ellis"},
		{"a colonel", "BANGKOK, Thailand — Col Surasak Chaiyo said troops were on alert.",
			[]labelled{{"BANGKOK", model.GPE}, {"Thailand", model.GPE}, {"Surasak Chaiyo", model.PERSON}}, "Surasak"},
	} {
		a := resolveLabelled(g, c.text, c.names)
		if p := lastPlace(a, c.text, c.name); p != nil && !p.Metonymy {
			t.Errorf("%s: %q placed at %s|%s", c.about, c.name, p.Geo.Name, p.Geo.Country)
		}
	}
	// "U.S." before a number that is no road stays the country
	text := "NEW YORK (Reuters) — The U.S. 10-year yield rose on Friday."
	a := resolveLabelled(g, text, []labelled{{"NEW YORK", model.GPE}, {"U.S.", model.GPE}})
	if p := lastPlace(a, text, "U.S."); p == nil || p.Geo.Country != "US" || p.Geo.Feature != "country" {
		t.Errorf("U.S. before a yield: %+v", p)
	}
}

// FuzzRuleTwentySeven feeds rule 27's readers arbitrary text around its words.
func FuzzRuleTwentySeven(f *testing.F) {
	for _, s := range []string{"the Col d'Izoard", "Passo", "Paso de los", "U.S. 33", "U.S. Route", "U.S. 1,000", "the U.S. 10-year", "Col d'", "Monte", "d'", "l’Iseran"} {
		f.Add(s)
	}
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text := "BRIANÇON, France — Riders climbed " + s + " near Gap. The U.S. " + s + " was closed."
		a := resolveLabelled(g, text, []labelled{{"BRIANÇON", model.GPE}, {"France", model.GPE}, {"Gap", model.GPE}, {"U.S.", model.GPE}})
		_ = a
	})
}
