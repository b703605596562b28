// Package quantity finds numbers and quantities in text and ties them to what they count.
//
// A number is written in digits ("200", "1,200", "3.5 million", "10-15"), in words ("two",
// "twenty-five", "a hundred", "three thousand") or as a vague plural ("dozens" 24, "scores"
// 40, "hundreds" 200, "thousands" 2000, "tens of thousands" 20000), possibly with an
// approximator ("over", "more than", "at least", "some", "up to") or as a range ("between 10
// and 15", "10 to 15": Value the low end, Max the high end). Years, dates, times of day,
// percentages, money, ages, ordinals and label numbers ("Resolution 1701") are left out.
//
// Each quantity is tied to the head noun it counts ("200 Katyusha rockets" → rockets) and,
// where the words around it say so, to a Counts field: killed, injured, displaced, arrested,
// kidnapped, munitions or participants, from a governing verb ("killing 12"), the predicate
// after it ("16 soldiers and 11 civilians have been killed"), a status word ("5 dead"), a
// toll ("the death toll rose to 30") or the noun itself ("rockets", "protesters"). Stated
// absences ("no one was hurt", "no casualties") give Value 0. Figures in a clause that
// speaks of a whole conflict ("since October", "so far", "bringing the toll to") are marked
// RunningTotal; munitions that a party holds ("an arsenal of 150,000 rockets") get no Counts.
package quantity

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/segment"
	"github.com/sitrep-dev/sitrep/internal/nlp/timex"
)

// maxValue bounds parsed figures; larger numbers are not reported.
const maxValue = 1 << 50

// Find returns the quantities in text, in order.
func Find(text string, sents []model.Sentence) []model.Quantity {
	// dates are excluded; the date finder runs only over sentences that may hold a number
	cand := candidates(sents)
	return findIn(text, sents, nil, timex.Find(text, cand, ""))
}

// FindWith is Find given dates, the result of timex.Find over the same sents (with any
// reference date: only the spans matter), so that dates are not looked for twice.
func FindWith(text string, sents []model.Sentence, dates []model.Timex) []model.Quantity {
	return FindWithLower(text, sents, nil, dates)
}

// FindWithLower is FindWith with the lower-case token texts of each sentence already
// computed (segment.LowerSentences(sents)); low may be nil.
func FindWithLower(text string, sents []model.Sentence, low [][]string, dates []model.Timex) []model.Quantity {
	// keep the dates Find would have found: those of the candidate sentences (timex matches
	// within one sentence, so a sentence's dates start inside it)
	var kept []model.Timex
	di := 0
	for _, se := range candidates(sents) {
		toks := se.Tokens
		if len(toks) == 0 {
			continue
		}
		st, en := toks[0].Start, toks[len(toks)-1].End
		for di < len(dates) && dates[di].Start < st {
			di++
		}
		for di < len(dates) && dates[di].Start < en {
			kept = append(kept, dates[di])
			di++
		}
	}
	return findIn(text, sents, low, kept)
}

// candidates returns the sentences that may hold a number.
func candidates(sents []model.Sentence) []model.Sentence {
	var cand []model.Sentence
	for si := range sents {
		for _, t := range sents[si].Tokens {
			if w := t.Text; w != "" && (w[0] >= '0' && w[0] <= '9' || isStartWord(w)) {
				cand = append(cand, sents[si])
				break
			}
		}
	}
	return cand
}

