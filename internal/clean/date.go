package clean

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Dates are looked for only in an article's first few short lines, so regular expressions
// are cheap here.
const monthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|` +
	`Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`

var (
	reMDY = regexp.MustCompile(`(?i)\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?:\d{1,2}:\d\d)?\b`)
	reDMY = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthRE + `,?\s+((?:19|20)\d\d)\b`)
	reISO = regexp.MustCompile(`\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|T)`)
	// Day first with dots or dashes ("12.03.2026", "12-03-2026"), or with slashes when the
	// order is plain from a number above 12 ("25/03/2026"); "03/11/2026" is left alone.
	reNum = regexp.MustCompile(`\b(\d{1,2})([-/.])(\d{1,2})[-/.]((?:19|20)\d\d)\b`)
)

// foreignMonthNames are month names of other languages (lower case), by month.
var foreignMonthNames = [12]string{
	"enero janeiro janvier januar jänner gennaio januari ocak",
	"febrero fevereiro février februar febbraio februari şubat",
	"marzo março mars märz maart maret mart",
	"abril avril aprile nisan",
	"mayo maio mai maggio mei mayıs",
	"junio junho juin juni giugno haziran",
	"julio julho juillet juli luglio temmuz",
	"agosto août augustus agustus ağustos",
	"septiembre setiembre setembro septembre settembre eylül",
	"octubre outubro octobre oktober ottobre ekim",
	"noviembre novembro novembre kasım",
	"diciembre dezembro décembre dezember dicembre desember aralık",
}

// foreignMonths maps foreignMonthNames to their number.
var foreignMonths = func() map[string]int {
	m := map[string]int{}
	for i, names := range foreignMonthNames {
		for _, n := range strings.Fields(names) {
			m[n] = i + 1
		}
	}
	return m
}()

// foreignDate finds a day, month and year with the month named in another language, as the
// stamps of Spanish, Portuguese, French, German, Italian, Dutch, Indonesian and Turkish
// sites print them over English copy: "15 de noviembre de 2026", "12 mars 2026", "3. März
// 2026". It returns the date's byte span in s. Words are read with a map, not a regular
// expression: every line with a year passes here.
func foreignDate(s string) (y, m, d, start, end int, ok bool) {
	type word struct {
		w  string
		at int
	}
	var ws [24]word
	n := 0
	for i := 0; i < len(s) && n < len(ws); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			ws[n] = word{s[i:j], i}
			n++
		}
		i = j
	}
	for i := 1; i+1 < n; i++ {
		w := strings.TrimRight(ws[i].w, ",.")
		if len(w) < 3 || len(w) > 12 {
			continue
		}
		mo := foreignMonths[strings.ToLower(w)]
		if mo == 0 {
			continue
		}
		di, yi := i-1, i+1
		if strings.EqualFold(ws[di].w, "de") && di > 0 {
			di--
		}
		if strings.EqualFold(ws[yi].w, "de") && yi+1 < n {
			yi++
		}
		day := strings.TrimSuffix(ws[di].w, ".")
		year := strings.TrimRight(ws[yi].w, ",.")
		if len(day) < 1 || len(day) > 2 || !isDigits(day) || len(year) != 4 || !isDigits(year) || !hasYear(year) {
			continue
		}
		dd, _ := strconv.Atoi(day)
		yy, _ := strconv.Atoi(year)
		return yy, mo, dd, ws[di].at, ws[yi].at + 4, true
	}
	return
}

var months = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

func monthNum(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	return months[s[:3]]
}

func ymd(y, m, d int) (string, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false // 31 June and the like
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// findDate finds the first full calendar date (with a year) in s and returns it as
// YYYY-MM-DD with its byte span.
func findDate(s string) (date string, start, end int, ok bool) {
	if !hasYear(s) {
		return
	}
	best := -1
	try := func(loc []int, y, m, d int) {
		if loc == nil || best >= 0 && loc[0] >= best {
			return
		}
		if v, good := ymd(y, m, d); good {
			date, start, end, best, ok = v, loc[0], loc[1], loc[0], true
		}
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if m := reMDY.FindStringSubmatchIndex(s); m != nil {
		try(m[:2], atoi(s[m[6]:m[7]]), monthNum(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]))
	}
	if m := reDMY.FindStringSubmatchIndex(s); m != nil {
		try(m[:2], atoi(s[m[6]:m[7]]), monthNum(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
	}
	if m := reISO.FindStringSubmatchIndex(s); m != nil {
		try(m[:2], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if y, m, d, st, en, ok := foreignDate(s); ok {
		try([]int{st, en}, y, m, d)
	}
	if m := reNum.FindStringSubmatchIndex(s); m != nil {
		a, b, y := atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]]), atoi(s[m[8]:m[9]])
		switch {
		case s[m[4]] != '/':
			try(m[:2], y, b, a)
		case a > 12 && b <= 12:
			try(m[:2], y, b, a)
		case b > 12 && a <= 12:
			try(m[:2], y, a, b)
		}
	}
	return
}

// hasYear is a cheap filter before the regular expressions: four digits starting 19 or 20.
func hasYear(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') &&
			s[i+2] >= '0' && s[i+2] <= '9' && s[i+3] >= '0' && s[i+3] <= '9' {
			return true
		}
	}
	return false
}

// dateWords may stand beside a date on a dateline: labels, weekdays, times and zones.
var dateWords = map[string]bool{
	"published": true, "posted": true, "updated": true, "last": true, "first": true, "on": true,
	"at": true, "am": true, "pm": true, "a": true, "p": true, "m": true, "gmt": true, "utc": true,
	"et": true, "edt": true, "est": true, "bst": true, "cet": true, "cest": true, "eet": true,
	"eest": true, "ast": true, "ist": true, "pt": true, "pdt": true, "pst": true, "local": true,
	"time": true, "date": true, "modified": true, "created": true, "issued": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"h": true, "hrs": true, "hours": true, "updated on": true, "kst": true, "jst": true, "wib": true,
	"pkt": true, "eat": true, "wat": true, "cat": true, "sast": true, "msk": true, "hkt": true, "sgt": true,
	"aest": true, "aedt": true, "cst": true, "mst": true, "ct": true, "gst": true, "irst": true,
}

// dateOnlyLine recognises a dateline: a short line that holds a full date and otherwise only
// labels ("Published", "Updated"), weekdays, times and time zones. updated is true when it is
// labelled as an update or modification rather than the publication.
func dateOnlyLine(s string) (date string, updated bool, ok bool) {
	if len(s) > 120 || strings.IndexByte(s, ' ') < 0 && len(s) > 12 {
		return "", false, false
	}
	d, st, en, found := findDate(s)
	if !found {
		return "", false, false
	}
	rest := key(s[:st] + " " + s[en:])
	for _, w := range strings.Fields(rest) {
		if dateWords[w] || isDigits(w) || clockWord(w) || monthName(w) {
			continue
		}
		return "", false, false
	}
	low := strings.ToLower(s)
	updated = (strings.Contains(low, "updated") || strings.Contains(low, "modified")) &&
		!strings.Contains(low, "published") && !strings.Contains(low, "posted")
	return d, updated, true
}

// clockWord is the tail of a time of day in a folded key: "00am", "30pm", "45h" ("12:00am").
func clockWord(w string) bool {
	for _, suf := range []string{"am", "pm", "h", "hrs"} {
		if strings.HasSuffix(w, suf) && isDigits(w[:len(w)-len(suf)]) {
			return true
		}
	}
	return false
}

// monthName: a month's name or its three- or four-letter abbreviation ("may", "sept",
// "october"): a second date on the line ("Published May 14, 2026 | Updated May 14, 2026").
func monthName(w string) bool {
	if len(w) < 3 {
		return false
	}
	m := monthNum(w)
	if m == 0 {
		return false
	}
	full := [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}[m-1]
	return len(w) <= 4 && strings.HasPrefix(full, w) || w == full
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// labelledDate recognises a short "Published: …" / "Posted on …" line that holds a date
// among other words (a byline, say): "Published July 4, 2024 by Jane Doe".
func labelledDate(s string) (string, bool) {
	if len(s) > 160 {
		return "", false
	}
	k := key(s)
	if !(strings.HasPrefix(k, "published") || strings.HasPrefix(k, "posted") || strings.HasPrefix(k, "first published") ||
		strings.HasPrefix(k, "date ")) {
		return "", false
	}
	d, _, _, ok := findDate(s)
	return d, ok
}

// wireDateline recognises a dateline that opens a story: "BEIRUT, July 4, 2024 (AP) — …",
// "Kyiv, 4 July 2024 - …": a short place name, a comma, a full date, then a dash, bracket
// or colon.
func wireDateline(s string) (string, bool) {
	head := s
	if len(head) > 90 {
		head = head[:90]
	}
	d, st, en, ok := findDate(head)
	if !ok || st == 0 {
		return "", false
	}
	place := strings.TrimSpace(head[:st])
	if !strings.HasSuffix(place, ",") || wordsUpTo(place, 6) > 5 {
		return "", false
	}
	for _, w := range strings.Fields(strings.TrimSuffix(place, ",")) {
		if !startsUpperWord(w) && !smallWords[w] {
			return "", false
		}
	}
	after := strings.TrimLeft(head[en:], " ")
	if after == "" {
		return "", false
	}
	switch after[0] {
	case '(', '-', ':', '/', '[':
		return d, true
	}
	if strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") {
		return d, true
	}
	return "", false
}
