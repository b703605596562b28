package geo

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Rule 22 (session 9, helper g3): named features and sites the gazetteer lacks.
//
// Local and regional news names roads ("the M6", "the Indus Highway", "Highway 39"), streets,
// bridges, border crossings, prisons, airports, ports, markets, parks, passes ("Col de Tende"),
// lakes and loughs, glaciers, valleys and rivers with a local word ("Kalu Ganga", "Bhote Koshi")
// that no gazetteer lists, and the tagger labels them anything: FAC, LOC, an organisation, a
// person, or nothing. When the name's own words mark it as a feature or a site (its head word, a
// prefix word, a road number), it is a place: a mention for the fallbacks (rule 5's containers
// and near-phrases, rule 11's site-in-a-town), and, when those leave it unplaced, a point in the
// story's country that the local machinery (localFallback: the nearest place its sentence or
// paragraph names; docDivision) then moves, or finally the dateline's town (siteDateline).

// Kinds of site a name's words mark (mention.site).
const (
	siteNone  = iota
	siteRoad  // roads, streets and numbered routes: in the country of the places around them
	siteCross // bridges, crossings, passes, tunnels: they join two countries; the story's side
	siteWater // rivers, lakes, loughs, glaciers, valleys and other natural features
	siteSpot  // prisons, airports, ports, markets, parks, camps, government houses
)

// siteHeadWords end the names of features and sites ("the Indus Highway", "Okanagan Mountain
// Park", "the Kalu Ganga"), capitalised as part of the name.
var siteHeadWords = map[string]uint8{
	"road": siteRoad, "highway": siteRoad, "motorway": siteRoad, "expressway": siteRoad,
	"freeway": siteRoad, "street": siteRoad, "avenue": siteRoad, "boulevard": siteRoad,
	"parkway": siteRoad, "turnpike": siteRoad, "bypass": siteRoad, "lane": siteRoad, "drive": siteRoad,
	"bridge": siteCross, "crossing": siteCross, "tunnel": siteCross, "pass": siteCross,
	"checkpoint": siteCross,
	"lough":      siteWater, "loch": siteWater, "lake": siteWater, "reservoir": siteWater, "dam": siteWater,
	"barrage": siteWater, "glacier": siteWater, "valley": siteWater, "gorge": siteWater,
	"canyon": siteWater, "falls": siteWater, "river": siteWater, "creek": siteWater, "canal": siteWater,
	"swamp": siteWater, "marsh": siteWater, "wetlands": siteWater,
	// local words for a river or a stream: Sinhala ganga and oya, Nepali koshi and khola, Hindi
	// nadi, Persian and Turkic darya, Urdu nullah, Tibetan tso (a lake)
	"ganga": siteWater, "oya": siteWater, "koshi": siteWater, "kosi": siteWater, "khola": siteWater,
	"nadi": siteWater, "darya": siteWater, "nullah": siteWater, "tso": siteWater,
	"prison": siteSpot, "jail": siteSpot, "gaol": siteSpot, "penitentiary": siteSpot,
	"airport": siteSpot, "airfield": siteSpot, "aerodrome": siteSpot, "port": siteSpot,
	"harbour": siteSpot, "harbor": siteSpot, "pier": siteSpot, "wharf": siteSpot, "docks": siteSpot,
	"market": siteSpot, "bazaar": siteSpot, "park": siteSpot, "camp": siteSpot, "house": siteSpot,
	"yard": siteSpot, "square": siteSpot, "plaza": siteSpot, "terminal": siteSpot,
	// round 2: Indian lakes and reservoirs ("Hussain Sagar", "Osman Sagar"); a surname too, so
	// weak: a place frame or a water word in its sentence
	"sagar": siteWater, "dock": siteSpot,
}

// siteWeakHeads name organisations as often as places ("Chatham House", "Scotland Yard",
// "Jurassic Park", "Camp David Accords"): only a place frame before the name makes it a site.
var siteWeakHeads = map[string]bool{
	"house": true, "yard": true, "camp": true, "market": true, "park": true, "port": true,
	"square": true, "plaza": true, "terminal": true, "lane": true, "drive": true, "pass": true,
	"checkpoint": true, "docks": true, "bazaar": true, "sagar": true, "dock": true,
}

// sitePrefixWords start the names of features ("Col de Tende", "Lough Erne", "Wadi X").
var sitePrefixWords = map[string]uint8{
	"col": siteCross, "lough": siteWater, "loch": siteWater, "lake": siteWater, "wadi": siteWater,
	"jebel": siteWater, "jabal": siteWater, "djebel": siteWater, "mount": siteWater,
	"river": siteWater,
}

// scanPrefixes start the untagged names scanSites adds ("the River Taff", "Lough Neagh").
var scanPrefixes = map[string]bool{"river": true, "lough": true, "loch": true, "wadi": true}

// mentionAt returns the mention spanning bytes [s, e) exactly, or -1.
func (r *resolver) mentionAt(s, e int) int {
	for j := range r.ments {
		if r.ments[j].s == s && r.ments[j].e == e {
			return j
		}
	}
	return -1
}

// siteOrgWords inside a name make it an organisation's, not a site's ("Algoma Steel", "Port
// Authority", "Highway Patrol", "Bank Street Group"): rule 18's organisation words without the
// ones sites carry ("park", "international", "church", "centre", "city").
func siteOrgWord(w string) bool {
	switch w {
	case "park", "international", "church", "centre", "center", "city", "post", "national":
		return false
	case "steel", "mills", "motors", "airlines", "patrol", "authority", "rangers", "records",
		"partners", "capital", "holdings", "energy", "mining", "resources", "petroleum", "oil",
		"gas", "power", "electric", "hotel", "hotels", "restaurant", "cafe", "films", "studios",
		"publishing", "books", "magazine", "journal", "review", "show", "festival", "awards",
		"prize", "fc", "sc", "rfc", "accords", "accord", "agreement", "treaty", "summit", "talks",
		"process", "doctrine", "declaration", "protocol":
		return true
	}
	return otherOrgWords[w] || clubWords[w]
}

// roadWords followed by a number name a numbered road ("Highway 39", "Route 1", "Interstate 95",
// "National Highway 44", "State Route 9").
var roadWords = map[string]bool{
	"highway": true, "route": true, "interstate": true, "motorway": true, "hwy": true,
	"autobahn": true, "autoroute": true, "autostrada": true, "expressway": true, "freeway": true,
}

// roadAfterCode are words after a bare road number ("the M6 near Carlisle", "the A12 was
// closed") that say it is a road, not a rifle, a mask or an aircraft ("the M4 carbine", "N95
// masks", "the A380").
var roadAfterCode = map[string]bool{
	"motorway": true, "road": true, "highway": true, "route": true, "corridor": true,
	"junction": true, "carriageway": true, "link": true, "toll": true, "near": true,
	"between": true, "at": true, "in": true, "from": true, "to": true, "towards": true,
	"toward": true, "outside": true, "northbound": true, "southbound": true, "eastbound": true,
	"westbound": true, "was": true, "were": true, "is": true, "has": true, "had": true,
	"remained": true, "reopened": true, "closed": true, "north": true, "south": true,
	"east": true, "west": true, "through": true, "around": true, "by": true, "and": true,
	"after": true, "on": true, "for": true, "where": true, "which": true, "close": true,
}

// roadBeforeCode before a bare road number make it a road ("on the M6", "along the N2",
// "closed the A12").
var roadBeforeCode = map[string]bool{
	"on": true, "along": true, "off": true, "onto": true, "via": true, "closed": true,
	"blocked": true, "shut": true, "reopened": true, "joined": true, "left": true,
}

