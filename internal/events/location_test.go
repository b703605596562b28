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

// LoadEventLocation reads the adjudicated (RELABEL) part of the event-location data.
func loadEventLocation(t testing.TB) []locItem {
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
	var out []locItem
	for _, it := range all {
		if it.Source == "RELABEL" {
			out = append(out, it)
		}
	}
	return out
}

// capSpans are the candidate toponyms of a tokenised sentence: maximal runs of capitalised
// words, skipping function words, months and weekdays.
func capSpans(words []string) []PlaceCandidate {
	var out []PlaceCandidate
	for i := 0; i < len(words); i++ {
		w := words[i]
		low := strings.ToLower(w)
		if w == "" || !isCap(w) || !isLetterByte(w[0]) || capStop[low] || stopWords[low] {
			continue
		}
		if _, ok := weekdays[low]; ok {
			continue
		}
		if _, ok := months[strings.TrimSuffix(low, ".")]; ok {
			continue
		}
		j := i + 1
		for j < len(words) && words[j] != "" && isCap(words[j]) && isLetterByte(words[j][0]) {
			j++
		}
		out = append(out, PlaceCandidate{S: i, E: j})
		i = j - 1
	}
	return out
}

// TestEventLocation measures the choice of an event's location among the capitalised spans of
// a sentence on the 496 adjudicated sentences of the event-location data.
func TestEventLocation(t *testing.T) {
	items := loadEventLocation(t)
	withLoc, correct, nearestOK, candHas, noLoc, abstain := 0, 0, 0, 0, 0, 0
	for _, it := range items {
		words := make([]string, len(it.Tokens))
		for i, tk := range it.Tokens {
			words[i] = tk.Text
		}
		verb := -1
		var gold [][2]int
		for _, s := range it.Spans {
			switch s.Label {
			case "VERB":
				verb = s.TokenStart
			case "LOCATION":
				gold = append(gold, [2]int{s.TokenStart, s.TokenEnd + 1})
			}
		}
		if verb < 0 {
			continue
		}
		cands := capSpans(words)
		pick := ChooseLocation(words, verb, cands)
		hit := func(c PlaceCandidate) bool {
			for _, g := range gold {
				if c.S < g[1] && g[0] < c.E {
					return true
				}
			}
			return false
		}
		if len(gold) == 0 {
			noLoc++
			if pick < 0 {
				abstain++
			}
			continue
		}
		withLoc++
		for _, c := range cands {
			if hit(c) {
				candHas++
				break
			}
		}
		if pick >= 0 && hit(cands[pick]) {
			correct++
		}
		// baseline: the candidate nearest to the verb
		best, bd := -1, 1<<30
		for i, c := range cands {
			d := c.S - verb
			if d < 0 {
				d = -d
			}
			if d < bd {
				best, bd = i, d
			}
		}
		if best >= 0 && hit(cands[best]) {
			nearestOK++
		}
	}
	acc := float64(correct) / float64(max(withLoc, 1))
	t.Logf("event-location RELABEL: %d sentences with a gold location; chosen span correct %d (%.1f%%); nearest-capitalised baseline %d (%.1f%%); gold among candidates %d (%.1f%%)",
		withLoc, correct, 100*acc, nearestOK, 100*float64(nearestOK)/float64(max(withLoc, 1)), candHas, 100*float64(candHas)/float64(max(withLoc, 1)))
	t.Logf("sentences without a gold location: %d, of which we abstain on %d", noLoc, abstain)
	if withLoc > 100 && acc < 0.45 {
		t.Errorf("location accuracy %.3f fell below the floor 0.45", acc)
	}
}
