package geo

import "testing"

// TestSiteInOneTown14: a site the text gives no container lies in the one town its sentence
// names, and a town named twice (the dateline the tagger found, then "Georgia's capital") is
// still one town, and a sentence that names no place puts it in the dateline's town whether
// the tagger or the dateline reader found that town (session 14: the retrained tagger tags
// datelines itself).
func TestSiteInOneTown14(t *testing.T) {
	checkGeoCases(t, []geoCase{
		{about: "dateline and capital phrase are one town",
			text:   "TBILISI (AP) — Police in Georgia's capital used water cannon to clear protesters who had blocked Zedazeni Avenue outside parliament.",
			tagged: []string{"TBILISI", "Georgia", "Zedazeni Avenue"}, name: "Zedazeni Avenue", cc: "GE", feature: "city", precision: 2},
		{about: "a sentence with no place: the dateline's town, tagged by the tagger",
			text:   "NAIROBI, Kenya (AP) — Police fired tear gas at protesters.\n\nPolice arrested 47 people, accusing them of looting shops along Moi Avenue during the march.",
			tagged: []string{"NAIROBI", "Kenya", "Moi Avenue"}, name: "Moi Avenue", cc: "KE", feature: "city", precision: 2},
		{about: "two towns in the sentence: no container",
			text:   "Protesters marched from Batumi to Kutaisi and blocked Zedazeni Avenue on the way.",
			tagged: []string{"Batumi", "Kutaisi", "Zedazeni Avenue"}, name: "Zedazeni Avenue", cc: "GE", precision: 3},
	})
}
