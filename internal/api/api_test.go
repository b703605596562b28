package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
)

// fakePipeline turns an item into one document with one PROTEST event on its first sentence.
type fakePipeline struct{}

func (fakePipeline) Item(it input.Item, opt pipeline.Options) ([]model.Document, error) {
	if strings.Contains(it.Text, "FAIL") {
		return nil, fmt.Errorf("%s: cannot process", it.Name)
	}
	d := storetest.Doc(it.URL, it.Source, it.Published, it.Title, storetest.Ev{Type: "PROTEST", Date: it.Published,
		Sentence: it.Text, Source: "xx-demonstrators", Lat: 10, Lon: 10, Country: "XX", Precision: 1})
	return []model.Document{d}, nil
}

func newTestServer(t *testing.T, opt Options) (*httptest.Server, store.Store) {
	t.Helper()
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	for _, d := range []model.Document{
		storetest.Doc("https://a.example/1", "Outlet A", "2024-07-04", "Strike <b>one</b>",
			storetest.Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "Jets struck <script>alert('x')</script> Kfarshouba.",
				Source: "il-idf", Target: "hezbollah", Lat: 33.35, Lon: 35.74, Country: "LB", Precision: 1, Killed: model.Int(3), Confidence: 0.8}),
		storetest.Doc("https://b.example/2", "Outlet B", "2024-07-04", "Strike two",
			storetest.Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "Israeli jets hit Kfarshouba.",
				Source: "il-idf", Lat: 33.36, Lon: 35.75, Country: "LB", Precision: 1, Killed: model.Int(2), Confidence: 0.6}),
		storetest.Doc("", "Outlet C", "2024-06-01", "Talks",
			storetest.Ev{Type: "CONSULT", Date: "2024-06-01", Sentence: "Envoys met in Doha.", Source: "qa-gov", Target: "us-gov",
				Lat: 25.28, Lon: 51.52, Country: "QA", Precision: 1}),
	} {
		if _, err := st.Save(ctx, store.Input{Docs: []model.Document{d}}); err != nil {
			t.Fatal(err)
		}
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	srv := httptest.NewServer(New(st, fakePipeline{}, opt))
	t.Cleanup(srv.Close)
	return srv, st
}

func get(t *testing.T, srv *httptest.Server, path string, wantStatus int, v any) string {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != wantStatus {
		t.Fatalf("GET %s: status %d, want %d: %s", path, resp.StatusCode, wantStatus, body)
	}
	if v != nil {
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("GET %s: Content-Type %q", path, ct)
		}
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v: %s", path, err, body)
		}
	}
	return string(body)
}

func TestEvents(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	var page store.EventPage
	get(t, srv, "/api/v1/events", 200, &page)
	if page.Total != 2 || len(page.Events) != 2 || page.Next != "" {
		t.Fatalf("page = %+v", page)
	}
	e := page.Events[0]
	if e.Type != "ASSAULT" || e.SourcesCount != 2 || e.ArticlesCount != 2 || e.FirstSeen != "2024-07-04" || *e.Counts.Killed != 2 {
		t.Errorf("merged event = %+v", e)
	}
	// The wire form carries the stored-event fields of spec/output.md.
	raw := get(t, srv, "/api/v1/events?type=ASSAULT", 200, &page)
	for _, k := range []string{`"sources_count":2`, `"articles_count":2`, `"first_seen":"2024-07-04"`, `"last_seen":"2024-07-04"`, `"next":""`, `"total":1`} {
		if !strings.Contains(raw, k) {
			t.Errorf("response lacks %s: %s", k, raw)
		}
	}
	cases := map[string]int{
		"?type=consult":                  1,
		"?type=ASSAULT,CONSULT":          2,
		"?type=ASSAULT&type=CONSULT":     2,
		"?country=lb":                    1,
		"?from=2024-07-01&to=2024-07-31": 1,
		"?actor=us-gov":                  1,
		"?actor=us-gov,hezbollah":        2,
		"?actor=us-gov&actor=nobody":     1,
		"?country=LB,QA":                 2,
		"?country=lb&country=qa":         2,
		"?country=LB,QA&actor=us-gov":    1,
		"?bbox=30,30,40,40":              1,
		"?q=doha":                        1,
		"?min_sources=2":                 1,
		"?min_confidence=0.9":            0,
		"?limit=1":                       2, // total
		"?_=123":                         2,
	}
	for q, want := range cases {
		var p store.EventPage
		get(t, srv, "/api/v1/events"+q, 200, &p)
		if p.Total != want {
			t.Errorf("%s: total %d, want %d", q, p.Total, want)
		}
	}
	// Pagination through the cursor.
	var p1, p2 store.EventPage
	get(t, srv, "/api/v1/events?limit=1", 200, &p1)
	if len(p1.Events) != 1 || p1.Next == "" {
		t.Fatalf("first page = %+v", p1)
	}
	get(t, srv, "/api/v1/events?limit=1&cursor="+url.QueryEscape(p1.Next), 200, &p2)
	if len(p2.Events) != 1 || p2.Events[0].ID == p1.Events[0].ID || p2.Next != "" {
		t.Errorf("second page = %+v", p2)
	}
}

