package events

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// sharedDir is ../shared beside the repository.
func sharedDir() string {
	_, f, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(f), "..", "..", "..", "shared")
}

// locItem is one labelled sentence of the event-location data (its README): the text, its
// tokens with character offsets, the labelled verb and its locations as token spans.
type locItem struct {
	Text   string `json:"text"`
	Source string `json:"source"`
	Tokens []struct {
		Text       string `json:"text"`
		Start, End int
	} `json:"tokens"`
	Spans []struct {
		Label      string `json:"label"`
		TokenStart int    `json:"token_start"`
		TokenEnd   int    `json:"token_end"`
	} `json:"spans"`
}

// EventLocationItem and LoadEventLocationSplit serve the tests of package events_test.
type EventLocationItem = locItem

// LoadEventLocationSplit is loadEventLocationSplit, for package events_test.
func LoadEventLocationSplit(t testing.TB) (adjudicated, tuning []EventLocationItem) {
	return loadEventLocationSplit(t)
}

// loadEventLocationSplit reads the event-location data: the 496 adjudicated (RELABEL) items, the
// test set, and the other labelled items whose sentence is not one of the adjudicated ones,
// the development (training) set.
func loadEventLocationSplit(t testing.TB) (rel, train []locItem) {
	f, err := os.Open(filepath.Join(sharedDir(), "data", "event-location", "labeled_text.json.gz"))
	if err != nil {
		t.Skip("event-location data not present")
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var all []locItem
	if err := json.NewDecoder(zr).Decode(&all); err != nil {
		t.Fatal(err)
	}
	relText := map[string]bool{}
	for _, it := range all {
		if it.Source == "RELABEL" {
			rel = append(rel, it)
			relText[strings.TrimSpace(it.Text)] = true
		}
	}
	for _, it := range all {
		if it.Source != "RELABEL" && !relText[strings.TrimSpace(it.Text)] {
			train = append(train, it)
		}
	}
	return rel, train
}
