package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleThirtyNine: rule 39 (hyph13.go): compounds of place names joined by a hyphen, a slash
// or an en dash name each of their places, with each part's own span; whole names stay whole.
// Every text was written for the test.
func TestRuleThirtyNine(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// a nationality word and a country tagged as one place before "border"
		{about: "demonym-country border", text: "Traders said the Thai-Cambodia border at Poipet stayed closed for a third week on Friday.",
			names: []labelled{{"Thai-Cambodia", model.GPE}, {"Poipet", model.GPE}},
			name:  "Cambodia", cc: "KH", feature: "country"},
		// two towns tagged as an organisation before "road"
		{about: "ORG-tagged road ends", text: "Gunmen ambushed a convoy on the Mopti-Gao road on Sunday, the army said.",
			names: []labelled{{"Mopti-Gao", model.ORG}},
			name:  "Gao", cc: "ML"},
		{about: "ORG-tagged road, first end", text: "Gunmen ambushed a convoy on the Mopti-Gao road on Sunday, the army said.",
			names: []labelled{{"Mopti-Gao", model.ORG}},
			name:  "Mopti", cc: "ML", lat: 14.49, lon: -4.19},
		// untagged towns before "highway", a namesake decided by the story's country
		{about: "untagged highway ends", text: "TAMALE, Ghana — Floods cut the Tamale-Bolgatanga highway near Walewale on Tuesday.",
			names: []labelled{{"TAMALE", model.GPE}, {"Ghana", model.GPE}, {"Walewale", model.GPE}},
			name:  "Bolgatanga", cc: "GH", lat: 10.79, lon: -0.85},
		// a slash between twin towns across a border: near each other, no relation word needed
		{about: "slashed twin towns", text: "The ferry between Komárom/Komárno resumed on Monday after the river fell.",
			name: "Komárno", cc: "SK"},
		// a two-word part and a capitalised road head closing the run
		{about: "multiword parts and an Expressway", text: "KAMPALA, Uganda — Landslides blocked the Fort Portal-Kasese Highway overnight, police said.",
			names: []labelled{{"KAMPALA", model.GPE}, {"Uganda", model.GPE}},
			name:  "Kasese", cc: "UG"},
		// two first-level divisions before "border"
		{about: "division pair border", text: "Smoke from fires on the Alberta-Saskatchewan border drifted south on Monday.",
			names: []labelled{{"Alberta-Saskatchewan", model.GPE}},
			name:  "Saskatchewan", cc: "CA", feature: "admin1"},
	})
	// spans: each part's Start/End cover the part only
	for _, c := range []struct {
		about, text string
		names       []labelled
		want        []string // the place mentions inside the compound, in order
		compound    string
	}{
		{"demonym skipped", "Traders said the Thai-Cambodia border at Poipet stayed closed.", []labelled{{"Thai-Cambodia", model.GPE}, {"Poipet", model.GPE}},
			[]string{"Cambodia"}, "Thai-Cambodia"},
		{"ORG road ends", "Gunmen ambushed a convoy on the Mopti-Gao road on Sunday.", []labelled{{"Mopti-Gao", model.ORG}},
			[]string{"Mopti", "Gao"}, "Mopti-Gao"},
		{"two-word part", "Landslides blocked the Fort Portal-Kasese Highway overnight in Uganda.", []labelled{{"Uganda", model.GPE}},
			[]string{"Fort Portal", "Kasese"}, "Fort Portal-Kasese Highway"},
		{"slash", "The ferry between Komárom/Komárno resumed on Monday.", nil,
			[]string{"Komárom", "Komárno"}, "Komárom/Komárno"},
		// whole names stay whole
		{"Gorom-Gorom", "Aid flights to Gorom-Gorom resumed on Monday.", []labelled{{"Gorom-Gorom", model.GPE}},
			[]string{"Gorom-Gorom"}, "Gorom-Gorom"},
		{"Ivano-Frankivsk", "A drone struck Ivano-Frankivsk overnight.", []labelled{{"Ivano-Frankivsk", model.GPE}},
			[]string{"Ivano-Frankivsk"}, "Ivano-Frankivsk"},
		{"Guinea-Bissau", "Fishermen from Guinea-Bissau landed in the Canaries.", []labelled{{"Guinea-Bissau", model.GPE}},
			[]string{"Guinea-Bissau"}, "Guinea-Bissau"},
		{"Bosnia-Herzegovina", "Floods hit Bosnia-Herzegovina on Friday.", []labelled{{"Bosnia-Herzegovina", model.GPE}},
			[]string{"Bosnia-Herzegovina"}, "Bosnia-Herzegovina"},
		{"Ras al-Ain", "Shelling hit Ras al-Ain and Al-Hasakah on Friday.", []labelled{{"Ras al-Ain", model.GPE}, {"Al-Hasakah", model.GPE}},
			[]string{"Ras al-Ain"}, "Ras al-Ain"},
		{"Al-Hasakah", "Shelling hit Ras al-Ain and Al-Hasakah on Friday.", []labelled{{"Ras al-Ain", model.GPE}, {"Al-Hasakah", model.GPE}},
			[]string{"Al-Hasakah"}, "Al-Hasakah"},
		// compass words and two nationality words name no place
		{"North-South", "Sections of the North-South Expressway were closed in Vietnam.", []labelled{{"Vietnam", model.GPE}},
			nil, "North-"}, // (not "North" as a place; another rule reads "South Expressway")
		{"two demonyms", "Shelling continued along the Israeli-Lebanese border on Friday.", []labelled{{"Israeli-Lebanese", model.GPE}},
			nil, "Israeli-Lebanese"},
	} {
		a := resolveLabelled(g, c.text, c.names)
		s := strings.Index(c.text, c.compound)
		e := s + len(c.compound)
		var got []string
		for _, p := range a.Places {
			if p.Start < e && s < p.End {
				if p.Start < s || p.End > e {
					t.Errorf("%s: place %q [%d,%d) reaches outside %q", c.about, p.Text, p.Start, p.End, c.compound)
				}
				got = append(got, c.text[p.Start:p.End])
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: places %q, want %q", c.about, got, c.want)
		}
	}
}
