package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// KeyVersion identifies the normaliser; compact gazetteer files store keys made with it and
// carry this version in their header. Change it whenever Key changes (and regenerate).
const KeyVersion = 1

// foldTable maps Latin letters with diacritics (U+00C0..U+024F, U+1E00..U+1EFF) to the lower-case
// ASCII letters they decompose to; 0 means no ASCII base letter.
var foldTable = func() map[rune]string {
	m := make(map[rune]string, 800)
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			d := norm.NFD.String(string(r))
			base, _ := utf8.DecodeRuneInString(d)
			base = unicode.ToLower(base)
			if base < 128 && (base >= 'a' && base <= 'z') {
				m[r] = string(base)
			}
		}
	}
	add(0xC0, 0x24F)
	add(0x1E00, 0x1EFF)
	for r, s := range map[rune]string{
		'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'œ': "oe", 'Œ': "oe",
		'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'ı': "i", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
		'ħ': "h", 'Ħ': "h", 'ŀ': "l", 'Ŀ': "l", 'ŧ': "t", 'Ŧ': "t",
	} {
		m[r] = s
	}
	return m
}()

// isApostrophe reports runes that vanish from keys (apostrophes, ayin/hamza marks, accents).
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', '`', '´', 'ʼ', 'ʻ', 'ʿ', 'ʾ', 'ʽ', '′':
		return true
	}
	return false
}

// Key returns the "skeleton" of a place name: lower-case ASCII without diacritics, apostrophes,
// spaces, hyphens, articles and doubled letters, with common transliteration variants folded
// (ou/oo→u, ph→f, q→k, ch→sh, dj→j, iy→i, kafr/kfar→kfr, final -ah/-eh→-a/-e, final -ie→-ia).
// "Kfarshouba", "Kfar Shouba" and "Kafr Shuba" all give "kfrshuba". Applied to names and
// queries alike. The empty string means the name has no usable letters.
func Key(s string) string {
	var buf [96]byte
	return string(appendKey(buf[:0], s))
}

// appendKey appends the key of s to dst. One pass: each token, once complete, is rewritten
// (appendTokenKey) and its doubled letters collapsed against the key so far; an article waits
// until the next token drops it or the end keeps it (session 23: the three passes over two
// buffers it replaced cost 4 % of geocoding).
func appendKey(dst []byte, s string) []byte {
	start := len(dst)
	var raw [64]byte
	var art [3]byte
	artLen := 0 // a pending article ("al", "the"): dropped if another token follows
	for i := 0; ; {
		rb := raw[:0] // the next token, folded to lower-case ASCII where it can be
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				i++
				if f := keyFold[c]; f != keySep {
					if f != keySkip {
						rb = append(rb, f)
					}
					continue
				}
			} else {
				r, n := utf8.DecodeRuneInString(s[i:])
				i += n
				if isApostrophe(r) {
					continue
				}
				if f, ok := foldTable[r]; ok {
					rb = append(rb, f...)
					continue
				}
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					rb = utf8.AppendRune(rb, unicode.ToLower(r))
					continue
				}
				if unicode.Is(unicode.Mn, r) {
					continue
				}
			}
			if len(rb) > 0 {
				break // a separator ends the token
			}
		}
		if len(rb) == 0 {
			break // the end of s
		}
		artLen = 0 // a token follows the pending article: it goes
		if isArticle(rb) {
			artLen = copy(art[:], rb)
		} else {
			dst = appendCollapsed(dst, start, rb)
		}
	}
	if artLen > 0 {
		dst = appendCollapsed(dst, start, art[:artLen]) // the last token is kept
	}
	return dst
}

// appendCollapsed appends token w's key (appendTokenKey) to the key begun at dst[start:],
// collapsing doubled letters, also across the join with the key so far.
func appendCollapsed(dst []byte, start int, w []byte) []byte {
	k := len(dst)
	dst = appendTokenKey(dst, w)
	var prev byte
	if k > start {
		prev = dst[k-1]
	}
	out := k
	for i := k; i < len(dst); i++ {
		c := dst[i]
		if c == prev && c < utf8.RuneSelf {
			continue
		}
		dst[out] = c
		out++
		prev = c
	}
	return dst[:out]
}

// keyFold maps each ASCII byte to what a key keeps of it: letters lower-cased, digits as they
// are, keySkip for the apostrophes that vanish, keySep for every other byte (a token break).
const (
	keySep  = 0
	keySkip = 0xFF
)

var keyFold = func() (t [utf8.RuneSelf]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = byte(c), byte(c)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	t['\''], t['`'] = keySkip, keySkip
	return t
}()

