package geo

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Session 8, round 8: place names the tagger labelled as people or organisations (tested in
// session8p_test.go). The gazetteer lacks most of them (villages, neighbourhoods, islands), so
// the words around the name must say it is a place.

// Frames that make a person- or organisation-tagged name a place (mention.other).
const (
	otherNone    = iota
	otherContain // "X, Oklahoma", "X, a town in …", "X, north of the city"
	otherCoord   // "in Quilmes and X", "at A and at X": listed with a place
	otherOf      // "residents of X", "the town of X", "the A and X neighbourhoods", "camps such as X"
	otherPrep    // "above X", "off X", "in X" (locative preposition)
	otherKnown   // a known place in a place frame (taggedPlace, frames.go)
)

// otherStrongPreps before a name make it a place whatever the tagger said: people and
// organisations are seldom "above", "off" or "across" anything.
var otherStrongPreps = map[string]bool{
	"near": true, "outside": true, "above": true, "below": true, "off": true, "into": true,
	"across": true, "around": true, "inside": true, "beyond": true, "towards": true, "toward": true,
	"throughout": true, "within": true, "along": true, "alongside": true, "beside": true,
	"upstream": true, "downstream": true, "via": true, "between": true,
}

// otherWeakPreps take places, people and organisations alike ("in Gwange", "at Google", "from
// Reuters"): a name after them needs more evidence.
var otherWeakPreps = map[string]bool{"in": true, "at": true, "from": true, "on": true}

// otherOfGeo before "of the X" are parts of a place's land ("the mountains of the X", "the
// outskirts of X").
var otherOfGeo = map[string]bool{
	"mountains": true, "hills": true, "coast": true, "coastline": true, "valleys": true,
	"slopes": true, "foothills": true, "outskirts": true, "suburbs": true, "streets": true,
	"shores": true, "interior": true, "countryside": true, "villages": true, "towns": true,
}

// otherDwellers before "of X" are people who live in X.
var otherDwellers = map[string]bool{
	"residents": true, "villagers": true, "inhabitants": true, "townspeople": true, "people": true,
	"natives": true, "resident": true,
}

// pluralPlaces before "such as", "including" make the names listed places ("camps such as X").
var pluralPlaces = map[string]bool{
	"camps": true, "islands": true, "areas": true, "settlements": true, "neighbourhoods": true,
	"neighborhoods": true, "suburbs": true, "provinces": true, "regions": true, "states": true,
	"countries": true, "hamlets": true, "localities": true, "communes": true, "ports": true,
}

// otherAfterNouns after a name (or the list it ends) make it a place: "the Deering
// neighbourhood", "the A and X neighbourhoods".
var otherAfterNouns = map[string]bool{
	"neighbourhood": true, "neighbourhoods": true, "neighborhood": true, "neighborhoods": true,
	"district": true, "districts": true, "village": true, "villages": true, "suburb": true,
	"suburbs": true, "municipality": true, "municipalities": true, "commune": true, "communes": true,
	"township": true, "townships": true, "area": true, "areas": true, "catchment": true,
	"catchments": true, "estuary": true, "coast": true, "coastline": true,
}

// otherOrgWords inside a name make it an organisation's ("Westbank First Nation", "BC Wildfire
// Service", "University of Peradeniya").
var otherOrgWords = map[string]bool{
	"service": true, "agency": true, "bank": true, "group": true, "company": true, "corporation": true,
	"corp": true, "inc": true, "ltd": true, "university": true, "party": true, "council": true,
	"ministry": true, "department": true, "nation": true, "nations": true, "police": true,
	"army": true, "forces": true, "force": true, "cartel": true, "front": true, "movement": true,
	"union": true, "association": true, "board": true, "committee": true, "commission": true,
	"court": true, "school": true, "college": true, "institute": true, "hospital": true,
	"airlines": true, "airways": true, "times": true, "post": true, "news": true, "office": true,
	"authority": true, "network": true, "foundation": true, "fund": true, "exchange": true,
	"league": true, "club": true, "team": true, "brigade": true, "battalion": true, "regiment": true,
	"guard": true, "watch": true, "forum": true, "church": true, "convention": true, "project": true,
	"federation": true, "alliance": true, "coalition": true, "trust": true, "centre": true,
	"center": true, "press": true, "radio": true, "television": true, "tv": true, "media": true,
	"society": true, "organisation": true, "organization": true, "international": true,
	"rovers": true, "united": true, "city": true, "elementary": true, "academy": true, "budget": true,
	"park": true, "framework": true, "parliament": true, "assembly": true, "senate": true,
}

// otherOrgBefore before a weak preposition make the name after it an organisation or a person
// ("analysts at X", "shares in X", "a statement from X").
var otherOrgBefore = map[string]bool{
	"analyst": true, "analysts": true, "economist": true, "economists": true, "strategist": true,
	"strategists": true, "researcher": true, "researchers": true, "scientist": true,
	"scientists": true, "professor": true, "executive": true, "executives": true, "engineer": true,
	"engineers": true, "employee": true, "employees": true, "staff": true, "shares": true,
	"stake": true, "stakes": true, "stock": true, "investment": true, "invested": true,
	"interest": true, "confidence": true, "faith": true, "trust": true, "statement": true,
	"letter": true, "message": true, "call": true, "report": true, "data": true, "figures": true,
	"support": true, "funding": true, "donation": true, "donations": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "colleague": true, "colleagues": true,
	"lawyer": true, "lawyers": true, "sources": true, "source": true, "pass": true, "cross": true,
	"corner": true, "header": true, "goal": true, "assist": true, "shot": true, "job": true,
	"jobs": true, "career": true, "deal": true, "contract": true, "order": true, "orders": true,
	"reporting": true, "photo": true, "video": true, "footage": true, "post": true, "posted": true,
	"wrote": true, "said": true, "interview": true, "comment": true, "comments": true,
}

// motionVerbs before "from"/"in"/"on" make the name after it a place ("moved from X").
var motionVerbs = map[string]bool{
	"moved": true, "fled": true, "travelled": true, "traveled": true, "drove": true, "flew": true,
	"walked": true, "returned": true, "relocated": true, "sailed": true, "departed": true,
	"evacuated": true, "trekked": true, "escaped": true, "migrated": true,
}

// otherPlaces adds place mentions for names the tagger labelled as people or organisations
// (with no actor) that a place frame governs (otherFrame), in two passes so that a name listed
// with another such name ("at Tende and at Fontan") finds its partner.
func (r *resolver) otherPlaces() {
	var added []mention
	covered := func(s, e int) bool {
		for i := range r.ments {
			if r.ments[i].s < e && s < r.ments[i].e {
				return true
			}
		}
		for i := range added {
			if added[i].s < e && s < added[i].e {
				return true
			}
		}
		return false
	}
	for pass := 0; pass < 2; pass++ {
		n := len(added)
		for i := range r.a.Entities {
			en := &r.a.Entities[i]
			if en.Label != model.PERSON && en.Label != model.ORG || en.Actor != "" || en.Start < 0 || en.End > len(r.text) || en.Start >= en.End {
				continue
			}
			a := r.tokAt(en.Start)
			b := a
			for b < len(r.toks) && r.toks[b].s < en.End {
				b++
			}
			a, b = r.nameToks(a, b)
			// (otherFrame takes no capitalised run in lower case or all capitals: checked
			// first, before the overlap test against every mention)
			if a >= b || !r.toks[a].cap || isUpperText(r.text[r.toks[a].s:r.toks[b-1].e]) || covered(r.toks[a].s, r.toks[b-1].e) {
				continue
			}
			kind, partner := r.otherFrame(i, a, b, added)
			if kind == otherNone {
				continue
			}
			m := mention{ent: i, best: -1, sent: r.toks[a].sent, relabel: true, other: kind, partner: partner}
			if r.place(&m, a, b) && !m.demonym && m.ts == a && m.te == b && r.primCand(&m) {
				r.hints(&m)
				r.prepare(&m)
			} else {
				m = mention{ent: i, best: -1, sent: r.toks[a].sent, relabel: true, other: kind, partner: partner, unknown: true}
				m.ts, m.te, m.s, m.e, m.ps = a, b, r.toks[a].s, r.toks[b-1].e, r.toks[a].s
				r.hints(&m)
			}
			added = append(added, m)
		}
		if len(added) == n {
			break
		}
	}
	r.ments = append(r.ments, added...)
}

// otherFrame returns the frame that makes tokens [a, b) of entity ent (a person or an
// organisation by the tagger) a place, and for a list the byte offset of the place it is listed
// with (-1 otherwise).
func (r *resolver) otherFrame(ent, a, b int, added []mention) (int, int) {
	toks := r.toks
	sent := toks[a].sent
	name := r.text[toks[a].s:toks[b-1].e]
	words := 0
	for k := a; k < b; k++ {
		if toks[k].word {
			words++
		}
	}
	if words > 4 || !toks[a].cap || isUpperText(name) || len(name) < 3 || hasDigit(name) {
		return otherNone, -1
	}
	allDir := true
	for k := a; k < b; k++ {
		allDir = allDir && (!toks[k].word || dirWords[r.low(k)] != "")
	}
	if allDir {
		return otherNone, -1 // "in the South": a direction
	}
	// (the frames first: most people's names have none, and personLike, which reads the whole
	// text and every entity, is then not asked)
	kind, partner := r.placeFrameOf(ent, a, b, added)
	if kind != otherNone && (r.personLike(ent, a, b) || r.listOfPeople(b, sent)) {
		return otherNone, -1
	}
	return kind, partner
}

// placeFrameOf is otherFrame's frames: the first that makes tokens [a, b) of entity ent a
// place, read before personLike's exclusions.
func (r *resolver) placeFrameOf(ent, a, b int, added []mention) (int, int) {
	toks := r.toks
	sent := toks[a].sent
	name := r.text[toks[a].s:toks[b-1].e]
	// one name, one sense: the name this rule made a place elsewhere in the document
	// ("the mountains of the Alpes-Maritimes … placed the [Alpes-Maritimes]ORG and the Var on
	// red alert")
	for i := range added {
		if r.text[added[i].s:added[i].e] == name {
			return otherPrep, -1
		}
	}
	// the word before the name (over "the", direction words and adjectives)
	k := a - 1
	for k >= 0 && toks[k].word && toks[k].sent == sent && !toks[k].cap && (r.low(k) == "the" || r.is(k, clsDirGap)) {
		k--
	}
	prev := ""
	if k >= 0 && toks[k].sent == sent {
		prev = r.tokText(k)
		if toks[k].word {
			prev = r.low(k)
		}
	}
	// (c) "residents of X", "the town of X", "camps such as X", "the X neighbourhood"
	if prev == "of" && k >= 1 && toks[k-1].word && toks[k-1].sent == sent && (!toks[k-1].cap || toks[k-1].sentStart) {
		h := r.low(k - 1)
		if otherDwellers[h] || !toks[k-1].cap && (frameOfHeads[h] || cityNouns[h] || placeNouns[h] || otherOfGeo[h]) && k >= 2 && r.low(k-2) == "the" {
			return otherOf, -1
		}
	}
	// rule 25: "residents of Wiler and X"
	if (prev == "and" || prev == "or" || prev == ",") && r.dwellersList(a, sent) {
		return otherOf, -1
	}
	// round 10: "the Upper Egypt governorate of X", "in Qena's X"
	if prev == "of" && r.ofDivision(k, sent) || r.possLocalPlace(a, sent) {
		return otherOf, -1
	}
	if gk := r.listGovTok(a, sent); gk >= 1 {
		// "camps such as X", "islands including A and X", "districts like X"
		w, j := r.low(gk), gk-1
		if w == "as" && r.low(gk-1) == "such" {
			j--
		}
		if (w == "including" || w == "like" || w == "as" && j == gk-2) && j >= 0 && toks[j].word && !toks[j].cap && toks[j].sent == sent {
			if h := r.low(j); placeNouns[h] || cityNouns[h] || otherAfterNouns[h] || pluralPlaces[h] {
				return otherOf, -1
			}
		}
	}
	if r.listNoun(b, sent) {
		return otherOf, -1
	}
	// (a) "X, Oklahoma", "X, a town in …", "X, north of the city"
	if r.otherContainer(b, sent) {
		return otherContain, -1
	}
	// round 10: "in Swat, [Dir]PER, [Chitral]PER and …": the people are known districts
	if p := r.settledList(a, b, sent, added); p >= 0 {
		return otherCoord, p
	}
	// rule 25: "from X and Y in the Rhône valley": a list that only a place's words follow
	if r.listPlaceFrame(a, b, sent) {
		return otherPrep, -1
	}
	// ("between Ruto and X": a list of people)
	if r.listedWithPeople(a, b, sent, added) {
		return otherNone, -1
	}
	// (b) listed with a place under a locative preposition
	if p, gov := r.otherPartner(a, b, sent, added); p >= 0 && (otherStrongPreps[gov] || otherWeakPreps[gov] || gov == "including") {
		return otherCoord, p
	}
	// (d) a locative preposition before it (or before the list it belongs to)
	gov := prev
	if prev == "," || prev == "and" || prev == "or" {
		gov = r.listGov(a, sent)
	}
	switch {
	case otherStrongPreps[gov]:
		return otherPrep, -1
	case otherWeakPreps[gov] && !(b < len(toks) && toks[b].word && subjVerbs[r.low(b)]):
		// "analysts at X", "a statement from X": an organisation's or a person's
		if g := r.listGovTok(a, sent); g >= 1 && toks[g-1].word && otherOrgBefore[r.low(g-1)] {
			return otherNone, -1
		}
		if g := r.listGovTok(a, sent); g >= 1 && toks[g-1].word && motionVerbs[r.low(g-1)] && r.low(g) != "at" {
			return otherPrep, -1 // "he had moved from X", "fled from X"
		}
		if g := r.listGovTok(a, sent); g >= 1 && r.low(g) == "from" && toks[g-1].word && fromPeople[r.low(g-1)] {
			return otherPrep, -1 // "a farmer from X" (rule 25)
		}
		if r.knownSettlement(a, b) {
			return otherPrep, -1 // "at Tende": a town the gazetteer knows (its reading is scored)
		}
		en := &r.a.Entities[ent]
		if en.Label == model.PERSON && gov == "in" {
			return otherPrep, -1 // "a trader in Gwange": people are seldom "in" anyone
		}
		// "at Stormont in Belfast", "from X two years ago", "at X, where …": a place's phrase
		if r.placeContinuation(b, sent) || r.listPlaceCont(a, b, sent) {
			return otherPrep, -1
		}
	}
	return otherNone, -1
}

// personLike reports words around tokens [a, b) of entity ent that make it a person's or an
// organisation's name: a possessive or a capitalised word after it, a hyphenated compound
// ("Houthi-controlled"), a role noun or an organisation's tail after it, a title or another
// name before it, an organisation word inside it, a common word, or another mention of the
// name as a person ("Danny Okafor" … "from Okafor") or an actor.
func (r *resolver) personLike(ent, a, b int) bool {
	toks := r.toks
	sent := toks[a].sent
	if j := b; j < len(toks) && toks[j].sent == sent {
		t := r.tokText(j)
		switch {
		case t == "'" || t == "’" || t == "-" || t == "–":
			return true
		case toks[j].word && toks[j].cap && r.text[toks[j-1].e:toks[j].s] == " ":
			return true
		case toks[j].word && (roleNouns[r.low(j)] || peopleAfter[r.low(j)] || otherOrgWords[r.low(j)]):
			return true
		}
		if r.orgTail(j) || r.officeAfter(j) || r.personAppos15(j, sent) {
			return true
		}
	}
	if k := a - 1; k >= 0 && toks[k].sent == sent && toks[k].word && toks[k].cap && !toks[k].sentStart && r.low(k) != "the" {
		return true // "Mr X", "Danny X", "City's X"
	}
	for k := a; k < b; k++ {
		if toks[k].word && otherOrgWords[r.low(k)] {
			return true
		}
	}
	low := r.ltext[toks[a].s:toks[b-1].e]
	if b-a == 1 && (commonNames[low] || capStop[low]) {
		return true
	}
	// a capitalised common word ("Budget", "Security"): written in lower case elsewhere
	if b-a == 1 && isASCII(low) && r.lowerElsewhere(low) {
		return true
	}
	name := r.text[toks[a].s:toks[b-1].e]
	return r.namedElsewhere(ent, name, true)
}

// namedElsewhere reports name, the text of entity ent, as another entity's actor, inside a
// person's name the text gives (when persons: "Murray Watt" … "Murray"), or as a resolved actor.
func (r *resolver) namedElsewhere(ent int, name string, persons bool) bool {
	if x := r.elsewhere.entities(r); x != nil {
		return x.named(ent, name, persons)
	}
	return r.namedScan(ent, name, persons)
}

// namedScan is namedElsewhere read from the entities and actors themselves.
func (r *resolver) namedScan(ent int, name string, persons bool) bool {
	for i := range r.a.Entities {
		if i == ent {
			continue
		}
		o := &r.a.Entities[i]
		if o.Start < 0 || o.End > len(r.text) || o.Start >= o.End {
			continue
		}
		ot := r.text[o.Start:o.End]
		if ot == name && o.Actor != "" {
			return true
		}
		if persons && o.Label == model.PERSON && len(ot) > len(name) && (strings.HasSuffix(ot, " "+name) || strings.HasPrefix(ot, name+" ")) {
			return true
		}
	}
	for i := range r.a.Actors {
		am := &r.a.Actors[i]
		if am.Actor.Actor != "" && am.Start >= 0 && am.End <= len(r.text) && am.Start < am.End && r.text[am.Start:am.End] == name {
			return true
		}
	}
	return false
}

// lowerElsewhere reports the word w written in lower case as a word of the text.
func (r *resolver) lowerElsewhere(w string) bool {
	if runs := r.elsewhere.words(r); runs != nil && allLetters(w) {
		return runs[w]
	}
	return r.lowerScan(w)
}

// lowerScan is lowerElsewhere read from the text itself.
func (r *resolver) lowerScan(w string) bool {
	for off := 0; ; {
		i := strings.Index(r.text[off:], w)
		if i < 0 {
			return false
		}
		s := off + i
		e := s + len(w)
		if (s == 0 || !isLetterByte(r.text[s-1])) && (e == len(r.text) || !isLetterByte(r.text[e])) {
			return true
		}
		off = e
	}
}

// listedWithPeople reports a name listed with a person no place frame took ("between Ruto and
// X").
func (r *resolver) listedWithPeople(a, b, sent int, added []mention) bool {
	members, _ := r.listMembers(a, b, sent)
	for _, s := range members[1:] {
		off := r.toks[s].s
		for i := range r.a.Entities {
			if en := &r.a.Entities[i]; en.Start == off && en.Label == model.PERSON {
				taken := false
				for j := range added {
					taken = taken || added[j].s == off
				}
				for j := range r.ments {
					taken = taken || r.ments[j].s == off
				}
				if !taken {
					return true
				}
			}
		}
	}
	return false
}

// listOfPeople reports a noun of people after the name or the list it starts ("between the
// Meitei and Kuki-Zo communities", "Aymara and Quechua farmers").
func (r *resolver) listOfPeople(b, sent int) bool {
	toks := r.toks
	j := b
	for n := 0; j < len(toks) && toks[j].sent == sent && n < 12; n++ {
		if !toks[j].word {
			if t := r.tokText(j); t == "," || t == "-" {
				// round 10: ", security sources said" is a new phrase, not the list going on
				if t == "," && j+1 < len(toks) && toks[j+1].word && !toks[j+1].cap && r.low(j+1) != "and" && r.low(j+1) != "or" {
					return false
				}
				j++
				continue
			}
			return false
		}
		w := r.low(j)
		if !toks[j].cap {
			if w == "and" || w == "or" || connectors[w] {
				j++
				continue
			}
			return peopleAfter[w] || roleNouns[w] || localPeople[w]
		}
		j++
	}
	return false
}

// listNoun reports a lower-case place noun after the name or after the list of capitalised
// names it starts ("the Deering neighbourhood", "the Tres Ríos and Las Quintas neighbourhoods",
// "the Erne and Foyle catchments").
func (r *resolver) listNoun(b, sent int) bool {
	toks := r.toks
	j := b
	for n := 0; j < len(toks) && toks[j].sent == sent && n < 12; n++ {
		if !toks[j].word {
			if r.tokText(j) == "," {
				j++
				continue
			}
			return false
		}
		w := r.low(j)
		if !toks[j].cap {
			if w == "and" || w == "or" || connectors[w] {
				j++
				continue
			}
			return otherAfterNouns[w] && j > b-1 && toks[j-1].word && toks[j-1].cap && !(j+1 < len(toks) && toks[j+1].word && (roleNouns[r.low(j+1)] || peopleAfter[r.low(j+1)]))
		}
		j++
	}
	return false
}

// otherContainer reports a containment phrase after token b: ", Oklahoma" (a country or a
// first-level division by its own name, or a division abbreviation, no list going on), ", a town
// in …", ", north of the city", ", 40 km south of …", ", near …", ", on the eastern side of …",
// ", two upland districts".
func (r *resolver) otherContainer(b, sent int) bool {
	toks := r.toks
	if b+1 >= len(toks) || r.tokText(b) != "," || toks[b+1].sent != sent {
		return false
	}
	j := b + 1
	w := r.low(j)
	if toks[j].word && toks[j].cap {
		if _, ok := r.abbr[toks[j].s]; ok {
			return true
		}
		e := j
		for e < len(toks) && e < j+3 && toks[e].word && toks[e].cap && toks[e].sent == sent {
			e++
		}
		var o mention
		if !r.lookup(&o, toks[j].s, toks[e-1].e) {
			return false
		}
		div := false
		for _, c := range o.cands {
			if p := &r.g.places[c.p]; c.prim && !c.variant && (p.feat == featCountry || p.feat == featAdmin1) {
				div = true
			}
		}
		if !div {
			return false
		}
		// "X, Oklahoma, was", "X, Oklahoma." (not "A, Texas and B": a list)
		if e >= len(toks) || toks[e].sent != sent {
			return true
		}
		switch t := r.tokText(e); {
		case t == "," || t == "." || t == ")" || t == ";" || t == "(":
			return !(t == "," && e+1 < len(toks) && toks[e+1].word && toks[e+1].cap && toks[e+1].sent == sent)
		case t == "'" || t == "’":
			return false
		}
		return toks[e].word && !toks[e].cap && r.low(e) != "and" && r.low(e) != "or"
	}
	if !toks[j].word {
		return false
	}
	// ", north of the city", ", 40 km south of"
	k := j
	if isNum(r.tokText(k)) {
		k++
		if k < len(toks) && toks[k].word && distUnits[r.low(k)] > 0 {
			k++
		}
	}
	if k < len(toks) && toks[k].word && dirWords[r.low(k)] != "" && k+1 < len(toks) && (r.low(k+1) == "of" || r.low(k+1) == "from") {
		return true
	}
	switch w {
	case "near", "outside":
		return true
	case "on", "in":
		// ", on the eastern side of Bali", ", in the north of …"
		for k := j + 1; k < len(toks) && k <= j+4 && toks[k].word && toks[k].sent == sent; k++ {
			if s := r.low(k); sideNouns[s] {
				return k+1 < len(toks) && r.low(k+1) == "of"
			}
		}
		return false
	case "a", "an", "the", "two", "three", "four", "five", "several", "both":
		for k := j + 1; k < len(toks) && k <= j+4 && toks[k].word && toks[k].sent == sent; k++ {
			s := r.low(k)
			if apposNouns[s] || cityNouns[s] || adminWords[s] || otherAfterNouns[s] && s != "area" && s != "coast" {
				// the place noun must head the apposition: "Joshua Sithole, a district
				// official in Chimanimani" is a person (session 15)
				return !r.personAfter15(k+1, sent)
			}
			if toks[k].cap {
				return false
			}
		}
	}
	return false
}

// personAfter15 reports a noun of a person or of people at token k, or after a possessive or
// up to two lower-case words from k, in sentence sent: a place noun before it is a modifier ("a
// district official", "a district health officer", "the state's secretary of security"), not
// the head of a place's apposition.
func (r *resolver) personAfter15(k, sent int) bool {
	toks := r.toks
	if k+1 < len(toks) && !toks[k].word && r.apos(k) && r.low(k+1) == "s" {
		k += 2 // "the state's secretary"
	}
	for n := 0; n < 3 && k < len(toks) && toks[k].word && !toks[k].cap && toks[k].sent == sent; n, k = n+1, k+1 {
		if personNoun15(r.low(k)) {
			return true
		}
	}
	return false
}

// personNoun15 reports a noun of a person or of people that no place takes as its own noun
// ("community" and "state" are both).
func personNoun15(w string) bool {
	return (roleNouns[w] || peopleAfter[w] || localPeople[w] || personNouns15[w]) && !placeNouns[w] && !apposNouns[w] && !cityNouns[w]
}

// personAppos15 reports an apposition after token b-1 that makes the name before it a person's:
// an age (", 58,") or a person's role at the head of the apposition (", the president of
// Jubaland", ", a district health officer in Nkhata Bay", ", the state's secretary of public
// security"); ", a district in …" is a place's.
func (r *resolver) personAppos15(b, sent int) bool {
	toks := r.toks
	if b+2 >= len(toks) || r.tokText(b) != "," || toks[b+1].sent != sent {
		return false
	}
	if t := r.tokText(b + 1); isNum(t) && len(t) <= 3 && (r.tokText(b+2) == "," || r.tokText(b+2) == ")") {
		return true
	}
	switch r.low(b + 1) {
	case "the", "a", "an", "its", "their", "his", "her":
	default:
		return false
	}
	// the head: the last lower-case word before a preposition, a clause or punctuation
	head := ""
	for k, n := b+2, 0; k < len(toks) && n < 5 && toks[k].sent == sent; k, n = k+1, n+1 {
		if k+1 < len(toks) && !toks[k].word && r.apos(k) && r.low(k+1) == "s" {
			k++ // "the state's secretary"
			continue
		}
		w := r.low(k)
		if !toks[k].word || toks[k].cap || apposEnd15[w] {
			break
		}
		head = w
	}
	return personNoun15(head)
}

// apposEnd15 end the noun phrase of an apposition.
var apposEnd15 = map[string]bool{
	"in": true, "of": true, "for": true, "at": true, "near": true, "from": true, "with": true,
	"who": true, "whose": true, "on": true, "and": true, "to": true, "based": true, "since": true,
}

// personNouns15 are singular nouns of a person that follow a place noun used as a modifier.
var personNouns15 = map[string]bool{
	"official": true, "administrator": true, "commissioner": true, "councillor": true,
	"councilor": true, "elder": true, "resident": true, "farmer": true, "teacher": true,
	"officer": true, "head": true, "chairman": true, "chairwoman": true, "chair": true,
	"secretary": true, "headman": true, "worker": true, "nurse": true, "doctor": true,
	"judge": true, "magistrate": true, "prosecutor": true, "engineer": true, "planner": true,
	"representative": true, "manager": true, "coordinator": true, "director": true,
}

// sideNouns in ", on the eastern side of Y" place a name in Y.
var sideNouns = map[string]bool{
	"side": true, "coast": true, "edge": true, "outskirts": true, "shore": true, "shores": true,
	"bank": true, "banks": true, "north": true, "south": true, "east": true, "west": true,
	"island": true, "border": true, "tip": true,
}

func isNum(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != ',' && s[i] != '.' {
			return false
		}
	}
	return true
}

