package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
	"github.com/sitrep-dev/sitrep/internal/store/storetest"
)

// fake turns each item into one document with one event, recording what it saw.
type fake struct {
	mu    sync.Mutex
	items []input.Item
}

func (f *fake) Item(it input.Item, opt pipeline.Options) ([]model.Document, error) {
	f.mu.Lock()
	f.items = append(f.items, it)
	f.mu.Unlock()
	text := it.Text
	if text == "" {
		text = it.HTML
	}
	if strings.Contains(text, "UNPROCESSABLE") {
		return nil, fmt.Errorf("%s: cannot process", it.Name)
	}
	d := storetest.Doc(it.URL, it.Source, it.Published, it.Title+" "+text, storetest.Ev{Type: "ACCUSE", Sentence: "x accused y.",
		Source: "grp-" + fmt.Sprint(len(text))})
	return []model.Document{d}, nil
}

func openStore(t *testing.T) store.Store {
	t.Helper()
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "ingest.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const rss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example</link>
<item><title>Long item</title><link>%[2]s/long</link><pubDate>Thu, 04 Jul 2024 10:00:00 GMT</pubDate>
<description><![CDATA[<p>` + "LONGCONTENT " + `%[1]s</p>]]></description></item>
<item><title>Short item</title><link>%[2]s/page</link><pubDate>Fri, 05 Jul 2024 10:00:00 GMT</pubDate><description>teaser</description></item>
</channel></rss>`

func TestFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":              "Protesters marched in the capital on Monday.",
		"sub/b.html":         "<html><head><title>B</title></head><body><p>Police arrested ten people.</p></body></html>",
		"sub/deeper/c.jsonl": `{"id":"1","text":"One.","published":"2024-07-01"}` + "\n" + `{"id":"2","text":"Two."}` + "\n" + "not json\n",
		"bad.txt":            "\x00\x01\x02binary",
		"feed.xml":           fmt.Sprintf(rss, strings.Repeat("word ", 400), "http://127.0.0.1:1"),
		"skip.png":           "\x89PNG",
		".hidden/x.txt":      "hidden",
		"fail.txt":           "UNPROCESSABLE text",
	})
	st := openStore(t)
	var reported []string
	var mu sync.Mutex
	f := &fake{}
	opt := Options{Workers: 3, Report: func(err error) { mu.Lock(); reported = append(reported, err.Error()); mu.Unlock() }}
	stats, err := Run(context.Background(), st, f, []string{dir}, opt)
	if err != nil {
		t.Fatal(err)
	}
	// a.txt, b.html, two JSONL lines, the long feed item.
	if stats.DocsNew != 5 || stats.Files != 6 {
		t.Errorf("stats = %+v", stats)
	}
	joined := strings.Join(reported, "\n")
	for _, want := range []string{"c.jsonl:3", "bad.txt", "fail.txt", "127.0.0.1:1/page"} {
		if !strings.Contains(joined, want) {
			t.Errorf("no report about %s in:\n%s", want, joined)
		}
	}
	if strings.Contains(joined, "hidden") || strings.Contains(joined, "png") {
		t.Errorf("hidden or unknown files read:\n%s", joined)
	}
	if stats.Failed != len(reported) {
		t.Errorf("failed %d, reported %d", stats.Failed, len(reported))
	}
	for _, it := range f.items {
		if it.Title == "Long item" && (it.Published != "2024-07-04" || it.Source != "Example Wire" || it.URL != "http://127.0.0.1:1/long" || !strings.Contains(it.HTML, "LONGCONTENT")) {
			t.Errorf("feed item = %+v", it)
		}
	}
	// Again: nothing new, nothing processed.
	f2 := &fake{}
	reported = nil
	stats, err = Run(context.Background(), st, f2, []string{dir}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if stats.DocsNew != 0 || stats.DocsSkipped != 5 {
		t.Errorf("re-run stats = %+v", stats)
	}
	for _, it := range f2.items {
		if !strings.Contains(it.Text, "UNPROCESSABLE") {
			t.Errorf("re-run processed %s again", it.Name)
		}
	}
	s, _ := st.Stats(context.Background())
	if s.Documents != 5 {
		t.Errorf("store holds %d documents", s.Documents)
	}
}

func TestNothingProcessed(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"bad.txt": "\x00\x00"})
	_, err := Run(context.Background(), openStore(t), &fake{}, []string{dir, filepath.Join(dir, "missing.txt"), "ftp://x.example/a"}, Options{})
	if !errors.Is(err, ErrNothing) {
		t.Errorf("err = %v, want ErrNothing", err)
	}
}

func TestURLs(t *testing.T) {
	var mu sync.Mutex
	page := "<html><head><title>Page</title></head><body><article><p>Version one of the story.</p></article></body></html>"
	var agents []string
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.UserAgent())
		p := page
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, p)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, rss, "short", srv.URL)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("a", 2000)))
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()

	st := openStore(t)
	var reported []string
	opt := Options{Fetch: FetchOptions{MaxBytes: 1000, UserAgent: "sitrep-test"}, Report: func(err error) { mu.Lock(); reported = append(reported, err.Error()); mu.Unlock() }}
	f := &fake{}
	stats, err := Run(context.Background(), st, f, []string{srv.URL + "/page", srv.URL + "/missing", srv.URL + "/big", srv.URL + "/redirect", "javascript:alert(1)", "file:///etc/passwd"}, opt)
	if !strings.Contains(strings.Join(reported, ""), "javascript:alert(1): unsupported") {
		t.Errorf("javascript: URL not refused: %v", reported)
	}
	if err != nil {
		t.Fatal(err)
	}
	if stats.DocsNew != 1 {
		t.Errorf("stats = %+v", stats)
	}
	joined := strings.Join(reported, "\n")
	for _, want := range []string{"/missing: fetch failed: HTTP 404", "/big: 2000 bytes exceeds the 1000-byte download limit", "/redirect", "file:///etc/passwd: unsupported"} {
		if !strings.Contains(joined, want) {
			t.Errorf("no report %q in:\n%s", want, joined)
		}
	}
	if len(agents) == 0 || agents[0] != "sitrep-test" {
		t.Errorf("user agents = %v", agents)
	}
	if len(f.items) != 1 || f.items[0].URL != srv.URL+"/page" || f.items[0].Source != "127.0.0.1" {
		t.Errorf("items = %+v", f.items)
	}

	// A feed: the short item's link is fetched (the same page: already stored).
	reported = nil
	stats, err = Run(context.Background(), st, &fake{}, []string{srv.URL + "/feed"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	// The first item's content is short here: its link (/long, 404) is fetched and fails.
	if stats.DocsNew+stats.DocsSkipped != 1 || stats.Failed != 1 || !strings.Contains(strings.Join(reported, ""), "/long: fetch failed: HTTP 404") {
		t.Errorf("feed stats = %+v, reported %v", stats, reported)
	}

	// The page changes: a correction replaces the earlier document.
	mu.Lock()
	page = strings.Replace(page, "Version one", "Version two", 1)
	mu.Unlock()
	stats, err = Run(context.Background(), st, &fake{}, []string{srv.URL + "/page"}, opt)
	if err != nil || stats.DocsNew != 1 {
		t.Fatalf("changed page: %+v, %v", stats, err)
	}
	s, _ := st.Stats(context.Background())
	if s.Documents != countCurrent(t, st) {
		t.Errorf("stats %+v", s)
	}
}

func countCurrent(t *testing.T, st store.Store) int {
	p, err := st.Documents(context.Background(), store.DocumentFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range p.Documents {
		if d.SupersededBy == "" {
			n++
		}
	}
	return n
}

func TestHashStable(t *testing.T) {
	a := input.Item{Name: "a", Text: "x", URL: "u"}
	b := input.Item{Name: "b", Text: "x", URL: "u"}
	c := input.Item{Name: "a", Text: "y", URL: "u"}
	if Hash(&a) != Hash(&b) || Hash(&a) == Hash(&c) {
		t.Error("Hash depends on the name or ignores the text")
	}
	// Field boundaries matter.
	if Hash(&input.Item{Title: "ab", Text: "c"}) == Hash(&input.Item{Title: "a", Text: "bc"}) {
		t.Error("Hash ignores field boundaries")
	}
}

// TestPipelineEndToEnd runs the real pipeline over a small folder.
func TestPipelineEndToEnd(t *testing.T) {
	p, err := pipeline.New()
	if err != nil {
		t.Skipf("pipeline unavailable: %v", err)
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"wire.jsonl": `{"id":"w1","title":"Strike","text":"Israeli jets struck the village of Kfarshouba in southern Lebanon on Thursday, killing three people, the health ministry said.","published":"2024-07-05","source":"Wire A","url":"https://a.example/1"}
{"id":"w2","title":"Strike kills three","text":"An Israeli air strike on Kfarshouba in south Lebanon killed three people on Thursday, Lebanese officials said.","published":"2024-07-05","source":"Wire B","url":"https://b.example/2"}
`,
	})
	st := openStore(t)
	stats, err := Run(context.Background(), st, p, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.DocsNew != 2 {
		t.Fatalf("stats = %+v", stats)
	}
	page, err := st.Events(context.Background(), store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d stored events from %d extracted (%d merged)", page.Total, stats.Events, stats.Merged)
	for _, e := range page.Events {
		if e.ArticlesCount < 1 || e.FirstSeen != "2024-07-05" || e.EvidenceText == "" {
			t.Errorf("event = %+v", e)
		}
	}
}

// TestBulkAuto checks when BulkAuto loads in bulk mode (enough documents, and many compared
// with the store) and that a bulk run leaves a store that answers like any other.
func TestBulkAuto(t *testing.T) {
	var many, few strings.Builder
	for i := range BulkMinDocs {
		fmt.Fprintf(&many, `{"id":"m%d","text":"Item %d: people protested in the square.","published":"2024-07-01","url":"https://m.example/%d"}`+"\n", i, i, i)
	}
	for i := range 20 {
		fmt.Fprintf(&few, `{"id":"f%d","text":"Item %d: police arrested ten people.","published":"2024-07-02"}`+"\n", i, i)
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"many/a.jsonl": many.String(), "few/b.jsonl": few.String()})
	st := openStore(t)
	for _, c := range []struct {
		input string
		mode  BulkMode
		want  bool
	}{
		{"few", BulkAuto, false}, // too few documents
		{"few", BulkOn, true},    // forced
		{"many", BulkOff, false}, // refused
		{"many", BulkAuto, true}, // 1000 documents, 20 stored
	} {
		stats, err := Run(context.Background(), st, &fake{}, []string{filepath.Join(dir, c.input)}, Options{Workers: runtime.GOMAXPROCS(0), Bulk: c.mode})
		if err != nil {
			t.Fatal(err)
		}
		if stats.Bulk != c.want {
			t.Errorf("%s with mode %d: bulk %v, want %v", c.input, c.mode, stats.Bulk, c.want)
		}
	}
	if in, _ := st.(*store.SQLite).InBulk(context.Background()); in {
		t.Error("still in bulk mode after the runs")
	}
	s, _ := st.Stats(context.Background())
	page, err := st.Documents(context.Background(), store.DocumentFilter{Q: "protested square", Limit: 5})
	if err != nil || s.Documents != BulkMinDocs+20 || page.Total != BulkMinDocs {
		t.Errorf("after bulk runs: %+v, %d documents found by full text (%v)", s, page.Total, err)
	}
}

// TestEncodeOnWriter: with fewer workers than cores the writer makes the store's JSON
// (encodeOnWorkers); what is stored must not depend on where it was made.
func TestEncodeOnWriter(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 12 {
		files[fmt.Sprintf("a%02d.txt", i)] = fmt.Sprintf("Protesters marched in town %d on Monday, and %s.", i, strings.Repeat("police watched ", i+1))
	}
	writeFiles(t, dir, files)
	var got []store.Stats
	for _, workers := range []int{1, max(2, runtime.GOMAXPROCS(0))} {
		st := openStore(t)
		stats, err := Run(context.Background(), st, &fake{}, []string{dir}, Options{Workers: workers, Bulk: BulkOff})
		if err != nil || stats.DocsNew != 12 || stats.Events != 12 {
			t.Fatalf("workers %d: %+v %v", workers, stats, err)
		}
		s, err := st.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, s)
		// every stored document reads back whole, with its event
		page, err := st.Documents(context.Background(), store.DocumentFilter{Limit: 50})
		if err != nil || len(page.Documents) != 12 {
			t.Fatalf("workers %d: %d documents, %v", workers, len(page.Documents), err)
		}
		for _, sum := range page.Documents {
			d, err := st.Document(context.Background(), sum.ID)
			if err != nil || d == nil || len(d.Events) != 1 || d.Events[0].Type != "ACCUSE" || !strings.Contains(d.Text, "Protesters marched") {
				t.Fatalf("workers %d: document %s read back as %+v, %v", workers, sum.ID, d, err)
			}
		}
	}
	if got[0] != got[1] {
		t.Errorf("one worker stored %+v, all workers %+v", got[0], got[1])
	}
}
