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
	"agreed": true, "agree": true, "agrees": true, "ready": true, "promised": true, "pledged": true,
	"vowed": true, "offered": true, "threatened": true, "threatens": true, "prepared": true,
	"be": false,
}

// requestVerbs ask for an act that is still to come.
var requestVerbs = map[string]bool{"urged": true, "urging": true, "urges": true, "appealed": true, "appealing": true}

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
	punct := false // a comma, dash or bracket lies between k and i
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		w := f.low[k]
		if w == ";" || w == "." || w == ":" {
			break
		}
		if w == "," || w == "-" || w == "—" || w == "–" || w == "(" || w == ")" || w == "--" {
			punct = true
		}
		if futureCues[w] || w == "to" && k+1 < i && f.low[k+1] == "be" || futureBeforeTo[w] && f.lw(k+1) == "to" {
			return true
		}
		if k < i-2 && k >= i-10 && !punct && (requestVerbs[w] || (w == "called" || w == "calling" || w == "calls") && f.lw(k+1) == "for") {
			// "called for new marches on Saturday", "urged residents to stay home on
			// Friday": what is asked for is ahead ("called on Friday for calm" is the call)
			return true
		}
		if w == "starting" && k >= i-2 {
			return true // "a three-day strike starting on Thursday"
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
			return f.anaOffsetDay(i, i+2, 0), true
		}
	case "that":
		return f.matchThat(i)
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

// anaOffsetDay: n days after the last day the text told ("the next day", "two days later").
func (f *finder) anaOffsetDay(s, e, n int) match {
	m := f.offsetDay(s, e, n)
	m.ana = anaDay
	return m
}

// anaOff: an anaphoric week, month or year offset ("the following week", "the next year").
func (f *finder) anaOff(s, e, kind int, prec string, n int) match {
	m := f.mk(s, e, kind, prec, true)
	m.n = n
	m.ana = anaDay
	if kind == kYearOff {
		m.ana = anaYear
	}
	return m
}

// reportDated: the expression starting at token i dates a verb of saying ("officials said
// Tuesday", "told AFP on Friday", "said in a statement late on Monday"): the day of the
// report, not of what it reports.
func (f *finder) reportDated(i int) bool {
	k := i - 1
	caps := 0
	for k >= 0 && i-k <= 6 {
		w := f.low[k]
		if reportGapWords[w] {
			k--
			continue
		}
		if isCap(f.toks[k].Text) && caps < 2 && !speechVerbs[w] {
			caps++
			k--
			continue
		}
		break
	}
	return k >= 0 && speechVerbs[f.low[k]]
}

// reportGapWords may stand between a verb of saying and the date of the report.
var reportGapWords = map[string]bool{
	"on": true, "in": true, "early": true, "late": true, "a": true, "an": true, "the": true,
	"statement": true, "interview": true, "briefing": true, "televised": true, "written": true,
	"news": true, "press": true, "conference": true, "by": true, "phone": true, "telephone": true,
	"reporters": true, "journalists": true,
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
	if f.lw(i+3) == "than" {
		return match{}, false // "three days later than planned": a delay, not a date
	}
	if (dir == "before" || dir == "after") && !f.endsPhrase(i+3) {
		return match{}, false // "two days after the attack": relative to another event
	}
	var m match
	switch unit {
	case "day", "days":
		m = f.offsetDay(i, i+3, sign*n)
	case "week", "weeks":
		m = f.mk(i, i+3, kWeekOff, Week, true)
		m.n = sign * n
	case "month", "months":
		m = f.mk(i, i+3, kMonthOff, Month, true)
		m.n = sign * n
	case "year", "years":
		m = f.mk(i, i+3, kYearOff, Year, true)
		m.n = sign * n
	default:
		return match{}, false
	}
	if dir != "ago" {
		// "two days later", "a year earlier": counted from the last date told
		m.ana = anaDay
		if m.kind == kYearOff {
			m.ana = anaYearNear
		}
	}
	return m, true
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
	case "day", "year":
		n := 0
		switch w2 {
		case "before":
			n = -1
		case "after":
			n = 1
		}
		if n != 0 && f.endsPhrase(i+3) {
			if w1 == "year" {
				return f.anaOff(i, i+3, kYearOff, Year, n), true
			}
			return f.anaOffsetDay(i, i+3, n), true
		}
	case "next", "following", "previous", "preceding", "prior", "same":
		n := 1
		if w1 == "previous" || w1 == "preceding" || w1 == "prior" {
			n = -1
		}
		if w1 == "same" {
			n = 0
		}
		switch w2 {
		case "day", "morning", "evening", "night", "afternoon":
			return f.anaOffsetDay(i, i+3, n), true
		case "week":
			return f.anaOff(i, i+3, kWeekOff, Week, n), true
		case "month":
			return f.anaOff(i, i+3, kMonthOff, Month, n), true
		case "year":
			return f.anaOff(i, i+3, kYearOff, Year, n), true
		}
	}
	// "the 26th of June"
	if d, ok := dayNum(w1); ok && w2 == "of" {
		if mo, ok := months[f.lw(i+3)]; ok && isCap(f.toks[i+3].Text) {
			return f.dayMonth(i, i+4, d, mo)
		}
	}
	// "on the 12th": a day of the month told just before (Find drops it when none was)
	if d, ok := dayNum(w1); ok && len(w1) > 2 && (w1[len(w1)-1] < '0' || w1[len(w1)-1] > '9') && dayOfMonthPrev[f.lw(i-1)] && dayOfMonthNext(w2) {
		m := f.mk(i, i+2, kDayOfMonth, Day, true)
		m.d = d
		return m, true
	}
	return match{}, false
}

