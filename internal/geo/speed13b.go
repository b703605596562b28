package geo

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
