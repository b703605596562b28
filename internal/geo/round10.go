package geo

import "github.com/sitrep-dev/sitrep/internal/model"

// Session 8, round 10: place names inside entities that carry extra words, so that the place was
// never read (tested in session8f2_test.go): "[Upper East Regional]ORG Minister", "[Bawku
// Municipal]ORG Director", "[West Sumatra Governor]ORG", "[Ratnapura District]ORG".

// officeTails ending a person- or organisation-tagged entity name an office or a body of the
// place before them ("the Upper East Regional Minister", "the West Sumatra Governor"): the place
// part is a place mention, and the entity keeps its label.
var officeTails = map[string]bool{
	"regional": true, "municipal": true, "provincial": true, "divisional": true,
	"metropolitan": true, "governor": true, "minister": true, "commissioner": true,
	"police": true, "assembly": true, "administrator": true, "mayor": true,
	// session 19: the rest of two- and three-word offices
	"deputy": true, "superintendent": true, "coroner": true, "commander": true, "sheriff": true,
}

// divTails ending such an entity are the division's own word ("[Ratnapura District]ORG"): the
// entity is the place and is relabelled.
var divTails = map[string]bool{"district": true, "province": true, "governorate": true, "region": true}

// nameToks trims the token range [a, b) of an entity to its name: no leading "the" or
// punctuation, no trailing punctuation.
func (r *resolver) nameToks(a, b int) (int, int) {
	for a < b && (!r.toks[a].word || r.low(a) == "the") {
		a++
	}
	for b > a && !r.toks[b-1].word {
		b--
	}
	return a, b
}

// officePlace reads entity i (tokens [ts, te), a person or an organisation by the tagger) whose
// last word is an office or division word after a known place below the country ("the [Bawku
// Municipal]ORG Director") as a place mention of the place part; it reports whether it added one.
// Countries are left alone ("Kenya Police" is a national body, an actor), and so are names with
// an organisation word inside ("Bawku Municipal Hospital" ends in no office word anyway).
func (r *resolver) officePlace(i, ts, te int) bool {
	toks := r.toks
	a, b := r.nameToks(ts, te)
	if b-a < 2 || b-a > 4 || !toks[a].cap || !toks[b-1].cap {
		return false
	}
	tail := r.low(b - 1)
	office, div := officeTails[tail], divTails[tail]
	if !office && !div {
		return false
	}
	// the office may take two or three words: "[Morogoro Regional Police]ORG Commander",
	// "[Majuli Deputy Commissioner]ORG", "[Sunflower County Coroner]ORG" (session 19)
	first := b - 1
	for first-1 > a && officeTails[r.low(first-1)] {
		first--
	}
	if k := a - 1; k >= 0 && toks[k].sent == toks[a].sent && toks[k].word && toks[k].cap && !toks[k].sentStart && r.low(k) != "the" {
		return false // "Deputy Upper East Regional …": another name before it
	}
	for k := a; k < first; k++ {
		if !toks[k].word || !toks[k].cap || otherOrgWords[r.low(k)] {
			return false
		}
	}
	// the whole, or the name with fewer office words stripped, may be a known name of its own
	// ("Bawku Municipal" is GeoNames' Bawku Municipal District, "Sunflower County" a county):
	// then that is the place
	e := first
	for end := b; end > first; end-- {
		var whole mention
		if r.lookup(&whole, toks[a].s, toks[end-1].e) && r.primCand(&whole) {
			e = end
			break
		}
	}
	m := mention{ent: i, best: -1, sent: toks[a].sent, relabel: div}
	if !r.place(&m, a, e) || m.demonym || m.ts != a || m.te != e || !r.primCand(&m) {
		return false
	}
	for _, c := range m.cands {
		if c.prim && r.g.places[c.p].feat == featCountry {
			return false
		}
	}
	if div {
		m.adminHint = true
	}
	r.hints(&m)
	r.prepare(&m)
	r.ments = append(r.ments, m)
	return true
}

