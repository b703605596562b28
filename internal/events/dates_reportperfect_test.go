package events

import "testing"

// reportedPerfectCases: a non-violent act told as a past perfect under a dated report, with no
// other date, takes the report's day (sentences written for these tests).
func reportedPerfectCases() []dtCase {
	return []dtCase{
		{name: "deployment had been made by the day of the report",
			ann: newAnn("The interior ministry said on Wednesday that police units had deployed to the eastern districts of Homs to separate the rival groups.", "2026-11-05").
				generic("police units", "SY", "COP").place("Homs", "SY", "city").
				timex("Wednesday", "2026-11-04", "day").done(),
			wants: []want{{typ: "MOBILIZE", date: "2026-11-04"}}},
		{name: "an assault told as a past perfect stays for its own mention",
			ann: newAnn("The army said on Thursday that it had recaptured the town of Kidal from rebels.", "2026-11-05").
				generic("The army", "ML", "MIL").generic("rebels", "ML", "REB").place("Kidal", "ML", "city").
				timex("Thursday", "2026-11-05", "day").done(),
			wants: []want{{typ: "ASSAULT", date: "-"}}},
	}
}

func TestReportedPerfectCases(t *testing.T) {
	for _, tc := range reportedPerfectCases() {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, Extract(tc.ann), tc.wants, nil)
		})
	}
}