// roadCode reports a road number at token k: a letter code of the British, Irish, French,
// South African and European road networks (M6, A12, B4076, N2, R56, E40) written as one token,
// or "I-95", "US-1", "SR-9", "NH-44", "N-5", "M-2" with a hyphen. It returns the end of the code.
func (r *resolver) roadCode(k int) (int, bool) {
	toks := r.toks
	if k >= len(toks) || !toks[k].word || !toks[k].cap {
		return 0, false
	}
	w := r.tokText(k)
	if len(w) >= 2 && len(w) <= 5 {
		c := w[0]
		digits := true
		for i := 1; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				digits = false
				break
			}
		}
		if digits && w[1] != '0' {
			n := len(w) - 1
			switch c {
			case 'M', 'N', 'R':
				if n <= 3 {
					return k + 1, true
				}
			case 'A':
				// (the Airbus A300-A380 family is no road)
				if n <= 4 && !(n == 3 && w[1] == '3' && w[3] == '0') {
					return k + 1, true
				}
			case 'B':
				if n >= 2 && n <= 4 { // (B2: an aircraft; Germany's "B87" needs a frame as any code does)
					return k + 1, true
				}
			case 'E':
				if n >= 2 && n <= 3 {
					return k + 1, true
				}
			}
		}
	}
	// (rule 58) two-letter national prefixes: Romania's "DN2", Portugal's "IC8", "IP3", "EN1",
	// Poland's "DK8", Italy's "SS106"; and Turkey's and Croatia's "D100", "D8"
	if len(w) >= 3 && len(w) <= 5 && isDigits(w[2:]) && w[2] != '0' {
		switch w[:2] {
		case "DN", "IC", "IP", "EN", "DK", "SS":
			return k + 1, true
		}
	}
	if len(w) >= 2 && len(w) <= 5 && w[0] == 'D' && isDigits(w[1:]) && w[1] != '0' { // (France's D1006)
		return k + 1, true
	}
	// "I-95", "US-1", "SR-9", "NH-44", "N-5", "M-2"
	if k+2 < len(toks) && toks[k+2].word && toks[k+1].s == toks[k].e && toks[k+2].s == toks[k+1].e && r.tokText(k+1) == "-" {
		switch w {
		case "I", "US", "SR", "NH", "N", "M", "SH", "BR", "RN":
			if isDigits(r.tokText(k+2)) && len(r.tokText(k+2)) <= 3 {
				return k + 3, true
			}
		}
	}
	return 0, false
}

// hasDigit reports an ASCII digit in s.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// isDigits reports a non-empty string of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// numberedRoad reports "Highway 39", "Route 1", "Interstate 95", "National Highway 44", "State
// Route 9", "US Route 66" starting at token k: it returns the end.
func (r *resolver) numberedRoad(k int) (int, bool) {
	toks := r.toks
	if e, ok := r.numberedRoad12(k); ok {
		return e, true // rule 34: "Route Nationale 1", "Ruta Nacional 3"
	}
	// (the number is one of the three tokens after k: a cheap test before the word lookups)
	num := false
	for j := k + 1; j <= k+3 && j < len(toks); j++ {
		if t := &toks[j]; t.e > t.s && r.text[t.s] >= '0' && r.text[t.s] <= '9' {
			num = true
			break
		}
	}
	if !num {
		return 0, false
	}
	j := k
	for n := 0; n < 2 && j < len(toks) && toks[j].word && toks[j].cap && !roadWords[r.low(j)]; n++ {
		switch r.low(j) {
		case "state", "national", "provincial", "us", "u.s", "u.s.", "county", "federal", "trans":
			j++
			continue
		}
		return 0, false
	}
	if j >= len(toks) || !toks[j].word || !toks[j].cap || !roadWords[r.low(j)] || j+1 >= len(toks) {
		return 0, false
	}
	if toks[j+1].sent != toks[j].sent || r.text[toks[j].e:toks[j+1].s] != " " || !isDigits(r.tokText(j+1)) || len(r.tokText(j+1)) > 4 {
		return 0, false
	}
	return j + 2, true
}

// siteKindOf returns the kind of site the words [a, b) name: a head word ("Indus Highway"), a
// prefix word before a capitalised name ("Col de Tende", "Lough Erne"), a numbered road; weak
// reports a head that names organisations as often ("Chatham House").
func (r *resolver) siteKindOf(a, b int) (kind uint8, weak bool) {
	if b <= a || b > len(r.toks) {
		return siteNone, false
	}
	if e, ok := r.numberedRoad(a); ok && e == b {
		return siteRoad, false
	}
	if e, ok := r.roadCode(a); ok && e == b {
		return siteRoad, false
	}
	for k := a; k < b; k++ {
		if r.toks[k].word && siteOrgWord(r.low(k)) {
			return siteNone, false
		}
	}
	if b-a >= 2 && r.toks[b-1].word && r.toks[b-1].cap && r.is(b-1, clsSiteHead) {
		if kd := siteHeadWords[r.low(b-1)]; kd != siteNone {
			return kd, siteWeakHeads[r.low(b-1)]
		}
	}
	if b-a >= 2 && r.toks[a].cap {
		if kd, wk := r.prefixSite(a, b); kd != siteNone {
			return kd, wk // rule 27: "Passo Giau", "Col d'Izoard", "the Monte Zoncolan"
		}
		if kd := r.sitePrefix(a); kd != siteNone && r.toks[a+1].word {
			// "Col de Tende", "Lough Erne": the word after the prefix (or its particle) is a name;
			// "Col" without its particle is a colonel ("Col Surasak")
			k := a + 1
			if kd == siteCross {
				if k+1 >= b || r.toks[k].cap {
					return siteNone, false
				}
				k++
			}
			if r.toks[k].cap {
				return kd, false
			}
		}
	}
	return siteNone, false
}

// siteFrame reports a place frame before the name at token a: a locative preposition or a verb
// that takes places, skipping "the" and lower-case adjectives ("outside Jamaica House", "at the
// Kirikiri Maximum Security Prison", "stormed the Central Market").
func (r *resolver) siteFrame(a int) bool {
	toks := r.toks
	k := a - 1
	for n := 0; n < 3 && k >= 0 && toks[k].word && toks[k].sent == toks[a].sent && !toks[k].cap; n++ {
		if w := r.low(k); w != "the" && (locPrepsBefore[w] || placeVerbs[w] || siteFrameWords[w]) {
			break
		}
		k--
	}
	if k < 0 || !toks[k].word || toks[k].sent != toks[a].sent {
		return false
	}
	w := r.low(k)
	return locPrepsBefore[w] && w != "to" && w != "from" || placeVerbs[w] || siteFrameWords[w]
}

// siteFrameWords are prepositions of place besides locPrepsBefore's.
var siteFrameWords = map[string]bool{"outside": true, "along": true, "past": true, "beside": true, "opposite": true, "inside": true}

