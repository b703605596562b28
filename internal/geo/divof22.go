package geo

import "github.com/sitrep-dev/sitrep/internal/model"

// Rule 78: "the American state of Georgia", "the Indian state of Punjab" name a division of
// the nationality's country, so a country of that name elsewhere (Georgia) is not meant:
// nationalFrame's country already rules out towns and districts abroad (contra in scoreAll); a
// division noun before "of" rules out other countries too. A republic ("the former Soviet
// republic of Georgia") is no division noun.

// divisionOfBefore reports whether m follows "<division noun> of", the noun one of
// adminNounOf's ("state", "province", "region", "county", …) or "canton".
func (r *resolver) divisionOfBefore(m *mention) bool {
	k := r.tokAt(m.ps) - 1
	if k < 1 || !r.toks[k].word || r.low(k) != "of" || !r.toks[k-1].word || r.toks[k-1].cap {
		return false
	}
	w := r.low(k - 1)
	return adminNounOf[w] || w == "canton"
}

// bareDivisions is rule 79: a bare name of a city flagged "bare-division" in the supplement
// ("Quebec" of Québec, "Oklahoma" of Oklahoma City) is the first-level division of that name
// that holds the city; English calls the city "Quebec City", "Oklahoma City". A dateline
// ("QUEBEC (AP) —") names the city and keeps it, and so does a name followed by "City" or a
// town's office ("Quebec's mayor", "the Quebec city council").
func (r *resolver) bareDivisions() {
	g := r.g
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.dateline != dlNone || r.taggedDateline(m) {
			continue
		}
		p := &g.places[m.cands[m.best].p]
		if p.flags&flagBareDiv == 0 || p.feat != featCity || p.a1 == 0 {
			continue
		}
		if r.cityHeadAfter(m) {
			continue
		}
		for k, c := range m.cands {
			if q := &g.places[c.p]; q.feat == featAdmin1 && q.cc == p.cc && q.a1 == p.a1 {
				m.best = k
				break
			}
		}
	}
}

// cityHeads are the words after a name (or its "'s") that make it a town: its mayor, its
// council, its old town.
var cityHeads = map[string]bool{"city": true, "mayor": true, "mayoral": true, "municipal": true, "downtown": true, "old": true}

// cityHeadAfter reports one of cityHeads right after mention m or after its possessive.
func (r *resolver) cityHeadAfter(m *mention) bool {
	k := m.te
	if k+1 < len(r.toks) && r.toks[k].s == r.toks[k-1].e && r.apos(k) && r.toks[k+1].word && r.low(k+1) == "s" {
		k += 2
	}
	return k < len(r.toks) && r.toks[k].word && r.toks[k].sent == m.sent && cityHeads[r.low(k)]
}

// orgDivisionAgain is rule 81: an organisation-tagged name without an actor that another
// mention of the document reads, by the same text, as a division ("Haiti's rural [Centre]ORG
// department" read through its division noun) is that division again where the tagger left
// it bare ("their advance into the [Centre]ORG"): one sense per document. A name before an
// office ("the Kunar governor") stays the organisation's, and so do short and upper-case
// names ("28 MAR 89" of a wire's all-caps dateline), as in taggedElsewhere.
func (r *resolver) orgDivisionAgain() {
	g := r.g
	var added []mention
	for i := range r.a.Entities {
		en := &r.a.Entities[i]
		if en.Label != model.ORG || en.Actor != "" || en.Start < 0 || en.End > len(r.text) || en.Start >= en.End {
			continue
		}
		a, b, ok := r.entityNameToks(en)
		if !ok {
			continue
		}
		s, e := r.toks[a].s, r.toks[b-1].e
		if e-s < 4 || isUpperText(r.text[s:e]) || r.coveredSpan12(s, e, added) || r.officeAfter(b) {
			continue
		}
		var p uint32
		found := false
		for j := range r.ments {
			o := &r.ments[j]
			if o.best < 0 || o.metonymy || o.e-o.s != e-s || r.text[o.s:o.e] != r.text[s:e] {
				continue
			}
			if f := g.places[o.cands[o.best].p].feat; f == featAdmin1 || f == featAdmin2 {
				p, found = o.cands[o.best].p, true
				break
			}
		}
		if !found {
			continue
		}
		m := mention{ent: i, best: -1, sent: r.toks[a].sent, relabel: true, other: otherDoc12}
		if !r.place(&m, a, b) || m.ts != a || m.te != b {
			continue
		}
		r.hints(&m)
		r.prepare(&m)
		if k := m.candOf(p); k >= 0 {
			m.best = k
			r.context(&m)
			added = append(added, m)
		}
	}
	r.ments = append(r.ments, added...)
}