// listMembers returns the token starts of the capitalised names listed with tokens [a, b) in
// its sentence ("A, X and B", "at A and at X", "in A and on X"), the name's own start first, and
// the index of the first token of the list.
func (r *resolver) listMembers(a, b, sent int) ([]int, int) {
	// (otherFrame's frames ask it of the same name three times in a row: the last answer is
	// kept; callers only read it)
	if m := &r.lastList; m.ok && m.key == [3]int{a, b, sent} {
		return m.out, m.first
	}
	out, first := r.listMembersOf(a, b, sent)
	r.lastList = listMemo{key: [3]int{a, b, sent}, out: out, first: first, ok: true}
	return out, first
}

// listMemo is listMembers' last answer.
type listMemo struct {
	key   [3]int
	out   []int
	first int
	ok    bool
}

// listMembersOf is listMembers without the memo.
func (r *resolver) listMembersOf(a, b, sent int) ([]int, int) {
	toks := r.toks
	out := []int{a}
	first := a
	// listy reports a comma, "and" or "or" at token j: a list goes on
	listy := func(j int) bool {
		return j < len(toks) && toks[j].sent == sent && (r.tokText(j) == "," || toks[j].word && (r.low(j) == "and" || r.low(j) == "or"))
	}
	// to the left: "A and X", "A, X and …", "at A and at X" (not "Inside the Beehive, Willis
	// announced": a bare comma before a name that no list word follows ends a phrase)
	k := a - 1
	for n := 0; k >= 0 && toks[k].sent == sent && n < 6; n++ {
		j := k
		if toks[j].word && !toks[j].cap && r.is(j, clsOtherPrep) && j >= 1 && (r.low(j-1) == "and" || r.low(j-1) == "or") {
			j-- // "and at X"
		}
		if !listy(j) || n == 0 && r.tokText(j) == "," && !listy(b) {
			break
		}
		if j >= 1 && r.tokText(j-1) == "," {
			j-- // ", and"
		}
		// the capitalised name before it
		e := j
		s := e
		for s-1 >= 0 && toks[s-1].sent == sent && e-s < 8 {
			if toks[s-1].word && (toks[s-1].cap || r.is(s-1, clsConn) && s-2 >= 0 && toks[s-2].cap) {
				s--
				continue
			}
			// "Saint-Martin-Vésubie": a hyphen inside the name
			if s-2 >= 0 && r.tokText(s-1) == "-" && toks[s-1].s == toks[s-2].e && toks[s-1].e == toks[s].s && toks[s-2].word && toks[s-2].cap {
				s -= 2
				continue
			}
			break
		}
		if s == e || !toks[s].cap {
			break
		}
		out = append(out, s)
		first = s
		k = s - 1
	}
	// to the right: "X and B", "X, B and C", "X and at B"
	j := b
	for n := 0; j < len(toks) && toks[j].sent == sent && n < 6; n++ {
		t := r.tokText(j)
		if !(t == "," || toks[j].word && (r.low(j) == "and" || r.low(j) == "or")) {
			break
		}
		conj := toks[j].word
		j++
		if j < len(toks) && toks[j].word && (r.low(j) == "and" || r.low(j) == "or") {
			j++
			conj = true
		}
		if j < len(toks) && toks[j].word && !toks[j].cap && r.is(j, clsOtherPrep) {
			j++
		}
		// ("and the B"; not ", the United Arab Emirates-based company": an apposition)
		if conj && j < len(toks) && toks[j].word && r.low(j) == "the" {
			j++
		}
		if j >= len(toks) || !toks[j].word || !toks[j].cap || toks[j].sent != sent {
			break
		}
		out = append(out, j)
		for j < len(toks) && toks[j].sent == sent && toks[j].word && (toks[j].cap || r.is(j, clsConn)) {
			j++
		}
		if !conj && !listy(j) {
			out = out[:len(out)-1] // "X, Willis announced": no list
			break
		}
	}
	return out, first
}

