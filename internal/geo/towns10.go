package geo

import "strings"

// Rule 28 (session 10, helper town): towns, namesakes and countries of fresh news
// (toponym-articles-dev9 classes). Small hooks in geo.go call these; tested in towns10_test.go.

// elisionTail returns the end of a known name that the tagger cut before an elided French
// article ("[Côte] d'Ivoire", "[Val] d'Isère"): token te is a glued "d'"/"l'" word with a
// capital after the apostrophe, one space after the span, and the longer phrase is a place's
// own name.
func (r *resolver) elisionTail(ts, te int) (int, bool) {
	if ts >= te || te >= len(r.toks) || !r.toks[te].word || r.toks[te].cap || r.toks[te].sent != r.toks[te-1].sent {
		return 0, false
	}
	if r.text[r.toks[te-1].e:r.toks[te].s] != " " || !elided(r.tokText(te)) {
		return 0, false
	}
	var long mention
	if !r.lookup(&long, r.toks[ts].s, r.toks[te].e) || !r.primCand(&long) {
		return 0, false
	}
	return te + 1, true
}

// andPair splits a place-tagged span "A and B" that the gazetteer does not know as a whole
// into its two countries ("Rescuers from Croatia, Slovenia, [Serbia and Montenegro]", "floods
// in neighbouring [Serbia and Montenegro]"): both halves a country's own name, capitalised
// words only. Names the gazetteer knows whole ("Trinidad and Tobago", "Bosnia and
// Herzegovina") stay one place.
func (r *resolver) andPair(i, ts, te int) ([2]mention, bool) {
	var out [2]mention
	a, b := r.nameToks(ts, te)
	for b > a && !r.toks[b-1].word {
		b--
	}
	if b-a < 3 || !r.toks[a].cap {
		return out, false
	}
	k := -1
	for j := a; j < b; j++ {
		t := &r.toks[j]
		switch {
		case t.word && (r.low(j) == "and" || r.tokText(j) == "&") || !t.word && r.tokText(j) == "&":
			if k >= 0 || j == a || j == b-1 {
				return out, false
			}
			k = j
		case t.word && t.cap:
		default:
			return out, false
		}
	}
	if k < 0 {
		return out, false
	}
	var whole mention
	if r.lookup(&whole, r.toks[a].s, r.toks[b-1].e) {
		return out, false
	}
	for n, se := range [2][2]int{{a, k}, {k + 1, b}} {
		m := mention{ent: i, best: -1, sent: r.toks[se[0]].sent}
		if n == 1 {
			m.ent = -1
		}
		if !r.place(&m, se[0], se[1]) || m.ts != se[0] || m.te != se[1] || m.demonym || !r.onlyCountry(&m) {
			return out, false
		}
		out[n] = m
	}
	for n := range out {
		r.hints(&out[n])
		r.prepare(&out[n])
	}
	return out, true
}

// accessTo are nouns before "to X" that make X a place in the scan, like roadTo ("the entrance
// to Sévaré", "blocking traffic to Petrovaradin", "flights to X").
var accessTo = map[string]bool{
	"entrance": true, "entrances": true, "approach": true, "approaches": true, "access": true,
	"traffic": true, "flights": true, "trains": true, "buses": true, "ferries": true, "gateway": true,
	"ferry": true, "bridge": true, "way": true,
}

// scanTownFrame reports a frame that makes a capitalised run a town for the gazetteer scan, like
// locBefore: an apposition that calls it a town ("Sévaré, the garrison town next to Mopti"), an
// access noun and "to" before it ("the entrance to X"), or a list that a plural place noun and
// "including" govern ("17 townships, including Mrauk-U, Kyauktaw and Buthidaung").
func (r *resolver) scanTownFrame(m *mention) bool {
	if m.townAppos || r.directionAppos(m) { // "X, further southeast towards …" (rule 35)
		return true
	}
	k := r.tokAt(m.ps) - 1
	if k < 1 || !r.toks[k].word || r.toks[k].sent != m.sent {
		// (a list's comma before the name: "including A, X")
		if k >= 1 && r.tokText(k) == "," && r.toks[k].sent == m.sent {
			return r.placeListGovernor(k, m.sent)
		}
		return false
	}
	w := r.low(k)
	if w == "to" {
		j := k - 1
		if j >= 0 && r.toks[j].word && r.toks[j].sent == m.sent && accessTo[r.low(j)] {
			return true
		}
		return false
	}
	if w == "for" && r.departFor(k, m.sent) { // "left X for Y" (rule 31, towns11.go)
		return true
	}
	return r.placeListGovernor(k, m.sent)
}

