package geo

// Frames around a name: when a name the gazetteer knows is a place in context even though the
// tagger labelled it otherwise, and when a place name stands in a list governed by a place
// preposition or before a country's division (no metonymy). Tested in frames_test.go.

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// possNouns after "Y's X" (Y a country, X capitalised) make X a part of Y: "Venezuela's Apure
// state", "Ethiopia's Amhara region", "Ukraine's Donetsk city".
var possNouns = map[string]bool{
	"area": true, "enclave": true, "camp": true, "neighbourhood": true, "neighborhood": true,
	"coast": true, "city": true, "town": true, "village": true, "port": true, "hamlet": true,
	"suburb": true, "settlement": true, "villages": true, "towns": true, "cities": true,
}

// possPlace reads "Y's X …" after a country mention m (k: the first word after "'s"): X is a
// part of the country, not an organisation of its state, when a division, settlement or feature
// noun follows the capitalised run ("Venezuela's Apure state", "Cameroon's North-West region")
// or when the run is itself a place mention the gazetteer puts in that country ("Ukraine's
// Donetsk", "Syria's Idlib province").
func (r *resolver) possPlace(m *mention, k int) bool {
	toks := r.toks
	if m.best < 0 {
		return false
	}
	cc := r.g.places[m.cands[m.best].p].cc
	e := k
	for e < len(toks) && toks[e].sent == m.sent && e-k < 8 {
		if toks[e].word && toks[e].cap {
			if roleNouns[r.low(e)] && !r.possAdminRun(k, e) {
				return false // "Iran's Quds Force", "Syria's Republican Guard"
			}
			e++
			continue
		}
		if !toks[e].word && r.tokText(e) == "-" && toks[e].s == toks[e-1].e && e+1 < len(toks) && toks[e+1].s == toks[e].e && toks[e+1].word && toks[e+1].cap {
			e++
			continue
		}
		break
	}
	if e == k {
		return false
	}
	if e < len(toks) && toks[e].word && !toks[e].cap && toks[e].sent == m.sent && r.text[toks[e-1].e:toks[e].s] == " " {
		w := r.low(e)
		if adminWords[w] || featHeads[w] || possNouns[w] {
			return true
		}
		switch w {
		case "community", "communities", "tribe", "tribes", "clan", "clans", "people", "ethnic", "militia", "militias":
			return false // "Kenya's Turkana community": a people
		}
	}
	s, runEnd := toks[k].s, toks[e-1].e
	// after a place preposition the phrase is a place ("buries dozens in Myanmar's Hpakant"): a
	// town of the country by any of its names will do (session 20)
	loose := false
	if i := r.tokAt(m.ps) - 1; i >= 0 && toks[i].word && toks[i].sent == m.sent && !toks[i].cap && placePreps[r.low(i)] && r.low(i) != "of" {
		loose = true
	}
	for i := range r.ments {
		o := &r.ments[i]
		if o.s != s || o.metonymy {
			continue
		}
		if o.e != runEnd {
			return false // "Spain's Bilbao Vizcaya Argentaria": a name that only starts with a town's
		}
		for _, c := range o.cands {
			p := &r.g.places[c.p]
			// a short name ("Hue") only as the own name of a big town of that country
			if o.keyLen < 4 && !(c.prim && p.cc == cc && p.feat == featCity && p.pop >= 100000 && o.keyLen == 3) {
				continue
			}
			// (an exonym or spelling of a big town: "Yemen's Hodeidah" for Al Ḩudaydah)
			if (c.prim || (c.variant || p.pop >= 100000 || loose) && p.feat == featCity) && p.cc == cc && (p.feat == featAdmin1 || p.feat == featCity || p.feat == featRegion || p.feat == featAdmin2 && o.adminHint) {
				return true
			}
			// "Pakistan's Torkham": a border site on that country's edge
			if c.prim && (p.flags&flagSite != 0 || p.feat == featRegion && r.g.radius[c.p] <= 50) && p.cc != ([2]byte{}) && !r.g.farFrom(c.p, cc, 25) {
				return true
			}
		}
		return false
	}
	return false
}

// listAfterPrep reports a name listed after a place preposition: token i is the "and" or "or"
// before it, and the list before that ("Homs and", "Homs, Hama and") follows "in", "into",
// "across" … ("Protesters in Homs and Aleppo demanded …"). A sentence that opens with the
// preposition and a comma ("In Gaza, Egypt and Qatar said …") is a frame, not a list.
func (r *resolver) listAfterPrep(i, sent int) bool { return r.listPrep(i, sent) >= 0 }

