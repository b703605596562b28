// Package storetest is the conformance suite every store.Store implementation passes:
// saving, reading, filtering, pagination, cross-source merging, idempotency and corrections.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
)

// Opener returns a fresh, empty, migrated store; the suite closes it.
type Opener func(t *testing.T) store.Store

// Run runs the whole suite against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"SaveAndGet", testSaveAndGet},
		{"Idempotent", testIdempotent},
		{"Merge", testMerge},
		{"NoMerge", testNoMerge},
		{"Filters", testFilters},
		{"Pagination", testPagination},
		{"Correction", testCorrection},
		{"Aggregates", testAggregates},
		{"AggregatesAfterStream", testAggregatesAfterStream},
		{"FilterLists", testFilterLists},
		{"Documents", testDocuments},
		{"Concurrent", testConcurrent},
		{"Feeds", testFeeds},
		{"Migrate", testMigrate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

var ctx = context.Background()

// Ev describes an event for Doc; Sentence is placed in the document text and used as evidence.
type Ev struct {
	Type, Date, Sentence string
	Source, Target       string // actor ids ("" for none); the country is the id's prefix before '-'
	Lat, Lon             float64
	Country, Admin1      string
	Precision            int // 0: no location
	Killed               *int
	Confidence           float64
	ACLED                string
	Mode                 string
}

// Doc builds a processed document with the given events; its id is derived from the text.
func Doc(url, source, published, title string, evs ...Ev) model.Document {
	var b strings.Builder
	b.WriteString(title + ".\n")
	d := model.Document{Title: title, URL: url, Source: source, Published: published, Language: "en",
		Entities: []model.Entity{}, Sentences: [][2]int{}}
	for i, e := range evs {
		start := b.Len()
		b.WriteString(e.Sentence)
		end := b.Len()
		b.WriteString(" ")
		d.Sentences = append(d.Sentences, [2]int{start, end})
		ev := model.Event{
			Type: e.Type, Mode: e.Mode, CAMEORoot: cameo(e.Type),
			ACLED:  model.ACLED{EventType: e.ACLED},
			Date:   model.Date{Value: e.Date, Precision: precision(e.Date)},
			Counts: model.Counts{Killed: e.Killed}, Modality: "asserted",
			Evidence:   model.Evidence{Start: start, End: end, Trigger: firstWord(e.Sentence), TriggerStart: start, TriggerEnd: start + len(firstWord(e.Sentence))},
			Mentions:   1,
			Confidence: e.Confidence,
		}
		if ev.Confidence == 0 {
			ev.Confidence = 0.5
		}
		if e.Source != "" {
			ev.Sources = []model.Actor{actor(e.Source)}
		}
		if e.Target != "" {
			ev.Targets = []model.Actor{actor(e.Target)}
		}
		if e.Precision > 0 {
			ev.Location = &model.Geo{Name: "place", Country: e.Country, Admin1: e.Admin1, Lat: e.Lat, Lon: e.Lon,
				Feature: "city", Precision: e.Precision}
			if e.Precision == 3 {
				ev.Location.Feature = "admin1"
			}
		}
		d.Events = append(d.Events, ev)
		d.Entities = append(d.Entities, model.Entity{Text: ev.Evidence.Trigger, Label: model.ORG, Start: start, End: ev.Evidence.TriggerEnd})
		_ = i
	}
	d.Text = b.String()
	d.ID = docID(d.Text)
	for i := range d.Events {
		d.Events[i].ID = fmt.Sprintf("e-%s-%d", d.ID[2:], i)
	}
	return d
}

func docID(text string) string {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(text); i++ {
		h ^= uint64(text[i])
		h *= 1099511628211
	}
	return fmt.Sprintf("d-%016x", h)
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

func precision(date string) string {
	switch len(date) {
	case 10:
		return "day"
	case 7:
		return "month"
	case 4:
		return "year"
	}
	return "unknown"
}

func cameo(t string) string {
	switch t {
	case "ASSAULT":
		return "19"
	case "PROTEST":
		return "14"
	case "CONSULT":
		return "04"
	case "ACCUSE":
		return "11"
	}
	return ""
}

func actor(id string) model.Actor {
	country, kind := "", "MIL"
	if c, rest, ok := strings.Cut(id, "-"); ok && len(c) == 2 {
		country = strings.ToUpper(c)
		if strings.Contains(rest, "gov") {
			kind = "GOV"
		}
	} else {
		kind = "REB"
	}
	return model.Actor{Text: id, Name: strings.ToUpper(id[:1]) + id[1:], Actor: id, Country: country, Kind: kind, Affiliations: []string{}}
}

func save(t *testing.T, s store.Store, docs ...model.Document) store.SaveResult {
	t.Helper()
	res, err := s.Save(ctx, store.Input{Name: "test", Docs: docs, SeenAt: "2024-07-10"})
	if err != nil {
		t.Fatalf("Save: %v", err)
	}
	return res
}

func events(t *testing.T, s store.Store, f store.EventFilter) store.EventPage {
	t.Helper()
	p, err := s.Events(ctx, f)
	if err != nil {
		t.Fatalf("Events(%+v): %v", f, err)
	}
	return p
}

// Sample documents: two outlets reporting one strike, plus unrelated events.
var (
	strikeA = Doc("https://a.example/strike", "Outlet A", "2024-07-04", "Strike on Kfarshouba",
		Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "An air strike by il-idf killed three people in Kfarshouba.",
			Source: "il-idf", Target: "hezbollah", Lat: 33.35, Lon: 35.74, Country: "LB", Admin1: "South", Precision: 1,
			Killed: model.Int(3), Confidence: 0.7, ACLED: "Explosions/Remote violence"})
	strikeB = Doc("https://b.example/news/1", "Outlet B", "2024-07-05", "Israeli raid kills two",
		Ev{Type: "ASSAULT", Date: "2024-07-05", Sentence: "Israeli jets struck near Kfarshouba, killing two.",
			Source: "il-idf", Lat: 33.30, Lon: 35.60, Country: "LB", Admin1: "South", Precision: 1,
			Killed: model.Int(2), Confidence: 0.9, ACLED: "Explosions/Remote violence"})
	protest = Doc("https://c.example/p", "Outlet C", "2024-07-06", "Protest in Paris",
		Ev{Type: "PROTEST", Date: "2024-07-06", Sentence: "Thousands marched in Paris against the war.",
			Source: "fr-protesters", Lat: 48.85, Lon: 2.35, Country: "FR", Precision: 1, Confidence: 0.6, ACLED: "Protests"})
	talks = Doc("", "Outlet C", "2024-06-01", "Talks in Doha",
		Ev{Type: "CONSULT", Date: "2024-06-01", Sentence: "Negotiators met in Doha for <script>alert(1)</script> talks.",
			Source: "qa-gov", Target: "us-gov", Lat: 25.28, Lon: 51.52, Country: "QA", Precision: 1, Confidence: 0.4})
)

func testSaveAndGet(t *testing.T, s store.Store) {
	res := save(t, s, strikeA)
	if len(res.Docs) != 1 || !res.Docs[0].New || len(res.Docs[0].Events) != 1 || res.NewEvents != 1 {
		t.Fatalf("SaveResult = %+v", res)
	}
	ok, err := s.HasDocument(ctx, strikeA.ID)
	if err != nil || !ok {
		t.Fatalf("HasDocument = %v, %v", ok, err)
	}
	d, err := s.Document(ctx, strikeA.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != strikeA.Text || d.Title != strikeA.Title || len(d.Events) != 1 || d.Events[0].Type != "ASSAULT" || d.IngestedAt == "" {
		t.Errorf("Document = %+v", d)
	}
	if _, err := s.Document(ctx, "d-nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(unknown) err = %v, want ErrNotFound", err)
	}
	det, err := s.Event(ctx, res.Docs[0].Events[0])
	if err != nil {
		t.Fatal(err)
	}
	e := det.Event
	if e.SourcesCount != 1 || e.ArticlesCount != 1 || e.FirstSeen != "2024-07-04" || e.LastSeen != "2024-07-04" {
		t.Errorf("event tallies = %d %d %s %s", e.SourcesCount, e.ArticlesCount, e.FirstSeen, e.LastSeen)
	}
	if e.Counts.Killed == nil || *e.Counts.Killed != 3 || e.Location == nil || e.Location.Country != "LB" {
		t.Errorf("event = %+v", e)
	}
	if len(det.Mentions) != 1 {
		t.Fatalf("mentions = %+v", det.Mentions)
	}
	m := det.Mentions[0]
	if m.Document != strikeA.ID || m.Sentence != strikeA.Text[m.Start:m.End] || !strings.Contains(m.Sentence, "air strike") ||
		m.URL != strikeA.URL || m.Source != "Outlet A" || m.Published != "2024-07-04" || m.Title != strikeA.Title {
		t.Errorf("mention = %+v", m)
	}
	// The document's entities inside the evidence sentence come with the mention.
	if len(m.Entities) != 1 || m.Entities[0].Label != "ORG" || m.Entities[0].Text != strikeA.Entities[0].Text ||
		m.Entities[0].Start != strikeA.Entities[0].Start || m.Entities[0].End != strikeA.Entities[0].End ||
		m.Entities[0].Start < m.Start || m.Entities[0].End > m.End {
		t.Errorf("mention entities = %+v, document entities %+v", m.Entities, strikeA.Entities)
	}
	if e.EvidenceText != m.Sentence || e.Document != strikeA.ID {
		t.Errorf("evidence = %q in %s", e.EvidenceText, e.Document)
	}
	// The extracted id finds the stored event too.
	if det2, err := s.Event(ctx, strikeA.Events[0].ID); err != nil || det2.Event.ID != e.ID {
		t.Errorf("Event(extracted id) = %v, %v", det2, err)
	}
	if _, err := s.Event(ctx, "e-nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Event(unknown) err = %v", err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Documents != 1 || st.Events != 1 || st.Mentions != 1 {
		t.Errorf("Stats = %+v, %v", st, err)
	}
	// A document without events is stored too.
	empty := Doc("", "X", "", "Nothing happened")
	if r := save(t, s, empty); !r.Docs[0].New || len(r.Docs[0].Events) != 0 {
		t.Errorf("empty doc result = %+v", r)
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	in := store.Input{Hash: "h1", URL: strikeA.URL, Name: "a", Docs: []model.Document{strikeA}}
	if _, err := s.Save(ctx, in); err != nil {
		t.Fatal(err)
	}
	seen, err := s.Seen(ctx, "h1", strikeA.URL)
	if err != nil || !seen.Hash || !seen.URL {
		t.Errorf("Seen = %+v, %v", seen, err)
	}
	if seen, _ := s.Seen(ctx, "h2", "https://other"); seen.Hash || seen.URL {
		t.Errorf("Seen(unknown) = %+v", seen)
	}
	for range 2 {
		res, err := s.Save(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		if res.NewDocs() != 0 || res.NewEvents != 0 || len(res.Docs[0].Events) != 1 {
			t.Errorf("re-save = %+v", res)
		}
		// Same document under another input hash: still a no-op.
		res = save(t, s, strikeA)
		if res.NewDocs() != 0 || res.NewEvents != 0 || res.Merged != 0 {
			t.Errorf("re-save by id = %+v", res)
		}
	}
	st, _ := s.Stats(ctx)
	if st.Documents != 1 || st.Events != 1 || st.Mentions != 1 {
		t.Errorf("Stats after re-saves = %+v", st)
	}
	p := events(t, s, store.EventFilter{})
	if p.Total != 1 || p.Events[0].ArticlesCount != 1 {
		t.Errorf("events after re-saves = %+v", p)
	}
}

func testMerge(t *testing.T, s store.Store) {
	save(t, s, strikeA)
	res := save(t, s, strikeB)
	if res.Merged != 1 || res.NewEvents != 0 {
		t.Fatalf("second report: %+v, want merged", res)
	}
	p := events(t, s, store.EventFilter{})
	if p.Total != 1 {
		t.Fatalf("total = %d, want 1 merged event", p.Total)
	}
	e := p.Events[0]
	if e.ArticlesCount != 2 || e.SourcesCount != 2 || e.FirstSeen != "2024-07-04" || e.LastSeen != "2024-07-05" {
		t.Errorf("tallies = %d articles %d sources %s..%s", e.ArticlesCount, e.SourcesCount, e.FirstSeen, e.LastSeen)
	}
	if e.Counts.Killed == nil || *e.Counts.Killed != 2 {
		t.Errorf("killed = %v, want the lowest figure 2", e.Counts.Killed)
	}
	if e.Confidence != 0.9 || e.Document != strikeB.ID || !strings.Contains(e.EvidenceText, "Israeli jets") {
		t.Errorf("best evidence = %v %s %q", e.Confidence, e.Document, e.EvidenceText)
	}
	if e.FirstDocument != strikeA.ID || e.Mentions != 2 {
		t.Errorf("first document = %s, mentions %d", e.FirstDocument, e.Mentions)
	}
	if !slices.Equal(e.Outlets, []string{"Outlet A", "Outlet B"}) {
		t.Errorf("outlets = %v", e.Outlets)
	}
	// Targets are the union of the reports.
	if len(e.Targets) != 1 || e.Targets[0].Actor != "hezbollah" {
		t.Errorf("targets = %+v", e.Targets)
	}
	det, err := s.Event(ctx, e.ID)
	if err != nil || len(det.Mentions) != 2 || det.Mentions[0].Document != strikeA.ID {
		t.Fatalf("detail = %+v, %v", det, err)
	}
	// A third report from the same outlet as the first: one more article, not one more source.
	strikeC := Doc("https://a.example/strike-update", "outlet a", "2024-07-05", "Strike update",
		Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "The strike killed four, officials said.",
			Source: "il-idf", Precision: 3, Country: "LB", Admin1: "South", Lat: 33.2, Lon: 35.4, Killed: model.Int(4), Confidence: 0.5})
	save(t, s, strikeC)
	p = events(t, s, store.EventFilter{})
	if p.Total != 1 || p.Events[0].ArticlesCount != 3 || p.Events[0].SourcesCount != 2 || *p.Events[0].Counts.Killed != 2 {
		t.Errorf("after third report: total %d, %+v", p.Total, p.Events[0])
	}
	// The precise location wins over the regional one.
	if p.Events[0].Location == nil || p.Events[0].Location.Precision != 1 {
		t.Errorf("location = %+v", p.Events[0].Location)
	}
	// Undated events merge when first seen within a day and the place agrees.
	u1 := Doc("", "U1", "2024-07-08", "Clash one", Ev{Type: "ASSAULT", Sentence: "Fighters clashed in Idlib.",
		Lat: 35.93, Lon: 36.63, Country: "SY", Precision: 1, Killed: model.Int(7)})
	u2 := Doc("", "U2", "2024-07-09", "Clash two", Ev{Type: "ASSAULT", Sentence: "Clashes erupted near Idlib.",
		Lat: 35.95, Lon: 36.60, Country: "SY", Precision: 1})
	save(t, s, u1)
	if r := save(t, s, u2); r.Merged != 1 {
		t.Errorf("undated reports within a day did not merge: %+v", r)
	}
}

func testNoMerge(t *testing.T, s store.Store) {
	save(t, s, strikeA)
	cases := []model.Document{
		// Another type.
		Doc("", "X", "2024-07-04", "Threat", Ev{Type: "THREATEN", Date: "2024-07-04", Sentence: "il-idf threatened more strikes.",
			Source: "il-idf", Lat: 33.35, Lon: 35.74, Country: "LB", Precision: 1}),
		// Too far away.
		Doc("", "X", "2024-07-04", "Far", Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "Strikes hit Baalbek far north.",
			Source: "il-idf", Lat: 34.00, Lon: 36.20, Country: "LB", Precision: 1}),
		// Two days later.
		Doc("", "X", "2024-07-06", "Later", Ev{Type: "ASSAULT", Date: "2024-07-06", Sentence: "Another strike hit Kfarshouba.",
			Source: "il-idf", Lat: 33.35, Lon: 35.74, Country: "LB", Precision: 1}),
		// Other perpetrators.
		Doc("", "X", "2024-07-04", "Other side", Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "Hezbollah fired rockets from Kfarshouba.",
			Source: "hezbollah", Lat: 33.35, Lon: 35.74, Country: "LB", Precision: 1}),
		// Nothing in common beyond type and date.
		Doc("", "X", "2024-07-04", "Vague", Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "A strike was reported."}),
		// Dated versus undated.
		Doc("", "X", "2024-07-04", "Undated", Ev{Type: "ASSAULT", Sentence: "il-idf struck Kfarshouba.",
			Source: "il-idf", Lat: 33.35, Lon: 35.74, Country: "LB", Precision: 1}),
	}
	for i, d := range cases {
		if r := save(t, s, d); r.Merged != 0 || r.NewEvents != 1 {
			t.Errorf("case %d (%s) merged: %+v", i, d.Title, r)
		}
	}
	// Two events of one document never merge into one stored event.
	two := Doc("", "Y", "2024-07-04", "Two strikes",
		Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "A strike hit Kfarshouba.", Source: "il-idf", Lat: 33.35, Lon: 35.74, Country: "LB", Precision: 1},
		Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "A second strike hit Kfarshouba.", Source: "il-idf", Lat: 33.35, Lon: 35.74, Country: "LB", Precision: 1})
	r := save(t, s, two)
	if r.Docs[0].Events[0] == r.Docs[0].Events[1] {
		t.Errorf("both events of one document went to %s", r.Docs[0].Events[0])
	}
}

