package cli

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"github.com/sitrep-dev/sitrep/internal/procstat"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-dev/sitrep/internal/ingest"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
)

func init() {
	register(command{name: "bench", summary: "measure extraction speed and memory on a corpus of files or folders", run: runBenchCmd})
}

// benchOptions are the flags of `sitrep bench`.
type benchOptions struct {
	Workers  int
	Repeat   int
	JSON     bool
	MaxBytes int64
	Ingest   bool
	Bulk     string
	// CPUProfile is a file for a CPU profile of the passes; samples carry the label
	// phase=extract or phase=ingest (go tool pprof -tagfocus=phase=ingest).
	CPUProfile string
	// Copies repeats the corpus: copy c of each item is published 45·c days after the
	// original with a closing sentence of its own, so that no copy repeats a stored text
	// (ingest skips those) or merges with another copy's events.
	Copies    int
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
	// Ingest is the same corpus ingested into a fresh SQLite store each pass (--ingest).
	Ingest *IngestBench `json:"ingest,omitempty"`
}

// IngestBench is the ingest side of `sitrep bench --ingest`: the corpus's files ingested into
// a fresh SQLite store in a temporary folder, on the same number of workers, once per pass
// (passes alternate with the extraction passes, so that both see the same machine).
type IngestBench struct {
	Bulk        bool      `json:"bulk"`
	Runs        []float64 `json:"runs_seconds"`
	WallSeconds float64   `json:"wall_seconds"`
	MBPerSecond float64   `json:"mb_per_second"`
	// CPUSeconds is user+system CPU of the ingest passes (store creation not included).
	CPUSeconds     float64 `json:"cpu_seconds"`
	MBPerCPUSecond float64 `json:"mb_per_cpu_second"`
	// Ratio is ingest's throughput over extraction's (median passes); CPURatio the same for
	// MB per CPU-second.
	Ratio    float64 `json:"ratio"`
	CPURatio float64 `json:"cpu_ratio"`
	// WriterBusy is the share of the median pass the store's writer was busy; FinishSeconds the
	// time from the last extracted document to the end of the run (last batch, index build).
	WriterBusy    float64 `json:"writer_busy"`
	FinishSeconds float64 `json:"finish_seconds"`
	StoreMB       float64 `json:"store_mb"`
	// Commits is the number of write transactions of the median pass (group commits: fewer,
	// larger ones cost the writer less per document).
	Commits int `json:"commits"`
	// DocsNew and DocsSkipped count the median pass's documents stored and those skipped as
	// already stored (the same content seen earlier in the pass). Skipped documents cost the
	// writer nothing, so a corpus with repeated texts flatters the ratio: give each document
	// distinct text.
	DocsNew     int `json:"docs_new"`
	DocsSkipped int `json:"docs_skipped"`
	// StoreCPUPerDoc is the CPU milliseconds per stored document that ingest spent beyond
	// extraction: the writer, the store's JSON, the index build (ingest CPU minus extraction
	// CPU, over the new documents of all passes).
	StoreCPUPerDoc float64 `json:"store_cpu_ms_per_doc"`
}

