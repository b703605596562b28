package store

import (
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Hand-written JSON encoders for what the writer stores: documents (without their text),
// extracted events (mention bodies) and stored events (event bodies). They write exactly the
// bytes encoding/json writes for the same values (jsonenc_test.go checks that on real
// extraction output and under fuzzing), about four times faster: the JSON of one document
// was a sixth of ingest's writing cost. model's structs have no custom marshalers; a new
// field there must be added here too (the tests fail until it is).

// marshalWith runs write on a writer with room for size bytes; when write meets a value the
// hand-written encoders do not handle (w.bad), encoding/json encodes v instead.
func marshalWith(v any, size int, write func(*jsonWriter)) ([]byte, error) {
	w := jsonWriter{b: make([]byte, 0, size)}
	write(&w)
	if w.bad {
		return json.Marshal(v)
	}
	return w.b, nil
}

// marshalEvent is json.Marshal(e) for a stored event.
func marshalEvent(e *Event) ([]byte, error) {
	return marshalWith(e, 2048, func(w *jsonWriter) { w.storedEvent(e) })
}

// marshalModelEvent is json.Marshal(e) for an extracted event.
func marshalModelEvent(e *model.Event) ([]byte, error) {
	return marshalWith(e, 1536, func(w *jsonWriter) { w.event(e) })
}

// marshalDocument is json.Marshal(d) for a document.
func marshalDocument(d *model.Document) ([]byte, error) {
	size := 512 + len(d.Title) + len(d.Text) + 16*len(d.Sentences) + 160*len(d.Entities) + 1024*len(d.Events)
	return marshalWith(d, size, func(w *jsonWriter) { w.document(d) })
}

// jsonWriter appends JSON to b; bad is set when a value has no JSON encoding (NaN or an
// infinite float), and the caller then asks encoding/json for its error.
type jsonWriter struct {
	b   []byte
	bad bool
}

func (w *jsonWriter) raw(s string) { w.b = append(w.b, s...) }

// key writes `"name":` preceded by sep (',' or '{').
func (w *jsonWriter) key(sep byte, name string) {
	w.b = append(w.b, sep, '"')
	w.b = append(w.b, name...)
	w.b = append(w.b, '"', ':')
}

func (w *jsonWriter) str(s string) { w.b = appendJSONString(w.b, s) }

func (w *jsonWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

func (w *jsonWriter) bool(v bool) {
	if v {
		w.raw("true")
	} else {
		w.raw("false")
	}
}

func (w *jsonWriter) intPtr(p *int) {
	if p == nil {
		w.raw("null")
		return
	}
	w.int(*p)
}

// float is encoding/json's float64 format (ES6 number to string).
func (w *jsonWriter) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		w.bad = true
		w.raw("null")
		return
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(w.b)
		if n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
			w.b[n-2] = w.b[n-1]
			w.b = w.b[:n-1]
		}
	}
}

