package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Session 13, helper hyph13 (geo rule 39): the geo stage now places each end of a compound
// that names a route ("the Dhaka-Mymensingh highway", "the Gusau-Jibia highway at Zurmi"). An
// end of a route is not where an act on it happened, as for "the road linking X to Y"
// (routeEnd): the act keeps the place the sentence or the story gives it.

// compoundRouteWords after a compound make it a route's name.
var compoundRouteWords = map[string]bool{
	"road": true, "roads": true, "highway": true, "expressway": true, "motorway": true, "freeway": true,
	"railway": true, "rail": true, "railroad": true, "route": true, "axis": true, "corridor": true,
	"pipeline": true, "line": true, "bypass": true, "trunk": true, "track": true, "drive": true,
}

// compoundMarkAt returns the length of a compound mark ("-", "/", "–") at byte i, 0 when none.
func compoundMarkAt(text string, i int) int {
	if i < 0 || i >= len(text) {
		return 0
	}
	if c := text[i]; c == '-' || c == '/' {
		return 1
	}
	if strings.HasPrefix(text[i:], "–") {
		return len("–")
	}
	return 0
}

// compoundRouteEnd reports a place at bytes [s, e) joined by a glued mark to another
// capitalised name, the whole followed by a route word within three lower-case words ("the
// [Dhaka]-Mymensingh highway", "the Gusau-[Jibia] highway", "the Cox's Bazar-[Teknaf] Marine
// Drive").
func compoundRouteEnd(text string, s, e int) bool {
	upperAt := func(i int) bool {
		if i >= len(text) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(text[i:])
		return unicode.IsUpper(r)
	}
	left := false // a mark glued to a letter before the place
	if m := len("–"); s > m && strings.HasSuffix(text[:s], "–") {
		r, _ := utf8.DecodeLastRuneInString(text[:s-m])
		left = unicode.IsLetter(r)
	} else if s > 1 && (text[s-1] == '-' || text[s-1] == '/') {
		r, _ := utf8.DecodeLastRuneInString(text[:s-1])
		left = unicode.IsLetter(r)
	}
	n := compoundMarkAt(text, e)
	if !left && !(n > 0 && upperAt(e+n)) {
		return false
	}
	// over the rest of the compound: capitalised words joined by a space or a mark
	i := e
	for {
		if n := compoundMarkAt(text, i); n > 0 && upperAt(i+n) {
			i += n
		} else if i+1 < len(text) && text[i] == ' ' && upperAt(i+1) {
			i++
		} else {
			break
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && r != '\'' && r != '’' {
				break
			}
			j += size
		}
		if compoundRouteWords[strings.ToLower(text[i:j])] {
			return true // "… Marine Drive", "… Expressway"
		}
		i = j
	}
	// the next words, up to three lower-case ones: a route word
	for k := 0; k < 3 && i+1 < len(text) && text[i] == ' '; k++ {
		j := i + 1
		for j < len(text) && text[j] >= 'a' && text[j] <= 'z' {
			j++
		}
		if j == i+1 {
			return false
		}
		if compoundRouteWords[text[i+1:j]] {
			return true
		}
		i = j
	}
	return false
}
