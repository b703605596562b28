package events_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestSession14Places: places that name a group of people are not where the act happened when
// the sentence names another place (session 14; written for this test).
func TestSession14Places(t *testing.T) {
	wantSome(t, []ruleCase{
		{"a place modifying pilgrims gives way to the scene",
			"Expulsions\n\nIndia blamed the Pakistan-based Lashkar-e-Taiba for Monday's attack on a bus carrying Amarnath pilgrims in Anantnag, and expelled five Pakistani diplomats.",
			"2026-07-08",
			func(e model.Event) bool { return e.Type == "ACCUSE" && placeIs(e, "Anantnag") }},
		{"a place modifying people is the scene when the sentence names no other",
			"Strike\n\nAn air strike killed 12 Gaza residents on Monday, medics said.",
			"2026-07-08",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.Location != nil && e.Location.Country == "PS"
			}},
	})
}
