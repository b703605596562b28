package ner

import "math"

// Viterbi decoding of models trained as first-order structured perceptrons (ModelOptions.
// Viterbi): the score of a tag sequence is the sum over tokens of the static weights of the
// token's tag plus the weights of Trans(i, previous tag). The decoder finds the best
// sequence under the BIO constraint. Previous tags whose best path scores far below the
// token's best (ViterbiMargin) are not extended: that skips their Trans lookups and, with
// the default margin, changed no tag on the development documents.

// ViterbiMargin is the pruning margin of the Viterbi decoder in weight units (+Inf = exact).
// For experiments; not safe to change while other goroutines tag.
var ViterbiMargin = float32(60)

const negInf = math.MinInt32 / 4

// initTrans caches the weight rows of the bare transition features.
func (t *Tagger) initTrans() {
	for p := -1; p < NumTags; p++ {
		t.trans[p+1] = [NumTags]int32{}
		if row := t.w.get(finish(hInt(tmpl(25), p))); row != nil {
			addRow(&t.trans[p+1], row)
		}
	}
}

// transSum adds the weights of the word-conjoined Trans features of token i after tag p.
func (t *Tagger) transSum(f *Featurizer, acc *[NumTags]int32, i, p int) {
	tt := t.opt.TransTemplates
	if tt == 0 {
		return
	}
	ti := &f.info[i]
	if tt&1 != 0 {
		if row := t.w.get(finish(hU64(hInt(tmpl(27), p), ti.lower))); row != nil {
			addRow(acc, row)
		}
	}
	if tt&2 != 0 {
		if row := t.w.get(finish(hU64(hInt(tmpl(28), p), ti.shape))); row != nil {
			addRow(acc, row)
		}
	}
	if tt&4 != 0 {
		if row := t.w.get(finish(hU64(hInt(tmpl(29), p), f.at(i+1).lower))); row != nil {
			addRow(acc, row)
		}
	}
}

// viterbi fills s.tags and s.probs for words with the best tag sequence.
func (t *Tagger) viterbi(s *state, words []string) {
	n := len(words)
	s.tags = s.tags[:0]
	s.probs = s.probs[:0]
	if n == 0 {
		return
	}
	t.staticSums(s, words)
	if cap(s.delta) < n*NumTags {
		s.delta = make([]int32, n*NumTags, 2*n*NumTags)
		s.back = make([]int8, n*NumTags, 2*n*NumTags)
	}
	s.delta = s.delta[:n*NumTags]
	s.back = s.back[:n*NumTags]
	margin := int32(math.MaxInt32 / 4)
	if m := ViterbiMargin / t.w.scale; m < float32(margin) {
		margin = int32(m)
	}
	f := s.f
	var acc [NumTags]int32
	for i := 0; i < n; i++ {
		cur := s.delta[i*NumTags : (i+1)*NumTags]
		back := s.back[i*NumTags : (i+1)*NumTags]
		if i == 0 {
			acc = s.stat[0]
			addSums(&acc, &t.trans[0])
			t.transSum(f, &acc, 0, -1)
			for k := range cur {
				cur[k] = acc[k]
				back[k] = -1
				if IsInside(k) {
					cur[k] = negInf
				}
			}
			continue
		}
		prev := s.delta[(i-1)*NumTags : i*NumTags]
		best := int32(negInf)
		for _, v := range prev {
			if v > best {
				best = v
			}
		}
		for k := range cur {
			cur[k] = negInf
		}
		for p, pv := range prev {
			if pv <= negInf || pv < best-margin {
				continue
			}
			acc = s.stat[i]
			addSums(&acc, &t.trans[p+1])
			t.transSum(f, &acc, i, p)
			tp := TagType(p)
			for k := 0; k < NumTags; k++ {
				if IsInside(k) && (p == 0 || TagType(k) != tp) {
					continue
				}
				if v := pv + acc[k]; v > cur[k] {
					cur[k] = v
					back[k] = int8(p)
				}
			}
		}
	}
	if cap(s.tags) < n {
		s.tags = make([]int, n)
	}
	s.tags = s.tags[:n]
	if cap(s.probs) < n {
		s.probs = make([]float32, n)
	}
	s.probs = s.probs[:n]
	last := s.delta[(n-1)*NumTags:]
	k := 0
	for j, v := range last {
		if v > last[k] {
			k = j
		}
	}
	for i := n - 1; i >= 0; i-- {
		s.tags[i] = k
		k = int(s.back[i*NumTags+k])
	}
	// Score: the softmax of the token's scores given the previous tag on the best path
	var sc [NumTags]float32
	for i := 0; i < n; i++ {
		k := s.tags[i]
		if k == 0 {
			s.probs[i] = 0
			continue
		}
		p := -1
		if i > 0 {
			p = s.tags[i-1]
		}
		acc = s.stat[i]
		addSums(&acc, &t.trans[p+1])
		t.transSum(f, &acc, i, p)
		for j, v := range acc {
			sc[j] = float32(v) * t.w.scale
		}
		var z float64
		for j, v := range sc {
			if d := (v - sc[k]) / t.temp; d > -30 && Allowed(p, j) {
				z += math.Exp(float64(d))
			}
		}
		s.probs[i] = float32(1 / z)
	}
}
