package events_test

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/events"
	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestEventLocationGeo measures the location choice on the 496 adjudicated event-location
// sentences with the real pipeline's toponyms as candidates (geo stage, non-metonymic places).
func TestEventLocationGeo(t *testing.T) {
	f, err := os.Open(filepath.Join(repoRoot(), "..", "shared", "data", "event-location", "labeled_text.json.gz"))
	if err != nil {
		t.Skip("event-location data not present")
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var all []struct {
		Text   string `json:"text"`
		Source string `json:"source"`
		Tokens []struct {
			Text       string
			Start, End int
		} `json:"tokens"`
		Spans []struct {
			Label      string `json:"label"`
			TokenStart int    `json:"token_start"`
			TokenEnd   int    `json:"token_end"`
		} `json:"spans"`
	}
	if err := json.NewDecoder(zr).Decode(&all); err != nil {
		t.Fatal(err)
	}
	p := getPipeline(t)
	withLoc, correct, candHas, noLoc, abstain := 0, 0, 0, 0, 0
	for _, it := range all {
		if it.Source != "RELABEL" {
			continue
		}
		verb := -1
		var gold [][2]int
		for _, s := range it.Spans {
			if s.Label == "VERB" {
				verb = s.TokenStart
			} else if s.Label == "LOCATION" {
				gold = append(gold, [2]int{s.TokenStart, s.TokenEnd + 1})
			}
		}
		if verb < 0 {
			continue
		}
		words := make([]string, len(it.Tokens))
		for i, tk := range it.Tokens {
			words[i] = tk.Text
		}
		d := &model.Document{Text: it.Text, Language: "en"}
		a := p.Annotate(d)
		var cands []events.PlaceCandidate
		for _, pm := range a.Places {
			if pm.Metonymy {
				continue
			}
			s, e := -1, -1
			for i, tk := range it.Tokens {
				if tk.End > pm.Start && tk.Start < pm.End {
					if s < 0 {
						s = i
					}
					e = i + 1
				}
			}
			if s >= 0 {
				cands = append(cands, events.PlaceCandidate{S: s, E: e})
			}
		}
		pick := events.ChooseLocation(words, verb, cands)
		hit := func(c events.PlaceCandidate) bool {
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
	}
	t.Logf("event-location RELABEL with geo-stage candidates: %d sentences with a gold location, correct %d (%.1f%%), gold among candidates %d (%.1f%%); %d without a location, abstained on %d",
		withLoc, correct, 100*float64(correct)/float64(max(withLoc, 1)), candHas, 100*float64(candHas)/float64(max(withLoc, 1)), noLoc, abstain)
}
