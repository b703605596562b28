package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/store"
)

// Summary tables in PostgreSQL (internal/store/summary.go says what they count). Many
// workers save at once, and the same few summary rows (today's timeline, the busiest actors)
// would be in every transaction: updating them in place would make every save wait for the
// commit of the one before it. So a save only appends its changes to the *_delta twin of
// each table (plain inserts: no row is shared, nothing waits), readers add the pending
// deltas to the summaries in the same statement (always exact), and CompactSummaries moves
// the deltas into the summaries, by one process at a time (a try-lock: nobody waits for it),
// every compactEvery saves of a process. The backlog a read adds up stays small: at most
// about compactEvery saves per writing process.

// compactEvery is how many saves of one process go between compactions.
const compactEvery = 64

// compactLock is the advisory lock key of compaction.
const compactLock = 0x5174_7265_7003

// maxSummaryParams bounds the parameters of one delta statement (PostgreSQL allows 65535).
const maxSummaryParams = 30_000

// WriteSummaries appends the changes to the delta tables: all five in one statement (data-
// modifying CTEs), one round trip per save.
func (d pgDialect) WriteSummaries(ctx context.Context, tables []store.SummaryRows) error {
	var q strings.Builder
	var args []any
	flush := func() error {
		if len(args) == 0 {
			return nil
		}
		q.WriteString(" SELECT 1")
		_, err := d.ExecContext(ctx, q.String(), args...)
		q.Reset()
		args = args[:0]
		return err
	}
	n := 0
	for _, t := range tables {
		for i := 0; i < len(t.Rows); {
			if len(args)+len(t.Columns) > maxSummaryParams {
				if err := flush(); err != nil {
					return err
				}
			}
			if len(args) == 0 {
				q.WriteString("WITH ")
			} else {
				q.WriteString(", ")
			}
			fmt.Fprintf(&q, "d%d AS (INSERT INTO %s_delta (%s) VALUES ", n, t.Table, strings.Join(t.Columns, ", "))
			n++
			for first := true; i < len(t.Rows) && len(args)+len(t.Columns) <= maxSummaryParams; i++ {
				if !first {
					q.WriteString(", ")
				}
				first = false
				q.WriteString("(" + store.Placeholders(len(t.Columns)) + ")")
				args = append(args, t.Rows[i]...)
			}
			q.WriteString(")")
		}
	}
	return flush()
}

// summaryTables describes the summary tables for compaction: key and count columns.
var summaryTables = []struct {
	table        string
	keys, counts []string
}{
	{"agg_timeline", []string{"sort_date", "type", "precision"}, []string{"events", "fatalities"}},
	{"agg_actor_names", []string{"actor", "name", "country", "kind"}, []string{"as_source", "as_target"}},
	{"agg_actors", []string{"actor"}, []string{"events"}},
	{"agg_graph", []string{"src", "tgt", "quad", "src_name", "tgt_name"}, []string{"n"}},
	{"agg_edges", []string{"src", "tgt"}, []string{"events"}},
}

