// Package worker runs `sitrep worker`: any number of processes, on any number of machines,
// take raw documents from a queue table in PostgreSQL, run them through the pipeline and
// commit the results.
//
// A worker claims one pending row at a time with SELECT ... FOR UPDATE SKIP LOCKED, so
// workers never wait on each other's claims, and stamps it with its id and the time: a
// lease, renewed while the document is processed. It then saves the documents and marks the
// row done in one transaction, which commits only if the row is still its own. A worker that
// dies mid-document leaves a pending row whose lease runs out; another worker claims it
// again. A document whose lease was taken over is rolled back by the slower worker, and the
// store's content-hash and document-id checks make a second save a no-op, so no document
// becomes two sets of events. Rows that fail MaxAttempts times are marked failed with
// their error.
package worker

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sitrep-dev/sitrep/internal/ingest"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/postgres"
)

// Defaults of Options.
const (
	DefaultLease       = 2 * time.Minute
	DefaultPoll        = 500 * time.Millisecond
	DefaultMaxAttempts = 3
)

// Options configure a worker; the zero value means the defaults.
type Options struct {
	// ID names this worker in the queue (default host:pid); goroutines add "/N".
	ID string
	// Concurrency is the number of documents processed at once (default 1).
	Concurrency int
	// Lease is how long a claim holds without renewal before another worker may take the
	// document; claims are renewed every Lease/3 while processing.
	Lease time.Duration
	// Poll is the wait between looks at an empty queue.
	Poll time.Duration
	// MaxAttempts is how many claims a document gets before it is marked failed.
	MaxAttempts int
	// Drain stops the worker once the queue has no claimable document left (for batch
	// runs, tests and benchmarks); otherwise it runs until ctx is cancelled.
	Drain bool
	// Pipeline overrides (publication date, outlet name).
	Pipeline pipeline.Options
	// Log receives one line per failure and per Every documents ("" writer: none).
	Log io.Writer
	// OnDone is called after each committed document (tests, progress); may be nil.
	OnDone func(Done)
}

// Done describes one committed document.
type Done struct {
	QueueID  int64
	Name     string
	Worker   string
	Result   store.SaveResult
	Attempts int
}

// Stats count what a Run did.
type Stats struct {
	Processed int64 // queue rows committed
	Failed    int64 // queue rows given up on
	Retried   int64 // failures that left the row for another attempt
	Docs      int64 // documents stored (new)
	Events    int64 // events saved (new + merged)
	Elapsed   time.Duration
	// PipelineTime and SaveTime sum the time spent processing and committing documents
	// over all goroutines (where the time goes; they exceed Elapsed with Concurrency > 1).
	PipelineTime, SaveTime time.Duration
}

// ErrLeaseLost is returned internally when another worker took a document over.
var ErrLeaseLost = errors.New("lease lost: another worker took the document")

