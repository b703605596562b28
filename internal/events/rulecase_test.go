package events_test

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// ruleCase is one sentence-level rule check: the text (run with reference date ref) and a
// predicate on one extracted event.
type ruleCase struct {
	name, text, ref string
	pred            func(e model.Event) bool
}

// wantSome fails each case where no extracted event satisfies pred, listing what was found.
func wantSome(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		var got []string
		ok := false
		for _, d := range run(t, tc.text, tc.ref) {
			for _, e := range d.Events {
				got = append(got, e.Type+"/"+e.ACLED.SubEventType+" "+e.Date.Value+" "+names(e.Sources)+"→"+names(e.Targets)+" @"+locName(e))
				if tc.pred(e) {
					ok = true
				}
			}
		}
		if !ok {
			t.Errorf("%s: %q: got %s", tc.name, tc.text, strings.Join(got, "; "))
		}
	}
}

// wantNone fails each event that satisfies pred (pred names what a rule must not do).
func wantNone(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		for _, d := range run(t, tc.text, tc.ref) {
			for _, e := range d.Events {
				if tc.pred(e) {
					t.Errorf("%s: %q: got %s/%s %s %s→%s", tc.name, tc.text, e.Type, e.ACLED.SubEventType, e.Date.Value, names(e.Sources), names(e.Targets))
				}
			}
		}
	}
}

func locName(e model.Event) string {
	if e.Location == nil {
		return ""
	}
	return e.Location.Name
}