// listPrep returns the place preposition that governs the list ending at token i (listAfterPrep),
// or -1.
func (r *resolver) listPrep(i, sent int) int {
	toks := r.toks
	k := i - 1
	names, comma := 0, false
	for n := 0; k >= 0 && n < 16 && toks[k].sent == sent; n++ {
		t := &toks[k]
		switch {
		case t.word && t.cap:
			names++
		case t.word:
			w := r.low(k)
			if w != "the" && w != "al" && w != "el" && w != "and" && w != "or" && dirWords[w] == "" && !gapAdj[w] {
				goto done
			}
		default:
			switch r.tokText(k) {
			case ",":
				comma = true
			case "-", "'", "’":
			default:
				goto done
			}
		}
		k--
	}
done:
	if names == 0 || k < 0 || !toks[k].word || toks[k].sent != sent || !placePreps[r.low(k)] {
		return -1
	}
	// "of" only after a place noun ("the villages of X and Y"; "the leaders of X and Y" act)
	if r.low(k) == "of" && !(k > 0 && toks[k-1].word && !toks[k-1].cap && toks[k-1].sent == sent && (cityNouns[r.low(k-1)] || placeNouns[r.low(k-1)])) {
		return -1
	}
	if comma && toks[k].sentStart {
		return -1
	}
	return k
}

// shortHead reports a preposition at token k that follows a short noun phrase opening its
// clause ("Protesters in …", "Thousands of residents in …", "…, said people in …"): the list
// after it belongs to that noun phrase, the subject of the verb after the list. After a
// clause that has its verb ("Gunmen shot at homes in Jerusalem and Israel responded") a name
// after "and" may start a new clause.
func (r *resolver) shortHead(k, sent int) bool {
	toks := r.toks
	n := 0
	for j := k - 1; j >= 0 && toks[j].sent == sent; j-- {
		if !toks[j].word {
			if r.tokText(j) == "," || r.tokText(j) == ";" || r.tokText(j) == ":" {
				return n > 0
			}
			continue
		}
		w := r.low(j)
		if w == "that" || w == "said" || w == "says" {
			return n > 0
		}
		if n++; n > 4 || metVerbs[w] || auxVerbs[w] || strings.HasSuffix(w, "ed") && !toks[j].cap {
			return false
		}
	}
	return n > 0
}

// govPlace makes a place mention of an organisation-tagged name that the actor stage resolved
// to the government of the place so named ("Puntland forces launched …", "recognition of
// Somaliland"): the span is exactly the own name of a country, first-level division or region
// of the government's country. Such a name is treated as a country tagged GPE is: a place,
// or a metonym when context says so ("Puntland said").
func (r *resolver) govPlace(i int, en *model.Entity, ts, te int) (mention, bool) {
	if en.Label != model.ORG {
		return mention{}, false
	}
	var act *model.Actor
	if r.actorsOf == nil {
		// the actor mentions of each actor id, once per document (the first covering mention
		// of the entity's own actor, as a scan of all of them would find)
		r.actorsOf = make(map[string][]int, len(r.a.Actors))
		for k := range r.a.Actors {
			id := r.a.Actors[k].Actor.Actor
			r.actorsOf[id] = append(r.actorsOf[id], k)
		}
	}
	for _, k := range r.actorsOf[en.Actor] {
		am := &r.a.Actors[k]
		if am.Start <= en.Start && en.End <= am.End && am.Actor.Actor == en.Actor {
			act = &am.Actor
			break
		}
	}
	if act == nil || act.Kind != "GOV" || len(act.Country) != 2 {
		return mention{}, false
	}
	m := mention{ent: i, best: -1, sent: r.toks[ts].sent, relabel: true}
	if !r.place(&m, ts, te) || m.demonym || m.s != en.Start || m.e != en.End || m.dir != "" {
		return mention{}, false
	}
	ok := false
	for _, c := range m.cands {
		p := &r.g.places[c.p]
		if c.prim && string(p.cc[:]) == act.Country && (p.feat == featCountry || p.feat == featAdmin1 || p.feat == featRegion) {
			ok = true
		}
	}
	if !ok {
		return mention{}, false
	}
	r.hints(&m)
	r.prepare(&m)
	return m, true
}

