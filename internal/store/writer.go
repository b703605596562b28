package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// The writer is shared by both SQL stores: merge candidates and decisions, reconciling
// counts and history, corrections, event and actor rows, mention rows and the summary tables
// are all here, written once in SQL that SQLite and PostgreSQL both accept ("?" placeholders,
// which the PostgreSQL Dialect rebinds). What really differs between the two (where an
// event's JSON and position live, full-text index maintenance, the entity rows, how an event
// row's version is bumped) sits behind Dialect; locking and the transaction itself stay with
// each store.

// Querier runs "?"-placeholder SQL inside one transaction.
type Querier interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

// Dialect is one write transaction's backend-specific half of the writer.
type Dialect interface {
	Querier
	// BodyFrom is the FROM clause that joins events (aliased e) to their JSON, and the
	// expression of that JSON.
	BodyFrom() (from, body string)
	// InsertDocument stores a new document; args are the values of DocumentColumns.
	InsertDocument(ctx context.Context, d *model.Document, args []any) error
	// InsertMention stores a mention row (args: the values of MentionColumns) and indexes
	// ftsText for full-text search.
	InsertMention(ctx context.Context, args []any, ftsText string) error
	// DeleteMention removes the mention of event eventID by document docID, with its
	// full-text entry.
	DeleteMention(ctx context.Context, eventID, docID string) error
	// WriteEvent inserts (insert) or updates the event row e.ID: cols are the values of
	// EventColumns, body its JSON; geoChanged tells whether its position changed. It returns
	// the row's new version (the merge cache is keyed on it).
	WriteEvent(ctx context.Context, e *Event, cols []any, body string, insert, geoChanged bool) (int64, error)
	// InsertActors inserts event_actors rows (the values of ActorColumns).
	InsertActors(ctx context.Context, rows [][]any) error
	// DeleteEvent removes the event row id with its actor rows, body and position.
	DeleteEvent(ctx context.Context, id string) error
	// WriteSummaries records the transaction's changes to the summary tables (summary.go);
	// the writer calls it once, at the end of the transaction.
	WriteSummaries(ctx context.Context, tables []SummaryRows) error
	// Flush writes what the dialect deferred to the end of the transaction.
	Flush(ctx context.Context) error
}

// DocumentColumns are the document columns the writer fills, in the order of InsertDocument's args.
const DocumentColumns = "id, url, title, source, language, published, text, body, input_hash, seen, ingested_at"

// MentionColumns are the mention columns the writer fills, in the order of InsertMention's args.
const MentionColumns = "event_id, doc_id, extracted_id, sentence, span_start, span_end, trigger, trigger_start, trigger_end, confidence, seen, body"

// ActorColumns are the event_actors columns, in the order of InsertActors' rows.
const ActorColumns = "event_id, role, actor, name, name_lc, country, kind"

// EventColumns are the event columns the writer fills, in the order of WriteEvent's cols; the
// last is id.
var EventColumns = []string{"type", "mode", "modality", "background", "acled_type", "acled_sub_type", "cameo_root",
	"quad", "date", "date_precision", "day", "sort_date", "country", "admin1", "has_geo", "lat", "lon", "geo_precision",
	"killed", "confidence", "sources_count", "articles_count", "first_seen", "last_seen", "seen_day", "updated_at", "id"}

// Placeholders is n "?" separated by commas.
func Placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// EventSet is "col = ?, ..." over EventColumns without id, for an UPDATE of an event row.
var EventSet = func() string {
	cols := EventColumns[:len(EventColumns)-1]
	return strings.Join(cols, " = ?, ") + " = ?"
}()

// cachedEvent is a decoded stored event at one version, with the reports it was reconciled
// from when known (nil otherwise), so that a merge need not re-read and decode every mention.
type cachedEvent struct {
	version int64
	e       *Event
	reps    []Report
}

// maxCachedReports bounds the committed events whose reports stay cached; maxCache bounds
// the merge cache (it is emptied when full).
const (
	maxCachedReports = 50_000
	maxCache         = 200_000
)

// MergeCache holds decoded stored events by id for merging, each valid for one version of
// its row. A store keeps one for its lifetime; it is safe for concurrent use. Versions must
// never repeat for an id with other content (SQLite bumps them under its single writer,
// PostgreSQL takes them from a sequence).
type MergeCache struct {
	mu sync.Mutex
	m  map[string]cachedEvent
}

