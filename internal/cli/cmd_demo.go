package cli

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"

	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
)

func init() {
	register(command{name: "demo", summary: "fresh embedded store from the bundled examples, then serve", run: runDemoCmd})
}

// demoOptions are the flags of `sitrep demo`.
type demoOptions struct {
	DB        string
	Addr      string
	Examples  string
	NoServe   bool
	Token     string
	knowledge knowledgeFlags
}

func runDemoCmd(ctx context.Context, env Env, args []string) error {
	var o demoOptions
	fs := newFlagSet(env, "demo", "")
	fs.StringVar(&o.DB, "db", "", "store file (default: a new file in a temporary directory)")
	fs.StringVar(&o.Addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT")
	fs.StringVar(&o.Examples, "examples", "examples", "folder of example articles to ingest")
	fs.BoolVar(&o.NoServe, "no-serve", false, "ingest only, then exit")
	fs.StringVar(&o.Token, "token", "", "bearer token enabling POST /api/v1/documents (default $SITREP_TOKEN)")
	o.knowledge.register(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	return runDemo(ctx, env, o)
}

func runDemo(ctx context.Context, env Env, o demoOptions) error {
	if st, err := os.Stat(o.Examples); err != nil || !st.IsDir() {
		return fmt.Errorf("%w: examples folder %q not found (run from the repository, or pass --examples DIR)", errUsage, o.Examples)
	}
	if o.DB == "" {
		dir, err := os.MkdirTemp("", "sitrep-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		o.DB = filepath.Join(dir, "demo.db")
	}
	if o.Token == "" {
		o.Token = os.Getenv("SITREP_TOKEN")
	}
	st, err := store.Open(ctx, o.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := pipeline.NewWith(o.knowledge.config())
	if err != nil {
		return err
	}
	if _, err := ingestInto(ctx, env, st, p, ingestOptions{Quiet: true}, []string{o.Examples}); err != nil {
		return err
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if o.NoServe {
		fmt.Fprintf(env.Stdout, "sitrep demo: stored %d events from %d documents in %s\n", stats.Events, stats.Documents, o.DB)
		return nil
	}
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "sitrep demo: serving %d events from %d documents at http://%s/\n", stats.Events, stats.Documents, ln.Addr())
	return serve(ctx, env, ln, st, p, o.Token)
}
