package geo

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Session 8, round 7 rules (tested in session8_test.go).

// sentCountries returns the countries of the places the sentence of mention i names by a reading
// (countries, divisions, towns and regions of a country; not sites or natural features, which
// cross borders, nor metonyms), leaving out mention i.
func (r *resolver) sentCountries(i int) (out [][2]byte) {
	m := &r.ments[i]
	for j := range r.ments {
		o := &r.ments[j]
		if j == i || o.sent != m.sent || o.best < 0 || o.metonymy || o.dateline != dlNone || r.acrossFromPlace(o) {
			continue
		}
		p := &r.g.places[o.cands[o.best].p]
		if p.cc == ([2]byte{}) || p.flags&flagSite != 0 {
			continue
		}
		cc := p.cc
		if o.host != ([2]byte{}) {
			cc = o.host
		}
		dup := false
		for _, x := range out {
			dup = dup || x == cc
		}
		if !dup {
			out = append(out, cc)
		}
	}
	return out
}

// taggedUnknownPlace places a name the tagger called a place (GPE or LOC, no actor) that every
// other rule left unplaced — a village, a river, a lake the gazetteer lacks ("residents of X
// helped", "the X river", "beside Lake X") — in the country its sentence or its document is
// about: the one country the sentence's places lie in; else the document's lead country (lead)
// when the sentence names no other; else, when the document has no lead, the one nationality
// word of the sentence of a country the document names ("a checkpoint in X, Guatemalan
// officials said"). Precision 3, approximate (the local and division fallbacks may then move
// it). Not when the name stands in an actor frame (a metonym in context: then it is more
// likely an organisation), is written in capitals, or its sentence speaks of "abroad".
func (r *resolver) taggedUnknownPlace(i int, lead func(int) ([2]byte, bool), named func([2]byte) bool) {
	m := &r.ments[i]
	if m.best >= 0 || m.hasFB || m.ent < 0 && !m.frameName || m.dateline != dlNone {
		return
	}
	if m.ent >= 0 {
		if en := &r.a.Entities[m.ent]; en.Label != model.GPE && en.Label != model.LOC && m.other == otherNone && !m.frameName || en.Actor != "" {
			return
		}
	}
	name := r.text[m.s:m.e]
	if isUpperText(name) && !r.roadCodeSpan(m.ts, m.te) || facilityWords[r.ltext[m.s:m.e]] || placeNouns[r.ltext[m.s:m.e]] || m.bareDir || m.demonym {
		return
	}
	lo, hi := r.sentRange(m.ts)
	for k := lo; k < hi; k++ {
		if r.toks[k].word && r.low(k) == "abroad" {
			return
		}
	}
	// "…," said Marie-Claire Nzue, a fishmonger in a village near X": the speaker of a quote
	// (session 13)
	if r.quotedSpeaker(m.ts, m.te) || r.personAppos15(m.te, m.sent) {
		return
	}
	// "Aymara farmers", "Nuer fighters": a people's name before the people
	if j := m.te; j < len(r.toks) && r.toks[j].word && !r.toks[j].cap && r.toks[j].sent == m.sent && (localPeople[r.low(j)] || peopleAfter[r.low(j)]) {
		return
	}
	// "beat Eastport City 2-1": a club's name
	if clubWords[r.low(m.te-1)] && m.te-m.ts >= 2 || m.te < len(r.toks) && r.toks[m.te].sent == m.sent && r.tokText(m.te) != "" && r.tokText(m.te)[0] >= '0' && r.tokText(m.te)[0] <= '9' {
		return
	}
	// the words around it must make it a place: the tagger's GPE is wrong often enough
	// ("death in custody of [Mahsa Amini]GPE", "a [Himalayan]GPE cave shrine", "win over
	// [Persiraja Banda Aceh]GPE"); a LOC the tagger is sure of needs none (rule 50)
	if !m.frameName && m.other == otherNone && !r.unknownPlaceFrame(i) && !r.framelessLOC(i) {
		return
	}
	// "Ollie had left Bunia": a name before a verb, outside a place phrase, is a subject
	if (m.other == otherNone || m.other == otherKnown || m.other == otherPrep) && r.subjectBeforeVerb(m) {
		return
	}
	var cc [2]byte
	sc := r.sentCountries(i)
	// "In X, close to the borders with China and Kyrgyzstan": neighbours, not X's country
	// (session 13)
	sc = slices.DeleteFunc(sc, func(c [2]byte) bool { return r.borderSide(m, c, true) })
	if len(sc) == 1 && !r.countryNamed(sc[0]) {
		sc = nil // "the Meridian and X neighbourhoods": a lone namesake town abroad says nothing
		if !dok0(lead, i) {
			return
		}
	}
	d, dok := lead(i)
	switch {
	case len(sc) == 1 && (!dok || sc[0] == d || named(sc[0])):
		cc = sc[0]
	case len(sc) == 0 && dok:
		if dc, ok := r.sentDemonym(m.sent, d); ok && !r.attackerDemonym(m.sent, dc) {
			return // "X, Ghanaian police said" in a Togo story: which side is unclear
		}
		cc = d
		if pc, ok := r.paraCountry(i); ok && pc != d && !r.demonymCompound(m) {
			cc = pc // (rule 95: the paragraph's one country over the story's lead)
		}
	case len(sc) == 0:
		dc, ok := r.sentDemonym(m.sent, [2]byte{})
		if !ok {
			// the one country of the places its paragraph names ("… toward the northern
			// suburbs of Athens. Residents of Nea Penteli and Dionysos were ordered to leave"
			// in a brief on Spain and Greece: rule 95, session 24)
			if pc, ok := r.paraCountry(i); ok && !r.demonymCompound(m) {
				cc = pc
				break
			}
		}
		if !ok || !named(dc) || r.attackerDemonym(m.sent, dc) || r.armedDemonym(m.sent, dc) {
			return
		}
		cc = dc
	default:
		return
	}
	r.inCountry(m, cc)
	if !m.hasFB {
		return
	}
	r.context(m)
	if m.metonymy && r.otherStrong(m) {
		m.metonymy, m.subjMet = false, false // "neighbourhoods such as X said": no actor
	}
	if m.metonymy {
		m.hasFB, m.metonymy, m.subjMet = false, false, false
	}
}

