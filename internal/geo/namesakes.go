package geo

import (
	"sort"
	"strings"
)

// Namesakes far from the story (session 9, helper g4; README rule 23). Small hooks in geo.go
// call these from scoreAll's reading filter.

// articleName reports a mention written with the capitalised article of the place's own name
// ("The Hague", "The Gambia", "The Dalles"): the tagger often leaves "The" out of the span, but
// the spelling names that very place, which no namesake rule should rule out as a small town
// abroad ("an arbitration tribunal in The Hague" in a story about the Philippines).
func (r *resolver) articleName(m *mention, p *place) bool {
	if !strings.HasPrefix(p.name, "The ") {
		return false
	}
	if m.s >= 4 && r.text[m.s-4:m.s] == "The " {
		return true
	}
	return m.e-m.s > 4 && r.text[m.s:m.s+4] == "The "
}

// farNamesake reports a town or district reading in a country the document does not name, more
// than 800 km from every country it names (docFar), while another reading of the name lies in a
// country the document or the sentence names: "the port of La Libertad" in a story about a
// caravan crossing Guatemala, El Salvador and Mexico is the Salvadoran port, not the Ecuadorian
// town (the single-country rule, foreign, needs one country to lead; a story about a region
// names several; when one leads, foreign decides and this is not asked). Capitals, cities
// of 150,000 or more (a well-known city: "met in Geneva" in a story about the US, Russia
// and Syria is Genève), readings a containment phrase supports and datelines are left alone.
func (r *resolver) farNamesake(i int, c cand, far func(int, uint32) bool, named func([2]byte) bool, supported func(int, cand) bool) bool {
	m := &r.ments[i]
	p := &r.g.places[c.p]
	if m.dateline != dlNone || p.cc == ([2]byte{}) || p.feat != featCity && p.feat != featAdmin2 {
		return false
	}
	if p.pop >= 150000 || c.prim && p.flags&flagCapital != 0 || r.articleName(m, p) {
		return false
	}
	// the readings in countries the document names, once per mention (prim and any)
	if r.nsMention != i+1 {
		r.nsMention, r.nsHome = i+1, 0
		for _, o := range m.cands {
			q := &r.g.places[o.p]
			if q.cc != ([2]byte{}) && (q.feat == featCity || q.feat == featAdmin2 && q.flags&flagApprox == 0 || q.feat == featAdmin1) && named(q.cc) {
				r.nsHome |= 2
				if o.prim {
					r.nsHome |= 1
				}
			}
		}
	}
	if c.prim && r.nsHome&1 == 0 || !c.prim && r.nsHome&3 == 0 || named(p.cc) || supported(i, c) || !far(i, c.p) {
		return false
	}
	// a sentence about places abroad ("customs officials in Rotterdam and Algeciras" in a
	// Colombia story) keeps its far readings: another name of the sentence reads only far
	// (once per mention: bit 4 of nsHome when looked, bit 8 when abroad)
	if r.nsHome&4 != 0 {
		return r.nsHome&8 == 0
	}
	r.nsHome |= 4
	for j := range r.ments {
		o := &r.ments[j]
		if j == i || o.sent != m.sent || len(o.cands) == 0 || r.ltext[o.s:o.e] == r.ltext[m.s:m.e] {
			continue
		}
		abroad := true
		for _, oc := range o.cands {
			if q := &r.g.places[oc.p]; q.cc == ([2]byte{}) || named(q.cc) || !far(j, oc.p) {
				abroad = false
				break
			}
		}
		if abroad {
			r.nsHome |= 8
			return false
		}
	}
	return true
}

// districtKm is how far from the city a paragraph is about a reading of a name before a
// district word may lie ("the low-lying Sarandi and Humaitá districts in the north of Porto
// Alegre" are no towns 220-290 km away; the 300 km of farFromCity let them through).
const districtKm = 120

// farFromDistrictCity reports a reading of the city's country districtKm or more from the city
// of mention k (measured from the reading's own point, as farFromCityPt); a reading in another
// country keeps farFromCity's 300 km ("Azerbaijan's … its Gazakh district" in a paragraph that
// names Yerevan is Qazax, 130 km away); "parts of the town, including X" (parts) name quarters
// of the town in any country.
func (r *resolver) farFromDistrictCity(pi uint32, k int, parts bool) bool {
	qi := r.ments[k].cands[r.ments[k].best].p
	if r.g.places[pi].cc != r.g.places[qi].cc && !parts {
		return r.farFromCity(pi, k) // (another country's reading: the 300 km as before)
	}
	a, b := r.g.geo(pi), r.g.geo(qi)
	return Distance(a.Lat, a.Lon, b.Lat, b.Lon) >= districtKm
}

