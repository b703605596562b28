package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
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
	db  *sql.DB
	wmu sync.Mutex // serialises writers inside this process; busy_timeout covers others
	// cache holds decoded stored events by id for merging, valid for one version; guarded by wmu.
	cache map[string]cachedEvent
	smu   sync.Mutex
	stmts map[string]*sql.Stmt // prepared writer statements by query
	// totals caches the counts of recent filters for TotalTTL (emptied by every local
	// write), so that paging through a large result counts it once.
	tmu    sync.Mutex
	totals map[string]totalEntry
	// Now is the clock (tests set it); nil means time.Now.
	Now func() time.Time
}

var _ Store = (*SQLite)(nil)

// cachedEvent is a decoded stored event at one version, with the reports it was reconciled
// from when known (nil otherwise), so that a merge need not re-read and decode every mention.
type cachedEvent struct {
	version int64
	e       *Event
	reps    []Report
}

// maxCachedReports bounds the committed events whose reports stay cached.
const maxCachedReports = 50_000

// stmtTx runs statements inside a transaction through the store's prepared statements, so
// that the writer's hot statements are compiled once per connection, not once per call.
type stmtTx struct {
	s  *SQLite
	tx *sql.Tx
}

func (t stmtTx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	t.s.smu.Lock()
	st, ok := t.s.stmts[q]
	t.s.smu.Unlock()
	if !ok {
		var err error
		if st, err = t.s.db.PrepareContext(ctx, q); err != nil {
			return nil, err
		}
		t.s.smu.Lock()
		if t.s.stmts == nil {
			t.s.stmts = map[string]*sql.Stmt{}
		}
		if old, ok := t.s.stmts[q]; ok {
			st.Close()
			st = old
		} else {
			t.s.stmts[q] = st
		}
		t.s.smu.Unlock()
	}
	return t.tx.StmtContext(ctx, st), nil
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

// maxCache bounds the merge cache; it is emptied when full.
const maxCache = 200_000

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
	s := &SQLite{db: db}
	if err := s.Migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	return s, nil
}

// Migrate brings the schema up to date.
func (s *SQLite) Migrate(ctx context.Context) error { return migrate(ctx, s.db) }

// Close closes the database.
func (s *SQLite) Close() error {
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

// Seen reports what is known of an input's content hash and URL.
func (s *SQLite) Seen(ctx context.Context, hash, url string) (Seen, error) {
	var r Seen
	if hash != "" {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM inputs WHERE hash = ?`, hash).Scan(&n); err != nil {
			return r, err
		}
		r.Hash = n > 0
	}
	if url != "" {
		var n int
		err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM inputs WHERE url = ?) + (SELECT count(*) FROM documents WHERE url = ?)`, url, url).Scan(&n)
		if err != nil {
			return r, err
		}
		r.URL = n > 0
	}
	return r, nil
}

