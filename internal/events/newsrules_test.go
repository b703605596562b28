package events

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// newsRuleCases exercise general phenomena of news English that are not events or that
// change an event's fields: reporting idioms, subordinate participles, "overnight", background
// frames, negated denials and merged crowd-control acts. The sentences are written for these tests.
func newsRuleCases() []evCase {
	return []evCase{
		// (1) reporting and naming idioms
		{name: "so-called names, not an event",
			ann: newAnn("The army said it had destroyed a so-called rebel training camp near Beni on Monday.", "2025-04-08").
				generic("The army", "CD", "MIL").generic("rebel", "CD", "REB").place("Beni", "CD", "city").timex("Monday", "2025-04-07", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "army", loc: "Beni"}}, not: []string{"ACCUSE", "REQUEST", "APPEAL"}},
		{name: "what it called is a naming idiom",
			ann: newAnn("The ministry condemned what it called a provocation by the opposition.", "2025-04-08").
				generic("The ministry", "AM", "GOV").generic("the opposition", "AM", "OPP").done(),
			not: []string{"REQUEST", "APPEAL", "THREATEN", "CONSULT"}},
		{name: "what it called an attack: no phone call, and the namer is not the attacker",
			ann: newAnn("The ministry condemned what it called a terrorist attack on a police station in Kano.", "2025-04-08").
				generic("The ministry", "NG", "GOV").generic("police", "NG", "COP").place("Kano", "NG", "city").done(),
			wants: []want{{typ: "ACCUSE", src: "ministry"}}, not: []string{"CONSULT"}},
		{name: "calling it is a naming idiom",
			ann: newAnn("The president rejected the report, calling it a lie.", "2025-04-08").
				generic("The president", "VE", "GOV").done(),
			not: []string{"REQUEST", "APPEAL", "ACCUSE", "CONSULT"}},
		{name: "call it is a naming idiom",
			ann: newAnn("Critics of the government call it a sham election.", "2025-04-08").
				generic("Critics", "VE", "OPP").generic("the government", "VE", "GOV").done(),
			not: []string{"REQUEST", "APPEAL", "CONSULT"}},
		{name: "in a statement it called",
			ann: newAnn("The group said in a statement it called a day of rage for Friday.", "2025-04-08").
				generic("The group", "PS", "REB").done(),
			not: []string{"APPEAL", "CONSULT"}},
		{name: "blamed on without an accuser is no accusation",
			ann: newAnn("The blast in Quetta on Monday was blamed on separatist militants.", "2025-04-08").
				generic("separatist militants", "PK", "REB").place("Quetta", "PK", "city").timex("Monday", "2025-04-07", "day").done(),
			not: []string{"ACCUSE"}},
		{name: "passive blamed on names the presumed attacker",
			ann: newAnn("The attack, which was blamed on Boko Haram, killed 12 people in Borno on Monday.", "2025-04-08").
				actor("Boko Haram", model.Actor{Name: "Boko Haram", Country: "NG", Kind: "REB"}, model.ORG).place("Borno", "NG", "admin1").
				timex("Monday", "2025-04-07", "day").qty("12 people", 12, "killed", "people", false, false).done(),
			wants: []want{{typ: "ASSAULT", src: "Boko Haram", killed: ip(12), loc: "Borno"}}, not: []string{"ACCUSE"}},
		{name: "blaming a fire on a fault is no accusation",
			ann: newAnn("Officials blamed the fire on an electrical fault.", "2025-04-08").generic("Officials", "NG", "GOV").done(),
			not: []string{"ACCUSE"}},
		{name: "blaming unrest on foreign agents is an accusation",
			ann:   newAnn("The government blamed the unrest on foreign agents.", "2025-04-08").generic("The government", "IR", "GOV").done(),
			wants: []want{{typ: "ACCUSE", src: "government"}}},
		{name: "blamed on with an explicit accuser is an accusation",
			ann: newAnn("The government blamed the blast on separatist militants.", "2025-04-08").
				generic("The government", "PK", "GOV").generic("separatist militants", "PK", "REB").done(),
			wants: []want{{typ: "ACCUSE", src: "government"}}},
		// (2) retreating/fleeing fighters
		{name: "retreating fighters are no retreat event",
			ann: newAnn("Troops shelled retreating rebel fighters near Kidal on Sunday.", "2025-04-08").
				generic("Troops", "ML", "MIL").generic("rebel fighters", "ML", "REB").place("Kidal", "ML", "city").timex("Sunday", "2025-04-06", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "Troops", loc: "Kidal"}}, not: []string{"RETREAT"}},
		{name: "fleeing gunmen in a participle are no event of their own",
			ann: newAnn("Police shot dead two gunmen fleeing the scene in Lagos on Sunday.", "2025-04-08").
				generic("Police", "NG", "COP").generic("gunmen", "NG", "UAF").place("Lagos", "NG", "city").timex("Sunday", "2025-04-06", "day").done(),
			not: []string{"RETREAT", "SANCTION"}},
		// (3) overnight
		{name: "overnight dates the event to the publication day",
			ann: newAnn("Drones struck an oil depot in Bryansk overnight, the governor said.", "2025-04-08").
				generic("the governor", "RU", "GOV").place("Bryansk", "RU", "city").done(),
			wants: []want{{typ: "ASSAULT", loc: "Bryansk", date: "2025-04-08"}}},
		// (4) background frames
		{name: "during the 2006 war is background",
			ann: newAnn("During the 2006 war, Israeli strikes killed 1,200 people in Lebanon.", "2025-04-08").
				generic("Israeli", "IL", "MIL").place("Lebanon", "LB", "country").timex("2006", "2006", "year").
				qty("1,200 people", 1200, "killed", "people", false, false).done(),
			wants: []want{{typ: "ASSAULT", background: bp(true), date: "2006"}}, notKilled: []int{1200}},
		{name: "a year-range war frame without a timex is background",
			ann: newAnn("In the 2020–2022 war in Tigray, government forces killed thousands of civilians.", "2025-04-08").
				generic("government forces", "ET", "MIL").place("Tigray", "ET", "admin1").done(),
			wants: []want{{typ: "ASSAULT", background: bp(true), date: "2020"}}},
		{name: "a war frame after the event, without a timex",
			ann: newAnn("Israeli strikes killed 1,200 people in Lebanon during the 2006 war.", "2025-04-08").
				generic("Israeli", "IL", "MIL").place("Lebanon", "LB", "country").qty("1,200 people", 1200, "killed", "people", false, false).done(),
			wants: []want{{typ: "ASSAULT", background: bp(true), date: "2006"}}, notKilled: []int{1200}},
		{name: "the worst since the 2006 war is a comparison, not a frame",
			ann: newAnn("Soldiers clashed with militants on the border, the worst fighting since the 2006 war.", "2025-04-08").
				generic("Soldiers", "LB", "MIL").generic("militants", "LB", "REB").done(),
			wants: []want{{typ: "ASSAULT", background: bp(false), date: "-"}}},
		// (5) negated denials
		{name: "denied that its troops attacked",
			ann: newAnn("Rwanda denied that its troops had attacked army positions in Congo.", "2025-04-08").
				place("Rwanda", "RW", "country").generic("troops", "RW", "MIL").generic("army", "CD", "MIL").place("Congo", "CD", "country").done(),
			wants: []want{{typ: "ASSAULT", modality: "negated", srcCountry: "RW"}}},
		{name: "denied carrying out the attack",
			ann: newAnn("The Houthis denied carrying out the attack on the tanker.", "2025-04-08").
				actor("Houthis", houthis, model.ORG).done(),
			wants: []want{{typ: "ASSAULT", modality: "negated", src: "Houthis"}}},
		{name: "denied firing: the denier is the source",
			ann: newAnn("Hezbollah denied firing rockets at Israel on Monday.", "2025-04-08").
				actor("Hezbollah", hezbollah, model.ORG).place("Israel", "IL", "country").timex("Monday", "2025-04-07", "day").done(),
			wants: []want{{typ: "ASSAULT", modality: "negated", src: "Hezbollah", date: "2025-04-07"}}},
		{name: "denied that they attacked: the pronoun is the denier",
			ann:   newAnn("Rebels denied that they had attacked the village.", "2025-04-08").generic("Rebels", "CD", "REB").done(),
			wants: []want{{typ: "ASSAULT", modality: "negated", src: "Rebels"}}},
		// (6) tear gas and opened fire merge
		{name: "one police event: opened fire and fired tear gas in one sentence",
			ann: newAnn("Police opened fire and fired tear gas to disperse demonstrators in Conakry on Thursday.", "2025-04-08").
				generic("Police", "GN", "COP").generic("demonstrators", "GN", "OPP").place("Conakry", "GN", "city").timex("Thursday", "2025-04-03", "day").done(),
			wants: []want{{typ: "ASSAULT", sub: "Protest with intervention", src: "Police", loc: "Conakry", date: "2025-04-03"}}},
		{name: "one police event: tear gas, then gunfire in the next sentence",
			ann: newAnn("Police fired tear gas at protesters in Nairobi on Tuesday. Officers later opened fire on the crowd, killing two people.", "2025-04-08").
				generic("Police", "KE", "COP").generic("Officers", "KE", "COP").generic("protesters", "KE", "OPP").place("Nairobi", "KE", "city").
				timex("Tuesday", "2025-04-08", "day").qty("two people", 2, "killed", "people", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Excessive force against protesters", loc: "Nairobi", killed: ip(2), date: "2025-04-08"}}},
		{name: "soldiers' gunfire and police tear gas stay apart",
			ann: newAnn("Police fired tear gas at protesters in Nairobi on Tuesday. Soldiers later opened fire on gunmen in Garissa, killing two.", "2025-04-08").
				generic("Police", "KE", "COP").generic("Soldiers", "KE", "MIL").generic("gunmen", "KE", "UAF").generic("protesters", "KE", "OPP").place("Nairobi", "KE", "city").place("Garissa", "KE", "city").
				timex("Tuesday", "2025-04-08", "day").qty("two", 2, "killed", "", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Protest with intervention", loc: "Nairobi"}, {typ: "ASSAULT", src: "Soldiers", loc: "Garissa"}}},
		{name: "one police event: tear gas and opening fire at one protest",
			ann: newAnn("Police fired tear gas at protesters in Nairobi on Tuesday and later opened fire, killing two.", "2025-04-08").
				generic("Police", "KE", "COP").generic("protesters", "KE", "OPP").place("Nairobi", "KE", "city").timex("Tuesday", "2025-04-08", "day").
				qty("two", 2, "killed", "", false, false).done(),
			wants: []want{{typ: "ASSAULT", src: "Police", loc: "Nairobi", killed: ip(2)}}},
	}
}

func TestNewsRuleCases(t *testing.T) {
	for _, tc := range newsRuleCases() {
		t.Run(tc.name, func(t *testing.T) {
			evs := Extract(tc.ann)
			if tc.none && len(evs) > 0 {
				t.Errorf("want no events, got %s", describe(evs))
			}
			checkEvents(t, evs, tc.wants, tc.not)
			for _, e := range evs {
				for _, k := range tc.notKilled {
					if e.Counts.Killed != nil && *e.Counts.Killed == k && e.Date.Precision == "day" {
						t.Errorf("background toll %d used as a day toll", k)
					}
				}
			}
			if strings.HasPrefix(tc.name, "what it called an attack") {
				for _, e := range evs {
					if e.Type == "ASSAULT" && actorHas(e.Sources, "ministry") {
						t.Errorf("the namer became the attacker: %s", describe([]model.Event{e}))
					}
				}
			}
			if strings.HasPrefix(tc.name, "one police event") {
				n := 0
				for _, e := range evs {
					if e.Type == "ASSAULT" {
						n++
					}
				}
				if n != 1 {
					t.Errorf("want one ASSAULT, got %d: %s", n, describe(evs))
				}
			}
		})
	}
}
