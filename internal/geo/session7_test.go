package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRoundFourMetonymy: session 7, round 4 (classes of toponym-articles-dev2); every text here
// was written for the test.
func TestRoundFourMetonymy(t *testing.T) {
	g := mustDefault(t)
	checkMetonymy(t, g, []metonymyCase{
		// a copula before an adverb and an adjective is said of the place
		{"Tripoli is still full of checkpoints, a resident said.", "Tripoli", false},
		{"Kharkiv was once home to two million people.", "Kharkiv", false},
		{"Libya is also considering new sanctions.", "Libya", true},
		{"Chile has also warned its neighbours.", "Chile", true},
		// a division or a town votes: its people go to the polls there; a state votes at the UN
		{"Kano votes in the governorship election on Saturday.", "Kano", false},
		{"Moldova votes on Sunday in a tense election.", "Moldova", false},
		{"Russia voted against the resolution.", "Russia", true},
		// a natural feature stands for no government
		{"In Laos, the Mekong river was diverted around the new dam.", "Mekong river", false},
		// the names a place noun governs are places, not the subject's speakers
		{"Residents of the towns of Kharkiv and Izium said the shelling went on.", "Izium", false},
	})
}

// TestRoundFourPlaces: session 7, round 4 classes of reading; every text was written for the
// test and names none of the development set's sentences.
func TestRoundFourPlaces(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// an English exonym of a city of 100,000+ whose only rival abroad is a small town is the
		// city, also in a story about another country, also as a wire dateline
		{about: "exonym in a foreign story", text: "GENEVA (Reuters) — Fighting in Khartoum and Omdurman has displaced thousands across Sudan, the agency told reporters in Geneva. Sudan's army denied it.",
			names: []labelled{{"Khartoum", model.GPE}, {"Omdurman", model.GPE}, {"Sudan", model.GPE}, {"Geneva", model.GPE}, {"Sudan", model.GPE}},
			name:  "Geneva", cc: "CH", lat: 46.2, lon: 6.15},
		{about: "exonym dateline", text: "GENEVA (Reuters) — Fighting in Khartoum and Omdurman has displaced thousands across Sudan. Sudan's army denied it.",
			names: []labelled{{"Khartoum", model.GPE}, {"Omdurman", model.GPE}, {"Sudan", model.GPE}, {"Sudan", model.GPE}},
			name:  "GENEVA", cc: "CH", lat: 46.2, lon: 6.15},
		// a possessive inside a dateline's capitals, the tagger's organisation cut at it
		{about: "possessive dateline", text: "KING'S LYNN, England (AP) — Floods closed roads across Norfolk on Monday.",
			names: []labelled{{"KING", model.ORG}, {"England", model.GPE}, {"Norfolk", model.GPE}},
			name:  "KING'S LYNN", cc: "GB", lat: 52.75, lon: 0.4},
		// two countries joined by a hyphen name a relation between states
		{about: "country pair, first", text: "India-Pakistan talks resumed in Doha on Monday.",
			names: []labelled{{"India-Pakistan", model.ORG}, {"Doha", model.GPE}}, name: "India", cc: "IN", metonymy: true},
		{about: "country pair, second", text: "India-Pakistan talks resumed in Doha on Monday.",
			names: []labelled{{"India-Pakistan", model.ORG}, {"Doha", model.GPE}}, name: "Pakistan", cc: "PK", metonymy: true},
		// "the Pacific" is the ocean, not Pacific County
		// (the ocean's course, session 22, puts it off the story's coast: Ecuador's, no country's)
		{about: "ocean without its word", text: "Tuna boats from Ecuador fish far out in the Pacific.",
			names: []labelled{{"Ecuador", model.GPE}, {"Pacific", model.LOC}}, name: "Pacific", lat: 0, lon: -90, not: "Pacific County"},
		// a range by its own name is not a town known so only by an alternate name (the range's
		// course, session 22, puts it on the Chilean stretch)
		{about: "range, not a town's alternate name", text: "Lorries carry copper from Chile across the Andes to ports in Argentina. Chile and Chile's miners agree.",
			names: []labelled{{"Chile", model.GPE}, {"Andes", model.LOC}, {"Argentina", model.GPE}, {"Chile", model.GPE}, {"Chile", model.GPE}},
			name:  "Andes", cc: "CL", not: "Los Andes"},
		// a bay keeps its own point in a story about a town on its shore (rivers move to it)
		{about: "bay not moved to the shore town", text: "Fishermen from Cox's Bazar were missing after the cyclone crossed the Bay of Bengal. Cox's Bazar reopened its port, Bangladesh said.",
			names: []labelled{{"Cox's Bazar", model.GPE}, {"Bay of Bengal", model.LOC}, {"Cox's Bazar", model.GPE}, {"Bangladesh", model.GPE}},
			name:  "Bay of Bengal", lat: 15, lon: 88},
		// a river lies at the town its sentence names on it, also far from its own point
		{about: "river at a far town of its sentence", text: "Nigeria warned of floods. At Lokoja, where the Benue meets the Niger river, Nigeria's army evacuated villages.",
			names: []labelled{{"Nigeria", model.GPE}, {"Lokoja", model.GPE}, {"Benue", model.LOC}, {"Niger river", model.LOC}, {"Nigeria", model.GPE}},
			name:  "Niger river", lat: 7.8, lon: 6.74},
		// the region with the administrative word after it
		{about: "region named with its word", text: "The tremor was felt in Iraq's Kurdistan region.",
			names: []labelled{{"Iraq", model.GPE}, {"Kurdistan", model.GPE}}, name: "Kurdistan", cc: "IQ", lat: 36.2, lon: 44.3},
		// the division the document is about outranks a bigger namesake of the same country
		{about: "division focus namesake", text: "Rains lashed Patna, Gaya and Bhagalpur in Bihar on Monday. In Aurangabad, near the Jharkhand border, two people drowned.",
			names: []labelled{{"Patna", model.GPE}, {"Gaya", model.GPE}, {"Bhagalpur", model.GPE}, {"Bihar", model.GPE}, {"Aurangabad", model.GPE}, {"Jharkhand", model.GPE}},
			name:  "Aurangabad", cc: "IN", lat: 24.75, lon: 84.37},
		// … and a division its sentence names
		{about: "sentence division namesake", text: "Police in Mexico's Chihuahua state said the gunmen fled toward Cuauhtemoc.",
			names: []labelled{{"Mexico", model.GPE}, {"Chihuahua", model.GPE}, {"Cuauhtemoc", model.GPE}},
			name:  "Cuauhtemoc", cc: "MX", lat: 28.41, lon: -106.87},
		// an unknown region falls back to the division the story is about, not the country's
		// centre
		{about: "unknown region in the document's division", text: "Floods hit Darbhanga, Madhubani and Sitamarhi in Bihar. Relief camps opened across the Kanthapur region, and Darbhanga's hospital filled.",
			names: []labelled{{"Darbhanga", model.GPE}, {"Madhubani", model.GPE}, {"Sitamarhi", model.GPE}, {"Bihar", model.GPE}, {"Kanthapur", model.GPE}, {"Darbhanga", model.GPE}},
			name:  "Kanthapur", cc: "IN", lat: 26.2, lon: 85.9},
		// a small town of another, unnamed division of the same country is no reading
		// (the division's point is the mean of the towns near its most-named one: the state
		// capital named in passing does not pull it away)
		{about: "namesake in another division", text: "Dust storms closed roads around Lubbock, Midland and Odessa in Texas, officials in Austin said. In Seminole, schools shut.",
			names: []labelled{{"Lubbock", model.GPE}, {"Midland", model.GPE}, {"Odessa", model.GPE}, {"Texas", model.GPE}, {"Austin", model.GPE}, {"Seminole", model.GPE}},
			name:  "Seminole", cc: "US", lat: 32.5, lon: -102.3},
		// "X City" is no far city X of a division the story does not name
		{about: "X City far away", text: "Dust storms closed roads around Lubbock, Midland and Odessa in Texas. Clinics opened in Denver City.",
			names: []labelled{{"Lubbock", model.GPE}, {"Midland", model.GPE}, {"Odessa", model.GPE}, {"Texas", model.GPE}, {"Denver City", model.GPE}},
			name:  "Denver City", cc: "US", lat: 32.5, lon: -102.3, not: "Denver"},
		// a site of two words by its own name is no person
		{about: "site tagged as a person", text: "Train services to Machu Picchu were suspended on Monday.",
			names: []labelled{{"Machu Picchu", model.PERSON}}, name: "Machu Picchu", cc: "PE", lat: -13.16, lon: -72.55},
		// the people of a place with their nationality word state its country
		{about: "villagers' nationality", text: "Gunmen raided homes near Cox's Bazar, and Myanmar said its border was calm. Police said local Bangladeshi villagers from Tolatoli and Rangikhali were abducted.",
			names: []labelled{{"Cox's Bazar", model.GPE}, {"Myanmar", model.GPE}, {"Bangladeshi", model.NORP}, {"Tolatoli", model.GPE}, {"Rangikhali", model.GPE}},
			name:  "Rangikhali", cc: "BD"},
		// a capitalised site noun the tagger left out of an organisation span
		{about: "site head left out", text: "Engineers warned that the Alau Dam needed repairs before the rains in Borno.",
			names: []labelled{{"Alau", model.ORG}, {"Borno", model.GPE}}, name: "Alau", cc: "NG", lat: 11.73, lon: 13.27},
		// Canada's counties are counties
		{about: "county in Canada", text: "Farmers from Essex County drove tractors into Windsor, Ontario, and Ontario police watched.",
			names: []labelled{{"Essex County", model.GPE}, {"Windsor", model.GPE}, {"Ontario", model.GPE}, {"Ontario", model.GPE}},
			name:  "Essex County", cc: "CA", lat: 42.2, lon: -82.9},
		// a very large division at its geographic centre (its cities line its southern edge)
		{about: "large division centre", text: "Wildfires spread across northern forests in Ontario.",
			names: []labelled{{"Ontario", model.GPE}}, name: "Ontario", cc: "CA", lat: 50, lon: -85},
	})
}