// attackerDemonym reports a nationality word of country cc in sentence sent that names an
// attacker's weapons or presence ("Israeli airstrikes", "Russian troops"): no evidence of where
// the place lies.
func (r *resolver) attackerDemonym(sent int, cc [2]byte) bool {
	return r.demonymBefore(sent, cc, func(w string) bool { return attackNouns[w] || foreignPresence[w] })
}

// demonymBefore reports a nationality word of cc in sentence sent followed by a word that noun
// accepts.
func (r *resolver) demonymBefore(sent int, cc [2]byte, noun func(string) bool) bool {
	lo, hi := r.sentRangeOf(sent)
	for k := lo; k < hi; k++ {
		t := &r.toks[k]
		if t.sent != sent || !t.word || !t.cap {
			continue
		}
		if dc, ok := r.demonymCC(k); !ok || dc != cc {
			continue
		}
		if n := k + 1; n < len(r.toks) && r.toks[n].word && r.toks[n].sent == sent && noun(r.low(n)) {
			return true
		}
	}
	return false
}

// peopleAfter are plural nouns of people: a name before them is a people's or a group's ("Aymara
// farmers") as often as a place's.
var peopleAfter = map[string]bool{
	"people": true, "women": true, "men": true, "leaders": true, "workers": true, "migrants": true,
	"refugees": true, "families": true, "voters": true, "communities": true, "community": true,
	"children": true, "youths": true, "youth": true, "elders": true, "traders": true, "miners": true,
	"groups": true, "militants": true, "fighters": true, "rebels": true, "militia": true,
	"militias": true, "soldiers": true, "troops": true, "forces": true, "police": true,
	"authorities": true, "officials": true, "activists": true, "protesters": true, "tribe": true,
	"tribes": true, "clan": true, "clans": true, "language": true, "speakers": true,
}

