// Command gen builds sitrep's embedded gazetteer (internal/geo/gazetteer.tsv.gz) from the
// GeoNames dumps in <data>/geonames: countryInfo.tsv, admin1CodesASCII.txt, admin2Codes.txt and
// cities15000.txt. GeoNames (www.geonames.org), CC BY 4.0.
//
// Coordinates: GeoNames' country and admin files carry none, so a country's and a first-level
// region's point is the population-weighted mean of its cities in cities15000; when that mean
// lies more than 150 km from every one of those cities (crescent-shaped countries, archipelagos:
// the mean falls in the sea or abroad) the capital's (or seat's) coordinates are used instead.
// Admin2 districts with a city lie at the weighted mean of their cities. Divisions without any
// city of 15,000 people are kept with their parent's point (an admin2 its admin1's, an admin1
// its country's) and the approximate flag ("a"); countries without a city are left out.
//
// Names: the name, the ASCII name and the Latin-script alternate names of each entry are stored
// as name keys (geo.Key); administrative words are stripped to give extra keys ("Idlib
// Governorate" → "Idlib"). City names that are common English words are flagged from word counts
// in <data>/event-location and <data>/plover-synthetic (a name seen mostly in lower case there,
// like "split" or "mobile").
//
// Usage: go run ./gen -data ../../../shared/data -out gazetteer.tsv.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/geo"
)

func main() {
	data := flag.String("data", "", "shared data directory (default: ../shared/data beside the repo root)")
	out := flag.String("out", "gazetteer.tsv.gz", "output file")
	flag.Parse()
	if *data == "" {
		*data = defaultData()
	}
	recs, err := build(*data)
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := geo.WriteCompact(f, recs); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d records to %s", len(recs), *out)
}

// defaultData finds ../shared/data relative to the repository root (the directory with go.mod).
func defaultData() string {
	dir, _ := os.Getwd()
	for d := dir; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "..", "shared", "data")
		}
	}
	return filepath.Join("..", "shared", "data")
}

type city struct {
	rec  geo.Record
	a2   string
	code string // feature code
}

func readTSV(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
	return sc.Err()
}

