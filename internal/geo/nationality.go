package geo

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run gen_nationality.go

// nationalityTSV maps nationality adjectives to countries: the
// full table behind the supplement's short demonym list, used only to read the country a
// containment phrase or a sentence states ("the Swiss canton of X", "Romanian authorities").
//
//go:embed nationality.tsv
var nationalityTSV string

var (
	nationalityOnce sync.Once
	nationalityMap  map[string][2]byte
)

// nationality returns the country of a lower-case nationality word.
func nationality(w string) ([2]byte, bool) {
	nationalityOnce.Do(func() {
		nationalityMap = map[string][2]byte{}
		for _, line := range strings.Split(nationalityTSV, "\n") {
			w, cc, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(w, "#") || len(cc) != 2 {
				continue
			}
			nationalityMap[w] = [2]byte{cc[0], cc[1]}
		}
	})
	cc, ok := nationalityMap[w]
	return cc, ok
}

// demonymCC returns the country of token k when it is a capitalised nationality word.
func (r *resolver) demonymCC(k int) ([2]byte, bool) {
	if k < 0 || k >= len(r.toks) || !r.toks[k].word || !r.toks[k].cap {
		return [2]byte{}, false
	}
	w := r.low(k)
	if cc, ok := r.g.demonymOf(w); ok {
		return cc, true
	}
	cc, ok := nationality(w)
	if !ok {
		return cc, false
	}
	if _, known := r.g.country[cc]; !known {
		return cc, false
	}
	return cc, true
}

// nationalFrame returns the country a nationality word states for mention m: "the Swiss
// village of X", "the Russian region of X" (before it) or "X in the Swiss canton of Y", "X, a
// village in the Polish county of Y" (after it).
func (r *resolver) nationalFrame(m *mention) ([2]byte, bool) {
	toks := r.toks
	isNoun := func(w string) bool { return placeNouns[w] || adminWords[w] || cityNouns[w] || w == "canton" }
	kb := r.tokAt(m.ps) - 1 // the token before the name
	// before: DEMONYM [adj] NOUN of X
	if k := kb; k >= 2 && toks[k].word && r.low(k) == "of" && toks[k].sent == m.sent {
		n := k - 1
		if toks[n].word && !toks[n].cap && isNoun(r.low(n)) {
			for d := n - 1; d >= 0 && d >= n-3 && toks[d].sent == m.sent && toks[d].word; d-- {
				if cc, ok := r.demonymCC(d); ok {
					// ("the mainly Serb towns of X": a people, not a country)
					if d > 0 && toks[d-1].word && ethnicAdverbs[r.low(d-1)] {
						return [2]byte{}, false
					}
					return cc, true
				}
				if toks[d].cap {
					break
				}
			}
		}
	}
	// before: DEMONYM [adj] villagers|residents|farmers … from|of|in X [and Y] ("local
	// Bangladeshi villagers from X and Y": the people of a place; not "Afghan refugees from X")
	if k := kb; k >= 2 && toks[k].sent == m.sent && toks[k].word {
		for n := 0; k >= 2 && n < 8 && toks[k].sent == m.sent && (toks[k].word && (toks[k].cap || r.low(k) == "and" || r.low(k) == "or") || r.tokText(k) == ","); n++ {
			k--
		}
		if w := r.low(k); toks[k].word && (w == "from" || w == "of" || w == "in") && toks[k-1].word && localPeople[r.low(k-1)] {
			for d := k - 2; d >= 0 && d >= k-4 && toks[d].sent == m.sent && toks[d].word; d-- {
				if cc, ok := r.demonymCC(d); ok {
					return cc, true
				}
				if toks[d].cap {
					break
				}
			}
		}
	}
	// after: X [, a|an|the [adj] NOUN] in the DEMONYM [adj] NOUN ("Srebrenica, was captured in
	// the Serbian town of Y" is no such phrase)
	k := m.te
	if k+2 < len(toks) && r.tokText(k) == "," && toks[k+1].word && (r.low(k+1) == "a" || r.low(k+1) == "an" || r.low(k+1) == "the") {
		j := k + 2
		for j < len(toks) && j <= k+4 && toks[j].word && !toks[j].cap && !isNoun(r.low(j)) {
			j++
		}
		if j >= len(toks) || !toks[j].word || !isNoun(r.low(j)) {
			return [2]byte{}, false
		}
		k = j + 1
	}
	if k >= len(toks) || !toks[k].word || r.low(k) != "in" || toks[k].sent != m.sent {
		return [2]byte{}, false
	}
	k++
	if k < len(toks) && toks[k].word && r.low(k) == "the" {
		k++
	}
	cc, ok := r.demonymCC(k)
	if !ok {
		return cc, false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].word && toks[j].sent == m.sent && !toks[j].cap; j++ {
		if isNoun(r.low(j)) {
			return cc, true
		}
	}
	return [2]byte{}, false
}

// ethnicAdverbs before a nationality word make it a people's ("the mainly Serb towns").
var ethnicAdverbs = map[string]bool{"mainly": true, "mostly": true, "predominantly": true, "largely": true, "majority": true, "ethnic": true, "ethnically": true}

// localPeople are the people of a place: "Bangladeshi villagers from X" says X lies in
// Bangladesh (refugees, migrants and workers come from elsewhere, so they are not here).
var localPeople = map[string]bool{
	"villagers": true, "residents": true, "farmers": true, "fishermen": true, "herders": true,
	"townspeople": true, "inhabitants": true,
}
