package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestFarFeatures: session 9, rule 20 (classes of the fresh whole-article set
// toponym-articles-dev7 and of toponym-articles-dev6/-dev2); every text was written for the test.
func TestFarFeatures(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// (1) an alternate name of a small town far from every country the document names is
		// no reading even after "the port of"; a sea before it is a poor container when a town
		// follows ("near Arica")
		{about: "far alternate after 'the port of'", text: "Customs officers in Peru and Chile searched every container leaving the Pacific port of Molabo, near Arica, on Friday.",
			names: []labelled{{"Peru", model.GPE}, {"Chile", model.GPE}, {"Pacific", model.LOC}, {"Molabo", model.GPE}, {"Arica", model.GPE}},
			name:  "Molabo", cc: "CL", lat: -18.48, lon: -70.31},
		// (3) "the X border crossing at Y": a site at a town lies by the town, not in the
		// division of another country its sentence named before it
		{about: "crossing at a town", text: "The storm moved out of Bavaria, flooded the Kleinfeld border crossing at Salzburg and closed roads for hours.",
			names: []labelled{{"Bavaria", model.GPE}, {"Kleinfeld", model.GPE}, {"Salzburg", model.GPE}},
			name:  "Kleinfeld", cc: "AT", lat: 47.80, lon: 13.04},
		// (4) a nationality word opening an unknown natural feature names its country
		{about: "nationality feature", text: "Rain over the Angolan Plateau swelled the rivers that flood northern Namibia every year, officials in Windhoek said.",
			names: []labelled{{"Angolan Plateau", model.LOC}, {"Namibia", model.GPE}, {"Windhoek", model.GPE}},
			name:  "Angolan Plateau", cc: "AO"},
		// (5) a border river filed under one country is the stretch of the other country when
		// every place its sentence names lies there
		{about: "river stretch", text: "Floods in Greece hit Alexandroupoli and Orestiada, Greek officials said. Officials in Edirne and Uzunköprü said farmland was under water after the Evros river burst its banks.",
			names: []labelled{{"Greece", model.GPE}, {"Alexandroupoli", model.GPE}, {"Orestiada", model.GPE}, {"Edirne", model.GPE}, {"Uzunköprü", model.GPE}, {"Evros river", model.LOC}},
			name:  "Evros river", cc: "TR", lat: 41.68, lon: 26.56},
		// (6) "the swollen X": the river named after a division, not the division
		{about: "the swollen X", text: "Farmers near Sennar watched the swollen Blue Nile rise for a third day.",
			names: []labelled{{"Sennar", model.GPE}, {"Blue Nile", model.GPE}},
			name:  "Blue Nile", cc: "SD", not: "Blue Nile"},
	})
	// (2) a small town's own name that only the key's folding meets (doubled letters), in a
	// country the document never names, is no reading (Manggar, Indonesia)
	a := resolveLabelled(g, "Floods in Pakistan cut the road between Sahiwal and Gidarbaha, officials in Lahore said.",
		[]labelled{{"Pakistan", model.GPE}, {"Sahiwal", model.GPE}, {"Gidarbaha", model.GPE}, {"Lahore", model.GPE}})
	if p := lastPlace(a, a.Doc.Text, "Gidarbaha"); p != nil && p.Geo.Country != "PK" {
		t.Errorf("folded spelling abroad: Gidarbaha → %s|%s, want PK or unplaced", p.Geo.Name, p.Geo.Country)
	}
	// (7) a generic site name ("Friendship Bridge") filed under a country the document never
	// names is the story's own site, not the gazetteer's
	a = resolveLabelled(g, "Traders in Mtwara and Lindi said lorries queued for hours at the Friendship Bridge over the Ruvuma, Tanzanian officials said.",
		[]labelled{{"Mtwara", model.GPE}, {"Lindi", model.GPE}, {"Friendship Bridge", model.FAC}, {"Ruvuma", model.LOC}})
	if p := lastPlace(a, a.Doc.Text, "Friendship Bridge"); p != nil && p.Geo.Country == "UZ" {
		t.Errorf("generic site abroad: Friendship Bridge → %s|%s, want not UZ", p.Geo.Name, p.Geo.Country)
	}
	// (8) a name of another country between the stated division and the name ends the
	// division's frame
	a = resolveLabelled(g, "The river rises in Bavaria, passes Salzburg and washed away a stretch of the Tennengau Road on Sunday.",
		[]labelled{{"Bavaria", model.GPE}, {"Salzburg", model.GPE}, {"Tennengau Road", model.FAC}})
	if p := lastPlace(a, a.Doc.Text, "Tennengau Road"); p != nil && p.Geo.Country == "DE" {
		t.Errorf("division frame crossed: Tennengau Road → %s|%s, want not DE", p.Geo.Name, p.Geo.Country)
	}
}

// TestUntaggedKnownNames: session 9, rule 20: names no entity covers that the gazetteer knows,
// read in strict frames; every text was written for the test.
func TestUntaggedKnownNames(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// compass divisions with their administrative word, and the same name again
		{about: "compass list", text: "In Sierra Leone, floods hit villages in the Northwest and Southern provinces on Monday. Makeni, the largest town near the Northwest, was spared.",
			names: []labelled{{"Sierra Leone", model.GPE}, {"Makeni", model.GPE}},
			name:  "Northwest", cc: "SL"},
		// "the road to X": a small town's own name
		{about: "road to X", text: "Gunmen in Burkina Faso stopped buses on the road to Djibasso, residents of Dédougou said.",
			names: []labelled{{"Burkina Faso", model.GPE}, {"Dédougou", model.GPE}},
			name:  "Djibasso", cc: "BF", lat: 13.12, lon: -4.16},
		// "Y province's X district"
		{about: "province's X district", text: "A bomb damaged a school in Pattani province's Nong Chik district, Thai police said.",
			names: []labelled{{"Pattani", model.GPE}},
			name:  "Nong Chik", cc: "TH", lat: 6.84, lon: 101.18},
		// a city named like a given name, in the state the story is about
		{about: "given-name city in its state", text: "CONCORD, N.C. (AP) — Flooding closed roads in Concord and Gastonia on Monday. \"Charlotte has to send help now,\" the mayor said.",
			names: []labelled{{"CONCORD", model.GPE}, {"Concord", model.GPE}, {"Gastonia", model.GPE}},
			name:  "Charlotte", cc: "US", lat: 35.23, lon: -80.84},
	})
	// a lone compass word with no administrative word stays unread
	a := resolveLabelled(g, "In Sierra Leone, rain fell across the Northwest on Monday.", []labelled{{"Sierra Leone", model.GPE}})
	s := strings.LastIndex(a.Doc.Text, "Northwest")
	for _, p := range a.Places {
		if p.Start <= s && s < p.End {
			t.Errorf("lone compass word placed at %s|%s", p.Geo.Name, p.Geo.Country)
		}
	}
}
