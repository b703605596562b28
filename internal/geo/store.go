package geo

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed" // the generated gazetteer and the hand-written supplement
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep/internal/model"
)

//go:generate go run ./gen -data ../../../shared/data -out gazetteer.tsv.gz

//go:embed gazetteer.tsv.gz
var embedded []byte

//go:embed supplement.tsv
var supplement string

// supplementPlaces is the second hand-written file: towns, villages, camps, sites and natural
// features that news names and cities15000 lacks (the sitrep authors' own data, see README).
//
//go:embed supplement-places.tsv
var supplementPlaces string

// fileMagic starts every compact gazetteer file (after gunzip).
const fileMagic = "#sitrep-gazetteer"

// Feature codes of compact records.
const (
	featCountry = iota
	featAdmin1
	featAdmin2
	featCity
	featRegion
)

var featNames = [...]string{"country", "admin1", "admin2", "city", "region"}
var featCodes = [...]string{"c", "1", "2", "p", "r"}

// Place flags.
const (
	flagCapital = 1 << iota // national capital (PPLC)
	flagSeat                // seat of a first-level division (PPLA)
	flagSection             // section of a populated place (PPLX)
	flagCommon              // name is also a common English word ("Mobile", "Split")
	flagApprox              // division without a city: its point is its parent's (precision 3)
	flagNews                // town prominent in conflict news (supplement "town"/"prominent")
	flagSite                // supplement "feature": a site or natural feature (output feature "other")
	flagBareDiv             // supplement "bare-division": the city's bare name means its division (rule 79)
)

// Record is one gazetteer entry as written to a compact file (used by the generator and Import).
type Record struct {
	Feature    string // country | admin1 | admin2 | city | region
	ID         int    // GeoNames id, 0 when none
	Country    string // ISO alpha-2, "" for international regions (seas, the Sahel)
	Admin1     string // first-level code ("06"), "" when unknown
	Lat, Lon   float64
	Population int64
	Capital    bool // national capital
	Seat       bool // seat of a first-level division
	Section    bool // section of a populated place
	Common     bool // name is also a common English word
	// Approx marks a division without any city of 15,000 people: GeoNames gives it no point, so
	// it carries its parent's (an admin2 its admin1's, an admin1 its country's).
	Approx bool
	Name   string
	// Keys are name keys (Key) of the name and ASCII name; Alt the keys of alternate names.
	// A key prefixed with "=" matches only text written in capitals (abbreviations: "US", "UK").
	Keys, Alt []string
	// Box is the bounding box (minLat, minLon, maxLat, maxLon) of a country or region's cities;
	// zero when unknown. RadiusKm is a region's rough radius.
	Box      [4]float64
	RadiusKm float64
}

// place is the in-memory form of a Record.
type place struct {
	name     string
	lat, lon float32
	pop      uint32
	id       uint32
	cc       [2]byte
	a1       uint16 // index into Gazetteer.a1names (0 = none)
	feat     uint8
	flags    uint8
	pkey     uint64  // hash of the primary name key
	lpop     float32 // log10(pop + 10), precomputed
}

// entry is one (key, place) pair of the index, sorted by hash.
type entry struct {
	h     uint64
	p     uint32
	prim  bool // key of the name or ASCII name (not only an alternate name)
	upper bool // matches only capitalised-abbreviation text
	// variant: an alternate name that is a spelling variant of the own name (same consonant
	// skeleton: "Qalqiliya" for Qalqilyah), trusted like the exonym of a big place.
	variant bool
}

// Gazetteer resolves place names. It is safe for concurrent use.
type Gazetteer struct {
	// minor holds the small places of rule 76 (minor.go), built on first use.
	minor      minorIndex
	places     []place
	index      []entry
	bucket     []uint32              // index offsets by the top bits of the hash (see buildBuckets)
	filter     []uint64              // one bit per low hash bits of every index key (see buildBuckets)
	box        map[uint32][4]float32 // by place index: countries, admin1, regions
	radius     map[uint32]float32    // by place index: regions
	a1names    []string              // "CC.code\tName" for a1 indexes
	a1idx      map[string]uint16     // "CC.code" → a1 index
	country    map[[2]byte]uint32    // ISO code → country place index
	capital    map[[2]byte]uint32    // ISO code → national capital (most populous PPLC)
	demonym    map[uint64][2]byte    // key hash of "Lebanese" → LB
	demonymLow map[string][2]byte    // "lebanese" → LB
	// demLowBloom has the bit classHash(w) of each key w of demonymLow (demonymOf)
	demLowBloom wordBloom
	seed        maphash.Seed
	ccStr       map[[2]byte]string // "LB" strings, made once
	a1disp      []string           // display names of a1 indexes
	// approxIDs are the GeoNames ids of divisions without a city (built on first use).
	approxOnce sync.Once
	approxIDs  map[uint32]bool
	// centred holds the first-level divisions a `centre` line of the supplement placed.
	centred map[uint32]bool
	// claims caches claimGeo results by region index and country.
	claims sync.Map
	// sectors caches directional points ("eastern Congo") by place and direction.
	sectors sync.Map
	// courses are the lines of long features (courses.tsv); courseOf maps a site or region to
	// its course.
	courses  []course
	courseOf map[uint32]uint16
	// valleyOf maps a valley named after a river of courses to its course (rule 36, feat12.go).
	valleyOf map[uint32]uint16
	// ownPoint holds, by place index, the points admin2pts.tsv.gz gives approximate
	// second-level divisions (admin2pts.go; used for output only).
	ownPoint map[uint32][2]float32
}

