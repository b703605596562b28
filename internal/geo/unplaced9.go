package geo

import "github.com/sitrep-dev/sitrep/internal/model"

// Rule 25 (session 9, helper g6): towns, divisions and countries left unplaced or read as
// speakers in the fresh whole-article set toponym-articles-dev8. Small hooks in geo.go
// (context: the metonymy checks) and round8.go (otherFrame); see README rule 25.

func init() {
	// (1) passives of what befalls a place ("X was buried by the rockslide", "X was merged into
	// Y", "X was folded into Y", "X was emptied of residents")
	for _, w := range []string{"buried", "merged", "folded", "incorporated", "emptied", "abandoned", "isolated"} {
		passivePlace[w] = true
	}
	// spatial prepositions before a place-tagged name ("the line was suspended beyond X")
	for _, w := range []string{"beyond", "via", "beside"} {
		locPrepsBefore[w] = true
	}
	// (5) Australia's local government areas ("East Gippsland Shire")
	adminWords["shire"] = true
}

// hazardNouns after "reported" make the reporter the place where the hazard happened ("X also
// reported flooding", "X reported rising water on the river").
var hazardNouns = map[string]bool{
	"flooding": true, "floods": true, "flood": true, "water": true, "waters": true, "fires": true,
	"wildfires": true, "landslides": true, "landslide": true, "mudslides": true, "mudslide": true,
	"rain": true, "rainfall": true, "snow": true, "snowfall": true, "damage": true, "outages": true,
	"blackouts": true, "tremors": true, "rockfalls": true, "sinkholes": true, "washouts": true,
	"storms": true, "hail": true, "gusts": true, "winds": true, "evacuations": true, "drought": true,
}

// hazardVerbs before a hazard noun say what a place reported or went through ("X reported
// flooding"; session 20: "Vermont has now seen serious summer flooding", "X suffered landslides").
var hazardVerbs = map[string]bool{
	"reported": true, "reports": true, "report": true, "seen": true, "saw": true, "sees": true,
	"suffered": true, "suffers": true, "experienced": true, "experiences": true, "endured": true,
}

// reportsHazard reports token k (in sentence sent) as a hazard verb, "reported" or, since
// session 20, "seen", "suffered" … (or an auxiliary and adverbs before it: "has also reported")
// whose object, within four words and
// before any punctuation, is a hazard noun: "Neighbouring X and Y also reported flooding", "X
// reported rising water on the river" say where it flooded (toponym-articles-dev7 "Italy
// reported fires on Sicily", dev8 ×3); "X reported 40 cases" and "X reported that" are left
// to the other rules.
func (r *resolver) reportsHazard(k, sent int) bool {
	toks := r.toks
	if k = r.verbAfterAux(k, sent, hazardVerbs); k < 0 {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].word && toks[j].sent == sent && !toks[j].cap; j++ {
		if hazardNouns[r.low(j)] {
			return true
		}
		if r.low(j) == "that" {
			return false
		}
	}
	return false
}

// verbAfterAux returns token k, or the first token after the auxiliaries and adverbs that open
// at k ("has also reported"), when its word is one of verbs; -1 otherwise (reportsHazard,
// reportsMeasure20).
func (r *resolver) verbAfterAux(k, sent int, verbs map[string]bool) int {
	toks := r.toks
	for k < len(toks) && toks[k].word && toks[k].sent == sent && (auxVerbs[r.low(k)] || metSkip[r.low(k)]) && !verbs[r.low(k)] {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].sent != sent || !verbs[r.low(k)] {
		return -1
	}
	return k
}

// possSite reports the capitalised run at token k, after a country's possessive, as a site or a
// natural feature of the country: the run (up to four capitalised words) then up to three
// lower-case words ending in a site or feature noun ("Ecuador's Mirador copper mine", "Panama's
// Tocumen airport"), a capitalised site or feature head ("X's Kariba Dam"), or a natural feature
// or region the document reads there ("Switzerland's Alps"). The country is then a place, not an
// organisation's owner ("Iran's Quds Force" stays one).
func (r *resolver) possSite(k, sent int) bool {
	toks := r.toks
	head := func(w string) bool {
		return siteNouns[w] || featHeads[w] || siteKeyHeads[w] || portHeads[w]
	}
	e := k
	for e < len(toks) && e < k+4 && toks[e].word && toks[e].cap && toks[e].sent == sent {
		e++
	}
	if e == k {
		return false
	}
	if head(r.low(e - 1)) {
		return true
	}
	for j := e; j < len(toks) && j < e+3 && toks[j].word && !toks[j].cap && toks[j].sent == sent; j++ {
		if head(r.low(j)) {
			return true
		}
	}
	for i := range r.ments {
		if o := &r.ments[i]; o.s == toks[k].s && !o.demonym {
			if o.best >= 0 {
				return r.g.places[o.cands[o.best].p].feat == featRegion || r.natural(o)
			}
			// (not scored yet: a region or feature by its own name)
			for _, c := range o.cands {
				if c.prim && !c.variant && r.g.places[c.p].feat == featRegion {
					return true
				}
			}
			return false
		}
	}
	return false
}

