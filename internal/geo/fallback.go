package geo

import (
	"math"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Placing names the gazetteer lacks by the container the text states.
//
// A village, district or neighbourhood missing from the embedded gazetteer is usually
// introduced with its container: "Kurmin Daji, a village in Kaduna State", "Tungan Bako, a town
// 40 km north of Gusau", "the Zayouna neighbourhood of Baghdad", "in Mazraat Tuffah, near
// Nabatieh", "the village of X in the Y district of Kano State". containerGap reads the words
// between the unknown name and the next place; fallbackIn places the name in that place
// (approximate: the point is the container's, moved by a stated distance and direction).

// distUnits are the units of "40 km north of Y" and their length in kilometres.
var distUnits = map[string]float64{
	"km": 1, "kms": 1, "kilometers": 1, "kilometres": 1, "kilometer": 1, "kilometre": 1,
	"miles": 1.609, "mile": 1.609, "mi": 1.609,
}

// numWords are spelled-out distances ("three kilometres south of").
var numWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "a": 1, "few": 3, "several": 5,
}

// distQualifiers may stand before a distance or a direction ("some 40 km", "just north of").
var distQualifiers = map[string]bool{
	"some": true, "about": true, "around": true, "roughly": true, "nearly": true, "just": true,
	"only": true, "approximately": true, "almost": true, "barely": true, "less": true, "more": true,
	"than": true, "over": true, "under": true, "a": true, "few": false, "located": true, "situated": true,
	"lying": true, "lies": true,
}

// gapInfo describes the words between an unplaced name X and a following place Y that make Y
// X's container.
type gapInfo struct {
	near   bool    // "near Y", "40 km north of Y", "outside Y": X lies near Y, not in it
	km     float64 // stated distance, 0 when none
	dir    string  // stated direction ("north"), "" when none
	noun   string  // the place noun that calls X ("village", "district"), "" when none
	comma  bool    // the gap is a bare comma before a direction word ("X, central Colombo")
	within bool    // "in", "of": X lies inside Y
}

