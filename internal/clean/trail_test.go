package clean

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/input"
)

// TestBreadcrumbs: breadcrumb trails of several sites and languages go; lines of the same
// shapes that are article text or a headline stay.
func TestBreadcrumbs(t *testing.T) {
	for _, tc := range []struct {
		line string
		junk bool
	}{
		{"Home » Mozambique: Insurgents behead five, torch chapel in …", true},
		{"Home > News > World", true},
		{"Home / World / Africa / Sudan: RSF shells El Fasher camp as famine spreads", true},
		{"HOME » NEWS » NATIONAL", true},
		{"Home › Middle East & North Africa › Yemen", true},
		{"You are here: Home » News » Politics", true},
		{"You are here » Home » World", true},
		{"Home - News - Africa", true},
		{"Home »", true},
		{"Inicio » Internacional » Venezuela: la oposición convoca marchas en Caracas", true},
		{"Accueil > Afrique > Mali : l'armée annonce avoir repris Léré", true},
		{"Startseite › Politik › Ausland", true},
		{"Início / Mundo / Moçambique", true},
		{"Beranda › Nasional › Banjir bandang di Sumatera Barat", true},
		{"News › Africa › Nigeria: Gunmen abduct 20 worshippers in Kaduna", true},
		{"World » Middle East » Gaza", true},
		// headlines and prose with the same characters
		{"Home - the long road back for Kharkiv's displaced", false},
		{"Home truths: why Sudan's war keeps spreading", false},
		{"The ratio of deaths > 2 per 10,000 people a day signals famine, the IPC says.", false},
		{"»Wir bleiben hier«, sagte ein Bewohner. »Wohin sollen wir gehen?«", false},
		{"« Nous ne partirons pas » , a déclaré un habitant » à l'AFP » hier soir", false},
		{"Army > rebels in number, but morale is low, analysts say", false},
		{"Officials said the home of the governor was attacked » overnight.", false},
	} {
		if got := isArtefact(tc.line, key(tc.line)); got != tc.junk {
			t.Errorf("isArtefact(%q) = %v, want %v", tc.line, got, tc.junk)
		}
	}
}

// TestEditorInitials: the initials trailers of wire desks, in capitals or lower case, go
// from the end of a story; names, acronyms in prose and ratios do not count.
func TestEditorInitials(t *testing.T) {
	for _, tc := range []struct {
		line    string
		trailer bool
	}{
		{"JYCE // VM", true}, {"PVJ/ANP // JH", true}, {"MYB / AJB", true}, {"ACC/CS", true}, {"ml/jgb", true},
		{"A/B", false}, {"JYCE VM", false}, {"JYCE //", false}, {"// VM", false}, {"JYCE /// VM", false},
		{"Nato/EU", false}, {"KILLED/WOUNDED", false}, {"24/7", false}, {"UN and AU", false},
	} {
		if got := trailerLine(tc.line); got != tc.trailer {
			t.Errorf("trailerLine(%q) = %v, want %v", tc.line, got, tc.trailer)
		}
	}
	// "//" marks initials anywhere; a single slash only in the trailer.
	for line, junk := range map[string]bool{"JYCE // VM": true, "PVJ/ANP // JH": true, "UN/AU": false} {
		if got := isArtefact(line, key(line)); got != junk {
			t.Errorf("isArtefact(%q) = %v, want %v", line, got, junk)
		}
	}
}

// TestOutletListLabels: a list label with the outlet or section it lists heads a list; a
// short line that only starts like one does not.
func TestOutletListLabels(t *testing.T) {
	for line, want := range map[string]bool{
		"Most Read from Bloomberg": true, "Most popular on Al Jazeera": true, "Trending in News24": true,
		"Top Stories from BBC Africa": true, "Recommended from The Guardian": true, "More stories from Reuters": true,
		"Most read": true, "Lo más leído": true, "Les plus lus": true, "Latest from the front line": false, "Trending": true,
		"Most read from the ministry's report on the camps in the north": false, "Popular anger in Lagos": false,
	} {
		if got := listLabel(key(line)); got != want {
			t.Errorf("listLabel(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestListAfterDroppedLine: a list label, then a line that is dropped (an ad label), then the
// linked headlines, each after one blank line: the dropped line is no wide gap, so the
// headlines go; a headline after a real wide gap (the next article) stays.
func TestListAfterDroppedLine(t *testing.T) {
	body := "Floods Cut Off Villages in Northern Malawi\n\n" +
		"Floods have cut off at least 40 villages in Karonga district after three days of heavy rain, officials said on Wednesday.\n\n" +
		"The Department of Disaster Management Affairs said more than 6,000 people had been displaced and two bridges washed away.\n\n" +
		"Rescue teams were using boats to reach families trapped on rooftops, the district commissioner told reporters.\n\n"
	for _, tc := range []struct {
		name, tail string
		keep, drop []string
	}{
		{"ad between", "Related\n\nAdvertisement\n\nMalawi declares disaster in six districts\n\nHow cyclones are getting wetter\n",
			nil, []string{"Malawi declares disaster", "How cyclones"}},
		{"label then share", "More on this story\n\nShare\n\nCholera cases rise in Lilongwe camps\n",
			nil, []string{"Cholera cases rise"}},
		{"list then body", "Read more:\n\nAdvertisement\n\nLake levels hit a 50-year high\n\nThe meteorological service warned that more rain was expected over the weekend in the north.\n",
			[]string{"The meteorological service warned"}, []string{"Lake levels"}},
	} {
		docs, err := Split(input.Item{Name: tc.name, Text: body + tc.tail})
		if err != nil || len(docs) != 1 {
			t.Fatalf("%s: Split: %d docs, %v", tc.name, len(docs), err)
		}
		text := docs[0].Text
		for _, k := range tc.keep {
			if !strings.Contains(text, k) {
				t.Errorf("%s: lost %q:\n%s", tc.name, k, text)
			}
		}
		for _, d := range tc.drop {
			if strings.Contains(text, d) {
				t.Errorf("%s: kept %q:\n%s", tc.name, d, text)
			}
		}
		if !strings.Contains(text, "Rescue teams were using boats") {
			t.Errorf("%s: lost the last paragraph:\n%s", tc.name, text)
		}
	}
}

// FuzzTrailLines runs the line rules of breadcrumbs, list labels and initials trailers on any
// line: no panic, and what they take holds their separators.
func FuzzTrailLines(f *testing.F) {
	for _, s := range []string{"Home » A b", "Home » ", "News › A › B c", "JYCE // VM", "PVJ/ANP // JH", "/ /", "//",
		"Most Read from Bloomberg", "Início › Mundo", "»", "Home -  - x", " > > ", "Home\xff » \x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		line := Normalize(s)
		if strings.IndexByte(line, '\n') >= 0 || line == "" {
			return
		}
		k := key(line)
		isArtefact(line, k)
		listLabel(k)
		trailerLine(line)
		if breadcrumb(line) && !hasMenuByte(line) && !strings.Contains(line, " > ") && !strings.Contains(line, " - ") && !strings.Contains(line, " :: ") {
			t.Fatalf("breadcrumb without a separator: %q", line)
		}
		if editorInitials(line) && strings.Trim(line, "ABCDEFGHIJKLMNOPQRSTUVWXYZ/ ") != "" {
			t.Fatalf("initials with other characters: %q", line)
		}
	})
}
