package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRoadFrames21 checks session 21's road-number frames: an adjective between "the" and the
// code, a road noun one adjective on, an apposition a road noun heads, a road preposition
// before a hyphenated code, Germany's two-digit B-roads and France's four-digit D-roads; a
// code in none of them stays no place. Texts written for the test.
func TestRoadFrames21(t *testing.T) {
	checkRoadCases(t, mustDefault(t), []roadCase{
		{about: "an adjective before the code",
			text:  "CHAMBÉRY, France (AFP) - A rockfall buried the parallel D1006 near La Chambre on Tuesday.",
			names: []labelled{{"CHAMBÉRY", model.GPE}, {"France", model.GPE}, {"D1006", model.LOC}, {"La Chambre", model.GPE}},
			name:  "D1006", cc: "FR"},
		{about: "a road noun one adjective on",
			text:  "TERUEL, Spain (Reuters) - The old N-234 national road was also closed near Sarrión.",
			names: []labelled{{"TERUEL", model.GPE}, {"Spain", model.GPE}, {"N-234", model.FAC}, {"Sarrión", model.GPE}},
			name:  "N-234", cc: "ES"},
		{about: "an apposition a road noun heads",
			text:  "PEMBA, Mozambique (Reuters) - The N380, the main road linking Pemba to the northern districts, has been closed.",
			names: []labelled{{"PEMBA", model.GPE}, {"Mozambique", model.GPE}, {"N380", model.LOC}, {"Pemba", model.GPE}},
			name:  "N380", cc: "MZ"},
		{about: "a road preposition before a hyphenated code",
			text:  "MANHATTAN, Kan. (AP) - The storm formed near Junction City, Kansas, and tracked northeast along K-18 towards Manhattan.",
			names: []labelled{{"MANHATTAN", model.GPE}, {"Kan.", model.GPE}, {"Junction City", model.GPE}, {"Kansas", model.GPE}, {"K-18", model.LOC}, {"Manhattan", model.GPE}},
			name:  "K-18", cc: "US"},
		{about: "on the code, then a function word",
			text:  "VALENCIA, Spain (Reuters) - Drivers between Zaragoza and Valencia were told to go round by the coast on the AP-7 instead.",
			names: []labelled{{"VALENCIA", model.GPE}, {"Spain", model.GPE}, {"Zaragoza", model.GPE}, {"Valencia", model.GPE}, {"AP-7", model.FAC}},
			name:  "AP-7", cc: "ES"},
		{about: "a two-digit German B-road",
			text:  "FRANKFURT (ODER), Germany (dpa) - Police asked lorry drivers to stay off the B87 near Müllrose in Brandenburg.",
			names: []labelled{{"Germany", model.GPE}, {"B87", model.FAC}, {"Müllrose", model.GPE}, {"Brandenburg", model.GPE}},
			name:  "B87", cc: "DE"},
		// no frame: an aircraft, a code with a noun after it, a code alone
		{about: "a bomber",
			text:  "BERLIN, Germany (dpa) - A B52 bomber flew over Brandenburg on Tuesday.",
			names: []labelled{{"BERLIN", model.GPE}, {"Germany", model.GPE}, {"B52", model.WEAPON}, {"Brandenburg", model.GPE}},
			name:  "B52", cc: ""},
		{about: "a part number after an adjective",
			text:  "LYON, France (AFP) - The new D1006 camera went on sale in Lyon on Tuesday.",
			names: []labelled{{"LYON", model.GPE}, {"France", model.GPE}, {"Lyon", model.GPE}},
			name:  "D1006", cc: ""},
		{about: "a hyphenated code alone",
			text:  "MADRID, Spain (Reuters) - The AP-7 result surprised analysts in Madrid.",
			names: []labelled{{"MADRID", model.GPE}, {"Spain", model.GPE}, {"AP-7", model.ORG}, {"Madrid", model.GPE}},
			name:  "AP-7", cc: ""},
	})
}

// roadCase is a text, its labelled names and the country a road number of it must be read in
// (cc "": no place).
type roadCase struct {
	about, text string
	names       []labelled
	name, cc    string
}

// checkRoadCases resolves each case's text and checks the reading of its road number.
func checkRoadCases(t *testing.T, g *Gazetteer, cases []roadCase) {
	t.Helper()
	for _, c := range cases {
		a := resolveLabelled(g, c.text, c.names)
		p := placeOf(a, c.name)
		switch {
		case c.cc == "" && p != nil:
			t.Errorf("%s: %q read as %s %s", c.about, c.name, p.Geo.Name, p.Geo.Country)
		case c.cc != "" && p == nil:
			t.Errorf("%s: %q unplaced, want %s", c.about, c.name, c.cc)
		case c.cc != "" && p.Geo.Country != c.cc:
			t.Errorf("%s: %q → %s %s, want %s", c.about, c.name, p.Geo.Name, p.Geo.Country, c.cc)
		}
	}
}
