package geo

// Rule 35 (session 12, helper towns12): towns of the story's state, region and country against
// their namesakes elsewhere. See README rule 35.

// storyStateTown reports a reading c of mention m that is a city of another first-level
// division than the one the story is about (sa1: its dateline's state, "ATHENS, Tenn. —", else
// the division it clearly names most) when another reading of the same name, by its own name,
// is a town of that division. Wire copy of a local-news country (rule 15: the United States,
// Canada, Australia) names a town outside the story's state with its state ("Cleveland,
// Ohio"), so a bare "Cleveland" in a story filed from Athens, Tennessee is Cleveland, Tennessee,
// although Ohio's is eight times its size (rule 15 rules out such readings only up to 300,000
// people; here any city under a million that is no capital; outside the local-news countries,
// where the sentence must name another place of the division, under five million: "hospitals
// in Rudraprayag and Srinagar" of an Uttarakhand story is Srinagar of Garhwal, not Kashmir's
// city of a million, session 15). Elsewhere the convention is weaker:
// the reading loses only when its sentence names another place of the story's division
// (sentDivision) and the name's reading there may be a district too ("the worst-hit districts were
// Dhemaji, Lakhimpur, Golaghat and Nagaon" of an Assam story is Assam's Lakhimpur district, not
// Lakhimpur, Uttar Pradesh). The caller keeps the reading when the document names its division,
// its sentence does, or a containment phrase supports it ("flew to Cleveland, Ohio").
func (r *resolver) storyStateTown(m *mention, c cand, sa1 uint16, ok bool) bool {
	if !ok || sa1 == 0 || !c.prim {
		return false
	}
	g := r.g
	p := &g.places[c.p]
	local := localCountry(p.cc)
	if p.feat != featCity || p.a1 == sa1 || p.a1 == 0 || p.flags&flagCapital != 0 || p.pop >= 1000000 && (local || p.pop >= 5000000) {
		return false
	}
	if !local && !r.sentDivision(m, p.cc, sa1) {
		return false
	}
	for _, o := range m.cands {
		if q := &g.places[o.p]; o.prim && o.p != c.p && q.cc == p.cc && q.a1 == sa1 && (q.feat == featCity || !local && q.feat == featAdmin2) {
			return true
		}
	}
	return false
}

// sentDivision reports another name of m's sentence all of whose readings in country cc lie in
// division a1 (at least one does): "Dhemaji" beside "Lakhimpur" names Assam.
func (r *resolver) sentDivision(m *mention, cc [2]byte, a1 uint16) bool {
	g := r.g
	for j := range r.ments {
		o := &r.ments[j]
		if o == m || o.sent != m.sent || r.ltext[o.s:o.e] == r.ltext[m.s:m.e] {
			continue
		}
		in, out := false, false
		for _, c := range o.cands {
			if p := &g.places[c.p]; p.cc == cc && p.feat != featCountry {
				if p.a1 == a1 {
					in = true
				} else {
					out = true
				}
			}
		}
		if in && !out {
			return true
		}
	}
	return false
}

// datelineFacility returns the reading of a facility's place name (rule 10's facilityPlace:
// "Lebanon City Manager Scott Brunka", "the Athens Utilities Board") that lies in the
// dateline's container, when the best-scored one does not and one of its own-name town or
// division readings does: in copy filed from "LEBANON, Ohio —" the city's offices are the Ohio
// town's, not those of the bigger Lebanon, Tennessee. Else best.
func (r *resolver) datelineFacility(tmp *mention, best int) int {
	if len(r.dlCont) == 0 {
		return best
	}
	g := r.g
	in := func(k int) bool {
		for _, o := range r.dlCont {
			if g.inside(tmp.cands[k].p, o.p) {
				return true
			}
		}
		return false
	}
	if in(best) {
		return best
	}
	for k, c := range tmp.cands {
		if p := &g.places[c.p]; c.prim && (p.feat == featCity || p.feat == featAdmin2) && in(k) {
			return k
		}
	}
	return best
}

// sentenceNamesakesAbroad (after scoring; rule 23's nearNamesakes across borders) moves a
// town read as a namesake abroad to its namesake beside the towns its sentence names, in a
// country the document reads more places of: "the car ferries at Oryahovo-Bechet and
// Nikopol-Turnu Măgurele" of a Bulgarian Danube story is Nikopol, Bulgaria, across the river
// from Turnu Măgurele, not Ukraine's 100,000-strong Nikopol 850 km away, although the story
// names Ukraine once. The reading moved is a city under 300,000 and no capital, 500 km or more
// from every town or district its sentence places; the namesake, by its own name, lies within
// 50 km of one of them, and its country holds more of the document's read places (three at
// least) than the reading's. rule 23 asks the same in one country only; a namesake abroad beside
// a misread list mate is no evidence ("near Santa Ana, close to the border crossing at San
// Cristóbal"), hence the document's weight.
func (r *resolver) sentenceNamesakesAbroad() {
	g := r.g
	var perCC map[[2]byte]int
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.best >= len(m.cands) || len(m.cands) < 2 || m.dateline != dlNone || m.metonymy {
			continue
		}
		bp := &g.places[m.cands[m.best].p]
		if bp.feat != featCity || bp.flags&flagCapital != 0 || bp.pop >= 300000 {
			continue
		}
		alt := -1
		for k, c := range m.cands {
			if p := &g.places[c.p]; k != m.best && c.prim && p.feat == featCity && p.cc != bp.cc {
				alt = k
				break
			}
		}
		if alt < 0 {
			continue
		}
		pts := r.sentTownPoints(i)
		if len(pts) == 0 {
			continue
		}
		if nearAny(pts, bp, 500) {
			continue
		}
		if perCC == nil {
			perCC = map[[2]byte]int{}
			for j := range r.ments {
				if o := &r.ments[j]; o.best >= 0 && o.best < len(o.cands) && !o.metonymy {
					perCC[g.places[o.cands[o.best].p].cc]++
				}
			}
		}
		for k, c := range m.cands {
			if p := &g.places[c.p]; k != m.best && c.prim && p.feat == featCity && p.cc != bp.cc && perCC[p.cc] >= 3 && perCC[p.cc] > perCC[bp.cc] && nearAny(pts, p, 50) {
				m.best = k
				break
			}
		}
	}
}

