package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
)

// benchCorpus writes the example articles, each copied with a distinct suffix, as JSONL files
// and returns the folder and its size in bytes.
func benchCorpus(b *testing.B, copies, spread int) (string, int64) {
	b.Helper()
	ex := filepath.Join("..", "..", "examples")
	files, _ := filepath.Glob(filepath.Join(ex, "*.txt"))
	if len(files) == 0 {
		b.Skip("no examples folder")
	}
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	dir := b.TempDir()
	var size int64
	for c := range copies {
		var sb strings.Builder
		for i, t := range texts {
			// Each copy is published a few days after the previous one: distinct events, as in
			// a real stream (BenchmarkIngestSameDay keeps them on one day: every copy merges).
			published := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, spread*c).Format(time.DateOnly)
			line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("%d-%d", c, i), "published": published,
				"text": t + fmt.Sprintf("\n\nCopy %d of article %d.", c, i)})
			sb.Write(line)
			sb.WriteByte('\n')
		}
		size += int64(sb.Len())
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("c%03d.jsonl", c)), []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir, size
}

func benchPipeline(b *testing.B) *pipeline.Pipeline {
	p, err := pipeline.New()
	if err != nil {
		b.Skip(err)
	}
	return p
}

// BenchmarkExtract is the bare pipeline over the corpus on GOMAXPROCS workers: the ceiling
// BenchmarkIngest is compared with.
func BenchmarkExtract(b *testing.B) {
	dir, size := benchCorpus(b, 20, 3)
	p := benchPipeline(b)
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		jobs := make(chan input.Item, 64)
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for it := range jobs {
					if _, err := p.Item(it, pipeline.Options{}); err != nil {
						b.Error(err)
					}
				}
			}()
		}
		for _, f := range files {
			items, _, err := input.ReadFile(f, "auto", 0)
			if err != nil {
				b.Fatal(err)
			}
			for _, it := range items {
				jobs <- it
			}
		}
		close(jobs)
		wg.Wait()
	}
}

// BenchmarkIngest is the same corpus ingested into a fresh SQLite store.
func BenchmarkIngest(b *testing.B) { benchIngest(b, 3) }

// BenchmarkIngestSameDay ingests 20 copies of each article dated the same day: every event
// merges with its copies (the worst case of merging).
func BenchmarkIngestSameDay(b *testing.B) { benchIngest(b, 0) }

func benchIngest(b *testing.B, spread int) {
	dir, size := benchCorpus(b, 20, spread)
	p := benchPipeline(b)
	b.SetBytes(size)
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		st, err := store.OpenSQLite(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		stats, err := Run(context.Background(), st, p, []string{dir}, Options{})
		if err != nil || stats.Failed > 0 {
			b.Fatalf("%+v %v", stats, err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}
