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
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
)

// The merge rules are a copy of internal/store's: the same random stream of reports, saved
// in SQLite and in PostgreSQL, must give the same stored events, field for field.
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
	a1, _ := lite.Actors(ctx, store.EventFilter{})
	a2, _ := pg.Actors(ctx, store.EventFilter{})
	if js(a1) != js(a2) {
		t.Errorf("actors differ:\n%s\n%s", js(a1), js(a2))
	}
}

func js(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
