package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize unifies whitespace in s: line endings become "\n"; tabs, no-break and other
// Unicode spaces become a plain space and runs of spaces collapse to one; every line is
// trimmed; zero-width characters, bidi controls, soft hyphens and other control characters
// are removed; invalid UTF-8 becomes U+FFFD; the result is in Unicode NFC. Blank lines are
// kept (as empty lines) so that paragraph structure survives.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	lineStart := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\n':
				b.WriteByte('\n')
				pendingSpace, lineStart = false, true
			case c == '\r':
				if i < len(s) && s[i] == '\n' {
					i++
				}
				b.WriteByte('\n')
				pendingSpace, lineStart = false, true
			case c == ' ' || c == '\t' || c == '\v' || c == '\f':
				pendingSpace = !lineStart
			case c < 0x20 || c == 0x7f:
				// other C0 controls: drop
			default:
				if pendingSpace {
					b.WriteByte(' ')
					pendingSpace = false
				}
				b.WriteByte(c)
				lineStart = false
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			r = utf8.RuneError
		case r == 0x2028 || r == 0x2029 || r == 0x85:
			b.WriteByte('\n')
			pendingSpace, lineStart = false, true
			continue
		case isSpaceRune(r):
			pendingSpace = !lineStart
			continue
		case isInvisible(r):
			continue
		}
		if pendingSpace {
			b.WriteByte(' ')
			pendingSpace = false
		}
		b.WriteRune(r)
		lineStart = false
	}
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// isSpaceRune reports Unicode spaces other than ASCII ones.
func isSpaceRune(r rune) bool {
	switch {
	case r == 0xa0, r == 0x1680, r >= 0x2000 && r <= 0x200a, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// isInvisible reports characters that carry no text: C1 controls, zero-width space, word
// joiner, BOM, soft hyphen, bidi marks and embeddings, Mongolian vowel separator. ZWJ and
// ZWNJ are kept: they matter in Persian, Indic scripts and emoji.
func isInvisible(r rune) bool {
	switch {
	case r >= 0x80 && r < 0xa0,
		r == 0xad, r == 0x180e, r == 0x200b, r == 0x200e, r == 0x200f,
		r >= 0x202a && r <= 0x202e, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069,
		r == 0xfeff, r >= 0xfff9 && r <= 0xfffb:
		return true
	}
	return false
}

// oneLine normalises a short field such as a title: one line, single spaces.
func oneLine(s string) string {
	s = Normalize(s)
	if strings.IndexByte(s, '\n') >= 0 {
		s = strings.Join(strings.Fields(s), " ")
	}
	return strings.TrimSpace(s)
}

// key is the comparison form of a line for duplicate detection: lower-case letters and
// digits, words separated by one space, punctuation and symbols dropped.
func key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			default:
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
		case isLetterOrDigit(r):
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(unicode.ToLower(r))
		default:
			space = b.Len() > 0
		}
	}
	return b.String()
}
