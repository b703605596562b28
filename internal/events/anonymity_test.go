package events_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Sentences written for the test: an unnamed source's formula is no request, and its toll
// completes the act told before (dev5, dev7, dev10 showed the class).
func TestAnonymousSourceToll(t *testing.T) {
	wantSome(t, []ruleCase{
		{"a toll from a source who asked not to be named completes the clash",
			"Clash\n\nRival militias clashed in Gao on Monday, killing at least four people, officials said.\n\nA doctor, who asked not to be named, said 17 people had been wounded.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && injured(e, 17) }},
		{"requesting anonymity: the toll still completes the attack",
			"Attack\n\nGunmen attacked a market in Kayes on Sunday, local officials said.\n\nA nurse, who requested anonymity, said nine people had been killed.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 9) }},
		{"a real request stays a request",
			"Talks\n\nThe opposition asked the government to release all political prisoners on Monday.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "REQUEST" }},
	})
	wantNone(t, []ruleCase{
		{"asked not to be identified is no request",
			"Clash\n\nRival militias clashed in Gao on Monday, killing at least four people.\n\nA resident, who asked not to be identified, said the fighting went on all night.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "REQUEST" }},
	})
}
