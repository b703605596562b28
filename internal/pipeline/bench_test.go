package pipeline

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/input"
)

// sharedData is ../shared/data beside the repository, where the development data lives.
var sharedData = filepath.Join("..", "..", "..", "shared", "data")

var mucHeader = regexp.MustCompile(`(?m)^TST\d-MUC\d-\d{4}\s*$`)

// benchCorpus gathers the examples and, when present, the MUC-4 and WikiEvents development texts.
func benchCorpus(tb testing.TB) []input.Item {
	var items []input.Item
	ex, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*.txt"))
	for _, f := range ex {
		b, err := os.ReadFile(f)
		if err == nil {
			items = append(items, input.Item{Name: f, Text: string(b)})
		}
	}
	for _, f := range []string{"muc4-dev/tst1/tst1-muc3", "muc4-dev/tst2/tst2-muc4"} {
		b, err := os.ReadFile(filepath.Join(sharedData, f))
		if err != nil {
			continue
		}
		for _, t := range mucHeader.Split(string(b), -1) {
			if t = strings.TrimSpace(t); t != "" {
				items = append(items, input.Item{Name: f, Text: t})
			}
		}
	}
	if fh, err := os.Open(filepath.Join(sharedData, "wikievents-dev", "dev.jsonl")); err == nil {
		defer fh.Close()
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			var d struct {
				ID   string `json:"doc_id"`
				Text string `json:"text"`
			}
			if json.Unmarshal(sc.Bytes(), &d) == nil && d.Text != "" {
				items = append(items, input.Item{Name: d.ID, Text: d.Text})
			}
		}
	}
	if len(items) == 0 {
		tb.Skip("no corpus: examples/ and ../shared/data are absent")
	}
	return items
}

// BenchmarkExtract runs the whole pipeline (clean, annotate, resolve, geocode, events) over
// the corpus on one goroutine and reports MB/s and articles/s.
func BenchmarkExtract(b *testing.B) {
	items := benchCorpus(b)
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, it := range items {
		n += int64(len(it.Text))
	}
	b.SetBytes(n)
	b.ResetTimer()
	docs := 0
	for b.Loop() {
		for _, it := range items {
			ds, err := p.Item(it, Options{Published: "2024-07-04"})
			if err != nil {
				b.Fatal(err)
			}
			docs += len(ds)
		}
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(len(items)), "inputs")
}
