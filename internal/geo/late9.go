package geo

import (
	"strings"
	"unicode"
)

// Rule 26 (session 9, helper acc9): seas written as seas are not the divisions named after them.
// See README.md, rule 26.

// seaElsewhere reports a document that writes name as a sea elsewhere: "the " before it and no
// administrative word after it ("test Red Sea return" in a headline whose story says "the Red
// Sea route"). A plain search of the text: it runs only for names ending in Sea or Ocean that
// have both a sea's and a division's reading.
func (r *resolver) seaElsewhere(name string) bool {
	text := r.text
	for off := 0; ; {
		i := strings.Index(text[off:], name)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(name)
		if i < 4 || !strings.EqualFold(text[i-4:i], "the ") {
			continue
		}
		rest := strings.TrimLeft(text[off:], " ")
		w := rest
		if k := strings.IndexFunc(rest, func(c rune) bool { return !unicode.IsLetter(c) }); k >= 0 {
			w = rest[:k]
		}
		if !adminWords[strings.ToLower(w)] {
			return true
		}
	}
}

// seaNotDivision keeps the sea of "the Red Sea", "the southern Red Sea": a name whose last word
// is "Sea" or "Ocean", written after "the" (and at most two lower-case words) or so written elsewhere in the
// document (seaElsewhere), with no
// administrative word after it, is the sea of no country, not a first- or second-level
// division that bears the sea's name (Egypt's and Sudan's Red Sea governorate and state,
// Eritrea's Southern Red Sea region). "Red Sea state", "the Red Sea governorate" keep the
// division. A direction word the lookup read into a longer division name ("southern Red Sea")
// gives way to the sea of the name alone.
func (r *resolver) seaNotDivision(m *mention) {
	if m.te <= m.ts || m.te > len(r.toks) || len(m.cands) == 0 {
		return
	}
	switch r.text[r.toks[m.te-1].s:r.toks[m.te-1].e] {
	case "Sea", "Ocean":
	default:
		return
	}
	// "the" before the name, past up to two lower-case words ("the southern", "the war-torn").
	j, ok := m.ts-1, false
	for k := 0; k < 4 && j >= 0 && r.toks[j].sent == r.toks[m.te-1].sent; k++ {
		if !r.toks[j].word {
			if r.text[r.toks[j].s:r.toks[j].e] == "-" {
				j--
				continue
			}
			break
		}
		if r.low(j) == "the" {
			ok = true
			break
		}
		if r.toks[j].cap || r.low(j) == "of" { // rule 40: "the governorate of Red Sea" names no sea
			break
		}
		j--
	}
	if !ok && !r.seaElsewhere(r.text[r.toks[m.ts].s:r.toks[m.te-1].e]) {
		return
	}
	if t := m.te; t < len(r.toks) && r.toks[t].word && r.toks[t].sent == r.toks[m.te-1].sent && adminWords[r.low(t)] {
		return // "the Red Sea governorate", "the Red Sea State"
	}
	sea := func(cs []cand) int {
		for i, c := range cs {
			if p := &r.g.places[c.p]; c.prim && p.feat == featRegion && p.cc == ([2]byte{}) && intlFeature(p.name) {
				return i
			}
		}
		return -1
	}
	if i := sea(m.cands); i >= 0 {
		keep := m.cands[:0:0]
		for _, c := range m.cands {
			if f := r.g.places[c.p].feat; f != featAdmin1 && f != featAdmin2 {
				keep = append(keep, c)
			}
		}
		if len(keep) < len(m.cands) {
			m.cands = keep
		}
		return
	}
	if len(m.own) == 0 || r.toks[m.ts].cap {
		return
	}
	for _, c := range m.cands {
		if f := r.g.places[c.p].feat; f != featAdmin1 && f != featAdmin2 {
			return
		}
	}
	if i := sea(m.own); i >= 0 {
		m.cands = []cand{m.own[i]}
	}
}

// seaFeature reports a region of no country that is a sea or ocean ("Red Sea", "Pacific
// Ocean"): the story's country does not claim it as it claims a disputed region ("south
// Kashmir" in a story about India), which would put it at a first-level division whose name
// holds the sea's (Egypt's Red Sea governorate); the hosting rule below it gives it the story's
// country at the sea's own point instead.
func seaFeature(name string) bool {
	return strings.HasSuffix(name, " Sea") || strings.HasSuffix(name, " Ocean")
}
