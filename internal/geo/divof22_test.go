package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestNationDivisionOf22 checks rule 78: "the American state of Georgia" in a story about the
// country Georgia is the US state, while "the former Soviet republic of Georgia" (no division
// noun) stays the country. Texts written for the test.
func TestNationDivisionOf22(t *testing.T) {
	g := mustDefault(t)
	lead := "TBILISI, Georgia (AP) — The economy ministry said on Tuesday that an offer for the port of Anaklia was rejected. "
	leadNames := []labelled{{"TBILISI", model.GPE}, {"Georgia", model.GPE}, {"Anaklia", model.GPE}}
	checkPlaceCases(t, g, []placeCase{
		{about: "a US state in a story of the country", text: lead + "The bid came from investors in Savannah, the port city in the American state of Georgia.",
			names: append(leadNames, labelled{"Savannah", model.GPE}, labelled{"Georgia", model.GPE}),
			name:  "Georgia", cc: "US", feature: "admin1"},
		{about: "a republic is no division", text: lead + "Officials of the former Soviet republic of Georgia welcomed the decision.",
			names: append(leadNames, labelled{"Georgia", model.GPE}),
			name:  "Georgia", cc: "GE", feature: "country"},
	})
}

// TestBareDivisions22 checks rule 79: bare "Quebec" is the province and bare "Oklahoma" the
// state, while "Quebec City", "Oklahoma City" and a "QUEBEC (AP) —" dateline are the cities.
// Texts written for the test.
func TestBareDivisions22(t *testing.T) {
	g := mustDefault(t)
	nb := "CAMPBELLTON, N.B. — Patients from Listuguj cross the bridge to the hospital every day. "
	nbNames := []labelled{{"CAMPBELLTON", model.GPE}, {"N.B.", model.GPE}, {"Listuguj", model.GPE}}
	checkPlaceCases(t, g, []placeCase{
		{about: "a list with a province", text: nb + "The minister called on Quebec and New Brunswick to work together.",
			names: append(nbNames, labelled{"Quebec", model.GPE}, labelled{"New Brunswick", model.GPE}),
			name:  "Quebec", cc: "CA", feature: "admin1", not: "Québec"},
		{about: "the city by its English name", text: nb + "Some patients are flown to Quebec City.",
			names: append(nbNames, labelled{"Quebec City", model.GPE}),
			name:  "Quebec City", cc: "CA", feature: "city", lat: 46.81, lon: -71.21},
		{about: "a state", text: "Tornadoes hit Moore and Norman on Monday night. Oklahoma officials said 12 people were hurt.",
			names: []labelled{{"Moore", model.GPE}, {"Norman", model.GPE}, {"Oklahoma", model.GPE}},
			name:  "Oklahoma", cc: "US", feature: "admin1"},
		{about: "the state's capital", text: "Tornadoes hit Moore and Norman on Monday night, and hail fell on Oklahoma City.",
			names: []labelled{{"Moore", model.GPE}, {"Norman", model.GPE}, {"Oklahoma City", model.GPE}},
			name:  "Oklahoma City", cc: "US", feature: "city"},
	})
	a := resolveLabelled(g, "QUEBEC (AP) — Police closed the old town's walls on Monday.", []labelled{{"QUEBEC", model.GPE}})
	if p := lastPlace(a, a.Doc.Text, "QUEBEC"); p == nil || p.Geo.Feature != "city" || Distance(p.Geo.Lat, p.Geo.Lon, 46.81, -71.21) > 30 {
		t.Errorf("QUEBEC dateline: %+v, want the city", p)
	}
}

