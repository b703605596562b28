package geo

import "unicode/utf8"

// Rule 39 (session 13, helper hyph13): compounds of place names joined by a hyphen, a slash or
// an en dash — "the Thai-Myanmar border", "secured the Sévaré-Bandiagara axis", "the Noi
// Bai-Lao Cai expressway", "the Maiduguri-Damboa road", "Esztergom/Štúrovo" — name each of
// their places. When the whole is no gazetteer name (Gorom-Gorom, Jalal-Abad, Guinea-Bissau,
// Ras al-Ain and Al-Hasakah stay whole) and every part is a place's own name (or a nationality
// word, "Thai", which is skipped), each place part becomes a mention of its own, with its own
// span, scored in the story's context like any other name (the story's country decides
// namesakes). A compound tagged as a place splits when its parts lie near each other or a
// relation word follows it; one tagged as an organisation, a person or a nationality, or not
// tagged at all, splits only before a relation word ("road", "border", "axis", "expressway",
// or a capitalised head inside the run, "… Marine Drive") or, untagged, when its parts lie
// near each other ("Esztergom/Štúrovo"). Annotators label the towns at the ends of a road
// ("the Bawku-Pusiga road": Bawku, Pusiga) or the road as a feature ("the Maiduguri-Damboa
// road"); a split serves both, the first town lying within a feature's reach.

// compoundSeps13 are the marks that join the parts of a compound (glued to both neighbours).
var compoundSeps13 = map[string]bool{"-": true, "/": true, "–": true}

// compoundRel13 after a compound (up to three lower-case words on) make it a relation between
// its parts' places: a route, a border or a crossing between them.
var compoundRel13 = map[string]bool{
	"road": true, "roads": true, "highway": true, "expressway": true, "motorway": true, "railway": true,
	"rail": true, "railroad": true, "route": true, "axis": true, "corridor": true, "pipeline": true,
	"line": true, "border": true, "borders": true, "boundary": true, "frontier": true, "crossing": true,
	"checkpoint": true, "bridge": true, "tunnel": true, "ferry": true, "link": true, "bypass": true,
	"stretch": true, "section": true, "trunk": true, "track": true, "train": true, "bus": true,
	"flight": true, "flights": true, "convoy": true, "frontline": true,
}

// compoundHeads13 are the capitalised heads of a road's or crossing's own name that may end the
// run of a compound ("the Cox's Bazar-Teknaf Marine Drive", "the Phnom Penh-Sihanoukville
// Expressway"); not "Corridor" or "Pipeline", the heads of a project's name ("the
// China-Pakistan Economic Corridor", which annotators leave unlabelled).
var compoundHeads13 = map[string]bool{
	"road": true, "highway": true, "expressway": true, "motorway": true, "drive": true, "railway": true,
	"bridge": true, "tunnel": true, "line": true, "border": true, "crossing": true, "freeway": true,
}

// part13 is one part of a compound: tokens [ts, te), its candidates, and whether it is a
// nationality word.
type part13 struct {
	ts, te  int
	m       mention
	demonym bool
}

// isSep13 reports a compound mark at token k glued to a capitalised word on both sides.
func (r *resolver) isSep13(k int) bool {
	toks := r.toks
	// (the glue and the capitals first: the word list last, asked of few tokens)
	return k > 0 && k+1 < len(toks) && !toks[k].word &&
		toks[k].s == toks[k-1].e && toks[k+1].s == toks[k].e && toks[k-1].word && toks[k-1].cap && toks[k+1].word && toks[k+1].cap &&
		compoundSeps13[r.tokText(k)]
}

