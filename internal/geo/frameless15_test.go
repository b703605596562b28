package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// resolveScored tags the first occurrence of each name, in text order, with its label and the
// tagger score, and resolves.
func resolveScored(g *Gazetteer, text string, names []labelled, score float64) *model.Annotation {
	a := &model.Annotation{Doc: &model.Document{Text: text}, Entities: labelEntities(text, names)}
	for i := range a.Entities {
		a.Entities[i].Score = score
	}
	g.Resolve(a)
	return a
}

// TestFramelessLOC15 checks rule 50: a LOC name the gazetteer lacks, tagged with confidence,
// lies in the story's country without a place frame, unless its words make it a storm, an
// event, a people or an institution, or the tagger was unsure (texts written for the test).
func TestFramelessLOC15(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		score       float64
		name, cc    string // cc "" = no place wanted
	}{
		{about: "rivers listed after 'its tributaries the'",
			text:  "GUWAHATI, India — The Brahmaputra rose above the danger mark at Dibrugarh, while its tributaries the Dhansiri, the Jiadhal and the Ranganadi also swelled.",
			names: []labelled{{"GUWAHATI", model.GPE}, {"India", model.GPE}, {"Brahmaputra", model.LOC}, {"Dibrugarh", model.GPE}, {"Jiadhal", model.LOC}},
			score: 0.8, name: "Jiadhal", cc: "IN"},
		{about: "a site after 'the'",
			text:  "CAP-HAITIEN, Haiti — Guides in Milot said few visitors had come this month to see the Sans-Souci Ruins or the Ramiers, the fortress on the ridge above them.",
			names: []labelled{{"CAP-HAITIEN", model.GPE}, {"Haiti", model.GPE}, {"Milot", model.GPE}, {"Ramiers", model.LOC}},
			score: 0.8, name: "Ramiers", cc: "HT"},
		{about: "a storm",
			text:  "MAPUTO, Mozambique — Cyclone Kamisa tore through Sofala province overnight. Residents said Kamisa had flattened the market.",
			names: []labelled{{"MAPUTO", model.GPE}, {"Mozambique", model.GPE}, {"Kamisa", model.LOC}, {"Sofala", model.GPE}, {"Kamisa", model.LOC}},
			score: 0.8, name: "Kamisa"},
		{about: "an event by its last word",
			text:  "SRINAGAR, India — Security was tightened along the route of the Amarnath Yatra after the attack, police said.",
			names: []labelled{{"SRINAGAR", model.GPE}, {"India", model.GPE}, {"Amarnath Yatra", model.LOC}},
			score: 0.8, name: "Amarnath Yatra"},
		{about: "a people before their farmers",
			text:  "SAMARINDA, Indonesia — The protesters, many of them Benuaq and Bahau farmers, blocked the haul road for a third day.",
			names: []labelled{{"SAMARINDA", model.GPE}, {"Indonesia", model.GPE}, {"Benuaq", model.LOC}},
			score: 0.8, name: "Benuaq"},
		{about: "a team by its plural",
			text:  "JOHANNESBURG, South Africa — The Leopards beat the visitors 24-10 in Polokwane on Saturday.",
			names: []labelled{{"JOHANNESBURG", model.GPE}, {"South Africa", model.GPE}, {"Leopards", model.LOC}, {"Polokwane", model.GPE}},
			score: 0.8, name: "Leopards"},
		{about: "a nationality adjective",
			text:  "PRETORIA, South Africa — Several South African companies said the rand had hurt exports.",
			names: []labelled{{"PRETORIA", model.GPE}, {"South Africa", model.GPE}, {"South African", model.LOC}},
			score: 0.8, name: "South African"},
		{about: "a bank by its first word",
			text:  "KUALA LUMPUR, Malaysia — Bank Negara held its policy rate at 3 percent on Thursday.",
			names: []labelled{{"KUALA LUMPUR", model.GPE}, {"Malaysia", model.GPE}, {"Bank Negara", model.LOC}},
			score: 0.8, name: "Bank Negara"},
		{about: "an unsure tag",
			text:  "GUWAHATI, India — The Brahmaputra rose above the danger mark at Dibrugarh, while its tributaries the Dhansiri, the Jiadhal and the Ranganadi also swelled.",
			names: []labelled{{"GUWAHATI", model.GPE}, {"India", model.GPE}, {"Brahmaputra", model.LOC}, {"Dibrugarh", model.GPE}, {"Jiadhal", model.LOC}},
			score: 0.2, name: "Jiadhal"},
	} {
		checkPlacedIn(t, c.about, c.name, c.cc, placeOf(resolveScored(g, c.text, c.names, c.score), c.name))
	}
}

// FuzzFramelessLOC resolves arbitrary text with a confident LOC entity over an arbitrary span,
// the input rule 50 and its vetoes read.
func FuzzFramelessLOC(f *testing.F) {
	for _, s := range []string{"its tributaries the Jiadhal and the Ranganadi swelled", "Cyclone Kamisa", "the Kamisa Yatra",
		"Benuaq and Bahau farmers", "Namibians", "Coun. Paul", "Walhi, Indonesia's largest group", "Amtrak's Zephyr", "the Kamisa, a"} {
		f.Add(s, 4, 10)
	}
	g := mustDefault(f)
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		a := &model.Annotation{Doc: &model.Document{Text: text}, Entities: []model.Entity{{Label: model.LOC, Start: s, End: e, Score: 0.9}}}
		if s >= 0 && e <= len(text) && s < e {
			a.Entities[0].Text = text[s:e]
		}
		g.Resolve(a)
		for _, p := range a.Places {
			if p.Start < 0 || p.End > len(text) || p.Start > p.End {
				t.Fatalf("bad span %+v", p)
			}
		}
	})
}
