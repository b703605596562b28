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
		t := r.toks[j]
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
	if m.townAppos {
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