func runBenchCmd(ctx context.Context, env Env, args []string) error {
	var o benchOptions
	fs := newFlagSet(env, "bench", "PATH ...")
	fs.IntVar(&o.Workers, "workers", 1, "documents processed in parallel (1 measures one core)")
	fs.IntVar(&o.Repeat, "repeat", 3, "passes over the corpus; the median pass is reported")
	fs.BoolVar(&o.JSON, "json", false, "print the report as JSON")
	fs.Int64Var(&o.MaxBytes, "max-bytes", 64<<20, "largest input file accepted, in bytes")
	fs.BoolVar(&o.Ingest, "ingest", false, "also ingest the corpus into a fresh SQLite store each pass and compare")
	fs.StringVar(&o.Bulk, "bulk", "auto", "with --ingest: bulk loading auto, on or off (as sitrep ingest)")
	fs.IntVar(&o.Copies, "copies", 1, "measure K copies of the corpus, each with distinct text and dates 45 days apart (one JSONL line per item)")
	fs.StringVar(&o.CPUProfile, "cpuprofile", "", "write a CPU profile of the passes to `FILE` (samples labelled phase=extract or phase=ingest)")
	o.knowledge.register(fs)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: name at least one file or folder to measure", errUsage)
	}
	if o.Workers < 1 || o.Repeat < 1 || o.Copies < 1 {
		return fmt.Errorf("%w: --workers, --repeat and --copies must be at least 1", errUsage)
	}
	files, err := benchFiles(paths)
	if err != nil {
		return err
	}
	if o.Copies > 1 {
		dir, err := os.MkdirTemp("", "sitrep-bench-copies-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if files, err = benchCopies(files, o.Copies, o.MaxBytes, filepath.Join(dir, "copies.jsonl")); err != nil {
			return err
		}
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

	var bulk ingest.BulkMode
	if o.Ingest {
		if bulk, err = bulkMode(o.Bulk); err != nil {
			return err
		}
		r.Ingest = &IngestBench{}
	}
	if o.CPUProfile != "" {
		f, err := os.Create(o.CPUProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	var cpu time.Duration
	var total pipeline.Timings
	var ingests []ingestPass
	for pass := 0; pass < o.Repeat; pass++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		pprof.Do(ctx, pprof.Labels("phase", "extract"), func(context.Context) {
			cpu0, start := procstat.CPUTime(), time.Now()
			t, docs, events, failed := benchPass(p, items, o.Workers)
			r.Runs = append(r.Runs, time.Since(start).Seconds())
			cpu += procstat.CPUTime() - cpu0
			total.Add(t)
			r.Documents, r.Events, r.Failed = docs, events, failed
		})
		if o.Ingest {
			var ip ingestPass
			pprof.Do(ctx, pprof.Labels("phase", "ingest"), func(ctx context.Context) {
				ip, err = benchIngest(ctx, p, files, o.Workers, bulk)
			})
			if err != nil {
				return err
			}
			ingests = append(ingests, ip)
		}
	}
	r.CPUSeconds = cpu.Seconds()
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

	if o.Ingest {
		r.Ingest.summarise(ingests, mb, r.MBPerSecond, r.MBPerCPUSecond, r.CPUSeconds)
	}
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
	if i := r.Ingest; i != nil {
		mode := ""
		if i.Bulk {
			mode = ", bulk load"
		}
		fmt.Fprintf(w, "ingest     %.2f MB/s = %.2f of extraction (median of %d passes:", i.MBPerSecond, i.Ratio, len(i.Runs))
		for _, s := range i.Runs {
			fmt.Fprintf(w, " %.2fs", s)
		}
		fmt.Fprintf(w, "); %.2f MB per CPU-second = %.2f of extraction; writer busy %.0f%% (%d commits), %.2fs after the last extraction; store %.1f MB%s\n",
			i.MBPerCPUSecond, i.CPURatio, 100*i.WriterBusy, i.Commits, i.FinishSeconds, i.StoreMB, mode)
		fmt.Fprintf(w, "store      %d documents stored, %d skipped as already stored; %.2f CPU-ms per stored document beyond extraction\n",
			i.DocsNew, i.DocsSkipped, i.StoreCPUPerDoc)
		if i.DocsSkipped > 0 {
			fmt.Fprintf(w, "warning    %d of %d documents repeat a text seen earlier in the pass: they cost the writer nothing, so the ratio is flattered (give each document distinct text)\n",
				i.DocsSkipped, i.DocsNew+i.DocsSkipped)
		}
	}
	fmt.Fprintf(w, "memory     live heap %.0f MB", r.HeapMB)
	if r.PeakRSSMB > 0 {
		fmt.Fprintf(w, ", peak RSS %.0f MB", r.PeakRSSMB)
	}
	fmt.Fprintln(w)
}

// ingestPass is one ingest of the corpus by `sitrep bench --ingest`.
type ingestPass struct {
	stats   ingest.Stats
	cpu     time.Duration
	storeMB float64
}

// benchIngest ingests files into a fresh SQLite store in a temporary folder (removed after).
func benchIngest(ctx context.Context, p *pipeline.Pipeline, files []string, workers int, bulk ingest.BulkMode) (ingestPass, error) {
	dir, err := os.MkdirTemp("", "sitrep-bench-")
	if err != nil {
		return ingestPass{}, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "bench.db")
	st, err := store.OpenSQLite(ctx, path)
	if err != nil {
		return ingestPass{}, err
	}
	defer st.Close()
	cpu0 := procstat.CPUTime()
	stats, err := ingest.Run(ctx, st, p, files, ingest.Options{Workers: workers, Bulk: bulk})
	ip := ingestPass{stats: stats, cpu: procstat.CPUTime() - cpu0}
	if err != nil {
		return ip, fmt.Errorf("bench ingest: %w", err)
	}
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(path + suffix); err == nil {
			ip.storeMB += float64(fi.Size()) / 1e6
		}
	}
	return ip, nil
}