func testFilters(t *testing.T, s store.Store) {
	save(t, s, strikeA)
	save(t, s, strikeB)
	save(t, s, protest)
	save(t, s, talks)
	cases := []struct {
		name string
		f    store.EventFilter
		want int
	}{
		{"all", store.EventFilter{}, 3},
		{"type", store.EventFilter{Types: []string{"ASSAULT"}}, 1},
		{"types", store.EventFilter{Types: []string{"ASSAULT", "protest"}}, 2},
		{"acled", store.EventFilter{ACLEDTypes: []string{"Protests"}}, 1},
		{"from", store.EventFilter{From: "2024-07-06"}, 1},
		{"to", store.EventFilter{To: "2024-07-03"}, 1},
		{"range", store.EventFilter{From: "2024-07-01", To: "2024-07-05"}, 1},
		{"actor id", store.EventFilter{Actor: "il-idf"}, 1},
		{"actor target", store.EventFilter{Actor: "us-gov"}, 1},
		{"actor name", store.EventFilter{Actor: "Hezbollah"}, 1},
		{"actor unknown", store.EventFilter{Actor: "nobody"}, 0},
		{"country", store.EventFilter{Country: "fr"}, 1},
		{"bbox", store.EventFilter{BBox: &store.BBox{MinLon: 30, MinLat: 30, MaxLon: 40, MaxLat: 40}}, 1},
		{"bbox europe", store.EventFilter{BBox: &store.BBox{MinLon: -10, MinLat: 35, MaxLon: 30, MaxLat: 60}}, 1},
		{"bbox antimeridian", store.EventFilter{BBox: &store.BBox{MinLon: 170, MinLat: -90, MaxLon: -170, MaxLat: 90}}, 0},
		{"q evidence", store.EventFilter{Q: "marched"}, 1},
		{"q title", store.EventFilter{Q: "raid"}, 1},
		{"q two words", store.EventFilter{Q: "jets Kfarshouba"}, 1},
		{"q syntax", store.EventFilter{Q: `"AND OR ( NEAR*`}, 0},
		{"q punctuation only", store.EventFilter{Q: `"*()`}, 0},
		{"min confidence", store.EventFilter{MinConfidence: 0.65}, 1},
		{"min sources", store.EventFilter{MinSources: 2}, 1},
		{"combined", store.EventFilter{Types: []string{"ASSAULT"}, Country: "LB", MinSources: 2, From: "2024-07-01"}, 1},
		{"combined none", store.EventFilter{Types: []string{"PROTEST"}, Country: "LB"}, 0},
	}
	for _, tc := range cases {
		p := events(t, s, tc.f)
		if p.Total != tc.want || len(p.Events) != tc.want {
			t.Errorf("%s: total %d, page %d, want %d", tc.name, p.Total, len(p.Events), tc.want)
		}
	}
	// Order: newest first.
	p := events(t, s, store.EventFilter{})
	for i := 1; i < len(p.Events); i++ {
		if p.Events[i-1].Date.Value < p.Events[i].Date.Value {
			t.Errorf("order: %s before %s", p.Events[i-1].Date.Value, p.Events[i].Date.Value)
		}
	}
	n := 0
	if err := s.EachEvent(ctx, store.EventFilter{Types: []string{"ASSAULT", "PROTEST"}}, func(*store.Event) error { n++; return nil }); err != nil || n != 2 {
		t.Errorf("EachEvent = %d, %v", n, err)
	}
	stop := errors.New("stop")
	if err := s.EachEvent(ctx, store.EventFilter{}, func(*store.Event) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("EachEvent error = %v", err)
	}
}

