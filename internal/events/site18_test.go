package events_test

import "testing"

// TestSiteTown18 checks that an event at a street, square or building the gazetteer knows is
// located in the town the story names near it (ACLED's location is the populated place), and
// that a site with no town named near it keeps its own point. Texts written for the test.
func TestSiteTown18(t *testing.T) {
	for _, c := range []struct{ about, text, want string }{
		{"a street of the dateline's city",
			"TBILISI, Georgia (AP) — Riot police used water cannon overnight to clear hundreds of protesters who had blocked Rustaveli Avenue outside parliament, the Interior Ministry said.",
			"Tbilisi"},
		{"a square of a city named in another sentence",
			"Thousands rally against austerity\n\nThousands of people protested on Syntagma Square on Sunday against new pension cuts. Shops in Athens stayed closed during the march.",
			"Athens"},
		{"no town named near the site",
			"Thousands rally against austerity\n\nThousands of people protested on Syntagma Square on Sunday against new pension cuts, unions said.",
			"Syntagma Square"},
	} {
		docs := run(t, c.text, "2025-12-02")
		if len(docs) != 1 {
			t.Fatalf("%s: %d documents", c.about, len(docs))
		}
		found := false
		for _, e := range docs[0].Events {
			if e.Location != nil && e.Type == "PROTEST" || e.Location != nil && e.Type == "ASSAULT" {
				found = true
				if e.Location.Name != c.want {
					t.Errorf("%s: %s event located at %q, want %q", c.about, e.Type, e.Location.Name, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no located protest or assault event", c.about)
		}
	}
}
