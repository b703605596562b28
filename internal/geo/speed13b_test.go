package geo

import "testing"

// TestIsArticle checks the switch of isArticle against the articles map, and words near them.
func TestIsArticle(t *testing.T) {
	for w := range articles {
		if !isArticle([]byte(w)) {
			t.Errorf("isArticle(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "a", "alx", "th", "thee", "de", "la", "of", "ech2", "Al"} {
		if got := isArticle([]byte(w)); got != articles[w] {
			t.Errorf("isArticle(%q) = %v, want %v", w, got, articles[w])
		}
	}
}
