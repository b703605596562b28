package events_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestSession6Recall: classes of error of session 6 (seen in dev6, dev8, dev10 and the fresh
// dev11): weapons as subjects, reciprocal talks, tolls told at another place, the scene of a
// later paragraph, tolls told by a singular noun or an unlisted one, partitive numbers, roads
// inside districts, unknown one-word towns. Sentences written for this test, run through the
// whole pipeline.
func TestSession6Recall(t *testing.T) {
	wantSome(t, []ruleCase{
		{"an explosion names the weapon class of the bomb it merges with",
			"Blast\n\nThe car bomb exploded outside a police station in Mogadishu on Sunday, killing seven people.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Remote explosive/landmine/IED" && e.Counts.Killed != nil && *e.Counts.Killed == 7
			}},
		{"an explosive device that damaged a bridge is an IED attack on the bridge",
			"Blast\n\nAn improvised explosive device damaged a bridge in Imphal on Tuesday, officials said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Remote explosive/landmine/IED" && hasActorText(e.Targets, "bridge")
			}},
		{"talks between two parties make both of them sources",
			"Talks\n\nThe talks in Doha on Monday between Hamas and Israeli negotiators focused on a ceasefire, mediators said.",
			"2026-10-14",
			func(e model.Event) bool { return e.Type == "CONSULT" && len(e.Sources) >= 2 }},
		{"a toll at another town right after a shooting is the shooter's act there",
			"Unrest\n\nTwo people were killed in Maputo on Tuesday when police fired on protesters. Two other people were killed in Nampula, in the north of the country.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Location != nil && e.Location.Name == "Nampula" && len(e.Sources) > 0
			}},
		{"a later paragraph that names no town keeps the scene last named",
			"Unrest\n\nPolice fired tear gas at protesters in Novi Sad late on Sunday.\n\nThousands had gathered at midday and stood in silence.\n\nIn the evening several thousand people marched to the ruling party's offices, where some threw stones at police lines.",
			"2026-10-13",
			func(e model.Event) bool {
				return e.Type == "PROTEST" && e.Location != nil && e.Location.Name == "Novi Sad" && e.Date.Value == "2026-10-11"
			}},
		{"killing the driver is one killed",
			"Ambush\n\nGunmen ambushed a truck near Kidal on Saturday, killing the driver and setting the vehicle on fire, officials said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Counts.Killed != nil && *e.Counts.Killed == 1
			}},
		{"a partitive number is no toll of its own",
			"Strike\n\nMilitary jets bombed the village of Kyaukhtu on Monday. Nine people were killed, four of them children, and 14 were wounded, a villager said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Counts.Injured != nil && *e.Counts.Injured == 14 && e.Counts.Killed != nil && *e.Counts.Killed == 9
			}},
		{"a number right after a kill verb is its toll whatever the noun",
			"Attack\n\nSuspected jihadists gunned down 14 worshippers at a mosque in Tillaberi on Friday, officials said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Counts.Killed != nil && *e.Counts.Killed == 14
			}},
		{"hacked to death is a killing",
			"Attack\n\nUnknown assailants hacked three farmers to death in Benue state on Sunday, police said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Counts.Killed != nil && *e.Counts.Killed == 3
			}},
		{"a junta executing activists is a political killing",
			"Executions\n\nThe military junta executed four pro-democracy activists, state media reported on Monday.",
			"2026-10-14",
			func(e model.Event) bool { return e.Type == "ASSAULT" && len(e.Sources) > 0 }},
		{"a road inside a named division is placed at the division",
			"Attack\n\nFighters killed 12 workers building the Trans-Sahel highway in Nduga regency on Monday, police said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Location != nil && e.Location.Name == "Nduga"
			}},
		{"a one-word unknown name after a locative preposition is a town",
			"Shooting\n\nOn Sunday, at least eight people were killed in Bangladesh when soldiers opened fire on protesters at Mohipal, a rights group said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Location != nil && e.Location.Name == "Mohipal"
			}},
		{"the village a lede leaves unnamed is the one the next sentence names",
			"Raid\n\nInsurgents beheaded five men during a night raid on a village in Muidumbe district on Sunday, local sources told Lusa on Tuesday.\n\nThe attack on Miangalewa, a village south of the district headquarters, began at around 21:00 on Sunday, a community leader said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Location != nil && e.Location.Name == "Miangalewa" && e.Date.Value == "2026-10-11"
			}},
		{"the attackers of a unit that came under fire follow from",
			"Clash\n\nOn Tuesday, soldiers came under fire from gunmen on a dirt road outside Kidal, the army said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && hasActorText(e.Sources, "gunmen") && hasActorText(e.Targets, "soldiers")
			}},
		{"the fight that won the ground is the territory event with its toll",
			"Recapture\n\nPolice and troops retook the town hall of Gonaives on Monday after a firefight in which at least four gang members were killed, police said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Government regains territory" && e.Counts.Killed != nil && *e.Counts.Killed == 4
			}},
		{"a fronted having-participle acts with the main clause's subject",
			"Advance\n\nHaving captured the town of Tessit on Sunday, JNIM fighters moved towards Ansongo on Monday, residents said.",
			"2026-10-14",
			func(e model.Event) bool { return e.Type == "ASSAULT" && len(e.Sources) > 0 }},
		{"relatives of victims blocking a highway with demands protest",
			"Protest\n\nRelatives of the victims blocked the highway outside Culiacan for several hours on Wednesday, demanding that authorities find the killers.",
			"2026-10-14",
			func(e model.Event) bool { return e.Type == "PROTEST" }},
	})
	wantNone(t, []ruleCase{
		{"a storm that damaged homes is no attack",
			"Storm\n\nThe storm damaged hundreds of homes in Dhaka on Monday.",
			"2026-10-14",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"the victims' hospital is not the scene",
			"Attack\n\nGunmen shot dead eight people at a party in Navolato on Monday. Five other people were wounded and taken to hospital in Culiacan.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Location != nil && e.Location.Name == "Culiacán"
			}},
		{"killing a soldier and a civilian is not one killed",
			"Attack\n\nRebels ambushed a patrol near Beni on Monday, killing a soldier and a civilian, the army said.",
			"2026-10-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Counts.Killed != nil && *e.Counts.Killed == 1
			}},
		{"killing twelve of them is the toll, not a part",
			"Clash\n\nTroops ambushed the rebels near Beni on Monday, killing 12 of them, the army said.",
			"2026-10-14",
			func(e model.Event) bool { return e.Type == "ASSAULT" && e.Counts.Killed == nil }},
	})
}

func hasActorText(as []model.Actor, s string) bool {
	for _, a := range as {
		if a.Text == s || a.Name == s {
			return true
		}
	}
	return false
}