// containerGap reads the tokens [a, b) between an unplaced name and the place after it (b is
// the first token of that place, its direction word included). It accepts:
//
//	[,] [a|an|the] [adjectives] NOUN (in|of|near|outside) [the]     ", a town in", "district of"
//	[,] [a NOUN] [some] [N km|miles] [DIR] (of|from) [the]            ", a town 40 km north of"
//	[,] (near|outside|close to|on the outskirts of|on the shore of) [the] ", near"
//	in [the]                                                          "in"
//	,                        (only when the place has a direction word: "X, central Colombo")
func (r *resolver) containerGap(a, b int, placeDir bool) (gapInfo, bool) {
	var gi gapInfo
	if b <= a {
		return gi, false
	}
	if b-a > 16 {
		return gi, false
	}
	toks := r.toks
	k := a
	txt := func(i int) string { return r.text[toks[i].s:toks[i].e] }
	// skip a parenthesis ("15 kilometers (nine miles) north of")
	skipParen := func() {
		if k < b && txt(k) == "(" {
			for j := k + 1; j < b && j < k+8; j++ {
				if txt(j) == ")" {
					k = j + 1
					return
				}
			}
		}
	}
	if k < b && !toks[k].word && txt(k) == "," {
		gi.comma = true
		k++
	}
	if k == b {
		// a bare comma: only before a direction word ("Kollupitiya, central Colombo")
		if gi.comma && placeDir {
			gi.within = true
			return gi, true
		}
		return gi, false
	}
	word := func(i int) string {
		if i >= b || !toks[i].word {
			return ""
		}
		return r.low(i)
	}
	// Noun phrase: "[a|the] [adjectives] NOUN".
	art := false
	if w := word(k); w == "a" || w == "an" || w == "the" {
		art = true
		k++
	}
	nounAt := -1
	for j := k; j < b && j < k+4; j++ {
		w := word(j)
		if w == "" {
			if txt(j) == "-" {
				continue
			}
			break
		}
		if placeNouns[w] || siteNouns[w] || w == "resort" || w == "resorts" || w == "neighbourhoods" || w == "neighborhoods" || w == "districts" || w == "areas" || w == "suburbs" || w == "village" {
			nounAt = j
			// "the border town", "a farming village": take the last noun of a run
			if n := word(j + 1); n != "" && (placeNouns[n] || siteNouns[n] || n == "resort") {
				continue
			}
			break
		}
		if gapStop[w] || toks[j].cap || distUnits[w] > 0 || dirWords[w] != "" || numWords[w] > 0 && w != "a" || w == "near" || w == "in" || w == "of" || w == "outside" {
			break
		}
	}
	if nounAt < 0 && !art {
		// "the Ras Isa fuel terminal north of Y", "X oil field south of Y": up to two
		// lower-case words naming what X is, then a direction
		for j := k; j < b && j <= k+2; j++ {
			w := word(j)
			if w == "" || toks[j].cap || gapStop[w] {
				break
			}
			if d, ok := dirWords[w]; ok && j > k && d != "central" && (word(j+1) == "of" || word(j+1) == "from") {
				k = j
				break
			}
		}
	}
	if nounAt >= 0 {
		gi.noun = word(nounAt)
		k = nounAt + 1
	} else if art && word(k-1) != "the" {
		return gi, false // ", a 40 km …" without a noun is no apposition we read
	} else if art {
		k-- // "the" belongs to what follows ("in the")
	}
	// Distance: "[some] 40 km", "40-km", "three kilometres".
	for word(k) != "" && distQualifiers[word(k)] {
		k++
	}
	if k < b {
		n, ok := 0.0, false
		if toks[k].word {
			w := txt(k)
			if v, err := strconv.ParseFloat(w, 64); err == nil {
				n, ok = v, true
			} else if v, isNum := numWords[r.low(k)]; isNum && r.low(k) != "a" {
				n, ok = v, true
			} else if len(w) > 2 { // "40km"
				i := 0
				for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == '.') {
					i++
				}
				if i > 0 {
					if u, unit := distUnits[r.low(k)[i:]]; unit {
						if v, err := strconv.ParseFloat(w[:i], 64); err == nil {
							gi.km = v * u
							k++
						}
					}
				}
			}
		}
		if ok && k+1 < b {
			j := k + 1
			if txt(j) == "-" {
				j++
			}
			if u, unit := distUnits[word(j)]; unit {
				gi.km = n * u
				k = j + 1
			}
		}
	}
	skipParen()
	// Direction: "north", "north-east", "northeast".
	for word(k) != "" && distQualifiers[word(k)] {
		k++
	}
	if d, ok := dirWords[word(k)]; ok && d != "central" && word(k) != "upper" && word(k) != "lower" {
		gi.dir = d
		k++
		if k+1 < b && txt(k) == "-" {
			if d2, ok := dirWords[word(k-1)+"-"+word(k+1)]; ok {
				gi.dir = d2
				k += 2
			}
		}
		// "northern", "southern" are adjectives, not "north of"
		switch word(k - 1) {
		case "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern":
			return gi, false
		}
	}
	// Preposition.
	w := word(k)
	switch {
	case gi.km > 0 || gi.dir != "":
		if w != "of" && w != "from" {
			return gi, false
		}
		gi.near = true
		k++
	case w == "in" || w == "of" || w == "inside" || w == "within":
		if w == "of" && gi.noun == "" && gi.comma {
			return gi, false // "X, of Y"
		}
		gi.within = true
		k++
	case w == "near" || w == "outside" || w == "nearby":
		gi.near = true
		k++
	case w == "at" && gi.noun != "" && siteNouns[gi.noun] && !gi.comma:
		// "the X border crossing at Y", "the X dam at Y": a site at a town lies by it (rule 20)
		gi.near = true
		k++
	case w == "close" && word(k+1) == "to":
		gi.near = true
		k += 2
	case (w == "on" || w == "in") && word(k+1) == "the" && (word(k+2) == "outskirts" || word(k+2) == "edge") && word(k+3) == "of":
		gi.near = true
		k += 4
	case w == "on" && word(k+1) == "the" && (word(k+2) == "shore" || word(k+2) == "shores" || word(k+2) == "banks" || word(k+2) == "bank") && word(k+3) == "of":
		// "X, on the shore of Lake Turkana", "X, on the banks of the Niger": by the water
		gi.near = true
		k += 4
	default:
		return gi, false
	}
	// "in neighbouring Anantnag district", "in the restive Y region": an adjective of the
	// container, not a name
	if gapAdj[word(k)] {
		k++
	}
	if word(k) == "the" {
		k++
		if gapAdj[word(k)] {
			k++
		}
		// "south of the port city of Y", "near the town of Y"
		for j := k; j < b && j < k+3; j++ {
			if w := word(j); placeNouns[w] && word(j+1) == "of" {
				k = j + 2
				break
			} else if w == "" || gapStop[w] || toks[j].cap {
				break
			}
		}
	}
	return gi, k == b
}

