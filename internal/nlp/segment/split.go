package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Abbreviation classes: how a token ending in a period behaves at a possible sentence end.
const (
	abbrNone    = iota
	abbrTitle   // Gen. Dr. Mr. St.: never ends a sentence
	abbrMonth   // Oct. Sept.: no end before a digit
	abbrNo      // No. 3: no end before a digit
	abbrNever   // vs. e.g. i.e. cf.: never ends a sentence
	abbrLower   // etc. approx.: ends a sentence only before a capital
	abbrWeak    // Inc. Jr. Corp. U.S. J.: ends a sentence only before a typical sentence opener
	abbrTime    // a.m. p.m.: ends before a capital unless a weekday, month or time zone follows
	abbrUnknown // any other word before a period
)

var titleAbbr = map[string]bool{
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "pres": true, "rev": true, "st": true, "adm": true, "brig": true, "cmdr": true,
	"cdr": true, "cpl": true, "pvt": true, "gens": true, "sens": true, "reps": true, "messrs": true,
	"mt": true, "ft": true, "hon": true, "fr": true, "lieut": true, "supt": true, "insp": true,
	"det": true, "amb": true, "sheikh": false, "mme": true, "mlle": true, "msgr": true, "sra": true,
	"sr": false, "gov.-gen": true, "atty": true, "asst": true, "spc": true, "comr": true, "commr": true,
	"cmdt": true, "const": true, "pte": true, "ssgt": true,
}

var monthAbbr = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

var weakAbbr = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "jr": true, "sr": true, "bros": true,
	"plc": true, "llc": true, "dept": true, "univ": true, "assn": true, "gov't": true, "est": true,
	"ave": true, "blvd": true, "rd": true, "hwy": true,
	// abbreviated first words of place names ("Sault Ste. Marie", "Sta. Rosa", "Sto. Tomas",
	// "Pt. Pleasant"): no sentence end before the rest of the name
	"ste": true, "sta": true, "sto": true, "pt": true,
}

var lowerAbbr = map[string]int{
	"vs": abbrNever, "v": abbrNever, "cf": abbrNever, "viz": abbrNever, "ca": abbrNever,
	"approx": abbrNever, "incl": abbrNever, "esp": abbrNever, "al": abbrLower, "etc": abbrLower,
	"nos": abbrNo, "no": abbrNo, "vol": abbrNo, "pp": abbrNo, "p": abbrNo, "fig": abbrNo,
	"figs": abbrNo, "art": abbrNo, "ch": abbrNo,
}

// abbrevClass returns the abbreviation class of a word that is followed by a period
// (the word without the period), or 0 when it is not a known abbreviation.
func abbrevClass(w string) int {
	if len(w) == 0 || len(w) > 7 {
		return 0
	}
	var buf [8]byte
	lw := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c >= utf8.RuneSelf {
			return 0
		}
		lw[i] = c
	}
	capital := w[0] >= 'A' && w[0] <= 'Z'
	if capital {
		if titleAbbr[string(lw)] {
			return abbrTitle
		}
		if monthAbbr[string(lw)] {
			return abbrMonth
		}
		if weakAbbr[string(lw)] {
			return abbrWeak
		}
		if string(lw) == "no" || string(lw) == "nos" {
			return abbrNo
		}
	}
	if c, ok := lowerAbbr[string(lw)]; ok && (!capital || c == abbrNo || c == abbrNever) {
		return c
	}
	return 0
}

// tokenClass returns the abbreviation class of a token that ends in a period.
func tokenClass(t string) int {
	w := t[:len(t)-1]
	if len(w) == 0 {
		return abbrNone
	}
	if strings.IndexByte(w, '.') >= 0 {
		lw := strings.ToLower(t)
		switch lw {
		case "a.m.", "p.m.":
			return abbrTime
		case "e.g.", "i.e.":
			return abbrNever
		}
		return abbrWeak // U.S. U.N. J.R.R.
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return abbrWeak // initial
	}
	if c := abbrevClass(w); c != 0 {
		return c
	}
	return abbrUnknown
}

// openers are words that typically start a sentence; after an ambiguous abbreviation
// ("U.S.", "Inc.", an initial) a sentence ends only before one of these.
var openers = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "This": true, "That": true, "These": true, "Those": true,
	"There": true, "Their": true, "His": true, "Her": true, "Its": true, "Our": true, "My": true,
	"In": true, "On": true, "At": true, "As": true, "But": true, "And": true, "Or": true,
	"So": true, "Yet": true, "If": true, "When": true, "While": true, "After": true,
	"Before": true, "Since": true, "Although": true, "Though": true, "However": true,
	"Meanwhile": true, "Also": true, "According": true, "Some": true, "Many": true, "Most": true,
	"All": true, "Both": true, "Each": true, "Earlier": true, "Later": true, "Last": true,
	"Then": true, "Now": true, "Still": true, "Other": true, "Such": true, "What": true,
	"Who": true, "Why": true, "How": true, "Where": true, "No": true, "Not": true, "One": true,
	"Two": true, "Three": true, "For": true, "From": true, "By": true, "With": true,
	"Under": true, "During": true, "Despite": true, "Instead": true, "Officials": true,
	"Police": true, "Witnesses": true, "Residents": true, "Sources": true,
}

