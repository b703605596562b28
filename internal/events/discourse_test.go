package events

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// discourseCase is an evCase with an exact number of events per type.
type discourseCase struct {
	evCase
	n map[string]int // exact number of output events of each listed type
}

// discourseCases exercise the classes of error fixed in session 2 (discourse.go and the rules
// it feeds): one event told twice, statements and phrases that are no event, dates carried
// across clauses and sentences, roles of idioms. The sentences are written for these tests.
func discourseCases() []discourseCase {
	dc := func(name string, ann *model.Annotation, wants []want, not []string, n map[string]int) discourseCase {
		return discourseCase{evCase: evCase{name: name, ann: ann, wants: wants, not: not}, n: n}
	}
	return []discourseCase{
		// types and triggers
		dc("a drone slamming into a depot is an attack, not criticism",
			newAnn("A drone slammed into a fuel depot near Kherson overnight, officials said on Tuesday.", "2025-03-18").
				generic("A drone", "", "").place("Kherson", "UA", "city").timex("Tuesday", "2025-03-18", "day").done(),
			[]want{{typ: "ASSAULT", sub: "Air/drone strike", loc: "Kherson"}}, []string{"ACCUSE"}, nil),
		dc("slamming a decision stays criticism",
			newAnn("The opposition slammed the government over the new curfew.", "2025-03-18").
				generic("The opposition", "KE", "OPP").generic("the government", "KE", "GOV").done(),
			[]want{{typ: "ACCUSE", src: "opposition"}}, []string{"ASSAULT"}, nil),
		dc("martyred is killed; the elliptical passive keeps the injured as victims",
			newAnn("Three soldiers were martyred and two others injured on Sunday when a roadside bomb exploded near Wana, officials said.", "2025-03-18").
				generic("soldiers", "PK", "MIL").generic("officials", "PK", "GOV").place("Wana", "PK", "city").timex("Sunday", "2025-03-16", "day").
				qty("Three soldiers", 3, "", "soldiers", false, false).qty("two others", 2, "injured", "others", false, false).done(),
			[]want{{typ: "ASSAULT", sub: "Remote explosive/landmine/IED", killed: ip(3), injured: ip(2), date: "2025-03-16"}}, nil, map[string]int{"ASSAULT": 1}),
		dc("air raid sirens and a rescue group are no events",
			newAnn("Air raid sirens sounded across Kyiv on Monday, and a local rescue group said nobody was hurt.", "2025-03-18").
				place("Kyiv", "UA", "city").generic("rescue group", "UA", "").timex("Monday", "2025-03-17", "day").done(),
			nil, []string{"ASSAULT", "AID"}, nil),
		dc("meeting a fate is no meeting",
			newAnn("The minister said the rebel commander could meet the same fate as his predecessor.", "2025-03-18").
				generic("The minister", "SD", "GOV").generic("rebel commander", "SD", "REB").done(),
			nil, []string{"CONSULT", "AGREE"}, nil),
		dc("exchanging mortar fire is reciprocal",
			newAnn("Troops exchanged heavy machine-gun fire with rebels near Kidal on Sunday.", "2025-03-18").
				generic("Troops", "ML", "MIL").generic("rebels", "ML", "REB").place("Kidal", "ML", "city").timex("Sunday", "2025-03-16", "day").done(),
			[]want{{typ: "ASSAULT", sub: "Armed clash", src: "rebels", date: "2025-03-16"}}, nil, map[string]int{"ASSAULT": 1}),

		dc("two single victims are two killed",
			newAnn("An air strike on a car killed a senior militia commander and another man near Tyre on Monday.", "2025-03-18").
				place("Tyre", "LB", "city").timex("Monday", "2025-03-17", "day").done(),
			[]want{{typ: "ASSAULT", killed: ip(2)}}, nil, nil),

		// threats
		dc("pay a heavy price: the speaker threatens the subject",
			newAnn("The defence minister said the rebels would pay a heavy price for the attack.", "2025-03-18").
				generic("The defence minister", "SD", "GOV").generic("rebels", "SD", "REB").done(),
			[]want{{typ: "THREATEN", src: "minister", tgt: "rebels"}}, nil, nil),
		dc("announced attacks beside a warning are the threat",
			newAnn("The group said it would keep up its attacks and warned shipping firms against using Israeli ports.", "2025-03-18").
				generic("The group", "YE", "REB").generic("shipping firms", "", "BUS").done(),
			[]want{{typ: "THREATEN", mode: "violence", src: "group"}}, []string{"ASSAULT"}, nil),

		dc("a nested infinitive stays inside the appeal",
			newAnn("The president called on the United States and France to pressure Israel to halt its attacks.", "2025-03-18").
				generic("The president", "LB", "GOV").metonym("United States", "US").metonym("France", "FR").metonym("Israel", "IL").done(),
			[]want{{typ: "REQUEST", src: "president"}}, []string{"CONCEDE", "ASSAULT", "RETREAT"}, nil),

		// one event told twice
		dc("a definite attack after condemned is the attack told before",
			newAnn("Rebels shelled a market in Goma on Tuesday, killing nine people. The government condemned the market shelling.", "2025-03-19").
				generic("Rebels", "CD", "REB").generic("The government", "CD", "GOV").place("Goma", "CD", "city").timex("Tuesday", "2025-03-18", "day").
				qty("nine people", 9, "killed", "people", false, false).done(),
			[]want{{typ: "ASSAULT", src: "Rebels", killed: ip(9), date: "2025-03-18"}, {typ: "ACCUSE", src: "government"}}, nil, map[string]int{"ASSAULT": 1}),
		dc("killed in the strikes: the strikes already told, the report date is no event date",
			newAnn("Israeli jets struck a warehouse in Tyre late on Sunday. Two people were killed in the strikes, the health ministry said early on Monday.", "2025-03-18").
				generic("Israeli jets", "IL", "MIL").generic("the health ministry", "LB", "GOV").place("Tyre", "LB", "city").
				timex("Sunday", "2025-03-16", "day").timex("Monday", "2025-03-17", "day").qty("Two people", 2, "killed", "people", false, false).done(),
			[]want{{typ: "ASSAULT", src: "Israeli jets", killed: ip(2), date: "2025-03-16"}}, nil, map[string]int{"ASSAULT": 1}),
		dc("Later on Monday opens another event",
			newAnn("Militants detonated a bomb near a police station in Quetta on Monday, killing four officers. Later on Monday, troops killed six militants in a raid near Turbat.", "2025-03-18").
				generic("Militants", "PK", "REB").generic("militants", "PK", "REB").generic("troops", "PK", "MIL").generic("officers", "PK", "COP").
				place("Quetta", "PK", "city").place("Turbat", "PK", "city").timex("Monday", "2025-03-17", "day").
				qty("four officers", 4, "killed", "officers", false, false).qty("six militants", 6, "killed", "militants", false, false).done(),
			[]want{{typ: "ASSAULT", loc: "Quetta", killed: ip(4)}, {typ: "ASSAULT", src: "troops", loc: "Turbat", killed: ip(6)}}, nil, map[string]int{"ASSAULT": 2}),
		dc("state forces and an armed group of one country are not one side",
			newAnn("Cartel gunmen ambushed a police convoy near Uruapan on Monday. Soldiers killed three suspects near Aguililla on Monday.", "2025-03-18").
				actor("Cartel gunmen", model.Actor{Name: "Unidentified Armed Group (Mexico)", Country: "MX", Kind: "UAF"}, model.NORP).
				generic("police convoy", "MX", "COP").actor("Soldiers", model.Actor{Name: "Military Forces of Mexico", Country: "MX", Kind: "MIL"}, model.NORP).
				generic("three suspects", "MX", "UAF").timex("Monday", "2025-03-17", "day").done(),
			[]want{{typ: "ASSAULT", src: "gunmen"}, {typ: "ASSAULT", src: "Soldiers"}}, nil, map[string]int{"ASSAULT": 2}),
		dc("a participle after a comma is the toll of the clash, across parentheses",
			newAnn("Soldiers clashed with armed men near Aguililla, about 80 kilometers (50 miles) to the west, killing three on Tuesday.", "2025-03-19").
				generic("Soldiers", "MX", "MIL").generic("armed men", "MX", "UAF").place("Aguililla", "MX", "city").timex("Tuesday", "2025-03-18", "day").
				qty("three", 3, "killed", "", false, false).done(),
			[]want{{typ: "ASSAULT", sub: "Armed clash", src: "Soldiers", killed: ip(3)}}, nil, map[string]int{"ASSAULT": 1}),
		dc("the fighting noun is the subject of the toll verb",
			newAnn("Fighting between the army and the rebels near Sake, west of Goma, killed 12 fighters on Tuesday.", "2025-03-19").
				generic("the army", "CD", "MIL").generic("the rebels", "CD", "REB").place("Sake", "CD", "city").place("Goma", "CD", "city").
				timex("Tuesday", "2025-03-18", "day").qty("12 fighters", 12, "killed", "fighters", false, false).done(),
			[]want{{typ: "ASSAULT", sub: "Armed clash", killed: ip(12), date: "2025-03-18"}}, nil, map[string]int{"ASSAULT": 1}),
		dc("the latest kidnapping in apposition ranks the event just told",
			newAnn("Gunmen abducted 20 students from a school in Kebbi on Wednesday, the latest mass kidnapping in the region.", "2025-03-14").
				generic("Gunmen", "NG", "UAF").generic("students", "NG", "CVL").place("Kebbi", "NG", "admin1").timex("Wednesday", "2025-03-12", "day").
				qty("20 students", 20, "kidnapped", "students", false, false).done(),
			[]want{{typ: "ASSAULT", sub: "Abduction/forced disappearance", kidnapped: ip(20)}}, nil, map[string]int{"ASSAULT": 1}),
		dc("two mentions of one future meeting are one AGREE",
			newAnn("The foreign ministers are due to discuss the border when they meet in Addis Ababa on Thursday.", "2025-03-18").
				generic("The foreign ministers", "", "GOV").place("Addis Ababa", "ET", "city").timex("Thursday", "2025-03-20", "day").done(),
			[]want{{typ: "AGREE", date: "2025-03-20"}}, []string{"CONSULT"}, map[string]int{"AGREE": 1}),

		// no events
		dc("a toll over part of a year is no event",
			newAnn("Bandits killed more than 300 people and kidnapped over 500 in Katsina in the first half of this year, a consultancy said.", "2025-08-14").
				generic("Bandits", "NG", "UAF").place("Katsina", "NG", "admin1").timex("the first half of this year", "2025", "year").
				qty("more than 300 people", 300, "killed", "people", true, false).qty("over 500", 500, "kidnapped", "", true, false).done(),
			nil, []string{"ASSAULT"}, nil),
		dc("attacks over recent years are no incident",
			newAnn("Militants have carried out several attacks in the district in recent years.", "2025-08-14").
				generic("Militants", "PK", "REB").done(),
			nil, []string{"ASSAULT"}, nil),

		// dates
		dc("hours after: the attack in the after-clause shares the day",
			newAnn("Jets struck a port in Hodeidah late on Sunday, hours after the group fired a missile at Eilat.", "2025-03-18").
				generic("Jets", "IL", "MIL").generic("the group", "YE", "REB").place("Hodeidah", "YE", "city").place("Eilat", "IL", "city").
				timex("Sunday", "2025-03-16", "day").done(),
			[]want{{typ: "ASSAULT", src: "group", date: "2025-03-16"}, {typ: "ASSAULT", src: "Jets", date: "2025-03-16"}}, nil, nil),
		dc("an irregular plural does not open a clause; the report date is not the event's",
			newAnn("Gunmen abducted 30 people, most of them women and children, from a village in Zamfara state late on Wednesday, police said on Friday.", "2025-03-14").
				generic("Gunmen", "NG", "UAF").generic("police", "NG", "COP").place("Zamfara", "NG", "admin1").
				timex("Wednesday", "2025-03-12", "day").timex("Friday", "2025-03-14", "day").qty("30 people", 30, "kidnapped", "people", false, false).done(),
			[]want{{typ: "ASSAULT", kidnapped: ip(30), date: "2025-03-12"}}, nil, nil),
		dc("a narrative sentence without a date continues the day before it",
			newAnn("Russian forces fired 40 drones at Kharkiv on Friday. Ukrainian air defences shot down 35 of the drones.", "2025-03-18").
				generic("Russian forces", "RU", "MIL").generic("Ukrainian air defences", "UA", "MIL").place("Kharkiv", "UA", "city").
				timex("Friday", "2025-03-14", "day").qty("40 drones", 40, "munitions", "drones", false, false).qty("35", 35, "munitions", "", false, false).done(),
			[]want{{typ: "ASSAULT", sub: "Disrupted weapons use", date: "2025-03-14"}}, nil, nil),
		dc("a statement about an attack is no continuation",
			newAnn("Russian forces fired 40 drones at Kharkiv on Friday. The army confirmed the attack.", "2025-03-18").
				generic("Russian forces", "RU", "MIL").generic("The army", "UA", "MIL").place("Kharkiv", "UA", "city").
				timex("Friday", "2025-03-14", "day").qty("40 drones", 40, "munitions", "drones", false, false).done(),
			[]want{{typ: "ASSAULT", date: "2025-03-14"}}, nil, map[string]int{"ASSAULT": 1}),

		// roles
		dc("the agent of a dropped bomb is the attacker; a fronted region is no subject",
			newAnn("In the northeastern Kharkiv region, a glide bomb dropped by a Russian jet hit a school on Friday, wounding four people.", "2025-03-18").
				place("Kharkiv", "UA", "admin1").generic("Russian jet", "RU", "MIL").timex("Friday", "2025-03-14", "day").
				qty("four people", 4, "injured", "people", false, false).done(),
			[]want{{typ: "ASSAULT", src: "Russian jet", srcCountry: "RU", injured: ip(4)}}, nil, nil),
		dc("unnamed security forces acting at a place belong to its state",
			newAnn("Security forces killed five militants in a raid near Miranshah on Monday.", "2025-03-18").
				generic("Security forces", "", "MIL").generic("militants", "", "REB").place("Miranshah", "PK", "city").
				timex("Monday", "2025-03-17", "day").qty("five militants", 5, "killed", "militants", false, false).done(),
			[]want{{typ: "ASSAULT", src: "Security forces", srcCountry: "PK", killed: ip(5)}}, nil, nil),
		dc("military jets are the state's forces; bare drones are no side",
			newAnn("Military jets bombed a market in Kyaukphyu on Wednesday, killing 11 civilians.", "2025-03-18").
				generic("Military jets", "", "MIL").generic("civilians", "", "CVL").place("Kyaukphyu", "MM", "city").
				timex("Wednesday", "2025-03-12", "day").qty("11 civilians", 11, "killed", "civilians", false, false).done(),
			[]want{{typ: "ASSAULT", sub: "Air/drone strike", srcCountry: "MM", killed: ip(11)}}, nil, nil),
		dc("a hyphenated modifier keeps the possessive agent of an invasion",
			newAnn("Russia launched its full-scale invasion of Ukraine in February 2022.", "2025-03-18").
				metonym("Russia", "RU").metonym("Ukraine", "UA").timex("February 2022", "2022-02", "month").done(),
			[]want{{typ: "ASSAULT", srcCountry: "RU", date: "2022-02", background: bp(true)}}, nil, nil),
	}
}