// dirListPrep reports a name after coordinated direction words under a place preposition: token
// i is the "and"/"or" before the name's own direction ("in central and northern Mali has
// pushed": a place, not the subject).
func (r *resolver) dirListPrep(i, sent int) bool {
	toks := r.toks
	dirs, and := 0, false
	k := i
	for ; k >= 0 && toks[k].sent == sent && i-k < 6; k-- {
		if !toks[k].word {
			if r.tokText(k) != "," {
				break
			}
			continue
		}
		w := r.low(k)
		if dirWords[w] != "" && !toks[k].cap {
			dirs++
		} else if w == "and" || w == "or" {
			and = true
		} else if w != "the" {
			break
		}
	}
	return dirs >= 1 && and && k >= 0 && toks[k].word && toks[k].sent == sent && placePreps[r.low(k)]
}

// dwellersList reports tokens from a as a later member of a list that "residents/villagers of"
// governs ("residents of Wiler and X were evacuated"): rule 18 (c) for the whole list.
func (r *resolver) dwellersList(a, sent int) bool {
	g := r.listGovTok(a, sent)
	toks := r.toks
	if g < 1 || !toks[g].word || r.low(g) != "of" || !toks[g-1].word || toks[g-1].sent != sent {
		return false
	}
	return otherDwellers[r.low(g-1)] && (!toks[g-1].cap || toks[g-1].sentStart)
}

// listPlaceCont reports a list the tokens [a, b) belong to that ends before words only a place
// takes ("from X and Y in the Rhône valley"): rule 18 (d)'s placeContinuation for the list's last
// member, reading "in the" too.
func (r *resolver) listPlaceCont(a, b, sent int) bool {
	toks := r.toks
	end := b
	for n := 0; n < 6; n++ {
		j := end
		if j >= len(toks) || toks[j].sent != sent || !(r.tokText(j) == "," || toks[j].word && (r.low(j) == "and" || r.low(j) == "or")) {
			break
		}
		j++
		if j < len(toks) && toks[j].word && r.low(j) == "and" {
			j++
		}
		s := j
		for j < len(toks) && toks[j].word && toks[j].cap && toks[j].sent == sent && j-s < 5 {
			j++
		}
		if j == s {
			break
		}
		end = j
	}
	if r.placeContinuation(end, sent) {
		return true
	}
	// "in the Rhône valley": the article before the place
	if end+2 < len(toks) && toks[end].word && r.low(end) == "in" && toks[end+1].word && r.low(end+1) == "the" && toks[end+2].word && toks[end+2].cap && toks[end+2].sent == sent {
		for i := range r.ments {
			if o := &r.ments[i]; o.s == toks[end+2].s && !o.demonym && len(o.cands) > 0 && (o.ent < 0 || r.placeLabel(o.ent)) {
				return true
			}
		}
		// (a place-tagged entity later in the text has no mention yet)
		for i := range r.a.Entities {
			if en := &r.a.Entities[i]; en.Start == toks[end+2].s && r.placeLabel(i) {
				return en.Label != model.FAC
			}
		}
	}
	return false
}

// listPlaceFrame reports tokens [a, b) as a member of a list under a locative preposition that
// words only a place takes follow ("the road into the valley, from X and Y in the Rhône valley"):
// the members are places even when the tagger called them all people, unless a noun that takes
// people or organisations governs the preposition ("a statement from X and Y in Geneva").
func (r *resolver) listPlaceFrame(a, b, sent int) bool {
	members, _ := r.listMembers(a, b, sent)
	if len(members) < 2 {
		return false
	}
	g := r.listGovTok(a, sent)
	if g < 0 {
		return false
	}
	gov := r.low(g)
	if !otherStrongPreps[gov] && !otherWeakPreps[gov] || g >= 1 && r.toks[g-1].word && (otherOrgBefore[r.low(g-1)] || r.toks[g-1].cap) {
		return false
	}
	return r.listPlaceCont(a, b, sent)
}

// neighbourAdjs may stand between "and" and a name listed with a town ("firefighters from
// Tegucigalpa and neighbouring X": rule 5's list partner).
var neighbourAdjs = map[string]bool{"neighbouring": true, "neighboring": true, "nearby": true, "adjacent": true, "twin": true}

