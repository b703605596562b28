package geo

import "strings"

// Rule 54 (session 16): a world city's name for a town of the story's own country.
//
// Local news names its own towns bare, and many bear the name of a capital or a city of a
// million abroad: "Rome city commissioners" in a story about north-west Georgia, "Paris" in one
// about north-east Texas. Scoring keeps the capital (prominent places are named without
// introduction), so after scoring, worldCityAtHome moves such a mention to a namesake of the
// country the document's other places lie in (three or more, half of them, the name's own
// mentions left out) when the namesake lies within homeKm of two or more of those places (by
// other names) and neither the mention's sentence nor a quarter of the other places name the
// capital's country.
//
// Rule 71 (session 17) lets any town abroad move so (a Tasmanian story's St Helens, read as the
// English town), unless the mention's sentence places another name in the town's country
// ("Boston, Massachusetts") or the two readings lie within 2*homeKm of each other (twin towns
// of a border: the scoring's choice stands).
const homeKm = 150

func (r *resolver) worldCityAtHome() {
	g := r.g
	type placed struct {
		cc       [2]byte
		lat, lon float32
		name     string
		local    bool // a town or district: a point of the story
	}
	var ps []placed
	for i := range r.ments {
		o := &r.ments[i]
		if o.best < 0 {
			continue
		}
		if q := &g.places[o.cands[o.best].p]; q.cc != ([2]byte{}) {
			ps = append(ps, placed{q.cc, q.lat, q.lon, r.ltext[o.s:o.e], q.feat == featCity || q.feat == featAdmin2})
		}
	}
	// the countries of the other names' places, counted once per name (a digest names its
	// capital a hundred times): counted, by walking the places; fromTotals, for a long text,
	// from the counts of all places less those of the name's own mentions (false when two
	// countries tie for the most: which reached its count first needs the walk)
	counted := func(name string) (st homeStats) {
		for _, x := range ps {
			if x.name == name {
				continue
			}
			st.total++
			st.counts.add(x.cc, 1)
			if c := int(st.counts.get(x.cc)); c > st.n {
				st.cc, st.n = x.cc, c
			}
		}
		return st
	}
	var all focusCounts
	var byName map[string]focusCounts
	fromTotals := func(name string) (st homeStats, ok bool) {
		if len(ps) <= 64 {
			return st, false
		}
		if byName == nil {
			byName = map[string]focusCounts{}
			for _, x := range ps {
				all.add(x.cc, 1)
				c := byName[x.name]
				c.add(x.cc, 1)
				byName[x.name] = c
			}
		}
		own := byName[name]
		tie := false
		for _, c := range all {
			n := int(c.n - own.get(c.cc))
			st.total += n
			if n > 0 {
				st.counts = append(st.counts, ccCount{c.cc, float64(n)})
			}
			switch {
			case n > st.n:
				st.cc, st.n, tie = c.cc, n, false
			case n == st.n && n > 0:
				tie = true
			}
		}
		return st, !tie
	}
	stats := map[string]homeStats{}
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.dateline != dlNone || m.near || m.metonymy {
			continue
		}
		p := &g.places[m.cands[m.best].p]
		if p.cc == ([2]byte{}) || p.feat != featCity || len(m.cands) < 2 {
			continue
		}
		capital := p.flags&flagCapital != 0 || p.pop >= 1000000 // (rule 54's first reach; rule 71 any town)
		// the country of the other names' places, and how often the capital's is among them
		name := r.ltext[m.s:m.e]
		st, ok := stats[name]
		if !ok {
			if st, ok = fromTotals(name); !ok {
				st = counted(name)
			}
			stats[name] = st
		}
		cc, n, total, abroad := st.cc, st.n, st.total, int(st.counts.get(p.cc))
		if cc == p.cc || n < 3 || 2*n < total || 4*abroad > total || r.sentNames(m.sent, p.cc) || !capital && r.sentPlaces(i, p.cc) {
			continue
		}
		home, best := -1, int64(-1)
		for k, c := range m.cands {
			q := &g.places[c.p]
			if !c.prim || q.cc != cc || q.feat != featCity && q.feat != featAdmin2 || q.flags&flagSection != 0 || int64(q.pop) <= best {
				continue
			}
			if !capital && Distance(float64(q.lat), float64(q.lon), float64(p.lat), float64(p.lon)) <= 2*homeKm {
				continue // (twin towns of a border, "the Kasumbalesa border post": both readings are the story's)
			}
			near := map[string]bool{}
			for _, x := range ps {
				if x.cc == cc && x.local && x.name != name && Distance(float64(q.lat), float64(q.lon), float64(x.lat), float64(x.lon)) <= homeKm {
					near[x.name] = true
				}
			}
			if len(near) >= 2 {
				home, best = k, int64(q.pop)
			}
		}
		if home >= 0 {
			m.best = home
		}
	}
}

