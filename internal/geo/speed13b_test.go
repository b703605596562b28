package geo

import (
	"slices"
	"strings"
	"testing"
)

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

// TestFieldsUpTo checks fieldsUpTo against strings.Fields, cut at eight words.
func TestFieldsUpTo(t *testing.T) {
	for _, s := range []string{"", " ", ",", "district of", " , in the ", "a\tb\nc\u00a0d\u2003e", "x\xffy z",
		"one two three four five six seven", "one two three four five six seven eight nine", "’s province of  "} {
		var buf [8]string
		got := fieldsUpTo(buf[:0], s)
		want := strings.Fields(s)
		if len(want) > 8 {
			want = want[:8]
		}
		if !slices.Equal(got, want) {
			t.Errorf("fieldsUpTo(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSameBytesIn checks that sameBytesIn gives b's string, from the text or copied.
func TestSameBytesIn(t *testing.T) {
	for _, c := range [][2]string{{", ", ","}, {" in the ", "in"}, {"  near\n", "near"}, {" south  of ", "south of"}, {"", ""}, {" ", ""}, {"x", "xy"}} {
		if got := sameBytesIn(c[0], []byte(c[1])); got != c[1] {
			t.Errorf("sameBytesIn(%q, %q) = %q", c[0], c[1], got)
		}
	}
}