// sameFeature reports whether mention o's name is mention m's name with or without a natural
// feature or place noun after it ("the Tara river" … "the Tara canyon").
func (r *resolver) sameFeature(m, o *mention) bool {
	a, b := r.ltext[m.s:m.e], r.ltext[o.s:o.e]
	base := func(s string, te int) string {
		if te-1 >= 0 && te-1 < len(r.toks) && (r.is(te-1, clsFeatHead) || placeHeads[r.low(te-1)]) {
			if k := len(s) - len(r.low(te-1)); k > 1 && s[k-1] == ' ' {
				return s[:k-1]
			}
		}
		return s
	}
	return a == b || base(a, m.te) == base(b, o.te)
}

// oneSenseFB gives each place-tagged name left unplaced the fallback of another mention of the
// same name (or of the name with its feature noun) that round 7 placed.
func (r *resolver) oneSenseFB() {
	for i := range r.ments {
		m := &r.ments[i]
		if m.best >= 0 || m.hasFB || m.ent < 0 || m.dateline != dlNone {
			continue
		}
		if l := r.a.Entities[m.ent].Label; l != model.GPE && l != model.LOC || r.a.Entities[m.ent].Actor != "" {
			continue
		}
		for j := range r.ments {
			if o := &r.ments[j]; j != i && o.hasFB && o.best < 0 && o.dateline == dlNone && r.sameFeature(m, o) {
				m.fb, m.hasFB = o.fb, true
				m.fb.Name = r.text[m.s:m.e]
				r.context(m)
				break
			}
		}
	}
}

// capitalFrame reports "capital X" with a lower-case "capital" just before the name ("Abkhazia,
// whose capital Sukhumi lies …", "the capital Bamako"): a city, under any of its names.
func (r *resolver) capitalFrame(m *mention) bool {
	k := r.tokAt(m.ps) - 1
	if k < 1 || !r.toks[k].word || r.toks[k].cap || r.toks[k].sent != m.sent || r.low(k) != "capital" {
		return false
	}
	// ("the capital of X" is not this frame; "a capital Sukhumi" is no English)
	w := r.low(k - 1)
	return w == "whose" || w == "its" || w == "their" || w == "the" || w == "s" || w == "regional" || w == "provincial" || w == "national"
}

// coordTown reports a name the tagger called an organisation or a person that is coordinated
// with a place-tagged town of a country it has a town reading in ("said [Foča]ORG and Goražde
// upstream had also been hit", "between Goražde and [Foča]PER"): one list, one kind.
func (r *resolver) coordTown(m *mention, ent int) bool {
	ccs := map[[2]byte]bool{}
	for _, c := range m.cands {
		if p := &r.g.places[c.p]; c.prim && !c.variant && p.feat == featCity && p.flags&flagSection == 0 {
			ccs[p.cc] = true
		}
	}
	if len(ccs) == 0 {
		return false
	}
	// the partner: the entity just after "and"/"or" (or just before "X and")
	partner := func(k int) bool {
		for i := range r.a.Entities {
			en := &r.a.Entities[i]
			if i == ent || en.Start != r.toks[k].s || en.Label != model.GPE && en.Label != model.LOC {
				continue
			}
			var o mention
			if !r.lookup(&o, en.Start, en.End) {
				return false
			}
			// the partner's best-known reading: its biggest own-name town
			var best *place
			for _, c := range o.cands {
				if p := &r.g.places[c.p]; c.prim && p.feat == featCity && (best == nil || p.pop > best.pop) {
					best = p
				}
			}
			return best != nil && ccs[best.cc]
		}
		return false
	}
	if j := m.te; j+1 < len(r.toks) && r.toks[j].word && (r.low(j) == "and" || r.low(j) == "or") && r.toks[j+1].sent == m.sent && r.toks[j+1].cap {
		if partner(j + 1) {
			return true
		}
	}
	if k := m.ts - 1; k >= 1 && r.toks[k].word && (r.low(k) == "and" || r.low(k) == "or") {
		// back over the partner's words to its start
		for s := k - 1; s >= 0 && s >= k-4 && r.toks[s].sent == m.sent && r.toks[s].word && r.toks[s].cap; s-- {
			if partner(s) {
				return true
			}
		}
	}
	return false
}

