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

// TestSameSpellingCapitals checks that sameSpelling folds capitals as before the table.
func TestSameSpellingCapitals(t *testing.T) {
	for _, c := range []struct {
		a, b     string
		collapse bool
		want     bool
	}{
		{"Samarra", "samarra", false, true},
		{"SAMARRA", "Samara", false, false},
		{"SAMARRA", "Samara", true, true},
		{"Zürich", "ZURICH", false, true},
		{"Al-Qaim", "al qaim", false, true},
		{"Geneva", "Genève", false, false},
	} {
		if got := sameSpelling(c.a, c.b, c.collapse); got != c.want {
			t.Errorf("sameSpelling(%q, %q, %v) = %v, want %v", c.a, c.b, c.collapse, got, c.want)
		}
	}
}
