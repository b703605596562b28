// Package postgres is the PostgreSQL implementation of store.Store (through pgx's
// database/sql driver), for deployments where many `sitrep worker` processes on several
// machines share one database. It keeps the schema of internal/store's SQLite store
// (translated in migrations.go) and passes the same conformance suite (storetest).
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
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
)

// Store is the PostgreSQL store.
type Store struct {
	db *sql.DB
	// SerialSaves makes every Save take the save lock exclusively (one writer at a time,
	// as before bucket locks; for comparison in benchmarks).
	SerialSaves bool
	// Now is the clock (tests set it); nil means time.Now.
	Now func() time.Time
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
func (s *Store) Close() error { return s.db.Close() }

// DB exposes the connection pool (for the worker queue, benchmarks and maintenance).
func (s *Store) DB() *sql.DB { return s.db }

func (s *Store) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

func (s *Store) p(ctx context.Context) pq { return pq{s.db, ctx} }

// Seen reports what is known of an input's content hash and URL.
func (s *Store) Seen(ctx context.Context, hash, url string) (store.Seen, error) {
	var r store.Seen
	if hash != "" {
		var n int
		if err := s.p(ctx).row(`SELECT count(*) FROM inputs WHERE hash = ?`, hash).Scan(&n); err != nil {
			return r, err
		}
		r.Hash = n > 0
	}
	if url != "" {
		var n int
		err := s.p(ctx).row(`SELECT (SELECT count(*) FROM inputs WHERE url = ?) + (SELECT count(*) FROM documents WHERE url = ?)`, url, url).Scan(&n)
		if err != nil {
			return r, err
		}
		r.URL = n > 0
	}
	return r, nil
}

// HasDocument reports whether a document id is stored.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.p(ctx).row(`SELECT count(*) FROM documents WHERE id = ?`, id).Scan(&n)
	return n > 0, err
}

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

