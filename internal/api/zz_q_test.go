package api

import (
	"context"
	"net/url"
	"testing"
	"time"
	"path/filepath"
	"os"
	"github.com/sitrep-dev/sitrep/internal/store"
)

func TestQueryTimes(t *testing.T) {
	n := os.Getenv("QN")
	if n == "" { t.Skip() }
	st, err := store.OpenSQLite(context.Background(), filepath.Join(os.TempDir(), "sitrep-bench-"+n+".db"))
	if err != nil { t.Fatal(err) }
	for _, q := range benchQueries {
		u, _ := url.Parse(q)
		f, err := ParseEventFilter(u.Query())
		if err != nil { t.Fatal(err) }
		t0 := time.Now()
		p, err := st.Events(context.Background(), f)
		first := time.Since(t0)
		t0 = time.Now()
		for range 5 { p, err = st.Events(context.Background(), f) }
		if err != nil { t.Fatal(err) }
		t.Logf("%-80s first %6.1fms then %6.1fms total=%d", q, float64(first.Microseconds())/1000, float64(time.Since(t0).Microseconds())/5000, p.Total)
	}
}

func TestAggTimes(t *testing.T) {
	n := os.Getenv("QN")
	if n == "" { t.Skip() }
	st, err := store.OpenSQLite(context.Background(), filepath.Join(os.TempDir(), "sitrep-bench-"+n+".db"))
	if err != nil { t.Fatal(err) }
	ctx := context.Background()
	for _, q := range []string{"", "country=LB", "from=2023-01-01&to=2023-01-31", "type=ASSAULT&country=SY&from=2024-01-01"} {
		v, _ := url.ParseQuery(q)
		f, _ := ParseEventFilter(v)
		t0 := time.Now(); a, err := st.Actors(ctx, f); t1 := time.Since(t0)
		if err != nil { t.Fatal(err) }
		t0 = time.Now(); tl, err := st.Timeline(ctx, f); t2 := time.Since(t0)
		if err != nil { t.Fatal(err) }
		t0 = time.Now(); g, err := st.Graph(ctx, f); t3 := time.Since(t0)
		if err != nil { t.Fatal(err) }
		t.Logf("%-45s actors %v (%d) timeline %v (%d) graph %v (%d)", q, t1.Round(time.Millisecond), len(a), t2.Round(time.Millisecond), len(tl), t3.Round(time.Millisecond), len(g))
	}
}
