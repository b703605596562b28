package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Reader answers the Store's queries for both SQL stores, in SQL both accept ("?"
// placeholders; the PostgreSQL querier rebinds them). The hooks hold what differs: where an
// event's JSON lives, full-text matching, the bounding-box test and how totals are counted.
// Both stores embed one.
type Reader struct {
	// Q runs queries on the database.
	Q Querier
	// EventBody is the SQL expression of the JSON of the event row aliased e.
	EventBody string
	// EventText is the condition on events e for a full-text query of the evidence
	// sentences and titles, DocText on documents d for one of their titles and texts; both
	// return "" when q has no word.
	EventText, DocText func(q string) (string, []any)
	// BBox is the condition on events e for a longitude/latitude box.
	BBox func(b *BBox) (string, []any)
	// Count counts the rows of from (a table and alias) matching where (a WHERE clause or "").
	Count func(ctx context.Context, from, where string, args []any) (int, error)
	// SummaryActors, SummaryTimeline and SummaryGraph answer the unfiltered aggregates
	// ("": SummaryActorsQuery, SummaryTimelineQuery, SummaryGraphQuery).
	SummaryActors, SummaryTimeline, SummaryGraph string
}

func or(q, def string) string {
	if q == "" {
		return def
	}
	return q
}

// CountRows is a Reader.Count that counts every time.
func CountRows(q Querier) func(ctx context.Context, from, where string, args []any) (int, error) {
	return func(ctx context.Context, from, where string, args []any) (int, error) {
		var n int
		err := q.QueryRowContext(ctx, "SELECT count(*) FROM "+from+where, args...).Scan(&n)
		return n, err
	}
}

// Seen reports what is known of an input's content hash and URL.
func (r *Reader) Seen(ctx context.Context, hash, url string) (Seen, error) {
	var out Seen
	if hash != "" {
		var n int
		if err := r.Q.QueryRowContext(ctx, `SELECT count(*) FROM inputs WHERE hash = ?`, hash).Scan(&n); err != nil {
			return out, err
		}
		out.Hash = n > 0
	}
	if url != "" {
		var n int
		// "url <> ''" lets SQLite use the partial url indexes (a bound value does not
		// tell it the url is not empty): without it both tables are scanned.
		err := r.Q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM inputs WHERE url = ? AND url <> '') + (SELECT count(*) FROM documents WHERE url = ? AND url <> '')`, url, url).Scan(&n)
		if err != nil {
			return out, err
		}
		out.URL = n > 0
	}
	return out, nil
}

// HasDocument reports whether a document id is stored.
func (r *Reader) HasDocument(ctx context.Context, id string) (bool, error) {
	var n int
	err := r.Q.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, id).Scan(&n)
	return n > 0, err
}

// Where builds the WHERE clause (over events aliased e) for f, without the cursor.
func (r *Reader) Where(f *EventFilter) (string, []any) {
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
		conds = append(conds, "e.type IN ("+Placeholders(len(f.Types))+")")
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
			or = append(or, "e.acled_type IN ("+Placeholders(len(types))+")")
			args = append(args, types...)
		}
		if len(subs) > 0 {
			or = append(or, "e.acled_sub_type IN ("+Placeholders(len(subs))+")")
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
		conds = append(conds, "e.country IN ("+Placeholders(len(cs))+")")
		for _, c := range cs {
			args = append(args, c)
		}
	}
	if f.BBox != nil {
		c, a := r.BBox(f.BBox)
		conds = append(conds, c)
		args = append(args, a...)
	}
	if f.Q != "" {
		c, a := r.EventText(f.Q)
		if c == "" {
			c = "1 = 0"
		}
		conds = append(conds, c)
		args = append(args, a...)
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

// Events answers one page of a filtered event query.
func (r *Reader) Events(ctx context.Context, f EventFilter) (EventPage, error) {
	page := EventPage{Events: []Event{}}
	w, args := r.Where(&f)
	var err error
	if page.Total, err = r.Count(ctx, "events e", w, args); err != nil {
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
	rows, err := r.Q.QueryContext(ctx, "SELECT e.sort_date, "+r.EventBody+" FROM events e"+w+
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
func (r *Reader) EachEvent(ctx context.Context, f EventFilter, fn func(*Event) error) error {
	w, args := r.Where(&f)
	rows, err := r.Q.QueryContext(ctx, "SELECT "+r.EventBody+" FROM events e"+w+" ORDER BY e.sort_date DESC, e.id DESC", args...)
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
func (r *Reader) Event(ctx context.Context, id string) (*EventDetail, error) {
	var body string
	q := `SELECT ` + r.EventBody + ` FROM events e WHERE e.id = ?`
	err := r.Q.QueryRowContext(ctx, q, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		// Perhaps the id an event had in its document before merging.
		var sid string
		if err2 := r.Q.QueryRowContext(ctx, `SELECT event_id FROM mentions WHERE extracted_id = ? ORDER BY rowid LIMIT 1`, id).Scan(&sid); err2 == nil {
			id = sid
			err = r.Q.QueryRowContext(ctx, q, id).Scan(&body)
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
	rows, err := r.Q.QueryContext(ctx, `SELECT m.doc_id, m.extracted_id, d.title, d.url, d.source, d.published, m.sentence,
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
		if m.Entities, err = r.mentionEntities(ctx, m.Document, m.Start, m.End); err != nil {
			return nil, err
		}
	}
	det.History, err = r.History(ctx, id)
	return det, err
}

