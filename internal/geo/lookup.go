package geo

import (
	"math"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// cand is one candidate place for a mention with its running score.
type cand struct {
	p       uint32
	prim    bool
	variant bool    // matched a spelling variant of the own name (entry.variant)
	base    float64 // baseScore, set by resolver.prepare
	score   float64
}

// candidates returns the places whose key equals key; upper says whether the text was written in
// capitals (abbreviation keys need it). Several keys of one place collapse to one candidate.
func (g *Gazetteer) candidates(dst []cand, key []byte, upper bool) []cand {
	if len(key) == 0 {
		return dst
	}
	return g.candidatesHash(dst, g.hashBytes(key), upper)
}

// candidatesHash is candidates for a key already hashed (h = g.hashBytes(key), key not empty).
func (g *Gazetteer) candidatesHash(dst []cand, h uint64, upper bool) []cand {
	start := len(dst)
	for _, e := range g.lookupHash(h) {
		if e.upper && !upper {
			continue
		}
		dup := false
		for i := start; i < len(dst); i++ {
			if dst[i].p == e.p {
				dup = true
				if e.prim {
					dst[i].prim = true
				}
				if e.variant {
					dst[i].variant = true
				}
				break
			}
		}
		if !dup {
			dst = append(dst, cand{p: e.p, prim: e.prim, variant: e.variant})
		}
	}
	return dst
}

// baseScore is a candidate's context-free score: population, feature class, and whether the
// text matched the place's own name rather than one of its alternate names.
func (g *Gazetteer) baseScore(c cand, adminHint bool) float64 {
	p := &g.places[c.p]
	s := float64(p.lpop)
	switch p.feat {
	case featCountry:
		s += 4
	case featAdmin1:
		s -= 0.5
		if adminHint {
			s += 3
		}
	case featAdmin2:
		s -= 1.5
		if adminHint {
			s += 3
		}
	case featRegion:
		s += 5.5
	case featCity:
		if p.flags&flagCapital != 0 {
			s += 2
		} else if p.flags&flagSeat != 0 {
			s += 0.8
		}
		if p.flags&flagSection != 0 {
			s -= 1.5
		}
		if p.flags&flagNews != 0 {
			s += 2.5 // "Bethlehem" in the news is the West Bank town, not Bethlehem, Pennsylvania
		}
	}
	if p.flags&flagApprox != 0 {
		s-- // a division without a city: only context should choose it
	}
	if !c.prim { // an alternate name; exonyms of big cities ("Geneva" for Genève) and spelling
		// variants of the own name ("Qalqiliya" for Qalqilyah) are reliable
		if p.pop >= 100000 || c.variant {
			s -= 0.3
		} else {
			s--
		}
	}
	return s
}

// Lookup returns the gazetteer's candidates for a place name, best first, ranked without
// context (feature class, population, own name before alternate names). A non-empty country
// (ISO alpha-2) keeps only places in that country. "Idlib province" prefers the region.
func (g *Gazetteer) Lookup(name string, country string) []model.Geo {
	name = strings.TrimSpace(name)
	var cs []cand
	key := appendKey(nil, name)
	upper := isUpperText(name)
	cs = g.candidates(cs, key, upper)
	adminHint := false
	if s := StripGeneric(name); s != "" {
		adminHint = true
		cs = g.candidates(cs, appendKey(nil, s), upper)
	}
	country = strings.ToUpper(strings.TrimSpace(country))
	out := cs[:0]
	for _, c := range cs {
		if country != "" && string(g.places[c.p].cc[:]) != country {
			continue
		}
		c.score = g.baseScore(c, adminHint)
		out = append(out, c)
	}
	sortCands(out)
	geos := make([]model.Geo, 0, len(out))
	for _, c := range out {
		geos = append(geos, g.geo(c.p))
	}
	return geos
}

func sortCands(cs []cand) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].p < cs[j].p
	})
}