// siteEntity reads a person- or organisation-tagged name (no actor) as the name of a feature or
// a site the gazetteer lacks when its words say so: a site word inside it ("[Okanagan Mountain
// Park]ORG"), a capitalised head word the tagger left out ("[Indus]ORG Highway", "[Kalu]PER
// Ganga"), a lower-case site noun after it ("the [Ghulam Khan]PER border crossing"), a prefix
// word before it ("Col de [Tende]PER"), or a plural feature noun after a list ("the Sun Koshi
// and [Arun]ORG rivers"). Known names are left to the rules that read them.
func (r *resolver) siteEntity(i int, en *model.Entity, a, b int) (mention, bool) {
	var m mention
	if en.Actor != "" || en.Label == model.NORP || b <= a || !r.toks[a].word || !r.toks[a].cap {
		return m, false
	}
	toks := r.toks
	s, e := a, b
	// a prefix word before the span ("Col de [Tende]", "Lough [Erne]")
	if k := s - 1; k >= 0 && toks[k].word && toks[k].sent == toks[s].sent {
		if !toks[k].cap && k >= 1 && (r.low(k) == "de" || r.low(k) == "du" || r.low(k) == "d") && toks[k-1].word && toks[k-1].cap && r.sitePrefix(k-1) == siteCross {
			s = k - 1
		} else if toks[k].cap && r.sitePrefix(k) != siteNone && r.text[toks[k].e:toks[s].s] == " " {
			s = k
		}
	}
	tail := 0
	if e < len(toks) && toks[e].word && toks[e].sent == toks[e-1].sent && r.text[toks[e-1].e:toks[e].s] == " " {
		if toks[e].cap && r.siteHeadKind(e) != siteNone {
			e++ // "[Indus] Highway", "[Kalu] Ganga"
		} else if !toks[e].cap {
			if n := r.siteTail(e); n > 0 {
				tail = n // "the [Ghulam Khan] border crossing", "the [Bhote Koshi] river"
			}
		}
	}
	kind, weak := r.siteKindOf(s, e)
	if kind != siteRoad && isUpperText(r.text[toks[s].s:toks[e-1].e]) {
		// (all-capitals copy: only a road keeps such a name below, and the readings after
		// this give no road; the river and apposition tests are skipped)
		return m, false
	}
	listed := false // a name listed before a plural feature noun
	if kind == siteNone && tail > 0 && e == b && s == a {
		kind = siteCross
		if w := r.low(e + tail - 1); featHeads[w] && w != "bridge" && w != "crossing" || w == "dam" || w == "reservoir" {
			kind = siteWater
		}
		for k := a; k < b; k++ {
			if toks[k].word && siteOrgWord(r.low(k)) {
				return m, false
			}
		}
	}
	if kind == siteNone && s == a && e == b && b-a <= 2 {
		// "the Sun Koshi and [Arun] rivers": a name listed before a plural feature noun
		if k := a - 1; k >= 0 && toks[k].word && (r.low(k) == "and" || r.low(k) == "or") && b < len(toks) && toks[b].word && !toks[b].cap && toks[b].sent == toks[a].sent && waterNouns[r.low(b)] {
			kind, listed = siteWater, true
		}
	}
	if kind == siteNone && s == a && e == b && r.riverMention(a, b) {
		// round 2: "rivers including the Pra, [Ankobra]PER and [Birim]PER", "the swollen
		// [Thaya]ORG" in a story that calls them rivers elsewhere
		kind, listed = siteWater, true
	}
	if kind == siteNone && s == a && e == b && b-a <= 2 && r.waterAppos(r.text[toks[a].s:toks[b-1].e]) {
		// "the [Sudd]ORG, one of the world's largest wetlands" (and the name's other mentions;
		// a key that meets another place's, "Sud" of Haiti, gives way to the apposition)
		kind, listed = siteWater, true
	}
	if kind == siteNone {
		return m, false
	}
	if weak && !r.siteFrame(s) && !r.strongPark(e) && !r.siteEventAfter(s, e) && !(kind == siteWater && r.waterSentence(s)) {
		return m, false
	}
	if isUpperText(r.text[toks[s].s:toks[e-1].e]) && kind != siteRoad {
		return m, false
	}
	// a name the gazetteer knows is read by the rules for known names; "the [Ghulam Khan]PER
	// border crossing" (a town's name and a site noun) is that place, as rule 8's "[Alau]ORG
	// dam" is
	var tmp mention
	if r.lookup(&tmp, toks[s].s, toks[e-1].e) {
		if tail > 0 && s == a && e == b && en.Label == model.PERSON {
			return r.relabelledPlace(i, a, b, false)
		}
		if (s < a || e > b) && !weak {
			// "[Kalu]PER Ganga", "Col de [Tende]" when the gazetteer knows the whole name: the
			// whole name's place
			return r.relabelledPlace(i, s, e, false)
		}
		if !(listed && !r.anySite(&tmp)) {
			return m, false
		}
	}
	m = mention{ent: i, best: -1, sent: toks[s].sent, unknown: true, feat: true, site: kind}
	m.ts, m.te, m.s, m.e, m.ps = s, e, toks[s].s, toks[e-1].e, toks[s].s
	r.hints(&m)
	return m, true
}

// scanSites adds the features and sites no entity covers: numbered roads ("the M6 near
// Carlisle", "on the I-95", "Highway 39") and capitalised names ending in a site word ("along
// the Indus Highway", "outside Jamaica House") that the gazetteer lacks.
func (r *resolver) scanSites(covered []bool) {
	toks := r.toks
	taken := func(a, b int) bool {
		for k := a; k < b; k++ {
			if covered[k] {
				return true
			}
		}
		sa, sb := toks[a].s, toks[b-1].e
		for j := range r.ments {
			if o := &r.ments[j]; o.s < sb && sa < o.e {
				return true
			}
		}
		return false
	}
	add := func(a, b int, kind uint8) {
		if kind == siteRoad && r.knownCode12(a, b) {
			return // rule 34: "the BR-230" is the gazetteer's Trans-Amazonian Highway
		}
		m := mention{ent: -1, best: -1, sent: toks[a].sent, unknown: true, feat: true, site: kind}
		m.ts, m.te, m.s, m.e, m.ps = a, b, toks[a].s, toks[b-1].e, toks[a].s
		r.hints(&m)
		r.ments = append(r.ments, m)
	}
	codes := r.roadCodes()
	rivers := r.riverNames()
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if !t.word || !t.cap {
			continue
		}
		if covered[k] {
			// "the [M6]FAC near Carlisle": a road number the tagger tagged, which rule 5's
			// unknown names leave out (capitals only); round 2: any number the story uses as a
			// road somewhere ("Storm closes [E6]ORG over Dovrefjell", "the [A-3]ORG to Madrid")
			if e, _, ok := r.anyRoadCode(k); ok && codes[r.text[toks[k].s:toks[e-1].e]] {
				if en := r.entityOf(k, e); en >= 0 && !taken2(r, k, e) {
					// (not feat: the entity keeps its label, FAC as a rule)
					m := mention{ent: en, best: -1, sent: toks[k].sent, unknown: true, feat: r.a.Entities[en].Label != model.FAC, site: siteRoad}
					m.ts, m.te, m.s, m.e, m.ps = k, e, toks[k].s, toks[e-1].e, toks[k].s
					r.hints(&m)
					r.ments = append(r.ments, m)
				}
			}
			continue
		}
		if e, ok := r.numberedRoad(k); ok && (k == 0 || !toks[k-1].word || !toks[k-1].cap || toks[k-1].sent != t.sent) {
			if !taken(k, e) {
				add(k, e, siteRoad)
			}
			k = e - 1
			continue
		}
		if e, _, ok := r.anyRoadCode(k); ok {
			if !taken(k, e) && codes[r.text[toks[k].s:toks[e-1].e]] {
				add(k, e, siteRoad)
			}
			k = e - 1
			continue
		}
		if len(rivers) > 0 && !(k > 0 && toks[k-1].word && toks[k-1].cap && toks[k-1].sent == t.sent) {
			// round 2: an untagged name the story calls a river ("rivers including the Pra,
			// …", "the Scheldt" beside "the Scheldt river")
			e := k + 1
			for e < len(toks) && e < k+3 && toks[e].word && toks[e].cap && toks[e].sent == t.sent && r.text[toks[e-1].e:toks[e].s] == " " && !covered[e] {
				e++
			}
			if r.riverMention(k, e) {
				if !taken(k, e) {
					var tmp mention
					if !r.lookup(&tmp, toks[k].s, toks[e-1].e) || !r.anySite(&tmp) {
						add(k, e, siteWater)
					}
				} else if j := r.mentionAt(toks[k].s, toks[e-1].e); j >= 0 && r.ments[j].ent < 0 && r.ments[j].best < 0 && r.ments[j].site == siteNone {
					r.ments[j].site, r.ments[j].feat = siteWater, true
				}
				k = e - 1
				continue
			}
		}
		if e, kind, ok := r.scanPeak(k); ok && !(k > 0 && toks[k-1].word && toks[k-1].cap && toks[k-1].sent == t.sent) {
			// rule 27: "over the Col d'Izoard", "the Passo Giau" (a scanned name inside an
			// unknown one, "Vergara" of "the Paso de Vergara", gives way)
			var tmp mention
			if !r.lookup(&tmp, toks[k].s, toks[e-1].e) && (r.dropInnerScans(k, e, covered) || !taken(k, e)) {
				add(k, e, kind)
			}
			k = e - 1
			continue
		}
		if t.sentStart || r.is(k, clsCapStop) || k > 0 && toks[k-1].word && toks[k-1].cap && toks[k-1].sent == t.sent {
			continue
		}
		// a capitalised run of two to four words ending in a site word
		e := k + 1
		for e < len(toks) && e < k+4 && toks[e].word && toks[e].cap && toks[e].sent == t.sent && r.text[toks[e-1].e:toks[e].s] == " " && !covered[e] {
			e++
		}
		if e-k < 2 || e < len(toks) && toks[e].word && toks[e].cap && toks[e].sent == t.sent {
			continue
		}
		// (cheap tests first: in all-capitals copy every word opens a run)
		if isUpperText(r.text[toks[k].s:toks[e-1].e]) || r.siteHeadKind(e-1) == siteNone && !scanPrefixes[r.low(k)] {
			continue
		}
		kind, weak := r.siteKindOf(k, e)
		if kind == siteNone || weak && !r.siteFrame(k) && !(kind == siteWater && r.waterSentence(k)) || taken(k, e) {
			continue
		}
		if r.orgTail(e) {
			continue
		}
		var tmp mention
		if r.lookup(&tmp, toks[k].s, toks[e-1].e) {
			continue
		}
		add(k, e, kind)
		k = e - 1
	}
}

