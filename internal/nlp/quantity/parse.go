package quantity

import (
	"math"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// ParseNumber parses one number written in digits ("1,200", "3.5") or words ("twenty-five",
// "a hundred", "three thousand", "3.5 million") and returns its value rounded to an integer.
func ParseNumber(s string) (int, bool) {
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > 12 {
		return 0, false
	}
	toks := make([]model.Token, len(fields))
	low := make([]string, len(fields))
	for i, f := range fields {
		toks[i] = model.Token{Text: f}
		low[i] = lower(f)
	}
	st := &sent{toks: toks, low: low, inDate: make([]bool, len(fields))}
	m, ok := st.core(0)
	if !ok || m.end != len(fields) {
		return 0, false
	}
	return m.value, true
}

// digits parses "1,200", "150,000", "3.5" (one token); ok is false for anything else.
func digits(w string) (float64, bool) {
	if w == "" || len(w) > 24 {
		return 0, false
	}
	var v float64
	frac := 0.0
	sawDot := false
	nd := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			nd++
			if sawDot {
				frac /= 10
				v += float64(c-'0') * frac
			} else {
				v = v*10 + float64(c-'0')
			}
		case c == ',' && !sawDot && i > 0 && i+3 < len(w)+0 && w[i+1] >= '0' && w[i+1] <= '9' && w[i+2] >= '0' && w[i+2] <= '9' && w[i+3] >= '0' && w[i+3] <= '9' && (i+4 == len(w) || w[i+4] == ',' || w[i+4] == '.'):
		case c == '.' && !sawDot && i > 0 && i < len(w)-1:
			sawDot = true
			frac = 1
		default:
			return 0, false
		}
	}
	return v, nd > 0
}

func toInt(v float64) (int, bool) {
	if v < 0 || v > maxValue || math.IsNaN(v) {
		return 0, false
	}
	return int(math.Round(v)), true
}

// words parses a number written in words starting at token j ("twenty-five", "three
// thousand two hundred", "a hundred"); it returns the value and the end token.
func (s *sent) words(j int) (int, int, bool) {
	total, cur := 0, 0
	k := j
	seen := false
	for k < len(s.low) {
		w := s.low[k]
		if v, ok := units[w]; ok {
			if seen && cur%100 != 0 && cur%10 == 0 && cur >= 20 && v < 10 {
				cur += v // "twenty one"
			} else if seen && cur != 0 && cur%100 != 0 {
				break
			} else {
				cur += v
			}
			seen = true
			k++
			continue
		}
		if v, ok := tens[w]; ok {
			if seen && cur%100 != 0 {
				break
			}
			cur += v
			seen = true
			k++
			continue
		}
		if i := strings.IndexByte(w, '-'); i > 0 {
			t, ok1 := tens[w[:i]]
			u, ok2 := units[w[i+1:]]
			if ok1 && ok2 && u > 0 && u < 10 {
				if seen && cur%100 != 0 {
					break
				}
				cur += t + u
				seen = true
				k++
				continue
			}
		}
		if (w == "a" || w == "an") && !seen {
			if mv, ok := multipliers[s.lw(k+1)]; ok {
				cur = 1
				seen = true
				k++
				_ = mv
				continue
			}
			break
		}
		if mv, ok := multipliers[w]; ok && seen {
			if mv == 100 {
				if cur == 0 {
					cur = 1
				}
				cur *= 100
			} else {
				if cur == 0 {
					cur = 1
				}
				total += cur * mv
				cur = 0
			}
			k++
			if s.lw(k) == "and" {
				if _, ok := units[s.lw(k+1)]; ok {
					k++
				} else if _, ok := tens[s.lw(k+1)]; ok {
					k++
				} else if strings.IndexByte(s.lw(k+1), '-') > 0 {
					k++
				}
			}
			continue
		}
		break
	}
	if !seen {
		return 0, j, false
	}
	return total + cur, k, true
}

