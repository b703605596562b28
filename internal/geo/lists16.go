package geo

import "strings"

// Rule 57 (session 16): a list's division decides its namesake.
//
// "bridges damaged in Hamirpur, Kangra, Mandi and Kullu districts" names four districts of
// Himachal Pradesh; the gazetteer's best "Hamirpur" is Uttar Pradesh's. listDivision moves a
// town or district read in one first-level division to its namesake in another division of the
// same country when two or more list mates (joined by commas, "and", "or") all lie in that
// other division. Rule 31's listMateNamesakes does this across countries.
func (r *resolver) listDivision() {
	g := r.g
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.dateline != dlNone || len(m.cands) < 2 {
			continue
		}
		p := &g.places[m.cands[m.best].p]
		if p.a1 == 0 || p.feat != featCity && p.feat != featAdmin2 {
			continue
		}
		// the list around m: mates chained to it on either side
		var a1 uint16
		n, ok := 0, true
		for _, dir := range [2]int{-1, 1} {
			prev := m
			for j := i + dir; ok && j >= 0 && j < len(r.ments); j += dir {
				o := &r.ments[j]
				if o.sent != m.sent || !r.adjacentMates(prev, o) {
					break
				}
				if o.best < 0 {
					ok = false
					break
				}
				q := &g.places[o.cands[o.best].p]
				if q.cc != p.cc || q.a1 == 0 || q.a1 == p.a1 || a1 != 0 && q.a1 != a1 {
					ok = false
					break
				}
				a1 = q.a1
				n++
				prev = o
			}
		}
		if !ok || n < 2 {
			continue
		}
		best := -1
		for k, c := range m.cands {
			if q := &g.places[c.p]; c.prim && q.cc == p.cc && q.a1 == a1 && (q.feat == featCity || q.feat == featAdmin2) &&
				(best < 0 || c.base > m.cands[best].base) {
				best = k
			}
		}
		if best >= 0 {
			m.best = best
		}
	}
}

// headlineSense reads a headline's name as the body reads its first mention of the same name
// (rule 59): the body names the place with its context ("Bilaspur (HP), Nov 21 (PTI) The
// temples of old Bilaspur town"), the headline only repeats it ("reveal old Bilaspur temples").
// The headline is the text's first line when a blank line follows it.
func (r *resolver) headlineSense() {
	end := strings.Index(r.text, "\n\n")
	if end < 0 || end > 300 {
		return
	}
	for i := range r.ments {
		m := &r.ments[i]
		if m.e > end {
			break
		}
		if m.best < 0 || m.dateline != dlNone {
			continue
		}
		name := r.ltext[m.s:m.e]
		for j := i + 1; j < len(r.ments); j++ {
			o := &r.ments[j]
			if o.s < end || o.best < 0 || r.ltext[o.s:o.e] != name {
				continue
			}
			if p := o.cands[o.best].p; p != m.cands[m.best].p {
				for k, c := range m.cands {
					if c.p == p {
						m.best = k
						break
					}
				}
			}
			break
		}
	}
}
