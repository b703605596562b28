package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestContainerPhrases: names the gazetteer lacks, placed by the container the sentence states
// (sentences written for the test; the names are invented or missing from cities15000).
func TestContainerPhrases(t *testing.T) {
	checkGeoCases(t, []geoCase{
		{about: "X, a town N km north of Y: near Y, precision 2", text: "Bandits killed nine people in Shingiri, a town 40 km north of Gusau, on Sunday.",
			tagged: []string{"Shingiri", "Gusau"}, name: "Shingiri", cc: "NG", feature: "other", precision: 2, approx: true},
		{about: "X, N kilometers (M miles) north of Y", text: "Residents protested in Yankara, 15 kilometers (nine miles) north of Tikrit, on Friday.",
			tagged: []string{"Yankara", "Tikrit"}, name: "Yankara", cc: "IQ", precision: 2, approx: true},
		{about: "the X neighbourhood of Y", text: "A car bomb exploded in the Hay Rumfa neighbourhood of Baghdad, police said.",
			tagged: []string{"Hay Rumfa", "Baghdad"}, name: "Hay Rumfa", cc: "IQ", precision: 2, approx: true},
		{about: "X district of Y province", text: "Clashes broke out in Mabrouka district of Hasakah province overnight.",
			tagged: []string{"Mabrouka", "Hasakah"}, name: "Mabrouka", cc: "SY", precision: 3, approx: true},
		{about: "in X, near Y", text: "Two shepherds were wounded in Kfar Moukhtar, near Nabatieh, the army said.",
			tagged: []string{"Kfar Moukhtar", "Nabatieh"}, name: "Kfar Moukhtar", cc: "LB", precision: 2, approx: true},
		{about: "X village in Y LGA of Z State (a chain)", text: "Gunmen attacked Kabusa village in Bakassi Local Government Area of Cross River State.",
			tagged: []string{"Kabusa", "Bakassi", "Cross River State"}, name: "Kabusa", cc: "NG", approx: true},
		{about: "the village of X in the Y district of Z (unknown Y placed in Z first)", text: "Troops raided the village of Sahrawiya in the Wadi Rumfa district of Kano State.",
			tagged: []string{"Sahrawiya", "Wadi Rumfa", "Kano State"}, name: "Sahrawiya", cc: "NG", precision: 3, admin1: "Kano", approx: true},
		{about: "X, central Y (a direction word after the comma is no list)", text: "A bomb went off at a police station in Sirimawatte, central Colombo, on Monday.", // (session 18: an invented suburb; Wellawatte is now known)
			tagged: []string{"Sirimawatte", "Colombo"}, name: "Sirimawatte", cc: "LK", precision: 2, approx: true},
		{about: "X near Y", text: "Fighters ambushed a patrol near Kabusa near Maiduguri.",
			tagged: []string{"Kabusa", "Maiduguri"}, name: "Kabusa", cc: "NG", precision: 2, approx: true},
		{about: "X and Y is no containment", text: "Gunmen attacked Kabusa and Maiduguri on Monday.",
			tagged: []string{"Kabusa", "Maiduguri"}, name: "Kabusa", cc: ""},
		{about: "X, where Y is no containment (only the document's country)", text: "He lived in Kabusa, where Maiduguri traders come.",
			tagged: []string{"Kabusa", "Maiduguri"}, name: "Kabusa", cc: "NG", precision: 3},
		{about: "X from Y (no distance) is no containment", text: "Fighters moved Kabusa from Maiduguri.",
			tagged: []string{"Kabusa", "Maiduguri"}, name: "Kabusa", cc: ""},
		{about: "X, a village in Y region N km south of the port city of Z: near Z", text: "Troops entered Kabusa, a small farming village in the Borno region about 60 kilometres (37 miles) south of the city of Maiduguri, on Tuesday.",
			tagged: []string{"Kabusa", "Borno", "Maiduguri"}, name: "Kabusa", cc: "NG", precision: 2, approx: true},
		{about: "an unknown village listed with a town of the story's country", text: "Syrian troops shelled rebel positions in Idlib province. Fighting raged between Saraqib and Kabusa on Monday.",
			tagged: []string{"Kabusa", "Saraqib", "Idlib"}, name: "Kabusa", cc: "SY", precision: 3, approx: true},
		{about: "a lone namesake abroad is no list partner", text: "Rockets hit the Meridian and Kabusa neighbourhoods.",
			tagged: []string{"Kabusa", "Meridian"}, name: "Kabusa", cc: ""},
		{about: "the capital's suburb of X in a story about one country", text: "Iraqi police said gunmen killed two officers in Basra. Iraqi troops deployed in Mosul. A bomb ripped through a market in the capital's northeastern suburb of Kabusa on Monday.",
			tagged: []string{"Kabusa"}, name: "Kabusa", cc: "IQ", precision: 2, admin1: "Baghdad", approx: true},
		{about: "X, southwest of the capital, in a story about one country", text: "Iraqi police said gunmen killed two officers in Basra. Iraqi troops deployed in Mosul. In the restive area of Kabusa, southwest of the capital, a car bomb killed four.",
			tagged: []string{"Kabusa"}, name: "Kabusa", cc: "IQ", precision: 2, approx: true},
		{about: "a resort of a region", text: "Militants bombed the Sinai resorts of Nuweiba and Sharm, officials said.",
			tagged: []string{"Nuweiba", "Sinai"}, name: "Nuweiba", cc: "EG", precision: 1}, // session 6: in supplement-places.tsv
	})
}