// placeListGovernor reports a list of names that a plural place noun governs through
// "including", "like" or "such as" (includingFrame, with plural nouns such as "townships").
func (r *resolver) placeListGovernor(k, sent int) bool {
	j := r.listGovernor(k, sent)
	if j < 0 {
		return false
	}
	w := r.low(j)
	return cityNouns[w] || placeNouns[w] || placeNouns[strings.TrimSuffix(w, "s")] || strings.HasSuffix(w, "ies") && placeNouns[strings.TrimSuffix(w, "ies")+"y"]
}

// stateTownOverCapital reports a foreign national capital of under a million people that loses
// to the story's own town: in local news of the United States, Canada and Australia (wire copy
// names a town outside the story's state with its state), a bare name that is, by its own name,
// a town or district of a country the document names, in the story's state or a state its
// sentence names, is that town, not a capital abroad of a country the document never names ("the
// East Tamar Highway to George Town" in a Tasmania story is not Georgetown, Guyana). focus tells
// whether the document names a country, ownState whether a first-level division is the story's
// or its sentence's; the caller checks that neither the sentence nor a containment phrase
// supports the capital.
func (r *resolver) stateTownOverCapital(m *mention, c cand, focus func([2]byte) bool, ownState func(uint16) bool) bool {
	p := &r.g.places[c.p]
	if !c.prim || p.feat != featCity || p.flags&flagCapital == 0 || p.pop >= 1000000 || localCountry(p.cc) || focus(p.cc) {
		return false
	}
	for _, o := range m.cands {
		q := &r.g.places[o.p]
		if o.prim && localCountry(q.cc) && (q.feat == featCity || q.feat == featAdmin2) && q.a1 != 0 && focus(q.cc) && ownState(q.a1) {
			return true
		}
	}
	return false
}

// bareDivAbroad reports a second-level division abroad named bare (no administrative word)
// while the name is, by its own name, a town of the country the story is clearly about:
// "between Konjic and Jablanica" in a Bosnia story is the Bosnian town, not Serbia's Jablanica
// district, even when a list of rescuers names Serbia. The caller checks containment support.
func (r *resolver) bareDivAbroad(m *mention, c cand, focusCC [2]byte, strong bool) bool {
	p := &r.g.places[c.p]
	if !strong || p.feat != featAdmin2 || p.cc == focusCC || m.adminHint || m.divisionHint {
		return false
	}
	for _, o := range m.cands {
		if q := &r.g.places[o.p]; o.prim && q.feat == featCity && q.cc == focusCC && q.flags&flagSection == 0 {
			return true
		}
	}
	return false
}

// apposPartsCity returns the mention of the town that an apposition after mention i calls it a
// part of ("a crowd in the Ezzouhour district, one of the poorest parts of the city", "X, a
// suburb of the capital"): the nearest town read before it, as for partsCity (rule 23); -1
// when there is none. The name's own district or neighbourhood word may stand before the comma.
func (r *resolver) apposPartsCity(i int) int {
	if r.partsWord != 1 {
		return -1 // (partsCity looked for "of the town/city/capital" first)
	}
	m := &r.ments[i]
	e := m.e
	if t := m.te; t < len(r.toks) && r.toks[t].word && r.toks[t].sent == m.sent && (districtWords[r.low(t)] || placeNouns[r.low(t)]) {
		e = r.toks[t].e
	}
	rest := r.ltext[e:min(len(r.ltext), e+90)]
	if !strings.HasPrefix(rest, ", ") {
		return -1
	}
	rest = rest[2:]
	switch {
	case strings.HasPrefix(rest, "one of the "):
		rest = rest[len("one of the "):]
	case strings.HasPrefix(rest, "a "), strings.HasPrefix(rest, "an "):
		rest = rest[strings.IndexByte(rest, ' ')+1:]
	default:
		return -1
	}
	// up to three adjectives, then a part noun and "of the town/city/capital"
	for n := 0; n < 4; n++ {
		w, after, ok := strings.Cut(rest, " ")
		if !ok {
			return -1
		}
		noun := false
		for _, p := range partsNouns {
			if w == p || w+"s" == p || strings.TrimSuffix(p, "ies")+"y" == w {
				noun = true
				break
			}
		}
		if noun {
			for _, tail := range [...]string{"of the town", "of the city", "of the capital", "of this town", "of this city"} {
				if strings.HasPrefix(after, tail) {
					return r.cityBefore(i, tail == "of the capital", 1500, true)
				}
			}
			return -1
		}
		if w == "" || !isLowerWord(w) {
			return -1
		}
		rest = after
	}
	return -1
}