// TestAdminListDivisions22 checks rule 80 and the plural "parishes of": in news briefs from
// several countries, "the eastern parishes of St Thomas and Portland" are both Jamaican
// parishes, Portland as its list mate St Thomas, not the city in Oregon. Text written for the
// test.
func TestAdminListDivisions22(t *testing.T) {
	g := mustDefault(t)
	text := "MANILA, Nov 26 (Reuters) - The Philippines accused Chinese coast guard ships of firing water cannon at a supply boat near Palawan. Manila summoned China's ambassador.\n\n" +
		"HANOI, Nov 26 (Reuters) - Vietnam closed Ha Long Bay to tourist boats as a typhoon bore down on Quang Ninh province.\n\n" +
		"KINGSTON, Jamaica, Nov 26 (Reuters) - Jamaica ordered the evacuation of coastal communities in the eastern parishes of St Thomas and Portland on Wednesday as a hurricane churned across the Caribbean Sea."
	names := []labelled{{"MANILA", model.GPE}, {"Philippines", model.GPE}, {"Palawan", model.GPE}, {"Manila", model.GPE}, {"China", model.GPE},
		{"HANOI", model.GPE}, {"Vietnam", model.GPE}, {"Ha Long Bay", model.LOC}, {"Quang Ninh", model.GPE},
		{"KINGSTON", model.GPE}, {"Jamaica", model.GPE}, {"Jamaica", model.GPE}, {"St Thomas", model.GPE}, {"Portland", model.GPE}, {"Caribbean Sea", model.LOC}}
	checkPlaceCases(t, g, []placeCase{
		{about: "a parish listed after a parish", text: text, names: names, name: "Portland", cc: "JM", feature: "admin1"},
		{about: "the first parish of the list", text: text, names: names, name: "St Thomas", cc: "JM", feature: "admin1"},
	})
}

// TestOrgDivision22 checks a division noun after an organisation-tagged name ("Haiti's rural
// [Centre]ORG department") and rule 81: the same name left bare and tagged as an organisation
// later in the story is that division again, unless an office follows it. Texts written for
// the test.
func TestOrgDivision22(t *testing.T) {
	g := mustDefault(t)
	lead := "PORT-AU-PRINCE, Haiti (AP) — Gangs that seized Mirebalais last year have pushed deeper into Haiti's rural Centre department, attacking Lascahobas. "
	names := []labelled{{"PORT-AU-PRINCE", model.GPE}, {"Haiti", model.GPE}, {"Mirebalais", model.GPE}, {"Haiti", model.GPE}, {"Centre", model.ORG}, {"Lascahobas", model.GPE}}
	checkPlaceCases(t, g, []placeCase{
		{about: "a department noun after the name", text: lead, names: names, name: "Centre", cc: "HT", feature: "admin1"},
		{about: "the bare name later", text: lead + "Their advance into the Centre threatens the main road.",
			names: append(names, labelled{"Centre", model.ORG}), name: "Centre", cc: "HT", feature: "admin1"},
	})
	text := lead + "The Centre administration said schools would close."
	a := resolveLabelled(g, text, append(names, labelled{"Centre", model.ORG}))
	last := -1
	for _, p := range a.Places {
		if text[p.Start:p.End] == "Centre" {
			last = p.Start
		}
	}
	if want := len(lead) + len("The "); last == want {
		t.Errorf("the Centre administration: placed, want the organisation's name")
	}
}

// TestCompassDivision22 checks rule 82: a compass adjective tagged as a nationality and
// followed by a division noun, or listed before a plural one, is the division of that name
// ("the Western and Sabaragamuwa provinces" of Sri Lanka, Zambia's "Western province"), while
// "Northern and Gulf states", "a Northern state" and "Western diplomats" name no place
// (though Sudan has a Northern state). Texts written for the test.
func TestCompassDivision22(t *testing.T) {
	g := mustDefault(t)
	lk := "COLOMBO (Reuters) - Floods hit Ratnapura and Kegalle. Schools in the Western and Sabaragamuwa provinces will remain closed today."
	sl := "FREETOWN (Reuters) - Floods hit Bo and Kenema in Sierra Leone. Schools in the Southern and Eastern provinces will remain closed today."
	checkPlaceCases(t, g, []placeCase{
		{about: "a list before a plural division noun", text: lk,
			names: []labelled{{"COLOMBO", model.GPE}, {"Ratnapura", model.GPE}, {"Kegalle", model.GPE}, {"Western", model.NORP}, {"Sabaragamuwa", model.GPE}},
			name:  "Western", cc: "LK", feature: "admin1"},
		{about: "a division noun after it", text: "LUSAKA (Reuters) - Floods hit Mongu in Zambia. Schools in the Western province will remain closed today.",
			names: []labelled{{"LUSAKA", model.GPE}, {"Mongu", model.GPE}, {"Zambia", model.GPE}, {"Western", model.NORP}},
			name:  "Western", cc: "ZM", feature: "admin1"},
		{about: "the last of two", text: sl,
			names: []labelled{{"FREETOWN", model.GPE}, {"Bo", model.GPE}, {"Kenema", model.GPE}, {"Sierra Leone", model.GPE}, {"Southern", model.NORP}, {"Eastern", model.NORP}},
			name:  "Eastern", cc: "SL", feature: "admin1"},
	})
	text := "Northern and Gulf states condemned the attack. A Northern state sued. Western diplomats left."
	a := resolveLabelled(g, text, []labelled{{"Northern", model.NORP}, {"Gulf", model.NORP}, {"Northern", model.NORP}, {"Western", model.NORP}})
	for _, p := range a.Places {
		if w := text[p.Start:p.End]; w == "Northern" || w == "Western" {
			t.Errorf("%q at %d placed at %+v", w, p.Start, p.Geo)
		}
	}
}

