package quantity

import "strings"

// counts decides which Counts field a number measures.
func (s *sent) counts(m num, head string, headIdx, nounEnd int) string {
	hc := headClass[head]
	if measureNouns[head] {
		return ""
	}
	// "including 8 children", "among them 3 women": the enclosing toll's class
	if p := s.lw(m.start - 1); (p == "including" || p == "among" || p == "them" && s.lw(m.start-2) == "among") && s.lastQ >= 0 && m.start-s.lastQ <= 8 && s.lastCnts != "" {
		if hc == "" || hc == s.lastCnts {
			return s.lastCnts
		}
	}
	// a governing verb just before: "killing 12", "arrested 23 protesters", "fired 200 rockets"
	b := m.start - 1
	if isQuote(s.lw(b)) {
		b-- // "killed \"dozens\" of soldiers", "had \"neutralised\" 20 assailants"
		if isQuote(s.lw(b)) {
			b--
		}
	}
	switch s.lw(b) {
	case "another", "a", "an", "additional", "further", "the", "some":
		b--
	}
	if s.lw(b) == "up" && s.lw(b-1) == "rounded" {
		return Arrested
	}
	if v := s.lw(b); v != "" {
		if interceptVerbs[v] || v == "down" && s.lw(b-1) == "shot" {
			if hc == Munitions || hc == "" && !s.statusInNP(m.end, nounEnd) {
				return "" // "received 46 wounded people" keeps its status word
			}
		}
		if c, ok := governingVerbs[v]; ok {
			switch {
			case c == Munitions:
				if hc == Munitions {
					return s.possession(m, Munitions)
				}
			case c == "":
				// "left 5 dead": the status word after decides
			case hc == Munitions:
			default:
				return c
			}
		}
	}
	// a toll: "the death toll rose to 30", "a toll of 12"
	if c := s.toll(m.start); c != "" {
		return c
	}
	// status words modifying or heading the noun: "5 dead", "20 injured people"
	for k := m.end; k < nounEnd && k < len(s.low); k++ {
		if c := headClass[s.low[k]]; c != "" && c != Munitions && c != Participants {
			if k == headIdx || statusWords[s.low[k]] == c {
				return c
			}
		}
	}
	// the noun itself: rockets, protesters, refugees, hostages
	if hc == Munitions {
		return s.possession(m, Munitions)
	}
	// the predicate after the noun phrase: "16 soldiers and 11 civilians have been killed"
	if c := s.predicate(nounEnd); c != "" {
		return c
	}
	s.predAt = -1
	return hc
}

// verbBefore reports whether a verb of class c governs the number at start.
func (s *sent) verbBefore(start int, c string) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if governingVerbs[s.low[k]] == c {
			return true
		}
	}
	return false
}

// possession returns "" when the clause speaks of weapons held ("has an arsenal of 150,000
// rockets", "estimates that it has 150,000 rockets"), else c.
func (s *sent) possession(m num, c string) string {
	for k := m.start - 1; k >= 0 && k >= m.start-8; k-- {
		w := s.low[k]
		if w == "." || w == ";" {
			break
		}
		if possessionCues[w] {
			return ""
		}
	}
	b := m.start - 1
	for b >= 0 {
		switch s.low[b] {
		case "an", "estimated", "some", "about", "around", "over", "nearly", "roughly", "approximately":
			b--
			continue
		}
		break
	}
	if w := s.lw(b); w == "has" || w == "have" || w == "had" || w == "having" || w == "possesses" || w == "owns" {
		return ""
	}
	return c
}

var tollLinks = map[string]bool{
	"to": true, "at": true, "of": true, "reached": true, "hit": true, "passed": true,
	"surpassed": true, "exceeded": true, "topped": true, "is": true, "was": true,
	"stands": true, "stood": true, "now": true, "rose": true, "risen": true, "climbed": true,
	"jumped": true, "increased": true, "has": true, "had": true, "reaches": true, "nears": true,
	"neared": true, "hits": true, "rises": true, "climbs": true,
}

