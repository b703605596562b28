package geo

import "strings"

// Rule 57 (session 16): a list's division decides its namesake.
//
// "bridges damaged in Hamirpur, Kangra, Mandi and Kullu districts" names four districts of
// Himachal Pradesh; the gazetteer's best "Hamirpur" is Uttar Pradesh's. listDivision moves a
// town or district read in one first-level division to its namesake in another division of the
// same country when two or more list mates (joined by commas, "and", "or") all lie in that
// other division. Rule 31's listMateNamesakes does this across countries.
func (r *resolver) listDivision() {
	g := r.g
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.dateline != dlNone || len(m.cands) < 2 {
			continue
		}
		p := &g.places[m.cands[m.best].p]
		if p.a1 == 0 || p.feat != featCity && p.feat != featAdmin2 {
			continue
		}
		// the list around m: mates chained to it on either side
		var a1 uint16
		n, ok := 0, true
		for _, dir := range [2]int{-1, 1} {
			prev := m
			for j := i + dir; ok && j >= 0 && j < len(r.ments); j += dir {
				o := &r.ments[j]
				if o.sent != m.sent || !r.adjacentMates(prev, o) {
					break
				}
				if o.best < 0 {
					ok = false
					break
				}
				q := &g.places[o.cands[o.best].p]
				if q.cc != p.cc || q.a1 == 0 || q.a1 == p.a1 || a1 != 0 && q.a1 != a1 {
					ok = false
					break
				}
				a1 = q.a1
				n++
				prev = o
			}
		}
		if !ok || n < 2 {
			continue
		}
		best := -1
		for k, c := range m.cands {
			if q := &g.places[c.p]; c.prim && q.cc == p.cc && q.a1 == a1 && (q.feat == featCity || q.feat == featAdmin2) &&
				(best < 0 || c.base > m.cands[best].base) {
				best = k
			}
		}
		if best >= 0 {
			m.best = best
		}
	}
}

// headlineSense reads a headline's name as the body reads its first mention of the same name
// (rule 59): the body names the place with its context ("Bilaspur (HP), Nov 21 (PTI) The
// temples of old Bilaspur town"), the headline only repeats it ("reveal old Bilaspur temples").
// The headline is the text's first line when a blank line follows it.
func (r *resolver) headlineSense() {
	end := strings.Index(r.text, "\n\n")
	if end < 0 || end > 300 {
		return
	}
	for i := range r.ments {
		m := &r.ments[i]
		if m.e > end {
			break
		}
		if m.best < 0 || m.dateline != dlNone {
			continue
		}
		name := r.ltext[m.s:m.e]
		for j := i + 1; j < len(r.ments); j++ {
			o := &r.ments[j]
			if o.s < end || o.best < 0 || r.ltext[o.s:o.e] != name {
				continue
			}
			if p := o.cands[o.best].p; p != m.cands[m.best].p {
				if k := m.candOf(p); k >= 0 {
					m.best = k
				}
			}
			break
		}
	}
}

// nationalAdmin maps administrative words that only some countries use to those countries
// (rule 61): a name before one of them is a division of one of them.
var nationalAdmin = map[string][][2]byte{
	"upazila": {{'B', 'D'}}, "upazilas": {{'B', 'D'}}, "upazilla": {{'B', 'D'}},
	"regency": {{'I', 'D'}}, "regencies": {{'I', 'D'}}, "kabupaten": {{'I', 'D'}}, "kecamatan": {{'I', 'D'}},
	"lga": {{'N', 'G'}}, "lgas": {{'N', 'G'}}, "woreda": {{'E', 'T'}}, "woredas": {{'E', 'T'}}, "oblasts": oblastCountries,
	"aimag": {{'M', 'N'}}, "soum": {{'M', 'N'}}, "voivodeship": {{'P', 'L'}},
	"taluk": {{'I', 'N'}}, "taluka": {{'I', 'N'}}, "taluks": {{'I', 'N'}}, "mandal": {{'I', 'N'}},
	"tehsil": {{'P', 'K'}, {'I', 'N'}}, "tahsil": {{'P', 'K'}, {'I', 'N'}}, "tehsils": {{'P', 'K'}, {'I', 'N'}},
	"oblast": oblastCountries,
}

// oblastCountries are the countries whose first-level divisions English news calls oblasts.
var oblastCountries = [][2]byte{{'R', 'U'}, {'U', 'A'}, {'K', 'Z'}, {'K', 'G'}, {'B', 'Y'}, {'B', 'G'}}

