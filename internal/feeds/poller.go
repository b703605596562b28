package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/sitrep-dev/sitrep/internal/input"
)

// Sink receives each new article as a raw input item (HTML of the page, or the feed's own
// content when the page could not be fetched).
type Sink func(ctx context.Context, it input.Item) error

// Options configure a Poller; the zero value means the defaults.
type Options struct {
	// Interval is the wait between polls of a feed that answered (default 10 minutes).
	Interval time.Duration
	// RetryBase is the first wait after an error, doubled for each consecutive error up to
	// MaxBackoff (defaults 1 minute and 6 hours); a Retry-After header is honoured.
	RetryBase  time.Duration
	MaxBackoff time.Duration
	// HostInterval is the least time between two requests to one host (default 2 s); a host
	// is never sent two requests at once.
	HostInterval time.Duration
	// Timeout bounds each request, body included (default 20 s).
	Timeout time.Duration
	// MaxFeedBytes and MaxPageBytes bound feed documents and article pages (default 8 MB
	// and 5 MB).
	MaxFeedBytes int64
	MaxPageBytes int64
	// MaxItems is the most items taken from one poll of a feed (default 100), so that a feed
	// with a million items cannot flood the pipeline.
	MaxItems int
	// MinContent is the content length (characters) from which a feed item's own content is
	// used when its page cannot be fetched (default 200).
	MinContent int
	// Concurrency is the number of feeds polled at once (default 4).
	Concurrency int
	// Tick is how often Run looks for due feeds (default 1 s).
	Tick time.Duration
	// AllowPrivate lets the poller reach private, loopback and link-local addresses (tests,
	// intranet feeds). Off by default: a feed cannot make sitrep probe the internal network.
	AllowPrivate bool
	// UserAgent is sent with every request.
	UserAgent string
	// Seen reports whether an article URL was stored (or queued) before; nil: only the
	// poller's memory of this run is used.
	Seen func(ctx context.Context, url string) (bool, error)
	// Log receives one line per poll and per error (nil: none).
	Log io.Writer
	// Now is the clock (tests); nil means time.Now.
	Now func() time.Time

	allowDial func(netip.AddrPort) bool // tests: which dialled addresses count as allowed
}

