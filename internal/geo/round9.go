package geo

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Round 9 (session 8): the English-language local press of South and South-East Asia, West
// Africa and Egypt (README rule 17). Hooks: findMentions (localName, localNotCountry,
// republicOf), possPlace (possAdminRun), scanFrames (scanLocalDiv).

// localDivWords are the local administrative and census units these presses name after a
// place ("Somwarpet taluk", "Bahrain tehsil", "Teknaf upazila", "Zurmi LGA", "Malakand
// division", "Kuruwita Divisional Secretariat"). A name before one is a place below the
// country's level.
var localDivWords = map[string]bool{
	"taluk": true, "taluks": true, "taluka": true, "talukas": true, "tehsil": true, "tehsils": true,
	"upazila": true, "upazilas": true, "union": true, "unions": true, "lga": true, "lgas": true,
	"mandal": true, "mandals": true, "markaz": true, "amphoe": true, "tambon": true,
	"kecamatan": true, "regency": true, "regencies": true, "division": true, "divisions": true,
	"sub-county": true, "subcounty": true, "ward": true, "wards": true, "block": true,
	"district": true, "districts": true, "village": true, "villages": true, "tahsil": true,
}

// localDivPrefix are the local unit words written before the name ("tambon Wiang Phang Kham",
// "amphoe Mae Sai", "kecamatan X", "mouza X").
var localDivPrefix = map[string]bool{"tambon": true, "amphoe": true, "kecamatan": true, "mouza": true, "kelurahan": true, "desa": true}

// subCountryWords after a country's name say the name is a local place of the same name
// ("Bahrain tehsil" in Swat is no Gulf state): units below a country's first level only.
var subCountryWords = map[string]bool{
	"taluk": true, "taluka": true, "tehsil": true, "tahsil": true, "upazila": true, "union": true,
	"lga": true, "mandal": true, "markaz": true, "amphoe": true, "tambon": true, "kecamatan": true,
	"ward": true, "block": true, "village": true, "bazaar": true, "subdivision": true,
}

// possAdminRun reports a capitalised administrative word that ends a name run after a
// country's possessive ("Myanmar's Shan State", "Nigeria's Borno State"): the division's own
// word, not an office of the state ("Iran's State Department" has a role noun before a
// capitalised office word).
func (r *resolver) possAdminRun(k, e int) bool {
	if !adminWords[r.low(e)] || strings.HasSuffix(r.low(e), "s") || e == k {
		return false
	}
	n := e + 1
	return n >= len(r.toks) || !r.toks[n].word || !r.toks[n].cap || r.toks[n].sent != r.toks[e].sent
}

