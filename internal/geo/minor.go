package geo

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Rule 76 (session 19): the local namesake. A story about one division of a country names its
// small towns, and the embedded gazetteer (cities15000) lacks most of them: "Hamilton" in a
// story about western Victoria went to Hamilton, New Zealand, "Vienna" in a story about
// Georgia's Dooly County to Vienna, Austria, "Walton" in a story about Delaware County, New
// York to Walton, Connecticut. minor.tsv.gz holds GeoNames' cities1000 places that cities15000
// lacks (108,931; internal/geo/genminor). They never enter the name index: the scan, the tagger's
// known-place reading and every other rule ignore them, so they add no namesakes abroad and no
// false places. localMinor gives one to a mention only when
//
//   - the story has a focus country: more than half of its placed names (two at least; a name
//     counts once, so that "Cairo" eight times in a story from Cairo, Illinois does not make
//     it Egyptian) lie in one country, or (session 21) three at least and twice as many as in
//     any other country, and then a capital or a city of a million people read abroad stays
//     (the Stockton, New South Wales story had four names at home, two in Britain, two in
//     Canada; "London" and "Paris" of GLOCON's American stories stay in Europe);
//   - the mention's reading lies in another country and is a town or city (not a country,
//     division or region), and no other mention of its sentence lies in that country
//     ("Hamilton in New Zealand"), or the mention was placed approximately (a name the
//     gazetteer lacks) as a town, or not at all and tagged GPE (session 21), not after "the"
//     ("the lower Murray" is the river), and no division word follows it ("Yoakum counties");
//   - exactly one minor place of that name (its own or ASCII name) lies in the focus country's
//     first-level divisions that two or more of the story's mentions lie in.
//
// Measured when added: held-out toponyms +36 / +51 labels (strict country / right place), the
// freshest held-out sets +20 / +21, development sets +16 / +25, no development label lost.
//
// Session 20: before looking for a minor place, a mention read abroad as a town that also has a
// town of the focus country by its own name in the embedded gazetteer takes that town when its
// reading abroad matched only an alternate name ("Valence" of a French story is Valence, Drôme,
// not Valencia), or when another placed name lies within 100 km of the town at home (not for a
// dateline); never between twin towns within 50 km of each other ("the Kasumbalesa border
// post"). "In Paris the CAC 40 fell" of an American story keeps Paris, France: nothing of the
// story lies near Paris, Texas. Held-out +7 / +7.

//go:embed minor.tsv.gz
var minorGz []byte

// minorPlace is one place of minor.tsv.gz.
type minorPlace struct {
	name     string
	id       uint32
	lat, lon float32
	cc       [2]byte
	a1       uint16 // the embedded gazetteer's a1 index (0: none)
}

// minorIndex holds the minor places and their name keys, sorted by hash.
type minorIndex struct {
	once   sync.Once
	places []minorPlace
	keys   []minorKey
}

type minorKey struct {
	h uint64
	p uint32
}

// lookup returns the minor places whose name key hashes to h.
func (mi *minorIndex) lookup(h uint64) []minorKey {
	lo := sort.Search(len(mi.keys), func(i int) bool { return mi.keys[i].h >= h })
	hi := lo
	for hi < len(mi.keys) && mi.keys[hi].h == h {
		hi++
	}
	return mi.keys[lo:hi]
}

