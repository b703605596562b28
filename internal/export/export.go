// Package export writes stored events in the formats other tools read: ACLED-style CSV,
// GDELT-style event TSV, GeoJSON and JSONL (UTF-8, no BOM, ISO dates, RFC 4180 quoting).
package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
)

// Formats lists the formats NewWriter accepts; "csv" is "acled".
var Formats = []string{"csv", "acled", "gdelt", "geojson", "jsonl"}

// Writer streams events in one format: Write each event, then Close.
type Writer struct {
	format string
	bw     *bufio.Writer
	csv    *csv.Writer
	n      int
}

// NewWriter returns a Writer for format, or an error naming the unknown format.
func NewWriter(w io.Writer, format string) (*Writer, error) {
	ew := &Writer{format: format, bw: bufio.NewWriterSize(w, 64<<10)}
	switch format {
	case "csv", "acled":
		ew.csv = csv.NewWriter(ew.bw)
		ew.csv.Write(ACLEDColumns)
	case "gdelt":
		ew.csv = csv.NewWriter(ew.bw)
		ew.csv.Comma = '\t'
		ew.csv.Write(GDELTColumns)
	case "geojson":
		ew.bw.WriteString(`{"type":"FeatureCollection","features":[`)
	case "jsonl":
	default:
		return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	return ew, nil
}

// Write writes one event (GeoJSON skips events without a location).
func (w *Writer) Write(e *store.Event) error {
	switch w.format {
	case "csv", "acled":
		return w.csv.Write(ACLEDRow(e))
	case "gdelt":
		return w.csv.Write(GDELTRow(e))
	case "geojson":
		if e.Location == nil {
			return nil
		}
		b, err := json.Marshal(Feature(e))
		if err != nil {
			return err
		}
		if w.n > 0 {
			w.bw.WriteByte(',')
		}
		w.bw.WriteString("\n")
		w.n++
		_, err = w.bw.Write(b)
		return err
	default:
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		w.bw.Write(b)
		return w.bw.WriteByte('\n')
	}
}

// Close finishes the output and flushes it.
func (w *Writer) Close() error {
	if w.csv != nil {
		w.csv.Flush()
		if err := w.csv.Error(); err != nil {
			return err
		}
	}
	if w.format == "geojson" {
		w.bw.WriteString("\n]}\n")
	}
	return w.bw.Flush()
}

// GeoJSON is a Feature with a Point geometry.
type GeoJSON struct {
	Type       string       `json:"type"`
	Geometry   PointGeom    `json:"geometry"`
	Properties *store.Event `json:"properties"`
}

// PointGeom is a GeoJSON Point ([longitude, latitude]).
type PointGeom struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// Feature is the GeoJSON feature of a located event; properties are the event's fields.
func Feature(e *store.Event) GeoJSON {
	return GeoJSON{Type: "Feature", Geometry: PointGeom{Type: "Point", Coordinates: [2]float64{e.Location.Lon, e.Location.Lat}},
		Properties: e}
}

// ---- ACLED ----

// ACLEDColumns are ACLED's export columns, in ACLED's order.
var ACLEDColumns = []string{"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
	"sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
	"civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
	"longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"}

// ACLEDRow maps a stored event to ACLED's columns:
//
//   - event_id_cnty: our event id. event_date: the event date, its first day when only the
//     week, month or year is known; "" when undated (no date is guessed). time_precision:
//     1 day, 2 week, 3 month or year.
//   - actor1 / assoc_actor_1: the first and the other sources; actor2 / assoc_actor_2 the
//     targets; inter1/inter2 from the actor kinds (Inter); interaction = the two codes, lower
//     first (inter1*10 when there is no actor2).
//   - civilian_targeting: "Civilian targeting" for violence whose target is civilian (inter 7).
//   - iso: ISO 3166-1 numeric; region: ACLED's region; country: the English name.
//   - fatalities: the reconciled killed count; "" when no report states one.
//   - source: the outlets, "; "-separated; notes: the evidence sentence.
//   - tags: sitrep's own fields (PLOVER type, mode, confidence, sources and articles counts).
//   - timestamp: Unix time of last_seen.
func ACLEDRow(e *store.Event) []string {
	date, year, tp := eventDate(e.Date)
	src1, assoc1, inter1 := actorCols(e.Sources, e)
	src2, assoc2, inter2 := actorCols(e.Targets, e)
	interaction := ""
	if inter1 > 0 || inter2 > 0 {
		a, b := inter1, inter2
		if a == 0 {
			a, b = b, 0
		}
		if b == 0 {
			interaction = strconv.Itoa(a * 10)
		} else {
			interaction = strconv.Itoa(min(a, b)*10 + max(a, b))
		}
	}
	civ := ""
	if isViolent(e) {
		for i := range e.Targets {
			if Inter(&e.Targets[i], e) == 7 {
				civ = "Civilian targeting"
			}
		}
	}
	var iso, region, country, admin1, location, lat, lon, prec string
	if g := e.Location; g != nil {
		c := CountryOf(g.Country)
		if c.Numeric > 0 {
			iso = strconv.Itoa(c.Numeric)
		}
		region, country, admin1, location = c.Region, c.Name, g.Admin1, g.Name
		lat, lon = ff(g.Lat), ff(g.Lon)
		if g.Precision > 0 {
			prec = strconv.Itoa(g.Precision)
		}
	}
	fatalities := ""
	if e.Counts.Killed != nil {
		fatalities = strconv.Itoa(*e.Counts.Killed)
	}
	var ts string
	if t, err := time.Parse(time.DateOnly, e.LastSeen); err == nil {
		ts = strconv.FormatInt(t.Unix(), 10)
	}
	return []string{e.ID, date, year, tp, disorderType(e.ACLED), e.ACLED.EventType, e.ACLED.SubEventType,
		src1, assoc1, interStr(inter1, src1), src2, assoc2, interStr(inter2, src2), interaction, civ,
		iso, region, country, admin1, "", "", location, lat, lon, prec,
		strings.Join(e.Outlets, "; "), "", oneLine(e.EvidenceText), fatalities, tags(e), ts}
}

func interStr(code int, actor string) string {
	if actor == "" && code == 0 {
		return "0"
	}
	return strconv.Itoa(code)
}

func ff(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// eventDate gives the ACLED date, year and time precision of a date.
func eventDate(d model.Date) (date, year, precision string) {
	v := d.Value
	switch {
	case len(v) == 10:
		date = v
	case len(v) == 7:
		date = v + "-01"
	case len(v) == 4:
		date = v + "-01-01"
	default:
		return "", "", ""
	}
	if _, err := time.Parse(time.DateOnly, date); err != nil {
		return "", "", ""
	}
	switch d.Precision {
	case "day", "":
		precision = "1"
		if len(v) != 10 {
			precision = "3"
		}
	case "week":
		precision = "2"
	default:
		precision = "3"
	}
	return date, v[:4], precision
}

func disorderType(a model.ACLED) string {
	switch a.EventType {
	case "Battles", "Explosions/Remote violence", "Violence against civilians", "Riots":
		return "Political violence"
	case "Protests":
		if a.SubEventType == "Excessive force against protesters" {
			return "Political violence; Demonstrations"
		}
		return "Demonstrations"
	case "Strategic developments":
		return "Strategic developments"
	}
	return ""
}

func actorName(a *model.Actor) string {
	if a.Name != "" {
		return a.Name
	}
	return oneLine(a.Text)
}

func actorCols(as []model.Actor, e *store.Event) (first, assoc string, inter int) {
	if len(as) == 0 {
		return "", "", 0
	}
	var rest []string
	for i := 1; i < len(as); i++ {
		rest = append(rest, actorName(&as[i]))
	}
	return actorName(&as[0]), strings.Join(rest, "; "), Inter(&as[0], e)
}

func isViolent(e *store.Event) bool {
	switch e.ACLED.EventType {
	case "Battles", "Explosions/Remote violence", "Violence against civilians", "Riots":
		return true
	}
	return e.Type == "ASSAULT"
}

// Inter is ACLED's actor type code for an actor of event e: 1 state forces, 2 rebel
// groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians,
// 8 external/other forces; 0 when the kind is unknown.
//
// From the CAMEO-style kinds: GOV MIL COP SPY JUD LEG -> 1; REB -> 2; UAF -> 3 (unaligned
// armed forces are mostly political militias); IMG IGO -> 8. In a PROTEST event the other
// non-state kinds are protesters (6), or rioters (5) for the riot mode; elsewhere CVL MED NGO
// BUS LAB REL are civilians (7) and PTY OPP political militias (3).
func Inter(a *model.Actor, e *store.Event) int {
	switch a.Kind {
	case "GOV", "MIL", "COP", "SPY", "JUD", "LEG":
		return 1
	case "REB":
		return 2
	case "UAF":
		return 3
	case "IMG", "IGO":
		return 8
	}
	if e.Type == "PROTEST" || e.ACLED.EventType == "Protests" || e.ACLED.EventType == "Riots" {
		if e.Mode == "riot" || e.ACLED.EventType == "Riots" {
			return 5
		}
		return 6
	}
	switch a.Kind {
	case "CVL", "MED", "NGO", "BUS", "LAB", "REL":
		return 7
	case "PTY", "OPP":
		return 3
	}
	return 0
}

func tags(e *store.Event) string {
	t := []string{"plover=" + e.Type}
	if e.Mode != "" {
		t = append(t, "mode="+e.Mode)
	}
	if e.Counts.Participants != nil {
		t = append(t, "crowd size="+strconv.Itoa(*e.Counts.Participants))
	}
	if len(e.CountsApprox) > 0 {
		t = append(t, "approximate="+strings.Join(e.CountsApprox, ","))
	}
	if e.Modality != "" && e.Modality != "asserted" {
		t = append(t, "modality="+e.Modality)
	}
	if e.Location != nil && e.Location.Approximate {
		t = append(t, "location point approximate")
	}
	t = append(t, "confidence="+strconv.FormatFloat(e.Confidence, 'f', 2, 64),
		"sources="+strconv.Itoa(e.SourcesCount), "articles="+strconv.Itoa(e.ArticlesCount))
	return strings.Join(t, "; ")
}

// ---- GDELT ----

// GDELTColumns are the columns of the GDELT 2.0 event table.
var GDELTColumns = []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"}

// Goldstein is the Goldstein scale value of each CAMEO root's general ("X0") code.
var Goldstein = map[string]float64{"01": 0, "02": 3, "03": 4, "04": 1, "05": 3.5, "06": 6, "07": 7, "08": 5,
	"09": -2, "10": -5, "11": -2, "12": -4, "13": -4.4, "14": -6.5, "15": -7.2, "16": -4, "17": -5,
	"18": -9, "19": -10, "20": -10}

// GDELTRow maps a stored event to GDELT's event columns. Dates: SQLDATE is the event date
// (first day when less precise; empty when undated); DATEADDED is first_seen. Actor codes
// are the CAMEO country code (ISO alpha-3) followed by the kind; EventCode is the root's
// general code (root + "0"); AvgTone is 0 (not measured); geo types follow GDELT (1 country,
// 2 US state, 3 US city, 4 world city, 5 world state); FeatureID is the GeoNames id.
func GDELTRow(e *store.Event) []string {
	row := make([]string, 0, len(GDELTColumns))
	date, _, _ := eventDate(e.Date)
	var sqlDate, monthYear, year, frac string
	if t, err := time.Parse(time.DateOnly, date); err == nil {
		sqlDate, monthYear, year = t.Format("20060102"), t.Format("200601"), t.Format("2006")
		frac = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64)
	}
	row = append(row, e.ID, sqlDate, monthYear, year, frac)
	row = append(row, gdeltActor(e.Sources)...)
	row = append(row, gdeltActor(e.Targets)...)
	root := e.CAMEORoot
	code, quad, gold := "", "", ""
	if len(root) == 2 {
		code = root + "0"
		if q := store.QuadClass(root, e.Type); q > 0 {
			quad = strconv.Itoa(q)
		}
		if g, ok := Goldstein[root]; ok {
			gold = strconv.FormatFloat(g, 'f', 1, 64)
		}
	}
	isRoot := "0"
	if !e.Background {
		isRoot = "1"
	}
	row = append(row, isRoot, code, code, root, quad, gold,
		strconv.Itoa(e.Mentions), strconv.Itoa(e.SourcesCount), strconv.Itoa(e.ArticlesCount), "0")
	empty := []string{"0", "", "", "", "", "", "", ""}
	row = append(row, empty...) // Actor1Geo
	row = append(row, empty...) // Actor2Geo
	if g := e.Location; g != nil {
		c := CountryOf(g.Country)
		gt := "4"
		switch {
		case g.Feature == "country":
			gt = "1"
		case g.Feature == "admin1" && g.Country == "US":
			gt = "2"
		case g.Feature == "admin1":
			gt = "5"
		case g.Country == "US":
			gt = "3"
		}
		full := g.Name
		for _, p := range []string{g.Admin1, c.Name} {
			if p != "" && p != g.Name {
				full += ", " + p
			}
		}
		fid := ""
		if g.GeonamesID > 0 {
			fid = strconv.Itoa(g.GeonamesID)
		}
		row = append(row, gt, tsv(full), c.ISO3, "", "", ff(g.Lat), ff(g.Lon), fid)
	} else {
		row = append(row, empty...)
	}
	added := ""
	if t, err := time.Parse(time.DateOnly, e.FirstSeen); err == nil {
		added = t.Format("20060102150405")
	}
	return append(row, added, tsv(e.URL))
}

func gdeltActor(as []model.Actor) []string {
	if len(as) == 0 {
		return []string{"", "", "", "", "", "", "", "", "", ""}
	}
	a := &as[0]
	iso3 := CountryOf(a.Country).ISO3
	return []string{iso3 + a.Kind, tsv(strings.ToUpper(actorName(a))), iso3, "", "", "", "", a.Kind, "", ""}
}

// tsv keeps a value on one line without tabs.
func tsv(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