// summarise fills i from the passes: the median pass by wall time gives the speed, the writer's
// share and the finishing time; CPU is summed over all passes. mb is the corpus size, and
// mbs and mbcpu are extraction's figures.
func (i *IngestBench) summarise(passes []ingestPass, mb, mbs, mbcpu, extractCPU float64) {
	if len(passes) == 0 {
		return
	}
	var cpu time.Duration
	for _, ps := range passes {
		i.Runs = append(i.Runs, ps.stats.Elapsed.Seconds())
		cpu += ps.cpu
	}
	sorted := slices.Clone(passes)
	slices.SortFunc(sorted, func(a, b ingestPass) int { return cmp.Compare(a.stats.Elapsed, b.stats.Elapsed) })
	med := sorted[len(sorted)/2]
	i.Bulk = med.stats.Bulk
	i.WallSeconds = med.stats.Elapsed.Seconds()
	i.StoreMB = med.storeMB
	i.FinishSeconds = med.stats.Finishing.Seconds()
	i.Commits = med.stats.Commits
	i.DocsNew, i.DocsSkipped = med.stats.DocsNew, med.stats.DocsSkipped
	if i.WallSeconds > 0 {
		i.MBPerSecond = mb / i.WallSeconds
		i.WriterBusy = med.stats.Writing.Seconds() / i.WallSeconds
	}
	i.CPUSeconds = cpu.Seconds()
	newDocs := 0
	for _, ps := range passes {
		newDocs += ps.stats.DocsNew
	}
	if newDocs > 0 {
		// Extraction ran as many passes as ingest (they alternate).
		i.StoreCPUPerDoc = 1000 * (i.CPUSeconds - extractCPU) / float64(newDocs)
	}
	if i.CPUSeconds > 0 {
		i.MBPerCPUSecond = mb * float64(len(passes)) / i.CPUSeconds
	}
	if mbs > 0 {
		i.Ratio = i.MBPerSecond / mbs
	}
	if mbcpu > 0 {
		i.CPURatio = i.MBPerCPUSecond / mbcpu
	}
}

// benchCopies reads files and writes k copies of every item to the JSONL file path, which it
// returns as the corpus. Copy c is published 45·c days after the item (2024-01-01 when it has
// no date) and ends with a sentence naming c, so that every copy is a new text to the store.
func benchCopies(files []string, k int, maxBytes int64, path string) ([]string, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	n := 0
	for _, name := range files {
		its, _, err := input.ReadFile(name, "auto", maxBytes)
		if err != nil {
			continue // reported again when the copies are read
		}
		for _, it := range its {
			base, err := time.Parse(time.DateOnly, it.Published)
			if err != nil {
				base = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
			}
			for c := range k {
				n++
				line := map[string]string{"id": fmt.Sprintf("copy-%d", n), "title": it.Title, "url": it.URL,
					"source": it.Source, "published": base.AddDate(0, 0, 45*c).Format(time.DateOnly)}
				end := fmt.Sprintf("\n\nThis report, number %d in the archive, was compiled by the news desk from wire copy.\n", 1000+n)
				if it.HTML != "" {
					line["html"] = it.HTML + "<p>" + strings.TrimSpace(end) + "</p>"
				} else {
					line["text"] = strings.TrimRight(it.Text, "\n") + end
				}
				if err := enc.Encode(line); err != nil {
					f.Close()
					return nil, err
				}
			}
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return nil, err
	}
	return []string{path}, f.Close()
}