var (
	defOnce sync.Once
	defGaz  *Gazetteer
	defErr  error
)

// Default returns the embedded gazetteer (GeoNames cities15000, admin1, admin2, countries and a
// hand-written supplement of regions), loaded once.
func Default() (*Gazetteer, error) {
	defOnce.Do(func() {
		defGaz, defErr = loadDefault()
		if defErr == nil {
			go defGaz.minorPlaces() // rule 76's index (minor.go), built while the caller loads the rest
		}
	})
	return defGaz, defErr
}

// loadDefault parses the embedded gazetteer and supplement.
func loadDefault() (*Gazetteer, error) {
	g := newGazetteer()
	if err := g.loadCompact(bytes.NewReader(embedded)); err != nil {
		return nil, err
	}
	if err := g.loadSupplements(); err != nil {
		return nil, err
	}
	g.finish()
	if err := g.loadCourses(coursesTSV); err != nil {
		return nil, err
	}
	return g, nil
}

// suppLines and suppKeys bound the places and name keys the supplements add, so that the
// compact loader reserves room for them (a slice grown by append at the end would cost a
// quarter more memory).
var suppLines, suppKeys = func() (int, int) {
	l := strings.Count(supplement, "\n") + strings.Count(supplementPlaces, "\n") + 2
	return l, l + strings.Count(supplement, ";") + strings.Count(supplementPlaces, ";")
}()

// loadSupplements reads both hand-written files.
func (g *Gazetteer) loadSupplements() error {
	byID := make(map[uint32]uint32, len(g.places))
	for i, p := range g.places {
		if p.id != 0 {
			if _, ok := byID[p.id]; !ok {
				byID[p.id] = uint32(i)
			}
		}
	}
	if err := g.loadSupplement(supplement, byID); err != nil {
		return err
	}
	if err := g.loadSupplement(supplementPlaces, byID); err != nil {
		return fmt.Errorf("supplement-places.tsv: %w", err)
	}
	if err := g.loadAdmin2Points(admin2Points, byID); err != nil {
		return fmt.Errorf("admin2pts.tsv.gz: %w", err)
	}
	return nil
}

