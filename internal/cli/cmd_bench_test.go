package cli

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBench(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644)
	os.MkdirAll(filepath.Join(dir, "sub", ".hidden"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), []byte(strings.ReplaceAll(article, "Nairobi", "Kampala")), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", ".hidden", "c.txt"), []byte(article), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b.gold.json"), []byte(`{}`), 0o644)

	code, out, errs := run(t, "", "bench", "--json", "--repeat", "2", "--workers", "2", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r BenchReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, out)
	}
	if r.Files != 2 || r.Documents != 2 || r.Events == 0 || r.Failed != 0 {
		t.Errorf("files %d (want 2: hidden and gold files skipped), documents %d (want 2), events %d, failed %d", r.Files, r.Documents, r.Events, r.Failed)
	}
	if len(r.Runs) != 2 || r.MBPerSecond <= 0 || r.WallSeconds <= 0 {
		t.Errorf("runs %v, MB/s %v", r.Runs, r.MBPerSecond)
	}
	sum := 0.0
	for _, s := range []string{"clean", "language", "actors", "geo", "events"} {
		if r.Stages[s] <= 0 {
			t.Errorf("stage %s has no time: %v", s, r.Stages)
		}
		sum += r.Stages[s]
	}
	if math.Abs(sum-1) > 1e-6 {
		t.Errorf("stage shares sum to %v", sum)
	}

	code, out, _ = run(t, "", "bench", "--repeat", "1", filepath.Join(dir, "a.txt"))
	if code != 0 || !strings.Contains(out, "MB/s") || !strings.Contains(out, "stages") {
		t.Errorf("text report (exit %d):\n%s", code, out)
	}
}

// TestBenchIngest compares extraction with ingest into a fresh store: the ingest side stores
// every document (its pass counts them) and reports a throughput ratio and the writer's share.
func TestBenchIngest(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(strings.ReplaceAll(article, "Nairobi", "Kampala")), 0o644)
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	code, out, errs := run(t, "", "bench", "--json", "--ingest", "--bulk", "on", "--repeat", "3", "--cpuprofile", prof, dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r BenchReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, out)
	}
	i := r.Ingest
	if i == nil {
		t.Fatalf("no ingest section:\n%s", out)
	}
	if len(i.Runs) != 3 || !i.Bulk || i.MBPerSecond <= 0 || i.Ratio <= 0 || i.CPURatio <= 0 || i.StoreMB <= 0 {
		t.Errorf("ingest report %+v", *i)
	}
	if i.WriterBusy <= 0 || i.WriterBusy > 1 {
		t.Errorf("writer busy %v, want a share in (0, 1]", i.WriterBusy)
	}
	if fi, err := os.Stat(prof); err != nil || fi.Size() == 0 {
		t.Errorf("--cpuprofile wrote no profile: %v", err)
	}
	code, _, errs = run(t, "", "bench", "--ingest", "--bulk", "sometimes", dir)
	if code != 2 || !strings.Contains(errs, "--bulk") {
		t.Errorf("bad --bulk: exit %d, %s", code, errs)
	}
}

func TestBenchBadUsage(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"bench"}, 2, "at least one file"},
		{[]string{"bench", filepath.Join(dir, "missing")}, 2, "missing"},
		{[]string{"bench", "--workers", "0", dir}, 2, "at least 1"},
		{[]string{"bench", dir}, 1, "nothing to measure"},
	} {
		code, _, errs := run(t, "", c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", c.args, code, errs, c.code, c.want)
		}
	}
}

// TestBenchCopies: --copies makes every copy a new text with its own date, so that ingest
// stores each one (a repeated text is skipped, which would flatter the ingest ratio).
func TestBenchCopies(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(strings.ReplaceAll(article, "Nairobi", "Kampala")), 0o644)

	code, out, errs := run(t, "", "bench", "--json", "--repeat", "1", "--copies", "3", "--ingest", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r BenchReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, out)
	}
	if r.Documents != 6 || r.Ingest == nil || r.Ingest.DocsNew != 6 || r.Ingest.DocsSkipped != 0 {
		t.Fatalf("documents %d, ingest %+v: want 6 extracted and 6 stored, none skipped", r.Documents, r.Ingest)
	}

	// The copies themselves: distinct texts holding the original, dates 45 days apart.
	files, err := benchCopies([]string{filepath.Join(dir, "a.txt")}, 3, 0, filepath.Join(dir, "copies.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(files[0])
	var dates []string
	texts := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var m map[string]string
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(m["text"], "Nairobi") {
			t.Errorf("copy lost the article: %q", m["text"])
		}
		texts[m["text"]] = true
		dates = append(dates, m["published"])
	}
	if len(texts) != 3 || strings.Join(dates, " ") != "2024-01-01 2024-02-15 2024-03-31" {
		t.Errorf("%d distinct texts (want 3), dates %v", len(texts), dates)
	}
}