// isArticle reports the transliterated Arabic (and English) articles dropped from keys when
// another token follows: "al-Hasakah", "Deir ez-Zor", "the Gaza Strip".
func isArticle(w []byte) bool {
	switch string(w) {
	case "al", "el", "ad", "ash", "as", "an", "ar", "at", "az", "ez", "ed", "es", "et", "ul",
		"the", "il", "ech", "er":
		return true
	}
	return false
}

// appendTokenKey appends one token with transliteration variants folded.
func appendTokenKey(dst []byte, w []byte) []byte {
	n := len(w)
	// Endings: -ah/-eh → -a (tā' marbūṭa), -oh → -o; then -ie/-iye → -ia.
	var ending byte
	if n > 3 && w[n-1] == 'h' && isVowel(w[n-2]) {
		n--
		if w[n-1] == 'e' && w[n-2] != 'i' && w[n-2] != 'y' && w[n-2] != 'e' {
			ending = 'a'
		}
	}
	w = w[:n]
	begin := len(dst)
	i := 0
	if len(w) >= 4 && w[0] == 'k' && (string(w[:4]) == "kafr" || string(w[:4]) == "kfar" || string(w[:4]) == "kefr" || string(w[:4]) == "kufr") {
		dst = append(dst, 'k', 'f', 'r')
		i = 4
	}
	for ; i < len(w); i++ {
		c := w[i]
		if !keySpecial[c] {
			dst = append(dst, c) // (the common case: a letter no rule below rewrites)
			continue
		}
		var next byte
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch c {
		case 'o':
			if next == 'u' || next == 'o' {
				dst = append(dst, 'u')
				i++
				continue
			}
		case 'p':
			if next == 'h' {
				dst = append(dst, 'f')
				i++
				continue
			}
		case 'c':
			if next == 'h' {
				dst = append(dst, 's', 'h')
				i++
				continue
			}
			if next == 'k' {
				dst = append(dst, 'k')
				i++
				continue
			}
		case 'd':
			if next == 'j' {
				dst = append(dst, 'j')
				i++
				continue
			}
		case 'i':
			if next == 'y' {
				dst = append(dst, 'i')
				i++
				continue
			}
		case 'e':
			if next == 'e' {
				dst = append(dst, 'i')
				i++
				continue
			}
		case 'q':
			c = 'k'
		}
		dst = append(dst, c)
	}
	if ending != 0 {
		dst[len(dst)-1] = ending
	}
	// Final -ie → -ia (Nabatieh, Nabatiyeh, Nabatiyah, Nabatiya all end in "ia").
	if m := len(dst) - begin; m > 3 && dst[len(dst)-2] == 'i' && dst[len(dst)-1] == 'e' {
		dst[len(dst)-1] = 'a'
	}
	return dst
}