// localName fills m for the names of local units that the gazetteer keys with their word:
// (1) a direction word of a list that ends in a plural administrative word ("the
// Sabaragamuwa, Western, Central and Southern provinces": GeoNames keys Sri Lanka's provinces
// "Central Province", and "Central" alone is Hong Kong's or a Philippine region), or before a
// lower-case singular one ("the Southern province"); (2) Thailand's "Muang"/"Mueang" district,
// which is the capital district of the province its sentence names ("the Kok River in Muang
// district of Chiang Rai", "In Chiang Mai, … in Muang and Mae Taeng districts": Amphoe Mueang
// Chiang Rai, not Muang La, Laos).
func (r *resolver) localName(m *mention, ts, te int) bool {
	ts, te = r.nameSpan(ts, te)
	if r.republicName(m, ts, te) {
		return true
	}
	if te-ts != 1 || !r.toks[ts].cap {
		return false
	}
	w := r.low(ts)
	set := func() {
		m.ts, m.te = ts, te
		m.s, m.e = r.toks[ts].s, r.toks[te-1].e
		m.ps = m.s
	}
	if _, ok := dirWords[w]; ok && w != "upper" && w != "lower" && (strings.HasSuffix(w, "ern") || w == "central") {
		one, ok := r.listAdminAt(ts, te)
		if !ok {
			return false
		}
		var tmp mention
		if !r.lookupText(&tmp, r.text[r.toks[ts].s:r.toks[ts].e]+" "+strings.ToUpper(one[:1])+one[1:]) {
			return false
		}
		div := false
		for _, c := range tmp.cands {
			if f := r.g.places[c.p].feat; c.prim && (f == featAdmin1 || f == featAdmin2) {
				div = true
			}
		}
		if !div {
			return false
		}
		m.cands, m.keyLen, m.demonym = tmp.cands, tmp.keyLen, false
		set()
		m.adminHint, m.adminWord = true, one
		r.stemDivisions(m, r.text[r.toks[ts].s:r.toks[ts].e]) // rule 24
		return true
	}
	if w == "muang" || w == "mueang" {
		if one, ok := r.listAdminAt(ts, te); !ok || one != "district" {
			return false
		}
		sent := r.toks[ts].sent
		a, b := r.sentRangeOf(sent)
		best, bestD := mention{}, -1
		for k := a; k < b; k++ {
			if k == ts || !r.toks[k].word || !r.toks[k].cap || r.toks[k].sentStart && !(k+1 < b && r.toks[k+1].word && r.toks[k+1].cap) {
				continue
			}
			for h := 1; h <= 2 && k+h <= b; h++ {
				if !r.toks[k+h-1].word || !r.toks[k+h-1].cap {
					break
				}
				var tmp mention
				if !r.lookupText(&tmp, "Amphoe Mueang "+r.text[r.toks[k].s:r.toks[k+h-1].e]) {
					continue
				}
				th := false
				for _, c := range tmp.cands {
					if p := &r.g.places[c.p]; c.prim && p.cc == [2]byte{'T', 'H'} && p.feat == featAdmin2 {
						th = true
					}
				}
				if d := abs(k - ts); th && (bestD < 0 || d < bestD) {
					best, bestD = tmp, d
				}
			}
		}
		if bestD < 0 {
			return false
		}
		m.cands, m.keyLen, m.demonym = best.cands, best.keyLen, false
		set()
		m.adminHint, m.adminWord = true, "district"
		return true
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// listAdminAt returns the singular administrative word after the name at [ts, te): the next
// word ("Muang district", "the Southern province"), or the plural word that ends the list the
// name stands in ("Central and Southern provinces").
func (r *resolver) listAdminAt(ts, te int) (string, bool) {
	toks := r.toks
	sent := toks[ts].sent
	for j, n := te, 0; j < len(toks) && n < 12 && toks[j].sent == sent; j, n = j+1, n+1 {
		t := &toks[j]
		w := r.low(j)
		switch {
		case !t.word && w == ",":
		case t.word && t.cap && j > te:
		case t.word && (w == "and" || w == "or"):
		case t.word && !t.cap:
			if j == te {
				switch w {
				case "province", "district", "region", "state", "division":
					return w, true
				}
			}
			if one, ok := pluralAdmin[w]; ok && (j > te && toks[j-1].word && toks[j-1].cap || j == te && r.listedBefore(ts)) {
				return one, true
			}
			return "", false
		default:
			return "", false
		}
	}
	return "", false
}

// localNotCountry reports a name whose every reading is a country followed by a local unit word
// ("the riverbank in Bahrain tehsil", "Jordan village"): the name is a local place the
// gazetteer lacks, not the country.
func (r *resolver) localNotCountry(m *mention) bool {
	j := m.te
	if j >= len(r.toks) || !r.toks[j].word || r.toks[j].cap || r.toks[j].sent != m.sent || !subCountryWords[r.low(j)] || len(m.cands) == 0 {
		return false
	}
	var out []cand
	for _, c := range m.cands {
		if r.g.places[c.p].feat != featCountry {
			out = append(out, c)
		}
	}
	if len(out) == len(m.cands) {
		return false
	}
	if len(out) > 0 {
		m.cands = out // "Jordan village": the other readings stay for scoring
		return false
	}
	return true
}

// republicOf keeps only the country readings of a name after "Republic of" or before
// "Republic" ("Maradi in the Republic of Niger", "across the border into Niger Republic": the
// country, not Nigeria's Niger State).
func (r *resolver) republicOf(m *mention) {
	k := m.ts
	after := k >= 2 && r.low(k-1) == "of" && r.low(k-2) == "republic"
	before := m.te < len(r.toks) && r.toks[m.te].word && r.low(m.te) == "republic" && r.toks[m.te].sent == m.sent
	if !after && !before {
		return
	}
	n := 0
	for _, c := range m.cands {
		if r.g.places[c.p].feat == featCountry {
			n++
		}
	}
	if n == 0 || n == len(m.cands) {
		return
	}
	out := m.cands[:0:0]
	for _, c := range m.cands {
		if r.g.places[c.p].feat == featCountry {
			out = append(out, c)
		}
	}
	m.cands = out
}

// republicName fills m for "X Republic" whose X is a country's own name ("into Niger
// Republic"): the country.
func (r *resolver) republicName(m *mention, ts, te int) bool {
	if te-ts < 2 || r.low(te-1) != "republic" || !r.toks[ts].cap {
		return false
	}
	var tmp mention
	if !r.lookupText(&tmp, r.text[r.toks[ts].s:r.toks[te-2].e]) {
		return false
	}
	var out []cand
	for _, c := range tmp.cands {
		if c.prim && r.g.places[c.p].feat == featCountry {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return false
	}
	m.cands, m.keyLen, m.demonym = out, tmp.keyLen, false
	m.ts, m.te = ts, te
	m.s, m.e = r.toks[ts].s, r.toks[te-1].e
	m.ps = m.s
	return true
}

// listedBefore reports a name that ends a list: "and", "or" or a comma before it.
func (r *resolver) listedBefore(ts int) bool {
	k := ts - 1
	return k > 0 && r.toks[k].sent == r.toks[ts].sent && (r.low(k) == "and" || r.low(k) == "or" || r.low(k) == ",")
}

// acrossFromPlace reports a place named as the far side of something ("Whykong, which lies on
// the bank of the Naf river opposite Maungdaw", "across from Tachileik", "facing X"): a border
// town across a river is in the other country, so it locates nothing of its sentence.
func (r *resolver) acrossFromPlace(o *mention) bool {
	k := r.tokAt(o.ps) - 1
	for k >= 0 && r.toks[k].word && r.low(k) == "the" {
		k--
	}
	if k < 0 || !r.toks[k].word || r.toks[k].sent != o.sent {
		return false
	}
	switch r.low(k) {
	case "opposite", "facing":
		return true
	case "from":
		return k > 0 && r.toks[k-1].word && r.low(k-1) == "across"
	}
	return false
}

// longFeature reports a river (or a feature hundreds of kilometres long) whose point says
// nothing of where a village beside it lies ("Bhagamandala, where the Cauvery and its
// tributaries burst their banks": the Kaveri's point lies 270 km away in Tamil Nadu).
func (r *resolver) longFeature(pi uint32) bool {
	p := &r.g.places[pi]
	if p.feat == featCity || p.feat == featAdmin1 || p.feat == featAdmin2 || p.feat == featCountry {
		return false
	}
	return r.river(pi) || r.g.radius[pi] >= 150
}

// localDivAt reports a local unit word at token j, with its second word where it has one
// ("taluk", "upazila", "LGA", "divisional secretariat", "police station", "gram panchayat",
// "local government area").
func (r *resolver) localDivAt(j int) bool {
	toks := r.toks
	if j >= len(toks) || !toks[j].word {
		return false
	}
	w := r.low(j)
	if w == "lga" || w == "lgas" {
		return true // written in capitals
	}
	if toks[j].cap {
		return false
	}
	next := ""
	if j+1 < len(toks) && toks[j+1].word && toks[j+1].sent == toks[j].sent {
		next = r.low(j + 1)
	}
	switch w {
	case "divisional":
		return next == "secretariat"
	case "police":
		return next == "station" || next == "stations"
	case "gram":
		return next == "panchayat"
	case "local":
		return next == "government"
	}
	return localDivWords[w]
}

// listLocalDiv reports a local unit word after the name ending at token te, or after the list
// of capitalised names it stands in ("the Ratnapura, Kuruwita, Eheliyagoda and Pelmadulla
// divisional secretariat divisions").
func (r *resolver) listLocalDiv(te, sent int) bool {
	toks := r.toks
	for j, n := te, 0; j < len(toks) && n < 16 && toks[j].sent == sent; j, n = j+1, n+1 {
		t := &toks[j]
		w := r.low(j)
		switch {
		case !t.word && w == ",":
		case t.word && t.cap && w != "lga" && w != "lgas":
		case t.word && (w == "and" || w == "or"):
		case t.word:
			return r.localDivAt(j)
		default:
			return false
		}
	}
	return false
}

// scanLocalDiv adds the untagged capitalised names (one to three words, no entity over them,
// not known to the gazetteer by their own name) before a local unit word ("In Somwarpet taluk",
// "residents near nullahs in Malakand division") or after a prefixed one ("tambon X"): unknown
// places for the fallbacks, like scanFrames' names.
func (r *resolver) scanLocalDiv(taken func(s, e int) bool, entOf func(s, e int) int) []mention {
	toks := r.toks
	var added []mention
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if !t.word || !t.cap || t.sentStart || r.is(k, clsCapStop) || toks[k-1].word && toks[k-1].cap && toks[k-1].sent == t.sent && !(toks[k-1].sentStart && r.is(k-1, clsPlacePrep)) {
			continue
		}
		j := r.capRunEnd(k)
		if j < len(toks) && toks[j].word && toks[j].cap && toks[j].sent == t.sent && r.low(j) != "lga" {
			continue // a longer capitalised run
		}
		prefixed := toks[k-1].word && !toks[k-1].cap && localDivPrefix[r.low(k-1)]
		if !prefixed && !(j < len(toks) && toks[j].sent == t.sent && r.text[toks[j-1].e:toks[j].s] == " " && r.localDivAt(j)) {
			continue
		}
		if _, dem := r.demonymCC(k); dem {
			continue // (asked last: the unit word is the rarer test)
		}
		s, e := t.s, toks[j-1].e
		if isUpperText(r.text[s:e]) || taken(s, e) {
			continue
		}
		var tmp mention
		if r.lookup(&tmp, s, e) {
			continue // a known name is the scan's
		}
		ent := entOf(s, e)
		m := mention{ent: ent, best: -1, sent: t.sent, unknown: true, feat: true, frameName: true, relabel: ent >= 0}
		m.ts, m.te, m.s, m.e, m.ps = k, j, s, e, s
		r.hints(&m)
		added = append(added, m)
		k = j
	}
	return added
}

// listMates reports a place o listed just before the name m ("the Bawku Municipality, Pusiga,
// Binduri and Garu districts": Pusiga locates Binduri and Garu better than the Accra of the
// statement's sentence): only capitalised words, commas and "and"/"or" lie between them.
func (r *resolver) listMates(o, m *mention) bool {
	if o.e > m.s || m.s-o.e > 60 {
		return false
	}
	for k := r.tokAt(o.e); k < len(r.toks) && r.toks[k].s < m.s; k++ {
		t := &r.toks[k]
		if w := r.low(k); !(t.word && (t.cap || w == "and" || w == "or") || w == ",") {
			return false
		}
	}
	return true
}

// farListMate reports the name of mention i read elsewhere in the document, or a place listed
// with it (before it in the same list), 300 km or more from the city of mention k: the list names districts of the country, not quarters
// of that city ("in Accra … the Bawku Municipality, Pusiga, Binduri and Garu districts").
func (r *resolver) farListMate(i, k int) bool {
	m := &r.ments[i]
	// one sense per document: the name itself read elsewhere far from the city ("ambushed in
	// Pusiga" earlier in the story)
	for j := range r.ments {
		if o := &r.ments[j]; j != i && o.best >= 0 && !o.metonymy && r.ltext[o.s:o.e] == r.ltext[m.s:m.e] && r.farFromCityPt(o.cands[o.best].p, k) {
			return true
		}
	}
	for j := i - 1; j >= 0; j-- {
		o := &r.ments[j]
		if o.sent != m.sent || !r.listMates(o, &r.ments[j+1]) {
			break
		}
		// (all its readings of the city's country far: "the Sarandi and Humaitá districts" of
		// Porto Alegre are not far because Sarandi has a namesake town far away too; rule 23)
		far, near := false, false
		for _, c := range o.cands {
			if c.prim && r.g.places[c.p].cc == r.g.places[r.ments[k].cands[r.ments[k].best].p].cc {
				if r.farFromCityPt(c.p, k) {
					far = true
				} else {
					near = true
				}
			}
		}
		if far && !near {
			return true // a known place of the country far from the city
		}
	}
	return false
}

// compassZone reads a bare compass name ("the North-West", "North East", "the South") whose
// reading is a division of a country the document never names, in a document clearly about
// another country, as that country's part in the direction ("operations in the North-West" of
// a Zamfara story is Nigeria's north-west zone, not South Africa's North West province).
func (r *resolver) compassZone(i int, focus func(int) ([2]byte, bool)) {
	m := &r.ments[i]
	if m.best < 0 || m.metonymy || m.dateline != dlNone || m.te-m.ts > 3 || dirWords[r.low(m.ts)] == "" {
		return
	}
	name := strings.ToLower(strings.ReplaceAll(r.text[m.s:m.e], " ", "-"))
	dir, ok := dirWords[name]
	if !ok || dir == "central" || name == "upper" || name == "lower" || !strings.Contains(name, "-") && strings.HasSuffix(name, "ern") {
		return
	}
	p := &r.g.places[m.cands[m.best].p]
	if p.feat != featAdmin1 && p.feat != featAdmin2 && p.feat != featRegion || p.cc == ([2]byte{}) {
		return
	}
	for j := range r.ments {
		o := &r.ments[j]
		if o.best >= 0 && r.ltext[o.s:o.e] != r.ltext[m.s:m.e] && r.g.places[o.cands[o.best].p].cc == p.cc {
			return // the document names that country or another of its places
		}
	}
	cc, ok := focus(i)
	if !ok || cc == p.cc {
		return
	}
	ci, ok := r.g.country[cc]
	if !ok {
		return
	}
	m.fb = r.directional(ci, dir, r.g.geo(ci))
	m.fb.Approximate = true
	m.best, m.hasFB = -1, true
}

// nounPhraseAdjs before a name make the name a noun modifier ("fresh Zamfara attacks",
// "renewed Bawku clashes", "the latest Gaza strikes"): the word after it is a noun, not a verb
// the place does.
var nounPhraseAdjs = map[string]bool{
	"fresh": true, "renewed": true, "latest": true, "deadly": true, "recent": true, "new": true,
	"twin": true, "coordinated": true, "overnight": true, "weekend": true, "separate": true,
	"multiple": true, "worst": true, "bloody": true,
}

func init() {
	dwellerHeads["resident"] = true // "A resident of Dauran, who spoke on condition of anonymity"
}

// hyphenPair splits a place entity that joins two names with a bare hyphen ("the
// [Ratnapura-Pelmadulla] stretch of the A4", "the [Gusau-Funtua] road") into two mentions
// when the first is a place's own name and the whole is no name: the first keeps the entity,
// the second is a place of its own (an unknown one is placed beside the first, as a list
// partner). It reports whether it added the mentions.
func (r *resolver) hyphenPair(i int, ts, te int) bool {
	toks := r.toks
	for ts < te && (!toks[ts].word || r.low(ts) == "the") {
		ts++
	}
	for te > ts && !toks[te-1].word {
		te--
	}
	h := -1
	for k := ts; k < te; k++ {
		if !toks[k].word {
			if r.tokText(k) != "-" || h >= 0 || k == ts || toks[k].s != toks[k-1].e || k+1 >= te || toks[k+1].s != toks[k].e || !toks[k+1].cap {
				return false
			}
			h = k
			continue
		}
		if !toks[k].cap {
			return false
		}
	}
	if h < 0 || !toks[ts].cap {
		return false
	}
	// "the Aleppo-Khanasser road", "the Gusau-Funtua highway": a route or site lies at its
	// first town (precision 2, the facility rule)
	for j := te; j < len(toks) && j < te+3 && toks[j].word && toks[j].sent == toks[ts].sent; j++ {
		if (facilityWords[r.low(j)] || routeWords[r.low(j)]) && !r.divisionPair(ts, h, te) {
			return false // also "the Jammu-Srinagar national highway"; not "the Poland-Belarus border" (rule 29)
		}
	}
	// "the Pan-American Highway", "Trans-Asian Railway": a name of its own
	if w := r.low(te - 1); facilityWords[w] || routeWords[w] || featHeads[w] || sitePlaceHeads[w] || placeHeads[w] || h-ts != 1 && te-h-1 != 1 || len(r.tokText(h-1)) < 4 {
		return false
	}
	var whole mention
	if r.lookup(&whole, toks[ts].s, toks[te-1].e) {
		return false // "Guinea-Bissau", "Baden-Württemberg"
	}
	a := mention{ent: i, best: -1, sent: toks[ts].sent}
	if !r.lookup(&a, toks[ts].s, toks[h-1].e) || !r.primCand(&a) || a.demonym {
		return false
	}
	a.ts, a.te, a.s, a.e, a.ps = ts, h, toks[ts].s, toks[h-1].e, toks[ts].s
	b := mention{ent: -1, best: -1, sent: toks[ts].sent}
	b.ts, b.te, b.s, b.e, b.ps = h+1, te, toks[h+1].s, toks[te-1].e, toks[h+1].s
	if r.lookup(&b, b.s, b.e) && r.primCand(&b) && !b.demonym {
		r.hints(&b)
		r.prepare(&b)
	} else {
		b.cands, b.unknown, b.feat = nil, true, true
	}
	r.hints(&a)
	r.prepare(&a)
	r.ments = append(r.ments, a, b)
	return true
}

// farFromCityPt is farFromCity measured from the reading's own point (a division without a city
// has its point only through the gazetteer's geo).
func (r *resolver) farFromCityPt(pi uint32, k int) bool {
	a, b := r.g.geo(pi), r.g.geo(r.ments[k].cands[r.ments[k].best].p)
	return Distance(a.Lat, a.Lon, b.Lat, b.Lon) >= 300
}

// routeWords after a hyphenated pair make it a route between two towns.
var routeWords = map[string]bool{"motorway": true, "expressway": true, "railway": true, "rail": true, "route": true, "axis": true, "corridor": true, "pipeline": true, "line": true, "bus": true, "train": true, "flight": true, "flights": true, "border": true, "boundary": true, "bypass": true, "link": true, "trunk": true, "track": true}

// listSense reads the names of a list as places of one part of one country (run after
// scoring): (1) a name between two list mates whose readings lie in one first-level division
// of another country takes its own reading in that division ("feuds in Sohag, Dar El-Salam and
// Akhmim" is Sohag's Dar as Salam, not Dar es Salaam, Tanzania); (2) a place-tagged name no
// rule placed, listed with a name placed by a fallback ("the hills between Hnila and
// Baharchhara"), takes that placement.
func (r *resolver) listSense() {
	g := r.g
	for i := 1; i+1 < len(r.ments); i++ {
		m, a, b := &r.ments[i], &r.ments[i-1], &r.ments[i+1]
		if m.best < 0 || a.best < 0 || b.best < 0 || m.metonymy || !r.listMates(a, m) || !r.listMates(m, b) {
			continue
		}
		pa, pb, pm := &g.places[a.cands[a.best].p], &g.places[b.cands[b.best].p], &g.places[m.cands[m.best].p]
		if pa.cc != pb.cc || pa.a1 != pb.a1 || pa.a1 == 0 || pm.cc == pa.cc || pa.feat == featCountry || pb.feat == featCountry {
			continue
		}
		for k, c := range m.cands {
			if p := &g.places[c.p]; c.prim && p.cc == pa.cc && p.a1 == pa.a1 && (p.feat == featCity || p.feat == featAdmin2) {
				m.best = k
				break
			}
		}
	}
	open := func(m *mention) bool {
		if m.best >= 0 || m.hasFB || !m.unknown || m.ent < 0 || m.dateline != dlNone {
			return false
		}
		en := &r.a.Entities[m.ent]
		return (en.Label == model.GPE || en.Label == model.LOC) && en.Actor == ""
	}
	// one sense per document first: another mention of the name placed by a fallback
	for i := range r.ments {
		m := &r.ments[i]
		if !open(m) {
			continue
		}
		for j := range r.ments {
			if o := &r.ments[j]; j != i && o.best < 0 && o.hasFB && o.dateline == dlNone && r.ltext[o.s:o.e] == r.ltext[m.s:m.e] {
				m.fb, m.hasFB = o.fb, true
				break
			}
		}
	}
	for i := range r.ments {
		m := &r.ments[i]
		if !open(m) {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(r.ments) {
				continue
			}
			o := &r.ments[j]
			first, second := o, m
			if j > i {
				first, second = m, o
			}
			if o.best >= 0 || !o.hasFB || o.metonymy || !(r.listMates(first, second) || r.betweenPair(first, second)) {
				continue
			}
			m.fb, m.hasFB = o.fb, true
			m.fb.Name = r.text[m.s:m.e]
			m.fb.Approximate = true
			break
		}
	}
}

// betweenPair reports "between A and B" (first is A, second B).
func (r *resolver) betweenPair(first, second *mention) bool {
	k := r.tokAt(first.ps) - 1
	if k < 0 || !r.toks[k].word || r.low(k) != "between" || first.sent != second.sent {
		return false
	}
	return strings.TrimSpace(r.ltext[first.e:second.ps]) == "and"
}