// roadCodeFrame reports the words around a bare road number [k, e) that make it a road: "the"
// before it and a road word, a preposition or a verb after it ("the M6 near Carlisle", "the A12
// was closed"), or a preposition of movement before "the" ("on the N2", "along the M4").
func (r *resolver) roadCodeFrame(k, e int) bool {
	toks := r.toks
	p := k - 1
	if p > 0 && toks[p].word && !toks[p].cap && roadAdjs21[r.low(p)] && toks[p].sent == toks[k].sent {
		p-- // "the parallel D1006 near La Chambre", "the old N-234" (session 21)
	}
	if p < 0 || !toks[p].word || toks[p].sent != toks[k].sent || r.low(p) != "the" {
		return false
	}
	if q := p - 1; q >= 0 && toks[q].word && toks[q].sent == toks[k].sent && roadBeforeCode[r.low(q)] {
		// "on the M4" — unless a noun that is no road follows ("on the M4 carbine")
		return !(e < len(toks) && toks[e].word && !toks[e].cap && toks[e].sent == toks[k].sent && !roadAfterCode[r.low(e)])
	}
	if e >= len(toks) || toks[e].sent != toks[k].sent {
		return false
	}
	if !toks[e].word {
		return r.tokText(e) == "," && q2(r, e)
	}
	return !toks[e].cap && roadAfterCode[r.low(e)]
}

// q2 reports ", near", ", between" … after a road number: an apposition of place; or an
// apposition a road noun heads (", the main road linking Pemba", ", the only highway into …";
// session 21).
func q2(r *resolver, e int) bool {
	n := e + 1
	if n < len(r.toks) && r.toks[n].word && (r.low(n) == "near" || r.low(n) == "between" || r.low(n) == "north" || r.low(n) == "south" || r.low(n) == "east" || r.low(n) == "west") {
		return true
	}
	if n >= len(r.toks) || !r.toks[n].word || r.low(n) != "the" {
		return false
	}
	for j := n + 1; j < len(r.toks) && j <= n+3 && r.toks[j].word && !r.toks[j].cap && r.toks[j].sent == r.toks[e].sent; j++ {
		if roadNouns[r.low(j)] {
			return true
		}
	}
	return false
}

// roadOnThe21 after "on the X-NN" or "off the X-NN" make the code a road ("on the AP-7 instead",
// "off the N-5 near Lugo").
var roadOnThe21 = map[string]bool{
	"instead": true, "near": true, "between": true, "towards": true, "toward": true, "through": true,
	"past": true, "northbound": true, "southbound": true, "eastbound": true, "westbound": true,
}

// roadAdjs21 stand between "the" and a road number ("the parallel D1006", "the old N-234",
// "the busy M4").
var roadAdjs21 = map[string]bool{
	"old": true, "new": true, "main": true, "busy": true, "parallel": true, "congested": true,
	"nearby": true, "coastal": true, "national": true, "federal": true, "regional": true,
	"notorious": true, "key": true, "major": true,
}

// siteOf returns the kind of site a mention names: its own mark (siteEntity, scanSites) or, for
// a tagged name the gazetteer lacks, its words ("[Araniko Highway]FAC", "[Sun Koshi]LOC",
// "[Rustaveli Avenue]FAC") or a feature noun after it or its list.
func (r *resolver) siteOf(m *mention) (uint8, bool) {
	if m.site != siteNone {
		return m.site, false
	}
	if m.ent < 0 || m.best >= 0 {
		return siteNone, false
	}
	en := &r.a.Entities[m.ent]
	if en.Actor == "" && (en.Label == model.ORG || en.Label == model.PERSON) && m.feat {
		// round 2: an organisation- or person-tagged name another rule made an unknown
		// feature, before a site noun ("the [Ottenstein]ORG reservoir") or named a river
		for k := m.ts; k < m.te; k++ {
			if r.toks[k].word && siteOrgWord(r.low(k)) {
				return siteNone, false
			}
		}
		if r.riverMention(m.ts, m.te) {
			return siteWater, false
		}
		if n := r.siteTail(m.te); n > 0 {
			if w := r.low(m.te + n - 1); featHeads[w] && w != "bridge" && w != "crossing" || w == "dam" || w == "reservoir" {
				return siteWater, false
			}
			return siteCross, false
		}
		return siteNone, false
	}
	if en.Actor != "" || en.Label != model.FAC && en.Label != model.LOC && en.Label != model.GPE {
		return siteNone, false
	}
	kind, weak := r.siteKindOf(m.ts, m.te)
	if kind == siteNone && (r.listFeature(m) || r.siteTail(m.te) > 0 || r.waterListAfter(m) || r.riverMention(m.ts, m.te)) {
		kind = siteWater
	}
	return kind, weak
}

// waterNouns after a list of names make them rivers or lakes ("the Erne and Foyle catchments").
var waterNouns = map[string]bool{
	"catchment": true, "catchments": true, "estuary": true, "estuaries": true, "basin": true,
	"basins": true, "watershed": true, "watersheds": true, "rivers": true, "lakes": true,
	"glaciers": true, "valleys": true,
}

// waterListAfter reports a name followed, alone or with the rest of its list, by a water noun
// ("the Erne and Foyle catchments").
func (r *resolver) waterListAfter(m *mention) bool {
	toks := r.toks
	for k, n := m.te, 0; k < len(toks) && n < 8 && toks[k].sent == m.sent; k, n = k+1, n+1 {
		t := &toks[k]
		if !t.word {
			if r.tokText(k) != "," {
				return false
			}
			continue
		}
		if !t.cap {
			w := r.low(k)
			if waterNouns[w] {
				return true
			}
			if w != "and" && w != "or" {
				return false
			}
		}
	}
	return false
}

// anySite reports a candidate that is a site or a natural feature of the supplement.
func (r *resolver) anySite(m *mention) bool {
	for _, c := range m.cands {
		if r.g.places[c.p].flags&flagSite != 0 {
			return true
		}
	}
	return false
}

