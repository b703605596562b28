package geo

import "github.com/sitrep-dev/sitrep/internal/model"

// isArticle is articles[string(w)] without the map probe (appendKey asks it of every word of
// every span it keys but the last: "al" of "al-Hasakah", "the" of "the Gaza Strip"); a test
// checks it against the map.
func isArticle(w []byte) bool {
	switch string(w) { // (no allocation: the compiler compares the bytes)
	case "al", "el", "ad", "ash", "as", "an", "ar", "at", "az", "ez", "ed", "es", "et", "ul",
		"the", "il", "ech", "er":
		return true
	}
	return false
}

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
