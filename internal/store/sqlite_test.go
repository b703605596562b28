package store_test

import (
	"context"
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
