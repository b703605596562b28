package geo

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// maxAltKeys caps the alternate names kept per imported place.
const maxAltKeys = 40

// Import builds a compact gazetteer file at out from a GeoNames dump at path: allCountries.txt,
// cities500.txt, cities1000.txt, a country file (LB.txt) or any file in the GeoNames "geoname"
// table format (19 tab-separated columns), plain, .gz or .zip. It keeps populated places
// (class P), countries (PCL*), first- and second-level divisions (ADM1, ADM2) and named regions
// (L.RGN, L.RGNE, L.AREA), each with its name, ASCII name and Latin-script alternate names.
// Open loads the result on top of the embedded gazetteer. Malformed lines are skipped; Import
// fails when no line could be read.
func Import(path string, out string) error {
	in, closeIn, err := openDump(path)
	if err != nil {
		return err
	}
	defer closeIn()
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	cw, err := newCompactWriter(f, "\t# Built by sitrep gazetteer import from GeoNames (www.geonames.org, CC BY 4.0).")
	if err != nil {
		f.Close()
		return err
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	kept, bad := 0, 0
	for sc.Scan() {
		rec, ok, err := parseGeoNamesLine(sc.Text())
		if err != nil {
			bad++
			continue
		}
		if !ok {
			continue
		}
		if err := cw.write(&rec); err != nil {
			f.Close()
			os.Remove(tmp)
			return err
		}
		kept++
	}
	if err := sc.Err(); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := cw.close(); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if kept == 0 {
		os.Remove(tmp)
		return fmt.Errorf("%s: no GeoNames records found (%d malformed lines); expected the tab-separated geoname table format", path, bad)
	}
	return os.Rename(tmp, out)
}

// openDump opens a plain, gzip'd or zipped dump.
func openDump(path string) (io.Reader, func(), error) {
	if strings.HasSuffix(strings.ToLower(path), ".zip") {
		zr, err := zip.OpenReader(path)
		if err != nil {
			return nil, nil, err
		}
		for _, f := range zr.File {
			if strings.HasSuffix(strings.ToLower(f.Name), ".txt") && !strings.Contains(strings.ToLower(f.Name), "readme") {
				rc, err := f.Open()
				if err != nil {
					zr.Close()
					return nil, nil, err
				}
				return rc, func() { rc.Close(); zr.Close() }, nil
			}
		}
		zr.Close()
		return nil, nil, fmt.Errorf("%s: no .txt file inside", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	br := bufio.NewReaderSize(f, 1<<16)
	if head, err := br.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			f.Close()
			return nil, nil, err
		}
		return zr, func() { zr.Close(); f.Close() }, nil
	}
	return br, func() { f.Close() }, nil
}

var errLine = errors.New("malformed GeoNames line")

// parseGeoNamesLine reads one line of the GeoNames geoname table. ok is false for a well-formed
// line of a kind the gazetteer does not keep.
func parseGeoNamesLine(line string) (rec Record, ok bool, err error) {
	if line == "" || line[0] == '#' {
		return rec, false, nil
	}
	f := strings.Split(line, "\t")
	if len(f) < 15 {
		return rec, false, errLine
	}
	id, err := strconv.ParseUint(f[0], 10, 32)
	if err != nil {
		return rec, false, errLine
	}
	lat, err1 := strconv.ParseFloat(f[4], 64)
	lon, err2 := strconv.ParseFloat(f[5], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 || lat != lat || lon != lon {
		return rec, false, errLine
	}
	var pop int64
	if f[14] != "" {
		pop, err = strconv.ParseInt(f[14], 10, 64)
		if err != nil || pop < 0 {
			return rec, false, errLine
		}
	}
	cc := f[8]
	if cc != "" && (len(cc) != 2 || !isUpperText(cc) || strings.ContainsAny(cc, "0123456789.")) {
		return rec, false, errLine
	}
	class, code := f[6], f[7]
	feature := ""
	switch {
	case class == "P":
		feature = "city"
	case class == "A" && (code == "PCLI" || code == "PCLD" || code == "PCLF" || code == "PCLS" || code == "PCL" || code == "TERR"):
		feature = "country"
	case class == "A" && code == "ADM1":
		feature = "admin1"
	case class == "A" && code == "ADM2":
		feature = "admin2"
	case class == "L" && (code == "RGN" || code == "RGNE" || code == "AREA"):
		feature = "region"
	default:
		return rec, false, nil
	}
	if cc == "" && feature != "region" {
		return rec, false, nil
	}
	name := strings.TrimSpace(f[1])
	if name == "" {
		return rec, false, errLine
	}
	seen := map[string]bool{}
	var keys, alts []string
	for _, n := range []string{f[1], f[2]} {
		for _, v := range []string{n, StripGeneric(n)} {
			if k := Key(v); k != "" && !seen[k] && !strings.ContainsAny(k, ",|") {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	if len(keys) == 0 {
		return rec, false, errLine
	}
	for _, a := range strings.Split(f[3], ",") {
		if len(alts) >= maxAltKeys {
			break
		}
		if len(a) < 3 || !IsLatinName(a) || strings.Contains(a, "http") {
			continue
		}
		if k := Key(a); k != "" && !seen[k] && !strings.ContainsAny(k, ",|") {
			seen[k] = true
			alts = append(alts, k)
		}
	}
	a1 := f[10]
	if strings.ContainsAny(a1, ".|,") {
		a1 = ""
	}
	rec = Record{
		Feature: feature, ID: int(id), Country: cc, Admin1: a1, Lat: lat, Lon: lon, Population: pop,
		Capital: code == "PPLC", Seat: code == "PPLA", Section: code == "PPLX",
		Name: name, Keys: keys, Alt: alts,
	}
	return rec, true, nil
}
