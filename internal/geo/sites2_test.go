package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestSiteNamesRound2: rule 22, round 2 (sites.go): rivers named bare whatever the tagger
// called them, hyphenated and article-less road codes, reservoirs and dams after an unknown or
// far name, "sagar" lakes, water that rises is no speaker. Every text was written for the test
// (classes of toponym-articles-dev8).
func TestSiteNamesRound2(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// a list after "rivers including": each name is a river of the story's country
		{about: "rivers including X, Y and Z", text: "ACCRA, Ghana (Reuters) — Illegal mining has turned rivers including the Densu, Ayensu and Tano into sludge, Ghana's water company said.",
			names: []labelled{{"ACCRA", model.GPE}, {"Ghana", model.GPE}, {"Ayensu", model.PERSON}, {"Tano", model.PERSON}, {"Ghana", model.GPE}},
			name:  "Tano", cc: "GH"},
		{about: "rivers including the X (untagged)", text: "ACCRA, Ghana (Reuters) — Illegal mining has turned rivers including the Densu, Ayensu and Tano into sludge, Ghana's water company said.",
			names: []labelled{{"ACCRA", model.GPE}, {"Ghana", model.GPE}, {"Ayensu", model.PERSON}, {"Tano", model.PERSON}, {"Ghana", model.GPE}},
			name:  "Densu", cc: "GH"},
		// "X River" elsewhere in the story makes the bare name a river
		{about: "X River elsewhere", text: "KUMASI, Ghana — Floods on the Offin River displaced hundreds of families on Monday.\n\nA water plant on the Offin was shut after silt clogged its intake, officials said.",
			names: []labelled{{"KUMASI", model.GPE}, {"Ghana", model.GPE}, {"Offin River", model.LOC}, {"Offin", model.ORG}},
			name:  "Offin", cc: "GH", lat: 6.69, lon: -1.62},
		// "River X" (British order) untagged
		{about: "River X", text: "CARDIFF, Wales — The village lies in the next valley, just above the River Rhondda, council officials said.",
			names: []labelled{{"CARDIFF", model.GPE}, {"Wales", model.GPE}},
			name:  "River Rhondda", cc: "GB"},
		// the swollen X, a river word after it elsewhere
		{about: "bare river tagged ORG, 'the X river' elsewhere", text: "SALZBURG, Austria — The Salzach river burst its banks overnight. By Monday the swollen Salzach had flooded the old town.",
			names: []labelled{{"SALZBURG", model.GPE}, {"Austria", model.GPE}, {"Salzach", model.ORG}},
			name:  "Salzach", cc: "AT", lat: 47.80, lon: 13.04},
		// a bare name after "the" that floods is a river
		{about: "the X flooded", text: "GRAZ, Austria — The line to Leoben was closed after the Mürz flooded a section of track, rail officials said.",
			names: []labelled{{"GRAZ", model.GPE}, {"Austria", model.GPE}, {"Leoben", model.GPE}, {"Mürz", model.ORG}},
			name:  "Mürz", cc: "AT"},
		// a road by its own words is no speaker
		{about: "the X Highway was closed", text: "BAIRNSDALE, Victoria (AAP) — The Monaro Highway was closed between Cann River and Bombala on Tuesday.",
			names: []labelled{{"BAIRNSDALE", model.GPE}, {"Victoria", model.GPE}, {"Monaro Highway", model.FAC}, {"Cann River", model.GPE}, {"Bombala", model.GPE}},
			name:  "Monaro Highway", cc: "AU", metonymy: false},
		// a single-digit European route
		{about: "the E6 across", text: "OSLO (NTB) — Snow closed the E6 across Dovrefjell on Friday, police said.",
			names: []labelled{{"OSLO", model.GPE}, {"E6", model.ORG}, {"Dovrefjell", model.LOC}},
			name:  "E6", cc: "NO"},
		// the tagger's span without the first word and its particle
		{about: "X del [Y]GPE", text: "QUITO, Ecuador — The government is counting on the Fruta del Norte gold mine to lift exports.",
			names: []labelled{{"QUITO", model.GPE}, {"Ecuador", model.GPE}, {"Fruta", model.PERSON}, {"Norte", model.GPE}},
			name:  "Norte", cc: "EC"},
		// hyphenated road codes in a sentence that names a motorway
		{about: "road list with hyphen codes", text: "VALENCIA, Spain — Sections of the V-21 motorway into Valencia and the CV-35 linking Paterna with the city were rebuilt, and the A-7 to Alicante reopened.",
			names: []labelled{{"VALENCIA", model.GPE}, {"Spain", model.GPE}, {"Valencia", model.GPE}, {"Paterna", model.GPE}, {"A-7", model.ORG}, {"Alicante", model.GPE}},
			name:  "A-7", cc: "ES"},
		{about: "road list with hyphen codes (untagged)", text: "VALENCIA, Spain — Sections of the V-21 motorway into Valencia and the CV-35 linking Paterna with the city were rebuilt, and the A-7 to Alicante reopened.",
			names: []labelled{{"VALENCIA", model.GPE}, {"Spain", model.GPE}, {"Valencia", model.GPE}, {"Paterna", model.GPE}, {"A-7", model.ORG}, {"Alicante", model.GPE}},
			name:  "CV-35", cc: "ES"},
		// a road code after a verb, no article; its other mentions too
		{about: "closes E39", text: "Storm closes E39 near Bergen\n\nBERGEN, Norway — Road authorities closed the E39 south of Bergen on Monday after rockfalls.",
			names: []labelled{{"E39", model.ORG}, {"Bergen", model.GPE}, {"BERGEN", model.GPE}, {"Norway", model.GPE}, {"E39", model.ORG}, {"Bergen", model.GPE}},
			name:  "E39", cc: "NO"},
		// plural road word after a list of codes
		{about: "E17 and E19 motorways", text: "ANTWERP, Belgium — Queues of lorries stretched back for kilometres on the E34 and E313 motorways on Wednesday.",
			names: []labelled{{"ANTWERP", model.GPE}, {"Belgium", model.GPE}},
			name:  "E313", cc: "BE"},
		// a reservoir after an unknown name tagged as an organisation
		{about: "the X reservoir", text: "INNSBRUCK, Austria — Operators released water from the Gepatsch reservoir to keep the dam within safe limits, officials said.",
			names: []labelled{{"INNSBRUCK", model.GPE}, {"Austria", model.GPE}, {"Gepatsch", model.ORG}},
			name:  "Gepatsch", cc: "AT"},
		// "sagar" lakes tagged as people
		{about: "X Sagar lakes", text: "HYDERABAD, India — Officials released water from Himayat Sagar and Osman Sagar, the twin lakes built a century ago.",
			names: []labelled{{"HYDERABAD", model.GPE}, {"India", model.GPE}, {"Himayat Sagar", model.PERSON}, {"Osman Sagar", model.PERSON}},
			name:  "Himayat Sagar", cc: "IN", lat: 17.38, lon: 78.47},
		// a river that peaks is no speaker
		{about: "river expected to peak", text: "VIENNA (Reuters) — Troops filled sandbags in Krems and Tulln, where the Danube was expected to peak on Monday.",
			names: []labelled{{"VIENNA", model.GPE}, {"Krems", model.GPE}, {"Tulln", model.GPE}, {"Danube", model.LOC}},
			name:  "Danube", metonymy: false},
	})
}

