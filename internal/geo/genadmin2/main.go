// Command genadmin2 builds internal/geo/admin2pts.tsv.gz: a point for each second-level
// division of GeoNames' admin2Codes table, the mean of the populated places of GeoNames'
// cities1000 table (www.geonames.org, CC BY) that lie in it. The embedded gazetteer places a
// division with no city of 15,000 at its first-level division's point (approximate); with this
// file it takes the middle of its own towns instead. Each line holds the division's GeoNames
// id, the point (in ten-thousandths of a degree) and how many towns gave it.
//
// Usage (from internal/geo):
//
//	go run ./genadmin2 -cities1000 "$(../../scripts/fetch-cities1000)" -out admin2pts.tsv.gz
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
	data := flag.String("data", filepath.Join("..", "..", "..", "shared", "data"), "shared data directory (for geonames/admin2Codes.txt)")
	out := flag.String("out", "admin2pts.tsv.gz", "output file")
	flag.Parse()
	if *c1000 == "" {
		log.Fatal("genadmin2: -cities1000 is required")
	}
	ids, err := admin2IDs(filepath.Join(*data, "geonames", "admin2Codes.txt"))
	if err != nil {
		log.Fatal(err)
	}
	lines, err := points(*c1000, ids)
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# admin2 GeoNames id, lat and lon (1e-4 degrees): the mean of the division's cities1000 places, and their count (GeoNames, CC BY; genadmin2)")
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("genadmin2: %d divisions", len(lines))
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
