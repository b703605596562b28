package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Bulk loading (SQLite). A large ingest spends most of the writer's time keeping indexes that
// only the API reads up to date, row by row. Between BeginBulk and EndBulk the store drops
// those indexes (bulkIndexes) and writes no full-text or R-tree rows for the rows it adds;
// EndBulk builds all of that once, in one transaction (an index build sorts once, far cheaper
// than a B-tree insert per row). The summary tables are still maintained on write: rebuilding
// them costs as much as maintaining them on a fresh store and grows with the whole store. What the writer itself
// reads while merging (event ids, events_merge_day/seen, mentions by event and document,
// documents by id and URL, inputs) is kept throughout, so saving works exactly as outside a
// bulk load and the stored rows are the same.
//
// The state lives in the meta row "bulk": the largest rowid of documents, mentions and events
// when the load began (rows above them have no full-text or R-tree entries yet; rows at or
// below, including rowids reused after a deletion, are maintained as usual) and the SQL of the
// dropped indexes. Every write transaction reads it, so any writer (another process too)
// behaves the same while it is set. Processes taking part in a bulk load hold a shared lock
// on the file "<store>-bulk"; EndBulk rebuilds when its caller is the last one, and Open
// rebuilds when it finds the row with nobody holding the lock (a loader that was killed).
// During a bulk load, queries from other processes stay correct except that full-text
// search and bounding-box filters miss the new rows; filtered queries are slower.

// Bulker is implemented by stores with a bulk-load mode.
type Bulker interface {
	// BeginBulk enters bulk mode (see bulk.go); calls nest.
	BeginBulk(ctx context.Context) error
	// EndBulk leaves it, rebuilding what was deferred unless another process is still
	// loading (that one rebuilds when it ends).
	EndBulk(ctx context.Context) error
	// IndexDeferred writes the full-text and position entries of the rows saved so far in
	// the bulk load, so that EndBulk has less to do: a loader calls it when it would
	// otherwise wait for work. It does nothing outside a bulk load.
	IndexDeferred(ctx context.Context) error
}

var _ Bulker = (*SQLite)(nil)

// bulkIndexes are the indexes only queries read: dropped during a bulk load.
var bulkIndexes = []string{"events_sort", "events_type", "events_country", "events_country_type", "events_acled",
	"events_acled_sub", "event_actors_actor", "event_actors_name", "mentions_extracted", "documents_source"}

// bulkState is the value of the meta row "bulk".
type bulkState struct {
	Docs     int64       `json:"docs"`
	Mentions int64       `json:"mentions"`
	Events   int64       `json:"events"`
	Indexes  []bulkIndex `json:"indexes"`
}

type bulkIndex struct {
	Name string `json:"name"`
	SQL  string `json:"sql"`
}

// readBulk returns the bulk state, nil outside a bulk load.
func readBulk(ctx context.Context, q Querier) (*bulkState, error) {
	var v string
	err := q.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'bulk'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading bulk state: %w", err)
	}
	st := &bulkState{}
	if err := json.Unmarshal([]byte(v), st); err != nil {
		return nil, fmt.Errorf("reading bulk state: %w", err)
	}
	return st, nil
}

// InBulk reports whether a bulk load is under way (or was interrupted and not yet rebuilt).
func (s *SQLite) InBulk(ctx context.Context) (bool, error) {
	st, err := readBulk(ctx, s.db)
	return st != nil, err
}