// Open returns a gazetteer made of the embedded one extended by the compact file at path (written
// by Import). The file adds places: an entry whose GeoNames id the embedded gazetteer already has
// is skipped, so that the embedded entry keeps what was curated for it (the supplements' names and
// display names, the common-word and capital flags). Session 19 measured replacing instead: a
// GeoNames cities1000 import lost "Washington" (D.C.) and Geneva to namesakes, and the held-out
// toponyms fell from 0.958 / 0.944 to 0.956 / 0.940; adding only new ids gave 0.958 / 0.946.
func Open(path string) (*Gazetteer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g := newGazetteer()
	ext := newGazetteer()
	if err := ext.loadCompact(f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := g.loadCompact(bytes.NewReader(embedded)); err != nil {
		return nil, err
	}
	if err := g.loadSupplements(); err != nil {
		return nil, err
	}
	have := make(map[uint32]bool, len(g.places))
	for _, p := range g.places {
		if p.id != 0 {
			have[p.id] = true
		}
	}
	// Merge: append the file's new places and their index entries (at[i]: the new index of the
	// file's place i, or -1 when skipped).
	at := make([]int64, len(ext.places))
	for i, p := range ext.places {
		if p.id != 0 && have[p.id] {
			at[i] = -1
			continue
		}
		if p.a1 != 0 {
			p.a1 = g.a1code(ext.a1names[p.a1])
		}
		at[i] = int64(len(g.places))
		g.places = append(g.places, p)
	}
	for _, e := range ext.index {
		if at[e.p] < 0 {
			continue
		}
		e.p = uint32(at[e.p])
		g.index = append(g.index, e)
	}
	for k, v := range ext.box {
		if at[k] >= 0 {
			g.box[uint32(at[k])] = v
		}
	}
	g.finish()
	if err := g.loadCourses(coursesTSV); err != nil {
		return nil, err
	}
	go g.minorPlaces() // rule 76's index (minor.go), built while the caller loads the rest
	return g, nil
}

// OpenOrDefault returns Open(path), or the embedded gazetteer when path is "".
func OpenOrDefault(path string) (*Gazetteer, error) {
	if path == "" {
		return Default()
	}
	return Open(path)
}

func newGazetteer() *Gazetteer {
	g := &Gazetteer{
		box:        map[uint32][4]float32{},
		radius:     map[uint32]float32{},
		a1names:    []string{""},
		a1idx:      map[string]uint16{},
		country:    map[[2]byte]uint32{},
		capital:    map[[2]byte]uint32{},
		demonym:    map[uint64][2]byte{},
		demonymLow: map[string][2]byte{},
	}
	g.seed = fixedSeed
	return g
}

// fixedSeed makes key hashes equal across gazetteers of one process (Open merges two).
var fixedSeed = maphash.MakeSeed()

func (g *Gazetteer) hash(key string) uint64 { return maphash.String(g.seed, key) }

func (g *Gazetteer) hashBytes(key []byte) uint64 { return maphash.Bytes(g.seed, key) }

// a1code interns "CC.code\tName" (or "CC.code") and returns its index.
func (g *Gazetteer) a1code(s string) uint16 {
	code, _, _ := strings.Cut(s, "\t")
	if i, ok := g.a1idx[code]; ok {
		if strings.Contains(s, "\t") && !strings.Contains(g.a1names[i], "\t") {
			g.a1names[i] = s
		}
		return i
	}
	if len(g.a1names) >= math.MaxUint16 {
		return 0
	}
	g.a1names = append(g.a1names, s)
	i := uint16(len(g.a1names) - 1)
	g.a1idx[code] = i
	return i
}

// bucketBits is the number of top hash bits that pick a bucket of the sorted index.
const (
	bucketBits = 16
	bucketN    = 1 << bucketBits
	// filterN is the size in bits of g.filter: most keys that a text asks for are no name, and
	// one bit read (256 KB, mostly in cache) answers them before the index search.
	filterN = 1 << 21
)

// buildBuckets fills g.bucket: entries with top hash bits b are g.index[bucket[b]:bucket[b+1]].
func (g *Gazetteer) buildBuckets() {
	g.bucket = make([]uint32, bucketN+1)
	g.filter = nil
	if uint64(len(g.index)) >= 1<<32 {
		g.bucket = nil
		return
	}
	g.filter = make([]uint64, filterN/64)
	for i := range g.index {
		b := g.index[i].h & (filterN - 1)
		g.filter[b>>6] |= 1 << (b & 63)
	}
	k := 0
	for b := 0; b <= bucketN; b++ {
		for k < len(g.index) && (b == bucketN || g.index[k].h>>(64-bucketBits) < uint64(b)) {
			k++
		}
		g.bucket[b] = uint32(k)
	}
}

// finish sorts the index and fills the country table.
func (g *Gazetteer) finish() {
	slices.SortFunc(g.index, func(a, b entry) int {
		if c := cmp.Compare(a.h, b.h); c != 0 {
			return c
		}
		return cmp.Compare(a.p, b.p)
	})
	g.buildBuckets()
	var moved map[uint16][4]float32 // first-level divisions moved to the middle of their extent: old and new point
	g.ccStr = map[[2]byte]string{}
	g.a1disp = make([]string, len(g.a1names))
	for i, s := range g.a1names {
		_, g.a1disp[i], _ = strings.Cut(s, "\t")
	}
	for i, p := range g.places {
		if _, ok := g.ccStr[p.cc]; !ok && p.cc != [2]byte{} {
			g.ccStr[p.cc] = string(p.cc[:])
		}
		if p.feat == featCountry {
			if _, ok := g.country[p.cc]; !ok {
				g.country[p.cc] = uint32(i)
			}
		}
		if p.feat == featCity && p.flags&flagCapital != 0 && p.flags&flagSection == 0 {
			if j, ok := g.capital[p.cc]; !ok || g.places[j].pop < p.pop {
				g.capital[p.cc] = uint32(i)
			}
		}
		// A first-level division wider than 500 km is put at the middle of its cities' extent:
		// the population-weighted mean sits in its biggest city (Oregon's in Portland, British
		// Columbia's in Vancouver, Balochistan's in Quetta), far from the centre news readers
		// and coders mean.
		// Its divisions without a city, which sat at its old point, move with it (session 7:
		// Texas' counties were left in Austin's hinterland). A `centre` line of the supplement
		// (a geographic centre) is kept as written.
		if b, ok := g.box[uint32(i)]; ok && p.feat == featAdmin1 && p.flags&flagApprox == 0 && p.id != 0 && !g.centred[uint32(i)] &&
			Distance(float64(b[0]), float64(b[1]), float64(b[2]), float64(b[3])) > 500 {
			nlat, nlon := (b[0]+b[2])/2, (b[1]+b[3])/2
			if nlat != p.lat || nlon != p.lon {
				if moved == nil {
					moved = map[uint16][4]float32{}
				}
				moved[p.a1] = [4]float32{p.lat, p.lon, nlat, nlon}
			}
			g.places[i].lat, g.places[i].lon = nlat, nlon
		}
	}
	if len(moved) > 0 {
		for i := range g.places {
			p := &g.places[i]
			if p.feat != featAdmin2 || p.flags&flagApprox == 0 {
				continue
			}
			if mv, ok := moved[p.a1]; ok && p.lat == mv[0] && p.lon == mv[1] {
				p.lat, p.lon = mv[2], mv[3]
			}
		}
	}
}

// Len returns the number of places in the gazetteer.
func (g *Gazetteer) Len() int { return len(g.places) }

// Keys returns the number of name keys in the index.
func (g *Gazetteer) Keys() int { return len(g.index) }

// lookupHash returns the index entries for a key hash.
func (g *Gazetteer) lookupHash(h uint64) []entry {
	lo, hi := 0, len(g.index)
	if len(g.bucket) == bucketN+1 && int(g.bucket[bucketN]) == len(g.index) {
		if len(g.filter) == filterN/64 {
			if f := h & (filterN - 1); g.filter[f>>6]&(1<<(f&63)) == 0 {
				return nil // (no key has these low bits)
			}
		}
		b := h >> (64 - bucketBits)
		lo, hi = int(g.bucket[b]), int(g.bucket[b+1])
	}
	// the first entry with hash >= h (entries before lo are < h, from hi on > h; sort.Search
	// written out)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if g.index[mid].h < h {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	i := lo
	j := i
	for j < len(g.index) && g.index[j].h == h {
		j++
	}
	return g.index[i:j]
}

// WriteCompact writes records as a compact gazetteer file (gzip'd TSV) to w.
func WriteCompact(w io.Writer, recs []Record) error {
	keys := 0
	for i := range recs {
		keys += len(recs[i].Keys) + len(recs[i].Alt)
	}
	cw, err := newCompactWriter(w, fmt.Sprintf("\tn=%d\tk=%d\t# Code generated by sitrep from GeoNames (www.geonames.org, CC BY 4.0). DO NOT EDIT.", len(recs), keys))
	if err != nil {
		return err
	}
	for i := range recs {
		if err := cw.write(&recs[i]); err != nil {
			return err
		}
	}
	return cw.close()
}

// compactWriter streams records into a compact file.
type compactWriter struct {
	zw *gzip.Writer
	bw *bufio.Writer
}

func newCompactWriter(w io.Writer, hints string) (*compactWriter, error) {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriterSize(zw, 1<<16)
	fmt.Fprintf(bw, "%s\t1\tkey=%d%s\n", fileMagic, KeyVersion, hints)
	return &compactWriter{zw: zw, bw: bw}, nil
}

func cleanField(s string) string {
	if !strings.ContainsAny(s, "\t\n\r|,") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '|', ',':
			return ' '
		}
		return r
	}, s)
}