// TestSiteNamesRound2Not: what round 2 must leave alone.
func TestSiteNamesRound2Not(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		name        string
	}{
		{"a person named Sagar", "NEW DELHI, India — Ramesh Sagar said the committee would meet on Monday.",
			[]labelled{{"NEW DELHI", model.GPE}, {"India", model.GPE}, {"Ramesh Sagar", model.PERSON}}, "Ramesh Sagar"},
		{"an aircraft code", "KYIV, Ukraine — Pilots trained on the F-16 to defend Ukraine's skies, officials said.",
			[]labelled{{"KYIV", model.GPE}, {"Ukraine", model.GPE}, {"Ukraine", model.GPE}}, "F-16"},
		{"an aircraft code after a verb", "KYIV, Ukraine — The air force received F-16 jets from Denmark, officials said.",
			[]labelled{{"KYIV", model.GPE}, {"Ukraine", model.GPE}, {"Denmark", model.GPE}}, "F-16"},
		{"a person near a river word", "ACCRA, Ghana — Kofi Mensah, who fishes the river, said the water was dirty.",
			[]labelled{{"ACCRA", model.GPE}, {"Ghana", model.GPE}, {"Kofi Mensah", model.PERSON}}, "Kofi Mensah"},
	} {
		a := resolveLabelled(g, c.text, c.names)
		if p := lastPlace(a, c.text, c.name); p != nil && !p.Metonymy {
			t.Errorf("%s: %q placed at %s|%s", c.about, c.name, p.Geo.Name, p.Geo.Country)
		}
	}
}

// FuzzSitesRound2 feeds round 2's readers (river names, loose road codes, particles) arbitrary
// text, with a tagged name after "del" when there is one.
func FuzzSitesRound2(f *testing.F) {
	for _, s := range []string{"rivers including the Pra, Ankobra and Birim", "the swollen", "the Traisen flooded", "River", "rivers such as", "the CV-33 linking", "closes E6 over", "the V-", "Fruta del Norte", "del X", "the A-3 to Madrid, the V-31 motorway", "Osman Sagar"} {
		f.Add(s)
	}
	g, err := Default()
	if err != nil {
		f.Skip(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &model.Annotation{Doc: &model.Document{Text: text}}
		if i := strings.Index(text, "del "); i >= 0 && i+8 <= len(text) {
			a.Entities = append(a.Entities, model.Entity{Text: text[i+4 : i+8], Label: model.GPE, Start: i + 4, End: i + 8})
		}
		g.Resolve(a)
	})
}
