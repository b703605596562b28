package geo

// Rule 31 (session 11, towns11): list mates of the story's country. See README.md, rule 31.

// listMateNamesakes reads a town listed next to another town of the story's country, joined by
// one "or", "and" or comma ("around Huixtla or Escuintla", "Fizagat, Khwazakhela and X"): when
// the name was read as a namesake in another country, 150 km or more from its mate, and it has
// a town reading in the mate's country within 60 km of the mate, that reading wins. The mate's
// country must be the story's (more of the document's read places lie there than in the
// namesake's country); rule 24's pairNamesakes does the same for "between A and B" when the
// namesake's country is never named. Since session 22 an island or other site counts as a town
// here ("the boats serving Andros, Tinos and Mykonos": not Andros of the Bahamas).
func (r *resolver) listMateNamesakes() {
	g := r.g
	perCC := map[[2]byte]int{}
	for j := range r.ments {
		if o := &r.ments[j]; o.best >= 0 && o.best < len(o.cands) && !o.metonymy {
			perCC[g.places[o.cands[o.best].p].cc]++
		}
	}
	joined := func(a, b *mention) bool { // a before b, one joining token between
		if a.sent != b.sent {
			return false
		}
		bt := r.tokAt(b.ps)
		if bt != a.te+1 || a.te >= len(r.toks) {
			return false
		}
		w := r.text[r.toks[a.te].s:r.toks[a.te].e]
		return w == "or" || w == "and" || w == ","
	}
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.best >= len(m.cands) || m.metonymy || m.dateline != dlNone || len(m.cands) < 2 {
			continue
		}
		cp := &g.places[m.cands[m.best].p]
		if !townOrSite(cp) || cp.cc == ([2]byte{}) {
			continue
		}
		for _, j := range [2]int{i - 1, i + 1} {
			if j < 0 || j >= len(r.ments) {
				continue
			}
			o := &r.ments[j]
			if o.best < 0 || o.best >= len(o.cands) || o.metonymy || r.ltext[o.s:o.e] == r.ltext[m.s:m.e] {
				continue
			}
			if j < i && !joined(o, m) || j > i && !joined(m, o) {
				continue
			}
			q := &g.places[o.cands[o.best].p]
			if !townOrSite(q) || q.cc == cp.cc || perCC[q.cc] <= perCC[cp.cc] {
				continue
			}
			if Distance(float64(cp.lat), float64(cp.lon), float64(q.lat), float64(q.lon)) < 150 {
				continue
			}
			best, bd := -1, 60.0
			for k, c := range m.cands {
				p := &g.places[c.p]
				if !c.prim || p.cc != q.cc || !townOrSite(p) {
					continue
				}
				if d := Distance(float64(p.lat), float64(p.lon), float64(q.lat), float64(q.lon)); d < bd {
					best, bd = k, d
				}
			}
			if best >= 0 {
				m.best = best
				break
			}
		}
	}
}

// townOrSite reports a town or a site or natural feature of the supplement (an island).
func townOrSite(p *place) bool { return p.feat == featCity || p.flags&flagSite != 0 }

// departVerbs before "for X" make X a destination ("only a handful left Cais do Sodré for
// Cascais", "the ferry sailed for X", "buses bound for X").
var departVerbs = map[string]bool{
	"left": true, "leave": true, "leaves": true, "leaving": true, "departed": true, "depart": true,
	"departs": true, "departing": true, "bound": true, "headed": true, "heading": true,
	"sailed": true, "sails": true, "sailing": true, "set": true, "fled": true, "flee": true, "fleeing": true,
}

// departFor reports a departure verb up to five words before the "for" at token k, in the same
// sentence, with no other verb frame's punctuation between: the capitalised run after "for" is
// where people or vehicles went, a town for the gazetteer scan (scanTownFrame, rule 28 (3)).
func (r *resolver) departFor(k, sent int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && r.toks[j].sent == sent; j-- {
		if !r.toks[j].word {
			return false
		}
		if departVerbs[r.low(j)] {
			return true
		}
	}
	return false
}