func TestBadParams(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	cases := map[string]string{
		"?from=yesterday":                    "from",
		"?to=2024-13-01":                     "to",
		"?from=2024-07-02&to=2024-07-01":     "to",
		"?type=BOMBING":                      "type",
		"?country=LBN":                       "country",
		"?bbox=1,2,3":                        "bbox",
		"?bbox=1,2,3,x":                      "bbox",
		"?bbox=0,50,10,40":                   "bbox",
		"?bbox=0,0,200,10":                   "bbox",
		"?min_confidence=2":                  "min_confidence",
		"?min_confidence=NaN":                "min_confidence",
		"?min_sources=-1":                    "min_sources",
		"?limit=0":                           "limit",
		"?limit=1001":                        "limit",
		"?limit=ten":                         "limit",
		"?cursor=bm9wZQ":                     "cursor",
		"?contry=LB":                         "contry",
		"?country=LB,SYR":                    "country",
		"?actor=" + strings.Repeat("a,", 60): "actor",
		"?q=" + strings.Repeat("x", 600):     "q",
	}
	for q, param := range cases {
		var e struct{ Error string }
		get(t, srv, "/api/v1/events"+q, 400, &e)
		if !strings.Contains(e.Error, `"`+param+`"`) {
			t.Errorf("%s: error %q does not name %s", q, e.Error, param)
		}
	}
	for _, path := range []string{"/api/v1/actors?type=X", "/api/v1/timeline?limit=-5", "/api/v1/graph?bbox=a", "/api/v1/documents?limit=5000", "/api/v1/documents?type=ASSAULT"} {
		var e struct{ Error string }
		get(t, srv, path, 400, &e)
		if e.Error == "" {
			t.Errorf("%s: no error message", path)
		}
	}
}

func TestEventDetail(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	var page store.EventPage
	get(t, srv, "/api/v1/events?type=ASSAULT", 200, &page)
	var det store.EventDetail
	get(t, srv, "/api/v1/events/"+page.Events[0].ID, 200, &det)
	if det.Event == nil || len(det.Mentions) != 2 {
		t.Fatalf("detail = %+v", det)
	}
	for _, m := range det.Mentions {
		if m.Document == "" || m.Title == "" || m.URL == "" || m.Source == "" || m.Published != "2024-07-04" || m.Sentence == "" || m.End <= m.Start {
			t.Errorf("mention = %+v", m)
		}
		// Entity spans for highlighting come with each mention, inside its sentence.
		if len(m.Entities) == 0 {
			t.Errorf("mention without entities: %+v", m)
		}
		for _, en := range m.Entities {
			if en.Start < m.Start || en.End > m.End || en.Label == "" {
				t.Errorf("entity %+v outside mention %d-%d", en, m.Start, m.End)
			}
		}
	}
	var e struct{ Error string }
	get(t, srv, "/api/v1/events/e-doesnotexist", 404, &e)
	get(t, srv, "/api/v1/events/bad%20id%3Cx%3E", 400, &e)
	get(t, srv, "/api/v1/nothing", 404, &e)
}