// altFeatWords follow a name that reads as a feature or a work on it ("the Enguri hydropower
// plant", "the X dam"): rule 20's feature heads and these.
var altFeatWords = map[string]bool{
	"dam": true, "reservoir": true, "hydropower": true, "hydroelectric": true, "stream": true,
	"canal": true, "barrage": true, "waterfall": true, "falls": true, "pass": true,
}

// altFarCity reports a reading c of mention m that the name reaches only as an alternate name
// (c.prim false) of a city of a country the document never names (farCC), while the document is
// clearly about another country (fcc, ok: strong focus), when the mention reads as a feature: after
// "the", or before a lower-case feature word ("the Enguri hydropower plant", "Enguri crossing").
// GeoNames gives Ankara the historic names Enguri, Angora and Akara: in a Georgian story "the
// Enguri bridge" is no Turkish capital, whatever its size (rule 24's soleBigAlt keeps a big
// city's alternate name when nothing else reads the name; a feature's frame outweighs it here).
// The name then falls to the document's other evidence (an unknown feature of the story).
func (r *resolver) altFarCity(m *mention, c cand, fcc [2]byte, ok, farCC bool) bool {
	if c.prim || !ok || !farCC {
		return false
	}
	p := &r.g.places[c.p]
	if p.feat != featCity || p.cc == fcc || p.cc == ([2]byte{}) {
		return false
	}
	if m.ts > 0 && r.toks[m.ts-1].word && r.low(m.ts-1) == "the" {
		return true
	}
	if k := m.te; k < len(r.toks) && r.toks[k].word && !r.toks[k].cap && r.toks[k].sent == r.toks[m.ts].sent {
		w := r.low(k)
		return featHeads[w] || altFeatWords[w]
	}
	return false
}

// focusTownAbroad reports a reading c of mention m that is a city of a country the document
// never names (farCC), under 300,000 and no capital, when the document is clearly about another
// country fcc (strong focus) and the name is, by its own name, also a town of fcc: a story filed
// from "PLEVEN, Bulgaria" that says "trucks queued at Nikopol" means Bulgaria's Danube town, not
// Ukraine's Nikopol of 110,000 (rule 3 rules out a town abroad only 800 km or more from the
// focus country; Nikopol, Ukraine lies 640 km from Bulgaria). A reading its sentence's country or
// a containment phrase supports is kept by the caller.
func (r *resolver) focusTownAbroad(m *mention, c cand, fcc [2]byte, ok, farCC bool) bool {
	if !ok || !farCC || !c.prim {
		return false
	}
	g := r.g
	p := &g.places[c.p]
	if p.feat != featCity || p.cc == fcc || p.cc == ([2]byte{}) || p.pop >= 300000 || p.flags&flagCapital != 0 {
		return false
	}
	for _, o := range m.cands {
		if q := &g.places[o.p]; o.prim && q.cc == fcc && q.feat == featCity {
			return true
		}
	}
	return false
}

// relDirWords are compass words of a relative position ("further southeast towards the border").
var relDirWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true,
	"south-west": true, "upstream": true, "downstream": true, "inland": true,
}

// directionAppos reports an untagged name followed by a comma and a relative position, a town
// frame for the scan (rule 28's scanTownFrame): "Sebba, further southeast towards the border with
// Niger, is in an even worse situation", "X, 40 km north of Dori", "X, farther east along the
// road": after the comma up to three words among further, farther, some, about, just, a number,
// km, kilometres, miles, then a compass word, then of, towards, toward, from, along or near.
func (r *resolver) directionAppos(m *mention) bool {
	k := m.te
	if k >= len(r.toks) || r.tokText(k) != "," || r.toks[k].sent != m.sent {
		return false
	}
	k++
	for n := 0; n < 4 && k < len(r.toks) && r.toks[k].sent == m.sent; n, k = n+1, k+1 {
		w := r.low(k)
		if relDirWords[w] {
			if k+1 >= len(r.toks) || r.toks[k+1].sent != m.sent {
				return false
			}
			switch r.low(k + 1) {
			case "of", "towards", "toward", "from", "along", "near":
				return true
			}
			return false
		}
		switch {
		case w == "further" || w == "farther" || w == "some" || w == "about" || w == "just" || w == "km" || w == "kilometres" || w == "kilometers" || w == "miles":
		case len(w) > 0 && w[0] >= '0' && w[0] <= '9':
		default:
			return false
		}
	}
	return false
}
