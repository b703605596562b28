package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRoundSevenPlaces: session 8, round 7 (README rule 14; classes of the whole-article sets
// toponym-articles-dev3/dev4 and the agency datelines of general news; every text written for
// the purpose, the village, lake and river names invented or missing from the gazetteer).
func TestRoundSevenPlaces(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// (1) a place-tagged name no rule placed lies in its sentence's or document's country
		{about: "residents of an unknown village in a one-country story",
			text:  "Floods swept through Peru's Cusco region on Monday. Officials in Cusco said residents of Huaroquepampa had lost their crops, and Peru sent aid.",
			names: []labelled{{"Peru", model.GPE}, {"Cusco", model.GPE}, {"Cusco", model.GPE}, {"Huaroquepampa", model.GPE}, {"Peru", model.GPE}},
			name:  "Huaroquepampa", cc: "PE"},
		{about: "an unknown lake beside a town of the story's country",
			text:  "Kenya's Kisumu county was hit by floods. Boats sank on Lake Ndiwanga near Kisumu, officials in Kenya said.",
			names: []labelled{{"Kenya", model.GPE}, {"Kisumu", model.GPE}, {"Lake Ndiwanga", model.LOC}, {"Kisumu", model.GPE}, {"Kenya", model.GPE}},
			name:  "Lake Ndiwanga", cc: "KE"},
		{about: "the sentence's one country outranks the story's lead",
			text:  "Serbia braced for floods as rivers rose across Serbia and Bosnia. In Montenegro, rain swelled the Zarvica river near Podgorica.",
			names: []labelled{{"Serbia", model.GPE}, {"Serbia", model.GPE}, {"Bosnia", model.GPE}, {"Montenegro", model.GPE}, {"Zarvica", model.GPE}, {"Podgorica", model.GPE}},
			name:  "Zarvica", cc: "ME"},
		{about: "no lead: the sentence's nationality word",
			text:  "Honduras and Guatemala traded blame over the caravan. Some 200 migrants were detained at a checkpoint in Las Cruzitas, Guatemalan officials said.",
			names: []labelled{{"Honduras", model.GPE}, {"Guatemala", model.GPE}, {"Las Cruzitas", model.GPE}, {"Guatemalan", model.NORP}},
			name:  "Las Cruzitas", cc: "GT"},
		// (2) "capital X" and coordination with a tagged town are place frames
		{about: "capital X (an alternate name too)",
			text:  "Protests spread in Xinjiang, whose capital Urumqi lies north of the Tian Shan, on Friday.",
			names: []labelled{{"Xinjiang", model.GPE}, {"Urumqi", model.ORG}},
			name:  "Urumqi", cc: "CN", feature: "city"},
		{about: "a town tagged as an organisation coordinated with a tagged town",
			text:  "The authorities of the Federation said Tuzla and Zenica had also been hit by the floods.",
			names: []labelled{{"Federation", model.ORG}, {"Tuzla", model.ORG}, {"Zenica", model.GPE}},
			name:  "Tuzla", cc: "BA"},
		// (3) agency abbreviations of states and provinces; "Town, State"
		{about: "a dateline's abbreviated state",
			text:  "SELMA, Ala. — A tornado tore through the downtown of the city on Thursday.",
			names: []labelled{{"SELMA", model.GPE}},
			name:  "Ala.", cc: "US", feature: "admin1"},
		{about: "Town, Abbr. in the body: not the namesake in another state",
			text:  "Damage was also reported in Marshfield, Mo., where a school lost its roof.",
			names: []labelled{{"Marshfield", model.GPE}},
			name:  "Marshfield", cc: "US", lat: 38.5, lon: -92.2},
		{about: "Town, State, then no list: the state contains the town",
			text:  "Damage was also reported in Marshfield, Missouri, on Tuesday.",
			names: []labelled{{"Marshfield", model.GPE}, {"Missouri", model.GPE}},
			name:  "Marshfield", cc: "US", lat: 38.5, lon: -92.2},
		{about: "a list of a town and divisions is no containment",
			text:  "Fighting raged in Mosul, Anbar and Salahuddin.",
			names: []labelled{{"Mosul", model.GPE}, {"Anbar", model.GPE}, {"Salahuddin", model.GPE}},
			name:  "Mosul", cc: "IQ", feature: "city", lat: 36.3, lon: 43.1},
		{about: "the body's bare name is the dateline's town",
			text:  "PARIS, Texas (AP) — A chase that began in Paris ended near the Oklahoma line.",
			names: []labelled{{"PARIS", model.GPE}, {"Texas", model.GPE}, {"Paris", model.GPE}, {"Oklahoma", model.GPE}},
			name:  "Paris", cc: "US"},
		{about: "a lake in the dateline's sentence lies at the town, not at the province's point",
			text:  "WEST KELOWNA, B.C. (CP) — Embers crossed Kalamalka Lake near West Kelowna overnight.",
			names: []labelled{{"WEST KELOWNA", model.GPE}, {"B.C.", model.ORG}, {"Kalamalka Lake", model.LOC}, {"West Kelowna", model.GPE}},
			name:  "Kalamalka Lake", cc: "CA", lat: 49.9, lon: -119.6},
		// (5) untagged unknown names in strong place frames; a suburb lies by its city
		{about: "the capital's X district, untagged",
			text:  "Protests spread across Kenya on Tuesday. In the capital's Kawangware district, youths burned tyres and Kenya's police fired tear gas.",
			names: []labelled{{"Kenya", model.GPE}, {"Kenya", model.GPE}},
			name:  "Kawangware", cc: "KE", lat: -1.29, lon: 36.82},
		{about: "residents of X, untagged",
			text:  "Floods hit Malawi's Chikwawa district on Monday. Residents of Ngabu Msunduzi said the water rose overnight, and Malawi asked for help.",
			names: []labelled{{"Malawi", model.GPE}, {"Chikwawa", model.GPE}, {"Malawi", model.GPE}},
			name:  "Ngabu Msunduzi", cc: "MW"},
		{about: "the port of X, tagged as a person",
			text:  "Typhoon winds sank boats in the port of Tho Quang, officials said, as Vietnam counted the damage in Vietnam's Quang Ngai province.",
			names: []labelled{{"Tho Quang", model.PERSON}, {"Vietnam", model.GPE}, {"Vietnam", model.GPE}, {"Quang Ngai", model.GPE}},
			name:  "Tho Quang", cc: "VN"},
		{about: "the northern suburb of X lies by the city, not in the country's north",
			text:  "Police fired tear gas at protesters in Nairobi, Kenya's capital, on Tuesday. Residents of the northern suburb of Kiambuni reported gunfire in Nairobi.",
			names: []labelled{{"Nairobi", model.GPE}, {"Kenya", model.GPE}, {"Kiambuni", model.GPE}, {"Nairobi", model.GPE}},
			name:  "Kiambuni", cc: "KE", lat: -1.29, lon: 36.82},
		// (4) a name before "port"
		{about: "a person-tagged name before port",
			text:  "Floods hit Vietnam's Quang Ninh province. Cargo was shipped from Cai Lan port on a navy vessel, Vietnamese officials said.",
			names: []labelled{{"Vietnam", model.GPE}, {"Quang Ninh", model.GPE}, {"Cai Lan", model.PERSON}},
			name:  "Cai Lan", cc: "VN"},
	})
	// names that must stay unplaced
	for _, c := range []struct {
		about, text string
		names       []labelled
		name        string
	}{
		{"a subject before a verb is no place", "Congo's army said Mbusa had left Goma for Kinshasa on Monday.",
			[]labelled{{"Congo", model.GPE}, {"Mbusa", model.GPE}, {"Goma", model.GPE}, {"Kinshasa", model.GPE}}, "Mbusa"},
		{"a people before a people noun", "Quechua farmers blocked roads in Peru's Puno region, and Peru sent police.",
			[]labelled{{"Quechua", model.GPE}, {"Peru", model.GPE}, {"Puno", model.GPE}, {"Peru", model.GPE}}, "Quechua"},
		{"a sports club", "Blackwood Rovers beat Eastport City 2-1 in England on Saturday, and England's fans cheered.",
			[]labelled{{"Blackwood Rovers", model.ORG}, {"Eastport City", model.GPE}, {"England", model.GPE}, {"England", model.GPE}}, "Eastport City"},
		{"a nationality before port", "Lithium is shipped from the Chilean port of Antofagasta.",
			[]labelled{{"Antofagasta", model.GPE}}, "Chilean"},
		{"a person tagged as a place after 'custody of'", "Protests in Tehran followed the death in custody of Leila Tavani, and Iran's police denied it.",
			[]labelled{{"Tehran", model.GPE}, {"Leila Tavani", model.GPE}, {"Iran", model.GPE}}, "Leila Tavani"},
		{"a possessive: a person", "Iran's courts tried one of Gholam Reza's sons in Tehran.",
			[]labelled{{"Iran", model.GPE}, {"Gholam Reza", model.GPE}, {"Tehran", model.GPE}}, "Gholam Reza"},
		{"a capitalised name after 'custody of' is no untagged place", "Protests followed the death in custody of Leila Tavani in Tehran, and Iran's police denied it.",
			[]labelled{{"Tehran", model.GPE}, {"Iran", model.GPE}}, "Leila Tavani"},
	} {
		a := resolveLabelled(g, c.text, c.names)
		if p := lastPlace(a, c.text, c.name); p != nil && !p.Metonymy {
			t.Errorf("%s: %q placed at %s %s, want unplaced", c.about, c.name, p.Geo.Name, p.Geo.Country)
		}
	}
}
