package store

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func intp(n int) *int { return &n }

// jsonCases are values that exercise every branch of the hand-written encoders.
func jsonCases() []model.Document {
	ev := model.Event{ID: "e-1", Type: "ASSAULT", Mode: "armed", ACLED: model.ACLED{EventType: "Battles", SubEventType: "Armed clash"},
		CAMEORoot: "19", Sources: []model.Actor{{Text: "gunmen", Name: "Gunmen", Actor: "x", Country: "NG", Kind: "armed", Affiliations: []string{"a", "b<c>"}}},
		Targets: []model.Actor{{Text: "villagers"}}, Location: &model.Geo{Name: "Kano", Country: "NG", Lat: 12.0001, Lon: -8.5e-7, GeonamesID: 2335204, Feature: "city", Precision: 1, Approximate: true},
		LocationText: "in Kano", Date: model.Date{Value: "2024-01-02", Precision: "day", Text: "on Tuesday"},
		Counts: model.Counts{Killed: intp(0), Injured: intp(12), Participants: intp(-3)}, CountsApprox: []string{}, Modality: "asserted",
		Background: true, Evidence: model.Evidence{Start: 1, End: 99, Trigger: "killed", TriggerStart: 5, TriggerEnd: 11}, Mentions: 2, Confidence: 0.8123456789}
	bare := model.Event{Confidence: 1e21}
	tiny := model.Event{Confidence: 1e-7, Location: &model.Geo{Lat: -0.0, Lon: 123456789.125}}
	return []model.Document{
		{},
		{ID: "d-1", InputID: "in", Title: "Quotes \" and \\ and <b>&amp;</b>", URL: "https://x.example/a?b=1&c=2", Source: "x",
			Language: "en", Published: "2024-01-02", Text: "tab\tnl\nctl\x01\x1f del\x7f é ü 中文 \u2028 \u2029 bad\xff\xfe end",
			Sentences: [][2]int{{0, 5}, {6, 10}}, Entities: []model.Entity{{Text: "Kano", Label: "GPE", Start: 1, End: 5, Geo: ev.Location, Score: 0.5},
				{Text: "x", Label: "DATE", Value: "2024"}}, Events: []model.Event{ev, bare, tiny}, Warnings: []string{"w"}},
		{ID: "d-2", Sentences: [][2]int{}, Entities: []model.Entity{}, Events: []model.Event{}, Warnings: []string{}},
	}
}

// checkJSON compares the hand-written encoders with encoding/json on d, its events and
// those events as stored events.
func checkJSON(t testing.TB, d *model.Document) {
	t.Helper()
	same := func(what string, got []byte, err error, v any) {
		t.Helper()
		want, werr := json.Marshal(v)
		if (err == nil) != (werr == nil) {
			t.Fatalf("%s: error %v, encoding/json %v", what, err, werr)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s:\n got %s\nwant %s", what, got, want)
		}
	}
	b, err := marshalDocument(d)
	same("document", b, err, d)
	for i := range d.Events {
		b, err := marshalModelEvent(&d.Events[i])
		same("event", b, err, &d.Events[i])
		se := &Event{Event: d.Events[i], SourcesCount: i, ArticlesCount: 2, FirstSeen: "2024-01-01", LastSeen: d.Title,
			Document: d.ID, URL: d.URL, EvidenceText: d.Text, FirstDocument: "d-0"}
		if i%2 == 1 {
			se.Outlets = []string{d.Source, "b&b"}
		}
		b, err = marshalEvent(se)
		same("stored event", b, err, se)
	}
}

func TestJSONEncoders(t *testing.T) {
	for _, d := range jsonCases() {
		checkJSON(t, &d)
	}
	// Real extraction output: the pipeline's golden documents.
	files, _ := filepath.Glob(filepath.Join("..", "pipeline", "testdata", "*.golden.json"))
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var docs []model.Document
		if err := json.Unmarshal(data, &docs); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for i := range docs {
			checkJSON(t, &docs[i])
			n++
		}
	}
	if len(files) > 0 && n == 0 {
		t.Errorf("no golden document decoded from %d files", len(files))
	}
	// No JSON for NaN: the encoders return encoding/json's error.
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		checkJSON(t, &model.Document{Entities: []model.Entity{{Score: f}}, Events: []model.Event{{Confidence: f}}})
	}
}

func FuzzJSONEncoders(f *testing.F) {
	f.Add("Kano <x> & \"y\"", "\xff\u2028é", 0.5, 1e-7, 3)
	f.Add("", "", 0.0, 1e21, -1)
	f.Fuzz(func(t *testing.T, s1, s2 string, f1, f2 float64, n int) {
		d := jsonCases()[1]
		d.Title, d.Text, d.Entities[0].Score = s1, s2, f1
		d.Events[0].Sources[0].Affiliations = []string{s2, s1}
		d.Events[0].Confidence, d.Events[0].Location = f2, &model.Geo{Lat: f1, Lon: f2, Name: s1}
		d.Events[0].Counts.Killed = &n
		checkJSON(t, &d)
	})
}

// fillAll sets every field reachable from v (a pointer) to a non-zero value, so a field added
// to the model later that the hand-written encoders do not know fails TestJSONEncodersAllFields.
func fillAll(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.Pointer:
		if depth > 4 {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		fillAll(v.Elem(), depth+1)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillAll(v.Field(i), depth+1)
			}
		}
	case reflect.Slice:
		if depth > 4 {
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fillAll(v.Index(i), depth+1)
		}
	case reflect.Array:
		for i := range v.Len() {
			fillAll(v.Index(i), depth+1)
		}
	case reflect.String:
		v.SetString("s" + v.Type().Name())
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(7)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(7)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(0.25)
	}
}

func TestJSONEncodersAllFields(t *testing.T) {
	var d model.Document
	fillAll(reflect.ValueOf(&d).Elem(), 0)
	if len(d.Events) == 0 || d.Events[0].Location == nil {
		t.Fatal("fillAll left the events empty")
	}
	checkJSON(t, &d)
}
