package postgres

import (
	"context"
	"time"

	"github.com/sitrep-dev/sitrep/internal/feeds"
	"github.com/sitrep-dev/sitrep/internal/store"
)

var _ feeds.StateStore = (*Store)(nil)

// AddFeed records a feed URL.
func (s *Store) AddFeed(ctx context.Context, url, title string) error {
	return s.p(ctx).exec(`INSERT INTO feeds (url, title, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
		url, title, s.now().Format(time.RFC3339))
}

// Feeds lists the feeds.
func (s *Store) Feeds(ctx context.Context) ([]store.Feed, error) {
	rows, err := s.p(ctx).query(`SELECT url, title, created_at, last_fetched, last_error FROM feeds ORDER BY url`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.Feed{}
	for rows.Next() {
		var f store.Feed
		if err := rows.Scan(&f.URL, &f.Title, &f.CreatedAt, &f.LastFetched, &f.LastError); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// RemoveFeed forgets a feed.
func (s *Store) RemoveFeed(ctx context.Context, url string) (bool, error) {
	r, err := s.db.ExecContext(ctx, `DELETE FROM feeds WHERE url = $1`, url)
	if err != nil {
		return false, err
	}
	n, _ := r.RowsAffected()
	return n > 0, nil
}

// FeedStates lists the feeds with their polling state.
func (s *Store) FeedStates(ctx context.Context) ([]feeds.State, error) {
	rows, err := s.p(ctx).query(`SELECT url, title, etag, last_modified, last_fetched, errors, last_error, next_poll FROM feeds ORDER BY url`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []feeds.State
	for rows.Next() {
		var st feeds.State
		var polled, next string
		if err := rows.Scan(&st.URL, &st.Title, &st.ETag, &st.LastModified, &polled, &st.Errors, &st.LastError, &next); err != nil {
			return nil, err
		}
		st.LastPolled, _ = time.Parse(time.RFC3339Nano, polled)
		st.NextPoll, _ = time.Parse(time.RFC3339Nano, next)
		out = append(out, st)
	}
	return out, rows.Err()
}

// SaveFeedState records a feed's polling state.
func (s *Store) SaveFeedState(ctx context.Context, st feeds.State) error {
	return s.p(ctx).exec(`UPDATE feeds SET title = CASE WHEN title = '' THEN ? ELSE title END, etag = ?, last_modified = ?,
		last_fetched = ?, errors = ?, last_error = ?, next_poll = ? WHERE url = ?`,
		st.Title, st.ETag, st.LastModified, stamp(st.LastPolled), st.Errors, st.LastError, stamp(st.NextPoll), st.URL)
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}