func (c *MergeCache) get(id string, version int64) (cachedEvent, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ce, ok := c.m[id]
	return ce, ok && ce.version == version
}

// commit adds a committed transaction's versions.
func (c *MergeCache) commit(pending map[string]cachedEvent, stale map[string]bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]cachedEvent{}
	}
	if len(c.m)+len(pending) > maxCache {
		clear(c.m)
	}
	for id, ce := range pending {
		if stale[id] || len(c.m) > maxCachedReports {
			ce.reps = nil
		}
		c.m[id] = ce
	}
}

// WriteBatch is one write transaction of the shared writer: Save (or Import) each input,
// Finish before the commit, Committed after it.
type WriteBatch struct {
	d     Dialect
	ctx   context.Context
	now   time.Time
	stamp string // RFC 3339
	cache *MergeCache
	// pending holds the versions written by this transaction; stale the events whose
	// mentions changed without a new version.
	pending map[string]cachedEvent
	stale   map[string]bool
	agg     *aggDelta
	// Correction, when not nil, is returned instead of applying a correction (a document
	// superseded or restored): PostgreSQL retries such a save under its exclusive lock.
	Correction error
	// Cancel, when not nil, is checked between inputs by SaveAll (and its error returned):
	// a store whose statements run on a context that cannot be cancelled stops there.
	Cancel context.Context
}

// NewWriteBatch starts the writer's part of a transaction; cache may be nil.
func NewWriteBatch(ctx context.Context, d Dialect, cache *MergeCache, now time.Time) *WriteBatch {
	if cache == nil {
		cache = &MergeCache{}
	}
	return &WriteBatch{d: d, ctx: ctx, now: now, stamp: now.Format(time.RFC3339), cache: cache,
		pending: map[string]cachedEvent{}, stale: map[string]bool{}, agg: newAggDelta()}
}

// TxBeginner begins transactions: a *sql.DB, or a *sql.Conn.
type TxBeginner interface {
	BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error)
}

// WriteTx runs fn as one write transaction of the shared writer on db: it begins the
// transaction, gives fn a WriteBatch over dialect(tx), then writes what the batch deferred
// (Finish), commits, and hands the new versions to cache. Errors from fn are returned as they
// are; the others name the transaction (name).
func WriteTx(ctx context.Context, db TxBeginner, dialect func(*sql.Tx) Dialect, cache *MergeCache, now time.Time, name string,
	fn func(tx *sql.Tx, b *WriteBatch) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("saving %s: %w", name, err)
	}
	defer tx.Rollback()
	b := NewWriteBatch(ctx, dialect(tx), cache, now)
	if err := fn(tx, b); err != nil {
		return err
	}
	if err := b.Finish(); err != nil {
		return fmt.Errorf("saving %s: %w", name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("saving %s: %w", name, err)
	}
	b.Committed()
	return nil
}

// Finish writes the summary-table changes and what the dialect deferred; call it last
// before the commit.
func (b *WriteBatch) Finish() error {
	if err := b.d.WriteSummaries(b.ctx, b.agg.tables()); err != nil {
		return fmt.Errorf("summaries: %w", err)
	}
	b.agg = newAggDelta()
	if err := b.d.Flush(b.ctx); err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	return nil
}

// Committed hands the transaction's event versions to the merge cache; call it after a
// successful commit.
func (b *WriteBatch) Committed() { b.cache.commit(b.pending, b.stale) }

// Save stores one input's documents, merging their events.
func (b *WriteBatch) Save(in Input) (SaveResult, error) {
	w := &writer{WriteBatch: b, emptied: map[string]bool{}, seenAt: in.SeenAt}
	if _, ok := DayNumber(w.seenAt); !ok {
		w.seenAt = b.now.Format(time.DateOnly)
	}
	return w.save(in)
}

// SaveAll saves several inputs in turn; an error names the input.
func (b *WriteBatch) SaveAll(ins []Input) ([]SaveResult, error) {
	out := make([]SaveResult, 0, len(ins))
	for _, in := range ins {
		if b.Cancel != nil {
			if err := b.Cancel.Err(); err != nil {
				return nil, err
			}
		}
		res, err := b.Save(in)
		if err != nil {
			return nil, fmt.Errorf("saving %s: %w", in.Name, err)
		}
		out = append(out, res)
	}
	return out, nil
}