func dok0(lead func(int) ([2]byte, bool), i int) bool {
	_, ok := lead(i)
	return ok
}

// countryNamed reports a mention of country cc in the document: the country itself or one of
// its divisions by a reading (not only its towns).
func (r *resolver) countryNamed(cc [2]byte) bool {
	for j := range r.ments {
		o := &r.ments[j]
		if o.best < 0 {
			continue
		}
		if p := &r.g.places[o.cands[o.best].p]; p.cc == cc && (p.feat == featCountry || p.feat == featAdmin1 || p.feat == featAdmin2 && p.flags&flagApprox == 0) {
			return true
		}
	}
	return false
}

// subjVerbs after a name make it the subject of a clause ("Ollie had left", "X said").
var subjVerbs = map[string]bool{
	"had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true,
	"will": true, "would": true, "said": true, "says": true, "told": true, "could": true,
	"can": true, "may": true, "might": true, "should": true, "did": true, "does": true,
	"announced": true, "denied": true, "claimed": true, "warned": true, "added": true,
}

// subjectBeforeVerb reports a name followed by a finite verb that no place preposition, place
// noun or "of" governs.
func (r *resolver) subjectBeforeVerb(m *mention) bool {
	j := m.te
	if j >= len(r.toks) || !r.toks[j].word || r.toks[j].cap || r.toks[j].sent != m.sent || !subjVerbs[r.low(j)] {
		return false
	}
	k := r.tokAt(m.ps) - 1
	for k >= 0 && r.toks[k].word && r.toks[k].sent == m.sent && (r.low(k) == "the" || dirWords[r.low(k)] != "") {
		k--
	}
	if k < 0 || !r.toks[k].word || r.toks[k].sent != m.sent {
		return true
	}
	w := r.low(k)
	return !(locPrepsBefore[w] || w == "of" || w == "beside" || w == "along" || w == "off" || w == "between" || placeVerbs[w])
}

// abroadArmed and armedNouns after a nationality word name armed men, who may be abroad ("after French forces
// withdrew").
var abroadArmed = map[string]bool{
	"militia": true, "fighters": true, "rebels": true, "jihadists": true, "mercenaries": true,
}

// armedDemonym reports a nationality word of cc in sentence sent before an armed noun.
func (r *resolver) armedDemonym(sent int, cc [2]byte) bool {
	return r.demonymBefore(sent, cc, func(w string) bool { return armedNouns[w] || abroadArmed[w] })
}

// clubWords end the names of sports clubs ("Eastport City", "Blackwood Rovers").
var clubWords = map[string]bool{
	"city": true, "united": true, "rovers": true, "wanderers": true, "athletic": true,
	"albion": true, "rangers": true, "fc": true, "club": true, "hotspur": true, "villa": true,
}

// capRunEnd returns the end (exclusive) of the run of capitalised words that starts at token k:
// at most three words of k's sentence, each one space after the last.
func (r *resolver) capRunEnd(k int) int {
	toks := r.toks
	j := k + 1
	for j < len(toks) && j < k+3 && toks[j].word && toks[j].cap && toks[j].sent == toks[k].sent && r.text[toks[j-1].e:toks[j].s] == " " {
		j++
	}
	return j
}