// TestDistanceOffset: "40 km north of Y" moves Y's point 40 km north.
func TestDistanceOffset(t *testing.T) {
	g := mustDefault(t)
	a := resolveTagged(g, "Bandits killed nine people in Shingiri, a town 40 km north of Gusau, on Sunday.", "Shingiri", "Gusau")
	var sh, gu *model.Geo
	for i := range a.Entities {
		switch a.Entities[i].Text {
		case "Shingiri":
			sh = a.Entities[i].Geo
		case "Gusau":
			gu = a.Entities[i].Geo
		}
	}
	if sh == nil || gu == nil {
		t.Fatalf("unplaced: %v %v", sh, gu)
	}
	d := Distance(sh.Lat, sh.Lon, gu.Lat, gu.Lon)
	if d < 35 || d > 45 || sh.Lat <= gu.Lat {
		t.Errorf("Shingiri at %.3f,%.3f is %.1f km from Gusau %.3f,%.3f; want 40 km north", sh.Lat, sh.Lon, d, gu.Lat, gu.Lon)
	}
}

// TestDisputedConvention: disputed and special places follow one convention (README): GeoNames
// country codes; West Bank, Gaza and East Jerusalem PS; Jerusalem otherwise IL; Golan SY;
// Crimea UA; Western Sahara EH; Nagorno-Karabakh AZ; Kashmir no country unless the text gives
// one ("Indian-administered Kashmir" IN, "Pakistani Kashmir" PK).
func TestDisputedConvention(t *testing.T) {
	checkGeoCases(t, []geoCase{
		{about: "Gaza", text: "Air strikes hit Gaza overnight.", tagged: []string{"Gaza"}, name: "Gaza", cc: "PS"},
		{about: "West Bank", text: "Settlers attacked a village in the West Bank.", tagged: []string{"West Bank"}, name: "West Bank", cc: "PS"},
		{about: "Hebron", text: "Soldiers shot a man in Hebron.", tagged: []string{"Hebron"}, name: "Hebron", cc: "PS"},
		{about: "Jerusalem", text: "A man was stabbed in Jerusalem on Friday.", tagged: []string{"Jerusalem"}, name: "Jerusalem", cc: "IL"},
		{about: "east Jerusalem (only Jerusalem tagged)", text: "Police raided homes in east Jerusalem on Friday.", tagged: []string{"Jerusalem"}, name: "Jerusalem", cc: "PS"},
		{about: "Sheikh Jarrah lies in East Jerusalem", text: "Police evicted families in Sheikh Jarrah.", tagged: []string{"Sheikh Jarrah"}, name: "Sheikh Jarrah", cc: "PS"},
		{about: "Golan Heights", text: "Rockets fell on the Golan Heights.", tagged: []string{"Golan Heights"}, name: "Golan Heights", cc: "SY"},
		{about: "Crimea", text: "Drones struck a base in Crimea.", tagged: []string{"Crimea"}, name: "Crimea", cc: "UA"},
		{about: "Sevastopol", text: "Explosions were heard in Sevastopol.", tagged: []string{"Sevastopol"}, name: "Sevastopol", cc: "UA"},
		{about: "Western Sahara", text: "Polisario fighters attacked a post in Western Sahara.", tagged: []string{"Western Sahara"}, name: "Western Sahara", cc: "EH"},
		{about: "Nagorno-Karabakh", text: "Shelling was reported in Nagorno-Karabakh.", tagged: []string{"Nagorno-Karabakh"}, name: "Nagorno-Karabakh", cc: "AZ"},
		{about: "Kashmir alone has no country", text: "Militants attacked a convoy in Kashmir.", tagged: []string{"Kashmir"}, name: "Kashmir", cc: "-"},
		{about: "Indian-administered Kashmir", text: "Militants attacked a convoy in Indian-administered Kashmir.", tagged: []string{"Kashmir"}, name: "Kashmir", cc: "IN"},
		{about: "Pakistan-held Kashmir", text: "Troops shelled villages in Pakistan-held Kashmir.", tagged: []string{"Kashmir"}, name: "Kashmir", cc: "PK"},
		{about: "Pakistani Kashmir", text: "An earthquake struck Pakistani Kashmir.", tagged: []string{"Kashmir"}, name: "Kashmir", cc: "PK"},
		{about: "Kashmir in a story about India", text: "Indian police said militants attacked a bus near Anantnag. India blamed a militant group. Clashes continued in south Kashmir on Monday.", tagged: []string{"Kashmir"}, name: "Kashmir", cc: "IN"},
		{about: "Kashmir between India and Pakistan has no country", text: "India and Pakistan traded fire across Kashmir.", tagged: []string{"Kashmir", "India", "Pakistan"}, name: "Kashmir", cc: "-"},
		{about: "India's portion of Kashmir", text: "Troops patrolled the main city in India's portion of Kashmir.", tagged: []string{"Kashmir", "India"}, name: "Kashmir", cc: "IN"},
	})
}

// TestArticleVariant: glued articles are split off; other words are left alone.
func TestArticleVariant(t *testing.T) {
	for in, want := range map[string]string{
		"Deir Ezzor": "Deir Ez-zor", "Alhoula": "Al-houla", "Arrastan": "Ar-rastan",
		"Aleppo": "", "Albania": "Al-bania", "Ezra": "", "Elgin": "",
	} {
		got, ok := articleVariant(in)
		if want == "" && ok || want != "" && (!ok || got != want) {
			t.Errorf("articleVariant(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func FuzzArticleVariant(f *testing.F) {
	for _, s := range []string{"Deir Ezzor", "Alhoula", "Ezz", "Al-", "Éllo Assad-Ezzor"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := articleVariant(s)
		if !ok && v != s {
			t.Fatalf("unchanged %q came back as %q", s, v)
		}
		if ok && len(v) <= len(s) {
			t.Fatalf("variant %q of %q is not longer", v, s)
		}
	})
}
