// Package sqlitefeeds keeps the feed poller's state in the SQLite store's feeds table (url,
// title, created_at, last_fetched, etag, last_modified, last_error). That table has no
// columns for the error count and the next poll time, so those live in memory: after a
// restart every feed is polled at once, with its validators, so unchanged feeds cost a 304.
package sqlitefeeds

import (
	"context"
	"database/sql"
	"sync"
	"time"

	"github.com/sitrep-dev/sitrep/internal/feeds"
)

// States adapts a SQLite store's database (store.SQLite.DB()) to feeds.StateStore.
type States struct {
	db  *sql.DB
	mu  sync.Mutex
	mem map[string]feeds.State // errors and next poll, by URL
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

var _ feeds.StateStore = (*States)(nil)

// New returns the adapter over db, the handle of a migrated SQLite store.
func New(db *sql.DB) *States { return &States{db: db, mem: map[string]feeds.State{}} }

func (s *States) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

// AddFeed records a feed URL.
func (s *States) AddFeed(ctx context.Context, url, title string) error {
	_, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO feeds (url, title, created_at) VALUES (?, ?, ?)`,
		url, title, s.now().Format(time.RFC3339))
	return err
}

// RemoveFeed forgets a feed.
func (s *States) RemoveFeed(ctx context.Context, url string) (bool, error) {
	r, err := s.db.ExecContext(ctx, `DELETE FROM feeds WHERE url = ?`, url)
	if err != nil {
		return false, err
	}
	s.mu.Lock()
	delete(s.mem, url)
	s.mu.Unlock()
	n, _ := r.RowsAffected()
	return n > 0, nil
}

// FeedStates lists the feeds with their state.
func (s *States) FeedStates(ctx context.Context) ([]feeds.State, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT url, title, etag, last_modified, last_fetched, last_error FROM feeds ORDER BY url`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []feeds.State
	s.mu.Lock()
	defer s.mu.Unlock()
	for rows.Next() {
		var st feeds.State
		var polled string
		if err := rows.Scan(&st.URL, &st.Title, &st.ETag, &st.LastModified, &polled, &st.LastError); err != nil {
			return nil, err
		}
		st.LastPolled, _ = time.Parse(time.RFC3339Nano, polled)
		if m, ok := s.mem[st.URL]; ok {
			st.Errors, st.NextPoll = m.Errors, m.NextPoll
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// SaveFeedState records a feed's state.
func (s *States) SaveFeedState(ctx context.Context, st feeds.State) error {
	polled := ""
	if !st.LastPolled.IsZero() {
		polled = st.LastPolled.UTC().Format(time.RFC3339Nano)
	}
	_, err := s.db.ExecContext(ctx, `UPDATE feeds SET title = CASE WHEN title = '' THEN ? ELSE title END, etag = ?,
		last_modified = ?, last_fetched = ?, last_error = ? WHERE url = ?`,
		st.Title, st.ETag, st.LastModified, polled, st.LastError, st.URL)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.mem[st.URL] = feeds.State{Errors: st.Errors, NextPoll: st.NextPoll}
	s.mu.Unlock()
	return nil
}
