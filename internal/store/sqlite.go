package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/model"

	_ "modernc.org/sqlite" // database/sql driver "sqlite"
)

// SQLite is the embedded Store: one file, WAL mode, one writer at a time.
type SQLite struct {
	*Reader // the queries (reader.go)
	db      *sql.DB
	wmu     sync.Mutex // serialises writers inside this process; busy_timeout covers others
	// wconn is the connection every write transaction of this process runs on (guarded by
	// wmu), so that its data_version tells whether anyone else wrote (mergeindex.go).
	wconn *sql.Conn
	// midx is the merge index (guarded by wmu).
	midx mergeIndex
	// cache holds decoded stored events by id for merging, valid for one version.
	cache MergeCache
	smu   sync.Mutex
	stmts map[string]*sql.Stmt // prepared writer statements by query
	// totals caches the counts of recent filters for TotalTTL (emptied by every local
	// write), so that paging through a large result counts it once.
	tmu    sync.Mutex
	totals map[string]totalEntry
	// Now is the clock (tests set it); nil means time.Now.
	Now func() time.Time
	// path is the database file; bmu guards the bulk-load nesting depth and lock (bulk.go).
	path      string
	bmu       sync.Mutex
	bulkDepth int
	bulkLock  *bulkLock
}

var _ Store = (*SQLite)(nil)

// stmtTx runs statements inside a transaction through the store's prepared statements, so
// that the writer's hot statements are compiled once per connection, not once per call.
type stmtTx struct {
	s  *SQLite
	tx *sql.Tx
	// bound holds the statements already bound to tx (binding allocates every time).
	bound map[string]*sql.Stmt
}

func (t stmtTx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := t.bound[q]; ok {
		return st, nil
	}
	st, err := t.s.prepared(ctx, q)
	if err != nil {
		return nil, err
	}
	st = t.tx.StmtContext(ctx, st)
	if t.bound != nil {
		t.bound[q] = st
	}
	return st, nil
}

