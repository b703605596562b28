// Package ingest feeds a store: it reads files, folders, JSONL dumps, web pages and RSS/Atom
// feeds, runs the pipeline over them on every core and saves the results from a single
// writer goroutine, which overlaps with extraction and commits what arrived within a short
// window in one transaction (see Run), skipping what was stored before.
package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
)

// Processor turns a raw item into processed documents; *pipeline.Pipeline is one.
type Processor interface {
	Item(it input.Item, opt pipeline.Options) ([]model.Document, error)
}

// Options are the settings of a run; the zero value means the defaults.
type Options struct {
	// Workers process documents in parallel (default GOMAXPROCS).
	Workers int
	// Pipeline overrides (publication date, outlet name).
	Pipeline pipeline.Options
	// MaxBytes is the largest input file accepted (default input.DefaultMaxBytes).
	MaxBytes int64
	// Fetch configures downloads of URLs and feeds.
	Fetch FetchOptions
	// Progress receives progress and the final summary ("" writer: none).
	Progress io.Writer
	// TTY draws a progress bar on Progress (a terminal); otherwise plain lines every few seconds.
	TTY bool
	// Report is called once for each bad input, with a one-line error naming it; nil: ignored.
	Report func(error)
	// Bulk chooses bulk loading on stores that have it (store.Bulker): BulkAuto (the zero
	// value) when the local input files hold at least BulkMinDocs documents and at least half
	// as many as the store, and the workers leave no core to the writer; BulkOn always,
	// BulkOff never.
	Bulk BulkMode
	// MaxBatch is the most documents the writer saves in one transaction (0: maxBatch, or
	// bulkMaxBatch when loading in bulk). Smaller batches lose less to a kill and cost the
	// writer more per document.
	MaxBatch int
}

// BulkMode says when Run loads in bulk mode.
type BulkMode int

// The bulk modes.
const (
	BulkAuto BulkMode = iota
	BulkOn
	BulkOff
)

// Stats summarise a run.
type Stats struct {
	Files       int           // files read (feeds and URLs included)
	DocsNew     int           // documents stored
	DocsSkipped int           // documents (or inputs) already stored
	Failed      int           // inputs or documents that could not be processed
	Events      int           // events saved (new stored events + merged reports)
	NewEvents   int           // stored events created
	Merged      int           // events that joined an existing stored event
	Bytes       int64         // input bytes processed
	Elapsed     time.Duration //
	Bulk        bool          // the run loaded in bulk mode (Options.Bulk)
	Writing     time.Duration // time the writer spent saving and indexing (EndBulk included)
	Commits     int           // write transactions (batches) the writer saved
	Finishing   time.Duration // time from the last extracted document to the end of the run
}

// Summary is the one-line summary printed at the end of a run.
func (s Stats) Summary() string {
	secs := s.Elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	bulk := ""
	if s.Bulk {
		bulk = ", bulk load"
	}
	// The writer's share of the run says whether it kept up: near 100% it was the bottleneck.
	return fmt.Sprintf("%d files, %d docs new, %d skipped, %d failed, %d events (%d new, %d merged), %.1fs, %.1f docs/s, %.2f MB/s, writer busy %.0f%% (%d commits), %.1fs after the last extraction%s",
		s.Files, s.DocsNew, s.DocsSkipped, s.Failed, s.Events, s.NewEvents, s.Merged, s.Elapsed.Seconds(),
		float64(s.DocsNew+s.DocsSkipped)/secs, float64(s.Bytes)/1e6/secs, 100*s.Writing.Seconds()/secs, s.Commits, s.Finishing.Seconds(), bulk)
}

// ErrNothing is returned by Run when inputs were given but none could be processed.
var ErrNothing = errors.New("nothing could be processed")