// compoundParts13 splits tokens [ts, te) at their compound marks into parts that are each a
// place's own name or a nationality word, taking the longest such name first ("Noi Bai" and
// "Lao Cai" in "Noi Bai-Lao Cai"; "Guinea-Bissau" in "Guinea-Bissau-Senegal"). The last part
// may be followed, inside the span, by capitalised words ending in a road's head ("Teknaf
// Marine Drive"): head reports them. It fails when the whole is a gazetteer name.
func (r *resolver) compoundParts13(ts, te int) (parts []part13, head bool, ok bool) {
	toks := r.toks
	var seps []int
	for k := ts; k < te; k++ {
		switch {
		case toks[k].word:
			if !toks[k].cap && !r.is(k, clsConn|clsWeakConn) && !(k > ts && r.apos(k-1) && r.low(k) == "s") {
				return nil, false, false
			}
		case r.isSep13(k):
			seps = append(seps, k)
		case r.apos(k) && k+1 < te && r.low(k+1) == "s":
		default:
			return nil, false, false
		}
	}
	if len(seps) == 0 || len(seps) > 3 {
		return nil, false, false
	}
	var whole mention
	if r.lookup(&whole, toks[ts].s, toks[te-1].e) {
		return nil, false, false // "Guinea-Bissau", "Gorom-Gorom", "Al-Hasakah"
	}
	// known reports a part [s, e): a place's own name or a nationality word of three letters
	// or more
	known := func(s, e int) (part13, bool) {
		p := part13{ts: s, te: e, m: mention{ent: -1, best: -1, sent: toks[s].sent}}
		if e <= s || !toks[s].word || !toks[e-1].word || utf8.RuneCountInString(r.text[toks[s].s:toks[e-1].e]) < 3 {
			return p, false
		}
		allDir := true // "the North-South Expressway": compass words name no place here
		for k := s; k < e; k++ {
			if toks[k].word && dirWords[r.low(k)] == "" {
				allDir = false
			}
		}
		if allDir || !r.lookup(&p.m, toks[s].s, toks[e-1].e) {
			return p, false
		}
		p.demonym = p.m.demonym
		return p, p.demonym || r.primCand(&p.m)
	}
	pos, last := ts, seps[len(seps)-1]
	for pos < te {
		// the ends a part starting at pos may have, longest first: the span's end, each
		// later mark, and after the last mark each word ("Abuja-Lokoja" before "Expressway")
		var ends []int
		for e := te; e > pos; e-- {
			if e == te || r.isSep13(e) || e > last && toks[e-1].word {
				ends = append(ends, e)
			}
		}
		found := false
		for _, e := range ends {
			p, ok := known(pos, e)
			if !ok {
				continue
			}
			parts = append(parts, p)
			found = true
			switch {
			case e == te:
				pos = te
			case r.isSep13(e) && toks[e].s == toks[e-1].e:
				pos = e + 1
			default:
				// "Teknaf Marine Drive": a capitalised tail ending in a road's head
				for k := e; k < te; k++ {
					if !toks[k].word || !toks[k].cap {
						return nil, false, false
					}
				}
				if !compoundHeads13[r.low(te-1)] {
					return nil, false, false
				}
				head, pos = true, te
			}
			break
		}
		if !found {
			return nil, false, false
		}
	}
	if pos < te || len(parts) < 2 {
		return nil, false, false
	}
	return parts, head, true
}

// relAfter13 reports a relation word (compoundRel13) among the three lower-case words after
// token te-1 in its sentence ("the X-Y road", "the X-Y national highway", "the X-Y border
// crossing").
func (r *resolver) relAfter13(te int) bool {
	return r.relWord13(te) != ""
}

// relWord13 returns the relation word relAfter13 finds, "" when none.
func (r *resolver) relWord13(te int) string {
	toks := r.toks
	for j := te; j < len(toks) && j < te+3 && toks[j].word && !toks[j].cap && toks[j].sent == toks[te-1].sent; j++ {
		if compoundRel13[r.low(j)] {
			return r.low(j)
		}
	}
	return ""
}

// borderWords13 make a compound a border between its places, which may be countries or
// divisions; every other relation word makes it a route between towns.
var borderWords13 = map[string]bool{"border": true, "borders": true, "boundary": true, "frontier": true, "frontline": true}