// toll returns Killed when the number is the value of a death toll.
func (s *sent) toll(start int) string {
	if !tollLinks[s.lw(start-1)] {
		return ""
	}
	for k := start - 1; k >= 0 && k >= start-10; k-- {
		w := s.low[k]
		if w == "," || w == ";" || w == "." {
			return ""
		}
		if w == "toll" || w == "tally" || w == "tolls" {
			if p := s.lw(k - 1); p == "injury" || p == "injuries" {
				return Injured
			}
			return Killed
		}
	}
	return ""
}

var predSkip = map[string]bool{
	"were": true, "was": true, "have": true, "has": true, "had": true, "been": true,
	"being": true, "be": true, "are": true, "is": true, "reportedly": true, "also": true,
	"later": true, "all": true, "got": true, "allegedly": true, "believed": true, "to": true,
	"feared": true, "confirmed": true, "now": true, "already": true, "critically": true,
	"seriously": true, "slightly": true, "lightly": true, "badly": true, "moderately": true,
	"fatally": true, "either": true, "both": true, "since": false, "who": true, "that": true,
	"and": true, ",": true, "in": false, "of": true, "them": true, "whom": true, "more": true,
	"others": true, "other": true, "people": true, "civilians": true, "soldiers": true,
	"had.": true, "reported": true, "found": true, "left": true, "dead.": true,
}

// predicate looks after the noun phrase for the verb or status word that says what happened
// to the counted people: "were killed", "have been wounded", "fled", "rallied".
func (s *sent) predicate(k0 int) string {
	c, at := s.predicateAt(k0)
	s.predAt = -1
	if c != "" {
		s.predAt = at
	}
	return c
}

