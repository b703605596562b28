package output

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func testDoc() *model.Document {
	text := `Gunmen killed 4 people in "Kano", police said.`
	return &model.Document{
		ID: "d-1", Title: "Attack, \"quoted\"", Text: text, Sentences: [][2]int{{0, len(text)}},
		Events: []model.Event{
			{ID: "e-1", Type: "ASSAULT", Sources: []model.Actor{{Text: "Gunmen", Name: "Unidentified Armed Group (Nigeria)", Country: "NG"}},
				Location: &model.Geo{Name: "Kano", Country: "NG", Lat: 12.0, Lon: 8.5, Precision: 1},
				Counts:   model.Counts{Killed: model.Int(4)}, Evidence: model.Evidence{Start: 0, End: len(text), Trigger: "killed"},
				Mentions: 1, Confidence: 0.9},
			{ID: "e-2", Type: "ACCUSE", Mentions: 1, Confidence: 0.5}, // no location: no GeoJSON feature
		},
	}
}

func TestFormats(t *testing.T) {
	for _, format := range Formats {
		var buf bytes.Buffer
		w, err := NewWriter(&buf, format)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(testDoc()); err != nil {
			t.Fatal(err)
		}
		if err := w.Write(&model.Document{ID: "d-2"}); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		switch format {
		case "jsonl":
			if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 {
				t.Errorf("jsonl: %d lines, want 2", len(lines))
			}
		case "json":
			var docs []model.Document
			if err := json.Unmarshal(buf.Bytes(), &docs); err != nil || len(docs) != 2 {
				t.Errorf("json: %v, %d docs", err, len(docs))
			}
		case "geojson":
			var fc struct {
				Type     string
				Features []Feature
			}
			if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
				t.Fatal(err)
			}
			if fc.Type != "FeatureCollection" || len(fc.Features) != 1 {
				t.Fatalf("geojson: %s with %d features, want 1 (only located events)", fc.Type, len(fc.Features))
			}
			if c := fc.Features[0].Geometry["coordinates"].([]any); c[0].(float64) != 8.5 || c[1].(float64) != 12.0 {
				t.Errorf("coordinates %v, want [lon, lat] = [8.5, 12]", c)
			}
		case "csv":
			rows, err := csv.NewReader(&buf).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 3 {
				t.Fatalf("csv: %d rows, want header + 2 events", len(rows))
			}
			col := map[string]int{}
			for i, h := range rows[0] {
				col[h] = i
			}
			r := rows[1]
			if r[col["fatalities"]] != "4" || r[col["location"]] != "Kano" || r[col["document_title"]] != `Attack, "quoted"` ||
				r[col["actor1"]] != "Unidentified Armed Group (Nigeria)" || !strings.Contains(r[col["notes"]], `"Kano"`) {
				t.Errorf("csv row = %v", r)
			}
			if rows[2][col["fatalities"]] != "" {
				t.Errorf("unstated fatalities must be empty, got %q", rows[2][col["fatalities"]])
			}
		}
	}
	if _, err := NewWriter(&bytes.Buffer{}, "xml"); err == nil {
		t.Error("unknown format accepted")
	}
}
