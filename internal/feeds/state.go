package feeds

import (
	"context"
	"time"
)

// State is what the poller remembers of one feed between polls.
type State struct {
	URL   string
	Title string
	// ETag and LastModified are the validators of the last 200 answer, sent back as
	// If-None-Match and If-Modified-Since.
	ETag         string
	LastModified string
	// LastPolled is when the feed was last fetched (zero: never).
	LastPolled time.Time
	// Errors counts consecutive failed polls (0 after a success); LastError is the last one.
	Errors    int
	LastError string
	// NextPoll is when the feed is due again (zero: now).
	NextPoll time.Time
}

// StateStore keeps the feed list and each feed's polling state. The PostgreSQL store
// implements it; sqlitefeeds adapts the SQLite store.
type StateStore interface {
	// AddFeed records a feed URL to poll (a no-op when it is already there).
	AddFeed(ctx context.Context, url, title string) error
	// RemoveFeed forgets a feed; false when it was not there.
	RemoveFeed(ctx context.Context, url string) (bool, error)
	// FeedStates lists every feed with its state, by URL.
	FeedStates(ctx context.Context) ([]State, error)
	// SaveFeedState records a feed's state after a poll (feeds removed meanwhile stay removed).
	SaveFeedState(ctx context.Context, st State) error
}