func (s *Store) saveAllOnce(ctx context.Context, ins []store.Input, also func(*sql.Tx, []store.SaveResult) error, exclusive bool) ([]store.SaveResult, error) {
	name := ""
	if len(ins) > 0 {
		name = ins[0].Name
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("saving %s: %w", name, err)
	}
	defer tx.Rollback()
	now := s.now()
	if exclusive {
		_, err = tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(saveLock))
	} else {
		_, err = tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock_shared($1)`, int64(saveLock))
		if err == nil {
			// One round trip; unnest yields the sorted keys in order, so every transaction
			// takes its keys in the same order and none can deadlock another.
			_, err = tx.ExecContext(ctx, `SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::int8[]) AS k`, lockKeys(ins, now))
		}
	}
	if err != nil {
		return nil, fmt.Errorf("saving %s: %w", name, err)
	}
	out := make([]store.SaveResult, 0, len(ins))
	for _, in := range ins {
		w := &writer{pq: pq{tx, ctx}, tx: tx, now: now, emptied: map[string]bool{}, exclusive: exclusive}
		w.stamp = w.now.Format(time.RFC3339)
		w.seenAt = in.SeenAt
		if _, ok := store.DayNumber(w.seenAt); !ok {
			w.seenAt = w.now.Format(time.DateOnly)
		}
		res, err := w.save(in)
		if err != nil {
			return nil, fmt.Errorf("saving %s: %w", in.Name, err)
		}
		out = append(out, res)
	}
	if also != nil {
		if err := also(tx, out); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("saving %s: %w", name, err)
	}
	return out, nil
}

// writer is one Save transaction.
type writer struct {
	pq
	tx      *sql.Tx
	now     time.Time
	stamp   string // RFC 3339
	seenAt  string // YYYY-MM-DD for undated documents
	emptied map[string]bool
	res     store.SaveResult
	// exclusive is set when this transaction holds the save lock alone; without it, a
	// correction (which touches events outside the locked buckets) aborts to be retried.
	exclusive bool
}

func (w *writer) save(in store.Input) (store.SaveResult, error) {
	if in.Hash != "" {
		var n int
		if err := w.row(`SELECT count(*) FROM inputs WHERE hash = ?`, in.Hash).Scan(&n); err != nil {
			return w.res, err
		}
		if n > 0 {
			for i := range in.Docs {
				evs, err := w.docEvents(in.Docs[i].ID)
				if err != nil {
					return w.res, err
				}
				w.res.Docs = append(w.res.Docs, store.DocResult{ID: in.Docs[i].ID, Events: evs})
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
		repl := urls[u]
		old, err := w.strings(`SELECT id FROM documents WHERE url = ? AND superseded_by = '' ORDER BY rowid`, u)
		if err != nil {
			return w.res, err
		}
		for _, id := range old {
			if !newIDs[id] {
				if !w.exclusive {
					return w.res, errNeedExclusive
				}
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
	emptied := make([]string, 0, len(w.emptied))
	for id := range w.emptied {
		emptied = append(emptied, id)
	}
	sort.Strings(emptied)
	for _, id := range emptied {
		var n int
		if err := w.row(`SELECT count(*) FROM mentions WHERE event_id = ?`, id).Scan(&n); err != nil {
			return w.res, err
		}
		if n > 0 {
			continue
		}
		if err := w.history(id, "removed", "", ""); err != nil {
			return w.res, err
		}
		if err := w.exec(`DELETE FROM events WHERE id = ?`, id); err != nil {
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
	return w.exec(`INSERT INTO event_history (event_id, changed_at, reason, doc_id, replaced_by, old)
		SELECT id, ?::text, ?::text, ?::text, ?::text, body FROM events WHERE id = ?`, w.stamp, reason, doc, replacedBy, id)
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

func (w *writer) saveDoc(d *model.Document, hash string) (store.DocResult, error) {
	dr := store.DocResult{ID: d.ID, Events: []string{}}
	if d.ID == "" {
		return dr, errors.New("document without id")
	}
	var superseded string
	err := w.row(`SELECT superseded_by FROM documents WHERE id = ?`, d.ID).Scan(&superseded)
	switch {
	case err == nil && superseded == "":
		dr.Events, err = w.docEvents(d.ID)
		return dr, err
	case err == nil:
		// The content came back (a correction undone): restore the document's reports.
		if !w.exclusive {
			return dr, errNeedExclusive
		}
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
	if _, ok := store.DayNumber(seen); !ok {
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

// ftsMax bounds the text indexed for full-text search (PostgreSQL limits a tsvector to 1 MB).
const ftsMax = 200_000

func ftsText(s string) string {
	if len(s) <= ftsMax {
		return s
	}
	i := ftsMax
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i]
}

func (w *writer) insertDoc(d *model.Document, hash string) error {
	body := *d
	body.Text = ""
	b, err := json.Marshal(&body)
	if err != nil {
		return err
	}
	seen := d.Published
	if _, ok := store.DayNumber(seen); !ok {
		seen = w.seenAt
	}
	err = w.exec(`INSERT INTO documents (id, url, title, source, language, published, text, body, input_hash, seen, ingested_at, fts)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, to_tsvector('simple', ?::text))`,
		d.ID, d.URL, d.Title, d.Source, d.Language, d.Published, d.Text, string(b), hash, seen, w.stamp,
		ftsText(d.Title+"\n"+d.Text))
	if err != nil {
		return err
	}
	// Entities go in multi-row INSERTs: one round trip per 500 rather than one each.
	const cols = 10
	for start := 0; start < len(d.Entities); start += 500 {
		end := min(start+500, len(d.Entities))
		var q strings.Builder
		q.WriteString(`INSERT INTO entities (doc_id, span_start, span_end, label, text, actor, value, country, lat, lon) VALUES `)
		args := make([]any, 0, (end-start)*cols)
		for i := start; i < end; i++ {
			e := &d.Entities[i]
			var country string
			var lat, lon any
			if e.Geo != nil {
				country, lat, lon = e.Geo.Country, e.Geo.Lat, e.Geo.Lon
			}
			if i > start {
				q.WriteString(", ")
			}
			q.WriteString("(?, ?, ?, ?, ?, ?, ?, ?, ?::float8, ?::float8)")
			args = append(args, d.ID, e.Start, e.End, string(e.Label), e.Text, e.Actor, e.Value, country, lat, lon)
		}
		if err := w.exec(q.String(), args...); err != nil {
			return err
		}
	}
	return nil
}

// mergeEvent stores event i of d: into the best-matching stored event, or as a new one.
// It returns the stored event id.
func (w *writer) mergeEvent(d *model.Document, i int, seen string) (string, error) {
	ev := d.Events[i]
	if ev.ID == "" {
		ev.ID = hashID("e-", d.ID, strconv.Itoa(i))
	}
	target, err := w.findMatch(&ev, d.ID, seen)
	if err != nil {
		return "", err
	}
	merged := target != ""
	if !merged {
		w.res.NewEvents++
		target = ev.ID
		var n int
		if err := w.row(`SELECT count(*) FROM events WHERE id = ?`, target).Scan(&n); err != nil {
			return "", err
		}
		if n > 0 {
			target = hashID("e-", d.ID, ev.ID, strconv.Itoa(i))
		}
		rep := reportOf(d, &ev, seen)
		if err := w.writeEvent(store.Reconcile(target, []store.Report{rep}), true); err != nil {
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
	err = w.exec(`INSERT INTO mentions (event_id, doc_id, extracted_id, sentence, span_start, span_end, trigger, trigger_start, trigger_end, confidence, seen, body, fts)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, to_tsvector('simple', ?::text))`,
		target, d.ID, ev.ID, sentence, ev.Evidence.Start, ev.Evidence.End, ev.Evidence.Trigger,
		ev.Evidence.TriggerStart, ev.Evidence.TriggerEnd, ev.Confidence, seen, string(body), ftsText(d.Title+"\n"+sentence))
	if err != nil {
		return "", err
	}
	if merged {
		if _, err := w.recompute(target); err != nil {
			return "", err
		}
	}
	return target, nil
}

// findMatch returns the id of the stored event ev merges into, or "".
func (w *writer) findMatch(ev *model.Event, docID, seen string) (string, error) {
	var rows *sql.Rows
	var err error
	if day, ok := store.DayNumber(ev.Date.Value); ok {
		rows, err = w.query(`SELECT id, body FROM events
			WHERE type = ? AND day BETWEEN ? AND ?
			AND id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)`, ev.Type, day-1, day+1, docID)
	} else {
		sd, _ := store.DayNumber(seen)
		rows, err = w.query(`SELECT id, body FROM events
			WHERE type = ? AND day IS NULL AND seen_day BETWEEN ? AND ?
			AND id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)`, ev.Type, sd-1, sd+1, docID)
	}
	if err != nil {
		return "", err
	}
	defer rows.Close()
	best, bestScore := "", 0.0
	for rows.Next() {
		var id, body string
		if err := rows.Scan(&id, &body); err != nil {
			return "", err
		}
		var st store.Event
		if err := json.Unmarshal([]byte(body), &st); err != nil {
			return "", fmt.Errorf("event %s: %w", id, err)
		}
		if sc, ok := store.MergeScore(ev, seen, &st); ok && (sc > bestScore || sc == bestScore && id < best) {
			best, bestScore = id, sc
		}
	}
	return best, rows.Err()
}

func reportOf(d *model.Document, ev *model.Event, seen string) store.Report {
	return store.Report{Doc: d.ID, Outlet: d.Source, URL: d.URL, Title: d.Title, Seen: seen,
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
	rows, err := w.query(`SELECT m.doc_id, m.sentence, m.seen, m.body, d.source, d.url, d.title
		FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ? ORDER BY m.rowid`, id)
	if err != nil {
		return false, err
	}
	var reps []store.Report
	for rows.Next() {
		var r store.Report
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
	return true, writeEventRow(w.pq, store.Reconcile(id, reps), false, w.stamp)
}

// writeEvent inserts or updates a stored event row and its actor rows.
func (w *writer) writeEvent(e *store.Event, insert bool) error {
	return writeEventRow(w.pq, e, insert, w.stamp)
}

func writeEventRow(p pq, e *store.Event, insert bool, stamp string) error {
	body, err := json.Marshal(e)
	if err != nil {
		return err
	}
	var day, seenDay any
	if d, ok := store.DayNumber(e.Date.Value); ok {
		day = d
	}
	if d, ok := store.DayNumber(e.FirstSeen); ok {
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
	args := []any{e.Type, e.Mode, store.ModalityOf(e.Modality), bg, e.ACLED.EventType, e.ACLED.SubEventType, e.CAMEORoot,
		store.QuadClass(e.CAMEORoot, e.Type), e.Date.Value, store.DatePrecision(e.Date), day, store.SortDate(e.Date, e.FirstSeen),
		country, admin1, hasGeo, lat, lon, prec, killed, e.Confidence, e.SourcesCount, e.ArticlesCount,
		e.FirstSeen, e.LastSeen, seenDay, string(body), stamp, e.ID}
	if insert {
		err = p.exec(`INSERT INTO events (type, mode, modality, background, acled_type, acled_sub_type, cameo_root,
			quad, date, date_precision, day, sort_date, country, admin1, has_geo, lat, lon, geo_precision, killed, confidence,
			sources_count, articles_count, first_seen, last_seen, seen_day, body, updated_at, id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
	} else {
		err = p.exec(`UPDATE events SET type = ?, mode = ?, modality = ?, background = ?, acled_type = ?,
			acled_sub_type = ?, cameo_root = ?, quad = ?, date = ?, date_precision = ?, day = ?, sort_date = ?, country = ?,
			admin1 = ?, has_geo = ?, lat = ?, lon = ?, geo_precision = ?, killed = ?, confidence = ?, sources_count = ?,
			articles_count = ?, first_seen = ?, last_seen = ?, seen_day = ?, body = ?, updated_at = ? WHERE id = ?`, args...)
		if err == nil {
			err = p.exec(`DELETE FROM event_actors WHERE event_id = ?`, e.ID)
		}
	}
	if err != nil {
		return err
	}
	var q strings.Builder
	var aargs []any
	for _, role := range []struct {
		r  string
		as []model.Actor
	}{{"s", e.Sources}, {"t", e.Targets}} {
		for i := range role.as {
			a := &role.as[i]
			k := store.ActorKey(a)
			if k == "" {
				continue
			}
			name := a.Name
			if name == "" {
				name = strings.Join(strings.Fields(a.Text), " ")
			}
			if len(aargs) > 0 {
				q.WriteString(", ")
			}
			q.WriteString("(?, ?, ?, ?, ?, ?, ?)")
			aargs = append(aargs, e.ID, role.r, k, name, strings.ToLower(name), a.Country, a.Kind)
		}
	}
	if len(aargs) > 0 {
		err := p.exec(`INSERT INTO event_actors (event_id, role, actor, name, name_lc, country, kind) VALUES `+q.String()+
			` ON CONFLICT DO NOTHING`, aargs...)
		if err != nil {
			return err
		}
	}
	return nil
}

