package geo

import (
	"github.com/sitrep-dev/sitrep/internal/model"
)

// Rule 27 (session 10, helper feat): passes, peaks and ranges by their own words, US route
// numbers, compass words the tagger cut off a road's name, and features read abroad by a folded
// spelling. Extends rule 22 (sites.go): the same mention kinds and fallbacks, more words.

// peakPrefixes start the names of passes, peaks and alpine pastures in the languages of the
// mountains news names ("Passo Giau", "Paso Jama", "Colle delle Finestre", "Pic du Midi", "Piz
// Bernina", "Cima Coppi", "Monte Zoncolan", "Cerro Aconcagua", "Nevado del Ruiz", "Alpe di
// Siusi"). "Col" (a colonel without its particle) is sitePrefixWords' own.
var peakPrefixes = map[string]uint8{
	"passo": siteCross, "paso": siteCross, "colle": siteCross,
	"pic": siteWater, "piz": siteWater, "pizzo": siteWater, "cima": siteWater, "monte": siteWater,
	"mont": siteWater, "cerro": siteWater, "nevado": siteWater, "alpe": siteWater, "pico": siteWater,
	"volcán": siteWater, "volcan": siteWater,
}

// peakWeak are prefix words that are also given names or surnames ("Monte", "Cima", "Pico"):
// without "the" before them they need a place frame, as rule 22's weak heads do.
var peakWeak = map[string]bool{
	"pic": true, "cima": true, "monte": true, "mont": true, "cerro": true, "alpe": true, "pico": true,
	"pizzo": true, "piz": true,
}

// peakParticles stand between a prefix word and the name ("Col du Galibier", "Passo di Gavia",
// "Paso de los Libertadores", "Colle delle Finestre").
var peakParticles = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "di": true,
	"del": true, "della": true, "dello": true, "delle": true, "dei": true, "degli": true,
	"dal": true, "da": true, "do": true, "dos": true, "das": true, "los": true, "las": true,
	"el": true,
}

// elidedName reports a lower-case token that is an elided particle glued to a capitalised name:
// "d'Izoard", "l'Iseran", "d’Aubisque".
func (r *resolver) elidedName(k int) bool {
	t := &r.toks[k]
	return t.word && !t.cap && t.e-t.s >= 4 && elided(r.text[t.s:t.e])
}

// prefixName returns the end of a feature name opened by a prefix word at token a: the prefix,
// particles, and up to three capitalised words or an elided name ("Col d'Izoard", "Passo
// Giau", "Paso de los Libertadores"). needPart asks for a particle ("Col" alone is a colonel).
func (r *resolver) prefixName(a int, needPart bool) (int, bool) {
	toks := r.toks
	k := a + 1
	part := false
	for n := 0; n < 2 && k < len(toks) && toks[k].word && toks[k].sent == toks[a].sent && !toks[k].cap && peakParticles[r.low(k)]; n++ {
		k, part = k+1, true
	}
	if k >= len(toks) || !toks[k].word || toks[k].sent != toks[a].sent || r.text[toks[k-1].e:toks[k].s] != " " {
		return 0, false
	}
	if r.elidedName(k) {
		return k + 1, true
	}
	if !toks[k].cap || needPart && !part {
		return 0, false
	}
	e := k + 1
	for e < len(toks) && e < k+3 && toks[e].word && toks[e].cap && toks[e].sent == toks[a].sent && r.text[toks[e-1].e:toks[e].s] == " " {
		e++
	}
	return e, true
}

// peakKind returns the kind of feature a prefix word opens at token a ("Passo Giau", "Col
// d'Izoard"): siteNone when a is no such word.
func peakKind(w string) (uint8, bool) {
	if kd := peakPrefixes[w]; kd != siteNone {
		return kd, false
	}
	if w == "col" {
		return siteCross, true
	}
	return ofPrefix(w) // rule 36 (feat12.go): "the Gap of Dunloe"
}

// prefixSite is siteKindOf's prefix test for [a, b): the pass and peak words above; weak for
// a word that is also a name ("Monte") without "the" before it.
func (r *resolver) prefixSite(a, b int) (uint8, bool) {
	w := r.low(a)
	kd, need := peakKind(w)
	if kd == siteNone {
		return siteNone, false
	}
	if e, ok := r.prefixName(a, need); ok && e == b {
		return kd, peakWeak[w] && !(a > 0 && r.toks[a-1].word && r.low(a-1) == "the")
	}
	return siteNone, false
}