// TestRoundFourCentres: `centre` lines of first-level divisions move the division and its
// divisions without a city; a division put at the middle of its cities' extent takes those
// along too.
func TestRoundFourCentres(t *testing.T) {
	g := mustDefault(t)
	point := func(code string, feat uint8, name string) (float64, float64, bool) {
		idx, ok := g.a1idx[code]
		if !ok {
			return 0, 0, false
		}
		for i := range g.places {
			if p := &g.places[i]; p.feat == feat && p.a1 == idx && (name == "" || p.name == name) {
				return float64(p.lat), float64(p.lon), true
			}
		}
		return 0, 0, false
	}
	for _, c := range []struct {
		code, county string
		lat, lon     float64
	}{
		{"CA.08", "", 50, -85},
		{"US.AK", "", 64, -152.5},
		{"US.TX", "Gaines County", 0, 0}, // (the county sits at the state's point)
	} {
		lat, lon, ok := point(c.code, featAdmin1, "")
		if !ok {
			t.Errorf("%s: no division", c.code)
			continue
		}
		if c.lat != 0 && Distance(lat, lon, c.lat, c.lon) > 1 {
			t.Errorf("%s at (%.2f, %.2f), want (%.2f, %.2f)", c.code, lat, lon, c.lat, c.lon)
		}
		if c.county != "" {
			clat, clon, ok := point(c.code, featAdmin2, c.county)
			if !ok || Distance(lat, lon, clat, clon) > 1 {
				t.Errorf("%s %s at (%.2f, %.2f), want its division's point (%.2f, %.2f)", c.code, c.county, clat, clon, lat, lon)
			}
		}
	}
}

