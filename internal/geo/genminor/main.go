// Command genminor builds two files of internal/geo from GeoNames' cities1000 table
// (www.geonames.org, CC BY):
//
//   - minor.tsv.gz, the small places of the local-namesake rule (rule 76, minor.go): the
//     populated places of cities1000 that the embedded gazetteer's cities15000 lacks. Each line
//     holds a place's GeoNames id, country, first-level division code, point (in
//     ten-thousandths of a degree), name and ASCII name (empty when the same); nothing else of
//     GeoNames' row is kept.
//   - admin2pts.tsv.gz (admin2pts.go): for each second-level division of GeoNames' admin2Codes
//     table, the mean point of the cities1000 places that lie in it, and their count.
//
// Usage (from internal/geo):
//
//	go run ./genminor -cities1000 "$(../../scripts/fetch-cities1000)"
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	c1000 := flag.String("cities1000", "", "GeoNames cities1000.txt (scripts/fetch-cities1000 prints its path)")
	data := flag.String("data", filepath.Join("..", "..", "..", "shared", "data"), "shared data directory (for geonames/cities15000.txt)")
	out := flag.String("out", "minor.tsv.gz", "output file of the small places")
	out2 := flag.String("admin2out", "admin2pts.tsv.gz", "output file of the second-level divisions' points")
	flag.Parse()
	if *c1000 == "" {
		log.Fatal("genminor: -cities1000 is required")
	}
	have, err := ids(filepath.Join(*data, "geonames", "cities15000.txt"))
	if err != nil {
		log.Fatal(err)
	}
	lines, err := minor(*c1000, have)
	if err != nil {
		log.Fatal(err)
	}
	if err := writeGz(*out, "# sitrep minor places: GeoNames cities1000 (www.geonames.org, CC BY) less cities15000; id, country, admin1, lat and lon in 1/10,000 degrees, name, ascii name", lines); err != nil {
		log.Fatal(err)
	}
	log.Printf("genminor: %d places", len(lines))
	a2, err := admin2IDs(filepath.Join(*data, "geonames", "admin2Codes.txt"))
	if err != nil {
		log.Fatal(err)
	}
	pts, err := points(*c1000, a2)
	if err != nil {
		log.Fatal(err)
	}
	if err := writeGz(*out2, "# admin2 GeoNames id, lat and lon (1e-4 degrees): the mean of the division's cities1000 places, and their count (GeoNames, CC BY; genminor)", pts); err != nil {
		log.Fatal(err)
	}
	log.Printf("genminor: %d divisions", len(pts))
}

// writeGz writes a header line and lines to a gzip file at path.
func writeGz(path, header string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, header)
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ids returns the GeoNames ids of a geoname-table file.
func ids(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		if id, _, ok := strings.Cut(sc.Text(), "\t"); ok {
			out[id] = true
		}
	}
	return out, sc.Err()
}

// minor returns the output lines for the places of path whose id is not in have, sorted by id.
func minor(path string, have map[string]bool) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	type row struct {
		id   int
		line string
	}
	var rows []row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 19 || have[c[0]] || c[6] != "P" || len(c[8]) != 2 {
			continue
		}
		switch c[7] {
		case "PPLH", "PPLQ", "PPLW": // historical, abandoned, destroyed
			continue
		}
		id, err := strconv.Atoi(c[0])
		lat, err1 := strconv.ParseFloat(c[4], 64)
		lon, err2 := strconv.ParseFloat(c[5], 64)
		if err != nil || err1 != nil || err2 != nil || strings.ContainsAny(c[1]+c[2], "\t\n") || c[1] == "" {
			continue
		}
		ascii := c[2]
		if ascii == c[1] {
			ascii = ""
		}
		rows = append(rows, row{id, fmt.Sprintf("%d\t%s\t%s\t%d\t%d\t%s\t%s", id, c[8], c[10],
			int(math.Round(lat*1e4)), int(math.Round(lon*1e4)), c[1], ascii)})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no populated place", path)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].id < rows[j].id })
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.line
	}
	return out, nil
}

// admin2IDs maps "CC.A1.A2" codes to GeoNames ids.
func admin2IDs(path string) (map[string]uint32, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]uint32{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 4 {
			continue
		}
		id, err := strconv.ParseUint(fs[3], 10, 32)
		if err != nil {
			continue
		}
		out[fs[0]] = uint32(id)
	}
	return out, sc.Err()
}

// points averages the places of cities1000 by their admin2 code.
func points(path string, ids map[string]uint32) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	type acc struct {
		lat, lon float64
		n        int
	}
	sums := map[uint32]*acc{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 15 || fs[6] != "P" || fs[11] == "" {
			continue
		}
		id, ok := ids[fs[8]+"."+fs[10]+"."+fs[11]]
		if !ok {
			continue
		}
		lat, e1 := strconv.ParseFloat(fs[4], 64)
		lon, e2 := strconv.ParseFloat(fs[5], 64)
		if e1 != nil || e2 != nil {
			continue
		}
		a := sums[id]
		if a == nil {
			a = &acc{}
			sums[id] = a
		}
		a.lat += lat
		a.lon += lon
		a.n++
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	keys := make([]uint32, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		a := sums[k]
		out = append(out, fmt.Sprintf("%d\t%d\t%d\t%d", k, int(math.Round(a.lat/float64(a.n)*1e4)), int(math.Round(a.lon/float64(a.n)*1e4)), a.n))
	}
	return out, nil
}