func (t stmtTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (t stmtTx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext needs no error return: a prepare error surfaces from Scan.
func (t stmtTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return t.tx.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// prepared returns the store's prepared statement of q, preparing it the first time.
func (s *SQLite) prepared(ctx context.Context, q string) (*sql.Stmt, error) {
	s.smu.Lock()
	st, ok := s.stmts[q]
	s.smu.Unlock()
	if ok {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	s.smu.Lock()
	defer s.smu.Unlock()
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	if old, ok := s.stmts[q]; ok {
		st.Close()
		return old, nil
	}
	s.stmts[q] = st
	return st, nil
}

// Seen is Reader.Seen through prepared statements: ingest asks it once per input, and
// compiling the query each time cost more than a tenth of an article's extraction.
func (s *SQLite) Seen(ctx context.Context, hash, url string) (Seen, error) {
	var out Seen
	if hash != "" {
		st, err := s.prepared(ctx, seenHashQuery)
		if err != nil {
			return out, err
		}
		if err := ctx.Err(); err != nil {
			return out, err
		}
		// Not cancellable: a cancellable context costs the driver a goroutine per query.
		var n int
		if err := st.QueryRowContext(context.WithoutCancel(ctx), hash).Scan(&n); err != nil {
			return out, err
		}
		out.Hash = n > 0
	}
	if url != "" {
		u, err := s.Reader.Seen(ctx, "", url)
		if err != nil {
			return out, err
		}
		out.URL = u.URL
	}
	return out, nil
}

const seenHashQuery = `SELECT count(*) FROM inputs WHERE hash = ?`

// TotalTTL is how long the total of a filter is reused; writes by other processes show in
// totals after at most this long (the events themselves are always current).
const TotalTTL = 30 * time.Second

type totalEntry struct {
	n  int
	at time.Time
}

// count returns the number of events matching a WHERE clause, cached for TotalTTL.
func (s *SQLite) count(ctx context.Context, from, where string, args []any) (int, error) {
	key := from + where + "\x00" + fmt.Sprint(args...)
	now := time.Now()
	s.tmu.Lock()
	e, ok := s.totals[key]
	s.tmu.Unlock()
	if ok && now.Sub(e.at) < TotalTTL {
		return e.n, nil
	}
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM "+from+where, args...).Scan(&n); err != nil {
		return 0, err
	}
	s.tmu.Lock()
	if s.totals == nil || len(s.totals) > 1000 {
		s.totals = map[string]totalEntry{}
	}
	s.totals[key] = totalEntry{n, now}
	s.tmu.Unlock()
	return n, nil
}

// forgetTotals empties the totals cache after a write.
func (s *SQLite) forgetTotals() {
	s.tmu.Lock()
	s.totals = nil
	s.tmu.Unlock()
}

// OpenSQLite opens (creating if needed) the SQLite store at path and migrates it.
func OpenSQLite(ctx context.Context, path string) (*SQLite, error) {
	q := url.Values{}
	// A 32 MB page cache and memory-mapped reads per connection keep large stores fast.
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "foreign_keys(1)", "synchronous(NORMAL)",
		"cache_size(-32000)", "mmap_size(1073741824)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	s := &SQLite{db: db, path: path}
	s.Reader = &Reader{Q: db, Count: s.count,
		EventBody: "(SELECT b.body FROM event_bodies b WHERE b.rowid = e.rowid)",
		EventText: func(q string) (string, []any) {
			if q = FTSQuery(q); q == "" {
				return "", nil
			}
			return "e.id IN (SELECT m.event_id FROM mentions m WHERE m.rowid IN (SELECT rowid FROM mention_fts WHERE mention_fts MATCH ?))", []any{q}
		},
		DocText: func(q string) (string, []any) {
			if q = FTSQuery(q); q == "" {
				return "", nil
			}
			return "d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)", []any{q}
		},
		BBox: func(b *BBox) (string, []any) {
			args := []any{b.MinLon, b.MaxLon, b.MinLat, b.MaxLat}
			if b.MinLon <= b.MaxLon {
				return "e.rowid IN (SELECT id FROM events_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?)", args
			}
			// Across the antimeridian: two boxes.
			return "e.rowid IN (SELECT id FROM events_rtree WHERE (min_lon >= ? OR max_lon <= ?) AND min_lat >= ? AND max_lat <= ?)", args
		},
	}
	if err := s.Migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	// A bulk load whose processes died leaves indexes to build (bulk.go).
	if err := s.recoverBulk(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	return s, nil
}

// Migrate brings the schema up to date.
func (s *SQLite) Migrate(ctx context.Context) error { return migrate(ctx, s.db) }

// Close closes the database. It does not end a bulk load (EndBulk does): the next open
// rebuilds, as after a crash.
func (s *SQLite) Close() error {
	s.bmu.Lock()
	s.bulkLock.release()
	s.bulkLock, s.bulkDepth = nil, 0
	s.bmu.Unlock()
	s.wmu.Lock()
	if s.wconn != nil {
		s.wconn.Close()
		s.wconn = nil
	}
	s.midx.reset()
	s.wmu.Unlock()
	s.smu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.smu.Unlock()
	return s.db.Close()
}

// DB exposes the database handle (for benchmarks and maintenance tools).
func (s *SQLite) DB() *sql.DB { return s.db }

func (s *SQLite) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

// Save stores one input's documents in one transaction.
func (s *SQLite) Save(ctx context.Context, in Input) (SaveResult, error) {
	res, err := s.SaveAll(ctx, []Input{in})
	if err != nil {
		return SaveResult{}, err
	}
	return res[0], nil
}

// SaveAll stores several inputs in one transaction (group commit): all or none. Callers
// that batch what is ready at a moment save commits without delaying anything.
//
// The transaction's statements run on a context that is never cancelled; ctx is checked
// before each input instead (a cancelled save rolls back, as before). With a cancellable
// context the driver starts a watcher goroutine and installs a progress handler for every
// statement, which cost the writer a third of its time (~34 statements per document then;
// ~14 since rows are queued, rowQueue).
func (s *SQLite) SaveAll(ctx context.Context, ins []Input) (out []SaveResult, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	name := ""
	if len(ins) > 0 {
		name = ins[0].Name
	}
	defer s.forgetTotals()
	cancel := ctx
	ctx = context.WithoutCancel(ctx)
	var d *sqliteDialect
	err = s.writeTx(ctx, s.dialectOf(&d), name, func(_ *sql.Tx, b *WriteBatch) error {
		if err := d.begin(ctx); err != nil {
			return err
		}
		b.Cancel = cancel
		out, err = b.SaveAll(ins)
		return err
	})
	return out, err
}

// writeTx is WriteTx on the writer connection; callers hold wmu. A transaction that fails
// empties the merge index (it may hold rows that were rolled back).
func (s *SQLite) writeTx(ctx context.Context, dialect func(*sql.Tx) Dialect, name string, fn func(tx *sql.Tx, b *WriteBatch) error) error {
	conn, err := s.writeConn(ctx)
	if err != nil {
		return fmt.Errorf("saving %s: %w", name, err)
	}
	err = WriteTx(ctx, conn, dialect, &s.cache, s.now(), name, fn)
	if err != nil {
		s.midx.reset()
		if errors.Is(err, sql.ErrConnDone) || errors.Is(err, driver.ErrBadConn) {
			s.wconn.Close()
			s.wconn = nil
		}
	}
	return err
}

// writeConn returns the writer connection, opening it if needed; callers hold wmu.
func (s *SQLite) writeConn(ctx context.Context) (*sql.Conn, error) {
	if s.wconn == nil {
		c, err := s.db.Conn(ctx)
		if err != nil {
			return nil, err
		}
		// The writer keeps references whole itself (events before their mentions and
		// actors; an event goes with its actors, and only when no mention is left), so its
		// connection skips SQLite's foreign-key checks: two parent-index lookups per mention
		// and one per actor row, 6-8% of the writer's instructions. Other connections
		// still enforce them.
		if _, err := c.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
			c.Close()
			return nil, err
		}
		// Statement journals in memory: the writer's multi-row statements (queued rows,
		// upserts, full-text flushes) each keep one, and past 64 KB SQLite spilled it to a
		// temporary file: 40% of the bytes and half of the write calls of a save
		// (strace: 130 → 77 KB and 54 → 28 pwrites per document). Index builds set it back
		// (withTempFiles), so that their sorts may still spill to disk.
		if _, err := c.ExecContext(ctx, `PRAGMA temp_store = MEMORY`); err != nil {
			c.Close()
			return nil, err
		}
		s.wconn = c
		s.midx.reset()
	}
	return s.wconn, nil
}

// ImportEvents inserts stored events as they are, without merging or documents (for
// restoring exports and for generating large synthetic stores); ids already stored are
// skipped. All of evs go in one transaction.
func (s *SQLite) ImportEvents(ctx context.Context, evs []Event) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	defer s.forgetTotals()
	var d *sqliteDialect
	return s.writeTx(ctx, s.dialectOf(&d), "events", func(_ *sql.Tx, b *WriteBatch) error {
		if err := d.begin(ctx); err != nil {
			return err
		}
		return b.ImportAll(evs)
	})
}

// dialectOf makes the dialect of a write transaction and keeps it in *d.
func (s *SQLite) dialectOf(d **sqliteDialect) func(tx *sql.Tx) Dialect {
	return func(tx *sql.Tx) Dialect {
		*d = &sqliteDialect{stmtTx: stmtTx{s: s, tx: tx, bound: map[string]*sql.Stmt{}}, midx: &s.midx,
			mentions: rowQueue{table: "mentions", cols: "rowid, " + MentionColumns},
			actors:   rowQueue{table: "event_actors", cols: ActorColumns},
			bodies:   rowQueue{table: "event_bodies", cols: "rowid, body"}, bodyAt: map[int64]int{}, names: map[string]uint8{}}
		return *d
	}
}

// sqliteDialect is SQLite's half of the shared writer: event JSON in event_bodies and
// positions in events_rtree (both keyed by the event's rowid), versions bumped by one, and
// full-text changes queued to the end of the transaction.
type sqliteDialect struct {
	stmtTx
	fts ftsQueue
	// Rows of mentions, event_actors and event_bodies wait in queues and go in multi-row
	// INSERTs (rowQueue); a statement that names one of those tables first writes its queue.
	mentions, actors, bodies rowQueue
	// bodyAt is the queued body of each event rowid (an update rewrites it in the queue).
	bodyAt map[int64]int
	// nextMention is the rowid the next mention gets (0: read it first), as SQLite would
	// choose it: one above the largest.
	nextMention int64
	// err is the first failure to write a queue (Flush returns it: nothing is committed).
	err error
	// names caches queueNames by statement.
	names map[string]uint8
	// bulk is the bulk-load state read at the start of the transaction (nil: none): rows
	// above its rowids get no full-text or R-tree writes (bulk.go).
	bulk *bulkState
	// midx is the store's merge index, checked by begin.
	midx *mergeIndex
}

// begin reads what a write transaction needs first: the bulk-load state, and whether the
// merge index is still valid.
func (d *sqliteDialect) begin(ctx context.Context) error {
	var err error
	if d.bulk, err = readBulk(ctx, d); err != nil {
		return err
	}
	var dv int64
	if err := d.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&dv); err != nil {
		return err
	}
	d.midx.check(dv)
	return nil
}

// useMergeIndex turns the merge index on (tests compare it with the queries it replaces).
var useMergeIndex = true

func (d *sqliteDialect) mergeCandidates(ctx context.Context, typ string, dated bool, lo, hi int) ([]idVersion, bool, error) {
	if !useMergeIndex {
		return nil, false, nil
	}
	c, err := d.midx.lookup(ctx, d, typ, dated, lo, hi)
	return c, err == nil, err
}

// deferred reports whether the index entries of a row of documents, mentions or events
// (rowid, compared with the bulk state's start of that table) wait for the end of a bulk load.
func (d *sqliteDialect) deferred(rowid int64, start func(*bulkState) int64) bool {
	return d.bulk != nil && rowid > start(d.bulk)
}

func docsStart(b *bulkState) int64     { return b.Docs }
func mentionsStart(b *bulkState) int64 { return b.Mentions }
func eventsStart(b *bulkState) int64   { return b.Events }

func (sqliteDialect) BodyFrom() (string, string) {
	return "events e JOIN event_bodies b ON b.rowid = e.rowid", "b.body"
}

func (d *sqliteDialect) InsertDocument(ctx context.Context, doc *model.Document, args []any) error {
	r, err := d.ExecContext(ctx, sqliteInsertDocument, args...)
	if err != nil {
		return err
	}
	rowid, err := r.LastInsertId()
	if err != nil {
		return err
	}
	// Entities stay in the document body (the entities view reads them from there).
	if !d.deferred(rowid, docsStart) {
		d.fts.add(ftsOp{doc: true, rowid: rowid, title: doc.Title, text: doc.Text})
	}
	return nil
}

func (d *sqliteDialect) InsertMention(ctx context.Context, args []any, ftsText string) error {
	rowid, err := d.mentionRowid(ctx)
	if err != nil {
		return err
	}
	if rowid != 0 {
		if err := d.mentions.add(ctx, d, append([]any{rowid}, args...)); err != nil {
			return err
		}
	} else {
		r, err := d.ExecContext(ctx, sqliteInsertMention, args...)
		if err != nil {
			return err
		}
		if rowid, err = r.LastInsertId(); err != nil {
			return err
		}
	}
	if !d.deferred(rowid, mentionsStart) {
		d.fts.add(ftsOp{rowid: rowid, text: ftsText})
	}
	return nil
}

func (d *sqliteDialect) DeleteMention(ctx context.Context, eventID, docID string) error {
	var mrow int64
	err := d.QueryRowContext(ctx, `SELECT rowid FROM mentions WHERE event_id = ? AND doc_id = ?`, eventID, docID).Scan(&mrow)
	switch {
	case err == nil:
		if !d.deferred(mrow, mentionsStart) {
			d.fts.add(ftsOp{del: true, rowid: mrow})
		}
	case !errors.Is(err, sql.ErrNoRows):
		return err
	}
	_, err = d.ExecContext(ctx, `DELETE FROM mentions WHERE event_id = ? AND doc_id = ?`, eventID, docID)
	return err
}

var (
	sqliteInsertDocument = `INSERT INTO documents (` + DocumentColumns + `) VALUES (` + Placeholders(strings.Count(DocumentColumns, ",")+1) + `)`
	sqliteInsertMention  = `INSERT INTO mentions (` + MentionColumns + `) VALUES (` + Placeholders(strings.Count(MentionColumns, ",")+1) + `)`
	sqliteInsertActor    = `INSERT INTO event_actors (` + ActorColumns + `) VALUES (` + Placeholders(strings.Count(ActorColumns, ",")+1) + `)`
	sqliteInsertEvent    = `INSERT INTO events (` + strings.Join(EventColumns, ", ") + `) VALUES (` + Placeholders(len(EventColumns)) + `) ON CONFLICT (id) DO NOTHING`
	sqliteUpdateEvent    = `UPDATE events SET ` + EventSet + `, version = ? WHERE rowid = ? AND id = ?`
)

func (d *sqliteDialect) WriteEvent(ctx context.Context, e *Event, cols []any, body string, insert, geoChanged bool) (int64, error) {
	if !insert {
		return d.updateEvent(ctx, e, sqliteUpdateEvent, cols[:len(cols)-1], body, geoChanged)
	}
	r, err := d.ExecContext(ctx, sqliteInsertEvent, cols...)
	var rowid, n int64
	if err == nil {
		n, err = r.RowsAffected()
	}
	if err == nil && n == 0 {
		return 0, errEventExists
	}
	if err == nil {
		rowid, err = r.LastInsertId()
	}
	if err == nil {
		d.bodyAt[rowid] = len(d.bodies.args) + 1 // the body's place in the queue
		err = d.bodies.add(ctx, d, []any{rowid, body})
	}
	if err == nil && e.Location != nil && !d.deferred(rowid, eventsStart) {
		_, err = d.ExecContext(ctx, `INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)`,
			rowid, e.Location.Lon, e.Location.Lon, e.Location.Lat, e.Location.Lat)
	}
	if err != nil {
		return 0, err
	}
	d.midx.put(e, rowid, 0)
	return 0, nil
}

// checksInserts: WriteEvent returns errEventExists for an id stored already.
func (*sqliteDialect) checksInserts() {}

// UpdateEventColumns updates the columns of e's row that changed (and updated_at): SQLite
// rewrites the index entries of every column an UPDATE sets, changed or not.
func (d *sqliteDialect) UpdateEventColumns(ctx context.Context, e *Event, cols []any, changed []bool, body string, geoChanged bool) (int64, error) {
	var mask uint64
	args := make([]any, 0, len(cols))
	for i := range len(EventColumns) - 2 { // not updated_at, id
		if changed[i] {
			mask |= 1 << i
			args = append(args, cols[i])
		}
	}
	args = append(args, cols[len(cols)-2]) // updated_at
	q, ok := sqliteUpdates.Load(mask)
	if !ok {
		var set strings.Builder
		for i, c := range EventColumns[:len(EventColumns)-2] {
			if mask&(1<<i) != 0 {
				set.WriteString(c + " = ?, ")
			}
		}
		q, _ = sqliteUpdates.LoadOrStore(mask, `UPDATE events SET `+set.String()+`updated_at = ?, version = ? WHERE rowid = ? AND id = ?`)
	}
	return d.updateEvent(ctx, e, q.(string), args, body, geoChanged)
}

// sqliteUpdates holds the UPDATE statements of UpdateEventColumns by set of columns.
var sqliteUpdates sync.Map

// updateEvent runs update (an UPDATE of events ending "version = ? WHERE rowid = ? AND
// id = ?") with args followed by the row's new version, rowid and id, and writes the event's
// body and position. The row and its version come from the merge index when it holds the
// event (RETURNING would cost more than the update: SQLite buffers its rows in a temporary
// table).
func (d *sqliteDialect) updateEvent(ctx context.Context, e *Event, update string, args []any, body string, geoChanged bool) (int64, error) {
	rv, indexed := d.midx.row(e.ID)
	var rowid, version int64
	for {
		if !indexed {
			if err := d.QueryRowContext(ctx, `SELECT rowid, version FROM events WHERE id = ?`, e.ID).Scan(&rv.rowid, &rv.version); err != nil {
				return 0, err
			}
		}
		rowid, version = rv.rowid, rv.version+1
		r, err := d.ExecContext(ctx, update, append(args[:len(args):len(args)], version, rowid, e.ID)...)
		var n int64
		if err == nil {
			n, err = r.RowsAffected()
		}
		if err != nil {
			return 0, err
		}
		if n == 1 {
			break
		}
		if !indexed {
			return 0, fmt.Errorf("event %s: %w", e.ID, sql.ErrNoRows)
		}
		d.midx.reset() // it was wrong: read the row, and start the index afresh
		d.midx.check(d.midx.dv)
		indexed = false
	}
	var err error
	if d.deferred(rowid, eventsStart) {
		geoChanged = false // no R-tree row yet: the end of the bulk load writes it
	}
	if err == nil && geoChanged {
		_, err = d.ExecContext(ctx, `DELETE FROM events_rtree WHERE id = ?`, rowid)
	}
	if i, ok := d.bodyAt[rowid]; ok && err == nil {
		d.bodies.args[i] = body // not written yet: the queued row takes the new body
	} else if err == nil {
		// Not a queued row: the update cannot meet the queue, which stays.
		_, err = d.stmtTx.ExecContext(ctx, `UPDATE event_bodies SET body = ? WHERE rowid = ?`, body, rowid)
	}
	if err == nil && e.Location != nil && geoChanged {
		_, err = d.ExecContext(ctx, `INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)`,
			rowid, e.Location.Lon, e.Location.Lon, e.Location.Lat, e.Location.Lat)
	}
	if err != nil {
		return 0, err
	}
	d.midx.put(e, rowid, version)
	return version, nil
}

// InsertActors queues the rows (rowQueue).
func (d *sqliteDialect) InsertActors(ctx context.Context, rows [][]any) error {
	for _, r := range rows {
		if err := d.actors.add(ctx, d, r); err != nil {
			return err
		}
	}
	return nil
}

func (d *sqliteDialect) DeleteEvent(ctx context.Context, id string) error {
	var rowid int64
	if err := d.QueryRowContext(ctx, `SELECT rowid FROM events WHERE id = ?`, id).Scan(&rowid); err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM events_rtree WHERE id = ?`, `DELETE FROM event_bodies WHERE rowid = ?`} {
		if _, err := d.ExecContext(ctx, q, rowid); err != nil {
			return err
		}
	}
	for _, q := range []string{`DELETE FROM event_actors WHERE event_id = ?`, `DELETE FROM events WHERE id = ?`} {
		if _, err := d.ExecContext(ctx, q, id); err != nil {
			return err
		}
	}
	d.midx.remove(id)
	return nil
}

func (d *sqliteDialect) WriteSummaries(ctx context.Context, tables []SummaryRows) error {
	return UpsertSummaries(ctx, d.stmtTx, tables)
}

func (d *sqliteDialect) Flush(ctx context.Context) error {
	for _, q := range []*rowQueue{&d.mentions, &d.actors, &d.bodies} {
		d.write(ctx, q)
	}
	if d.err != nil {
		return d.err
	}
	return d.fts.flush(ctx, d.stmtTx)
}

// The writer's statements go through these: one that names a table with queued rows writes
// them first (a read then sees them; a delete or update meets them).

func (d *sqliteDialect) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if err := d.touch(ctx, q); err != nil {
		return nil, err
	}
	return d.stmtTx.ExecContext(ctx, q, args...)
}

func (d *sqliteDialect) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if err := d.touch(ctx, q); err != nil {
		return nil, err
	}
	return d.stmtTx.QueryContext(ctx, q, args...)
}

// QueryRowContext runs q even when writing a queue failed: Flush returns that error, so the
// transaction is not committed.
func (d *sqliteDialect) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	d.touch(ctx, q)
	return d.stmtTx.QueryRowContext(ctx, q, args...)
}

// touch writes the queues of the tables q names. A statement other than a SELECT that names
// mentions may change its largest rowid: the next mention's rowid is read again.
func (d *sqliteDialect) touch(ctx context.Context, q string) error {
	if d.nextMention == 0 && len(d.mentions.args)+len(d.actors.args)+len(d.bodies.args) == 0 {
		return d.err
	}
	names, ok := d.names[q]
	if !ok {
		names = queueNames(q)
		d.names[q] = names
	}
	for i, qu := range []*rowQueue{&d.mentions, &d.actors, &d.bodies} {
		if len(qu.args) > 0 && names&(1<<i) != 0 {
			d.write(ctx, qu)
		}
	}
	if names&namesChangesMentions != 0 {
		d.nextMention = 0
	}
	return d.err
}

// namesChangesMentions is the bit of queueNames for a statement other than a SELECT that
// names mentions.
const namesChangesMentions = 1 << 3

// queueNames tells which queued tables q names (bit i: mentions, event_actors, event_bodies)
// and whether it may change the mentions (namesChangesMentions).
func queueNames(q string) uint8 {
	var n uint8
	for i, t := range []string{"mentions", "event_actors", "event_bodies"} {
		if strings.Contains(q, t) {
			n |= 1 << i
		}
	}
	if n&1 != 0 && !strings.HasPrefix(q, "SELECT") {
		n |= namesChangesMentions
	}
	return n
}

// write writes a queue (errors go to d.err).
func (d *sqliteDialect) write(ctx context.Context, q *rowQueue) {
	if d.err == nil {
		d.err = q.flush(ctx, d.stmtTx)
	}
	q.args = q.args[:0]
	if q == &d.bodies {
		clear(d.bodyAt)
	}
}

// mentionRowid returns the rowid of the next mention, or 0 when SQLite must choose it (the
// largest rowid is near the end of the range, where SQLite picks them at random).
func (d *sqliteDialect) mentionRowid(ctx context.Context) (int64, error) {
	if d.nextMention == 0 {
		var top int64
		if err := d.stmtTx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM mentions`).Scan(&top); err != nil {
			return 0, err
		}
		if top >= math.MaxInt64-1<<32 {
			return 0, nil
		}
		d.nextMention = top + 1
	}
	d.nextMention++
	return d.nextMention - 1, nil
}