// otherPartner returns the start offset of a place listed with tokens [a, b) (a mention already
// read from a place-tagged entity, the scan, or an earlier frame) and the word that governs the
// list, or -1.
func (r *resolver) otherPartner(a, b, sent int, added []mention) (int, string) {
	members, first := r.listMembers(a, b, sent)
	if len(members) < 2 {
		return -1, ""
	}
	gov := r.govWord(first, sent)
	for _, s := range members[1:] {
		off := r.toks[s].s
		for i := range r.ments {
			// (a town, division, region or feature: not a site — "the Central Business District and
			// along Moi Avenue" are parts of one city)
			if o := &r.ments[i]; o.s == off && !o.demonym && (o.ent < 0 || r.placeLabel(o.ent) && r.a.Entities[o.ent].Label != model.FAC || o.relabel) && !(o.te < len(r.toks) && r.tokText(o.te) == "-") {
				return off, gov
			}
		}
		for i := range added {
			if added[i].s == off {
				return off, gov
			}
		}
	}
	return -1, gov
}

func (r *resolver) placeLabel(ent int) bool {
	l := r.a.Entities[ent].Label
	return l == model.GPE || l == model.LOC || l == model.FAC
}

// govWord returns the word before token first (over "the", direction words and adjectives; "as"
// after "such" reads "including").
func (r *resolver) govWord(first, sent int) string {
	k := r.govTok(first, sent)
	if k < 0 {
		return ""
	}
	w := r.low(k)
	if w == "as" && k >= 1 && r.low(k-1) == "such" {
		return "including"
	}
	if w == "like" {
		return "including"
	}
	return w
}