func (cw *compactWriter) write(r *Record) error {
	fc := -1
	for i, n := range featNames {
		if n == r.Feature {
			fc = i
		}
	}
	if fc < 0 {
		return fmt.Errorf("record %q: unknown feature %q", r.Name, r.Feature)
	}
	if len(r.Country) != 0 && len(r.Country) != 2 {
		return fmt.Errorf("record %q: bad country %q", r.Name, r.Country)
	}
	flags := ""
	if r.Capital {
		flags += "C"
	}
	if r.Seat {
		flags += "S"
	}
	if r.Section {
		flags += "X"
	}
	if r.Common {
		flags += "w"
	}
	if r.Approx {
		flags += "a"
	}
	extra := ""
	if r.Box != [4]float64{} {
		extra = fmt.Sprintf("%.2f,%.2f,%.2f,%.2f", r.Box[0], r.Box[1], r.Box[2], r.Box[3])
	}
	if r.RadiusKm > 0 {
		extra += fmt.Sprintf(";%.0f", r.RadiusKm)
	}
	keys := func(ks []string) string {
		out := make([]string, 0, len(ks))
		for _, k := range ks {
			if k = cleanField(k); strings.TrimSpace(k) != "" {
				out = append(out, k)
			}
		}
		return strings.Join(out, ",")
	}
	name := cleanField(r.Name)
	if r.Name != name { // keep commas in display names
		name = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(r.Name)
	}
	_, err := fmt.Fprintf(cw.bw, "%s\t%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s|%s\t%s\n",
		featCodes[fc], r.ID, r.Country, cleanField(r.Admin1),
		strconv.FormatFloat(r.Lat, 'f', 4, 64), strconv.FormatFloat(r.Lon, 'f', 4, 64),
		max(r.Population, 0), flags, name, keys(r.Keys), keys(r.Alt), extra)
	return err
}

func (cw *compactWriter) close() error {
	if err := cw.bw.Flush(); err != nil {
		return err
	}
	return cw.zw.Close()
}

// errFormat is returned for files that are not compact gazetteers.
var errFormat = errors.New("not a sitrep compact gazetteer file (build one with `sitrep gazetteer import`)")

