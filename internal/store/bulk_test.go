package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
)

// bulkCorpus is a deterministic stream of inputs: events that merge across documents (same
// type, day and actors), undated and unlocated events, and corrections (a URL saved again
// with other content), some of which empty an event so that it is removed.
func bulkCorpus(from, to int) []store.Input {
	types := []string{"ASSAULT", "PROTEST", "CONSULT", "ACCUSE"}
	actors := []string{"sy-army", "lb-hezbollah", "il-idf", "sd-rsf", "sd-saf", "ua-gov"}
	countries := []string{"SY", "LB", "IL", "SD", "SD", "UA"}
	var out []store.Input
	for i := from; i < to; i++ {
		src := i
		if i%11 == 10 { // a correction of an earlier story, without its own event
			src = i - 7
		}
		var evs []storetest.Ev
		for k := range 1 + src%3 {
			j := src/2 + k // neighbouring documents report the same events
			a := j % len(actors)
			ev := storetest.Ev{Type: types[j%len(types)], Source: actors[a], Target: actors[(a+1)%len(actors)],
				Sentence: fmt.Sprintf("Report %d of event %d: forces struck near town %d.", i, j, j%17), Confidence: 0.3 + float64(i%7)/10,
				ACLED: []string{"Battles", "Protests", "", ""}[j%4]}
			if j%5 != 0 {
				ev.Date = time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, j%40).Format(time.DateOnly)
			}
			if j%3 != 0 {
				ev.Precision, ev.Country, ev.Lat, ev.Lon = 1+j%3, countries[a], 30+float64(j%11), 35+float64(j%13)
			}
			if ev.Type == "ASSAULT" {
				ev.Killed = model.Int(j % 9)
			}
			evs = append(evs, ev)
		}
		url := fmt.Sprintf("https://news.example/%d", i)
		title := fmt.Sprintf("Story %d", i)
		switch i % 11 {
		case 3: // to be corrected: an event only this story reports
			evs = append(evs, storetest.Ev{Type: "COERCE", Date: "2024-04-20", Sentence: fmt.Sprintf("Officials detained %d people.", i),
				Source: "sd-saf", Precision: 1, Country: "SD", Lat: 15, Lon: 32})
		case 10:
			url = fmt.Sprintf("https://news.example/%d", src)
			title = fmt.Sprintf("Story %d (corrected)", src)
		}
		d := storetest.Doc(url, fmt.Sprintf("Outlet %d", i%4), time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/2%40).Format(time.DateOnly), title, evs...)
		out = append(out, store.Input{Hash: fmt.Sprintf("h-%d", i), URL: url, Name: title, Docs: []model.Document{d}, SeenAt: "2024-05-01"})
	}
	return out
}

func openAt(t *testing.T, path string) *store.SQLite {
	t.Helper()
	s, err := store.OpenSQLite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC) }
	return s
}

func saveBatches(t *testing.T, s *store.SQLite, ins []store.Input, each int, between func(i int)) {
	t.Helper()
	for lo, i := 0, 0; lo < len(ins); lo, i = lo+each, i+1 {
		if _, err := s.SaveAll(context.Background(), ins[lo:min(lo+each, len(ins))]); err != nil {
			t.Fatal(err)
		}
		if between != nil {
			between(i)
		}
	}
}

// apiDump is everything the API answers about a store, as JSON lines.
func apiDump(t *testing.T, s *store.SQLite) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	put := func(what string, v any, err error) {
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		j, _ := json.Marshal(v)
		fmt.Fprintf(&b, "%s %s\n", what, j)
	}
	st, err := s.Stats(ctx)
	put("stats", st, err)
	filters := []store.EventFilter{{}, {Types: []string{"ASSAULT"}}, {Country: "SD"}, {Q: "struck town"}, {Q: "corrected"},
		{BBox: &store.BBox{MinLon: 36, MinLat: 31, MaxLon: 44, MaxLat: 38}}, {Actor: "sd-rsf"}, {MinSources: 2},
		{From: "2024-03-05", To: "2024-03-20"}, {ACLEDTypes: []string{"Battles"}}, {MinConfidence: 0.6, Country: "LB"}}
	var ids []string
	for i, f := range filters {
		f.Limit = 1000
		p, err := s.Events(ctx, f)
		put(fmt.Sprintf("events %d", i), p, err)
		if i == 0 {
			for _, e := range p.Events {
				ids = append(ids, e.ID)
			}
		}
		f.Limit = 20
		a, err := s.Actors(ctx, f)
		put(fmt.Sprintf("actors %d", i), a, err)
		tl, err := s.Timeline(ctx, f)
		put(fmt.Sprintf("timeline %d", i), tl, err)
		g, err := s.Graph(ctx, f)
		put(fmt.Sprintf("graph %d", i), g, err)
	}
	for _, id := range ids {
		d, err := s.Event(ctx, id)
		put("event "+id, d, err)
	}
	for _, f := range []store.DocumentFilter{{Limit: 1000}, {Q: "corrected", Limit: 1000}, {Q: "forces", Source: "Outlet 1", Limit: 1000}} {
		p, err := s.Documents(ctx, f)
		put("documents "+f.Q, p, err)
		if f.Q == "" {
			for _, d := range p.Documents {
				doc, err := s.Document(ctx, d.ID)
				put("document "+d.ID, doc, err)
			}
		}
	}
	return b.String()
}

