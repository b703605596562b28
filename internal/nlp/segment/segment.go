// Package segment splits news text into sentences and tokens with byte offsets.
//
// It is a single forward pass over the text: a tokenizer that knows news conventions
// (numbers with thousands separators and decimals, hyphenated compounds, possessive 's,
// apostrophes inside names, dotted acronyms and abbreviations, URLs and @handles), followed
// by a sentence splitter over the token stream that decides at every ". ! ? …" whether a
// sentence ends, using the abbreviation class of the token before and the shape of the token
// after. A newline always ends a sentence except where a line is hard-wrapped (the next line
// starts in lower case) or ends with a dateline dash. Offsets are UTF-8 byte offsets into the
// text; every Token.Text is text[Start:End] and sentences exclude surrounding white space.
package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Sentences splits text into sentences with their tokens.
func Sentences(text string) []model.Sentence {
	toks, gaps := tokenize(text)
	if len(toks) == 0 {
		return nil
	}
	sents := make([]model.Sentence, 0, len(toks)/20+1)
	start := 0
	for i := range toks {
		if i+1 < len(toks) && !endsAfter(text, toks, gaps, start, i) {
			continue
		}
		s := toks[start : i+1 : i+1]
		sents = append(sents, model.Sentence{Start: s[0].Start, End: s[len(s)-1].End, Tokens: s})
		start = i + 1
	}
	return sents
}

// Tokens returns the tokens of text without splitting it into sentences.
func Tokens(text string) []model.Token {
	toks, _ := tokenize(text)
	return toks
}

// gap describes the white space before a token.
type gap struct {
	newlines uint8 // newlines in the white space before the token (capped)
	space    bool  // any white space (or invisible character) before the token
}

// tokenize returns the tokens of text and, for each, the white space before it.
func tokenize(text string) ([]model.Token, []gap) {
	toks := make([]model.Token, 0, len(text)/5+1)
	gaps := make([]gap, 0, len(text)/5+1)
	var g gap
	n := len(text)
	emit := func(s, e int) {
		toks = append(toks, model.Token{Start: s, End: e, Text: text[s:e]})
		gaps = append(gaps, g)
		g = gap{}
	}
	for i := 0; i < n; {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				if g.newlines < 255 {
					g.newlines++
				}
				g.space = true
				i++
				continue
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c < 0x20 || c == 0x7f:
				g.space = true
				i++
				continue
			case isASCIIAlnum(c):
				if (c == 'h' || c == 'w' || c == 'H' || c == 'W') && (len(toks) == 0 || toks[len(toks)-1].End < i || !isWordRune(lastRune(text[:i]))) {
					if e := scanURL(text, i); e > i {
						emit(i, e)
						i = e
						continue
					}
				}
				e := scanWord(text, i)
				emit(i, e)
				i = e
				continue
			case c == '@' || c == '#':
				if i+1 < n && (i == 0 || !isWordRune(lastRune(text[:i]))) {
					j := i + 1
					for j < n && (isASCIIAlnum(text[j]) || text[j] == '_') {
						j++
					}
					if j > i+1 {
						emit(i, j)
						i = j
						continue
					}
				}
			case c == '\'':
				if e := possessive(text, i, 1); e > 0 {
					emit(i, e)
					i = e
					continue
				}
			case c == '.':
				if i+2 < n && text[i+1] == '.' && text[i+2] == '.' {
					j := i + 3
					for j < n && text[j] == '.' {
						j++
					}
					emit(i, j)
					i = j
					continue
				}
			case c == '-':
				if i+1 < n && text[i+1] == '-' {
					j := i + 2
					for j < n && text[j] == '-' {
						j++
					}
					emit(i, j)
					i = j
					continue
				}
			}
			emit(i, i+1)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			emit(i, i+1)
			i++
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			if g.newlines < 254 {
				g.newlines += 2
			}
			g.space = true
			i += size
		case isInvisible(r) || unicode.IsSpace(r):
			g.space = true
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			e := scanWord(text, i)
			emit(i, e)
			i = e
		case r == '’':
			if e := possessive(text, i, size); e > 0 {
				emit(i, e)
				i = e
				continue
			}
			emit(i, i+size)
			i += size
		default:
			emit(i, i+size)
			i += size
		}
	}
	return toks, gaps
}

func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u00ad', '\u00a0', '\u202f':
		return true
	}
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordRune reports whether r may be part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	return unicode.IsLetter(r)
}