// chainContainer places a place-tagged name the gazetteer lacks, still unplaced after scoring,
// in the container its own phrase names when that container was itself placed only by a fallback
// (rule 5's chains read right to left, but only from a known container): "visiting X in the
// hard-hit Y region", where Y, unknown too, took the story's country. The name takes the
// container's placement (precision 3, approximate; precision 2 inside a town), and other unplaced
// mentions of the same name follow.
func (r *resolver) chainContainer() {
	toks := r.toks
	for i := range r.ments {
		m := &r.ments[i]
		if !r.unplacedTagged(m) {
			continue
		}
		k := m.te
		if k >= len(toks) || !toks[k].word || toks[k].sent != m.sent || r.low(k) != "in" {
			continue
		}
		k++
		if k < len(toks) && toks[k].word && r.low(k) == "the" {
			k++
		}
		for n := 0; k < len(toks) && n < 4 && toks[k].sent == m.sent && (toks[k].word && !toks[k].cap || r.tokText(k) == "-"); n++ {
			k++
		}
		if k >= len(toks) || !toks[k].word || !toks[k].cap || toks[k].sent != m.sent {
			continue
		}
		for j := range r.ments {
			o := &r.ments[j]
			if j == i || o.s != toks[k].s || o.metonymy || o.demonym {
				continue
			}
			var g model.Geo
			prec := 3
			switch {
			case o.best >= 0:
				p := &r.g.places[o.cands[o.best].p]
				if p.feat == featCountry || o.dir != "" {
					break // a country: the other fallbacks decide
				}
				g = r.g.geo(o.cands[o.best].p)
				if p.feat == featCity && p.flags&flagSection == 0 {
					prec = 2
				}
			case o.hasFB && o.fb.Precision >= 2:
				g = o.fb
				prec = max(o.fb.Precision, 3)
			}
			// (the container's own word must follow it: "the Y region", "the Y valley")
			if g.Country == "" || o.te >= len(toks) || !toks[o.te].word || !(adminWords[r.low(o.te)] || r.is(o.te, clsFeatHead)) && o.best < 0 {
				break
			}
			name := r.text[m.s:m.e]
			fb := model.Geo{Name: name, Country: g.Country, Admin1: g.Admin1, Lat: g.Lat, Lon: g.Lon, Feature: "other", Precision: prec, Approximate: true}
			for q := range r.ments {
				if n := &r.ments[q]; n.best < 0 && !n.hasFB && n.ent >= 0 && r.text[n.s:n.e] == name {
					n.fb, n.hasFB = fb, true
				}
			}
			break
		}
	}
}

// localPeople before "from" say where someone lives ("a farmer from X", "fishermen from X and Y";
// rule 18 (d), like "villagers from X" of round 4): a person-tagged name there is a place.
var fromPeople = map[string]bool{
	"farmer": true, "farmers": true, "fisherman": true, "fishermen": true, "herder": true,
	"herders": true, "villager": true, "villagers": true, "resident": true, "residents": true,
	"miner": true, "miners": true, "shepherd": true, "shepherds": true,
}

// townsContainer places an unknown division that the text says holds known towns ("the ports of
// A and B in the Y region"): the towns' one country, at its point (precision 3, approximate).
// Called after chainContainer, for names still unplaced.
func (r *resolver) townsContainer() {
	toks := r.toks
	for i := range r.ments {
		m := &r.ments[i]
		if !r.unplacedTagged(m) {
			continue
		}
		if m.te >= len(toks) || !toks[m.te].word || toks[m.te].sent != m.sent || !adminWords[r.low(m.te)] {
			continue
		}
		k := r.tokAt(m.ps) - 1
		if k >= 0 && toks[k].word && r.low(k) == "the" {
			k--
		}
		if k < 1 || !toks[k].word || toks[k].sent != m.sent || r.low(k) != "in" {
			continue
		}
		// the towns before "in": "A and B", "A, B and C"
		var cc [2]byte
		n, ok := 0, true
		end := k
		for j := i - 1; j >= 0 && ok; j-- {
			o := &r.ments[j]
			if o.sent != m.sent || o.te > end {
				continue
			}
			if o.te != end {
				break
			}
			var occ [2]byte
			switch {
			case o.metonymy:
			case o.best >= 0 && r.g.places[o.cands[o.best].p].feat == featCity:
				occ = r.g.places[o.cands[o.best].p].cc
			case o.best < 0 && o.hasFB && len(o.fb.Country) == 2:
				occ = [2]byte{o.fb.Country[0], o.fb.Country[1]} // a town placed by a fallback
			}
			if occ == ([2]byte{}) || n > 0 && occ != cc {
				ok = false
				break
			}
			cc, n = occ, n+1
			// the list word before it
			s := r.tokAt(o.ps) - 1
			if s >= 0 && (r.tokText(s) == "," || toks[s].word && r.low(s) == "and") {
				if s >= 1 && r.tokText(s-1) == "," {
					s--
				}
				end = s
				continue
			}
			break
		}
		if ok && n >= 1 {
			r.inCountry(m, cc)
		}
	}
}

// unplacedTagged reports a mention of a GPE or LOC entity (no actor, demonym or metonym) that
// scoring and the fallbacks left unplaced: what chainContainer and townsContainer may place.
func (r *resolver) unplacedTagged(m *mention) bool {
	if m.best >= 0 || m.hasFB || m.ent < 0 || m.demonym || m.metonymy {
		return false
	}
	en := &r.a.Entities[m.ent]
	return (en.Label == model.GPE || en.Label == model.LOC) && en.Actor == ""
}
