package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestSiteNamesAndDivisionWords: gazetteer names of sites the tagger read as organisations or
// persons, or that the scan did not join with their site noun, and towns named like their
// division; every text here was written for the test.
func TestSiteNamesAndDivisionWords(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		name, cc    string
		feature     string
	}{
		// a site's name with its lower-case site noun after an organisation-tagged name
		{about: "ORG + dam", text: "Engineers inspected the Kakhovka dam on Friday.",
			names: []labelled{{"Kakhovka", model.ORG}}, name: "Kakhovka", cc: "UA", feature: "other"},
		{about: "ORG + nuclear power plant", text: "Drones flew over the Kursk nuclear power plant overnight.",
			names: []labelled{{"Kursk", model.ORG}}, name: "Kursk", cc: "RU", feature: "other"},
		{about: "ORG + camp", text: "Aid workers entered the Shatila camp on Monday.",
			names: []labelled{{"Shatila", model.ORG}}, name: "Shatila", cc: "LB"},
		{about: "PERSON + air base", text: "Satellite images showed damage at the Belbek air base.",
			names: []labelled{{"Belbek", model.PERSON}}, name: "Belbek", cc: "UA", feature: "other"},
		// the site noun inside the tagged span
		{about: "ORG with head", text: "Water levels fell at the Kakhovka Dam last week.",
			names: []labelled{{"Kakhovka Dam", model.ORG}}, name: "Kakhovka", cc: "UA", feature: "other"},
		// a tagged town and a site noun that together name a known site
		{about: "GPE + air base", text: "Missiles struck near the Saky air base in Crimea.",
			names: []labelled{{"Saky", model.GPE}, {"Crimea", model.GPE}}, name: "Saky", cc: "UA", feature: "other"},
		// the scan joins a name and its site noun when together they are a known site
		{about: "scan + airport", text: "Flights were diverted from the Ramon airport after the alarm.",
			name: "Ramon", cc: "IL", feature: "other"},
		// an administrative word right after the name: the division, not the town
		{about: "district word", text: "Gunmen attacked a checkpoint in Baidoa district on Monday.",
			names: []labelled{{"Baidoa", model.GPE}}, name: "Baidoa", cc: "SO", feature: "admin2"},
		{about: "district word, alternate name of the town", text: "Floods displaced families across Jowhar district.",
			names: []labelled{{"Jowhar", model.GPE}}, name: "Jowhar", cc: "SO", feature: "admin2"},
		{about: "no word: the town", text: "Gunmen attacked a checkpoint in Baidoa on Monday.",
			names: []labelled{{"Baidoa", model.GPE}}, name: "Baidoa", cc: "SO", feature: "city"},
		{about: "province word", text: "Fighting spread across Kandahar province.",
			names: []labelled{{"Kandahar", model.GPE}}, name: "Kandahar", cc: "AF", feature: "admin1"},
		// a country's possessive is not a smaller place whose name ends in "s" (Perus, BR)
		{about: "possessive of a country", text: "Floods hit Peru's north again.",
			names: []labelled{{"Peru", model.GPE}}, name: "Peru", cc: "PE", feature: "country"},
		// an unknown site with a two-word lower-case site noun: in its container
		{about: "unknown site + gold mine", text: "Workers at the Obuasi-Nkran gold mine in Ghana went on strike.",
			names: []labelled{{"Obuasi-Nkran", model.ORG}, {"Ghana", model.GPE}}, name: "Obuasi-Nkran", cc: "GH"},
	} {
		a := resolveLabelled(g, c.text, c.names)
		p := placeOf(a, c.name)
		switch {
		case p == nil:
			t.Errorf("%s: %q no place mention (%+v)", c.about, c.name, a.Places)
		case p.Geo.Country != c.cc || c.feature != "" && p.Geo.Feature != c.feature:
			t.Errorf("%s: %q → %s|%s|%s, want %s %s", c.about, c.name, p.Geo.Name, p.Geo.Country, p.Geo.Feature, c.cc, c.feature)
		}
	}
}

// TestRoleMetonymy: a country before an office is a metonym when the office holder acts, a
// place when the holder undergoes something or an event is held there; more acting verbs.
func TestRoleMetonymy(t *testing.T) {
	g := mustDefault(t)
	checkMetonymy(t, g, []metonymyCase{
		{"Peru's Congress was dissolved by decree on Monday.", "Peru", false},
		{"Ghana's president John Mahama lost the vote.", "Ghana", false},
		{"Ghana's president John Mahama signed the bill.", "Ghana", true},
		{"Peru's foreign minister was quoted as saying the talks failed.", "Peru", true},
		{"Malawi will hold a presidential election in September.", "Malawi", false},
		{"Malawi hosted the regional summit.", "Malawi", false},
		{"Malawi will respond to the claims.", "Malawi", true},
		{"Chad expelled the French ambassador.", "Chad", true},
		{"Ecuador declared a state of emergency in three provinces.", "Ecuador", true},
		{"Niger's junta suspended the broadcaster.", "Niger", true},
		{"Floods hit Ghana's north again.", "Ghana", false},
	})
}