// frameVerbs take places as objects, beside placeVerbs ("crossing the Darien Gap").
var frameVerbs = map[string]bool{
	"cross": true, "crossed": true, "crossing": true, "crosses": true, "fled": true, "fleeing": true,
	"flee": true, "reach": true, "reaches": true, "surrounding": true, "surrounded": true,
	"encircled": true, "encircling": true, "besieged": true, "neighbouring": false,
}

// framePreps before a name make it a place when the tagger labelled it a person or an
// organisation: the strict part of placePreps ("to", "from", "at", "of", "on" also take people).
var framePreps = map[string]bool{
	"in": true, "into": true, "near": true, "outside": true, "inside": true, "across": true,
	"throughout": true, "toward": true, "towards": true, "around": true, "through": true,
	"within": true,
}

// ofFrames before "of X" make X a place: "much of X", "the outskirts of X".
var ofFrames = map[string]bool{
	"much": true, "parts": true, "part": true, "most": true, "outskirts": true, "suburbs": true,
	"streets": true, "centre": true, "center": true, "rest": true, "residents": true,
	"inhabitants": true, "east": true, "west": true, "north": true, "south": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
}

// taggedPlace makes a place mention of a name tagged as a person, organisation or nationality
// (no actor) when the gazetteer knows it by its own name as a country, division, region or town
// and the words around it make it a place (knownFrame): "seizing [Chasiv Yar]PER, a hilltop
// town west of Bakhmut", "in the [Kurdistan Region of Iraq]ORG", "Ethiopia's [Amhara]NORP
// region", "the [Cauca]ORG department", "neighbouring [Beit Lahia]PER". An organisation-tagged
// name that is exactly a region of the supplement ("the Donbas", "the Darien Gap") needs no frame.
func (r *resolver) taggedPlace(i int, en *model.Entity, ts, te int) (mention, bool) {
	if r.upperWindow(ts, te) {
		// (all-capitals copy: every reading place could return is rejected below as an
		// all-capitals name without a digit; the lookups are skipped)
		return mention{}, false
	}
	m := mention{ent: i, best: -1, sent: r.toks[ts].sent, relabel: true}
	found := r.place(&m, ts, te)
	if !found && en.Label == model.ORG {
		// "the Kurdistan Region of Iraq": a known name and "of" a country
		for k := ts + 1; k+1 < te; k++ {
			if r.toks[k].word && r.low(k) == "of" && r.toks[k+1].cap {
				var tail mention
				if r.lookup(&tail, r.toks[k+1].s, r.toks[te-1].e) && r.onlyCountry(&tail) {
					m = mention{ent: i, best: -1, sent: r.toks[ts].sent, relabel: true}
					found = r.place(&m, ts, k)
					// only a region or division of that country ("the University of
					// Jordan" is no town called University)
					ok := false
					for _, c := range m.cands {
						if p := &r.g.places[c.p]; c.prim && (p.feat == featRegion || p.feat == featAdmin1) {
							ok = true
						}
					}
					found = found && ok
				}
				break
			}
		}
	}
	// ("E1", the West Bank zone: a code with a digit that is a region's own name is no acronym)
	code := found && hasDigit(r.text[m.s:m.e]) && r.regionOwnName(&m)
	if !found || m.demonym || m.te-m.ts > 5 || isUpperText(r.text[m.s:m.e]) && !code || m.bareDir {
		return mention{}, false
	}
	allDir := true
	for k := m.ts; k < m.te; k++ {
		if r.toks[k].word && dirWords[r.low(k)] == "" {
			allDir = false
		}
	}
	// "the [West] Bank's largest city", "the [Central Africa] Republic": the tagger cut a
	// longer name; "in the South": a direction
	if allDir || m.te < len(r.toks) && r.toks[m.te].word && r.toks[m.te].cap && r.toks[m.te].sent == m.sent && r.text[r.toks[m.te-1].e:r.toks[m.te].s] == " " {
		return mention{}, false
	}
	r.hints(&m)
	region, division, town := false, false, false
	span := r.text[m.s:m.e]
	if m.adminHint && m.te-m.ts > 1 && adminWords[r.low(m.te-1)] {
		span = r.text[m.s:r.toks[m.te-2].e]
	}
	called := r.callFrame(&m) || r.capitalFrame(&m)
	for _, c := range m.cands {
		p := &r.g.places[c.p]
		if !c.prim && !c.variant && !called {
			continue // (another name of a place: "the city Armenians call Stepanakert")
		}
		// the tagger said it is no place: the name must be spelled as the place's own
		// ("Deccan" is not Deçan, Kosovo, whose key it shares)
		// (the supplement's hand-written names are all its own)
		if c.prim && !c.variant && m.te-m.ts == 1 && !called && p.id != 0 && !ownSpelling(span, p.name) {
			continue
		}
		switch p.feat {
		case featRegion:
			region = p.flags&flagCommon == 0
		case featCountry, featAdmin1:
			division = true
		case featAdmin2:
			// a district with a point of its own (Somalia's districts bear their towns' names)
			division = division || m.adminHint || p.flags&flagApprox == 0 && p.pop > 0
		case featCity:
			town = town || p.flags&flagSection == 0
		}
	}
	if !region && !division && !town {
		return mention{}, false
	}
	if m.te-m.ts == 1 && (commonNames[r.low(m.ts)] || len(r.text[m.s:m.e]) < 4 && !code) {
		return mention{}, false
	}
	exact := m.s == r.toks[ts].s && m.e == r.toks[te-1].e
	if j := m.te; exact && j < len(r.toks) && r.toks[j].word && r.toks[j].sent == m.sent && (r.toks[j].cap || roleNouns[r.low(j)]) {
		exact = false // "Jammu and [Kashmir] Chief Minister": part of a title
	}
	// "[New Delhi]ORG suspended the treaty": a national capital by its own name, tagged as an
	// organisation with no actor, is the capital (a metonym when it acts)
	capital := false
	for _, c := range m.cands {
		if ci, ok := r.g.capital[r.g.places[c.p].cc]; ok && ci == c.p && c.prim && !c.variant {
			capital = true
		}
	}
	// "train services to [Machu Picchu]PER": a site or natural feature of two words or more by
	// its own name is no person's or organisation's name
	site := false
	for _, c := range m.cands {
		site = site || c.prim && r.g.places[c.p].flags&flagSite != 0 && m.te-m.ts >= 2 && r.g.places[c.p].flags&flagCommon == 0
	}
	// "the authorities of [Republika Srpska]ORG": a first-level division's own name of two
	// words or more is the division (metonymy is decided in context)
	division2 := false
	for _, c := range m.cands {
		division2 = division2 || c.prim && !c.variant && r.g.places[c.p].feat == featAdmin1 && m.te-m.ts >= 2 && !m.adminHint
	}
	if !((en.Label == model.ORG && (region || capital || division2) || site) && exact && m.keyLen >= 5) && !r.knownFrame(&m, division || region) && !(called && town) && !(town && exact && r.coordTown(&m, i)) {
		return mention{}, false
	}
	r.prepare(&m)
	m.other = otherKnown // (round 8: if every reading loses, the fallbacks may place it)
	return m, true
}

