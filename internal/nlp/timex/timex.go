// Package timex finds date expressions and normalises them against a reference date.
//
// It recognises absolute dates ("June 26, 2024", "26 June 2024", "26/06/2024",
// "2024-06-26", "July 2024", "in 2006", "mid-2023"), dates whose year comes from the
// reference ("Oct. 7", "in June"), weekdays ("on Thursday", "last Friday") and relative
// expressions ("yesterday", "a day earlier", "last week", "two weeks ago", "earlier this
// month", "last year", "later that day").
//
// Values are YYYY-MM-DD, YYYY-MM or YYYY. A week is given as the date of its Monday with
// Precision "week". Dates without a year and weekdays resolve, in news usage, to the most
// recent such date on or before the reference date (a few days' margin for dates), or to the
// next one when the words before them speak of the future ("will", "next", "scheduled",
// "agreed to", "ready to", "called for … on Saturday", "starting on"); a date up to two
// months ahead with no past tense before it is this year's ("before the elections on June
// 7"). Anaphoric expressions ("the next day", "two days later", "that day", "the following
// year", "in October of that year", "on the 12th") count from the last date the text told,
// not from the reference date; a wire dateline filed a few days before the reference date
// ("QUETTA, Oct 14 (Reuters) -") becomes the reference for the rest of the story.
// When the reference date is unknown, expressions that need it get Value "" and
// Relative true: nothing is guessed. Times of day and bare durations ("for three days")
// are not dates.
package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/segment"
)

// Precisions.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
	Year  = "year"
)

// dayMargin is how far after the reference date a date without a year may fall and still be
// read as this year's (a report may mention a date a few days ahead without "will").
const dayMargin = 7

// soonDays is how far after the reference date a date without a year is read as this year's
// when no past tense comes before it ("the elections on June 7", "talks in July").
const soonDays = 62

// Find returns the date expressions in text, in order; ref is YYYY-MM-DD or "" (relative
// expressions then stay unresolved).
//
// Anaphoric expressions ("the next day", "two days later", "hours later", "that day", "the
// following year", "in October of that year") are resolved against the last date the text
// told before them (a day for day, week and month offsets, a year for year offsets; a date
// attached to a verb of saying, "officials said Tuesday", is the day of the report and does
// not count), and against the reference date when the text told none.
func Find(text string, sents []model.Sentence, ref string) []model.Timex {
	return FindLower(text, sents, nil, ref)
}

// FindLower is Find with the lower-case token texts of each sentence already computed
// (segment.LowerSentences(sents)); low may be nil.
func FindLower(text string, sents []model.Sentence, lowSents [][]string, ref string) []model.Timex {
	var out []model.Timex
	r, hasRef := parseRef(ref)
	var lowBuf []string
	var an anchors
	for si := range sents {
		toks := sents[si].Tokens
		if len(toks) == 0 {
			continue
		}
		var low []string
		if lowSents != nil && len(lowSents[si]) == len(toks) {
			low = lowSents[si]
		} else {
			if cap(lowBuf) < len(toks) {
				lowBuf = make([]string, len(toks)+16)
			}
			low = lowBuf[:len(toks)]
			segment.LowerTokens(toks, low)
		}
		f := finder{text: text, toks: toks, low: low, ref: r, hasRef: hasRef}
		var reportDay time.Time // the day of a report told in this sentence ("said on Tuesday")
		for i := 0; i < len(toks); {
			m, ok := f.match(i)
			if ok && m.kind == kDayOfMonth {
				// "In March, … . Fighting resumed on the 12th": only with a month told in
				// this sentence or the one before ("birdie on the 18th" is a golf hole)
				if an.hasMonth && si-an.monthSnt <= 1 {
					m.ref = an.month
				} else {
					ok = false
				}
			}
			if !ok {
				i++
				continue
			}
			tx := model.Timex{Start: toks[m.start].Start, End: toks[m.end-1].End, Precision: m.prec, Relative: m.rel}
			tx.Text = text[tx.Start:tx.End]
			an.apply(&m, si)
			if m.ana == anaDay && m.kind == kDayOffset && m.n < 0 && m.yearOnly == 0 && hasRef && !(an.hasDay && an.daySnt == si) && f.reportedPerfect(m.start) {
				// "the CTS announced that it had arrested three men a day earlier": counted from
				// the report (its day when the sentence tells it), not from the last event told
				m.ref = f.ref
				if !reportDay.IsZero() {
					m.ref = reportDay
				}
			}
			if m.rel && !hasRef {
				tx.Value = ""
			} else if m.yearOnly > 0 {
				// "In 2021, bandits seized 300 boys. They were freed a week later.": the
				// year is all the text tells
				tx.Value, tx.Precision, m.prec = pad4(m.yearOnly), Year, Year
			} else {
				fut := f.future(m.start)
				if !fut && (m.kind == kMonthDay || m.kind == kMonth && m.dir == 0) && !f.pastCue(m.start) {
					m.soon = true
				}
				tx.Value = m.value(fut)
			}
			an.note(&f, m, tx.Value, si)
			if m.prec == Day && len(tx.Value) == 10 && f.reportDated(m.start) {
				if d, ok := parseRef(tx.Value); ok {
					reportDay = d
				}
			}
			out = append(out, tx)
			i = m.end
			if si < 4 && hasRef && len(tx.Value) == 10 && f.dateline(m) {
				// "QUETTA, Oct 14 (Reuters) -" in a copy published a day or more later: the
				// story's weekdays and "yesterday" count from the day it was filed
				if d, ok := parseRef(tx.Value); ok && d.Before(r) && !d.Before(r.AddDate(0, 0, -7)) {
					r = d
					f.ref = d
				}
			}
		}
	}
	return out
}