// isLowerWord reports a word of lower-case ASCII letters (an adjective in an apposition).
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return true
}

// pluralAdminBefore are plural administrative nouns before "of" and a list of names ("the
// municipalities of Jerez and Valparaíso"), with their singular.
var pluralAdminBefore = map[string]string{
	"municipalities": "municipality", "provinces": "province", "regions": "region", "districts": "district",
	"states": "state", "counties": "county", "departments": "department", "governorates": "governorate",
	"oblasts": "oblast", "prefectures": "prefecture", "parishes": "parish",
}

// adminListBefore gives a name the administrative word of a plural noun that governs the list
// it stands in through "of" ("in the municipalities of Jerez and Valparaíso", "the provinces of
// Idlib, Hama and X"), as listAdminWord does for "X, Y and Z counties".
func (r *resolver) adminListBefore(m *mention) {
	if one, ok := r.adminListOf(m); ok {
		m.adminHint, m.adminWord = true, one
	}
}

// adminListOf returns the singular administrative word of the plural noun and "of" that
// govern the list m stands in ("the municipalities of X and Y").
func (r *resolver) adminListOf(m *mention) (string, bool) {
	toks := r.toks
	for j, n := r.tokAt(m.ps)-1, 0; j >= 1 && n < 12 && toks[j].sent == m.sent; j, n = j-1, n+1 {
		t := &toks[j]
		w := r.text[t.s:t.e]
		switch {
		case !t.word && w == ",":
		case t.word && t.cap:
		case t.word && (w == "and" || w == "or"):
		case t.word && w == "of":
			if one, ok := pluralAdminBefore[r.low(j-1)]; ok && toks[j-1].word && toks[j-1].sent == m.sent {
				return one, true
			}
			return "", false
		default:
			return "", false
		}
	}
	return "", false
}

// divisionNotCityAbroad reports a town abroad for a name written with its administrative word
// ("the municipalities of Jerez and Valparaíso", "Valparaíso municipality") that is, by its own
// name, a division of the country the story is clearly about: the division is meant.
func (r *resolver) divisionNotCityAbroad(m *mention, c cand, focusCC [2]byte, strong bool) bool {
	p := &r.g.places[c.p]
	if !strong || !m.adminHint || p.feat != featCity || p.cc == focusCC {
		return false
	}
	for _, o := range m.cands {
		if q := &r.g.places[o.p]; o.prim && q.cc == focusCC && (q.feat == featAdmin1 || q.feat == featAdmin2) {
			return true
		}
	}
	return false
}

// seatNotProminent reports a division whose people would exempt it from the foreign-namesake
// rule while its namesake town of the same country, under a million, is not exempt: a division
// named after its seat is no better known abroad than the seat ("Valparaíso" in a Mexico story
// is neither the Chilean port nor the Chilean region).
func (r *resolver) seatNotProminent(m *mention, c cand) bool {
	p := &r.g.places[c.p]
	if p.feat != featAdmin1 && p.feat != featAdmin2 {
		return false
	}
	for _, o := range m.cands {
		if q := &r.g.places[o.p]; o.prim && q.feat == featCity && q.cc == p.cc && q.pop < 1000000 && q.flags&flagCapital == 0 {
			return true
		}
	}
	return false
}

// hyphenSaint reports a "Saint-"/"Sainte-"/"St-" that opens a hyphenated compound name at token
// i ("Saint-Jean-de-Maurienne", "Sainte-Foy"): the scan may start a name there although the
// title alone never does ("Saint Peter").
func (r *resolver) hyphenSaint(i int) bool {
	switch r.low(i) {
	case "saint", "sainte", "st", "ste":
	default:
		return false
	}
	toks := r.toks
	return i+2 < len(toks) && !toks[i+1].word && r.tokText(i+1) == "-" && toks[i+1].s == toks[i].e &&
		toks[i+2].s == toks[i+1].e && toks[i+2].word && toks[i+2].cap && toks[i+2].sent == toks[i].sent
}
