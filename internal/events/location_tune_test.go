package events_test

import (
	"fmt"
	"go/format"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/events"
)

// TestEventLocationGeoTuning measures the location choice with the geo stage's toponyms as
// candidates on the tuning sentences (the event-location data outside the adjudicated 496),
// and with ELDEBUG=1 prints its choice errors there (gold among the candidates, another
// chosen) and false placements (ELDEBUG=2), with the features of chosen and gold candidates.
func TestEventLocationGeoTuning(t *testing.T) {
	if os.Getenv("ELTUNE") == "" {
		t.Skip("set ELTUNE=1 to measure the tuning sentences (about a minute)")
	}
	items := geoLocItems(t, getPipeline(t), true)
	t.Logf("tuning sentences, geo-stage candidates: %v", scoreGeoLoc(items, events.ChooseLocation))
	var fit, held []geoLocItem
	for _, g := range items {
		if heldOutTenth(strings.Join(g.words, " ")) {
			held = append(held, g)
		} else {
			fit = append(fit, g)
		}
	}
	t.Logf("  fit %v", scoreGeoLoc(fit, events.ChooseLocation))
	t.Logf("  held-out tenth %v", scoreGeoLoc(held, events.ChooseLocation))
	dbg := os.Getenv("ELDEBUG")
	if dbg == "" {
		return
	}
	feats := func(f []float64) string {
		type kv struct {
			k string
			v float64
		}
		var con []kv
		sum := 0.0
		for k, v := range f {
			if v != 0 {
				con = append(con, kv{events.LocFeatName(k), events.LearnedLocWeight(k) * v})
				sum += events.LearnedLocWeight(k) * v
			}
		}
		sort.Slice(con, func(i, j int) bool { return abs(con[i].v) > abs(con[j].v) })
		var parts []string
		for _, x := range con[:min(9, len(con))] {
			parts = append(parts, fmt.Sprintf("%s:%.1f", x.k, x.v))
		}
		return fmt.Sprintf("%.2f %s", sum-events.LearnedLocThreshold, strings.Join(parts, " "))
	}
	n := 0
	for _, g := range fit {
		pick := events.ChooseLocation(g.words, g.verb, g.cands)
		hit := func(c events.PlaceCandidate) bool {
			for _, gg := range g.gold {
				if c.S < gg[1] && gg[0] < c.E {
					return true
				}
			}
			return false
		}
		gi := -1
		for i, c := range g.cands {
			if hit(c) {
				gi = i
				break
			}
		}
		show := false
		switch dbg {
		case "1":
			show = gi >= 0 && (pick < 0 || !hit(g.cands[pick]))
		case "2":
			show = len(g.gold) == 0 && pick >= 0
		}
		if !show {
			continue
		}
		n++
		var sb strings.Builder
		for i, w := range g.words {
			if i == g.verb {
				sb.WriteString("[" + w + "] ")
			} else {
				sb.WriteString(w + " ")
			}
		}
		fv := events.LocFeatureVectors(g.words, g.verb, g.cands)
		t.Logf("### %s", sb.String())
		name := func(i int) string { return strings.Join(g.words[g.cands[i].S:g.cands[i].E], " ") }
		if pick >= 0 {
			t.Logf("   PICK %-22q %s", name(pick), feats(fv[pick]))
		} else {
			t.Logf("   PICK none")
		}
		if gi >= 0 {
			t.Logf("   GOLD %-22q %s", name(gi), feats(fv[gi]))
		}
	}
	t.Logf("%d shown", n)
}

// geoLocExamples turns geo-candidate items into training examples of the word-level features.
func geoLocExamples(items []geoLocItem) []pipeLocEx {
	var out []pipeLocEx
	for _, g := range items {
		ex := pipeLocEx{hasGold: len(g.gold) > 0, text: strings.Join(g.words, " ")}
		ex.feats = events.LocFeatureVectors(g.words, g.verb, g.cands)
		for _, c := range g.cands {
			hit := false
			for _, gg := range g.gold {
				if c.S < gg[1] && gg[0] < c.E {
					hit = true
				}
			}
			ex.gold = append(ex.gold, hit)
		}
		out = append(out, ex)
	}
	return out
}

