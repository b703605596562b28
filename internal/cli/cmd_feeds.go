package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sitrep-dev/sitrep/internal/feeds"
	"github.com/sitrep-dev/sitrep/internal/feeds/sqlitefeeds"
	"github.com/sitrep-dev/sitrep/internal/ingest"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/postgres"
	"github.com/sitrep-dev/sitrep/internal/worker"
)

func init() {
	register(command{name: "feeds", summary: "manage the feeds `sitrep serve` polls: add, list, remove, poll", run: runFeedsCmd})
}

// feedStates returns the feed-state keeper of a store: the PostgreSQL store itself, or the
// adapter over the SQLite store's feeds table.
func feedStates(st store.Store) (feeds.StateStore, error) {
	switch s := st.(type) {
	case *postgres.Store:
		return s, nil
	case *store.SQLite:
		return sqlitefeeds.New(s.DB()), nil
	}
	return nil, fmt.Errorf("this store (%T) cannot keep feeds", st)
}

// FeedPollerConfig configures NewFeedPoller.
type FeedPollerConfig struct {
	// Options of the poller (intervals, limits, AllowPrivate); Seen and Log are filled in.
	Options feeds.Options
	// Enqueue sends new articles to the work queue for `sitrep worker`s (PostgreSQL only)
	// instead of processing them in this process.
	Enqueue bool
	// Pipeline overrides applied to every article.
	Pipeline pipeline.Options
	// Log receives the poller's lines and per-article problems.
	Log io.Writer
}

// NewFeedPoller returns the poller `sitrep serve` runs (go poller.Run(ctx)) over the feeds of
// st: each new article is processed by p and saved in st, or queued for workers.
func NewFeedPoller(st store.Store, p ingest.Processor, cfg FeedPollerConfig) (*feeds.Poller, error) {
	states, err := feedStates(st)
	if err != nil {
		return nil, err
	}
	log := cfg.Log
	if log == nil {
		log = io.Discard
	}
	opt := cfg.Options
	opt.Log = log
	if opt.UserAgent == "" {
		opt.UserAgent = "sitrep/" + Version + " (+https://github.com/sitrep-dev/sitrep)"
	}
	pg, isPG := st.(*postgres.Store)
	if cfg.Enqueue && !isPG {
		return nil, errors.New("queueing feed articles for workers needs a PostgreSQL store")
	}
	opt.Seen = func(ctx context.Context, u string) (bool, error) {
		s, err := st.Seen(ctx, "", u)
		if err != nil || s.URL || !isPG {
			return s.URL, err
		}
		return worker.Queued(ctx, pg, u)
	}
	var sink feeds.Sink
	if cfg.Enqueue {
		sink = func(ctx context.Context, it input.Item) error {
			_, err := worker.EnqueueItem(ctx, pg, it)
			return err
		}
	} else {
		sink = func(ctx context.Context, it input.Item) error {
			res, err := ingest.ProcessItem(ctx, st, p, it, cfg.Pipeline)
			if err == nil {
				fmt.Fprintf(log, "feeds: %s: %d docs new, %d events\n", it.URL, res.NewDocs(), res.NewEvents+res.Merged)
			}
			return err
		}
	}
	return feeds.New(states, sink, opt), nil
}

func runFeedsCmd(ctx context.Context, env Env, args []string) error {
	usage := fmt.Errorf("%w: sitrep feeds add|list|remove|poll [--db STORE] [URL ...]", errUsage)
	if len(args) == 0 {
		return usage
	}
	sub, args := args[0], args[1:]
	fs := newFlagSet(env, "feeds "+sub, "[URL ...]")
	db := fs.String("db", feedsEnvOr("SITREP_DB", "sitrep.db"), "store: a SQLite file path or postgres:// URL (env SITREP_DB)")
	title := fs.String("title", "", "feed title (add)")
	allowPrivate := fs.Bool("allow-private", false, "let the poller reach private and loopback addresses (poll)")
	enqueue := fs.Bool("enqueue", false, "queue new articles for workers instead of processing them here (poll, PostgreSQL)")
	timeout := fs.Duration("timeout", 20*time.Second, "timeout of each download (poll)")
	hostInterval := fs.Duration("host-interval", 2*time.Second, "least time between two requests to one host (poll)")
	var k knowledgeFlags
	k.register(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch sub {
	case "add", "remove":
		if len(rest) == 0 {
			return fmt.Errorf("%w: feeds %s needs a URL", errUsage, sub)
		}
	case "list", "poll":
	default:
		return usage
	}
	for _, u := range rest {
		if err := checkFeedURL(u); err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	states, err := feedStates(st)
	if err != nil {
		return err
	}
	switch sub {
	case "add":
		for _, u := range rest {
			if err := states.AddFeed(ctx, u, *title); err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "added %s\n", u)
		}
	case "remove":
		missing := 0
		for _, u := range rest {
			ok, err := states.RemoveFeed(ctx, u)
			if err != nil {
				return err
			}
			if ok {
				fmt.Fprintf(env.Stdout, "removed %s\n", u)
			} else {
				fmt.Fprintf(env.Stderr, "sitrep feeds: %s is not registered\n", u)
				missing++
			}
		}
		if missing > 0 {
			return &exitError{code: 1}
		}
	case "list":
		list, err := states.FeedStates(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "URL\tTITLE\tLAST POLLED\tERRORS\tLAST ERROR")
		for _, f := range list {
			polled := "never"
			if !f.LastPolled.IsZero() {
				polled = f.LastPolled.UTC().Format(time.RFC3339)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", f.URL, feedsCell(f.Title, 40), polled, f.Errors, feedsCell(f.LastError, 60))
		}
		return tw.Flush()
	case "poll":
		var p ingest.Processor
		if !*enqueue {
			pp, err := pipeline.NewWith(k.config())
			if err != nil {
				return err
			}
			p = pp
		}
		poller, err := NewFeedPoller(st, p, FeedPollerConfig{Enqueue: *enqueue, Log: env.Stderr,
			Options: feeds.Options{AllowPrivate: *allowPrivate, Timeout: *timeout, HostInterval: *hostInterval}})
		if err != nil {
			return err
		}
		var results []feeds.Result
		if len(rest) == 0 {
			results, err = poller.PollAll(ctx)
		} else {
			for _, u := range rest {
				r, perr := poller.PollURL(ctx, u)
				if perr != nil {
					return perr
				}
				results = append(results, r)
			}
		}
		if err != nil {
			return err
		}
		failed, fresh := 0, 0
		for _, r := range results {
			fresh += r.New
			if r.Err != nil {
				failed++
			}
		}
		fmt.Fprintf(env.Stdout, "%d feeds polled, %d failed, %d new articles\n", len(results), failed, fresh)
		if failed > 0 && failed == len(results) {
			return &exitError{code: 1}
		}
	}
	return nil
}

func checkFeedURL(u string) error {
	pu, err := url.Parse(u)
	if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		return fmt.Errorf("%q is not an http(s) feed URL", u)
	}
	return nil
}

func feedsEnvOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func feedsCell(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		i := n
		for i > 0 && s[i]&0xC0 == 0x80 {
			i--
		}
		s = s[:i] + "…"
	}
	return s
}
