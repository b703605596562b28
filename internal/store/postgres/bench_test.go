package postgres_test

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/postgres"
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
)

// BenchmarkAggregates times the aggregates over SITREP_BENCH_EVENTS synthetic events
// (default 20000): unfiltered (the summary tables) and with a filter that selects every
// event (computed from the events, as before the summary tables).
func BenchmarkAggregates(b *testing.B) {
	n := 20_000
	if v, err := strconv.Atoi(os.Getenv("SITREP_BENCH_EVENTS")); err == nil && v > 0 {
		n = v
	}
	st := open(b)
	defer st.Close()
	ctx := context.Background()
	evs := storetest.Synthetic(n, 1)
	for lo := 0; lo < len(evs); lo += 2000 {
		if err := st.(*postgres.Store).ImportEvents(ctx, evs[lo:min(lo+2000, len(evs))]); err != nil {
			b.Fatal(err)
		}
	}
	for _, c := range []struct {
		name string
		f    store.EventFilter
	}{{"summary", store.EventFilter{Limit: 100}}, {"events", store.EventFilter{Limit: 100, From: "0"}}} {
		b.Run("actors/"+c.name, func(b *testing.B) {
			for range b.N {
				if _, err := st.Actors(ctx, c.f); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("graph/"+c.name, func(b *testing.B) {
			for range b.N {
				if _, err := st.Graph(ctx, c.f); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("timeline/"+c.name, func(b *testing.B) {
			for range b.N {
				if _, err := st.Timeline(ctx, c.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