// dayOfMonthPrev: words before "the 12th" that make it a day of the month.
var dayOfMonthPrev = map[string]bool{"on": true, "since": true, "until": true, "till": true, "by": true, "before": true, "from": true}

// dayOfMonthNext: what may follow "on the 12th" (not a noun: "on the 5th floor").
func dayOfMonthNext(w string) bool {
	if w == "" {
		return true
	}
	switch w {
	case "and", "when", "at", "in", "after", "before", "but", "as", "or", "while", "to", "with", "near", "outside":
		return true
	}
	c := w[0]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80)
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
		var m match
		switch w2 {
		case "day", "morning", "afternoon", "evening", "night":
			m = f.offsetDay(i, i+3, 0)
		case "week":
			m = f.mk(i, i+3, kWeekOff, Week, true)
		case "month":
			m = f.mk(i, i+3, kMonthOff, Month, true)
		case "year":
			m = f.mk(i, i+3, kYearOff, Year, true)
		default:
			return match{}, false
		}
		if w1 == "that" {
			// "later that day", "earlier that year": the day or year told before
			m.ana = anaDay
			if m.kind == kYearOff {
				m.ana = anaYear
			}
		}
		return m, true
	case "the":
		// "later the same day", "earlier the same week"
		if w2 == "same" {
			switch f.lw(i + 3) {
			case "day", "morning", "afternoon", "evening", "night":
				return f.anaOffsetDay(i, i+4, 0), true
			case "week":
				return f.anaOff(i, i+4, kWeekOff, Week, 0), true
			case "month":
				return f.anaOff(i, i+4, kMonthOff, Month, 0), true
			case "year":
				return f.anaOff(i, i+4, kYearOff, Year, 0), true
			}
		}
	case "in":
		if w2 == "the" {
			switch f.lw(i + 3) {
			case "day":
				return f.anaOffsetDay(i, i+4, 0), true
			case "week":
				return f.anaOff(i, i+4, kWeekOff, Week, 0), true
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
	e := wi + 1
	if nw := f.lw(e + 1); dayParts[f.lw(e)] && (nw == "'s" || nw == "’s") {
		e++ // "Monday evening's attack": the date of a noun, a possessive like "Monday's"
	}
	m := f.mk(s, e, kWeekday, Day, true)
	m.n = wd
	m.dir = dir
	return m, true
}

var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

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
		if m, ok := f.dayOfThatYear(s, j+1, mo, d); ok {
			return m, true
		}
		if y, ok := f.sharedYear(j+1, mo); ok && validDate(y, mo, d) {
			// "March 3 and April 5, 2024": the year told at the end of the pair
			m := f.mk(s, j+1, kAbs, Day, false)
			m.y, m.m, m.d = y, mo, d
			return m, true
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
		case "that":
		default:
			ok = false
		}
		if ok {
			m := f.mk(s, k+2, kMonthOfYear, Month, true)
			m.m, m.n = mo, n
			if f.lw(k) == "that" {
				m.ana = anaYear // "in October of that year"
			}
			return m, true
		}
	}
	// Month (of) the following / previous / same year
	if f.lw(k) == "the" && f.lw(k+2) == "year" {
		if n, ok := yearShift(f.lw(k + 1)); ok {
			m := f.mk(s, k+3, kMonthOfYear, Month, true)
			m.m, m.n, m.ana = mo, n, anaYear
			return m, true
		}
	}
	// "July and August 2024", "between October and November 2024", "September to
	// December 2023": the year told at the end belongs to both months
	if s == mi && full {
		if y, ok := f.sharedYear(j, mo); ok {
			m := f.mk(mi, mi+1, kAbs, Month, false)
			m.y, m.m = y, mo
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
	if y, ok := yearRange(w); ok {
		// "the 2020-2022 war", "in 2019–2020": a span of years, told by its first
		m := f.mk(i, i+1, kAbs, Year, false)
		m.y = y
		return m, true
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
				if m, ok := f.dayOfThatYear(i, i+2, mo, d); ok {
					return m, true
				}
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

// thatPrev are the words before "that day" / "that year" that make it a time ("on that day",
// "That night, …", "by that year"), not a complement clause ("said that day labourers …").
var thatPrev = map[string]bool{
	"": true, ",": true, "on": true, "in": true, "by": true, "until": true, "since": true,
	"during": true, "from": true, "of": true, "and": true, "—": true, "-": true, "(": true,
}

// matchThat: "that day", "that night", "that morning", "that week", "that year", anaphoric.
func (f *finder) matchThat(i int) (match, bool) {
	if !thatPrev[f.lw(i-1)] && !(f.closes(i+2) && timeUnits[f.lw(i+1)] && !speechVerbs[f.lw(i-1)]) {
		// "declared a state of emergency in the region that month.": a unit closing the
		// clause is a time even after a noun
		return match{}, false
	}
	switch f.lw(i + 1) {
	case "day", "night", "morning", "afternoon", "evening":
		return f.anaOffsetDay(i, i+2, 0), true
	case "week":
		return f.anaOff(i, i+2, kWeekOff, Week, 0), true
	case "month":
		return f.anaOff(i, i+2, kMonthOff, Month, 0), true
	case "year":
		if nw := f.lw(i + 2); nw == "'s" || nw == "’s" || nw == "-" {
			return match{}, false
		}
		return f.anaOff(i, i+2, kYearOff, Year, 0), true
	}
	return match{}, false
}

// pastVerbs are irregular past tenses (regular ones end in "-ed").
var pastVerbs = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "took": true, "began": true, "fell": true,
	"hit": true, "struck": true, "won": true, "made": true, "came": true, "went": true, "left": true,
	"saw": true, "held": true, "met": true, "fought": true, "shot": true, "led": true, "stormed": true,
	"broke": true, "ran": true, "set": true, "sent": true, "told": true, "said": true, "gave": true,
	"seized": true, "overran": true, "froze": true, "rose": true, "drew": true, "lost": true, "ago": true,
	"last": true, "since": true,
}

// pastCue reports whether the clause before token i is told in the past tense ("clashed on
// June 7", "had been held in July").
func (f *finder) pastCue(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		w := f.low[k]
		if w == ";" || w == "." || w == ":" || w == "," && k < i-1 {
			break
		}
		if pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !futureBeforeTo[w] {
			return true
		}
	}
	return false
}

// attributive: the date names an event rather than telling when the text is ("the May 2023
// floods", "the Oct. 7 attack", "Israel's 2006 war"); it anchors nothing after it.
func (f *finder) attributive(m match) bool {
	switch f.lw(m.start - 1) {
	case "the", "a", "an", "'s", "’s":
	default:
		return false
	}
	w := f.lw(m.end)
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !timePreps[w] && w != "and" && w != "or"
}

// dateline: the day-and-month at m opens a wire dateline ("SRINAGAR, May 21 (Reuters) -",
// "BAMAKO, March 18, 2025 (AFP) —"): a capitalised agency in brackets follows it.
func (f *finder) dateline(m match) bool {
	if m.prec != Day || m.kind != kAbs && m.kind != kMonthDay || m.start < 1 || f.lw(m.start-1) != "," {
		return false
	}
	e := m.end
	return f.lw(e) == "(" && e+2 < len(f.toks) && isCap(f.toks[e+1].Text) && f.lw(e+2) == ")"
}

var timeUnits = map[string]bool{"day": true, "night": true, "week": true, "month": true, "year": true, "morning": true, "afternoon": true, "evening": true}

// closes reports whether token i ends a clause: punctuation or the end of the sentence.
func (f *finder) closes(i int) bool {
	w := f.lw(i)
	return w == "" || w == "." || w == "," || w == ";" || w == ":" || w == ")" || w == "—" || w == "–"
}

// sharedYear: the tokens from j are a conjunction and a second month (with an optional day)
// followed by a year ("and August 2024", "to December 3, 2023"); it returns that year, or the
// one before for a span from a later month m1 ("from December to February 2024").
func (f *finder) sharedYear(j, m1 int) (int, bool) {
	switch f.lw(j) {
	case "and", "or", "to", "through", "until", "-", "–", "till":
	default:
		return 0, false
	}
	k := j + 1
	m2, ok := months[f.lw(k)]
	if !ok || !isCap(f.toks[k].Text) {
		return 0, false
	}
	k++
	if _, ok := dayNum(f.lw(k)); ok {
		k++
	}
	if f.lw(k) == "," {
		k++
	}
	y, ok := yearNum(f.lw(k))
	if ok && m1 > m2 && f.lw(j) != "and" && f.lw(j) != "or" {
		y-- // "from December to February 2024": the span crosses the new year
	}
	return y, ok
}

// dayOfThatYear: "August 4 that year", "4 August of that year", "March 3 the following
// year" for the day-and-month at [s, e): the year is the one told before; "4 October last
// year" and "March 3 this year" count from the reference date.
func (f *finder) dayOfThatYear(s, e, mo, d int) (match, bool) {
	k := e
	if f.lw(k) == "," || f.lw(k) == "of" {
		k++
	}
	n, end := 0, 0
	switch {
	case f.lw(k+1) == "year" && (f.lw(k) == "last" || f.lw(k) == "this" || f.lw(k) == "next"):
		// "On 4 October last year": the reference date's year, offset
		switch f.lw(k) {
		case "last":
			n = -1
		case "next":
			n = 1
		}
		m := f.mk(s, k+2, kDayOfYear, Day, true)
		m.m, m.d, m.n = mo, d, n
		return m, true
	case f.lw(k) == "that" && f.lw(k+1) == "year":
		end = k + 2
	case f.lw(k) == "the" && f.lw(k+2) == "year":
		var ok bool
		if n, ok = yearShift(f.lw(k + 1)); !ok {
			return match{}, false
		}
		end = k + 3
	default:
		return match{}, false
	}
	m := f.mk(s, end, kDayOfYear, Day, true)
	m.m, m.d, m.n, m.ana = mo, d, n, anaYear
	return m, true
}

// yearRange parses "2020-2022", "2019–2020" or "2014-15" as one token; it returns the first year.
func yearRange(w string) (int, bool) {
	if len(w) < 7 {
		return 0, false
	}
	a, ok := yearNum(w[:4])
	if !ok || a < 1800 || a > 2100 {
		return 0, false
	}
	rest := w[4:]
	switch {
	case strings.HasPrefix(rest, "-"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "–"):
		rest = rest[len("–"):]
	default:
		return 0, false
	}
	switch len(rest) {
	case 4:
		if b, ok := yearNum(rest); ok && b > a && b-a <= 50 {
			return a, true
		}
	case 2:
		if b, ok := atoi2(rest); ok && b > a%100 && a/100*100+b-a <= 50 {
			return a, true
		}
	}
	return 0, false
}

// reportedPerfect reports whether token i lies in reported speech told in the past perfect
// ("announced that it had arrested …", "said they had been freed …"): a verb of saying
// before it in the sentence, then "had" between that verb and i.
func (f *finder) reportedPerfect(i int) bool {
	had := false
	for k := i - 1; k >= 0; k-- {
		w := f.low[k]
		if w == "had" {
			had = true
		}
		if speechVerbs[w] || w == "says" || w == "say" {
			return had
		}
	}
	return false
}

// yearShift reads the word of "the following/previous/same year": the years it moves.
func yearShift(w string) (int, bool) {
	switch w {
	case "following", "next":
		return 1, true
	case "previous", "preceding", "prior":
		return -1, true
	case "same":
		return 0, true
	}
	return 0, false
}
