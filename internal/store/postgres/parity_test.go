package postgres_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/postgres"
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
)

// Both stores run internal/store's writer through their own dialects: the same random
// stream of reports, saved in SQLite and in PostgreSQL, must give the same stored events,
// field for field, and the same aggregates (from the summary tables and from the events).
func TestParityWithSQLite(t *testing.T) {
	pg := open(t)
	defer pg.Close()
	ctx := context.Background()
	lite, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	rng := rand.New(rand.NewPCG(7, 9))
	types := []string{"ASSAULT", "PROTEST", "CONSULT"}
	actors := []string{"il-idf", "hezbollah", "sd-rsf", "sd-saf", "fr-protesters", ""}
	merged, superseded := 0, 0
	for i := range 120 {
		day := fmt.Sprintf("2024-07-%02d", 1+rng.IntN(6))
		date := day
		if rng.IntN(5) == 0 {
			date = ""
		}
		ev := storetest.Ev{Type: types[rng.IntN(len(types))], Date: date, Sentence: fmt.Sprintf("Report %d of the fighting.", i),
			Source: actors[rng.IntN(len(actors))], Target: actors[rng.IntN(len(actors))], Confidence: 0.3 + rng.Float64()*0.6,
			Killed: model.Int(rng.IntN(20))}
		if rng.IntN(3) > 0 {
			ev.Lat, ev.Lon, ev.Country, ev.Precision = 33+rng.Float64()*0.5, 35+rng.Float64()*0.5, "LB", 1+rng.IntN(3)
		}
		url := ""
		if rng.IntN(4) == 0 { // some reports correct an earlier one
			url = fmt.Sprintf("https://o%d.example/story", rng.IntN(5))
		}
		d := storetest.Doc(url, fmt.Sprintf("Outlet %d", rng.IntN(4)), day, fmt.Sprintf("Story %d", i), ev)
		in := store.Input{Name: d.Title, URL: url, Docs: []model.Document{d}, SeenAt: "2024-07-10"}
		r1, err1 := lite.Save(ctx, in)
		r2, err2 := pg.Save(ctx, in)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		merged += r1.Merged
		superseded += len(r1.Superseded)
		if a, b := js(r1), js(r2); a != b {
			t.Fatalf("save %d: SQLite %s, PostgreSQL %s", i, a, b)
		}
	}
	if merged < 10 || superseded < 5 {
		t.Errorf("the stream exercised %d merges and %d corrections; want more", merged, superseded)
	}
	f := store.EventFilter{Limit: store.MaxLimit}
	e1, _ := lite.Events(ctx, f)
	e2, _ := pg.Events(ctx, f)
	if e1.Total == 0 || js(e1) != js(e2) {
		t.Errorf("events differ:\nSQLite     %s\nPostgreSQL %s", js(e1), js(e2))
	}
	for _, q := range []store.EventFilter{{Q: "fighting"}, {Actor: "hezbollah"}, {Country: "lb", MinSources: 2}} {
		a, _ := lite.Events(ctx, q)
		b, _ := pg.Events(ctx, q)
		if a.Total != b.Total {
			t.Errorf("%+v: SQLite %d, PostgreSQL %d", q, a.Total, b.Total)
		}
	}
	all := store.EventFilter{Limit: store.MaxLimit}
	a1, _ := lite.Actors(ctx, all)
	a2, _ := pg.Actors(ctx, all)
	if len(a1) == 0 || js(a1) != js(a2) {
		t.Errorf("actors differ:\n%s\n%s", js(a1), js(a2))
	}
	g1, _ := lite.Graph(ctx, all)
	g2, _ := pg.Graph(ctx, all)
	if len(g1) == 0 || js(g1) != js(g2) {
		t.Errorf("graphs differ:\n%s\n%s", js(g1), js(g2))
	}
	t1, _ := lite.Timeline(ctx, all)
	t2, _ := pg.Timeline(ctx, all)
	if len(t1) == 0 || js(t1) != js(t2) {
		t.Errorf("timelines differ:\n%s\n%s", js(t1), js(t2))
	}
	checkSummaries(t, lite)
	checkSummaries(t, pg)
	// Once the pending deltas are folded in, the answers stay the same, nothing is left
	// pending and no summary row counts zero.
	if err := pg.(*postgres.Store).CompactSummaries(ctx); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, pg)
	if a, _ := pg.Actors(ctx, all); js(a) != js(a1) {
		t.Errorf("actors after compaction:\n%s\n%s", js(a1), js(a))
	}
	var left, zero int
	db := pg.(*postgres.Store).DB()
	if err := db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM agg_timeline_delta) + (SELECT count(*) FROM agg_actor_names_delta) +
		(SELECT count(*) FROM agg_actors_delta) + (SELECT count(*) FROM agg_graph_delta) + (SELECT count(*) FROM agg_edges_delta)`).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM agg_timeline WHERE events <= 0) +
		(SELECT count(*) FROM agg_actor_names WHERE as_source + as_target <= 0) + (SELECT count(*) FROM agg_actors WHERE events <= 0) +
		(SELECT count(*) FROM agg_graph WHERE n <= 0) + (SELECT count(*) FROM agg_edges WHERE events <= 0)`).Scan(&zero); err != nil {
		t.Fatal(err)
	}
	if left != 0 || zero != 0 {
		t.Errorf("after compaction: %d delta rows left, %d summary rows at zero", left, zero)
	}
}

// checkSummaries compares the unfiltered aggregates, answered from the summary tables, with
// the same aggregates computed from the events (a filter that selects every event).
func checkSummaries(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	for _, limit := range []int{1, 2, 3, store.MaxLimit} { // small limits: the top edges and actors
		all, every := store.EventFilter{Limit: limit}, store.EventFilter{Limit: limit, From: "0"}
		a1, err1 := s.Actors(ctx, all)
		a2, err2 := s.Actors(ctx, every)
		if err1 != nil || err2 != nil || js(a1) != js(a2) {
			t.Errorf("%T actors, limit %d: summary %s, events %s (%v %v)", s, limit, js(a1), js(a2), err1, err2)
		}
		g1, err1 := s.Graph(ctx, all)
		g2, err2 := s.Graph(ctx, every)
		if err1 != nil || err2 != nil || js(g1) != js(g2) {
			t.Errorf("%T graph, limit %d: summary %s, events %s (%v %v)", s, limit, js(g1), js(g2), err1, err2)
		}
	}
	all, every := store.EventFilter{Limit: store.MaxLimit}, store.EventFilter{Limit: store.MaxLimit, From: "0"}
	t1, err1 := s.Timeline(ctx, all)
	t2, err2 := s.Timeline(ctx, every)
	if err1 != nil || err2 != nil || js(t1) != js(t2) {
		t.Errorf("%T timeline: summary %s, events %s (%v %v)", s, js(t1), js(t2), err1, err2)
	}
}

func js(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
