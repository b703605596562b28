package postgres

import (
	"context"
	"database/sql"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
)

// pgQ runs internal/store's "?"-placeholder SQL on a database or transaction: placeholders
// rebound to $n, text made storable (pgText).
type pgQ struct{ q querier }

func (p pgQ) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return p.q.ExecContext(ctx, rebind(q), cleanArgs(args)...)
}

func (p pgQ) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return p.q.QueryContext(ctx, rebind(q), cleanArgs(args)...)
}

func (p pgQ) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return p.q.QueryRowContext(ctx, rebind(q), cleanArgs(args)...)
}

// newReader is internal/store's shared reader with PostgreSQL's full-text (tsvector columns
// with GIN indexes) and bounding-box (latitude and longitude columns) conditions.
func newReader(db *sql.DB) *store.Reader {
	q := pgQ{db}
	return &store.Reader{Q: q, Count: store.CountRows(q), EventBody: "e.body",
		SummaryActors: summaryActorsQuery, SummaryTimeline: summaryTimelineQuery, SummaryGraph: summaryGraphQuery,
		EventText: func(text string) (string, []any) {
			if text = TSQuery(text); text == "" {
				return "", nil
			}
			return "e.id IN (SELECT m.event_id FROM mentions m WHERE m.fts @@ to_tsquery('simple', ?))", []any{text}
		},
		DocText: func(text string) (string, []any) {
			if text = TSQuery(text); text == "" {
				return "", nil
			}
			return "d.fts @@ to_tsquery('simple', ?)", []any{text}
		},
		BBox: func(b *store.BBox) (string, []any) {
			args := []any{b.MinLat, b.MaxLat, b.MinLon, b.MaxLon}
			if b.MinLon <= b.MaxLon {
				return "e.has_geo = 1 AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?", args
			}
			// Across the antimeridian.
			return "e.has_geo = 1 AND e.lat BETWEEN ? AND ? AND (e.lon >= ? OR e.lon <= ?)", args
		},
	}
}

// pgDialect is PostgreSQL's half of internal/store's shared writer: the event JSON in
// events.body, full-text search as tsvector columns written with their rows, entity rows in
// a table, and event versions taken from a sequence so that merge caches in several
// processes never mistake one write for another.
type pgDialect struct{ pgQ }

var _ store.Dialect = pgDialect{}

func (pgDialect) BodyFrom() (string, string) { return "events e", "e.body" }

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

var insertDocument = `INSERT INTO documents (` + store.DocumentColumns + `, fts) VALUES (` +
	store.Placeholders(strings.Count(store.DocumentColumns, ",")+1) + `, to_tsvector('simple', ?::text))`

func (d pgDialect) InsertDocument(ctx context.Context, doc *model.Document, args []any) error {
	if _, err := d.ExecContext(ctx, insertDocument, append(args, ftsText(doc.Title+"\n"+doc.Text))...); err != nil {
		return err
	}
	// Entities go in multi-row INSERTs: one round trip per 500 rather than one each.
	const cols = 10
	for start := 0; start < len(doc.Entities); start += 500 {
		end := min(start+500, len(doc.Entities))
		var q strings.Builder
		q.WriteString(`INSERT INTO entities (doc_id, span_start, span_end, label, text, actor, value, country, lat, lon) VALUES `)
		args := make([]any, 0, (end-start)*cols)
		for i := start; i < end; i++ {
			e := &doc.Entities[i]
			var country string
			var lat, lon any
			if e.Geo != nil {
				country, lat, lon = e.Geo.Country, e.Geo.Lat, e.Geo.Lon
			}
			if i > start {
				q.WriteString(", ")
			}
			q.WriteString("(?, ?, ?, ?, ?, ?, ?, ?, ?::float8, ?::float8)")
			args = append(args, doc.ID, e.Start, e.End, string(e.Label), e.Text, e.Actor, e.Value, country, lat, lon)
		}
		if _, err := d.ExecContext(ctx, q.String(), args...); err != nil {
			return err
		}
	}
	return nil
}

var insertMention = `INSERT INTO mentions (` + store.MentionColumns + `, fts) VALUES (` +
	store.Placeholders(strings.Count(store.MentionColumns, ",")+1) + `, to_tsvector('simple', ?::text))`

func (d pgDialect) InsertMention(ctx context.Context, args []any, fts string) error {
	_, err := d.ExecContext(ctx, insertMention, append(args, ftsText(fts))...)
	return err
}

func (d pgDialect) DeleteMention(ctx context.Context, eventID, docID string) error {
	_, err := d.ExecContext(ctx, `DELETE FROM mentions WHERE event_id = ? AND doc_id = ?`, eventID, docID)
	return err
}

var (
	insertEvent = `INSERT INTO events (` + strings.Join(store.EventColumns, ", ") + `, body, version) VALUES (` +
		store.Placeholders(len(store.EventColumns)+1) + `, nextval('event_versions')) RETURNING version`
	updateEvent = `UPDATE events SET ` + store.EventSet + `, body = ?, version = nextval('event_versions') WHERE id = ? RETURNING version`
)

func (d pgDialect) WriteEvent(ctx context.Context, e *store.Event, cols []any, body string, insert, _ bool) (int64, error) {
	var version int64
	var err error
	if insert {
		err = d.QueryRowContext(ctx, insertEvent, append(cols, body)...).Scan(&version)
	} else {
		n := len(cols)
		args := append(cols[:n-1:n-1], body, cols[n-1])
		err = d.QueryRowContext(ctx, updateEvent, args...).Scan(&version)
	}
	return version, err
}

// InsertActors inserts the rows in one statement (one round trip).
func (d pgDialect) InsertActors(ctx context.Context, rows [][]any) error {
	var q strings.Builder
	q.WriteString(`INSERT INTO event_actors (` + store.ActorColumns + `) VALUES `)
	args := make([]any, 0, len(rows)*len(rows[0]))
	for i, r := range rows {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("(" + store.Placeholders(len(r)) + ")")
		args = append(args, r...)
	}
	_, err := d.ExecContext(ctx, q.String(), args...)
	return err
}

func (d pgDialect) DeleteEvent(ctx context.Context, id string) error {
	_, err := d.ExecContext(ctx, `DELETE FROM events WHERE id = ?`, id) // actors and mentions cascade
	return err
}

func (pgDialect) Flush(context.Context) error { return nil }
