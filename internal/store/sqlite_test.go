package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
)

func openTemp(t *testing.T) store.Store {
	t.Helper()
	s, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "sitrep.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSQLiteConformance(t *testing.T) {
	storetest.Run(t, openTemp)
}

func TestOpenPostgresUnsupported(t *testing.T) {
	if _, err := store.Open(context.Background(), "postgres://localhost/x"); err == nil {
		t.Fatal("want an error for postgres:// in this build")
	}
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	ctx := context.Background()
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := storetest.Doc("", "X", "2024-01-02", "Reopen", storetest.Ev{Type: "PROTEST", Date: "2024-01-02", Sentence: "People marched."})
	if _, err := s.Save(ctx, store.Input{Docs: []model.Document{d}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, _ := s.Stats(ctx); st.Documents != 1 || st.Events != 1 {
		t.Errorf("stats after reopen = %+v", st)
	}
}

// TestSaveAllCancelled: SaveAll runs its statements on a context that cannot be cancelled
// (cheaper for the driver) but still stops, storing nothing, when its context ends, and the
// store keeps working afterwards. The writer connection skips foreign-key checks; the
// stored rows still reference each other.
func TestSaveAllCancelled(t *testing.T) {
	s, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	in := func(title string) store.Input {
		return store.Input{Docs: []model.Document{storetest.Doc("", "X", "2024-01-02", title,
			storetest.Ev{Type: "PROTEST", Date: "2024-01-02", Sentence: "People marched in " + title + ".", Source: "protesters"})}}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.SaveAll(ctx, []store.Input{in("Cairo"), in("Tunis")}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled SaveAll: err %v, want context.Canceled", err)
	}
	if st, _ := s.Stats(context.Background()); st.Documents != 0 {
		t.Fatalf("cancelled SaveAll stored %+v", st)
	}
	if _, err := s.SaveAll(context.Background(), []store.Input{in("Cairo"), in("Tunis")}); err != nil {
		t.Fatal(err)
	}
	var orphans int
	err = s.DB().QueryRow(`SELECT (SELECT count(*) FROM mentions WHERE event_id NOT IN (SELECT id FROM events) OR doc_id NOT IN (SELECT id FROM documents))
		+ (SELECT count(*) FROM event_actors WHERE event_id NOT IN (SELECT id FROM events))`).Scan(&orphans)
	if err != nil || orphans != 0 {
		t.Errorf("rows without their parent: %d (%v)", orphans, err)
	}
	if st, _ := s.Stats(context.Background()); st.Documents != 2 || st.Mentions != 2 {
		t.Errorf("stats %+v", st)
	}
}
