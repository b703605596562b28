package geo

// Rule 86 (session 23): a sentence that says one place is confused with another of the same
// name names two places ("In Lugo, a market town that visitors sometimes confuse with the
// Galician city of Lugo in Spain"; "Perth, often mixed up with Perth, Western Australia").
// The one-sense-per-document rules had given both mentions one reading. The name before the
// cue is the story's own: when it was read abroad and it has a reading in the story's country,
// it takes that one. The name after the cue is the other place: when it still shares the
// first name's reading, it takes the reading inside the place named right after it ("Perth,
// Western Australia"), else the best other reading.

// confusionCue reports whether tokens [a, b) of one sentence hold a confusion verb followed by
// "with" ("confused with", "sometimes confuse with", "mixed up … with", "shares its name
// with"; "mistaken for" is not read: "for" frames a thing, not a place).
func (r *resolver) confusionCue(a, b int) bool {
	verb := false
	for k := a; k < b; k++ {
		if !r.toks[k].word {
			continue
		}
		switch r.low(k) {
		case "confuse", "confused", "confuses", "confusing", "mixed", "mix", "muddled", "conflated",
			"share", "shares", "shared", "sharing": // "shares its name with" (session 24)
			verb = true
		case "with":
			if verb {
				return true
			}
		}
	}
	return false
}

// confusedNamesakes applies rule 86: both names in one sentence, the cue's "with" at most six
// tokens before the second ("with the Galician city of Lugo").
func (r *resolver) confusedNamesakes() {
	g := r.g
	cc, ccOK := r.docCountry12()
	for j := range r.ments {
		o := &r.ments[j]
		if o.best < 0 || o.metonymy {
			continue
		}
		name := r.ltext[o.s:o.e]
		for i := j - 1; i >= 0; i-- {
			m := &r.ments[i]
			if m.sent != o.sent {
				break
			}
			if m.best < 0 || m.metonymy || r.ltext[m.s:m.e] != name || !r.confusionCue(m.te, o.ts) || !r.withBefore(o.ts, 6) {
				continue
			}
			mp := m.cands[m.best].p
			// the story's own place: a reading abroad goes home
			if p := &g.places[mp]; ccOK && p.cc != cc {
				for k, c := range m.cands {
					if q := &g.places[c.p]; c.prim && q.cc == cc && c.p != o.cands[o.best].p {
						m.best, mp = k, c.p
						break
					}
				}
			}
			// the other place: not the same reading
			if o.cands[o.best].p == mp {
				o.best = r.otherNamesake(j, mp)
			}
			break
		}
	}
}

// withBefore reports "with" among the n words before token k, in its sentence.
func (r *resolver) withBefore(k, n int) bool {
	for t := k - 1; t >= 0 && t >= k-n && r.toks[t].sent == r.toks[k].sent; t-- {
		if r.toks[t].word && r.low(t) == "with" {
			return true
		}
	}
	return false
}

// otherNamesake returns the candidate of mention j that is not place mp: the one inside the
// place named right after it ("Perth, Western Australia"), else the best other own-name reading,
// else its present one.
func (r *resolver) otherNamesake(j int, mp uint32) int {
	g := r.g
	o := &r.ments[j]
	if j+1 < len(r.ments) {
		if n := &r.ments[j+1]; n.sent == o.sent && n.best >= 0 && n.ps-o.e <= 3 {
			for k, c := range o.cands {
				if c.p != mp && g.inside(c.p, n.cands[n.best].p) {
					return k
				}
			}
		}
	}
	best, bs := o.best, 0.0
	for k, c := range o.cands {
		if c.p != mp && c.prim && (best == o.best || c.base > bs) {
			best, bs = k, c.base
		}
	}
	return best
}

// borderCountries applies rule 89 (session 23): a name after "the border with" ("residents of
// a village near the border with Niger") is the country of that name, not a division or town
// the story's country has of it (Niger State of a Nigerian story): borders are drawn between
// countries in news copy.
func (r *resolver) borderCountries() {
	g := r.g
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || g.places[m.cands[m.best].p].feat == featCountry {
			continue
		}
		if w, t := r.borderNounOf(m.ts); w != "border" && w != "borders" && w != "frontier" || r.toks[t-2].sent != m.sent {
			continue
		}
		for k, c := range m.cands {
			if c.prim && g.places[c.p].feat == featCountry {
				m.best = k
				break
			}
		}
	}
}
