package worker_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/api"
	"github.com/sitrep-dev/sitrep/internal/feeds"
	"github.com/sitrep-dev/sitrep/internal/ingest"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/postgres"
	"github.com/sitrep-dev/sitrep/internal/store/postgres/pgtest"
	"github.com/sitrep-dev/sitrep/internal/worker"
)

// Benchmarks (need SITREP_TEST_POSTGRES; not run by plain go test):
//
//	go test -run '^$' -bench . -benchtime 2x ./internal/worker/
//
// BenchmarkWorkers reports articles/s through the whole pipeline into PostgreSQL with 1, 2
// and 4 workers; BenchmarkFeedLatency the time from an item appearing in a feed to its
// event being answered by GET /api/v1/events.

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

func loadPipeline(b *testing.B) *pipeline.Pipeline {
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New() })
	if pipeErr != nil {
		b.Fatal(pipeErr)
	}
	return pipe
}

var (
	towns   = []string{"Gao", "Goma", "Bunia", "Idlib", "Kharkiv", "Maiduguri", "Peshawar", "Kfarshouba", "Mogadishu", "Juba", "Kidal", "Tillaberi"}
	groups  = []string{"Gunmen", "Militants", "Rebel fighters", "Soldiers", "Protesters", "Police officers", "Armed men", "Jihadists"}
	actions = []string{"attacked a checkpoint near %s", "ambushed a military convoy outside %s", "stormed a village close to %s",
		"clashed with security forces in %s", "marched through the centre of %s", "shelled positions around %s"}
)

// article is a synthetic news article of about 1.2 KB; k makes it unique.
func article(k int, tag string) input.Item {
	town, group := towns[k%len(towns)], groups[(k/len(towns))%len(groups)]
	act := fmt.Sprintf(actions[(k/7)%len(actions)], town)
	text := fmt.Sprintf("%s (Wire) — %s %s on Monday, killing %d people and wounding %d others, local officials said on Tuesday.\n\n"+
		"Witnesses said the fighting lasted several hours before reinforcements arrived from the regional capital. "+
		"Residents fled toward neighbouring districts, and aid groups said they were preparing to receive displaced families. "+
		"The governor condemned the violence and promised an investigation, while the army said it had killed %d assailants.\n\n"+
		"It was the %dth such incident in the province this year, according to a tally by a local monitoring group. "+
		"Reference %s-%d.", strings.ToUpper(town), group, act, 2+k%17, 3+k%11, 1+k%5, 3+k%40, tag, k)
	return input.Item{Name: fmt.Sprintf("%s-%d", tag, k), Title: fmt.Sprintf("%s %s near %s (%s)", group, strings.Split(act, " ")[0], town, tag),
		Text: text, Published: fmt.Sprintf("2024-%02d-%02d", 1+k%12, 1+k%28), Source: fmt.Sprintf("Outlet %d", k%6),
		URL: fmt.Sprintf("https://news.example/%s/%d", tag, k), Single: true}
}

func BenchmarkWorkers(b *testing.B) {
	for _, bench := range []struct {
		n      int
		serial bool
	}{{1, false}, {2, false}, {4, false}, {4, true}} {
		n := bench.n
		name := fmt.Sprintf("workers=%d", n)
		if bench.serial {
			name += "/serial-saves"
		}
		b.Run(name, func(b *testing.B) {
			dsn := pgtest.DSN(b)
			ctx := context.Background()
			st, err := postgres.Open(ctx, dsn)
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			st.SerialSaves = bench.serial
			p := loadPipeline(b)
			const perRound = 120
			var total int64
			var elapsed, pipeT, saveT time.Duration
			b.ResetTimer()
			for round := range b.N {
				b.StopTimer()
				var its []input.Item
				for i := range perRound {
					its = append(its, article(round*perRound+i, fmt.Sprintf("w%d", n)))
				}
				if _, err := worker.Enqueue(ctx, st, its); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				stats, err := worker.Run(ctx, st, p, worker.Options{Concurrency: n, Drain: true})
				if err != nil {
					b.Fatal(err)
				}
				total += stats.Processed
				elapsed += stats.Elapsed
				pipeT += stats.PipelineTime
				saveT += stats.SaveTime
			}
			b.ReportMetric(float64(total)/elapsed.Seconds(), "articles/s")
			b.ReportMetric(float64(pipeT.Milliseconds())/float64(total), "ms-pipeline/article")
			b.ReportMetric(float64(saveT.Milliseconds())/float64(total), "ms-save/article")
		})
	}
}

// feedServer serves an RSS feed whose items are added by the benchmark, and their pages.
type feedServer struct {
	mu     sync.Mutex
	items  []input.Item
	served []time.Time // when the feed first listed each item
	srv    *httptest.Server
}