// ImportAll imports stored events (Import), all of evs in this transaction.
func (b *WriteBatch) ImportAll(evs []Event) error {
	for i := range evs {
		if err := b.Import(&evs[i]); err != nil {
			return err
		}
	}
	return nil
}

// Import inserts a stored event as it is, without merging or documents, unless its id is
// stored already (then it is skipped).
func (b *WriteBatch) Import(e *Event) error {
	if e.FirstSeen == "" {
		e.FirstSeen = b.now.Format(time.DateOnly)
	}
	if e.LastSeen == "" {
		e.LastSeen = e.FirstSeen
	}
	NormalizeEvent(&e.Event)
	var n int
	if err := b.d.QueryRowContext(b.ctx, `SELECT count(*) FROM events WHERE id = ?`, e.ID).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := b.writeEventRow(e, true, nil, ""); err != nil {
		return fmt.Errorf("event %s: %w", e.ID, err)
	}
	return nil
}

// writer is the saving of one input.
type writer struct {
	*WriteBatch
	seenAt  string // YYYY-MM-DD for undated documents
	emptied map[string]bool
	// docEvs are the stored events the document being saved has mentions in (merge
	// candidates exclude them).
	docEvs map[string]bool
	res    SaveResult
}

func (w *writer) exec(q string, args ...any) error {
	_, err := w.d.ExecContext(w.ctx, q, args...)
	return err
}

func (w *writer) count(q string, args ...any) (int, error) {
	var n int
	err := w.d.QueryRowContext(w.ctx, q, args...).Scan(&n)
	return n, err
}