// TestGPEOfficeTail22 checks that an office the tagger took into a GPE entity ("[Sunflower
// County Coroner]GPE Marcus Hill") leaves the place before it, as officePlace does for
// organisation-tagged names. Text written for the test.
func TestGPEOfficeTail22(t *testing.T) {
	g := mustDefault(t)
	text := "PARCHMAN, Miss. (AP) — Two inmates died in the heat at the state penitentiary. Sunflower County Coroner Marcus Hill said both men had heart disease."
	a := resolveLabelled(g, text, []labelled{{"PARCHMAN", model.GPE}, {"Miss.", model.GPE}, {"Sunflower County Coroner", model.GPE}})
	p := lastPlace(a, text, "Sunflower County")
	if p == nil || p.Geo.Country != "US" || p.Geo.Feature != "admin2" || p.End-p.Start != len("Sunflower County") {
		t.Errorf("Sunflower County Coroner: %+v, want the county (admin2) without the office", p)
	}
}

// TestListMateSites22 checks rule 31 with islands and other sites: a Spanish town listed with
// a town of the story's Spain is the Spanish town, not the Solomon Islands' island of the same
// name (the island's large area outranks a village of 2,600 on its own). Text written for the
// test.
func TestListMateSites22(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a town listed with towns of the story's country", text: "SEVILLE, Spain (AP) — Wildfires in the Sierra Morena forced evacuations on Tuesday in Guadalcanal and Cazalla de la Sierra, officials in Seville said.",
			names: []labelled{{"SEVILLE", model.GPE}, {"Spain", model.GPE}, {"Sierra Morena", model.LOC}, {"Guadalcanal", model.GPE}, {"Cazalla de la Sierra", model.GPE}, {"Seville", model.GPE}},
			name:  "Guadalcanal", cc: "ES", lat: 38.09, lon: -5.82},
	})
}

// TestTaggedDatelineUnknown22 checks that a dateline name the tagger tagged and the gazetteer
// lacks ("PALLEKELE, Sri Lanka —") is placed in the dateline's country, and so is the name's
// later mention. Text written for the test.
func TestTaggedDatelineUnknown22(t *testing.T) {
	g := mustDefault(t)
	text := "PALLEKELE, Sri Lanka — Afghanistan beat Sri Lanka by 87 runs in the first one-day international at Pallekele on Wednesday."
	a := resolveLabelled(g, text, []labelled{{"PALLEKELE", model.GPE}, {"Sri Lanka", model.GPE}, {"Afghanistan", model.GPE}, {"Sri Lanka", model.GPE}, {"Pallekele", model.GPE}})
	for _, name := range []string{"PALLEKELE", "Pallekele"} {
		if p := lastPlace(a, text, name); p == nil || p.Geo.Country != "LK" {
			t.Errorf("%s: %+v, want a place in Sri Lanka", name, p)
		}
	}
}

// TestCommaClause22 checks that "X, Y" followed by a verb is no containment when no reading of
// X lies in Y ("around Kandy, Afghanistan recovered": the team, not Kandy's country), and still
// is when one does ("Police in Kandy, Sri Lanka arrested"). Texts written for the test.
func TestCommaClause22(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a clause after the comma", text: "After overnight rain in the hills around Kandy, Afghanistan recovered from a wobbly start to beat Sri Lanka.",
			names: []labelled{{"Kandy", model.GPE}, {"Afghanistan", model.GPE}, {"Sri Lanka", model.GPE}},
			name:  "Kandy", cc: "LK", lat: 7.29, lon: 80.63},
		{about: "a container before the verb", text: "Police in Kandy, Sri Lanka arrested two men on Monday.",
			names: []labelled{{"Kandy", model.GPE}, {"Sri Lanka", model.GPE}},
			name:  "Kandy", cc: "LK", lat: 7.29, lon: 80.63},
	})
}

