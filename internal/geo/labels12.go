package geo

import (
	"github.com/sitrep-dev/sitrep/internal/model"
)

// Rule 33 (session 12, helper labels12): names of the story's own places that the tagger
// labelled as people or organisations and that no frame of rules 18, 19 and 22 read (tested in
// labels12_test.go). On fresh news this is the largest class of unplaced toponyms: "Campitello
// and [Canazei]ORG are busy ski resorts" in a Dolomites story, "the [Morocelí]ORG jail" in a
// Honduran one, "The [Songwe]ORG regional commissioner" in a Tanzanian one, "where the Darling
// joins the [Murray]PER" in an Australian one. The name's own words and the document decide: the
// whole name is the own name of a town, division, region or feature of the country the rest of
// the document is about, lying near the story's other places, and nothing around it marks a
// person or an organisation.

// otherDoc12 is the mention.other frame of this rule: a known place of the story's country.
const otherDoc12 = otherKnown + 1

func init() {
	// "in the [Bawku Municipality]ORG and surrounding areas": the municipality is the division
	// (rule 19's division words, which make the entity the place)
	divTails["municipality"] = true
}

// divAdjs12 after a division's name make it the division an office serves ("The Songwe regional
// commissioner", "the Bannu district hospital", "the Lagos state government").
var divAdjs12 = map[string]bool{
	"regional": true, "provincial": true, "district": true, "municipal": true, "county": true,
	"state": true, "divisional": true, "metropolitan": true, "departmental": true,
}

// govNouns12 after a first-level division or town of the story's country name its government, which
// the annotators read as the place acting ("The New South Wales government said").
var govNouns12 = map[string]bool{"government": true, "authorities": true, "officials": true}

// docPlaces12 adds a place mention for each person- or organisation-tagged entity without an
// actor that no other mention covers and that is, by its whole text, the own name of a town,
// division, region or feature of the document's country (docCountry12) near the story's other
// places, unless the words around it make it a person's or an organisation's name
// (personish12). It runs after scoring: the document's country is read from its resolved places.
// Example: "Campitello and [Canazei]ORG are busy ski resorts" in a story placing Val di Fassa,
// Trentino and the Sella Pass.
func (r *resolver) docPlaces12() {
	cc, ok := r.docCountry12()
	if !ok {
		return
	}
	var added []mention
	for i := range r.a.Entities {
		en := &r.a.Entities[i]
		if en.Label != model.PERSON && en.Label != model.ORG || en.Actor != "" || en.Start < 0 || en.End > len(r.text) || en.Start >= en.End {
			continue
		}
		a, b, ok := r.entityNameToks(en)
		if !ok {
			continue
		}
		s, e := r.toks[a].s, r.toks[b-1].e
		name := r.text[s:e]
		if isUpperText(name) || len(name) < 4 || hasDigit(name) || b-a > 4 {
			continue
		}
		if r.coveredSpan12(s, e, added) {
			continue
		}
		m := mention{ent: i, best: -1, sent: r.toks[a].sent, relabel: true, other: otherDoc12}
		if !r.place(&m, a, b) || m.demonym || m.ts != a || m.te != b {
			continue
		}
		r.hints(&m)
		r.prepare(&m)
		k := r.docReading12(&m, cc, en.Label == model.PERSON)
		if k < 0 {
			continue
		}
		if f := r.g.places[m.cands[k].p].feat; b-a == 1 && (f == featAdmin2 || f == featRegion) && !r.framedBefore12(a) {
			continue // "a bus carrying Amarnath pilgrims": a one-word district or feature needs a frame
		}
		if r.personish12(i, a, b) {
			continue // (asked last: most names are no place of the country, and it reads the whole text)
		}
		m.best = k
		r.context(&m)
		added = append(added, m)
	}
	r.ments = append(r.ments, added...)
}

// entityNameToks returns the tokens [a, b) of entity en's name (nameToks: no leading "the",
// no punctuation at the edges), ok when the name starts with a capital.
func (r *resolver) entityNameToks(en *model.Entity) (int, int, bool) {
	ts := r.tokAt(en.Start)
	te := ts
	for te < len(r.toks) && r.toks[te].s < en.End {
		te++
	}
	a, b := r.nameToks(ts, te)
	return a, b, a < b && r.toks[a].cap
}