// townStateComma reports "X, Y" with Y (mention j, just after X) an agency abbreviation ("Mo.")
// or a name no list continues ("Marshfield, Missouri, on Tuesday"; not "Mosul, Anbar and
// Salahuddin", "Aleppo, Idlib, Hama"): the American way of writing a town with its state.
func (r *resolver) townStateComma(i, j int) bool {
	if j != i+1 {
		return false
	}
	n := &r.ments[j]
	if _, ok := r.abbr[n.s]; ok {
		return true // an abbreviation of a division read after "Place, " (findAbbrevs)
	}
	if i > 0 && r.ments[i-1].sent == r.ments[i].sent {
		// "Aleppo, Idlib": X itself continues a list ("in Homs, Aleppo, Idlib …")
		if gap := r.text[r.ments[i-1].e:r.ments[i].ps]; gap == ", " || gap == " and " || gap == ", and " {
			return false
		}
	}
	k := n.te
	if k >= len(r.toks) || r.toks[k].sent != n.sent {
		return true
	}
	switch t := r.tokText(k); {
	case t == ",":
		return !(k+1 < len(r.toks) && r.toks[k+1].word && r.toks[k+1].cap && r.toks[k+1].sent == n.sent) && !(k+1 < len(r.toks) && (r.low(k+1) == "and" || r.low(k+1) == "or"))
	case t == "and" || t == "or" || t == "&" || t == "/":
		return false
	case t == "(" || t == "." || t == ";" || t == ":" || t == "—" || t == "–" || t == "-":
		return true
	}
	if !r.toks[k].word || r.toks[k].cap {
		return false
	}
	// "in the hills around Kandy, Afghanistan recovered from …": a verb after the second name
	// may make it the subject of the next clause, no container: so when no reading of the first
	// lies in it ("Police in Kandy, Sri Lanka arrested …" keeps its container; session 22)
	if !clauseVerb(r.low(k)) {
		return true
	}
	m := &r.ments[i]
	if len(m.cands) == 0 {
		return true // ("Police in Garmsir, Afghanistan arrested …": a town the gazetteer lacks)
	}
	for _, c := range m.cands {
		for _, q := range n.cands {
			if c.p == q.p || r.g.inside(c.p, q.p) {
				return true
			}
		}
	}
	return false
}

