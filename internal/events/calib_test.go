package events

import (
	"compress/gzip"
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

type story struct {
	title, text, label string
}

// heldOutStories reads the PLOVER synthetic stories of the training program's held-out
// split (title template hash % 5 == 0).
func heldOutStories(t testing.TB) []story {
	f, err := os.Open(filepath.Join(sharedDir(), "data", "plover-synthetic", "gpt_synthetic_events_2023-10-19.csv.gz"))
	if err != nil {
		t.Skip("plover-synthetic not present")
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(zr)
	head, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	var out []story
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		h := fnv.New32a()
		h.Write([]byte(rec[col["title"]]))
		if h.Sum32()%5 != 0 {
			continue
		}
		title := strings.TrimSpace(strings.Split(rec[col["prompt"]], "\n")[0])
		out = append(out, story{title: title, text: rec[col["text"]], label: rec[col["label"]]})
	}
	return out
}

// TestPLOVERHeldOut reports PLOVER type accuracy on held-out synthetic stories: the
// classifier alone, and the extractor's main event (no actor, geo or date stages: the
// extractor's own fallbacks only).
func TestPLOVERHeldOut(t *testing.T) {
	st := heldOutStories(t)
	c := getClassifier()
	if c == nil {
		t.Fatal("no classifier")
	}
	clfOK, mainOK, withEv := 0, 0, 0
	for _, s := range st {
		text := s.title + "\n\n" + s.text
		if c.Predict(Features(text)) == s.label {
			clfOK++
		}
		evs := Extract(&model.Annotation{Doc: &model.Document{ID: "d", Text: text}})
		if m := mainEvent(evs); m != nil {
			withEv++
			if m.Type == s.label {
				mainOK++
			}
		}
	}
	n := float64(len(st))
	t.Logf("held-out stories %d (split by title template); classifier type accuracy %.3f; extractor main-event type accuracy %.3f (stories with an event: %d, accuracy on those %.3f)",
		len(st), float64(clfOK)/n, float64(mainOK)/n, withEv, float64(mainOK)/float64(max(withEv, 1)))
	if float64(clfOK)/n < 0.33 {
		t.Errorf("classifier accuracy fell below the floor")
	}
}

func mainEvent(evs []model.Event) *model.Event {
	var m *model.Event
	for i := range evs {
		if m == nil || evs[i].Confidence > m.Confidence {
			m = &evs[i]
		}
	}
	return m
}

type calPoint struct {
	conf  float64
	right bool
}

// TestCalibration prints how often events are right per confidence band, on two development
// sets: the hand-written construction cases (an event is right when it matches an expected
// event of its case) and the held-out synthetic stories (the main event is right when its type
// is the story's label). Run: go test -run Calibration -v
func TestCalibration(t *testing.T) {
	var pts []calPoint
	for _, tc := range cases() {
		for _, e := range Extract(tc.ann) {
			right := false
			for _, w := range tc.wants {
				if w.mismatch(e) == "" {
					right = true
				}
			}
			if len(tc.wants) == 0 && tc.none {
				right = false
			}
			pts = append(pts, calPoint{e.Confidence, right})
		}
	}
	nCases := len(pts)
	if os.Getenv("SITREP_SKIP_SYNTH") == "" {
		for _, s := range heldOutStoriesOrNil(t) {
			text := s.title + "\n\n" + s.text
			if m := mainEvent(Extract(&model.Annotation{Doc: &model.Document{ID: "d", Text: text}})); m != nil {
				pts = append(pts, calPoint{m.Confidence, m.Type == s.label})
			}
		}
	}
	bands := []float64{0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01}
	var b strings.Builder
	fmt.Fprintf(&b, "calibration (%d events from construction cases, %d main events of held-out stories)\n", nCases, len(pts)-nCases)
	fmt.Fprintf(&b, "%-12s %6s %6s %7s\n", "confidence", "events", "right", "share")
	hiN, hiR := 0, 0
	for i := 0; i+1 < len(bands); i++ {
		n, r := 0, 0
		for _, p := range pts {
			if p.conf >= bands[i] && p.conf < bands[i+1] {
				n++
				if p.right {
					r++
				}
			}
			if i == 0 && p.conf >= 0.8 {
				hiN++
				if p.right {
					hiR++
				}
			}
		}
		fmt.Fprintf(&b, "[%.1f, %.1f)  %6d %6d %6.1f%%\n", bands[i], min(bands[i+1], 1), n, r, 100*float64(r)/float64(max(n, 1)))
	}
	fmt.Fprintf(&b, ">= 0.8: %d events, %.1f%% right\n", hiN, 100*float64(hiR)/float64(max(hiN, 1)))
	t.Log("\n" + b.String())
	sort.Slice(pts, func(i, j int) bool { return pts[i].conf > pts[j].conf })
	if hiN >= 20 && float64(hiR)/float64(hiN) < 0.8 {
		t.Errorf("events with confidence >= 0.8 are right only %.1f%% of the time", 100*float64(hiR)/float64(hiN))
	}
}

func heldOutStoriesOrNil(t *testing.T) []story {
	if _, err := os.Stat(filepath.Join(sharedDir(), "data", "plover-synthetic")); err != nil {
		return nil
	}
	return heldOutStories(t)
}