// TestLocalOverForeignSite22 checks rule 83: in a Peruvian mining story, "Islay" is the
// province of Arequipa, not the Scottish island; "the Andes" of a Colombian story stays the
// range, not the Antioquian town of Andes. Texts written for the test.
func TestLocalOverForeignSite22(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a foreign island against a local province", text: "AREQUIPA, Peru (Reuters) - Southern Copper said on Monday its Tia Maria mine near Cocachacra in Arequipa would start production next year. The company said the project had created more than 3,500 jobs in Islay during construction.",
			names: []labelled{{"AREQUIPA", model.GPE}, {"Peru", model.GPE}, {"Cocachacra", model.GPE}, {"Arequipa", model.GPE}, {"Islay", model.GPE}},
			name:  "Islay", cc: "PE"},
		{about: "a range with its article", text: "MEDELLIN, Colombia (AP) — Coca growers in Antioquia and Cauca said on Monday that rebels operating along the western slopes of the Andes had ordered them to stop selling to the army.",
			names: []labelled{{"MEDELLIN", model.GPE}, {"Colombia", model.GPE}, {"Antioquia", model.GPE}, {"Cauca", model.GPE}, {"Andes", model.LOC}},
			name:  "Andes", feature: "other"},
	})
}

// TestTheFeature22 checks the other half of rule 83: after "the", a name read as a town of the
// story's country is the river or feature of its own name ("drones cross the Dnipro"), unless
// it qualifies the next word ("the Los Angeles area"). Texts written for the test.
func TestTheFeature22(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a river after the", text: "KHERSON, Ukraine (AP) — Residents of Kherson said Russian drones cross the Dnipro from the occupied left bank every morning, and shelling hit Bilozerka.",
			names: []labelled{{"KHERSON", model.GPE}, {"Ukraine", model.GPE}, {"Kherson", model.GPE}, {"Dnipro", model.LOC}, {"Bilozerka", model.GPE}},
			name:  "Dnipro", cc: "UA", feature: "other"},
		{about: "a town qualifying a place noun", text: "LOS ANGELES (AP) — Wildfires forced evacuations in Pasadena and Altadena on Tuesday, and schools across the Los Angeles area closed, officials in Sacramento said.",
			names: []labelled{{"LOS ANGELES", model.GPE}, {"Pasadena", model.GPE}, {"Altadena", model.GPE}, {"Los Angeles", model.GPE}, {"Sacramento", model.GPE}},
			name:  "Los Angeles", cc: "US", feature: "city"},
	})
}

// TestRegionSector22 checks that the sector of a region ("the western Catskills") is computed
// from the cities in the region's box, not from all of its country's (which put it in Kansas).
// Text written for the test.
func TestRegionSector22(t *testing.T) {
	g := mustDefault(t)
	text := "Between four and six inches of rain fell across the western Catskills on Sunday, the National Weather Service said."
	a := resolveLabelled(g, text, []labelled{{"Catskills", model.LOC}})
	p := lastPlace(a, text, "Catskills")
	if p == nil || Distance(p.Geo.Lat, p.Geo.Lon, 42.1, -74.4) > 150 {
		t.Errorf("western Catskills: %+v, want near (42.1, -74.4)", p)
	}
}

// TestSideAfter22 checks that a border site followed by "on the <Demonym> side" takes that
// country ("the Rafah crossing, on the Egyptian side of the border"). Text written for the
// test.
func TestSideAfter22(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "the side the text names", text: "Trucks carrying medicine were waiting at the Rafah crossing, on the Egyptian side of the border, officials in Cairo said. Gaza has been under siege for months.",
			names: []labelled{{"Rafah", model.GPE}, {"Cairo", model.GPE}, {"Gaza", model.GPE}},
			name:  "Rafah", cc: "EG"},
	})
}
