package feeds_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/feeds"
	"github.com/sitrep-dev/sitrep/internal/input"
)

// memStates is an in-memory StateStore.
type memStates struct {
	mu sync.Mutex
	m  map[string]feeds.State
}

func newStates(urls ...string) *memStates {
	s := &memStates{m: map[string]feeds.State{}}
	for _, u := range urls {
		s.AddFeed(context.Background(), u, "")
	}
	return s
}

func (s *memStates) AddFeed(_ context.Context, u, title string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.m[u]; !ok {
		s.m[u] = feeds.State{URL: u, Title: title}
	}
	return nil
}

func (s *memStates) RemoveFeed(_ context.Context, u string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[u]
	delete(s.m, u)
	return ok, nil
}

func (s *memStates) FeedStates(context.Context) ([]feeds.State, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []feeds.State
	for _, st := range s.m {
		out = append(out, st)
	}
	return out, nil
}

func (s *memStates) SaveFeedState(_ context.Context, st feeds.State) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.m[st.URL]; ok {
		s.m[st.URL] = st
	}
	return nil
}

func (s *memStates) get(u string) feeds.State {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[u]
}

// collector is a Sink that keeps the items.
type collector struct {
	mu    sync.Mutex
	items []input.Item
}

func (c *collector) sink(_ context.Context, it input.Item) error {
	c.mu.Lock()
	c.items = append(c.items, it)
	c.mu.Unlock()
	return nil
}

func (c *collector) all() []input.Item {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]input.Item(nil), c.items...)
}

func fastOpts() feeds.Options {
	return feeds.Options{AllowPrivate: true, HostInterval: time.Millisecond, Timeout: 5 * time.Second,
		RetryBase: time.Minute, Interval: 10 * time.Minute}
}

const page = `<!doctype html><html><head><title>%s</title></head><body><nav>Home | World</nav>
<article><h1>%s</h1><p>%s</p><p>Officials said the situation remained tense on Tuesday as talks continued.</p></article></body></html>`

func articleHandler(w http.ResponseWriter, r *http.Request) {
	n := strings.TrimPrefix(r.URL.Path, "/a/")
	fmt.Fprintf(w, page, "Article "+n, "Article "+n, "Rebels attacked a checkpoint in the north, killing "+n+" soldiers.")
}

func rss(base string, n int, titleFn func(i int) string, linkFn func(i int) string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title><link>` + base + `</link>`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `<item><title>%s</title><link>%s</link><guid>g%d</guid><pubDate>Tue, 02 Jul 2024 10:00:00 GMT</pubDate><description>Short.</description></item>`,
			escape(titleFn(i)), escape(linkFn(i)), i)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func TestRSSAndAtom(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/a/", articleHandler)
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss(srv.URL, 2, func(i int) string { return "Item " + strconv.Itoa(i) },
			func(i int) string {
				if i == 1 {
					return "/a/1" // relative: resolved against the feed URL
				}
				return srv.URL + "/a/" + strconv.Itoa(i)
			}))
	})
	mux.HandleFunc("/atom", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>Atom entry</title><link href="%s/a/9"/><id>urn:x:9</id><updated>2024-07-03T08:00:00Z</updated><summary>S</summary></entry></feed>`, srv.URL)
	})
	states := newStates(srv.URL+"/rss", srv.URL+"/atom")
	var c collector
	p := feeds.New(states, c.sink, fastOpts())
	res, err := p.PollAll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Errorf("%s: %v", r.URL, r.Err)
		}
	}
	items := c.all()
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3: %+v", len(items), items)
	}
	byURL := map[string]input.Item{}
	for _, it := range items {
		byURL[it.URL] = it
	}
	it, ok := byURL[srv.URL+"/a/1"]
	if !ok || it.Title != "Item 1" || it.Source != "Test Wire" || it.Published != "2024-07-02" || !strings.Contains(it.HTML, "killing 1 soldiers") || !it.Single {
		t.Errorf("rss item = %+v", it)
	}
	if it := byURL[srv.URL+"/a/9"]; it.Title != "Atom entry" || it.Source != "Atom News" || it.Published != "2024-07-03" {
		t.Errorf("atom item = %+v", it)
	}
	if st := states.get(srv.URL + "/rss"); st.Title != "Test Wire" || st.Errors != 0 || st.LastPolled.IsZero() || time.Until(st.NextPoll) < 8*time.Minute {
		t.Errorf("state = %+v", st)
	}
	// A second poll finds nothing new.
	p.PollAll(context.Background())
	if n := len(c.all()); n != 3 {
		t.Errorf("items after second poll = %d", n)
	}
}

