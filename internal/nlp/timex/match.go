package timex

import (
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
)

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
	"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9,
	"sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}

var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// words before a bare month or year that make it a time expression
var timePreps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true,
	"during": true, "before": true, "after": true, "through": true, "throughout": true,
	"of": true, "early": true, "late": true, "mid": true, "between": true, "to": true,
	"on": true, "last": true, "next": true, "this": true, "around": true, "as": true,
	"for": true, "circa": true, "that": true, "'s": false, "and": false,
}

var smallNums = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
	"twenty": 20, "thirty": 30, "several": -1, "few": -1,
}

var futureCues = map[string]bool{
	"will": true, "'ll": true, "’ll": true, "shall": true, "would": true, "should": true,
	"next": true, "upcoming": true, "scheduled": true, "slated": true, "ahead": true,
	"deadline": true, "tomorrow": true,
}

// futureBeforeTo are cues that speak of the future when "to" follows ("plans to", "set to").
var futureBeforeTo = map[string]bool{
	"plans": true, "plan": true, "planned": true, "set": true, "due": true, "expected": true,
	"wants": true, "want": true, "aims": true, "intends": true, "going": true, "hopes": true,
	"be": false,
}

var speechVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "reported": true, "added": true,
	"stated": true, "wrote": true, "tweeted": true, "confirmed": true, "declared": true,
}

// holidayWeekdays are words that make a weekday a named day ("Black Monday", "Good Friday").
var holidayWeekdays = map[string]bool{
	"black": true, "good": true, "bloody": true, "holy": true, "ash": true, "palm": true,
	"easter": true, "cyber": true, "super": true, "blue": true, "maundy": true, "shrove": true,
	"whit": true, "low": true,
}

type finder struct {
	text   string
	toks   []model.Token
	low    []string
	ref    time.Time
	hasRef bool
}

func (f *finder) lw(i int) string {
	if i < 0 || i >= len(f.low) {
		return ""
	}
	return f.low[i]
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (f *finder) adjacent(i int) bool {
	return i+1 < len(f.toks) && f.toks[i].End == f.toks[i+1].Start
}

// future reports whether the words of the clause around token i speak of the future.
func (f *finder) future(i int) bool {
	// a date attached to a verb of saying is when it was said: "officials said on Friday"
	p := i - 1
	if f.lw(p) == "on" {
		p--
	}
	if speechVerbs[f.lw(p)] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		w := f.low[k]
		if w == ";" || w == "." || w == ":" {
			break
		}
		if futureCues[w] || w == "to" && k+1 < i && f.low[k+1] == "be" || futureBeforeTo[w] && f.lw(k+1) == "to" {
			return true
		}
	}
	for k := i + 1; k < len(f.low) && k <= i+6; k++ {
		w := f.low[k]
		if w == ";" || w == "." || w == "," {
			break
		}
		if w == "scheduled" || w == "slated" || w == "planned" {
			return true
		}
	}
	return false
}

func (f *finder) mk(start, end, kind int, prec string, rel bool) match {
	return match{start: start, end: end, kind: kind, prec: prec, rel: rel, ref: f.ref}
}

// match tries every pattern at token i.
func (f *finder) match(i int) (match, bool) {
	w := f.low[i]
	if w == "" {
		return match{}, false
	}
	c := w[0]
	switch {
	case c >= '0' && c <= '9':
		return f.matchNumeric(i)
	case c == 'm' && strings.HasPrefix(w, "mid-"):
		return f.matchMid(i)
	}
	if _, ok := months[w]; ok {
		return f.matchMonth(i, i)
	}
	if wd, ok := weekdays[w]; ok {
		return f.matchWeekday(i, i, wd, 0)
	}
	// (w itself is no weekday here, so only a plural can be one)
	if len(w) > 6 && w[len(w)-1] == 's' {
		if wd, ok := weekdays[w[:len(w)-1]]; ok && f.lw(i-1) == "on" {
			return f.matchWeekday(i, i, wd, 0) // "on Fridays" is habitual; still a weekday mention
		}
	}
	switch w {
	case "yesterday":
		return f.offsetDay(i, i+1, -1), true
	case "today", "tonight":
		return f.offsetDay(i, i+1, 0), true
	case "tomorrow":
		return f.offsetDay(i, i+1, 1), true
	case "last", "next", "this", "past", "coming", "previous", "following":
		return f.matchModifier(i)
	case "earlier", "later":
		return f.matchEarlierLater(i)
	case "the":
		return f.matchThe(i)
	case "hours", "minutes", "moments":
		if nw := f.lw(i + 1); nw == "later" || nw == "earlier" {
			return f.offsetDay(i, i+2, 0), true
		}
	}
	if n, ok := smallNums[w]; ok && n > 0 {
		return f.matchAgo(i, n)
	}
	return match{}, false
}