// keysOf returns the distinct keys of names, skipping those already in seen.
func keysOf(seen map[string]bool, names ...string) []string {
	var out []string
	for _, n := range names {
		for _, v := range []string{n, geo.StripGeneric(n)} {
			if v == "" {
				continue
			}
			k := geo.Key(v)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// usableAlt keeps Latin-script alternate names that are not codes (ALV, 12345) or URLs.
func usableAlt(a string) bool {
	if len(a) < 3 || strings.Contains(a, "http") || !geo.IsLatinName(a) {
		return false
	}
	upper, letters := 0, 0
	for _, r := range a {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return !(letters <= 4 && upper == letters)
}

func build(data string) ([]geo.Record, error) {
	gn := filepath.Join(data, "geonames")
	type country struct {
		cc, name, capital string
		pop               int64
		id                int
	}
	var countries []country
	err := readTSV(filepath.Join(gn, "countryInfo.tsv"), func(f []string) {
		if len(f) < 17 {
			return
		}
		pop, _ := strconv.ParseInt(f[7], 10, 64)
		id, _ := strconv.Atoi(f[16])
		countries = append(countries, country{cc: f[0], name: f[4], capital: f[5], pop: pop, id: id})
	})
	if err != nil {
		return nil, err
	}
	type admin struct {
		code, name, ascii string
		id                int
	}
	var admin1, admin2 []admin
	for _, x := range []struct {
		file string
		dst  *[]admin
	}{{"admin1CodesASCII.txt", &admin1}, {"admin2Codes.txt", &admin2}} {
		dst := x.dst
		err := readTSV(filepath.Join(gn, x.file), func(f []string) {
			if len(f) < 4 {
				return
			}
			id, _ := strconv.Atoi(f[3])
			*dst = append(*dst, admin{f[0], f[1], f[2], id})
		})
		if err != nil {
			return nil, err
		}
	}
	var cities []city
	err = readTSV(filepath.Join(gn, "cities15000.txt"), func(f []string) {
		if len(f) < 15 {
			return
		}
		id, _ := strconv.Atoi(f[0])
		lat, _ := strconv.ParseFloat(f[4], 64)
		lon, _ := strconv.ParseFloat(f[5], 64)
		pop, _ := strconv.ParseInt(f[14], 10, 64)
		seen := map[string]bool{}
		keys := keysOf(seen, f[1], f[2])
		var alts []string
		for _, a := range strings.Split(f[3], ",") {
			if usableAlt(a) {
				alts = append(alts, a)
			}
		}
		alt := keysOf(seen, alts...)
		r := geo.Record{
			Feature: "city", ID: id, Country: f[8], Admin1: f[10], Lat: lat, Lon: lon, Population: pop,
			Capital: f[7] == "PPLC", Seat: f[7] == "PPLA", Section: f[7] == "PPLX",
			Name: f[1], Keys: keys, Alt: alt,
		}
		cities = append(cities, city{rec: r, a2: f[11], code: f[7]})
	})
	if err != nil {
		return nil, err
	}
	common, err := commonWords(data)
	if err != nil {
		log.Printf("common-word counts unavailable: %v", err)
	}

	// Group cities by country, admin1 and admin2.
	byCC := map[string][]int{}
	byA1 := map[string][]int{}
	byA2 := map[string][]int{}
	for i, c := range cities {
		byCC[c.rec.Country] = append(byCC[c.rec.Country], i)
		if c.rec.Admin1 != "" {
			byA1[c.rec.Country+"."+c.rec.Admin1] = append(byA1[c.rec.Country+"."+c.rec.Admin1], i)
			if c.a2 != "" {
				k := c.rec.Country + "." + c.rec.Admin1 + "." + c.a2
				byA2[k] = append(byA2[k], i)
			}
		}
	}
	// centre returns the population-weighted mean of the cities, or the fallback city's point
	// when that mean is more than 150 km from every city; the bounding box; the population sum.
	centre := func(idx []int, fallback func(city) bool) (lat, lon float64, box [4]float64, pop int64) {
		var w, sx, sy, sz float64
		box = [4]float64{90, 180, -90, -180}
		for _, i := range idx {
			c := cities[i].rec
			pw := float64(c.Population) + 1
			// Mean on the unit sphere, so that countries across the antimeridian work.
			la, lo := c.Lat*math.Pi/180, c.Lon*math.Pi/180
			sx += pw * math.Cos(la) * math.Cos(lo)
			sy += pw * math.Cos(la) * math.Sin(lo)
			sz += pw * math.Sin(la)
			w += pw
			pop += c.Population
			box[0] = math.Min(box[0], c.Lat)
			box[1] = math.Min(box[1], c.Lon)
			box[2] = math.Max(box[2], c.Lat)
			box[3] = math.Max(box[3], c.Lon)
		}
		lon = math.Atan2(sy, sx) * 180 / math.Pi
		lat = math.Atan2(sz, math.Hypot(sx, sy)) * 180 / math.Pi
		near := math.Inf(1)
		for _, i := range idx {
			near = math.Min(near, km(lat, lon, cities[i].rec.Lat, cities[i].rec.Lon))
		}
		if near > 150 {
			best := -1
			for _, i := range idx {
				if fallback(cities[i]) && (best < 0 || cities[i].rec.Population > cities[best].rec.Population) {
					best = i
				}
			}
			if best < 0 { // no capital: the biggest city
				for _, i := range idx {
					if best < 0 || cities[i].rec.Population > cities[best].rec.Population {
						best = i
					}
				}
			}
			lat, lon = cities[best].rec.Lat, cities[best].rec.Lon
		}
		return lat, lon, box, pop
	}

	var recs []geo.Record
	for _, c := range countries {
		idx := byCC[c.cc]
		if len(idx) == 0 {
			continue
		}
		capital := c.capital
		lat, lon, box, _ := centre(idx, func(x city) bool {
			return x.code == "PPLC" || strings.EqualFold(x.rec.Name, capital)
		})
		recs = append(recs, geo.Record{
			Feature: "country", ID: c.id, Country: c.cc, Lat: lat, Lon: lon, Population: c.pop,
			Name: c.name, Keys: []string{geo.Key(c.name)}, Box: box,
		})
	}
	// Points of countries and first-level divisions, for the divisions without a city.
	type pt struct{ lat, lon float64 }
	ccPt := map[string]pt{}
	for _, r := range recs {
		ccPt[r.Country] = pt{r.Lat, r.Lon}
	}
	a1Pt := map[string]pt{}
	for _, a := range admin1 {
		idx := byA1[a.code]
		cc, code, _ := strings.Cut(a.code, ".")
		seen := map[string]bool{}
		r := geo.Record{Feature: "admin1", ID: a.id, Country: cc, Admin1: code, Name: a.name, Keys: keysOf(seen, a.name, a.ascii)}
		if len(idx) == 0 {
			// No city of 15,000 people: the country's point, marked approximate.
			p, ok := ccPt[cc]
			if !ok {
				continue
			}
			r.Lat, r.Lon, r.Approx = p.lat, p.lon, true
		} else {
			lat, lon, box, pop := centre(idx, func(x city) bool { return x.code == "PPLA" || x.code == "PPLC" })
			r.Lat, r.Lon, r.Box, r.Population = lat, lon, box, pop
		}
		a1Pt[a.code] = pt{r.Lat, r.Lon}
		recs = append(recs, r)
	}
	for _, a := range admin2 {
		idx := byA2[a.code]
		parts := strings.SplitN(a.code, ".", 3)
		if len(parts) < 3 {
			continue
		}
		seen := map[string]bool{}
		r := geo.Record{Feature: "admin2", ID: a.id, Country: parts[0], Admin1: parts[1], Name: a.name, Keys: keysOf(seen, a.name, a.ascii)}
		if len(idx) == 0 {
			// No city: the first-level division's point (or the country's), marked approximate.
			p, ok := a1Pt[parts[0]+"."+parts[1]]
			if !ok {
				if p, ok = ccPt[parts[0]]; !ok {
					continue
				}
			}
			r.Lat, r.Lon, r.Approx = p.lat, p.lon, true
		} else {
			lat, lon, _, pop := centre(idx, func(x city) bool { return x.code == "PPLA2" })
			r.Lat, r.Lon, r.Population = lat, lon, pop
		}
		recs = append(recs, r)
	}
	for _, c := range cities {
		recs = append(recs, c.rec)
	}
	for i := range recs {
		r := &recs[i]
		if r.Feature != "country" && (common[strings.ToLower(r.Name)] || common[strings.ToLower(geo.StripGeneric(r.Name))]) {
			r.Common = true
		}
	}
	return recs, nil
}

// commonWords returns lower-cased single words that the news corpora use more often in lower
// case than capitalised in mid-sentence: names like "split", "mobile", "of".
func commonWords(data string) (map[string]bool, error) {
	lower := map[string]int{}
	upper := map[string]int{}
	count := func(path string) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			return err
		}
		br := bufio.NewReaderSize(zr, 1<<16)
		var w []rune
		prevEnd := true // previous non-space char ended a sentence
		flush := func() {
			if len(w) == 0 {
				return
			}
			s := string(w)
			if unicode.IsUpper(w[0]) {
				if !prevEnd {
					upper[strings.ToLower(s)]++
				}
			} else {
				lower[s]++
			}
			w = w[:0]
		}
		for {
			r, _, err := br.ReadRune()
			if err == io.EOF {
				flush()
				return nil
			}
			if err != nil {
				return err
			}
			if unicode.IsLetter(r) {
				w = append(w, r)
				continue
			}
			if len(w) > 0 {
				flush()
				prevEnd = false
			}
			switch r {
			case '.', '!', '?', '"', '\n':
				prevEnd = true
			}
		}
	}
	for _, p := range []string{
		filepath.Join(data, "event-location", "labeled_text.json.gz"),
		filepath.Join(data, "plover-synthetic", "gpt_synthetic_events_2023-10-19.csv.gz"),
	} {
		if err := count(p); err != nil {
			return nil, err
		}
	}
	out := map[string]bool{}
	for w, n := range lower {
		if n >= 5 && n > upper[w] {
			out[w] = true
		}
	}
	keys := make([]string, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(os.Stderr, "%d common lower-case words\n", len(keys))
	return out, nil
}

// km is the great-circle distance in kilometres.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