func TestConditionalGet(t *testing.T) {
	var got []string
	var mu sync.Mutex
	var feedHits atomic.Int32
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/a/", articleHandler)
	const lm = "Tue, 02 Jul 2024 10:00:00 GMT"
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		feedHits.Add(1)
		mu.Lock()
		got = append(got, r.Header.Get("If-None-Match")+"|"+r.Header.Get("If-Modified-Since"))
		mu.Unlock()
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", lm)
		fmt.Fprint(w, rss(srv.URL, 1, func(int) string { return "Only" }, func(int) string { return srv.URL + "/a/1" }))
	})
	states := newStates(srv.URL + "/rss")
	var c collector
	p := feeds.New(states, c.sink, fastOpts())
	r1, _ := p.PollURL(context.Background(), srv.URL+"/rss")
	r2, _ := p.PollURL(context.Background(), srv.URL+"/rss")
	if r1.Err != nil || r1.New != 1 || r2.Err != nil || !r2.NotModified || r2.Status != 304 {
		t.Fatalf("polls = %+v / %+v", r1, r2)
	}
	want := []string{"|", `"v1"|` + lm}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("conditional headers sent = %q, want %q", got, want)
	}
	if st := states.get(srv.URL + "/rss"); st.ETag != `"v1"` || st.LastModified != lm || st.Errors != 0 {
		t.Errorf("state = %+v", st)
	}
	if len(c.all()) != 1 {
		t.Errorf("items = %d", len(c.all()))
	}
}

