package events_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRecallMissedClasses runs sentences written for this test through the whole pipeline:
// classes of required events that the extractor did not produce at all (session 2, recall
// round on dev3–dev5). Each case failed before the change.
func TestRecallMissedClasses(t *testing.T) {
	cases := []ruleCase{
		{"a passive arrest reported by a ministry is the state's",
			"Farmers protest in Bolivia\n\nThe Interior Ministry said 23 people were arrested in La Paz.",
			"2026-06-10",
			func(e model.Event) bool {
				return e.Type == "COERCE" && e.Counts.Arrested != nil && *e.Counts.Arrested == 23 && hasActor(e.Sources, "Interior Ministry") && hasCountry(e.Sources, "BO")
			}},
		{"fighting erupted with no parties named is an armed clash dated by its month",
			"Sudan army fights militia\n\nThe army said it killed 20 Rapid Support Forces fighters near El Obeid on Monday.\n\nFighting erupted in Darfur in April 2023 after the army moved to disband the militia.",
			"2026-03-17",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Armed clash" && e.Date.Value == "2023-04" && e.Background
			}},
		{"fighting erupted between two sides names them",
			"Sudan\n\nFighting erupted in Darfur in April 2023 between the army and the Rapid Support Forces.",
			"2026-03-17",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && hasActor(e.Sources, "Rapid Support Forces") && e.Date.Value == "2023-04" && e.Background
			}},
		{"an undated arrest after the main event takes its day",
			"Protest in Lusaka\n\nPolice in Lusaka fired tear gas on Thursday to disperse hundreds of students who marched on parliament.\n\nSome protesters threw stones at officers.\n\nA police spokesman said 31 people had been arrested.",
			"2026-10-23",
			func(e model.Event) bool {
				return e.Type == "COERCE" && e.Date.Value == "2026-10-22" && hasCountry(e.Sources, "ZM")
			}},
		{"an investigation opened, said on a day, is dated and sourced by the body",
			"Death in custody\n\nThe Zambia Human Rights Commission said on Monday that it had opened an investigation into the killing.",
			"2026-10-23",
			func(e model.Event) bool {
				return e.Type == "ACCUSE" && e.Mode == "investigate" && hasActor(e.Sources, "Human Rights Commission") && e.Date.Value == "2026-10-19"
			}},
		{"shooting an off-duty soldier is an attack, not a clash",
			"Gunmen kill soldier\n\nGunmen shot dead a soldier as he was buying bread at a market in Maiduguri on Tuesday, police said.",
			"2026-10-23",
			func(e model.Event) bool { return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Attack" }},
		{"the army's toll and the fighters' attack are one clash",
			"Ethiopia\n\nADDIS ABABA, March 17 (Reuters) - Ethiopia's army said on Tuesday it had killed 60 Fano militia fighters in the town of Bahir Dar.\n\nThe army said its units had repulsed an attack by Fano fighters on Bahir Dar early on Monday.",
			"2026-03-17",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Armed clash" && hasActor(e.Sources, "army") && hasActor(e.Sources, "Fano") && e.Date.Value == "2026-03-16"
			}},
		{"led national strikes: the subject of a light verb over a modifier organises the strike",
			"Strike in Bolivia\n\nThe COB led national strikes in March 2019 that paralysed the country for weeks.",
			"2026-06-09",
			func(e model.Event) bool {
				return e.Type == "PROTEST" && hasActor(e.Sources, "COB") && e.Date.Value == "2019-03" && e.Background
			}},
		{"due to resume formal talks: the parties meet",
			"Talks\n\nThe attack came a week before the government and the Moro Islamic Liberation Front are due to resume formal talks in Kuala Lumpur.",
			"2026-01-14",
			func(e model.Event) bool {
				return (e.Type == "AGREE" || e.Type == "CONSULT") && hasActor(e.Sources, "Moro")
			}},
		{"batons and pepper spray share the light verb",
			"Serbia protest\n\nNovi Sad (AFP) - Serbian riot police used batons and pepper spray late Thursday to break up a blockade of the main bridge in Novi Sad by thousands of students, detaining 27 people.",
			"2026-04-24",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Protest with intervention" && hasActor(e.Sources, "police")
			}},
		{"the blockade's agent follows its of-phrase",
			"Serbia protest\n\nNovi Sad (AFP) - Serbian riot police used batons and pepper spray late Thursday to break up a blockade of the main bridge in Novi Sad by thousands of students, detaining 27 people.",
			"2026-04-24",
			func(e model.Event) bool { return e.Type == "PROTEST" && hasActor(e.Sources, "students") }},
		{"the arrests count their own object and keep the police as source",
			"Serbia protest\n\nNovi Sad (AFP) - Serbian riot police used batons and pepper spray late Thursday to break up a blockade of the main bridge in Novi Sad by thousands of students, detaining 27 people.",
			"2026-04-24",
			func(e model.Event) bool {
				return e.Type == "COERCE" && e.Counts.Arrested != nil && *e.Counts.Arrested == 27 && hasActor(e.Sources, "police")
			}},
	}
	wantSome(t, cases)
}

// TestRecallNoOverreach: the new rules leave these alone.
func TestRecallNoOverreach(t *testing.T) {
	cases := []ruleCase{
		{"fighting among fans in a sports story is no armed clash",
			"Derby\n\nFighting erupted in Cairo after the derby on Monday.",
			"2026-03-17",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"a soldier shot while patrolling was on duty: a clash",
			"Attack\n\nGunmen shot dead a soldier as he was patrolling a market in Yala on Tuesday.",
			"2026-10-23",
			func(e model.Event) bool { return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Attack" }},
		{"a participle after the of-phrase owns the by-phrase",
			"Report\n\nStudents began a blockade of the main road outside the ministry filmed by Reuters on Monday.",
			"2026-04-24",
			func(e model.Event) bool { return hasActor(e.Sources, "Reuters") }},
		{"an arrest after a dated sentence of another day keeps no lede day",
			"Protest in Lusaka\n\nPolice in Lusaka fired tear gas on Thursday to disperse students.\n\nOn Monday, a court in Ndola sentenced two activists.\n\nPolice said 31 people had been arrested.",
			"2026-10-23",
			func(e model.Event) bool { return e.Type == "COERCE" && e.Date.Value == "2026-10-22" }},
	}
	wantNone(t, cases)
}
