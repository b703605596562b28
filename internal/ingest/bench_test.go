package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/sitrep-dev/sitrep/internal/procstat"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
)

// benchCorpus writes the example articles, each copied with a distinct suffix, as JSONL files
// and returns the folder and its size in bytes. SITREP_BENCH_COPIES overrides copies (the
// default corpus is small: with it, the start and the last batch weigh on ingest's time).
func benchCorpus(b *testing.B, copies, spread int) (string, int64) {
	b.Helper()
	if n, err := strconv.Atoi(os.Getenv("SITREP_BENCH_COPIES")); err == nil && n > 0 {
		copies = n
	}
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

// benchWorkers is the number of extraction workers of BenchmarkExtract and BenchmarkIngest:
// SITREP_BENCH_WORKERS, default GOMAXPROCS. With 1, ingest's writer runs beside the one
// extraction worker: the ratio of the two benchmarks then shows whether writing keeps up.
func benchWorkers() int {
	if n, err := strconv.Atoi(os.Getenv("SITREP_BENCH_WORKERS")); err == nil && n > 0 {
		return n
	}
	return runtime.GOMAXPROCS(0)
}

// benchBulk is the bulk mode of BenchmarkIngest: SITREP_BENCH_BULK=on|off|auto (default auto).
func benchBulk() BulkMode {
	switch os.Getenv("SITREP_BENCH_BULK") {
	case "on":
		return BulkOn
	case "off":
		return BulkOff
	}
	return BulkAuto
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
	c0, docs := procstat.CPUTime(), 0
	for range b.N {
		jobs := make(chan input.Item, 64)
		var wg sync.WaitGroup
		for range benchWorkers() {
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
				docs++
			}
		}
		close(jobs)
		wg.Wait()
	}
	b.ReportMetric(float64((procstat.CPUTime()-c0).Microseconds())/1000/float64(max(docs, 1)), "cpu-ms/doc")
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
	var cpu time.Duration
	docs := 0
	for i := range b.N {
		b.StopTimer()
		st, err := store.OpenSQLite(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c0 := procstat.CPUTime()
		stats, err := Run(context.Background(), st, p, []string{dir}, Options{Workers: benchWorkers(), Bulk: benchBulk()})
		cpu += procstat.CPUTime() - c0
		docs += stats.DocsNew
		if err != nil || stats.Failed > 0 {
			b.Fatalf("%+v %v", stats, err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(max(docs, 1)), "cpu-ms/doc")
}

// BenchmarkWrite is the writer alone: the corpus is extracted once, then each iteration saves
// it into a fresh SQLite store in batches as Run does (metric: writer time per document).
// With SITREP_BENCH_BULK=on it saves as a bulk load does: larger batches, EndBulk included.
// The JSON that Prepare makes on the extraction workers (store.Input.Encode) is not in the
// writer's time; encode-cpu-ms/doc is its cost.
func BenchmarkWrite(b *testing.B) {
	ins := benchInputs(b)
	c0 := procstat.CPUTime()
	for i := range ins {
		if err := ins[i].Encode(); err != nil {
			b.Fatal(err)
		}
	}
	encode := procstat.CPUTime() - c0
	b.ResetTimer()
	var cpu time.Duration
	for i := range b.N {
		b.StopTimer()
		st, err := store.OpenSQLite(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("w%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c0 := procstat.CPUTime()
		batch, bulk := 64, benchBulk() == BulkOn
		if bulk {
			batch = bulkMaxBatch
		}
		if n, err := strconv.Atoi(os.Getenv("SITREP_BENCH_BATCH")); err == nil && n > 0 {
			batch = n // inputs per transaction (ingest's writer saves up to maxBatch)
		}
		if bulk {
			if err := st.BeginBulk(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
		for lo := 0; lo < len(ins); lo += batch {
			if _, err := st.SaveAll(context.Background(), ins[lo:min(lo+batch, len(ins))]); err != nil {
				b.Fatal(err)
			}
		}
		if bulk {
			if err := st.EndBulk(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
		cpu += procstat.CPUTime() - c0
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N*len(ins)), "ms/doc")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N*len(ins)), "cpu-ms/doc")
	b.ReportMetric(float64(encode.Microseconds())/1000/float64(len(ins)), "encode-cpu-ms/doc")
}

// BenchmarkDumpInputs writes BenchmarkWrite's prepared inputs as JSONL to SITREP_DUMP_INPUTS
// (the corpus of store's BenchmarkSaveCorpus, SITREP_SAVE_CORPUS, e.g. for callgrind).
func BenchmarkDumpInputs(b *testing.B) {
	out := os.Getenv("SITREP_DUMP_INPUTS")
	if out == "" {
		b.Skip("SITREP_DUMP_INPUTS not set")
	}
	var sb strings.Builder
	for _, in := range benchInputs(b) {
		line, err := json.Marshal(in)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(line)
		sb.WriteByte('\n')
	}
	if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
}

// benchInputs prepares BenchmarkWrite's corpus (20 texts × 3) as the extraction workers do.
func benchInputs(b *testing.B) []store.Input {
	dir, _ := benchCorpus(b, 20, 3)
	p := benchPipeline(b)
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	var ins []store.Input
	for _, f := range files {
		items, _, err := input.ReadFile(f, "auto", 0)
		if err != nil {
			b.Fatal(err)
		}
		for _, it := range items {
			in, err := Prepare(p, it, pipeline.Options{})
			if err != nil {
				b.Fatal(err)
			}
			ins = append(ins, in)
		}
	}
	return ins
}
