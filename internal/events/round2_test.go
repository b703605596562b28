package events_test

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRound2Recall runs sentences written for this test (none copied from a gold set) through
// the whole pipeline: classes of missed events on new text (session 3, issue #6 round 2):
// undated acts of an episode, earlier episodes told in relative clauses, unnamed ambushers,
// period tolls.
func TestRound2Recall(t *testing.T) {
	cases := []ruleCase{
		// an episode dated once: the next sentence's acts inherit its day
		{"an act of the episode takes the day told before it",
			"Clearance\n\nRiot police moved in at dawn Tuesday on the road block at Caracollo. Demonstrators threw stones at the advancing officers.",
			"2026-05-14",
			func(e model.Event) bool { return e.Type == "PROTEST" && e.Date.Value == "2026-05-12" }},
		{"a sentence opening with a day frames the next one, not a later day inside it",
			"Unrest\n\nOn Thursday, crowds defied a ban announced on Wednesday night and returned to the square. Demonstrators set fire to the town hall.",
			"2026-05-16",
			func(e model.Event) bool { return e.Type == "PROTEST" && e.Date.Value == "2026-05-14" }},
		// earlier episodes told in relative clauses
		{"since <month>, when X killed N: a background episode of that month",
			"Attack\n\nGunmen killed eight villagers in Kaduna state on Monday. It was the deadliest attack since March 2025, when bandits killed 30 people in a market near Kauru.",
			"2026-10-14",
			func(e model.Event) bool { return e.Type == "ASSAULT" && e.Date.Value == "2025-03" && e.Background }},
		// ambushers need not be named
		{"killed in an ambush with no named attacker is still an attack",
			"Ambush\n\nIn June 2024, more than 50 farmers were killed in an ambush near Zangon Kataf.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Date.Value == "2024-06" && e.Background && e.Counts.Killed != nil && *e.Counts.Killed == 50
			}},
		// a lede that summarises the attack the body dates
		{"an undated lede attack takes the day of the attack told next and merges with it",
			"Ambush\n\nThe government declared a state of emergency in the province after at least 20 men were killed in an ambush in the hills. Gunmen ambushed the men near Mendi on Monday, police said.",
			"2026-10-29",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Date.Value == "2026-10-26" && e.Counts.Killed != nil && *e.Counts.Killed == 20 && e.Mentions >= 2
			}},
		// targets that are no actor
		{"vehicles struck are the target",
			"Strike\n\nIsraeli aircraft struck a column of government vehicles near Kisweh on Tuesday.",
			"2026-07-09",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && len(e.Targets) > 0 && strings.Contains(e.Targets[0].Text, "vehicles") && e.Targets[0].Kind == "GOV"
			}},
		{"an airspace closed to a country's airlines targets that country",
			"Closure\n\nThe government closed its airspace to all Turkish-owned and Turkish-operated airlines on Friday, the aviation authority said.",
			"2026-07-13",
			func(e model.Event) bool {
				return e.Type == "SANCTION" && len(e.Targets) > 0 && e.Targets[0].Country == "TR"
			}},
		{"a toll with its own place completes the police shooting told just before",
			"Protests\n\nThousands of students marched in Nairobi on Monday. When a crowd of protesters broke through barricades and entered the compound, police fired tear gas, water cannon and then live ammunition, witnesses said. Seven protesters were killed and more than 80 injured in Nairobi on Monday, according to the health ministry.",
			"2026-11-11",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Counts.Killed != nil && *e.Counts.Killed == 7 && e.Counts.Injured != nil && *e.Counts.Injured == 80 && hasActor(e.Sources, "police")
			}},
		// counts that did not reach the event
		{"the people seized are the abduction's count",
			"Hostages\n\nProtesters in the town of Punata seized four police officers on Tuesday and held them in a school, police said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.ACLED.SubEventType == "Abduction/forced disappearance" && e.Counts.Kidnapped != nil && *e.Counts.Kidnapped == 4
			}},
		{"a named person arrested counts one",
			"Arrest\n\nSecurity forces arrested journalist Maria Lopez at her home in Caracas on Wednesday.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "COERCE" && e.Counts.Arrested != nil && *e.Counts.Arrested == 1
			}},
		// releases told in the passive, with no captor named
		{"hostages freed with no captor named are a release",
			"Hostages\n\nVillagers in Punata seized four police officers on Tuesday. The officers were freed unharmed on Wednesday morning after mediation by the church.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "RETREAT" && e.Mode == "release" && e.Date.Value == "2026-10-14" && e.Location != nil && e.Location.Country == "BO"
			}},
		{"the prime minister is the source, not the minister",
			"Resignation\n\nThe prime minister of Nepal resigned on Tuesday.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "RETREAT" && len(e.Sources) > 0 && strings.Contains(strings.ToLower(e.Sources[0].Text), "prime minister")
			}},
	}
	wantSome(t, cases)
}

// TestRound2NoOverreach: what the round-2 rules must not do.
func TestRound2NoOverreach(t *testing.T) {
	cases := []ruleCase{
		{"a toll of days of protest is no day's toll",
			"Resignation\n\nThe prime minister resigned on Tuesday after two days of protests against a fuel tax, in which at least 14 people were killed.",
			"2026-05-14",
			func(e model.Event) bool {
				return e.Date.Precision == "day" && e.Counts.Killed != nil && *e.Counts.Killed == 14
			}},
		{"an undated act after a background paragraph takes no current day",
			"Clashes\n\nRebels attacked an army post near Goma on Monday. In June 2019, rebels seized the town. Soldiers fled the town.",
			"2026-05-14",
			func(e model.Event) bool { return e.Type == "SANCTION" && strings.HasPrefix(e.Date.Value, "2026") }},
		{"a running blockade since a day has no day of its own",
			"Blockade\n\nFarmers have blocked the highway near Oruro since May 2, police said on Monday.",
			"2026-05-14",
			func(e model.Event) bool { return e.Type == "PROTEST" && e.Date.Value == "2026-05-11" }},
		{"stepping down is no shoot-down",
			"Resignation\n\nThe president resigned on Tuesday, saying he was stepping down to pave the way for talks.",
			"2026-10-14",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
	}
	wantNone(t, cases)
}