// dlDistrictFar reports a reading of "the X district" in a story datelined in a big city that
// lies 300 km or more from the city, in a division the document does not name: "a shop owner
// in the Centro district" of a CULIACÁN story is neither the Centro municipality of Tabasco,
// 1,700 km away, nor El Centro, California (a district of another division is named with it).
func (r *resolver) dlDistrictFar(pi uint32, k int, a1Named func(uint16) bool) bool {
	p, q := &r.g.places[pi], &r.g.places[r.ments[k].cands[r.ments[k].best].p]
	if p.cc == q.cc && p.a1 == q.a1 || p.a1 != 0 && a1Named(p.a1) || p.feat == featCountry || p.feat == featAdmin1 {
		return false
	}
	a, b := r.g.geo(pi), r.g.geo(r.ments[k].cands[r.ments[k].best].p)
	return Distance(a.Lat, a.Lon, b.Lat, b.Lon) >= 300
}

// listOpeners open the list of "parts of the town, including X, Y" (partsCity).
var listOpeners = [...]string{" including ", " such as ", " like "}

// partsNouns open "parts of the town, including X, Y and Z": the names are quarters of the town.
var partsNouns = [...]string{"parts", "areas", "sections", "quarters", "neighbourhoods", "neighborhoods", "suburbs", "districts", "wards", "localities", "communities"}

// partsCity returns the mention of the town that "parts of the town, including X, Y" (also
// areas, neighbourhoods, suburbs … of the town, city or capital; "such as", "like") names
// before mention i: the nearest town read before it within about two paragraphs; -1 when there
// is none. "sporadic gunshots were heard in parts of the town, including Natinga, Sabongari and
// areas near the central market" of a Bawku story are quarters of Bawku, not Sabon Gari,
// Kaduna, 870 km away.
func (r *resolver) partsCity(i int) int {
	if r.partsWord == 0 {
		// whether the text has "of the town/city/capital" at all, once per document (one
		// search for what the five phrases share; a space before "of" makes it a token)
		r.partsWord = 2
		for k := 0; r.partsWord == 2; {
			x := strings.Index(r.ltext[k:], " of th") // (session 23: a search beats a token loop)
			if x < 0 {
				break
			}
			for _, n := range [...]string{" of the town", " of the city", " of the capital", " of this town", " of this city"} {
				if strings.HasPrefix(r.ltext[k+x:], n) {
					r.partsWord = 1
					break
				}
			}
			k += x + 1
		}
	}
	if r.partsWord != 1 {
		return -1
	}
	if r.listAt == nil {
		// where the words that open a list stand, once per document (this is asked of
		// nearly every mention)
		r.listAt = make([][]int, len(listOpeners))
		for n, w := range listOpeners {
			for k := 0; ; {
				x := strings.Index(r.ltext[k:], w)
				if x < 0 {
					break
				}
				r.listAt[n] = append(r.listAt[n], k+x)
				k += x + 1
			}
		}
	}
	m := &r.ments[i]
	lo := max(0, m.s-200)
	pre := r.ltext[lo:m.s]
	cut := -1
	for n, w := range listOpeners {
		// the last opener in pre (strings.LastIndex(pre, w)): the last one that ends by m.s,
		// when it starts at lo or after
		at := r.listAt[n]
		x := sort.SearchInts(at, m.s-len(w)+1) - 1
		if x < 0 || at[x] < lo {
			continue
		}
		k := at[x] - lo
		cut = k + len(w)
		pre2 := pre[:k]
		list := r.text[lo+cut : m.s]
		if !listOfNames(list) {
			return -1
		}
		pre = pre2
		break
	}
	if cut < 0 {
		return -1
	}
	pre = strings.TrimSuffix(pre, ",")
	noun := ""
	for _, n := range [...]string{" of the town", " of the city", " of the capital", " of this town", " of this city"} {
		if strings.HasSuffix(pre, n) {
			pre, noun = pre[:len(pre)-len(n)], strings.Fields(n)[2]
			break
		}
	}
	if noun == "" {
		return -1
	}
	ok := false
	for _, n := range partsNouns {
		if strings.HasSuffix(pre, " "+n) {
			ok = true
			break
		}
	}
	if !ok {
		return -1
	}
	return r.cityBefore(i, noun == "capital", 1500, true)
}

// listOfNames reports text made of capitalised words joined by spaces, commas and "and"/"or"
// (the names listed before a mention), or nothing.
func listOfNames(s string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		if w == "and" || w == "or" {
			continue
		}
		if c := w[0]; !(c >= 'A' && c <= 'Z' || c >= 0x80) {
			return false
		}
	}
	return true
}

