package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word or punctuation mark of a text, with its normalised form.
type token struct {
	start, end int
	norm       string // lower case, no diacritics, no apostrophes or dots
	word       bool   // letters or digits
	cap        bool   // first letter upper case
	upper      bool   // every letter upper case (and at least two letters)
	poss       bool   // the possessive "'s" token
	shout      bool   // in a sentence written in capitals
	vid        int32  // matcher vocabulary id + 1 of norm, -1 = not in it, 0 = not looked up
}

// wordMemo is what tokenizeCache remembers of a raw word.
type wordMemo struct {
	norm       string
	cap, upper bool
	vid        int32
}

// isApos reports whether r is one of the apostrophe-like marks found in transliterations.
func isApos(r rune) bool {
	switch r {
	case '\'', '’', 'ʿ', 'ʼ', '‘', 'ʾ', '`', '´':
		return true
	}
	return false
}

func isHyphen(r rune) bool {
	switch r {
	case '-', '‐', '‑', '–':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// fold returns the matching key of a word: lower case, without diacritics, apostrophes or dots.
func fold(s string) string {
	ascii := true
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' || c == '\'' || c == '.' || c == '`' {
			clean = false
		}
	}
	if ascii && clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	if ascii {
		// what the loop below does to ASCII, byte by byte
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '\'' || c == '.' || c == '`' {
				continue
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		return b.String()
	}
	if !ascii {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		if isApos(r) || r == '.' || unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ı':
			r = 'i'
		case 'ł':
			r = 'l'
		case 'ø':
			r = 'o'
		case 'đ':
			r = 'd'
		case 'ß':
			b.WriteString("ss")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// tokenize splits text into tokens. Words keep inner apostrophes ("Asa'ib"); a trailing
// possessive "'s" is its own token; dotted acronyms ("U.S.") are one token; hyphens and other
// punctuation are single-rune tokens.
func tokenize(text string, out []token) []token {
	return tokenizeCache(text, out, nil, nil)
}

// tokenizeCache is tokenize with a cache of folded forms (raw word -> fold), to spare
// allocations over many documents.
// With vocab (the matcher's vocabulary) it also sets each word's vid.
func tokenizeCache(text string, out []token, cache map[string]wordMemo, vocab map[string]int32) []token {
	out = out[:0]
	i := 0
	n := len(text)
	for i < n {
		if c := text[i]; c == ' ' || c == '\n' {
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && sz <= 1 {
			i++
			continue
		}
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		if !isWordRune(r) {
			if isApos(r) && i+sz < n {
				// possessive after a word: handled in the word branch; a stray quote is punctuation.
			}
			out = append(out, token{start: i, end: i + sz, norm: punctNorm(r, text[i:i+sz])})
			i += sz
			continue
		}
		// dotted acronym: X.Y. or X.Y.Z.
		if j, ok := acronymEnd(text, i); ok {
			raw := text[i:j]
			out = append(out, mkWord(i, j, raw, cache, vocab))
			i = j
			continue
		}
		j := i
		for j < n {
			if c := text[j]; c < utf8.RuneSelf {
				// ASCII: letters and digits continue the word; other marks but the
				// apostrophes end it (what the general case below does, without decoding)
				if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
					j++
					continue
				}
				if c != '\'' && c != '`' {
					break
				}
			}
			r2, sz2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += sz2
				continue
			}
			if isApos(r2) && j+sz2 < n {
				r3, sz3 := utf8.DecodeRuneInString(text[j+sz2:])
				if isWordRune(r3) {
					// possessive 's / s' at word end
					if (r3 == 's' || r3 == 'S') && (j+sz2+sz3 >= n || !isWordRune(firstRune(text[j+sz2+sz3:]))) {
						break
					}
					j += sz2
					continue
				}
			}
			break
		}
		if j == i {
			j = i + sz
		}
		out = append(out, mkWord(i, j, text[i:j], cache, vocab))
		i = j
		// possessive
		if i < n {
			r2, sz2 := utf8.DecodeRuneInString(text[i:])
			if isApos(r2) && i+sz2 < n {
				r3, sz3 := utf8.DecodeRuneInString(text[i+sz2:])
				if (r3 == 's' || r3 == 'S') && (i+sz2+sz3 >= n || !isWordRune(firstRune(text[i+sz2+sz3:]))) {
					out = append(out, token{start: i, end: i + sz2 + sz3, norm: "'s", poss: true})
					i += sz2 + sz3
				}
			}
		}
	}
	return out
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func punctNorm(r rune, raw string) string {
	if isHyphen(r) {
		return "-"
	}
	if isApos(r) {
		return "'"
	}
	switch r {
	case '"', '“', '”', '«', '»':
		return "\""
	}
	return raw
}

// acronymEnd recognises "U.S." style acronyms starting at i.
func acronymEnd(text string, i int) (int, bool) {
	j := i
	letters := 0
	for {
		if j+1 < len(text) && isASCIILetter(text[j]) && text[j+1] == '.' {
			letters++
			j += 2
			continue
		}
		break
	}
	if letters < 2 {
		return 0, false
	}
	if j < len(text) && isASCIILetter(text[j]) {
		// "U.S.A" without the last dot
		if j+1 >= len(text) || !isASCIILetter(text[j+1]) {
			return j + 1, true
		}
		return 0, false
	}
	return j, true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func mkWord(i, j int, raw string, cache map[string]wordMemo, vocab map[string]int32) token {
	if cache != nil {
		if m, ok := cache[raw]; ok {
			return token{start: i, end: j, word: true, norm: m.norm, cap: m.cap, upper: m.upper, vid: m.vid}
		}
		t := wordToken(i, j, raw)
		if vocab != nil {
			t.vid = -1
			if id, ok := vocab[t.norm]; ok {
				t.vid = id + 1
			}
		}
		if len(cache) < 1<<16 {
			// copies, so that the cache, kept across documents, does not pin their texts
			cache[strings.Clone(raw)] = wordMemo{norm: strings.Clone(t.norm), cap: t.cap, upper: t.upper, vid: t.vid}
		}
		return t
	}
	return wordToken(i, j, raw)
}

// wordToken makes the token of the word raw at [i,j).
func wordToken(i, j int, raw string) token {
	t := token{start: i, end: j, word: true}
	t.norm = fold(raw)
	first := true
	letters, uppers := 0, 0
	ascii := true
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			letters++
			up := c <= 'Z'
			if up {
				uppers++
			}
			if first {
				t.cap = up
			}
			first = false
		} else if c >= '0' && c <= '9' && first {
			first = false
			t.cap = true
		}
	}
	if ascii {
		t.upper = letters >= 2 && letters == uppers
		return t
	}
	first = true
	letters, uppers = 0, 0
	for _, r := range raw {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
			if first {
				t.cap = unicode.IsUpper(r)
			}
			first = false
		} else if unicode.IsDigit(r) && first {
			first = false
			t.cap = true
		}
	}
	t.upper = letters >= 2 && letters == uppers
	return t
}

// splitSentences returns sentence spans [start,end) over tokens: a sentence ends after ". ! ?"
// followed by a capitalised word or a line break, and at blank lines.
func splitSentences(text string, toks []token) [][2]int {
	var out [][2]int
	s := 0
	for i := 0; i < len(toks); i++ {
		end := false
		t := toks[i]
		if !t.word && (t.norm == "." || t.norm == "!" || t.norm == "?") {
			if i+1 < len(toks) {
				nx := toks[i+1]
				if nx.cap || !nx.word || strings.Contains(text[t.end:nx.start], "\n") {
					// abbreviations like "Oct." "Mr." stay inside
					if !(t.norm == "." && i > 0 && isAbbrev(toks[i-1].norm) && toks[i-1].end == t.start) {
						end = true
					}
				}
			} else {
				end = true
			}
		}
		if !end && i+1 < len(toks) {
			if gap := text[t.end:toks[i+1].start]; strings.Contains(gap, "\n") {
				// a blank line ends a sentence; a single line break only after a short line
				// (title, caption), not inside hard-wrapped text.
				ls := strings.LastIndexByte(text[:t.end], '\n') + 1
				if strings.Count(gap, "\n") >= 2 || t.end-ls < 60 {
					end = true
				}
			}
		}
		if end {
			out = append(out, [2]int{s, i + 1})
			s = i + 1
		}
	}
	if s < len(toks) {
		out = append(out, [2]int{s, len(toks)})
	}
	return out
}

var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "col": true, "lt": true, "sgt": true,
	"capt": true, "maj": true, "st": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true,
	"rep": true, "sen": true, "gov": true, "prof": true, "adm": true, "brig": true, "cmdr": true, "vs": true,
}

func isAbbrev(s string) bool { return abbrevs[s] || len(s) == 1 }
