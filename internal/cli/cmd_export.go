package cli

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/api"
	"github.com/sitrep-dev/sitrep/internal/export"
	"github.com/sitrep-dev/sitrep/internal/store"
)

func init() {
	register(command{name: "export", summary: "write stored events as CSV (ACLED columns), GDELT TSV, GeoJSON or JSONL", run: runExportCmd})
}

// exportOptions are the flags of `sitrep export`.
type exportOptions struct {
	DB     string
	Format string
	Out    string
	Filter string // query string of event filters, as the API takes them
}

func runExportCmd(ctx context.Context, env Env, args []string) error {
	var o exportOptions
	fs := newFlagSet(env, "export", "")
	fs.StringVar(&o.DB, "db", "sitrep.db", "store: a SQLite file path (or postgres://… URL)")
	fs.StringVar(&o.Format, "format", "csv", "output format: "+strings.Join(export.Formats, ", "))
	fs.StringVar(&o.Out, "out", "", "output file (default standard output)")
	fs.StringVar(&o.Filter, "filter", "", `event filters as API query parameters, e.g. "type=ASSAULT&country=LB&from=2024-07-01"`)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	return runExport(ctx, env, o)
}

func runExport(ctx context.Context, env Env, o exportOptions) error {
	f, err := parseFilter(o.Filter)
	if err != nil {
		return err
	}
	if _, err := export.NewWriter(io.Discard, o.Format); err != nil {
		return fmt.Errorf("%w: --format: %v", errUsage, err)
	}
	if _, err := os.Stat(o.DB); err != nil && !strings.Contains(o.DB, "://") {
		return fmt.Errorf("store %s: %w", o.DB, err)
	}
	st, err := openStore(ctx, o.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	out := env.Stdout
	var tmp *os.File
	if o.Out != "" && o.Out != "-" {
		// Write beside the target and rename at the end: no half-written file on failure.
		tmp, err = os.CreateTemp(filepath.Dir(o.Out), ".sitrep-export-*")
		if err != nil {
			return err
		}
		defer os.Remove(tmp.Name())
		defer tmp.Close()
		out = tmp
	}
	w, _ := export.NewWriter(out, o.Format)
	n := 0
	err = st.EachEvent(ctx, f, func(e *store.Event) error {
		n++
		return w.Write(e)
	})
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if tmp != nil {
		if err := tmp.Close(); err != nil {
			return err
		}
		if err := os.Rename(tmp.Name(), o.Out); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "sitrep export: %d events written to %s\n", n, o.Out)
	}
	return nil
}

func parseFilter(q string) (store.EventFilter, error) {
	if q == "" {
		return store.EventFilter{}, nil
	}
	vals, err := url.ParseQuery(q)
	if err != nil {
		return store.EventFilter{}, fmt.Errorf("%w: --filter: %v", errUsage, err)
	}
	f, err := api.ParseEventFilter(vals)
	if err != nil {
		return f, fmt.Errorf("%w: --filter: %v", errUsage, err)
	}
	f.Limit, f.Cursor = 0, ""
	return f, nil
}
