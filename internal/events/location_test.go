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

// loadEventLocation reads the adjudicated (RELABEL) part of the event-location data.
func loadEventLocation(t testing.TB) []locItem {
	rel, _ := loadEventLocationSplit(t)
	return rel
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

// locScore is the location choice's score on items: sentences with a gold location, chosen
// span correct, gold among the candidates; sentences without one, abstentions.
type locScore struct{ withLoc, correct, candHas, noLoc, abstain int }

func scoreLocation(items []locItem, logMiss func(it locItem, words []string, verb int, cands []PlaceCandidate, pick int)) locScore {
	var sc locScore
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
			sc.noLoc++
			if pick < 0 {
				sc.abstain++
			}
			continue
		}
		sc.withLoc++
		has := false
		for _, c := range cands {
			if hit(c) {
				has = true
			}
		}
		if has {
			sc.candHas++
		}
		if pick >= 0 && hit(cands[pick]) {
			sc.correct++
		} else if has && logMiss != nil {
			logMiss(it, words, verb, cands, pick)
		}
	}
	return sc
}

// TestEventLocationTrain measures the location choice on the labelled sentences outside the
// adjudicated 496 (the development set of the rules; ELDEBUG=1 logs misses).
func TestEventLocationTrain(t *testing.T) {
	_, train := loadEventLocationSplit(t)
	n := 0
	sc := scoreLocation(train, func(it locItem, words []string, verb int, cands []PlaceCandidate, pick int) {
		if os.Getenv("ELDEBUG") == "" || n >= 3000 {
			return
		}
		n++
		got := "-"
		if pick >= 0 {
			got = strings.Join(words[cands[pick].S:cands[pick].E], " ")
		}
		var gold []string
		for _, s := range it.Spans {
			if s.Label == "LOCATION" && s.TokenStart >= 0 && s.TokenStart <= s.TokenEnd && s.TokenEnd < len(words) {
				gold = append(gold, strings.Join(words[s.TokenStart:s.TokenEnd+1], " "))
			}
		}
		t.Logf("MISS verb=%q got=%q gold=%q | %s", words[verb], got, gold, it.Text)
	})
	acc := float64(sc.correct) / float64(max(sc.withLoc, 1))
	t.Logf("event-location train: %d sentences with a gold location; correct %d (%.1f%%); gold among candidates %d; %d without a location, abstained on %d",
		sc.withLoc, sc.correct, 100*acc, sc.candHas, sc.noLoc, sc.abstain)
	if sc.withLoc > 1000 && acc < 0.5 {
		t.Errorf("train location accuracy %.3f below the floor 0.5", acc)
	}
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