// knownFrame reports words around a tagged non-place name that make it a place: a place
// preposition or a verb that takes places before it ("in X", "seizing X", "crossing the X",
// "much of X"), also over a list ("in the northern Gaza Strip and neighbouring X"); an
// apposition after it ("X, a hilltop town west of …"); or — for a division or region — a
// lower-case administrative word after it ("the Cauca department", "Amhara region").
func (r *resolver) knownFrame(m *mention, division bool) bool {
	toks := r.toks
	j := m.te
	// a person's possessive ("in Jordan's words") is no place
	if j+1 < len(toks) && !toks[j].word && r.apos(j) && toks[j+1].word && r.low(j+1) == "s" {
		if !(j+2 < len(toks) && toks[j+2].word && geoNouns[r.low(j+2)]) {
			return false
		}
	}
	if division && m.adminHint && j < len(toks) && toks[j].word && !toks[j].cap && adminWords[r.low(j)] {
		return true
	}
	// "for Greene, Webster and Wright counties": a list before a plural administrative word
	if _, ok := r.listAdmin(m); ok && division && m.adminHint {
		return true
	}
	if m.townAppos {
		return true
	}
	if j+2 < len(toks) && r.tokText(j) == "," && toks[j+1].sent == m.sent {
		// "Wad Madani, capital of Gezira state", "X, the capital of Y": a capital
		if w := r.low(j + 1); (w == "capital" || (w == "the" || w == "a") && toks[j+2].word && r.low(j+2) == "capital") && !toks[j+1].cap {
			k := j + 2
			if w != "capital" {
				k++
			}
			if k < len(toks) && toks[k].word && r.low(k) == "of" {
				return true
			}
		}
		if w := r.low(j + 1); w == "a" || w == "an" || w == "the" {
			for k := j + 2; k < len(toks) && k <= j+4 && toks[k].word; k++ {
				if w := r.low(k); apposNouns[w] || adminWords[w] || cityNouns[w] {
					return k+1 < len(toks) && (!toks[k+1].word || framePreps[r.low(k+1)] || r.low(k+1) == "of" || dirWords[r.low(k+1)] != "" || r.low(k+1) == "west" || r.low(k+1) == "east")
				}
				if toks[k].cap {
					break
				}
			}
		}
	}
	k := r.tokAt(m.ps) - 1
	for k >= 0 && toks[k].word && toks[k].sent == m.sent && (r.low(k) == "the" || r.is(k, clsDirGap)) {
		k--
	}
	if k < 0 || !toks[k].word || toks[k].sent != m.sent {
		return false
	}
	w := r.low(k)
	switch {
	case framePreps[w] || placeVerbs[w] || frameVerbs[w]:
		return true
	case r.includingFrame(k, m.sent):
		return true
	case r.callFrame(m):
		return true
	case w == "of" && k > 0 && toks[k-1].word:
		p := r.low(k - 1)
		return ofFrames[p] || cityNouns[p] || placeNouns[p] && !toks[k-1].cap
	case w == "and" || w == "or":
		return r.listAfterPrep(k, m.sent) && r.listHead(k, m.sent)
	}
	return false
}