func (w *writer) strings(q string, args ...any) ([]string, error) {
	rows, err := w.d.QueryContext(w.ctx, q, args...)
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

func (w *writer) save(in Input) (SaveResult, error) {
	if in.Hash != "" {
		n, err := w.count(`SELECT count(*) FROM inputs WHERE hash = ?`, in.Hash)
		if err != nil {
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
	var order []string
	if in.URL != "" && len(in.Docs) > 0 {
		urls[in.URL] = in.Docs[0].ID
		order = append(order, in.URL)
	}
	for i := range in.Docs {
		if u := in.Docs[i].URL; u != "" {
			if _, ok := urls[u]; !ok {
				urls[u] = in.Docs[i].ID
				order = append(order, u)
			}
		}
	}
	for _, u := range order {
		// "url <> ''" (u is never empty) lets SQLite use the partial index documents_url;
		// without it every save scanned the whole documents table.
		old, err := w.strings(`SELECT id FROM documents WHERE url = ? AND url <> '' AND superseded_by = '' ORDER BY rowid`, u)
		if err != nil {
			return w.res, err
		}
		for _, id := range old {
			if newIDs[id] {
				continue
			}
			if w.Correction != nil {
				return w.res, w.Correction
			}
			if err := w.supersede(id, urls[u]); err != nil {
				return w.res, err
			}
		}
	}
	for i := range in.Docs {
		dr, err := w.saveDoc(&in.Docs[i], in.Hash, in.encodingOf(i))
		if err != nil {
			return w.res, err
		}
		w.res.Docs = append(w.res.Docs, dr)
	}
	// Events a correction emptied and no new report took up are removed.
	emptied := make([]string, 0, len(w.emptied))
	for id := range w.emptied {
		emptied = append(emptied, id)
	}
	sort.Strings(emptied)
	for _, id := range emptied {
		n, err := w.count(`SELECT count(*) FROM mentions WHERE event_id = ?`, id)
		if err != nil {
			return w.res, err
		}
		if n > 0 {
			continue
		}
		if err := w.history(id, "removed", "", ""); err != nil {
			return w.res, err
		}
		if err := w.deleteEventRow(id); err != nil {
			return w.res, err
		}
	}
	if in.Hash != "" {
		err := w.exec(`INSERT INTO inputs (hash, url, name, docs, saved_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			in.Hash, in.URL, in.Name, len(in.Docs), w.stamp)
		if err != nil {
			return w.res, err
		}
	}
	return w.res, nil
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
	from, body := w.d.BodyFrom()
	return w.exec(`INSERT INTO event_history (event_id, changed_at, reason, doc_id, replaced_by, old)
		SELECT e.id, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), `+body+` FROM `+from+` WHERE e.id = ?`,
		w.stamp, reason, doc, replacedBy, id)
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
		if err := w.d.DeleteMention(w.ctx, id, old); err != nil {
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

// saveDoc stores one document; enc is its JSON made ahead (Input.Encode), or nil.
func (w *writer) saveDoc(d *model.Document, hash string, enc *docEncoding) (DocResult, error) {
	dr := DocResult{ID: d.ID, Events: []string{}}
	if d.ID == "" {
		return dr, errors.New("document without id")
	}
	var superseded string
	err := w.d.QueryRowContext(w.ctx, `SELECT superseded_by FROM documents WHERE id = ?`, d.ID).Scan(&superseded)
	switch {
	case err == nil && superseded == "":
		dr.Events, err = w.docEvents(d.ID)
		return dr, err
	case err == nil:
		// The content came back (a correction undone): restore the document's reports.
		if w.Correction != nil {
			return dr, w.Correction
		}
		if err := w.exec(`UPDATE documents SET superseded_by = '' WHERE id = ?`, d.ID); err != nil {
			return dr, err
		}
		// Its mentions went when it was superseded; any left are its stored events.
		ids, err := w.docEvents(d.ID)
		if err != nil {
			return dr, err
		}
		w.docEvs = map[string]bool{}
		for _, id := range ids {
			w.docEvs[id] = true
		}
	case errors.Is(err, sql.ErrNoRows):
		if err := w.insertDoc(d, hash, enc); err != nil {
			return dr, err
		}
		w.docEvs = map[string]bool{} // a new document has no mentions yet
	default:
		return dr, err
	}
	dr.New = true
	seen := w.seenOf(d)
	for i := range d.Events {
		id, err := w.mergeEvent(d, i, seen, enc)
		if err != nil {
			return dr, err
		}
		w.docEvs[id] = true
		dr.Events = append(dr.Events, id)
	}
	return dr, nil
}

// seenOf is a document's first_seen date: its publication date, else the input's date.
func (w *writer) seenOf(d *model.Document) string {
	if _, ok := DayNumber(d.Published); ok {
		return d.Published
	}
	return w.seenAt
}

func (w *writer) insertDoc(d *model.Document, hash string, enc *docEncoding) error {
	var body string
	if enc != nil {
		body = enc.body
	} else {
		var err error
		if body, err = docBody(d); err != nil {
			return err
		}
	}
	return w.d.InsertDocument(w.ctx, d, []any{d.ID, d.URL, d.Title, d.Source, d.Language, d.Published, d.Text,
		body, hash, w.seenOf(d), w.stamp})
}

// mergeEvent stores event i of d: into the best-matching stored event, or as a new one.
// enc is the document's JSON made ahead, or nil. It returns the stored event id.
func (w *writer) mergeEvent(d *model.Document, i int, seen string, enc *docEncoding) (string, error) {
	ev := mentionEvent(d, i)
	target, version, err := w.findMatch(&ev, d.ID, seen)
	if err != nil {
		return "", err
	}
	merged := target != ""
	sentence := sentenceText(d.Text, ev.Evidence)
	// The report as recompute would read it back from the mention row (model.Event has no
	// JSON customisation: its encoding round-trips).
	rep := Report{Doc: d.ID, Outlet: d.Source, URL: d.URL, Title: d.Title, Seen: seen, Sentence: sentence, Event: ev}
	if !merged {
		w.res.NewEvents++
		target = ev.ID
		// The extracted id, unless a stored event has it. A dialect whose inserts report
		// an existing id (errEventExists) is not asked first.
		_, tries := w.d.(insertChecker)
		if !tries {
			n, err := w.count(`SELECT count(*) FROM events WHERE id = ?`, target)
			if err != nil {
				return "", err
			}
			if n > 0 {
				target = hashID("e-", d.ID, ev.ID, strconv.Itoa(i))
			}
		}
		for {
			e, body := enc.single(i, target, seen)
			if e == nil {
				e = Reconcile(target, []Report{rep})
			}
			err := w.writeEvent(e, true, []Report{rep}, nil, body)
			if tries && errors.Is(err, errEventExists) && target == ev.ID {
				target = hashID("e-", d.ID, ev.ID, strconv.Itoa(i))
				continue
			}
			if err != nil {
				return "", err
			}
			break
		}
	} else {
		w.res.Merged++
	}
	var body string
	if enc != nil {
		body = enc.mentions[i]
	} else {
		b, err := marshalModelEvent(&ev)
		if err != nil {
			return "", err
		}
		body = string(b)
	}
	err = w.d.InsertMention(w.ctx, []any{target, d.ID, ev.ID, sentence, ev.Evidence.Start, ev.Evidence.End, ev.Evidence.Trigger,
		ev.Evidence.TriggerStart, ev.Evidence.TriggerEnd, ev.Confidence, seen, body}, d.Title+"\n"+sentence)
	if err != nil || !merged {
		return target, err
	}
	if reps := w.cachedReports(target, version); reps != nil {
		old, err := w.stored(target, version) // cached: findMatch read it
		if err != nil {
			return "", err
		}
		reps = append(slices.Clip(reps), rep)
		return target, w.writeEvent(Reconcile(target, reps), false, reps, old, "")
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
	if c, ok := w.cache.get(id, version); ok {
		return c.reps
	}
	return nil
}

// cached returns the decoded stored event id at version from the caches, or nil.
func (w *writer) cached(id string, version int64) *Event {
	if c, ok := w.pending[id]; ok && c.version == version {
		return c.e
	}
	if c, ok := w.cache.get(id, version); ok {
		return c.e
	}
	return nil
}

// stored returns the decoded stored event id at version, from the caches or the database.
func (w *writer) stored(id string, version int64) (*Event, error) {
	if e := w.cached(id, version); e != nil {
		return e, nil
	}
	if err := w.load([]string{id}); err != nil {
		return nil, err
	}
	if c, ok := w.pending[id]; ok {
		return c.e, nil
	}
	return nil, fmt.Errorf("event %s: %w", id, sql.ErrNoRows)
}

// load reads and decodes stored events into pending, at the version read with each body.
func (w *writer) load(ids []string) error {
	from, body := w.d.BodyFrom()
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := w.d.QueryContext(w.ctx, `SELECT e.id, e.version, `+body+` FROM `+from+` WHERE e.id IN (`+Placeholders(len(ids))+`)`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, b string
		var version int64
		if err := rows.Scan(&id, &version, &b); err != nil {
			return err
		}
		e := &Event{}
		if err := json.Unmarshal([]byte(b), e); err != nil {
			return fmt.Errorf("event %s: %w", id, err)
		}
		w.pending[id] = cachedEvent{version: version, e: e}
	}
	return rows.Err()
}

// candidateFinder is a Dialect that finds merge candidates without a query (SQLite's merge
// index, mergeindex.go).
type candidateFinder interface {
	// mergeCandidates returns the stored events of type typ dated (dated) or else first seen
	// on days lo..hi, with their versions; ok is false when the dialect cannot tell.
	mergeCandidates(ctx context.Context, typ string, dated bool, lo, hi int) (_ []idVersion, ok bool, _ error)
}

// findMatch returns the id and version of the stored event ev merges into, or "".
func (w *writer) findMatch(ev *model.Event, docID, seen string) (string, int64, error) {
	day, dated := DayNumber(ev.Date.Value)
	if !dated {
		day, _ = DayNumber(seen)
	}
	var found []idVersion
	ok := false
	if cf, is := w.d.(candidateFinder); is {
		var err error
		if found, ok, err = cf.mergeCandidates(w.ctx, ev.Type, dated, day-1, day+1); err != nil {
			return "", 0, err
		}
		// Not the events this document already reports (the query below says so in SQL).
		found = slices.DeleteFunc(found, func(c idVersion) bool { return w.docEvs[c.id] })
	}
	if !ok {
		var err error
		if found, err = w.candidates(ev.Type, dated, day, docID); err != nil {
			return "", 0, err
		}
	}
	type cand struct {
		id      string
		version int64
		e       *Event // nil until loaded
	}
	cands := make([]cand, 0, len(found))
	var missing []string
	for _, f := range found {
		c := cand{id: f.id, version: f.version}
		if c.e = w.cached(c.id, c.version); c.e == nil {
			missing = append(missing, c.id)
		}
		cands = append(cands, c)
	}
	// The events not cached at their version, in one query per 500.
	for lo := 0; lo < len(missing); lo += 500 {
		if err := w.load(missing[lo:min(lo+500, len(missing))]); err != nil {
			return "", 0, err
		}
	}
	best, bestVersion, bestScore := "", int64(0), 0.0
	for _, c := range cands {
		if c.e == nil { // loaded now (at the version read with its body)
			p, ok := w.pending[c.id]
			if !ok {
				continue
			}
			c.e, c.version = p.e, p.version
		}
		if sc, ok := MergeScore(ev, seen, c.e); ok && (sc > bestScore || sc == bestScore && c.id < best) {
			best, bestVersion, bestScore = c.id, c.version, sc
		}
	}
	return best, bestVersion, nil
}

// candidates queries the merge candidates of an event of type typ on day (its date when
// dated, else the day it was seen): stored events of that type within a day of it, dated
// alike, that document docID does not report yet.
func (w *writer) candidates(typ string, dated bool, day int, docID string) ([]idVersion, error) {
	var rows *sql.Rows
	var err error
	if dated {
		rows, err = w.d.QueryContext(w.ctx, `SELECT id, version FROM events
			WHERE type = ? AND day BETWEEN ? AND ?
			AND id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)`, typ, day-1, day+1, docID)
	} else {
		rows, err = w.d.QueryContext(w.ctx, `SELECT id, version FROM events
			WHERE type = ? AND day IS NULL AND seen_day BETWEEN ? AND ?
			AND id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)`, typ, day-1, day+1, docID)
	}
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []idVersion
	for rows.Next() {
		var c idVersion
		if err := rows.Scan(&c.id, &c.version); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
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
	rows, err := w.d.QueryContext(w.ctx, `SELECT m.doc_id, m.sentence, m.seen, m.body, d.source, d.url, d.title
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
	return true, w.writeEvent(Reconcile(id, reps), false, reps, nil, "")
}

// writeEvent inserts or updates a stored event row and its actor rows; reps are the reports
// it was reconciled from (nil: not known), old the stored event it replaces when known, body
// its JSON when made ahead ("": made here).
func (w *writer) writeEvent(e *Event, insert bool, reps []Report, old *Event, body string) error {
	version, err := w.writeEventRow(e, insert, old, body)
	if err == nil {
		w.pending[e.ID] = cachedEvent{version, e, reps}
		delete(w.stale, e.ID)
	}
	return err
}

// writeEventRow writes a stored event and returns its new version. An update rewrites only
// the actor and position rows that changed; the summary changes go to b.agg.
//
// old is the stored event as it is in the database (its cached decoded body), or nil: then
// its row and actor rows are read back.
func (b *WriteBatch) writeEventRow(e *Event, insert bool, old *Event, body string) (int64, error) {
	if body == "" {
		j, err := marshalEvent(e)
		if err != nil {
			return 0, err
		}
		body = string(j)
	}
	row := eventRowOf(e)
	cols := b.eventCols(e, &row)
	var oldActors []actorRow
	var changed []bool // the columns that differ from old's (nil: unknown)
	hasGeo := 0
	if e.Location != nil {
		hasGeo = 1
	}
	geoChanged := true
	if !insert {
		var oldRow eventRow
		if old != nil {
			oldRow = eventRowOf(old)
			oldCols := b.eventCols(old, &oldRow)
			changed = make([]bool, len(cols))
			for i := range cols {
				changed[i] = cols[i] != oldCols[i]
			}
			geoChanged = (old.Location != nil) != (e.Location != nil) ||
				e.Location != nil && (old.Location.Lat != e.Location.Lat || old.Location.Lon != e.Location.Lon)
		} else {
			var oldHasGeo int
			var oldLat, oldLon sql.NullFloat64
			var oldKilled sql.NullInt64
			err := b.d.QueryRowContext(b.ctx, `SELECT sort_date, type, date_precision, killed, quad, has_geo, lat, lon FROM events WHERE id = ?`, e.ID).
				Scan(&oldRow.sortDate, &oldRow.typ, &oldRow.prec, &oldKilled, &oldRow.quad, &oldHasGeo, &oldLat, &oldLon)
			if err != nil {
				return 0, err
			}
			oldRow.killed = oldKilled.Int64
			if oldRow.actors, err = b.storedActors(e.ID); err != nil {
				return 0, err
			}
			geoChanged = oldHasGeo != hasGeo || hasGeo == 1 && (oldLat.Float64 != e.Location.Lat || oldLon.Float64 != e.Location.Lon)
		}
		oldActors = oldRow.actors
		b.agg.add(&oldRow, -1)
	}
	var version int64
	var err error
	if u, ok := b.d.(columnUpdater); ok && changed != nil && useColumnUpdates {
		version, err = u.UpdateEventColumns(b.ctx, e, cols, changed, body, geoChanged)
	} else {
		version, err = b.d.WriteEvent(b.ctx, e, cols, body, insert, geoChanged)
	}
	if err != nil {
		return 0, err
	}
	b.agg.add(&row, +1)
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
		if _, err := b.d.ExecContext(b.ctx, `DELETE FROM event_actors WHERE event_id = ? AND role = ? AND actor = ?`, e.ID, o.role, o.actor); err != nil {
			return 0, err
		}
	}
	var rows [][]any
	for _, a := range row.actors {
		if !have[[2]string{a.role, a.actor}] {
			rows = append(rows, []any{e.ID, a.role, a.actor, a.name, strings.ToLower(a.name), a.country, a.kind})
		}
	}
	if len(rows) > 0 {
		if err := b.d.InsertActors(b.ctx, rows); err != nil {
			return 0, err
		}
	}
	return version, nil
}

// useColumnUpdates lets the writer update only the changed columns of event rows (tests
// compare it with full updates).
var useColumnUpdates = true

// insertChecker is a Dialect whose WriteEvent inserts return errEventExists, having written
// nothing, when an event with the id is stored already.
type insertChecker interface{ checksInserts() }

// errEventExists is the error of an insert of an event id that is stored already.
var errEventExists = errors.New("event id stored already")

// columnUpdater is a Dialect that can update only some columns of an event row (SQLite:
// an UPDATE rewrites the index entries of every column it sets).
type columnUpdater interface {
	// UpdateEventColumns is WriteEvent's update of e's row, setting only the columns marked
	// in changed (and updated_at).
	UpdateEventColumns(ctx context.Context, e *Event, cols []any, changed []bool, body string, geoChanged bool) (int64, error)
}

// eventCols are the values of EventColumns for stored event e, whose summary row is row.
func (b *WriteBatch) eventCols(e *Event, row *eventRow) []any {
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
	return []any{e.Type, e.Mode, ModalityOf(e.Modality), bg, e.ACLED.EventType, e.ACLED.SubEventType, e.CAMEORoot,
		row.quad, e.Date.Value, row.prec, day, row.sortDate,
		country, admin1, hasGeo, lat, lon, prec, killed, e.Confidence, e.SourcesCount, e.ArticlesCount,
		e.FirstSeen, e.LastSeen, seenDay, b.stamp, e.ID}
}

// storedActors reads the event_actors rows of an event.
func (b *WriteBatch) storedActors(id string) ([]actorRow, error) {
	rows, err := b.d.QueryContext(b.ctx, `SELECT role, actor, name, country, kind FROM event_actors WHERE event_id = ?`, id)
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
func (b *WriteBatch) deleteEventRow(id string) error {
	var old eventRow
	var killed sql.NullInt64
	err := b.d.QueryRowContext(b.ctx, `SELECT sort_date, type, date_precision, killed, quad FROM events WHERE id = ?`, id).
		Scan(&old.sortDate, &old.typ, &old.prec, &killed, &old.quad)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	old.killed = killed.Int64
	if old.actors, err = b.storedActors(id); err != nil {
		return err
	}
	b.agg.add(&old, -1)
	delete(b.pending, id)
	return b.d.DeleteEvent(b.ctx, id)
}

func hashID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + hex.EncodeToString(h.Sum(nil)[:8])
}
