package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// resolveTagged resolves text with every occurrence of each name tagged as a GPE entity (as the
// entity tagger would), and returns the annotation.
func resolveTagged(g *Gazetteer, text string, names ...string) *model.Annotation {
	a := &model.Annotation{Doc: &model.Document{Text: text}}
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], n)
			if i < 0 {
				break
			}
			s := off + i
			a.Entities = append(a.Entities, model.Entity{Text: n, Label: model.GPE, Start: s, End: s + len(n)})
			off = s + len(n)
		}
	}
	g.Resolve(a)
	return a
}

// entityGeos returns the Geo of every entity whose text is name, in order.
func entityGeos(a *model.Annotation, name string) []*model.Geo {
	var out []*model.Geo
	for i := range a.Entities {
		if a.Entities[i].Text == name {
			out = append(out, a.Entities[i].Geo)
		}
	}
	return out
}

// geoCase is one expectation: every tagged occurrence of name gets country cc ("" = must stay
// unplaced, "-" = placed without a country), feature (when given) and precision (when > 0).
type geoCase struct {
	about     string
	text      string
	tagged    []string
	name, cc  string
	feature   string
	precision int
	admin1    string // substring of the admin1 name, when given
	approx    bool   // the point must be flagged approximate
}

func checkGeoCases(t *testing.T, cases []geoCase) {
	t.Helper()
	g := mustDefault(t)
	for _, c := range cases {
		a := resolveTagged(g, c.text, c.tagged...)
		geos := entityGeos(a, c.name)
		if len(geos) == 0 {
			t.Errorf("%s: %q not tagged", c.about, c.name)
			continue
		}
		for k, gp := range geos {
			if c.cc == "" {
				if gp != nil {
					t.Errorf("%s: %q #%d placed at %s %s, want unplaced", c.about, c.name, k, gp.Name, gp.Country)
				}
				continue
			}
			if gp == nil {
				t.Errorf("%s: %q #%d unplaced, want %s", c.about, c.name, k, c.cc)
				continue
			}
			if want := c.cc; want == "-" && gp.Country != "" || want != "-" && gp.Country != want || c.feature != "" && gp.Feature != c.feature || c.precision > 0 && gp.Precision != c.precision ||
				c.admin1 != "" && !strings.Contains(gp.Admin1, c.admin1) || c.approx && !gp.Approximate {
				t.Errorf("%s: %q #%d → %s|%s|%s|%s|p%d, want %s %s p%d %s", c.about, c.name, k, gp.Name, gp.Country, gp.Admin1, gp.Feature, gp.Precision, c.cc, c.feature, c.precision, c.admin1)
			}
		}
	}
}

const mozambiqueStory = "MAPUTO, Mozambique - Insurgents attacked villages in Mozambique's Cabo Delgado province on Friday, officials said. Mozambican troops and Rwandan soldiers were sent to Macomia. "

