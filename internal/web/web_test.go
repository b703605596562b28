package web

import (
	"io/fs"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestFSServesIndex(t *testing.T) {
	f, err := FS()
	if err != nil {
		t.Fatal(err)
	}
	b, err := fs.ReadFile(f, "index.html")
	if err != nil {
		t.Fatalf("index.html: %v", err)
	}
	s := string(b)
	if Built() {
		for _, want := range []string{`id="map"`, `id="timeline"`, `id="network"`, `id="table"`, "Content-Security-Policy", "script-src 'self'"} {
			if !strings.Contains(s, want) {
				t.Errorf("built index.html lacks %q", want)
			}
		}
		if strings.Contains(s, "<script>") {
			t.Error("built index.html has an inline script (the CSP forbids them)")
		}
		var js int
		fs.WalkDir(f, "assets", func(p string, d fs.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(p, ".js") {
				js++
			}
			return nil
		})
		if js == 0 {
			t.Error("built dashboard has no JavaScript asset")
		}
	} else if !strings.Contains(s, "dashboard not built: run scripts/build-web") {
		t.Errorf("placeholder page does not say how to build the dashboard: %q", s)
	}
}

// TestJSUnit runs the dashboard's pure-logic tests (web/tests/unit: URL filters, evidence
// byte offsets) with node's test runner; they need no npm packages. Skipped without node.
func TestJSUnit(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found")
	}
	cmd := exec.Command(node, "--test", "tests/unit/")
	cmd.Dir = filepath.Join("..", "..", "web")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node --test tests/unit/: %v\n%s", err, out)
	}
}