// coveredSpan12 reports a mention (or one added) overlapping bytes [s, e).
func (r *resolver) coveredSpan12(s, e int, added []mention) bool {
	for i := range r.ments {
		if m := &r.ments[i]; m.s < e && s < m.e {
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

// docCountry12 returns the country the document's resolved places lie in: at least two
// mentions, half of all, the runner-up at most half of it (datelines count: the reporter is
// there).
func (r *resolver) docCountry12() ([2]byte, bool) {
	type ccN struct {
		cc [2]byte
		n  int
	}
	var counts []ccN
	total := 0
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 {
			continue
		}
		p := &r.g.places[m.cands[m.best].p]
		if p.cc == ([2]byte{}) {
			continue
		}
		total++
		k := 0
		for k < len(counts) && counts[k].cc != p.cc {
			k++
		}
		if k == len(counts) {
			counts = append(counts, ccN{cc: p.cc})
		}
		counts[k].n++
	}
	var best ccN
	second := 0
	for _, c := range counts {
		if c.n > best.n {
			best, second = c, best.n
		} else if c.n > second {
			second = c.n
		}
	}
	return best.cc, best.n >= 2 && 2*best.n >= total && 2*second <= best.n
}

// docReading12 returns the candidate of m that this rule takes, or -1: an own-name reading
// (a spelling variant too, for a name of two words or more: "Ferozepur Jhirka") of a town, a
// division, a region or a feature in country cc, lying within 400 km of a town, district or
// feature the document placed in cc (a first-level division needs none); the one in the
// division the story's places lie in most, else the best by the gazetteer's prior. A person-
// tagged name needs a town of 5,000 people or more, a division or a feature (no hamlet of a
// person's name).
func (r *resolver) docReading12(m *mention, cc [2]byte, person bool) int {
	g := r.g
	// the document's towns, districts and features in cc, and their divisions
	type pt struct {
		lat, lon float64
		a1       uint16
	}
	var pts []pt
	a1n := map[uint16]int{}
	for i := range r.ments {
		o := &r.ments[i]
		if o.best < 0 || o.other == otherDoc12 {
			continue
		}
		p := &g.places[o.cands[o.best].p]
		if p.cc != cc || p.feat == featCountry || p.flags&flagApprox != 0 {
			continue
		}
		if p.a1 != 0 {
			a1n[p.a1]++
		}
		if p.feat == featAdmin1 {
			continue
		}
		pts = append(pts, pt{float64(p.lat), float64(p.lon), p.a1})
	}
	words := m.te - m.ts
	best, bestA1, bestS := -1, 0, 0.0
	for k, c := range m.cands {
		p := &g.places[c.p]
		if p.cc != cc || !c.prim && !(c.variant && words >= 2) || p.flags&flagCommon != 0 {
			continue
		}
		if p.flags&flagSection != 0 && person && words == 1 {
			continue // a part of a city named like a person
		}
		switch p.feat {
		case featCity:
			if person && p.pop < 5000 {
				continue
			}
		case featAdmin1, featAdmin2, featRegion:
		default:
			continue
		}
		if p.feat != featAdmin1 {
			reach := 400.0
			if p.feat == featRegion {
				reach = 1000 // a river or a range: the point is one spot of a long feature
			}
			near := false
			for _, q := range pts {
				if within(float64(p.lat), float64(p.lon), q.lat, q.lon, reach) {
					near = true
					break
				}
			}
			if !near {
				continue
			}
		}
		s := c.base
		n := a1n[p.a1]
		if p.a1 == 0 {
			n = 0
		}
		if best < 0 || n > bestA1 || n == bestA1 && s > bestS {
			best, bestA1, bestS = k, n, s
		}
	}
	return best
}

// personish12 reports words in or around tokens [a, b) of entity ent that make the name a
// person's or an organisation's, not a place's: a possessive, hyphen or capitalised word after it
// ("Murray's", "Hope Solo"), a title or capitalised word before it ("Andy Murray", "Mr Hope"),
// an organisation word in it, a role, people, office or organisation noun after it (but a
// division adjective or a facility after a place is the place's: "the Songwe regional
// commissioner", "the Morocelí jail"), a verb of saying or a relative "who" after it ("Murray
// said"), "told" or "according to" before it, quotation marks, a common word, an actor of the
// same text, or another person of the document whose name holds it ("Murray Watt" … "Murray"),
// unless "the" stands before it (a person takes no article: "the lower Murray").
func (r *resolver) personish12(ent, a, b int) bool {
	toks := r.toks
	sent := toks[a].sent
	low := r.ltext[toks[a].s:toks[b-1].e]
	for k := a; k < b; k++ {
		if toks[k].word && otherOrgWords[r.low(k)] {
			return true
		}
	}
	if b-a == 1 && (commonNames[low] || capStop[low]) {
		return true
	}
	if b-a == 1 && isASCII(low) && r.lowerElsewhere(low) {
		return true
	}
	// before: a capitalised word or title, "told", "according to", a quotation mark
	article := false
	if k := a - 1; k >= 0 && toks[k].sent == sent {
		t := r.tokText(k)
		switch {
		case toks[k].word && toks[k].cap && !toks[k].sentStart && r.low(k) != "the":
			return true
		case t == "\"" || t == "“" || t == "‘":
			return true
		case toks[k].word:
			switch w := r.low(k); w {
			case "the":
				article = true
			case "told", "citing", "cited", "quoted", "thanked", "interviewed", "informed", "by", "with", "against", "beat", "defeated":
				return true
			case "to":
				if k >= 1 && toks[k-1].word && (r.low(k-1) == "according" || r.low(k-1) == "spoke" || r.low(k-1) == "talked") {
					return true
				}
			default:
				// "the lower Murray", "the upper Godavari"
				if k >= 1 && toks[k-1].word && r.low(k-1) == "the" && (dirWords[w] != "" || gapAdj[w]) {
					article = true
				}
			}
		}
	}
	// after
	if j := b; j < len(toks) && toks[j].sent == sent {
		t := r.tokText(j)
		switch {
		case t == "'" || t == "’" || t == "-" || t == "–" || t == "\"" || t == "”":
			return true
		case toks[j].word && toks[j].cap && r.text[toks[j-1].e:toks[j].s] == " ":
			return true
		case t == "," && j+1 < len(toks) && toks[j+1].word && toks[j+1].sent == sent:
			n := r.low(j + 1)
			if n == "who" || n == "whose" || len(n) <= 3 && isDigits(n) { // an age: "Hope, 34,"
				return true
			}
		case toks[j].word:
			w := r.low(j)
			switch {
			case divAdjs12[w] || govNouns12[w]:
				// the division's office or government
			case w == "who" || w == "whose" || speechVerbs[w] || metVerbs[w] && !subjVerbs[w]:
				return true
			case roleNouns[w] || peopleAfter[w] || otherOrgWords[w] || officeNouns[w] || localPeople[w]:
				return true
			case (w == "was" || w == "is" || w == "has" || w == "had") && j+1 < len(toks) && toks[j+1].word && personVerbs12[r.low(j+1)]:
				return true
			}
		}
	}
	// "the East Gojjam zone administration said", "the Koui health centre": an office or a
	// facility named after the place (rule 19's officeAfter), unless a facility noun or a
	// government noun follows the name at once ("the Daboase plant", "The New South Wales
	// government said"); "The Songwe regional commissioner" is rule 19's
	if b < len(toks) && toks[b].sent == sent && r.officeAfter(b) && !(toks[b].word && !toks[b].cap && (facilityWords[r.low(b)] && !officeNouns[r.low(b)] || govNouns12[r.low(b)])) {
		return true
	}
	name := r.text[toks[a].s:toks[b-1].e]
	return r.namedElsewhere(ent, name, !article)
}

// personVerbs12 after "was"/"is" make the name a person's ("Hope was arrested").
var personVerbs12 = map[string]bool{"arrested": true, "detained": true, "sentenced": true, "charged": true,
	"convicted": true, "jailed": true, "born": true, "elected": true, "appointed": true, "married": true,
	"killed": true, "shot": true, "injured": true, "wounded": true, "sworn": true, "fired": true, "quoted": true}

// divOfficeAfter12 reports, at token b, a lower-case division adjective before an office, role or
// facility noun ("The [Songwe]ORG regional commissioner", "the [Bannu]ORG district hospital"):
// the name before it is the division the office serves (rule 19's placeBeforeOffice, which reads
// capitalised office words).
func (r *resolver) divOfficeAfter12(b int) bool {
	toks := r.toks
	if b+1 >= len(toks) || !toks[b].word || toks[b].cap || !divAdjs12[r.low(b)] || !toks[b+1].word || toks[b+1].cap || toks[b+1].sent != toks[b].sent {
		return false
	}
	w := r.low(b + 1)
	return roleNouns[w] || officeNouns[w] || facilityWords[w] || w == "commissioner" || w == "hospital" || w == "headquarters"
}

// framedBefore12 reports a word before token a that takes a place: an article, a preposition of
// place, a list's comma or conjunction, or none (the name opens its sentence or follows
// punctuation), a word opening a clause: "the Godavari was flowing", "rivers including the Pra, Ankobra and Birim",
// "Marapi, one of the most active volcanoes" — not "a bus carrying Amarnath pilgrims".
func (r *resolver) framedBefore12(a int) bool {
	toks := r.toks
	k := a - 1
	if k < 0 || toks[k].sent != toks[a].sent || toks[a].sentStart {
		return true
	}
	if !toks[k].word {
		return r.tokText(k) == "," || r.tokText(k) == "(" || r.tokText(k) == ";" || r.tokText(k) == ":"
	}
	w := r.low(k)
	return w == "the" || w == "and" || w == "or" || placePreps[w] || otherStrongPreps[w] || w == "including" || dirWords[w] != "" || gapAdj[w] || clauseOpeners12[w]
}

// clauseOpeners12 before a name make it the subject of a new clause ("as Godavari swells", "said
// Holyrood would look at …").
var clauseOpeners12 = map[string]bool{"as": true, "that": true, "while": true, "when": true, "where": true,
	"but": true, "after": true, "before": true, "until": true, "since": true, "because": true, "said": true,
	"says": true, "if": true, "whether": true, "though": true, "although": true}