// gapAdj are adjectives that may stand between a containment preposition and the container's
// name ("in neighbouring Anantnag district", "in the restive Y region").
var gapAdj = map[string]bool{
	"neighbouring": true, "neighboring": true, "nearby": true, "adjacent": true, "restive": true,
	"remote": true, "volatile": true, "troubled": true, "mountainous": true, "rural": true,
	"semi-autonomous": true, "autonomous": true, "same": true, "nearby-lying": true,
}

// fallbackIn places unplaced mention m in the place of mention j (resolved, or itself placed in
// its container) as gap gi describes; it reports whether it did.
func (r *resolver) fallbackIn(m *mention, j int, gi gapInfo) bool {
	o := &r.ments[j]
	var cg model.Geo
	contPrec := 3
	switch {
	case o.best >= 0:
		cg = r.mentionGeo(o)
		p := &r.g.places[o.cands[o.best].p]
		switch p.feat {
		case featCity:
			contPrec = 2
		case featAdmin2:
			if p.flags&flagApprox == 0 {
				contPrec = 2
			}
		}
		if o.dir != "" && p.feat == featCity {
			contPrec = 2
		}
	case o.hasFB:
		cg = o.fb
		contPrec = max(cg.Precision, 2)
	default:
		return false
	}
	if cg.Country == "" && cg.Lat == 0 && cg.Lon == 0 {
		return false
	}
	lat, lon := cg.Lat, cg.Lon
	if gi.km > 0 && gi.km <= 500 && gi.dir != "" {
		lat, lon = offset(lat, lon, gi.km, gi.dir)
	}
	m.fb = model.Geo{Name: r.text[m.s:m.e], Country: cg.Country, Admin1: cg.Admin1, Lat: round(lat), Lon: round(lon), Feature: "other", Precision: contPrec, Approximate: true}
	if o.best >= 0 && cg.Feature == "city" && gi.km == 0 && !gi.near && r.site(m) && !nonUrban[r.low(m.te-1)] {
		// "Martyrs' Square in central Tripoli", "Moi Avenue in Nairobi": a site inside a
		// town is part of the town (precision 2), as "near X" is; event data code the town
		m.fb = cg
		m.fb.Precision = 2
	}
	if gi.km > 60 {
		m.fb.Admin1 = "" // far from the named place: perhaps another division
	}
	m.hasFB = true
	return true
}

// siteWords end the names of sites inside a town: streets, squares, markets, buildings.
var siteWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "boulevard": true, "road": true,
	"square": true, "roundabout": true, "bazaar": true, "market": true, "souk": true, "mall": true,
	"mosque": true, "church": true, "cathedral": true, "temple": true, "hospital": true,
	"university": true, "college": true, "school": true, "stadium": true, "hotel": true,
	"prison": true, "palace": true, "building": true, "tower": true, "plaza": true, "park": true,
	"station": true, "junction": true, "ministry": true, "parliament": true, "embassy": true,
	"headquarters": true, "compound": true, "complex": true, "centre": true, "center": true,
}

