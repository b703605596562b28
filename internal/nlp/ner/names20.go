package ner

import "github.com/sitrep-dev/sitrep/internal/model"

// Listed divisions (session 20): "the Ashanti, Central and Western regions". A name written
// with "and" inside it ("Central and Western", a district of Hong Kong the gazetteer knows) is
// two names when a plural division noun follows: the noun says that a list of divisions ends
// there. listedDivisions20 splits such a place name at its "and" into two of the same label.

// pluralDivisionNouns end a list of divisions.
var pluralDivisionNouns = map[string]bool{
	"regions": true, "provinces": true, "districts": true, "states": true, "counties": true,
	"governorates": true, "departments": true, "municipalities": true, "prefectures": true,
	"oblasts": true, "divisions": true, "zones": true, "parishes": true, "territories": true,
}

// listedDivisions20 applies the rule above to the document's live place names.
func (c *ctxDoc) listedDivisions20() {
	for x := 0; x < len(c.sp); x++ {
		sp := c.sp[x]
		if sp.dead || sp.fixed || sp.b-sp.a < 3 || sp.b >= len(c.w) || sp.label != model.GPE && sp.label != model.LOC {
			continue
		}
		if !c.adj(sp.b-1) || !pluralDivisionNouns[c.w[sp.b]] {
			continue
		}
		and := -1
		for k := sp.a + 1; k < sp.b-1; k++ {
			if c.w[k] == "and" {
				and = k
				break
			}
		}
		if and < 0 {
			continue
		}
		c.sp[x].dead = true
		for k := sp.a; k < sp.b; k++ {
			c.own[k] = -1
		}
		c.set(sp.a, and, sp.label, false)
		c.set(and+1, sp.b, sp.label, false)
	}
}
