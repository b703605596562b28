package geo

import "strings"

// Session 9, helper g2 (README rule 21; tested in session9b_test.go): place uses read as
// metonyms, names the tagger cut at a hyphenated first word, nationality words tagged as places,
// facilities as local points, a bare county name far from the story, and a state read as its
// capital by an alternate name.

// statVerbs after "X has/have" make X the place a statistic is counted in, not a speaker ("Nepal
// has recorded more than 200 deaths", "Sinaloa has recorded 1,000 murders").
var statVerbs = map[string]bool{
	"recorded": true, "registered": true, "logged": true, "counted": true, "experienced": true,
	"witnessed": true,
}

// pluralVerbAfter reports a mention followed by a verb in the plural ("Batken and Isfara have
// sparked", "Tegh, Goris and Meghri say"): a lone name is not its subject, so in a list after a
// preposition the verb agrees with the noun before the preposition ("disputes … in the area
// around Batken and Isfara have sparked fistfights").
func (r *resolver) pluralVerbAfter(m *mention) bool {
	j := m.te
	if j >= len(r.toks) || !r.toks[j].word || r.toks[j].sent != m.sent || r.toks[j].cap {
		return false
	}
	switch w := r.low(j); w {
	case "have", "are", "were", "do":
		return true
	case "hit", "cut", "put", "set", "s":
		return false // (the past tense too)
	default:
		return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && metVerbs[w+"s"]
	}
}

// placeListGov reports a name in a list governed by "such as", "including" or "like" after a
// plural place noun ("border communities such as Tegh, Goris and X", "towns including A and X"),
// k being the token before the name: the noun, not the name, is the subject of the verb after
// the list.
func (r *resolver) placeListGov(k, sent int) bool {
	j := r.listGovernor(k, sent)
	return j >= 0 && (cityNouns[r.low(j)] || placeNouns[r.low(j)] || listPlaceNouns[r.low(j)])
}

// listPlaceNouns are plural nouns of settlements that "such as", "including" and "like" list
// places after, beyond placeNouns and cityNouns.
var listPlaceNouns = map[string]bool{
	"communities": true, "areas": true, "localities": true, "places": true, "settlements": true,
	"hamlets": true, "townships": true, "provinces": true, "regions": true,
	// (session 20: "low-lying neighbourhoods such as Gwange said")
	"neighbourhoods": true, "neighborhoods": true, "suburbs": true, "districts": true,
	"municipalities": true, "counties": true, "islands": true, "wards": true, "parishes": true,
	"camps": true, "quarters": true,
}

// widenHyphen looks up the tagged span [ts, te) with a hyphenated first word before it that the
// tagger left out ("Pul-e [Khumri]", "Dasht-e [Barchi]": a capitalised word, a hyphen and a short
// lower-case particle glued to it); when that longer phrase is a place's own name it fills m's
// candidates and returns the phrase's first token. The same gap as widen's "Lower [Shabelle]",
// which the tokenizer's three tokens hid.
func (r *resolver) widenHyphen(m *mention, ts, te int) (int, bool) {
	toks := r.toks
	if m.ent < 0 || ts < 3 || !toks[ts-1].word || toks[ts-1].cap || toks[ts-1].e-toks[ts-1].s > 3 || r.text[toks[ts-1].e:toks[ts].s] != " " {
		return 0, false
	}
	if toks[ts-2].word || r.tokText(ts-2) != "-" || toks[ts-2].s != toks[ts-3].e || toks[ts-1].s != toks[ts-2].e {
		return 0, false
	}
	if !toks[ts-3].word || !toks[ts-3].cap || toks[ts-3].sent != toks[ts].sent {
		return 0, false
	}
	var tmp mention
	if !r.lookup(&tmp, toks[ts-3].s, toks[te-1].e) || !r.primCand(&tmp) {
		return 0, false
	}
	m.cands, m.keyLen, m.demonym = tmp.cands, tmp.keyLen, tmp.demonym
	return ts - 3, true
}