// minorPlaces returns g's minor index, built on first use (or by Default's background build):
// the places of minor.tsv.gz whose GeoNames id g lacks (an imported file may hold some).
func (g *Gazetteer) minorPlaces() *minorIndex {
	mi := &g.minor
	mi.once.Do(func() {
		var maxID uint32
		for _, p := range g.places {
			maxID = max(maxID, p.id)
		}
		have := make([]uint64, maxID/64+1) // the ids g has, as a bit set
		for _, p := range g.places {
			have[p.id/64] |= 1 << (p.id % 64)
		}
		zr, err := gzip.NewReader(bytes.NewReader(minorGz))
		if err != nil {
			return
		}
		mi.places = make([]minorPlace, 0, 110000)
		mi.keys = make([]minorKey, 0, 125000)
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		var f [7]string
		var kb []byte
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			n := 0
			for n < 6 {
				i := strings.IndexByte(line, '\t')
				if i < 0 {
					break
				}
				f[n], line = line[:i], line[i+1:]
				n++
			}
			f[n] = line
			if n != 6 || len(f[1]) != 2 {
				continue
			}
			id, err := strconv.ParseUint(f[0], 10, 32)
			lat, err1 := strconv.Atoi(f[3]) // (ten-thousandths of a degree)
			lon, err2 := strconv.Atoi(f[4])
			if err != nil || err1 != nil || err2 != nil || uint32(id) <= maxID && have[id/64]&(1<<(id%64)) != 0 {
				continue
			}
			p := minorPlace{name: strings.Clone(f[5]), id: uint32(id), lat: float32(lat) / 1e4, lon: float32(lon) / 1e4, cc: [2]byte{f[1][0], f[1][1]}}
			if f[2] != "" {
				p.a1 = g.a1idx[f[1]+"."+f[2]]
			}
			idx := uint32(len(mi.places))
			mi.places = append(mi.places, p)
			kb = appendKey(kb[:0], f[5])
			h := g.hashBytes(kb)
			mi.keys = append(mi.keys, minorKey{h, idx})
			if f[6] != "" {
				kb = appendKey(kb[:0], f[6])
				if h2 := g.hashBytes(kb); h2 != h {
					mi.keys = append(mi.keys, minorKey{h2, idx})
				}
			}
		}
		slices.SortFunc(mi.keys, func(a, b minorKey) int { return cmp.Compare(a.h, b.h) })
	})
	return mi
}

// Ready returns once the indexes the gazetteer builds in the background (rule 76's) are built,
// so that a caller that loads its models up front pays for them there, not in the first
// documents it resolves.
func (g *Gazetteer) Ready() { g.minorPlaces() }

// localMinor applies rule 76 (see above) to the resolved mentions.
func (r *resolver) localMinor() {
	g := r.g
	// the focus: a country holding more than half of the placed names (each name once)
	var counts focusCounts
	n := 0
	seen := map[string]bool{}
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.metonymy {
			continue
		}
		if name := r.ltext[m.s:m.e]; seen[name] {
			continue // a name counts once: "Cairo" eight times is not what the story is about
		} else {
			seen[name] = true
		}
		if p := &g.places[m.cands[m.best].p]; p.cc != [2]byte{} {
			counts.add(p.cc, 1)
			n++
		}
	}
	r.ownNameAtHome(counts)
	var fcc [2]byte
	best, second := 0.0, 0.0
	for _, c := range counts {
		if c.n > best {
			fcc, best, second = c.cc, c.n, best
		} else if c.n > second {
			second = c.n
		}
	}
	if best < 2 || 2*best <= float64(n) && !(best >= 3 && best >= 2*second) {
		return
	}
	plural := 2*best <= float64(n) // (a plurality focus moves no capital and no city of a million)
	var moved []movedReading
	defer func() { r.rehomeFallbacks(moved, fcc) }()
	// the mentions rule 76 may move: read abroad as a town or city, or placed approximately as
	// a town the gazetteer lacks, or read as a country whose name the story uses as a town's
	townUse := r.countryTowns21(fcc)
	var cands []int
	for i := range r.ments {
		m := &r.ments[i]
		if m.metonymy || m.ts >= m.te {
			continue
		}
		if m.best >= 0 {
			if p := &g.places[m.cands[m.best].p]; p.cc == fcc || p.feat != featCity && !(p.feat == featCountry && townUse[r.ltext[m.s:m.e]]) || r.sentPlaces(i, p.cc) {
				continue
			} else if plural && p.feat == featCity && (p.flags&flagCapital != 0 || p.pop >= 1000000) {
				continue
			}
			if g.places[m.cands[m.best].p].feat == featCountry {
				// a country's name the story uses as a town's, and the gazetteer knows a city of
				// the focus country by it ("Benin" of a Nigerian story is Benin City; session 23)
				if k := slices.IndexFunc(m.cands, func(c cand) bool { return g.places[c.p].cc == fcc && g.places[c.p].feat == featCity }); k >= 0 {
					m.best = k
					continue
				}
			}
			if k := slices.IndexFunc(m.cands, func(c cand) bool { return c.prim && g.places[c.p].cc == fcc && g.places[c.p].feat == featCity }); k >= 0 {
				// a reading abroad by an alternate name beside the embedded gazetteer's own town
				// of the focus country: "Valence" of a French story is Valence, Drôme, not
				// Valencia (session 20; "Paris" of a Texas story stays Paris, France)
				if (!m.cands[m.best].prim || m.dateline == dlNone && r.nearOther(i, m.cands[k].p, 100)) && !g.near(m.cands[m.best].p, m.cands[k].p, 50) {
					m.best = k
					continue
				}
			}
		} else if m.hasFB && m.fb.Feature != "other" && m.fb.Feature != "city" || !m.hasFB && !(m.ent >= 0 && r.a.Entities[m.ent].Label == model.GPE) {
			// (session 21: a GPE name no reading placed at all may take the minor town too,
			// "Briesen" of a Frankfurt (Oder) story; no place outside the labels was added)
			continue
		}
		if m.best < 0 {
			k := m.ts - 1
			for k >= 0 && r.toks[k].word && dirWords[r.low(k)] != "" {
				k--
			}
			if k >= 0 && r.toks[k].word && r.low(k) == "the" {
				continue // "the lower Murray": a river or a region, not a town
			}
		}
		if m.te < len(r.toks) && r.toks[m.te].word && adminWords[r.low(m.te)] {
			continue // "Terry, Dawson and Yoakum counties"
		}
		cands = append(cands, i)
	}
	if len(cands) == 0 {
		return
	}
	// the story's divisions: those two or more of its placed mentions lie in
	a1n := r.a1Tally(fcc, func(_ uint32, p *place) bool { return p.feat != featCountry })
	named := a1n[:0]
	for _, c := range a1n {
		if c.n >= 2 {
			named = append(named, c)
		}
	}
	if len(named) == 0 {
		return
	}
	mi := g.minorPlaces()
	for _, i := range cands {
		m := &r.ments[i]
		pick, found := uint32(0), 0
		for _, k := range mi.lookup(g.hash(Key(r.text[m.s:m.e]))) {
			p := &mi.places[k.p]
			if p.cc != fcc {
				continue
			}
			if slices.ContainsFunc(named, func(c a1Count) bool { return c.a1 == p.a1 }) {
				pick = k.p
				found++
			}
		}
		if found != 1 {
			continue
		}
		if m.best >= 0 {
			mr := movedReading{from: g.places[m.cands[m.best].p].cc, ment: i}
			if len(r.voted) == len(r.ments) {
				mr.voted = r.voted[i]
			}
			moved = append(moved, mr)
		}
		m.fb, m.hasFB, m.best = g.minorGeo(&mi.places[pick]), true, -1
	}
}