// scanPeak reads an untagged pass or peak name at token k ("over the Col d'Izoard", "the Passo
// Giau"): it returns its end and kind.
func (r *resolver) scanPeak(k int) (int, uint8, bool) {
	if !r.is(k, clsPeak) {
		return 0, siteNone, false // (the class bit: asked of every capitalised word)
	}
	kd, need := peakKind(r.low(k))
	if kd == siteNone {
		return 0, siteNone, false
	}
	e, ok := r.prefixName(k, need)
	if !ok || peakWeak[r.low(k)] && !(k > 0 && r.toks[k-1].word && r.low(k-1) == "the") && !r.siteFrame(k) {
		return 0, siteNone, false
	}
	return e, kd, true
}

// usRouteEnd reads a US route number after the "U.S." or "US" token k: "U.S. 33", "U.S. Route
// 17", "US Highway 1"; it returns the end. A bare number needs a road's words after it ("along
// U.S. 33 to …", "U.S. 17 and Interstate 95"): "the U.S. 10-year yield", "U.S. 500 companies"
// are no roads.
func (r *resolver) usRouteEnd(k int) (int, bool) {
	toks := r.toks
	switch r.low(k) {
	case "u.s.", "us", "u.s":
	default:
		return 0, false
	}
	// "US-101": a glued hyphen and number
	if j := k + 1; r.low(k) == "us" && j+1 < len(toks) && toks[j].s == toks[k].e && r.tokText(j) == "-" && toks[j+1].s == toks[j].e && isDigits(r.tokText(j+1)) && len(r.tokText(j+1)) <= 3 {
		return j + 2, true
	}
	j := k + 1
	if j >= len(toks) || toks[j].sent != toks[k].sent && r.low(k) != "u.s." || r.text[toks[k].e:toks[j].s] != " " {
		return 0, false
	}
	named := false
	switch r.low(j) {
	case "route", "highway", "hwy", "rte":
		if !toks[j].cap || j+1 >= len(toks) || r.text[toks[j].e:toks[j+1].s] != " " {
			return 0, false
		}
		j, named = j+1, true
	}
	w := r.tokText(j)
	if !isDigits(w) || len(w) > 3 || w[0] == '0' {
		return 0, false
	}
	e := j + 1
	if named || e >= len(toks) {
		return e, true
	}
	n := &toks[e]
	if n.s == toks[j].e {
		// glued: "U.S. 33," is a road, "U.S. 10-year", "U.S. 1,000", "U.S. 5%" are not
		switch c := r.text[n.s]; c {
		case '.', ',', ';', ':', ')':
			return e, !(e+1 < len(toks) && toks[e+1].s == n.e && isDigits(r.tokText(e+1)))
		}
		return 0, false
	}
	if !n.word {
		return e, true
	}
	if n.cap {
		switch r.low(e) {
		case "north", "south", "east", "west", "business", "bypass", "interchange":
			return e, true
		}
		return 0, false
	}
	if roadAfterCode[r.low(e)] || r.low(e) == "or" {
		return e, true
	}
	return 0, false
}

// usRoutes turns a "U.S." mention followed by a route number into the road ("stretches along the
// Hocking River and U.S. 33 to the edge of Hocking County": was the United States), a rule 22
// site that the fallbacks put near the places around it. Once per document, over the mentions.
func (r *resolver) usRoutes() {
	for j := range r.ments {
		m := &r.ments[j]
		if m.te != m.ts+1 || m.e-m.s > 4 || m.dateline != dlNone {
			continue
		}
		e, ok := r.usRouteEnd(m.ts)
		if !ok {
			continue
		}
		// the mention's text runs to the number; the rest of the span is a rule 22 road
		n := mention{ent: m.ent, best: -1, sent: m.sent, unknown: true, feat: true, site: siteRoad}
		n.ts, n.te, n.s, n.e, n.ps = m.ts, e, m.s, r.toks[e-1].e, m.s
		r.hints(&n)
		*m = n
	}
}

// compassSite reports a compass word tagged apart from the road or feature name after it
// ("[West]GPE [Tamar Highway]FAC", "[East] [Tamar Highway]"): for the compass entity it reports
// skip (the word is part of the next name, not Western Australia), and for the entity after it
// the token where the whole name starts.
func (r *resolver) compassSite(i, ts, te int) (int, bool) {
	ents := r.a.Entities
	en := &ents[i]
	if te == ts+1 && i+1 < len(ents) && compassWord(r.low(ts)) && r.toks[ts].cap {
		nx := &ents[i+1]
		if (nx.Label == model.FAC || nx.Label == model.LOC) && nx.Start == en.End+1 && en.End < len(r.text) && r.text[en.End] == ' ' {
			b := r.tokAt(nx.End)
			if b > te && b <= len(r.toks) && r.siteHead(b-1) {
				return ts, true
			}
		}
		return ts, false
	}
	if (en.Label == model.FAC || en.Label == model.LOC) && i > 0 && ts >= 1 && r.siteHead(te-1) {
		pv := &ents[i-1]
		if pv.End+1 == en.Start && r.text[pv.End] == ' ' && r.tokAt(pv.Start) == ts-1 && compassWord(r.low(ts-1)) && r.toks[ts-1].cap {
			return ts - 1, false
		}
	}
	return ts, false
}

