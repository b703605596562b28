package postgres_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/postgres"
	"github.com/sitrep-dev/sitrep/internal/store/postgres/pgtest"
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
)

// shared is one migrated schema the tests of this package reuse, emptied before each (a
// fresh schema per test costs a migration each, seconds on a busy machine).
var shared struct {
	once sync.Once
	dsn  string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.dsn != "" {
		pgtest.DropSchema(shared.dsn)
	}
	os.Exit(code)
}

func open(t testing.TB) store.Store {
	t.Helper()
	if os.Getenv(pgtest.Env) == "" {
		pgtest.DSN(t) // skips with the message
	}
	shared.once.Do(func() { shared.dsn, shared.err = pgtest.NewSchema() })
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	s, err := postgres.Open(context.Background(), shared.dsn)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Truncate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	pgtest.DSN(t) // skip early, with the message, when no server is configured
	storetest.Run(t, func(t *testing.T) store.Store { return open(t) })
}

// Text PostgreSQL cannot hold (NUL, invalid UTF-8) is stored with the same byte length, so
// evidence offsets still point at the right words.
func TestUnstorableText(t *testing.T) {
	s := open(t).(*postgres.Store)
	defer s.Close()
	ctx := context.Background()
	d := storetest.Doc("", "X", "2024-01-02", "Odd\x00bytes \xff here", storetest.Ev{Type: "PROTEST", Date: "2024-01-02",
		Sentence: "People\x00 marched \xfe\xff in town.", Source: "xx-people"})
	res, err := s.Save(ctx, store.Input{Docs: []model.Document{d}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Document(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Text) != len(d.Text) || strings.ContainsRune(got.Text, 0) {
		t.Errorf("text %q (len %d), want len %d", got.Text, len(got.Text), len(d.Text))
	}
	det, err := s.Event(ctx, res.Docs[0].Events[0])
	if err != nil {
		t.Fatal(err)
	}
	if m := det.Mentions[0]; got.Text[m.Start:m.End] != m.Sentence || !strings.Contains(m.Sentence, "marched") {
		t.Errorf("mention %q does not match text span %q", m.Sentence, got.Text[m.Start:m.End])
	}
}

func TestOpenMigratesConcurrently(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			s, err := postgres.Open(ctx, dsn)
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestOpenBadServer(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://u:secret@127.0.0.1:1/x?sslmode=disable&connect_timeout=2")
	if err == nil {
		t.Fatal("want an error")
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("error shows the password: %v", err)
	}
}

func TestSaveAll(t *testing.T) {
	s := open(t).(*postgres.Store)
	defer s.Close()
	ctx := context.Background()
	a := storetest.Doc("", "A", "2024-01-02", "One", storetest.Ev{Type: "PROTEST", Date: "2024-01-02", Sentence: "People marched.", Source: "xx-a"})
	b := storetest.Doc("", "B", "2024-01-02", "Two", storetest.Ev{Type: "PROTEST", Date: "2024-01-02", Sentence: "Crowds marched.", Source: "xx-a"})
	res, err := s.SaveAll(ctx, []store.Input{{Docs: []model.Document{a}}, {Docs: []model.Document{b}}})
	if err != nil || len(res) != 2 || res[0].NewEvents != 1 || res[1].Merged != 1 {
		t.Fatalf("SaveAll = %+v, %v", res, err)
	}
	// A failing batch leaves nothing behind.
	bad := storetest.Doc("", "C", "2024-01-03", "Three")
	bad.ID = ""
	c := storetest.Doc("", "C", "2024-01-03", "Four")
	if _, err := s.SaveAll(ctx, []store.Input{{Docs: []model.Document{c}}, {Docs: []model.Document{bad}}}); err == nil {
		t.Fatal("want an error for a document without id")
	}
	if ok, _ := s.HasDocument(ctx, c.ID); ok {
		t.Error("part of a failed batch was committed")
	}
}

// Many reports of one event saved at the same moment still become one stored event, while
// unrelated saves and corrections run alongside.
func TestConcurrentMerge(t *testing.T) {
	s := open(t).(*postgres.Store)
	defer s.Close()
	ctx := context.Background()
	const n = 12
	var wg sync.WaitGroup
	errs := make(chan error, 3*n)
	for i := range n {
		wg.Add(3)
		go func() {
			defer wg.Done()
			d := storetest.Doc("", fmt.Sprintf("Outlet %d", i), "2024-07-04", fmt.Sprintf("Report %d", i),
				storetest.Ev{Type: "ASSAULT", Date: []string{"2024-07-04", "2024-07-05"}[i%2],
					Sentence: fmt.Sprintf("Jets struck Kfarshouba, witness %d said.", i), Source: "il-idf",
					Lat: 33.35, Lon: 35.74, Country: "LB", Precision: 1})
			if _, err := s.Save(ctx, store.Input{Docs: []model.Document{d}}); err != nil {
				errs <- err
			}
		}()
		go func() { // unrelated events
			defer wg.Done()
			d := storetest.Doc("", "Other", "2024-03-01", fmt.Sprintf("Other %d", i),
				storetest.Ev{Type: "PROTEST", Date: "2024-03-01", Sentence: fmt.Sprintf("Group %d marched.", i), Source: fmt.Sprintf("grp%d", i)})
			if _, err := s.Save(ctx, store.Input{Docs: []model.Document{d}}); err != nil {
				errs <- err
			}
		}()
		go func() { // corrections of one URL
			defer wg.Done()
			d := storetest.Doc("https://c.example/x", "C", "2024-05-01", fmt.Sprintf("Version %d", i),
				storetest.Ev{Type: "ACCUSE", Date: "2024-05-01", Sentence: fmt.Sprintf("Officials accused rivals, version %d.", i), Source: "xx-gov"})
			if _, err := s.Save(ctx, store.Input{URL: d.URL, Docs: []model.Document{d}}); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	p, err := s.Events(ctx, store.EventFilter{Types: []string{"ASSAULT"}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 1 || p.Events[0].ArticlesCount != n {
		t.Errorf("ASSAULT events = %d (articles %v), want 1 with %d articles", p.Total, p.Events, n)
	}
	if p, _ := s.Events(ctx, store.EventFilter{Types: []string{"PROTEST"}}); p.Total != n {
		t.Errorf("PROTEST events = %d, want %d", p.Total, n)
	}
	if p, _ := s.Events(ctx, store.EventFilter{Types: []string{"ACCUSE"}}); p.Total != 1 || p.Events[0].ArticlesCount != 1 {
		t.Errorf("ACCUSE events after %d corrections = %+v", n, p)
	}
	st, _ := s.Stats(ctx)
	if st.Documents != 2*n+1 {
		t.Errorf("current documents = %d, want %d", st.Documents, 2*n+1)
	}
	checkSummaries(t, s)
}

// A process that saves fewer times than the compaction interval folds its summary deltas in
// when it closes, and the unfiltered aggregates read the same afterwards.
func TestCloseCompactsSummaries(t *testing.T) {
	s := open(t).(*postgres.Store)
	ctx := context.Background()
	d := storetest.Doc("", "A", "2024-01-02", "One", storetest.Ev{Type: "PROTEST", Date: "2024-01-02", Sentence: "People marched.", Source: "xx-a"})
	if _, err := s.Save(ctx, store.Input{Docs: []model.Document{d}}); err != nil {
		t.Fatal(err)
	}
	before, err := s.Timeline(ctx, store.EventFilter{})
	if err != nil || len(before) == 0 {
		t.Fatalf("timeline %v, %v", before, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := postgres.Open(ctx, shared.dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var left int
	if err := s2.DB().QueryRowContext(ctx, `SELECT (SELECT count(*) FROM agg_timeline_delta) + (SELECT count(*) FROM agg_actor_names_delta) +
		(SELECT count(*) FROM agg_actors_delta) + (SELECT count(*) FROM agg_graph_delta) + (SELECT count(*) FROM agg_edges_delta)`).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if left != 0 {
		t.Errorf("%d summary delta rows left after Close", left)
	}
	after, err := s2.Timeline(ctx, store.EventFilter{})
	if err != nil || len(after) != len(before) || after[0].Events != before[0].Events {
		t.Errorf("timeline after Close %+v, before %+v (%v)", after, before, err)
	}
}
