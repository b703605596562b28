package geo

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Session 11, helper feat11 (README rule 32): features and regions by the name's own letters and
// words. (1) A name written with diacritics is not a namesake spelled without them when a
// reading carries the written spelling ("crossed the Darién" is Panama's Darién, not Darien,
// Illinois). (2) A feature's name that the tagger cut, whatever label it gave the piece, is the
// whole name when the longer phrase is a known site or feature: "the [Giant]ORG's Causeway",
// "the [Cliffs]ORG of Moher", "as far south as King [Island]GPE", "Queen's [Bridge]GPE".

// accentSpelling drops a mention's own-name readings spelled without the diacritics the text
// writes, when another own-name reading is spelled exactly as written: the writer's accent
// tells Darién (Panama) from Darien (Illinois, Connecticut), Bogotá from Bogota, New Jersey.
// Only towns are dropped: GeoNames writes many divisions' names in ASCII ("Cordoba" province
// of Argentina), and readings by alternate names and names spelled with other diacritics stay.
func (r *resolver) accentSpelling(m *mention) {
	if m.s >= m.e || m.e > len(r.text) || len(m.cands) < 2 {
		return
	}
	span := r.text[m.s:m.e]
	if isASCII(span) {
		return
	}
	exact := false
	for _, c := range m.cands {
		if c.prim && strings.EqualFold(r.g.places[c.p].name, span) {
			exact = true
			break
		}
	}
	if !exact {
		return
	}
	drop := func(c cand) bool {
		p := &r.g.places[c.p]
		return c.prim && p.feat == featCity && isASCII(p.name) && sameSpelling(span, p.name, false)
	}
	n := 0
	for _, c := range m.cands {
		if drop(c) {
			n++
		}
	}
	if n == 0 {
		return
	}
	kept := make([]cand, 0, len(m.cands)-n) // (m.cands may share the lookup pool)
	for _, c := range m.cands {
		if !drop(c) {
			kept = append(kept, c)
		}
	}
	m.cands = kept
}

// cutPreps are sentence-initial function words that begin no feature name with the next word
// ("In [Baghdad]", "After [Mosul]"): cutFeature does not look such a pair up.
var cutPreps = map[string]bool{"in": true, "at": true, "on": true, "from": true, "to": true, "for": true,
	"after": true, "before": true, "but": true, "and": true, "or": true, "when": true, "while": true,
	"as": true, "with": true, "by": true, "during": true, "since": true, "near": true, "of": true,
	"if": true, "although": true, "though": true, "despite": true, "meanwhile": true, "across": true,
	"inside": true, "outside": true, "throughout": true, "around": true, "into": true, "between": true}

// cutFeature reads tokens [a, b) of a tagged span as the piece of a longer feature name the
// tagger cut: the words after it through a possessive or "of" ("[Giant]'s Causeway",
// "[Cliffs] of Moher"), or a capitalised word before it, with or without a possessive ("King
// [Island]", "Queen's [Bridge]"). The longer phrase must be the own name of a known site,
// feature or region, and the span alone no place's own name; it returns the longer name's
// tokens.
func (r *resolver) cutFeature(a, b int) (int, int, bool) {
	if a >= b || b > len(r.toks) {
		return 0, 0, false
	}
	// a place's own name stays itself ("Island" keys Island County by its stripped
	// administrative word: that is no own name); looked up only once a longer name is found
	ownName := func() bool {
		var tmp mention
		if !r.lookup(&tmp, r.toks[a].s, r.toks[b-1].e) {
			return false
		}
		span := r.text[r.toks[a].s:r.toks[b-1].e]
		for _, c := range tmp.cands {
			if c.prim && sameSpelling(span, r.g.places[c.p].name, false) {
				return true
			}
		}
		return false
	}
	sent := r.toks[a].sent
	capWord := func(k int) bool {
		return k >= 0 && k < len(r.toks) && r.toks[k].word && r.toks[k].cap && r.toks[k].sent == sent
	}
	apos := func(k int) bool {
		if k < 0 || k+1 >= len(r.toks) {
			return false
		}
		t := r.tokText(k)
		return (t == "'" || t == "’") && r.low(k+1) == "s" && r.toks[k].s == r.toks[k-1].e && r.toks[k+1].s == r.toks[k].e
	}
	spaced := func(k int) bool { return k > 0 && r.text[r.toks[k-1].e:r.toks[k].s] == " " }
	try := func(s, e int) bool {
		var long mention
		if !r.lookup(&long, r.toks[s].s, r.toks[e-1].e) {
			return false
		}
		// a site, feature or region; or any place by its own name ("King Island", Tasmania's
		// municipality of the island)
		phrase := r.text[r.toks[s].s:r.toks[e-1].e]
		for _, c := range long.cands {
			p := &r.g.places[c.p]
			if c.prim && ((p.flags&flagSite != 0 || p.feat == featRegion) && p.feat != featCity || sameSpelling(phrase, p.name, false)) {
				return true
			}
		}
		return false
	}
	// after: "'s X", "of X" (one or two capitalised words)
	k := b
	if apos(k) && k > 0 {
		k += 2
	} else if k < len(r.toks) && r.toks[k].word && r.low(k) == "of" && spaced(k) {
		k++
	} else {
		k = -1
	}
	if k > 0 && capWord(k) && spaced(k) {
		for e := k + 1; e <= k+2 && e <= len(r.toks); e++ {
			if !capWord(e-1) || e-1 > k && !spaced(e-1) {
				break
			}
			if try(a, e) {
				if ownName() {
					return 0, 0, false
				}
				return a, e, true
			}
		}
	}
	// before: "King [Island]", "Queen's [Bridge]"
	if spaced(a) {
		if capWord(a-1) && !cutPreps[r.low(a-1)] && try(a-1, b) {
			if ownName() {
				return 0, 0, false
			}
			return a - 1, b, true
		}
		if a >= 3 && apos(a-2) && capWord(a-3) && try(a-3, b) {
			if ownName() {
				return 0, 0, false
			}
			return a - 3, b, true
		}
	}
	return 0, 0, false
}