// homeStats is worldCityAtHome's count of the countries of a document's places, one name's
// mentions left out: the most frequent country (the first to reach its count), its count, the
// number of places counted, and each country's count.
type homeStats struct {
	cc       [2]byte
	n, total int
	counts   focusCounts
}

// sentNames reports a mention of sentence sent read as country cc itself.
func (r *resolver) sentNames(sent int, cc [2]byte) bool {
	return r.sentReading(sent, func(_ int, _ *mention, q *place) bool { return q.cc == cc && q.feat == featCountry })
}

// sentPlaces reports another mention of mention i's sentence read in country cc ("Boston,
// Massachusetts"; "Blantyre, the town in Scotland"): the sentence places the name's reading.
func (r *resolver) sentPlaces(i int, cc [2]byte) bool {
	m := &r.ments[i]
	return r.sentReading(m.sent, func(j int, o *mention, q *place) bool {
		return j != i && q.cc == cc && r.ltext[o.s:o.e] != r.ltext[m.s:m.e]
	})
}

// sentReading reports a placed mention j of sentence sent whose reading q meets ok.
func (r *resolver) sentReading(sent int, ok func(j int, o *mention, q *place) bool) bool {
	lo, hi := r.sentMentions(sent)
	for j := lo; j < hi; j++ {
		if o := &r.ments[j]; o.sent == sent && o.best >= 0 && ok(j, o, &r.g.places[o.cands[o.best].p]) {
			return true
		}
	}
	return false
}

// homeReading reports a town of under 100,000 in a neighbouring country (rule 55) while the
// name is also, by its own name, a town or district of the country the story is clearly about:
// "crossed into neighbouring Oleiros" in a story about Portugal's Castelo Branco district is
// the Portuguese municipality, not the Galician town. (Far countries are foreign's own case.)
func (r *resolver) homeReading(m *mention, c cand, home [2]byte) bool {
	p := &r.g.places[c.p]
	if p.feat != featCity || p.pop >= 100000 || p.flags&flagCapital != 0 {
		return false
	}
	for _, o := range m.cands {
		if q := &r.g.places[o.p]; o.prim && q.cc == home && (q.feat == featCity || q.feat == featAdmin2) && q.flags&flagSection == 0 {
			return true
		}
	}
	return false
}

// diacriticRival reports a reading that only the key's folding of diacritics meets while
// another reading spells the name exactly as the text does, diacritics and all, in a country
// of the document's focus (rule 56): "traffic through Vila de Rei and Mação" in a story about
// Portugal is the municipality of Mação, not Macao. The reading itself lies in a country
// outside the focus.
func (r *resolver) diacriticRival(m *mention, c cand, inFocus func([2]byte) bool) bool {
	span := r.text[m.s:m.e]
	p := &r.g.places[c.p]
	if strings.EqualFold(p.name, span) {
		return false
	}
	if isASCII(span) || inFocus(p.cc) {
		// (rule 70: the key folds doubled letters too: "Shaanxi and Shanxi provinces" are two
		// provinces; a division spelled exactly as the text spells it beats one of the same
		// country and kind that only the folding meets — diacritics aside: English copy drops
		// them, so "Aurangabad" may be Bihar's Aurangābād)
		if sameSpelling(span, p.name, false) {
			return false
		}
		for _, o := range m.cands {
			if q := &r.g.places[o.p]; o.prim && o.p != c.p && q.cc == p.cc && q.feat == p.feat && (q.feat == featAdmin1 || q.feat == featAdmin2) && strings.EqualFold(q.name, span) {
				return true
			}
		}
		return false
	}
	for _, o := range m.cands {
		if q := &r.g.places[o.p]; o.prim && o.p != c.p && inFocus(q.cc) && strings.EqualFold(q.name, span) {
			return true
		}
	}
	return false
}