// isUpperText reports whether every letter of s is upper case ("US", "U.S.", "UAE").
func isUpperText(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	return letters > 0
}

// Distance returns the great-circle distance between two points in kilometres.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	sp, sl := math.Sin(dp/2), math.Sin(dl/2) // (each once: the same products, bit for bit)
	a := sp*sp + math.Cos(p1)*math.Cos(p2)*sl*sl
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// within reports Distance(lat1, lon1, lat2, lon2) <= km, without the trigonometry when the
// latitudes alone are farther apart (a degree of latitude is 111.2 km of any great circle
// between them; 111 km and a kilometre's margin keep the shortcut clear of rounding).
func within(lat1, lon1, lat2, lon2, km float64) bool {
	if math.Abs(lat1-lat2)*111 > km+1 {
		return false
	}
	return Distance(lat1, lon1, lat2, lon2) <= km
}

// inside reports whether place a lies in place b (same country for a country, same admin1 for a
// first-level region, within the radius of a hand-written region, within 30 km of a city).
func (g *Gazetteer) inside(a, b uint32) bool {
	if a == b {
		return false
	}
	pa, pb := &g.places[a], &g.places[b]
	switch pb.feat {
	case featCountry:
		return pa.cc == pb.cc && pa.feat != featCountry
	case featAdmin1:
		return pa.cc == pb.cc && pa.a1 == pb.a1 && pa.feat != featCountry && pa.feat != featAdmin1
	case featRegion, featAdmin2:
		if pb.cc != [2]byte{} && pa.cc != pb.cc {
			return false
		}
		if pb.flags&flagApprox != 0 {
			// a district without a city has its first-level division's point: all we know is
			// that the place lies in the same first-level division
			return pa.a1 == pb.a1 && pa.a1 != 0 && pa.feat != featCountry && pa.feat != featAdmin1
		}
		r := float64(g.radius[b])
		if r == 0 {
			r = 40
		}
		return pa.feat != featCountry && Distance(float64(pa.lat), float64(pa.lon), float64(pb.lat), float64(pb.lon)) <= 1.5*r
	case featCity:
		return pa.cc == pb.cc && Distance(float64(pa.lat), float64(pa.lon), float64(pb.lat), float64(pb.lon)) <= 30
	}
	return false
}

// Approximate reports whether the place with GeoNames id is a division without any city of
// 15,000 people, whose point is only its parent division's (or country's) point.
func (g *Gazetteer) Approximate(id int) bool {
	if id <= 0 {
		return false
	}
	g.approxOnce.Do(func() {
		g.approxIDs = map[uint32]bool{}
		for i := range g.places {
			if p := &g.places[i]; p.flags&flagApprox != 0 && p.id != 0 {
				g.approxIDs[p.id] = true
			}
		}
	})
	return g.approxIDs[uint32(id)]
}

// isContainer reports places that other places lie in: countries, divisions and regions.
func (g *Gazetteer) isContainer(i uint32) bool {
	switch g.places[i].feat {
	case featCountry, featAdmin1, featAdmin2, featRegion:
		return true
	}
	return false
}

// farFrom reports whether place i lies more than km from the bounding box of country cc's
// cities (or, without a box, more than 1.5 km × km from the country's point).
func (g *Gazetteer) farFrom(i uint32, cc [2]byte, km float64) bool {
	ci, ok := g.country[cc]
	if !ok {
		return false
	}
	p := &g.places[i]
	lat, lon := float64(p.lat), float64(p.lon)
	b, ok := g.box[ci]
	if !ok {
		c := &g.places[ci]
		return Distance(lat, lon, float64(c.lat), float64(c.lon)) > 1.5*km
	}
	clat := min(max(lat, float64(b[0])), float64(b[2]))
	clon := min(max(lon, float64(b[1])), float64(b[3]))
	return !within(lat, lon, clat, clon, km)
}
