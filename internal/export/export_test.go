package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
)

// sampleEvents stores a few documents and returns the stored events, as export sees them.
func sampleEvents(t *testing.T) []store.Event {
	t.Helper()
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs := []model.Document{
		storetest.Doc("https://a.example/1", "Outlet, \"A\"", "2024-07-04", "Strike",
			storetest.Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "Jets struck Kfarshouba, \"killing\" three;\nofficials said.",
				Source: "il-idf", Target: "lb-civilians", Lat: 33.35, Lon: 35.74, Country: "LB", Admin1: "South", Precision: 1,
				Killed: model.Int(3), Confidence: 0.8, ACLED: "Explosions/Remote violence"}),
		storetest.Doc("", "Outlet B", "2024-06-01", "Talks",
			storetest.Ev{Type: "CONSULT", Date: "2024-06", Sentence: "Envoys met in Doha.", Source: "qa-gov", Target: "us-gov"}),
		storetest.Doc("", "Outlet C", "2024-05-01", "Protest",
			storetest.Ev{Type: "PROTEST", Date: "2024-05-01", Sentence: "Thousands marched in Paris, é ü 中文.", Source: "fr-people",
				Lat: 48.85, Lon: 2.35, Country: "FR", Precision: 1, ACLED: "Protests"}),
	}
	// Civilians as the target kind.
	docs[0].Events[0].Targets[0].Kind = "CVL"
	docs[2].Events[0].Sources[0].Kind = "CVL"
	docs[2].Events[0].Location.Approximate = true // a point that is the parent's, not the place's
	for _, d := range docs {
		if _, err := st.Save(ctx, store.Input{Docs: []model.Document{d}}); err != nil {
			t.Fatal(err)
		}
	}
	var evs []store.Event
	if err := st.EachEvent(ctx, store.EventFilter{}, func(e *store.Event) error { evs = append(evs, *e); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(evs) != 3 {
		t.Fatalf("%d events", len(evs))
	}
	return evs
}

func write(t *testing.T, format string, evs []store.Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf, format)
	if err != nil {
		t.Fatal(err)
	}
	for i := range evs {
		if err := w.Write(&evs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if !utf8.Valid(b) || bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		t.Errorf("%s: not BOM-less UTF-8", format)
	}
	return b
}

func TestACLEDCSV(t *testing.T) {
	evs := sampleEvents(t)
	for _, format := range []string{"csv", "acled"} {
		b := write(t, format, evs)
		recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatalf("%s: reading back: %v", format, err)
		}
		if len(recs) != 4 || strings.Join(recs[0], ",") != strings.Join(ACLEDColumns, ",") {
			t.Fatalf("%s: header/rows = %v", format, recs)
		}
		rows := map[string]map[string]string{}
		for _, r := range recs[1:] {
			m := map[string]string{}
			for i, c := range recs[0] {
				m[c] = r[i]
			}
			rows[m["tags"][:strings.Index(m["tags"], ";")]] = m
		}
		s := rows["plover=ASSAULT"]
		want := map[string]string{"event_date": "2024-07-04", "year": "2024", "time_precision": "1",
			"disorder_type": "Political violence", "event_type": "Explosions/Remote violence", "actor1": "Il-idf",
			"inter1": "1", "actor2": "Lb-civilians", "inter2": "7", "interaction": "17", "civilian_targeting": "Civilian targeting",
			"iso": "422", "region": "Middle East", "country": "Lebanon", "admin1": "South", "latitude": "33.35",
			"longitude": "35.74", "geo_precision": "1", "source": `Outlet, "A"`, "fatalities": "3",
			"notes": `Jets struck Kfarshouba, "killing" three; officials said.`}
		for k, v := range want {
			if s[k] != v {
				t.Errorf("%s: %s = %q, want %q", format, k, s[k], v)
			}
		}
		c := rows["plover=CONSULT"]
		if c["event_date"] != "2024-06-01" || c["time_precision"] != "3" || c["fatalities"] != "" || c["latitude"] != "" || c["inter2"] != "1" {
			t.Errorf("%s: consult row = %v", format, c)
		}
		p := rows["plover=PROTEST"]
		if p["inter1"] != "6" || p["interaction"] != "60" || p["disorder_type"] != "Demonstrations" || p["country"] != "France" || p["region"] != "Europe" {
			t.Errorf("%s: protest row = %v", format, p)
		}
		if !strings.Contains(p["tags"], "location point approximate") || strings.Contains(s["tags"], "approximate") {
			t.Errorf("%s: approximate location tags: protest %q, strike %q", format, p["tags"], s["tags"])
		}
	}
}