// strongPark reports "National Park", "Provincial Park", "Mountain Park" … ending at token e: a
// park by its kind, not an organisation's "Park".
func (r *resolver) strongPark(e int) bool {
	if e < 2 || r.low(e-1) != "park" {
		return false
	}
	switch r.low(e - 2) {
	case "national", "provincial", "state", "country", "mountain", "regional", "forest", "marine", "wildlife", "memorial", "nature":
		return true
	}
	return false
}

// siteEventAfter reports "the X fire", "the X blaze": an event noun after the name.
func (r *resolver) siteEventAfter(s, e int) bool {
	toks := r.toks
	return s >= 1 && e < len(toks) && toks[s-1].word && toks[e].word && toks[s-1].sent == toks[s].sent && toks[e].sent == toks[s].sent &&
		r.low(s-1) == "the" && (eventNouns[r.low(e)] || r.low(e) == "fire" || r.low(e) == "wildfire" || r.low(e) == "blaze")
}

// siteFallback places a feature or a site that every other rule left unplaced in the country of
// the story's side: the placement of another mention of its name, else the document's lead
// country (lead: a bridge or a river joins countries, and a road's sentence may name where a
// speaker came from), else the one country the places of its sentence lie in, else the
// dateline's country. Precision 3, approximate, feature "other", at the
// country's point: localFallback then moves it to the nearest place of that country its
// sentence or paragraph names, docDivision to the division the story is about, siteDateline to
// the dateline's town. Not a subject of a speech verb with a weak head ("Chatham House said"),
// nor a metonym in context.
func (r *resolver) siteFallback(i int, lead func(int) ([2]byte, bool)) {
	m := &r.ments[i]
	if m.best >= 0 || m.hasFB || m.dateline != dlNone || m.ent < 0 && !m.feat {
		return
	}
	kind, weak := r.siteOf(m)
	if kind == siteNone {
		return
	}
	if weak && r.subjectBeforeVerb(m) {
		return
	}
	// one name, one sense: another mention of the name placed already ("off Forest Avenue" …
	// "to cross Forest Avenue", said by a mother who "arrived from Kinshasa")
	name := r.ltext[m.s:m.e]
	for j := range r.ments {
		if o := &r.ments[j]; j != i && o.hasFB && o.best < 0 && o.dateline == dlNone && r.ltext[o.s:o.e] == name {
			m.fb, m.hasFB, m.site = o.fb, true, kind
			m.fb.Name = r.text[m.s:m.e]
			return
		}
	}
	sc := r.sentCountries(i)
	d, dok := lead(i)
	var cc [2]byte
	switch {
	case dok:
		cc = d
	case len(sc) == 1:
		cc = sc[0]
	default:
		var ok bool
		if cc, ok = r.datelineCC(); !ok {
			return
		}
	}
	r.inCountry(m, cc)
	if !m.hasFB {
		return
	}
	m.site = kind
	r.context(m)
	if m.metonymy && !weak {
		m.metonymy, m.subjMet = false, false // "the Araniko Highway reopened": a place
	}
	if m.metonymy {
		m.hasFB, m.metonymy, m.subjMet = false, false, false
	}
}

// datelineTown returns the mention of the dateline's town, read as a city: a dateline the
// reader found, or a name in capitals opening one of the body's first lines that the tagger
// tagged ("WINDSOR, Ontario (Reuters) —"); -1 when there is none.
func (r *resolver) datelineTown() int {
	for j := range r.ments {
		o := &r.ments[j]
		if o.s > dlMaxBytes {
			break
		}
		if o.dateline == dlNone && !(o.s == 0 || r.text[o.s-1] == '\n') || o.dateline == dlNone && strings.ToUpper(r.text[o.s:o.e]) != r.text[o.s:o.e] {
			continue
		}
		if o.best >= 0 && r.g.places[o.cands[o.best].p].feat == featCity {
			return j
		}
		return -1
	}
	return -1
}

// datelineCC returns the country of the dateline's town.
func (r *resolver) datelineCC() ([2]byte, bool) {
	if j := r.datelineTown(); j >= 0 {
		return r.g.places[r.ments[j].cands[r.ments[j].best].p].cc, true
	}
	return [2]byte{}, false
}

// siteDateline moves a site's fallback still at its country's point (no place of that country
// near it in the text, no division the story is about) to the story's town: the dateline's town
// when it lies in that country ("WINDSOR, Ontario — … parked across Huron Church Road"), else the
// town of that country the story names most, the lede's on a tie ("Police in Nairobi fired tear gas …
// ¶ … officers along Kenyatta Avenue"). Sites are those rule 22 marks and facility-tagged names.
// Precision 3 stays.
func (r *resolver) siteDateline() {
	town := -2 // the story's town by country, computed once
	var townCC [2]byte
	for i := range r.ments {
		m := &r.ments[i]
		if m.metonymy && m.best < 0 && m.hasFB && r.siteOperation(m) {
			m.metonymy, m.subjMet = false, false
		}
		if m.site == siteNone && !(m.ent >= 0 && r.a.Entities[m.ent].Label == model.FAC) {
			continue
		}
		cc, ok := r.countryPointFB(m)
		if !ok || m.dateline != dlNone {
			continue
		}
		if town == -2 || townCC != cc {
			town, townCC = r.storyTown(cc), cc
		}
		if town >= 0 {
			pg := r.g.geo(r.ments[town].cands[r.ments[town].best].p)
			m.fb.Lat, m.fb.Lon, m.fb.Admin1 = pg.Lat, pg.Lon, pg.Admin1
		}
	}
}

// storyTown returns the mention of the story's town in country cc: the dateline's, else the town
// the story names most (the first named of those named as often: the lede's); -1 when there is
// none.
func (r *resolver) storyTown(cc [2]byte) int {
	if j := r.datelineTown(); j >= 0 {
		if r.g.places[r.ments[j].cands[r.ments[j].best].p].cc == cc {
			return j
		}
		return -1
	}
	best, bn := -1, 0
	for j := range r.ments {
		o := &r.ments[j]
		if o.best < 0 || o.metonymy {
			continue
		}
		pi := o.cands[o.best].p
		if p := &r.g.places[pi]; p.cc != cc || p.feat != featCity {
			continue
		}
		if n := r.timesNamed(pi); n > bn {
			best, bn = j, n
		}
	}
	return best
}

// firstFocus returns the first country the focus rules give for mention i.
func firstFocus(i int, rules ...func(int) ([2]byte, bool)) ([2]byte, bool) {
	for _, f := range rules {
		if cc, ok := f(i); ok {
			return cc, true
		}
	}
	return [2]byte{}, false
}

// streetWords end the names of streets, which are often named after a town they lead to.
var streetWords = map[string]bool{
	"road": true, "street": true, "avenue": true, "boulevard": true, "lane": true, "drive": true,
	"rd": true, "st": true, "ave": true,
}

// streetNamedFor reports a street named after a place ("Huron Church Road", "London Road") in a
// story filed from a town 30 km or more from that place, which the story names nowhere else: the
// street lies in the dateline's town (rule 11's site rule places it there), not in the place it
// is named for (Huron County, Ohio, for a street of Windsor, Ontario).
func (r *resolver) streetNamedFor(m *mention, cut int, pi uint32) bool {
	if cut <= m.ts || !streetWords[r.low(m.te-1)] || !r.toks[m.te-1].cap {
		return false
	}
	name := r.ltext[r.toks[m.ts].s:r.toks[cut-1].e]
	for j := range r.ments {
		o := &r.ments[j]
		if o.s == m.s {
			continue
		}
		if o.best >= 0 && o.cands[o.best].p == pi || r.ltext[o.s:o.e] == name {
			return false
		}
	}
	p := &r.g.places[pi]
	if j := r.datelineTown(); j >= 0 {
		q := &r.g.places[r.ments[j].cands[r.ments[j].best].p]
		return Distance(float64(p.lat), float64(p.lon), float64(q.lat), float64(q.lon)) >= 30
	}
	return false
}