// mentionEntities lists a document's entities inside [start, end).
func (r *Reader) mentionEntities(ctx context.Context, doc string, start, end int) ([]MentionEntity, error) {
	rows, err := r.Q.QueryContext(ctx, MentionEntitiesQuery, doc, start, end)
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
func (r *Reader) History(ctx context.Context, id string) ([]HistoryEntry, error) {
	rows, err := r.Q.QueryContext(ctx, `SELECT changed_at, reason, doc_id, replaced_by, old FROM event_history WHERE event_id = ? ORDER BY id`, id)
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
func (r *Reader) Document(ctx context.Context, id string) (*Document, error) {
	var body, text string
	d := &Document{}
	err := r.Q.QueryRowContext(ctx, `SELECT body, text, ingested_at, superseded_by FROM documents WHERE id = ?`, id).
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

// Documents lists documents, newest ingested first.
func (r *Reader) Documents(ctx context.Context, f DocumentFilter) (DocumentPage, error) {
	page := DocumentPage{Documents: []DocumentSummary{}}
	var conds []string
	var args []any
	if f.Q != "" {
		c, a := r.DocText(f.Q)
		if c == "" {
			c = "1 = 0"
		}
		conds = append(conds, c)
		args = append(args, a...)
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
	if page.Total, err = r.Count(ctx, "documents d", w, args); err != nil {
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
	rows, err := r.Q.QueryContext(ctx, `SELECT d.rowid, d.id, d.title, d.url, d.source, d.published, d.language, d.ingested_at,
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
func (r *Reader) Actors(ctx context.Context, f EventFilter) ([]ActorCount, error) {
	w, args := r.Where(&f)
	q := `SELECT a.actor, max(a.name), max(a.country), max(a.kind), count(DISTINCT a.event_id),
		sum(CASE WHEN a.role = 's' THEN 1 ELSE 0 END), sum(CASE WHEN a.role = 't' THEN 1 ELSE 0 END)
		FROM event_actors a JOIN events e ON e.id = a.event_id` + w + ` GROUP BY a.actor ORDER BY 5 DESC, a.actor LIMIT ?`
	if Unfiltered(&f) { // the summary tables (summary.go)
		q = or(r.SummaryActors, SummaryActorsQuery)
	}
	rows, err := r.Q.QueryContext(ctx, q, append(args, limitOf(f.Limit))...)
	if err != nil {
		return nil, fmt.Errorf("listing actors: %w", err)
	}
	return ScanActors(rows)
}

// Timeline counts matching events per day and type, oldest first.
func (r *Reader) Timeline(ctx context.Context, f EventFilter) ([]TimelinePoint, error) {
	if Unfiltered(&f) {
		rows, err := r.Q.QueryContext(ctx, or(r.SummaryTimeline, SummaryTimelineQuery))
		if err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		return ScanTimeline(rows)
	}
	w, args := r.Where(&f)
	// Grouped by day and type only (the order of the filter indexes), with the precisions
	// counted per group: grouping by precision too would sort every matching row.
	var sums strings.Builder
	for _, p := range datePrecisions {
		sums.WriteString(", sum(CASE WHEN e.date_precision = '" + p + "' THEN 1 ELSE 0 END)")
	}
	rows, err := r.Q.QueryContext(ctx, `SELECT e.sort_date, e.type, count(*), coalesce(sum(e.killed), 0)`+sums.String()+`
		FROM events e`+w+` GROUP BY e.sort_date, e.type ORDER BY e.sort_date, e.type`, args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	var trs []TimelineRow
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
func (r *Reader) Graph(ctx context.Context, f EventFilter) ([]GraphEdge, error) {
	w, args := r.Where(&f)
	q := `SELECT src.actor, max(src.name), tgt.actor, max(tgt.name), e.quad, count(*)
		FROM events e JOIN event_actors src ON src.event_id = e.id AND src.role = 's'
		JOIN event_actors tgt ON tgt.event_id = e.id AND tgt.role = 't'` + w +
		` GROUP BY src.actor, tgt.actor, e.quad ORDER BY src.actor, tgt.actor, e.quad`
	if Unfiltered(&f) {
		q = or(r.SummaryGraph, SummaryGraphQuery)
		args = append(args, limitOf(f.Limit))
	}
	rows, err := r.Q.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("graph: %w", err)
	}
	return ScanGraph(rows, limitOf(f.Limit))
}

// Stats counts what is stored (superseded documents excluded).
func (r *Reader) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := r.Q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents WHERE superseded_by = ''),
		(SELECT count(*) FROM events), (SELECT count(*) FROM mentions)`).Scan(&st.Documents, &st.Events, &st.Mentions)
	return st, err
}
