package events

import "testing"

// measureBracketCases: a converted measure or clock time in brackets, or a clock time's colon,
// does not cut the clause from its date (sentences written for these tests).
func measureBracketCases() []dtCase {
	return []dtCase{
		{name: "a curfew from a clock time with its GMT conversion keeps its day",
			ann: newAnn("The governor imposed a curfew on Homs from 18:00 local time (15:00 GMT) on Wednesday until further notice.", "2026-11-05").
				generic("The governor", "SY", "GOV").place("Homs", "SY", "city").
				timex("Wednesday", "2026-11-04", "day").done(),
			wants: []want{{typ: "COERCE", date: "2026-11-04"}}},
		{name: "troops entering a village with a distance conversion keep their day",
			ann: newAnn("Troops stormed Kidal, about 60 kilometres (37 miles) south of Gao, on Tuesday after the rebels withdrew.", "2026-08-27").
				generic("Troops", "ML", "MIL").generic("the rebels", "ML", "REB").place("Kidal", "ML", "city").place("Gao", "ML", "city").
				timex("Tuesday", "2026-08-25", "day").done(),
			wants: []want{{typ: "ASSAULT", date: "2026-08-25"}}},
	}
}

func TestMeasureBracketCases(t *testing.T) {
	for _, tc := range measureBracketCases() {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, Extract(tc.ann), tc.wants, nil)
		})
	}
}
