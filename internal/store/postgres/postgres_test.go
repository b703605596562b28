package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/postgres"
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
)

func open(t *testing.T) store.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), postgres.TestDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	postgres.TestDSN(t) // skip early, with the message, when no server is configured
	storetest.Run(t, open)
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
	dsn := postgres.TestDSN(t)
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