// predicateAt is predicate that also returns the token that decided.
func (s *sent) predicateAt(k int) (string, int) {
	steps := 0
	for ; k < len(s.low) && steps < 10; k++ {
		w := s.low[k]
		if w == "—" || w == "–" || w == "--" || w == "(" {
			// a parenthetical: "450 people — mostly fighters — have been killed"
			closer := w
			if w == "(" {
				closer = ")"
			}
			e := k + 1
			for e < len(s.low) && e <= k+20 && s.low[e] != closer {
				e++
			}
			if e < len(s.low) && e <= k+20 {
				k = e
			}
			continue
		}
		if c, ok := statusWords[w]; ok {
			return c, k
		}
		if asideOpeners[w] && k > 0 && s.low[k-1] == "," {
			// an aside between the noun and its verb: "Five civilians, including a trader
			// and his two children, were also killed"
			// the aside ends at the comma before the verb group (a list may hold commas)
			first := -1
			for e := k + 1; e < len(s.low) && e <= k+16; e++ {
				w := s.low[e]
				if w == ";" || w == "." {
					break
				}
				if w != "," {
					continue
				}
				if first < 0 {
					first = e
				}
				nx := s.lw(e + 1)
				if _, ok := statusWords[nx]; ok || predAux[nx] {
					first = e
					break
				}
			}
			if first < 0 {
				return "", -1
			}
			k = first
			continue
		}
		if isQuote(w) || len(w) > 4 && strings.HasSuffix(w, "ly") && s.toks[k].Text[0] >= 'a' {
			steps++ // "23 attackers had been \"neutralised\"", "were brutally murdered"
			continue
		}
		if s.lw(k+1) == "to" && s.lw(k+2) == "death" && (strings.HasSuffix(w, "ed") || w == "beaten" || w == "stoned") {
			return Killed, k // "hacked to death", "beaten to death", "burned to death"
		}
		if w == "of" && steps < 4 {
			// a prepositional phrase after the noun: "Four fighters of the Popular
			// Mobilization Forces (PMF) were killed", "three employees of an aid group were
			// abducted" (no verb inside it: a word in -ed or -ing ends it)
			if e, ok := s.ofPhrase(k); ok {
				k = e - 1
				steps++
				continue
			}
		}
		switch w {
		case "shot", "gunned":
			if nx := s.lw(k + 1); nx == "dead" || nx == "down" && w == "gunned" {
				return Killed, k
			} else if nx == "and" {
				steps++ // "were shot and killed"
				continue
			}

		case "taken", "held":
			if s.lw(k+1) == "hostage" || s.lw(k+1) == "captive" {
				return Kidnapped, k
			}
		case "rounded":
			if s.lw(k+1) == "up" {
				return Arrested, k
			}
		case "took":
			if s.lw(k+1) == "part" || s.lw(k+1) == "to" && s.lw(k+2) == "the" && s.lw(k+3) == "streets" {
				return Participants, k
			}
		case "lost":
			if s.lw(k+1) == "their" && s.lw(k+2) == "lives" {
				return Killed, k
			}
		case "made", "rendered":
			if s.lw(k+1) == "homeless" {
				return Displaced, k
			}
		}
		if w == "treated" || w == "hospitalised" || w == "hospitalized" || w == "suffered" || w == "sustained" {
			// "31 people were treated in hospitals for gunshot wounds", "One soldier suffered a
			// gunshot wound to the arm"
			for j := k + 1; j < len(s.low) && j <= k+6; j++ {
				if x := s.low[j]; x == "wounds" || x == "injuries" || x == "wound" || x == "burns" || x == "injury" {
					return Injured, k
				} else if x == "," || x == "." || x == ";" {
					break
				}
			}
		}
		if (w == "who" || w == "that") && steps < 3 {
			// a relative clause: "Two men who tried to resist were shot dead" goes on at the
			// clause's last auxiliary ("… who had killed a policeman were arrested")
			last := -1
			for j := k + 1; j < len(s.low) && j <= k+12; j++ {
				x := s.low[j]
				if x == "," || x == "." || x == ";" || x == ":" || x == "and" {
					break
				}
				if j > k+1 && (x == "were" || x == "was" || x == "have" || x == "has" || x == "had") {
					last = j
				}
			}
			for j := k + 2; j < last; j++ {
				if c, ok := statusWords[s.low[j]]; ok && c != "" && (s.low[j-1] == "been" || s.low[j-1] == "were" || s.low[j-1] == "was") {
					last = -1 // "ten people who had been kidnapped were freed": the clause tells it
					break
				}
			}
			if last > k+1 {
				k = last - 1
				steps++
				continue
			}
		}
		if k > 0 && (s.low[k-1] == "were" || s.low[k-1] == "was" || s.low[k-1] == "been") && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) {
			// "were taken off a passenger bus and shot dead": the second verb of the pair
			for j := k + 1; j < len(s.low) && j <= k+8; j++ {
				x := s.low[j]
				if x == "," || x == "." || x == ";" || x == "when" || x == "after" || x == "before" || x == "while" {
					break
				}
				if x != "and" {
					continue
				}
				n := j + 1
				if s.lw(n) == "later" || s.lw(n) == "then" {
					n++
				}
				if c, ok := statusWords[s.lw(n)]; ok && c != Participants {
					return c, n
				}
				if (s.lw(n) == "shot" || s.lw(n) == "gunned") && (s.lw(n+1) == "dead" || s.lw(n+1) == "down") || s.lw(n+1) == "to" && s.lw(n+2) == "death" {
					return Killed, n
				}
				break
			}
		}
		if predSkip[w] {
			steps++
			continue
		}
		if _, ok := units[w]; ok {
			steps++
			continue
		}
		if _, ok := digits(w); ok {
			steps++
			continue
		}
		if isWord(w) && steps < 6 && !npStop[w] {
			// an adjective or noun of a coordinated phrase ("11 Lebanese civilians")
			if len(w) > 2 && (w[len(w)-1] == 's' || w[0] >= 0x80) || s.toks[k].Text[0] >= 'A' && s.toks[k].Text[0] <= 'Z' {
				steps++
				continue
			}
		}
		return "", -1
	}
	return "", -1
}

var sinceObjects = map[string]bool{
	"the": true, "last": true, "early": true, "late": true, "then": true, "it": true,
	"its": true, "hostilities": true, "fighting": true, "mid": true, "january": true,
	"february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan.": true, "feb.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true,
	"dec.": true, "records": true, "this": true, "that": true,
}

// runningTotal reports whether the clause of token start gives a cumulative figure.
func (s *sent) runningTotal(start int) bool {
	if s.segs == nil {
		s.segment()
	}
	g := s.segs[start]
	if s.cueSeg[g] {
		return true
	}
	// a sentence-initial cue clause ("So far this year, 420 people ...")
	return g == 1 && s.cueSeg[0]
}