// nonUrban end the names of facilities that lie between towns rather than inside one.
var nonUrban = map[string]bool{
	"dam": true, "highway": true, "motorway": true, "expressway": true, "border": true,
	"crossing": true, "pipeline": true, "oilfield": true, "field": true, "fields": true,
	"canal": true, "corridor": true, "airbase": true, "base": true, "mine": true, "reservoir": true,
}

// sitePrefixes start the names of sites ("Avenida Eduardo Mondlane", "Rue de Rivoli").
var sitePrefixes = map[string]bool{"avenida": true, "avenue": true, "rue": true, "calle": true, "plaza": true, "praça": true, "place": true, "via": true, "boulevard": true, "shari": true}

// site reports a mention that names a site inside a town: tagged as a facility, or a name that
// ends in a street, square or building word ("Moi Avenue", "Martyrs' Square") or starts with a
// street word ("Avenida Eduardo Mondlane").
func (r *resolver) site(m *mention) bool {
	if m.feat {
		return false
	}
	if m.ent >= 0 && r.a.Entities[m.ent].Label == model.FAC {
		return true
	}
	return m.te-m.ts >= 2 && (siteWords[r.low(m.te-1)] || sitePrefixes[r.low(m.ts)])
}

// offset moves a point km kilometres in direction dir.
func offset(lat, lon, km float64, dir string) (float64, float64) {
	var dy, dx float64
	switch dir {
	case "north":
		dy = 1
	case "south":
		dy = -1
	case "east":
		dx = 1
	case "west":
		dx = -1
	case "northeast":
		dy, dx = math.Sqrt2/2, math.Sqrt2/2
	case "northwest":
		dy, dx = math.Sqrt2/2, -math.Sqrt2/2
	case "southeast":
		dy, dx = -math.Sqrt2/2, math.Sqrt2/2
	case "southwest":
		dy, dx = -math.Sqrt2/2, -math.Sqrt2/2
	default:
		return lat, lon
	}
	lat2 := lat + dy*km/111.2
	c := math.Cos(lat * math.Pi / 180)
	if c < 0.05 {
		c = 0.05
	}
	lon2 := lon + dx*km/(111.2*c)
	if lat2 > 90 || lat2 < -90 {
		return lat, lon
	}
	if lon2 > 180 {
		lon2 -= 360
	} else if lon2 < -180 {
		lon2 += 360
	}
	return lat2, lon2
}

// containerFallback places unplaced mention i in the container a containment phrase names:
// the containers found while scoring ("X in Y", "Y's X", "the Y town of X"), or the next place
// when the words between make it one ("X, a town 40 km north of Y", "the X neighbourhood of Y",
// "X village in Y", "in X, near Y"). A bare comma only counts before a country, division or
// region ("X, Tyre and Sidon" is a list).
func (r *resolver) containerFallback(i int, containers, narrow []int, listGap []bool, reliable func(int) bool) bool {
	g := r.g
	m := &r.ments[i]
	// "the Caribbean port of Moín, near Limón": a sea or another countryless region before the
	// name is a poor container when a town after it says where the place lies (rule 20)
	nextFirst := false
	for _, j := range [2]int{narrow[i], containers[i]} {
		if j >= 0 && j < i && r.ments[j].best >= 0 {
			if p := &g.places[r.ments[j].cands[r.ments[j].best].p]; p.feat == featRegion && p.cc == ([2]byte{}) {
				nextFirst = true
			}
		}
	}
	if nextFirst {
		if n := i + 1; n < len(r.ments) && containers[i] != n && narrow[i] != n {
			o := &r.ments[n]
			if o.sent == m.sent && o.ps >= m.e && o.ps-m.e <= 90 && o.best >= 0 && reliable(n) {
				if gi, ok := r.containerGap(m.te, r.tokAt(o.ps), o.ps < o.s); ok && r.fallbackIn(m, n, gi) {
					return true
				}
			}
		}
	}
	for _, j := range [2]int{narrow[i], containers[i]} {
		if j < 0 {
			continue
		}
		o := &r.ments[j]
		switch {
		case o.best >= 0:
			if !g.isContainer(o.cands[o.best].p) && g.places[o.cands[o.best].p].feat != featCity {
				continue
			}
		case !o.hasFB:
			continue
		}
		if listGap[i] && o.ps == o.s && !(o.best >= 0 && g.isContainer(o.cands[o.best].p)) {
			continue // "X, Tyre and Sidon" is a list; "X, central Colombo" is not
		}
		if !reliable(j) {
			continue
		}
		gi := gapInfo{within: true}
		if j == i+1 {
			if g2, ok := r.containerGap(m.te, r.tokAt(o.ps), o.ps < o.s); ok {
				gi = g2
			}
		}
		// "X, a village in the Bari region about 60 km south of Bosaso": the distance from a
		// town after the container gives a finer point.
		if j == i+1 && gi.within && r.nearAfter(m, j) {
			return true
		}
		if r.fallbackIn(m, j, gi) {
			return true
		}
	}
	j := i + 1
	if j >= len(r.ments) || containers[i] == j {
		return false
	}
	o := &r.ments[j]
	if o.sent != m.sent || o.ps < m.e || o.ps-m.e > 90 || !reliable(j) {
		return false
	}
	if gi, ok := r.containerGap(m.te, r.tokAt(o.ps), o.ps < o.s); ok {
		return r.fallbackIn(m, j, gi)
	}
	return false
}

