package geo

import "strings"

// Rule 92 (session 24): the names a document gives its storms are not places.
//
// "Tropical Storm Kyle dumped heavy rain across south-western Jamaica, barely a year after
// Hurricane Melissa": the tagger reads "Kyle" and "Melissa" as places, and the gazetteer has
// towns of both names, so "Kyle's centre passed 90 kilometres south of the island" went to
// Kyle, Texas. A capitalised word after a storm word (stormWords: "Hurricane", "Cyclone",
// "Typhoon", "Storm", "Depression"), where the tagger marks it or the pair as an entity, names
// a storm, and every entity of that one word, or of a storm word and that word, is dropped.

// stormNames returns the lower-cased given names that follow a storm word in the document
// (nil when there are none, as in most stories).
func (r *resolver) stormNames() map[string]bool {
	var out map[string]bool
	// (the tagger marks the storm's name, or the storm word and its name, as an entity: the
	// entities are looked at, not every token, which cost 7,600 instructions a story)
	for i := range r.a.Entities {
		en := &r.a.Entities[i]
		if en.Start < 0 || en.End > len(r.text) || en.Start >= en.End {
			continue
		}
		if !stormBefore(r.ltext[:en.Start]) && !stormStart(r.ltext[en.Start:en.End]) {
			continue // (bytes first: most entities follow no storm word)
		}
		k := r.tokAt(en.Start)
		if k >= len(r.toks) || r.toks[k].s != en.Start {
			continue
		}
		if k+1 < len(r.toks) && r.toks[k+1].s < en.End && r.toks[k].word && stormWords[r.low(k)] {
			k++ // "[Hurricane Melissa]": the storm word inside the entity
		} else if k == 0 || !r.toks[k-1].word || !stormWords[r.low(k-1)] {
			continue
		}
		if r.toks[k].cap && r.toks[k].word && r.toks[k].sent == r.toks[k-1].sent && !stormWords[r.low(k)] && r.stormNoun(k-1) {
			if out == nil {
				out = map[string]bool{}
			}
			out[r.low(k)] = true
		}
	}
	return out
}

// stormBefore reports text ending in a storm word and a space ("… Hurricane "); stormStart,
// text starting with a storm word and a space ("Hurricane Melissa"). Byte tests before the
// token tests; they spell out stormWords, which TestStormNames checks.
func stormBefore(s string) bool {
	n := len(s)
	if n < 6 || s[n-1] != ' ' {
		return false
	}
	switch t := s[:n-1]; t[n-2] {
	case 'm':
		return strings.HasSuffix(t, "storm")
	case 'e':
		return strings.HasSuffix(t, "hurricane") || strings.HasSuffix(t, "cyclone")
	case 'n':
		return strings.HasSuffix(t, "typhoon") || strings.HasSuffix(t, "depression")
	}
	return false
}

func stormStart(s string) bool {
	switch s[0] {
	case 's':
		return strings.HasPrefix(s, "storm ")
	case 'h':
		return strings.HasPrefix(s, "hurricane ")
	case 't':
		return strings.HasPrefix(s, "typhoon ")
	case 'c':
		return strings.HasPrefix(s, "cyclone ")
	case 'd':
		return strings.HasPrefix(s, "depression ")
	}
	return false
}

// stormNoun reports that storm word k names a storm, not a verb: "storm" and "depression"
// only after "tropical" ("Tropical Storm Kyle") or written capitalised without a capitalised
// word before it ("as Storm Babet hit", not the headline's "Insurgents Storm Macomia" or the
// verb of "insurgents storm Macomia").
func (r *resolver) stormNoun(k int) bool {
	switch r.low(k) {
	case "storm", "depression":
	default:
		return true
	}
	if k > 0 && r.toks[k-1].word && r.low(k-1) == "tropical" {
		return true
	}
	return r.toks[k].cap && !(k > 0 && r.toks[k-1].word && r.toks[k-1].cap && r.toks[k-1].sent == r.toks[k].sent)
}

// stormEntity reports a place entity over tokens [ts, te) that is a storm's name: the one word
// of a storm name, or a storm word and the name ("Hurricane Melissa").
func (r *resolver) stormEntity(storms map[string]bool, ts, te int) bool {
	if storms == nil {
		return false
	}
	a, b := r.nameToks(ts, te)
	switch {
	case b-a == 1:
		return storms[r.low(a)]
	case b-a >= 2:
		return r.is(b-2, clsStorm) && storms[r.low(b-1)]
	}
	return false
}

