package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/store/postgres"
	"github.com/sitrep-dev/sitrep/internal/store/postgres/pgtest"
)

func TestWorkerNeedsPostgres(t *testing.T) {
	for _, cmd := range []string{"worker", "enqueue"} {
		args := []string{cmd, "--db", filepath.Join(t.TempDir(), "s.db")}
		if cmd == "enqueue" {
			args = append(args, "x")
		}
		_, e, code := runFeedsCLI(t, args...)
		if code != 2 || !strings.Contains(e, "PostgreSQL") {
			t.Errorf("%s on SQLite: %d %q", cmd, code, e)
		}
	}
}

// enqueue, then two workers drain the queue; enqueueing the same files again adds nothing.
func TestEnqueueAndWorker(t *testing.T) {
	dsn := pgtest.DSN(t)
	dir := writeCorpus(t, 2, 3)
	out, e, code := runFeedsCLI(t, "enqueue", "--db", dsn, dir)
	if code != 0 || !strings.HasPrefix(out, "6 queued") {
		t.Fatalf("enqueue: %d %q %q", code, out, e)
	}
	if out, _, _ := runFeedsCLI(t, "enqueue", "--db", dsn, dir); !strings.HasPrefix(out, "0 queued, 6 already") {
		t.Errorf("re-enqueue: %q", out)
	}
	_, e, code = runFeedsCLI(t, "worker", "--db", dsn, "--drain", "--concurrency", "2", "--quiet")
	if code != 0 || !strings.Contains(e, "6 processed, 0 failed") {
		t.Fatalf("worker: %d %q", code, e)
	}
	st, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, _ := st.Stats(context.Background())
	if s.Documents != 6 || s.Events == 0 {
		t.Errorf("stats = %+v", s)
	}
	if out, _, _ := runFeedsCLI(t, "enqueue", "--db", dsn, dir); !strings.HasPrefix(out, "0 queued") {
		t.Errorf("enqueue of stored files: %q", out)
	}
}