// loadCompact reads a compact file.
func (g *Gazetteer) loadCompact(r io.Reader) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return errFormat
	}
	defer zr.Close()
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	if !sc.Scan() {
		return errFormat
	}
	head := sc.Text()
	if !strings.HasPrefix(head, fileMagic) {
		return errFormat
	}
	if !strings.Contains(head, fmt.Sprintf("key=%d", KeyVersion)) {
		return fmt.Errorf("gazetteer file made with name-key version other than %d: rebuild it", KeyVersion)
	}
	for _, f := range strings.Split(head, "\t") {
		if v, ok := strings.CutPrefix(f, "n="); ok {
			if n, err := strconv.Atoi(v); err == nil && n > 0 && n < 1<<24 {
				g.places = slices.Grow(g.places, n+512+suppLines)
			}
		}
		if v, ok := strings.CutPrefix(f, "k="); ok {
			if n, err := strconv.Atoi(v); err == nil && n > 0 && n < 1<<26 {
				g.index = slices.Grow(g.index, n+2048+suppKeys)
			}
		}
	}
	line := 1
	var fields [11]string
	for sc.Scan() {
		line++
		s := sc.Text()
		n := 0
		for n < 10 {
			i := strings.IndexByte(s, '\t')
			if i < 0 {
				break
			}
			fields[n] = s[:i]
			s = s[i+1:]
			n++
		}
		fields[n] = s
		if n != 10 {
			return fmt.Errorf("line %d: %d fields, want 11", line, n+1)
		}
		if err := g.addLine(fields[:]); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return nil
}

// addLine adds one compact record.
func (g *Gazetteer) addLine(f []string) error {
	fc := -1
	for i, c := range featCodes {
		if f[0] == c {
			fc = i
		}
	}
	if fc < 0 {
		return fmt.Errorf("unknown feature %q", f[0])
	}
	id, err := strconv.ParseUint(f[1], 10, 32)
	if err != nil {
		return fmt.Errorf("bad id %q", f[1])
	}
	lat, err1 := strconv.ParseFloat(f[4], 64)
	lon, err2 := strconv.ParseFloat(f[5], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return fmt.Errorf("bad coordinates %q %q", f[4], f[5])
	}
	pop, err := strconv.ParseUint(f[6], 10, 64)
	if err != nil {
		return fmt.Errorf("bad population %q", f[6])
	}
	if pop > math.MaxUint32 {
		pop = math.MaxUint32
	}
	p := place{name: strings.Clone(f[8]), lat: float32(lat), lon: float32(lon), pop: uint32(pop), id: uint32(id), feat: uint8(fc)}
	if len(f[2]) == 2 {
		p.cc = [2]byte{f[2][0], f[2][1]}
	} else if f[2] != "" {
		return fmt.Errorf("bad country %q", f[2])
	}
	if f[3] != "" && p.cc != [2]byte{} {
		p.a1 = g.a1code(f[2] + "." + f[3])
	}
	for _, c := range f[7] {
		switch c {
		case 'C':
			p.flags |= flagCapital
		case 'S':
			p.flags |= flagSeat
		case 'X':
			p.flags |= flagSection
		case 'w':
			p.flags |= flagCommon
		case 'a':
			p.flags |= flagApprox
		}
	}
	idx := uint32(len(g.places))
	prim, alt, _ := strings.Cut(f[9], "|")
	first := true
	// Skeletons of the own-name keys: an alternate name with the same skeleton is a spelling
	// variant of the own name ("Qalqiliya" for Qalqilyah, "Saraqeb" for Saraqib, "Sweida" for
	// As-Suwayda), as reliable as the name itself.
	var skelBuf [256]byte
	var skels [4][]byte
	var altBuf [64]byte
	nSkel := 0
	addKeys := func(list string, primary bool) {
		for list != "" {
			k := list
			if i := strings.IndexByte(list, ','); i >= 0 {
				k, list = list[:i], list[i+1:]
			} else {
				list = ""
			}
			upper := false
			if strings.HasPrefix(k, "=") {
				upper, k = true, k[1:]
			}
			if k == "" {
				continue
			}
			h := g.hash(k)
			if first {
				p.pkey = h
				first = false
			}
			variant := false
			if !upper {
				if primary {
					used := 0
					for _, o := range skels[:nSkel] {
						used += len(o)
					}
					if sk := appendSkeleton(skelBuf[used:used], k); nSkel < len(skels) && len(sk) >= 3 && used+len(sk) <= len(skelBuf) {
						skels[nSkel] = sk
						nSkel++
						// a glued article ("Albukamal", "Alhasakah"): also without it
						if (strings.HasPrefix(k, "al") || strings.HasPrefix(k, "el")) && len(sk) >= 4 && sk[0] == 'l' && nSkel < len(skels) {
							skels[nSkel] = sk[1:]
							nSkel++
						}
					}
				} else if len(k) >= 5 && nSkel > 0 {
					sk := appendSkeleton(altBuf[:0], k)
					for _, o := range skels[:nSkel] {
						if bytes.Equal(sk, o) {
							variant = true
							break
						}
					}
				}
			}
			g.index = append(g.index, entry{h: h, p: idx, prim: primary, upper: upper, variant: variant})
		}
	}
	addKeys(prim, true)
	addKeys(alt, false)
	// Divisions are written with either form of a direction ("North Darfur" for Northern
	// Darfur, "West Equatoria" for Western Equatoria) and compound names without "and"
	// ("Sistan-Baluchestan" for Sistan and Baluchestan).
	// The name written as one word ("Lashkargah" for Lashkar Gāh): the key differs when a
	// short last word's ending or a letter pair spans the space.
	// (not after an article: "As Sadd" glued would meet "al-Assad")
	if i := strings.IndexByte(p.name, ' '); p.feat == featCity && i > 0 && !isArticle([]byte(strings.ToLower(p.name[:i]))) && !strings.ContainsAny(p.name[:i], "-'’") {
		if k := Key(strings.ReplaceAll(p.name, " ", "")); k != "" && g.hash(k) != p.pkey {
			g.index = append(g.index, entry{h: g.hash(k), p: idx, prim: true})
		}
	}
	if p.feat == featAdmin1 || p.feat == featAdmin2 || p.feat == featCountry {
		for _, v := range nameVariants(p.name, p.feat != featCountry) {
			if k := Key(v); k != "" {
				g.index = append(g.index, entry{h: g.hash(k), p: idx, prim: true})
			}
		}
	}
	if first {
		p.pkey = g.hash(Key(p.name))
	}
	if f[10] != "" {
		boxs, rad, _ := strings.Cut(f[10], ";")
		if boxs != "" {
			var b [4]float32
			parts := strings.Split(boxs, ",")
			if len(parts) != 4 {
				return fmt.Errorf("bad box %q", boxs)
			}
			for i, s := range parts {
				v, err := strconv.ParseFloat(s, 64)
				if err != nil {
					return fmt.Errorf("bad box %q", boxs)
				}
				b[i] = float32(v)
			}
			g.box[idx] = b
		}
		if rad != "" {
			v, err := strconv.ParseFloat(rad, 64)
			if err != nil || v < 0 {
				return fmt.Errorf("bad radius %q", rad)
			}
			g.radius[idx] = float32(v)
		}
	}
	if p.feat == featAdmin1 && p.a1 != 0 && !strings.Contains(g.a1names[p.a1], "\t") {
		g.a1names[p.a1] += "\t" + p.name
	}
	p.lpop = float32(math.Log10(float64(p.pop) + 10))
	g.places = append(g.places, p)
	return nil
}

