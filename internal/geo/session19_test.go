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

// TestLocalMinor19 checks rule 76 (minor.go) on stories written for the test: a small town of
// the story's division that only cities1000 holds beats a big namesake abroad; a sentence that
// places the name abroad, a division word after it and a story without a focus division keep
// the old reading.
func TestLocalMinor19(t *testing.T) {
	g := mustDefault(t)
	victoria := "Fire crews in western Victoria were on alert on Sunday. Residents of Hamilton were told to prepare to leave as a grass fire burned south of Ballarat, and a relief centre opened in Warrnambool. "
	checkPlaceCases(t, g, []placeCase{
		{about: "a Victorian town over a New Zealand city", text: victoria + "The fire reached the edge of Hamilton by dusk.",
			names: []labelled{{"Victoria", model.GPE}, {"Hamilton", model.GPE}, {"Ballarat", model.GPE}, {"Warrnambool", model.GPE}, {"Hamilton", model.GPE}},
			name:  "Hamilton", cc: "AU", lat: -37.74, lon: 142.02},
		{about: "a sentence that places the namesake abroad", text: victoria + "Last year a fire near Hamilton in New Zealand drew calls from worried relatives.",
			names: []labelled{{"Victoria", model.GPE}, {"Hamilton", model.GPE}, {"Ballarat", model.GPE}, {"Warrnambool", model.GPE}, {"Hamilton", model.GPE}, {"New Zealand", model.GPE}},
			name:  "Hamilton", cc: "NZ"},
		{about: "a Georgia town over a European capital", text: "Storms cut power in Macon and Albany, Georgia, on Tuesday. In Vienna, a town of about 4,000 people south of Macon, the courthouse roof was torn off.",
			names: []labelled{{"Macon", model.GPE}, {"Albany", model.GPE}, {"Georgia", model.GPE}, {"Vienna", model.GPE}, {"Macon", model.GPE}},
			name:  "Vienna", cc: "US", lat: 32.09, lon: -83.80},
	})
	// a name repeated counts once for the story's country, and the town may lie in any
	// division two mentions name, not only the first
	cairo := "Storms flattened pecan orchards around Cairo on Tuesday. Cairo's mayor said Cairo had lost power, and crews from Tallahassee, Florida, and Thomasville, Georgia, reached Cairo by noon. Schools in Cairo stay closed."
	checkPlaceCases(t, g, []placeCase{
		{about: "a repeated name and a second division", text: cairo,
			names: []labelled{{"Cairo", model.GPE}, {"Cairo", model.GPE}, {"Cairo", model.GPE}, {"Tallahassee", model.GPE}, {"Florida", model.GPE}, {"Thomasville", model.GPE}, {"Georgia", model.GPE}, {"Cairo", model.GPE}, {"Cairo", model.GPE}},
			name:  "Cairo", cc: "US", lat: 30.88, lon: -84.20},
	})
	// no focus division: a story naming places across a country leaves the capital abroad alone
	a := resolveLabelled(g, "Talks in Vienna ended on Friday, diplomats in Washington and Moscow said.",
		[]labelled{{"Vienna", model.GPE}, {"Washington", model.GPE}, {"Moscow", model.GPE}})
	if p := lastPlace(a, a.Doc.Text, "Vienna"); p == nil || p.Geo.Country != "AT" {
		t.Errorf("Vienna without a focus division: %+v", p)
	}
	// a division word after the name: the county, not the town
	a = resolveLabelled(g, "Health officials in Lubbock, Texas, confirmed new measles cases in Gaines and Yoakum counties, and a clinic in Lubbock stayed open late.",
		[]labelled{{"Lubbock", model.GPE}, {"Texas", model.GPE}, {"Gaines", model.GPE}, {"Yoakum", model.GPE}, {"Lubbock", model.GPE}})
	if p := lastPlace(a, a.Doc.Text, "Yoakum"); p != nil && p.Geo.Feature == "city" {
		t.Errorf("Yoakum before \"counties\" read as the town: %+v", p.Geo)
	}
}

// BenchmarkMinorIndex measures the build of rule 76's index (run once per process, in the
// background of the other loading).
func BenchmarkMinorIndex(b *testing.B) {
	g, err := loadDefault()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g.minor = minorIndex{}
		if mi := g.minorPlaces(); len(mi.places) < 100000 {
			b.Fatalf("%d minor places", len(mi.places))
		}
	}
}

// TestShortForms19 checks the names added in session 19: news writes "Burkina" for Burkina
// Faso, Albanian sources "Kosova", and Australian news "NSW" and "Qld".
func TestShortForms19(t *testing.T) {
	g := mustDefault(t)
	for name, cc := range map[string]string{"Burkina": "BF", "Kosova": "XK"} {
		gs := g.Lookup(name, "")
		if len(gs) == 0 || gs[0].Country != cc || gs[0].Feature != "country" {
			t.Errorf("%s: %+v, want the country %s", name, gs, cc)
		}
	}
	// and abbreviations of two Australian states
	for name, want := range map[string]string{"NSW": "New South Wales", "Qld": "Queensland", "QLD": "Queensland"} {
		gs := g.Lookup(name, "")
		if len(gs) == 0 || gs[0].Name != want || gs[0].Feature != "admin1" {
			t.Errorf("%s: %+v, want %s", name, gs, want)
		}
	}
	if gs := g.Lookup("nsw", ""); len(gs) > 0 {
		t.Errorf("nsw in lower case: %+v", gs)
	}
}
