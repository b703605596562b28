package events

import "testing"

// anchoredRelCases: acts dated only by a relative phrase the timex layer anchored on the last
// date told (sentences written for these tests).
func anchoredRelCases() []dtCase {
	return []dtCase{
		{name: "days later after the trigger takes the anchored value",
			ann: newAnn("Gunmen abducted 20 villagers near Djenne on Saturday, officials said on Wednesday. Soldiers attacked the kidnappers' camp three days later, killing four of them.", "2026-11-25").
				generic("Gunmen", "ML", "UAF").generic("Soldiers", "ML", "MIL").place("Djenne", "ML", "city").
				timex("Saturday", "2026-11-21", "day").timex("Wednesday", "2026-11-25", "day").
				timex("three days later", "2026-11-24", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "Gunmen", date: "2026-11-21"}, {typ: "ASSAULT", src: "Soldiers", date: "2026-11-24"}}},
		{name: "a week later in a background paragraph keeps the background year",
			ann: newAnn("In 2019, jihadists attacked a village near Mopti. Troops stormed their base a week later.", "2026-11-25").
				generic("jihadists", "ML", "REB").generic("Troops", "ML", "MIL").place("Mopti", "ML", "city").
				timex("2019", "2019", "year").timex("a week later", "2019", "year").done(),
			wants: []want{{typ: "ASSAULT", src: "jihadists", date: "2019"}, {typ: "ASSAULT", src: "Troops", date: "2019"}}},
	}
}

func TestAnchoredRelCases(t *testing.T) {
	for _, tc := range anchoredRelCases() {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, Extract(tc.ann), tc.wants, nil)
		})
	}
}