// Rule 94 (session 24): a bare name that the story also gives with its division word is read
// in that division.
//
// "Hurricane Gonzalo slams into southwest Louisiana, swamping Cameron Parish … roared ashore
// near Cameron": the bare "Cameron" had gone to Cameron County, Texas, a county of 420,000 that
// the story's two mentions of Texas supported. A story that names "X Parish" (or X County,
// District, Province …) and resolves it to a division means that division, or its town of the
// name, by a bare X, when its reading is a town or division of the same country. A capital
// or a city of a million keeps its reading ("Washington County asked Washington for aid").
func (r *resolver) divisionNameSense() {
	g := r.g
	var divs []int // mentions "X <division word>" read as a division
	for j := range r.ments {
		o := &r.ments[j]
		if o.best < 0 || o.metonymy {
			continue
		}
		if f := g.places[o.cands[o.best].p].feat; f != featAdmin1 && f != featAdmin2 {
			continue
		}
		name := r.ltext[o.s:o.e]
		if k := strings.LastIndexByte(name, ' '); k >= 0 && divNameWords[name[k+1:]] {
			divs = append(divs, j)
		}
	}
	if len(divs) == 0 {
		return
	}
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.metonymy || m.dateline != dlNone || len(m.cands) < 2 {
			continue
		}
		short := r.ltext[m.s:m.e]
		for _, j := range divs {
			long := r.ltext[r.ments[j].s:r.ments[j].e]
			if len(long) <= len(short)+1 || long[:len(short)] != short || long[len(short)] != ' ' || strings.IndexByte(long[len(short)+1:], ' ') >= 0 {
				continue
			}
			o := &r.ments[j]
			d, cur := o.cands[o.best].p, m.cands[m.best].p
			// (a town or division of the division's country only: "the Mississippi" stays the
			// river beside Mississippi County, "Uganda's Busia district" stays Uganda's beside
			// Kenya's Busia County)
			if p := &g.places[cur]; cur == d || g.inside(cur, d) || p.flags&flagCapital != 0 || p.pop >= 1000000 ||
				p.cc != g.places[d].cc || p.feat != featCity && p.feat != featAdmin1 && p.feat != featAdmin2 {
				break
			}
			best := -1
			for k, c := range m.cands {
				if c.p != d && g.places[c.p].feat == featCity && g.inside(c.p, d) {
					best = k // the division's town of the name
					break
				}
			}
			if best < 0 {
				best = m.candOf(d)
			}
			if best >= 0 {
				m.best = best
			}
			break
		}
	}
}

// divNameWords end the name of a division ("Cameron Parish", "Kaski District").
var divNameWords = map[string]bool{"county": true, "parish": true, "district": true, "province": true,
	"municipality": true, "governorate": true, "prefecture": true, "oblast": true, "regency": true,
	"department": true, "borough": true, "shire": true}

// containedNext reports mention i followed by the place its reading lies in ("Nogales,
// Arizona"): the text has placed it.
func (r *resolver) containedNext(i int) bool {
	if i+1 >= len(r.ments) {
		return false
	}
	m, n := &r.ments[i], &r.ments[i+1]
	return m.best >= 0 && n.best >= 0 && n.sent == m.sent && n.ps-m.e <= 3 && r.g.inside(m.cands[m.best].p, n.cands[n.best].p)
}

// paraCountry returns the one country of the places mention i's paragraph names by a reading
// (countries, divisions, towns; not sites, metonyms or datelines), when there is one.
func (r *resolver) paraCountry(i int) ([2]byte, bool) {
	m := &r.ments[i]
	var cc [2]byte
	n := 0
	for j := range r.ments {
		o := &r.ments[j]
		if j == i || o.best < 0 || o.metonymy || o.dateline != dlNone || !r.sameParagraph(m.s, o.s) {
			continue
		}
		p := &r.g.places[o.cands[o.best].p]
		if p.cc == ([2]byte{}) || p.flags&flagSite != 0 {
			continue
		}
		if n > 0 && p.cc != cc {
			return [2]byte{}, false
		}
		cc, n = p.cc, n+1
	}
	return cc, n > 0
}

// demonymCompound reports a name of nationality words joined by hyphens ("the
// Ukrainian-Belarusian border"): an adjective, no place.
func (r *resolver) demonymCompound(m *mention) bool {
	name := r.ltext[m.s:m.e]
	if !strings.Contains(name, "-") {
		return false
	}
	for _, w := range strings.Split(name, "-") {
		if _, ok := r.g.demonymOf(w); !ok {
			return false
		}
	}
	return true
}

// settlementOfBefore reports "the town of", "a village of" … just before token t.
func (r *resolver) settlementOfBefore(t int) bool {
	if t < 2 || !r.toks[t-1].word || r.low(t-1) != "of" || !r.toks[t-2].word {
		return false
	}
	switch r.low(t - 2) {
	case "town", "city", "village", "towns", "villages", "hamlet":
		return true
	}
	return false
}

// roadCodeSpan reports tokens [ts, te) that are one road number ("RN15", "M62", "I-80",
// "BR-386"): rule 97 lets the tagger's place of that form take the country of its sentence or
// story as an unknown name does, which capitals alone never do (an acronym is no place).
func (r *resolver) roadCodeSpan(ts, te int) bool {
	if ts >= te || !hasDigit(r.text[r.toks[ts].s:r.toks[te-1].e]) || r.upperWindow(ts, te) {
		return false // (all-capitals copy: "3 M-60 MACHINEGUNS" of a wire in capitals)
	}
	if ts > 0 && r.toks[ts-1].digit {
		return false // "2 M-70 machine guns": a count of weapons
	}
	if code := r.text[r.toks[ts].s:r.toks[te-1].e]; len(code) < 3 || code[0] == 'R' && isDigits(code[1:]) {
		return false // "an Audi A5", "R5 rifles"; "a R150 bribe", "R654 a year": rand, not South Africa's R roads
	}
	if e := r.toks[te-1].e; e+1 < len(r.text) && (r.text[e] == ',' || r.text[e] == '.') && r.text[e+1] >= '0' && r.text[e+1] <= '9' {
		return false // "R68,000 in cash": an amount of rand
	}
	if te < len(r.toks) && r.toks[te].word {
		switch r.low(te) {
		case "million", "billion", "trillion", "bn", "m", "thousand", "mn":
			return false // "R130 million": an amount, not the R130 road
		}
	}
	e, _, ok := r.anyRoadCode(ts)
	return ok && e == te
}
