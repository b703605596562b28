package geo

import (
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// lowerLetterStr holds the one-letter strings "a" … "z", indexed by c-'A' for a capital c:
// sameSpelling compares names letter by letter, and string(rune(c+32)) allocated a string for
// every capital it read ("Samarra" against "Samara" for each candidate of each mention).
var lowerLetterStr = func() (t [26]string) {
	for i := range t {
		t[i] = string(rune('a' + i))
	}
	return t
}()

// geoSlab hands out the readings emit attaches to entities (Entity.Geo) from one slice, one
// allocation per document instead of one per entity ("Kabul", "Herat", … each with its own
// *model.Geo). Each pointer is to its own element, never shared; a slab that fills up starts
// a new slice and the old elements stay with the entities that point to them.
type geoSlab struct{ buf []model.Geo }

// add stores g and returns a pointer to the stored copy.
func (s *geoSlab) add(g model.Geo) *model.Geo {
	if len(s.buf) == cap(s.buf) {
		s.buf = make([]model.Geo, 0, 2*cap(s.buf)+4)
	}
	s.buf = append(s.buf, g)
	return &s.buf[len(s.buf)-1]
}

// fieldsUpTo appends to dst the words of s as strings.Fields splits them (around runs of
// unicode.IsSpace), stopping once dst is full: gapKind reads gaps of at most seven words
// ("district of", ", in the") and gives up on longer ones, so a stack array of eight serves.
func fieldsUpTo(dst []string, s string) []string {
	start := -1
	for i, c := range s {
		if unicode.IsSpace(c) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
				if len(dst) == cap(dst) {
					return dst
				}
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 && len(dst) < cap(dst) {
		dst = append(dst, s[start:])
	}
	return dst
}

// sameBytesIn returns b as a string: the slice of text that holds b's bytes after text's
// leading white space when there is one (", " read as ",", " in the " as "in"), else a copy.
// scoreAll reads the gap between two mentions, white space collapsed, by its words; the
// gap's own text mostly already is that string.
func sameBytesIn(text string, b []byte) string {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	if len(text)-i >= len(b) && text[i:i+len(b)] == string(b) {
		return text[i : i+len(b)]
	}
	return string(b)
}