// TestForeignNamesakes: in a document clearly about one country, a namesake in a far-away,
// unrelated country that is neither a capital nor a city of a million loses; alternate names
// abroad need even more; prominent places and neighbours still win.
func TestForeignNamesakes(t *testing.T) {
	checkGeoCases(t, []geoCase{
		{about: "Palma with a containment phrase", text: mozambiqueStory + "Insurgents attacked Palma, a town in Cabo Delgado province of Mozambique.",
			tagged: []string{"Palma", "Cabo Delgado", "Mozambique", "Macomia", "MAPUTO"}, name: "Palma", cc: "MZ", feature: "city", precision: 1, admin1: "Cabo Delgado"}, // session 6: Palma MZ is in supplement-places.tsv
		{about: "Palma, the town of, no container", text: mozambiqueStory + "In 2021, insurgents overran the coastal town of Palma, killing dozens.",
			tagged: []string{"Palma", "Cabo Delgado", "Mozambique", "Macomia", "MAPUTO"}, name: "Palma", cc: "MZ", precision: 1},
		{about: "Palma, bare mention, no container: the story's country, precision 3", text: mozambiqueStory + "Fighting near Palma continued into Saturday.",
			tagged: []string{"Palma", "Cabo Delgado", "Mozambique", "Macomia", "MAPUTO"}, name: "Palma", cc: "MZ", feature: "city", precision: 2},
		{about: "Palma in a Spanish story", text: "Tourists crowded the beaches of Majorca. In Palma, the Spanish police arrested two men. Spain's tourism minister visited Ibiza.",
			tagged: []string{"Palma", "Majorca", "Spain", "Ibiza"}, name: "Palma", cc: "ES", feature: "city", precision: 1},
		{about: "Boni (alternate name of Bern) in a Mali story", text: "BAMAKO, Mali - Malian soldiers were killed near Gao. The army said troops were sent to Boni. Mali's junta blamed jihadists in Mopti.",
			tagged: []string{"Boni", "Gao", "Mali", "Mopti", "BAMAKO"}, name: "Boni", cc: "ML", feature: "city", precision: 1}, // session 6: Boni ML is in supplement-places.tsv
		{about: "Boni with a containment phrase", text: "Five Malian soldiers were killed near the town of Boni in central Mali's Mopti region. The road between Boni and Gao is mined.",
			tagged: []string{"Boni", "Mali", "Mopti", "Gao"}, name: "Boni", cc: "ML", precision: 1, admin1: "Mopti"},
		{about: "Tripoli in a Lebanon story", text: "Lebanese troops deployed in Beirut after the clashes. Lebanon's army said two men were killed in Tripoli overnight. The Lebanese government met on Monday.",
			tagged: []string{"Tripoli", "Beirut", "Lebanon"}, name: "Tripoli", cc: "LB", feature: "city"},
		{about: "Hyderabad in a Sindh story", text: "KARACHI, Pakistan - Floods swept through Sindh province after days of rain, Pakistani officials said. In Hyderabad, rescuers pulled 12 people from collapsed houses. Pakistan's army was deployed.",
			tagged: []string{"Hyderabad", "Sindh", "Pakistan", "KARACHI"}, name: "Hyderabad", cc: "PK", feature: "city"},
		{about: "Florence in an Alabama story", text: "A tornado tore through northern Alabama on Monday, the National Weather Service said. In Florence, the storm destroyed 30 homes. Huntsville and Decatur were spared. Alabama's governor declared an emergency.",
			tagged: []string{"Florence", "Alabama", "Huntsville", "Decatur"}, name: "Florence", cc: "US", feature: "city"},
		{about: "Santa Cruz in a Bolivia story", text: "LA PAZ, Bolivia - Farmers blocked highways across Bolivia on Tuesday. In Santa Cruz, police dispersed protesters with tear gas. Bolivian officials in Cochabamba called for talks.",
			tagged: []string{"Santa Cruz", "Bolivia", "Cochabamba", "LA PAZ"}, name: "Santa Cruz", cc: "BO", feature: "city"},
		{about: "a capital abroad still wins", text: mozambiqueStory + "Peace talks are due in Lisbon next week.",
			tagged: []string{"Lisbon", "Mozambique", "Macomia", "MAPUTO", "Cabo Delgado"}, name: "Lisbon", cc: "PT", feature: "city"},
		{about: "a neighbour's town is not far away", text: "BAMAKO, Mali - Malian troops clashed with jihadists near Mopti and Gao. Mali's army said the fighters fled towards Bobo-Dioulasso.",
			tagged: []string{"Bobo-Dioulasso", "Mali", "Mopti", "Gao", "BAMAKO"}, name: "Bobo-Dioulasso", cc: "BF", feature: "city"},
		{about: "a foreign town the sentence places", text: mozambiqueStory + "Exiled fighters were arrested in Palma, Spain, last year.",
			tagged: []string{"Palma", "Spain", "Mozambique", "Macomia", "MAPUTO", "Cabo Delgado"}, name: "Palma", cc: "ES", feature: "city"},
	})
}

