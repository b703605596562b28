// Package postgres is the PostgreSQL implementation of store.Store (through pgx's
// database/sql driver), for deployments where many `sitrep worker` processes on several
// machines share one database. It keeps the schema of internal/store's SQLite store
// (translated in migrations.go), runs internal/store's shared writer and queries through a
// small dialect (writer.go), and passes the same conformance suite (storetest).
//
// The summary tables of the unfiltered aggregates are changed by ON CONFLICT increments
// that the writer applies at the very end of each transaction, in key order: their row locks
// are held only for the commit, and equal key order means no two saves deadlock on them.
//
// Saves from all processes coordinate through transaction-scoped advisory locks: merging an
// event reads the candidate events and then writes, and two reports of one event saved at
// once must not both create it. Each save locks the buckets its events can merge with
// (PLOVER type and day, the day either side too) together with its document ids and URLs,
// so saves of unrelated events run in parallel while two reports that could be one event
// run in turn; a correction, which may touch any stored event, runs alone. The merge rules are internal/store's (MergeScore,
// Reconcile), so both backends merge alike.
//
// The package also holds the work queue that workers claim documents from (queue.go) and
// the feed poller's state (feeds.go).
package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/store"
)

// Store is the PostgreSQL store.
type Store struct {
	*store.Reader // the queries, shared with SQLite (internal/store/reader.go)
	db            *sql.DB
	// SerialSaves makes every Save take the save lock exclusively (one writer at a time,
	// as before bucket locks; for comparison in benchmarks).
	SerialSaves bool
	// Now is the clock (tests set it); nil means time.Now.
	Now func() time.Time
	// cache holds decoded stored events for merging (keyed on their version, which a
	// sequence makes unique across processes).
	cache store.MergeCache
	saves atomic.Int64 // saves committed, for compaction (summary.go)
}

var _ store.Store = (*Store)(nil)

// saveLock is the advisory lock every Save takes: shared by ordinary saves, which also lock
// the keys of what they touch (see lockKeys), and exclusive for corrections and imports,
// which may touch any stored event.
const saveLock = 0x5174_7265_7002

// errNeedExclusive aborts a shared-mode save that found it is a correction.
var errNeedExclusive = errors.New("correction: needs the exclusive save lock")

// IsDSN reports whether dsn names a PostgreSQL database (postgres:// or postgresql://).
func IsDSN(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open connects to the PostgreSQL database at dsn (a postgres:// URL or key=value string)
// and migrates it.
func Open(ctx context.Context, dsn string) (*Store, error) {
	db, err := sql.Open(DriverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", Redact(dsn), err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(8)
	db.SetConnMaxIdleTime(5 * time.Minute)
	pctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to %s: %w", Redact(dsn), err)
	}
	s := &Store{db: db}
	s.Reader = newReader(db)
	if err := s.Migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", Redact(dsn), err)
	}
	return s, nil
}

// Redact hides the password of a postgres:// URL for messages.
func Redact(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		rest := dsn[i+3:]
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			if c := strings.Index(rest[:at], ":"); c >= 0 {
				return dsn[:i+3] + rest[:c] + ":xxx" + rest[at:]
			}
		}
	}
	return dsn
}

// Migrate brings the schema up to date.
func (s *Store) Migrate(ctx context.Context) error { return migrate(ctx, s.db) }

// Close closes the connection pool.
func (s *Store) Close() error {
	// Fold in the summary deltas this process left (it compacts only every compactEvery saves),
	// so a short-lived ingest does not leave them for every later read to add up. A failure
	// loses nothing: the deltas stay, and reads stay exact.
	if s.saves.Load()%compactEvery != 0 {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		s.CompactSummaries(ctx)
		cancel()
	}
	return s.db.Close()
}

// DB exposes the connection pool (for the worker queue, benchmarks and maintenance).
func (s *Store) DB() *sql.DB { return s.db }

func (s *Store) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

func (s *Store) p(ctx context.Context) pq { return pq{s.db, ctx} }

// Save stores one input's documents in one transaction.
func (s *Store) Save(ctx context.Context, in store.Input) (store.SaveResult, error) {
	return s.SaveWith(ctx, in, nil)
}

// SaveWith is Save with more work in the same transaction: after the documents are written
// and before the commit, also(tx, result) runs (the worker marks its queue row done there);
// an error from it rolls everything back and is returned as it is.
func (s *Store) SaveWith(ctx context.Context, in store.Input, also func(tx *sql.Tx, res store.SaveResult) error) (store.SaveResult, error) {
	var res store.SaveResult
	_, err := s.saveAll(ctx, []store.Input{in}, func(tx *sql.Tx, out []store.SaveResult) error {
		res = out[0]
		if also != nil {
			return also(tx, res)
		}
		return nil
	})
	return res, err
}