// siteOps are verbs of a site's operation: "Kelowna International Airport suspended flights", "the
// Araniko Highway reopened" say what happened at the place, not what an actor did.
var siteOps = map[string]bool{
	"suspended": true, "closed": true, "reopened": true, "halted": true, "cancelled": true,
	"canceled": true, "resumed": true, "shut": true, "diverted": true, "grounded": true,
	"flooded": true, "collapsed": true,
}

// siteOperation reports a site named by a strong head word ("Airport", "Highway", "Bridge"; not
// "House") that is the subject of a verb of its operation.
func (r *resolver) siteOperation(m *mention) bool {
	kind, weak := r.siteKindOf(m.ts, m.te)
	if kind == siteNone || weak {
		return false
	}
	for k := m.te; k < len(r.toks) && k < m.te+3 && r.toks[k].sent == m.sent && r.toks[k].word; k++ {
		if w := r.low(k); siteOps[w] {
			return true
		} else if !metSkip[w] {
			return false
		}
	}
	return false
}

// apposWater are the nouns of an apposition that calls a name a natural feature ("the Sudd, one
// of the world's largest wetlands", "the Tonle, a vast lake").
var apposWater = map[string]bool{
	"wetland": true, "wetlands": true, "swamp": true, "swamps": true, "marsh": true, "marshes": true,
	"lake": true, "lakes": true, "river": true, "rivers": true, "lagoon": true, "lagoons": true,
	"glacier": true, "glaciers": true, "reservoir": true, "delta": true, "estuary": true,
	"tributary": true, "floodplain": true,
}

// waterAppos reports a mention of name anywhere in the text followed by an apposition that calls
// it a natural feature: ", a|an|the [adjectives] NOUN" or ", one of the … NOUN", the noun within
// six words.
func (r *resolver) waterAppos(name string) bool {
	if r.appos == nil {
		r.appos = r.waterApposNames()
	}
	return r.appos[name]
}

// waterApposNames collects, in one pass over the tokens, the one-, two- and three-word names
// written directly before ", a/an/the/one" and a water word within the next seven tokens of
// the sentence (waterAppos; a search of the text per name was quadratic in long documents).
func (r *resolver) waterApposNames() map[string]bool {
	toks := r.toks
	out := map[string]bool{}
	for k := 1; k+2 < len(toks); k++ {
		if r.tokText(k) != "," || !toks[k+1].word || toks[k-1].e != toks[k].s {
			continue
		}
		switch r.low(k + 1) {
		case "a", "an", "the", "one":
		default:
			continue
		}
		water := false
		for j := k + 2; j < len(toks) && j <= k+8 && toks[j].sent == toks[k].sent; j++ {
			if !toks[j].word {
				if t := r.tokText(j); t != "'" && t != "’" && t != "-" {
					break
				}
				continue
			}
			if apposWater[r.low(j)] {
				water = true
				break
			}
		}
		if !water {
			continue
		}
		for n := 1; n <= 3 && k-n >= 0; n++ {
			out[r.text[toks[k-n].s:toks[k-1].e]] = true
		}
	}
	return out
}

// entityOf returns the entity spanning exactly tokens [k, e), without an actor, or -1.
func (r *resolver) entityOf(k, e int) int {
	s, end := r.toks[k].s, r.toks[e-1].e
	for i := range r.a.Entities {
		if en := &r.a.Entities[i]; en.Start == s && en.End == end && en.Actor == "" && en.Label != model.PERSON && en.Label != model.NORP {
			return i
		}
	}
	return -1
}

// taken2 reports a mention overlapping tokens [k, e).
func taken2(r *resolver, k, e int) bool {
	sa, sb := r.toks[k].s, r.toks[e-1].e
	for j := range r.ments {
		if o := &r.ments[j]; o.s < sb && sa < o.e {
			return true
		}
	}
	return false
}

// Round 2 (session 9, helper g3b): rivers named bare, hyphenated and article-less road codes,
// "sagar" lakes, water that rises is no speaker (classes of toponym-articles-dev8).

// riverNames returns the lower-cased names the story calls rivers: "X River" / "the X river"
// ("Pra River", "the Musi river"), "River X" ("River Taff"), the names of a list before
// "rivers" ("the Pra and Ankobra rivers") and after "rivers including / such as / like" ("rivers
// including the Pra, Ankobra and Birim"). Built once per document.
func (r *resolver) riverNames() map[string]bool {
	if r.rivers != nil {
		return r.rivers
	}
	r.rivers = map[string]bool{}
	toks := r.toks
	glued := func(a, b int) bool { return r.text[toks[a].e:toks[b].s] == " " }
	nameWord := func(k, sent int) bool {
		return k >= 0 && k < len(toks) && toks[k].word && toks[k].cap && toks[k].sent == sent && !r.is(k, clsCapStop) && r.low(k) != "the" && r.siteHeadKind(k) == siteNone
	}
	add := func(a, b int) {
		if b > a && b-a <= 3 {
			r.rivers[r.ltext[toks[a].s:toks[b-1].e]] = true
		}
	}
	// runBefore returns the start of a run of one or two name words ending before k.
	runBefore := func(k int) int {
		a := k
		for n := 0; n < 2 && nameWord(a-1, toks[k].sent) && glued(a-1, a); n++ {
			a--
		}
		return a
	}
	runAfter := func(k int) int {
		e := k
		if k >= len(toks) {
			return k
		}
		for n := 0; n < 2 && nameWord(e, toks[k].sent) && (e == k || glued(e-1, e)); n++ {
			e++
		}
		return e
	}
	for k := range toks {
		if !toks[k].word || !riverWordShape(r.low(k)) {
			continue
		}
		if k >= 2 && riverVerb(r.low(k)) {
			// "after the Traisen flooded a section of track", "the Mur burst its banks": a
			// bare name after "the" that floods
			if a := runBefore(k); a < k && a >= 1 && toks[a-1].word && r.low(a-1) == "the" && toks[a-1].sent == toks[k].sent {
				if r.low(k) != "burst" && r.low(k) != "broke" || k+2 < len(toks) && r.low(k+1) == "its" && r.low(k+2) == "banks" {
					add(a, k)
				}
			}
		}
		if k >= 2 && flowVerb13(r.low(k)) {
			// session 13: "the Kamenice flows into the Elbe", "the Drin, which flows past
			// Shkodër": a bare name after "the" (and ", which") that flows
			j := k
			if j >= 3 && toks[j-1].word && r.low(j-1) == "which" && r.tokText(j-2) == "," {
				j -= 2
			}
			if a := runBefore(j); a < j && a >= 1 && toks[a-1].word && r.low(a-1) == "the" && toks[a-1].sent == toks[k].sent {
				add(a, j)
			}
		}
		switch r.low(k) {
		case "mouth", "banks", "tributary", "headwaters", "estuary", "confluence":
			// session 13: "the mouth of the Mazaruni", "a tributary of the Ogooue", "the
			// confluence of the Sava and the Drina"
			if k+3 < len(toks) && r.low(k+1) == "of" && r.low(k+2) == "the" && toks[k+1].sent == toks[k].sent {
				if e := runAfter(k + 3); e > k+3 {
					add(k+3, e)
				}
			}
			// "the Nam Ou confluence"
			if r.low(k) == "confluence" {
				if a := runBefore(k); a < k && a >= 1 && toks[a-1].word && r.low(a-1) == "the" {
					add(a, k)
				}
			}
		case "swollen":
			// "the swollen Thaya", "the rain-swollen Magro"
			if e := runAfter(k + 1); k+1 < len(toks) && e > k+1 && (e >= len(toks) || !toks[e].word || toks[e].cap || r.siteHeadKind(e) == siteNone) {
				add(k+1, e)
			}
		case "river":
			if a := runBefore(k); a < k {
				add(a, k) // "Pra River", "the Musi river"
			}
			if (toks[k].cap || k > 0 && toks[k-1].word && r.low(k-1) == "the") && k+1 < len(toks) {
				if e := runAfter(k + 1); e > k+1 && glued(k, k+1) {
					add(k+1, e) // "River Taff"; rule 27: "the river Arc"
				}
			}
		case "rivers":
			// "the Pra and Ankobra rivers": the list before
			for j := k; ; {
				a := runBefore(j)
				if a == j {
					break
				}
				add(a, j)
				j = a - 1
				if j < 0 || toks[j].sent != toks[k].sent || !(r.tokText(j) == "," || toks[j].word && (r.low(j) == "and" || r.low(j) == "or")) {
					break
				}
				if j > 0 && r.tokText(j-1) == "," { // ", and"
					j--
				}
			}
			// "rivers including (the) Pra, Ankobra and Birim"
			j := k + 1
			if j < len(toks) && toks[j].word && (r.low(j) == "including" || r.low(j) == "like") {
				j++
			} else if j+1 < len(toks) && toks[j].word && r.low(j) == "such" && r.low(j+1) == "as" {
				j += 2
			} else {
				continue
			}
			for n := 0; n < 8 && j < len(toks) && toks[j].sent == toks[k].sent; n++ {
				if toks[j].word && r.low(j) == "the" {
					j++
					continue
				}
				e := runAfter(j)
				if e == j {
					break
				}
				add(j, e)
				j = e
				for j < len(toks) && toks[j].sent == toks[k].sent && (r.tokText(j) == "," || toks[j].word && (r.low(j) == "and" || r.low(j) == "or")) {
					j++
				}
			}
		}
	}
	return r.rivers
}