// clauseVerb reports a lower-case word that is a finite verb opening a clause after a name:
// an auxiliary, a common verb of news, or a past form in -ed.
func clauseVerb(w string) bool {
	switch w {
	case "is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "may",
		"might", "must", "should", "did", "does", "do", "beat", "won", "lost", "took", "made", "said",
		"says", "sent", "began", "struck", "hit", "drew", "led", "kept", "held", "fell", "rose":
		return true
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed")
}

// inDlCont reports place p inside (or equal to) a container the dateline states.
func (r *resolver) inDlCont(p uint32) bool { return r.insideAny(p, r.dlCont) }

// insideAny reports whether place p is one of the containers cont or lies inside one.
func (r *resolver) insideAny(p uint32, cont []cand) bool {
	for _, c := range cont {
		if c.p == p || r.g.inside(p, c.p) {
			return true
		}
	}
	return false
}

// afterTownComma reports a division written after "Town, " ("WEST KELOWNA, B.C. (CP) —",
// "Marshfield, Missouri"): the town's qualifier, not the division the sentence is set in.
func (r *resolver) afterTownComma(i int) bool {
	if i == 0 {
		return false
	}
	m, o := &r.ments[i], &r.ments[i-1]
	return o.sent == m.sent && o.e <= m.ps && r.text[o.e:m.ps] == ", "
}

// portHeads after a name make it a port ("from Dung Quat port", "left Ketapang port"), a place
// whatever the tagger said.
var portHeads = map[string]bool{"port": true, "harbour": true, "harbor": true, "seaport": true}

// portVerbs take a port as object ("left Ketapang port", "sailed from …").
var portVerbs = map[string]bool{
	"left": true, "leaving": true, "leave": true, "leaves": true, "departed": true, "departing": true,
	"reached": true, "docked": true, "sailed": true, "arrived": true, "entered": true,
}

// sentRange returns the token range [lo, hi) of the sentence of token k.
func (r *resolver) sentRange(k int) (int, int) {
	sent := r.toks[k].sent
	lo, hi := k, k
	for lo > 0 && r.toks[lo-1].sent == sent {
		lo--
	}
	for hi < len(r.toks) && r.toks[hi].sent == sent {
		hi++
	}
	return lo, hi
}

// sentRangeOf returns the token range of sentence sent (via a mention of it when one exists).
func (r *resolver) sentRangeOf(sent int) (int, int) {
	for i := range r.ments {
		if r.ments[i].sent == sent {
			return r.sentRange(r.ments[i].ts)
		}
	}
	return 0, len(r.toks)
}

// cityParts are the parts of a city: "the northern suburb of X" lies by a city.
var cityParts = map[string]bool{
	"suburb": true, "suburbs": true, "neighbourhood": true, "neighborhood": true, "quarter": true,
	"neighbourhoods": true, "neighborhoods": true,
}

// cityPartFB places m, a part of a city at its country's point, at the city of cc the document
// names most (100,000 people or more): precision 2, approximate.
func (r *resolver) cityPartFB(m *mention, cc [2]byte) {
	count := map[uint32]int{}
	var best uint32
	bn := 0
	for j := range r.ments {
		o := &r.ments[j]
		if o.best < 0 {
			continue
		}
		pi := o.cands[o.best].p
		if p := &r.g.places[pi]; p.feat != featCity || p.cc != cc || p.pop < 100000 {
			continue
		}
		count[pi]++
		if n := count[pi]; n > bn {
			best, bn = pi, n
		}
	}
	if bn == 0 {
		return
	}
	cg := r.g.geo(best)
	m.fb = model.Geo{Name: m.fb.Name, Country: cg.Country, Admin1: cg.Admin1, Lat: cg.Lat, Lon: cg.Lon, Feature: "other", Precision: 2, Approximate: true}
}

// frameOfHeads before "of X" make an untagged unknown name X a place: people who live there and
// singular place nouns after "the" ("residents of X", "the port of X", "the village of X").
var frameOfHeads = map[string]bool{
	"residents": true, "villagers": true, "inhabitants": true, "townspeople": true,
	"port": true, "town": true, "village": true, "suburb": true, "district": true,
	"neighbourhood": true, "neighborhood": true, "hamlet": true, "township": true, "island": true,
}

// scanFrames adds the untagged capitalised names (one to three words, not opening a sentence,
// not known to the gazetteer, no entity over them) that a strong place frame governs: "residents
// of X", "the port/town/village of X", "the capital's X district". They are unknown places for
// the fallbacks (taggedUnknownPlace, the lead and capital rules).
func (r *resolver) scanFrames() {
	toks := r.toks
	taken := func(s, e int) bool {
		for i := range r.ments {
			if r.ments[i].s < e && s < r.ments[i].e {
				return true
			}
		}
		for i := range r.a.Entities {
			if en := &r.a.Entities[i]; en.Start < e && s < en.End && !(en.Start == s && en.End == e && en.Actor == "" && (en.Label == model.PERSON || en.Label == model.ORG)) {
				return true
			}
		}
		return false
	}
	// a person or organisation span without an actor over exactly the name ("the port of [Sa
	// Ky]PER") is relabelled
	entOf := func(s, e int) int {
		for i := range r.a.Entities {
			if en := &r.a.Entities[i]; en.Start == s && en.End == e {
				return i
			}
		}
		return -1
	}
	var added []mention
	for k := 3; k < len(toks); k++ {
		t := &toks[k]
		if !t.word || !t.cap || t.sentStart || r.low(k-1) != "of" && r.low(k-1) != "s" || r.is(k, clsCapStop) {
			continue
		}
		if _, dem := r.demonymCC(k); dem {
			continue
		}
		j := r.capRunEnd(k)
		if j < len(toks) && toks[j].word && toks[j].cap && toks[j].sent == t.sent {
			continue // a longer capitalised run
		}
		frame := false
		// "residents of X", "the port of X"
		if r.low(k-1) == "of" && toks[k-2].word && toks[k-2].sent == t.sent {
			h := r.low(k - 2)
			switch {
			case h == "residents" || h == "villagers" || h == "inhabitants" || h == "townspeople":
				frame = true
			case frameOfHeads[h] && !toks[k-2].cap:
				d := k - 3
				for d >= 0 && toks[d].word && !toks[d].cap && (r.is(d, clsDirGap)) {
					d--
				}
				frame = d >= 0 && toks[d].word && r.low(d) == "the"
			}
		}
		// "the capital's X district"
		if !frame && k >= 4 && r.low(k-1) == "s" && r.apos(k-2) && r.low(k-3) == "capital" && r.low(k-4) == "the" &&
			j < len(toks) && toks[j].word && !toks[j].cap && (cityParts[r.low(j)] || r.low(j) == "district" || r.low(j) == "districts") {
			frame = true
		}
		if !frame {
			continue
		}
		s, e := t.s, toks[j-1].e
		if taken(s, e) {
			continue
		}
		var tmp mention
		if r.lookup(&tmp, s, e) && r.primCand(&tmp) {
			continue // a known name is the scan's (another place's alternate name is no reading)
		}
		ent := entOf(s, e)
		m := mention{ent: ent, best: -1, sent: t.sent, unknown: true, feat: true, frameName: true, relabel: ent >= 0}
		m.ts, m.te, m.s, m.e, m.ps = k, j, s, e, s
		r.hints(&m)
		added = append(added, m)
		k = j
	}
	added = append(added, r.scanLocalDiv(taken, entOf)...)
	r.ments = append(r.ments, added...)
}

// unknownPlaceFrame reports words that make an unknown tagged name a place: a locative phrase
// (locative: "in X", "the villages of X", "X district"), "residents/villagers/outskirts of X",
// "beside/along/off/between/via X", a feature word in or after the name ("Lake X", "the X
// river"), never a possessive or a role noun after it ("El Chapo's sons", "X Military
// Administration head").
func (r *resolver) unknownPlaceFrame(i int) bool {
	m := &r.ments[i]
	if j := m.te; j+1 < len(r.toks) && !r.toks[j].word && r.apos(j) && r.low(j+1) == "s" {
		return false
	}
	if j := m.te; j < len(r.toks) && r.toks[j].word && r.toks[j].sent == m.sent && roleNouns[r.low(j)] {
		return false
	}
	if featPrefix[r.low(m.ts)] || r.is(m.te-1, clsFeatHead) || portHeads[r.low(m.te-1)] {
		return true
	}
	if j := m.te; j < len(r.toks) && r.toks[j].word && !r.toks[j].cap && r.toks[j].sent == m.sent && (r.is(j, clsFeatHead) || portHeads[r.low(j)]) {
		return true
	}
	if r.locative(i, 0) {
		return true
	}
	k := r.tokAt(m.ps) - 1
	for k >= 0 && r.toks[k].word && r.toks[k].sent == m.sent && (r.low(k) == "the" || dirWords[r.low(k)] != "") {
		k--
	}
	if k < 0 || !r.toks[k].word || r.toks[k].sent != m.sent {
		return false
	}
	if r.includingFrame(k, m.sent) {
		return true // "islands of the archipelago, including Matemo and X"
	}
	switch w := r.low(k); w {
	case "beside", "along", "off", "between", "via", "past", "alongside", "nearby":
		return true
	case "in", "near", "outside", "inside", "around", "across", "through", "into", "at", "from":
		return true // (also opening a sentence: "In X, the country's most populous …")
	case "of":
		return k > 0 && r.toks[k-1].word && (dwellerHeads[r.low(k-1)] || localPeople[r.low(k-1)])
	}
	return false
}

// quotedSpeaker reports the name at tokens [a, b) right after a speech verb and before a comma
// ("…," said Marie-Claire Nzue, a fishmonger): the one who spoke, a person. A place after
// "said" opens a reported clause ("said Kyiv had agreed"), with no comma.
func (r *resolver) quotedSpeaker(a, b int) bool {
	toks := r.toks
	if a == 0 || b >= len(toks) || !toks[a-1].word || toks[a-1].sent != toks[a].sent || toks[b].sent != toks[a].sent {
		return false
	}
	switch r.low(a - 1) {
	case "said", "says", "told", "added", "asked", "explained", "recalled":
		return r.tokText(b) == ","
	}
	return false
}
