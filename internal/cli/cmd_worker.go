package cli

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store/postgres"
	"github.com/sitrep-dev/sitrep/internal/worker"
)

func init() {
	register(command{name: "worker", summary: "process queued documents from a PostgreSQL store (run any number)", run: runWorkerCmd})
	register(command{name: "enqueue", summary: "queue files and folders in a PostgreSQL store for workers", run: runEnqueueCmd})
}

// openPostgres opens a PostgreSQL store, with a usage error for anything else.
func openPostgres(ctx context.Context, cmd, dsn string) (*postgres.Store, error) {
	if !postgres.IsDSN(dsn) {
		return nil, fmt.Errorf("%w: %s needs a PostgreSQL store: --db postgres://USER:PASSWORD@HOST/DB (got %q)", errUsage, cmd, dsn)
	}
	return postgres.Open(ctx, dsn)
}

// workerOptions are the flags of `sitrep worker`.
type workerOptions struct {
	DB          string
	Concurrency int
	Lease       time.Duration
	Poll        time.Duration
	Drain       bool
	ID          string
	Quiet       bool
	knowledge   knowledgeFlags
}

func runWorkerCmd(ctx context.Context, env Env, args []string) error {
	var o workerOptions
	fs := newFlagSet(env, "worker", "")
	fs.StringVar(&o.DB, "db", os.Getenv("SITREP_DB"), "PostgreSQL store: postgres://USER:PASSWORD@HOST/DB (env SITREP_DB)")
	fs.IntVar(&o.Concurrency, "concurrency", 1, "documents processed at once by this process")
	fs.DurationVar(&o.Lease, "lease", worker.DefaultLease, "claim lease: a document is taken over when its worker is silent this long")
	fs.DurationVar(&o.Poll, "poll", worker.DefaultPoll, "wait between looks at an empty queue")
	fs.BoolVar(&o.Drain, "drain", false, "exit once the queue is empty instead of waiting for more")
	fs.StringVar(&o.ID, "id", "", "worker name in the queue (default HOST:PID)")
	fs.BoolVar(&o.Quiet, "quiet", false, "print only problems and the summary")
	o.knowledge.register(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, rest)
	}
	if o.Concurrency < 1 || o.Concurrency > 256 {
		return fmt.Errorf("%w: --concurrency must be 1..256", errUsage)
	}
	st, err := openPostgres(ctx, "worker", o.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := pipeline.NewWith(o.knowledge.config())
	if err != nil {
		return err
	}
	opt := worker.Options{ID: o.ID, Concurrency: o.Concurrency, Lease: o.Lease, Poll: o.Poll, Drain: o.Drain, Log: env.Stderr}
	if !o.Quiet {
		opt.OnDone = func(d worker.Done) {
			fmt.Fprintf(env.Stderr, "worker %s: %s: %d docs new, %d events\n", d.Worker, d.Name, d.Result.NewDocs(), d.Result.NewEvents+d.Result.Merged)
		}
	}
	stats, err := worker.Run(ctx, st, p, opt)
	fmt.Fprintf(env.Stderr, "worker: %d processed, %d failed, %d retried, %d docs new, %d events, %.1fs\n",
		stats.Processed, stats.Failed, stats.Retried, stats.Docs, stats.Events, stats.Elapsed.Seconds())
	return err
}

// enqueueOptions are the flags of `sitrep enqueue`.
type enqueueOptions struct {
	DB        string
	Published string
	Source    string
	Kind      string
	MaxBytes  int64
}

func runEnqueueCmd(ctx context.Context, env Env, args []string) error {
	var o enqueueOptions
	fs := newFlagSet(env, "enqueue", "INPUT ...")
	fs.StringVar(&o.DB, "db", os.Getenv("SITREP_DB"), "PostgreSQL store: postgres://USER:PASSWORD@HOST/DB (env SITREP_DB)")
	fs.StringVar(&o.Published, "published", "", "publication date YYYY-MM-DD for every input")
	fs.StringVar(&o.Source, "source", "", "outlet name recorded on each document")
	fs.StringVar(&o.Kind, "kind", "auto", "input kind: auto, text, html or jsonl")
	fs.Int64Var(&o.MaxBytes, "max-bytes", input.DefaultMaxBytes, "largest input file accepted, in bytes")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return fmt.Errorf("%w: no INPUT given (files, folders, or - for stdin)", errUsage)
	}
	if o.Published != "" && !validDate(o.Published) {
		return fmt.Errorf("%w: --published %q is not a date YYYY-MM-DD", errUsage, o.Published)
	}
	st, err := openPostgres(ctx, "enqueue", o.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	files, err := enqueueFiles(inputs)
	if err != nil {
		return err
	}
	var added, skipped, bad int
	for _, f := range files {
		var items []input.Item
		var errs []error
		if f == "-" {
			data, rerr := readStdinLimited(env.Stdin, o.MaxBytes)
			if rerr == nil {
				items, errs, rerr = input.Read("-", data, o.Kind)
			}
			err = rerr
		} else {
			items, errs, err = input.ReadFile(f, o.Kind, o.MaxBytes)
		}
		for _, e := range errs {
			fmt.Fprintf(env.Stderr, "sitrep enqueue: %v\n", e)
		}
		if err != nil {
			fmt.Fprintf(env.Stderr, "sitrep enqueue: %v\n", err)
			bad++
			continue
		}
		for _, it := range items {
			if o.Published != "" {
				it.Published = o.Published
			}
			if o.Source != "" {
				it.Source = o.Source
			}
			ok, err := worker.EnqueueItem(ctx, st, it)
			if err != nil {
				return err
			}
			if ok {
				added++
			} else {
				skipped++
			}
		}
	}
	fmt.Fprintf(env.Stdout, "%d queued, %d already queued or stored, %d unreadable\n", added, skipped, bad)
	if added+skipped == 0 && bad > 0 {
		return &exitError{code: 1, msg: "nothing could be queued"}
	}
	return nil
}

// enqueueFiles turns folders into the files under them (sorted; hidden entries skipped).
func enqueueFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		if !fi.IsDir() {
			out = append(out, a)
			continue
		}
		var files []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != a && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		out = append(out, files...)
	}
	return out, nil
}

func readStdinLimited(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("stdin: %w: over %d bytes", input.ErrTooLarge, max)
	}
	return b, nil
}