// Hash is the content hash of a raw input item: what Store.Seen remembers.
func Hash(it *input.Item) string {
	h := sha256.New()
	for _, s := range []string{it.InputID, it.Title, it.Text, it.HTML, it.URL, it.Source, it.Published} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// Prepare runs the pipeline over one item and returns what Store.Save takes, encoded
// (store.Input.Encode).
func Prepare(p Processor, it input.Item, opt pipeline.Options) (store.Input, error) {
	return prepare(p, it, opt, true)
}

// prepare is Prepare; with encode false the JSON is left to the writer (store.Input.Encode).
func prepare(p Processor, it input.Item, opt pipeline.Options, encode bool) (store.Input, error) {
	applyOverrides(&it, opt)
	docs, err := p.Item(it, opt)
	if err != nil {
		return store.Input{}, err
	}
	for i := range docs {
		if docs[i].URL == "" {
			docs[i].URL = it.URL
		}
	}
	in := store.Input{Hash: Hash(&it), URL: it.URL, Name: input.DisplayName(it.Name), Docs: docs}
	// The JSON the store writes is made here, on the extraction workers, not by the single
	// writer — unless the writer has a core of its own (run.encodeOnWorkers).
	if encode {
		if err := in.Encode(); err != nil {
			return store.Input{}, err
		}
	}
	return in, nil
}

func applyOverrides(it *input.Item, opt pipeline.Options) {
	if opt.Published != "" {
		it.Published = opt.Published
	}
	if opt.Source != "" {
		it.Source = opt.Source
	}
}

// ProcessItem processes one item and saves it (unless its content was stored before).
func ProcessItem(ctx context.Context, st store.Store, p Processor, it input.Item, opt pipeline.Options) (store.SaveResult, error) {
	in, err := Prepare(p, it, opt)
	if err != nil {
		return store.SaveResult{}, err
	}
	return st.Save(ctx, in)
}

// job is one unit of work for a worker: an item to process, or a page URL to fetch first.
type job struct {
	item  input.Item
	url   string // fetch this page first (item holds hints: title, published, source)
	bytes int64
	// checked: the producer found the item's content not stored yet (Store.Seen), so the
	// worker need not ask again.
	checked bool
}

// result goes from a worker to the writer.
type result struct {
	in    store.Input
	bytes int64
	err   error
}

// Run ingests args (files, folders, http(s) URLs of pages or feeds) into st.
func Run(ctx context.Context, st store.Store, p Processor, args []string, opt Options) (Stats, error) {
	r := &run{st: st, p: p, opt: opt, start: time.Now()}
	r.last = r.start
	if r.opt.Workers < 1 {
		r.opt.Workers = runtime.GOMAXPROCS(0)
	}
	if r.opt.MaxBytes == 0 {
		r.opt.MaxBytes = input.DefaultMaxBytes
	}
	r.fetcher = newFetcher(opt.Fetch)
	return r.run(ctx, args)
}

type run struct {
	st      store.Store
	p       Processor
	opt     Options
	fetcher *fetcher
	start   time.Time

	mu    sync.Mutex // guards stats and progress output
	stats Stats
	total atomic.Int64 // inputs planned (files and URLs), for the progress bar
	done  atomic.Int64
	last  time.Time
}

func (r *run) report(err error) {
	r.mu.Lock()
	r.stats.Failed++
	r.clearBar()
	r.mu.Unlock()
	if r.opt.Report != nil {
		r.opt.Report(err)
	}
}

func (r *run) run(ctx context.Context, args []string) (Stats, error) {
	jobs := make(chan job, r.opt.Workers*4)

	// Expand folders first so that the progress bar knows the total.
	var targets []string
	for _, a := range args {
		if isURL(a) {
			targets = append(targets, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			targets = append(targets, a)
			continue
		}
		files, err := walk(a)
		if err != nil {
			r.report(err)
		}
		targets = append(targets, files...)
	}
	r.total.Store(int64(len(targets)))

	// Bulk mode (store.Bulker): the deferred indexes are built before the run ends (and
	// counted in its time); a run that is killed leaves them to the next open of the store.
	var bulker store.Bulker
	if b, ok := r.st.(store.Bulker); ok && r.wantBulk(ctx, targets) {
		if err := b.BeginBulk(ctx); err != nil {
			return r.stats, err
		}
		bulker = b
		r.stats.Bulk = true
	}
	maxBatch, batchWindow := maxBatch, batchWindow
	if bulker != nil {
		maxBatch, batchWindow = bulkMaxBatch, bulkBatchWindow
	}
	if r.opt.MaxBatch > 0 {
		maxBatch = r.opt.MaxBatch
	}
	// Room for two batches: extraction goes on while the writer saves the previous one.
	results := make(chan result, 2*maxBatch)

	go func() {
		defer close(jobs)
		for _, t := range targets {
			if ctx.Err() != nil {
				return
			}
			r.produce(ctx, t, jobs)
			r.done.Add(1)
		}
	}()

	var wg sync.WaitGroup
	for range r.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() != nil {
					continue
				}
				r.work(ctx, j, results)
			}
		}()
	}
	var extracted atomic.Int64 // when the last worker finished (UnixNano)
	go func() {
		wg.Wait()
		extracted.Store(time.Now().UnixNano())
		close(results)
	}()

	// The single writer. It saves what arrives within batchWindow of a first result in one
	// transaction (group commit): a commit costs several milliseconds (index pages, the
	// full-text segment), far more than one document's rows, so a writer that committed each
	// document as it came could not keep up with extraction. A kill loses only what was not
	// yet committed, and a re-run redoes exactly that.
	var saveErr error
	batcher, _ := r.st.(store.BatchSaver)
	batch := make([]result, 0, maxBatch)
	unindexed := 0 // documents saved in bulk mode since the last IndexDeferred
	var writing time.Duration
	commits := 0
	for res := range results {
		batch = append(batch[:0], res)
		keepingUp := false // the window ended before the batch filled: the writer waited
		if batcher != nil {
			timer := time.NewTimer(batchWindow)
		collect:
			for len(batch) < maxBatch {
				select {
				case more, ok := <-results:
					if !ok {
						break collect
					}
					batch = append(batch, more)
				case <-timer.C:
					keepingUp = true
					break collect
				case <-ctx.Done():
					break collect
				}
			}
			timer.Stop()
		}
		var ins []store.Input
		var bytes int64
		t0 := time.Now()
		for _, b := range batch {
			if b.err == nil && !r.encodeOnWorkers() {
				b.err = b.in.Encode()
			}
			if b.err != nil {
				r.report(b.err)
				continue
			}
			ins = append(ins, b.in)
			bytes += b.bytes
		}
		writing += time.Since(t0)
		if len(ins) == 0 || saveErr != nil || ctx.Err() != nil {
			continue
		}
		t0 = time.Now()
		srs, err := r.saveAll(ctx, batcher, ins)
		writing += time.Since(t0)
		commits++
		if err != nil {
			if ctx.Err() == nil && !errors.Is(err, context.Canceled) {
				saveErr = err // a store that cannot write is fatal for the run
			}
			continue
		}
		r.mu.Lock()
		r.stats.Bytes += bytes
		for _, sr := range srs {
			for _, d := range sr.Docs {
				if d.New {
					r.stats.DocsNew++
					r.stats.Events += len(d.Events)
				} else {
					r.stats.DocsSkipped++
				}
			}
			r.stats.NewEvents += sr.NewEvents
			r.stats.Merged += sr.Merged
			unindexed += len(sr.Docs)
		}
		r.progress(false)
		r.mu.Unlock()
		// In bulk mode, index what was saved while the writer keeps up with extraction (it
		// would otherwise wait), so that less is left for the end.
		if bulker != nil && unindexed >= minIndexDeferred && keepingUp {
			t0 := time.Now()
			err := bulker.IndexDeferred(ctx)
			writing += time.Since(t0)
			if err != nil {
				if ctx.Err() == nil && !errors.Is(err, context.Canceled) {
					saveErr = err
				}
				continue
			}
			unindexed = 0
		}
	}
	if bulker != nil {
		t0 := time.Now()
		if err := bulker.EndBulk(context.WithoutCancel(ctx)); err != nil && saveErr == nil {
			saveErr = err
		}
		writing += time.Since(t0)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats.Elapsed = time.Since(r.start)
	r.stats.Writing = writing
	r.stats.Commits = commits
	if t := extracted.Load(); t > 0 {
		r.stats.Finishing = time.Since(time.Unix(0, t))
	}
	r.clearBar()
	if r.opt.Progress != nil {
		fmt.Fprintf(r.opt.Progress, "sitrep ingest: %s\n", r.stats.Summary())
	}
	switch {
	case saveErr != nil:
		return r.stats, saveErr
	case ctx.Err() != nil:
		return r.stats, ctx.Err()
	case r.stats.DocsNew+r.stats.DocsSkipped == 0 && r.stats.Failed > 0:
		return r.stats, ErrNothing
	}
	return r.stats, nil
}