// articleVariant rewrites words that carry a glued Arabic article as the article and the word
// ("Alsaliheen" → "Al-saliheen", "Ezzor" → "Ez-zor", "Arrastan" → "Ar-rastan"), so that their
// keys meet the gazetteer's ("Deir Ezzor" → "Deir ez-Zor"). It reports whether it changed any.
func articleVariant(name string) (string, bool) {
	var b []byte
	changed := false
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != ' ' && name[i] != '-' {
			continue
		}
		w := name[start:i]
		cut := 0
		if len(w) >= 5 {
			l0, l1, l2, l3 := w[0]|0x20, w[1]|0x20, w[2]|0x20, w[3]|0x20
			switch {
			case len(w) >= 6 && (l0 == 'a' || l0 == 'e') && l1 == 'l' && !isVowel(l2) && l2 != 'l' && isLetterByte(w[2]) && w[2] < 0x80:
				cut = 2 // Al-saliheen, El-hoche
			case (l0 == 'a' || l0 == 'e') && l1 == l2 && strings.IndexByte("tdrzsn", l1) >= 0 && isVowel(l3):
				cut = 2 // Ez-zor, Ar-rastan, As-suwayda
			}
		}
		if cut > 0 {
			if !changed {
				b = append(make([]byte, 0, len(name)+4), name[:start]...) // (the words before, unchanged)
			}
			b = append(b, w[:cut]...)
			b = append(b, '-')
			b = append(b, w[cut:]...)
			changed = true
		} else if changed {
			b = append(b, w...)
		}
		if i < len(name) && changed {
			b = append(b, name[i])
		}
		start = i + 1
	}
	if !changed {
		return name, false // (no allocation for the common name with no glued article)
	}
	return string(b), true
}

// placeVariant looks a tagged name up again with glued articles split off ("Deir Ezzor",
// "Alhoula"); it fills m like place and reports whether the variant is a known name.
func (r *resolver) placeVariant(m *mention, ts, te int) bool {
	ts, te = r.nameSpan(ts, te)
	if ts >= te || !r.toks[ts].cap {
		return false
	}
	try := func(e int) bool {
		v, ok := articleVariant(r.text[r.toks[ts].s:r.toks[e-1].e])
		if !ok || !r.lookupText(m, v) {
			return false
		}
		m.ts, m.te = ts, e
		m.s, m.e = r.toks[ts].s, r.toks[e-1].e
		m.ps = m.s
		m.variant = true
		return true
	}
	if try(te) {
		r.directionBefore(m)
		return true
	}
	// "Deir Ezzor Governorate"
	if te-ts > 1 && adminWords[r.low(te-1)] && try(te-1) {
		m.e = r.toks[te-1].e
		m.adminHint = true
		return true
	}
	return false
}