// cutFeatureMention makes the longer feature name around entity i's tokens [a, b) a place
// mention (see cutFeature), marking its tokens covered so the scan does not read them again.
func (r *resolver) cutFeatureMention(i, a, b int, covered []bool) bool {
	s, e, ok := r.cutFeature(a, b)
	if !ok {
		return false
	}
	m, ok := r.relabelledPlace(i, s, e, false)
	if !ok || m.ts != s || m.te != e {
		return false
	}
	for k := s; k < e; k++ {
		covered[k] = true
	}
	r.ments = append(r.ments, m)
	return true
}

// regionOnly reads a person- or organisation-tagged name without an actor as a place when
// its gazetteer readings are a region or natural feature of no country and at most small
// divisions of the same name ("sold to Europe
// and [Southeast Asia]PER", "snowmelt from the [Alps]ORG"): no person or organisation bears the
// name of a continent's part or a range. The name must stand alone: no possessive, hyphen or
// capitalised word after it ("Asia Pacific Fund", "Europe's"), no capitalised word before it.
func (r *resolver) regionOnly(i int, en *model.Entity, a, b int) (mention, bool) {
	var m mention
	if en.Actor != "" || b-a > 3 || a >= b {
		return m, false
	}
	t := r.toks
	if b < len(t) && t[b].sent == t[a].sent && (t[b].s == t[b-1].e && !(t[b].word == false && (r.tokText(b) == "," || r.tokText(b) == "." || r.tokText(b) == ";" || r.tokText(b) == ":")) ||
		t[b].word && t[b].cap && r.text[t[b-1].e:t[b].s] == " ") {
		return m, false
	}
	if a > 0 && t[a-1].sent == t[a].sent && t[a-1].word && t[a-1].cap && !t[a].sentStart && r.low(a-1) != "the" && !r.is(a-1, clsPlacePrep) {
		return m, false
	}
	var tmp mention
	if !r.lookup(&tmp, t[a].s, t[b-1].e) {
		return m, false
	}
	// (a second-level division may share the name: Jamaica's "Alps")
	wide := false
	for _, c := range tmp.cands {
		p := &r.g.places[c.p]
		switch {
		case p.feat == featRegion && p.cc == ([2]byte{}):
			wide = wide || c.prim
		case p.feat != featAdmin2:
			return m, false
		}
	}
	if !wide {
		return m, false
	}
	if m, ok := r.relabelledPlace(i, a, b, false); ok && m.ts == a && m.te == b {
		return m, true
	}
	return m, false
}

// pluralFeatHeads maps a lower-case plural feature noun to the head words of its items' names.
var pluralFeatHeads = map[string][]string{
	"reservoirs": {"Reservoir", "Dam"}, "dams": {"Dam", "Reservoir"}, "lakes": {"Lake"},
	"islands": {"Island"}, "glaciers": {"Glacier"}, "valleys": {"Valley"}, "bridges": {"Bridge"},
	"bays": {"Bay"}, "volcanoes": {"Volcano"},
}

// pluralFeature adds to a mention in a list that a plural feature noun closes the readings of its
// name with that noun's head ("the Victoria, Kotmale and Randenigala reservoirs": Victoria is
// the Victoria Dam of Sri Lanka as well as the Australian state; scoring then weighs them in
// context). Only the readings named "X Head" or "Lake X" that are sites or features are added.
func (r *resolver) pluralFeature(m *mention) {
	if m.ts >= m.te || m.te > len(r.toks) || m.s >= m.e {
		return
	}
	t := r.toks
	sent := t[m.ts].sent
	var heads []string
	for k, n := m.te, 0; k < len(t) && n < 14 && t[k].sent == sent; k, n = k+1, n+1 {
		if !t[k].word {
			if r.tokText(k) == "," {
				continue
			}
			break
		}
		w := r.low(k)
		if !t[k].cap {
			if hs, ok := pluralFeatHeads[w]; ok {
				heads = hs
				break
			}
			if w == "and" || w == "or" {
				continue
			}
			break
		}
	}
	if heads == nil {
		return
	}
	name := r.text[m.s:m.e]
	var tmp mention
	for _, h := range heads {
		long := name + " " + h
		if h == "Lake" {
			long = "Lake " + name
		}
		if r.lookupText(&tmp, long) {
			addNewCands(m, tmp.cands, func(c cand) bool {
				p := &r.g.places[c.p]
				return c.prim && p.flags&flagSite != 0 && sameSpelling(long, p.name, false)
			})
		}
	}
}