// schemaDump lists the indexes and counts the full-text and R-tree rows.
func schemaDump(t *testing.T, s *store.SQLite) string {
	t.Helper()
	var b strings.Builder
	rows, err := s.DB().Query(`SELECT name, coalesce(sql, '') FROM sqlite_schema WHERE type = 'index' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n, q string
		rows.Scan(&n, &q)
		fmt.Fprintln(&b, n, q)
	}
	rows.Close()
	var docs, ments, geo int
	var check string
	err = s.DB().QueryRow(`SELECT (SELECT count(*) FROM documents_fts_docsize), (SELECT count(*) FROM mention_fts WHERE mention_fts MATCH 'forces'),
		(SELECT count(*) FROM events_rtree), (SELECT group_concat(integrity_check) FROM pragma_integrity_check)`).Scan(&docs, &ments, &geo, &check)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(&b, "fts docs", docs, "fts mentions", ments, "rtree", geo, "integrity", check)
	return b.String()
}

// TestBulkMatchesNormal saves the same stream into two stores, one of them in bulk mode
// for its second part (with corrections, removals and an IndexDeferred halfway), and checks
// that every API answer and the indexes are the same afterwards.
func TestBulkMatchesNormal(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	normal, bulk := openAt(t, filepath.Join(dir, "normal.db")), openAt(t, filepath.Join(dir, "bulk.db"))
	defer normal.Close()
	defer bulk.Close()
	first, second := bulkCorpus(0, 60), bulkCorpus(60, 260)
	saveBatches(t, normal, first, 16, nil)
	saveBatches(t, bulk, first, 16, nil)
	saveBatches(t, normal, second, 16, nil)

	if err := bulk.BeginBulk(ctx); err != nil {
		t.Fatal(err)
	}
	if in, _ := bulk.InBulk(ctx); !in {
		t.Fatal("not in bulk mode after BeginBulk")
	}
	saveBatches(t, bulk, second, 16, func(i int) {
		if i == 5 {
			if err := bulk.IndexDeferred(ctx); err != nil {
				t.Fatal(err)
			}
		}
	})
	if err := bulk.EndBulk(ctx); err != nil {
		t.Fatal(err)
	}
	if in, _ := bulk.InBulk(ctx); in {
		t.Fatal("still in bulk mode after EndBulk")
	}
	want, got := apiDump(t, normal), apiDump(t, bulk)
	var removed int
	normal.DB().QueryRow(`SELECT count(*) FROM event_history WHERE reason = 'removed'`).Scan(&removed)
	if strings.Count(want, "\n") < 200 || !strings.Contains(want, `"reason":"correction"`) || removed == 0 {
		t.Fatalf("corpus too small or without corrections and removals (%d):\n%.2000s", removed, want)
	}
	if got != want {
		t.Errorf("API answers differ after a bulk load:\n%s", firstDiff(want, got))
	}
	if w, g := schemaDump(t, normal), schemaDump(t, bulk); w != g {
		t.Errorf("schema after a bulk load:\n%s\nwant:\n%s", g, w)
	}
}

// TestBulkRecoveredOnOpen leaves a bulk load unfinished (as a killed process does) and checks
// that another open while the loader lives leaves it alone, and that the open after it died
// rebuilds everything.
func TestBulkRecoveredOnOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	normal, path := openAt(t, filepath.Join(dir, "normal.db")), filepath.Join(dir, "bulk.db")
	defer normal.Close()
	ins := bulkCorpus(0, 120)
	saveBatches(t, normal, ins, 16, nil)

	loader := openAt(t, path)
	saveBatches(t, loader, ins[:30], 16, nil)
	if err := loader.BeginBulk(ctx); err != nil {
		t.Fatal(err)
	}
	saveBatches(t, loader, ins[30:], 16, nil)
	// Another process opening the store while the loader lives: nothing rebuilt.
	other := openAt(t, path)
	if in, _ := other.InBulk(ctx); !in {
		t.Error("an open during a live bulk load ended it")
	}
	other.Close()
	loader.Close() // killed: no EndBulk
	again := openAt(t, path)
	defer again.Close()
	if in, _ := again.InBulk(ctx); in {
		t.Fatal("the open after an interrupted bulk load did not rebuild")
	}
	if w, g := apiDump(t, normal), apiDump(t, again); w != g {
		t.Errorf("API answers differ after recovery:\n%s", firstDiff(w, g))
	}
	if w, g := schemaDump(t, normal), schemaDump(t, again); w != g {
		t.Errorf("schema after recovery:\n%s\nwant:\n%s", g, w)
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(w), len(g)) {
		if w[i] != g[i] {
			return fmt.Sprintf("line %d:\nwant %.600s\ngot  %.600s", i, w[i], g[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d lines", len(w), len(g))
}