// maxBatch is the most inputs the writer saves in one transaction; batchWindow is how long it
// waits for more after the first. Larger transactions cost the writer less per document
// (each commit rewrites the index pages it touched; measured with callgrind: 4.7 M
// instructions per document at 16 per transaction, 3.6 at 64, 3.1 at 256), so the window is
// long enough for one extraction worker to fill ~150 (a kill loses at most that, and a re-run
// redoes it). A bulk load takes larger transactions still, and writes the deferred index
// entries once minIndexDeferred documents wait for them and the writer keeps up with
// extraction.
const (
	maxBatch         = 256
	batchWindow      = 200 * time.Millisecond
	bulkMaxBatch     = 512
	bulkBatchWindow  = 100 * time.Millisecond
	minIndexDeferred = 256
)

// encodeOnWorkers says where the JSON the store writes is made: on the extraction workers
// when they take every core (the single writer would otherwise fall behind), else by the
// writer, on the core the workers leave it (JSON made on a worker is time taken from
// extraction).
func (r *run) encodeOnWorkers() bool { return r.opt.Workers >= runtime.GOMAXPROCS(0) }

// saveAll saves a batch in one transaction when the store can, else one by one.
func (r *run) saveAll(ctx context.Context, b store.BatchSaver, ins []store.Input) ([]store.SaveResult, error) {
	if b != nil && len(ins) > 1 {
		return b.SaveAll(ctx, ins)
	}
	out := make([]store.SaveResult, 0, len(ins))
	for _, in := range ins {
		sr, err := r.st.Save(ctx, in)
		if err != nil {
			return out, err
		}
		out = append(out, sr)
	}
	return out, nil
}