// segment splits the sentence into clauses at , ; : — ( ) and marks running-total cues.
func (s *sent) segment() {
	s.segs = make([]int, len(s.low))
	g := 0
	for k, w := range s.low {
		switch w {
		case ",", ";", ":", "—", "–", "(", ")", "--":
			g++
		}
		s.segs[k] = g
	}
	s.cueSeg = make([]bool, g+1)
	for k, w := range s.low {
		cue := false
		switch w {
		case "since":
			nx := s.lw(k + 1)
			_, isYear := digits(nx)
			cue = sinceObjects[nx] || isYear && len(nx) == 4
		case "so":
			cue = s.lw(k+1) == "far"
		case "in":
			cue = s.lw(k+1) == "total"
		case "to":
			cue = s.lw(k+1) == "date"
		case "overall", "throughout", "monthslong", "months-long", "yearslong", "years-long",
			"weekslong", "weeks-long", "decades-long", "cumulative", "altogether", "tally":
			cue = true
		case "bringing", "brings", "bring", "raising", "pushing", "taking":
			for j := k + 1; j <= k+5 && j < len(s.low); j++ {
				if t := s.low[j]; t == "total" || t == "toll" || t == "number" || t == "tally" || t == "count" {
					cue = true
				}
			}
		case "risen", "climbed", "reached", "surpassed", "exceeded", "topped":
			if p := s.lw(k - 1); p == "has" || p == "have" || p == "had" {
				cue = true
			}
		case "killed", "displaced", "wounded", "injured", "uprooted":
			if p := s.lw(k - 1); p == "has" || p == "have" {
				for j := k - 2; j >= 0 && j >= k-4; j-- {
					if t := s.low[j]; t == "war" || t == "conflict" || t == "fighting" || t == "offensive" || t == "campaign" || t == "violence" {
						cue = true
					}
				}
			}
		}
		if cue {
			s.cueSeg[s.segs[k]] = true
		}
	}
}

// asideOpeners begin an aside between a counted noun and its verb ("Five civilians,
// including a child, were killed", "Four men, all labourers from Punjab, were shot dead").
var asideOpeners = map[string]bool{"including": true, "among": true, "all": true, "mostly": true,
	"most": true, "many": true, "both": true, "aged": true, "each": true}

// predAux are the words a verb group may open with after a subject's aside.
var predAux = map[string]bool{
	"were": true, "was": true, "had": true, "have": true, "has": true, "are": true, "is": true,
	"also": true, "all": true, "reportedly": true,
}

// isQuote reports whether w is a quotation mark token.
func isQuote(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}

// ofPhrase reads the noun phrase after "of" at k ("of the Popular Mobilization Forces (PMF,
// or Hashd al-Shaabi)", "of an international humanitarian organization") and returns the
// token after it; ok is false when a verb-like word or a clause break comes first.
func (s *sent) ofPhrase(k int) (int, bool) {
	e := k + 1
	words := 0
	for e < len(s.low) && words < 7 {
		w := s.low[e]
		if w == "(" {
			c := e + 1
			for c < len(s.low) && c <= e+12 && s.low[c] != ")" {
				c++
			}
			if c >= len(s.low) || c > e+12 {
				return 0, false
			}
			e = c + 1
			continue
		}
		if ofDeterminers[w] || w == "a" || w == "an" {
			e++
			continue
		}
		if !isWord(w) || npStop[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
			break
		}
		if _, ok := statusWords[w]; ok {
			break
		}
		words++
		e++
	}
	if words == 0 || e >= len(s.low) {
		return 0, false
	}
	// the phrase must end at the verb group: an auxiliary or a status word
	nx := s.low[e]
	if _, ok := statusWords[nx]; ok || nx == "were" || nx == "was" || nx == "had" || nx == "have" || nx == "has" || nx == "are" {
		return e, true
	}
	return 0, false
}

// statusInNP reports whether a status word ("wounded", "dead") lies in tokens [from, to).
func (s *sent) statusInNP(from, to int) bool {
	for k := from; k < to && k < len(s.low); k++ {
		if c := statusWords[s.low[k]]; c != "" && c != Participants {
			return true
		}
	}
	return false
}