// townInDivision places "the town of X" or "X, the main town" when the gazetteer knows X only
// as a division without a city (GeoNames names most districts after their seat: Marjayoun,
// Qamishli): the town lies in that division. All readings must lie in one country, or exactly
// one country must be supported by the document (supports); "the village of X", or a document
// that names other countries (anyFocus), always needs that support. The result is approximate, precision 2 in a district, 3 in a province.
func (r *resolver) townInDivision(m *mention, supports func([2]byte) bool, anyFocus bool) {
	g := r.g
	if len(m.cands) == 0 || !r.toks[m.ts].cap {
		return
	}
	if m.te-m.ts == 1 && commonNames[r.low(m.ts)] {
		return
	}
	best := -1
	var cc [2]byte
	multi := false
	for k, c := range m.cands {
		p := &g.places[c.p]
		if p.flags&flagApprox == 0 || p.flags&flagCommon != 0 || p.feat != featAdmin2 && p.feat != featAdmin1 {
			return
		}
		if best >= 0 && p.cc != cc {
			multi = true
		}
		if best < 0 || c.prim && !m.cands[best].prim || p.feat == featAdmin2 && g.places[m.cands[best].p].feat != featAdmin2 {
			best, cc = k, p.cc
		}
	}
	if best < 0 {
		return
	}
	if multi || m.villageHint || anyFocus && !supports(cc) {
		best = -1
		for k, c := range m.cands {
			p := &g.places[c.p]
			if !supports(p.cc) {
				continue
			}
			if best >= 0 && g.places[m.cands[best].p].cc != p.cc {
				return // two supported countries
			}
			if best < 0 || p.feat == featAdmin2 && g.places[m.cands[best].p].feat != featAdmin2 {
				best = k
			}
		}
		if best < 0 {
			return
		}
	}
	p := &g.places[m.cands[best].p]
	geo := g.geo(m.cands[best].p)
	prec := 3
	if p.feat == featAdmin2 {
		prec = 2
	}
	r.fbAt(m, geo, prec)
}

// claimAdj are the participles of "Indian-administered Kashmir".
var claimAdj = map[string]bool{
	"administered": true, "controlled": true, "held": true, "occupied": true, "ruled": true,
	"run": true, "annexed": true,
}

// claimBefore reads the country given to a disputed region just before it: a nationality word
// ("Pakistani Kashmir", "Indian Kashmir") or "X-administered", "X-controlled", "X-held" with a
// country or nationality word X. It returns the zero code when there is none.
func (r *resolver) claimBefore(m *mention) [2]byte {
	if m.ps < m.s {
		// "Indian Kashmir" tagged as one name: the word is inside the phrase
		if k := r.tokAt(m.s) - 1; k >= 0 && r.toks[k].s >= m.ps && r.toks[k].cap {
			if cc, ok := r.g.demonymOf(r.low(k)); ok {
				return cc
			}
		}
	}
	i := r.tokAt(m.ps) - 1
	if i < 0 || !r.toks[i].word || r.toks[i].sent != m.sent {
		return [2]byte{}
	}
	if claimAdj[r.low(i)] {
		if i < 2 || r.text[r.toks[i-1].s:r.toks[i-1].e] != "-" || !r.toks[i-2].word {
			return [2]byte{}
		}
		i -= 2
	}
	if !r.toks[i].cap {
		return [2]byte{}
	}
	if cc, ok := r.g.demonymOf(r.low(i)); ok {
		return cc
	}
	var tmp mention
	if r.lookup(&tmp, r.toks[i].s, r.toks[i].e) {
		for _, c := range tmp.cands {
			if c.prim && r.g.places[c.p].feat == featCountry {
				return r.g.places[c.p].cc
			}
		}
	}
	return [2]byte{}
}

// claimant reports whether country cc holds part of disputed region i: it has a first-level
// division named after the region ("Jammu and Kashmir" IN, "Azad Kashmir" PK).
func (g *Gazetteer) claimant(i uint32, cc [2]byte) bool {
	return g.claimGeo(i, cc).Feature == "admin1"
}

