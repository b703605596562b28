package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestSessionNineSubjects: place uses that the metonymy rule read as speakers (README rule 21,
// classes of the fresh whole-article set toponym-articles-dev7, with toponyms-dev3 and
// toponym-articles-dev5 for the statistic verbs); every text was written for the test.
func TestSessionNineSubjects(t *testing.T) {
	g := mustDefault(t)
	checkMetonymy(t, g, []metonymyCase{
		// the second member of "between A and B" is never the subject of the verb after it
		{"A stretch of the motorway between Lyon and Grenoble was closed after the fire.", "Grenoble", false},
		{"In France, fires burned in the hills, and a section of the A48 motorway between Lyon and Grenoble was closed.", "Grenoble", false},
		// a plural verb agrees with the noun before the preposition, not with the lone name
		{"Quarrels over grazing land in the hills around Osh and Uzgen have turned violent twice.", "Uzgen", false},
		// a list that a plural place noun governs with "such as"
		{"Shepherds from mountain communities such as Naryn and Uzgen say the pastures are bare.", "Uzgen", false},
		{"Shepherds from mountain communities such as Uzgen say the pastures are bare.", "Uzgen", false},
		// a statistic is counted in a place
		{"Ecuador has recorded more than 40 deaths since the rains began in March.", "Ecuador", false},
		{"Bolivia has registered 12,000 fires this year.", "Bolivia", false},
		// a passive of a physical verb
		{"In Jonglei, the state capital Bor is ringed by dykes.", "Bor", false},
		// unchanged: real actors
		{"Countries such as Russia and China have blocked the plan.", "China", true},
		{"Ecuador has reported the incident to the United Nations.", "Ecuador", true},
		{"Ecuador has accused Peru of moving troops to the border.", "Ecuador", true},
		{"Ecuador has also warned its neighbours.", "Ecuador", true},
		{"Ecuador and Peru have signed a border accord.", "Peru", true},
	})
}

// TestSessionNinePlaces: names the tagger cut at a hyphenated first word, nationality words
// tagged as places, facilities named after a place as local points, and a state read as its
// capital by an alternate name (README rule 21); texts written for the test.
func TestSessionNinePlaces(t *testing.T) {
	checkGeoCases(t, []geoCase{
		// "Dasht-e [Barchi]": the tagger left out the hyphenated first word
		{about: "hyphenated first word", text: "Gunmen attacked a school in Dasht-e Barchi on Friday.", tagged: []string{"Barchi"}, name: "Barchi", cc: "AF"},
		// a nationality word tagged as a place is none
		{about: "nationality word", text: "Villagers near Osh said the new road runs through Uzbek land.", tagged: []string{"Osh", "Uzbek"}, name: "Uzbek", cc: ""},
		// a border noun, or a list mate read as a division, makes a state of a name that a city
		// bears only as an alternate name
		{about: "border noun", text: "The fire crossed the Tucumán border on Monday, officials in Salta said.", tagged: []string{"Tucumán", "Salta"}, name: "Tucumán", cc: "AR", feature: "admin1"},
		{about: "no frame", text: "Protesters marched through Tucumán on Monday.", tagged: []string{"Tucumán"}, name: "Tucumán", cc: "AR", feature: "city"},
		{about: "a big city", text: "Flights to New York were cancelled on Monday.", tagged: []string{"New York"}, name: "New York", cc: "US", feature: "city"},
	})
	g := mustDefault(t)
	// the widened span covers the whole name
	a := resolveTagged(g, "Gunmen attacked a school in Dasht-e Barchi on Friday.", "Barchi")
	if p := placeOf(a, "Dasht-e Barchi"); p == nil {
		t.Errorf("Dasht-e Barchi: no place mention of the whole name (%+v)", a.Places)
	}
}

// TestSessionNineLocal: a village beside a facility named after a place, and a bare county name
// far from the places of the dateline's state (README rule 21); texts written for the test.
func TestSessionNineLocal(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		tagged      []string
		name, cc    string
		notName     string  // the reading must not be this place
		lat, lon    float64 // the point must lie within maxKm of this one (when maxKm > 0)
		maxKm       float64
	}{
		{
			about:  "a village beside a barrage named after its town",
			text:   "ISLAMABAD (AP) — Heavy rain fell across Sindh on Saturday.\n\nEngineers at the Sukkur Barrage, which spans the river at Zarbanpur, opened every gate on Sunday.",
			tagged: []string{"Sindh", "Sukkur Barrage", "Zarbanpur"},
			name:   "Zarbanpur", cc: "PK", lat: 27.7, lon: 68.86, maxKm: 30,
		},
		{
			about:  "a bare county name far from the story's places",
			text:   "PORT LAVACA, Texas (AP) — Floodwaters swamped homes in Seadrift and Victoria on Sunday. Boats rescued families in and around Ector and Seadrift, the sheriff said.",
			tagged: []string{"Seadrift", "Victoria", "Ector"},
			name:   "Ector", cc: "US", notName: "Ector County", lat: 28.6, lon: -96.6, maxKm: 160,
		},
		{
			about:  "a name placed in a county that sat at its state's point",
			text:   "PORT LAVACA, Texas (AP) — Floodwaters swamped homes in Seadrift and Victoria on Sunday. Boats rescued families in and around Ector, a hamlet on the bay, the Calhoun County sheriff said.",
			tagged: []string{"Seadrift", "Victoria", "Ector", "Calhoun County"},
			name:   "Ector", cc: "US", notName: "Ector County", lat: 28.6, lon: -96.6, maxKm: 160,
		},
		{
			about:  "a name placed in a county without a city (at its state's point)",
			text:   "PORT LAVACA, Texas (AP) — Floodwaters swamped homes in Seadrift and Victoria on Sunday. Boats rescued families in and around Cottle, a hamlet on the bay, the Calhoun County sheriff said.",
			tagged: []string{"Seadrift", "Victoria", "Cottle", "Calhoun County"},
			name:   "Cottle", cc: "US", notName: "Cottle County", lat: 28.6, lon: -96.6, maxKm: 160,
		},
		{
			about:  "the county named with its word elsewhere",
			text:   "PORT LAVACA, Texas (AP) — Floodwaters swamped homes in Seadrift and Victoria on Sunday. Ranchers in Ector County reported hail. Ector had no rain.",
			tagged: []string{"Seadrift", "Victoria", "Ector County", "Ector"},
			name:   "Ector", cc: "US", lat: 31.87, lon: -102.54, maxKm: 100,
		},
	} {
		var names []labelled
		for _, n := range c.tagged {
			names = append(names, labelled{n, model.GPE})
		}
		a := resolveLabelled(g, c.text, names)
		var got *model.PlaceMention
		for i := range a.Places {
			if a.Places[i].Text == c.name {
				got = &a.Places[i]
			}
		}
		if got == nil {
			t.Errorf("%s: %q unplaced (%+v)", c.about, c.name, a.Places)
			continue
		}
		if got.Geo.Country != c.cc || c.notName != "" && strings.EqualFold(got.Geo.Name, c.notName) {
			t.Errorf("%s: %q → %s %s", c.about, c.name, got.Geo.Name, got.Geo.Country)
		}
		if c.maxKm > 0 {
			if d := Distance(got.Geo.Lat, got.Geo.Lon, c.lat, c.lon); d > c.maxKm {
				t.Errorf("%s: %q at (%.2f, %.2f), %.0f km from (%.2f, %.2f)", c.about, c.name, got.Geo.Lat, got.Geo.Lon, d, c.lat, c.lon)
			}
		}
	}
}

