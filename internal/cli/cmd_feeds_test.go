package cli

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/store"
)

func runFeedsCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func TestFeedsAddListRemove(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if _, e, code := runFeedsCLI(t, "feeds", "add", "--db", db, "https://a.example/rss", "https://b.example/atom"); code != 0 {
		t.Fatalf("add: %d %s", code, e)
	}
	runFeedsCLI(t, "feeds", "add", "--db", db, "https://a.example/rss") // again: a no-op
	out, e, code := runFeedsCLI(t, "feeds", "list", "--db", db)
	if code != 0 || strings.Count(out, "https://") != 2 || !strings.Contains(out, "never") {
		t.Fatalf("list: %d %q %s", code, out, e)
	}
	if _, _, code := runFeedsCLI(t, "feeds", "remove", "--db", db, "https://a.example/rss"); code != 0 {
		t.Errorf("remove: %d", code)
	}
	if _, e, code := runFeedsCLI(t, "feeds", "remove", "--db", db, "https://a.example/rss"); code != 1 || !strings.Contains(e, "not registered") {
		t.Errorf("remove missing: %d %s", code, e)
	}
	out, _, _ = runFeedsCLI(t, "feeds", "list", "--db", db)
	if strings.Contains(out, "a.example") || !strings.Contains(out, "b.example") {
		t.Errorf("list after remove: %q", out)
	}
	for _, args := range [][]string{{"feeds"}, {"feeds", "nope"}, {"feeds", "add", "--db", db}, {"feeds", "add", "--db", db, "ftp://x/y"}} {
		if _, _, code := runFeedsCLI(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// `sitrep feeds poll` fetches a feed served on localhost, processes its article and stores
// its events; a second poll is answered 304 and adds nothing.
func TestFeedsPoll(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"1"`)
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>Attack near Gao</title><link>%s/a/1</link><pubDate>Tue, 02 Jul 2024 10:00:00 GMT</pubDate></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/a/1", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><title>Attack near Gao</title></head><body><article><h1>Attack near Gao</h1>
<p>GAO (Local Wire) — Gunmen attacked a checkpoint near Gao on Monday, killing five soldiers, local officials said on Tuesday.</p>
<p>Witnesses said the fighting lasted several hours before reinforcements arrived.</p></article></body></html>`)
	})
	db := filepath.Join(t.TempDir(), "s.db")
	runFeedsCLI(t, "feeds", "add", "--db", db, srv.URL+"/rss")
	// Without --allow-private the poller refuses the loopback address.
	out, e, code := runFeedsCLI(t, "feeds", "poll", "--db", db)
	if code != 1 || !strings.Contains(e, "refused") {
		t.Errorf("poll without --allow-private: %d %q %q", code, out, e)
	}
	out, e, code = runFeedsCLI(t, "feeds", "poll", "--db", db, "--allow-private", "--host-interval", "1ms")
	if code != 0 || !strings.Contains(out, "1 new articles") {
		t.Fatalf("poll: %d %q %q", code, out, e)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := st.Events(context.Background(), store.EventFilter{})
	s, _ := st.Stats(context.Background())
	st.Close()
	if s.Documents != 1 || p.Total == 0 || p.Events[0].URL != srv.URL+"/a/1" {
		t.Errorf("stored: %+v, events %+v", s, p)
	}
	out, _, _ = runFeedsCLI(t, "feeds", "poll", "--db", db, "--allow-private", "--host-interval", "1ms")
	if !strings.Contains(out, "0 new articles") {
		t.Errorf("second poll: %q", out)
	}
}
