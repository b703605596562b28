package geo

import "strings"

// Rule 24 (session 9, helper g5): divisions, renamed cities and short forms read abroad while
// the story is plainly elsewhere (README rule 24; tested in namesakes2_test.go).

// stemDivisions adds to m's readings the first- and second-level divisions whose own name is
// the name without its administrative word: "the Western region" of a Ghana story is Ghana's
// Western (GeoNames: "Western"), not only Uganda's "Western Region", which alone bears the
// longer name. Scoring then weighs them in context like any other reading.
func (r *resolver) stemDivisions(m *mention, stem string) {
	if stem == "" {
		return
	}
	var tmp mention
	if !r.lookupText(&tmp, stem) {
		return
	}
	addNewCands(m, tmp.cands, func(c cand) bool {
		f := r.g.places[c.p].feat
		return c.prim && (f == featAdmin1 || f == featAdmin2)
	})
}

// soleBigAlt reports a city of 100,000 or more that is the name's only reading, though by an
// alternate name: GeoNames often files a renamed city under its old name ("Aktau" under
// Shevchenko), so the far-from-the-story's-divisions rule for small towns known by an
// alternate name must not rule it out and leave the name to fall back to the story's division.
func soleBigAlt(m *mention, p *place) bool {
	return len(m.cands) == 1 && p.pop >= 100000
}

// shortOfNamed reports a reading pi of mention i that another mention of the document names in
// full, by its own name, starting with i's words: "Santiago" in a story that writes "Santiago de
// Cuba" is that city (by an alternate name, the short form), not Chile's capital, whose own name
// the bare word is; "Santa Cruz" beside "Santa Cruz de la Sierra" likewise.
func (r *resolver) shortOfNamed(i int, pi uint32) bool {
	m := &r.ments[i]
	short := r.ltext[m.s:m.e]
	for j := range r.ments {
		o := &r.ments[j]
		if j == i || o.e-o.s <= len(short)+1 || r.ltext[o.s:o.s+len(short)] != short || r.ltext[o.s+len(short)] != ' ' {
			continue
		}
		for _, c := range o.cands {
			if c.p == pi && c.prim {
				return true
			}
		}
	}
	return false
}

// faintCountry reports a country whose share f of the document's focus comes only from
// readings of other ambiguous names (under a fifth, and no mention names the country itself
// or calls something by its nationality): "Sale" read as La Salle County, Texas, in a
// Gippsland bushfire story is no evidence that "Eden" there is Eden, North Carolina.
func (r *resolver) faintCountry(cc [2]byte, f float64) bool {
	if f >= 0.2 {
		return false
	}
	if r.primCountry == nil {
		// the countries some mention names by a country's own name, once per document
		r.primCountry = map[[2]byte]bool{}
		for j := range r.ments {
			for _, c := range r.ments[j].cands {
				if p := &r.g.places[c.p]; c.prim && p.feat == featCountry {
					r.primCountry[p.cc] = true
				}
			}
		}
	}
	return !r.primCountry[cc]
}

// pairNamesakes (run after scoring) reads a town paired with a town of the story's country
// or division ("between Faro and Lagos", "from Faro to Lagos") as its namesake within 150 km of it
// when its reading lies in a country the document never names: in an Algarve rail story
// "Lagos" is the Portuguese town, not the Nigerian city. Rule 23's countryTowns does the same
// for a country's name; nearNamesakes for namesakes of the same country.
func (r *resolver) pairNamesakes() {
	g := r.g
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.best >= len(m.cands) || m.metonymy || m.dateline != dlNone || len(m.cands) < 2 {
			continue
		}
		cp := &g.places[m.cands[m.best].p]
		if cp.feat != featCity && cp.feat != featAdmin2 && cp.feat != featAdmin1 || cp.cc == ([2]byte{}) || r.countryNamed(cp.cc) {
			continue
		}
		mate := r.pairMate(i)
		if mate < 0 {
			continue
		}
		o := &r.ments[mate]
		q := &g.places[o.cands[o.best].p]
		if q.feat != featCity && q.feat != featAdmin1 && q.feat != featAdmin2 || q.cc == cp.cc || !r.countryNamed(q.cc) {
			continue
		}
		best, bd := -1, 150.0
		for k, c := range m.cands {
			p := &g.places[c.p]
			if !c.prim || p.cc != q.cc || p.feat != featCity && !(p.feat == featAdmin2 && p.flags&flagApprox == 0) {
				continue
			}
			if d := Distance(float64(p.lat), float64(p.lon), float64(q.lat), float64(q.lon)); d < bd {
				best, bd = k, d
			}
		}
		if best >= 0 {
			m.best = best
		}
	}
}

// dirGap reports the words between two names that put the first in a direction from the
// second with no distance: ", south of", ", just north-east of" (the fallback of rule 5 reads
// stated distances).
func dirGap(gap string) bool {
	rest, ok := strings.CutPrefix(gap, ", ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "just ")
	rest = strings.TrimPrefix(rest, "due ")
	w, ok := strings.CutSuffix(rest, " of")
	if !ok {
		return false
	}
	_, dir := dirWords[w]
	return dir && strings.HasSuffix(w, "th") || dir && strings.HasSuffix(w, "st")
}

// farFromDirTown reports a town or district reading pi 500 km or more from the town that
// mention j reads (by its best context-free reading, a town by its own name): "the port at
// Alat, south of Baku" lies near Baku, whatever other country the document names.
func (r *resolver) farFromDirTown(pi uint32, j int) bool {
	n := &r.ments[j]
	bb, _ := r.bestBase(n)
	if bb < 0 || !n.cands[bb].prim {
		return false
	}
	q := &r.g.places[n.cands[bb].p]
	if q.feat != featCity {
		return false
	}
	p := &r.g.places[pi]
	return Distance(float64(p.lat), float64(p.lon), float64(q.lat), float64(q.lon)) >= 500
}