// ImportEvents inserts stored events as they are, without merging or documents (for
// restoring exports and for generating large synthetic stores); ids already stored are
// skipped. All of evs go in one transaction.
func (s *Store) ImportEvents(ctx context.Context, evs []store.Event) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	p := pq{tx, ctx}
	if err := p.exec(`SELECT pg_advisory_xact_lock(?)`, int64(saveLock)); err != nil {
		return err
	}
	stamp := s.now().Format(time.RFC3339)
	for i := range evs {
		e := &evs[i]
		if e.FirstSeen == "" {
			e.FirstSeen = s.now().Format(time.DateOnly)
		}
		if e.LastSeen == "" {
			e.LastSeen = e.FirstSeen
		}
		store.NormalizeEvent(&e.Event)
		var n int
		if err := p.row(`SELECT count(*) FROM events WHERE id = ?`, e.ID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		if err := writeEventRow(p, e, true, stamp); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
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
func where(f *store.EventFilter) (string, []any) {
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
		p := placeholders(len(f.ACLEDTypes))
		conds = append(conds, "(e.acled_type IN ("+p+") OR e.acled_sub_type IN ("+p+"))")
		for range 2 {
			for _, t := range f.ACLEDTypes {
				args = append(args, t)
			}
		}
	}
	if as := store.FilterActors(f); len(as) > 0 {
		var or []string
		for _, a := range as {
			lc := strings.ToLower(a)
			or = append(or, "actor = ? OR actor = ? OR name_lc = ?")
			args = append(args, a, lc, lc)
		}
		conds = append(conds, "e.id IN (SELECT event_id FROM event_actors WHERE "+strings.Join(or, " OR ")+")")
	}
	if cs := store.FilterCountries(f); len(cs) > 0 {
		conds = append(conds, "e.country IN ("+placeholders(len(cs))+")")
		for _, c := range cs {
			args = append(args, c)
		}
	}
	if b := f.BBox; b != nil {
		conds = append(conds, "e.has_geo = 1 AND e.lat BETWEEN ? AND ?")
		args = append(args, b.MinLat, b.MaxLat)
		if b.MinLon <= b.MaxLon {
			conds = append(conds, "e.lon BETWEEN ? AND ?")
		} else { // across the antimeridian
			conds = append(conds, "(e.lon >= ? OR e.lon <= ?)")
		}
		args = append(args, b.MinLon, b.MaxLon)
	}
	if f.Q != "" {
		if q := TSQuery(f.Q); q != "" {
			conds = append(conds, "e.id IN (SELECT m.event_id FROM mentions m WHERE m.fts @@ to_tsquery('simple', ?))")
			args = append(args, q)
		} else {
			conds = append(conds, "false")
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

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

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

func limitOf(n int) int {
	switch {
	case n <= 0:
		return store.DefaultLimit
	case n > store.MaxLimit:
		return store.MaxLimit
	}
	return n
}

// Events answers one page of a filtered event query.
func (s *Store) Events(ctx context.Context, f store.EventFilter) (store.EventPage, error) {
	page := store.EventPage{Events: []store.Event{}}
	w, args := where(&f)
	p := s.p(ctx)
	if err := p.row("SELECT count(*) FROM events e"+w, args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("counting events: %w", err)
	}
	if f.Cursor != "" {
		sd, id, err := store.DecodeCursor(f.Cursor)
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
	rows, err := p.query("SELECT e.sort_date, e.body FROM events e"+w+
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
			page.Next = store.EncodeCursor(lastSort, last.ID)
			break
		}
		var e store.Event
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			return page, fmt.Errorf("decoding event: %w", err)
		}
		page.Events = append(page.Events, e)
		lastSort = sd
	}
	return page, rows.Err()
}

// EachEvent streams every event matching f.
func (s *Store) EachEvent(ctx context.Context, f store.EventFilter, fn func(*store.Event) error) error {
	w, args := where(&f)
	rows, err := s.p(ctx).query("SELECT e.body FROM events e"+w+" ORDER BY e.sort_date DESC, e.id DESC", args...)
	if err != nil {
		return fmt.Errorf("querying events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return err
		}
		var e store.Event
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
func (s *Store) Event(ctx context.Context, id string) (*store.EventDetail, error) {
	p := s.p(ctx)
	var body string
	err := p.row(`SELECT body FROM events WHERE id = ?`, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		// Perhaps the id an event had in its document before merging.
		var sid string
		if err2 := p.row(`SELECT event_id FROM mentions WHERE extracted_id = ? ORDER BY rowid LIMIT 1`, id).Scan(&sid); err2 == nil {
			id = sid
			err = p.row(`SELECT body FROM events WHERE id = ?`, id).Scan(&body)
		}
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	det := &store.EventDetail{Event: &store.Event{}, Mentions: []store.Mention{}, History: []store.HistoryEntry{}}
	if err := json.Unmarshal([]byte(body), det.Event); err != nil {
		return nil, fmt.Errorf("decoding event %s: %w", id, err)
	}
	rows, err := p.query(`SELECT m.doc_id, m.extracted_id, d.title, d.url, d.source, d.published, m.sentence,
		m.span_start, m.span_end, m.trigger, m.trigger_start, m.trigger_end, m.confidence, m.seen
		FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ? ORDER BY m.seen, m.doc_id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var m store.Mention
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
func (s *Store) mentionEntities(ctx context.Context, doc string, start, end int) ([]store.MentionEntity, error) {
	rows, err := s.p(ctx).query(store.MentionEntitiesQuery, doc, start, end)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.MentionEntity{}
	for rows.Next() {
		var e store.MentionEntity
		if err := rows.Scan(&e.Text, &e.Label, &e.Start, &e.End, &e.Actor); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// History returns the history rows of an event id, also for events since removed.
func (s *Store) History(ctx context.Context, id string) ([]store.HistoryEntry, error) {
	rows, err := s.p(ctx).query(`SELECT changed_at, reason, doc_id, replaced_by, old FROM event_history WHERE event_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.HistoryEntry{}
	for rows.Next() {
		var h store.HistoryEntry
		var old string
		if err := rows.Scan(&h.ChangedAt, &h.Reason, &h.Document, &h.ReplacedBy, &old); err != nil {
			return nil, err
		}
		h.Old = &store.Event{}
		if err := json.Unmarshal([]byte(old), h.Old); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// Document returns one stored document.
func (s *Store) Document(ctx context.Context, id string) (*store.Document, error) {
	var body, text string
	d := &store.Document{}
	err := s.p(ctx).row(`SELECT body, text, ingested_at, superseded_by FROM documents WHERE id = ?`, id).
		Scan(&body, &text, &d.IngestedAt, &d.SupersededBy)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", id, store.ErrNotFound)
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

// Documents lists documents, newest ingested first.
func (s *Store) Documents(ctx context.Context, f store.DocumentFilter) (store.DocumentPage, error) {
	page := store.DocumentPage{Documents: []store.DocumentSummary{}}
	var conds []string
	var args []any
	if f.Q != "" {
		if q := TSQuery(f.Q); q != "" {
			conds = append(conds, "d.fts @@ to_tsquery('simple', ?)")
			args = append(args, q)
		} else {
			conds = append(conds, "false")
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
	p := s.p(ctx)
	if err := p.row("SELECT count(*) FROM documents d"+w, args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("counting documents: %w", err)
	}
	if f.Cursor != "" {
		n, err := store.DecodeDocCursor(f.Cursor)
		if err != nil {
			return page, err
		}
		conds = append(conds, "d.rowid < ?")
		args = append(args, n)
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	limit := limitOf(f.Limit)
	rows, err := p.query(`SELECT d.rowid, d.id, d.title, d.url, d.source, d.published, d.language, d.ingested_at,
		d.superseded_by, (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id) FROM documents d`+w+
		" ORDER BY d.rowid DESC LIMIT ?", append(args, limit+1)...)
	if err != nil {
		return page, fmt.Errorf("listing documents: %w", err)
	}
	defer rows.Close()
	var last int64
	for rows.Next() {
		var rowid int64
		var d store.DocumentSummary
		if err := rows.Scan(&rowid, &d.ID, &d.Title, &d.URL, &d.Source, &d.Published, &d.Language, &d.IngestedAt, &d.SupersededBy, &d.Events); err != nil {
			return page, err
		}
		if len(page.Documents) == limit {
			page.Next = store.EncodeDocCursor(last)
			break
		}
		page.Documents = append(page.Documents, d)
		last = rowid
	}
	return page, rows.Err()
}

// Actors lists the actors of matching events, most active first.
func (s *Store) Actors(ctx context.Context, f store.EventFilter) ([]store.ActorCount, error) {
	w, args := where(&f)
	rows, err := s.p(ctx).query(`SELECT a.actor, max(a.name), max(a.country), max(a.kind), count(DISTINCT a.event_id),
		sum(CASE WHEN a.role = 's' THEN 1 ELSE 0 END), sum(CASE WHEN a.role = 't' THEN 1 ELSE 0 END)
		FROM event_actors a JOIN events e ON e.id = a.event_id`+w+
		` GROUP BY a.actor ORDER BY 5 DESC, a.actor LIMIT ?`, append(args, limitOf(f.Limit))...)
	if err != nil {
		return nil, fmt.Errorf("listing actors: %w", err)
	}
	defer rows.Close()
	out := []store.ActorCount{}
	for rows.Next() {
		var a store.ActorCount
		if err := rows.Scan(&a.Actor, &a.Name, &a.Country, &a.Kind, &a.Events, &a.AsSource, &a.AsTarget); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Timeline counts matching events per day and type, oldest first.
func (s *Store) Timeline(ctx context.Context, f store.EventFilter) ([]store.TimelinePoint, error) {
	w, args := where(&f)
	rows, err := s.p(ctx).query(`SELECT e.sort_date, e.type, e.date_precision, count(*), coalesce(sum(e.killed), 0) FROM events e`+w+
		` GROUP BY e.sort_date, e.type, e.date_precision ORDER BY e.sort_date, e.type, e.date_precision`, args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	var trs []store.TimelineRow
	for rows.Next() {
		var r store.TimelineRow
		if err := rows.Scan(&r.Date, &r.Type, &r.Precision, &r.Events, &r.Fatalities); err != nil {
			return nil, err
		}
		trs = append(trs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return store.FoldTimeline(trs), nil
}

// Graph aggregates source -> target actor edges of matching events, heaviest first.
func (s *Store) Graph(ctx context.Context, f store.EventFilter) ([]store.GraphEdge, error) {
	w, args := where(&f)
	rows, err := s.p(ctx).query(`SELECT src.actor, max(src.name), tgt.actor, max(tgt.name), e.quad, count(*)
		FROM events e JOIN event_actors src ON src.event_id = e.id AND src.role = 's'
		JOIN event_actors tgt ON tgt.event_id = e.id AND tgt.role = 't'`+w+
		` GROUP BY src.actor, tgt.actor, e.quad ORDER BY src.actor, tgt.actor, e.quad`, args...)
	if err != nil {
		return nil, fmt.Errorf("graph: %w", err)
	}
	defer rows.Close()
	idx := map[[2]string]int{}
	var out []store.GraphEdge
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
			out = append(out, store.GraphEdge{Source: src, SourceName: srcName, Target: tgt, TargetName: tgtName})
		}
		out[i].AddEvents(quad, n)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return store.SortEdges(out, limitOf(f.Limit)), nil
}

// Stats counts what is stored (superseded documents excluded).
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.p(ctx).row(`SELECT (SELECT count(*) FROM documents WHERE superseded_by = ''),
		(SELECT count(*) FROM events), (SELECT count(*) FROM mentions)`).Scan(&st.Documents, &st.Events, &st.Mentions)
	return st, err
}
