package cli

import (
	"context"
	"fmt"
	"runtime"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/output"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
)

func init() {
	register(command{name: "extract", summary: "extract documents, entities and events from files (JSONL on stdout)", run: runExtractCmd})
}

// extractOptions are the flags of `sitrep extract`.
type extractOptions struct {
	Published string
	Source    string
	Format    string
	Input     string
	MaxBytes  int64
	Workers   int
	knowledge knowledgeFlags
}

func runExtractCmd(ctx context.Context, env Env, args []string) error {
	var o extractOptions
	fs := newFlagSet(env, "extract", "[FILE ...]")
	fs.StringVar(&o.Published, "published", "", "publication date YYYY-MM-DD: the reference for relative dates")
	fs.StringVar(&o.Source, "source", "", "outlet name recorded on each document")
	fs.StringVar(&o.Format, "format", "jsonl", "output format: jsonl, json, csv or geojson")
	fs.StringVar(&o.Input, "input", "auto", "input kind: auto, text, html or jsonl")
	fs.Int64Var(&o.MaxBytes, "max-bytes", 64<<20, "largest input file accepted, in bytes")
	fs.IntVar(&o.Workers, "workers", runtime.GOMAXPROCS(0), "documents processed in parallel")
	o.knowledge.register(fs)
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	return runExtract(ctx, env, o, files)
}

func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return s[5:7] >= "01" && s[5:7] <= "12" && s[8:10] >= "01" && s[8:10] <= "31"
}

// runExtract processes files in order and writes every document to env.Stdout. Problems with one
// file or document are reported on env.Stderr and the rest goes on; it fails only when nothing
// could be processed.
func runExtract(ctx context.Context, env Env, o extractOptions, files []string) error {
	if o.Published != "" && !validDate(o.Published) {
		return fmt.Errorf("%w: --published %q is not a date YYYY-MM-DD", errUsage, o.Published)
	}
	switch o.Input {
	case "auto", "text", "html", "jsonl":
	default:
		return fmt.Errorf("%w: --input %q: want auto, text, html or jsonl", errUsage, o.Input)
	}
	w, err := output.NewWriter(env.Stdout, o.Format)
	if err != nil {
		return fmt.Errorf("%w: --format: %v", errUsage, err)
	}
	p, err := pipeline.NewWith(o.knowledge.config())
	if err != nil {
		return err
	}
	opt := pipeline.Options{Published: o.Published, Source: o.Source}
	var written, failed int
	report := func(err error) {
		failed++
		fmt.Fprintf(env.Stderr, "sitrep extract: %v\n", err)
	}
	for _, f := range files {
		if ctx.Err() != nil {
			break
		}
		var items []input.Item
		var errs []error
		if f == "-" {
			items, errs, err = input.ReadFrom("-", env.Stdin, o.Input, o.MaxBytes)
		} else {
			items, errs, err = input.ReadFile(f, o.Input, o.MaxBytes)
		}
		if err != nil {
			report(err)
			continue
		}
		for _, e := range errs {
			report(e)
		}
		err = processItems(ctx, p, items, opt, o.Workers, func(docs []model.Document, err error) error {
			if err != nil {
				report(err)
				return nil
			}
			for i := range docs {
				if err := w.Write(&docs[i]); err != nil {
					return err
				}
				written++
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if written == 0 && failed > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("no document could be processed (%d problems)", failed)}
	}
	return nil
}

// processItems runs the pipeline over items on n workers and calls emit with each item's result
// in input order. An error from emit stops the run.
func processItems(ctx context.Context, p *pipeline.Pipeline, items []input.Item, opt pipeline.Options, n int, emit func([]model.Document, error) error) error {
	if n < 1 {
		n = 1
	}
	type result struct {
		docs []model.Document
		err  error
	}
	slots := make(chan chan result, n*2)
	jobs := make(chan struct {
		it  input.Item
		out chan result
	})
	for range n {
		go func() {
			for j := range jobs {
				docs, err := p.Item(j.it, opt)
				j.out <- result{docs, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		defer close(slots)
		for _, it := range items {
			out := make(chan result, 1)
			select {
			case slots <- out:
			case <-ctx.Done():
				return
			}
			jobs <- struct {
				it  input.Item
				out chan result
			}{it, out}
		}
	}()
	var firstErr error
	for out := range slots {
		r := <-out
		if firstErr == nil {
			firstErr = emit(r.docs, r.err)
		}
	}
	return firstErr
}
