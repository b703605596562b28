package api

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/store"
)

// ParamError is a bad query parameter; the API answers it with 400 and its message.
type ParamError struct {
	Param string
	Msg   string
}

func (e *ParamError) Error() string { return fmt.Sprintf("parameter %q: %s", e.Param, e.Msg) }

func bad(param, format string, args ...any) error {
	return &ParamError{Param: param, Msg: fmt.Sprintf(format, args...)}
}

// PLOVERTypes are the event types the type parameter accepts.
var PLOVERTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

var ploverSet = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range PLOVERTypes {
		m[t] = true
	}
	return m
}()

// eventParams are the query parameters of the event endpoints; listParams of /documents.
var (
	eventParams = map[string]bool{"from": true, "to": true, "type": true, "acled_type": true, "actor": true,
		"country": true, "bbox": true, "q": true, "min_confidence": true, "min_sources": true, "limit": true, "cursor": true}
	documentParams = map[string]bool{"q": true, "source": true, "limit": true, "cursor": true}
)

const maxParamLen = 500

// maxListLen bounds the values of one list parameter (actor, country).
const maxListLen = 50

// checkParams rejects unknown, repeated, over-long or non-UTF-8 parameters. Parameters
// starting with "_" (cache busters) are ignored; lists allows repetition.
func checkParams(q url.Values, allowed map[string]bool, lists map[string]bool) error {
	for k, vs := range q {
		if strings.HasPrefix(k, "_") {
			continue
		}
		if !allowed[k] {
			return bad(k, "unknown parameter")
		}
		if len(vs) > 1 && !lists[k] {
			return bad(k, "given more than once")
		}
		for _, v := range vs {
			if len(v) > maxParamLen {
				return bad(k, "longer than %d bytes", maxParamLen)
			}
			if !utf8.ValidString(v) {
				return bad(k, "not valid UTF-8")
			}
		}
	}
	return nil
}

// ParseEventFilter reads the event filters of spec/output.md from query parameters,
// validating each; errors are *ParamError naming the parameter.
func ParseEventFilter(q url.Values) (store.EventFilter, error) {
	var f store.EventFilter
	if err := checkParams(q, eventParams, map[string]bool{"type": true, "acled_type": true, "actor": true, "country": true}); err != nil {
		return f, err
	}
	var err error
	if f.From, err = date(q, "from"); err != nil {
		return f, err
	}
	if f.To, err = date(q, "to"); err != nil {
		return f, err
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, bad("to", "%s is before from=%s", f.To, f.From)
	}
	for _, v := range list(q, "type") {
		t := strings.ToUpper(v)
		if !ploverSet[t] {
			return f, bad("type", "unknown PLOVER type %q (want one of %s)", v, strings.Join(PLOVERTypes, ", "))
		}
		f.Types = append(f.Types, t)
	}
	f.ACLEDTypes = list(q, "acled_type")
	// actor and country take one value or several (comma-separated or repeated): an event
	// matches when any of them applies. The first goes in Actor/Country, the rest in the lists.
	if as := list(q, "actor"); len(as) > 0 {
		if len(as) > maxListLen {
			return f, bad("actor", "more than %d values", maxListLen)
		}
		f.Actor, f.Actors = as[0], as[1:]
	}
	for i, c := range list(q, "country") {
		if len(c) != 2 || !isAlpha(c) {
			return f, bad("country", "want ISO 3166-1 alpha-2 codes such as LB or LB,SY, got %q", c)
		}
		if i >= maxListLen {
			return f, bad("country", "more than %d values", maxListLen)
		}
		if c = strings.ToUpper(c); i == 0 {
			f.Country = c
		} else {
			f.Countries = append(f.Countries, c)
		}
	}
	if b := q.Get("bbox"); b != "" {
		if f.BBox, err = bbox(b); err != nil {
			return f, err
		}
	}
	f.Q = strings.TrimSpace(q.Get("q"))
	if v := q.Get("min_confidence"); v != "" {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsNaN(x) || x < 0 || x > 1 {
			return f, bad("min_confidence", "want a number between 0 and 1, got %q", v)
		}
		f.MinConfidence = x
	}
	if f.MinSources, err = intParam(q, "min_sources", 0, 1_000_000); err != nil {
		return f, err
	}
	if f.Limit, err = limit(q); err != nil {
		return f, err
	}
	f.Cursor = q.Get("cursor")
	if f.Cursor != "" && !store.ValidCursor(f.Cursor) {
		return f, bad("cursor", "not a cursor from a previous page")
	}
	return f, nil
}

// ParseDocumentFilter reads the parameters of GET /api/v1/documents.
func ParseDocumentFilter(q url.Values) (store.DocumentFilter, error) {
	var f store.DocumentFilter
	if err := checkParams(q, documentParams, nil); err != nil {
		return f, err
	}
	var err error
	f.Q = strings.TrimSpace(q.Get("q"))
	f.Source = strings.TrimSpace(q.Get("source"))
	if f.Limit, err = limit(q); err != nil {
		return f, err
	}
	f.Cursor = q.Get("cursor")
	if f.Cursor != "" && !store.ValidCursor(f.Cursor) {
		return f, bad("cursor", "not a cursor from a previous page")
	}
	return f, nil
}

func limit(q url.Values) (int, error) {
	if q.Get("limit") == "" {
		return store.DefaultLimit, nil
	}
	return intParam(q, "limit", 1, store.MaxLimit)
}

func intParam(q url.Values, name string, lo, hi int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, bad(name, "want a whole number from %d to %d, got %q", lo, hi, v)
	}
	return n, nil
}

func date(q url.Values, name string) (string, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil || len(v) != 10 {
		return "", bad(name, "want a date YYYY-MM-DD, got %q", v)
	}
	return v, nil
}

// list splits comma-separated and repeated values, dropping empty ones.
func list(q url.Values, name string) []string {
	var out []string
	for _, v := range q[name] {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func bbox(v string) (*store.BBox, error) {
	parts := strings.Split(v, ",")
	if len(parts) != 4 {
		return nil, bad("bbox", "want west,south,east,north (four numbers), got %q", v)
	}
	var x [4]float64
	for i, p := range parts {
		n, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(n) || math.IsInf(n, 0) {
			return nil, bad("bbox", "%q is not a number", p)
		}
		x[i] = n
	}
	b := &store.BBox{MinLon: x[0], MinLat: x[1], MaxLon: x[2], MaxLat: x[3]}
	switch {
	case b.MinLon < -180 || b.MinLon > 180 || b.MaxLon < -180 || b.MaxLon > 180:
		return nil, bad("bbox", "longitudes must be within -180..180")
	case b.MinLat < -90 || b.MinLat > 90 || b.MaxLat < -90 || b.MaxLat > 90:
		return nil, bad("bbox", "latitudes must be within -90..90")
	case b.MinLat > b.MaxLat:
		return nil, bad("bbox", "south %g is north of north %g", b.MinLat, b.MaxLat)
	}
	return b, nil
}

func isAlpha(s string) bool {
	for _, c := range s {
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}