// CompactSummaries moves the pending summary deltas into the summary tables and removes the
// rows whose counts fell to zero. When another process is compacting it returns at once.
func (s *Store) CompactSummaries(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var ok bool
	if err := tx.QueryRowContext(ctx, `SELECT pg_try_advisory_xact_lock($1)`, int64(compactLock)).Scan(&ok); err != nil || !ok {
		return err
	}
	for _, t := range summaryTables {
		keys, counts := strings.Join(t.keys, ", "), strings.Join(t.counts, ", ")
		sums := make([]string, len(t.counts))
		set := make([]string, len(t.counts))
		for i, c := range t.counts {
			sums[i] = "sum(" + c + ")::bigint"
			set[i] = c + " = a." + c + " + excluded." + c
		}
		// Rows whose counts fall to zero come back, to be deleted (a statement cannot
		// modify a row twice).
		q := `WITH moved AS (DELETE FROM ` + t.table + `_delta RETURNING ` + keys + `, ` + counts + `)
			INSERT INTO ` + t.table + ` AS a (` + keys + `, ` + counts + `) SELECT ` + keys + `, ` + strings.Join(sums, ", ") +
			` FROM moved GROUP BY ` + keys + ` ORDER BY ` + keys + `
			ON CONFLICT (` + keys + `) DO UPDATE SET ` + strings.Join(set, ", ") +
			` RETURNING ` + keys + `, ` + strings.Join(t.counts, " + ") + ` <= 0`
		rows, err := tx.QueryContext(ctx, q)
		if err != nil {
			return fmt.Errorf("compacting %s: %w", t.table, err)
		}
		var zero [][]any
		for rows.Next() {
			vals := make([]any, len(t.keys)+1)
			ptrs := make([]any, len(vals))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return err
			}
			if vals[len(t.keys)] == true {
				zero = append(zero, vals[:len(t.keys)])
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		del := `DELETE FROM ` + t.table + ` WHERE ` + strings.Join(t.keys, " = ? AND ") + ` = ? AND ` + strings.Join(t.counts, " + ") + ` <= 0`
		for _, k := range zero {
			if _, err := tx.ExecContext(ctx, rebind(del), k...); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

// afterSave compacts the summaries every compactEvery saves of this process. A failed
// compaction loses nothing (the deltas stay for the next one), so its error is not the
// save's.
func (s *Store) afterSave(ctx context.Context) {
	if s.saves.Add(1)%compactEvery == 0 {
		s.CompactSummaries(ctx)
	}
}

// The unfiltered aggregates: internal/store's summary queries with the pending deltas added.
// The top actors and edges are found without adding up every summary row: only a key with
// a pending delta can have changed, so the true top n lies among the n + (keys in the
// deltas) first summary rows (from the index) and the delta keys.
const (
	summaryActorsQuery = `WITH lim AS (SELECT CAST(? AS BIGINT) AS n),
	d AS (SELECT actor, sum(events) AS events FROM agg_actors_delta GROUP BY actor),
	c AS (SELECT actor FROM (SELECT actor FROM agg_actors ORDER BY events DESC, actor
			LIMIT (SELECT n FROM lim) + (SELECT count(*) FROM d)) s
		UNION SELECT actor FROM d),
	t AS (SELECT c.actor, (coalesce(a.events, 0) + coalesce(d.events, 0))::bigint AS events
		FROM c LEFT JOIN agg_actors a ON a.actor = c.actor LEFT JOIN d ON d.actor = c.actor
		WHERE coalesce(a.events, 0) + coalesce(d.events, 0) > 0 ORDER BY 2 DESC, 1 LIMIT (SELECT n FROM lim)),
	n AS (SELECT actor, name, country, kind, sum(as_source)::bigint AS as_source, sum(as_target)::bigint AS as_target
		FROM (SELECT actor, name, country, kind, as_source, as_target FROM agg_actor_names WHERE actor IN (SELECT actor FROM t)
			UNION ALL SELECT actor, name, country, kind, as_source, as_target FROM agg_actor_names_delta) u
		GROUP BY 1, 2, 3, 4 HAVING sum(as_source) + sum(as_target) > 0)
	SELECT t.actor, max(n.name), max(n.country), max(n.kind), t.events, sum(n.as_source)::bigint, sum(n.as_target)::bigint
	FROM t JOIN n ON n.actor = t.actor GROUP BY t.actor, t.events ORDER BY 5 DESC, t.actor`
	summaryTimelineQuery = `SELECT sort_date, type, precision, sum(events)::bigint, sum(fatalities)::bigint
		FROM (SELECT sort_date, type, precision, events, fatalities FROM agg_timeline
			UNION ALL SELECT sort_date, type, precision, events, fatalities FROM agg_timeline_delta) u
		GROUP BY 1, 2, 3 HAVING sum(events) > 0 ORDER BY 1, 2, 3`
	summaryGraphQuery = `WITH lim AS (SELECT CAST(? AS BIGINT) AS n),
	d AS (SELECT src, tgt, sum(events) AS events FROM agg_edges_delta GROUP BY 1, 2),
	c AS (SELECT src, tgt FROM (SELECT src, tgt FROM agg_edges ORDER BY events DESC, src, tgt
			LIMIT (SELECT n FROM lim) + (SELECT count(*) FROM d)) s
		UNION SELECT src, tgt FROM d),
	t AS (SELECT c.src, c.tgt FROM c LEFT JOIN agg_edges a ON a.src = c.src AND a.tgt = c.tgt
		LEFT JOIN d ON d.src = c.src AND d.tgt = c.tgt
		WHERE coalesce(a.events, 0) + coalesce(d.events, 0) > 0
		ORDER BY coalesce(a.events, 0) + coalesce(d.events, 0) DESC, 1, 2 LIMIT (SELECT n FROM lim)),
	g AS (SELECT src, tgt, quad, src_name, tgt_name, sum(n)::bigint AS n
		FROM (SELECT src, tgt, quad, src_name, tgt_name, n FROM agg_graph WHERE (src, tgt) IN (SELECT src, tgt FROM t)
			UNION ALL SELECT src, tgt, quad, src_name, tgt_name, n FROM agg_graph_delta) u
		GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) > 0)
	SELECT g.src, max(g.src_name), g.tgt, max(g.tgt_name), g.quad, sum(g.n)::bigint
	FROM t JOIN g ON g.src = t.src AND g.tgt = t.tgt GROUP BY g.src, g.tgt, g.quad ORDER BY g.src, g.tgt, g.quad`
)