func (f *finder) offsetDay(s, e, n int) match {
	m := f.mk(s, e, kDayOffset, Day, true)
	m.n = n
	return m
}

// matchAgo: "two days ago", "a week earlier", "three years later", "a day after".
func (f *finder) matchAgo(i, n int) (match, bool) {
	unit := f.lw(i + 1)
	dir := f.lw(i + 2)
	sign := 0
	switch dir {
	case "ago", "earlier", "before":
		sign = -1
	case "later", "after":
		sign = 1
	default:
		return match{}, false
	}
	if (dir == "before" || dir == "after") && !f.endsPhrase(i+3) {
		return match{}, false // "two days after the attack": relative to another event
	}
	switch unit {
	case "day", "days":
		return f.offsetDay(i, i+3, sign*n), true
	case "week", "weeks":
		m := f.mk(i, i+3, kWeekOff, Week, true)
		m.n = sign * n
		return m, true
	case "month", "months":
		m := f.mk(i, i+3, kMonthOff, Month, true)
		m.n = sign * n
		return m, true
	case "year", "years":
		m := f.mk(i, i+3, kYearOff, Year, true)
		m.n = sign * n
		return m, true
	}
	return match{}, false
}

// endsPhrase reports whether token i is the end of the clause (punctuation or end).
func (f *finder) endsPhrase(i int) bool {
	w := f.lw(i)
	if w == "" {
		return true
	}
	c := w[0]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80) || w == "and" || w == "but" || w == "when" || w == "as"
}

// matchThe: "the day before", "the next day", "the following week", "the previous year",
// "the 26th of June", "the 1990s" (skipped).
func (f *finder) matchThe(i int) (match, bool) {
	w1, w2 := f.lw(i+1), f.lw(i+2)
	switch w1 {
	case "day":
		switch w2 {
		case "before":
			if f.endsPhrase(i + 3) {
				return f.offsetDay(i, i+3, -1), true
			}
		case "after":
			if f.endsPhrase(i + 3) {
				return f.offsetDay(i, i+3, 1), true
			}
		}
	case "next", "following", "previous", "preceding", "prior":
		n := 1
		if w1 == "previous" || w1 == "preceding" || w1 == "prior" {
			n = -1
		}
		switch w2 {
		case "day", "morning", "evening", "night", "afternoon":
			return f.offsetDay(i, i+3, n), true
		case "week":
			m := f.mk(i, i+3, kWeekOff, Week, true)
			m.n = n
			return m, true
		case "month":
			m := f.mk(i, i+3, kMonthOff, Month, true)
			m.n = n
			return m, true
		case "year":
			m := f.mk(i, i+3, kYearOff, Year, true)
			m.n = n
			return m, true
		}
	}
	// "the 26th of June"
	if d, ok := dayNum(w1); ok && w2 == "of" {
		if mo, ok := months[f.lw(i+3)]; ok && isCap(f.toks[i+3].Text) {
			return f.dayMonth(i, i+4, d, mo)
		}
	}
	return match{}, false
}

