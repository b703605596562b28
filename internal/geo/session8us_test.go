package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestLocalNews checks README rule 14 (session 8, local news of the US, Canada and Australia):
// division abbreviations, the dateline's sense for the body's bare town names, the story's
// state for small towns and counties named bare, and the story's places as the point of what
// only its state locates. Texts written for the test; none of the development set's names.
func TestLocalNews(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "an AP state abbreviation in the dateline; the body's bare name follows it",
			text:  "Students rally over tuition\n\nATHENS, Ga. (AP) — Hundreds of students marched through downtown Athens on Friday, university officials said.",
			names: []labelled{{"Athens", model.GPE}},
			name:  "Athens", cc: "US", lat: 33.96, lon: -83.38},
		{about: "the headline before the dateline takes the dateline's sense",
			text:  "Man held after standoff in Athens\n\nATHENS, Ga. (AP) — A man who barricaded himself in a motel surrendered to police on Sunday, officials said.",
			names: []labelled{{"Athens", model.GPE}},
			name:  "Athens", cc: "US", lat: 33.96, lon: -83.38},
		{about: "the abbreviation is the state",
			text: "Students rally over tuition\n\nATHENS, Ga. (AP) — Hundreds of students marched on Friday, university officials said.",
			name: "Ga", cc: "US", feature: "admin1", lat: 32.7, lon: -83.4},
		{about: "a name with a container of its own keeps it",
			text:  "Festival opens\n\nATHENS, Ga. (AP) — The festival, which began in Athens, Greece, decades ago, opened on Friday.",
			names: []labelled{{"Athens", model.GPE}, {"Greece", model.GPE}},
			name:  "Athens", cc: "GR"},
		{about: "a Canadian Press abbreviation after a town in the body",
			text:  "The company will close its plant in London, Ont., next year, union leaders said on Tuesday.",
			names: []labelled{{"London", model.GPE}},
			name:  "London", cc: "CA"},
		{about: "an Australian state the tagger calls an organisation",
			text:  "Flood waters cut the highway north of Grafton, NSW, on Tuesday as rain kept falling.",
			names: []labelled{{"Grafton", model.GPE}, {"NSW", model.ORG}},
			name:  "NSW", cc: "AU", feature: "admin1"},
		{about: "a two-letter postal code after the town",
			text:  "The parcel was mailed from Longview, WA on Monday and never arrived.",
			names: []labelled{{"Longview", model.GPE}},
			name:  "Longview", cc: "US", lat: 46.14, lon: -122.94},
		{about: "a county of the dateline's state, not a namesake with a city elsewhere",
			text:  "Sheriff's deputy shot\n\nLUFKIN, Texas (AP) — A deputy was wounded on Saturday during a traffic stop in neighbouring Polk County, the sheriff in Lufkin said. The suspect was arrested in Nacogdoches.",
			names: []labelled{{"LUFKIN", model.GPE}, {"Texas", model.GPE}, {"Polk County", model.GPE}, {"Lufkin", model.GPE}, {"Nacogdoches", model.GPE}},
			name:  "Polk County", cc: "US", lat: 31.4, lon: -94.7},
		{about: "a small town of the story's state named like a town elsewhere",
			text:  "Storms knocked out power across East Texas on Monday. Crews in Tyler and Longview worked overnight, and a shelter opened in Nacogdoches. Hail damaged roofs in Mineola, Tyler officials said.",
			names: []labelled{{"East Texas", model.LOC}, {"Tyler", model.GPE}, {"Longview", model.GPE}, {"Nacogdoches", model.GPE}, {"Mineola", model.GPE}, {"Tyler", model.GPE}},
			name:  "Mineola", cc: "US", lat: 32.4, lon: -95.0},
		{about: "a small town abroad that a dateline state's story does not name is the story's own",
			text:  "Fishing boats idle\n\nNEW BEDFORD, Mass. (AP) — Scallop boats stayed tied up in New Bedford on Monday, and crews from neighbouring Dartmouth joined a protest at the harbour.",
			names: []labelled{{"New Bedford", model.GPE}, {"Dartmouth", model.GPE}},
			name:  "Dartmouth", cc: "US", lat: 41.6, lon: -70.95},
		{about: "names listed before a plural administrative word share it, also when tagged as persons",
			text:  "Flood warnings\n\nLUFKIN, Texas (AP) — The governor declared a disaster for Angelina, Polk and Tyler counties on Friday, officials in Lufkin said.",
			names: []labelled{{"Angelina", model.PERSON}, {"Polk", model.PERSON}, {"Tyler", model.GPE}, {"Lufkin", model.GPE}},
			name:  "Angelina", cc: "US", lat: 31.3, lon: -94.7},
		{about: "the Republic in a story about Northern Ireland is Ireland",
			text:  "Dairy farmers in Northern Ireland blocked roads near Belfast on Monday. Milk prices are higher in the Republic, they said.",
			names: []labelled{{"Northern Ireland", model.GPE}, {"Belfast", model.GPE}, {"Republic", model.GPE}},
			name:  "Republic", cc: "IE"},
	})
	// Abbreviations that are words or names are read only after "Place, ".
	for _, text := range []string{
		"Mo. Farah won the race, and Ind. shares fell.",
		"The band played Ill. Communication and Miss. Saigon songs.",
		"Troops marched in 300 B.C. across the plain.",
		"\"Fine, OK,\" she said. Thanks, ME too.",
	} {
		a := resolveLabelled(g, text, nil)
		for _, p := range a.Places {
			if p.Geo.Feature == "admin1" {
				t.Errorf("%q: %q read as %s", text, text[p.Start:p.End], p.Geo.Name)
			}
		}
	}
}

// FuzzLocalNews: abbreviations, datelines with containers and their followers never give a bad
// span.
func FuzzLocalNews(f *testing.F) {
	for _, s := range []string{
		"MARSHFIELD, Mo. — x Marshfield", "Kelowna, B.C.", "W.Va.", ", Mo.", "X, NSW", "X, Mo", "PARIS, Texas (AP) — Paris, France",
		"Longview, WA 98632", "B.C.", "300 B.C.", "A, N.S.W.", "Head Athens\n\nATHENS, Ga. (AP) — Athens",
		"the Republic of Northern Ireland, Belfast", "Q, P.E.I. —", "N.Y", "Z, Ill., W.Va", "Dartmouth, Mass. — Dartmouth",
	} {
		f.Add(s)
	}
	g := mustDefault(f)
	f.Fuzz(func(t *testing.T, s string) {
		a := &model.Annotation{Doc: &model.Document{Text: s}, Entities: []model.Entity{{Text: "x", Label: model.ORG, Start: 0, End: min(len(s), 4)}}}
		g.Resolve(a)
		for _, p := range a.Places {
			if p.Start < 0 || p.End > len(s) || p.Start >= p.End || s[p.Start:p.End] != p.Text {
				t.Fatalf("bad place %+v in %q", p, s)
			}
		}
	})
}