// claimGeo is disputed region i as part of country cc: the first-level division of cc whose
// name contains the region's ("Jammu and Kashmir", "Azad Kashmir" for Kashmir), or else the
// region itself with cc as its country.
func (g *Gazetteer) claimGeo(i uint32, cc [2]byte) model.Geo {
	key := uint64(i)<<16 | uint64(cc[0])<<8 | uint64(cc[1])
	if v, ok := g.claims.Load(key); ok {
		return v.(model.Geo)
	}
	p := &g.places[i]
	out := g.geo(i)
	out.Country = g.ccStr[cc]
	if out.Country == "" {
		out.Country = string(cc[:])
	}
	name := strings.ToLower(p.name)
	best := -1
	for k := range g.places {
		q := &g.places[k]
		if q.feat == featAdmin1 && q.cc == cc && strings.Contains(strings.ToLower(q.name), name) && (best < 0 || q.pop > g.places[best].pop) {
			best = k
		}
	}
	if best >= 0 {
		out = g.geo(uint32(best))
	}
	g.claims.Store(key, out)
	return out
}

// nearAfter places m near the town named after its container j when the words between say how
// far ("X, a village in the Bari region about 60 km south of Bosaso"); the town must lie in the
// same country as the container.
func (r *resolver) nearAfter(m *mention, j int) bool {
	k := j + 1
	if k >= len(r.ments) {
		return false
	}
	o, n := &r.ments[j], &r.ments[k]
	if n.sent != m.sent || n.best < 0 || n.ps < o.e || n.ps-o.e > 90 || o.best < 0 && !o.hasFB {
		return false
	}
	gi, ok := r.containerGap(o.te, r.tokAt(n.ps), n.ps < n.s)
	if !ok || !gi.near || gi.km == 0 && gi.dir == "" {
		return false
	}
	np := &r.g.places[n.cands[n.best].p]
	if np.feat != featCity {
		return false
	}
	oc := ""
	if o.best >= 0 {
		oc = r.mentionGeo(o).Country
	} else {
		oc = o.fb.Country
	}
	if oc != r.g.ccStr[np.cc] {
		return false
	}
	return r.fallbackIn(m, k, gi)
}

// listPartner places unknown mention i in the country of a town or division it is listed with
// ("between Barentu and Omohager", "the villages of Nubbul and Zahraa"): the neighbour in the
// list (joined by "and", "or" or a comma) must be a resolved city or division that is not a
// metonym, and its country must be supported by the rest of the document (a lone namesake
// abroad is no evidence: "Meridian and Al-Sabil"); the place gets that country only (precision 3, approximate, the partner's point).
func (r *resolver) listPartner(i int, supported func(j int, cc [2]byte) bool) {
	m := &r.ments[i]
	try := func(j int, a, b int) bool {
		if j < 0 || j >= len(r.ments) {
			return false
		}
		o := &r.ments[j]
		if o.sent != m.sent || o.best < 0 || o.metonymy || o.dir != "" || b-a > 3 || b < a {
			return false
		}
		p := &r.g.places[o.cands[o.best].p]
		if p.feat == featCountry || p.feat == featRegion || p.cc == ([2]byte{}) || !supported(j, p.cc) {
			return false
		}
		// the words between: "and", "or", ",", ", and"
		for k := a; k < b; k++ {
			t := r.text[r.toks[k].s:r.toks[k].e]
			if t != "," && t != "and" && t != "or" && !neighbourAdjs[t] {
				return false
			}
		}
		if a == b || neighbourAdjs[r.text[r.toks[a].s:r.toks[a].e]] {
			return false
		}
		geo := r.g.geo(o.cands[o.best].p)
		m.fb = model.Geo{Name: r.text[m.s:m.e], Country: geo.Country, Lat: geo.Lat, Lon: geo.Lon, Feature: "other", Precision: 3, Approximate: true}
		m.hasFB = true
		return true
	}
	if i+1 < len(r.ments) && try(i+1, m.te, r.tokAt(r.ments[i+1].ps)) {
		return
	}
	if i > 0 {
		o := &r.ments[i-1]
		try(i-1, o.te, r.tokAt(m.ps))
	}
}