func (o *Options) defaults() {
	if o.ID == "" {
		host, _ := os.Hostname()
		o.ID = host + ":" + strconv.Itoa(os.Getpid())
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 1
	}
	if o.Lease <= 0 {
		o.Lease = DefaultLease
	}
	if o.Poll <= 0 {
		o.Poll = DefaultPoll
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = DefaultMaxAttempts
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// Enqueue puts raw items in the queue; it returns how many were added (items whose content
// is already queued or stored are skipped).
func Enqueue(ctx context.Context, st *postgres.Store, items []input.Item) (int, error) {
	added := 0
	for i := range items {
		ok, err := EnqueueItem(ctx, st, items[i])
		if err != nil {
			return added, err
		}
		if ok {
			added++
		}
	}
	return added, nil
}

// EnqueueItem puts one raw item in the queue; false when its content hash is already queued
// or stored.
func EnqueueItem(ctx context.Context, st *postgres.Store, it input.Item) (bool, error) {
	b, err := json.Marshal(&it)
	if err != nil {
		return false, err
	}
	h := ingest.Hash(&it)
	r, err := st.DB().ExecContext(ctx, `INSERT INTO queue (hash, name, url, item)
		SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM inputs WHERE hash = $1)
		ON CONFLICT (hash) DO NOTHING`, h, pgSafe(input.DisplayName(it.Name)), pgSafe(it.URL), b)
	if err != nil {
		return false, fmt.Errorf("enqueueing %s: %w", input.DisplayName(it.Name), err)
	}
	n, _ := r.RowsAffected()
	return n > 0, nil
}

// Queued reports whether an input from url is queued (pending or done).
func Queued(ctx context.Context, st *postgres.Store, url string) (bool, error) {
	var n int
	err := st.DB().QueryRowContext(ctx, `SELECT count(*) FROM queue WHERE url = $1`, pgSafe(url)).Scan(&n)
	return n > 0, err
}

// Counts are the queue rows per state.
type Counts struct {
	Pending, Claimed, Done, Failed int
}

// QueueCounts counts the queue rows per state (Claimed: pending rows under a live lease).
func QueueCounts(ctx context.Context, st *postgres.Store, lease time.Duration) (Counts, error) {
	if lease <= 0 {
		lease = DefaultLease
	}
	var c Counts
	err := st.DB().QueryRowContext(ctx, `SELECT
		count(*) FILTER (WHERE state = 'pending'),
		count(*) FILTER (WHERE state = 'pending' AND claimed_at > now() - make_interval(secs => $1)),
		count(*) FILTER (WHERE state = 'done'),
		count(*) FILTER (WHERE state = 'failed') FROM queue`, lease.Seconds()).Scan(&c.Pending, &c.Claimed, &c.Done, &c.Failed)
	return c, err
}

// Run processes queued documents with p until ctx is cancelled (or, with Drain, until the
// queue is empty).
func Run(ctx context.Context, st *postgres.Store, p ingest.Processor, opt Options) (Stats, error) {
	opt.defaults()
	start := time.Now()
	var stats Stats
	var wg sync.WaitGroup
	errc := make(chan error, opt.Concurrency)
	for i := range opt.Concurrency {
		w := &runner{st: st, p: p, opt: &opt, stats: &stats, id: opt.ID}
		if opt.Concurrency > 1 {
			w.id = opt.ID + "/" + strconv.Itoa(i+1)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.loop(ctx); err != nil {
				errc <- err
			}
		}()
	}
	wg.Wait()
	close(errc)
	stats.Elapsed = time.Since(start)
	for err := range errc {
		return stats, err
	}
	if ctx.Err() != nil && !opt.Drain {
		return stats, nil
	}
	return stats, ctx.Err()
}

type runner struct {
	st    *postgres.Store
	p     ingest.Processor
	opt   *Options
	stats *Stats
	id    string
}

type claim struct {
	id       int64
	name     string
	item     []byte
	attempts int
}

func (w *runner) loop(ctx context.Context) error {
	dbErrors := 0
	for ctx.Err() == nil {
		c, err := w.claim(ctx)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			dbErrors++
			fmt.Fprintf(w.opt.Log, "worker %s: claiming: %v\n", w.id, err)
			if dbErrors > 30 {
				return fmt.Errorf("worker %s: giving up after %d database errors: %w", w.id, dbErrors, err)
			}
			sleep(ctx, time.Duration(min(dbErrors, 10))*time.Second)
			continue
		}
		dbErrors = 0
		if c == nil {
			if w.opt.Drain {
				return nil
			}
			sleep(ctx, w.opt.Poll)
			continue
		}
		w.process(ctx, c)
	}
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// claim takes the oldest claimable row, or returns nil when there is none. Rows whose
// attempts are used up by workers that died are marked failed first.
func (w *runner) claim(ctx context.Context) (*claim, error) {
	db := w.st.DB()
	lease := w.opt.Lease.Seconds()
	if _, err := db.ExecContext(ctx, `UPDATE queue SET state = 'failed',
		error = CASE WHEN error = '' THEN 'gave up after ' || attempts || ' attempts (worker lost)' ELSE error END
		WHERE state = 'pending' AND attempts >= $1 AND claimed_at < now() - make_interval(secs => $2)`,
		w.opt.MaxAttempts, lease); err != nil {
		return nil, err
	}
	c := &claim{}
	err := db.QueryRowContext(ctx, `UPDATE queue SET claimed_by = $1, claimed_at = now(), attempts = attempts + 1
		WHERE id = (SELECT id FROM queue
			WHERE state = 'pending' AND attempts < $3 AND (claimed_at IS NULL OR claimed_at < now() - make_interval(secs => $2))
			ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
		RETURNING id, name, item, attempts`, w.id, lease, w.opt.MaxAttempts).Scan(&c.id, &c.name, &c.item, &c.attempts)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// process runs one claimed document and commits it, renewing the lease meanwhile.
func (w *runner) process(ctx context.Context, c *claim) {
	hctx, stop := context.WithCancel(ctx)
	var lost atomic.Bool
	var hb sync.WaitGroup
	hb.Add(1)
	go func() {
		defer hb.Done()
		t := time.NewTicker(w.opt.Lease / 3)
		defer t.Stop()
		for {
			select {
			case <-hctx.Done():
				return
			case <-t.C:
				r, err := w.st.DB().ExecContext(hctx, `UPDATE queue SET claimed_at = now()
					WHERE id = $1 AND claimed_by = $2 AND state = 'pending'`, c.id, w.id)
				if err == nil {
					if n, _ := r.RowsAffected(); n == 0 {
						lost.Store(true)
					}
				}
			}
		}
	}()
	res, err := w.run(ctx, c)
	stop()
	hb.Wait()
	switch {
	case err == nil:
		atomic.AddInt64(&w.stats.Processed, 1)
		atomic.AddInt64(&w.stats.Docs, int64(res.NewDocs()))
		atomic.AddInt64(&w.stats.Events, int64(res.NewEvents+res.Merged))
		if w.opt.OnDone != nil {
			w.opt.OnDone(Done{QueueID: c.id, Name: c.name, Worker: w.id, Result: res, Attempts: c.attempts})
		}
	case errors.Is(err, ErrLeaseLost) || lost.Load():
		fmt.Fprintf(w.opt.Log, "worker %s: %s: %v\n", w.id, c.name, ErrLeaseLost)
	case ctx.Err() != nil:
		// Shutting down: give the document back at once rather than after the lease.
		w.st.DB().ExecContext(context.WithoutCancel(ctx), `UPDATE queue SET claimed_at = NULL, claimed_by = '',
			attempts = greatest(attempts - 1, 0) WHERE id = $1 AND claimed_by = $2 AND state = 'pending'`, c.id, w.id)
	default:
		w.fail(ctx, c, err)
	}
}

func (w *runner) run(ctx context.Context, c *claim) (store.SaveResult, error) {
	var it input.Item
	if err := json.Unmarshal(c.item, &it); err != nil {
		return store.SaveResult{}, permanent{fmt.Errorf("decoding queued item: %w", err)}
	}
	t0 := time.Now()
	in, err := prepare(w.p, it, w.opt.Pipeline)
	atomic.AddInt64((*int64)(&w.stats.PipelineTime), int64(time.Since(t0)))
	if err != nil {
		return store.SaveResult{}, permanent{err}
	}
	if ctx.Err() != nil {
		return store.SaveResult{}, ctx.Err()
	}
	t1 := time.Now()
	defer func() { atomic.AddInt64((*int64)(&w.stats.SaveTime), int64(time.Since(t1))) }()
	return w.st.SaveWith(ctx, in, func(tx *sql.Tx, res store.SaveResult) error {
		r, err := tx.ExecContext(ctx, `UPDATE queue SET state = 'done', done_at = now(), error = '', docs = $3, events = $4
			WHERE id = $1 AND claimed_by = $2 AND state = 'pending'`, c.id, w.id, res.NewDocs(), res.NewEvents+res.Merged)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return ErrLeaseLost
		}
		// The results and the queue row commit together, so a commit lost in a server crash
		// loses both and the document is simply claimed again: no need to wait for the flush.
		_, err = tx.ExecContext(ctx, `SET LOCAL synchronous_commit = off`)
		return err
	})
}

// prepare runs the pipeline, turning a panic in a stage into an error: one bad document
// must not take the worker down with the documents of its other goroutines.
func prepare(p ingest.Processor, it input.Item, opt pipeline.Options) (in store.Input, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pipeline panic: %v", r)
		}
	}()
	return ingest.Prepare(p, it, opt)
}