func newFeedServer() *feedServer {
	f := &feedServer{}
	mux := http.NewServeMux()
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire</title>`)
		for i := len(f.items) - 1; i >= 0; i-- {
			if f.served[i].IsZero() {
				f.served[i] = time.Now()
			}
			fmt.Fprintf(w, `<item><title>%s</title><link>%s/a/%d</link><pubDate>Mon, 01 Jul 2024 10:00:00 GMT</pubDate></item>`,
				f.items[i].Title, f.srv.URL, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/a/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		f.mu.Lock()
		it := f.items[n]
		f.mu.Unlock()
		paras := strings.ReplaceAll(it.Text, "\n\n", "</p><p>")
		fmt.Fprintf(w, `<html><head><title>%s</title></head><body><article><h1>%s</h1><p>%s</p></article></body></html>`, it.Title, it.Title, paras)
	})
	f.srv = httptest.NewServer(mux)
	return f
}

func (f *feedServer) add(it input.Item) {
	f.mu.Lock()
	f.items = append(f.items, it)
	f.served = append(f.served, time.Time{})
	f.mu.Unlock()
}

func BenchmarkFeedLatency(b *testing.B) {
	for _, mode := range []string{"inline", "queue"} {
		b.Run(mode, func(b *testing.B) {
			dsn := pgtest.DSN(b)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			st, err := postgres.Open(ctx, dsn)
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			p := loadPipeline(b)
			fs := newFeedServer()
			defer fs.srv.Close()
			apiSrv := httptest.NewServer(api.New(st, p, api.Options{}))
			defer apiSrv.Close()
			st.AddFeed(ctx, fs.srv.URL+"/rss", "")
			sink := func(ctx context.Context, it input.Item) error {
				_, err := ingest.ProcessItem(ctx, st, p, it, pipeline.Options{})
				return err
			}
			var wg sync.WaitGroup
			if mode == "queue" {
				sink = func(ctx context.Context, it input.Item) error {
					_, err := worker.EnqueueItem(ctx, st, it)
					return err
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					worker.Run(ctx, st, p, worker.Options{Poll: 100 * time.Millisecond, Concurrency: 2, Log: os.Stderr})
				}()
			}
			const interval = time.Second
			poller := feeds.New(st, sink, feeds.Options{AllowPrivate: true, Interval: interval, Tick: 50 * time.Millisecond,
				HostInterval: time.Millisecond})
			wg.Add(1)
			go func() { defer wg.Done(); poller.Run(ctx) }()
			var lat, after []time.Duration
			b.ResetTimer()
			for i := range b.N {
				tag := fmt.Sprintf("lat%s%d", mode, i)
				it := article(1000+i, tag)
				t0 := time.Now()
				fs.add(it)
				for {
					if time.Since(t0) > 30*time.Second {
						c, err := worker.QueueCounts(ctx, st, 0)
						var e string
						st.DB().QueryRow(`SELECT coalesce(string_agg(state || ' ' || claimed_by || ' ' || attempts || ' ' || error, '; '), '') FROM queue`).Scan(&e)
						sts, _ := st.Stats(ctx)
						pg, perr := st.Events(ctx, store.EventFilter{Q: tag})
						var txt string
						st.DB().QueryRow(`SELECT left(text, 2000) FROM documents LIMIT 1`).Scan(&txt)
						b.Fatalf("event of %s not in the API after 30 s (queue %+v %v: %s) stats %+v q-total %d %v text %q", tag, c, err, e, sts, pg.Total, perr, txt)
					}
					if apiHas(b, apiSrv.URL, tag) {
						break
					}
					time.Sleep(10 * time.Millisecond)
				}
				lat = append(lat, time.Since(t0))
				fs.mu.Lock()
				after = append(after, time.Since(fs.served[i]))
				fs.mu.Unlock()
			}
			b.StopTimer()
			var sum time.Duration
			worst := time.Duration(0)
			for _, d := range lat {
				sum += d
				worst = max(worst, d)
			}
			b.ReportMetric(float64(sum.Milliseconds())/float64(len(lat)), "ms/item-mean")
			b.ReportMetric(float64(worst.Milliseconds()), "ms/item-max")
			var afterSum time.Duration
			for _, d := range after {
				afterSum += d
			}
			b.ReportMetric(float64(afterSum.Milliseconds())/float64(len(after)), "ms/item-after-poll")
			b.ReportMetric(interval.Seconds(), "s-poll-interval")
			cancel()
			wg.Wait()
		})
	}
}

// apiHas reports whether GET /api/v1/events?q=tag finds an event.
func apiHas(b *testing.B, base, tag string) bool {
	resp, err := http.Get(base + "/api/v1/events?q=" + tag)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	var page struct {
		Total int `json:"total"`
	}
	if resp.StatusCode != 200 {
		return false
	}
	json.NewDecoder(resp.Body).Decode(&page)
	return page.Total > 0
}
