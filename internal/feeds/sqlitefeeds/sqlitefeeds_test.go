package sqlitefeeds_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/feeds"
	"github.com/sitrep-dev/sitrep/internal/feeds/sqlitefeeds"
	"github.com/sitrep-dev/sitrep/internal/store"
)

func TestStates(t *testing.T) {
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := sqlitefeeds.New(st.DB())
	if err := s.AddFeed(ctx, "https://a.example/rss", ""); err != nil {
		t.Fatal(err)
	}
	if err := st.AddFeed(ctx, "https://b.example/rss", "B"); err != nil { // the store's own method
		t.Fatal(err)
	}
	next := time.Now().Add(time.Hour).UTC().Truncate(time.Second)
	polled := time.Now().UTC().Truncate(time.Second)
	err = s.SaveFeedState(ctx, feeds.State{URL: "https://a.example/rss", Title: "A", ETag: `"v1"`, LastModified: "Mon, 01 Jan 2024 00:00:00 GMT",
		LastPolled: polled, Errors: 2, LastError: "HTTP 500", NextPoll: next})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.FeedStates(ctx)
	if err != nil || len(got) != 2 {
		t.Fatalf("states = %+v, %v", got, err)
	}
	a := got[0]
	if a.Title != "A" || a.ETag != `"v1"` || a.Errors != 2 || !a.NextPoll.Equal(next) || !a.LastPolled.Equal(polled) || a.LastError != "HTTP 500" {
		t.Errorf("state = %+v", a)
	}
	fs, _ := st.Feeds(ctx)
	if len(fs) != 2 || fs[0].LastError != "HTTP 500" || fs[0].LastFetched == "" {
		t.Errorf("store.Feeds = %+v", fs)
	}
	if ok, err := s.RemoveFeed(ctx, "https://a.example/rss"); !ok || err != nil {
		t.Errorf("RemoveFeed = %v, %v", ok, err)
	}
	if ok, _ := s.RemoveFeed(ctx, "https://a.example/rss"); ok {
		t.Error("second RemoveFeed found the feed")
	}
}