// SaveAll stores several inputs in one transaction (group commit): all or none.
func (s *Store) SaveAll(ctx context.Context, ins []store.Input) ([]store.SaveResult, error) {
	return s.saveAll(ctx, ins, nil)
}

var _ store.BatchSaver = (*Store)(nil)

func (s *Store) saveAll(ctx context.Context, ins []store.Input, also func(*sql.Tx, []store.SaveResult) error) ([]store.SaveResult, error) {
	out, err := s.saveAllOnce(ctx, ins, also, s.SerialSaves)
	if errors.Is(err, errNeedExclusive) {
		out, err = s.saveAllOnce(ctx, ins, also, true)
	}
	if err == nil {
		s.afterSave(ctx)
	}
	return out, err
}

// lockKeys are the advisory lock keys of what saving ins can touch besides corrections:
// its input hash, document ids and URLs, and for each event the (type, day) buckets it can
// merge with (the day before, the day, the day after; first-seen days for undated events).
// Two saves that could merge into one stored event share a bucket and so run in turn.
func lockKeys(ins []store.Input, now time.Time) []int64 {
	set := map[int64]bool{}
	add := func(parts ...string) {
		h := fnv.New64a()
		for _, p := range parts {
			h.Write([]byte(p))
			h.Write([]byte{0})
		}
		set[int64(h.Sum64())] = true
	}
	for _, in := range ins {
		seenAt := in.SeenAt
		if _, ok := store.DayNumber(seenAt); !ok {
			seenAt = now.Format(time.DateOnly)
		}
		if in.Hash != "" {
			add("hash", in.Hash)
		}
		if in.URL != "" {
			add("url", in.URL)
		}
		for i := range in.Docs {
			d := &in.Docs[i]
			add("doc", d.ID)
			if d.URL != "" {
				add("url", d.URL)
			}
			seen := d.Published
			if _, ok := store.DayNumber(seen); !ok {
				seen = seenAt
			}
			for j := range d.Events {
				ev := &d.Events[j]
				kind, day := "day", 0
				if n, ok := store.DayNumber(ev.Date.Value); ok {
					day = n
				} else {
					kind = "seen"
					day, _ = store.DayNumber(seen)
				}
				for k := day - 1; k <= day+1; k++ {
					add("event", ev.Type, kind, strconv.Itoa(k))
				}
			}
		}
	}
	keys := make([]int64, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (s *Store) saveAllOnce(ctx context.Context, ins []store.Input, also func(*sql.Tx, []store.SaveResult) error, exclusive bool) (out []store.SaveResult, err error) {
	name := ""
	if len(ins) > 0 {
		name = ins[0].Name
	}
	now := s.now()
	err = store.WriteTx(ctx, s.db, dialect, &s.cache, now, name, func(tx *sql.Tx, b *store.WriteBatch) error {
		var err error
		if exclusive {
			_, err = tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(saveLock))
		} else {
			// A correction touches events outside the locked buckets: it aborts to be
			// retried under the exclusive lock.
			b.Correction = errNeedExclusive
			_, err = tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock_shared($1)`, int64(saveLock))
			if err == nil {
				// One round trip; unnest yields the sorted keys in order, so every transaction
				// takes its keys in the same order and none can deadlock another.
				_, err = tx.ExecContext(ctx, `SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::int8[]) AS k`, lockKeys(ins, now))
			}
		}
		if err != nil {
			return fmt.Errorf("saving %s: %w", name, err)
		}
		if out, err = b.SaveAll(ins); err != nil {
			return err
		}
		if also != nil {
			return also(tx, out)
		}
		return nil
	})
	return out, err
}

// ImportEvents inserts stored events as they are, without merging or documents (for
// restoring exports and for generating large synthetic stores); ids already stored are
// skipped. All of evs go in one transaction, under the exclusive save lock.
func (s *Store) ImportEvents(ctx context.Context, evs []store.Event) error {
	defer s.CompactSummaries(ctx)
	return store.WriteTx(ctx, s.db, dialect, &s.cache, s.now(), "events", func(tx *sql.Tx, b *store.WriteBatch) error {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(saveLock)); err != nil {
			return err
		}
		return b.ImportAll(evs)
	})
}

func dialect(tx *sql.Tx) store.Dialect { return pgDialect{pgQ{tx}} }

// ---- queries ----

// TSQuery turns free text into a safe tsquery: every word (letters and digits) quoted as a
// lexeme, all required; "" when the text has no word. It mirrors store.FTSQuery.
func TSQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 32 {
		words = words[:32]
	}
	for i, w := range words {
		words[i] = "'" + strings.ToLower(w) + "'"
	}
	return strings.Join(words, " & ")
}