// movedReading is a mention rule 76 moved from a reading in another country (a country whose
// name the story uses as a town's, or a namesake town abroad) to a town of the story's country:
// the names the text left unknown may have been placed in that other country by mistake.
type movedReading struct {
	from [2]byte
	ment int
	// voted is the country the name voted for when the unknown names were placed (its
	// reading out of context, scoreAll's own): "Stockton" of a Newcastle story voted for
	// California's Stockton, was read as Stockton-on-Tees and is moved home by rule 76; the
	// story's unknown names had been put in the United States (session 23)
	voted [2]byte
}

// left reports whether the moved name was read, or voted, in country cc before rule 76 moved it.
func (mc movedReading) left(cc [2]byte) bool { return mc.from == cc || mc.voted == cc }

// rehomeFallbacks moves the fallbacks placed in the country of a reading rule 76 moved to a
// town of the story's country fcc ("William Bay National Park", "Peaceful Bay" of a story
// about Denmark, Western Australia, were put in Denmark the country) to that country: at the
// place of fcc its sentence names nearest before or after it (a town, district or division),
// else its paragraph's, else the story's nearest, else the moved town (session 22). A
// fallback whose paragraph still places a name in that other country stays. (Moving also the
// approximate fallbacks in countries the story places no name in, "Kooragang Island" in the
// United States, gained 8 more development labels and lost one held-out: a nationality word
// states such a country, "the Angolan Plateau" of a Namibian story.)
func (r *resolver) rehomeFallbacks(moved []movedReading, fcc [2]byte) {
	if len(moved) == 0 {
		return
	}
	for i := range r.ments {
		m := &r.ments[i]
		if m.best >= 0 || !m.hasFB || m.metonymy || m.dateline != dlNone || len(m.fb.Country) != 2 || m.fb.Country == string(fcc[:]) {
			continue
		}
		from := [2]byte{m.fb.Country[0], m.fb.Country[1]}
		k := slices.IndexFunc(moved, func(mc movedReading) bool { return mc.left(from) && mc.ment != i })
		if k < 0 {
			continue
		}
		anchor, tier := r.ments[moved[k].ment].fb, 4
		// a site's fallback at the very name rule 76 moved ("Interstate 57" at Cairo, Egypt,
		// of a story about Cairo, Illinois) lies at that name's new town
		for _, mc := range moved {
			if o := &r.ments[mc.ment]; mc.left(from) && strings.EqualFold(m.fb.Name, r.text[o.s:o.e]) {
				anchor, tier = o.fb, 0
				break
			}
		}
		r.rehome(i, from, fcc, anchor, tier)
	}
}

