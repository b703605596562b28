package geo

// Rule 78: "the American state of Georgia", "the Mexican state of Mexico", "the Indian
// state of Punjab" name a division of the nationality's country, so a country of that name
// elsewhere (Georgia, Mexico) is not meant: nationalFrame's country already rules out towns
// and districts abroad (contra in scoreAll); a division noun before "of" rules out other
// countries too. A republic ("the former Soviet republic of Georgia") is no division noun.

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
	if k+1 < len(r.toks) && !r.toks[k].word && r.toks[k].s == r.toks[k-1].e && r.toks[k+1].word && r.low(k+1) == "s" {
		if q := r.text[r.toks[k].s:r.toks[k].e]; q == "'" || q == "’" {
			k += 2
		}
	}
	return k < len(r.toks) && r.toks[k].word && r.toks[k].sent == m.sent && cityHeads[r.low(k)]
}