// writeList writes xs as a JSON array (null when nil, as encoding/json does), each element
// by elem.
func writeList[T any](w *jsonWriter, xs []T, elem func(*T)) {
	if xs == nil {
		w.raw("null")
		return
	}
	w.b = append(w.b, '[')
	for i := range xs {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		elem(&xs[i])
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) strings(ss []string) { writeList(w, ss, func(s *string) { w.str(*s) }) }

func (w *jsonWriter) document(d *model.Document) {
	w.key('{', "id")
	w.str(d.ID)
	if d.InputID != "" {
		w.key(',', "input_id")
		w.str(d.InputID)
	}
	w.key(',', "title")
	w.str(d.Title)
	w.key(',', "url")
	w.str(d.URL)
	w.key(',', "source")
	w.str(d.Source)
	w.key(',', "language")
	w.str(d.Language)
	w.key(',', "published")
	w.str(d.Published)
	w.key(',', "text")
	w.str(d.Text)
	w.key(',', "sentences")
	writeList(w, d.Sentences, func(s *[2]int) {
		w.b = append(w.b, '[')
		w.int(s[0])
		w.b = append(w.b, ',')
		w.int(s[1])
		w.b = append(w.b, ']')
	})
	w.key(',', "entities")
	writeList(w, d.Entities, w.entity)
	w.key(',', "events")
	writeList(w, d.Events, w.event)
	if len(d.Warnings) > 0 {
		w.key(',', "warnings")
		w.strings(d.Warnings)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) entity(e *model.Entity) {
	w.key('{', "text")
	w.str(e.Text)
	w.key(',', "label")
	w.str(e.Label)
	w.key(',', "start")
	w.int(e.Start)
	w.key(',', "end")
	w.int(e.End)
	w.key(',', "actor")
	w.str(e.Actor)
	w.key(',', "geo")
	w.geo(e.Geo)
	w.key(',', "value")
	w.str(e.Value)
	if e.Score != 0 {
		w.key(',', "score")
		w.float(e.Score)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) geo(g *model.Geo) {
	if g == nil {
		w.raw("null")
		return
	}
	w.key('{', "name")
	w.str(g.Name)
	w.key(',', "country")
	w.str(g.Country)
	w.key(',', "admin1")
	w.str(g.Admin1)
	w.key(',', "lat")
	w.float(g.Lat)
	w.key(',', "lon")
	w.float(g.Lon)
	w.key(',', "geonames_id")
	w.int(g.GeonamesID)
	w.key(',', "feature")
	w.str(g.Feature)
	w.key(',', "precision")
	w.int(g.Precision)
	if g.Approximate {
		w.key(',', "approximate")
		w.bool(true)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) actors(as []model.Actor) {
	writeList(w, as, func(a *model.Actor) {
		w.key('{', "text")
		w.str(a.Text)
		w.key(',', "name")
		w.str(a.Name)
		w.key(',', "actor")
		w.str(a.Actor)
		w.key(',', "country")
		w.str(a.Country)
		w.key(',', "kind")
		w.str(a.Kind)
		w.key(',', "affiliations")
		w.strings(a.Affiliations)
		w.b = append(w.b, '}')
	})
}

// eventFields writes the fields of an extracted event after sep ('{' or ',').
func (w *jsonWriter) eventFields(sep byte, e *model.Event) {
	w.key(sep, "id")
	w.str(e.ID)
	w.key(',', "type")
	w.str(e.Type)
	w.key(',', "mode")
	w.str(e.Mode)
	w.key(',', "acled")
	w.key('{', "event_type")
	w.str(e.ACLED.EventType)
	w.key(',', "sub_event_type")
	w.str(e.ACLED.SubEventType)
	w.b = append(w.b, '}')
	w.key(',', "cameo_root")
	w.str(e.CAMEORoot)
	w.key(',', "sources")
	w.actors(e.Sources)
	w.key(',', "targets")
	w.actors(e.Targets)
	w.key(',', "location")
	w.geo(e.Location)
	w.key(',', "location_text")
	w.str(e.LocationText)
	w.key(',', "date")
	w.key('{', "value")
	w.str(e.Date.Value)
	w.key(',', "precision")
	w.str(e.Date.Precision)
	w.key(',', "text")
	w.str(e.Date.Text)
	w.b = append(w.b, '}')
	c := &e.Counts
	w.key(',', "counts")
	w.key('{', "killed")
	w.intPtr(c.Killed)
	w.key(',', "injured")
	w.intPtr(c.Injured)
	w.key(',', "displaced")
	w.intPtr(c.Displaced)
	w.key(',', "arrested")
	w.intPtr(c.Arrested)
	w.key(',', "kidnapped")
	w.intPtr(c.Kidnapped)
	w.key(',', "munitions")
	w.intPtr(c.Munitions)
	w.key(',', "participants")
	w.intPtr(c.Participants)
	w.b = append(w.b, '}')
	w.key(',', "counts_approx")
	w.strings(e.CountsApprox)
	w.key(',', "modality")
	w.str(e.Modality)
	w.key(',', "background")
	w.bool(e.Background)
	ev := &e.Evidence
	w.key(',', "evidence")
	w.key('{', "start")
	w.int(ev.Start)
	w.key(',', "end")
	w.int(ev.End)
	w.key(',', "trigger")
	w.str(ev.Trigger)
	w.key(',', "trigger_start")
	w.int(ev.TriggerStart)
	w.key(',', "trigger_end")
	w.int(ev.TriggerEnd)
	w.b = append(w.b, '}')
	w.key(',', "mentions")
	w.int(e.Mentions)
	w.key(',', "confidence")
	w.float(e.Confidence)
}

func (w *jsonWriter) event(e *model.Event) {
	w.eventFields('{', e)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) storedEvent(e *Event) {
	w.eventFields('{', &e.Event)
	w.key(',', "sources_count")
	w.int(e.SourcesCount)
	w.key(',', "articles_count")
	w.int(e.ArticlesCount)
	w.key(',', "first_seen")
	w.str(e.FirstSeen)
	w.key(',', "last_seen")
	w.str(e.LastSeen)
	w.key(',', "document")
	w.str(e.Document)
	w.key(',', "url")
	w.str(e.URL)
	w.key(',', "evidence_text")
	w.str(e.EvidenceText)
	w.key(',', "first_document")
	w.str(e.FirstDocument)
	w.key(',', "outlets")
	w.strings(e.Outlets)
	w.b = append(w.b, '}')
}

const hexDigits = "0123456789abcdef"

// jsonSafe tells the ASCII bytes appendJSONString copies as they are (one table load per
// byte instead of six comparisons).
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return t
}()

// appendJSONString is encoding/json's string encoding with HTML escaping (its default).
func appendJSONString(dst []byte, src string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(src); {
		if b := src[i]; b < utf8.RuneSelf {
			if jsonSafe[b] {
				i++
				continue
			}
			dst = append(dst, src[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(src[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, src[start:]...)
	return append(dst, '"')
}