// nearParts13 reports two place parts with own-name readings within km of each other, or two
// countries or first-level divisions ("the Manitoba-Saskatchewan border").
func (r *resolver) nearParts13(a, b *mention, km float64) bool {
	big := func(m *mention) bool {
		for _, c := range m.cands {
			if f := r.g.places[c.p].feat; c.prim && (f == featCountry || f == featAdmin1) {
				return true
			}
		}
		return false
	}
	if big(a) && big(b) {
		return true
	}
	for _, ca := range a.cands {
		if !ca.prim {
			continue
		}
		pa := r.g.geo(ca.p)
		for _, cb := range b.cands {
			if !cb.prim {
				continue
			}
			if pb := r.g.geo(cb.p); Distance(pa.Lat, pa.Lon, pb.Lat, pb.Lon) <= km {
				return true
			}
		}
	}
	return false
}

// compound13 splits the compound at tokens [ts, te) into place mentions (rule 39); ent is the
// tagged entity (-1 for an untagged run) and tagged whether the tagger called it a place. It
// reports whether it added the mentions. "the [Thai-Myanmar]GPE border" → Myanmar;
// "the [Maiduguri-Damboa]ORG road" → Maiduguri, Damboa.
func (r *resolver) compound13(ent, ts, te int, tagged bool) bool {
	toks := r.toks
	for ts < te && (!toks[ts].word || r.low(ts) == "the") {
		ts++
	}
	for te > ts && !toks[te-1].word {
		te--
	}
	if te-ts < 3 {
		return false
	}
	parts, head, ok := r.compoundParts13(ts, te)
	if !ok {
		return false
	}
	// a known site's name with the words after it ("the Dhaka-Chattogram highway" is the
	// gazetteer's Dhaka-Chittagong highway): that site, whole, when its parts are places
	for e := te; e < len(toks) && e < te+3 && toks[e].word && toks[e].sent == toks[ts].sent && r.text[toks[e-1].e:toks[e].s] == " "; e++ {
		m := mention{ent: -1, best: -1, sent: toks[ts].sent}
		if r.lookup(&m, toks[ts].s, toks[e].e) {
			if !r.siteCand(&m) || m.demonym {
				return false
			}
			if tagged {
				m.ent = ent
			}
			m.ts, m.te, m.s, m.e, m.ps = ts, e+1, toks[ts].s, toks[e].e, toks[ts].s
			r.hints(&m)
			r.prepare(&m)
			r.ments = append(r.ments, m)
			return true
		}
	}
	rw := r.relWord13(te)
	rel := head || rw != ""
	// the ends of a route are towns ("the Gao-Ansongo road"), not the divisions named after them
	route := head || rw != "" && !borderWords13[rw]
	var placed []*mention
	demonyms := false
	for k := range parts {
		if parts[k].demonym {
			demonyms = true
		} else {
			placed = append(placed, &parts[k].m)
		}
	}
	if len(placed) == 0 || demonyms && !rel {
		return false
	}
	if !rel {
		// no relation word: the parts must be places near each other ("Esztergom/Štúrovo")
		if len(placed) < 2 || !tagged && ent >= 0 {
			return false
		}
		for k := 1; k < len(placed); k++ {
			if !r.nearParts13(placed[k-1], placed[k], 300) {
				return false
			}
		}
	}
	first := true
	for k := range parts {
		p := &parts[k]
		if p.demonym {
			continue
		}
		m := p.m
		m.ts, m.te, m.s, m.e, m.ps = p.ts, p.te, toks[p.ts].s, toks[p.te-1].e, toks[p.ts].s
		if first && tagged {
			m.ent = ent
		}
		first = false
		r.hints(&m)
		m.cityHint = m.cityHint || route && r.hasTown13(&m)
		r.prepare(&m)
		r.ments = append(r.ments, m)
	}
	return true
}

