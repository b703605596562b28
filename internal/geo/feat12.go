package geo

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Rule 36 (session 12, helper feat12): features and regions of fresh news by their own words —
// bare water names the tagger called locations, river reaches, valleys of long rivers, divisions
// whose name is an old alternate name of their capital, and feature nouns around names the
// gazetteer lacks. See README.md, rule 36.

func init() {
	// "the Torc Waterfall car park", "the Ahırkapı Anchorage": heads of water sites
	siteHeadWords["waterfall"] = siteWater
	siteHeadWords["waterfalls"] = siteWater
	siteHeadWords["cascade"] = siteWater
	// "at Ross Castle", "near Dunluce Castle": a castle is a spot; weak (a place frame before
	// it), as organisations and pubs bear the word too ("Castle Brewery", "Castle Lager")
	siteHeadWords["castle"] = siteSpot
	siteWeakHeads["castle"] = true
	// "the Puente de la Unidad Nacional", "the Ponte de Lima bridge": a bridge by its Spanish,
	// Portuguese or Italian prefix word; a surname too ("Tito Puente"), so weak
	peakPrefixes["puente"] = siteCross
	peakPrefixes["ponte"] = siteCross
	peakWeak["puente"] = true
	peakWeak["ponte"] = true
	// "the Gap of Dunloe", "the Pass of Killiecrankie", "the Vale of Clwyd": an English feature
	// word opening a name through "of"
	peakParticles["of"] = true
}

// ofPrefixes open a feature's name through "of" ("the Gap of Dunloe"); without the particle the
// word is no feature ("Gap Inc", "Gap" the French town). peakKind reads them with needPart.
var ofPrefixes = map[string]uint8{"gap": siteCross, "pass": siteCross, "vale": siteWater, "cliffs": siteWater}

// ofPrefix reports a word of ofPrefixes (rule 36): the kind, and that it needs its particle.
func ofPrefix(w string) (uint8, bool) {
	if kd := ofPrefixes[w]; kd != siteNone {
		return kd, true
	}
	return siteNone, false
}

// waterAfter are nouns after a bare ocean's name that say it is the water ("unusually warm
// Atlantic waters").
var waterAfter = map[string]bool{"waters": true, "water": true, "seaboard": true, "shelf": true, "swell": true}

// entLabel returns the tagger's label of m's entity ("" for a scanned name).
func (r *resolver) entLabel(m *mention) string {
	if m.ent < 0 || m.ent >= len(r.a.Entities) {
		return ""
	}
	return r.a.Entities[m.ent].Label
}

// taggedOcean reads a single capitalised word written before a water noun as the ocean or sea of
// that name when its every reading is a division bearing it only with its administrative word:
// "linked to unusually warm Atlantic waters" is the ocean, not Atlantic County (oceanName reads
// it after "the" or an article and adjectives only). The tagger's LOC alone is not enough: "the
// leaders of the [Pacific]LOC" are the islands', and a bare "[Tasman]LOC" the district.
func (r *resolver) taggedOcean(m *mention) {
	if m.te-m.ts != 1 || len(m.cands) == 0 || !r.toks[m.ts].cap {
		return
	}
	sent := r.toks[m.ts].sent
	next := m.te < len(r.toks) && r.toks[m.te].word && r.toks[m.te].sent == sent
	if next && r.toks[m.te].cap {
		return // "Atlantic Council", "Pacific Northwest"
	}
	water := next && waterAfter[r.low(m.te)]
	if !water {
		return // a bare "[Pacific]LOC" is as often the islands' region as the ocean
	}
	name := r.text[m.s:m.e]
	for _, c := range m.cands {
		p := &r.g.places[c.p]
		if p.feat != featAdmin1 && p.feat != featAdmin2 || Key(p.name) == Key(name) {
			return
		}
	}
	for _, head := range [2]string{" Ocean", " Sea"} {
		var tmp mention
		if !r.lookupText(&tmp, name+head) {
			continue
		}
		for _, c := range tmp.cands {
			if p := &r.g.places[c.p]; c.prim && p.feat == featRegion && p.cc == ([2]byte{}) && r.g.radius[c.p] >= 300 {
				m.cands = []cand{c}
				return
			}
		}
	}
}

