package ner

import (
	"bytes"
	"math"
	"math/rand"
	"testing"
)

// TestViterbiExact checks the Viterbi decoder (without pruning) against brute force over
// all BIO-valid tag sequences, with random weights on every feature the sentences use.
func TestViterbiExact(t *testing.T) {
	sents := [][]string{
		{"Bank", "of", "Canada"},
		{"Osama", "bin", "Laden", "spoke"},
		{"The", "UN", "said"},
		{"Iraq"},
	}
	gz := NewGazetteer(nil)
	f := NewFeaturizer(gz)
	rng := rand.New(rand.NewSource(1))
	wts := map[uint64][]float32{}
	addRand := func(hs []uint64) {
		for _, h := range hs {
			if wts[h] == nil {
				row := make([]float32, NumTags)
				for k := range row {
					row[k] = float32(rng.NormFloat64())
				}
				wts[h] = row
			}
		}
	}
	for _, ws := range sents {
		f.Extract(ws)
		for i := range ws {
			addRand(f.Static(i))
			for p := -1; p < NumTags; p++ {
				addRand(f.Trans(i, p, nil))
			}
		}
	}
	var buf bytes.Buffer
	if err := WriteModelOptions(&buf, nil, wts, 0, 1, ModelOptions{Viterbi: true, TransTemplates: TransTemplates}); err != nil {
		t.Fatal(err)
	}
	tg, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	old := ViterbiMargin
	ViterbiMargin = float32(math.Inf(1))
	defer func() { ViterbiMargin = old }()
	for _, ws := range sents {
		got, _ := tg.TagWords(ws)
		// brute force with the model's own (quantised) weights
		ref := NewFeaturizer(tg.gz)
		ref.Extract(ws)
		score := func(tags []int) int64 {
			var s int64
			for i, k := range tags {
				p := -1
				if i > 0 {
					p = tags[i-1]
				}
				for _, h := range append(append([]uint64(nil), ref.Static(i)...), ref.Trans(i, p, nil)...) {
					if row := tg.w.get(h); row != nil {
						s += int64(row[k])
					}
				}
			}
			return s
		}
		n := len(ws)
		tags := make([]int, n)
		best, bestS := []int(nil), int64(math.MinInt64)
		var rec func(i int)
		rec = func(i int) {
			if i == n {
				if s := score(tags); s > bestS {
					best, bestS = append([]int(nil), tags...), s
				}
				return
			}
			for k := 0; k < NumTags; k++ {
				p := -1
				if i > 0 {
					p = tags[i-1]
				}
				if Allowed(p, k) {
					tags[i] = k
					rec(i + 1)
				}
			}
		}
		rec(0)
		if score(got) != bestS {
			t.Errorf("%v: viterbi %v (score %d), brute force %v (score %d)", ws, got, score(got), best, bestS)
		}
		for i, k := range got {
			p := -1
			if i > 0 {
				p = got[i-1]
			}
			if !Allowed(p, k) {
				t.Errorf("%v: tag %d after %d violates BIO", ws, k, p)
			}
		}
	}
}
