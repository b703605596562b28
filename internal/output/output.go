// Package output writes extracted documents in the formats of `sitrep extract`: JSONL (one
// document per line), a JSON array, CSV (one row per event) and GeoJSON (one feature per located
// event).
package output

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Formats lists the formats Writer accepts.
var Formats = []string{"jsonl", "json", "csv", "geojson"}

// Writer streams documents in one format. Call Write for each document in order, then Close.
type Writer struct {
	format string
	bw     *bufio.Writer
	csv    *csv.Writer
	n      int // documents (json) or features (geojson) written
}

// NewWriter returns a Writer for format, or an error naming the unknown format.
func NewWriter(w io.Writer, format string) (*Writer, error) {
	ow := &Writer{format: format, bw: bufio.NewWriterSize(w, 64<<10)}
	switch format {
	case "jsonl":
	case "json":
		ow.bw.WriteString("[")
	case "geojson":
		ow.bw.WriteString(`{"type":"FeatureCollection","features":[`)
	case "csv":
		ow.csv = csv.NewWriter(ow.bw)
		ow.csv.Write(CSVHeader)
	default:
		return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	return ow, nil
}

// Write writes one document.
func (w *Writer) Write(d *model.Document) error {
	switch w.format {
	case "jsonl":
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		w.bw.Write(b)
		return w.bw.WriteByte('\n')
	case "json":
		b, err := json.MarshalIndent(d, "  ", "  ")
		if err != nil {
			return err
		}
		if w.n > 0 {
			w.bw.WriteString(",")
		}
		w.bw.WriteString("\n  ")
		w.n++
		_, err = w.bw.Write(b)
		return err
	case "geojson":
		for i := range d.Events {
			f, ok := EventFeature(d, &d.Events[i])
			if !ok {
				continue
			}
			b, err := json.Marshal(f)
			if err != nil {
				return err
			}
			if w.n > 0 {
				w.bw.WriteString(",")
			}
			w.bw.WriteString("\n")
			w.bw.Write(b)
			w.n++
		}
		return nil
	case "csv":
		for i := range d.Events {
			w.csv.Write(CSVRow(d, &d.Events[i]))
		}
		return w.csv.Error()
	}
	return nil
}

// Close finishes the output (closing brackets) and flushes it.
func (w *Writer) Close() error {
	switch w.format {
	case "json":
		if w.n > 0 {
			w.bw.WriteString("\n")
		}
		w.bw.WriteString("]\n")
	case "geojson":
		w.bw.WriteString("\n]}\n")
	case "csv":
		w.csv.Flush()
		if err := w.csv.Error(); err != nil {
			return err
		}
	}
	return w.bw.Flush()
}

// CSVHeader is the header of the CSV format: one row per event, ACLED-like names where the
// meaning is the same.
var CSVHeader = []string{
	"event_id", "document_id", "document_title", "source", "url", "published",
	"event_date", "time_precision", "plover_type", "plover_mode", "cameo_root",
	"event_type", "sub_event_type", "actor1", "actor1_id", "actor1_country", "actor1_kind",
	"actor2", "actor2_id", "actor2_country", "actor2_kind",
	"location", "country", "admin1", "latitude", "longitude", "geo_precision",
	"fatalities", "injured", "displaced", "arrested", "kidnapped", "munitions", "participants",
	"modality", "background", "mentions", "confidence", "trigger", "notes",
}

// CSVRow flattens one event of d into the columns of CSVHeader.
func CSVRow(d *model.Document, e *model.Event) []string {
	a1, a2 := firstActor(e.Sources), firstActor(e.Targets)
	var loc, cc, adm, lat, lon, prec string
	if g := e.Location; g != nil {
		loc, cc, adm = g.Name, g.Country, g.Admin1
		lat = strconv.FormatFloat(g.Lat, 'f', 5, 64)
		lon = strconv.FormatFloat(g.Lon, 'f', 5, 64)
		prec = strconv.Itoa(g.Precision)
	}
	notes := ""
	if e.Evidence.End <= len(d.Text) && e.Evidence.Start < e.Evidence.End {
		notes = d.Text[e.Evidence.Start:e.Evidence.End]
	}
	return []string{
		e.ID, d.ID, d.Title, d.Source, d.URL, d.Published,
		e.Date.Value, e.Date.Precision, e.Type, e.Mode, e.CAMEORoot,
		e.ACLED.EventType, e.ACLED.SubEventType,
		actorName(a1), a1.Actor, a1.Country, a1.Kind,
		actorName(a2), a2.Actor, a2.Country, a2.Kind,
		loc, cc, adm, lat, lon, prec,
		count(e.Counts.Killed), count(e.Counts.Injured), count(e.Counts.Displaced),
		count(e.Counts.Arrested), count(e.Counts.Kidnapped), count(e.Counts.Munitions),
		count(e.Counts.Participants),
		e.Modality, strconv.FormatBool(e.Background), strconv.Itoa(e.Mentions),
		strconv.FormatFloat(e.Confidence, 'f', 2, 64), e.Evidence.Trigger, notes,
	}
}

// Feature is a GeoJSON feature.
type Feature struct {
	Type       string         `json:"type"`
	Geometry   map[string]any `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

// EventFeature returns the GeoJSON point feature of a located event; ok is false without a location.
func EventFeature(d *model.Document, e *model.Event) (Feature, bool) {
	if e.Location == nil {
		return Feature{}, false
	}
	props := map[string]any{
		"id": e.ID, "document_id": d.ID, "title": d.Title, "type": e.Type, "mode": e.Mode,
		"acled_event_type": e.ACLED.EventType, "acled_sub_event_type": e.ACLED.SubEventType,
		"cameo_root": e.CAMEORoot, "date": e.Date.Value, "date_precision": e.Date.Precision,
		"location": e.Location.Name, "country": e.Location.Country, "geo_precision": e.Location.Precision,
		"source_actors": names(e.Sources), "target_actors": names(e.Targets),
		"fatalities": e.Counts.Killed, "modality": e.Modality, "background": e.Background,
		"confidence": e.Confidence, "trigger": e.Evidence.Trigger,
	}
	return Feature{
		Type:       "Feature",
		Geometry:   map[string]any{"type": "Point", "coordinates": []float64{e.Location.Lon, e.Location.Lat}},
		Properties: props,
	}, true
}

func firstActor(as []model.Actor) model.Actor {
	if len(as) == 0 {
		return model.Actor{}
	}
	return as[0]
}

func actorName(a model.Actor) string {
	if a.Name != "" {
		return a.Name
	}
	return a.Text
}

func names(as []model.Actor) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = actorName(a)
	}
	return strings.Join(s, "; ")
}

func count(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}
