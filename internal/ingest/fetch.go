package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/sitrep-dev/sitrep/internal/input"
)

// FetchOptions configure downloads; the zero value means the defaults.
type FetchOptions struct {
	Timeout   time.Duration // per request (default 20 s)
	MaxBytes  int64         // largest body accepted (default 10 MB)
	UserAgent string        // default "sitrep/1 (+https://github.com/sitrep-dev/sitrep)"
	Client    *http.Client  // default: a client with Timeout and a redirect policy
	// MinFeedContent is the length of feed item content (in characters, markup included)
	// above which the item's own content is used instead of fetching its link (default 1500).
	MinFeedContent int
}

type fetcher struct {
	opt    FetchOptions
	client *http.Client
}

func newFetcher(opt FetchOptions) *fetcher {
	if opt.Timeout <= 0 {
		opt.Timeout = 20 * time.Second
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = 10 << 20
	}
	if opt.UserAgent == "" {
		opt.UserAgent = "sitrep/1 (+https://github.com/sitrep-dev/sitrep)"
	}
	if opt.MinFeedContent <= 0 {
		opt.MinFeedContent = 1500
	}
	c := opt.Client
	if c == nil {
		c = &http.Client{
			Timeout: opt.Timeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) >= 5 {
					return errors.New("too many redirects")
				}
				if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
					return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
				}
				return nil
			},
		}
	}
	return &fetcher{opt: opt, client: c}
}

// get downloads u and returns its body and content type.
func (f *fetcher) get(ctx context.Context, u string) ([]byte, string, error) {
	if !isURL(u) {
		return nil, "", fmt.Errorf("%s: unsupported URL (want http or https)", u)
	}
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", u, err)
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, "", fmt.Errorf("%s: fetch failed: %w", u, unwrapURLError(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("%s: fetch failed: HTTP %s", u, resp.Status)
	}
	if resp.ContentLength > f.opt.MaxBytes {
		return nil, "", fmt.Errorf("%s: %d bytes exceeds the %d-byte download limit", u, resp.ContentLength, f.opt.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opt.MaxBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("%s: fetch failed: %w", u, err)
	}
	if int64(len(body)) > f.opt.MaxBytes {
		return nil, "", fmt.Errorf("%s: more than the %d-byte download limit", u, f.opt.MaxBytes)
	}
	return body, resp.Header.Get("Content-Type"), nil
}

func unwrapURLError(err error) error {
	var ue interface{ Unwrap() error }
	if errors.As(err, &ue) && strings.HasPrefix(err.Error(), "Get ") {
		if inner := ue.Unwrap(); inner != nil {
			return inner
		}
	}
	return err
}

// looksLikeFeed decides from the content type and the first bytes whether a body is an
// RSS, Atom or RDF feed (JSON Feed too, by content type).
func looksLikeFeed(ctype string, body []byte) bool {
	ct := strings.ToLower(ctype)
	switch {
	case strings.Contains(ct, "rss"), strings.Contains(ct, "atom"), strings.Contains(ct, "feed+json"):
		return true
	case strings.Contains(ct, "html"):
		return false
	}
	head := body
	if len(head) > 1024 {
		head = head[:1024]
	}
	h := strings.ToLower(string(head))
	return strings.Contains(h, "<rss") || strings.Contains(h, "<feed") || strings.Contains(h, "<rdf:rdf")
}

// feed parses a feed body and queues its items: an item whose own content is long enough
// becomes an item directly, the others are fetched from their link.
func (r *run) feed(src string, body []byte, send func(job) bool) {
	fp := gofeed.NewParser()
	feed, err := fp.Parse(bytes.NewReader(body))
	if err != nil {
		r.report(fmt.Errorf("%s: not a readable feed: %s", src, oneLine(err.Error())))
		return
	}
	outlet := strings.TrimSpace(feed.Title)
	if outlet == "" {
		outlet = hostOf(src)
	}
	for i, fi := range feed.Items {
		if fi == nil {
			continue
		}
		hint := input.Item{Name: fmt.Sprintf("%s#%d", src, i+1), Title: strings.TrimSpace(fi.Title),
			URL: strings.TrimSpace(fi.Link), Source: outlet}
		if t := fi.PublishedParsed; t != nil {
			hint.Published = t.UTC().Format(time.DateOnly)
		} else if t := fi.UpdatedParsed; t != nil {
			hint.Published = t.UTC().Format(time.DateOnly)
		}
		content := fi.Content
		if utf8.RuneCountInString(content) < r.fetcher.opt.MinFeedContent && utf8.RuneCountInString(fi.Description) > utf8.RuneCountInString(content) {
			content = fi.Description
		}
		if utf8.RuneCountInString(content) >= r.fetcher.opt.MinFeedContent || (content != "" && !isURL(hint.URL)) {
			it := hint
			it.HTML = "<html><head><title>" + htmlEscape(hint.Title) + "</title></head><body><article>" + content + "</article></body></html>"
			it.Single = true
			if !send(job{item: it, bytes: int64(len(content))}) {
				return
			}
			continue
		}
		if !isURL(hint.URL) {
			r.report(fmt.Errorf("%s: item %d has neither content nor an http(s) link", src, i+1))
			continue
		}
		if !send(job{url: hint.URL, item: hint}) {
			return
		}
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