// TestTrainLocationWeightsGeo learns the word-level event-location weights (ChooseLocation) on
// the tuning sentences with the geo stage's toponyms as candidates (what the weights choose
// among in use; a tenth by sentence held out), reports the fit, held-out and adjudicated
// accuracy in aggregate, and with ELTRAIN=write writes location_weights.go. The threshold is
// the highest at which the model abstains on the fit sentences without a location no less
// often than the weights in use.
func TestTrainLocationWeightsGeo(t *testing.T) {
	if os.Getenv("ELTRAIN") == "" {
		t.Skip("set ELTRAIN=1 to retrain the word-level location weights")
	}
	p := getPipeline(t)
	tune := geoLocItems(t, p, true)
	rel := geoLocItems(t, p, false)
	var fitI, heldI []geoLocItem
	for _, g := range tune {
		if heldOutTenth(strings.Join(g.words, " ")) {
			heldI = append(heldI, g)
		} else {
			fitI = append(fitI, g)
		}
	}
	fit, held, adj := geoLocExamples(fitI), geoLocExamples(heldI), geoLocExamples(rel)
	epochs, l2 := 1000, 1e-4
	if v := os.Getenv("ELEPOCHS"); v != "" {
		fmt.Sscan(v, &epochs)
	}
	if v := os.Getenv("ELL2"); v != "" {
		fmt.Sscan(v, &l2)
	}
	// Features the data cannot show (no event type, no tagged arguments: "to X" after a
	// movement verb, a name or title after the toponym) and another clause group (the
	// pipeline's event merging depends on it) keep their weights in use.
	frozen := map[int]float64{}
	seen := make([]bool, events.NLocFeat)
	for _, ex := range fit {
		for _, f := range ex.feats {
			for k, v := range f {
				if v != 0 {
					seen[k] = true
				}
			}
		}
	}
	for k := 0; k < events.NLocFeat; k++ {
		if !seen[k] || events.LocFeatName(k) == "OtherGroup" {
			frozen[k] = events.LearnedLocWeight(k)
		}
	}
	w := trainPipeLoc(fit, epochs, l2, frozen)
	cur := func(ex *pipeLocEx, i int) float64 {
		s := 0.0
		for k, v := range ex.feats[i] {
			s += events.LearnedLocWeight(k) * v
		}
		return s
	}
	lrn := func(ex *pipeLocEx, i int) float64 { return dotPipe(w, ex.feats[i]) }
	_, _, curAb, _ := pipeLocAcc(fit, cur, events.LearnedLocThreshold)
	thr := 3.0
	for ; thr > -5; thr -= 0.05 {
		if _, _, ab, _ := pipeLocAcc(fit, lrn, thr); ab <= curAb {
			break
		}
	}
	if v := os.Getenv("ELTHR"); v != "" {
		fmt.Sscan(v, &thr)
	}
	var res, was [3]string
	for i, exs := range [][]pipeLocEx{fit, held, adj} {
		was[i] = fmtAcc(pipeLocAcc(exs, cur, events.LearnedLocThreshold))
		res[i] = fmtAcc(pipeLocAcc(exs, lrn, thr))
	}
	t.Logf("in use:  fit %s; held-out %s; adjudicated %s", was[0], was[1], was[2])
	t.Logf("learned, threshold %.2f: fit %s; held-out %s; adjudicated %s", thr, res[0], res[1], res[2])
	for k, v := range w {
		t.Logf("  %-14s %7.3f (in use %7.3f)", events.LocFeatName(k), v, events.LearnedLocWeight(k))
	}
	if os.Getenv("ELTRAIN") != "write" {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by TestTrainLocationWeightsGeo (ELTRAIN=write go test ./internal/events -run TestTrainLocationWeightsGeo); DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package events\n\n// useLearnedLoc selects the learned event-location weights.\nconst useLearnedLoc = true\n\n")
	fmt.Fprintf(&b, "// learnedLocThreshold is the learned score a toponym needs to be chosen (set so that the model\n// abstains on the tuning sentences without a location as often as the weights it replaced).\nconst learnedLocThreshold = %.2f\n\n", thr)
	fmt.Fprintf(&b, "// learnedLocWeights: conditional log-linear model over a sentence's geo-stage toponyms and\n// \"none\", trained on %d event-location tuning sentences (%d epochs, L2 %g). Fit %s;\n// held-out tenth %s; adjudicated %s.\n", len(fit), epochs, l2, res[0], res[1], res[2])
	fmt.Fprintf(&b, "var learnedLocWeights = [nWordFeat]float64{\n")
	for k, v := range w {
		fmt.Fprintf(&b, "\t%.4f, // %s\n", v, events.LocFeatName(k))
	}
	fmt.Fprintf(&b, "}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("location_weights.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
}