// bareWater reads a location-tagged name the gazetteer does not know by itself as the river,
// ocean or sea the gazetteer knows by the name with its head word: "moved by barge down the
// Tapajós and the [Amazon]LOC" is the Amazon river ("Amazon river"), "the [Tasman]LOC" the Tasman
// Sea. The name must follow "the" (with up to two lower-case words: "the mighty Amazon") and be
// one or two capitalised words; readings are the river's own name or a countryless sea's.
func (r *resolver) bareWater(m *mention, en *model.Entity, ts, te int) bool {
	if en == nil || en.Label != model.LOC || en.Actor != "" {
		return false
	}
	ts, te = r.nameSpan(ts, te)
	if ts >= te || te-ts > 2 {
		return false
	}
	for k := ts; k < te; k++ {
		if !r.toks[k].cap || r.toks[k].sent != r.toks[ts].sent {
			return false
		}
	}
	if te < len(r.toks) && r.toks[te].word && r.toks[te].cap && r.toks[te].sent == r.toks[ts].sent {
		return false
	}
	the := false
	for k, n := ts-1, 0; k >= 0 && n < 3 && r.toks[k].word && r.toks[k].sent == r.toks[ts].sent && !r.toks[k].cap; k, n = k-1, n+1 {
		if r.low(k) == "the" {
			the = true
			break
		}
	}
	if !the {
		return false
	}
	name := r.text[r.toks[ts].s:r.toks[te-1].e]
	var got []cand
	for _, head := range [3]string{" river", " Ocean", " Sea"} {
		var tmp mention
		if !r.lookupText(&tmp, name+head) {
			continue
		}
		for _, c := range tmp.cands {
			p := &r.g.places[c.p]
			if !c.prim || !sameSpelling(name+head, p.name, false) {
				continue
			}
			if head == " river" && p.flags&flagSite != 0 || head != " river" && p.feat == featRegion && p.cc == ([2]byte{}) {
				got = append(got, c)
			}
		}
		if len(got) > 0 {
			break
		}
	}
	if len(got) == 0 {
		return false
	}
	m.ts, m.te, m.s, m.e = ts, te, r.toks[ts].s, r.toks[te-1].e
	m.ps = m.s
	m.cands = got
	m.keyLen = len(Key(name))
	return true
}

// riverReaches reads "the lower Tapajós", "the upper Indus" as the river (its stretch is rule
// 30's), not as a southern or northern region of the feature's country: "lower" and "upper" of
// a river are downstream and upstream, not compass points. Only "upper"/"lower" written in lower
// case before a resolved site or feature (not a division: "Lower Saxony" is its own name).
func (r *resolver) riverReaches() {
	for i := range r.ments {
		m := &r.ments[i]
		if m.dir == "" || m.best < 0 || m.ps >= m.s {
			continue
		}
		k := r.tokAt(m.ps)
		if k >= len(r.toks) || r.toks[k].cap || (r.low(k) != "upper" && r.low(k) != "lower") {
			continue
		}
		if p := &r.g.places[m.cands[m.best].p]; p.flags&flagSite == 0 || p.cc == ([2]byte{}) && r.g.radius[m.cands[m.best].p] >= 300 {
			continue // seas and oceans keep rule 4's reading ("the upper Atlantic" is rare)
		}
		m.dir, m.ps = "", m.s
	}
}

// oldCapitalName drops a town reached only by an alternate name when that name is the own name,
// spelled as written, of the first-level division that holds it: "protected areas in Pará" is the
// state, not Belém (whose old name "Pará" GeoNames keeps). Only a name of other letters: a town
// whose own name holds the written name ("San Miguel de Tucumán" for "Tucumán") or shares its
// first three letters keeps its reading (an exonym,
// "Geneva" for Genève; a spelling, "Mitrovica" for Mitrovicë; "Guatemala City"), and so does a
// dateline.
func (r *resolver) oldCapitalName(m *mention) {
	if len(m.cands) < 2 || m.s >= m.e || m.dateline != dlNone {
		return
	}
	span := r.text[m.s:m.e]
	div := -1
	for k, c := range m.cands {
		if p := &r.g.places[c.p]; c.prim && p.feat == featAdmin1 && sameSpelling(span, p.name, false) {
			div = k
			break
		}
	}
	if div < 0 {
		return
	}
	d := m.cands[div].p
	kspan := ""
	drop := func(c cand) bool {
		p := &r.g.places[c.p]
		if c.prim || c.variant || p.feat != featCity || !r.g.inside(c.p, d) {
			return false
		}
		if kspan == "" {
			kspan = Key(span)
		}
		kp := Key(p.name)
		return !sharePrefix(kp, kspan, 3) && !strings.Contains(kp, kspan)
	}
	// (the list is copied only when a candidate goes: most divisions hold no such town)
	first := -1
	for k, c := range m.cands {
		if drop(c) {
			first = k
			break
		}
	}
	if first < 0 {
		return
	}
	out := append(make([]cand, 0, len(m.cands)-1), m.cands[:first]...)
	for _, c := range m.cands[first+1:] {
		if !drop(c) {
			out = append(out, c)
		}
	}
	m.cands = out
}

// valleyStretches moves a resolved valley of valleyOf to the point of its river nearest a city,
// town, division or small site its own sentence names, within sentKm ("links the west of the
// country with Khartoum and the Nile valley"): a valley is a region of its own, so without such a
// place it keeps its point (the Rio Grande Valley is the Texas one, not New Mexico's stretch).
func (r *resolver) valleyStretches() {
	g := r.g
	if len(g.valleyOf) == 0 {
		return
	}
	var anchors []courseAnchor
	built := false
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.claim != ([2]byte{}) || m.hostAt {
			continue
		}
		ci, ok := g.valleyOf[m.cands[m.best].p]
		if !ok {
			continue
		}
		if !built {
			anchors, built = r.courseAnchors(), true
		}
		c := &g.courses[ci]
		best, bd, ba := -1, sentKm+1.0, -1
		for n, a := range anchors {
			if a.ment == i || a.sent != m.sent || a.dateline {
				continue
			}
			if k, d := c.nearest(a.lat, a.lon); d < bd {
				best, bd, ba = k, d, n
			}
		}
		if best < 0 {
			continue
		}
		pt := c.pts[best]
		m.hostAt, m.hostLat, m.hostLon = true, pt.lat, pt.lon
		if cc := anchors[ba].cc; bd <= bankKm && c.has(cc) {
			m.host = cc
		} else if pt.cc != ([2]byte{}) {
			m.host = pt.cc
		}
	}
}