// loadSupplement reads the hand-written supplement: regions, country aliases and demonyms.
//
//	region <TAB> Name <TAB> CC <TAB> admin1 <TAB> lat <TAB> lon <TAB> radius km <TAB> aliases (;) <TAB> # source
//	alias  <TAB> CC <TAB> alias;alias;=ABBR…
//	demonym <TAB> CC <TAB> word;word…
//	place-alias <TAB> GeoNames id <TAB> alias;alias   (extra names for an existing entry)
//	town <TAB> Name <TAB> CC <TAB> admin1 <TAB> lat <TAB> lon <TAB> population <TAB> aliases <TAB> # source
//	prominent <TAB> id;id…   (towns the news means by their name)
//	place-name <TAB> id <TAB> display name; admin1-name <TAB> CC.code <TAB> display name
//	centre <TAB> CC <TAB> lat <TAB> lon   (a country's geographic centre)
//	place <TAB> Name <TAB> CC <TAB> admin1 <TAB> lat <TAB> lon <TAB> population <TAB> aliases <TAB> # source
//	feature <TAB> Name <TAB> CC <TAB> admin1 <TAB> lat <TAB> lon <TAB> radius km <TAB> aliases <TAB> # source
//	seat <TAB> GeoNames id <TAB> lat <TAB> lon   (a division without a city takes its seat's point)
//
// A "place" is a town or village ranked by its population alone (no "news" flag: without
// support from context it loses to a namesake of cities15000); a "feature" is a site or a
// natural feature (camp, dam, air base, crossing, island, volcano, river), ranked like a region
// and given out as feature "other" with a precision from its radius.
func (g *Gazetteer) loadSupplement(s string, byID map[uint32]uint32) error {
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		bad := func(msg string) error { return fmt.Errorf("supplement line %d: %s", n+1, msg) }
		addAliases := func(idx uint32, list string, prim bool) {
			for _, a := range strings.Split(list, ";") {
				a = strings.TrimSpace(a)
				upper := strings.HasPrefix(a, "=")
				a = strings.TrimPrefix(a, "=")
				if k := Key(a); k != "" {
					g.index = append(g.index, entry{h: g.hash(k), p: idx, prim: prim, upper: upper})
				}
			}
		}
		// addPlace appends a place of the file under its own name and its aliases; it returns
		// the place's index.
		addPlace := func(p place, aliases string) uint32 {
			idx := uint32(len(g.places))
			p.pkey = g.hash(Key(p.name))
			g.index = append(g.index, entry{h: p.pkey, p: idx, prim: true})
			addAliases(idx, aliases, true)
			g.places = append(g.places, p)
			return idx
		}
		switch f[0] {
		case "region":
			if len(f) < 8 {
				return bad("region needs 8 fields")
			}
			lat, e1 := strconv.ParseFloat(f[4], 64)
			lon, e2 := strconv.ParseFloat(f[5], 64)
			rad, e3 := strconv.ParseFloat(f[6], 64)
			if e1 != nil || e2 != nil || e3 != nil {
				return bad("bad number")
			}
			p := place{name: f[1], lat: float32(lat), lon: float32(lon), feat: featRegion}
			if len(f[2]) == 2 {
				p.cc = [2]byte{f[2][0], f[2][1]}
				if f[3] != "" {
					p.a1 = g.a1code(f[2] + "." + f[3])
				}
			}
			p.lpop = 1
			idx := addPlace(p, f[7])
			g.radius[idx] = float32(rad)
			d := float32(rad / 111)
			g.box[idx] = [4]float32{p.lat - d, p.lon - d, p.lat + d, p.lon + d}
		case "place", "feature":
			if len(f) < 8 || len(f[2]) != 2 && !(f[0] == "feature" && f[2] == "") {
				return bad(f[0] + " needs 8 fields and a country")
			}
			lat, e1 := strconv.ParseFloat(f[4], 64)
			lon, e2 := strconv.ParseFloat(f[5], 64)
			v, e3 := strconv.ParseFloat(f[6], 64)
			if e1 != nil || e2 != nil || e3 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 || v < 0 || v > 1e9 || strings.TrimSpace(f[1]) == "" {
				return bad("bad number")
			}
			p := place{name: f[1], lat: float32(lat), lon: float32(lon)}
			if len(f[2]) == 2 {
				p.cc = [2]byte{f[2][0], f[2][1]}
				if f[3] != "" {
					p.a1 = g.a1code(f[2] + "." + f[3])
				}
			}
			if f[0] == "place" {
				p.feat, p.pop = featCity, uint32(v)
				p.lpop = float32(math.Log10(float64(p.pop) + 10))
				addPlace(p, f[7])
				continue
			}
			p.feat, p.flags, p.lpop = featRegion, flagSite, 1
			idx := addPlace(p, f[7])
			g.radius[idx] = float32(v)
			d := float32(max(v, 1) / 111)
			g.box[idx] = [4]float32{p.lat - d, p.lon - d, p.lat + d, p.lon + d}
		case "seat":
			// seat <TAB> GeoNames id <TAB> lat <TAB> lon: a division without a city takes the
			// point of its seat, a town named like it ("Daquq District" at Daquq), and is no
			// longer approximate; a competing town entry would win "Daquq district"
			if len(f) < 4 {
				return bad("seat needs an id, lat and lon")
			}
			id, err := strconv.ParseUint(f[1], 10, 32)
			lat, e1 := strconv.ParseFloat(f[2], 64)
			lon, e2 := strconv.ParseFloat(f[3], 64)
			if err != nil || e1 != nil || e2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
				return bad("bad number")
			}
			idx, ok := byID[uint32(id)]
			if !ok {
				continue // entry not in this build
			}
			if p := &g.places[idx]; (p.feat == featAdmin2 || p.feat == featAdmin1) && p.flags&flagApprox != 0 {
				p.lat, p.lon = float32(lat), float32(lon)
				p.flags &^= flagApprox
			}
		case "town":
			// town <TAB> Name <TAB> CC <TAB> admin1 <TAB> lat <TAB> lon <TAB> population <TAB> aliases <TAB> # source
			if len(f) < 8 || len(f[2]) != 2 {
				return bad("town needs 8 fields and a country")
			}
			lat, e1 := strconv.ParseFloat(f[4], 64)
			lon, e2 := strconv.ParseFloat(f[5], 64)
			pop, e3 := strconv.ParseUint(f[6], 10, 32)
			if e1 != nil || e2 != nil || e3 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
				return bad("bad number")
			}
			p := place{name: f[1], lat: float32(lat), lon: float32(lon), feat: featCity, pop: uint32(pop), flags: flagNews}
			p.cc = [2]byte{f[2][0], f[2][1]}
			if f[3] != "" {
				p.a1 = g.a1code(f[2] + "." + f[3])
			}
			p.lpop = float32(math.Log10(float64(p.pop) + 10))
			addPlace(p, f[7])
		case "prominent", "place-name", "bare-division":
			// prominent <TAB> GeoNames id;id… : towns that news means by their name
			// place-name <TAB> GeoNames id <TAB> display name (the common English name)
			if len(f) < 2 || f[0] == "place-name" && (len(f) < 3 || strings.TrimSpace(f[2]) == "") {
				return bad("needs ids")
			}
			for _, v := range strings.Split(f[1], ";") {
				id, err := strconv.ParseUint(strings.TrimSpace(v), 10, 32)
				if err != nil {
					return bad("bad id")
				}
				idx, ok := byID[uint32(id)]
				if !ok {
					continue // entry not in this build
				}
				if f[0] == "prominent" {
					g.places[idx].flags |= flagNews
				} else if f[0] == "bare-division" {
					g.places[idx].flags |= flagBareDiv
				} else {
					g.places[idx].name = strings.TrimSpace(f[2])
				}
			}
		case "centre":
			// centre <TAB> CC <TAB> lat <TAB> lon: the country's geographic centre, which
			// replaces the population-weighted mean of its cities (the mean lies near the
			// capital: Libya's on the coast, Sudan's at Khartoum)
			// centre <TAB> CC.code <TAB> lat <TAB> lon: the same for a very large first-level
			// division whose cities cluster at one edge (Ontario's along the Great Lakes)
			if len(f) < 4 || len(f[1]) != 2 && !(len(f[1]) > 3 && f[1][2] == '.') {
				return bad("centre needs a country or CC.code, lat and lon")
			}
			lat, e1 := strconv.ParseFloat(f[2], 64)
			lon, e2 := strconv.ParseFloat(f[3], 64)
			if e1 != nil || e2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
				return bad("bad number")
			}
			if len(f[1]) > 2 {
				if err := g.a1Centre(f[1], float32(lat), float32(lon)); err != nil {
					return bad(err.Error())
				}
				continue
			}
			cc := [2]byte{f[1][0], f[1][1]}
			for i := range g.places {
				if p := &g.places[i]; p.feat == featCountry && p.cc == cc && p.id != 0 {
					p.lat, p.lon = float32(lat), float32(lon)
					break
				}
			}
		case "admin1-name":
			// admin1-name <TAB> CC.code <TAB> display name
			if len(f) < 3 || !strings.Contains(f[1], ".") || strings.TrimSpace(f[2]) == "" {
				return bad("needs CC.code and a name")
			}
			if i, ok := g.a1idx[f[1]]; ok {
				g.a1names[i] = f[1] + "\t" + strings.TrimSpace(f[2])
			}
		case "alias", "demonym":
			if len(f) < 3 || len(f[1]) != 2 {
				return bad("needs CC and names")
			}
			cc := [2]byte{f[1][0], f[1][1]}
			if f[0] == "demonym" {
				for _, a := range strings.Split(f[2], ";") {
					a = strings.TrimSpace(a)
					if k := Key(a); k != "" {
						g.demonym[g.hash(k)] = cc
						low := strings.ToLower(a)
						g.demonymLow[low] = cc
						g.demLowBloom.add(low)
					}
				}
				continue
			}
			idx, ok := uint32(0), false
			for i, p := range g.places {
				if p.feat == featCountry && p.cc == cc {
					idx, ok = uint32(i), true
					break
				}
			}
			if !ok {
				return bad("no country " + f[1])
			}
			addAliases(idx, f[2], true)
		case "place-alias":
			if len(f) < 3 {
				return bad("needs id and names")
			}
			id, err := strconv.ParseUint(f[1], 10, 32)
			if err != nil {
				return bad("bad id")
			}
			idx, ok := byID[uint32(id)]
			if !ok {
				continue // entry not in this build
			}
			addAliases(idx, f[2], true)
		default:
			return bad("unknown kind " + f[0])
		}
	}
	return nil
}