func TestDocumentsAndEscaping(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	var page store.DocumentPage
	get(t, srv, "/api/v1/documents?limit=2", 200, &page)
	if page.Total != 3 || len(page.Documents) != 2 || page.Next == "" {
		t.Fatalf("documents = %+v", page)
	}
	var rest store.DocumentPage
	get(t, srv, "/api/v1/documents?limit=2&cursor="+page.Next, 200, &rest)
	if len(rest.Documents) != 1 || rest.Next != "" {
		t.Errorf("second page = %+v", rest)
	}
	id := page.Documents[len(page.Documents)-1].ID
	for _, d := range append(page.Documents, rest.Documents...) {
		if strings.HasPrefix(d.Title, "Strike <b>") {
			id = d.ID
		}
	}
	var doc store.Document
	raw := get(t, srv, "/api/v1/documents/"+id, 200, &doc)
	if !strings.Contains(doc.Text, "<script>alert('x')</script>") {
		t.Fatalf("document text = %q", doc.Text)
	}
	if strings.Contains(raw, "<script>") || strings.Contains(raw, "<b>") || !strings.Contains(raw, `\u003cscript\u003e`) {
		t.Errorf("markup not escaped in JSON: %s", raw)
	}
	var p store.EventPage
	raw = get(t, srv, "/api/v1/events?q=jets", 200, &p)
	if strings.Contains(raw, "<script>") {
		t.Errorf("markup not escaped in events")
	}
	var e struct{ Error string }
	get(t, srv, "/api/v1/documents/d-unknown", 404, &e)
}

func TestAggregates(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	var a struct{ Actors []store.ActorCount }
	get(t, srv, "/api/v1/actors", 200, &a)
	if len(a.Actors) != 4 || a.Actors[0].Events != 1 {
		t.Errorf("actors = %+v", a.Actors)
	}
	var tl struct{ Timeline []store.TimelinePoint }
	get(t, srv, "/api/v1/timeline?from=2024-07-01", 200, &tl)
	if len(tl.Timeline) != 1 || tl.Timeline[0].Fatalities != 2 || tl.Timeline[0].Precision != "day" || tl.Timeline[0].ByPrecision["day"] != 1 {
		t.Errorf("timeline = %+v", tl.Timeline)
	}
	raw := get(t, srv, "/api/v1/timeline", 200, &tl)
	if len(tl.Timeline) != 2 || !strings.Contains(raw, `"precision":"day","by_precision":{"day":1}`) {
		t.Errorf("unfiltered timeline = %s", raw)
	}
	var g struct{ Edges []store.GraphEdge }
	get(t, srv, "/api/v1/graph", 200, &g)
	if len(g.Edges) != 2 {
		t.Errorf("graph = %+v", g.Edges)
	}
	var h map[string]string
	get(t, srv, "/healthz", 200, &h)
	if h["status"] != "ok" {
		t.Errorf("healthz = %v", h)
	}
}

func TestOpenAPI(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	get(t, srv, "/api/v1/openapi.json", 200, &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi = %q", doc.OpenAPI)
	}
	for path, methods := range map[string][]string{
		"/api/v1/events": {"get"}, "/api/v1/events/{id}": {"get"}, "/api/v1/documents": {"get", "post"},
		"/api/v1/documents/{id}": {"get"}, "/api/v1/actors": {"get"}, "/api/v1/timeline": {"get"}, "/api/v1/graph": {"get"},
		"/healthz": {"get"},
	} {
		for _, m := range methods {
			if _, ok := doc.Paths[path][m]; !ok {
				t.Errorf("openapi lacks %s %s", m, path)
			}
		}
	}
}

