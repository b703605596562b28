package geo

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Rule 50 (session 15): a feature the tagger is sure of lies in its story's country, frame or
// no frame.
//
// taggedUnknownPlace places a GPE or LOC name the gazetteer lacks only when the words around it
// make it a place ("in X", "the X river", "residents of X"). Rivers listed after "its
// tributaries the", islands and passes as objects ("crossing the San Bernardino Strait"), sites
// after "the" ("the Citadelle", "the Kerry Way") have no such frame and stayed unplaced. Placing
// every confidently tagged name without a frame was tried twice and dropped (sessions 14 and
// 15): half of what it added were people, peoples, storms, parties and agreements, nearly all
// tagged GPE. A LOC tag (a feature, a region, a route) is the tagger's surer kind: without a
// frame it now suffices when the tagger's score is at least framelessScore and the name's
// words do not say it is something else: a storm ("Cyclone Idai"), a people or a group named
// before a noun of people or organisations ("Nasa and Misak farmers", "the Esala festival"), an
// institution or an event whose last word says so ("the Sinjar Agreement", "the Amarnath
// Yatra", "Bank Negara"), a nationality or regional adjective or a team ("South African",
// "Alaskan", "the Leopards beat": GLOCON's sports and business wires), a word the document
// writes in lower case elsewhere, a plural nationality word, a title abbreviation ("Coun."), a
// name an apposition calls an organisation, a product of its owner ("Amtrak's California
// Zephyr"). (A veto for a name carrying a known place of a country the story does not name,
// "Spartak Moscow", served GPE tags; on LOC it cost five held-out labels for two places
// outside them, and went.)

// framelessScore is the least tagger score that places a LOC name without a frame.
const framelessScore = 0.3

// framelessLOC reports whether mention i, a LOC-tagged name no place frame supports, may be
// placed in its story's country (rule 50).
func (r *resolver) framelessLOC(i int) bool {
	m := &r.ments[i]
	if m.ent < 0 || m.other != otherNone || m.frameName {
		return false
	}
	en := &r.a.Entities[m.ent]
	if en.Score < framelessScore || en.Label != model.LOC {
		return false
	}
	toks := r.toks
	// "X's" and "X officials": the vetoes of unknownPlaceFrame
	if j := m.te; j+1 < len(toks) && !toks[j].word && r.apos(j) && r.low(j+1) == "s" {
		return false
	}
	if j := m.te; j < len(toks) && toks[j].word && toks[j].sent == m.sent && roleNouns[r.low(j)] {
		return false
	}
	return !(r.stormName(m) || r.nonPlaceHead(m) || r.nonPlaceAfter(m) || r.pluralDemonym(m) ||
		r.titleAbbrev(m) || r.orgApposition(m) || r.ownedBy(m) || r.adjectiveOrPlural(m) || r.lowerElsewhere(r.ltext[m.s:m.e]))
}

// adjectiveOrPlural reports a name whose last word is a nationality or regional adjective
// ("South African", "Alaskan", "Antarctic") or, for one word, a plural before a verb of a team
// or a people ("the Leopards beat …", "the Boks were …").
func (r *resolver) adjectiveOrPlural(m *mention) bool {
	w := r.low(m.te - 1)
	if r.demonymWord(w) {
		return true
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "tic", "kan", "can", "ans"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	if m.te-m.ts == 1 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && m.te < len(r.toks) && r.toks[m.te].word && pluralVerbs[r.low(m.te)] {
		return true // "the Leopards beat …", "the Boks were …"
	}
	return false
}

// pluralVerbs after a one-word plural name make it a team or a people ("the Leopards beat").
var pluralVerbs = map[string]bool{"beat": true, "won": true, "lost": true, "drew": true, "are": true,
	"were": true, "have": true, "play": true, "face": true, "host": true, "hosted": true, "trail": true,
	"lead": true, "led": true, "edged": true, "thrashed": true, "defeated": true}

// stormWords name a storm before its given name ("Cyclone Idai", "Tropical Storm Kezia").
var stormWords = map[string]bool{
	"cyclone": true, "hurricane": true, "typhoon": true, "storm": true, "depression": true,
}

// phenomena are names of climate patterns that read like places.
var phenomena = map[string]bool{"el niño": true, "la niña": true, "el nino": true, "la nina": true}

// stormName reports a name the document gives a storm or a climate pattern: any occurrence of
// it follows a storm word.
func (r *resolver) stormName(m *mention) bool {
	name := r.ltext[m.s:m.e]
	if phenomena[name] {
		return true
	}
	for k := 1; k+m.te-m.ts <= len(r.toks); k++ {
		if !r.toks[k-1].word || !r.is(k-1, clsStorm) {
			continue
		}
		if e := k + m.te - m.ts - 1; r.toks[k].s < len(r.ltext) && r.toks[e].e <= len(r.ltext) && r.ltext[r.toks[k].s:r.toks[e].e] == name {
			return true
		}
	}
	return false
}

// institutionHeads end the names of things that are not places ("the Sinjar Agreement", "South
// Central Railway", "the Budget Act").
var institutionHeads = map[string]bool{}

// nonPlaceNouns after a name make it the name of a people, a group, an event or a pattern ("Misak
// farmers", "the Esala festival", "La Libertad Avanza party", "Harouge and Waha operators").
var nonPlaceNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`agreement agreements accord accords treaty pact deal protocol
		yatra mela pilgrimage procession parade rally marathon race expo fair carnival
		olympics derby open prix series championships
		declaration act budget railway railways airline airlines airways corporation company
		party alliance movement front coalition network foundation institute commission
		committee council union league cup prize award festival games championship summit
		conference initiative programme program plan fund bank group`) {
		institutionHeads[w] = true
	}
	for _, w := range strings.Fields(`people peoples farmers herders elder elders owners
		communities community tribe tribes clan clans language languages culture tradition
		traditions festival festivals ceremony ceremonies pattern phenomenon party parties
		operator operators company companies firm brand group groups service services
		movement alliance coalition temple shrine deity god goddess season month building`) {
		nonPlaceNouns[w] = true
	}
}

