package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestNamesakes: session 9, helper g4, rule 23 (towns read as namesakes abroad or far away in
// their own country; classes of toponym-articles-dev4, -dev5 and -dev6). Every text was
// written for the test.
func TestNamesakes(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// (1) "The Hague" with only "Hague" tagged, in a story about another country: the city
		// its article names, not an unknown place of the story's country
		{about: "article of the own name", text: "Myanmar's junta rejected the genocide case. Rights groups in Myanmar said the hearings at the court in The Hague would resume in May, and Myanmar's envoy said nothing.",
			names: []labelled{{"Myanmar", model.GPE}, {"Myanmar", model.GPE}, {"Hague", model.GPE}, {"Myanmar", model.GPE}},
			name:  "Hague", cc: "NL", lat: 52.08, lon: 4.30},
		// (2) a story about several neighbouring countries: a town of a country it names beats
		// a bigger namesake in a far country it never names (La Libertad, Ecuador)
		{about: "namesake far from every named country", text: "Drought has hit farmers in Guatemala, Honduras and El Salvador for a third year. Fishermen in the port of La Libertad said their catch had fallen by half.",
			names: []labelled{{"Guatemala", model.GPE}, {"Honduras", model.GPE}, {"El Salvador", model.GPE}, {"La Libertad", model.GPE}},
			name:  "La Libertad", cc: "SV"},
		// (3) districts of the city the paragraph names lie near it: no namesake town of the
		// same country 250 km away
		{about: "district near its city", text: "Floods swept through Medellín on Sunday, and rescuers searched the low-lying Socorro and Guayabal districts in the west of the city.",
			names: []labelled{{"Medellín", model.GPE}, {"Socorro", model.GPE}, {"Guayabal", model.GPE}},
			name:  "Socorro", lat: 6.25, lon: -75.56},
		// (4) "the X district" in a story datelined in a big city: not a municipality of an
		// unnamed division 1,500 km away
		{about: "district of the dateline city", text: "HERMOSILLO, Mexico (AP) — Gunmen burned three buses in Hermosillo overnight, and the United States closed its consulate.\n\n\"We close at six now,\" said a shop owner in the Centro district.",
			names: []labelled{{"HERMOSILLO", model.GPE}, {"Mexico", model.GPE}, {"Hermosillo", model.GPE}, {"United States", model.GPE}, {"Centro", model.GPE}},
			name:  "Centro", cc: "MX", lat: 29.07, lon: -110.96},
		// (5) "parts of the town, including X": quarters of the town, not a namesake district
		// of a neighbouring country
		{about: "parts of the town", text: "Clashes broke out in Maradi in Niger on Friday. Gunshots were heard in parts of the town, including Sabon Gari and the central market, residents said.",
			names: []labelled{{"Maradi", model.GPE}, {"Niger", model.GPE}, {"Sabon Gari", model.GPE}},
			name:  "Sabon Gari", lat: 13.50, lon: 7.10},
		// (6) a small town beside a place its sentence names, not its bigger namesake across
		// the country (Nogales, Sonora)
		{about: "namesake beside the sentence's town", text: "A landslide buried the highway between Orizaba and Nogales on Tuesday, and traffic was diverted through the mountains.",
			names: []labelled{{"Orizaba", model.GPE}, {"Nogales", model.GPE}},
			name:  "Nogales", cc: "MX", lat: 18.82, lon: -97.17},
		// (7) a country's name paired with a town of another country is a town of that name
		// beside it
		{about: "country name paired with a town", text: "NASHVILLE, Tenn. (AP) — A tornado tore through middle Tennessee on Sunday. Interstate 40 was closed between Nashville and Lebanon for hours while crews cleared debris.",
			names: []labelled{{"NASHVILLE", model.GPE}, {"Tennessee", model.GPE}, {"Nashville", model.GPE}, {"Lebanon", model.GPE}},
			name:  "Lebanon", cc: "US", lat: 36.21, lon: -86.29},
	})
	// keeps: the country stays the country when its pair is a country ("between Israel and
	// Lebanon"); a sentence about far places keeps its far readings ("customs officials in
	// Antwerp and Algeciras" in a Colombia story)
	checkPlaceCases(t, g, []placeCase{
		{about: "country pair", text: "Fighting between Israel and Lebanon resumed on Sunday.",
			names: []labelled{{"Israel", model.GPE}, {"Lebanon", model.GPE}},
			name:  "Lebanon", cc: "LB", feature: "country"},
		{about: "far sentence", text: "The navies of Colombia and Ecuador seized two tonnes of cocaine. Customs officials in Antwerp and Algeciras say seizures from South America remain high.",
			names: []labelled{{"Colombia", model.GPE}, {"Ecuador", model.GPE}, {"Antwerp", model.GPE}, {"Algeciras", model.GPE}, {"South America", model.LOC}},
			name:  "Algeciras", cc: "ES"},
		{about: "capital stays", text: "Honduras and Guatemala signed a border deal. Officials from Honduras flew to Lima for talks.",
			names: []labelled{{"Honduras", model.GPE}, {"Guatemala", model.GPE}, {"Honduras", model.GPE}, {"Lima", model.GPE}},
			name:  "Lima", cc: "PE"},
		{about: "well-known city stays", text: "Diplomats from the United States and Russia met in Geneva to discuss a ceasefire in Syria.",
			names: []labelled{{"United States", model.GPE}, {"Russia", model.GPE}, {"Geneva", model.GPE}, {"Syria", model.GPE}},
			name:  "Geneva", cc: "CH"},
	})
}

// FuzzNamesakes resolves arbitrary text with one or two tagged spans around rule 23's frames:
// no panic, spans inside the text.
func FuzzNamesakes(f *testing.F) {
	for _, s := range []string{"in parts of the town, including Sabon Gari and", "between Nashville and Lebanon", "from Orizaba to Nogales",
		"in The Hague", "The Hague", "the port of La Libertad", "the Socorro and Guayabal districts in the west of the city",
		"HERMOSILLO, Mexico (AP) — in the Centro district", "areas of the capital such as X", "parts of the city, including ,, and", "like "} {
		f.Add(s, 0, 8, 12, 20, uint8(3))
	}
	g := mustDefault(f)
	labels := []string{model.PERSON, model.ORG, model.NORP, model.GPE, model.LOC}
	// (spans inside the text and in order, as the tagger gives them: the geo stage trusts its
	// entities' offsets)
	clamp := func(s, e, lo int, text string) (int, int) {
		s, e = min(max(s, lo), len(text)), min(max(e, lo), len(text))
		return min(s, e), max(s, e)
	}
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int, l uint8) {
		s1, e1 = clamp(s1, e1, 0, text)
		s2, e2 = clamp(s2, e2, e1, text)
		a := &model.Annotation{Doc: &model.Document{Text: text}, Entities: []model.Entity{
			{Label: labels[int(l)%len(labels)], Start: s1, End: e1}, {Label: labels[int(l>>4)%len(labels)], Start: s2, End: e2}}}
		g.Resolve(a)
		for _, p := range a.Places {
			if p.Start < 0 || p.End > len(text) || p.Start > p.End {
				t.Fatalf("bad span %+v", p)
			}
		}
	})
}
