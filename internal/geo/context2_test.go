package geo

import "testing"

// TestAudit2Classes: the error classes found in the second hand audit (event-location
// sentences), each with a sentence written for the test.
func TestAudit2Classes(t *testing.T) {
	checkGeoCases(t, []geoCase{
		// A country's own name never loses to another place's alternate name.
		{about: "Iraq beside Iran is the country, not Arāk (alt. name Irak)", text: "Sailors were seized in waters contested by Iran and Iraq.",
			tagged: []string{"Iran", "Iraq"}, name: "Iraq", cc: "IQ", feature: "country"},
		// "X village", "the village of X": no city of 100,000.
		{about: "X village (east of Y) is no big city abroad", text: "Syrian Arab Army troops stormed ‘Arak village east of Homs on Monday.",
			tagged: []string{"‘Arak", "Homs"}, name: "‘Arak", cc: "SY", precision: 2, approx: true},
		{about: "the village of X is no big city", text: "Gunmen attacked the village of Kassala, residents said.",
			tagged: []string{"Kassala"}, name: "Kassala", cc: ""},
		// "the region of X", "the province of X": a division, not a town abroad.
		{about: "the southern region of Pool is no English town but the Congolese region", text: "The general was captured in the southern region of Pool last week.",
			tagged: []string{"Pool"}, name: "Pool", cc: "CG", feature: "admin1", precision: 3},
		{about: "the province of X keeps a division", text: "In the province of Aleppo, gunmen shelled two villages.",
			tagged: []string{"Aleppo"}, name: "Aleppo", cc: "SY", feature: "admin1"},
		// Facilities and parts named after a known place.
		{about: "X City is the city", text: "Government troops advanced in the northern districts of Aleppo City on Monday.",
			tagged: []string{"Aleppo City"}, name: "Aleppo City", cc: "SY", feature: "city", precision: 1},
		{about: "a power plant named after its city", text: "Syrian troops stormed the Aleppo Thermal Power Plant from two flanks.",
			tagged: []string{"Aleppo Thermal Power Plant"}, name: "Aleppo Thermal Power Plant", cc: "SY", feature: "other", precision: 2},
		{about: "the X-Y road lies at X", text: "Fighters shot at vehicles on the Aleppo-Khanasser road.",
			tagged: []string{"Aleppo-Khanasser"}, name: "Aleppo-Khanasser", cc: "SY", feature: "city", precision: 1}, // rule 39: the road's two towns (the entity keeps the first)
		{about: "a facility named after a small town abroad stays unplaced in another country's story", text: "The Syrian Armed Forces recaptured the Badiyah Cement Factory from ISIS, Syrian media said.",
			tagged: []string{"Badiyah Cement Factory"}, name: "Badiyah Cement Factory", cc: "SY", precision: 3},
		// Containment: "X, in the southeastern province of Y".
		{about: "X, in the northern province of Y", text: "A helicopter crashed in Kafr Tiyara, in the northern province of Idlib.",
			tagged: []string{"Kafr Tiyara", "Idlib"}, name: "Kafr Tiyara", cc: "SY", feature: "other", precision: 3, admin1: "Idlib", approx: true},
		// Unknown names in a document that leads with one country: that country, precision 3.
		{about: "a village in a Syrian Arab Army story", text: "The Syrian Arab Army captured Tal Ayyoub after a week of fighting.",
			tagged: []string{"Tal Ayyoub"}, name: "Tal Ayyoub", cc: "SY", feature: "other", precision: 3},
		{about: "a list after \"the settlements of\"", text: "In the province of Aleppo, gunmen shelled the settlements of Ansar and Shufra.",
			tagged: []string{"Aleppo", "Ansar", "Shufra"}, name: "Shufra", cc: "SY", feature: "other", precision: 3},
		{about: "foreign forces are no evidence of the place's country", text: "U.S. forces destroyed a helicopter that crashed in Orgun on Tuesday.",
			tagged: []string{"U.S.", "Orgun"}, name: "Orgun", cc: "AF"}, // session 6: Orgun (Urgun, Paktika) is in supplement-places.tsv
		{about: "one foreign army word is not enough", text: "Rebels captured Ouanda Djallé after French forces withdrew.",
			tagged: []string{"Ouanda Djallé"}, name: "Ouanda Djallé", cc: ""},
		{about: "a people is no place", text: "Congolese militias from the Hema community clashed with CODECO in Ituri, Congo.",
			tagged: []string{"Hema", "Ituri", "Congo"}, name: "Hema", cc: ""},
		{about: "an unknown name outside a locative phrase stays unplaced", text: "Congolese troops in Ituri said Ollie had left Bunia for Goma in Congo.",
			tagged: []string{"Ollie", "Ituri", "Bunia", "Goma", "Congo"}, name: "Ollie", cc: ""},
		// Landmarks.
		{about: "the White House is in Washington, not Casablanca", text: "Guards patrolled outside the White House on Sunday.",
			tagged: []string{"White House"}, name: "White House", cc: "US"},
	})
}