// inNational reports a country that may use administrative word w: any, unless w is one of
// nationalAdmin's.
func inNational(w string, cc [2]byte) bool {
	ccs, ok := nationalAdmin[w]
	if !ok {
		return true
	}
	for _, c := range ccs {
		if c == cc {
			return true
		}
	}
	return false
}

// nationalFallback moves the fallback placement of a name before a national administrative word
// into that word's country when the fallbacks put it elsewhere (rule 61): "Nabinagar upazila"
// of a story that also names West Bengal lies in Bangladesh, at the country's point (precision
// 3) when nothing nearer is known.
func (r *resolver) nationalFallback() {
	for i := range r.ments {
		m := &r.ments[i]
		if m.best >= 0 || !m.hasFB || !m.adminHint || inNational(m.adminWord, countryCode(m.fb.Country)) {
			continue
		}
		ccs := nationalAdmin[m.adminWord]
		if len(ccs) != 1 {
			continue
		}
		r.inCountry(m, ccs[0])
	}
}

// countryCode is cc as the two bytes of a place's country (zero when cc is not two letters).
func countryCode(cc string) [2]byte {
	if len(cc) != 2 {
		return [2]byte{}
	}
	return [2]byte{cc[0], cc[1]}
}

// countyNotState reports a first-level division read for a name written with "County" or
// "Parish" when the same country has a second-level division of that written name (rule 62):
// "Washington County" is one of the United States' counties, not the state of Washington;
// "Busia County" stays Kenya's first-level county (Kenya has no second-level one so named).
func (r *resolver) countyNotState(m *mention, c cand) bool {
	p := &r.g.places[c.p]
	if p.feat != featAdmin1 || m.te-m.ts < 2 || !r.toks[m.te-1].cap {
		return false
	}
	if w := r.low(m.te - 1); w != "county" && w != "parish" {
		return false
	}
	if strings.EqualFold(p.name, r.text[m.s:m.e]) {
		return false
	}
	for _, o := range m.cands {
		if q := &r.g.places[o.p]; q.feat == featAdmin2 && q.cc == p.cc && strings.EqualFold(q.name, r.text[m.s:m.e]) {
			return true
		}
	}
	return false
}

// naturalNouns after a name make it a natural feature's (rule 65).
var naturalNouns = map[string]bool{
	"volcano": true, "river": true, "lake": true, "mountain": true, "mountains": true, "glacier": true,
	"island": true, "islands": true, "valley": true, "bay": true, "gorge": true, "canyon": true,
	"reef": true, "peninsula": true, "strait": true, "waterfall": true, "falls": true, "creek": true,
	"desert": true, "forest": true, "swamp": true, "marsh": true, "plateau": true, "hills": true,
	"range": true, "lagoon": true, "wetlands": true, "estuary": true, "delta": true,
}

// naturalAfter reports a lower-case natural feature's noun right after mention m ("the Kolumbo
// volcano", "the Kumana forest").
func (r *resolver) naturalAfter(m *mention) bool {
	j := m.te
	return j < len(r.toks) && r.toks[j].word && !r.toks[j].cap && r.toks[j].sent == m.sent && r.text[r.toks[j-1].e:r.toks[j].s] == " " && naturalNouns[r.low(j)]
}

// locativePartners moves "X am Y", "X an der Y", "X im Y", "X bei Y" (German for X on, in or
// near Y), split by the tagger into two names, to Y when X was read 50 km or more from Y
// (rule 66): "Gries am Brenner" lies by the Brenner Pass, not at Gries, a district of Graz.
// A reading of X within 50 km of Y wins; else X lies at Y's point, precision 2.
func (r *resolver) locativePartners() {
	g := r.g
	for i := 0; i+1 < len(r.ments); i++ {
		m, n := &r.ments[i], &r.ments[i+1]
		if m.sent != n.sent || n.best < 0 || m.best < 0 && !m.hasFB || n.s < m.e || n.s-m.e > 8 {
			continue // (mentions are not all in text order: some are added after the scan)
		}
		gap := r.text[m.e:n.s]
		if gap != " am " && gap != " an der " && gap != " im " && gap != " bei " && gap != " ob der " {
			continue
		}
		yp := &g.places[n.cands[n.best].p]
		lat, lon := float64(yp.lat), float64(yp.lon)
		if m.best >= 0 {
			if p := &g.places[m.cands[m.best].p]; Distance(float64(p.lat), float64(p.lon), lat, lon) < 50 {
				continue
			}
		} else if Distance(m.fb.Lat, m.fb.Lon, lat, lon) < 50 {
			continue
		}
		best := -1
		for k, c := range m.cands {
			if p := &g.places[c.p]; Distance(float64(p.lat), float64(p.lon), lat, lon) < 50 && (best < 0 || c.base > m.cands[best].base) {
				best = k
			}
		}
		if best >= 0 {
			m.best = best
			continue
		}
		m.best = -1
		r.fbAt(m, g.geo(n.cands[n.best].p), 2)
	}
}

