package geo

// Session 13 (lead): a river named like a country; a reading the nationality word confirms.

// riverLikePlace13 reads "the Moldova river": a country's name the tagger called a place, after
// "the" and before the word "river", when the gazetteer knows no "X river" and none of the
// name's readings is water (a town's or an unknown name before "river" is rule 22's). The
// country is not what the words mean: the name is an unknown river of the story, rule 22's
// water site, placed by the places of its sentence ("the Moldova river damaged a bridge at Gura
// Humorului" lies in Romania, not in the country Moldova). A known river ("the Senegal river",
// "the Niger river") keeps the gazetteer's reading.
func (r *resolver) riverLikePlace13(i, ts, te int) (mention, bool) {
	toks := r.toks
	if ts == 0 || te >= len(toks) || !toks[te].word || toks[te].cap || r.low(te) != "river" || toks[te].sent != toks[te-1].sent || r.text[toks[te-1].e:toks[te].s] != " " {
		return mention{}, false
	}
	if !toks[ts-1].word || r.low(ts-1) != "the" || toks[ts-1].sent != toks[ts].sent {
		return mention{}, false
	}
	var long, short mention
	if r.lookup(&long, toks[ts].s, toks[te].e) {
		return mention{}, false // a known "X river"
	}
	if !r.lookup(&short, toks[ts].s, toks[te-1].e) {
		return mention{}, false // an unknown name: rule 22's "X river" reading
	}
	country := false
	for _, c := range short.cands {
		if r.g.places[c.p].flags&flagSite != 0 || r.river(c.p) {
			return mention{}, false
		}
		country = country || r.g.places[c.p].feat == featCountry
	}
	if !country {
		return mention{}, false // "the Suceava river": the town's name, read by rule 22
	}
	m := mention{ent: i, best: -1, sent: toks[ts].sent, unknown: true, feat: true, site: siteWater}
	m.ts, m.te, m.s, m.e, m.ps = ts, te, toks[ts].s, toks[te-1].e, toks[ts].s
	r.hints(&m)
	return m, true
}

// nationalReading13 picks, for a name whose readings were all rejected, the best reading in
// country cc that a nationality word before it states ("a direct service from the Indian port of
// Mundra" in a Jordanian story: Mundra, Gujarat, not India's middle). It reports whether it
// chose one; the caller then leaves the country's point alone.
func (r *resolver) nationalReading13(m *mention, cc [2]byte) bool {
	best := -1
	for k, c := range m.cands {
		p := &r.g.places[c.p]
		if p.cc != cc || p.flags&flagSite != 0 || p.feat != featCity && p.feat != featAdmin2 && p.feat != featAdmin1 {
			continue // (a corridor or a site named after the town is not the town)
		}
		if best < 0 || c.score > m.cands[best].score {
			best = k
		}
	}
	if best < 0 {
		return false
	}
	m.best = best
	return true
}