// compassDivision reports tokens [ts, te) that are one capitalised compass adjective
// ("Western", "North-Eastern", "Central") followed by a division noun ("Western province")
// or standing in a list that a plural division noun ends ("the Western and Sabaragamuwa
// provinces"): rule 82 reads such a nationality-tagged word as a division's name.
func (r *resolver) compassDivision(ts, te int) bool {
	if te-ts != 1 || !r.toks[ts].cap {
		if te-ts != 3 || !r.toks[ts].cap || r.tokText(ts+1) != "-" {
			return false
		}
	}
	w := r.ltext[r.toks[ts].s:r.toks[te-1].e]
	if d, ok := dirWords[w]; !ok || d == w && w != "central" || w == "upper" || w == "lower" {
		return false // (the adjectives only: "Western", "Central"; not "North", "Upper")
	}
	// (not "state": "a Western state" is one of the American West, "Western and Gulf states"
	// are governments)
	if j := te; j < len(r.toks) && r.toks[j].word && !r.toks[j].cap && r.toks[j].sent == r.toks[ts].sent && adminWords[r.low(j)] && r.low(j) != "state" {
		return true
	}
	m := mention{ts: ts, te: te, sent: r.toks[ts].sent}
	w, ok := r.listAdmin(&m)
	return ok && w != "state"
}

// localOverForeignSite is rule 83: in a story about one country (docCountry12), a name read as
// a site or natural feature abroad ("Islay", the Scottish island, in a Peruvian mining story;
// "Andros" of the Bahamas in a Greek ferry strike) that is also, by its own name, a town or
// division of the story's country is the local place, unless its sentence names a place of
// the feature's country or "the" goes before it, as it does before ranges, rivers and seas
// ("the Andes" of a Colombian story is no town of Andes); such a name read as a town of the
// story's country after "the" is the feature.
func (r *resolver) localOverForeignSite() {
	g := r.g
	cc, ok := r.docCountry12()
	if !ok {
		return
	}
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.metonymy || m.dateline != dlNone {
			continue
		}
		p := &g.places[m.cands[m.best].p]
		if p.feat == featCity && p.cc == cc && r.theBefore(m) && !r.modifiesNext(m) {
			// "the western slopes of the Andes": a town of the story's country after "the"
			// is the feature of its own name there or of no country (the range, not Andes,
			// Antioquia), unless the name qualifies what follows ("the Beni area", "the Los
			// Angeles Dodgers")
			for k, c := range m.cands {
				if q := &g.places[c.p]; c.prim && (q.flags&flagSite != 0 || q.feat == featRegion) && q.flags&flagCommon == 0 && (q.cc == cc || q.cc == ([2]byte{})) {
					m.best = k
					break
				}
			}
			continue
		}
		if p.flags&flagSite == 0 || p.cc == cc || p.cc == ([2]byte{}) {
			continue
		}
		if r.theBefore(m) || r.sentPlaces(i, p.cc) {
			continue
		}
		for k, c := range m.cands {
			if q := &g.places[c.p]; c.prim && q.cc == cc && (q.feat == featCity || q.feat == featAdmin2 || q.feat == featAdmin1) {
				m.best = k
				break
			}
		}
	}
}

// theBefore reports a lower-case "the" right before mention m ("the Andes"; not a sentence's
// "The").
func (r *resolver) theBefore(m *mention) bool {
	k := m.ts - 1
	return k >= 0 && r.toks[k].word && r.toks[k].sent == m.sent && r.tokText(k) == "the"
}

// modifiesNext reports a name that goes on or qualifies the word after it: a capitalised word
// ("the Los Angeles Dodgers") or a place noun ("the Beni area", "the Kherson region").
func (r *resolver) modifiesNext(m *mention) bool {
	k := m.te
	if k >= len(r.toks) || !r.toks[k].word || r.toks[k].sent != m.sent {
		return false
	}
	if r.toks[k].cap {
		return true
	}
	w := r.low(k)
	return placeNouns[w] || adminWords[w] || cityNouns[w] || w == "area" || w == "areas" || w == "border" || w == "zone" || w == "sector" || w == "front"
}

// sideAfter returns the country of "…, on the <Demonym> side" after a border site ("waiting at
// the Rafah crossing, on the Egyptian side of the border"): the site's side the text names.
func (r *resolver) sideAfter(m *mention) ([2]byte, bool) {
	k := m.te
	for n := 0; n < 2 && k < len(r.toks) && r.toks[k].word && !r.toks[k].cap && r.toks[k].sent == m.sent; n++ {
		switch r.low(k) {
		case "crossing", "border", "post", "terminal", "gate", "checkpoint", "bridge":
			k++
			continue
		}
		break
	}
	if k+4 >= len(r.toks) || r.tokText(k) != "," || r.low(k+1) != "on" || r.low(k+2) != "the" || r.toks[k+4].sent != m.sent || r.low(k+4) != "side" {
		return [2]byte{}, false
	}
	return r.demonymCC(k + 3)
}
