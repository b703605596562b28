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
		var p store.EventPage
		for range 5 { p, err = st.Events(context.Background(), f) }
		if err != nil { t.Fatal(err) }
		t.Logf("%-80s %6.1fms total=%d", q, float64(time.Since(t0).Microseconds())/5000, p.Total)
	}
}
