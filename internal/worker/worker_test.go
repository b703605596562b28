package worker_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store/postgres"
	"github.com/sitrep-dev/sitrep/internal/store/postgres/pgtest"
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
	"github.com/sitrep-dev/sitrep/internal/worker"
)

// fake is a quick deterministic processor: one document per item with one event whose
// source actor is unique to the item (so no two items merge), after a delay that widens
// the window in which a worker can be killed mid-document.
type fake struct {
	delay time.Duration
	hook  func(it input.Item)
	calls atomic.Int64
}

func (f *fake) Item(it input.Item, _ pipeline.Options) ([]model.Document, error) {
	f.calls.Add(1)
	if f.hook != nil {
		f.hook(it)
	}
	time.Sleep(f.delay)
	switch {
	case strings.HasPrefix(it.Text, "fail"):
		return nil, errors.New("cannot process this")
	case strings.HasPrefix(it.Text, "panic"):
		panic("stage exploded")
	}
	d := storetest.Doc(it.URL, "Wire", "2024-05-01", it.Title, storetest.Ev{Type: "ASSAULT", Date: "2024-05-01",
		Sentence: it.Text, Source: "grp-" + it.Title})
	return []model.Document{d}, nil
}

func items(n int, prefix string) []input.Item {
	out := make([]input.Item, n)
	for i := range out {
		out[i] = input.Item{Name: fmt.Sprintf("%s%d.txt", prefix, i), Title: fmt.Sprintf("%s%d", prefix, i),
			Text: fmt.Sprintf("Fighters of group %s%d attacked a post.", prefix, i), URL: fmt.Sprintf("https://x.example/%s%d", prefix, i)}
	}
	return out
}

// TestMain doubles as the worker process of TestKilledWorker: with SITREP_WORKER_CHILD
// set, the test binary runs one worker until SIGTERM.
func TestMain(m *testing.M) {
	if id := os.Getenv("SITREP_WORKER_CHILD"); id != "" {
		os.Exit(child(id))
	}
	os.Exit(m.Run())
}

func child(id string) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	st, err := postgres.Open(ctx, os.Getenv("SITREP_WORKER_DSN"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.Close()
	_, err = worker.Run(ctx, st, &fake{delay: 150 * time.Millisecond}, worker.Options{ID: id, Lease: time.Second, Poll: 50 * time.Millisecond, Log: os.Stderr})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

func open(t *testing.T) (*postgres.Store, string) {
	t.Helper()
	dsn := pgtest.DSN(t)
	st, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, dsn
}

// Three worker processes share a queue; one is killed with SIGKILL while it holds a
// document. Every document must end up stored exactly once, with no duplicate events.
func TestKilledWorker(t *testing.T) {
	st, dsn := open(t)
	ctx := context.Background()
	const n = 30
	if added, err := worker.Enqueue(ctx, st, items(n, "k")); err != nil || added != n {
		t.Fatalf("Enqueue = %d, %v", added, err)
	}
	var procs []*exec.Cmd
	for i := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "SITREP_WORKER_CHILD=w"+strconv.Itoa(i), "SITREP_WORKER_DSN="+dsn)
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, cmd)
	}
	defer func() {
		for _, p := range procs {
			p.Process.Kill()
			p.Wait()
		}
	}()
	// Kill w0 as soon as it holds a document it has not committed.
	var victim int64
	deadline := time.Now().Add(20 * time.Second)
	for victim == 0 && time.Now().Before(deadline) {
		st.DB().QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM queue WHERE claimed_by = 'w0' AND state = 'pending'`).Scan(&victim)
		if victim == 0 {
			time.Sleep(5 * time.Millisecond)
		}
	}
	if victim == 0 {
		t.Fatal("worker w0 never claimed a document")
	}
	if err := procs[0].Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	procs[0].Wait()
	// The others finish the queue, including w0's document once its lease runs out.
	for {
		c, err := worker.QueueCounts(ctx, st, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if c.Done+c.Failed == n {
			if c.Failed != 0 {
				t.Errorf("failed rows: %+v", c)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained: %+v", c)
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, p := range procs[1:] {
		p.Process.Signal(syscall.SIGTERM)
		if err := p.Wait(); err != nil {
			t.Errorf("worker exit: %v", err)
		}
	}
	var state, by string
	var attempts int
	if err := st.DB().QueryRowContext(ctx, `SELECT state, claimed_by, attempts FROM queue WHERE id = $1`, victim).Scan(&state, &by, &attempts); err != nil {
		t.Fatal(err)
	}
	if state != "done" || by == "w0" || attempts != 2 {
		t.Errorf("killed worker's document: state %s, by %s, attempts %d; want done by another worker on attempt 2", state, by, attempts)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != n || stats.Events != n || stats.Mentions != n {
		t.Errorf("stats = %+v, want %d documents, events and mentions", stats, n)
	}
	var dupDocs int
	st.DB().QueryRowContext(ctx, `SELECT count(*) FROM (SELECT url FROM documents GROUP BY url HAVING count(*) > 1) d`).Scan(&dupDocs)
	if dupDocs != 0 {
		t.Errorf("%d URLs stored more than once", dupDocs)
	}
	var byWorker int
	st.DB().QueryRowContext(ctx, `SELECT count(DISTINCT claimed_by) FROM queue`).Scan(&byWorker)
	if byWorker < 2 {
		t.Errorf("documents done by %d workers, want the load shared", byWorker)
	}
}

func TestEnqueueIdempotent(t *testing.T) {
	st, _ := open(t)
	ctx := context.Background()
	its := items(5, "e")
	if added, err := worker.Enqueue(ctx, st, its); err != nil || added != 5 {
		t.Fatalf("Enqueue = %d, %v", added, err)
	}
	if added, err := worker.Enqueue(ctx, st, its); err != nil || added != 0 {
		t.Fatalf("re-Enqueue = %d, %v", added, err)
	}
	if _, err := worker.Run(ctx, st, &fake{}, worker.Options{Drain: true, Concurrency: 2}); err != nil {
		t.Fatal(err)
	}
	// Stored content is not queued again, even after the queue row is gone.
	st.DB().ExecContext(ctx, `DELETE FROM queue`)
	if added, _ := worker.Enqueue(ctx, st, its[:1]); added != 0 {
		t.Errorf("stored item queued again")
	}
	if ok, err := worker.Queued(ctx, st, its[1].URL); err != nil || ok {
		t.Errorf("Queued after delete = %v, %v", ok, err)
	}
}

func TestRunInProcess(t *testing.T) {
	st, _ := open(t)
	ctx := context.Background()
	its := append(items(12, "r"), input.Item{Name: "bad", Title: "bad", Text: "fail please"},
		input.Item{Name: "boom", Title: "boom", Text: "panic now"})
	worker.Enqueue(ctx, st, its)
	var done atomic.Int64
	stats, err := worker.Run(ctx, st, &fake{}, worker.Options{Drain: true, Concurrency: 4, ID: "t",
		OnDone: func(worker.Done) { done.Add(1) }})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Processed != 12 || stats.Failed != 2 || stats.Docs != 12 || stats.Events != 12 || done.Load() != 12 {
		t.Errorf("stats = %+v, done %d", stats, done.Load())
	}
	rows, err := st.DB().QueryContext(ctx, `SELECT name, error FROM queue WHERE state = 'failed' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var name, msg string
		rows.Scan(&name, &msg)
		got = append(got, name+": "+msg)
	}
	if len(got) != 2 || !strings.Contains(got[0], "cannot process") || !strings.Contains(got[1], "panic") {
		t.Errorf("failed rows = %q", got)
	}
}

