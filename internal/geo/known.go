package geo

// Feature classes KnownPlace reports.
const (
	KnownCountry = "country"
	KnownAdmin1  = "admin1"
	KnownAdmin2  = "admin2"
	KnownCity    = "city"    // a GeoNames city of 15,000 people or more
	KnownTown    = "town"    // a smaller populated place, or a section of a city
	KnownFeature = "feature" // a site or natural feature of the supplement
	KnownRegion  = "region"
)

// KnownPlace reports the best context-free reading of a place the gazetteer knows by exactly
// this name (Key folding: "Leposavić", "Leposavic"), with its feature class (KnownCountry …
// KnownRegion) and population (0 when unknown). Only the place's own name, its ASCII name, a
// hand-written alias or a spelling variant of the own name count: a GeoNames alternate name
// ("Sudd" for Sud) does not, nor a name with its generic word stripped ("Smith" for Smith
// County), nor a place whose name is also a common English word. It is meant for the entity
// tagger, which asks it about names it labelled as people or organisations: one key hash and
// one index probe, no allocation.
func (g *Gazetteer) KnownPlace(name string) (feature string, population int, ok bool) {
	if g == nil || len(name) > 90 {
		return "", 0, false
	}
	var buf [96]byte
	key := appendKey(buf[:0], name)
	if len(key) < 3 {
		return "", 0, false
	}
	h := g.hashBytes(key)
	best, bestScore := -1, 0.0
	for _, e := range g.lookupHash(h) {
		if !e.prim && !e.variant || e.upper && !isUpperText(name) {
			continue
		}
		p := &g.places[e.p]
		if p.flags&flagCommon != 0 {
			continue
		}
		if p.pkey != h && !e.variant {
			// matched by another key than its own name: "Smith" for Smith County, "Jefferson"
			// for Jefferson City (the generic word stripped) do not count; an alias does
			if s := StripGeneric(p.name); s != "" && string(appendKey(buf[len(key):len(key)], s)) == string(key) {
				continue
			}
		}
		sc := g.baseScore(cand{p: e.p, prim: e.prim, variant: e.variant}, false)
		if best < 0 || sc > bestScore {
			best, bestScore = int(e.p), sc
		}
	}
	if best < 0 {
		return "", 0, false
	}
	p := &g.places[best]
	switch {
	case p.flags&flagSite != 0:
		feature = KnownFeature
	case p.feat == featCountry:
		feature = KnownCountry
	case p.feat == featAdmin1:
		feature = KnownAdmin1
	case p.feat == featAdmin2:
		feature = KnownAdmin2
	case p.feat == featRegion:
		feature = KnownRegion
	case p.pop >= 15000 && p.flags&flagSection == 0:
		feature = KnownCity
	default:
		feature = KnownTown
	}
	return feature, int(p.pop), true
}