func (o *Options) defaults() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.Interval, 10*time.Minute)
	def(&o.RetryBase, time.Minute)
	def(&o.MaxBackoff, 6*time.Hour)
	def(&o.HostInterval, 2*time.Second)
	def(&o.Timeout, 20*time.Second)
	def(&o.Tick, time.Second)
	if o.MaxFeedBytes <= 0 {
		o.MaxFeedBytes = 8 << 20
	}
	if o.MaxPageBytes <= 0 {
		o.MaxPageBytes = 5 << 20
	}
	if o.MaxItems <= 0 {
		o.MaxItems = 100
	}
	if o.MinContent <= 0 {
		o.MinContent = 200
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 4
	}
	if o.UserAgent == "" {
		o.UserAgent = "sitrep-feeds/1 (+https://github.com/sitrep-dev/sitrep)"
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Poller polls the feeds of a StateStore and sends new articles to a Sink.
type Poller struct {
	states StateStore
	sink   Sink
	opt    Options
	client *http.Client

	mu       sync.Mutex
	seen     map[string]bool // article URLs (and item keys) handled in this run
	inflight map[string]bool
}

// New returns a poller over the feeds of states.
func New(states StateStore, sink Sink, opt Options) *Poller {
	opt.defaults()
	return &Poller{states: states, sink: sink, opt: opt, client: newClient(&opt),
		seen: map[string]bool{}, inflight: map[string]bool{}}
}

// Result is what one poll of a feed did.
type Result struct {
	URL         string
	Status      int  // HTTP status of the feed request (0: no answer)
	NotModified bool // 304: nothing new
	Items       int  // items in the feed document
	New         int  // articles sent to the sink
	Skipped     int  // items already seen, or beyond MaxItems
	Failed      int  // items whose article could not be fetched nor used
	Err         error
}

// Run polls due feeds until ctx is cancelled; it returns after the polls in flight end.
func (p *Poller) Run(ctx context.Context) error {
	sem := make(chan struct{}, p.opt.Concurrency)
	var wg sync.WaitGroup
	defer wg.Wait()
	t := time.NewTicker(p.opt.Tick)
	defer t.Stop()
	for {
		states, err := p.states.FeedStates(ctx)
		if err != nil && ctx.Err() == nil {
			fmt.Fprintf(p.opt.Log, "feeds: listing feeds: %v\n", err)
		}
		now := p.opt.Now()
		for _, st := range states {
			if st.NextPoll.After(now) || !p.claim(st.URL) {
				continue
			}
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				p.release(st.URL)
				return nil
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				defer p.release(st.URL)
				p.poll(ctx, st)
			}()
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (p *Poller) claim(u string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.inflight[u] {
		return false
	}
	p.inflight[u] = true
	return true
}

func (p *Poller) release(u string) {
	p.mu.Lock()
	delete(p.inflight, u)
	p.mu.Unlock()
}

// PollAll polls every feed once now, whatever its schedule, and returns the results.
func (p *Poller) PollAll(ctx context.Context) ([]Result, error) {
	states, err := p.states.FeedStates(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Result, len(states))
	sem := make(chan struct{}, p.opt.Concurrency)
	var wg sync.WaitGroup
	for i, st := range states {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i] = p.poll(ctx, st)
		}()
	}
	wg.Wait()
	return out, nil
}

// PollURL polls one registered feed now.
func (p *Poller) PollURL(ctx context.Context, feedURL string) (Result, error) {
	states, err := p.states.FeedStates(ctx)
	if err != nil {
		return Result{}, err
	}
	for _, st := range states {
		if st.URL == feedURL {
			return p.poll(ctx, st), nil
		}
	}
	return Result{}, fmt.Errorf("feed %s is not registered", feedURL)
}

// poll fetches one feed, sends its new articles and records the feed's new state.
func (p *Poller) poll(ctx context.Context, st State) Result {
	res := p.fetchFeed(ctx, &st)
	now := p.opt.Now()
	st.LastPolled = now
	if res.Err != nil {
		st.Errors++
		st.LastError = oneLine(res.Err.Error())
		if len(st.LastError) > 500 {
			st.LastError = st.LastError[:500]
		}
		wait := p.backoff(st.Errors)
		if ra := res.retryAfter; ra > wait {
			wait = min(ra, p.opt.MaxBackoff)
		}
		st.NextPoll = now.Add(wait)
		fmt.Fprintf(p.opt.Log, "feeds: %s: %s (error %d, next try in %s)\n", st.URL, st.LastError, st.Errors, wait.Round(time.Second))
	} else {
		st.Errors, st.LastError = 0, ""
		st.NextPoll = now.Add(jitter(p.opt.Interval))
		fmt.Fprintf(p.opt.Log, "feeds: %s: %s\n", st.URL, res.summary())
	}
	if ctx.Err() == nil {
		if err := p.states.SaveFeedState(ctx, st); err != nil {
			fmt.Fprintf(p.opt.Log, "feeds: %s: saving state: %v\n", st.URL, err)
		}
	}
	return res.Result
}

func (r *pollResult) summary() string {
	if r.NotModified {
		return "not modified"
	}
	return fmt.Sprintf("%d items, %d new, %d skipped, %d failed", r.Items, r.New, r.Skipped, r.Failed)
}

// backoff is the wait after n consecutive errors: RetryBase doubled n-1 times, capped.
func (p *Poller) backoff(n int) time.Duration {
	d := p.opt.RetryBase
	for i := 1; i < n && d < p.opt.MaxBackoff; i++ {
		d *= 2
	}
	return jitter(min(d, p.opt.MaxBackoff))
}

// jitter spreads a wait by up to ±10% so that feeds added together drift apart.
func jitter(d time.Duration) time.Duration {
	if d <= 0 {
		return d
	}
	return d + time.Duration((rand.Float64()*0.2-0.1)*float64(d))
}

type pollResult struct {
	Result
	retryAfter time.Duration
}

// ErrTooLarge is wrapped by the error of a feed or page over its size limit.
var ErrTooLarge = errors.New("response too large")

// get fetches u with the poller's client, limits and validators; body is nil on 304.
func (p *Poller) get(ctx context.Context, u string, max int64, st *State) (*http.Response, []byte, error) {
	if err := checkURL(u); err != nil {
		return nil, nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("User-Agent", p.opt.UserAgent)
	if st != nil {
		req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
		if st.ETag != "" {
			req.Header.Set("If-None-Match", st.ETag)
		}
		if st.LastModified != "" {
			req.Header.Set("If-Modified-Since", st.LastModified)
		}
	} else {
		req.Header.Set("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.5")
	}
	resp, err := p.client.Do(req)
	if err != nil {
		return nil, nil, unwrapURLError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && st != nil {
		return resp, nil, nil
	}
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return resp, nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > max {
		return resp, nil, fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, resp.ContentLength, max)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		var ne interface{ Timeout() bool }
		if errors.As(err, &ne) && ne.Timeout() && ctx.Err() == nil {
			return resp, nil, fmt.Errorf("timed out after %s reading the body", p.opt.Timeout)
		}
		return resp, nil, fmt.Errorf("reading: %w", unwrapURLError(err))
	}
	if int64(len(body)) > max {
		return resp, nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, max)
	}
	return resp, body, nil
}

func checkURL(u string) error {
	pu, err := url.Parse(u)
	if err != nil {
		return err
	}
	if pu.Scheme != "http" && pu.Scheme != "https" {
		return fmt.Errorf("not an http(s) URL: %q", u)
	}
	if pu.Host == "" {
		return fmt.Errorf("URL without host: %q", u)
	}
	return nil
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("timed out: %w", ue.Err)
		}
		return ue.Err
	}
	return err
}

