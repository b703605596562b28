package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/geo"
)

// Standalone datelines. Some papers print the town a story was filed from alone on a line
// between the byline block and the body (the Kathmandu Post, many South Asian and African
// papers):
//
//	PM resigns, army imposes curfew after protesters torch parliament
//	Post Report
//	Published at : November 11, 2026
//	Kathmandu
//	The prime minister resigned on Tuesday …
//
// The line is content (where the story was filed), not a label. A section label ("World",
// "Politics", "Pacific", "Nepal") has the same shape, so the line is kept only when the
// gazetteer reads it as a town (geo.TownName: a town by its own name, not a country, region or
// common word). It is joined to the first body paragraph as a wire dateline ("Kathmandu - The
// prime minister resigned …"), the form the later stages read as the place of filing; the
// title and the paragraphs keep their text.

// datelineSep joins a standalone dateline to the first body paragraph.
const datelineSep = " - "

// standaloneDateline returns the index of a standalone dateline line among the header lines
// ps[lo+1 : body] (lo: the headline's index, -1 when the headline is not in the text), or -1.
// The line must come right before the first body paragraph, or be separated from it only by
// lines the header dropped (skip: a date stamp, a byline). titled: the article has a title, so
// the first line of the text is not its headline.
func standaloneDateline(ps []para, skip []bool, lo, body int, titled bool) int {
	if body <= 0 || body >= len(ps) {
		return -1
	}
	min := lo + 1
	if !titled && min < 1 {
		min = 1
	}
	for j := body - 1; j >= min && j >= body-4; j-- {
		t := ps[j].text
		if len(t) <= 40 && wordsUpTo(t, 5) <= 4 && townLine(t) {
			if hasDateline(ps[body].text, t) {
				if b := ps[body].text; len(b) >= len(t) && strings.EqualFold(b[:len(t)], t) {
					skip[j] = true // the body's own dateline names the town again
				}
				return -1
			}
			return j
		}
		if !skip[j] {
			return -1 // a kept line (standfirst, caption) between: no dateline
		}
	}
	return -1
}

// townLine reports a line that names a town (geo.TownName). The gazetteer is loaded on first
// use, once per process.
func townLine(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	g, err := geo.Default()
	if err != nil {
		return false
	}
	return g.TownName(s)
}

// hasDateline reports a body paragraph that opens with a dateline of its own: the town's name
// ("Kathmandu, Nov 11 …", always a prefix of the body: standaloneDateline relies on it), or a
// name in capitals before a comma, bracket or dash ("PRISTINA --").
func hasDateline(body, town string) bool {
	if len(body) >= len(town) && strings.EqualFold(body[:len(town)], town) {
		return true
	}
	head := body
	if len(head) > 40 {
		head = head[:40]
	}
	end := strings.IndexAny(head, ",(—–")
	if i := strings.Index(head, " -"); i >= 0 && (end < 0 || i < end) {
		end = i
	}
	if end <= 0 {
		return false
	}
	letters := 0
	for _, r := range head[:end] {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 3
}