// anchors are the dates the text has told so far, for anaphoric expressions.
type anchors struct {
	day      time.Time // last day told (not a report's day)
	hasDay   bool
	daySnt   int // the sentence that told it
	year     int // year of the last date told ("in 2018", "March 2021", "last year")
	yearSnt  int // the sentence that told it
	hasYear  bool
	dayOld   bool      // the last day told came before the last year told
	month    time.Time // first day of the last month told ("in March", "March 3", "last month")
	monthSnt int
	hasMonth bool
}

// apply re-anchors an anaphoric match on the dates told before it (sentence si).
func (an *anchors) apply(m *match, si int) {
	switch m.ana {
	case anaDay:
		if m.kind == kMonthOff && an.hasMonth && (an.dayOld || !an.hasDay) && an.month.Year() == an.year {
			// "in August 2023 … that month", "In February 2019 … Three months later": the
			// month told last
			m.ref = an.month
			return
		}
		if an.hasYear && an.dayOld && (!an.hasDay || an.day.Year() != an.year) && (m.kind != kDayOffset || m.n != 0 || m.prec != Day) {
			m.yearOnly = an.year
			return
		}
		if an.hasDay {
			m.ref = an.day
		}
	case anaYear, anaYearNear:
		if an.hasYear && (m.ana == anaYear || si-an.yearSnt <= 1) {
			m.ref = time.Date(an.year, 7, 1, 0, 0, 0, 0, time.UTC)
		}
	}
}

// note records the dates a match tells (value as resolved).
func (an *anchors) note(f *finder, m match, value string, si int) {
	if value == "" || f.reportDated(m.start) || f.attributive(m) {
		return
	}
	if m.prec == Day && len(value) == 10 {
		y, _ := yearNum(value[:4])
		mo, _ := atoi2(value[5:7])
		d, _ := atoi2(value[8:10])
		if t, ok := mkDate(y, mo, d); ok {
			an.day, an.hasDay, an.dayOld, an.daySnt = t, true, false, si
		}
	} else {
		an.dayOld = true
	}
	if len(value) >= 7 {
		y, _ := yearNum(value[:4])
		if mo, ok := atoi2(value[5:7]); ok && y > 0 && mo >= 1 && mo <= 12 {
			an.month, an.monthSnt, an.hasMonth = time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC), si, true
		}
	}
	if y, ok := yearNum(value[:min(4, len(value))]); ok {
		// every date told carries its year ("last month … from the previous year")
		an.year, an.yearSnt, an.hasYear = y, si, true
	}
}

// Parse normalises a single date expression (the whole of s) against ref; ok is false when
// s is not a date expression.
func Parse(s, ref string) (model.Timex, bool) {
	toks := make([]model.Token, 0, 8)
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != ',' {
			j++
		}
		if j == i && j < len(s) {
			j++
		}
		if j > i {
			toks = append(toks, model.Token{Start: i, End: j, Text: s[i:j]})
		}
		i = j
	}
	if len(toks) == 0 {
		return model.Timex{}, false
	}
	ts := Find(s, []model.Sentence{{Start: toks[0].Start, End: toks[len(toks)-1].End, Tokens: toks}}, ref)
	if len(ts) != 1 {
		return model.Timex{}, false
	}
	return ts[0], true
}