// rowQueue holds rows for multi-row INSERTs into one table: each statement costs the driver,
// database/sql and the VDBE's start and reset besides its rows (queueing mentions, actor rows
// and bodies took 26 of 40 statements per document and ~4% of the writer's instructions,
// callgrind). The rows of a transaction wait until a statement names the
// table or the transaction ends (sqliteDialect.touch, Flush), and go in statements of up to
// maxQueuedRows rows. Each row is the values of cols.
type rowQueue struct {
	table, cols string
	args        []any
}

// maxQueuedRows is the most rows one INSERT of a queue writes.
const maxQueuedRows = 32

// add queues a row; a full statement's worth is written at once.
func (q *rowQueue) add(ctx context.Context, d *sqliteDialect, row []any) error {
	q.args = append(q.args, row...)
	if len(q.args) >= maxQueuedRows*len(row) && q != &d.bodies {
		d.write(ctx, q)
	}
	return d.err
}

func (q *rowQueue) flush(ctx context.Context, tx Querier) error {
	if len(q.args) == 0 {
		return nil
	}
	ncols := strings.Count(q.cols, ",") + 1
	for lo := 0; lo < len(q.args); lo += maxQueuedRows * ncols {
		part := q.args[lo:min(lo+maxQueuedRows*ncols, len(q.args))]
		if _, err := tx.ExecContext(ctx, multiInsert(q.table, q.cols, ncols, len(part)/ncols), part...); err != nil {
			return err
		}
	}
	return nil
}