func testPagination(t *testing.T, s store.Store) {
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 57
	for i := range n {
		day := fmt.Sprintf("2024-03-%02d", 1+rng.IntN(28))
		d := Doc("", "P", day, fmt.Sprintf("Event %d", i), Ev{Type: "PROTEST", Date: day,
			Sentence: fmt.Sprintf("Crowd number %d gathered.", i), Source: fmt.Sprintf("g%d", i),
			Lat: float64(i), Lon: float64(i), Country: "XX", Precision: 1})
		save(t, s, d)
	}
	seen := map[string]bool{}
	var last store.Event
	cursor := ""
	pages := 0
	for {
		p := events(t, s, store.EventFilter{Limit: 10, Cursor: cursor})
		pages++
		if p.Total != n {
			t.Fatalf("total = %d", p.Total)
		}
		for _, e := range p.Events {
			if seen[e.ID] {
				t.Fatalf("duplicate %s across pages", e.ID)
			}
			seen[e.ID] = true
			if last.ID != "" && (e.Date.Value > last.Date.Value || e.Date.Value == last.Date.Value && e.ID > last.ID) {
				t.Fatalf("order broken: %s/%s after %s/%s", e.Date.Value, e.ID, last.Date.Value, last.ID)
			}
			last = e
		}
		if p.Next == "" {
			break
		}
		if len(p.Events) != 10 {
			t.Fatalf("short page %d with a next cursor", len(p.Events))
		}
		cursor = p.Next
	}
	if len(seen) != n || pages != 6 {
		t.Errorf("saw %d events in %d pages", len(seen), pages)
	}
	if _, err := s.Events(ctx, store.EventFilter{Cursor: "garbage!"}); !errors.Is(err, store.ErrBadCursor) {
		t.Errorf("bad cursor err = %v", err)
	}
	if p := events(t, s, store.EventFilter{Limit: 5000}); len(p.Events) != n {
		t.Errorf("large limit page = %d", len(p.Events))
	}
	if p := events(t, s, store.EventFilter{}); len(p.Events) != n || p.Next != "" {
		t.Errorf("default limit page = %d next %q", len(p.Events), p.Next)
	}
}