// riverVerb reports the verbs that after "the X" make X a river ("the Traisen flooded a
// section of track"). (A switch: riverNames asks it of every word.)
func riverVerb(w string) bool {
	switch w {
	case "flooded", "overflowed", "swelled", "burst", "broke":
		return true
	}
	return false
}

// flowVerb13 reports the verbs of flowing water that after "the X" make X a river ("the
// Kamenice flows into the Elbe").
func flowVerb13(w string) bool {
	switch w {
	case "flows", "flowed", "empties", "emptied", "meanders", "meandered":
		return true
	}
	return false
}

// riverAdjs may stand between "the" and a river's bare name ("the swollen Thaya").
var riverAdjs = map[string]bool{
	"swollen": true, "upper": true, "lower": true, "flooded": true, "overflowing": true,
	"polluted": true, "muddy": true, "mighty": true, "raging": true, "rising": true,
}

// riverMention reports tokens [a, b) naming a river the story calls one (riverNames), read as
// the river: after "the" (and adjectives: "the swollen Thaya") or inside a list after "the" or
// "including" ("rivers including the Pra, Ankobra and Birim"). "In Kabul" beside "the Kabul
// River" stays the town.
func (r *resolver) riverMention(a, b int) bool {
	toks := r.toks
	if b <= a || b-a > 3 || !r.riverNames()[r.ltext[toks[a].s:toks[b-1].e]] {
		return false
	}
	k := a - 1
	for n := 0; n < 10 && k >= 0 && toks[k].sent == toks[a].sent; n, k = n+1, k-1 {
		if !toks[k].word {
			if t := r.tokText(k); t != "," && t != "-" {
				return false
			}
			continue
		}
		switch w := r.low(k); {
		case w == "the" || w == "including":
			return true
		case riverAdjs[w] || w == "and" || w == "or" || w == "rain" || toks[k].cap && n > 0 || w == "river" && n == 0 && !toks[k].cap:
		default:
			return false
		}
	}
	return false
}

// looseCode reports a hyphenated road number of any network at token k ("V-31", "CV-33",
// "A-3", "AP-7", "N-35"): one to three capital letters, a hyphen and one to three digits,
// glued. It names aircraft and rifles as often ("F-16", "AK-47", "C-130"), so only a road frame
// makes it a road (looseRoad).
func (r *resolver) looseCode(k int) (int, bool) {
	toks := r.toks
	if k+2 >= len(toks) || !toks[k].word || !toks[k].cap || toks[k+1].s != toks[k].e || toks[k+2].s != toks[k+1].e || r.tokText(k+1) != "-" {
		return 0, false
	}
	w := r.tokText(k)
	if len(w) > 3 || strings.ToUpper(w) != w || !isDigits(r.tokText(k+2)) || len(r.tokText(k+2)) > 3 {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return 0, false
		}
	}
	if e := k + 3; e < len(toks) && toks[e].s == toks[e-1].e && toks[e].word {
		return 0, false // "H-1B"
	}
	return k + 3, true
}

// roadNouns after a road number say it is a road ("the V-31 motorway", "the E17 and E19
// motorways").
var roadNouns = map[string]bool{
	"motorway": true, "motorways": true, "road": true, "roads": true, "highway": true,
	"highways": true, "expressway": true, "freeway": true, "autovia": true, "autovía": true,
	"autopista": true, "bypass": true, "route": true, "routes": true, "carriageway": true,
}

// roadBeforeBare are words before a road number without an article ("Storm closes E6 over
// Dovrefjell", "cut NH-44 as the Godavari swells", "plan on SH1 being closed", "bury I-70 in
// Glenwood Canyon").
var roadBeforeBare = map[string]bool{
	"on": true, "along": true, "onto": true, "via": true, "closed": true, "closes": true,
	"closing": true, "close": true, "cut": true, "cuts": true, "blocked": true, "blocks": true,
	"blocking": true, "bury": true, "buries": true, "buried": true, "reopened": true,
	"reopens": true, "reopening": true, "shut": true, "shuts": true,
}

// roadAfterMore are words after a road number besides roadAfterCode's ("the CV-33 linking
// Torrent", "the N-35 along this stretch").
var roadAfterMore = map[string]bool{
	"linking": true, "connecting": true, "along": true, "over": true, "across": true,
	"into": true, "being": true, "below": true, "above": true, "as": true, "until": true,
	"instead": true, "would": true, "will": true, "remains": true, "since": true,
}

// codeFrame2 reports round 2's frames of a road number [k, e): a road noun right after it, an
// article-less verb or preposition of roads before it, or "the" before it and a word of
// roadAfterMore after it. strict is false for looseCode's numbers, which need a road noun
// after them or a sentence that names another road by its noun (roadSentence).
func (r *resolver) codeFrame2(k, e int, strict bool) bool {
	toks := r.toks
	after := func() (string, bool) {
		if e < len(toks) && toks[e].word && !toks[e].cap && toks[e].sent == toks[k].sent && r.text[toks[e-1].e:toks[e].s] == " " {
			return r.low(e), true
		}
		return "", false
	}
	w, ok := after()
	if ok && roadNouns[w] {
		return true
	}
	if ok && roadAdjs21[w] && e+1 < len(toks) && toks[e+1].word && toks[e+1].sent == toks[k].sent && roadNouns[r.low(e+1)] {
		return true // "the old N-234 national road" (session 21)
	}
	noNoun := !ok || roadAfterCode[w] || roadAfterMore[w]
	if p := k - 1; !strict && noNoun && p >= 0 && toks[p].word && toks[p].sent == toks[k].sent {
		// a road preposition says it of a code with a hyphen: "along K-18 towards Manhattan";
		// "on the AP-7 instead" (session 21)
		q := p
		if r.low(q) == "the" && q > 0 && toks[q-1].word && toks[q-1].sent == toks[k].sent {
			q--
		}
		switch r.low(q) {
		case "along", "onto", "via":
			return true
		case "on", "off":
			// ("trained on the F-16 to defend": "to" after it says nothing of a road here)
			if q < p && (!ok || roadOnThe21[w]) {
				return true
			}
		}
	}
	if !strict && !r.roadSentence(k) {
		return false
	}
	p := k - 1
	if p < 0 || !toks[p].word || toks[p].sent != toks[k].sent {
		return false
	}
	if r.low(p) == "the" {
		return ok && (roadAfterCode[w] || roadAfterMore[w]) || !strict && r.roadCodeFrame(k, e) || e < len(toks) && toks[e].sent == toks[k].sent && !toks[e].word && r.tokText(e) == "," && !strict
	}
	return roadBeforeBare[r.low(p)] && noNoun
}