// inCapital places m in (or near) the capital of cc, the country the document is about, when
// the sentence says so: "the capital's northeastern suburb of X", "the capital's X area",
// "X, southwest of the capital", "X, a district of the capital". Precision 2, approximate.
func (r *resolver) inCapital(m *mention, cc [2]byte) bool {
	ci, ok := r.g.capital[cc]
	if !ok {
		return false
	}
	gi, found := gapInfo{within: true}, false
	// Before: "the capital's [adjectives noun of] X".
	start := r.tokAt(m.ps)
	for k := start - 1; k >= 2 && k >= start-6 && r.toks[k].sent == m.sent; k-- {
		if r.toks[k].word && r.low(k) == "s" && k >= 3 && !r.toks[k-1].word && (r.text[r.toks[k-1].s:r.toks[k-1].e] == "'" || r.text[r.toks[k-1].s:r.toks[k-1].e] == "’") &&
			r.toks[k-2].word && r.low(k-2) == "capital" && r.toks[k-3].word && r.low(k-3) == "the" {
			found = true
			for j := k + 1; j < start; j++ {
				if !r.toks[j].word || r.toks[j].cap || gapStop[r.low(j)] {
					found = false
					break
				}
			}
			break
		}
		if !r.toks[k].word && r.text[r.toks[k].s:r.toks[k].e] != "'" && r.text[r.toks[k].s:r.toks[k].e] != "’" {
			break
		}
	}
	// After: "X, [a town] [N km] [southwest] of the capital", "X, near the capital".
	if !found {
		for k := m.te + 1; k < len(r.toks) && k <= m.te+16 && r.toks[k].sent == m.sent; k++ {
			if r.toks[k].word && r.low(k) == "capital" && r.low(k-1) == "the" {
				if k+1 < len(r.toks) && r.toks[k+1].word && (r.low(k+1) == "of" || r.low(k+1) == "city" && k+2 < len(r.toks) && r.toks[k+2].word && r.low(k+2) == "of") {
					break // "the capital of Y" names another place
				}
				gi, found = r.containerGap(m.te, k, false)
				break
			}
		}
	}
	if !found {
		return false
	}
	geo := r.g.geo(ci)
	lat, lon := geo.Lat, geo.Lon
	if gi.km > 0 && gi.km <= 500 && gi.dir != "" {
		lat, lon = offset(lat, lon, gi.km, gi.dir)
	}
	m.fb = model.Geo{Name: r.text[m.s:m.e], Country: geo.Country, Admin1: geo.Admin1, Lat: round(lat), Lon: round(lon), Feature: "other", Precision: 2, Approximate: true}
	if gi.km > 60 {
		m.fb.Admin1 = ""
	}
	m.hasFB = true
	return true
}

// siteNouns name what a site is between it and its container ("the Las Bambas copper mine in
// the Apurimac region", "the Kashagan field in the Caspian Sea").
var siteNouns = map[string]bool{
	"mine": true, "mines": true, "field": true, "oilfield": true, "gasfield": true, "plant": true,
	"dam": true, "base": true, "airbase": true, "airport": true, "prison": true, "refinery": true,
	"terminal": true, "crossing": true, "checkpoint": true, "river": true, "lake": true,
	"peninsula": true, "volcano": true, "glacier": true, "reservoir": true, "park": true,
	"cape": true, "bridge": true, "mountain": true, "mountains": true, "forest": true,
	"highway": true, "motorway": true, "expressway": true, // rule 22: "the N-25 highway near Kalat"
}

// fbAt places m's fallback at point g: the name as written, g's country and first-level
// division, precision prec, marked approximate.
func (r *resolver) fbAt(m *mention, g model.Geo, prec int) {
	m.fb = model.Geo{Name: r.text[m.s:m.e], Country: g.Country, Admin1: g.Admin1, Lat: g.Lat, Lon: g.Lon, Feature: "other", Precision: prec, Approximate: true}
	m.hasFB = true
}