// multiInsert is the INSERT of n rows of cols (ncols columns) into table.
func multiInsert(table, cols string, ncols, n int) string {
	k := multiKey{table, n}
	if q, ok := multiInserts.Load(k); ok {
		return q.(string)
	}
	row := "(" + Placeholders(ncols) + ")"
	q := `INSERT INTO ` + table + ` (` + cols + `) VALUES ` + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
	multiInserts.Store(k, q)
	return q
}

type multiKey struct {
	table string
	n     int
}

// multiInserts holds the statements of multiInsert.
var multiInserts sync.Map

// ftsOp is one change to a full-text index: a document (documents_fts) or a mention
// (mention_fts) added, or a mention removed.
type ftsOp struct {
	doc, del    bool
	rowid       int64
	title, text string
}

// ftsQueue holds a transaction's full-text changes until its other statements are done.
// FTS5 flushes its pending terms to a new segment whenever a statement opens a savepoint
// (every UPDATE of a multi-index row does), so writing the index last makes one segment per
// transaction instead of one per statement: the largest single saving of the writer.
type ftsQueue struct{ ops []ftsOp }

func (q *ftsQueue) add(op ftsOp) { q.ops = append(q.ops, op) }

func (q *ftsQueue) flush(ctx context.Context, tx Querier) error {
	for _, op := range q.ops {
		var err error
		switch {
		case op.doc:
			_, err = tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`, op.rowid, op.title, op.text)
		case op.del:
			_, err = tx.ExecContext(ctx, `DELETE FROM mention_fts WHERE rowid = ?`, op.rowid)
		default:
			_, err = tx.ExecContext(ctx, `INSERT INTO mention_fts (rowid, text) VALUES (?, ?)`, op.rowid, op.text)
		}
		if err != nil {
			return err
		}
	}
	q.ops = q.ops[:0]
	return nil
}

// ---- queries ----

// ACLEDEventTypes are ACLED's six event types (the rest of acled_type values are
// sub-event types).
var ACLEDEventTypes = map[string]bool{"Battles": true, "Explosions/Remote violence": true,
	"Violence against civilians": true, "Protests": true, "Riots": true, "Strategic developments": true}

// FTSQuery turns free text into a safe FTS5 query: every word quoted, all required.
func FTSQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 32 {
		words = words[:32]
	}
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " ")
}

func limitOf(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

// EncodeCursor makes the opaque keyset cursor of event pages: the last event's sort date
// and id.
func EncodeCursor(sortDate, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(sortDate + "|" + id))
}

// DecodeCursor reads an event-page cursor; ErrBadCursor when it is not one.
func DecodeCursor(c string) (sortDate, id string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", "", ErrBadCursor
	}
	sd, id, ok := strings.Cut(string(b), "|")
	if _, okd := DayNumber(sd); !ok || !okd || id == "" {
		return "", "", ErrBadCursor
	}
	return sd, id, nil
}

// ValidCursor reports whether c is a cursor this package could have issued (for request
// validation before any query runs).
func ValidCursor(c string) bool {
	if c == "" {
		return true
	}
	if _, _, err := DecodeCursor(c); err == nil {
		return true
	}
	_, err := DecodeDocCursor(c)
	return err == nil
}

// EncodeDocCursor makes the cursor of document pages: the last document's row number.
func EncodeDocCursor(rowid int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte("d" + strconv.FormatInt(rowid, 10)))
}

// DecodeDocCursor reads a document-page cursor; ErrBadCursor when it is not one.
func DecodeDocCursor(c string) (int64, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) < 2 || b[0] != 'd' {
		return 0, ErrBadCursor
	}
	n, err := strconv.ParseInt(string(b[1:]), 10, 64)
	if err != nil || n <= 0 {
		return 0, ErrBadCursor
	}
	return n, nil
}

// AddFeed records a feed URL.
func (s *SQLite) AddFeed(ctx context.Context, url, title string) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	_, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO feeds (url, title, created_at) VALUES (?, ?, ?)`,
		url, title, s.now().Format(time.RFC3339))
	return err
}

// Feeds lists the feeds.
func (s *SQLite) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT url, title, created_at, last_fetched, last_error FROM feeds ORDER BY url`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Feed{}
	for rows.Next() {
		var f Feed
		if err := rows.Scan(&f.URL, &f.Title, &f.CreatedAt, &f.LastFetched, &f.LastError); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}
