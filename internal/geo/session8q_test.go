package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestLocalPress checks README rule 17 (session 8, round 9: the English-language local press of
// South and South-East Asia, West Africa and Egypt). Texts written for the test; none of the
// development set's sentences.
func TestLocalPress(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a country's possessive before its division with its capitalised word is a place",
			text:  "Fighting in Myanmar's Kachin State displaced thousands of villagers this week, aid groups said.",
			names: []labelled{{"Myanmar", model.GPE}, {"Kachin State", model.GPE}},
			name:  "Myanmar", cc: "MM"},
		{about: "… also after a verb",
			text:  "Gunmen attacked a market in Nigeria's Borno State on Friday, killing nine traders.",
			names: []labelled{{"Nigeria", model.GPE}, {"Borno State", model.GPE}},
			name:  "Nigeria", cc: "NG"},
		{about: "a direction word in a list before a plural administrative word is the province",
			text:  "Floods hit Sri Lanka's Uva, Eastern and Northern provinces on Monday, the disaster centre said.",
			names: []labelled{{"Sri Lanka", model.GPE}, {"Uva", model.GPE}, {"Eastern", model.GPE}, {"Northern", model.GPE}},
			name:  "Northern", cc: "LK", feature: "admin1"},
		{about: "… the first of the list too",
			text:  "Heavy rain was forecast for the Eastern and Uva provinces, Sri Lanka's weather office said.",
			names: []labelled{{"Eastern", model.GPE}, {"Uva", model.GPE}, {"Sri Lanka", model.GPE}},
			name:  "Eastern", cc: "LK", feature: "admin1"},
		{about: "Thailand's Muang district is the capital district of the province named",
			text:  "Floodwater reached homes in Muang district of Lampang on Tuesday, Thai officials said.",
			names: []labelled{{"Muang", model.GPE}, {"Lampang", model.GPE}},
			name:  "Muang", cc: "TH", lat: 18.29, lon: 99.49},
		{about: "… also listed before 'districts' after the province",
			text:  "In Nan, the river rose in Muang and Tha Wang Pha districts overnight.",
			names: []labelled{{"Nan", model.GPE}, {"Muang", model.GPE}, {"Tha Wang Pha", model.GPE}},
			name:  "Muang", cc: "TH", lat: 18.78, lon: 100.78},
		{about: "'X Republic' with a country's name is the country",
			text:  "Many families fled Sokoto State across the border into Niger Republic, officials in Sokoto said.",
			names: []labelled{{"Sokoto State", model.GPE}, {"Niger Republic", model.GPE}, {"Sokoto", model.GPE}},
			name:  "Niger Republic", cc: "NE", feature: "country"},
		{about: "'the Republic of X' is the country, not a division of that name",
			text:  "Bandits from Kebbi and Niger states crossed to Konni in the Republic of Niger, police in Sokoto said.",
			names: []labelled{{"Kebbi", model.GPE}, {"Niger", model.GPE}, {"Konni", model.GPE}, {"Niger", model.GPE}, {"Sokoto", model.GPE}},
			name:  "Niger", cc: "NE", feature: "country"},
		{about: "a country's name before a local unit word is a local place",
			text:  "Police in Mardan district said six houses collapsed in Qatar village after the rain.",
			names: []labelled{{"Mardan", model.GPE}, {"Qatar", model.GPE}},
			name:  "Qatar", cc: "PK"},
		{about: "a river's point does not locate the village beside it",
			text:  "Floodwater entered homes in Thorenur, where the Kaveri burst its banks, officials in Kodagu district of Karnataka said.",
			names: []labelled{{"Thorenur", model.GPE}, {"Kaveri", model.LOC}, {"Kodagu", model.GPE}, {"Karnataka", model.GPE}},
			name:  "Thorenur", cc: "IN", lat: 12.4, lon: 75.8},
		{about: "a town named as the far side of a river does not give its country",
			text:  "Floods hit Mae Sai district of Chiang Rai on Monday. Residents of Matiltan, which lies on the bank opposite Tachileik, fled to higher ground.",
			names: []labelled{{"Mae Sai", model.GPE}, {"Chiang Rai", model.GPE}, {"Matiltan", model.GPE}, {"Tachileik", model.GPE}},
			name:  "Matiltan", cc: "TH"},
		{about: "a known district listed before unknown ones locates them, not the capital of the statement",
			text:  "Five people were killed in renewed clashes in Bawku in the Upper East Region. Two were ambushed in Pusiga.\n\nIn a statement issued in Accra, the minister extended the curfew to the Bawku Municipality, Pusiga, Gidanmaye and Kwarbai districts.",
			names: []labelled{{"Bawku", model.GPE}, {"Upper East Region", model.LOC}, {"Pusiga", model.GPE}, {"Accra", model.GPE}, {"Bawku Municipality", model.ORG}, {"Pusiga", model.GPE}, {"Gidanmaye", model.GPE}, {"Kwarbai", model.LOC}},
			name:  "Kwarbai", cc: "GH", lat: 11.07, lon: -0.12},
		{about: "an untagged name before a local unit word is a place",
			text:  "Heavy rain lashed Kodagu district again. In Nellihudikeri taluk, cracks appeared on a hill, officials in Madikeri said.",
			names: []labelled{{"Kodagu", model.GPE}, {"Madikeri", model.GPE}},
			name:  "Nellihudikeri", cc: "IN", lat: 12.4, lon: 75.8},
		{about: "a list of tagged unknown names before 'divisional secretariat divisions'",
			text:  "Warnings were issued for the Galle, Dodangoda and Palmadulla divisional secretariat divisions in the Kalutara District.",
			names: []labelled{{"Galle", model.GPE}, {"Dodangoda", model.GPE}, {"Palmadulla", model.GPE}, {"Kalutara District", model.GPE}},
			name:  "Palmadulla", cc: "LK"},
		{about: "a bare compass name in a story about one country is that country's zone",
			text:  "The army said it had intensified operations in the North-West, where bandits have killed hundreds in Zamfara and Katsina.",
			names: []labelled{{"North-West", model.GPE}, {"Zamfara", model.GPE}, {"Katsina", model.GPE}},
			name:  "North-West", cc: "NG", lat: 12.5, lon: 6.5},
		{about: "a name between an adjective and a plural noun is no subject",
			text:  "Police say fresh Katsina attacks killed 12 villagers on Sunday.",
			names: []labelled{{"Katsina", model.GPE}},
			name:  "Katsina", cc: "NG"},
		{about: "'a resident of X' is a place frame",
			text:  "A resident of Gidanmaye said gunmen stormed the market at dusk. It was the third attack in Zamfara State this month.",
			names: []labelled{{"Gidanmaye", model.GPE}, {"Zamfara State", model.GPE}},
			name:  "Gidanmaye", cc: "NG"},
		{about: "two places joined by a hyphen in one entity",
			text:  "Earth slips blocked the Kalutara-Dodangoda stretch of the highway on Monday.",
			names: []labelled{{"Kalutara-Dodangoda", model.GPE}},
			name:  "Dodangoda", cc: "LK", lat: 6.58, lon: 79.96},
		{about: "… the first half keeps the entity",
			text:  "Earth slips blocked the Kalutara-Dodangoda stretch of the highway on Monday.",
			names: []labelled{{"Kalutara-Dodangoda", model.GPE}},
			name:  "Kalutara", cc: "LK", lat: 6.58, lon: 79.96},
		{about: "a name between two towns of one division takes its reading there",
			text:  "Police reinforcements were sent to Tahta, Dar El-Salam and Girga after the shooting, officials said.",
			names: []labelled{{"Tahta", model.GPE}, {"Dar El-Salam", model.GPE}, {"Girga", model.GPE}},
			name:  "Dar El-Salam", cc: "EG", lat: 26.28, lon: 32.06},
		{about: "an unknown name between a fallback-placed name and 'and' takes its placement",
			text:  "Kidnappers hid in the hills of Kudagama union in Teknaf upazila, and police searched the hills between Kudagama and Rajanganaya on Monday.",
			names: []labelled{{"Kudagama", model.GPE}, {"Teknaf", model.GPE}, {"Kudagama", model.GPE}, {"Rajanganaya", model.GPE}},
			name:  "Rajanganaya", cc: "BD", lat: 20.86, lon: 92.30},
	})
}