// BeginBulk enters bulk mode: it drops the query-only indexes and records where the rows not
// yet indexed begin. Calls nest; each needs its EndBulk.
func (s *SQLite) BeginBulk(ctx context.Context) error {
	s.bmu.Lock()
	defer s.bmu.Unlock()
	if s.bulkDepth > 0 {
		s.bulkDepth++
		return nil
	}
	lk, err := lockBulk(s.path)
	if err != nil {
		return fmt.Errorf("bulk lock: %w", err)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	defer s.forgetTotals()
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		st, err := readBulk(ctx, tx)
		if err != nil || st != nil {
			return err // another process is loading: join it
		}
		st = &bulkState{}
		for _, q := range []struct {
			table string
			n     *int64
		}{{"documents", &st.Docs}, {"mentions", &st.Mentions}, {"events", &st.Events}} {
			if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM `+q.table).Scan(q.n); err != nil {
				return err
			}
		}
		rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name IN (`+
			Placeholders(len(bulkIndexes))+`) ORDER BY name`, anys(bulkIndexes)...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var ix bulkIndex
			if err := rows.Scan(&ix.Name, &ix.SQL); err != nil {
				rows.Close()
				return err
			}
			st.Indexes = append(st.Indexes, ix)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, ix := range st.Indexes {
			if _, err := tx.ExecContext(ctx, `DROP INDEX `+ix.Name); err != nil {
				return err
			}
		}
		v, err := json.Marshal(st)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('bulk', ?)`, string(v))
		return err
	})
	if err != nil {
		lk.release()
		return fmt.Errorf("starting bulk load: %w", err)
	}
	s.bulkLock, s.bulkDepth = lk, 1
	return nil
}

// EndBulk leaves bulk mode: unless another process still takes part in the load, it builds
// the dropped indexes and the full-text and R-tree rows of the rows added since BeginBulk, in
// one transaction.
func (s *SQLite) EndBulk(ctx context.Context) error {
	s.bmu.Lock()
	defer s.bmu.Unlock()
	if s.bulkDepth == 0 {
		return nil
	}
	if s.bulkDepth--; s.bulkDepth > 0 {
		return nil
	}
	lk := s.bulkLock
	s.bulkLock = nil
	defer lk.release()
	last, err := lk.upgrade()
	if err != nil {
		return fmt.Errorf("bulk lock: %w", err)
	}
	if !last {
		return nil
	}
	return s.finishBulk(ctx)
}

// recoverBulk rebuilds after a bulk load whose processes all died (Open calls it).
func (s *SQLite) recoverBulk(ctx context.Context) error {
	st, err := readBulk(ctx, s.db)
	if err != nil || st == nil {
		return err
	}
	lk, ok, err := tryLockBulk(s.path)
	if err != nil || !ok {
		return err // a live process is loading: it rebuilds when it ends
	}
	defer lk.release()
	return s.finishBulk(ctx)
}

// finishBulk does the deferred work of a bulk load, if the state row is still there.
func (s *SQLite) finishBulk(ctx context.Context) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	defer s.forgetTotals()
	err := s.withTempFiles(ctx, func() error {
		return s.inTx(ctx, func(tx *sql.Tx) error {
			return finishBulkTx(ctx, tx)
		})
	})
	if err != nil {
		return fmt.Errorf("finishing bulk load: %w", err)
	}
	return nil
}

// withTempFiles runs fn with the writer connection's temporary storage on disk (it keeps
// it in memory for statement journals, writeConn): the index builds of finishBulk sort more
// than memory should hold.
func (s *SQLite) withTempFiles(ctx context.Context, fn func() error) error {
	conn, err := s.writeConn(ctx)
	if err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, `PRAGMA temp_store = DEFAULT`); err != nil {
		return err
	}
	err = fn()
	if s.wconn == conn { // fn may have dropped a broken connection
		if _, e := conn.ExecContext(ctx, `PRAGMA temp_store = MEMORY`); e != nil && err == nil {
			err = e
		}
	}
	return err
}

// finishBulkTx builds the dropped indexes and the deferred entries and ends the bulk state.
func finishBulkTx(ctx context.Context, tx *sql.Tx) error {
	st, err := readBulk(ctx, tx)
	if err != nil || st == nil {
		return err
	}
	for _, ix := range st.Indexes {
		q := ix.SQL
		if rest, ok := strings.CutPrefix(q, "CREATE INDEX "); ok {
			q = "CREATE INDEX IF NOT EXISTS " + rest
		}
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("index %s: %w", ix.Name, err)
		}
	}
	if err := indexDeferred(ctx, tx, st); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM meta WHERE key = 'bulk'`)
	return err
}

// IndexDeferred writes the full-text and R-tree entries of the rows saved so far in a bulk
// load and moves the state's starts past them (rows at or below a start are maintained on
// write).
func (s *SQLite) IndexDeferred(ctx context.Context) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	defer s.forgetTotals()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		st, err := readBulk(ctx, tx)
		if err != nil || st == nil {
			return err
		}
		if err := indexDeferred(ctx, tx, st); err != nil {
			return err
		}
		v, err := json.Marshal(st)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE meta SET value = ? WHERE key = 'bulk'`, string(v))
		return err
	})
	if err != nil {
		return fmt.Errorf("bulk load: indexing: %w", err)
	}
	return nil
}

// indexDeferred writes the full-text and R-tree entries of the rows above st's starts and
// sets the starts to the largest rowids now stored.
func indexDeferred(ctx context.Context, tx *sql.Tx, st *bulkState) error {
	for _, q := range []struct {
		table, sql string
		from       *int64
	}{
		{"documents", `INSERT INTO documents_fts (rowid, title, text) SELECT rowid, title, text FROM documents
			WHERE rowid > ? AND rowid <= ?`, &st.Docs},
		{"mentions", `INSERT INTO mention_fts (rowid, text) SELECT m.rowid, d.title || char(10) || m.sentence
			FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.rowid > ? AND m.rowid <= ?`, &st.Mentions},
		{"events", `INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat)
			SELECT rowid, lon, lon, lat, lat FROM events WHERE rowid > ? AND rowid <= ? AND has_geo = 1`, &st.Events},
	} {
		var top int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM `+q.table).Scan(&top); err != nil {
			return err
		}
		if top <= *q.from {
			continue
		}
		if _, err := tx.ExecContext(ctx, q.sql, *q.from, top); err != nil {
			return fmt.Errorf("%s: %w", q.table, err)
		}
		*q.from = top
	}
	return nil
}

// inTx runs fn in one (immediate) transaction on the writer connection; callers hold wmu.
func (s *SQLite) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	conn, err := s.writeConn(ctx)
	if err != nil {
		return err
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

func anys(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