// keySpecial marks the bytes appendTokenKey's rewrites start with after a token's first byte
// (o, p, c, d, i, e, q); any other byte is copied as it is.
var keySpecial = func() (t [256]bool) {
	for _, c := range "opcdieq" {
		t[c] = true
	}
	return t
}()

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// IsLatinName reports whether every letter of s is Latin script (alternate names in other
// scripts are dropped from the gazetteer to save space).
func IsLatinName(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// genericWords are administrative words stripped from names to make extra keys ("Idlib
// Governorate" → "Idlib", "Caza de Tyr" → "Tyr").
var genericWords = map[string]bool{
	"province": true, "governorate": true, "region": true, "district": true, "oblast": true,
	"state": true, "prefecture": true, "county": true, "department": true, "municipality": true,
	"muhafazat": true, "mohafazat": true, "caza": true, "qada": true, "wilayat": true, "wilaya": true,
	"provincia": true, "departamento": true, "estado": true, "regional": true, "territory": true,
	"oblast'": true, "krai": true, "kray": true, "okrug": true, "voivodeship": true, "city": false,
	"division": true, "zone": true, "rayon": true, "raion": true, "gouvernorat": true,
	"de": true, "du": true, "of": true, "des": true, "la": true, "le": true, "del": true,
	"autonomous": true, "republic": false, "special": true, "capital": false, "metropolitan": true,
	"governorate)": true,
	// suffixes of second-level divisions in admin2Codes ("Yusufeli İlçesi", "Chirchiq Tumani")
	"i̇lçesi": true, "ilçesi": true, "tumani": true, "kommun": true, "kommune": true, "pagasts": true,
	"parish": true, "shire": true, "járás": true, "aūdany": true, "vald": true, "sum": false,
}

// directionWords are words that, alone, are never a useful place key.
var directionWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "upper": true, "lower": true, "new": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "middle": true,
	"greater": true, "city": true, "great": true, "little": true,
}

// StripGeneric returns name without leading/trailing administrative words, or "" when nothing
// useful remains (a bare direction word, or nothing removed).
func StripGeneric(name string) string {
	f := strings.Fields(strings.NewReplacer("-", " ", ",", " ").Replace(name))
	i, j := 0, len(f)
	for i < j && genericWords[strings.ToLower(f[i])] {
		i++
	}
	for j > i && genericWords[strings.ToLower(f[j-1])] {
		j--
	}
	if i == 0 && j == len(f) || i >= j {
		return ""
	}
	rest := f[i:j]
	if len(rest) == 1 && (directionWords[strings.ToLower(rest[0])] || len(rest[0]) < 3) {
		return ""
	}
	return strings.Join(rest, " ")
}

// appendSkeleton appends to b the consonants of a key (see Key) without the vowels (and "y") that
// transliterations of one name disagree on: "kalkilia" (Qalqiliya) and "kalkilya" (Qalqilyah)
// both give "klkl", "sweida" and "suwayda" give "swd". Only alternate names of one place are
// compared this way (a spelling variant of its own name), never names of two places. No
// allocation when b has room.
func appendSkeleton(b []byte, key string) []byte {
	start := len(b)
	for i := 0; i < len(key); i++ {
		switch c := key[i]; c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
		default:
			if n := len(b); n == start || b[n-1] != c {
				b = append(b, c)
			}
		}
	}
	return b[start:]
}

// divisionPrefixes are administrative words Vietnam's district names begin with in GeoNames.
var divisionPrefixes = []string{"Huyện ", "Thị xã ", "Thị Xã "}

// dirForms pairs the two forms of a direction in division names.
var dirForms = map[string]string{
	"north": "northern", "northern": "north", "south": "southern", "southern": "south",
	"east": "eastern", "eastern": "east", "west": "western", "western": "west",
}

// nameVariants returns other ways the news writes a division's name: the other form of a
// leading direction word ("Northern Darfur" → "North Darfur") and a compound without "and"
// ("Sistan and Baluchestan" → "Sistan Baluchestan"). Nil when there is none.
func nameVariants(name string, division bool) []string {
	var out []string
	// (not for countries: "southern Sudan" is a part of Sudan, not South Sudan)
	if w, rest, ok := strings.Cut(name, " "); ok && rest != "" && division {
		// ("Western Region" has no other form: "West region" is not its name)
		if o, ok := dirForms[strings.ToLower(w)]; ok && !genericWords[strings.ToLower(rest)] {
			out = append(out, o+" "+rest)
		}
	}
	if a, b, ok := strings.Cut(name, " and "); ok && a != "" && b != "" {
		out = append(out, a+" "+b)
	}
	// GeoNames files Vietnamese districts under their word ("Huyện Tây Giang"); the news
	// writes the name alone (not Indonesia's "Kabupaten X": the regency would outrank the
	// town of its name, Ketapang in Java read as Kabupaten Ketapang in Borneo)
	if division {
		for _, w := range divisionPrefixes {
			if rest, ok := strings.CutPrefix(name, w); ok && len(rest) >= 3 {
				out = append(out, rest)
				break
			}
		}
	}
	return out
}