// FuzzSessionNine resolves arbitrary text with one entity of any label (a place-tagged span
// around a hyphen, a nationality word, a county name, a facility) and checks the place spans.
func FuzzSessionNine(f *testing.F) {
	for _, s := range []string{"in Dasht-e Barchi on Friday", "-e X", "A-b C", "through Uzbek land", "between Lyon and Grenoble was closed",
		"communities such as Naryn and Uzgen say", "Ecuador has recorded 40 deaths", "PORT LAVACA, Texas (AP) — in and around Ector and Seadrift",
		"Engineers at the Sukkur Barrage, which spans the river at X", "the Tucumán border", "Catamarca and Tucumán"} {
		f.Add(s, 0, 8, uint8(3))
	}
	g := mustDefault(f)
	labels := []string{model.PERSON, model.ORG, model.NORP, model.GPE, model.LOC}
	f.Fuzz(func(t *testing.T, text string, s, e int, l uint8) {
		en := model.Entity{Label: labels[int(l)%len(labels)], Start: s, End: e}
		a := &model.Annotation{Doc: &model.Document{Text: text}, Entities: []model.Entity{en}}
		g.Resolve(a)
		for _, p := range a.Places {
			if p.Start < 0 || p.End > len(text) || p.Start > p.End {
				t.Fatalf("bad span %+v", p)
			}
		}
	})
}