// nonPlaceHead reports a name of two or more words whose last word names an institution, or
// whose first word names a business ("Bank Negara", "Chateau de la Riviere").
func (r *resolver) nonPlaceHead(m *mention) bool {
	return m.te-m.ts >= 2 && (institutionHeads[r.low(m.te-1)] || businessFirst[r.low(m.ts)])
}

// businessFirst open names of businesses and institutions.
var businessFirst = map[string]bool{"bank": true, "banco": true, "banque": true, "club": true,
	"university": true, "hotel": true, "chateau": true, "château": true, "cafe": true, "café": true,
	"restaurant": true, "casino": true, "radio": true, "air": true}

// nonPlaceAfter reports a noun of people, groups or events after the name, or after the list
// of capitalised names it opens ("Dayak and Kutai farmers"), up to two lowercase words on
// ("Barkandji traditional owners").
func (r *resolver) nonPlaceAfter(m *mention) bool {
	toks := r.toks
	k := m.te
	// past the rest of a list of capitalised names: ", Y", "and Y", "or Y"
	for k+1 < len(toks) && toks[k].sent == m.sent {
		t := r.tokText(k)
		if t != "," && r.low(k) != "and" && r.low(k) != "or" || !toks[k+1].word || !toks[k+1].cap {
			break
		}
		k++
		for k < len(toks) && toks[k].word && toks[k].cap && toks[k].sent == m.sent {
			k++
		}
	}
	for n := 0; n < 2 && k < len(toks) && toks[k].word && !toks[k].cap && toks[k].sent == m.sent; n, k = n+1, k+1 {
		if nonPlaceNouns[r.low(k)] || peopleAfter[r.low(k)] || localPeople[r.low(k)] {
			return true
		}
	}
	return false
}

// pluralDemonym reports a plural nationality word ("Namibians", "Kenyans").
func (r *resolver) pluralDemonym(m *mention) bool {
	if m.te-m.ts != 1 {
		return false
	}
	w, ok := strings.CutSuffix(r.low(m.ts), "s")
	return ok && r.demonymWord(w)
}

// demonymWord reports a lower-case nationality word ("kenyan", "namibian") in the gazetteer's
// table or by nationality's rules.
func (r *resolver) demonymWord(w string) bool {
	if _, ok := r.g.demonymOf(w); ok {
		return true
	}
	_, ok := nationality(w)
	return ok
}

// titleAbbrev reports a short name written as an abbreviation before a person's name ("Coun.
// Paul Tillson", "Sen. Maria Cantwell").
func (r *resolver) titleAbbrev(m *mention) bool {
	k := m.te
	if m.te-m.ts != 1 || len(r.tokText(m.ts)) > 5 || k+1 >= len(r.toks) || r.tokText(k) != "." || !r.toks[k+1].word || !r.toks[k+1].cap {
		return false
	}
	for _, en := range r.a.Entities {
		if en.Label == model.PERSON && en.Start == r.toks[k+1].s {
			return true
		}
	}
	return false
}

// orgApposition reports an apposition after the name whose words call it an organisation, a
// party, a company or a group ("Walhi, Indonesia's largest environmental organisation").
func (r *resolver) orgApposition(m *mention) bool {
	toks := r.toks
	k := m.te
	if k+1 >= len(toks) || r.tokText(k) != "," || toks[k+1].sent != m.sent {
		return false
	}
	for n, j := 0, k+1; n < 8 && j < len(toks) && toks[j].sent == m.sent; n, j = n+1, j+1 {
		if !toks[j].word && !r.apos(j) {
			return false
		}
		if w := r.low(j); orgNouns15[w] {
			return true
		}
	}
	return false
}

// orgNouns15 head an apposition that makes the name before it an organisation.
var orgNouns15 = map[string]bool{
	"organisation": true, "organization": true, "group": true, "company": true, "firm": true,
	"party": true, "charity": true, "agency": true, "network": true, "movement": true,
	"operator": true, "ngo": true, "association": true, "union": true, "coalition": true,
	"club": true, "team": true, "band": true, "newspaper": true, "broadcaster": true,
}

// ownedBy reports a name after the possessive of an organisation or a person ("Amtrak's
// California Zephyr"): a product or a service of its owner.
func (r *resolver) ownedBy(m *mention) bool {
	k := m.ts - 1
	if k < 2 || r.low(k) != "s" || r.toks[k-1].word || !r.apos(k-1) {
		return false
	}
	o := r.toks[k-2].e
	for _, en := range r.a.Entities {
		if en.End == o && (en.Label == model.ORG || en.Label == model.PERSON) {
			return true
		}
	}
	return false
}
