package pipeline

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/clean"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
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

// BenchmarkGeo times the geo stage alone (gazetteer.Resolve) over the corpus's documents,
// annotated once up to it: the figure behind #5's "geocoding adds < 20 %" (compare with
// BenchmarkExtract's time per pass).
//
// SITREP_BENCH_FILES (paths separated by ':') measures those files instead, read as `sitrep
// bench` reads them: SITREP_BENCH_FILES=$PWD/../shared/data/glocon-sample/sample/document/Sabinet_R.json
// times GLOCON's 1,050 news stories.
func BenchmarkGeo(b *testing.B) {
	items := benchCorpus(b)
	if fs := os.Getenv("SITREP_BENCH_FILES"); fs != "" {
		items = nil
		for _, f := range strings.Split(fs, ":") {
			its, _, err := input.ReadFile(f, "auto", 64<<20)
			if err != nil {
				b.Fatal(err)
			}
			items = append(items, its...)
		}
	}
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var anns []model.Annotation
	var n int64
	for _, it := range items {
		docs, err := clean.Split(it)
		if err != nil {
			continue
		}
		for i := range docs {
			d := &docs[i]
			if d.Language != "en" {
				continue
			}
			a := p.nlp.Annotate(d, "2024-07-04")
			p.kb.Resolve(a)
			anns = append(anns, *a)
			n += int64(len(d.Text))
		}
	}
	b.SetBytes(n)
	ents := make([][]model.Entity, len(anns))
	for i := range anns {
		ents[i] = anns[i].Entities
	}
	geoPass(p, anns, ents) // (a first pass fills the gazetteer's lazy caches)
	b.ResetTimer()
	for b.Loop() {
		geoPass(p, anns, ents)
	}
	b.ReportMetric(float64(len(anns)), "docs")
}

// geoPass geocodes each annotation once, from a copy of its entities. (A function of its own
// so that callgrind can count it alone: --toggle-collect='*pipeline.geoPass'.)
//
//go:noinline
func geoPass(p *Pipeline, anns []model.Annotation, ents [][]model.Entity) {
	for i := range anns {
		a := anns[i]
		a.Entities = append([]model.Entity(nil), ents[i]...)
		p.gaz.Resolve(&a)
	}
}