// core parses the number itself at token j, with a following multiplier and range.
func (s *sent) core(j int) (num, bool) {
	w := s.lw(j)
	if w == "" {
		return num{}, false
	}
	c := w[0]
	var m num
	switch {
	case c >= '0' && c <= '9':
		if i := strings.IndexByte(w, '-'); i > 0 {
			return s.hyphenNumber(j)
		}
		v, ok := digits(w)
		if !ok {
			return num{}, false
		}
		k := j + 1
		if mv, ok := multipliers[s.lw(k)]; ok {
			v *= float64(mv)
			k++
		} else if s.lw(k) == "dozen" {
			v *= 12
			k++
		}
		iv, ok := toInt(v)
		if !ok {
			return num{}, false
		}
		m = num{start: j, end: k, value: iv, max: iv}
	default:
		if vp, ok := vaguePlurals[w]; ok {
			return s.vague(j, vp)
		}
		switch w {
		case "tens":
			if s.lw(j+1) == "of" {
				if vp, ok := vaguePlurals[s.lw(j+2)]; ok && vp >= 1000 {
					return num{start: j, end: j + 3, value: vp * 10, max: vp * 10, approx: true, vague: true}, true
				}
			}
			return num{}, false
		case "several", "few":
			if mv, ok := multipliers[s.lw(j+1)]; ok {
				return num{start: j, end: j + 2, value: 2 * mv, max: 2 * mv, approx: true, vague: true}, true
			}
			if s.lw(j+1) == "dozen" {
				return num{start: j, end: j + 2, value: 24, max: 24, approx: true, vague: true}, true
			}
			return num{}, false
		case "dozen":
			return num{start: j, end: j + 1, value: 12, max: 12}, true
		case "a", "an":
			if s.lw(j+1) == "dozen" {
				return num{start: j, end: j + 2, value: 12, max: 12, word: true}, true
			}
			if s.lw(j+1) == "few" {
				if mv, ok := multipliers[s.lw(j+2)]; ok {
					return num{start: j, end: j + 3, value: 2 * mv, max: 2 * mv, approx: true, vague: true}, true
				}
				if s.lw(j+2) == "dozen" {
					return num{start: j, end: j + 3, value: 24, max: 24, approx: true, vague: true}, true
				}
				return num{}, false
			}
			if _, ok := multipliers[s.lw(j+1)]; !ok {
				return num{}, false
			}
		}
		v, k, ok := s.words(j)
		if !ok {
			return num{}, false
		}
		if s.lw(k) == "dozen" {
			v *= 12
			k++
		}
		m = num{start: j, end: k, value: v, max: v, word: true}
		if k == j+1 && (w == "one") {
			m.one = true
		}
	}
	// ranges: "10 to 15", "10-15" handled above, "two or three"
	if sep := s.lw(m.end); (sep == "to" || sep == "or" || sep == "-" || sep == "–") && s.lw(m.start-1) != "from" {
		if m2, ok := s.core(m.end + 1); ok && m2.value > m.value && !m2.vague && m2.word == m.word {
			if sep != "or" || m2.value <= m.value*2+1 {
				m.max = m2.value
				m.end = m2.end
				m.approx = true
				m.one = false
			}
		}
	}
	// "or more", "or so", "-plus", "+"
	switch s.lw(m.end) {
	case "or":
		if nx := s.lw(m.end + 1); nx == "more" || nx == "so" {
			m.end += 2
			m.approx = true
		}
	case "plus", "+":
		m.end++
		m.approx = true
	}
	return m, true
}

// vague: "dozens", "hundreds", "hundreds of thousands", "scores of".
func (s *sent) vague(j, vp int) (num, bool) {
	w := s.low[j]
	if w == "scores" && s.lw(j+1) != "of" {
		return num{}, false
	}
	if s.lw(j+1) == "of" {
		if vp2, ok := vaguePlurals[s.lw(j+2)]; ok && vp2 > vp {
			v := vp * vp2 / 2
			if w == "dozens" || w == "scores" {
				v = vp * vp2 / 2
			}
			if w == "hundreds" || w == "tens" {
				v = vp / 2 * vp2 // "hundreds of thousands" 100*2000 = 200,000
			}
			return num{start: j, end: j + 3, value: v, max: v, approx: true, vague: true}, true
		}
	}
	return num{start: j, end: j + 1, value: vp, max: vp, approx: true, vague: true}, true
}

// hyphenNumber: "10-15" (range), "200-plus"; ages and measures ("15-year-old", "34-day")
// are not counts.
func (s *sent) hyphenNumber(j int) (num, bool) {
	w := s.low[j]
	i := strings.IndexByte(w, '-')
	a, ok := digits(w[:i])
	if !ok {
		return num{}, false
	}
	rest := w[i+1:]
	if rest == "plus" {
		v, ok := toInt(a)
		if !ok {
			return num{}, false
		}
		return num{start: j, end: j + 1, value: v, max: v, approx: true}, true
	}
	b, ok := digits(rest)
	if !ok || b <= a {
		return num{}, false
	}
	va, ok1 := toInt(a)
	vb, ok2 := toInt(b)
	if !ok1 || !ok2 {
		return num{}, false
	}
	return num{start: j, end: j + 1, value: va, max: vb, approx: true}, true
}

