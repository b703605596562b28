package geo

import "testing"

// TestTaggedDatelineContainer14: a dateline town the tagger tagged keeps only the readings
// inside the container after its comma, as one the dateline reader found does; a town the
// gazetteer lacks there lies in the container, not at a big namesake abroad (session 14).
func TestTaggedDatelineContainer14(t *testing.T) {
	checkGeoCases(t, []geoCase{
		// (precision 3: in the state; until rule 48 the container was read as New York City,
		// and the town sat at the city's point with precision 2)
		{about: "a small town named like a big city abroad",
			text:   "DELHI, New York — Residents of this Delaware County village spent the night pumping water out of basements.",
			tagged: []string{"DELHI", "New York"}, name: "DELHI", cc: "US", precision: 3},
		{about: "a town the container holds keeps its reading",
			text:   "PARIS, Texas (AP) — A tornado tore through the town on Sunday.",
			tagged: []string{"PARIS", "Texas"}, name: "PARIS", cc: "US"},
	})
}
