package geo

// Rule 40 (session 13, helper seas13): seas are seas unless a division word says otherwise; oceans
// lie off the story's coast; a world city is not dropped for a story abroad. See README.md, rule 40.

// seaLocWords before a bare name ending in "Sea" make it a place phrase that English writes with
// "the" for the sea ("in the Red Sea"): without it, "officials in Red Sea" name the division.
var seaLocWords = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "into": true, "across": true,
	"throughout": true, "within": true, "around": true,
}

// seaListWords before a bare name ending in "Sea" make it a list mate: a division unless a noun
// follows ("Kassala and Red Sea", not "Suez and Red Sea shipping").
var seaListWords = map[string]bool{"and": true, "or": true, ",": true}

// seaByWords keeps the sea of a name that is both a sea and a division (Egypt's and Sudan's Red
// Sea governorate and state) when nothing around it calls it a division: "as Red Sea diversions
// bite", "a gradual return of Red Sea traffic" are the sea, as "the Red Sea" is (rule 26, which
// needs "the"). The division keeps the name when a division word follows ("Red Sea state", "Red
// Sea governor") or precedes it ("the governorate of Red Sea"), or when the bare name follows a
// place word or a list mark where the sea would take "the" ("officials in Red Sea said",
// "Kassala, Gedaref and Red Sea"), unless "of" puts it before a noun it qualifies ("the
// security of Red Sea shipping").
func (r *resolver) seaByWords(m *mention) {
	if m.te <= m.ts || m.te > len(r.toks) || len(m.cands) < 2 {
		return
	}
	switch r.text[r.toks[m.te-1].s:r.toks[m.te-1].e] {
	case "Sea", "Ocean":
	default:
		return
	}
	sea, div := false, false
	for _, c := range m.cands {
		p := &r.g.places[c.p]
		switch {
		case c.prim && p.feat == featRegion && p.cc == ([2]byte{}) && intlFeature(p.name):
			sea = true
		case p.feat == featAdmin1 || p.feat == featAdmin2:
			div = true
		}
	}
	if !sea || !div {
		return
	}
	sent := r.toks[m.ts].sent
	next := ""
	if t := m.te; t < len(r.toks) && r.toks[t].sent == sent {
		next = r.low(t)
		if !r.toks[t].word || r.toks[t].cap {
			next = ""
		}
		if t := m.te; r.toks[t].word && r.toks[t].cap && (adminWords[r.low(t)] || r.low(t) == "governor") {
			return // "Red Sea State"
		}
	}
	if adminWords[next] || next == "governor" {
		return // "Red Sea state", "the Red Sea governor"
	}
	prev := ""
	if k := m.ts - 1; k >= 0 && r.toks[k].sent == sent {
		prev = r.low(k)
		if k >= 1 && r.toks[k-1].sent == sent && (prev == "of" || prev == "for") && (adminWords[r.low(k-1)] || r.low(k-1) == "governor") {
			return // "the governorate of Red Sea", "the governor of Red Sea"
		}
		if prev == "the" {
			return // rule 26's case
		}
	}
	switch {
	case seaLocWords[prev]:
		return // "officials in Red Sea said": a place phrase without "the"
	case (prev == "of" || seaListWords[prev]) && next == "":
		return // "the people of Red Sea", "Kassala, Gedaref and Red Sea"
	}
	keep := m.cands[:0:0]
	for _, c := range m.cands {
		if f := r.g.places[c.p].feat; f != featAdmin1 && f != featAdmin2 {
			keep = append(keep, c)
		}
	}
	m.cands = keep
}

// worldCity reports a big city abroad (300,000 people or more, by its own name) that rule 3's
// foreign test would drop for a story clearly about another country fcc, when the name has no
// reading in fcc at all (a namesake there, however small, is the local news's: "Genoa" beside
// "Cann River" in Victoria) and no containment or settlement phrase puts it there: "several flights to Port-au-Prince and Miami were delayed"
// in a Haiti story is Miami, Florida (487,000; rule 3 keeps only cities of a million), not an
// unplaced local name. "the village of Miami", "Miami in Haiti" keep rule 3's answer.
func (r *resolver) worldCity(m *mention, c cand, fcc [2]byte, contained bool) bool {
	p := &r.g.places[c.p]
	if !c.prim || p.feat != featCity || p.pop < 300000 || contained || m.cityHint || m.islandHint || m.townAppos || m.adminHint || m.divisionHint {
		return false
	}
	for _, o := range m.cands {
		if r.g.places[o.p].cc == fcc {
			return false // a namesake there, however small, is the local news's
		}
	}
	if k := m.ts - 1; m.near || k >= 0 && r.toks[k].sent == m.sent && nearWords[r.low(k)] {
		return false // "helicopters at East Sale, near Sale": a local town the gazetteer lacks
	}
	// a town or division of fcc alone, or a name the gazetteer lacks, as its list mate makes the
	// list local news ("an emergency warning for Cann River, Genoa and surrounding farmland"
	// in Victoria); a capital or a big city of fcc does not ("flights to Port-au-Prince and Miami")
	for k := range r.ments {
		o := &r.ments[k]
		if o == m || o.sent != m.sent || !r.adjacentMates(o, m) {
			continue
		}
		local := len(o.cands) == 0 // a name the gazetteer lacks: a local place ("Cann River")
		for _, oc := range o.cands {
			q := &r.g.places[oc.p]
			local = local && q.cc == fcc && (q.feat == featCity && q.pop < 100000 && q.flags&flagCapital == 0 || q.feat == featAdmin1 || q.feat == featAdmin2)
		}
		if local {
			return false
		}
	}
	return true
}

// wide reports a course that spans an ocean (two of its points 3,000 km or more apart): a story
// places it off its own coast, by the document's places as a river's stretch is (courses.go's
// stretch), where a smaller sea keeps its centre unless its sentence names a place on its shore.
func (c *course) wide() bool {
	if c.kind != courseSea {
		return false
	}
	for _, p := range c.pts[1:] {
		if Distance(float64(c.pts[0].lat), float64(c.pts[0].lon), float64(p.lat), float64(p.lon)) >= 3000 {
			return true
		}
	}
	return false
}

// adjacentMates reports two mentions of one list: only commas, "and" and "or" between them ("Cann
// River, Genoa", "Port-au-Prince and Miami").
func (r *resolver) adjacentMates(a, b *mention) bool {
	if a.ts > b.ts {
		a, b = b, a
	}
	if a.te > b.ts || b.ts-a.te > 2 || b.ts-a.te == 0 {
		return false
	}
	for k := a.te; k < b.ts; k++ {
		if w := r.low(k); w != "," && w != "and" && w != "or" {
			return false
		}
	}
	return true
}