// attachValleys attaches to course ci the gazetteer's sites and regions named "<river> Valley"
// for each of its names (without "river") within attachKm of its points: "the Nile valley" of a
// story about Khartoum is the valley's stretch there, not the point GeoNames gives it in Egypt.
// A valley already attached to a course keeps it. Run once after every course is loaded.
func (g *Gazetteer) attachValleys() {
	g.valleyOf = map[uint32]uint16{}
	var cands []cand
	for i := range g.courses {
		g.attachValley(uint16(i), &cands)
	}
}

func (g *Gazetteer) attachValley(ci uint16, buf *[]cand) {
	c := &g.courses[ci]
	if c.kind != courseRiver {
		return
	}
	cands := *buf
	defer func() { *buf = cands }()
	for _, name := range strings.Split(c.name, ";") {
		base := strings.TrimSpace(name)
		if l := strings.ToLower(base); strings.HasSuffix(l, " river") {
			base = base[:len(base)-len(" river")]
		}
		v := base + " Valley"
		cands = g.candidates(cands[:0], []byte(Key(v)), false)
		for _, cd := range cands {
			p := &g.places[cd.p]
			if !cd.prim || p.flags&flagSite == 0 && p.feat != featRegion || Key(p.name) != Key(v) {
				continue
			}
			if _, dup := g.courseOf[cd.p]; dup {
				continue
			}
			if _, k := c.nearest(float64(p.lat), float64(p.lon)); k > attachKm {
				continue
			}
			g.valleyOf[cd.p] = ci
		}
	}
}

// hyphenAdjective returns the first token of a place entity after a hyphenated adjective the
// tagger took into it: "[Serb-dominated Republika Srpska]GPE", "[Kurdish-run Rojava]GPE",
// "[rebel-held Idlib]GPE" — a word, a glued hyphen and a lower-case participle (dominated, run,
// held, controlled, led, occupied, administered, majority, populated, speaking) before a
// capitalised name. Else ts.
func (r *resolver) hyphenAdjective(ts, te int) int {
	t := r.toks
	if te-ts < 4 || !t[ts].word || t[ts+1].word || r.tokText(ts+1) != "-" || t[ts+1].s != t[ts].e || t[ts+2].s != t[ts+1].e || !t[ts+2].word || t[ts+2].cap {
		return ts
	}
	switch r.low(ts + 2) {
	case "dominated", "run", "held", "controlled", "led", "occupied", "administered", "majority", "populated", "speaking", "governed", "ruled", "backed":
	default:
		return ts
	}
	if !t[ts+3].word || !t[ts+3].cap || r.text[t[ts+2].e:t[ts+3].s] != " " {
		return ts
	}
	return ts + 3
}

// prefixSplit reads a person- or organisation-tagged prefix word of a feature whose name the
// tagger tagged apart: "crossing the [Puente]ORG de la [Unidad Nacional]GPE" is one bridge, "the
// [Passo]PER di [Gavia]GPE" one pass. The prefix (rule 27's words and ofPrefixes) must open a
// whole name through its particles (a weak word after "the" or in a place frame); a known name is
// that place, else an unknown site placed by rule 22. The later entity inside it is then skipped
// (findMentions drops an entity that starts inside the previous mention).
func (r *resolver) prefixSplit(i int, en *model.Entity, a, b int) (mention, bool) {
	var m mention
	if en.Actor != "" || en.Label == model.NORP || b-a != 1 || !r.toks[a].cap {
		return m, false
	}
	w := r.low(a)
	kd, need := peakKind(w)
	if kd == siteNone {
		return m, false
	}
	e, ok := r.prefixName(a, need)
	if !ok || e <= b+1 {
		return m, false
	}
	the := a > 0 && r.toks[a-1].word && r.low(a-1) == "the"
	if (peakWeak[w] || need) && !the && !r.siteFrame(a) {
		return m, false
	}
	var tmp mention
	if r.lookup(&tmp, r.toks[a].s, r.toks[e-1].e) {
		return r.relabelledPlace(i, a, e, false)
	}
	m = mention{ent: i, best: -1, sent: r.toks[a].sent, unknown: true, feat: true, site: kd}
	m.ts, m.te, m.s, m.e, m.ps = a, e, r.toks[a].s, r.toks[e-1].e, r.toks[a].s
	r.hints(&m)
	return m, true
}

// sharePrefix reports two keys that begin with the same n bytes (or one is a prefix of the other).
func sharePrefix(a, b string, n int) bool {
	n = min(n, len(a), len(b))
	return a[:n] == b[:n]
}
