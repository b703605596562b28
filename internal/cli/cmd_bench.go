package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/sitrep-dev/sitrep/internal/procstat"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
)

func init() {
	register(command{name: "bench", summary: "measure extraction speed and memory on a corpus of files or folders", run: runBenchCmd})
}

// benchOptions are the flags of `sitrep bench`.
type benchOptions struct {
	Workers   int
	Repeat    int
	JSON      bool
	MaxBytes  int64
	knowledge knowledgeFlags
}

// BenchReport is what `sitrep bench` measures; --json prints it as is.
type BenchReport struct {
	Files     int   `json:"files"`
	Items     int   `json:"items"`
	Bytes     int64 `json:"bytes"`
	Documents int   `json:"documents"`
	Events    int   `json:"events"`
	Failed    int   `json:"failed"`
	Workers   int   `json:"workers"`
	Repeat    int   `json:"repeat"`
	// LoadSeconds is the time to load the models, knowledge base and gazetteer (and to run one
	// small warm-up article).
	LoadSeconds float64 `json:"load_seconds"`
	// Runs are the wall seconds of each pass over the corpus; the figures below use the median.
	Runs          []float64 `json:"runs_seconds"`
	WallSeconds   float64   `json:"wall_seconds"`
	MBPerSecond   float64   `json:"mb_per_second"`
	DocsPerSecond float64   `json:"docs_per_second"`
	// CPUSeconds is user+system CPU of the whole process over all passes (not loading).
	CPUSeconds     float64 `json:"cpu_seconds"`
	MBPerCPUSecond float64 `json:"mb_per_cpu_second"`
	// Stages is each stage's share of the pipeline's time (clean, language, actors, geo, events).
	Stages map[string]float64 `json:"stage_share"`
	// PeakRSSMB is the process's peak resident memory; HeapMB the live heap after the runs.
	PeakRSSMB float64 `json:"peak_rss_mb"`
	HeapMB    float64 `json:"heap_mb"`
}

