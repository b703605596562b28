package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/sitrep-dev/sitrep/internal/api"
	"github.com/sitrep-dev/sitrep/internal/feeds"
	"github.com/sitrep-dev/sitrep/internal/ingest"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
)

func init() {
	register(command{name: "serve", summary: "serve the HTTP API and dashboard over a store", run: runServeCmd})
}

// Dashboard holds the dashboard files served at /; nil serves a placeholder page. The
// dashboard package sets it (with an embed.FS) when it is built in.
var Dashboard fs.FS

// serveOptions are the flags of `sitrep serve`.
type serveOptions struct {
	DB           string
	Addr         string
	Token        string
	FeedInterval time.Duration
	AllowPrivate bool
	Enqueue      bool
	NoFeeds      bool
	knowledge    knowledgeFlags
}

func runServeCmd(ctx context.Context, env Env, args []string) error {
	var o serveOptions
	fs := newFlagSet(env, "serve", "")
	fs.StringVar(&o.DB, "db", "sitrep.db", "store: a SQLite file path (or postgres://… URL)")
	fs.StringVar(&o.Addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT")
	fs.StringVar(&o.Token, "token", "", "bearer token enabling POST /api/v1/documents (default $SITREP_TOKEN)")
	fs.DurationVar(&o.FeedInterval, "feed-interval", 10*time.Minute, "how often each feed added with 'sitrep feeds add' is polled")
	fs.BoolVar(&o.AllowPrivate, "allow-private", false, "let the feed poller fetch private, loopback and link-local addresses")
	fs.BoolVar(&o.Enqueue, "enqueue", false, "send new feed articles to the work queue for 'sitrep worker' (PostgreSQL only) instead of processing them here")
	fs.BoolVar(&o.NoFeeds, "no-feeds", false, "do not poll feeds")
	o.knowledge.register(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	if o.Token == "" {
		o.Token = os.Getenv("SITREP_TOKEN")
	}
	st, err := openStore(ctx, o.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := pipeline.NewWith(o.knowledge.config())
	if err != nil {
		return err
	}
	if !o.NoFeeds {
		poller, err := NewFeedPoller(st, p, FeedPollerConfig{Log: env.Stderr, Enqueue: o.Enqueue,
			Options: feeds.Options{Interval: o.FeedInterval, AllowPrivate: o.AllowPrivate}})
		if err != nil {
			return err
		}
		go poller.Run(ctx) // stops when ctx ends
	}
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "sitrep serve: listening on http://%s/\n", ln.Addr())
	return serve(ctx, env, ln, st, p, o.Token)
}

// serve answers HTTP on ln until ctx ends, then shuts down gracefully.
func serve(ctx context.Context, env Env, ln net.Listener, st store.Store, p ingest.Processor, token string) error {
	logger := slog.New(slog.NewTextHandler(env.Stderr, nil))
	h := api.New(st, p, api.Options{Token: token, Static: Dashboard, Logger: logger})
	srv := api.NewHTTPServer(ln.Addr().String(), h)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
