package quantity

// counts decides which Counts field a number measures.
func (s *sent) counts(m num, head string, headIdx, nounEnd int) string {
	hc := headClass[head]
	if measureNouns[head] {
		return ""
	}
	// "including 8 children", "among them 3 women": the enclosing toll's class
	if p := s.lw(m.start - 1); (p == "including" || p == "among") && s.lastQ >= 0 && m.start-s.lastQ <= 8 && s.lastCnts != "" {
		if hc == "" || hc == s.lastCnts {
			return s.lastCnts
		}
	}
	// a governing verb just before: "killing 12", "arrested 23 protesters", "fired 200 rockets"
	b := m.start - 1
	switch s.lw(b) {
	case "another", "a", "an", "additional", "further", "the", "some":
		b--
	}
	if s.lw(b) == "up" && s.lw(b-1) == "rounded" {
		return Arrested
	}
	if v := s.lw(b); v != "" {
		if interceptVerbs[v] || v == "down" && s.lw(b-1) == "shot" {
			if hc == Munitions || hc == "" {
				return ""
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
func (s *sent) predicate(k int) string {
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
			return c
		}
		switch w {
		case "taken", "held":
			if s.lw(k+1) == "hostage" || s.lw(k+1) == "captive" {
				return Kidnapped
			}
		case "rounded":
			if s.lw(k+1) == "up" {
				return Arrested
			}
		case "took":
			if s.lw(k+1) == "part" || s.lw(k+1) == "to" && s.lw(k+2) == "the" && s.lw(k+3) == "streets" {
				return Participants
			}
		case "lost":
			if s.lw(k+1) == "their" && s.lw(k+2) == "lives" {
				return Killed
			}
		case "made", "rendered":
			if s.lw(k+1) == "homeless" {
				return Displaced
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
		return ""
	}
	return ""
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