// matchModifier: "last week", "this month", "next year", "last Thursday", "last June",
// "last night", "this morning", "the past week" (skipped: a duration).
func (f *finder) matchModifier(i int) (match, bool) {
	w, u := f.low[i], f.lw(i+1)
	n := 0
	switch w {
	case "last", "previous":
		n = -1
	case "next", "coming", "following":
		n = 1
	case "this":
		n = 0
	default:
		return match{}, false
	}
	if w == "previous" || w == "following" || w == "coming" {
		return match{}, false // "the previous day" is handled by matchThe; bare forms are rare
	}
	switch u {
	case "week", "weekend":
		if u == "weekend" {
			return match{}, false
		}
		m := f.mk(i, i+2, kWeekOff, Week, true)
		m.n = n
		return m, true
	case "month":
		m := f.mk(i, i+2, kMonthOff, Month, true)
		m.n = n
		return m, true
	case "year":
		m := f.mk(i, i+2, kYearOff, Year, true)
		m.n = n
		return m, true
	case "night":
		if n == -1 {
			return f.offsetDay(i, i+2, -1), true
		}
		if n == 0 {
			return f.offsetDay(i, i+2, 0), true
		}
	case "morning", "afternoon", "evening":
		if n == 0 {
			return f.offsetDay(i, i+2, 0), true
		}
	}
	if wd, ok := weekdays[u]; ok {
		return f.matchWeekday(i, i+1, wd, n)
	}
	if mo, ok := months[u]; ok && i+1 < len(f.toks) && isCap(f.toks[i+1].Text) {
		m := f.mk(i, i+2, kMonth, Month, true)
		m.m = mo
		m.dir = n
		if n == 0 {
			m.dir = 0
		}
		return m, true
	}
	return match{}, false
}

// matchEarlierLater: "earlier this week", "later this month", "earlier today", "later that
// day", "earlier in the day", "later in the day".
func (f *finder) matchEarlierLater(i int) (match, bool) {
	w1, w2 := f.lw(i+1), f.lw(i+2)
	switch w1 {
	case "today", "tonight":
		return f.offsetDay(i, i+2, 0), true
	case "this", "that":
		switch w2 {
		case "day", "morning", "afternoon", "evening":
			return f.offsetDay(i, i+3, 0), true
		case "week":
			return f.mk(i, i+3, kWeekOff, Week, true), true
		case "month":
			return f.mk(i, i+3, kMonthOff, Month, true), true
		case "year":
			return f.mk(i, i+3, kYearOff, Year, true), true
		}
	case "in":
		if w2 == "the" {
			switch f.lw(i + 3) {
			case "day":
				return f.offsetDay(i, i+4, 0), true
			case "week":
				return f.mk(i, i+4, kWeekOff, Week, true), true
			}
		}
	}
	return match{}, false
}

// matchWeekday: a weekday at token wi, the expression starting at s; dir from a modifier.
func (f *finder) matchWeekday(s, wi, wd, dir int) (match, bool) {
	if !isCap(f.toks[wi].Text) || wi > 0 && holidayWeekdays[f.low[wi-1]] && isCap(f.toks[wi-1].Text) {
		return match{}, false
	}
	// "Thursday, June 26, 2024" / "Thursday 26 June": the date wins, span includes the weekday
	j := wi + 1
	if f.lw(j) == "," {
		j++
	}
	if _, ok := months[f.lw(j)]; ok {
		if m, ok := f.matchMonth(j, s); ok && m.prec == Day {
			return m, true
		}
	}
	if _, ok := dayNum(f.lw(j)); ok {
		if m, ok := f.matchNumeric(j); ok && m.prec == Day {
			m.start = s
			return m, true
		}
	}
	m := f.mk(s, wi+1, kWeekday, Day, true)
	m.n = wd
	m.dir = dir
	return m, true
}

