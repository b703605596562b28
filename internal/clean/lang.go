package clean

import (
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// englishWords are frequent English function words; their share of the words of a text is
// a quick, reliable English signal that trigram models lack on short texts.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true, "is": true,
	"that": true, "for": true, "on": true, "was": true, "with": true, "said": true, "by": true,
	"it": true, "he": true, "as": true, "at": true, "from": true, "his": true, "have": true,
	"has": true, "are": true, "were": true, "be": true, "this": true, "which": true, "its": true,
	"they": true, "their": true, "after": true, "had": true, "been": true, "who": true, "not": true,
}

// langSample is how much text language identification reads.
const langSample = 4096

// Language returns the ISO 639-1 code of the language of text: "en" by default for short,
// mostly ASCII text; "und" when it cannot be decided.
func Language(text string) string {
	if len(text) > langSample {
		cut := langSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	words, en, letters, ascii := 0, 0, 0, 0
	var buf [16]byte
	w := buf[:0]
	long := false
	flush := func() {
		if len(w) > 0 || long {
			words++
			if !long && englishWords[string(w)] {
				en++
			}
		}
		w, long = w[:0], false
	}
	for _, r := range text {
		if isLetterOrDigit(r) {
			letters++
			if r < utf8.RuneSelf {
				ascii++
				if len(w) < len(buf) {
					w = append(w, byte(unicode.ToLower(r)))
				} else {
					long = true
				}
			} else {
				long = true
			}
			continue
		}
		if r == ' ' || r == '\n' {
			flush()
		}
	}
	flush()
	if letters == 0 {
		return "und"
	}
	mostlyASCII := ascii*10 >= letters*9
	// English function words make up a fifth or more of running English text; 12% is
	// already far above any other Latin-script language's share of these words.
	if mostlyASCII && words >= 6 && en*100 >= words*12 {
		return "en"
	}
	if letters < 40 {
		if mostlyASCII {
			return "en"
		}
		return "und"
	}
	info := whatlanggo.Detect(text)
	code := info.Lang.Iso6391()
	if code == "" {
		return "und"
	}
	if !info.IsReliable() && letters < 200 {
		if mostlyASCII && en > 0 {
			return "en"
		}
		return "und"
	}
	return code
}
