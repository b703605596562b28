package store

import (
	"context"
	"fmt"
)

// The merge index answers the shared writer's merge-candidate lookups (findMatch: the stored
// events of one type dated within a day, or undated and first seen within a day) from
// memory in the SQLite store, instead of one indexed query per extracted event.
//
// It holds cells: all stored events of one type on one day (by date, or by first-seen day
// for undated events), each event with its rowid and row version (so that an update needs
// no lookup of its row). A cell is read from the database the
// first time a lookup needs it and kept up to date by the writer (every event insert,
// update and removal goes through sqliteDialect.WriteEvent or DeleteEvent). It is valid only
// while this process's writer connection is the only one writing: each write transaction
// reads PRAGMA data_version on that connection (it changes when any other connection, in
// this process or another, commits) and empties the index when it moved. A transaction that
// fails also empties it (its cells may hold rows that were rolled back).

// maxIndexed bounds the events the merge index holds; it is emptied when full.
const maxIndexed = 1_000_000

type cellKey struct {
	typ   string
	dated bool
	day   int
}

// idVersion is a stored event id with its row version.
type idVersion struct {
	id      string
	version int64
}

// rowVersion is where an event's row is and its version.
type rowVersion struct{ rowid, version int64 }

type mergeIndex struct {
	valid bool
	dv    int64 // data_version of the writer connection when last checked
	cells map[cellKey]map[string]rowVersion
	where map[string]cellKey // the cell of every event held
}

func (x *mergeIndex) reset() {
	x.valid, x.cells, x.where = false, nil, nil
}

// check empties the index unless dv, the writer connection's data_version at the start of a
// write transaction, is the one seen at the last check.
func (x *mergeIndex) check(dv int64) {
	if !x.valid || dv != x.dv || len(x.where) > maxIndexed {
		x.cells, x.where = map[cellKey]map[string]rowVersion{}, map[string]cellKey{}
	}
	x.valid, x.dv = true, dv
}

// eventCell is the cell of a stored event as its row says it: the day of its date, else
// its first-seen day (ok false when it has neither: no lookup finds it).
func eventCell(e *Event) (cellKey, bool) {
	if d, ok := DayNumber(e.Date.Value); ok {
		return cellKey{e.Type, true, d}, true
	}
	if d, ok := DayNumber(e.FirstSeen); ok {
		return cellKey{e.Type, false, d}, true
	}
	return cellKey{}, false
}

// put records that event e is stored in row rowid at version (after an insert or update).
func (x *mergeIndex) put(e *Event, rowid, version int64) {
	x.remove(e.ID)
	k, ok := eventCell(e)
	if !ok {
		return
	}
	if c, loaded := x.cells[k]; loaded {
		c[e.ID] = rowVersion{rowid, version}
		x.where[e.ID] = k
	}
}

// row returns the rowid and version of event id if the index holds it.
func (x *mergeIndex) row(id string) (rowVersion, bool) {
	k, ok := x.where[id]
	if !ok {
		return rowVersion{}, false
	}
	rv, ok := x.cells[k][id]
	return rv, ok
}

// remove forgets event id (removed, or moved to another cell).
func (x *mergeIndex) remove(id string) {
	if k, ok := x.where[id]; ok {
		delete(x.cells[k], id)
		delete(x.where, id)
	}
}

// lookup returns the stored events of type typ whose day (dated) or first-seen day
// (undated) lies in [lo, hi], reading the cells it lacks through q.
func (x *mergeIndex) lookup(ctx context.Context, q Querier, typ string, dated bool, lo, hi int) ([]idVersion, error) {
	mlo, mhi := hi+1, lo-1
	for d := lo; d <= hi; d++ {
		if _, ok := x.cells[cellKey{typ, dated, d}]; !ok {
			mlo, mhi = min(mlo, d), max(mhi, d)
		}
	}
	if mlo <= mhi {
		// The whole aligned block of days around them: one query instead of one per few
		// days when a load spans many dates (cells already held are left as they are).
		mlo, mhi = floorDiv(mlo, loadBlock)*loadBlock, floorDiv(mhi, loadBlock)*loadBlock+loadBlock-1
		if err := x.load(ctx, q, typ, dated, mlo, mhi); err != nil {
			return nil, err
		}
	}
	var out []idVersion
	for d := lo; d <= hi; d++ {
		for id, rv := range x.cells[cellKey{typ, dated, d}] {
			out = append(out, idVersion{id, rv.version})
		}
	}
	return out, nil
}

// loadBlock is the number of days whose cells of one type a lookup loads together.
const loadBlock = 32

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// load reads the cells of type typ for days lo..hi that are not held yet.
func (x *mergeIndex) load(ctx context.Context, q Querier, typ string, dated bool, lo, hi int) error {
	query := `SELECT rowid, id, version, day FROM events WHERE type = ? AND day BETWEEN ? AND ?`
	if !dated {
		query = `SELECT rowid, id, version, seen_day FROM events WHERE type = ? AND day IS NULL AND seen_day BETWEEN ? AND ?`
	}
	fresh := map[int]map[string]rowVersion{}
	for d := lo; d <= hi; d++ {
		if _, ok := x.cells[cellKey{typ, dated, d}]; !ok {
			fresh[d] = map[string]rowVersion{}
		}
	}
	rows, err := q.QueryContext(ctx, query, typ, lo, hi)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var rv rowVersion
		var day int
		if err := rows.Scan(&rv.rowid, &id, &rv.version, &day); err != nil {
			return err
		}
		if c, ok := fresh[day]; ok {
			c[id] = rv
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("merge candidates: %w", err)
	}
	for d, c := range fresh {
		k := cellKey{typ, dated, d}
		x.cells[k] = c
		for id := range c {
			x.where[id] = k
		}
	}
	return nil
}
