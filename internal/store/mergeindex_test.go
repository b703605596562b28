package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
)

// TestWriterFastPaths saves the same stream (merges, undated events, corrections that remove
// events) with the writer's fast paths (merge index, partial row updates, half of the inputs
// encoded ahead by Input.Encode) and without, and checks that every API answer and every
// stored row are the same.
func TestWriterFastPaths(t *testing.T) {
	dir := t.TempDir()
	ins := withCollisions(bulkCorpus(0, 260))
	defer store.SetFastPaths(store.SetFastPaths(false))
	plain := openAt(t, filepath.Join(dir, "plain.db"))
	defer plain.Close()
	saveBatches(t, plain, ins, 16, nil)

	store.SetFastPaths(true)
	enc := withCollisions(bulkCorpus(0, 260))
	for i := range enc {
		if i%2 == 0 {
			if err := enc[i].Encode(); err != nil {
				t.Fatal(err)
			}
		}
	}
	indexed := openAt(t, filepath.Join(dir, "indexed.db"))
	defer indexed.Close()
	saveBatches(t, indexed, enc, 16, nil)
	if w, g := apiDump(t, plain), apiDump(t, indexed); w != g {
		t.Errorf("API answers differ with the fast paths:\n%s", firstDiff(w, g))
	}
	var renamed int
	indexed.DB().QueryRow(`SELECT count(*) FROM events e JOIN mentions m ON m.event_id = e.id
		WHERE e.id <> m.extracted_id AND e.type = 'THREATEN'`).Scan(&renamed)
	if renamed == 0 {
		t.Error("no event id was taken already: the test does not test that")
	}
	if w, g := tableDump(t, plain), tableDump(t, indexed); w != g {
		t.Errorf("stored rows differ with the fast paths:\n%s", firstDiff(w, g))
	}
}

// withCollisions adds inputs whose documents are new but whose events carry the ids of
// stored events they do not merge with (the writer gives them other ids).
func withCollisions(ins []store.Input) []store.Input {
	for k := 0; k < 40; k += 7 {
		in := ins[k]
		d := in.Docs[0]
		d.Text += " Later report."
		d.ID += "-again"
		d.Events = slices.Clone(d.Events)
		for i := range d.Events {
			d.Events[i].Type = "THREATEN"
		}
		in.Docs, in.Hash, in.URL = []model.Document{d}, in.Hash+"-again", in.URL+"/again"
		ins = append(ins, in)
	}
	return ins
}

// tableDump lists every row of the tables the writer fills.
func tableDump(t *testing.T, s *store.SQLite) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{`SELECT * FROM events ORDER BY rowid`, `SELECT * FROM event_bodies ORDER BY rowid`,
		`SELECT * FROM event_actors ORDER BY 1, 2, 3`, `SELECT * FROM mentions ORDER BY rowid`,
		`SELECT * FROM documents ORDER BY rowid`, `SELECT * FROM inputs ORDER BY hash`, `SELECT * FROM event_history ORDER BY id`,
		`SELECT * FROM events_rtree ORDER BY id`, `SELECT * FROM agg_timeline`, `SELECT * FROM agg_actor_names`,
		`SELECT * FROM agg_actors`, `SELECT * FROM agg_graph`, `SELECT * FROM agg_edges`} {
		rows, err := s.DB().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		n := 0
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s: %v\n", q, vals)
			n++
		}
		rows.Close()
		if n == 0 && !strings.Contains(q, "history") {
			t.Errorf("%s: no rows", q)
		}
	}
	return b.String()
}

// TestMergeIndexOtherWriters saves a stream through two handles of one store in turn (as two
// processes would), with writes through the store's other connections between them: each
// handle's merge index must notice the other's writes, so the result is that of one writer.
func TestMergeIndexOtherWriters(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ins := bulkCorpus(0, 200)
	one := openAt(t, filepath.Join(dir, "one.db"))
	defer one.Close()
	saveBatches(t, one, ins, 8, nil)

	path := filepath.Join(dir, "two.db")
	a, b := openAt(t, path), openAt(t, path)
	defer a.Close()
	defer b.Close()
	for lo, i := 0, 0; lo < len(ins); lo, i = lo+8, i+1 {
		s := a
		if i%3 == 1 {
			s = b
		}
		if _, err := s.SaveAll(ctx, ins[lo:min(lo+8, len(ins))]); err != nil {
			t.Fatal(err)
		}
		if i%5 == 4 {
			if err := a.AddFeed(ctx, "https://feeds.example/"+string(rune('a'+i)), ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	if w, g := apiDump(t, one), apiDump(t, a); w != g {
		t.Errorf("API answers differ with two writers:\n%s", firstDiff(w, g))
	}
}