// number parses an optional approximator and a number at token i.
func (s *sent) number(i int) (num, bool) {
	w := s.low[i]
	if w == "between" {
		if m, ok := s.core(i + 1); ok && s.lw(m.end) == "and" {
			if m2, ok := s.core(m.end + 1); ok && m2.value > m.value {
				return num{start: i, end: m2.end, value: m.value, max: m2.value, approx: true, word: m.word}, true
			}
		}
		return num{}, false
	}
	best := 0
	for _, p := range approxByFirst[w] {
		if len(p) <= best {
			continue
		}
		ok := true
		for k := 1; k < len(p); k++ {
			if s.lw(i+k) != p[k] {
				ok = false
				break
			}
		}
		if ok {
			best = len(p)
		}
	}
	if best > 0 {
		m, ok := s.core(i + best)
		if !ok {
			return num{}, false
		}
		if w == "some" && m.one {
			return num{}, false
		}
		m.start = i
		m.approx = true
		m.one = false
		return m, true
	}
	return s.core(i)
}

// excluded reports numbers that are dates, times, money, percentages, ages, labels or years.
func (s *sent) excluded(m num) bool {
	for k := m.start; k < m.end; k++ {
		if s.inDate[k] {
			return true
		}
	}
	next := s.lw(m.end)
	prev := s.lw(m.start - 1)
	switch next {
	case "%", "percent", "percentage", "pct", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "hrs",
		"bn", "mln", "th", "st", "nd", "rd", "°", "°c", "°f", "years-old", "year-old":
		return true
	case "per":
		if s.lw(m.end+1) == "cent" {
			return true
		}
	case "years", "year":
		if s.lw(m.end+1) == "old" || prev == "aged" {
			return true
		}
	}
	if currencyWords[next] || currencySymbols[prev] || currencyWords[s.lw(m.end+1)] && multipliers[next] > 0 {
		return true
	}
	if m.start > 0 {
		pt := s.toks[m.start-1].Text
		if strings.HasSuffix(pt, "$") || pt == "€" || pt == "£" {
			return true
		}
	}
	if prev == "aged" || prev == "age" || prev == "ages" || prev == "no." || prev == "nos." || prev == "#" {
		return true
	}
	// times: "10:30"
	if m.end < len(s.toks) && s.toks[m.end].Text == ":" && s.toks[m.end-1].End == s.toks[m.end].Start {
		return true
	}
	if m.start > 0 && s.toks[m.start-1].Text == ":" && s.toks[m.start-1].End == s.toks[m.start].Start {
		return true
	}
	// labels: "Resolution 1701", "Route 6"
	if m.start > 0 && labelNouns[prev] && !m.word {
		return true
	}
	t0 := s.low[m.start]
	if m.end == m.start+1 && len(t0) > 1 && t0[0] == '0' && t0[1] != '.' {
		return true // "0800", "007"
	}
	// a person's age: "Barra, 51, will ..."
	if m.end == m.start+1 && !m.word && prev == "," && (next == "," || next == ")") && m.value < 120 && m.start >= 2 {
		if pt := s.toks[m.start-2].Text; pt != "" && pt[0] >= 'A' && pt[0] <= 'Z' {
			return true
		}
	}
	// bare years the date finder did not take
	if m.end == m.start+1 && !m.word && len(t0) == 4 && m.value >= 1800 && m.value <= 2100 && !m.approx {
		if !isWord(next) || npStop[next] || next == "" {
			return true
		}
	}
	return false
}

// zero matches stated absences: "no one was hurt", "no casualties", "no immediate reports of
// injuries", "nobody was killed".
func (s *sent) zero(i int) ([]model.Quantity, bool) {
	w := s.low[i]
	if w != "no" && w != "nobody" && w != "none" {
		return nil, false
	}
	k := i + 1
	person := w != "no"
	if w == "no" && s.lw(k) == "one" {
		person = true
		k++
	}
	var classes []string
	end := -1
	if person {
		for n := 0; n < 4 && k < len(s.low); n++ {
			x := s.low[k]
			switch x {
			case "killed", "died", "dead":
				classes, end = []string{Killed}, k
			case "hurt", "injured", "wounded", "harmed":
				classes, end = []string{Injured}, k
			case "was", "were", "has", "have", "had", "been", "is", "are", "reportedly",
				"immediately", "seriously", "badly", "else", "got":
				k++
				continue
			}
			break
		}
	} else {
		for n := 0; n < 5 && k < len(s.low); n++ {
			x := s.low[k]
			switch x {
			case "casualties":
				classes, end = []string{Killed, Injured}, k
			case "injuries", "injured", "wounded":
				classes, end = []string{Injured}, k
			case "deaths", "fatalities", "dead", "killed":
				classes, end = []string{Killed}, k
			case "immediate", "reports", "report", "reported", "word", "confirmed", "known",
				"serious", "major", "other", "further", "human", "of", "official", "civilian",
				"initial", "there":
				k++
				continue
			}
			break
		}
	}
	if end < 0 {
		return nil, false
	}
	start, stop := s.toks[i].Start, s.toks[end].End
	var out []model.Quantity
	for _, c := range classes {
		out = append(out, model.Quantity{Start: start, End: stop, Text: s.text[start:stop], Counts: c})
	}
	s.zeroEnd = end + 1
	return out, true
}