// rehome moves the fallback of mention i from country from to country fcc: to the place of fcc
// its sentence names nearest before or after it, else its paragraph's, else the story's
// nearest, else anchor (tier 0: anchor wins). It stays when its paragraph places a name in
// from.
func (r *resolver) rehome(i int, from, fcc [2]byte, anchor model.Geo, tier int) {
	g := r.g
	m := &r.ments[i]
	ad, stay := 1<<30, false
	for j := range r.ments {
		o := &r.ments[j]
		if j == i || o.metonymy {
			continue
		}
		var og model.Geo
		switch {
		case o.best >= 0:
			p := &g.places[o.cands[o.best].p]
			if p.cc == from && r.sameParagraph(o.s, m.s) {
				stay = true
			}
			if p.cc != fcc || p.feat == featCountry || p.feat == featRegion {
				continue
			}
			og = g.geo(o.cands[o.best].p)
			og.Country, og.Admin1 = string(p.cc[:]), g.a1disp[p.a1]
		case o.hasFB && !o.fb.Approximate && o.fb.Feature == "city" && o.fb.Country == string(fcc[:]):
			og = o.fb // a town rule 76 placed ("Stockton" of a Newcastle story)
		default:
			continue
		}
		t := 0
		switch {
		case o.sent == m.sent:
			t = 1
		case r.sameParagraph(o.s, m.s):
			t = 2
		default:
			t = 3
		}
		d := o.s - m.s
		if d < 0 {
			d = -d
		}
		if t < tier || t == tier && d < ad {
			anchor, ad, tier = og, d, t
		}
	}
	if stay || anchor.Country == "" {
		return
	}
	if m.fb.Name != r.text[m.s:m.e] {
		// a site's fallback names the place it lies at ("Waterfall Prison" at Utrecht): the
		// anchor is that place now
		m.fb.Name, m.fb.GeonamesID, m.fb.Feature = anchor.Name, anchor.GeonamesID, anchor.Feature
	} else {
		m.fb.GeonamesID = 0
	}
	m.fb.Country, m.fb.Admin1, m.fb.Lat, m.fb.Lon = anchor.Country, anchor.Admin1, anchor.Lat, anchor.Lon
	m.fbPlace = 0
}

// minorGeo is the reading of minor place p: a town, precision 1, at its own point.
func (g *Gazetteer) minorGeo(p *minorPlace) model.Geo {
	return model.Geo{Name: p.name, Country: string(p.cc[:]), Admin1: g.a1disp[p.a1], Lat: float64(p.lat), Lon: float64(p.lon),
		GeonamesID: int(p.id), Feature: "city", Precision: 1}
}

