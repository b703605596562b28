package geo

// twoPassMax bounds the texts scored twice: a text of more than ~5,000 words is a digest or a
// transcript of many stories, whose country focus no single story's namesake should move (and
// scoring twice would double its cost: MUC-4's test files are 100 stories each).
const twoPassMax = 30000

// Rule 52 (session 16): the document's country focus counts each clear name by its
// context-free best reading ("Boston" is Boston, Massachusetts). When context then reads such a
// name in another country ("Boston" of a Lincolnshire story, "Rome" of a Georgia one), its
// votes went to the wrong country and pulled the story's other namesakes with them ("the
// agency's regional office in Lincoln" was Nebraska's capital). scoreTwice scores once, and
// when a name that voted was read in another country, scores again from the same mentions with
// that name voting for its reading in context. Rule 54's world-city namesakes (home16.go) are
// read after the first pass, so that they vote for their country in the second, and again after
// the second.
func (r *resolver) scoreTwice() {
	if len(r.text) > twoPassMax {
		r.scoreAll()
		r.worldCityAtHome()
		return
	}
	snap := append(r.snapM[:0], r.ments...)
	slab := r.snapC[:0] // (one buffer for every mention's candidates, kept between documents)
	for i := range snap {
		k := len(slab)
		slab = append(slab, snap[i].cands...)
		snap[i].cands = slab[k:len(slab):len(slab)]
		if snap[i].own != nil {
			k = len(slab)
			slab = append(slab, snap[i].own...)
			snap[i].own = slab[k:len(slab):len(slab)]
		}
	}
	r.snapM, r.snapC = snap, slab
	r.scoreAll()
	r.worldCityAtHome() // rule 54 (home16.go): its towns vote for their country in the second pass
	if len(r.ments) != len(snap) {
		return // (a rule added or dropped mentions: the indexes no longer match)
	}
	var votes []uint32
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.dateline != dlNone || m.commonWord {
			continue
		}
		got := &r.g.places[m.cands[m.best].p]
		if i >= len(r.voted) || r.voted[i] == ([2]byte{}) || got.cc == r.voted[i] || got.cc == ([2]byte{}) || !m.cands[m.best].prim {
			continue // it did not vote, or voted for its reading's country
		}
		if votes == nil {
			votes = make([]uint32, len(r.ments))
		}
		votes[i] = m.cands[m.best].p + 1
	}
	if votes == nil {
		return
	}
	// the names that vote anew keep their first-pass readings: the second pass is for the
	// others (scored again, a name voting for its own reading would deny itself the support
	// of its sentence's country: "the Agua Caliente border post" beside "Honduras' second city")
	first := make([]mention, 0, 4)
	for i, v := range votes {
		if v != 0 {
			first = append(first, r.ments[i])
		}
	}
	copy(r.ments, snap)
	r.votes = votes
	r.scoreAll()
	r.votes = nil // (r.voted stays: the countries this pass's names voted for, read by rule 76)
	r.worldCityAtHome()
	k := 0
	for i, v := range votes {
		if v != 0 {
			r.ments[i] = first[k]
			k++
		}
	}
}

// votedCand returns the candidate of m that is place p (the reading the first pass gave in
// context), with its base score and true; best and bs unchanged and false when m has none.
func (r *resolver) votedCand(m *mention, p uint32, best int, bs float64) (int, float64, bool) {
	if k := m.candOf(p); k >= 0 {
		return k, m.cands[k].base, true
	}
	return best, bs, false
}

// candOf returns the index of m's candidate that is place p, -1 when m has none.
func (m *mention) candOf(p uint32) int {
	for k := range m.cands {
		if m.cands[k].p == p {
			return k
		}
	}
	return -1
}