// permanent marks an error that another attempt cannot fix.
type permanent struct{ error }

func (p permanent) Unwrap() error { return p.error }

func (w *runner) fail(ctx context.Context, c *claim, err error) {
	var perm permanent
	final := errors.As(err, &perm) || c.attempts >= w.opt.MaxAttempts
	msg := pgSafe(err.Error())
	if len(msg) > 2000 {
		msg = msg[:2000]
	}
	var q string
	if final {
		atomic.AddInt64(&w.stats.Failed, 1)
		q = `UPDATE queue SET state = 'failed', error = $3, done_at = now() WHERE id = $1 AND claimed_by = $2 AND state = 'pending'`
	} else {
		atomic.AddInt64(&w.stats.Retried, 1)
		q = `UPDATE queue SET claimed_at = NULL, claimed_by = '', error = $3 WHERE id = $1 AND claimed_by = $2 AND state = 'pending'`
	}
	fmt.Fprintf(w.opt.Log, "worker %s: %s (attempt %d): %v\n", w.id, c.name, c.attempts, err)
	if _, err := w.st.DB().ExecContext(context.WithoutCancel(ctx), q, c.id, w.id, msg); err != nil {
		fmt.Fprintf(w.opt.Log, "worker %s: recording failure of %s: %v\n", w.id, c.name, err)
	}
}

// pgSafe drops what a PostgreSQL text value cannot hold (NUL bytes, invalid UTF-8).
func pgSafe(s string) string {
	b := []byte(s)
	out := b[:0]
	for _, c := range b {
		if c != 0 {
			out = append(out, c)
		}
	}
	return string([]rune(string(out)))
}