// TestWeaponActor: weapons are no side of a fight unless a force names them.
func TestWeaponActor(t *testing.T) {
	for _, tc := range []struct {
		a    model.Actor
		want bool
	}{
		{model.Actor{Text: "the drones", Kind: "MIL"}, true},
		{model.Actor{Text: "military jets", Kind: "MIL"}, false},
		{model.Actor{Text: "a Russian jet", Country: "RU", Kind: "MIL"}, false},
		{model.Actor{Text: "soldiers", Kind: "MIL"}, false},
	} {
		if got := weaponActor(tc.a); got != tc.want {
			t.Errorf("weaponActor(%q) = %v, want %v", tc.a.Text, got, tc.want)
		}
	}
	if !opposedSides([]model.Actor{{Text: "soldiers", Kind: "MIL"}}, []model.Actor{{Text: "gunmen", Kind: "UAF"}}) {
		t.Error("soldiers and gunmen should be opposed sides")
	}
	if opposedSides([]model.Actor{{Text: "the drones", Kind: "MIL"}}, []model.Actor{{Text: "rebels", Kind: "REB"}}) {
		t.Error("drones are no side")
	}
}

func TestDiscourseCases(t *testing.T) {
	for _, tc := range discourseCases() {
		t.Run(tc.name, func(t *testing.T) {
			evs := Extract(tc.ann)
			checkEvents(t, evs, tc.wants, tc.not)
			for typ, n := range tc.n {
				got := 0
				for _, e := range evs {
					if e.Type == typ {
						got++
					}
				}
				if got != n {
					t.Errorf("%d %s events, want %d: %s", got, typ, n, describe(evs))
				}
			}
		})
	}
}