// TestContainmentFallback: a tagged name the gazetteer does not know is placed in the container
// a containment phrase names (feature "other", approximate; precision 2 in a city or district,
// 3 in a province, region or country, as ACLED's codes say); lists and acronyms are not.
func TestContainmentFallback(t *testing.T) {
	checkGeoCases(t, []geoCase{
		{about: "X, a village in Y State", text: "Gunmen attacked Ungwan Gaiya, a village in Kaduna State, on Sunday.",
			tagged: []string{"Ungwan Gaiya", "Kaduna State"}, name: "Ungwan Gaiya", cc: "NG", feature: "other", precision: 3, admin1: "Kaduna", approx: true},
		{about: "the village of X in south Y", text: "Israeli shelling hit the village of Aitaroun in south Lebanon on Tuesday.",
			tagged: []string{"Aitaroun", "Lebanon"}, name: "Aitaroun", cc: "LB", precision: 1}, // session 6: in supplement-places.tsv
		{about: "the Y town of X", text: "Insurgents raided the Cabo Delgado town of Mucojo on Friday.",
			tagged: []string{"Mucojo", "Cabo Delgado"}, name: "Mucojo", cc: "MZ", precision: 1, admin1: "Cabo Delgado"}, // session 6: in supplement-places.tsv
		{about: "X, in Y's Z region", text: "Jihadists attacked a convoy near Tin-Hama, in Mali's Gao region, killing 30.",
			tagged: []string{"Tin-Hama", "Mali", "Gao"}, name: "Tin-Hama", cc: "ML", precision: 3, admin1: "Gao", approx: true},
		{about: "X in northern Y's Z province", text: "Fighters attacked the town of Mucojo in northern Mozambique's Cabo Delgado province.",
			tagged: []string{"Mucojo", "Mozambique", "Cabo Delgado"}, name: "Mucojo", cc: "MZ", precision: 1, admin1: "Cabo Delgado"},
		{about: "X, Y, Z is a list, not containment in a city (only the country: precision 3)", text: "Strikes hit Aitaroun, Tyre and Sidon overnight.",
			tagged: []string{"Aitaroun", "Tyre", "Sidon"}, name: "Aitaroun", cc: "LB", feature: "city", precision: 1}, // session 6: in supplement-places.tsv
		{about: "X, killing ... in Y is no containment", text: "Gunmen raided Kurmin Daji, killing two people in Kaduna.",
			tagged: []string{"Kurmin Daji", "Kaduna"}, name: "Kurmin Daji", cc: "NG", feature: "other", precision: 3},
		{about: "acronyms stay unplaced", text: "The AP, in Nairobi, reported the clash.",
			tagged: []string{"AP", "Nairobi"}, name: "AP", cc: ""},
		// a site inside a town is part of the town (precision 2), as event data code it
		{about: "a street in a city", text: "Police fired tear gas on Moi Avenue in Nairobi.",
			tagged: []string{"Moi Avenue", "Nairobi"}, name: "Moi Avenue", cc: "KE", feature: "city", precision: 2},
		// (session 18: an invented square; Tahrir Square is now a known site)
		{about: "a square in a city", text: "Residents gathered in Shagarat Square in central Cairo on Friday.",
			tagged: []string{"Shagarat Square", "Cairo"}, name: "Shagarat Square", cc: "EG", feature: "city", precision: 2},
		{about: "a village near a city keeps its name", text: "Gunmen attacked Kabusa, a village near Gusau, on Sunday.",
			tagged: []string{"Kabusa", "Gusau"}, name: "Kabusa", cc: "NG", feature: "other", precision: 2, approx: true},
	})
}