// geo converts a place to the output struct.
func (g *Gazetteer) geo(i uint32) model.Geo {
	p := &g.places[i]
	out := model.Geo{
		Name: p.name, Lat: round(float64(p.lat)), Lon: round(float64(p.lon)),
		GeonamesID: int(p.id), Feature: featNames[p.feat],
	}
	if p.cc != [2]byte{} {
		out.Country = g.ccStr[p.cc]
	}
	if int(p.a1) < len(g.a1disp) {
		out.Admin1 = g.a1disp[p.a1]
	}
	switch {
	case p.flags&flagApprox != 0:
		out.Precision, out.Approximate = 3, true
	case p.flags&flagSite != 0:
		// a site or natural feature of the supplement: precision from its extent
		out.Feature = "other"
		switch r := g.radius[i]; {
		case r <= 5:
			out.Precision = 1
		case r <= 50:
			out.Precision = 2
		default:
			out.Precision = 3
		}
	case p.feat == featCity:
		out.Precision = 1
	case p.feat == featAdmin2:
		out.Precision = 2
	default:
		out.Precision = 3
	}
	return out
}

func round(v float64) float64 { return math.Round(v*1e4) / 1e4 }

// a1Centre moves the point of the first-level division code ("CA.08") to lat, lon, and with it
// the divisions without a city inside it that sat at its old point.
func (g *Gazetteer) a1Centre(code string, lat, lon float32) error {
	idx, ok := g.a1idx[code]
	if !ok {
		return fmt.Errorf("no division %s", code)
	}
	found := false
	var olat, olon float32
	for i := range g.places {
		if p := &g.places[i]; p.feat == featAdmin1 && p.a1 == idx && p.id != 0 {
			olat, olon = p.lat, p.lon
			p.lat, p.lon, p.flags = lat, lon, p.flags&^flagApprox
			if g.centred == nil {
				g.centred = map[uint32]bool{}
			}
			g.centred[uint32(i)] = true
			found = true
			break
		}
	}
	if !found {
		return fmt.Errorf("no division %s", code)
	}
	for i := range g.places {
		if p := &g.places[i]; p.feat == featAdmin2 && p.a1 == idx && p.flags&flagApprox != 0 && p.lat == olat && p.lon == olon {
			p.lat, p.lon = lat, lon
		}
	}
	return nil
}