// TestStatedDivision: session 7, round 4b (a regression of round 4 on the events set dev4 and
// its class); every text was written for the test. A division the sentence names frames the
// names after it, also when the gazetteer knows it only as a district or as its seat ("the
// Kharkiv region"); a name whose readings all lie in far divisions of the story's country, or
// an unknown one, lies in the stated division, not in the country the document names most (an
// attacker's: "a Russian warplane").
func TestStatedDivision(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		name        string // the last occurrence of name is checked
		cc          string
		lat, lon    float64 // within 150 km
	}{
		{about: "town in the division the sentence states, not its namesake",
			text:  "Drones struck Odesa and Izmail overnight, Russia said. Russia's army claimed the strikes. In the Kharkiv region, shelling damaged houses near the town of Zolochiv, police said.",
			names: []labelled{{"Odesa", model.GPE}, {"Izmail", model.GPE}, {"Russia", model.GPE}, {"Russia", model.GPE}, {"Kharkiv", model.GPE}, {"Zolochiv", model.GPE}},
			name:  "Zolochiv", cc: "UA", lat: 50.28, lon: 35.98},
		{about: "readings all far: the stated division's point",
			text:  "Floods closed roads in Lviv and Drohobych, Lviv's mayor said. In the Kharkiv region, a bridge collapsed near the town of Pervomaisk.",
			names: []labelled{{"Lviv", model.GPE}, {"Drohobych", model.GPE}, {"Lviv", model.GPE}, {"Kharkiv", model.GPE}, {"Pervomaisk", model.GPE}},
			name:  "Pervomaisk", cc: "UA", lat: 49.99, lon: 36.27},
		{about: "unknown village after an attacker's nationality",
			text:  "Russia launched drones at Ukraine overnight, and Russia said it hit military targets. Russia's army denied striking homes. In the Kharkiv region, a bomb dropped by a Russian warplane hit the village of Hlynivka, wounding two people.",
			names: []labelled{{"Russia", model.GPE}, {"Ukraine", model.GPE}, {"Russia", model.GPE}, {"Russia", model.GPE}, {"Kharkiv", model.GPE}, {"Russian", model.NORP}, {"Hlynivka", model.GPE}},
			name:  "Hlynivka", cc: "UA", lat: 49.99, lon: 36.27},
	} {
		a := resolveLabelled(g, c.text, c.names)
		p := lastPlace(a, c.text, c.name)
		switch {
		case p == nil:
			t.Errorf("%s: %q no place mention (%+v)", c.about, c.name, a.Places)
		case p.Geo.Country != c.cc:
			t.Errorf("%s: %q → %s|%s, want %s", c.about, c.name, p.Geo.Name, p.Geo.Country, c.cc)
		case Distance(p.Geo.Lat, p.Geo.Lon, c.lat, c.lon) > 150:
			t.Errorf("%s: %q → %s at (%.2f, %.2f), want near (%.2f, %.2f)", c.about, c.name, p.Geo.Name, p.Geo.Lat, p.Geo.Lon, c.lat, c.lon)
		}
	}
}

