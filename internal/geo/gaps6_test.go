package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestSessionSixRules: classes of error found on the annotator's toponym set
// (testdata/toponyms-dev2.tsv), the second audit and the event-location sentences; every text
// here was written for the test.
func TestSessionSixRules(t *testing.T) {
	checkGeoCases(t, []geoCase{
		// an alternate name that is a spelling variant of the own name is trusted
		{about: "variant", text: "Government forces shelled Saraqeb overnight.", tagged: []string{"Saraqeb"}, name: "Saraqeb", cc: "SY", feature: "city"},
		{about: "variant", text: "A teenager was shot dead in Qalqiliya on Friday.", tagged: []string{"Qalqiliya"}, name: "Qalqiliya", cc: "PS"},
		// … but not against a containment phrase that puts the name elsewhere
		{about: "variant in a container", text: "Police found six bodies in Baghdad's northern al-Husseiniya district.", tagged: []string{"Baghdad", "al-Husseiniya"}, name: "al-Husseiniya", cc: "IQ"},
		// divisions written with the other form of a direction, or without "and"
		{about: "direction form", text: "Clashes erupted in Sudan's North Darfur state.", tagged: []string{"Sudan", "North Darfur"}, name: "North Darfur", cc: "SD", feature: "admin1"},
		{about: "and-less compound", text: "Militants attacked a police post in Iran's Sistan-Baluchestan province.", tagged: []string{"Iran", "Sistan-Baluchestan"}, name: "Sistan-Baluchestan", cc: "IR", feature: "admin1"},
		// an international sea takes the country the sentence names, when it touches it
		{about: "sea host", text: "Ships were attacked in the Red Sea off Yemen.", tagged: []string{"Red Sea", "Yemen"}, name: "Red Sea", cc: "YE", feature: "region"},
		{about: "sea, two countries", text: "Russia and Turkey discussed shipping in the Black Sea.", tagged: []string{"Russia", "Turkey", "Black Sea"}, name: "Black Sea", cc: "-"},
		// a nationality word in an actor compound says nothing about where the story is
		{about: "actor compound", text: "Shelling of central Donetsk killed four people, the Russian-installed mayor said.", tagged: []string{"Donetsk"}, name: "Donetsk", cc: "UA"},
		// a demonym before "border": the place lies beside that country
		{about: "border demonym", text: "Gunmen attacked a checkpoint near Jarablus, on the Turkish border.", tagged: []string{"Jarablus"}, name: "Jarablus", cc: "SY"},
		// an explicit container rules out namesakes elsewhere
		{about: "contradicting container", text: "The company resumed work near Palma, in Mozambique's far north.", tagged: []string{"Palma", "Mozambique"}, name: "Palma", cc: "MZ", precision: 2}, // session 6: Palma MZ is in supplement-places.tsv
		// "X district of Y": the inner place first
		{about: "district of", text: "Maoist rebels ambushed police in Bijapur district of Chhattisgarh.", tagged: []string{"Bijapur", "Chhattisgarh"}, name: "Bijapur", cc: "IN", admin1: "Chhattisgarh"},
		// an administrative word a country uses for its divisions
		{about: "department", text: "Farmers in Santa Cruz department blocked the highways.", tagged: []string{"Santa Cruz"}, name: "Santa Cruz", cc: "BO"},
		{about: "region of", text: "Gunmen killed eight in the Far North region of Cameroon.", tagged: []string{"Far North region", "Cameroon"}, name: "Far North region", cc: "CM", feature: "admin1"},
		// a small region far from the country the story is about is a namesake
		{about: "small region abroad", text: "Syrian troops captured the Al-Nuba Mountains in the Latakia Governorate after a week of fighting.", tagged: []string{"Al-Nuba Mountains", "Latakia Governorate"}, name: "Al-Nuba Mountains", cc: "SY"},
		// the tagger left out the feature noun of a known name
		{about: "feature noun after", text: "Floods rose after the Shabelle river burst its banks near Beledweyne.", tagged: []string{"Shabelle", "Beledweyne"}, name: "Shabelle", cc: "SO", feature: "region"},
		// keys drop doubled letters: the town spelled as written wins
		{about: "exact spelling", text: "A bomb killed three pilgrims in Samarra.", tagged: []string{"Samarra"}, name: "Samarra", cc: "IQ"},
		{about: "exonym is no rival", text: "Diplomats met in Geneva.", tagged: []string{"Geneva"}, name: "Geneva", cc: "CH"},
		// "X regency, Y": the administrative word ends X's name, then its container
		{about: "regency, Y", text: "Separatists attacked a post in Tolikara regency, Papua.", tagged: []string{"Tolikara", "Papua"}, name: "Tolikara", cc: "ID", admin1: "Papua"},
		// a two-word name written as one word
		{about: "glued name", text: "The Taliban took control of Lashkargah.", tagged: []string{"Lashkargah"}, name: "Lashkargah", cc: "AF", feature: "city"},
		// the administrative word of an unknown name, then its container
		{about: "regency, in", text: "Floods hit Cikalong regency, in West Java province.", tagged: []string{"Cikalong"}, name: "Cikalong", cc: "ID", admin1: "West Java", approx: true},
		// a facility named by lower-case words, then a direction from a town
		{about: "facility north of", text: "Jets struck the Ras Isa fuel terminal north of Al Hudaydah.", tagged: []string{"Ras Isa", "Al Hudaydah"}, name: "Ras Isa", cc: "YE", precision: 1}, // session 6: in supplement-places.tsv
		// "the villages of X" with X a division: the villages lie in it
		{about: "villages of a division", text: "Floods displaced thousands in the surrounding villages of Borno.", tagged: []string{"Borno"}, name: "Borno", cc: "NG", feature: "admin1"},
	})
	g := mustDefault(t)
	// the ORG-tagged known region is relabelled and placed
	text := "Troops were sent to the Catatumbo region after the fighting."
	a := &model.Annotation{Doc: &model.Document{Text: text}}
	s := indexOf(text, "Catatumbo")
	a.Entities = []model.Entity{{Text: "Catatumbo", Label: model.ORG, Start: s, End: s + len("Catatumbo")}}
	g.Resolve(a)
	if en := a.Entities[0]; en.Geo == nil || en.Geo.Country != "CO" || en.Label != model.LOC {
		t.Errorf("ORG-tagged Catatumbo region: %+v", en)
	}
	// the scan takes a town's own name with no namesake abroad in a locative phrase
	for _, c := range []struct{ text, name, cc string }{
		{"Residents of Lviv took shelter as sirens sounded.", "Lviv", "UA"},
		{"Gangs attacked police in Kenscoff on Monday.", "Kenscoff", "HT"},
	} {
		p := findPlace(resolveText(g, c.text), c.name)
		if p == nil || p.Geo.Country != c.cc {
			t.Errorf("scan %q: %+v, want %s", c.text, p, c.cc)
		}
	}
	// points of areas: a country's geographic centre, the cities in a direction
	for _, c := range []struct {
		text, name string
		lat, lon   float64
	}{
		{"Fighting in Libya displaced thousands.", "Libya", 26.3, 17.2},
		{"Fighting in Sudan displaced thousands.", "Sudan", 15.5, 30.0},
		{"The UN said fighting in eastern Congo displaced 700,000 people.", "eastern Congo", -1.5, 28.7},
		{"Wildfires spread across Oregon on Monday.", "Oregon", 43.9, -120.6},
	} {
		p := findPlace(resolveText(g, c.text), c.name)
		if p == nil || Distance(p.Geo.Lat, p.Geo.Lon, c.lat, c.lon) > 161 || p.Geo.Precision != 3 {
			t.Errorf("%q: %+v, want within 161 km of (%.1f,%.1f), precision 3", c.text, p, c.lat, c.lon)
		}
	}
}

// TestNameVariants checks the extra keys of division names.
func TestNameVariants(t *testing.T) {
	for _, c := range []struct {
		name     string
		division bool
		want     []string
	}{
		{"Northern Darfur", true, []string{"north Darfur"}},
		{"West Kordofan State", true, []string{"western Kordofan State"}},
		{"Western Region", true, nil},
		{"Sistan and Baluchestan", true, []string{"Sistan Baluchestan"}},
		{"South Sudan", false, nil},
		{"", true, nil},
	} {
		got := nameVariants(c.name, c.division)
		if len(got) != len(c.want) {
			t.Errorf("%q: %q, want %q", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: %q, want %q", c.name, got, c.want)
			}
		}
	}
	for _, c := range []struct{ a, b string }{{"kalkilia", "kalkilya"}, {"sweida", "suwayda"}, {"sarakeb", "sarakib"}} {
		if x, y := string(appendSkeleton(nil, c.a)), string(appendSkeleton(nil, c.b)); x != y {
			t.Errorf("skeletons of %q and %q differ: %q %q", c.a, c.b, x, y)
		}
	}
}