// listHead checks the word that governs the list ending at token i ("and"/"or") is a strict
// place preposition or a verb that takes places (listAfterPrep has checked the list's shape).
func (r *resolver) listHead(i, sent int) bool {
	toks := r.toks
	k := i - 1
	for ; k >= 0 && toks[k].sent == sent; k-- {
		if toks[k].word && !toks[k].cap {
			w := r.low(k)
			if w != "the" && w != "al" && w != "el" && w != "and" && w != "or" && dirWords[w] == "" && !gapAdj[w] {
				break
			}
		}
	}
	if k < 0 || !toks[k].word {
		return false
	}
	w := r.low(k)
	// "the municipalities of Ljubovija and X", "the towns of A, B and X"
	if w == "of" && k > 0 && toks[k-1].word && toks[k-1].sent == sent && !toks[k-1].cap {
		if p := r.low(k - 1); ofFrames[p] || cityNouns[p] || placeNouns[p] {
			return true
		}
	}
	return framePreps[w] || placeVerbs[w] || frameVerbs[w]
}

// notSubjectPreps before a name make it the object of a preposition, never the subject of the
// verb that follows ("support for Israel has grown", "talks with Iran will resume").
var notSubjectPreps = map[string]bool{
	"for": true, "with": true, "by": true, "against": true, "about": true, "under": true,
	"beyond": true, "without": true, "amid": true, "among": true, "despite": true,
	// (session 20: the places prepositions name, "ships waiting off Hodeidah could be diverted")
	"off": true, "along": true, "alongside": true, "past": true, "beside": true, "behind": true,
	"below": true, "above": true, "opposite": true, "beneath": true, "underneath": true,
	"unlike": true, "except": true,
}

// possDivision reports a name after a country's possessive and before an administrative word
// that is a first-level division of that country by its own name: "Cameroon's North-West
// region", whose name is only direction words.
func (r *resolver) possDivision(m *mention) bool {
	k := m.ts
	if !m.adminHint || k < 3 || r.low(k-1) != "s" || !r.apos(k-2) || r.toks[k-1].s != r.toks[k-2].e {
		return false
	}
	end := r.toks[k-2].s
	for i := range r.ments {
		o := &r.ments[i]
		if o.e != end || o.sent != m.sent {
			continue
		}
		for _, oc := range o.cands {
			if !oc.prim || r.g.places[oc.p].feat != featCountry {
				continue
			}
			for _, c := range m.cands {
				if p := &r.g.places[c.p]; c.prim && p.feat == featAdmin1 && p.cc == r.g.places[oc.p].cc {
					return true
				}
			}
		}
	}
	return false
}