func lastRune(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// possessive returns the end of a possessive 's token starting at the apostrophe at i (of
// byte length size), or 0 when the apostrophe does not start one.
func possessive(text string, i, size int) int {
	if i == 0 || !isWordRune(lastRune(text[:i])) {
		return 0
	}
	j := i + size
	if j < len(text) && (text[j] == 's' || text[j] == 'S') {
		r, _ := runeAt(text, j+1)
		if !isWordRune(r) {
			return j + 1
		}
	}
	return 0
}

// scanWord returns the end of the word, number or abbreviation starting at i.
func scanWord(text string, i int) int {
	n := len(text)
	j := i
	allDigits := true
	letters := 0
	for {
		// a run of word characters
		for j < n {
			c := text[j]
			if c < utf8.RuneSelf {
				if isDigit(c) {
					j++
					continue
				}
				if isASCIILetter(c) {
					allDigits = false
					letters++
					j++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
				if !unicode.IsDigit(r) {
					allDigits = false
					letters++
				}
				j += size
				continue
			}
			break
		}
		if j >= n {
			return j
		}
		c := text[j]
		prevDigit := isDigit(text[j-1])
		switch {
		case c == '-':
			if r, _ := runeAt(text, j+1); isWordRune(r) {
				j++
				allDigits = false
				continue
			}
		case c == '.' && prevDigit && j+1 < n && isDigit(text[j+1]) && allDigits:
			j++
			continue
		case c == ',' && prevDigit && allDigits && j+3 < n+0 && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) && (j+4 >= n || !isDigit(text[j+4])) && groupOK(text, i, j):
			j++
			continue
		case c == '\'':
			if k := apostropheJoin(text, j, 1); k > j {
				j = k
				continue
			}
		case c == 0xE2 && j+2 < n && text[j+1] == 0x80 && (text[j+2] == 0x99 || text[j+2] == 0x91): // ’ or ‑
			if text[j+2] == 0x91 {
				if r, _ := runeAt(text, j+3); isWordRune(r) {
					j += 3
					allDigits = false
					continue
				}
			} else if k := apostropheJoin(text, j, 3); k > j {
				j = k
				continue
			}
		case c == '.':
			return abbrevEnd(text, i, j)
		}
		return j
	}
}

// groupOK reports whether the digits before a thousands comma at j form a valid leading group
// (1-3 digits after the start or the previous comma).
func groupOK(text string, i, j int) bool {
	k := j - 1
	d := 0
	for k >= i && isDigit(text[k]) {
		d++
		k--
	}
	return d >= 1 && d <= 3
}

// apostropheJoin handles an apostrophe of byte length size at j inside a word: it returns the
// position after the apostrophe when the word continues (O'Brien, Asa'ib, don't), or j when
// the apostrophe ends the word (possessive 's, closing quote).
func apostropheJoin(text string, j, size int) int {
	if !isLetterRune(lastRune(text[:j])) {
		return j
	}
	k := j + size
	r, _ := runeAt(text, k)
	if !isLetterRune(r) {
		return j
	}
	if r == 's' || r == 'S' {
		if r2, _ := runeAt(text, k+1); !isWordRune(r2) {
			return j
		}
	}
	return k
}

// abbrevEnd decides whether the period at j belongs to the word text[i:j] (an abbreviation,
// an initial or a dotted acronym) and returns the end of the token.
func abbrevEnd(text string, i, j int) int {
	n := len(text)
	w := text[i:j]
	// dotted acronyms: U.S., U.N., a.m., e.g., i.e., U.S.-led
	if len(w) == 1 && isASCIILetter(w[0]) && j+2 < n && isASCIILetter(text[j+1]) && text[j+2] == '.' {
		k := j + 1
		for k+1 < n && isASCIILetter(text[k]) && text[k+1] == '.' {
			k += 2
		}
		if k < n && text[k] == '-' {
			if r, _ := runeAt(text, k+1); isWordRune(r) {
				return scanWord(text, k+1)
			}
		}
		return k
	}
	// single capital initial: J. R. R. Tolkien, George W. Bush
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return j + 1
	}
	if abbrevClass(w) != 0 {
		return j + 1
	}
	return j
}

// scanURL returns the end of a URL starting at i (http://, https://, www.), or i when
// there is none. Trailing punctuation and unbalanced closing brackets are left out.
func scanURL(text string, i int) int {
	rest := text[i:]
	var p int
	switch {
	case hasPrefixFold(rest, "https://"):
		p = 8
	case hasPrefixFold(rest, "http://"):
		p = 7
	case hasPrefixFold(rest, "www.") && len(rest) > 4 && isASCIIAlnum(rest[4]):
		p = 4
	default:
		return i
	}
	j := i + p
	depth := 0
	for j < len(text) {
		c := text[j]
		if c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`' || c >= utf8.RuneSelf {
			break
		}
		if c == '(' || c == '[' {
			depth++
		} else if c == ')' || c == ']' {
			if depth == 0 {
				break
			}
			depth--
		}
		j++
	}
	for j > i+p {
		c := text[j-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' {
			j--
			continue
		}
		break
	}
	if j <= i+p {
		return i
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}