// TestDivisionHead: "X's premier", "X's governor" speak for the first-level division X, not for
// its town of the same name; "X's mayor" keeps the town. Texts written for the test.
func TestDivisionHead(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		text, name, feature string
	}{
		{"Quebec's premier promised new hospitals for rural towns.", "Quebec", "admin1"},
		{"Quebec's Liberal premier promised new hospitals.", "Quebec", "admin1"},
		{"Teachers marched across the province of Quebec on Monday.", "Quebec", "admin1"},
		{"Kano's governor imposed a curfew after the riots.", "Kano", "admin1"},
		{"Quebec's mayor closed the old town to cars.", "Quebec", "city"},
		{"Kano's markets reopened after the riots.", "Kano", "city"},
		// GeoNames names two Ukrainian oblasts in a form news never uses ("Kharkivs’ka
		// Oblast’", "Kiev"); place-alias lines give them their news names
		{"Shelling hit a village in the Kharkiv region on Monday.", "Kharkiv", "admin1"},
		{"Drones struck homes in the Kyiv region overnight.", "Kyiv", "admin1"},
		{"Shelling hit Kharkiv on Monday.", "Kharkiv", "city"},
	} {
		a := resolveLabelled(g, c.text, []labelled{{c.name, model.GPE}})
		if len(a.Places) != 1 {
			t.Errorf("%q: places %+v", c.text, a.Places)
			continue
		}
		if p := a.Places[0]; p.Geo.Feature != c.feature {
			t.Errorf("%q: %s → %s %s (%s), want %s", c.text, c.name, p.Geo.Name, p.Geo.Country, p.Geo.Feature, c.feature)
		}
	}
}

// TestAttackerNationality: a nationality word before an attacker's weapons ("Pakistani
// shelling", "Russian drones") is no evidence of where an unknown village lies. Text written
// for the test.
func TestAttackerNationality(t *testing.T) {
	g := mustDefault(t)
	text := "Indian police said Pakistani shelling and Pakistani drones hit the village of Chak Bhurji, and India's army said two soldiers were hurt."
	a := resolveLabelled(g, text, []labelled{{"Indian", model.NORP}, {"Pakistani", model.NORP}, {"Pakistani", model.NORP}, {"Chak Bhurji", model.GPE}, {"India", model.GPE}})
	s := strings.Index(text, "Chak Bhurji")
	for _, p := range a.Places {
		if p.Start == s {
			if p.Geo.Country != "IN" {
				t.Errorf("Chak Bhurji → %s %s, want IN", p.Geo.Name, p.Geo.Country)
			}
			return
		}
	}
	t.Errorf("Chak Bhurji: no place mention (%+v)", a.Places)
}