func isCap(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// dayNum parses a day of month: "7", "07", "7th", "21st".
func dayNum(w string) (int, bool) {
	n, k := 0, 0
	for k < len(w) && k < 2 && w[k] >= '0' && w[k] <= '9' {
		n = n*10 + int(w[k]-'0')
		k++
	}
	if k == 0 || n < 1 || n > 31 {
		return 0, false
	}
	switch w[k:] {
	case "", "st", "nd", "rd", "th":
		return n, true
	}
	return 0, false
}

// yearNum parses a four-digit year 1000-2999 (or an apostrophe-less "'24" is not handled).
func yearNum(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	n := 0
	for k := 0; k < 4; k++ {
		if w[k] < '0' || w[k] > '9' {
			return 0, false
		}
		n = n*10 + int(w[k]-'0')
	}
	if n < 1000 || n > 2999 {
		return 0, false
	}
	return n, true
}

// matchMonth: a month name at token mi; the expression starts at s (s < mi when a weekday
// precedes).
func (f *finder) matchMonth(mi, s int) (match, bool) {
	tok := f.toks[mi].Text
	mo := months[f.low[mi]]
	if !isCap(tok) {
		return match{}, false
	}
	full := len(f.low[mi]) > 4 || f.low[mi] == "may" || f.low[mi] == "june" || f.low[mi] == "july"
	j := mi + 1
	// Month Day(,) Year / Month Day
	if d, ok := dayNum(f.lw(j)); ok && (j+1 >= len(f.toks) || f.lw(j+1) != ":") {
		k := j + 1
		if f.lw(k) == "," {
			k++
		}
		if y, ok := yearNum(f.lw(k)); ok && validDate(y, mo, d) {
			m := f.mk(s, k+1, kAbs, Day, false)
			m.y, m.m, m.d = y, mo, d
			return m, true
		}
		if !validDate(2000, mo, d) { // Feb 29 exists in 2000
			return match{}, false
		}
		m := f.mk(s, j+1, kMonthDay, Day, true)
		m.m, m.d = mo, d
		return m, true
	}
	// Month (,) Year
	k := j
	if f.lw(k) == "," {
		k++
	}
	if y, ok := yearNum(f.lw(k)); ok {
		m := f.mk(s, k+1, kAbs, Month, false)
		m.y, m.m = y, mo
		return m, true
	}
	// Month (of) this/last/next year
	k = j
	if f.lw(k) == "of" {
		k++
	}
	if f.lw(k+1) == "year" {
		n, ok := 0, true
		switch f.lw(k) {
		case "this":
		case "last":
			n = -1
		case "next":
			n = 1
		default:
			ok = false
		}
		if ok {
			m := f.mk(s, k+2, kMonthOfYear, Month, true)
			m.m, m.n = mo, n
			return m, true
		}
	}
	// Day Month handled in matchNumeric; bare month needs a time preposition before it.
	prev := f.lw(mi - 1)
	if prev == "and" || prev == "or" || prev == "," {
		if _, ok := months[f.lw(mi-2)]; ok && mi >= 2 && isCap(f.toks[mi-2].Text) {
			prev = "in"
		}
	}
	if s == mi && (timePreps[prev] || strings.HasSuffix(prev, "-")) && (full || f.low[mi][len(f.low[mi])-1] == '.' || prev == "in") {
		if f.low[mi] == "may" && prev != "in" && prev != "since" && prev != "early" && prev != "late" && prev != "mid" && prev != "until" && prev != "of" {
			return match{}, false
		}
		m := f.mk(mi, mi+1, kMonth, Month, true)
		m.m = mo
		return m, true
	}
	return match{}, false
}

// matchMid: "mid-2023", "mid-June", "mid-June 2024".
func (f *finder) matchMid(i int) (match, bool) {
	rest := f.low[i][4:]
	if y, ok := yearNum(rest); ok {
		m := f.mk(i, i+1, kAbs, Year, false)
		m.y = y
		return m, true
	}
	if mo, ok := months[rest]; ok {
		if y, ok := yearNum(f.lw(i + 1)); ok {
			m := f.mk(i, i+2, kAbs, Month, false)
			m.y, m.m = y, mo
			return m, true
		}
		m := f.mk(i, i+1, kMonth, Month, true)
		m.m = mo
		return m, true
	}
	return match{}, false
}

// matchNumeric: "2024-06-26", "26/06/2024", "26 June 2024", "26 June", years.
func (f *finder) matchNumeric(i int) (match, bool) {
	w := f.low[i]
	// ISO date as one token
	if len(w) == 10 && w[4] == '-' && w[7] == '-' {
		y, ok1 := yearNum(w[:4])
		mo, ok2 := atoi2(w[5:7])
		d, ok3 := atoi2(w[8:10])
		if ok1 && ok2 && ok3 && validDate(y, mo, d) {
			m := f.mk(i, i+1, kAbs, Day, false)
			m.y, m.m, m.d = y, mo, d
			return m, true
		}
		return match{}, false
	}
	// dd/mm/yyyy or mm/dd/yyyy, tokens a / b / c all adjacent
	if i+4 < len(f.toks) && (f.low[i+1] == "/" || f.low[i+1] == ".") && f.low[i+3] == f.low[i+1] &&
		f.adjacent(i) && f.adjacent(i+1) && f.adjacent(i+2) && f.adjacent(i+3) {
		a, ok1 := atoi2(w)
		b, ok2 := atoi2(f.low[i+2])
		y, ok3 := yearNum(f.low[i+4])
		if ok1 && ok2 && ok3 {
			d, mo := a, b
			if !validDate(y, mo, d) {
				d, mo = b, a
			}
			if validDate(y, mo, d) {
				m := f.mk(i, i+5, kAbs, Day, false)
				m.y, m.m, m.d = y, mo, d
				return m, true
			}
		}
		return match{}, false
	}
	if d, ok := dayNum(w); ok {
		// Day Month (Year)
		if mo, ok := months[f.lw(i+1)]; ok && isCap(f.toks[i+1].Text) {
			k := i + 2
			if f.lw(k) == "," {
				k++
			}
			if y, ok := yearNum(f.lw(k)); ok && validDate(y, mo, d) {
				m := f.mk(i, k+1, kAbs, Day, false)
				m.y, m.m, m.d = y, mo, d
				return m, true
			}
			if validDate(2000, mo, d) {
				m := f.mk(i, i+2, kMonthDay, Day, true)
				m.m, m.d = mo, d
				return m, true
			}
		}
		return match{}, false
	}
	if y, ok := yearNum(w); ok && f.isYearUse(i) {
		m := f.mk(i, i+1, kAbs, Year, false)
		m.y = y
		return m, true
	}
	return match{}, false
}

func atoi2(s string) (int, bool) {
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	n := 0
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return 0, false
		}
		n = n*10 + int(s[k]-'0')
	}
	return n, true
}