func testCorrection(t *testing.T, s store.Store) {
	save(t, s, strikeA)
	save(t, s, strikeB)
	// Outlet A corrects its article: same URL, new text, new toll.
	fixed := Doc(strikeA.URL, "Outlet A", "2024-07-04", "Strike on Kfarshouba (corrected)",
		Ev{Type: "ASSAULT", Date: "2024-07-04", Sentence: "An air strike by il-idf killed one person in Kfarshouba.",
			Source: "il-idf", Target: "hezbollah", Lat: 33.35, Lon: 35.74, Country: "LB", Admin1: "South", Precision: 1,
			Killed: model.Int(1), Confidence: 0.7})
	res, err := s.Save(ctx, store.Input{Hash: "fixed", URL: strikeA.URL, Docs: []model.Document{fixed}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Superseded, []string{strikeA.ID}) {
		t.Errorf("superseded = %v", res.Superseded)
	}
	p := events(t, s, store.EventFilter{})
	if p.Total != 1 {
		t.Fatalf("total after correction = %d", p.Total)
	}
	e := p.Events[0]
	if e.ArticlesCount != 2 || *e.Counts.Killed != 1 {
		t.Errorf("after correction: %d articles, killed %d", e.ArticlesCount, *e.Counts.Killed)
	}
	det, err := s.Event(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(det.History) == 0 || det.History[0].Reason != "correction" || det.History[0].Document != strikeA.ID ||
		det.History[0].ReplacedBy != fixed.ID || det.History[0].Old == nil || *det.History[0].Old.Counts.Killed != 2 {
		t.Errorf("history = %+v", det.History)
	}
	for _, m := range det.Mentions {
		if m.Document == strikeA.ID {
			t.Errorf("superseded document still mentioned")
		}
	}
	old, err := s.Document(ctx, strikeA.ID)
	if err != nil || old.SupersededBy != fixed.ID {
		t.Errorf("old document = %+v, %v", old, err)
	}
	st, _ := s.Stats(ctx)
	if st.Documents != 2 || st.Mentions != 2 {
		t.Errorf("stats = %+v", st)
	}
	// A correction that drops the event entirely removes an event only it reported.
	lone := Doc("https://d.example/x", "D", "2024-05-01", "Lone report", Ev{Type: "PROTEST", Date: "2024-05-01",
		Sentence: "Students protested in Cairo.", Source: "eg-students", Lat: 30.04, Lon: 31.24, Country: "EG", Precision: 1})
	r := save(t, s, lone)
	loneEvent := r.Docs[0].Events[0]
	retracted := Doc("https://d.example/x", "D", "2024-05-01", "Retraction")
	save(t, s, retracted)
	if _, err := s.Event(ctx, loneEvent); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("retracted event still there: %v", err)
	}
	if p := events(t, s, store.EventFilter{Country: "EG"}); p.Total != 0 {
		t.Errorf("retracted event listed")
	}
	// A correction keeping the event keeps its id.
	lone2 := Doc("https://e.example/y", "E", "2024-05-02", "Sit-in", Ev{Type: "PROTEST", Date: "2024-05-02",
		Sentence: "Workers staged a sit-in in Tunis.", Source: "tn-workers", Lat: 36.8, Lon: 10.18, Country: "TN", Precision: 1,
		Confidence: 0.5})
	r = save(t, s, lone2)
	id := r.Docs[0].Events[0]
	lone2b := Doc("https://e.example/y", "E", "2024-05-02", "Sit-in (updated)", Ev{Type: "PROTEST", Date: "2024-05-02",
		Sentence: "Hundreds of workers staged a sit-in in Tunis.", Source: "tn-workers", Lat: 36.8, Lon: 10.18, Country: "TN", Precision: 1,
		Confidence: 0.6})
	r = save(t, s, lone2b)
	if r.Docs[0].Events[0] != id {
		t.Errorf("corrected event id %s, want %s", r.Docs[0].Events[0], id)
	}
	det, err = s.Event(ctx, id)
	if err != nil || det.Event.Confidence != 0.6 || len(det.History) != 1 || len(det.Mentions) != 1 {
		t.Errorf("corrected event = %+v, %v", det, err)
	}
}

func testAggregates(t *testing.T, s store.Store) {
	save(t, s, strikeA)
	save(t, s, strikeB)
	save(t, s, protest)
	save(t, s, talks)
	actors, err := s.Actors(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]store.ActorCount{}
	for _, a := range actors {
		byID[a.Actor] = a
	}
	if a := byID["il-idf"]; a.Events != 1 || a.AsSource != 1 || a.Country != "IL" {
		t.Errorf("il-idf = %+v", a)
	}
	if a := byID["us-gov"]; a.AsTarget != 1 || a.AsSource != 0 {
		t.Errorf("us-gov = %+v", a)
	}
	if len(actors) != 5 {
		t.Errorf("actors = %+v", actors)
	}
	if a, _ := s.Actors(ctx, store.EventFilter{Limit: 2}); len(a) != 2 {
		t.Errorf("actor limit: %d", len(a))
	}
	tl, err := s.Timeline(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	day := func(n int) map[string]int { return map[string]int{"day": n} }
	want := []store.TimelinePoint{
		{Date: "2024-06-01", Type: "CONSULT", Events: 1, Fatalities: 0, Precision: "day", ByPrecision: day(1)},
		{Date: "2024-07-05", Type: "ASSAULT", Events: 1, Fatalities: 2, Precision: "day", ByPrecision: day(1)},
		{Date: "2024-07-06", Type: "PROTEST", Events: 1, Fatalities: 0, Precision: "day", ByPrecision: day(1)}}
	if !reflect.DeepEqual(tl, want) {
		t.Errorf("timeline = %+v, want %+v", tl, want)
	}
	g, err := s.Graph(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(g) != 2 {
		t.Fatalf("graph = %+v", g)
	}
	for _, e := range g {
		switch e.Source {
		case "il-idf":
			if e.Target != "hezbollah" || e.MaterialConflict != 1 || e.Conflict != 1 || e.Cooperation != 0 {
				t.Errorf("edge = %+v", e)
			}
		case "qa-gov":
			if e.Target != "us-gov" || e.VerbalCooperation != 1 || e.Cooperation != 1 {
				t.Errorf("edge = %+v", e)
			}
		default:
			t.Errorf("unexpected edge %+v", e)
		}
	}
	if g, _ := s.Graph(ctx, store.EventFilter{Types: []string{"CONSULT"}}); len(g) != 1 {
		t.Errorf("filtered graph = %+v", g)
	}
}

func testDocuments(t *testing.T, s store.Store) {
	for i := range 12 {
		save(t, s, Doc("", "Src", "2024-01-01", fmt.Sprintf("Doc %d about %s", i, []string{"floods", "elections"}[i%2])))
	}
	save(t, s, talks)
	p, err := s.Documents(ctx, store.DocumentFilter{Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 13 || len(p.Documents) != 5 || p.Next == "" || p.Documents[0].ID != talks.ID || p.Documents[0].Events != 1 {
		t.Fatalf("first page = %+v", p)
	}
	n := len(p.Documents)
	for p.Next != "" {
		if p, err = s.Documents(ctx, store.DocumentFilter{Limit: 5, Cursor: p.Next}); err != nil {
			t.Fatal(err)
		}
		n += len(p.Documents)
	}
	if n != 13 {
		t.Errorf("paged through %d documents", n)
	}
	if p, _ := s.Documents(ctx, store.DocumentFilter{Q: "floods"}); p.Total != 6 {
		t.Errorf("q=floods total %d", p.Total)
	}
	if p, _ := s.Documents(ctx, store.DocumentFilter{Source: "Outlet C"}); p.Total != 1 {
		t.Errorf("source filter total %d", p.Total)
	}
	if _, err := s.Documents(ctx, store.DocumentFilter{Cursor: "zz"}); !errors.Is(err, store.ErrBadCursor) {
		t.Errorf("bad cursor: %v", err)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				d := Doc("", "C", "2024-02-01", fmt.Sprintf("W%d doc %d", w, i), Ev{Type: "ACCUSE", Date: "2024-02-01",
					Sentence: fmt.Sprintf("Group %d-%d accused rivals.", w, i), Source: fmt.Sprintf("grp%d-%d", w, i)})
				if _, err := s.Save(ctx, store.Input{Docs: []model.Document{d}}); err != nil {
					errs <- err
					return
				}
				if _, err := s.Events(ctx, store.EventFilter{Limit: 5}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if st, _ := s.Stats(ctx); st.Documents != 40 || st.Events != 40 {
		t.Errorf("stats = %+v", st)
	}
}

func testFeeds(t *testing.T, s store.Store) {
	for range 2 {
		if err := s.AddFeed(ctx, "https://example.org/rss", "Example"); err != nil {
			t.Fatal(err)
		}
	}
	f, err := s.Feeds(ctx)
	if err != nil || len(f) != 1 || f[0].Title != "Example" {
		t.Errorf("feeds = %+v, %v", f, err)
	}
}

func testMigrate(t *testing.T, s store.Store) {
	save(t, s, strikeA)
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("second Migrate: %v", err)
	}
	if st, _ := s.Stats(ctx); st.Events != 1 {
		t.Errorf("data lost by Migrate: %+v", st)
	}
}

// testAggregatesAfterStream saves a random stream of reports with merges, corrections and
// removals, then checks that the unfiltered aggregates (which a store may answer from
// summary tables) equal the same aggregates computed under a filter that selects everything.
func testAggregatesAfterStream(t *testing.T, s store.Store) {
	rng := rand.New(rand.NewPCG(11, 5))
	types := []string{"ASSAULT", "PROTEST", "CONSULT", "ACCUSE"}
	actors := []string{"il-idf", "hezbollah", "sd-rsf", "sd-saf", "fr-protesters", ""}
	merged, superseded := 0, 0
	for i := range 150 {
		day := fmt.Sprintf("2024-07-%02d", 1+rng.IntN(6))
		date := day
		switch rng.IntN(6) {
		case 0:
			date = ""
		case 1:
			date = "2024-07"
		}
		ev := Ev{Type: types[rng.IntN(len(types))], Date: date, Sentence: fmt.Sprintf("Report %d of the fighting.", i),
			Source: actors[rng.IntN(len(actors))], Target: actors[rng.IntN(len(actors))], Confidence: 0.3 + rng.Float64()*0.6}
		if rng.IntN(2) == 0 {
			ev.Killed = model.Int(rng.IntN(20))
		}
		if rng.IntN(3) > 0 {
			ev.Lat, ev.Lon, ev.Country, ev.Precision = 33+rng.Float64()*0.5, 35+rng.Float64()*0.5, "LB", 1+rng.IntN(3)
		}
		url := ""
		if rng.IntN(3) == 0 {
			url = fmt.Sprintf("https://o%d.example/story", rng.IntN(5))
		}
		d := Doc(url, fmt.Sprintf("Outlet %d", rng.IntN(4)), day, fmt.Sprintf("Story %d", i), ev)
		r, err := s.Save(ctx, store.Input{Name: d.Title, URL: url, Docs: []model.Document{d}, SeenAt: "2024-07-10"})
		if err != nil {
			t.Fatal(err)
		}
		merged += r.Merged
		superseded += len(r.Superseded)
	}
	if merged < 5 || superseded < 5 {
		t.Errorf("the stream exercised %d merges and %d corrections; want more", merged, superseded)
	}
	all := store.EventFilter{From: "0001-01-01", Limit: store.MaxLimit}
	for _, lim := range []int{store.MaxLimit, 3} {
		all.Limit = lim
		a1, err1 := s.Actors(ctx, store.EventFilter{Limit: lim})
		a2, err2 := s.Actors(ctx, all)
		if err1 != nil || err2 != nil || len(a1) == 0 || !reflect.DeepEqual(a1, a2) {
			t.Errorf("actors (limit %d): unfiltered %+v (%v), filtered %+v (%v)", lim, a1, err1, a2, err2)
		}
		g1, err1 := s.Graph(ctx, store.EventFilter{Limit: lim})
		g2, err2 := s.Graph(ctx, all)
		if err1 != nil || err2 != nil || len(g1) == 0 || !reflect.DeepEqual(g1, g2) {
			t.Errorf("graph (limit %d): unfiltered %+v (%v), filtered %+v (%v)", lim, g1, err1, g2, err2)
		}
	}
	t1, err1 := s.Timeline(ctx, store.EventFilter{})
	t2, err2 := s.Timeline(ctx, all)
	if err1 != nil || err2 != nil || len(t1) == 0 || !reflect.DeepEqual(t1, t2) {
		t.Errorf("timeline: unfiltered %+v (%v), filtered %+v (%v)", t1, err1, t2, err2)
	}
	mixed := false
	for _, p := range t1 {
		n := 0
		for _, c := range p.ByPrecision {
			n += c
		}
		if n != p.Events {
			t.Errorf("point %+v: by_precision sums to %d", p, n)
		}
		mixed = mixed || p.Precision == "mixed"
	}
	if !mixed {
		t.Errorf("no timeline point mixes precisions: %+v", t1)
	}
}

// testFilterLists checks that several actors or countries select the union of their events.
func testFilterLists(t *testing.T, s store.Store) {
	docs := []model.Document{
		Doc("", "A", "2024-07-01", "One", Ev{Type: "ASSAULT", Date: "2024-07-01", Sentence: "Strike one.", Source: "il-idf", Target: "hezbollah", Lat: 33.2, Lon: 35.5, Country: "LB", Precision: 1}),
		Doc("", "A", "2024-07-02", "Two", Ev{Type: "PROTEST", Date: "2024-07-02", Sentence: "Protest two.", Source: "fr-protesters", Lat: 48.8, Lon: 2.3, Country: "FR", Precision: 1}),
		Doc("", "A", "2024-07-03", "Three", Ev{Type: "ASSAULT", Date: "2024-07-03", Sentence: "Attack three.", Source: "sd-rsf", Target: "sd-saf", Lat: 15.5, Lon: 32.5, Country: "SD", Precision: 1}),
	}
	for _, d := range docs {
		if _, err := s.Save(ctx, store.Input{Name: d.Title, Docs: []model.Document{d}}); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		f    store.EventFilter
		want int
	}{
		{store.EventFilter{Actors: []string{"il-idf", "sd-rsf"}}, 2},
		{store.EventFilter{Actor: "hezbollah", Actors: []string{"fr-protesters"}}, 2},
		{store.EventFilter{Actors: []string{"hezbollah", "il-idf"}}, 1},
		{store.EventFilter{Countries: []string{"lb", "SD"}}, 2},
		{store.EventFilter{Country: "FR", Countries: []string{"SD"}}, 2},
		{store.EventFilter{Countries: []string{"LB", "SD"}, Actors: []string{"fr-protesters", "sd-saf"}}, 1},
	} {
		p, err := s.Events(ctx, tc.f)
		if err != nil || p.Total != tc.want || len(p.Events) != tc.want {
			t.Errorf("%+v: total %d, %d events (%v); want %d", tc.f, p.Total, len(p.Events), err, tc.want)
		}
	}
}