// briefDatelines reads a digest of briefs, each paragraph opening with its own dateline
// ("REYKJAVIK — Iceland's meteorological office …"), as so many stories (rule 67): a name the
// gazetteer lacks that the fallbacks placed in another country than its paragraph's dateline
// lies at that dateline's town instead ("Flights at Keflavik International Airport" of the
// Reykjavik brief were placed at Kathmandu, the digest's first dateline). Only in texts with
// two or more such paragraph datelines.
func (r *resolver) briefDatelines() {
	type dl struct {
		start int // the paragraph's first byte
		ment  int
	}
	var dls []dl
	for j := range r.ments {
		o := &r.ments[j]
		if o.best < 0 || o.s < 2 || r.text[o.s-1] != '\n' || r.text[o.s-2] != '\n' || strings.ToUpper(r.text[o.s:o.e]) != r.text[o.s:o.e] {
			continue
		}
		rest := r.text[o.e:min(len(r.text), o.e+40)]
		if !strings.HasPrefix(rest, " —") && !strings.HasPrefix(rest, " -") && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, " (") {
			continue
		}
		if g := &r.g.places[o.cands[o.best].p]; g.feat != featCity {
			continue
		}
		dls = append(dls, dl{o.s, j})
	}
	if len(dls) < 2 {
		return
	}
	for i := range r.ments {
		m := &r.ments[i]
		if m.best >= 0 || !m.hasFB || m.dateline != dlNone {
			continue
		}
		k := -1
		for x, d := range dls {
			if d.start <= m.s {
				k = x
			}
		}
		if k < 0 {
			continue
		}
		// the paragraph of m must be the dateline's (no blank line between them)
		if strings.Contains(r.text[dls[k].start:m.s], "\n\n") {
			continue
		}
		dg := r.g.geo(r.ments[dls[k].ment].cands[r.ments[dls[k].ment].best].p)
		if dg.Country == m.fb.Country {
			continue
		}
		r.fbAt(m, dg, 3)
	}
}

// listMate16 returns the read, non-metonymic town listed next to mention i (joined by a comma,
// "and" or "or"), -1 when there is none (rule 68: a country's name listed with towns of another
// country may be a city of that country: "heavy vehicles turn off towards Ijebu-Ode, Ore and
// Benin" is Benin City, Nigeria).
func (r *resolver) listMate16(i int) int {
	m := &r.ments[i]
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(r.ments) {
			continue
		}
		o := &r.ments[j]
		if o.sent != m.sent || o.best < 0 || o.metonymy || !r.adjacentMates(m, o) {
			continue
		}
		if r.g.places[o.cands[o.best].p].feat == featCity {
			return j
		}
	}
	return -1
}

// shortFormSense reads a town's name as the locative name of the same town the document wrote
// first (rule 69): "the hospital in Frankfurt" after "Frankfurt an der Oder" is Frankfurt
// (Oder), not Frankfurt am Main, when that town is among the short name's readings. (Any longer
// name was tried: "Lamar" after "Lamar County", "Rio Grande" after "Rio Grande do Sul" went
// wrong.)
func (r *resolver) shortFormSense() {
	var longs []int // the mentions with a locative name (few or none: a document's pairs are checked only among them)
	for j := range r.ments {
		if _, ok := locativeShort(r.ltext[r.ments[j].s:r.ments[j].e]); ok {
			longs = append(longs, j)
		}
	}
	if len(longs) == 0 {
		return
	}
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.dateline != dlNone || len(m.cands) < 2 {
			continue
		}
		short := r.ltext[m.s:m.e]
		for _, j := range longs {
			o := &r.ments[j]
			if j == i || o.best < 0 || o.s > m.s || !o.cands[o.best].prim {
				continue
			}
			long := r.ltext[o.s:o.e]
			if len(long) <= len(short)+1 || !strings.HasPrefix(long, short) || long[len(short)] != ' ' {
				continue
			}
			if r.g.places[o.cands[o.best].p].feat != featCity {
				continue // (only a town's locative name, as longs holds: "Rio Grande do Sul" is no longer "Rio Grande")
			}
			if p := o.cands[o.best].p; p != m.cands[m.best].p {
				if k := m.candOf(p); k >= 0 {
					m.best = k
				}
			}
			break
		}
	}
}
