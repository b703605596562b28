package geo

import (
	"github.com/sitrep-dev/sitrep/internal/model"
)

// Rule 77 (session 20): a list mate's small town. Local copy lists a district's towns
// together ("small towns such as Drew, Ruleville and Indianola", "Amulung, Alcala, Lal-lo, all
// the way down to Aparri"), and the embedded gazetteer knows the bigger ones only: the others
// were left unplaced, whatever the tagger called them. listMinor gives such a name the place
// of rule 76's minor index (GeoNames cities1000, minor.go) when
//
//   - it is listed (commas, "and", "or") with a name placed as a town or city, and no mention
//     placed it in that town's country near it (a mention the gazetteer could not place, read
//     as a town abroad, or read as a town or district of that country more than listFarKm away
//     may be taken over: "Malilipot and Santo Domingo" of an Albay story, "between Tillsonburg
//     and Simcoe" of an Ontario one, which had been Simcoe County);
//   - it is a run of one to three capitalised words, not the sentence's first word;
//   - a minor place of that name lies within listMinorKm of a placed list mate, in the mate's
//     country (the nearest when several do).
//
// The name's other mentions that the gazetteer could not place, or read as towns abroad, take
// the same place.
//
// The distance is the evidence: towns listed together lie together.
const listMinorKm = 60

// listFarKm: a reading in the list mate's country this far from it gives way to a minor place
// near the mate.
const listFarKm = 150

// listMinor applies rule 77 (see above) to the resolved mentions.
func (r *resolver) listMinor() {
	toks := r.toks
	var mi *minorIndex
	done := map[int]bool{}          // list members already read (a list has several placed mates)
	var placed map[string]model.Geo // the names placed, lower-cased
	n := len(r.ments)
	for i := 0; i < n; i++ {
		o := &r.ments[i]
		if o.best < 0 || o.metonymy || o.ts >= o.te || o.dateline != dlNone {
			continue
		}
		op := r.g.places[o.cands[o.best].p]
		if op.feat != featCity || op.cc == ([2]byte{}) {
			continue
		}
		members, _ := r.listMembers(o.ts, o.te, o.sent)
		for _, s := range members[1:] {
			if done[s] || toks[s].sentStart {
				continue
			}
			done[s] = true
			e := s + 1
			for e < len(toks) && e-s < 3 && toks[e].sent == toks[s].sent && toks[e].word && toks[e].cap && r.text[toks[e-1].e:toks[e].s] == " " {
				e++
			}
			a, b := toks[s].s, toks[e-1].e
			k := r.unplacedAt(a, b, op.cc, float64(op.lat), float64(op.lon))
			if k == -2 {
				continue // a placed mention, or one that covers more or less than the name
			}
			ent := r.entityAt(a, b)
			if ent == -2 {
				continue
			}
			if mi == nil {
				mi = r.g.minorPlaces()
			}
			pick, found, nearest := uint32(0), 0, float64(listMinorKm)
			for _, mk := range mi.lookup(r.g.hash(Key(r.text[a:b]))) {
				p := &mi.places[mk.p]
				if d := Distance(float64(p.lat), float64(p.lon), float64(op.lat), float64(op.lon)); p.cc == op.cc && d <= listMinorKm {
					found++
					if d <= nearest {
						pick, nearest = mk.p, d
					}
				}
			}
			if found == 0 {
				continue
			}
			fb := r.g.minorGeo(&mi.places[pick])
			if placed == nil {
				placed = map[string]model.Geo{}
			}
			placed[r.ltext[a:b]] = fb
			if k >= 0 {
				m := &r.ments[k]
				m.fb, m.hasFB, m.best, m.listMinor = fb, true, -1, true
				continue
			}
			r.ments = append(r.ments, mention{s: a, e: b, ps: a, ts: s, te: e, sent: toks[s].sent, ent: ent, best: -1, fb: fb, hasFB: true, listMinor: true})
		}
	}
	// the name's other mentions: one sense per story ("Residents of Santo Domingo, on the
	// eastern side of the volcano")
	for name, fb := range placed {
		cc := countryCode(fb.Country)
		for i := range r.ments {
			m := &r.ments[i]
			if m.listMinor || r.ltext[m.s:m.e] != name || r.unplacedAt(m.s, m.e, cc, fb.Lat, fb.Lon) != i {
				continue
			}
			m.fb, m.hasFB, m.best, m.listMinor = fb, true, -1, true
		}
	}
}

// unplacedAt returns the mention spanning exactly [a, b) that no reading placed, placed only
// approximately as a town, or read as a town outside country cc or as a town or district of cc
// more than listFarKm from (lat, lon) (-1 when no mention touches the span), or -2 when a
// mention placed otherwise, a dateline, a feature or a division's fallback overlaps it or a
// mention covers more or less of it.
func (r *resolver) unplacedAt(a, b int, cc [2]byte, lat, lon float64) int {
	k := -1
	for i := range r.ments {
		m := &r.ments[i]
		if m.e <= a || b <= m.s {
			continue
		}
		if m.s != a || m.e != b || m.dateline != dlNone || m.feat || m.metonymy {
			return -2
		}
		if m.best >= 0 {
			p := &r.g.places[m.cands[m.best].p]
			switch {
			case p.cc != cc && p.feat == featCity:
				// a town abroad ("Malilipot and Santo Domingo" of an Albay story is no capital
				// of the Caribbean)
			case p.cc == cc && (p.feat == featCity || p.feat == featAdmin2) && Distance(float64(p.lat), float64(p.lon), lat, lon) > listFarKm:
				// a namesake far away in the same country ("between Tillsonburg and Simcoe" is
				// not Simcoe County)
			default:
				return -2
			}
			k = i
			continue
		}
		if m.hasFB && (m.fb.Feature != "other" && m.fb.Feature != "city" || !m.fb.Approximate) {
			return -2 // placed by its container ("Kyogle … local government areas" is a division)
		}
		k = i
	}
	return k
}

// entityAt returns the entity spanning exactly [a, b) (-1 when none touches it), or -2 when an
// entity overlaps it otherwise or names an actor.
func (r *resolver) entityAt(a, b int) int {
	k := -1
	for i := range r.a.Entities {
		en := &r.a.Entities[i]
		if en.End <= a || b <= en.Start {
			continue
		}
		if en.Start != a || en.End != b || en.Actor != "" {
			return -2
		}
		k = i
	}
	return k
}
