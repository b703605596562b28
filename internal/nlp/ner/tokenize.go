package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// abbrevs are words that keep their final period as part of the token.
var abbrevs = map[string]bool{}

func init() {
	for _, a := range []string{"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm",
		"Cmdr", "Gov", "Sen", "Rep", "Brig", "Pvt", "Cpl", "Rev", "Prof", "Hon", "St", "Mt", "Jr", "Sr",
		"Co", "Corp", "Inc", "Ltd", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
		"Oct", "Nov", "Dec", "vs", "etc", "Ft", "Pte", "Gens", "Messrs", "Dept", "Univ", "Assn", "Bros",
		"Ste", "Sta", "Sto", "Pt"} {
		abbrevs[a] = true
	}
}

// isWordRune reports whether r can be part of a word token.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isJoiner reports whether r joins two word runs into one token ("al-Maliki", "Asa'ib",
// "U.S", "3.5", "AT&T").
func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '’', '.', '&', '_', '‐', '‑':
		return true
	}
	return false
}

// Tokenize appends to dst the tokens of text[start:end] as byte spans. Words keep internal
// hyphens, apostrophes and periods; a possessive "'s" and punctuation are separate tokens;
// known abbreviations ("Gen.", "U.S.") keep their final period.
func Tokenize(text string, start, end int, dst []model.Span) []model.Span {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	i := start
	for i < end {
		r, sz := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) || r == utf8.RuneError && sz <= 1 || unicode.IsControl(r) {
			i += sz
			continue
		}
		if !isWordRune(r) {
			dst = append(dst, model.Span{Start: i, End: i + sz})
			i += sz
			continue
		}
		// word run with joiners
		j := i + sz
		for j < end {
			r2, s2 := utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r2) {
				j += s2
				continue
			}
			if isJoiner(r2) && j+s2 < end {
				r3, _ := utf8.DecodeRuneInString(text[j+s2 : end])
				if isWordRune(r3) {
					j += s2
					continue
				}
			}
			break
		}
		// split a possessive 's / ’s off the end
		w := text[i:j]
		if n := len(w); n > 2 && (w[n-2:] == "'s" || w[n-2:] == "'S") {
			dst = append(dst, model.Span{Start: i, End: j - 2}, model.Span{Start: j - 2, End: j})
			i = j
			continue
		}
		if n := len(w); n > 4 && w[n-4:] == "’s" {
			dst = append(dst, model.Span{Start: i, End: j - 4}, model.Span{Start: j - 4, End: j})
			i = j
			continue
		}
		// contractions: "We've" -> "We" "'ve", "didn't" -> "did" "n't"
		if k := contraction(w); k > 0 {
			dst = append(dst, model.Span{Start: i, End: j - k}, model.Span{Start: j - k, End: j})
			i = j
			continue
		}
		// trailing period of an abbreviation or an initialism (U.S.)
		if j < end && text[j] == '.' {
			if abbrevs[w] || isInitialism(w) {
				j++
			}
		}
		dst = append(dst, model.Span{Start: i, End: j})
		i = j
	}
	return dst
}

// isInitialism: "U.S", "U.N", "A" (single capital letter) - words of single letters joined by periods.
func isInitialism(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if k%2 == 0 {
			if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
				return false
			}
		} else if c != '.' {
			return false
		}
	}
	return true
}

// contraction returns the byte length of a contraction suffix of w ("n't", "'ve", "'d",
// "'ll", "'re", "'m", with ' or ’), or 0.
func contraction(w string) int {
	if strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") {
		return 0
	}
	for _, suf := range []string{"n't", "'ve", "'ll", "'re", "'d", "'m", "n’t", "’ve", "’ll", "’re", "’d", "’m"} {
		if len(w) > len(suf) && (w[len(w)-len(suf):] == suf || strings.EqualFold(w[len(w)-len(suf):], suf)) {
			return len(suf)
		}
	}
	return 0
}
