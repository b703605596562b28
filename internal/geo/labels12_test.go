package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleThirtyThree: rule 33 (labels12.go): names of the story's own places that the tagger
// labelled as people or organisations. Every text was written for the test (classes of the
// whole-article development sets).
func TestRuleThirtyThree(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// a town of the story's country listed as the subject of a clause, tagged ORG
		{about: "town tagged ORG in its country's story", text: "BOLZANO, Italy — Snowploughs cleared the road from Trento overnight. Moena and Canazei expect the first skiers this weekend.",
			names: []labelled{{"BOLZANO", model.GPE}, {"Italy", model.GPE}, {"Trento", model.GPE}, {"Moena", model.GPE}, {"Canazei", model.ORG}},
			name:  "Canazei", cc: "IT", lat: 46.48, lon: 11.77},
		// a town before a facility noun
		{about: "the X jail", text: "TEGUCIGALPA, Honduras — Guards were moved from Juticalpa after a riot at the Morocelí jail on Friday.",
			names: []labelled{{"TEGUCIGALPA", model.GPE}, {"Honduras", model.GPE}, {"Juticalpa", model.GPE}, {"Morocelí", model.ORG}},
			name:  "Morocelí", cc: "HN"},
		// a river with an article, tagged as a person
		{about: "the X river tagged PERSON", text: "ALBURY, Australia — Farmers between Corowa and Wodonga watched the Murray rise on Tuesday.",
			names: []labelled{{"ALBURY", model.GPE}, {"Australia", model.GPE}, {"Corowa", model.GPE}, {"Wodonga", model.GPE}, {"Murray", model.PERSON}},
			name:  "Murray", cc: "AU"},
		// a river in a list, tagged as a person
		{about: "river in a list", text: "TARKWA, Ghana — Miners near Prestea have turned the Ankobra and other rivers brown, residents of Tarkwa said.",
			names: []labelled{{"TARKWA", model.GPE}, {"Ghana", model.GPE}, {"Prestea", model.GPE}, {"Ankobra", model.PERSON}, {"Tarkwa", model.GPE}},
			name:  "Ankobra", cc: "GH"},
		// a division before its government (an actor use to the annotators: the place is read)
		{about: "the X government said", text: "SYDNEY — Roads near Lismore and Grafton were cut. The New South Wales government said 14 rescue teams were deployed.",
			names: []labelled{{"SYDNEY", model.GPE}, {"Lismore", model.GPE}, {"Grafton", model.GPE}, {"New South Wales", model.ORG}},
			name:  "New South Wales", cc: "AU"},
		// a lower-case division adjective before an office (rule 19's placeBeforeOffice)
		{about: "the X regional commissioner", text: "DAR ES SALAAM (Reuters) — The Songwe regional commissioner said lorries queued for 20 km.",
			names: []labelled{{"DAR ES SALAAM", model.GPE}, {"Songwe", model.ORG}},
			name:  "Songwe", cc: "TZ"},
		{about: "the X district hospital", text: "PESHAWAR, Pakistan — Doctors at the Bannu district hospital treated 12 people.",
			names: []labelled{{"PESHAWAR", model.GPE}, {"Pakistan", model.GPE}, {"Bannu", model.ORG}},
			name:  "Bannu", cc: "PK"},
		// a municipality as a division word (rule 19's division tails)
		{about: "the X Municipality", text: "TAMALE, Ghana — Police extended the curfew in the Yendi Municipality after clashes near Tamale.",
			names: []labelled{{"TAMALE", model.GPE}, {"Ghana", model.GPE}, {"Yendi Municipality", model.ORG}, {"Tamale", model.GPE}},
			name:  "Yendi", cc: "GH"},
		// data: Somalia's South West State
		{about: "South West State", text: "MOGADISHU (Reuters) — Baidoa is the interim capital of the South West State, officials in Mogadishu said.",
			names: []labelled{{"MOGADISHU", model.GPE}, {"Baidoa", model.GPE}, {"South West State", model.ORG}, {"Mogadishu", model.GPE}},
			name:  "South West State", cc: "SO"},
	})
}