func post(t *testing.T, srv *httptest.Server, token string, body []byte) (int, string, http.Header) {
	t.Helper()
	req, _ := http.NewRequest("POST", srv.URL+"/api/v1/documents", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func TestPostDisabled(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	code, body, _ := post(t, srv, "anything", []byte(`{"text":"x"}`))
	if code != 403 || !strings.Contains(body, "disabled") {
		t.Errorf("POST without configured token: %d %s", code, body)
	}
}

func TestPost(t *testing.T) {
	srv, st := newTestServer(t, Options{Token: "s3cret"})
	doc := []byte(`{"id": "in-1", "title": "March", "text": "Thousands marched <script>x</script> in the capital.",
		"url": "https://n.example/m", "source": "Wire", "published": "2024-08-01"}`)
	if code, body, h := post(t, srv, "", doc); code != 401 || h.Get("WWW-Authenticate") == "" || !strings.Contains(body, "token") {
		t.Errorf("no token: %d %s", code, body)
	}
	if code, _, _ := post(t, srv, "wrong", doc); code != 401 {
		t.Errorf("wrong token: %d", code)
	}
	code, body, _ := post(t, srv, "s3cret", doc)
	if code != 201 {
		t.Fatalf("POST: %d %s", code, body)
	}
	var res struct {
		ID        string
		Documents []struct {
			ID     string
			New    bool
			Events []store.Event
		}
	}
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatal(err)
	}
	if res.ID == "" || len(res.Documents) != 1 || !res.Documents[0].New || len(res.Documents[0].Events) != 1 ||
		res.Documents[0].Events[0].Type != "PROTEST" || res.Documents[0].Events[0].ArticlesCount != 1 {
		t.Fatalf("POST result = %s", body)
	}
	if strings.Contains(body, "<script>") {
		t.Errorf("markup not escaped: %s", body)
	}
	if ok, _ := st.HasDocument(context.Background(), res.ID); !ok {
		t.Errorf("posted document not stored")
	}
	// Again: already stored.
	code, body, _ = post(t, srv, "s3cret", doc)
	if code != 200 || !strings.Contains(body, `"new":false`) {
		t.Errorf("re-POST: %d %s", code, body)
	}
	for name, b := range map[string][]byte{
		"not json":      []byte(`hello`),
		"array":         []byte(`[{"text":"a"}]`),
		"no text":       []byte(`{"title":"only a title"}`),
		"bad published": []byte(`{"text":"abc","published":"yesterday"}`),
	} {
		if code, body, _ := post(t, srv, "s3cret", b); code != 400 {
			t.Errorf("%s: %d %s", name, code, body)
		}
	}
	if code, body, _ := post(t, srv, "s3cret", []byte(`{"text":"FAIL here"}`)); code != 422 {
		t.Errorf("failing document: %d %s", code, body)
	}
	big := []byte(`{"text":"` + strings.Repeat("a", 5<<20+10) + `"}`)
	if code, body, _ := post(t, srv, "s3cret", big); code != 413 {
		t.Errorf("big body: %d %.200s", code, body)
	}
}

func TestRoot(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	body := get(t, srv, "/", 200, nil)
	if !strings.Contains(body, "2 events from 3 documents") {
		t.Errorf("placeholder = %s", body)
	}
	srv2, _ := newTestServer(t, Options{Static: fstest.MapFS{"index.html": {Data: []byte("<p>dashboard</p>")}}})
	if body := get(t, srv2, "/", 200, nil); !strings.Contains(body, "dashboard") {
		t.Errorf("static index = %s", body)
	}
	var page store.EventPage
	get(t, srv2, "/api/v1/events", 200, &page) // the API still answers
}

func FuzzParseEventFilter(f *testing.F) {
	for _, s := range []string{"", "type=ASSAULT&country=LB", "from=2024-01-01&to=2024-12-31&limit=5",
		"bbox=-10,35,30,60", "q=%22AND+OR+NEAR(", "min_confidence=0.5&min_sources=2", "cursor=MjAyNC0wNy0wNHxlLTE",
		"actor=hezbollah&acled_type=Battles,Riots", "bbox=170,-90,-170,90", "limit=1000", "type=a,,b"} {
		f.Add(s)
	}
	st, err := store.OpenSQLite(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	d := storetest.Doc("", "S", "2024-07-04", "T", storetest.Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "A strike hit.",
		Source: "il-idf", Lat: 33, Lon: 35, Country: "LB", Precision: 1})
	if _, err := st.Save(context.Background(), store.Input{Docs: []model.Document{d}}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := url.ParseQuery(s)
		if err != nil {
			return
		}
		flt, err := ParseEventFilter(q)
		if err != nil {
			if _, ok := err.(*ParamError); !ok {
				t.Fatalf("error %T is not a ParamError: %v", err, err)
			}
			return
		}
		if flt.Limit < 1 || flt.Limit > store.MaxLimit || flt.MinConfidence < 0 || flt.MinConfidence > 1 {
			t.Fatalf("out of range filter %+v", flt)
		}
		if _, err := st.Events(context.Background(), flt); err != nil {
			t.Fatalf("valid filter %+v failed in the store: %v", flt, err)
		}
	})
}
