package store

import (
	"context"
	"database/sql"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Summary tables answer the unfiltered aggregates (Actors, Timeline, Graph) without reading
// every event: at a million events the GROUP BY over events and event_actors took 3–20 s.
// They are maintained by the writer, in the transaction that changes the events: every
// insert, update and removal of an event row goes through eventRowOf and adds its old row
// with sign -1 and its new row with sign +1 to an aggDelta, which is applied (one upsert per
// touched key) just before commit. Filtered aggregates are still computed from the events.
//
//	agg_timeline    (sort_date, type, precision)                 -> events, fatalities
//	agg_actor_names (actor, name, country, kind)                 -> as_source, as_target rows
//	agg_actors      (actor)                                      -> distinct events
//	agg_graph       (src, tgt, quad, src_name, tgt_name)         -> source x target pairs
//	agg_edges       (src, tgt)                                   -> pairs over all quads
//
// Rows whose counts fall to zero are deleted, so a summary holds exactly what a GROUP BY over
// the current events would give.

// actorRow is one event_actors row.
type actorRow struct {
	role, actor, name, country, kind string
}

// eventRow is what the summaries know of one event row.
type eventRow struct {
	sortDate, typ, prec string
	killed              int64
	quad                int
	actors              []actorRow
}

// eventRowOf derives the summary row of a stored event exactly as writeEventRow stores it.
func eventRowOf(e *Event) eventRow {
	r := eventRow{sortDate: SortDate(e.Date, e.FirstSeen), typ: e.Type, prec: DatePrecision(e.Date),
		quad: QuadClass(e.CAMEORoot, e.Type)}
	if e.Counts.Killed != nil {
		r.killed = int64(*e.Counts.Killed)
	}
	r.actors = actorRows(e)
	return r
}

// actorRows lists the event_actors rows of an event: per role, the first actor of each key.
func actorRows(e *Event) []actorRow {
	var out []actorRow
	for _, role := range []struct {
		r  string
		as []model.Actor
	}{{"s", e.Sources}, {"t", e.Targets}} {
		for i := range role.as {
			a := &role.as[i]
			k := ActorKey(a)
			if k == "" {
				continue
			}
			dup := false
			for _, o := range out {
				if o.role == role.r && o.actor == k {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			name := a.Name
			if name == "" {
				name = strings.Join(strings.Fields(a.Text), " ")
			}
			out = append(out, actorRow{role.r, k, name, a.Country, a.Kind})
		}
	}
	return out
}

type tlKey struct{ date, typ, prec string }
type nameKey struct{ actor, name, country, kind string }
type graphKey struct {
	src, tgt string
	quad     int
	srcName  string
	tgtName  string
}

// aggDelta accumulates the changes of one transaction to the summary tables.
type aggDelta struct {
	timeline    map[tlKey][2]int64
	names       map[nameKey][2]int64
	actorEvents map[string]int64
	graph       map[graphKey]int64
	edges       map[[2]string]int64
}

func newAggDelta() *aggDelta {
	return &aggDelta{timeline: map[tlKey][2]int64{}, names: map[nameKey][2]int64{}, actorEvents: map[string]int64{},
		graph: map[graphKey]int64{}, edges: map[[2]string]int64{}}
}

// add counts row r with sign +1 (it is now stored) or -1 (it no longer is).
func (a *aggDelta) add(r *eventRow, sign int64) {
	k := tlKey{r.sortDate, r.typ, r.prec}
	v := a.timeline[k]
	a.timeline[k] = [2]int64{v[0] + sign, v[1] + sign*r.killed}
	seen := map[string]bool{}
	for _, ar := range r.actors {
		nk := nameKey{ar.actor, ar.name, ar.country, ar.kind}
		v := a.names[nk]
		if ar.role == "s" {
			v[0] += sign
		} else {
			v[1] += sign
		}
		a.names[nk] = v
		if !seen[ar.actor] {
			seen[ar.actor] = true
			a.actorEvents[ar.actor] += sign
		}
		if ar.role != "s" {
			continue
		}
		for _, t := range r.actors {
			if t.role != "t" {
				continue
			}
			a.graph[graphKey{ar.actor, t.actor, r.quad, ar.name, t.name}] += sign
			a.edges[[2]string{ar.actor, t.actor}] += sign
		}
	}
}

// SummaryRows are one transaction's changes to one summary table: each row holds the values
// of Columns, the first Keys of which are the table's key and the rest counts to add.
type SummaryRows struct {
	Table   string
	Columns []string
	Keys    int
	Rows    [][]any
}

// tables lists the non-zero changes per summary table, each in key order (so that every
// transaction takes its row locks in the same order).
func (a *aggDelta) tables() []SummaryRows {
	tl := SummaryRows{Table: "agg_timeline", Columns: []string{"sort_date", "type", "precision", "events", "fatalities"}, Keys: 3}
	for k, v := range a.timeline {
		if v != [2]int64{} {
			tl.Rows = append(tl.Rows, []any{k.date, k.typ, k.prec, v[0], v[1]})
		}
	}
	nm := SummaryRows{Table: "agg_actor_names", Columns: []string{"actor", "name", "country", "kind", "as_source", "as_target"}, Keys: 4}
	for k, v := range a.names {
		if v != [2]int64{} {
			nm.Rows = append(nm.Rows, []any{k.actor, k.name, k.country, k.kind, v[0], v[1]})
		}
	}
	ac := SummaryRows{Table: "agg_actors", Columns: []string{"actor", "events"}, Keys: 1}
	for k, v := range a.actorEvents {
		if v != 0 {
			ac.Rows = append(ac.Rows, []any{k, v})
		}
	}
	gr := SummaryRows{Table: "agg_graph", Columns: []string{"src", "tgt", "quad", "src_name", "tgt_name", "n"}, Keys: 5}
	for k, v := range a.graph {
		if v != 0 {
			gr.Rows = append(gr.Rows, []any{k.src, k.tgt, int64(k.quad), k.srcName, k.tgtName, v})
		}
	}
	ed := SummaryRows{Table: "agg_edges", Columns: []string{"src", "tgt", "events"}, Keys: 2}
	for k, v := range a.edges {
		if v != 0 {
			ed.Rows = append(ed.Rows, []any{k[0], k[1], v})
		}
	}
	out := []SummaryRows{tl, nm, ac, gr, ed}
	for _, t := range out {
		sort.Slice(t.Rows, func(i, j int) bool { return keyLess(t.Rows[i][:t.Keys], t.Rows[j][:t.Keys]) })
	}
	return out
}

// keyLess orders keys of strings and integers column by column.
func keyLess(a, b []any) bool {
	for i := range a {
		switch x := a[i].(type) {
		case string:
			if y := b[i].(string); x != y {
				return x < y
			}
		case int64:
			if y := b[i].(int64); x != y {
				return x < y
			}
		}
	}
	return false
}

// UpsertSummaries adds the changes to the summary tables, up to maxQueuedRows rows per
// upsert (each key appears once per table), and then deletes the rows whose counts fell to
// zero (SQLite's way: statements cost no round trip).
func UpsertSummaries(ctx context.Context, tx Querier, tables []SummaryRows) error {
	var args []any
	for _, t := range tables {
		keys, counts := t.Columns[:t.Keys], t.Columns[t.Keys:]
		for lo := 0; lo < len(t.Rows); lo += maxQueuedRows {
			part := t.Rows[lo:min(lo+maxQueuedRows, len(t.Rows))]
			args = args[:0]
			for _, r := range part {
				args = append(args, r...)
			}
			if _, err := tx.ExecContext(ctx, summaryUpsert(&t, len(part)), args...); err != nil {
				return err
			}
		}
		del := `DELETE FROM ` + t.Table + ` WHERE ` + strings.Join(keys, " = ? AND ") + ` = ? AND ` + strings.Join(counts, " + ") + ` <= 0`
		for _, r := range t.Rows {
			for _, v := range r[t.Keys:] {
				if v.(int64) < 0 {
					if _, err := tx.ExecContext(ctx, del, r[:t.Keys]...); err != nil {
						return err
					}
					break
				}
			}
		}
	}
	return nil
}

// summaryUpsert is the upsert of n rows into summary table t.
func summaryUpsert(t *SummaryRows, n int) string {
	k := multiKey{t.Table, n}
	if q, ok := summaryUpserts.Load(k); ok {
		return q.(string)
	}
	keys, counts := t.Columns[:t.Keys], t.Columns[t.Keys:]
	set := make([]string, len(counts))
	for i, c := range counts {
		set[i] = c + " = " + t.Table + "." + c + " + excluded." + c
	}
	row := "(" + Placeholders(len(t.Columns)) + ")"
	q := `INSERT INTO ` + t.Table + ` (` + strings.Join(t.Columns, ", ") + `) VALUES ` +
		strings.TrimSuffix(strings.Repeat(row+", ", n), ", ") + ` ON CONFLICT (` + strings.Join(keys, ", ") +
		`) DO UPDATE SET ` + strings.Join(set, ", ")
	summaryUpserts.Store(k, q)
	return q
}

// summaryUpserts holds the statements of summaryUpsert.
var summaryUpserts sync.Map

// Unfiltered reports whether f selects every event (the summary tables answer it).
func Unfiltered(f *EventFilter) bool {
	return f.From == "" && f.To == "" && len(f.Types) == 0 && len(f.ACLEDTypes) == 0 && strings.TrimSpace(f.Actor) == "" &&
		len(f.Actors) == 0 && f.Country == "" && len(f.Countries) == 0 && f.BBox == nil && f.Q == "" &&
		f.MinConfidence <= 0 && f.MinSources <= 0
}

// datePrecisions are the known date precisions (any other counts as "unknown").
var datePrecisions = []string{"day", "week", "month", "year"}

// TimelineRow is one (date, type, precision) count that FoldTimeline combines into points.
type TimelineRow struct {
	Date, Type, Precision string
	Events, Fatalities    int
}

// FoldTimeline combines rows ordered by date and type into one point per date and type, with
// the counts per date precision.
func FoldTimeline(rows []TimelineRow) []TimelinePoint {
	out := []TimelinePoint{}
	for _, r := range rows {
		if r.Events <= 0 {
			continue
		}
		prec := r.Precision
		if !slices.Contains(datePrecisions, prec) {
			prec = "unknown"
		}
		n := len(out)
		if n == 0 || out[n-1].Date != r.Date || out[n-1].Type != r.Type {
			out = append(out, TimelinePoint{Date: r.Date, Type: r.Type, Precision: prec, ByPrecision: map[string]int{}})
			n++
		}
		p := &out[n-1]
		p.Events += r.Events
		p.Fatalities += r.Fatalities
		p.ByPrecision[prec] += r.Events
		if p.Precision != prec {
			p.Precision = "mixed"
		}
	}
	return out
}

// FilterActors is the trimmed, de-duplicated list of f.Actor and f.Actors.
func FilterActors(f *EventFilter) []string {
	var out []string
	for _, a := range append([]string{f.Actor}, f.Actors...) {
		if a = strings.TrimSpace(a); a != "" && !contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// FilterCountries is the upper-cased, de-duplicated list of f.Country and f.Countries.
func FilterCountries(f *EventFilter) []string {
	var out []string
	for _, c := range append([]string{f.Country}, f.Countries...) {
		if c = strings.ToUpper(strings.TrimSpace(c)); c != "" && !contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// The queries that answer the unfiltered aggregates from the summary tables (both stores;
// "?" placeholders). SummaryActorsQuery and SummaryGraphQuery take the limit.
const (
	SummaryActorsQuery = `SELECT t.actor, max(n.name), max(n.country), max(n.kind), t.events, sum(n.as_source), sum(n.as_target)
		FROM (SELECT actor, events FROM agg_actors ORDER BY events DESC, actor LIMIT ?) t
		JOIN agg_actor_names n ON n.actor = t.actor GROUP BY t.actor, t.events ORDER BY 5 DESC, t.actor`
	SummaryTimelineQuery = `SELECT sort_date, type, precision, events, fatalities FROM agg_timeline ORDER BY sort_date, type, precision`
	// The heaviest edges from the summary, then their rows per quad class.
	SummaryGraphQuery = `SELECT g.src, max(g.src_name), g.tgt, max(g.tgt_name), g.quad, sum(g.n)
		FROM (SELECT src, tgt FROM agg_edges ORDER BY events DESC, src, tgt LIMIT ?) t
		JOIN agg_graph g ON g.src = t.src AND g.tgt = t.tgt
		GROUP BY g.src, g.tgt, g.quad ORDER BY g.src, g.tgt, g.quad`
)

// ScanActors reads rows of (actor, name, country, kind, events, as source, as target).
func ScanActors(rows *sql.Rows) ([]ActorCount, error) {
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

// ScanTimeline reads rows of (date, type, precision, events, fatalities) ordered by date and
// type, and folds them into points (FoldTimeline).
func ScanTimeline(rows *sql.Rows) ([]TimelinePoint, error) {
	defer rows.Close()
	var trs []TimelineRow
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

// ScanGraph reads rows of (source, source name, target, target name, quad class, events)
// into edges, the heaviest limit of them (SortEdges).
func ScanGraph(rows *sql.Rows, limit int) ([]GraphEdge, error) {
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
	return SortEdges(out, limit), nil
}