func TestSlowServer(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.WriteHeader(200)
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title>`)
		w.(http.Flusher).Flush()
		select { // drip: the headers came quickly, the body never ends
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	opt := fastOpts()
	opt.Timeout = 300 * time.Millisecond
	states := newStates(srv.URL)
	var c collector
	p := feeds.New(states, c.sink, opt)
	start := time.Now()
	r, _ := p.PollURL(context.Background(), srv.URL)
	if r.Err == nil || time.Since(start) > 3*time.Second {
		t.Fatalf("slow feed: err %v after %s", r.Err, time.Since(start))
	}
	st := states.get(srv.URL)
	if st.Errors != 1 || !strings.Contains(st.LastError, "timed out") && !strings.Contains(st.LastError, "deadline") {
		t.Errorf("state = %+v", st)
	}
}

func TestBrokenFeedBacksOff(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</ti`)
	}))
	defer srv.Close()
	states := newStates(srv.URL)
	var c collector
	p := feeds.New(states, c.sink, fastOpts())
	var waits []time.Duration
	for range 3 {
		r, _ := p.PollURL(context.Background(), srv.URL)
		if r.Err == nil {
			t.Fatal("want an error for a broken feed")
		}
		st := states.get(srv.URL)
		waits = append(waits, st.NextPoll.Sub(st.LastPolled))
	}
	st := states.get(srv.URL)
	if st.Errors != 3 || !strings.Contains(st.LastError, "not a readable feed") {
		t.Errorf("state = %+v", st)
	}
	// One minute, two, four (each ±10%).
	for i, w := range waits {
		want := time.Minute << i
		if w < want*89/100 || w > want*111/100 {
			t.Errorf("wait after error %d = %s, want about %s", i+1, w, want)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	states := newStates(srv.URL)
	p := feeds.New(states, (&collector{}).sink, fastOpts())
	p.PollURL(context.Background(), srv.URL)
	if st := states.get(srv.URL); st.NextPoll.Sub(st.LastPolled) < 59*time.Minute || !strings.Contains(st.LastError, "429") {
		t.Errorf("state after 429 = %+v", st)
	}
}

func TestOversized(t *testing.T) {
	big := strings.Repeat("<item><title>x</title></item>", 4000) // ~116 KB
	mux := http.NewServeMux()
	mux.HandleFunc("/length", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(big)+60))
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel>`+big+`</channel></rss>`)
	})
	mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		for range 100 {
			fmt.Fprint(w, big[:4000])
			w.(http.Flusher).Flush()
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	opt := fastOpts()
	opt.MaxFeedBytes = 32 << 10
	states := newStates(srv.URL+"/length", srv.URL+"/chunked")
	p := feeds.New(states, (&collector{}).sink, opt)
	for _, u := range []string{srv.URL + "/length", srv.URL + "/chunked"} {
		r, _ := p.PollURL(context.Background(), u)
		if !errors.Is(r.Err, feeds.ErrTooLarge) {
			t.Errorf("%s: err = %v, want ErrTooLarge", u, r.Err)
		}
	}
}

// A hostile feed: thousands of items, script in titles, links into the private network.
func TestHostileFeed(t *testing.T) {
	var internalHits atomic.Int32
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		internalHits.Add(1)
		fmt.Fprint(w, "secret")
	}))
	defer internal.Close()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/a/", articleHandler)
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, rss(srv.URL, 5000, func(i int) string { return fmt.Sprintf(`<script>alert(%d)</script>Headline <b>%d</b>`, i, i) },
			func(i int) string {
				switch i % 4 {
				case 1:
					return internal.URL + "/admin?i=" + strconv.Itoa(i)
				case 2:
					return "http://169.254.169.254/latest/meta-data/?i=" + strconv.Itoa(i)
				case 3:
					return "file:///etc/passwd"
				}
				return srv.URL + "/a/" + strconv.Itoa(i)
			}))
	})
	opt := fastOpts()
	opt.AllowPrivate = false
	opt.MaxItems = 40
	feedPort := mustPort(t, srv.URL)
	feeds.SetAllowDial(&opt, func(ap netip.AddrPort) bool { return ap.Port() == feedPort })
	states := newStates(srv.URL + "/rss")
	var c collector
	p := feeds.New(states, c.sink, opt)
	r, _ := p.PollURL(context.Background(), srv.URL+"/rss")
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if r.Items != 5000 || r.New != 10 || r.Skipped != 4960 || r.Failed != 30 {
		t.Errorf("result = %+v, want 10 new (the public links among the first 40), 30 refused", r)
	}
	if internalHits.Load() != 0 {
		t.Errorf("the internal server was reached %d times", internalHits.Load())
	}
	for _, it := range c.all() {
		if strings.Contains(it.Title, "<") || strings.Contains(it.Title, "alert") || !strings.HasPrefix(it.Title, "Headline ") {
			t.Errorf("title %q", it.Title)
		}
	}
}

func mustPort(t *testing.T, u string) uint16 {
	pu, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	n, err := strconv.Atoi(pu.Port())
	if err != nil {
		t.Fatal(err)
	}
	return uint16(n)
}

func TestPrivateAddressRefused(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	opt := fastOpts()
	opt.AllowPrivate = false
	localhost := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) // a name resolving to loopback
	states := newStates(srv.URL, localhost)
	p := feeds.New(states, (&collector{}).sink, opt)
	for _, u := range []string{srv.URL, localhost} {
		r, _ := p.PollURL(context.Background(), u)
		if !errors.Is(r.Err, feeds.ErrPrivateAddress) {
			t.Errorf("%s: err = %v, want ErrPrivateAddress", u, r.Err)
		}
		if st := states.get(u); !strings.Contains(st.LastError, "refused") {
			t.Errorf("state = %+v", st)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("server reached %d times", hits.Load())
	}
}

func TestRedirectToPrivateRefused(t *testing.T) {
	var internalHits atomic.Int32
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { internalHits.Add(1) }))
	defer internal.Close()
	mux := http.NewServeMux()
	mux.HandleFunc("/to-internal", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, internal.URL+"/rss", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	opt := fastOpts()
	opt.AllowPrivate = false
	port := mustPort(t, srv.URL)
	feeds.SetAllowDial(&opt, func(ap netip.AddrPort) bool { return ap.Port() == port })
	states := newStates(srv.URL+"/to-internal", srv.URL+"/to-file", srv.URL+"/loop")
	p := feeds.New(states, (&collector{}).sink, opt)
	for u, want := range map[string]string{"/to-internal": "refused", "/to-file": "file", "/loop": "redirects"} {
		r, _ := p.PollURL(context.Background(), srv.URL+u)
		if r.Err == nil || !strings.Contains(r.Err.Error(), want) {
			t.Errorf("%s: err = %v, want %q", u, r.Err, want)
		}
	}
	if internalHits.Load() != 0 {
		t.Errorf("redirect reached the internal server")
	}
}

func TestPoliteness(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	var active, maxActive atomic.Int32
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	record := func() func() {
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		if n := active.Add(1); n > maxActive.Load() {
			maxActive.Store(n)
		}
		return func() { active.Add(-1) }
	}
	mux.HandleFunc("/a/", func(w http.ResponseWriter, r *http.Request) { defer record()(); articleHandler(w, r) })
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		defer record()()
		fmt.Fprint(w, rss(srv.URL, 4, func(i int) string { return "T" }, func(i int) string { return srv.URL + "/a/" + strconv.Itoa(i) }))
	})
	opt := fastOpts()
	opt.HostInterval = 80 * time.Millisecond
	p := feeds.New(newStates(srv.URL+"/rss"), (&collector{}).sink, opt)
	p.PollAll(context.Background())
	if len(times) != 5 {
		t.Fatalf("requests = %d", len(times))
	}
	for i := 1; i < len(times); i++ {
		if d := times[i].Sub(times[i-1]); d < 70*time.Millisecond {
			t.Errorf("requests %d and %d only %s apart", i-1, i, d)
		}
	}
	if maxActive.Load() > 1 {
		t.Errorf("%d requests at once to one host", maxActive.Load())
	}
}

func TestRunPollsNewFeeds(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/a/", articleHandler)
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, rss(srv.URL, 2, func(i int) string { return "R" + strconv.Itoa(i) }, func(i int) string { return srv.URL + "/a/" + strconv.Itoa(i) }))
	})
	states := newStates()
	var c collector
	opt := fastOpts()
	opt.Tick = 10 * time.Millisecond
	p := feeds.New(states, c.sink, opt)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- p.Run(ctx) }()
	time.Sleep(30 * time.Millisecond)
	states.AddFeed(ctx, srv.URL+"/rss", "") // added while running
	deadline := time.Now().Add(5 * time.Second)
	for len(c.all()) < 2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := len(c.all()); n != 2 {
		t.Errorf("items = %d", n)
	}
}

func TestPublicAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"8.8.8.8": true, "2a00:1450:4001::1": true, "127.0.0.1": false, "10.1.2.3": false, "172.20.0.1": false,
		"192.168.1.1": false, "169.254.169.254": false, "100.64.0.1": false, "0.0.0.0": false, "::1": false,
		"fe80::1": false, "fd00::1": false, "::ffff:127.0.0.1": false, "::ffff:8.8.8.8": true, "224.0.0.1": false,
	} {
		if got := feeds.PublicAddress(netip.MustParseAddr(s)); got != want {
			t.Errorf("PublicAddress(%s) = %v", s, got)
		}
	}
}

func TestPlainText(t *testing.T) {
	for in, want := range map[string]string{
		"Plain  title": "Plain title",
		"<script>alert(1)</script>Real <b>news</b>": "Real news",
		"Fish &amp; chips":                          "Fish & chips",
		"<style>x{}</style><img src=x onerror=y>Hi": "Hi",
	} {
		if got := feeds.PlainText(in); got != want {
			t.Errorf("PlainText(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x</title></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>a</title></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"id":"1"}]}`))
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item>`))
	f.Add([]byte("\xff\xfe<\x00r\x00s\x00s"))
	f.Fuzz(func(t *testing.T, b []byte) {
		feeds.ParseFeed(b)
		feeds.PlainText(string(b))
	})
}