// ofDivision reports "the [Capitalised words] governorate of X" before the name: token k is
// "of" and the division noun before it follows "the" over up to three capitalised words ("in
// the Upper Egypt governorate of [Sohag]ORG").
func (r *resolver) ofDivision(k, sent int) bool {
	toks := r.toks
	if k < 2 || !toks[k-1].word || toks[k-1].cap || toks[k-1].sent != sent || !orgDivWords[r.low(k-1)] {
		return false
	}
	j := k - 2
	for n := 0; j >= 0 && n < 3 && toks[j].sent == sent && toks[j].word && toks[j].cap && !toks[j].sentStart; n++ {
		j--
	}
	return j >= 0 && j < k-2 && toks[j].sent == sent && toks[j].word && r.low(j) == "the"
}

// settledList returns the place a name is listed with under a locative preposition when every
// other member the tagger called a person is the own name of a town or division the gazetteer
// knows ("flooding in Swat, [Dir]PER, [Chitral]PER and [Shangla]PER": districts, not people), or
// -1. A member that is no known place ("between Ruto and X") keeps the list a list of people.
func (r *resolver) settledList(a, b, sent int, added []mention) int {
	p, gov := r.otherPartner(a, b, sent, added)
	if p < 0 || !otherStrongPreps[gov] && !otherWeakPreps[gov] {
		return -1
	}
	members, _ := r.listMembers(a, b, sent)
	people := 0
	for _, s := range members[1:] {
		off := r.toks[s].s
		for i := range r.a.Entities {
			en := &r.a.Entities[i]
			if en.Start != off || en.Label != model.PERSON {
				continue
			}
			taken := false
			for j := range added {
				taken = taken || added[j].s == off
			}
			if taken {
				people++
				continue
			}
			e := s
			for e < len(r.toks) && r.toks[e].s < en.End {
				e++
			}
			if !r.knownSettlement(s, e) {
				return -1
			}
			people++
		}
	}
	if people == 0 {
		return -1
	}
	return p
}

// possLocalPlace reports "in Qena's X": a locative preposition, then the possessive of a place below
// the country that a place-tagged mention read, before the name (a country's possessive is
// left alone: "in Russia's Putin era").
func (r *resolver) possLocalPlace(a, sent int) bool {
	toks := r.toks
	k := a - 1
	if k < 2 || toks[k].sent != sent {
		return false
	}
	// "'s" is one token or two ("'" and "s")
	t := r.tokText(k)
	if t == "s" && k >= 1 && r.apos(k-1) {
		k--
	} else if t != "'s" && t != "’s" {
		return false
	}
	pe := k // the possessor ends before token pe
	for i := range r.ments {
		o := &r.ments[i]
		if o.te != pe || o.demonym || o.ent >= 0 && !r.placeLabel(o.ent) {
			continue
		}
		best, _ := r.bestBase(o)
		if best < 0 || r.g.places[o.cands[best].p].feat == featCountry {
			return false
		}
		g := o.ts - 1
		for g >= 0 && toks[g].sent == sent && toks[g].word && r.low(g) == "the" {
			g--
		}
		return g >= 0 && toks[g].sent == sent && toks[g].word && (otherStrongPreps[r.low(g)] || otherWeakPreps[r.low(g)])
	}
	return false
}

// placeBeforeOffice reads entity i (tokens [ts, te), a person or an organisation by the tagger) that is
// exactly the own name of a town or division below the country, followed by a capitalised office
// word ("The [Sohag]ORG Governor", "the [Kano]ORG Police"), as that place; it reports whether it
// added the mention.
func (r *resolver) placeBeforeOffice(i, ts, te int) bool {
	toks := r.toks
	a, b := r.nameToks(ts, te)
	if a >= b || b-a > 3 || b >= len(toks) || !toks[a].cap || !toks[b].word || toks[b].sent != toks[a].sent || r.text[toks[b-1].e:toks[b].s] != " " || !(toks[b].cap && officeTails[r.low(b)] || r.divOfficeAfter12(b)) { // (rule 33: lower-case division adjectives)
		return false
	}
	if k := a - 1; k >= 0 && toks[k].sent == toks[a].sent && toks[k].word && toks[k].cap && !toks[k].sentStart && r.low(k) != "the" {
		return false
	}
	if !r.knownSettlement(a, b) {
		return false
	}
	m, ok := r.relabelledPlace(i, a, b, false)
	if !ok || m.ts != a || m.te != b {
		return false
	}
	for _, c := range m.cands {
		if c.prim && r.g.places[c.p].feat == featCountry {
			return false
		}
	}
	r.ments = append(r.ments, m)
	return true
}
