package events

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
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

// Labels gives the item's words, the token index of its labelled verb (-1 when none) and its
// gold location spans as token ranges [start, end).
func (it locItem) Labels() (words []string, verb int, gold [][2]int) {
	words = make([]string, len(it.Tokens))
	for i, tk := range it.Tokens {
		words[i] = tk.Text
	}
	verb = -1
	for _, s := range it.Spans {
		switch s.Label {
		case "VERB":
			verb = s.TokenStart
		case "LOCATION":
			gold = append(gold, [2]int{s.TokenStart, s.TokenEnd + 1})
		}
	}
	return words, verb, gold
}

// EventLocationItem and LoadEventLocationSplit serve the tests of package events_test.
type EventLocationItem = locItem

// LoadEventLocationSplit is loadEventLocationSplit, for package events_test.
func LoadEventLocationSplit(t testing.TB) (adjudicated, tuning []EventLocationItem) {
	return loadEventLocationSplit(t)
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
		words, verb, gold := it.Labels()
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
	if sc.withLoc > 1000 && acc < 0.72 {
		t.Errorf("train location accuracy %.3f below the floor 0.72", acc)
	}
}

// TestEventLocation measures the choice of an event's location among the capitalised spans of
// a sentence on the 496 adjudicated sentences of the event-location data.
func TestEventLocation(t *testing.T) {
	items := loadEventLocation(t)
	withLoc, correct, nearestOK, candHas, noLoc, abstain := 0, 0, 0, 0, 0, 0
	for _, it := range items {
		words, verb, gold := it.Labels()
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
	// (0.789 with weights trained on capitalised spans; 0.729 since session 9, when the weights
	// were trained on the geo stage's toponyms, the candidates they choose among in use)
	if withLoc > 100 && acc < 0.70 {
		t.Errorf("location accuracy %.3f fell below the floor 0.70", acc)
	}
}

// locExample is one sentence for training the location weights: the feature vectors of its
// candidates and which of them overlap a gold location (none: the sentence has no location).
type locExample struct {
	feats   [][nLocFeat]float64
	gold    []bool
	hasGold bool
}

func locExamples(items []locItem) []locExample {
	var out []locExample
	for _, it := range items {
		words, verb, gold := it.Labels()
		if verb < 0 || verb >= len(words) {
			continue
		}
		st := wordsSent(words)
		cands := capSpans(words)
		var starts []int
		for _, c := range cands {
			starts = append(starts, c.S)
		}
		ex := locExample{hasGold: len(gold) > 0}
		for i, c := range cands {
			var f [nLocFeat]float64
			locFeatures(st, c.S, c.E, verb, "", f[:])
			setRankFeatures(f[:], i, starts, verb)
			hit := false
			for _, g := range gold {
				if c.S < g[1] && g[0] < c.E {
					hit = true
				}
			}
			ex.feats = append(ex.feats, f)
			ex.gold = append(ex.gold, hit)
		}
		out = append(out, ex)
	}
	return out
}

// locAccuracy: share of sentences with a gold location whose best candidate above the
// threshold is a gold one; abstentions among those without.
func locAccuracy(exs []locExample, w *[nLocFeat]float64, thr float64) (acc float64, abst float64) {
	n, ok, nn, ab := 0, 0, 0, 0
	for _, ex := range exs {
		best, bs := -1, thr
		for i := range ex.feats {
			if sc := dotLoc(w[:], ex.feats[i][:]); sc > bs {
				best, bs = i, sc
			}
		}
		if !ex.hasGold {
			nn++
			if best < 0 {
				ab++
			}
			continue
		}
		n++
		if best >= 0 && ex.gold[best] {
			ok++
		}
	}
	return float64(ok) / float64(max(n, 1)), float64(ab) / float64(max(nn, 1))
}

// trainLocWeights fits a conditional log-linear model over each sentence's candidates and a
// "none" option (score 0): maximise the log-probability of the gold candidates (of "none" when
// the sentence has no location), L2-regularised, with AdaGrad.
func trainLocWeights(exs []locExample, epochs int, l2 float64, frozen map[int]bool) [nLocFeat]float64 {
	var w, g2 [nLocFeat]float64
	for k := range frozen {
		w[k] = handLocWeights[k]
	}
	for i := range g2 {
		g2[i] = 1e-8
	}
	lr := 0.5
	if v := os.Getenv("ELLR"); v != "" {
		fmt.Sscan(v, &lr)
	}
	sc := make([]float64, 0, 32)
	for ep := 0; ep < epochs; ep++ {
		var grad [nLocFeat]float64
		for _, ex := range exs {
			sc = sc[:0]
			mx := 0.0 // the none option
			for i := range ex.feats {
				s := dotLoc(w[:], ex.feats[i][:])
				sc = append(sc, s)
				mx = max(mx, s)
			}
			z := math.Exp(-mx)
			zg := 0.0
			if !ex.hasGold {
				zg = z
			}
			for i, s := range sc {
				e := math.Exp(s - mx)
				z += e
				if ex.gold[i] {
					zg += e
				}
			}
			if zg == 0 {
				continue // no gold among the candidates
			}
			// d/dw [log zg - log z] = E_gold[f] - E_all[f]
			for i, s := range sc {
				p := math.Exp(s-mx) / z
				pg := 0.0
				if ex.gold[i] {
					pg = math.Exp(s-mx) / zg
				}
				for k, v := range ex.feats[i] {
					if v != 0 {
						grad[k] += (pg - p) * v
					}
				}
			}
		}
		for k := range w {
			if frozen[k] {
				continue
			}
			gk := grad[k]/float64(len(exs)) - l2*w[k]
			g2[k] += gk * gk
			w[k] += lr * gk / math.Sqrt(g2[k])
		}
	}
	return w
}

// TestTrainLocationWeights learns the event-location weights on the labelled sentences outside
// the adjudicated 496 (a tenth of them, by sentence, held out) and reports them; it writes
// location_weights.go only with ELTRAIN=write-spans (the weights in use: TestTrainLocationWeightsGeo).
func TestTrainLocationWeights(t *testing.T) {
	if os.Getenv("ELTRAIN") == "" {
		t.Skip("set ELTRAIN=1 to retrain the location weights")
	}
	rel, train := loadEventLocationSplit(t)
	var fit, held []locItem
	for _, it := range train {
		h := fnv.New32a()
		h.Write([]byte(strings.TrimSpace(it.Text)))
		if h.Sum32()%10 == 0 {
			held = append(held, it)
		} else {
			fit = append(fit, it)
		}
	}
	exFit, exHeld, exRel := locExamples(fit), locExamples(held), locExamples(rel)
	epochs, l2 := 1000, 1e-4
	if v := os.Getenv("ELEPOCHS"); v != "" {
		fmt.Sscan(v, &epochs)
	}
	if v := os.Getenv("ELL2"); v != "" {
		fmt.Sscan(v, &l2)
	}
	frozen := map[int]bool{}
	// Another clause group ("… in retaliation for a strike that …") keeps the hand-set -4: the
	// data rarely shows it (freezing it costs nothing there) and the pipeline's event merging
	// depends on it. ELFREEZE adds more names.
	for _, n := range append([]string{"OtherGroup"}, strings.Split(os.Getenv("ELFREEZE"), ",")...) {
		for k, name := range locFeatNames {
			if name == n {
				frozen[k] = true
			}
		}
	}
	w := trainLocWeights(exFit, epochs, l2, frozen)
	// Features the data cannot show (no event type, no tagged arguments in it: "to X" after a
	// movement verb, a name after the toponym) keep their hand-set weight.
	var seen [nLocFeat]bool
	for _, ex := range exFit {
		for _, f := range ex.feats {
			for k, v := range f {
				if v != 0 {
					seen[k] = true
				}
			}
		}
	}
	for k := range w {
		if !seen[k] {
			w[k] = handLocWeights[k]
		}
	}
	hand := handLocWeights
	for _, x := range []struct {
		name string
		w    *[nLocFeat]float64
		thr  float64
	}{{"hand", &hand, chooseThreshold}, {"learned", &w, 0}} {
		a1, b1 := locAccuracy(exFit, x.w, x.thr)
		a2, b2 := locAccuracy(exHeld, x.w, x.thr)
		a3, b3 := locAccuracy(exRel, x.w, x.thr)
		t.Logf("%-8s fit %.3f (abstain %.2f)  held-out %.3f (abstain %.2f)  adjudicated %.3f (abstain %.2f)", x.name, a1, b1, a2, b2, a3, b3)
	}
	// The threshold: the highest at which the learned model abstains on the fit set's
	// sentences without a location no more often than the hand-set rules do.
	h1, handAb := locAccuracy(exFit, &hand, chooseThreshold)
	h2, _ := locAccuracy(exHeld, &hand, chooseThreshold)
	h3, _ := locAccuracy(exRel, &hand, chooseThreshold)
	thr := 0.0
	for ; thr > -5; thr -= 0.05 {
		if _, ab := locAccuracy(exFit, &w, thr); ab <= handAb {
			break
		}
	}
	a1, b1 := locAccuracy(exFit, &w, thr)
	a2, b2 := locAccuracy(exHeld, &w, thr)
	a3, b3 := locAccuracy(exRel, &w, thr)
	t.Logf("learned, chosen threshold %.2f: fit %.3f (abstain %.2f)  held-out %.3f (abstain %.2f)  adjudicated %.3f (abstain %.2f)", thr, a1, b1, a2, b2, a3, b3)
	t.Logf("weights: %v", w)
	// location_weights.go is now generated by TestTrainLocationWeightsGeo (the geo stage's
	// toponyms as candidates); ELTRAIN=write-spans writes these capitalised-span weights instead.
	if os.Getenv("ELTRAIN") != "write-spans" {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by TestTrainLocationWeights (ELTRAIN=write go test ./internal/events -run TestTrainLocationWeights); DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package events\n\n// useLearnedLoc selects the learned event-location weights.\nconst useLearnedLoc = true\n\n")
	fmt.Fprintf(&b, "// learnedLocThreshold is the learned score a toponym needs to be chosen (set so that the model\n// abstains on sentences without a location as often as the hand-set rules).\nconst learnedLocThreshold = %.2f\n\n", thr)
	fmt.Fprintf(&b, "// learnedLocWeights: conditional log-linear model over a sentence's candidates and \"none\",\n// trained on %d event-location sentences (%d epochs, L2 %g). Accuracy (sentences with a\n// location): fit %.3f, held-out tenth %.3f, adjudicated 496 %.3f; hand-set weights %.3f / %.3f / %.3f.\n", len(exFit), epochs, l2, a1, a2, a3, h1, h2, h3)
	fmt.Fprintf(&b, "var learnedLocWeights = [nWordFeat]float64{\n")
	for i, v := range w {
		fmt.Fprintf(&b, "\t%.4f, // %s\n", v, locFeatNames[i])
	}
	fmt.Fprintf(&b, "}\n")
	if err := os.WriteFile("location_weights.go", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