// metonymyCase is a text, a country name in it tagged GPE, and whether that name is a metonym.
type metonymyCase struct {
	text, name string
	metonymy   bool
}

// checkMetonymy resolves each case's text with its name tagged GPE and checks the reading.
func checkMetonymy(t *testing.T, g *Gazetteer, cases []metonymyCase) {
	t.Helper()
	for _, c := range cases {
		a := resolveLabelled(g, c.text, []labelled{{c.name, model.GPE}})
		p := placeOf(a, c.name)
		if p == nil {
			t.Errorf("%q: no place mention", c.text)
			continue
		}
		if p.Metonymy != c.metonymy {
			t.Errorf("%q: %s metonymy %v, want %v", c.text, c.name, p.Metonymy, c.metonymy)
		}
	}
}

// TestDocumentClasses: round-2 classes that need more than one sentence or other stages'
// output; every text here was written for the test.
func TestDocumentClasses(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		actors      []string
		name        string // the last occurrence of name is checked
		cc          string
		metonymy    bool
	}{
		// one name, one sense: the tagger called the same name a place elsewhere
		{about: "tagged a place elsewhere", text: "Clashes spread in Kunar province. Kunar has seen heavy fighting since May.",
			names: []labelled{{"Kunar", model.GPE}, {"Kunar", model.ORG}}, name: "Kunar", cc: "AF"},
		// … but not when the name modifies an office
		{about: "office after the name", text: "Clashes spread in Kunar province. The Kunar governor said five died.",
			names: []labelled{{"Kunar", model.GPE}, {"Kunar", model.ORG}}, name: "Kunar", cc: ""},
		// a list of towns after "towns including"
		{about: "towns including", text: "Rebels entered towns including Gondar and Bahir Dar last week.",
			names: []labelled{{"Gondar", model.GPE}, {"Bahir Dar", model.PERSON}}, name: "Bahir Dar", cc: "ET"},
		// a named person the actor stage knows gives the country of an ambiguous town
		{about: "person's country", text: "Shehbaz Sharif visited flood victims in Hyderabad on Monday.",
			names: []labelled{{"Shehbaz Sharif", model.PERSON}, {"Hyderabad", model.GPE}}, actors: []string{"Shehbaz Sharif=GOV:PK"}, name: "Hyderabad", cc: "PK"},
		// a possessive, a compound direction and a division noun: a place
		{about: "possessive + compound direction", text: "Gunmen raided a village in Niger's southwestern Tillaberi region.",
			names: []labelled{{"Niger", model.GPE}, {"Tillaberi", model.GPE}}, name: "Niger", cc: "NE"},
		// a possessive before a big town's exonym: a place
		{about: "possessive + exonym", text: "Jets struck targets in Yemen's Hodeida overnight.",
			names: []labelled{{"Yemen", model.GPE}, {"Hodeida", model.GPE}}, name: "Yemen", cc: "YE"},
		// an unknown river beside the one town its sentence names runs by that town
		{about: "feature by town", text: "Ukrainian troops dug in near Izium, on the Bereka river.",
			names: []labelled{{"Ukrainian", model.NORP}, {"Izium", model.GPE}, {"Bereka", model.LOC}}, name: "Bereka", cc: "UA"},
		// a river of no country in a story about one country takes that country
		{about: "river hosted", text: "Serbian police closed two bridges in Belgrade. Protesters in Belgrade marched along the Danube.",
			names: []labelled{{"Serbian", model.NORP}, {"Belgrade", model.GPE}, {"Belgrade", model.GPE}, {"Danube", model.LOC}}, name: "Danube", cc: "RS"},
	} {
		a := resolveLabelled(g, c.text, c.names, c.actors...)
		p := lastPlace(a, c.text, c.name)
		switch {
		case p == nil && c.cc != "":
			t.Errorf("%s: %q no place mention (%+v)", c.about, c.name, a.Places)
		case p != nil && c.cc == "":
			t.Errorf("%s: %q placed %+v, want none", c.about, c.name, p.Geo)
		case p != nil && (p.Geo.Country != c.cc || p.Metonymy != c.metonymy):
			t.Errorf("%s: %q → %s|%s met=%v, want %s met=%v", c.about, c.name, p.Geo.Name, p.Geo.Country, p.Metonymy, c.cc, c.metonymy)
		case c.about == "feature by town" && Distance(p.Geo.Lat, p.Geo.Lon, 49.21, 37.26) > 30:
			t.Errorf("%s: %q at (%.2f, %.2f), not by Izium", c.about, c.name, p.Geo.Lat, p.Geo.Lon)
		}
	}
}