// isYearUse decides whether the four-digit number at i is a year used as a time.
func (f *finder) isYearUse(i int) bool {
	y, _ := yearNum(f.low[i])
	if y < 1800 || y > 2100 {
		return false
	}
	next := f.lw(i + 1)
	switch next {
	case "%", "percent", "per", "people", "troops", "soldiers", "civilians", "men", "women",
		"children", "rockets", "missiles", "residents", "families", "homes", "fighters", "km",
		"kilometers", "kilometres", "miles", "meters", "metres", "feet", "tons", "tonnes":
		return false
	}
	if i > 0 {
		p := f.toks[i-1].Text
		if p == "$" || p == "€" || p == "£" || p == "No." || p == "#" {
			return false
		}
	}
	prev := f.lw(i - 1)
	if timePreps[prev] || prev == "the" || prev == "," || prev == "year" || prev == "'s" || prev == "’s" {
		return true
	}
	if prev == "and" || prev == "or" || prev == "-" || prev == "–" {
		if _, ok := yearNum(f.lw(i - 2)); ok {
			return true
		}
	}
	if i > 0 && isCap(f.toks[i-1].Text) && prev != "no." && (next == "" || next == "." || next == "," || next == ")" || next == ";") {
		return true // "WWDC 2005", "Conference 2010."
	}
	if prev == "" || prev == "(" {
		return next == "," || next == ")" || next == "was" || next == "saw" || next == "is"
	}
	return false
}

// dayMonth builds a day-and-month match for tokens [s, e), taking a following year.
func (f *finder) dayMonth(s, e, d, mo int) (match, bool) {
	k := e
	if f.lw(k) == "," {
		k++
	}
	if y, ok := yearNum(f.lw(k)); ok && validDate(y, mo, d) {
		m := f.mk(s, k+1, kAbs, Day, false)
		m.y, m.m, m.d = y, mo, d
		return m, true
	}
	if !validDate(2000, mo, d) {
		return match{}, false
	}
	m := f.mk(s, e, kMonthDay, Day, true)
	m.m, m.d = mo, d
	return m, true
}
