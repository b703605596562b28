package events

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// dtCase is one sentence with the events it must yield and a target text it must not.
type dtCase struct {
	name   string
	ann    *model.Annotation
	wants  []want
	notTgt string
}

// dateTargetCases: dates and targets from general news phrasing (sentences written for these tests).
func dateTargetCases() []dtCase {
	return []dtCase{
		{name: "earlier this week dates the raid to the week",
			ann: newAnn("Soldiers raided a village near Gao earlier this week, residents said.", "2025-04-10").
				generic("Soldiers", "ML", "MIL").generic("residents", "ML", "CVL").place("Gao", "ML", "city").
				timex("earlier this week", "2025-04-07", "week").done(),
			wants: []want{{typ: "ASSAULT", src: "Soldiers", loc: "Gao", date: "2025-04-07"}}},
		{name: "a day date in the clause wins over earlier this month",
			ann: newAnn("Police fired tear gas on Wednesday at protesters angry over a killing earlier this month.", "2025-04-10").
				generic("Police", "KE", "COP").generic("protesters", "KE", "OPP").
				timex("Wednesday", "2025-04-09", "day").timex("earlier this month", "2025-04", "month").done(),
			wants: []want{{typ: "ASSAULT", src: "Police", date: "2025-04-09"}}},
		{name: "the flag state of a struck tanker is the target's country",
			ann: newAnn("Rebels struck a Liberian-flagged tanker off Hodeidah on Friday.", "2025-04-10").
				generic("Rebels", "YE", "REB").place("Hodeidah", "YE", "city").timex("Friday", "2025-04-04", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "Rebels", tgt: "tanker", tgtCountry: "LR", date: "2025-04-04"}}},
		{name: "a vessel attacked by drones is the target",
			ann: newAnn("Houthi forces attacked a Panama-flagged vessel in the Gulf of Aden on Monday.", "2025-04-10").
				actor("Houthi forces", houthis, model.ORG).timex("Monday", "2025-04-07", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "Houthi", tgt: "vessel", tgtCountry: "PA"}}},
		{name: "pirates seizing a flagged freighter: target with the flag state",
			ann: newAnn("Pirates seized a Maltese-flagged freighter off Somalia on Sunday.", "2025-04-10").
				generic("Pirates", "SO", "UAF").place("Somalia", "SO", "country").timex("Sunday", "2025-04-06", "day").done(),
			wants: []want{{tgt: "freighter", tgtCountry: "MT"}}},
		{name: "victims in a toll are targets with the location's country",
			ann: newAnn("Gunmen opened fire on a bus in Zamfara late Monday, killing four passengers.", "2025-04-10").
				generic("Gunmen", "NG", "UAF").place("Zamfara", "NG", "admin1").timex("late Monday", "2025-04-07", "day").
				qty("four passengers", 4, "killed", "passengers", false, false).done(),
			wants: []want{{typ: "ASSAULT", src: "Gunmen", tgt: "passengers", tgtCountry: "NG", date: "2025-04-07"}}},
		{name: "shoppers killed by a bomber are targets",
			ann: newAnn("A suicide bomber killed three shoppers at a market in Maiduguri on Saturday.", "2025-04-10").
				generic("A suicide bomber", "", "UAF").place("Maiduguri", "NG", "city").timex("Saturday", "2025-04-05", "day").
				qty("three shoppers", 3, "killed", "shoppers", false, false).done(),
			wants: []want{{typ: "ASSAULT", tgt: "shoppers", tgtCountry: "NG"}}},
		{name: "a shelled hospital is a civilian target in the location's country",
			ann: newAnn("Rebels shelled a hospital in Goma on Monday.", "2025-04-10").
				generic("Rebels", "CD", "REB").place("Goma", "CD", "city").timex("Monday", "2025-04-07", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "Rebels", tgt: "hospital", tgtCountry: "CD", date: "2025-04-07"}}},
		{name: "fire opened on a bus: the bus is the target",
			ann: newAnn("Gunmen opened fire on a minibus and a bus near Kaduna on Sunday.", "2025-04-10").
				generic("Gunmen", "NG", "UAF").place("Kaduna", "NG", "city").timex("Sunday", "2025-04-06", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "Gunmen"}}},
		{name: "fire opened near a school: no facility target",
			ann: newAnn("Soldiers opened fire near a school in Kaduna on Sunday.", "2025-04-10").
				generic("Soldiers", "NG", "MIL").place("Kaduna", "NG", "city").timex("Sunday", "2025-04-06", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "Soldiers"}}, notTgt: "school"},
		{name: "shot dead: the victims are the object",
			ann: newAnn("Gunmen shot dead two farmers in Jos on Saturday.", "2025-04-10").
				generic("Gunmen", "NG", "UAF").place("Jos", "NG", "city").timex("Saturday", "2025-04-05", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "Gunmen", tgt: "farmers", tgtCountry: "NG", date: "2025-04-05"}}},
		{name: "passive victims are targets and gunmen after by are the source",
			ann: newAnn("Two farmers were killed by gunmen in Jos on Saturday.", "2025-04-10").
				generic("gunmen", "NG", "UAF").place("Jos", "NG", "city").timex("Saturday", "2025-04-05", "day").
				qty("Two farmers", 2, "killed", "farmers", false, false).done(),
			wants: []want{{typ: "ASSAULT", src: "gunmen", tgt: "farmers", tgtCountry: "NG", date: "2025-04-05", killed: ip(2)}}},
		{name: "a passive villager victim of gunmen",
			ann: newAnn("A villager was killed by gunmen near Zaria on Saturday.", "2025-04-10").
				generic("gunmen", "NG", "UAF").place("Zaria", "NG", "city").timex("Saturday", "2025-04-05", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "gunmen", tgt: "villager"}}},
		{name: "a struck refinery is the target, in the location's country",
			ann: newAnn("Drones struck an oil refinery in Saratov overnight, the governor said.", "2025-04-10").
				generic("the governor", "RU", "GOV").place("Saratov", "RU", "city").done(),
			wants: []want{{typ: "ASSAULT", tgt: "refinery", tgtCountry: "RU", date: "2025-04-10"}}},
		{name: "the settlement's country comes from its demonym",
			ann: newAnn("Militants attacked an Israeli settlement near Nablus on Friday.", "2025-04-10").
				generic("Militants", "PS", "REB").place("Nablus", "PS", "city").timex("Friday", "2025-04-04", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "Militants", tgt: "settlement", tgtCountry: "IL"}}},
	}
}

func TestDateTargetCases(t *testing.T) {
	for _, tc := range dateTargetCases() {
		t.Run(tc.name, func(t *testing.T) {
			evs := Extract(tc.ann)
			for _, e := range evs {
				if tc.notTgt != "" && actorHas(e.Targets, tc.notTgt) {
					t.Errorf("unexpected target %q: %s", tc.notTgt, describe(evs))
				}
			}
			checkEvents(t, evs, tc.wants, nil)
		})
	}
}