var timeFollowers = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "GMT": true, "UTC": true, "EST": true, "EDT": true,
	"ET": true, "PT": true, "PST": true, "PDT": true, "CET": true, "CEST": true, "BST": true,
	"IST": true, "Eastern": true, "Pacific": true, "Central": true, "Mountain": true,
	"local": true, "January": true, "February": true, "March": true, "April": true, "May": true,
	"June": true, "July": true, "August": true, "September": true, "October": true,
	"November": true, "December": true, "Jan.": true, "Feb.": true, "Aug.": true, "Sept.": true,
	"Oct.": true, "Nov.": true, "Dec.": true,
}

func isTerminal(t string) bool {
	switch t {
	case ".", "!", "?", "…", "。", "！", "？", "‼", "⁇", "⁈", "⁉":
		return true
	}
	return len(t) >= 3 && t[0] == '.' && strings.Trim(t, ".") == ""
}

func isCloser(t string) bool {
	switch t {
	case "”", "\"", "’", "'", ")", "]", "»", "›", "}":
		return true
	}
	return false
}

func isDash(t string) bool {
	switch t {
	case "-", "--", "—", "–", "―", "---":
		return true
	}
	return false
}

// startKind classifies the first character of a token for sentence starts.
func startKind(t string) (upper, lower, digit, open bool) {
	r, _ := utf8.DecodeRuneInString(t)
	switch {
	case r >= '0' && r <= '9':
		return false, false, true, false
	case r >= 'A' && r <= 'Z':
		return true, false, false, false
	case r >= 'a' && r <= 'z':
		return false, true, false, false
	}
	switch r {
	case '“', '"', '‘', '\'', '(', '[', '«', '‹', '¿', '¡', '•', '*', '—', '–', '-', '@', '#':
		return false, false, false, true
	}
	if unicode.IsLower(r) {
		return false, true, false, false
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return true, false, false, false
	}
	return false, false, false, false
}

// endsAfter reports whether a sentence that began at token start ends after token i
// (i+1 < len(toks)).
func endsAfter(text string, toks []model.Token, gaps []gap, start, i int) bool {
	next := toks[i+1]
	ng := gaps[i+1]
	cur := toks[i].Text
	if ng.newlines > 0 {
		if ng.newlines >= 2 {
			return true
		}
		// single newline: a hard-wrapped line continues in lower case; a dateline dash
		// continues on the next line.
		if isDash(cur) && i > start {
			return false
		}
		if _, lower, _, _ := startKind(next.Text); lower {
			if !isTerminal(cur) && !isCloser(cur) {
				return false
			}
		}
		return true
	}
	if !ng.space {
		return false
	}
	// find the sentence-final punctuation: cur itself, or a terminal followed by closers
	k := i
	for k > start && isCloser(toks[k].Text) && toks[k].Start == toks[k-1].End {
		k--
	}
	if k != i && !isTerminalOrAbbrev(toks[k].Text) {
		return false
	}
	if k == i && isCloser(cur) {
		return false
	}
	t := toks[k].Text
	upper, lower, digit, open := startKind(next.Text)
	if isTerminal(t) {
		if t == "." && k > start {
			prev := toks[k-1]
			if prev.End == toks[k].Start {
				// "No ." style abbreviations are already joined; list markers "1." at a line start
				if k-1 == start && isAllDigits(prev.Text) && len(prev.Text) <= 3 {
					return false
				}
			}
		}
		if lower {
			return false
		}
		return upper || digit || open
	}
	if t[len(t)-1] != '.' || len(t) < 2 {
		return false
	}
	switch tokenClass(t) {
	case abbrTitle, abbrNever:
		return false
	case abbrMonth, abbrNo:
		if digit || lower {
			return false
		}
		return upper || open
	case abbrLower:
		return upper || open
	case abbrWeak:
		if k != i {
			return upper || digit || open
		}
		return openers[next.Text] || open && next.Text != "("
	case abbrTime:
		if lower || digit {
			return false
		}
		if timeFollowers[next.Text] {
			return false
		}
		return upper || open
	}
	return false
}

func isTerminalOrAbbrev(t string) bool {
	return isTerminal(t) || len(t) >= 2 && t[len(t)-1] == '.'
}

func isAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