func (r *resolver) govTok(first, sent int) int {
	toks := r.toks
	k := first - 1
	for k >= 0 && toks[k].word && toks[k].sent == sent && !toks[k].cap && (r.low(k) == "the" || r.is(k, clsDirGap)) {
		k--
	}
	if k < 0 || toks[k].sent != sent || !toks[k].word {
		return -1
	}
	return k
}

// listGov returns the word that governs the list tokens [a, …) belong to.
func (r *resolver) listGov(a, sent int) string {
	_, first := r.listMembers(a, a+1, sent)
	return r.govWord(first, sent)
}

func (r *resolver) listGovTok(a, sent int) int {
	_, first := r.listMembers(a, a+1, sent)
	return r.govTok(first, sent)
}

// knownSettlement reports tokens [a, b) as the own name of a town, division or region the
// gazetteer knows.
func (r *resolver) knownSettlement(a, b int) bool {
	var o mention
	if !r.lookup(&o, r.toks[a].s, r.toks[b-1].e) {
		return false
	}
	for _, c := range o.cands {
		p := &r.g.places[c.p]
		if c.prim && !c.variant && p.flags&flagCommon == 0 && (p.feat == featCity && p.flags&flagSection == 0 || p.feat == featAdmin1 || p.feat == featAdmin2 || p.feat == featRegion) {
			return true
		}
	}
	return false
}

