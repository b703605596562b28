package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestSummaryRebuildMatchesWriter checks that the summary tables the writer maintains equal
// the ones migration 2 builds from stored events and actors (as it does for an old store).
func TestSummaryRebuildMatchesWriter(t *testing.T) {
	ctx := context.Background()
	s, err := OpenSQLite(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Synthetic-like events, then merges through Save (documents reporting the same events).
	evs := make([]Event, 0, 300)
	for i := range 300 {
		day := fmt.Sprintf("2024-0%d-%02d", 1+i%3, 1+i%28)
		e := model.Event{ID: fmt.Sprintf("e-%d", i), Type: []string{"ASSAULT", "PROTEST", "CONSULT"}[i%3], CAMEORoot: []string{"19", "14", "04"}[i%3],
			Sources:  []model.Actor{{Text: "a", Name: fmt.Sprintf("Actor %d", i%7), Actor: fmt.Sprintf("actor-%d", i%7), Kind: "MIL"}},
			Targets:  []model.Actor{{Text: "b", Name: fmt.Sprintf("Actor %d", i%5), Actor: fmt.Sprintf("actor-%d", i%5), Kind: "CVL"}},
			Date:     model.Date{Value: day, Precision: "day"},
			Modality: "asserted", Confidence: 0.5}
		if i%4 == 0 {
			e.Date = model.Date{}
		}
		if i%2 == 0 {
			e.Counts.Killed = model.Int(i % 9)
		}
		evs = append(evs, Event{Event: e, SourcesCount: 1, ArticlesCount: 1, FirstSeen: day, LastSeen: day})
	}
	if err := s.ImportEvents(ctx, evs); err != nil {
		t.Fatal(err)
	}
	for i := range 40 {
		ev := evs[i*7%300].Event
		ev.ID = ""
		ev.Sources = append(ev.Sources, model.Actor{Text: "Some Group", Name: ""})
		d := model.Document{ID: fmt.Sprintf("d-%d", i), Title: "T", Source: fmt.Sprintf("o%d", i%3), Published: evs[i*7%300].FirstSeen,
			Text: "Sentence of the report.", Events: []model.Event{ev}}
		d.Events[0].Evidence = model.Evidence{Start: 0, End: 23, Trigger: "report"}
		if _, err := s.Save(ctx, Input{Name: d.ID, URL: fmt.Sprintf("https://x.example/%d", i%9), Docs: []model.Document{d}}); err != nil {
			t.Fatal(err)
		}
	}
	tables := []string{"agg_timeline", "agg_actor_names", "agg_actors", "agg_graph", "agg_edges"}
	dump := func() string {
		var sb strings.Builder
		for _, tb := range tables {
			rows, err := s.db.QueryContext(ctx, "SELECT * FROM "+tb+" ORDER BY 1, 2")
			if err != nil {
				t.Fatal(err)
			}
			cols, _ := rows.Columns()
			for rows.Next() {
				vals := make([]any, len(cols))
				ptrs := make([]any, len(cols))
				for i := range vals {
					ptrs[i] = &vals[i]
				}
				if err := rows.Scan(ptrs...); err != nil {
					t.Fatal(err)
				}
				fmt.Fprintln(&sb, tb, vals)
			}
			rows.Close()
		}
		return sb.String()
	}
	maintained := dump()
	if strings.Count(maintained, "\n") < 50 {
		t.Fatalf("summaries too small:\n%s", maintained)
	}
	for _, tb := range tables {
		if _, err := s.db.ExecContext(ctx, "DELETE FROM "+tb); err != nil {
			t.Fatal(err)
		}
	}
	for _, stmt := range strings.Split(migrations[1], ";") {
		if st := strings.TrimSpace(stmt); strings.HasPrefix(st, "INSERT INTO agg_") {
			if _, err := s.db.ExecContext(ctx, st); err != nil {
				t.Fatal(err)
			}
		}
	}
	if rebuilt := dump(); rebuilt != maintained {
		t.Errorf("maintained summaries:\n%s\nrebuilt:\n%s", maintained, rebuilt)
	}
}
