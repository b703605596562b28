package geo

// Rule 80: the names of one list governed by a plural administrative noun ("the eastern
// parishes of St Thomas and Portland", "Greene, Webster and Wright counties") are divisions
// of one country: a name read elsewhere (Portland, Oregon) whose list mate reads a division
// of a country takes its own division of that country, when it has one by its own name.
func (r *resolver) adminListDivisions() {
	g := r.g
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.dateline != dlNone || !m.adminHint || m.metonymy {
			continue
		}
		if _, ok := r.adminListOf(m); !ok {
			if _, ok := r.listAdmin(m); !ok {
				continue
			}
		}
		p := &g.places[m.cands[m.best].p]
		for _, j := range [2]int{i - 1, i + 1} {
			o, ok := r.listNeighbour(i, j)
			if !ok || o.best < 0 || !o.adminHint {
				continue
			}
			q := &g.places[o.cands[o.best].p]
			if q.feat != featAdmin1 && q.feat != featAdmin2 || q.cc == p.cc && (p.feat == featAdmin1 || p.feat == featAdmin2) {
				continue
			}
			k := -1
			for x, c := range m.cands {
				if d := &g.places[c.p]; c.prim && d.cc == q.cc && d.feat == q.feat {
					k = x
					break
				}
			}
			if k >= 0 {
				m.best = k
				break
			}
		}
	}
}