// countyWordElsewhere reports another mention of m's name with its administrative word ("Hunt
// County" elsewhere in the story): then a bare "Hunt" may be the county.
func (r *resolver) countyWordElsewhere(m *mention) bool {
	name := r.ltext[m.s:m.e]
	for k := range r.ments {
		if o := &r.ments[k]; o != m && o.adminHint && strings.HasPrefix(r.ltext[o.s:o.e], name) {
			return true
		}
	}
	return false
}

// stateNotCapital reads a first-level division by its own name where the scoring took a city of
// it that bears the name only as an alternate name (GeoNames lists "Oklahoma" for Oklahoma
// City), when the words say a division: a border noun after it ("the Oklahoma line", "the
// Oklahoma border") or a list mate read as a first-level division of the same country ("spread
// into neighboring New Mexico and Oklahoma"); the name's other bare mentions then take the
// division too (one sense per document). Bare "New York" with no such frame stays the city.
func (r *resolver) stateNotCapital() {
	g := r.g
	var switched []int
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.dateline != dlNone || m.cands[m.best].prim {
			continue
		}
		p := &g.places[m.cands[m.best].p]
		if p.feat != featCity || p.a1 == 0 {
			continue
		}
		k := -1
		for j, c := range m.cands {
			if q := &g.places[c.p]; c.prim && q.feat == featAdmin1 && q.cc == p.cc && q.a1 == p.a1 {
				k = j
				break
			}
		}
		if k < 0 || !r.divisionFrame(i, p.cc) {
			continue
		}
		m.best = k
		switched = append(switched, i)
	}
	if len(switched) == 0 {
		return
	}
	// one sense per document: the name's other bare mentions ("Oklahoma health officials")
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.dateline != dlNone || m.cands[m.best].prim || g.places[m.cands[m.best].p].feat != featCity {
			continue
		}
		for _, j := range switched {
			o := &r.ments[j]
			if r.ltext[o.s:o.e] != r.ltext[m.s:m.e] {
				continue
			}
			if k := m.candOf(o.cands[o.best].p); k >= 0 {
				m.best = k
			}
			break
		}
	}
}

// divisionFrame reports words that make mention i a first-level division of country cc: a
// border noun after it, or a list mate read as such a division.
func (r *resolver) divisionFrame(i int, cc [2]byte) bool {
	m := &r.ments[i]
	if j := m.te; j < len(r.toks) && r.toks[j].word && !r.toks[j].cap && r.toks[j].sent == m.sent {
		switch r.low(j) {
		case "border", "borders", "line", "side":
			return true
		}
	}
	for _, j := range [2]int{i - 1, i + 1} {
		o, ok := r.listNeighbour(i, j)
		if !ok || o.best < 0 {
			continue
		}
		if q := &r.g.places[o.cands[o.best].p]; q.feat == featAdmin1 && q.cc == cc {
			return true
		}
	}
	return false
}

// listNeighbour returns mention j (i-1 or i+1) when it and mention i are mates of one list in
// one sentence (listMates, in text order).
func (r *resolver) listNeighbour(i, j int) (*mention, bool) {
	if j < 0 || j >= len(r.ments) {
		return nil, false
	}
	o, m := &r.ments[j], &r.ments[i]
	first, second := o, m
	if j > i {
		first, second = m, o
	}
	return o, o.sent == m.sent && r.listMates(first, second)
}

// routeFacility reports a facility that facilityPlace cut at token cut which is a route, not a
// point: "the Imphal-Moreh road", "the Aleppo highway" say nothing of where a village on them
// lies, so they locate nothing for the local fallback.
func (r *resolver) routeFacility(m *mention, cut int) bool {
	if !r.toks[cut].word {
		return true // "the Aleppo-Khanasser road"
	}
	for k := cut; k < m.te; k++ {
		switch r.low(k) {
		case "road", "highway", "motorway", "expressway", "junction", "roundabout", "countryside", "outskirts", "suburbs":
			return true
		}
	}
	return false
}
