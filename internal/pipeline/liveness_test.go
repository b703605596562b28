package pipeline

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/input"
)

// TestSentencesTerminate runs every distinct sentence of the event-location corpus (about
// 8,600 real news sentences) through the whole pipeline and fails if one of them does not come
// back within a minute. It is a liveness check, not a speed target: a pair of tagger rules once
// rewrote each other's spans forever on one of these sentences, and fuzzing had not found it.
func TestSentencesTerminate(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	path := filepath.Join("..", "..", "..", "shared", "data", "event-location", "labeled_text.json.gz")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("no event-location corpus: ", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var recs []struct {
		Text string `json:"text"`
	}
	if err := json.NewDecoder(zr).Decode(&recs); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var texts []string
	for _, r := range recs {
		if r.Text != "" && !seen[r.Text] {
			seen[r.Text] = true
			texts = append(texts, r.Text)
		}
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var next atomic.Int64 // index of the sentence being processed
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i, text := range texts {
			next.Store(int64(i))
			// An error (no article text in a fragment) is an answer; only a hang fails.
			p.Item(input.Item{Name: "el", Text: text, Published: "2024-01-01"}, Options{})
		}
	}()
	const limit = time.Minute
	last, since := int64(-1), time.Now()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-done:
			t.Logf("%d sentences processed", len(texts))
			return
		case <-tick.C:
			if i := next.Load(); i != last {
				last, since = i, time.Now()
			} else if time.Since(since) > limit {
				t.Fatalf("no answer after %v on sentence %d: %q", limit, i, texts[i])
			}
		}
	}
}