// TestContextHints: settlement and division words around a name, country names used as
// adjectives, continents.
func TestContextHints(t *testing.T) {
	checkGeoCases(t, []geoCase{
		{about: "the city of X is a city", text: "The road leads to the northern city of Gao in Mali.", tagged: []string{"Gao", "Mali"}, name: "Gao", cc: "ML", feature: "city"},
		{about: "the X region is a division", text: "Attacks rose in the Gao region of Mali.", tagged: []string{"Gao", "Mali"}, name: "Gao", cc: "ML", feature: "admin1"},
		{about: "X regions", text: "Drones were shot down over the Kursk and Belgorod regions.", tagged: []string{"Belgorod"}, name: "Belgorod", cc: "RU", feature: "admin1"},
		{about: "a country name as an adjective", text: "A Myanmar military jet bombed a village.", tagged: []string{"Myanmar"}, name: "Myanmar", cc: "MM", feature: "country"},
	})
	g := mustDefault(t)
	a := resolveTagged(g, "Strong freight demand in Asia offset higher fuel costs.", "Asia")
	if gp := a.Entities[0].Geo; gp == nil || gp.Feature != "region" || gp.Country != "" {
		t.Errorf("Asia → %+v, want the continent", gp)
	}
	// A tagger that leaves out the first word of a name.
	text := "Fighters stormed a base in the Lower Shabelle region and fired on the Golan Heights."
	b := &model.Annotation{Doc: &model.Document{Text: text}}
	for _, n := range []string{"Shabelle", "Heights"} {
		i := strings.Index(text, n)
		b.Entities = append(b.Entities, model.Entity{Text: n, Label: model.LOC, Start: i, End: i + len(n)})
	}
	g.Resolve(b)
	if gp := b.Entities[0].Geo; gp == nil || gp.Country != "SO" || gp.Feature != "admin1" {
		t.Errorf("Lower [Shabelle] → %+v", gp)
	}
	if gp := b.Entities[1].Geo; gp == nil || gp.Name != "Golan Heights" {
		t.Errorf("Golan [Heights] → %+v", gp)
	}
}

// TestNearAndDirectionalPrecision: directional regions are precision 3, "near X" precision 2.
func TestNearAndDirectionalPrecision(t *testing.T) {
	g := mustDefault(t)
	cases := []struct {
		text, place, cc, feature string
		precision                int
	}{
		{"Hezbollah fired rockets at northern Israel.", "northern Israel", "IL", "region", 3},
		{"An Israeli drone struck a car near Tyre on Tuesday.", "Tyre", "LB", "city", 2},
		{"Jihadists control much of northern Mali.", "northern Mali", "ML", "region", 3},
		{"Russian forces massed outside Kharkiv.", "Kharkiv", "UA", "city", 2},
		{"Rebels dug in on the outskirts of Goma.", "Goma", "CD", "city", 2},
		{"Clashes erupted in Tyre.", "Tyre", "LB", "city", 1},
		{"Shelling hit villages in western Sudan.", "western Sudan", "SD", "region", 3},
	}
	for _, c := range cases {
		a := resolveText(g, c.text)
		p := findPlace(a, c.place)
		if p == nil {
			t.Errorf("%q: no place %q (got %+v)", c.text, c.place, a.Places)
			continue
		}
		if p.Geo.Country != c.cc || p.Geo.Feature != c.feature || p.Geo.Precision != c.precision {
			t.Errorf("%q: %q → %+v, want %s %s p%d", c.text, c.place, p.Geo, c.cc, c.feature, c.precision)
		}
	}
}

// TestCapitalPhrase: "X's capital" is the capital city; the entity X keeps the country.
func TestCapitalPhrase(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct{ text, country, place, city, cc string }{
		{"Police in Georgia's capital used water cannon.", "Georgia", "Georgia's capital", "Tbilisi", "GE"},
		{"Thousands marched in Kenya’s capital on Tuesday.", "Kenya", "Kenya’s capital", "Nairobi", "KE"},
	} {
		a := resolveTagged(g, c.text, c.country)
		p := findPlace(a, c.place)
		if p == nil || p.Geo.Name != c.city || p.Geo.Country != c.cc || p.Geo.Feature != "city" {
			t.Errorf("%q: %+v, want %s", c.text, p, c.city)
		}
		if gp := a.Entities[0].Geo; gp == nil || gp.Feature != "country" {
			t.Errorf("%q: entity %s → %+v, want the country", c.text, c.country, gp)
		}
	}
	a := resolveTagged(g, "Georgia's capital region was flooded.", "Georgia")
	if p := findPlace(a, "Georgia"); p == nil || p.Geo.Feature != "country" {
		t.Errorf("capital region: %+v", a.Places)
	}
}