func retryAfter(resp *http.Response, now time.Time) time.Duration {
	if resp == nil || (resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable) {
		return 0
	}
	v := strings.TrimSpace(resp.Header.Get("Retry-After"))
	if n, err := strconv.Atoi(v); err == nil && n > 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

func (p *Poller) fetchFeed(ctx context.Context, st *State) pollResult {
	r := pollResult{Result: Result{URL: st.URL}}
	resp, body, err := p.get(ctx, st.URL, p.opt.MaxFeedBytes, st)
	if resp != nil {
		r.Status = resp.StatusCode
		r.retryAfter = retryAfter(resp, p.opt.Now())
	}
	if err != nil {
		r.Err = err
		return r
	}
	if body == nil {
		r.NotModified = true
		return r
	}
	feed, err := parseFeed(body)
	if err != nil {
		r.Err = err
		return r
	}
	// The validators are kept only once the feed was read, so a broken answer is refetched.
	st.ETag = resp.Header.Get("ETag")
	st.LastModified = resp.Header.Get("Last-Modified")
	if len(st.ETag) > 512 {
		st.ETag = ""
	}
	if len(st.LastModified) > 128 {
		st.LastModified = ""
	}
	outlet := plainText(feed.Title)
	if st.Title == "" {
		st.Title = outlet
	}
	if outlet == "" {
		outlet = hostOf(st.URL)
	}
	base, _ := url.Parse(st.URL)
	r.Items = len(feed.Items)
	for i, fi := range feed.Items {
		if ctx.Err() != nil {
			r.Err = ctx.Err()
			return r
		}
		if fi == nil {
			continue
		}
		if i >= p.opt.MaxItems {
			r.Skipped += len(feed.Items) - i
			break
		}
		switch ok, err := p.item(ctx, st.URL, base, outlet, i, fi); {
		case err != nil:
			r.Failed++
			fmt.Fprintf(p.opt.Log, "feeds: %s: item %d: %s\n", st.URL, i+1, oneLine(err.Error()))
		case ok:
			r.New++
		default:
			r.Skipped++
		}
	}
	return r
}

// parseFeed parses RSS, Atom, RDF or JSON Feed; a panic in the parser is an error.
func parseFeed(body []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("not a readable feed: parser failed: %v", r)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("not a readable feed: %s", oneLine(err.Error()))
	}
	return feed, nil
}