// HasDocument reports whether a document id is stored.
func (s *SQLite) HasDocument(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, id).Scan(&n)
	return n > 0, err
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
func (s *SQLite) SaveAll(ctx context.Context, ins []Input) ([]SaveResult, error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	name := ""
	if len(ins) > 0 {
		name = ins[0].Name
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("saving %s: %w", name, err)
	}
	defer tx.Rollback()
	if s.cache == nil {
		s.cache = map[string]cachedEvent{}
	}
	pending := map[string]cachedEvent{}
	stale := map[string]bool{}
	agg := newAggDelta()
	fts := &ftsQueue{}
	now := s.now()
	out := make([]SaveResult, 0, len(ins))
	for _, in := range ins {
		w := &writer{tx: stmtTx{s, tx}, ctx: ctx, now: now, emptied: map[string]bool{}, cache: s.cache, pending: pending, stale: stale, agg: agg, fts: fts}
		w.stamp = w.now.Format(time.RFC3339)
		w.seenAt = in.SeenAt
		if _, ok := DayNumber(w.seenAt); !ok {
			w.seenAt = w.now.Format(time.DateOnly)
		}
		res, err := w.save(in)
		if err != nil {
			return nil, fmt.Errorf("saving %s: %w", in.Name, err)
		}
		out = append(out, res)
	}
	if err := agg.flush(ctx, stmtTx{s, tx}); err != nil {
		return nil, fmt.Errorf("saving %s: summaries: %w", name, err)
	}
	if err := fts.flush(ctx, stmtTx{s, tx}); err != nil {
		return nil, fmt.Errorf("saving %s: full-text index: %w", name, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("saving %s: %w", name, err)
	}
	s.forgetTotals()
	if len(s.cache)+len(pending) > maxCache {
		clear(s.cache)
	}
	for id, c := range pending {
		if stale[id] || len(s.cache) > maxCachedReports {
			c.reps = nil
		}
		s.cache[id] = c
	}
	return out, nil
}

// writer is one Save transaction.
type writer struct {
	tx      stmtTx
	ctx     context.Context
	now     time.Time
	stamp   string // RFC 3339
	seenAt  string // YYYY-MM-DD for undated documents
	emptied map[string]bool
	res     SaveResult
	cache   map[string]cachedEvent // committed versions (read only here)
	pending map[string]cachedEvent // versions written by this transaction
	stale   map[string]bool        // events whose mentions changed without a new version
	agg     *aggDelta              // summary-table changes of this transaction
	fts     *ftsQueue              // full-text index changes, applied last
}

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

func (q *ftsQueue) flush(ctx context.Context, tx execer) error {
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

// stored returns the decoded stored event id at version, from the caches or the database.
func (w *writer) stored(id string, version int64) (*Event, error) {
	if c, ok := w.pending[id]; ok && c.version == version {
		return c.e, nil
	}
	if c, ok := w.cache[id]; ok && c.version == version {
		return c.e, nil
	}
	var body string
	if err := w.tx.QueryRowContext(w.ctx, `SELECT b.body FROM events e JOIN event_bodies b ON b.rowid = e.rowid WHERE e.id = ?`, id).Scan(&body); err != nil {
		return nil, err
	}
	e := &Event{}
	if err := json.Unmarshal([]byte(body), e); err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	w.pending[id] = cachedEvent{version: version, e: e}
	return e, nil
}

func (w *writer) exec(q string, args ...any) error {
	_, err := w.tx.ExecContext(w.ctx, q, args...)
	return err
}

func (w *writer) save(in Input) (SaveResult, error) {
	if in.Hash != "" {
		var n int
		if err := w.tx.QueryRowContext(w.ctx, `SELECT count(*) FROM inputs WHERE hash = ?`, in.Hash).Scan(&n); err != nil {
			return w.res, err
		}
		if n > 0 {
			for i := range in.Docs {
				evs, err := w.docEvents(in.Docs[i].ID)
				if err != nil {
					return w.res, err
				}
				w.res.Docs = append(w.res.Docs, DocResult{ID: in.Docs[i].ID, Events: evs})
			}
			return w.res, nil
		}
	}
	// Corrections: earlier documents from the same URL that this input does not repeat.
	newIDs := map[string]bool{}
	for i := range in.Docs {
		newIDs[in.Docs[i].ID] = true
	}
	urls := map[string]string{} // url -> the new document replacing it
	if in.URL != "" && len(in.Docs) > 0 {
		urls[in.URL] = in.Docs[0].ID
	}
	for i := range in.Docs {
		if u := in.Docs[i].URL; u != "" {
			if _, ok := urls[u]; !ok {
				urls[u] = in.Docs[i].ID
			}
		}
	}
	for u, repl := range urls {
		old, err := w.strings(`SELECT id FROM documents WHERE url = ? AND superseded_by = '' ORDER BY rowid`, u)
		if err != nil {
			return w.res, err
		}
		for _, id := range old {
			if !newIDs[id] {
				if err := w.supersede(id, repl); err != nil {
					return w.res, err
				}
			}
		}
	}
	for i := range in.Docs {
		dr, err := w.saveDoc(&in.Docs[i], in.Hash)
		if err != nil {
			return w.res, err
		}
		w.res.Docs = append(w.res.Docs, dr)
	}
	// Events a correction emptied and no new report took up are removed.
	for id := range w.emptied {
		var n int
		if err := w.tx.QueryRowContext(w.ctx, `SELECT count(*) FROM mentions WHERE event_id = ?`, id).Scan(&n); err != nil {
			return w.res, err
		}
		if n > 0 {
			continue
		}
		if err := w.history(id, "removed", "", ""); err != nil {
			return w.res, err
		}
		if err := deleteEventRow(w.ctx, w.tx, id, w.agg); err != nil {
			return w.res, err
		}
	}
	if in.Hash != "" {
		err := w.exec(`INSERT OR IGNORE INTO inputs (hash, url, name, docs, saved_at) VALUES (?, ?, ?, ?, ?)`,
			in.Hash, in.URL, in.Name, len(in.Docs), w.stamp)
		if err != nil {
			return w.res, err
		}
	}
	return w.res, nil
}

func (w *writer) strings(q string, args ...any) ([]string, error) {
	rows, err := w.tx.QueryContext(w.ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func (w *writer) docEvents(docID string) ([]string, error) {
	ids, err := w.strings(`SELECT event_id FROM mentions WHERE doc_id = ? ORDER BY rowid`, docID)
	if ids == nil {
		ids = []string{}
	}
	return ids, err
}

// history records the current values of event id.
func (w *writer) history(id, reason, doc, replacedBy string) error {
	return w.exec(`INSERT INTO event_history (event_id, changed_at, reason, doc_id, replaced_by, old)
		SELECT e.id, ?, ?, ?, ?, b.body FROM events e JOIN event_bodies b ON b.rowid = e.rowid WHERE e.id = ?`, w.stamp, reason, doc, replacedBy, id)
}

// supersede withdraws document old's reports from its events (a correction by repl).
func (w *writer) supersede(old, repl string) error {
	if err := w.exec(`UPDATE documents SET superseded_by = ? WHERE id = ?`, repl, old); err != nil {
		return err
	}
	w.res.Superseded = append(w.res.Superseded, old)
	evs, err := w.strings(`SELECT event_id FROM mentions WHERE doc_id = ? ORDER BY rowid`, old)
	if err != nil {
		return err
	}
	for _, id := range evs {
		if err := w.history(id, "correction", old, repl); err != nil {
			return err
		}
		w.stale[id] = true
		var mrow int64
		err := w.tx.QueryRowContext(w.ctx, `SELECT rowid FROM mentions WHERE event_id = ? AND doc_id = ?`, id, old).Scan(&mrow)
		switch {
		case err == nil:
			w.fts.add(ftsOp{del: true, rowid: mrow})
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		if err := w.exec(`DELETE FROM mentions WHERE event_id = ? AND doc_id = ?`, id, old); err != nil {
			return err
		}
		ok, err := w.recompute(id)
		if err != nil {
			return err
		}
		if !ok {
			w.emptied[id] = true
		}
	}
	return nil
}

func (w *writer) saveDoc(d *model.Document, hash string) (DocResult, error) {
	dr := DocResult{ID: d.ID, Events: []string{}}
	if d.ID == "" {
		return dr, errors.New("document without id")
	}
	var superseded string
	err := w.tx.QueryRowContext(w.ctx, `SELECT superseded_by FROM documents WHERE id = ?`, d.ID).Scan(&superseded)
	switch {
	case err == nil && superseded == "":
		dr.Events, err = w.docEvents(d.ID)
		return dr, err
	case err == nil:
		// The content came back (a correction undone): restore the document's reports.
		if err := w.exec(`UPDATE documents SET superseded_by = '' WHERE id = ?`, d.ID); err != nil {
			return dr, err
		}
	case errors.Is(err, sql.ErrNoRows):
		if err := w.insertDoc(d, hash); err != nil {
			return dr, err
		}
	default:
		return dr, err
	}
	dr.New = true
	seen := d.Published
	if _, ok := DayNumber(seen); !ok {
		seen = w.seenAt
	}
	for i := range d.Events {
		id, err := w.mergeEvent(d, i, seen)
		if err != nil {
			return dr, err
		}
		dr.Events = append(dr.Events, id)
	}
	return dr, nil
}

func (w *writer) insertDoc(d *model.Document, hash string) error {
	body := *d
	body.Text = ""
	b, err := json.Marshal(&body)
	if err != nil {
		return err
	}
	seen := d.Published
	if _, ok := DayNumber(seen); !ok {
		seen = w.seenAt
	}
	r, err := w.tx.ExecContext(w.ctx, `INSERT INTO documents (id, url, title, source, language, published, text, body, input_hash, seen, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ID, d.URL, d.Title, d.Source, d.Language, d.Published, d.Text, string(b), hash, seen, w.stamp)
	if err != nil {
		return err
	}
	rowid, err := r.LastInsertId()
	if err != nil {
		return err
	}
	w.fts.add(ftsOp{doc: true, rowid: rowid, title: d.Title, text: d.Text})
	// Entities stay in the document body (the entities view reads them from there).
	return nil
}

// mergeEvent stores event i of d: into the best-matching stored event, or as a new one.
// It returns the stored event id.
func (w *writer) mergeEvent(d *model.Document, i int, seen string) (string, error) {
	ev := d.Events[i]
	if ev.ID == "" {
		ev.ID = hashID("e-", d.ID, strconv.Itoa(i))
	}
	target, version, err := w.findMatch(&ev, d.ID, seen)
	if err != nil {
		return "", err
	}
	merged := target != ""
	if !merged {
		w.res.NewEvents++
		target = ev.ID
		var n int
		if err := w.tx.QueryRowContext(w.ctx, `SELECT count(*) FROM events WHERE id = ?`, target).Scan(&n); err != nil {
			return "", err
		}
		if n > 0 {
			target = hashID("e-", d.ID, ev.ID, strconv.Itoa(i))
		}
		rep := reportOf(d, &ev, seen)
		if err := w.writeEvent(Reconcile(target, []Report{rep}), true, nil, nil); err != nil {
			return "", err
		}
	} else {
		w.res.Merged++
	}
	sentence := sentenceText(d.Text, ev.Evidence)
	body, err := json.Marshal(&ev)
	if err != nil {
		return "", err
	}
	r, err := w.tx.ExecContext(w.ctx, `INSERT INTO mentions (event_id, doc_id, extracted_id, sentence, span_start, span_end, trigger, trigger_start, trigger_end, confidence, seen, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		target, d.ID, ev.ID, sentence, ev.Evidence.Start, ev.Evidence.End, ev.Evidence.Trigger,
		ev.Evidence.TriggerStart, ev.Evidence.TriggerEnd, ev.Confidence, seen, string(body))
	if err != nil {
		return "", err
	}
	rowid, err := r.LastInsertId()
	if err != nil {
		return "", err
	}
	w.fts.add(ftsOp{rowid: rowid, text: d.Title + "\n" + sentence})
	// The report as recompute would read it back from the mention row (model.Event has no
	// JSON customisation: its encoding round-trips).
	rep := Report{Doc: d.ID, Outlet: d.Source, URL: d.URL, Title: d.Title, Seen: seen, Sentence: sentence, Event: ev}
	if !merged {
		if c, ok := w.pending[target]; ok {
			c.reps = []Report{rep}
			w.pending[target] = c
		}
		return target, nil
	}
	if reps := w.cachedReports(target, version); reps != nil {
		old, err := w.stored(target, version) // cached: findMatch read it
		if err != nil {
			return "", err
		}
		reps = append(slices.Clip(reps), rep)
		return target, w.writeEvent(Reconcile(target, reps), false, reps, old)
	}
	if _, err := w.recompute(target); err != nil {
		return "", err
	}
	return target, nil
}

// cachedReports returns the reports stored event id at version was reconciled from, or nil.
func (w *writer) cachedReports(id string, version int64) []Report {
	if w.stale[id] {
		return nil
	}
	if c, ok := w.pending[id]; ok && c.version == version {
		return c.reps
	}
	if c, ok := w.cache[id]; ok && c.version == version {
		return c.reps
	}
	return nil
}

// findMatch returns the id and version of the stored event ev merges into, or "".
func (w *writer) findMatch(ev *model.Event, docID, seen string) (string, int64, error) {
	var rows *sql.Rows
	var err error
	if day, ok := DayNumber(ev.Date.Value); ok {
		rows, err = w.tx.QueryContext(w.ctx, `SELECT id, version FROM events
			WHERE type = ? AND day BETWEEN ? AND ?
			AND id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)`, ev.Type, day-1, day+1, docID)
	} else {
		sd, _ := DayNumber(seen)
		rows, err = w.tx.QueryContext(w.ctx, `SELECT id, version FROM events
			WHERE type = ? AND day IS NULL AND seen_day BETWEEN ? AND ?
			AND id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)`, ev.Type, sd-1, sd+1, docID)
	}
	if err != nil {
		return "", 0, err
	}
	type cand struct {
		id      string
		version int64
	}
	var cands []cand
	for rows.Next() {
		var c cand
		if err := rows.Scan(&c.id, &c.version); err != nil {
			rows.Close()
			return "", 0, err
		}
		cands = append(cands, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return "", 0, err
	}
	best, bestVersion, bestScore := "", int64(0), 0.0
	for _, c := range cands {
		st, err := w.stored(c.id, c.version)
		if err != nil {
			return "", 0, err
		}
		if sc, ok := MergeScore(ev, seen, st); ok && (sc > bestScore || sc == bestScore && c.id < best) {
			best, bestVersion, bestScore = c.id, c.version, sc
		}
	}
	return best, bestVersion, nil
}

func reportOf(d *model.Document, ev *model.Event, seen string) Report {
	return Report{Doc: d.ID, Outlet: d.Source, URL: d.URL, Title: d.Title, Seen: seen,
		Sentence: sentenceText(d.Text, ev.Evidence), Event: *ev}
}

// sentenceText is the evidence sentence, "" when the span does not fit the text.
func sentenceText(text string, ev model.Evidence) string {
	if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End {
		return ""
	}
	return text[ev.Start:ev.End]
}

// recompute rebuilds a stored event from its mentions; false when it has none left.
func (w *writer) recompute(id string) (bool, error) {
	rows, err := w.tx.QueryContext(w.ctx, `SELECT m.doc_id, m.sentence, m.seen, m.body, d.source, d.url, d.title
		FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ?`, id)
	if err != nil {
		return false, err
	}
	var reps []Report
	for rows.Next() {
		var r Report
		var body string
		if err := rows.Scan(&r.Doc, &r.Sentence, &r.Seen, &body, &r.Outlet, &r.URL, &r.Title); err != nil {
			rows.Close()
			return false, err
		}
		if err := json.Unmarshal([]byte(body), &r.Event); err != nil {
			rows.Close()
			return false, fmt.Errorf("mention of %s: %w", id, err)
		}
		reps = append(reps, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return false, err
	}
	if len(reps) == 0 {
		return false, nil
	}
	delete(w.emptied, id)
	return true, w.writeEvent(Reconcile(id, reps), false, reps, nil)
}

// writeEvent inserts or updates a stored event row and its actor rows; reps are the reports
// it was reconciled from (nil: not known).
func (w *writer) writeEvent(e *Event, insert bool, reps []Report, old *Event) error {
	version, err := writeEventRow(w.ctx, w.tx, e, insert, w.stamp, w.agg, old)
	if err == nil {
		w.pending[e.ID] = cachedEvent{version, e, reps}
		delete(w.stale, e.ID)
	}
	return err
}

// writeEventRow writes a stored event and returns its new version. An update rewrites only
// the actor and position rows that changed; agg receives the summary changes.
//
// old is the stored event as it is in the database (its cached decoded body), or nil: then
// its row and actor rows are read back.
func writeEventRow(ctx context.Context, tx stmtTx, e *Event, insert bool, stamp string, agg *aggDelta, old *Event) (int64, error) {
	body, err := json.Marshal(e)
	if err != nil {
		return 0, err
	}
	var day, seenDay any
	if d, ok := DayNumber(e.Date.Value); ok {
		day = d
	}
	if d, ok := DayNumber(e.FirstSeen); ok {
		seenDay = d
	}
	var country, admin1 string
	var hasGeo, prec int
	var lat, lon any
	if g := e.Location; g != nil {
		country, admin1, hasGeo, prec, lat, lon = strings.ToUpper(g.Country), g.Admin1, 1, g.Precision, g.Lat, g.Lon
	}
	var killed any
	if e.Counts.Killed != nil {
		killed = *e.Counts.Killed
	}
	bg := 0
	if e.Background {
		bg = 1
	}
	row := eventRowOf(e)
	args := []any{e.Type, e.Mode, ModalityOf(e.Modality), bg, e.ACLED.EventType, e.ACLED.SubEventType, e.CAMEORoot,
		row.quad, e.Date.Value, row.prec, day, row.sortDate,
		country, admin1, hasGeo, lat, lon, prec, killed, e.Confidence, e.SourcesCount, e.ArticlesCount,
		e.FirstSeen, e.LastSeen, seenDay, stamp, e.ID}
	var rowid, version int64
	var oldActors []actorRow
	geoChanged := true
	if insert {
		var r sql.Result
		r, err = tx.ExecContext(ctx, `INSERT INTO events (type, mode, modality, background, acled_type, acled_sub_type, cameo_root,
			quad, date, date_precision, day, sort_date, country, admin1, has_geo, lat, lon, geo_precision, killed, confidence,
			sources_count, articles_count, first_seen, last_seen, seen_day, updated_at, id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
		if err == nil {
			rowid, err = r.LastInsertId()
		}
		if err == nil {
			_, err = tx.ExecContext(ctx, `INSERT INTO event_bodies (rowid, body) VALUES (?, ?)`, rowid, string(body))
		}
	} else {
		var oldRow eventRow
		if old != nil {
			oldRow = eventRowOf(old)
			geoChanged = (old.Location != nil) != (e.Location != nil) ||
				e.Location != nil && (old.Location.Lat != e.Location.Lat || old.Location.Lon != e.Location.Lon)
		} else {
			var oldHasGeo int
			var oldLat, oldLon sql.NullFloat64
			var oldKilled sql.NullInt64
			err = tx.QueryRowContext(ctx, `SELECT sort_date, type, date_precision, killed, quad, has_geo, lat, lon FROM events WHERE id = ?`, e.ID).
				Scan(&oldRow.sortDate, &oldRow.typ, &oldRow.prec, &oldKilled, &oldRow.quad, &oldHasGeo, &oldLat, &oldLon)
			if err == nil {
				oldRow.killed = oldKilled.Int64
				oldRow.actors, err = storedActors(ctx, tx, e.ID)
				geoChanged = oldHasGeo != hasGeo || hasGeo == 1 && (oldLat.Float64 != e.Location.Lat || oldLon.Float64 != e.Location.Lon)
			}
		}
		if err == nil {
			oldActors = oldRow.actors
			agg.add(&oldRow, -1)
			err = tx.QueryRowContext(ctx, `UPDATE events SET type = ?, mode = ?, modality = ?, background = ?, acled_type = ?,
			acled_sub_type = ?, cameo_root = ?, quad = ?, date = ?, date_precision = ?, day = ?, sort_date = ?, country = ?,
			admin1 = ?, has_geo = ?, lat = ?, lon = ?, geo_precision = ?, killed = ?, confidence = ?, sources_count = ?,
			articles_count = ?, first_seen = ?, last_seen = ?, seen_day = ?, updated_at = ?, version = version + 1
			WHERE id = ? RETURNING rowid, version`, args...).Scan(&rowid, &version)
		}
		if err == nil && geoChanged {
			_, err = tx.ExecContext(ctx, `DELETE FROM events_rtree WHERE id = ?`, rowid)
		}
		if err == nil {
			_, err = tx.ExecContext(ctx, `UPDATE event_bodies SET body = ? WHERE rowid = ?`, string(body), rowid)
		}
	}
	if err == nil && e.Location != nil && geoChanged {
		_, err = tx.ExecContext(ctx, `INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)`,
			rowid, e.Location.Lon, e.Location.Lon, e.Location.Lat, e.Location.Lat)
	}
	if err != nil {
		return 0, err
	}
	agg.add(&row, +1)
	// Actor rows: delete the ones that went or changed, insert the new ones.
	keep := map[actorRow]bool{}
	for _, a := range row.actors {
		keep[a] = true
	}
	have := map[[2]string]bool{}
	for _, o := range oldActors {
		if keep[o] {
			have[[2]string{o.role, o.actor}] = true
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM event_actors WHERE event_id = ? AND role = ? AND actor = ?`, e.ID, o.role, o.actor); err != nil {
			return 0, err
		}
	}
	for _, a := range row.actors {
		if have[[2]string{a.role, a.actor}] {
			continue
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO event_actors (event_id, role, actor, name, name_lc, country, kind)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, e.ID, a.role, a.actor, a.name, strings.ToLower(a.name), a.country, a.kind)
		if err != nil {
			return 0, err
		}
	}
	return version, nil
}

// storedActors reads the event_actors rows of an event.
func storedActors(ctx context.Context, tx stmtTx, id string) ([]actorRow, error) {
	rows, err := tx.QueryContext(ctx, `SELECT role, actor, name, country, kind FROM event_actors WHERE event_id = ?`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []actorRow
	for rows.Next() {
		var a actorRow
		if err := rows.Scan(&a.role, &a.actor, &a.name, &a.country, &a.kind); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// deleteEventRow removes a stored event with its actor, position and body rows.
func deleteEventRow(ctx context.Context, tx stmtTx, id string, agg *aggDelta) error {
	var old eventRow
	var rowid int64
	var killed sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT rowid, sort_date, type, date_precision, killed, quad FROM events WHERE id = ?`, id).
		Scan(&rowid, &old.sortDate, &old.typ, &old.prec, &killed, &old.quad)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	old.killed = killed.Int64
	if old.actors, err = storedActors(ctx, tx, id); err != nil {
		return err
	}
	agg.add(&old, -1)
	for _, q := range []string{`DELETE FROM events_rtree WHERE id = ?`, `DELETE FROM event_bodies WHERE rowid = ?`} {
		if _, err := tx.ExecContext(ctx, q, rowid); err != nil {
			return err
		}
	}
	for _, q := range []string{`DELETE FROM event_actors WHERE event_id = ?`, `DELETE FROM events WHERE id = ?`} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return err
		}
	}
	return nil
}

// ImportEvents inserts stored events as they are, without merging or documents (for
// restoring exports and for generating large synthetic stores); ids already stored are
// skipped. All of evs go in one transaction.
func (s *SQLite) ImportEvents(ctx context.Context, evs []Event) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stamp := s.now().Format(time.RFC3339)
	agg := newAggDelta()
	for i := range evs {
		e := &evs[i]
		if e.FirstSeen == "" {
			e.FirstSeen = s.now().Format(time.DateOnly)
		}
		if e.LastSeen == "" {
			e.LastSeen = e.FirstSeen
		}
		NormalizeEvent(&e.Event)
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE id = ?`, e.ID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		if _, err := writeEventRow(ctx, stmtTx{s, tx}, e, true, stamp, agg, nil); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
	if err := agg.flush(ctx, stmtTx{s, tx}); err != nil {
		return err
	}
	defer s.forgetTotals()
	return tx.Commit()
}

func hashID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + hex.EncodeToString(h.Sum(nil)[:8])
}

// ---- queries ----

// where builds the WHERE clause (over events aliased e) for f, without the cursor.
func where(f *EventFilter) (string, []any) {
	var conds []string
	var args []any
	if f.From != "" {
		conds = append(conds, "e.sort_date >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, "e.sort_date <= ?")
		args = append(args, f.To)
	}
	if len(f.Types) > 0 {
		conds = append(conds, "e.type IN ("+placeholders(len(f.Types))+")")
		for _, t := range f.Types {
			args = append(args, strings.ToUpper(t))
		}
	}
	if len(f.ACLEDTypes) > 0 {
		// Event types and sub-event types are tested on their own columns, so that each
		// test can be answered from an index.
		var types, subs []any
		for _, t := range f.ACLEDTypes {
			if ACLEDEventTypes[t] {
				types = append(types, t)
			} else {
				subs = append(subs, t)
			}
		}
		var or []string
		if len(types) > 0 {
			or = append(or, "e.acled_type IN ("+placeholders(len(types))+")")
			args = append(args, types...)
		}
		if len(subs) > 0 {
			or = append(or, "e.acled_sub_type IN ("+placeholders(len(subs))+")")
			args = append(args, subs...)
		}
		conds = append(conds, "("+strings.Join(or, " OR ")+")")
	}
	if as := FilterActors(f); len(as) > 0 {
		var or []string
		for _, a := range as {
			lc := strings.ToLower(a)
			or = append(or, "actor = ? OR actor = ? OR name_lc = ?")
			args = append(args, a, lc, lc)
		}
		conds = append(conds, "e.id IN (SELECT event_id FROM event_actors WHERE "+strings.Join(or, " OR ")+")")
	}
	if cs := FilterCountries(f); len(cs) == 1 {
		conds = append(conds, "e.country = ?")
		args = append(args, cs[0])
	} else if len(cs) > 1 {
		conds = append(conds, "e.country IN ("+placeholders(len(cs))+")")
		for _, c := range cs {
			args = append(args, c)
		}
	}
	if b := f.BBox; b != nil {
		if b.MinLon <= b.MaxLon {
			conds = append(conds, "e.rowid IN (SELECT id FROM events_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?)")
			args = append(args, b.MinLon, b.MaxLon, b.MinLat, b.MaxLat)
		} else { // across the antimeridian: two boxes
			conds = append(conds, "e.rowid IN (SELECT id FROM events_rtree WHERE (min_lon >= ? OR max_lon <= ?) AND min_lat >= ? AND max_lat <= ?)")
			args = append(args, b.MinLon, b.MaxLon, b.MinLat, b.MaxLat)
		}
	}
	if f.Q != "" {
		if q := FTSQuery(f.Q); q != "" {
			conds = append(conds, "e.id IN (SELECT m.event_id FROM mentions m WHERE m.rowid IN (SELECT rowid FROM mention_fts WHERE mention_fts MATCH ?))")
			args = append(args, q)
		} else {
			conds = append(conds, "0")
		}
	}
	if f.MinConfidence > 0 {
		conds = append(conds, "e.confidence >= ?")
		args = append(args, f.MinConfidence)
	}
	if f.MinSources > 0 {
		conds = append(conds, "e.sources_count >= ?")
		args = append(args, f.MinSources)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// ACLEDEventTypes are ACLED's six event types (the rest of acled_type values are
// sub-event types).
var ACLEDEventTypes = map[string]bool{"Battles": true, "Explosions/Remote violence": true,
	"Violence against civilians": true, "Protests": true, "Riots": true, "Strategic developments": true}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

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

// Events answers one page of a filtered event query.
func (s *SQLite) Events(ctx context.Context, f EventFilter) (EventPage, error) {
	page := EventPage{Events: []Event{}}
	w, args := where(&f)
	var err error
	if page.Total, err = s.count(ctx, "events e", w, args); err != nil {
		return page, fmt.Errorf("counting events: %w", err)
	}
	if f.Cursor != "" {
		sd, id, err := DecodeCursor(f.Cursor)
		if err != nil {
			return page, err
		}
		if w == "" {
			w = " WHERE "
		} else {
			w += " AND "
		}
		w += "(e.sort_date, e.id) < (?, ?)"
		args = append(args, sd, id)
	}
	limit := limitOf(f.Limit)
	rows, err := s.db.QueryContext(ctx, "SELECT e.sort_date, (SELECT b.body FROM event_bodies b WHERE b.rowid = e.rowid) FROM events e"+w+
		" ORDER BY e.sort_date DESC, e.id DESC LIMIT ?", append(args, limit+1)...)
	if err != nil {
		return page, fmt.Errorf("querying events: %w", err)
	}
	defer rows.Close()
	var lastSort string
	for rows.Next() {
		var sd, body string
		if err := rows.Scan(&sd, &body); err != nil {
			return page, err
		}
		if len(page.Events) == limit {
			last := page.Events[limit-1]
			page.Next = EncodeCursor(lastSort, last.ID)
			break
		}
		var e Event
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			return page, fmt.Errorf("decoding event: %w", err)
		}
		page.Events = append(page.Events, e)
		lastSort = sd
	}
	return page, rows.Err()
}

// EachEvent streams every event matching f.
func (s *SQLite) EachEvent(ctx context.Context, f EventFilter, fn func(*Event) error) error {
	w, args := where(&f)
	rows, err := s.db.QueryContext(ctx, "SELECT (SELECT b.body FROM event_bodies b WHERE b.rowid = e.rowid) FROM events e"+w+" ORDER BY e.sort_date DESC, e.id DESC", args...)
	if err != nil {
		return fmt.Errorf("querying events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return err
		}
		var e Event
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			return fmt.Errorf("decoding event: %w", err)
		}
		if err := fn(&e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Event returns one stored event with mentions and history.
func (s *SQLite) Event(ctx context.Context, id string) (*EventDetail, error) {
	var body string
	const q = `SELECT b.body FROM events e JOIN event_bodies b ON b.rowid = e.rowid WHERE e.id = ?`
	err := s.db.QueryRowContext(ctx, q, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		// Perhaps the id an event had in its document before merging.
		var sid string
		if err2 := s.db.QueryRowContext(ctx, `SELECT event_id FROM mentions WHERE extracted_id = ? ORDER BY rowid LIMIT 1`, id).Scan(&sid); err2 == nil {
			id = sid
			err = s.db.QueryRowContext(ctx, q, id).Scan(&body)
		}
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("event %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	det := &EventDetail{Event: &Event{}, Mentions: []Mention{}, History: []HistoryEntry{}}
	if err := json.Unmarshal([]byte(body), det.Event); err != nil {
		return nil, fmt.Errorf("decoding event %s: %w", id, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT m.doc_id, m.extracted_id, d.title, d.url, d.source, d.published, m.sentence,
		m.span_start, m.span_end, m.trigger, m.trigger_start, m.trigger_end, m.confidence, m.seen
		FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ? ORDER BY m.seen, m.doc_id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var m Mention
		if err := rows.Scan(&m.Document, &m.EventID, &m.Title, &m.URL, &m.Source, &m.Published, &m.Sentence,
			&m.Start, &m.End, &m.Trigger, &m.TriggerStart, &m.TriggerEnd, &m.Confidence, &m.Seen); err != nil {
			return nil, err
		}
		det.Mentions = append(det.Mentions, m)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	for i := range det.Mentions {
		m := &det.Mentions[i]
		if m.Entities, err = s.mentionEntities(ctx, m.Document, m.Start, m.End); err != nil {
			return nil, err
		}
	}
	det.History, err = s.History(ctx, id)
	return det, err
}

// mentionEntities lists a document's entities inside [start, end).
func (s *SQLite) mentionEntities(ctx context.Context, doc string, start, end int) ([]MentionEntity, error) {
	rows, err := s.db.QueryContext(ctx, MentionEntitiesQuery, doc, start, end)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []MentionEntity{}
	for rows.Next() {
		var e MentionEntity
		if err := rows.Scan(&e.Text, &e.Label, &e.Start, &e.End, &e.Actor); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// History returns the history rows of an event id, also for events since removed.
func (s *SQLite) History(ctx context.Context, id string) ([]HistoryEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT changed_at, reason, doc_id, replaced_by, old FROM event_history WHERE event_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []HistoryEntry{}
	for rows.Next() {
		var h HistoryEntry
		var old string
		if err := rows.Scan(&h.ChangedAt, &h.Reason, &h.Document, &h.ReplacedBy, &old); err != nil {
			return nil, err
		}
		h.Old = &Event{}
		if err := json.Unmarshal([]byte(old), h.Old); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// Document returns one stored document.
func (s *SQLite) Document(ctx context.Context, id string) (*Document, error) {
	var body, text string
	d := &Document{}
	err := s.db.QueryRowContext(ctx, `SELECT body, text, ingested_at, superseded_by FROM documents WHERE id = ?`, id).
		Scan(&body, &text, &d.IngestedAt, &d.SupersededBy)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(body), &d.Document); err != nil {
		return nil, fmt.Errorf("decoding document %s: %w", id, err)
	}
	d.Text = text
	if d.Entities == nil {
		d.Entities = []model.Entity{}
	}
	if d.Events == nil {
		d.Events = []model.Event{}
	}
	if d.Sentences == nil {
		d.Sentences = [][2]int{}
	}
	return d, nil
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

// Documents lists documents, newest ingested first.
func (s *SQLite) Documents(ctx context.Context, f DocumentFilter) (DocumentPage, error) {
	page := DocumentPage{Documents: []DocumentSummary{}}
	var conds []string
	var args []any
	if f.Q != "" {
		if q := FTSQuery(f.Q); q != "" {
			conds = append(conds, "d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
			args = append(args, q)
		} else {
			conds = append(conds, "0")
		}
	}
	if f.Source != "" {
		conds = append(conds, "d.source = ?")
		args = append(args, f.Source)
	}
	w := ""
	if len(conds) > 0 {
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	var err error
	if page.Total, err = s.count(ctx, "documents d", w, args); err != nil {
		return page, fmt.Errorf("counting documents: %w", err)
	}
	if f.Cursor != "" {
		n, err := DecodeDocCursor(f.Cursor)
		if err != nil {
			return page, err
		}
		conds = append(conds, "d.rowid < ?")
		args = append(args, n)
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	limit := limitOf(f.Limit)
	rows, err := s.db.QueryContext(ctx, `SELECT d.rowid, d.id, d.title, d.url, d.source, d.published, d.language, d.ingested_at,
		d.superseded_by, (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id) FROM documents d`+w+
		" ORDER BY d.rowid DESC LIMIT ?", append(args, limit+1)...)
	if err != nil {
		return page, fmt.Errorf("listing documents: %w", err)
	}
	defer rows.Close()
	var last int64
	for rows.Next() {
		var rowid int64
		var d DocumentSummary
		if err := rows.Scan(&rowid, &d.ID, &d.Title, &d.URL, &d.Source, &d.Published, &d.Language, &d.IngestedAt, &d.SupersededBy, &d.Events); err != nil {
			return page, err
		}
		if len(page.Documents) == limit {
			page.Next = EncodeDocCursor(last)
			break
		}
		page.Documents = append(page.Documents, d)
		last = rowid
	}
	return page, rows.Err()
}

// Actors lists the actors of matching events, most active first.
func (s *SQLite) Actors(ctx context.Context, f EventFilter) ([]ActorCount, error) {
	w, args := where(&f)
	q := `SELECT a.actor, max(a.name), max(a.country), max(a.kind), count(DISTINCT a.event_id),
		sum(a.role = 's'), sum(a.role = 't') FROM event_actors a JOIN events e ON e.id = a.event_id` + w +
		` GROUP BY a.actor ORDER BY 5 DESC, a.actor LIMIT ?`
	if Unfiltered(&f) { // the summary tables (summary.go)
		q = `SELECT t.actor, max(n.name), max(n.country), max(n.kind), t.events, sum(n.as_source), sum(n.as_target)
			FROM (SELECT actor, events FROM agg_actors ORDER BY events DESC, actor LIMIT ?) t
			JOIN agg_actor_names n ON n.actor = t.actor GROUP BY t.actor ORDER BY 5 DESC, t.actor`
	}
	rows, err := s.db.QueryContext(ctx, q, append(args, limitOf(f.Limit))...)
	if err != nil {
		return nil, fmt.Errorf("listing actors: %w", err)
	}
	defer rows.Close()
	out := []ActorCount{}
	for rows.Next() {
		var a ActorCount
		if err := rows.Scan(&a.Actor, &a.Name, &a.Country, &a.Kind, &a.Events, &a.AsSource, &a.AsTarget); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Timeline counts matching events per day and type, oldest first.
func (s *SQLite) Timeline(ctx context.Context, f EventFilter) ([]TimelinePoint, error) {
	w, args := where(&f)
	var trs []TimelineRow
	if Unfiltered(&f) {
		rows, err := s.db.QueryContext(ctx, `SELECT sort_date, type, precision, events, fatalities FROM agg_timeline ORDER BY sort_date, type, precision`)
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var r TimelineRow
			if err := rows.Scan(&r.Date, &r.Type, &r.Precision, &r.Events, &r.Fatalities); err != nil {
				return nil, err
			}
			trs = append(trs, r)
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
		return FoldTimeline(trs), nil
	}
	// Grouped by day and type only (the order of the filter indexes), with the precisions
	// counted per group: grouping by precision too would sort every matching row.
	rows, err := s.db.QueryContext(ctx, `SELECT e.sort_date, e.type, count(*), coalesce(sum(e.killed), 0),
		sum(e.date_precision = 'day'), sum(e.date_precision = 'week'), sum(e.date_precision = 'month'), sum(e.date_precision = 'year')
		FROM events e`+w+` GROUP BY e.sort_date, e.type ORDER BY e.sort_date, e.type`, args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var date, typ string
		var n, killed int
		var by [4]int
		if err := rows.Scan(&date, &typ, &n, &killed, &by[0], &by[1], &by[2], &by[3]); err != nil {
			return nil, err
		}
		rest := n
		for i, prec := range datePrecisions {
			if by[i] > 0 {
				trs = append(trs, TimelineRow{Date: date, Type: typ, Precision: prec, Events: by[i], Fatalities: killed})
				killed, rest = 0, rest-by[i]
			}
		}
		if rest > 0 {
			trs = append(trs, TimelineRow{Date: date, Type: typ, Precision: "unknown", Events: rest, Fatalities: killed})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return FoldTimeline(trs), nil
}

// Graph aggregates source -> target actor edges of matching events, heaviest first.
func (s *SQLite) Graph(ctx context.Context, f EventFilter) ([]GraphEdge, error) {
	w, args := where(&f)
	q := `SELECT src.actor, max(src.name), tgt.actor, max(tgt.name), e.quad, count(*)
		FROM events e JOIN event_actors src ON src.event_id = e.id AND src.role = 's'
		JOIN event_actors tgt ON tgt.event_id = e.id AND tgt.role = 't'` + w +
		` GROUP BY src.actor, tgt.actor, e.quad ORDER BY src.actor, tgt.actor, e.quad`
	if Unfiltered(&f) {
		// The heaviest edges from the summary, then their rows per quad class.
		q = `SELECT g.src, max(g.src_name), g.tgt, max(g.tgt_name), g.quad, sum(g.n)
			FROM (SELECT src, tgt FROM agg_edges ORDER BY events DESC, src, tgt LIMIT ?) t
			JOIN agg_graph g ON g.src = t.src AND g.tgt = t.tgt
			GROUP BY g.src, g.tgt, g.quad ORDER BY g.src, g.tgt, g.quad`
		args = append(args, limitOf(f.Limit))
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("graph: %w", err)
	}
	defer rows.Close()
	idx := map[[2]string]int{}
	var out []GraphEdge
	for rows.Next() {
		var src, srcName, tgt, tgtName string
		var quad, n int
		if err := rows.Scan(&src, &srcName, &tgt, &tgtName, &quad, &n); err != nil {
			return nil, err
		}
		k := [2]string{src, tgt}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, GraphEdge{Source: src, SourceName: srcName, Target: tgt, TargetName: tgtName})
		}
		out[i].AddEvents(quad, n)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return SortEdges(out, limitOf(f.Limit)), nil
}

// Stats counts what is stored (superseded documents excluded).
func (s *SQLite) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents WHERE superseded_by = ''),
		(SELECT count(*) FROM events), (SELECT count(*) FROM mentions)`).Scan(&st.Documents, &st.Events, &st.Mentions)
	return st, err
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