// TestRoundFivePlaces: session 7, round 5 (classes of the whole-article set
// toponym-articles-dev3); every text was written for the test. An unknown name placed only at
// its large country's point lies at the place its sentence, else its paragraph, names; a
// district of the city its paragraph is about is no namesake abroad; plural administrative
// words after a list of divisions.
func TestRoundFivePlaces(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "unknown port beside a town of its sentence",
			text:  "A cargo boat sank off Indonesia on Monday, Indonesia said. The crossing to Sendangbiru, on the southern coast of East Java, takes an hour.",
			names: []labelled{{"Indonesia", model.GPE}, {"Indonesia", model.GPE}, {"Sendangbiru", model.GPE}, {"East Java", model.GPE}},
			name:  "Sendangbiru", cc: "ID", lat: -8.2, lon: 112.7},
		{about: "unknown village beside a town of its paragraph",
			text:  "Floods hit Indonesia this week.\n\nRescuers reached Mataram on Lombok on Tuesday. They said homes in Kekait were cut off by mud.",
			names: []labelled{{"Indonesia", model.GPE}, {"Mataram", model.GPE}, {"Lombok", model.LOC}, {"Kekait", model.GPE}},
			name:  "Kekait", cc: "ID", lat: -8.58, lon: 116.12},
		{about: "a capital named once frames a ministry, not the place",
			text:  "A ferry caught fire near Kupang, in Indonesia, on Friday.\n\nIn Jakarta, the transport ministry suspended ferries to Bolok after the fire. Indonesia said ferries would resume.",
			names: []labelled{{"Kupang", model.GPE}, {"Indonesia", model.GPE}, {"Jakarta", model.GPE}, {"Bolok", model.GPE}, {"Indonesia", model.GPE}},
			name:  "Bolok", cc: "ID", lat: -10.16, lon: 123.6},
		{about: "district of the paragraph's city, not a namesake abroad",
			text:  "Taiwan voted on Saturday, and China criticised the result. China's army held drills.\n\nIn Taipei, turnout was high. Voters queued in the Xinyi and Da'an districts before noon.",
			names: []labelled{{"Taiwan", model.GPE}, {"China", model.GPE}, {"China", model.GPE}, {"Taipei", model.GPE}, {"Xinyi", model.GPE}, {"Da'an", model.GPE}},
			name:  "Xinyi", cc: "TW", lat: 25.03, lon: 121.56},
		{about: "divisions listed before a plural administrative word",
			text:  "Gunmen who operate from forests straddling Zamfara, Sokoto and Kaduna states have killed thousands in Nigeria.",
			names: []labelled{{"Zamfara", model.GPE}, {"Sokoto", model.GPE}, {"Kaduna", model.GPE}, {"Nigeria", model.GPE}},
			name:  "Kaduna", cc: "NG", feature: "admin1"},
		{about: "a station in the city just after it, not the story's division",
			text:  "A train derailed in Córdoba province, near Villa María and Río Segundo, and Córdoba officials said ten died. In 2012 a train crashed at Retamal station in Buenos Aires.",
			names: []labelled{{"Córdoba", model.GPE}, {"Villa María", model.GPE}, {"Río Segundo", model.GPE}, {"Córdoba", model.GPE}, {"Retamal station", model.FAC}, {"Buenos Aires", model.GPE}},
			name:  "Retamal station", cc: "AR", lat: -34.6, lon: -58.4},
	})
}