// roadSentence reports a sentence that names a road by a number and a road noun ("Sections of
// the V-31 motorway into Valencia …").
func (r *resolver) roadSentence(k int) bool {
	toks := r.toks
	s := toks[k].sent
	a := k
	for a > 0 && toks[a-1].sent == s {
		a--
	}
	for j := a; j < len(toks) && toks[j].sent == s; j++ {
		if !toks[j].word || !toks[j].cap {
			continue
		}
		e, ok := r.roadCode(j)
		if !ok {
			e, ok = r.looseCode(j)
		}
		if !ok {
			if e2, ok2 := r.numberedRoad(j); ok2 {
				return e2 > 0
			}
			continue
		}
		if e < len(toks) && toks[e].word && toks[e].sent == s && roadNouns[r.low(e)] {
			return true
		}
	}
	return false
}

// anyRoadCode returns the end of a road number at token k, strict (roadCode, SH1, NH44) or loose.
func (r *resolver) anyRoadCode(k int) (int, bool, bool) {
	// (every reading below needs a word with a digit or a glued hyphen after it)
	if k >= len(r.toks) || !r.toks[k].word {
		return 0, false, false
	}
	if !r.toks[k].digit && !(k+1 < len(r.toks) && r.toks[k+1].s == r.toks[k].e && r.tokText(k+1) == "-") {
		if e, ok := r.spacedCode(k); ok {
			return e, true, true // rule 27: "SR 99", "NH 44"
		}
		return 0, false, false
	}
	if e, ok := r.roadCode(k); ok {
		return e, true, true
	}
	if k < len(r.toks) && r.toks[k].word {
		// New Zealand's and India's state and national highways: "SH1", "NH44"
		if w := r.tokText(k); len(w) >= 3 && len(w) <= 5 && (w[:2] == "SH" || w[:2] == "NH" || w[:2] == "RN") && isDigits(w[2:]) && w[2] != '0' {
			return k + 1, true, true
		}
		// the single-digit European routes ("closing the E6 across Dovrefjell")
		if w := r.tokText(k); len(w) == 2 && w[0] == 'E' && w[1] >= '1' && w[1] <= '9' {
			return k + 1, true, true
		}
	}
	if e, ok := r.looseCode(k); ok {
		return e, false, true
	}
	return 0, false, false
}

// roadCodes returns the texts of the road numbers the story uses as roads somewhere (one code,
// one sense: "Storm closes E6 over Dovrefjell" makes the headline's E6 the road of the body).
func (r *resolver) roadCodes() map[string]bool {
	var set map[string]bool
	var codes []roadAt
	toks := r.toks
	for k := 0; k < len(toks); k++ {
		if !toks[k].word || !toks[k].cap {
			continue
		}
		if !toks[k].digit && toks[k].e-toks[k].s != 2 && !(k+1 < len(toks) && toks[k+1].s == toks[k].e && r.text[toks[k].e] == '-') {
			continue // (anyRoadCode's first test, inline: most capitalised words are no code)
		}
		e, strict, ok := r.anyRoadCode(k)
		if !ok {
			continue
		}
		codes = append(codes, roadAt{k, e, strict})
		if strict && r.roadCodeFrame(k, e) || r.codeFrame2(k, e, strict) {
			if set == nil {
				set = map[string]bool{}
			}
			set[r.text[toks[k].s:toks[e-1].e]] = true
		}
		k = e - 1
	}
	return r.roadCodes12(set, codes) // rule 34: "Interstate 75 … I-75", "the stretch of NH-715"
}

// roadAt is a road number at tokens [k, e) that anyRoadCode read, strict or loose.
type roadAt struct {
	k, e   int
	strict bool
}

// waterSentence reports a water word in mention i's sentence ("the level of Hussain Sagar rose";
// "released water from Osman Sagar").
func (r *resolver) waterSentence(a int) bool {
	toks := r.toks
	s := toks[a].sent
	j := a
	for j > 0 && toks[j-1].sent == s {
		j--
	}
	for ; j < len(toks) && toks[j].sent == s; j++ {
		if toks[j].word {
			switch r.low(j) {
			case "water", "lake", "lakes", "reservoir", "reservoirs", "level", "flood", "floods", "tank", "brim", "overflowed", "overflowing":
				return true
			}
		}
	}
	return false
}

// waterMention reports a mention of a river or another natural water feature: rule 22's water
// sites, a name the story calls a river, or a name the gazetteer knows only as a feature shared
// by countries ("the Danube"). Water that rises, peaks or floods is no speaker.
func (r *resolver) waterMention(m *mention) bool {
	// a road, a bridge or a river by its own words ("The Princes Highway was closed",
	// "Highway 5 would stay closed") is no speaker either
	if m.te > m.ts && m.te <= len(r.toks) {
		if k, weak := r.siteKindOf(m.ts, m.te); k != siteNone && k != siteSpot && !weak {
			return true
		}
	}
	if m.site == siteWater || r.riverNames()[r.ltext[m.s:m.e]] {
		return true
	}
	cands := m.cands
	if len(cands) == 0 {
		var tmp mention
		if !r.lookup(&tmp, m.s, m.e) {
			return false
		}
		cands = tmp.cands
	}
	for _, c := range cands {
		if p := &r.g.places[c.p]; p.flags&flagSite == 0 || p.cc != ([2]byte{}) {
			return false
		}
	}
	return true
}

// nameParticles join the words of Spanish, Portuguese, Italian and French names ("Fruta del
// Norte", "Cais do Sodré", "Santiago de Cuba").
var nameParticles = map[string]bool{"de": true, "del": true, "do": true, "da": true, "dos": true, "das": true, "di": true, "du": true}

// widenParticle looks up the tagged span [ts, te) with the capitalised word and the particle
// before it ("Fruta del [Norte]"); when that longer phrase is a place's own name it fills m's
// candidates and returns its first token ("Norte" alone is Del Norte County, California).
func (r *resolver) widenParticle(m *mention, ts, te int) (int, bool) {
	toks := r.toks
	if m.ent < 0 || ts < 2 || !toks[ts-1].word || toks[ts-1].cap || !r.is(ts-1, clsParticle) || !toks[ts-2].word || !toks[ts-2].cap || r.is(ts-2, clsCapStop) ||
		toks[ts-2].sent != toks[ts].sent || r.text[toks[ts-2].e:toks[ts-1].s] != " " || r.text[toks[ts-1].e:toks[ts].s] != " " {
		return 0, false
	}
	var tmp mention
	if r.lookup(&tmp, toks[ts-2].s, toks[te-1].e) && r.primCand(&tmp) {
		m.cands, m.keyLen, m.demonym = tmp.cands, tmp.keyLen, tmp.demonym
		return ts - 2, true
	}
	return 0, false
}

// siteHeadKind returns siteHeadWords' kind of token k's word; most words are answered by their
// word class without a lookup.
func (r *resolver) siteHeadKind(k int) uint8 {
	if !r.is(k, clsSiteHead) {
		return siteNone
	}
	return siteHeadWords[r.low(k)]
}

// sitePrefix returns sitePrefixWords' kind of token k's word (as siteHeadKind).
func (r *resolver) sitePrefix(k int) uint8 {
	if !r.is(k, clsSiteHead) {
		return siteNone
	}
	return sitePrefixWords[r.low(k)]
}