// A worker whose lease was taken over must not commit: its transaction rolls back.
func TestLeaseLostRollsBack(t *testing.T) {
	st, _ := open(t)
	ctx := context.Background()
	worker.Enqueue(ctx, st, items(1, "l"))
	f := &fake{hook: func(input.Item) {
		// Another worker takes the document over while this one is busy.
		st.DB().ExecContext(ctx, `UPDATE queue SET claimed_by = 'thief', claimed_at = now()`)
	}}
	stats, err := worker.Run(ctx, st, f, worker.Options{Drain: true, ID: "slow"})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Processed != 0 {
		t.Errorf("stats = %+v", stats)
	}
	if s, _ := st.Stats(ctx); s.Documents != 0 || s.Events != 0 {
		t.Errorf("the slow worker committed: %+v", s)
	}
}

// A document whose worker vanished is claimed again after its lease; attempts run out.
func TestExpiredLeaseReclaimed(t *testing.T) {
	st, _ := open(t)
	ctx := context.Background()
	worker.Enqueue(ctx, st, items(2, "x"))
	st.DB().ExecContext(ctx, `UPDATE queue SET claimed_by = 'ghost', claimed_at = now() - interval '1 hour', attempts = 1 WHERE name = 'x0.txt'`)
	st.DB().ExecContext(ctx, `UPDATE queue SET claimed_by = 'ghost', claimed_at = now() - interval '1 hour', attempts = 3 WHERE name = 'x1.txt'`)
	stats, err := worker.Run(ctx, st, &fake{}, worker.Options{Drain: true, Lease: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Processed != 1 {
		t.Errorf("stats = %+v", stats)
	}
	c, _ := worker.QueueCounts(ctx, st, time.Minute)
	if c.Done != 1 || c.Failed != 1 {
		t.Errorf("counts = %+v: want x0 done, x1 failed (attempts used up)", c)
	}
}

func TestShutdownReleasesClaim(t *testing.T) {
	st, _ := open(t)
	worker.Enqueue(context.Background(), st, items(1, "s"))
	ctx, cancel := context.WithCancel(context.Background())
	f := &fake{delay: 300 * time.Millisecond, hook: func(input.Item) { cancel() }}
	if _, err := worker.Run(ctx, st, f, worker.Options{ID: "s"}); err != nil {
		t.Fatal(err)
	}
	var by string
	var attempts int
	st.DB().QueryRow(`SELECT claimed_by, attempts FROM queue`).Scan(&by, &attempts)
	if by != "" || attempts != 0 {
		t.Errorf("claim kept after shutdown: by %q attempts %d", by, attempts)
	}
}
