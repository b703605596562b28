package events

import (
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/model"
)

// countryGeos caches the gazetteer's country entry per ISO code (nil when none is found).
var countryGeos sync.Map

// countryGeo is the gazetteer's entry for country cc, for events of an article that never names
// its country as a place ("the Nepali Army imposed a curfew …" in a Kathmandu paper): the
// country's name comes from the demonym table, its point from the embedded gazetteer.
func countryGeo(cc string) *model.Geo {
	if cc == "" {
		return nil
	}
	if v, ok := countryGeos.Load(cc); ok {
		return v.(*model.Geo)
	}
	var out *model.Geo
	if g, err := geo.Default(); err == nil && g != nil {
		for w, c := range demonyms {
			if c != cc || !isCountryName(w) || len(w) < 4 {
				continue
			}
			for _, cand := range g.Lookup(strings.ToUpper(w[:1])+w[1:], cc) {
				if cand.Feature == "country" && cand.Country == cc {
					q := cand
					out = &q
					break
				}
			}
			if out != nil {
				break
			}
		}
	}
	countryGeos.Store(cc, out)
	return out
}