func runBenchCmd(ctx context.Context, env Env, args []string) error {
	var o benchOptions
	fs := newFlagSet(env, "bench", "PATH ...")
	fs.IntVar(&o.Workers, "workers", 1, "documents processed in parallel (1 measures one core)")
	fs.IntVar(&o.Repeat, "repeat", 3, "passes over the corpus; the median pass is reported")
	fs.BoolVar(&o.JSON, "json", false, "print the report as JSON")
	fs.Int64Var(&o.MaxBytes, "max-bytes", 64<<20, "largest input file accepted, in bytes")
	o.knowledge.register(fs)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: name at least one file or folder to measure", errUsage)
	}
	if o.Workers < 1 || o.Repeat < 1 {
		return fmt.Errorf("%w: --workers and --repeat must be at least 1", errUsage)
	}
	files, err := benchFiles(paths)
	if err != nil {
		return err
	}
	var items []input.Item
	r := BenchReport{Workers: o.Workers, Repeat: o.Repeat}
	for _, f := range files {
		its, errs, err := input.ReadFile(f, "auto", o.MaxBytes)
		if err != nil {
			fmt.Fprintf(env.Stderr, "sitrep bench: skipped %v\n", err)
			continue
		}
		for _, e := range errs {
			fmt.Fprintf(env.Stderr, "sitrep bench: %v\n", e)
		}
		r.Files++
		for _, it := range its {
			r.Bytes += int64(len(it.Text))
		}
		items = append(items, its...)
	}
	if len(items) == 0 {
		return &exitError{code: 1, msg: "nothing to measure: no readable input in " + strings.Join(paths, " ")}
	}
	r.Items = len(items)

	t0 := time.Now()
	p, err := pipeline.NewWith(o.knowledge.config())
	if err != nil {
		return err
	}
	// Some models load lazily on first use: one small article makes them part of loading.
	if _, err := p.Item(input.Item{Name: "warm-up", Text: "Gunmen killed two soldiers in Kirkuk on Monday, police said."}, pipeline.Options{Published: "2024-01-03"}); err != nil {
		return err
	}
	r.LoadSeconds = time.Since(t0).Seconds()

	cpu0 := procstat.CPUTime()
	var total pipeline.Timings
	for pass := 0; pass < o.Repeat; pass++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		start := time.Now()
		t, docs, events, failed := benchPass(p, items, o.Workers)
		r.Runs = append(r.Runs, time.Since(start).Seconds())
		total.Add(t)
		r.Documents, r.Events, r.Failed = docs, events, failed
	}
	r.CPUSeconds = (procstat.CPUTime() - cpu0).Seconds()
	runs := append([]float64(nil), r.Runs...)
	sort.Float64s(runs)
	r.WallSeconds = runs[len(runs)/2]
	mb := float64(r.Bytes) / 1e6
	if r.WallSeconds > 0 {
		r.MBPerSecond = mb / r.WallSeconds
		r.DocsPerSecond = float64(r.Documents) / r.WallSeconds
	}
	if r.CPUSeconds > 0 {
		r.MBPerCPUSecond = mb * float64(o.Repeat) / r.CPUSeconds
	}
	if sum := total.Total().Seconds(); sum > 0 {
		r.Stages = map[string]float64{
			"clean": total.Clean.Seconds() / sum, "language": total.Language.Seconds() / sum,
			"actors": total.Actors.Seconds() / sum, "geo": total.Geo.Seconds() / sum, "events": total.Events.Seconds() / sum,
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	r.HeapMB = float64(ms.HeapInuse) / 1e6
	r.PeakRSSMB = float64(procstat.PeakRSS()) / 1e6

	if o.JSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	printBench(env, r)
	return nil
}

// benchPass runs the pipeline over every item on n goroutines.
func benchPass(p *pipeline.Pipeline, items []input.Item, n int) (t pipeline.Timings, docs, events, failed int) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan input.Item)
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine pipeline.Timings
			var d, e, f int
			for it := range next {
				out, err := p.ItemTimed(it, pipeline.Options{}, &mine)
				if err != nil {
					f++
					continue
				}
				d += len(out)
				for i := range out {
					e += len(out[i].Events)
				}
			}
			mu.Lock()
			t.Add(mine)
			docs, events, failed = docs+d, events+e, failed+f
			mu.Unlock()
		}()
	}
	for _, it := range items {
		next <- it
	}
	close(next)
	wg.Wait()
	return t, docs, events, failed
}

// benchFiles expands folders into the regular files under them (hidden ones skipped), sorted.
func benchFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && !strings.HasSuffix(name, ".gold.json") {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(out)
	return out, nil
}

func printBench(env Env, r BenchReport) {
	w := env.Stdout
	fmt.Fprintf(w, "corpus     %d files, %d items, %.2f MB -> %d documents, %d events", r.Files, r.Items, float64(r.Bytes)/1e6, r.Documents, r.Events)
	if r.Failed > 0 {
		fmt.Fprintf(w, " (%d items failed)", r.Failed)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "load       %.2f s (entity model, actor knowledge base, gazetteer)\n", r.LoadSeconds)
	fmt.Fprintf(w, "speed      %.2f MB/s, %.0f documents/s on %d worker(s) (median of %d passes:", r.MBPerSecond, r.DocsPerSecond, r.Workers, r.Repeat)
	for _, s := range r.Runs {
		fmt.Fprintf(w, " %.2fs", s)
	}
	fmt.Fprintln(w, ")")
	if r.CPUSeconds > 0 {
		fmt.Fprintf(w, "cpu        %.2f MB per CPU-second (%.2f CPU-s user+system)\n", r.MBPerCPUSecond, r.CPUSeconds)
	}
	if len(r.Stages) > 0 {
		fmt.Fprint(w, "stages    ")
		for _, s := range []string{"clean", "language", "actors", "geo", "events"} {
			fmt.Fprintf(w, " %s %.0f%%", s, 100*r.Stages[s])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "memory     live heap %.0f MB", r.HeapMB)
	if r.PeakRSSMB > 0 {
		fmt.Fprintf(w, ", peak RSS %.0f MB", r.PeakRSSMB)
	}
	fmt.Fprintln(w)
}