// findIn returns the quantities of sents outside dates.
// lowSents, when not nil, holds the lower-case token texts of each sentence.
func findIn(text string, sents []model.Sentence, lowSents [][]string, dates []model.Timex) []model.Quantity {
	var out []model.Quantity
	di := 0
	var low []string
	for si := range sents {
		toks := sents[si].Tokens
		if len(toks) == 0 {
			continue
		}
		s := &sent{text: text, toks: toks, inDate: make([]bool, len(toks)), lastQ: -1}
		if lowSents != nil && len(lowSents[si]) == len(toks) {
			s.low = lowSents[si]
		} else {
			if cap(low) < len(toks) {
				low = make([]string, len(toks)+16)
			}
			s.low = low[:len(toks)]
			segment.LowerTokens(toks, s.low)
		}
		for di < len(dates) && dates[di].End <= toks[0].Start {
			di++
		}
		for k := di; k < len(dates) && dates[k].Start < toks[len(toks)-1].End; k++ {
			for i, t := range toks {
				if t.Start < dates[k].End && t.End > dates[k].Start {
					s.inDate[i] = true
				}
			}
		}
		out = s.find(out)
	}
	return out
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

type sent struct {
	text   string
	toks   []model.Token
	low    []string
	inDate []bool

	zeroEnd  int    // set by zero: the token after the matched phrase
	segs     []int  // clause segment of each token (lazy)
	cueSeg   []bool // segments with a running-total cue
	lastQ    int    // token end of the previous quantity, -1 when none
	predAt   int    // set by counts: the predicate token that gave the class, -1 when none
	lastCnts string // its Counts
}

func (s *sent) lw(i int) string {
	if i < 0 || i >= len(s.low) {
		return ""
	}
	return s.low[i]
}

// num is a parsed number expression over tokens [start, end).
type num struct {
	start, end int
	value, max int
	approx     bool
	word       bool // written as a word ("one", "two"), not digits
	one        bool // the bare word "one"/"a": reported only when a verb governs it
	vague      bool // "dozens", "hundreds"
}

func (s *sent) find(out []model.Quantity) []model.Quantity {
	n := len(s.toks)
	for i := 0; i < n; {
		if w := s.low[i]; w == "" || (w[0] < '0' || w[0] > '9') && !startWords[w] && strings.IndexByte(w, '-') < 0 {
			i++
			continue
		}
		if z, ok := s.zero(i); ok {
			out = append(out, z...)
			i = s.zeroEnd
			continue
		}
		m, ok := s.number(i)
		if !ok {
			i++
			continue
		}
		if s.excluded(m) {
			i = m.end
			continue
		}
		q := model.Quantity{Start: s.toks[m.start].Start, End: s.toks[m.end-1].End, Value: m.value, Max: m.max, Approx: m.approx}
		q.Text = s.text[q.Start:q.End]
		head, headIdx, nounEnd := s.head(m)
		q.Noun = head
		s.predAt = -1
		q.Counts = s.counts(m, head, headIdx, nounEnd)
		if s.lw(m.start-1) == "of" && s.lastQ >= 0 && m.start-s.lastQ <= 4 {
			q.Counts = "" // "Six members of one family were killed": the family is not counted
		}
		if m.one && q.Counts == "" {
			i = m.end
			continue
		}
		if measureNouns[head] {
			q.Counts = ""
		}
		q.RunningTotal = s.runningTotal(m.start)
		if !q.RunningTotal && q.Counts != "" && s.predAt > m.start {
			// "at least 78 people, including …, had been killed in the conflict since January"
			q.RunningTotal = s.runningTotal(s.predAt)
		}
		out = append(out, q)
		s.lastQ, s.lastCnts = m.end, q.Counts
		i = m.end
	}
	return out
}

// isWord reports whether a token is a word (starts with a letter).
func isWord(t string) bool {
	if t == "" {
		return false
	}
	c := t[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 && !strings.HasPrefix(t, "—") && !strings.HasPrefix(t, "–") && !strings.HasPrefix(t, "“") && !strings.HasPrefix(t, "”") && !strings.HasPrefix(t, "’") && !strings.HasPrefix(t, "‘") && !strings.HasPrefix(t, "•")
}

func isPlural(w string) bool {
	if pluralLike[w] {
		return true
	}
	if strings.HasSuffix(w, "men") && len(w) > 4 {
		return true
	}
	return len(w) > 2 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "'s")
}

// head finds the noun a number counts: after the number, skipping "of" + determiner, the
// last plural-looking word of the following run of content words. It returns the noun in
// lower case, its token index (-1 when none) and the end of the noun phrase.
func (s *sent) head(m num) (string, int, int) {
	j := m.end
	if s.lw(j) == "of" {
		j++
		if ofDeterminers[s.lw(j)] {
			j++
		}
	}
	var cands []int
	k := j
	for ; k < len(s.toks) && len(cands) < 4; k++ {
		w := s.low[k]
		if !isWord(w) || npStop[w] || s.inDate[k] {
			break
		}
		if _, ok := units[w]; ok && len(cands) == 0 && k == j {
			break
		}
		if len(cands) > 0 && isPlural(s.low[cands[len(cands)-1]]) && len(w) > 4 && strings.HasSuffix(w, "ed") {
			break // "Two policemen sustained serious injuries": a verb after the noun ends it
		}
		cands = append(cands, k)
	}
	if len(cands) == 0 {
		return "", -1, j
	}
	best := -1
	for _, c := range cands {
		if isPlural(s.low[c]) {
			best = c
		}
	}
	if best < 0 {
		// a singular after "one"/"a" ("one soldier"), or a status word ("5 dead")
		c := cands[0]
		w := s.low[c]
		if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && headClass[w] == "" {
			return "", -1, j
		}
		best = c
		for _, c2 := range cands[1:] {
			w2 := s.low[c2]
			if strings.HasSuffix(w2, "ed") || strings.HasSuffix(w2, "ly") || strings.HasSuffix(w2, "ing") {
				break
			}
			best = c2
		}
	}
	end := best + 1
	return s.low[best], best, end
}

// isStartWord looks w up in startWords, case-insensitively, without allocating.
func isStartWord(w string) bool {
	if len(w) > 16 {
		return false
	}
	var b [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return startWords[string(b[:len(w)])]
}
