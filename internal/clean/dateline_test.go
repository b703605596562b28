package clean

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/input"
)

// TestStandaloneDateline: a town alone on a line above the body is kept as the first
// paragraph's dateline; section labels, countries, bylines and names are not.
func TestStandaloneDateline(t *testing.T) {
	const head = "Curfew imposed after protesters torch parliament\n\n"
	const body = "The prime minister resigned on Tuesday and the army imposed a curfew across the capital after two days of protests in which at least twelve people were killed."
	const body2 = "\n\nThe protests began on Monday morning, when tens of thousands of young people marched towards the parliament complex, chanting slogans."
	cases := []struct {
		name, text, title, first string // first: the text's first paragraph
	}{
		{"title case", head + "Post Report\n\nPublished at : November 11, 2026\n\nKathmandu\n\n" + body + body2, "Curfew imposed after protesters torch parliament", "Kathmandu - " + body},
		{"capitals", head + "NAIROBI\n\n" + body + body2, "", "NAIROBI - " + body},
		{"two words", head + "By Staff Reporter\n\nPort Moresby\n\n" + body + body2, "", "Port Moresby - " + body},
		{"section label", head + "World\n\n" + body + body2, "", body},
		{"politics", head + "Politics\n\n" + body + body2, "", body},
		{"country", head + "Nepal\n\n" + body + body2, "", body},
		{"region", head + "Pacific\n\n" + body + body2, "", body},
		{"reporter name", head + "Chiamaka Eze\n\n" + body + body2, "", body},
		{"byline", head + "By Chiamaka Eze\n\nLagos\n\n" + body + body2, "", "Lagos - " + body},
		// the body has its own dateline: the line is not repeated
		{"own dateline", head + "KATHMANDU\n\nKATHMANDU, Nov 11 (Reuters) - " + body + body2, "", "KATHMANDU, Nov 11 (Reuters) - " + body},
		{"own dateline dash", head + "Nairobi\n\nNAIROBI -- " + body + body2, "", "NAIROBI -- " + body},
		// a standfirst between the town and the body: no dateline
		{"standfirst", head + "Kathmandu\n\nYouth-led protests forced the government out\n\n" + body + body2, "", ""},
	}
	for _, c := range cases {
		docs, err := Split(input.Item{Text: c.text})
		if err != nil || len(docs) != 1 {
			t.Errorf("%s: %v, %d docs", c.name, err, len(docs))
			continue
		}
		d := docs[0]
		if c.title != "" && d.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, d.Title, c.title)
		}
		first, _, _ := strings.Cut(d.Text, "\n")
		if c.first != "" && first != c.first {
			t.Errorf("%s: first paragraph %q, want %q", c.name, first, c.first)
		}
		if c.first == "" && strings.Contains(d.Text, " - "+body[:20]) {
			t.Errorf("%s: dateline joined across a standfirst: %q", c.name, first)
		}
	}
}