// TestRuleThirtyThreeNot: people and organisations named like the story's places stay what the
// tagger said.
func TestRuleThirtyThreeNot(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		text  string
		names []labelled
		name  string
	}{
		// a speaker
		{"ADELAIDE, Australia — Murray said the plan for Murray Bridge and Mannum would be released on Friday.",
			[]labelled{{"ADELAIDE", model.GPE}, {"Australia", model.GPE}, {"Murray", model.PERSON}, {"Murray Bridge", model.GPE}, {"Mannum", model.GPE}}, "Murray"},
		{"BOLZANO, Italy — Canazei said on Monday that the roads from Trento and Moena were open.",
			[]labelled{{"BOLZANO", model.GPE}, {"Italy", model.GPE}, {"Canazei", model.ORG}, {"Trento", model.GPE}, {"Moena", model.GPE}}, "Canazei"},
		// another person of the document holds the name
		{"TRENTO, Italy — Canazei Rossi, a farmer, drove to Bolzano. Later Canazei met officials in Trento.",
			[]labelled{{"TRENTO", model.GPE}, {"Italy", model.GPE}, {"Canazei Rossi", model.PERSON}, {"Bolzano", model.GPE}, {"Canazei", model.PERSON}, {"Trento", model.GPE}}, "Canazei"},
		// a person's whole name
		{"GLASGOW, Scotland — Andy Murray won in Glasgow and Edinburgh on Sunday.",
			[]labelled{{"GLASGOW", model.GPE}, {"Scotland", model.GPE}, {"Andy Murray", model.PERSON}, {"Glasgow", model.GPE}, {"Edinburgh", model.GPE}}, "Andy Murray"},
		{"SEATTLE (AP) — Hope Solo signed with a club in Tacoma and trained in Seattle.",
			[]labelled{{"SEATTLE", model.GPE}, {"Hope Solo", model.PERSON}, {"Tacoma", model.GPE}, {"Seattle", model.GPE}}, "Hope Solo"},
		{"TORONTO — Jordan Peterson spoke in Ottawa and Toronto on Friday.",
			[]labelled{{"TORONTO", model.GPE}, {"Jordan Peterson", model.PERSON}, {"Ottawa", model.GPE}, {"Toronto", model.GPE}}, "Jordan Peterson"},
		// a surname once the full name was given
		{"ALBURY, Australia — Water Minister Murray Watt visited Corowa and Wodonga. Later Murray met farmers.",
			[]labelled{{"ALBURY", model.GPE}, {"Australia", model.GPE}, {"Murray Watt", model.PERSON}, {"Corowa", model.GPE}, {"Wodonga", model.GPE}, {"Murray", model.PERSON}}, "Murray"},
		// an organisation: a capitalised word, an office or a facility named after the place
		{"BOLZANO, Italy — Canazei Ski Club said races in Trento and Moena were cancelled.",
			[]labelled{{"BOLZANO", model.GPE}, {"Italy", model.GPE}, {"Canazei Ski Club", model.ORG}, {"Trento", model.GPE}, {"Moena", model.GPE}}, "Canazei Ski Club"},
		{"TAMALE, Ghana — The Yendi zone administration said the curfew in Tamale and Bolgatanga would stay.",
			[]labelled{{"TAMALE", model.GPE}, {"Ghana", model.GPE}, {"Yendi", model.ORG}, {"Tamale", model.GPE}, {"Bolgatanga", model.GPE}}, "Yendi"},
		{"TAMALE, Ghana — Doctors at the Yendi health centre treated 14 people from Tamale and Bolgatanga.",
			[]labelled{{"TAMALE", model.GPE}, {"Ghana", model.GPE}, {"Yendi", model.ORG}, {"Tamale", model.GPE}, {"Bolgatanga", model.GPE}}, "Yendi"},
		// a title before the name
		{"BANNU, Pakistan — Mr Nowshera met elders in Bannu and Lakki on Monday.",
			[]labelled{{"BANNU", model.GPE}, {"Pakistan", model.GPE}, {"Nowshera", model.PERSON}, {"Bannu", model.GPE}, {"Lakki", model.GPE}}, "Nowshera"},
		// a one-word feature as a modifier, with no frame
		{"SRINAGAR, India — Gunmen attacked a bus carrying Amarnath pilgrims near Anantnag in Kashmir.",
			[]labelled{{"SRINAGAR", model.GPE}, {"India", model.GPE}, {"Amarnath", model.PERSON}, {"Anantnag", model.GPE}, {"Kashmir", model.GPE}}, "Amarnath"},
		// a place of another country than the story's
		{"BOLZANO, Italy — Trento and Moena expect skiers, and Bannu sent a team.",
			[]labelled{{"BOLZANO", model.GPE}, {"Italy", model.GPE}, {"Trento", model.GPE}, {"Moena", model.GPE}, {"Bannu", model.ORG}}, "Bannu"},
	} {
		a := resolveLabelled(g, c.text, c.names)
		for _, p := range a.Places {
			if p.Text == c.name {
				t.Errorf("%q: %q read as a place (%+v)", c.text, p.Text, p.Geo)
			}
		}
		for _, e := range a.Entities {
			if a.Doc.Text[e.Start:e.End] == c.name && (e.Label == model.GPE || e.Label == model.LOC) {
				t.Errorf("%q: %q relabelled %s", c.text, c.name, e.Label)
			}
		}
	}
}
