package events_test

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestReportedActDates: dates of acts told in reported speech and under background frames,
// run through the whole pipeline (sentences written for this test; published Tuesday
// 2026-10-20).
func TestReportedActDates(t *testing.T) {
	cases := []struct {
		name, text string
		check      func(e model.Event) bool
		none       func(e model.Event) bool // no event may satisfy this
	}{
		{name: "a past perfect under a dated report takes the day of the later detailed mention",
			text: "Yemen's army said on Tuesday it had killed 40 Houthi fighters who tried to storm the town of Marib. " +
				"The army said in a statement that its units had repelled an attack by Houthi fighters on Marib late on Sunday.",
			check: func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Date.Value == "2026-10-18" && hasActor(e.Sources, "army")
			},
			none: func(e model.Event) bool { return e.Type == "ASSAULT" && e.Date.Value == "2026-10-20" }},
		{name: "armed forces killing fighters stay an armed clash dated by the later attack noun",
			text: "Yemen's army said on Tuesday it had killed 40 Houthi fighters who tried to storm the town of Marib. " +
				"The army said in a statement that its units had repelled an attack by \"armed bands\" on Marib late on Sunday.",
			check: func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Armed clash" && e.Date.Value == "2026-10-18"
			}},
		{name: "a past perfect under a dated report with no later day stays undated",
			text:  "Yemen's army said on Tuesday it had killed 40 Houthi fighters near Marib.",
			check: func(e model.Event) bool { return e.Type == "ASSAULT" },
			none:  func(e model.Event) bool { return e.Type == "ASSAULT" && e.Date.Value == "2026-10-20" }},
		{name: "the report date still dates a simple past act in its own clause before the report",
			text:  "Soldiers killed 40 Houthi fighters near Marib on Monday, the army said on Tuesday.",
			check: func(e model.Event) bool { return e.Type == "ASSAULT" && e.Date.Value == "2026-10-19" }},
		{name: "a past perfect passive continues the day of the act told just before",
			text:  "Soldiers raided a rebel camp near Kano on Monday. Five suspects had been arrested in the raid, police said.",
			check: func(e model.Event) bool { return e.Type == "COERCE" && e.Date.Value == "2026-10-19" }},
		{name: "a war frame dates an act that opens with later",
			text: "Rebels attacked an army post near Sirte on Monday. " +
				"The rebels later fought alongside government troops in the 2011-2012 war in Libya.",
			check: func(e model.Event) bool { return e.Type == "ASSAULT" && e.Date.Value == "2011" && e.Background }},
	}
	for _, tc := range cases {
		docs := run(t, tc.text, "2026-10-20")
		var got []string
		ok := false
		for _, d := range docs {
			for _, e := range d.Events {
				got = append(got, e.Type+"/"+e.ACLED.SubEventType+" "+e.Date.Value+" "+names(e.Sources)+"→"+names(e.Targets))
				if tc.check(e) {
					ok = true
				}
				if tc.none != nil && tc.none(e) {
					t.Errorf("%s: %q: unwanted event %s %s", tc.name, tc.text, e.Type, e.Date.Value)
				}
			}
		}
		if !ok {
			t.Errorf("%s: %q: got %s", tc.name, tc.text, strings.Join(got, "; "))
		}
	}
}
