package nlp

import (
	"github.com/sitrep-dev/sitrep/internal/procstat"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// benchCorpus reads the example articles (examples/*.txt) and the shared samples
// (../shared/samples/*.txt beside the repository), one document per file.
func benchCorpus(b *testing.B) []string {
	b.Helper()
	root := filepath.Join("..", "..")
	var files []string
	for _, pat := range []string{
		filepath.Join(root, "examples", "*.txt"),
		filepath.Join(root, "..", "shared", "samples", "*.txt"),
	} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	var docs []string
	for _, f := range files {
		if raw, err := os.ReadFile(f); err == nil && len(strings.TrimSpace(string(raw))) > 0 {
			docs = append(docs, string(raw))
		}
	}
	if len(docs) == 0 {
		b.Skip("no example articles or shared samples")
	}
	return docs
}

// BenchmarkAnnotate measures the whole language layer (sentences, tokens, entities,
// quantities, dates) over real articles. MB/s counts document bytes; MB/cpu-s divides by
// the process's CPU time, which is steadier on a loaded machine (run with -cpu 1).
func BenchmarkAnnotate(b *testing.B) {
	docs := benchCorpus(b)
	an, err := New()
	if err != nil {
		b.Fatal(err)
	}
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	// warm up: model loading and word caches are not what is measured
	for _, d := range docs {
		an.Annotate(&model.Document{Text: d}, "2024-01-15")
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := procstat.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			a := an.Annotate(&model.Document{Text: d}, "2024-01-15")
			if len(a.Sentences) == 0 {
				b.Fatal("no sentences")
			}
		}
	}
	if cpu := (procstat.CPUTime() - c0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(total*b.N)/cpu/1e6, "MB/cpu-s")
	}
}