func TestGDELT(t *testing.T) {
	evs := sampleEvents(t)
	b := write(t, "gdelt", evs)
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = '\t'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 || len(recs[0]) != 61 || recs[0][0] != "GLOBALEVENTID" || recs[0][60] != "SOURCEURL" {
		t.Fatalf("header = %v", recs[0])
	}
	col := map[string]int{}
	for i, c := range recs[0] {
		col[c] = i
	}
	lines := bytes.Count(b, []byte("\n"))
	if lines != 4 {
		t.Errorf("%d lines, want one per record", lines)
	}
	for _, rec := range recs[1:] {
		if rec[col["EventRootCode"]] != "19" {
			continue
		}
		want := map[string]string{"SQLDATE": "20240704", "MonthYear": "202407", "Year": "2024", "Actor1Code": "ISRMIL",
			"Actor1CountryCode": "ISR", "EventCode": "190", "QuadClass": "4", "GoldsteinScale": "-10.0", "NumArticles": "1",
			"ActionGeo_Type": "4", "ActionGeo_CountryCode": "LBN", "ActionGeo_Lat": "33.35", "ActionGeo_Long": "35.74",
			"SOURCEURL": "https://a.example/1", "DATEADDED": "20240704000000", "IsRootEvent": "1"}
		for k, v := range want {
			if rec[col[k]] != v {
				t.Errorf("%s = %q, want %q", k, rec[col[k]], v)
			}
		}
		return
	}
	t.Error("no ASSAULT row")
}

func TestGeoJSON(t *testing.T) {
	evs := sampleEvents(t)
	b := write(t, "geojson", evs)
	var fc struct {
		Type     string
		Features []struct {
			Type     string
			Geometry struct {
				Type        string
				Coordinates []float64
			}
			Properties store.Event
		}
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 2 {
		t.Fatalf("collection = %+v", fc)
	}
	for _, f := range fc.Features {
		if f.Type != "Feature" || f.Geometry.Type != "Point" || len(f.Geometry.Coordinates) != 2 {
			t.Errorf("feature = %+v", f)
		}
		if f.Properties.Location == nil || f.Geometry.Coordinates[0] != f.Properties.Location.Lon || f.Properties.ID == "" {
			t.Errorf("coordinates %v for %+v", f.Geometry.Coordinates, f.Properties.Location)
		}
	}
	// Empty collection is valid too.
	var empty map[string]any
	if err := json.Unmarshal(write(t, "geojson", nil), &empty); err != nil {
		t.Error(err)
	}
}

func TestJSONL(t *testing.T) {
	evs := sampleEvents(t)
	b := write(t, "jsonl", evs)
	sc := bufio.NewScanner(bytes.NewReader(b))
	n := 0
	for sc.Scan() {
		var e store.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		if e.ID != evs[n].ID || e.ArticlesCount != 1 || e.FirstSeen == "" {
			t.Errorf("line %d = %+v", n, e)
		}
		n++
	}
	if n != 3 {
		t.Errorf("%d lines", n)
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := NewWriter(&bytes.Buffer{}, "xlsx"); err == nil || !strings.Contains(err.Error(), "xlsx") {
		t.Errorf("err = %v", err)
	}
}

func TestCountryOf(t *testing.T) {
	cases := map[string]Country{
		"LB": {"LBN", 422, "Lebanon", "Middle East"},
		"ps": {"PSE", 275, "Palestine", "Middle East"},
		"NG": {"NGA", 566, "Nigeria", "Western Africa"},
		"IR": {"IRN", 364, "Iran", "Middle East"},
		"UA": {"UKR", 804, "Ukraine", "Europe"},
		"MX": {"MEX", 484, "Mexico", "Central America"},
		"":   {},
		"QQ": {},
	}
	for in, want := range cases {
		if got := CountryOf(in); got != want {
			t.Errorf("CountryOf(%q) = %+v, want %+v", in, got, want)
		}
	}
}