// item handles one feed item; false when it was seen before.
func (p *Poller) item(ctx context.Context, feedURL string, base *url.URL, outlet string, i int, fi *gofeed.Item) (bool, error) {
	link := resolve(base, strings.TrimSpace(fi.Link))
	key := link
	if key == "" {
		guid := strings.TrimSpace(fi.GUID)
		if guid == "" {
			guid = strings.TrimSpace(fi.Title)
		}
		key = feedURL + "#" + guid
	}
	if seen, err := p.seenBefore(ctx, key); err != nil || seen {
		return false, err
	}
	hint := input.Item{Name: fmt.Sprintf("%s#%d", feedURL, i+1), Title: plainText(fi.Title), URL: key, Source: outlet}
	if t := fi.PublishedParsed; t != nil {
		hint.Published = t.UTC().Format(time.DateOnly)
	} else if t := fi.UpdatedParsed; t != nil {
		hint.Published = t.UTC().Format(time.DateOnly)
	}
	content := fi.Content
	if utf8.RuneCountInString(fi.Description) > utf8.RuneCountInString(content) {
		content = fi.Description
	}
	var it input.Item
	var pageErr error
	if link != "" {
		it, pageErr = p.page(ctx, link, hint)
	}
	if link == "" || pageErr != nil {
		if utf8.RuneCountInString(content) < p.opt.MinContent {
			if pageErr == nil {
				pageErr = errors.New("neither a link nor content")
			}
			p.markSeen(key) // do not retry a refused or broken link on every poll
			return false, pageErr
		}
		it = hint
		it.HTML = "<html><head><title>" + html.EscapeString(hint.Title) + "</title></head><body><article>" + content + "</article></body></html>"
		it.Single = true
	}
	if err := p.sink(ctx, it); err != nil {
		return false, fmt.Errorf("storing %s: %w", key, err)
	}
	p.markSeen(key)
	return true, nil
}

func (p *Poller) seenBefore(ctx context.Context, key string) (bool, error) {
	p.mu.Lock()
	seen := p.seen[key]
	p.mu.Unlock()
	if seen || p.opt.Seen == nil {
		return seen, nil
	}
	ok, err := p.opt.Seen(ctx, key)
	if ok {
		p.markSeen(key)
	}
	return ok, err
}

func (p *Poller) markSeen(key string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.seen) > 200_000 { // forget the oldest run's memory rather than grow forever
		clear(p.seen)
	}
	p.seen[key] = true
}

// page fetches an article page and makes the input item of it.
func (p *Poller) page(ctx context.Context, link string, hint input.Item) (input.Item, error) {
	_, body, err := p.get(ctx, link, p.opt.MaxPageBytes, nil)
	if err != nil {
		return input.Item{}, fmt.Errorf("%s: %w", link, err)
	}
	items, _, err := input.Read(link, body, input.KindHTML)
	if err != nil {
		return input.Item{}, err
	}
	if len(items) == 0 {
		return input.Item{}, fmt.Errorf("%s: empty page", link)
	}
	it := items[0]
	it.Name, it.URL, it.Single = hint.Name, hint.URL, true
	if it.Title == "" {
		it.Title = hint.Title
	}
	if it.Published == "" {
		it.Published = hint.Published
	}
	if it.Source == "" {
		it.Source = hint.Source
	}
	return it, nil
}

// resolve makes an item link absolute against the feed URL; "" unless http(s).
func resolve(base *url.URL, link string) string {
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

func hostOf(u string) string {
	if pu, err := url.Parse(u); err == nil {
		return strings.TrimPrefix(pu.Hostname(), "www.")
	}
	return ""
}

// plainText is the text of a title that may hold markup: tags dropped (script and style
// with their content), entities decoded, spaces collapsed.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return oneLine(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return oneLine(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken:
			if n, _ := z.TagName(); string(n) == "script" || string(n) == "style" {
				skip++
			}
			b.WriteByte(' ')
		case html.EndTagToken:
			if n, _ := z.TagName(); (string(n) == "script" || string(n) == "style") && skip > 0 {
				skip--
			}
			b.WriteByte(' ')
		}
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