// ownSpelling reports a name written as the place's own name, diacritics and case aside, or as
// its own name without a trailing administrative word ("Kech" for Kech District).
func ownSpelling(span, name string) bool {
	if sameSpelling(span, name, false) {
		return true
	}
	if short, ok := locativeShort(span); ok && sameSpelling(short, name, false) {
		return true // "Frankfurt an der Oder" for "Frankfurt (Oder)" (rule 64)
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 && adminWords[strings.ToLower(name[i+1:])] {
		return ownSpelling(span, name[:i])
	}
	// the article left out ("Suwayda" for As-Suwayda)
	if i := strings.IndexAny(name, "- "); i >= 2 && i <= 3 && i+1 < len(name) && connectors[strings.ToLower(name[:i])] {
		return sameSpelling(span, name[i+1:], false)
	}
	return false
}

// callFrame reports a name that the text says a place is called: "a town called X", "the city
// Armenians call X", "an area known as X".
func (r *resolver) callFrame(m *mention) bool {
	toks := r.toks
	k := r.tokAt(m.ps) - 1
	if k < 1 || !toks[k].word || toks[k].sent != m.sent {
		return false
	}
	switch w := r.low(k); {
	case w == "called" || w == "call" || w == "calls" || w == "named":
	case w == "as" && r.low(k-1) == "known":
		k--
	default:
		return false
	}
	for j, n := k-1, 0; j >= 0 && n < 4 && toks[j].sent == m.sent && toks[j].word; j, n = j-1, n+1 {
		if cityNouns[r.low(j)] || placeNouns[r.low(j)] && !toks[j].cap {
			return true
		}
	}
	return false
}

// includingFrame reports a list of names that a plural place noun and "including", "like" or
// "such as" govern, with token k the word before the name ("towns including Lalibela and X",
// "cities such as X").
func (r *resolver) includingFrame(k, sent int) bool {
	j := r.listGovernor(k, sent)
	return j >= 0 && (cityNouns[r.low(j)] || placeNouns[r.low(j)])
}

// listGovernor returns the lower-case word before "including", "like" or "such as" that opens
// the list of capitalised names token k ends ("villages including A, B and", "several
// villages, including A and": the comma is skipped, rule 25), or -1 when no such frame opens
// it within 16 tokens of its sentence.
func (r *resolver) listGovernor(k, sent int) int {
	toks := r.toks
	for n := 0; k >= 1 && n < 16 && toks[k].sent == sent; k, n = k-1, n+1 {
		if !toks[k].word {
			if t := r.tokText(k); t == "," || t == "-" {
				continue
			}
			return -1
		}
		w := r.low(k)
		if w == "including" || w == "like" || w == "as" && r.low(k-1) == "such" {
			j := k - 1
			if w == "as" {
				j--
			}
			if j >= 1 && r.tokText(j) == "," && w == "including" {
				j--
			}
			if j >= 0 && toks[j].word && toks[j].sent == sent && !toks[j].cap {
				return j
			}
			return -1
		}
		if toks[k].cap || w == "and" || w == "or" || connectors[w] {
			continue
		}
		return -1
	}
	return -1
}

// regionOwnName reports a mention with a region or feature of the supplement among its readings
// by its own name.
func (r *resolver) regionOwnName(m *mention) bool {
	for _, c := range m.cands {
		if c.prim && r.g.places[c.p].feat == featRegion {
			return true
		}
	}
	return false
}

// upperWindow reports tokens [ts-3, te+3) without an ASCII lower-case letter or a digit, every
// word with an ASCII capital (all-capitals copy): any span that place reads from [ts, te) lies
// in that window (widenHyphen and directionBefore reach three tokens back, "'s X" three
// forward), so isUpperText holds for it and no digit makes it a code (taggedPlace).
func (r *resolver) upperWindow(ts, te int) bool {
	if ts >= te {
		return false
	}
	a, b := max(0, ts-3), min(len(r.toks), te+3)
	for _, c := range []byte(r.text[r.toks[a].s:r.toks[b-1].e]) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			return false
		}
	}
	for k := a; k < b; k++ {
		if t := &r.toks[k]; t.word && !hasASCIIUpper(r.text[t.s:t.e]) {
			return false
		}
	}
	return true
}

// hasASCIIUpper reports an ASCII capital letter in s.
func hasASCIIUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}
