package geo

import "testing"

// TestNewsTownsAndNames: towns under cities15000's threshold that conflict news names often
// (the supplement's "town" entries), towns the news means by their name ("prominent"), a town's
// own name against another town's alternate name, alternate names shared by big towns of
// several countries, "St." for "Saint" and names ending in "'s" that the tagger splits.
func TestNewsTownsAndNames(t *testing.T) {
	checkGeoCases(t, []geoCase{
		// supplement towns
		{about: "town", text: "Rockets hit Metula in northern Israel.", tagged: []string{"Metula", "Israel"}, name: "Metula", cc: "IL", feature: "city", precision: 1},
		{about: "town", text: "An Israeli drone struck a motorcycle in Bint Jbeil, the Lebanese health ministry said.", tagged: []string{"Bint Jbeil"}, name: "Bint Jbeil", cc: "LB", feature: "city"},
		{about: "town", text: "Shelling hit Khiam and Kfar Kila overnight.", tagged: []string{"Khiam", "Kfar Kila"}, name: "Kfar Kila", cc: "LB", feature: "city"},
		{about: "town", text: "Turkish-backed fighters advanced on Tal Abyad.", tagged: []string{"Tal Abyad"}, name: "Tal Abyad", cc: "SY", feature: "city"},
		{about: "town", text: "Troops raided the Jenin refugee camp at dawn.", tagged: []string{"Jenin refugee camp"}, name: "Jenin refugee camp", cc: "PS", feature: "city"},
		// prominent: Bethlehem is the West Bank town, not Belém (alternate name "Bethlehem")
		{about: "prominent", text: "Pilgrims gathered in Bethlehem on Christmas Eve.", tagged: []string{"Bethlehem"}, name: "Bethlehem", cc: "PS", feature: "city"},
		{about: "prominent", text: "Officials in Bethlehem, Pennsylvania, said the plant would close.", tagged: []string{"Bethlehem", "Pennsylvania"}, name: "Bethlehem", cc: "US"},
		// a town's own name beats another town of its country known so only as an alternate
		{about: "own name", text: "Blockaders stopped trucks near Moreh in Manipur, India.", tagged: []string{"Moreh", "Manipur", "India"}, name: "Moreh", cc: "IN", admin1: "Manipur"},
		// an alternate name of big towns in several countries, with no support: no guess
		{about: "exonym toss", text: "Fighters attacked Kassa on Monday.", tagged: []string{"Kassa"}, name: "Kassa", cc: ""},
		{about: "exonym kept", text: "Protesters gathered in Geneva on Monday.", tagged: []string{"Geneva"}, name: "Geneva", cc: "CH"},
		// "St." is "Saint"; the tagger leaves out the "'s"
		{about: "saint", text: "Troops patrolled the streets of St. George's, the capital, after the looting.", tagged: []string{"St. George"}, name: "St. George", cc: "GD"},
		{about: "saint", text: "Protesters marched in St. George's, the capital of Grenada.", tagged: []string{"St. George's", "Grenada"}, name: "St. George's", cc: "GD"},
		{about: "possessive", text: "Israel's army said rockets hit Haifa.", tagged: []string{"Israel", "Haifa"}, name: "Israel", cc: "IL", feature: "country"},
	})
}

// TestDisplayNames: the common English name where GeoNames' own one is unfamiliar.
func TestDisplayNames(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct{ text, name, want, admin1 string }{
		{"An Israeli strike hit a car in Nabatieh.", "Nabatieh", "Nabatieh", "Nabatieh Governorate"},
		{"Israeli jets struck a building in Khiam.", "Khiam", "Khiam", "Nabatieh Governorate"},
	} {
		a := resolveTagged(g, c.text, c.name)
		gs := entityGeos(a, c.name)
		if len(gs) == 0 || gs[0] == nil || gs[0].Name != c.want || gs[0].Admin1 != c.admin1 {
			t.Errorf("%q: %+v, want %s in %s", c.text, gs, c.want, c.admin1)
		}
	}
}
