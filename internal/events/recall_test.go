package events_test

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRecallRules runs sentences written for this test through the whole pipeline: the
// classes of near-miss seen on a fresh development set (one wrong field loses the event).
func TestRecallRules(t *testing.T) {
	cases := []struct {
		name, text string
		check      func(e model.Event) bool
	}{
		{"an unlisted brigade is an armed party",
			"Clashes between the Red Star Brigade and the Northern Shield Force erupted late on Monday in Misrata.",
			func(e model.Event) bool { return e.Type == "ASSAULT" && e.Date.Value == "2026-10-19" }},
		{"a short bracketed acronym splits no clause",
			"The clashes between the Red Star Brigade and the Northern Shield Force, which is loyal to the Government of National Accord (GNA) of Prime Minister Ali Hassan, erupted late on Monday in Misrata.",
			func(e model.Event) bool { return e.Type == "ASSAULT" && e.Date.Value == "2026-10-19" }},
		{"the organisation after a country's possessive is the subject",
			"Colombia's National Liberation Army released six soldiers on Wednesday.",
			func(e model.Event) bool {
				return e.Type == "RETREAT" && hasActor(e.Sources, "Liberation Army") && !hasActor(e.Sources, "Colombia")
			}},
		{"shooting dead a single victim is one killed; rangers are armed targets",
			"Gunmen shot dead a ranger at a market in Yala on Tuesday, police said.",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Counts.Killed != nil && *e.Counts.Killed == 1 && hasActor(e.Targets, "ranger")
			}},
		{"an inserted including-phrase keeps the toll verb",
			"Two soldiers were killed and four other people, including a nurse, were wounded when a bomb exploded in Pattani on Tuesday.",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Counts.Injured != nil && *e.Counts.Injured == 4 && e.Counts.Killed != nil && *e.Counts.Killed == 2
			}},
		{"detained suspects are the targets",
			"Soldiers raided a village in Bacho on Tuesday night and detained five suspects.",
			func(e model.Event) bool { return e.Type == "COERCE" && hasActor(e.Targets, "suspects") }},
	}
	for _, tc := range cases {
		docs := run(t, tc.text, "2026-10-20")
		var got []string
		ok := false
		for _, d := range docs {
			for _, e := range d.Events {
				got = append(got, e.Type+" "+e.Date.Value)
				if tc.check(e) {
					ok = true
				}
			}
		}
		if !ok {
			t.Errorf("%s: %q: got %s", tc.name, tc.text, strings.Join(got, "; "))
		}
	}
}
