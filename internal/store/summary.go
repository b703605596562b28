package store

import (
	"context"
	"database/sql"
	"slices"
	"sort"
	"strings"

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

// execer runs a statement (a transaction, or a transaction with prepared statements).
type execer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
}

// flush applies the accumulated changes in a stable key order and empties a.
func (a *aggDelta) flush(ctx context.Context, tx execer) error {
	exec := func(q string, args ...any) error {
		_, err := tx.ExecContext(ctx, q, args...)
		return err
	}
	tks := make([]tlKey, 0, len(a.timeline))
	for k, v := range a.timeline {
		if v != [2]int64{} {
			tks = append(tks, k)
		}
	}
	sort.Slice(tks, func(i, j int) bool {
		x, y := tks[i], tks[j]
		return x.date < y.date || x.date == y.date && (x.typ < y.typ || x.typ == y.typ && x.prec < y.prec)
	})
	for _, k := range tks {
		v := a.timeline[k]
		if err := exec(`INSERT INTO agg_timeline (sort_date, type, precision, events, fatalities) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (sort_date, type, precision) DO UPDATE SET events = events + excluded.events, fatalities = fatalities + excluded.fatalities`,
			k.date, k.typ, k.prec, v[0], v[1]); err != nil {
			return err
		}
		if v[0] < 0 {
			if err := exec(`DELETE FROM agg_timeline WHERE sort_date = ? AND type = ? AND precision = ? AND events <= 0`, k.date, k.typ, k.prec); err != nil {
				return err
			}
		}
	}
	nks := make([]nameKey, 0, len(a.names))
	for k, v := range a.names {
		if v != [2]int64{} {
			nks = append(nks, k)
		}
	}
	sort.Slice(nks, func(i, j int) bool {
		x, y := nks[i], nks[j]
		if x.actor != y.actor {
			return x.actor < y.actor
		}
		if x.name != y.name {
			return x.name < y.name
		}
		if x.country != y.country {
			return x.country < y.country
		}
		return x.kind < y.kind
	})
	for _, k := range nks {
		v := a.names[k]
		if err := exec(`INSERT INTO agg_actor_names (actor, name, country, kind, as_source, as_target) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (actor, name, country, kind) DO UPDATE SET as_source = as_source + excluded.as_source, as_target = as_target + excluded.as_target`,
			k.actor, k.name, k.country, k.kind, v[0], v[1]); err != nil {
			return err
		}
		if v[0] < 0 || v[1] < 0 {
			if err := exec(`DELETE FROM agg_actor_names WHERE actor = ? AND name = ? AND country = ? AND kind = ? AND as_source + as_target <= 0`,
				k.actor, k.name, k.country, k.kind); err != nil {
				return err
			}
		}
	}
	aks := make([]string, 0, len(a.actorEvents))
	for k, v := range a.actorEvents {
		if v != 0 {
			aks = append(aks, k)
		}
	}
	sort.Strings(aks)
	for _, k := range aks {
		v := a.actorEvents[k]
		if err := exec(`INSERT INTO agg_actors (actor, events) VALUES (?, ?)
			ON CONFLICT (actor) DO UPDATE SET events = agg_actors.events + excluded.events`, k, v); err != nil {
			return err
		}
		if v < 0 {
			if err := exec(`DELETE FROM agg_actors WHERE actor = ? AND events <= 0`, k); err != nil {
				return err
			}
		}
	}
	gks := make([]graphKey, 0, len(a.graph))
	for k, v := range a.graph {
		if v != 0 {
			gks = append(gks, k)
		}
	}
	sort.Slice(gks, func(i, j int) bool {
		x, y := gks[i], gks[j]
		switch {
		case x.src != y.src:
			return x.src < y.src
		case x.tgt != y.tgt:
			return x.tgt < y.tgt
		case x.quad != y.quad:
			return x.quad < y.quad
		case x.srcName != y.srcName:
			return x.srcName < y.srcName
		}
		return x.tgtName < y.tgtName
	})
	for _, k := range gks {
		v := a.graph[k]
		if err := exec(`INSERT INTO agg_graph (src, tgt, quad, src_name, tgt_name, n) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (src, tgt, quad, src_name, tgt_name) DO UPDATE SET n = agg_graph.n + excluded.n`,
			k.src, k.tgt, k.quad, k.srcName, k.tgtName, v); err != nil {
			return err
		}
		if v < 0 {
			if err := exec(`DELETE FROM agg_graph WHERE src = ? AND tgt = ? AND quad = ? AND src_name = ? AND tgt_name = ? AND n <= 0`,
				k.src, k.tgt, k.quad, k.srcName, k.tgtName); err != nil {
				return err
			}
		}
	}
	eks := make([][2]string, 0, len(a.edges))
	for k, v := range a.edges {
		if v != 0 {
			eks = append(eks, k)
		}
	}
	sort.Slice(eks, func(i, j int) bool {
		return eks[i][0] < eks[j][0] || eks[i][0] == eks[j][0] && eks[i][1] < eks[j][1]
	})
	for _, k := range eks {
		v := a.edges[k]
		if err := exec(`INSERT INTO agg_edges (src, tgt, events) VALUES (?, ?, ?)
			ON CONFLICT (src, tgt) DO UPDATE SET events = agg_edges.events + excluded.events`, k[0], k[1], v); err != nil {
			return err
		}
		if v < 0 {
			if err := exec(`DELETE FROM agg_edges WHERE src = ? AND tgt = ? AND events <= 0`, k[0], k[1]); err != nil {
				return err
			}
		}
	}
	*a = *newAggDelta()
	return nil
}

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
