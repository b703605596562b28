package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
)

// benchQueries are filtered first and later pages, as the dashboard asks for them.
var benchQueries = []string{
	"/api/v1/events?type=ASSAULT&country=LB&limit=100",
	"/api/v1/events?from=2023-01-01&to=2023-03-31&min_confidence=0.6&limit=100",
	"/api/v1/events?country=UA&type=PROTEST&from=2022-01-01&limit=50",
	"/api/v1/events?actor=actor-17&limit=100",
	"/api/v1/events?acled_type=Battles&country=SD&min_sources=2&limit=100",
	"/api/v1/events?bbox=30,30,40,40&type=ASSAULT&limit=100",
	"/api/v1/events?limit=100",
}

// bigStore opens (building it the first time) a SQLite store of n synthetic events under the
// temporary directory; building 1M events takes a few minutes.
func bigStore(b *testing.B, n int) *store.SQLite {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("sitrep-bench-%d.db", n))
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	const batch = 20000
	start := time.Now()
	for have := stats.Events; have < n; have += batch {
		k := min(batch, n-have)
		if err := st.ImportEvents(ctx, storetest.Synthetic(k, uint64(have))); err != nil {
			b.Fatal(err)
		}
	}
	if stats.Events < n {
		st.DB().ExecContext(ctx, "ANALYZE")
		b.Logf("built %s with %d events in %v", path, n, time.Since(start).Round(time.Second))
	}
	return st
}

func benchLatency(b *testing.B, st store.Store) {
	srv := httptest.NewServer(New(st, nil, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	defer srv.Close()
	// Follow one cursor so that later pages are measured too.
	queries := append([]string(nil), benchQueries...)
	for _, q := range benchQueries[:2] {
		var p store.EventPage
		resp, err := http.Get(srv.URL + q)
		if err != nil {
			b.Fatal(err)
		}
		decodeJSON(b, resp, &p)
		if p.Next != "" {
			queries = append(queries, q+"&cursor="+p.Next)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		resp, err := http.Get(srv.URL + queries[i%len(queries)])
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			b.Fatalf("%s: %d", queries[i%len(queries)], resp.StatusCode)
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(pct(1), "max-ms")
}

func decodeJSON(b *testing.B, resp *http.Response, v any) {
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(data, v); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkEvents10k measures filtered pages over 10,000 events (always available).
func BenchmarkEvents10k(b *testing.B) {
	benchLatency(b, bigStore(b, 10_000))
}

// BenchmarkEvents1M measures filtered pages over 1,000,000 events; set SITREP_BIG=1.
func BenchmarkEvents1M(b *testing.B) {
	if os.Getenv("SITREP_BIG") == "" {
		b.Skip("set SITREP_BIG=1 to build and query a 1M-event store")
	}
	benchLatency(b, bigStore(b, 1_000_000))
}

// aggQueries are the dashboard's aggregate views, unfiltered and filtered.
var aggQueries = []string{
	"/api/v1/actors?limit=100",
	"/api/v1/graph?limit=200",
	"/api/v1/timeline",
	"/api/v1/actors?country=LB&limit=50",
	"/api/v1/timeline?type=ASSAULT&from=2023-01-01",
}

// BenchmarkAggregates1M times each aggregate query once per iteration over 1,000,000 events
// (set SITREP_BIG=1); the metric per query is its median latency in ms.
func BenchmarkAggregates1M(b *testing.B) {
	if os.Getenv("SITREP_BIG") == "" {
		b.Skip("set SITREP_BIG=1 to build and query a 1M-event store")
	}
	benchAggregates(b, bigStore(b, 1_000_000))
}

// BenchmarkAggregates10k is BenchmarkAggregates1M over 10,000 events.
func BenchmarkAggregates10k(b *testing.B) { benchAggregates(b, bigStore(b, 10_000)) }

func benchAggregates(b *testing.B, st store.Store) {
	srv := httptest.NewServer(New(st, nil, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), RequestTimeout: 5 * time.Minute}))
	defer srv.Close()
	lat := make([][]time.Duration, len(aggQueries))
	b.ResetTimer()
	for range b.N {
		for qi, q := range aggQueries {
			t0 := time.Now()
			resp, err := http.Get(srv.URL + q)
			if err != nil {
				b.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				b.Fatalf("%s: %d", q, resp.StatusCode)
			}
			lat[qi] = append(lat[qi], time.Since(t0))
		}
	}
	b.StopTimer()
	names := []string{"actors", "graph", "timeline", "actors-LB", "timeline-ASSAULT"}
	for qi, l := range lat {
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
		b.ReportMetric(float64(l[len(l)/2].Microseconds())/1000, names[qi]+"-ms")
	}
}
