package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/sitrep-dev/sitrep/internal/ingest"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/postgres"
)

func init() {
	register(command{name: "ingest", summary: "process files, folders, JSONL, URLs and feeds into a store", run: runIngestCmd})
}

// ingestOptions are the flags of `sitrep ingest`.
type ingestOptions struct {
	DB        string
	Published string
	Source    string
	MaxBytes  int64
	Workers   int
	Timeout   time.Duration
	Quiet     bool
	Bulk      string
	MaxBatch  int
	knowledge knowledgeFlags
}

func runIngestCmd(ctx context.Context, env Env, args []string) error {
	var o ingestOptions
	fs := newFlagSet(env, "ingest", "INPUT ...")
	fs.StringVar(&o.DB, "db", "sitrep.db", "store: a SQLite file path (or postgres://… URL)")
	fs.StringVar(&o.Published, "published", "", "publication date YYYY-MM-DD for every input")
	fs.StringVar(&o.Source, "source", "", "outlet name recorded on each document")
	fs.Int64Var(&o.MaxBytes, "max-bytes", 64<<20, "largest input file accepted, in bytes")
	fs.IntVar(&o.Workers, "workers", runtime.GOMAXPROCS(0), "documents processed in parallel")
	fs.DurationVar(&o.Timeout, "timeout", 20*time.Second, "timeout of each download")
	fs.BoolVar(&o.Quiet, "quiet", false, "no progress, only problems and the summary")
	fs.StringVar(&o.Bulk, "bulk", "auto", "bulk loading of a SQLite store (query indexes built once at the end): auto, on or off")
	fs.IntVar(&o.MaxBatch, "batch", 0, "most documents saved in one write transaction (0: 256, 512 in bulk mode); smaller loses less to a crash and writes slower")
	o.knowledge.register(fs)
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return fmt.Errorf("%w: no INPUT given (files, folders or http(s) URLs)", errUsage)
	}
	_, err = runIngest(ctx, env, o, inputs)
	return err
}

// runIngest opens the store and ingests inputs; problems with single inputs are reported on
// env.Stderr and the rest goes on.
func runIngest(ctx context.Context, env Env, o ingestOptions, inputs []string) (ingest.Stats, error) {
	if o.Published != "" && !validDate(o.Published) {
		return ingest.Stats{}, fmt.Errorf("%w: --published %q is not a date YYYY-MM-DD", errUsage, o.Published)
	}
	if _, err := bulkMode(o.Bulk); err != nil {
		return ingest.Stats{}, err
	}
	if o.MaxBatch < 0 {
		return ingest.Stats{}, fmt.Errorf("%w: --batch %d: want 0 (the default) or more documents", errUsage, o.MaxBatch)
	}
	st, err := openStore(ctx, o.DB)
	if err != nil {
		return ingest.Stats{}, err
	}
	defer st.Close()
	p, err := pipeline.NewWith(o.knowledge.config())
	if err != nil {
		return ingest.Stats{}, err
	}
	return ingestInto(ctx, env, st, p, o, inputs)
}

// bulkMode reads the --bulk flag ("" is auto).
func bulkMode(s string) (ingest.BulkMode, error) {
	switch s {
	case "", "auto":
		return ingest.BulkAuto, nil
	case "on":
		return ingest.BulkOn, nil
	case "off":
		return ingest.BulkOff, nil
	}
	return 0, fmt.Errorf("%w: --bulk %q: want auto, on or off", errUsage, s)
}

func ingestInto(ctx context.Context, env Env, st store.Store, p ingest.Processor, o ingestOptions, inputs []string) (ingest.Stats, error) {
	bulk, err := bulkMode(o.Bulk)
	if err != nil {
		return ingest.Stats{}, err
	}
	opt := ingest.Options{
		Bulk:     bulk,
		MaxBatch: o.MaxBatch,
		Workers:  o.Workers,
		Pipeline: pipeline.Options{Published: o.Published, Source: o.Source},
		MaxBytes: o.MaxBytes,
		Fetch:    ingest.FetchOptions{Timeout: o.Timeout, UserAgent: "sitrep/" + Version + " (+https://github.com/sitrep-dev/sitrep)"},
		Progress: env.Stderr,
		TTY:      !o.Quiet && isTerminal(env.Stderr),
		Report:   func(err error) { fmt.Fprintf(env.Stderr, "sitrep ingest: %v\n", err) },
	}
	if o.Quiet {
		opt.Progress = quietWriter{env.Stderr}
	}
	stats, err := ingest.Run(ctx, st, p, inputs, opt)
	if errors.Is(err, ingest.ErrNothing) {
		return stats, &exitError{code: 1, msg: fmt.Sprintf("nothing could be processed (%d problems)", stats.Failed)}
	}
	return stats, err
}

// openStore opens the store a --db flag names: a postgres:// URL or a SQLite file path.
func openStore(ctx context.Context, dsn string) (store.Store, error) {
	if postgres.IsDSN(dsn) {
		return postgres.Open(ctx, dsn)
	}
	return store.Open(ctx, dsn)
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// quietWriter passes only the final summary line through.
type quietWriter struct{ w io.Writer }

func (q quietWriter) Write(b []byte) (int, error) {
	if bytes.Contains(b, []byte(" docs new, ")) {
		return q.w.Write(b)
	}
	return len(b), nil
}