// TestRoundSixPlaces: session 7, round 6 (classes of the fresh whole-article set
// toponym-articles-dev4); every text was written for the test.
func TestRoundSixPlaces(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a people's name with its administrative word is the division",
			text:  "Herders crossed into Kenya's Turkana county and Ethiopia's Afar Region as the drought deepened. Officials in Afar Region asked for water.",
			names: []labelled{{"Kenya", model.GPE}, {"Turkana", model.GPE}, {"Ethiopia", model.GPE}, {"Afar Region", model.LOC}, {"Afar Region", model.LOC}},
			name:  "Afar Region", cc: "ET", feature: "admin1"},
		{about: "the country before the division is no actor",
			text:  "Herders crossed into Ethiopia's Somali Region with their camels.",
			names: []labelled{{"Ethiopia", model.GPE}, {"Somali Region", model.LOC}},
			name:  "Ethiopia", cc: "ET"},
		{about: "a division's own name of two words tagged as an organisation",
			text:  "The government of Republika Srpska said schools in Bijeljina would reopen on Monday.",
			names: []labelled{{"Republika Srpska", model.ORG}, {"Bijeljina", model.GPE}},
			name:  "Republika Srpska", cc: "BA", feature: "admin1"},
		{about: "a Vietnamese district without GeoNames' word",
			text:  "Floods cut roads in Tay Giang district of Quang Nam province, Vietnam said.",
			names: []labelled{{"Tay Giang", model.GPE}, {"Quang Nam", model.GPE}, {"Vietnam", model.GPE}},
			name:  "Tay Giang", cc: "VN", lat: 15.9, lon: 107.5},
		{about: "a possessive after the preposition: no subject",
			text:  "Armenia said farmers in its Tavush province had lost land, and Azerbaijan disagreed.",
			names: []labelled{{"Armenia", model.GPE}, {"Tavush", model.GPE}, {"Azerbaijan", model.GPE}},
			name:  "Tavush", cc: "AM"},
		{about: "the river by its bare name, not a town abroad",
			text:  "Flood waters rose in Bosnia and Croatia. Officials in Slavonski Brod were watching the Sava, which rose overnight near Brčko.",
			names: []labelled{{"Bosnia", model.GPE}, {"Croatia", model.GPE}, {"Slavonski Brod", model.GPE}, {"Sava", model.GPE}, {"Brčko", model.GPE}},
			name:  "Sava", cc: "BA", lat: 45.0, lon: 18.0},
		{about: "a river joined by another is no actor",
			text:  "Rescuers in Brčko watched the Sava, which the Drina joins upstream.",
			names: []labelled{{"Brčko", model.GPE}, {"Sava", model.GPE}, {"Drina", model.LOC}},
			name:  "Drina", cc: "BA", lat: 44.0, lon: 19.3},
		{about: "the municipalities of a list, one tagged a person",
			text:  "In Serbia, the municipalities of Loznica and Bajina Bašta declared emergencies.",
			names: []labelled{{"Serbia", model.GPE}, {"Loznica", model.GPE}, {"Bajina Bašta", model.PERSON}},
			name:  "Bajina Bašta", cc: "RS", lat: 43.97, lon: 19.57},
		{about: "a small border town of the sentence's country, not a namesake abroad",
			text:  "Migrants left Honduras and crossed into Guatemala at the Agua Caliente border post. Guatemala and Honduras said the caravan grew. Guatemala's police followed it.",
			names: []labelled{{"Honduras", model.GPE}, {"Guatemala", model.GPE}, {"Agua Caliente", model.FAC}, {"Guatemala", model.GPE}, {"Honduras", model.GPE}, {"Guatemala", model.GPE}},
			name:  "Agua Caliente", cc: "HN", lat: 14.45, lon: -89.25},
	})
}

// placeCase is one reading to check: the place mention at the last occurrence of name in text,
// with the tagger's spans given as names.
type placeCase struct {
	about, text string
	names       []labelled
	name        string  // the last occurrence of name is checked
	cc          string  // when set: the reading's country
	lat, lon    float64 // when set: within 150 km
	feature     string  // when set: the reading's feature
	metonymy    bool
	not         string // when set: the reading's name must not be this
}

// checkPlaceCases resolves each case's text and checks its reading.
func checkPlaceCases(t *testing.T, g *Gazetteer, cases []placeCase) {
	t.Helper()
	for _, c := range cases {
		a := resolveLabelled(g, c.text, c.names)
		p := lastPlace(a, c.text, c.name)
		switch {
		case p == nil:
			t.Errorf("%s: %q no place mention (%+v)", c.about, c.name, a.Places)
		case c.cc != "" && p.Geo.Country != c.cc || p.Metonymy != c.metonymy || c.not != "" && p.Geo.Name == c.not:
			t.Errorf("%s: %q → %s|%s met=%v, want %s met=%v", c.about, c.name, p.Geo.Name, p.Geo.Country, p.Metonymy, c.cc, c.metonymy)
		case c.feature != "" && p.Geo.Feature != c.feature:
			t.Errorf("%s: %q → %s (%s), want %s", c.about, c.name, p.Geo.Name, p.Geo.Feature, c.feature)
		case (c.lat != 0 || c.lon != 0) && Distance(p.Geo.Lat, p.Geo.Lon, c.lat, c.lon) > 150:
			t.Errorf("%s: %q → %s at (%.2f, %.2f), want near (%.2f, %.2f)", c.about, c.name, p.Geo.Name, p.Geo.Lat, p.Geo.Lon, c.lat, c.lon)
		}
	}
}