// produce turns one target (file, URL) into jobs.
func (r *run) produce(ctx context.Context, target string, jobs chan<- job) {
	r.mu.Lock()
	r.stats.Files++
	r.mu.Unlock()
	send := func(j job) bool {
		select {
		case jobs <- j:
			return true
		case <-ctx.Done():
			return false
		}
	}
	if hasScheme(target) {
		if !isURL(target) {
			r.report(fmt.Errorf("%s: unsupported URL scheme (want http or https)", target))
			return
		}
		body, ctype, err := r.fetcher.get(ctx, target)
		if err != nil {
			r.report(err)
			return
		}
		if looksLikeFeed(ctype, body) {
			r.feed(target, body, send)
			return
		}
		r.page(target, body, input.Item{}, send)
		return
	}
	if isFeedFile(target) {
		data, err := readLimited(target, r.opt.MaxBytes)
		if err != nil {
			r.report(err)
			return
		}
		if looksLikeFeed("", data) {
			r.feed(target, data, send)
			return
		}
	}
	items, errs, err := input.ReadFile(target, "auto", r.opt.MaxBytes)
	for _, e := range errs {
		r.report(e)
	}
	if err != nil {
		r.report(err)
		return
	}
	for _, it := range items {
		// Asking the store here keeps the query off the extraction workers (the producer
		// mostly waits for them).
		seen, err := r.seen(ctx, it)
		if err != nil {
			r.report(err)
			continue
		}
		if seen {
			continue
		}
		if !send(job{item: it, bytes: itemBytes(&it), checked: true}) {
			return
		}
	}
}

