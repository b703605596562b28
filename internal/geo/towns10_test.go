package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleTwentyEight: session 10, helper town, rule 28 (towns, namesakes and countries of
// toponym-articles-dev9's classes). Every text was written for the test.
func TestRuleTwentyEight(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// (1) a country's name cut before its elided article ("[Côte] d'Ivoire"), tagged as an
		// organisation or a place: the country, not an alternate name of a French town
		{about: "elided article, ORG", text: "Cocoa prices rose after heavy rain in Ghana and Côte d'Ivoire delayed the harvest.",
			names: []labelled{{"Ghana", model.GPE}, {"Côte", model.ORG}},
			name:  "Côte d'Ivoire", cc: "CI", feature: "country"},
		{about: "elided article, GPE", text: "Trucks carry fuel from ports in Guinea and Côte d'Ivoire to Bamako.",
			names: []labelled{{"Guinea", model.GPE}, {"Côte", model.GPE}, {"Bamako", model.GPE}},
			name:  "Côte d'Ivoire", cc: "CI", feature: "country"},
		// (2) "A and B" tagged as one place that the gazetteer does not know whole: two countries
		{about: "two countries in one span", text: "Firefighters from Greece, Croatia and Slovenia helped contain the blaze in northern Albania.",
			names: []labelled{{"Greece", model.GPE}, {"Croatia and Slovenia", model.GPE}, {"Albania", model.GPE}},
			name:  "Slovenia", cc: "SI", feature: "country"},
		{about: "two countries in one span (first)", text: "Firefighters from Greece, Croatia and Slovenia helped contain the blaze in northern Albania.",
			names: []labelled{{"Greece", model.GPE}, {"Croatia and Slovenia", model.GPE}, {"Albania", model.GPE}},
			name:  "Croatia", cc: "HR", feature: "country"},
		// … a country named "A and B" stays one
		{about: "country named with and", text: "Flooding hit Trinidad and Tobago on Monday.",
			names: []labelled{{"Trinidad and Tobago", model.GPE}},
			name:  "Trinidad and Tobago", cc: "TT", feature: "country"},
		// (3) small towns the scan finds untagged in a town frame: an access noun and "to", an
		// apposition that calls it a town, a list that a plural place noun governs
		{about: "entrance to X", text: "In central Mali, soldiers closed the entrance to Diabaly after the attack, the army said.",
			names: []labelled{{"Mali", model.GPE}},
			name:  "Diabaly", cc: "ML"},
		{about: "apposition town", text: "Fighters in Mali withdrew toward Nampala, the desert town near the Mauritanian border, on Sunday.",
			names: []labelled{{"Mali", model.GPE}},
			name:  "Nampala", cc: "ML"},
		{about: "townships including", text: "The Arakan Army says it holds most of Rakhine's townships, including Minbya, Kyauktaw and Paletwa.",
			names: []labelled{{"Arakan Army", model.ORG}, {"Rakhine", model.GPE}, {"Kyauktaw", model.GPE}, {"Paletwa", model.GPE}},
			name:  "Minbya", cc: "MM"},
		// (4) a nickname of a big city abroad (an alternate name of Singapore) is no match for a
		// town's own name in the country the story is about
		{about: "nickname abroad", text: "American farmers are struggling, U.S. officials said. The company's plant in Garden City employs 300 people, and the United States wants more such plants.",
			names: []labelled{{"U.S.", model.GPE}, {"Garden City", model.GPE}, {"United States", model.GPE}},
			name:  "Garden City", cc: "US"},
		// (5) a capital abroad of under a million loses to the story's own town in local news
		{about: "capital abroad vs the story's town", text: "AUSTIN, Texas (AP) — Commuters on Interstate 35 north to Georgetown face the longest delays in Texas, state officials said.",
			names: []labelled{{"AUSTIN", model.GPE}, {"Texas", model.GPE}, {"Interstate 35", model.FAC}, {"Georgetown", model.GPE}, {"Texas", model.GPE}},
			name:  "Georgetown", cc: "US", lat: 30.63, lon: -97.68},
		// (6) a bare district name abroad loses to a town of the story's country, even when a
		// list names the district's country once
		{about: "bare district abroad", text: "Floods hit Bosnia. A landslide closed the road between Konjic and Jablanica. Rescuers from Croatia, Slovenia, Serbia and Montenegro joined the search, and Serbia sent a helicopter. Bosnia thanked them near Mostar and Sarajevo.",
			names: []labelled{{"Bosnia", model.GPE}, {"Konjic", model.GPE}, {"Jablanica", model.GPE}, {"Croatia", model.GPE}, {"Slovenia", model.GPE}, {"Serbia", model.GPE}, {"Montenegro", model.GPE}, {"Serbia", model.GPE}, {"Bosnia", model.GPE}, {"Mostar", model.GPE}, {"Sarajevo", model.GPE}},
			name:  "Jablanica", cc: "BA"},
		// (7) "X district, one of the poorest parts of the city": a quarter of the town named
		// before it, not a namesake district 150 km away
		{about: "apposition part of the city", text: "Hundreds protested in the Tunisian coastal city of Sousse on Monday over power cuts.\n\nPolice dispersed a crowd in the Ezzouhour district, one of the poorer areas of the city, witnesses said.",
			names: []labelled{{"Tunisian", model.NORP}, {"Sousse", model.GPE}, {"Ezzouhour", model.GPE}},
			name:  "Ezzouhour", cc: "TN", lat: 35.79, lon: 10.58},
		{about: "apposition part of the city (other town)", text: "Hundreds protested in the central Tunisian city of Kasserine on Monday over water cuts.\n\nPolice dispersed a crowd in the Ezzouhour district, one of the poorest parts of the city, witnesses said.",
			names: []labelled{{"Tunisian", model.NORP}, {"Kasserine", model.GPE}, {"Ezzouhour", model.GPE}},
			name:  "Ezzouhour", cc: "TN", lat: 35.18, lon: 8.81},
		// (8) "the municipalities of A and X" in a story clearly about one country: X is that
		// country's municipality, not a bigger port abroad or the region named after it
		{about: "municipalities of a list", text: "Mexico's army sent troops to Zacatecas after weeks of cartel fighting. Families in Mexico fled the municipalities of Fresnillo and Valparaíso, in the state's west, officials in Mexico City said.",
			names: []labelled{{"Mexico", model.GPE}, {"Zacatecas", model.GPE}, {"Mexico", model.GPE}, {"Fresnillo", model.GPE}, {"Valparaíso", model.GPE}, {"Mexico City", model.GPE}},
			name:  "Valparaíso", cc: "MX"},
		// (9) a hyphenated "Saint-" compound the tagger missed: the scan may open a name with it
		{about: "Saint- compound", text: "Heavy snow in France closed the road through Saint-Jean-de-Maurienne on Friday.",
			names: []labelled{{"France", model.GPE}},
			name:  "Saint-Jean-de-Maurienne", cc: "FR", lat: 45.28, lon: 6.35},
		// (10) round 7b data: a port the gazetteer lacked, a town known under its Russian form
		{about: "round 7b port", text: "Cargo trains from Sarajevo to Ploče resumed in Croatia on Monday.",
			names: []labelled{{"Sarajevo", model.GPE}, {"Ploče", model.GPE}, {"Croatia", model.GPE}},
			name:  "Ploče", cc: "HR", lat: 43.05, lon: 17.43},
		{about: "round 7b Russian form", text: "Fishermen in Aralsk, Kazakhstan, say the northern sea has come back.",
			names: []labelled{{"Aralsk", model.GPE}, {"Kazakhstan", model.GPE}},
			name:  "Aralsk", cc: "KZ", lat: 46.80, lon: 61.66},
	})
}

// FuzzRuleTwentyEight resolves arbitrary text with one tagged span around rule 28's frames: no
// panic.
func FuzzRuleTwentyEight(f *testing.F) {
	for _, s := range []string{"Côte d'Ivoire", "Côte d'", "d'Ivoire and", "Serbia and Montenegro", "and Montenegro", "A & B", "entrance to Diabaly",
		"townships, including Minbya,", "Nampala, the desert town"} {
		f.Add(s, 0, 5, uint8(3))
	}
	g := mustDefault(f)
	labels := []string{model.PERSON, model.ORG, model.NORP, model.GPE, model.LOC}
	f.Fuzz(func(t *testing.T, text string, s, e int, l uint8) {
		if len(text) > 300 {
			return
		}
		a := &model.Annotation{Doc: &model.Document{Text: text}}
		if s >= 0 && e > s && e <= len(text) {
			a.Entities = append(a.Entities, model.Entity{Text: text[s:e], Label: labels[int(l)%len(labels)], Start: s, End: e})
		}
		g.Resolve(a)
	})
}