// FuzzLocalPress resolves arbitrary text with place entities over its capitalised words and
// hyphenated pairs (hyphenPair, scanLocalDiv, listSense index arithmetic).
func FuzzLocalPress(f *testing.F) {
	for _, s := range []string{
		"the Kalutara-Dodangoda stretch", "In Somwarpet taluk, X", "between Hnila and Baharchhara", "A-", "-B", "A-B-C road",
		"Sohag, Dar El-Salam and Akhmim", "in the North-West", "Muang district of Chiang Rai", "the Republic of Niger", "Niger Republic",
		"Bahrain tehsil", "tambon Pong Pha", "Myanmar's Shan State", "fresh Zamfara attacks", "X, Y and Z districts",
	} {
		f.Add(s)
	}
	g := mustDefault(f)
	f.Fuzz(func(t *testing.T, s string) {
		a := &model.Annotation{Doc: &model.Document{Text: s}}
		for i := 0; i < len(s); {
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != ',' {
				j++
			}
			if j > i && s[i] >= 'A' && s[i] <= 'Z' {
				a.Entities = append(a.Entities, model.Entity{Text: s[i:j], Label: model.GPE, Start: i, End: j})
			}
			i = j + 1
		}
		g.Resolve(a)
		for _, p := range a.Places {
			if p.Start < 0 || p.End > len(s) || p.Start >= p.End || s[p.Start:p.End] != p.Text {
				t.Fatalf("bad place %+v in %q", p, s)
			}
		}
	})
}