// placeContinuation reports words after a name that only a place takes: "in" and a place
// ("at Stormont in Belfast"), a stretch of time ("from X two years ago"), ", where".
func (r *resolver) placeContinuation(b, sent int) bool {
	toks := r.toks
	if b >= len(toks) || toks[b].sent != sent {
		return false
	}
	if r.tokText(b) == "," && b+1 < len(toks) && toks[b+1].word && r.low(b+1) == "where" {
		return true
	}
	// "from X two years ago"
	for k := b; k < len(toks) && k < b+4 && toks[k].word && !toks[k].cap && toks[k].sent == sent; k++ {
		if r.low(k) == "ago" {
			return k > b
		}
	}
	if toks[b].word && r.low(b) == "in" && b+1 < len(toks) && toks[b+1].word && toks[b+1].cap && toks[b+1].sent == sent {
		for i := range r.ments {
			if o := &r.ments[i]; o.s == toks[b+1].s && !o.demonym && len(o.cands) > 0 && (o.ent < 0 || r.placeLabel(o.ent)) {
				return true
			}
		}
	}
	return false
}

// coordFB places a name listed with a town (otherCoord) at that town's point, precision 2,
// approximate ("in Quilmes and Florencio Varela").
func (r *resolver) coordFB() {
	for i := range r.ments {
		m := &r.ments[i]
		if m.other != otherCoord || m.best >= 0 || m.hasFB || m.partner < 0 {
			continue
		}
		for j := range r.ments {
			o := &r.ments[j]
			if o.s != m.partner || o.best < 0 || o.metonymy {
				continue
			}
			pi := o.cands[o.best].p
			// (a town by its own name: "Gore" read as another town's alternate name is no partner)
			if p := &r.g.places[pi]; p.feat != featCity || p.flags&flagSection != 0 || !o.cands[o.best].prim {
				break
			}
			g := r.g.geo(pi)
			r.fbAt(m, g, 2)
			r.context(m)
			break
		}
	}
}

// otherStrong reports a mention a strong place frame made a place (a containment phrase, a
// list with a place, "residents of X", "camps such as X"): never a metonym.
func (r *resolver) otherStrong(m *mention) bool {
	return m.other == otherOf || m.other == otherContain || m.other == otherCoord
}

// otherPlain clears the metonymy flag of the mentions strong place frames made places
// ("Residents of the neighbourhoods such as X said …" is said by the residents).
func (r *resolver) otherPlain() {
	for i := range r.ments {
		if m := &r.ments[i]; r.otherStrong(m) {
			m.metonymy, m.subjMet = false, false
		}
	}
}

// otherDateline returns, for a name a round-8 frame made a place in a document with no lead
// country, the country of the dateline's place ("DAKAR, Senegal (BBC) — … capsized off X").
func (r *resolver) otherDateline(i int) ([2]byte, bool) {
	if r.ments[i].other == otherNone || r.ments[i].other == otherKnown {
		return [2]byte{}, false
	}
	for j := range r.ments {
		if o := &r.ments[j]; o.dateline != dlNone && o.best >= 0 {
			if p := &r.g.places[o.cands[o.best].p]; p.cc != ([2]byte{}) {
				return p.cc, true
			}
		}
	}
	return [2]byte{}, false
}