// nearNamesakes (run after scoring) moves a small town to its namesake beside a place its
// sentence names: "into Mexico at Ciudad Hidalgo" after "Tecún Umán, on the Suchiate river" is
// the Chiapas border town (1 km from Tecún Umán), not the bigger Ciudad Hidalgo of Michoacán,
// 1,000 km away. The chosen reading must be a town under 300,000 (no capital) 80 km or more
// from every located place of the sentence; the namesake, in the same country and by its own
// name, within 50 km of one (a namesake abroad beside a misread list mate is no evidence).
func (r *resolver) nearNamesakes() {
	g := r.g
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.best >= len(m.cands) || len(m.cands) < 2 || m.dateline != dlNone || m.metonymy {
			continue
		}
		bp := &g.places[m.cands[m.best].p]
		if bp.feat != featCity || bp.flags&flagCapital != 0 || bp.pop >= 300000 {
			continue
		}
		pts := r.sentTownPoints(i)
		if len(pts) == 0 {
			continue
		}
		if nearAny(pts, bp, 80) {
			continue
		}
		for k, c := range m.cands {
			if p := &g.places[c.p]; k != m.best && c.prim && p.feat == featCity && p.cc == bp.cc && nearAny(pts, p, 50) {
				m.best = k
				break
			}
		}
	}
}

// countryTowns (run after scoring) reads a country's name as a town of that name beside a
// town it is paired with: "Interstate 40 was closed between Nashville and Lebanon" is Lebanon,
// Tennessee, not the country, when the pair's other name is read as a town of another
// country and a town of the name lies within 150 km of it ("between Beirut and Lebanon" has
// no such pair). Frames: "between A and B", "from A to B". Metonymic mentions are left alone.
func (r *resolver) countryTowns() {
	g := r.g
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.best >= len(m.cands) || m.metonymy || m.dateline != dlNone || len(m.cands) < 2 {
			continue
		}
		if cp := &g.places[m.cands[m.best].p]; cp.feat != featCountry {
			continue
		}
		mate := r.pairMate(i)
		if mate < 0 {
			mate = r.listMate16(i) // (rule 68: "towards Ijebu-Ode, Ore and Benin")
		}
		if mate < 0 {
			continue
		}
		o := &r.ments[mate]
		q := &g.places[o.cands[o.best].p]
		if q.feat != featCity || q.cc == g.places[m.cands[m.best].p].cc {
			continue
		}
		best, bd := -1, 150.0
		for k, c := range m.cands {
			p := &g.places[c.p]
			// (a city of 100,000 by an alternate name too: Benin City is "Benin", rule 68)
			if !c.prim && p.pop < 100000 || p.feat != featCity || p.cc != q.cc {
				continue
			}
			if d := Distance(float64(p.lat), float64(p.lon), float64(q.lat), float64(q.lon)); d < bd {
				best, bd = k, d
			}
		}
		if best >= 0 {
			m.best = best
		}
	}
}

// pairMate returns the mention paired with mention i in "between A and B" or "from A to B"
// (either side), when it is read and not metonymic; -1 otherwise.
func (r *resolver) pairMate(i int) int {
	m := &r.ments[i]
	word := func(k int, w string) bool {
		return k >= 0 && k < len(r.toks) && r.toks[k].word && r.toks[k].sent == m.sent && r.low(k) == w
	}
	ok := func(j int) bool {
		o := &r.ments[j]
		return o.sent == m.sent && o.best >= 0 && o.best < len(o.cands) && !o.metonymy
	}
	ts := r.tokAt(m.ps)
	// B: "between A and [B]", "from A to [B]"
	if i > 0 && ok(i-1) {
		a := &r.ments[i-1]
		at := r.tokAt(a.ps)
		if a.te+1 == ts && (word(a.te, "and") && word(at-1, "between") || word(a.te, "to") && word(at-1, "from")) {
			return i - 1
		}
	}
	// A: "between [A] and B", "from [A] to B"
	if i+1 < len(r.ments) && ok(i+1) {
		b := &r.ments[i+1]
		if m.te+1 == r.tokAt(b.ps) && (word(m.te, "and") && word(ts-1, "between") || word(m.te, "to") && word(ts-1, "from")) {
			return i + 1
		}
	}
	return -1
}

// sentTownPoints returns the points (at most 8) of the cities and located districts the
// sentence of mention i reads, other mentions of its own name and metonyms aside: the places a
// namesake step measures a town against (rules 23 and 35).
func (r *resolver) sentTownPoints(i int) [][2]float64 {
	g := r.g
	m := &r.ments[i]
	var pts [][2]float64
	lo, hi := r.sentMentions(m.sent)
	for j := lo; j < hi; j++ {
		o := &r.ments[j]
		if j == i || o.sent != m.sent || o.best < 0 || o.best >= len(o.cands) || o.metonymy || r.ltext[o.s:o.e] == r.ltext[m.s:m.e] {
			continue
		}
		p := &g.places[o.cands[o.best].p]
		if p.feat != featCity && !(p.feat == featAdmin2 && p.flags&flagApprox == 0) {
			continue
		}
		if len(pts) < 8 {
			pts = append(pts, [2]float64{float64(p.lat), float64(p.lon)})
		}
	}
	return pts
}

// nearAny reports a point of pts within km of p.
func nearAny(pts [][2]float64, p *place, km float64) bool {
	for _, q := range pts {
		if Distance(float64(p.lat), float64(p.lon), q[0], q[1]) < km {
			return true
		}
	}
	return false
}