func parseRef(ref string) (time.Time, bool) {
	if ref == "" {
		return time.Time{}, false
	}
	if len(ref) > 10 {
		ref = ref[:10]
	}
	t, err := time.Parse("2006-01-02", ref)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// lower returns s in lower case, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// kind of resolution a match needs
const (
	kAbs         = iota // fully given: y, m, d as set
	kMonthDay           // month and day, year from ref
	kMonth              // month, year from ref
	kWeekday            // weekday (wd), dir from modifiers
	kDayOffset          // ref + n days
	kWeekOff            // week of ref + n weeks
	kMonthOff           // month of ref + n months
	kYearOff            // year of ref + n years
	kMonthOfYear        // month m of the year of ref + n
	kDayOfMonth         // day d of the month told just before (ref holds that month)
	kDayOfYear          // month m, day d of the year of ref + n ("August 4 that year")
)

type match struct {
	start, end int // token range [start, end)
	kind       int
	y, m, d    int
	n          int    // offset for k*Off; weekday for kWeekday
	dir        int    // kWeekday: -1 last (strictly before), +1 next (strictly after), 0 default
	prec       string // Day, Week, Month, Year
	rel        bool
	ana        int  // anaphoric: resolved against a date told before (anaDay, anaYear…)
	soon       bool // no past tense before it: a date up to two months ahead is this year's
	yearOnly   int  // an anaphoric day whose day is unknown, in this year
	ref        time.Time
}

// anaphoric kinds
const (
	anaNone     = iota
	anaDay      // "the next day", "two days later", "that day", "the following week"
	anaYear     // "the following year", "that year", "in October of that year"
	anaYearNear // "two years later": only a year told in this or the previous sentence
)

func (m match) value(future bool) string {
	r := m.ref
	switch m.kind {
	case kAbs:
		switch m.prec {
		case Year:
			return pad4(m.y)
		case Month:
			return pad4(m.y) + "-" + pad2(m.m)
		}
		return pad4(m.y) + "-" + pad2(m.m) + "-" + pad2(m.d)
	case kMonthDay:
		y := r.Year()
		if future {
			// the first such date not before ref (a day's margin)
			for _, yy := range []int{y - 1, y, y + 1} {
				t, ok := mkDate(yy, m.m, m.d)
				if ok && !t.Before(r.AddDate(0, 0, -1)) {
					return t.Format("2006-01-02")
				}
			}
		}
		if t, ok := mkDate(y, m.m, m.d); ok && m.soon && t.After(r) && !t.After(r.AddDate(0, 0, soonDays)) {
			// "before the elections on June 7" in a text of May 14: news copy gives the
			// year of a date that is not in the current one
			return t.Format("2006-01-02")
		}
		for _, yy := range []int{y + 1, y, y - 1, y - 2, y - 3, y - 4} {
			t, ok := mkDate(yy, m.m, m.d)
			if ok && !t.After(r.AddDate(0, 0, dayMargin)) {
				return t.Format("2006-01-02")
			}
		}
		return ""
	case kMonth:
		y := r.Year()
		rm := int(r.Month())
		switch {
		case m.dir < 0:
			if m.m >= rm {
				y--
			}
		case m.dir > 0 || future:
			if m.m < rm || m.dir > 0 && m.m == rm {
				y++
			}
		default:
			if m.m > rm && !(m.soon && m.m-rm <= 2) {
				y--
			}
		}
		return pad4(y) + "-" + pad2(m.m)
	case kWeekday:
		wd := int(r.Weekday())
		var delta int
		switch {
		case m.dir < 0:
			delta = -((wd-m.n+7)%7 + 0)
			if delta == 0 {
				delta = -7
			}
		case m.dir > 0:
			delta = (m.n - wd + 7) % 7
			if delta == 0 {
				delta = 7
			}
		case future:
			delta = (m.n - wd + 7) % 7
		default:
			delta = -((wd - m.n + 7) % 7)
		}
		return r.AddDate(0, 0, delta).Format("2006-01-02")
	case kDayOffset:
		return r.AddDate(0, 0, m.n).Format("2006-01-02")
	case kWeekOff:
		wd := (int(r.Weekday()) + 6) % 7 // days since Monday
		return r.AddDate(0, 0, -wd+7*m.n).Format("2006-01-02")
	case kMonthOff:
		t := time.Date(r.Year(), r.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, m.n, 0)
		return t.Format("2006-01")
	case kYearOff:
		return pad4(r.Year() + m.n)
	case kMonthOfYear:
		return pad4(r.Year()+m.n) + "-" + pad2(m.m)
	case kDayOfYear:
		if t, ok := mkDate(r.Year()+m.n, m.m, m.d); ok {
			return t.Format("2006-01-02")
		}
		return ""
	case kDayOfMonth:
		if t, ok := mkDate(r.Year(), int(r.Month()), m.d); ok {
			return t.Format("2006-01-02")
		}
		return ""
	}
	return ""
}

func mkDate(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func validDate(y, m, d int) bool { _, ok := mkDate(y, m, d); return ok }

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}