// compassWord reports a bare compass word that opens names of roads ("West Tamar Highway").
func compassWord(w string) bool {
	switch w {
	case "west", "east", "north", "south", "northwest", "northeast", "southwest", "southeast":
		return true
	}
	return false
}

// siteHead reports a capitalised road or feature head word at token k.
func (r *resolver) siteHead(k int) bool {
	return k >= 0 && k < len(r.toks) && r.toks[k].word && r.toks[k].cap && r.siteHeadKind(k) != siteNone && !siteWeakHeads[r.low(k)]
}

// foldedFeature reports a feature filed under a country that the key's folding alone meets
// (doubled letters: "Sella Pass" meets India's Sela Pass): rule 20's folded spellings abroad, for
// sites and natural features as for small towns.
func foldedFeature(p *place) bool {
	return p.flags&flagSite != 0 && p.cc != [2]byte{}
}

// dropInnerScans removes the scanned mentions (no entity) that lie inside tokens [a, b) when no
// entity covers them and no other mention overlaps: the name of a pass or a peak read whole
// replaces the words the capitalised-run scan read in it. It reports whether it removed any.
func (r *resolver) dropInnerScans(a, b int, covered []bool) bool {
	for k := a; k < b; k++ {
		if covered[k] {
			return false
		}
	}
	sa, sb := r.toks[a].s, r.toks[b-1].e
	n := 0
	for j := range r.ments {
		if o := &r.ments[j]; o.s < sb && sa < o.e {
			if o.ent >= 0 || o.s < sa || o.e > sb {
				return false
			}
			n++
		}
	}
	if n == 0 {
		return false
	}
	out := r.ments[:0]
	for _, o := range r.ments {
		if !(o.s < sb && sa < o.e) {
			out = append(out, o)
		}
	}
	r.ments = out
	return true
}

// theFeature reads a person- or organisation-tagged name of one or two words after "the" that
// the gazetteer knows only as sites and natural features ("the [Galibier]PER road", "the final
// ramps of the [Glandon]PER", "past the [Lautaret]PER") as that place: people and organisations
// seldom take the article, and such names are no towns' ("the [Marmolada]ORG"); and a name the
// tagger cut before "Sea" or "Ocean" as the known sea ("as [Black]PER Sea rains cut").
func (r *resolver) theFeature(i int, en *model.Entity, a, b int) (mention, bool) {
	var m mention
	if en.Actor != "" || b-a > 2 {
		return m, false
	}
	// "(the) [Black]PER Sea": the tagger left out the head of a known sea or ocean
	if t := r.toks; b < len(t) && t[b].word && t[b].cap && t[b].sent == t[a].sent && r.text[t[b-1].e:t[b].s] == " " && (r.low(b) == "sea" || r.low(b) == "ocean") {
		if m, ok := r.relabelledPlace(i, a, b+1, false); ok && m.ts == a && m.te == b+1 {
			return m, true
		}
		return m, false
	}
	if a < 1 || !r.toks[a-1].word || r.low(a-1) != "the" || r.toks[a-1].sent != r.toks[a].sent {
		return m, false
	}
	var tmp mention
	if !r.lookup(&tmp, r.toks[a].s, r.toks[b-1].e) {
		return m, false
	}
	for _, c := range tmp.cands {
		if r.g.places[c.p].flags&flagSite == 0 {
			return m, false
		}
	}
	if m, ok := r.relabelledPlace(i, a, b, false); ok && m.ts == a && m.te == b {
		return m, true
	}
	return m, false
}

// spacedCode reads a road code written with a space before its number: "SR 99", "SH 1", "NH 44",
// "RN 7" (state, national and French-style national routes); it returns the end.
func (r *resolver) spacedCode(k int) (int, bool) {
	toks := r.toks
	if k+1 >= len(toks) || !toks[k].cap || toks[k].e-toks[k].s != 2 || toks[k+1].sent != toks[k].sent || r.text[toks[k].e:toks[k+1].s] != " " {
		return 0, false
	}
	switch r.tokText(k) {
	case "SR", "SH", "NH", "RN":
	default:
		return 0, false
	}
	w := r.tokText(k + 1)
	if !isDigits(w) || len(w) > 3 || w[0] == '0' {
		return 0, false
	}
	if e := k + 2; e < len(toks) && toks[e].s == toks[k+1].e && toks[e].word {
		return 0, false
	}
	return k + 2, true
}