// page makes jobs of a fetched page's items.
func (r *run) page(u string, body []byte, hint input.Item, send func(job) bool) {
	items, errs, err := input.Read(u, body, "auto")
	for _, e := range errs {
		r.report(e)
	}
	if err != nil {
		r.report(err)
		return
	}
	for _, it := range items {
		if it.URL == "" {
			it.URL = hint.URL
			if it.URL == "" {
				it.URL = u
			}
		}
		if it.Title == "" {
			it.Title = hint.Title
		}
		if it.Published == "" {
			it.Published = hint.Published
		}
		if it.Source == "" {
			it.Source = hint.Source
		}
		if it.Source == "" {
			it.Source = hostOf(it.URL)
		}
		if !send(job{item: it, bytes: int64(len(body))}) {
			return
		}
	}
}

func itemBytes(it *input.Item) int64 { return int64(len(it.Text) + len(it.HTML)) }

// work processes one job and hands the result to the writer.
func (r *run) work(ctx context.Context, j job, out chan<- result) {
	if j.url != "" {
		body, _, err := r.fetcher.get(ctx, j.url)
		if err != nil {
			out <- result{err: err}
			return
		}
		hint := j.item
		r.page(j.url, body, hint, func(pj job) bool {
			r.process(ctx, pj, out)
			return ctx.Err() == nil
		})
		return
	}
	r.process(ctx, j, out)
}

// seen reports whether an item's content was stored before, counting it as skipped if so.
func (r *run) seen(ctx context.Context, it input.Item) (bool, error) {
	applyOverrides(&it, r.opt.Pipeline)
	seen, err := r.st.Seen(ctx, Hash(&it), "")
	if err != nil {
		return false, fmt.Errorf("%s: %w", input.DisplayName(it.Name), err)
	}
	if seen.Hash {
		r.mu.Lock()
		r.stats.DocsSkipped++
		r.progress(false)
		r.mu.Unlock()
	}
	return seen.Hash, nil
}

func (r *run) process(ctx context.Context, j job, out chan<- result) {
	it := j.item
	if !j.checked {
		seen, err := r.seen(ctx, it)
		if err != nil {
			out <- result{err: err}
			return
		}
		if seen {
			return
		}
	}
	in, err := prepare(r.p, it, r.opt.Pipeline, r.encodeOnWorkers())
	if err != nil {
		out <- result{err: err}
		return
	}
	out <- result{in: in, bytes: j.bytes}
}

// walk lists the input files under dir, recursively, in lexical order; hidden entries are
// skipped.
func walk(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		name := d.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		// Gold files (spec/gold.md) sit beside examples; they are not articles.
		if !d.IsDir() && inputExt[strings.ToLower(filepath.Ext(name))] && !strings.HasSuffix(strings.ToLower(name), ".gold.json") {
			files = append(files, path)
		}
		return nil
	})
	return files, err
}

var inputExt = map[string]bool{".txt": true, ".html": true, ".htm": true, ".jsonl": true, ".json": true,
	".xml": true, ".rss": true, ".atom": true, ".ndjson": true}

func isFeedFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xml", ".rss", ".atom":
		return true
	}
	return false
}

func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot open: %w", path, errors.Unwrap(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read: %w", path, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: larger than the %d-byte input limit", path, max)
	}
	return data, nil
}

func isURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// hasScheme is true for "scheme:..." arguments that are not existing files (a drive letter
// "C:" is not a scheme).
func hasScheme(s string) bool {
	u, err := url.Parse(s)
	if err != nil || len(u.Scheme) < 2 {
		return strings.Contains(s, "://")
	}
	if _, err := os.Stat(s); err == nil {
		return false
	}
	return true
}

func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(p.Hostname(), "www.")
}

// ---- progress ----

// progress draws the bar (TTY) or a plain line every 5 s; callers hold r.mu.
func (r *run) progress(force bool) {
	w := r.opt.Progress
	if w == nil {
		return
	}
	now := time.Now()
	every := 5 * time.Second
	if r.opt.TTY {
		every = 150 * time.Millisecond
	}
	if !force && now.Sub(r.last) < every {
		return
	}
	r.last = now
	el := now.Sub(r.start).Seconds()
	docs := r.stats.DocsNew + r.stats.DocsSkipped
	rate := float64(docs) / max(el, 1e-9)
	if !r.opt.TTY {
		fmt.Fprintf(w, "sitrep ingest: %d docs (%d new, %d skipped, %d failed), %d events, %.1f docs/s\n",
			docs, r.stats.DocsNew, r.stats.DocsSkipped, r.stats.Failed, r.stats.Events, rate)
		return
	}
	total, done := r.total.Load(), r.done.Load()
	const width = 30
	fill := 0
	if total > 0 {
		fill = int(done * width / total)
	}
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", width-fill)
	fmt.Fprintf(w, "\r[%s] %d/%d files  %d docs  %d events  %.1f docs/s ", bar, done, total, docs, r.stats.Events, rate)
}

// clearBar erases the progress bar before other output; callers hold r.mu.
func (r *run) clearBar() {
	if r.opt.TTY && r.opt.Progress != nil && !r.last.IsZero() {
		fmt.Fprint(r.opt.Progress, "\r\033[K")
	}
}

// BulkMinDocs is the fewest documents BulkAuto loads in bulk mode: below it the saving is
// too small to matter.
const BulkMinDocs = 1000

// wantBulk decides whether the run loads in bulk mode. BulkAuto counts the documents of the
// local input files (a JSONL line is one) and wants at least BulkMinDocs of them and at least
// half as many as the store holds: rebuilding an index sorts every stored row, so a small
// addition to a large store is cheaper row by row. It also wants as many workers as cores:
// bulk mode saves CPU time but adds the index build at the end, which only pays when the
// writer shares its core with extraction (with a core of its own it keeps up anyway).
func (r *run) wantBulk(ctx context.Context, targets []string) bool {
	switch r.opt.Bulk {
	case BulkOn:
		return true
	case BulkOff:
		return false
	}
	if r.opt.Workers < runtime.GOMAXPROCS(0) {
		return false
	}
	planned := 0
	var buf []byte // one read buffer for every file (a fresh one per file was 1 MB of garbage each)
	for _, t := range targets {
		if hasScheme(t) {
			continue
		}
		planned += countDocs(t, &buf)
	}
	if planned < BulkMinDocs {
		return false
	}
	st, err := r.st.Stats(ctx)
	return err == nil && planned*2 >= st.Documents
}

// countDocs estimates the documents in an input file: its lines for JSONL, else one. *buf is
// the read buffer, allocated on first use.
func countDocs(path string, buf *[]byte) int {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
	default:
		return 1
	}
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	n, last := 0, byte('\n')
	if *buf == nil {
		*buf = make([]byte, 256<<10)
	}
	b := *buf
	for {
		k, err := f.Read(b)
		if k > 0 {
			n += bytes.Count(b[:k], []byte{'\n'})
			last = b[k-1]
		}
		if err != nil {
			break
		}
	}
	if last != '\n' {
		n++
	}
	return n
}
