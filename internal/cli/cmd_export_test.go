package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/export"
)

func TestExportCmd(t *testing.T) {
	dir := writeCorpus(t, 1, 6)
	db := filepath.Join(t.TempDir(), "s.db")
	env, _, errb := testEnv()
	if err := runIngestCmd(context.Background(), env, []string{"--db", db, "--quiet", dir}); err != nil {
		t.Fatalf("%v: %s", err, errb)
	}
	// CSV to a file, read back with encoding/csv.
	out := filepath.Join(t.TempDir(), "events.csv")
	env, _, errb = testEnv()
	if err := runExportCmd(context.Background(), env, []string{"--db", db, "--format", "csv", "--out", out}); err != nil {
		t.Fatalf("%v: %s", err, errb)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(recs[0], ",") != strings.Join(export.ACLEDColumns, ",") {
		t.Errorf("header = %v", recs[0])
	}
	// GeoJSON on stdout, filtered.
	env, stdout, errb := testEnv()
	if err := runExportCmd(context.Background(), env, []string{"--db", db, "--format", "geojson", "--filter", "min_confidence=0"}); err != nil {
		t.Fatalf("%v: %s", err, errb)
	}
	var fc map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &fc); err != nil || fc["type"] != "FeatureCollection" {
		t.Errorf("geojson: %v %.200s", err, stdout)
	}
	for name, args := range map[string][]string{
		"format": {"--db", db, "--format", "xlsx"},
		"filter": {"--db", db, "--filter", "type=NOPE"},
		"no db":  {"--db", filepath.Join(t.TempDir(), "missing.db")},
		"extra":  {"--db", db, "stray"},
	} {
		env, _, _ := testEnv()
		if err := runExportCmd(context.Background(), env, args); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := os.Stat(filepath.Join(t.TempDir(), "missing.db")); err == nil {
		t.Error("export created a store")
	}
}