// countryTowns21 returns the names read as countries other than the focus country fcc that
// the story also uses as a town's (session 21): a bare dash dateline ("DENMARK — A bushfire
// west of Denmark …" of a Western Australian story: a wire files from a town, never from a
// country alone), or a list with a town or city of the focus country that the gazetteer knows
// ("the highway was closed between Denmark and Albany"; not the Maine story's "Mexico, Peru and
// Dixfield", whose mates are minor places themselves). Rule 76 then looks for the minor
// place of that name in the story's divisions, for each mention of the name whose sentence
// names no other place of that country ("from Copenhagen … all the way from Denmark").
func (r *resolver) countryTowns21(fcc [2]byte) map[string]bool {
	var out map[string]bool
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.metonymy || m.ts >= m.te {
			continue
		}
		p := &r.g.places[m.cands[m.best].p]
		if p.feat != featCountry || p.cc == fcc || out[r.ltext[m.s:m.e]] {
			continue
		}
		town := r.bareDashDateline(m)
		if !town && m.dateline == dlNone && !r.taggedDateline(m) {
			members, _ := r.listMembers(m.ts, m.te, m.sent)
			for _, s := range members[1:] {
				for j := range r.ments {
					o := &r.ments[j]
					if o.ts == s && o.sent == m.sent && o.best >= 0 && !o.metonymy {
						q := &r.g.places[o.cands[o.best].p]
						town = town || q.cc == fcc && q.feat == featCity
					}
				}
			}
		}
		if town {
			if out == nil {
				out = map[string]bool{}
			}
			out[r.ltext[m.s:m.e]] = true
		}
	}
	return out
}

// bareDashDateline reports a dateline of one name and a dash, no container, no agency ("DENMARK
// —", "KYIV —"), whether the dateline scan or the tagger made its mention.
func (r *resolver) bareDashDateline(m *mention) bool {
	if m.dateline == dlDash {
		return true
	}
	if !r.taggedDateline(m) {
		return false
	}
	rest := strings.TrimPrefix(r.text[m.e:], " ")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "- ")
}

// a1Count is a first-level division and the mentions read in it.
type a1Count struct {
	a1 uint16
	n  int
}

// a1Tally counts the placed mentions (not metonymy) read in each first-level division of
// country cc, in the order the divisions first appear, among the readings keep accepts.
func (r *resolver) a1Tally(cc [2]byte, keep func(pi uint32, p *place) bool) []a1Count {
	var tally []a1Count
	for k := range r.ments {
		o := &r.ments[k]
		if o.best < 0 || o.metonymy {
			continue
		}
		pi := o.cands[o.best].p
		p := &r.g.places[pi]
		if p.cc != cc || p.a1 == 0 || !keep(pi, p) {
			continue
		}
		t := 0
		for t < len(tally) && tally[t].a1 != p.a1 {
			t++
		}
		if t == len(tally) {
			tally = append(tally, a1Count{p.a1, 0})
		}
		tally[t].n++
	}
	return tally
}

// nearOther reports another placed name (not metonymy, not a country) than mention i's within
// km of place p.
func (r *resolver) nearOther(i int, p uint32, km float64) bool {
	cc := r.g.places[p].cc
	name := r.ltext[r.ments[i].s:r.ments[i].e]
	for k := range r.ments {
		o := &r.ments[k]
		if k == i || o.best < 0 || o.metonymy || r.ltext[o.s:o.e] == name {
			continue
		}
		op := &r.g.places[o.cands[o.best].p]
		if op.feat != featCountry && op.cc == cc && r.g.near(o.cands[o.best].p, p, km) {
			return true
		}
	}
	return false
}

// near reports two places within km of each other (twin towns across a border: "the
// Kasumbalesa border post" is either).
func (g *Gazetteer) near(a, b uint32, km float64) bool {
	p, q := &g.places[a], &g.places[b]
	return Distance(float64(p.lat), float64(p.lon), float64(q.lat), float64(q.lon)) <= km
}

// ownNameAtHome (session 20, with rule 76) moves a mention read as a town abroad by an
// alternate name only, in a country no other name of the story lies in, to a town of that own
// name in a country two or more of the story's names lie in (the most named such country):
// "queues at Malaba" of a Kenya-Uganda border story is Malaba, not Malabo, whose alternate
// name it is. counts holds the story's placed names per country (each name once).
func (r *resolver) ownNameAtHome(counts focusCounts) {
	g := r.g
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.metonymy || m.dateline != dlNone || m.cands[m.best].prim {
			continue
		}
		p := &g.places[m.cands[m.best].p]
		if p.feat != featCity || counts.get(p.cc) > 1 {
			continue // (1: the mention's own vote)
		}
		k, kn := -1, 1.0
		for j, c := range m.cands {
			if q := &g.places[c.p]; c.prim && q.feat == featCity && q.cc != p.cc && counts.get(q.cc) > kn {
				k, kn = j, counts.get(q.cc)
			}
		}
		if k >= 0 {
			m.best = k
		}
	}
}