// scanCompound13 reads an untagged capitalised run at token i (runEnd's j) that holds or is
// followed by a compound mark ("the Sévaré-Bandiagara axis", "Esztergom/Štúrovo") as a
// compound of places (compound13). A first part another mention already holds ("[Cox's
// Bazar]-Teknaf Marine Drive") stays that mention's. It returns the end of the compound.
func (r *resolver) scanCompound13(i, j int, covered []bool) (int, bool) {
	toks := r.toks
	// cheap test first: a mark inside the run or right after it
	hasSep := r.isSep13(i - 1)
	for k := i + 1; k <= j && k < len(toks) && !hasSep; k++ {
		if r.isSep13(k) {
			hasSep = true
			break
		}
	}
	if !hasSep {
		return 0, false
	}
	// the run's end over the marks
	e := i + 1
	for e < len(toks) && toks[e].sent == toks[i].sent && !covered[e] {
		switch {
		case r.isSep13(e):
			e++
			continue
		case toks[e].word && (toks[e].cap || r.is(e, clsConn)) && (r.text[toks[e-1].e:toks[e].s] == " " || r.isSep13(e-1)):
			e++
			continue
		case r.apos(e) && toks[e].s == toks[e-1].e && e+2 < len(toks) && r.low(e+1) == "s" && toks[e+2].word && toks[e+2].cap:
			e += 2
			continue
		}
		break
	}
	for e > i && !toks[e-1].word {
		e--
	}
	for k := range r.ments {
		if m := &r.ments[k]; m.s >= toks[i].s && m.s < toks[e-1].e {
			return 0, false // a name of the run another rule took (a dateline's "GENEVA/CAIRO")
		}
	}
	// a first part another mention holds ("[Cox]'s Bazar-Teknaf Marine Drive", "[Maiduguri]-Damboa
	// road"): the part after the mark joins it
	for k := len(r.ments) - 1; k >= 0 && k >= len(r.ments)-8; k-- {
		if m := &r.ments[k]; m.s < toks[i].s && m.te == i-1 && r.isSep13(m.te) {
			return r.afterPart13(i, e)
		}
	}
	if r.compound13(-1, i, e, false) {
		return e, true
	}
	return 0, false
}

// afterPart13 adds the place named at tokens [s, e) after the mark that follows a place mention
// ("[Cox's Bazar]-Teknaf Marine Drive"): a place's own name, with a relation word after it or a
// road's capitalised head ending the run. It returns the end of the run.
func (r *resolver) afterPart13(s, e int) (int, bool) {
	toks := r.toks
	var one mention
	end := e
	for end > s && !r.lookup(&one, toks[s].s, toks[end-1].e) {
		end--
	}
	if end <= s || !r.primCand(&one) || one.demonym || utf8.RuneCountInString(r.text[toks[s].s:toks[end-1].e]) < 3 {
		return 0, false
	}
	hd := end < e && compoundHeads13[r.low(e-1)]
	for k := end; k < e; k++ {
		if !toks[k].cap {
			hd = false
		}
	}
	if end < e && !hd || end == e && !r.relAfter13(e) {
		return 0, false
	}
	one.ent, one.best, one.sent = -1, -1, toks[s].sent
	one.ts, one.te, one.s, one.e, one.ps = s, end, toks[s].s, toks[end-1].e, toks[s].s
	r.hints(&one)
	one.cityHint = one.cityHint || (hd || !borderWords13[r.relWord13(e)]) && r.hasTown13(&one) // a route's end is a town
	r.prepare(&one)
	r.ments = append(r.ments, one)
	return e, true
}

// hasTown13 reports a town among m's own-name readings: only then does a route's end prefer
// it to a division of the name (a district without a town keeps its reading: "the
// Bawku-Pusiga road").
func (r *resolver) hasTown13(m *mention) bool {
	for _, c := range m.cands {
		if c.prim && r.g.places[c.p].feat == featCity {
			return true
		}
	}
	return false
}
