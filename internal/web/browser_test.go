package web_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/api"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/web"
)

// TestBrowser runs the dashboard's browser tests (web/tests/browser, node's test runner driving
// Debian's headless Chromium through playwright-core) against the embedded dashboard served
// over a store made by `sitrep demo --no-serve` plus a hostile article
// (testdata/hostile.jsonl: <script> tags and on* attributes in its title, text and source).
// It runs only with SITREP_BROWSER=1 or CI=true; it needs scripts/build-web to have run and
// /usr/bin/chromium (scripts/ci-setup installs both). Screenshots: web/test-artifacts/.
func TestBrowser(t *testing.T) {
	if os.Getenv("SITREP_BROWSER") != "1" && os.Getenv("CI") != "true" {
		t.Skip("browser tests run with SITREP_BROWSER=1 or CI=true")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Fatalf("no Chromium at %s (install it: apt-get install chromium, or run scripts/ci-setup)", chromium)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node not found: the browser tests need Node.js 20+")
	}
	if _, err := os.Stat(filepath.Join(root, "web", "node_modules", "playwright-core")); err != nil {
		t.Fatal("web/node_modules/playwright-core missing: run scripts/build-web")
	}
	if !web.Built() {
		t.Fatal("the dashboard is not built into internal/web/dist: run scripts/build-web")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()

	tmp := t.TempDir()
	bin := filepath.Join(tmp, "sitrep")
	run(t, ctx, root, "go", "build", "-o", bin, "./cmd/sitrep")
	db := filepath.Join(tmp, "demo.db")
	run(t, ctx, root, bin, "demo", "--no-serve", "--db", db, "--examples", filepath.Join(root, "examples"))
	run(t, ctx, root, bin, "ingest", "--db", db, "--quiet", filepath.Join(root, "internal", "web", "testdata", "hostile.jsonl"))

	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	dash, err := web.FS()
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := api.NewHTTPServer(ln.Addr().String(), api.New(st, nil, api.Options{Static: dash, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	go srv.Serve(ln)
	defer srv.Shutdown(context.Background())

	artifacts := filepath.Join(root, "web", "test-artifacts")
	cmd := exec.CommandContext(ctx, node, "--test", "--test-reporter=spec", "tests/browser/")
	cmd.Dir = filepath.Join(root, "web")
	cmd.Env = append(os.Environ(), "SITREP_URL=http://"+ln.Addr().String()+"/", "SITREP_ARTIFACTS="+artifacts, "CHROMIUM="+chromium)
	out, err := cmd.CombinedOutput()
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "screenshot: ") {
			t.Log(strings.TrimSpace(line))
		}
	}
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("browser tests failed (%v):\n%s", err, out)
		}
		t.Fatal(err)
	}
	t.Logf("browser tests passed; screenshots in %s", artifacts)
}

func run(t *testing.T, ctx context.Context, dir, name string, args ...string) {
	t.Helper()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}
