package ner

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// The decoder's fast path. static's features split into those that depend only on the
// token's word (localFeats) and those that depend on its context (ctxFeats); the weight
// sums of the former are cached per distinct word, so a word seen before costs one map
// lookup instead of its flags, shape, cluster and ~18 weight-table lookups. Weight sums
// are exact int32 additions, so the order and grouping of features do not change scores.

// localFeats appends the features of static that depend only on the word w (t holds its
// lower, shape, flags and clus).
func localFeats(w string, t *tokInfo, dst []uint64) []uint64 {
	add := func(h uint64) { dst = append(dst, finish(h)) }
	add(tmpl(1))
	add(hU64(tmpl(2), t.lower))
	add(t.shape)
	nr := utf8.RuneCountInString(w)
	if nr > 1 {
		h := tmpl(4)
		k := 0
		for _, r := range w {
			if k >= 4 || k >= nr-1 {
				break
			}
			h = hRune(h, unicode.ToLower(r))
			k++
			add(hByte(h, byte(k)))
		}
		end := len(w)
		h = tmpl(8)
		for k := 1; k <= 4 && k < nr; k++ {
			r, sz := utf8.DecodeLastRuneInString(w[:end])
			end -= sz
			h = hRune(h, unicode.ToLower(r))
			add(hByte(h, byte(k)))
		}
	}
	for b := 0; b < 10; b++ {
		if t.flags&(1<<b) != 0 {
			add(hByte(tmpl(12), byte(b)))
		}
	}
	if nr > 12 {
		add(tmpl(31))
	} else {
		add(hByte(tmpl(31), byte(nr)))
	}
	if ct := ClusterTemplates; ct != 0 {
		c := t.clus
		if c == 0 {
			if ct&1 != 0 {
				add(hByte(tmpl(42), byte(t.flags&(fTitle|fUpper))))
			}
		} else {
			if ct&2 != 0 {
				add(hU64(tmpl(43), uint64(c&0xff)))
			}
			if ct&4 != 0 {
				add(hU64(tmpl(44), uint64(c&0xffff)))
			}
			if ct&8 != 0 {
				add(hU64(tmpl(45), uint64(c)))
			}
			if ct&64 != 0 {
				add(hU64(hU64(tmpl(48), uint64(c&0xffff)), uint64(t.flags&(fTitle|fUpper))))
			}
		}
	}
	return dst
}

// ctxFeats appends the features of static(words, i) that localFeats leaves out, and with nb
// those of neighbourFeats (which the decoder caches per word).
func (f *Featurizer) ctxFeats(words []string, i int, nb bool, dst []uint64) []uint64 {
	add := func(h uint64) { dst = append(dst, finish(h)) }
	t := &f.info[i]
	p1, p2, n1, n2 := f.at(i-1), f.at(i-2), f.at(i+1), f.at(i+2)
	if nb {
		dst = neighbourFeats(p1, p2, n1, n2, dst)
	}
	add(hU64(hU64(tmpl(17), p1.shape), t.shape))
	add(hU64(hU64(tmpl(18), n1.shape), t.shape))
	add(hU64(hU64(tmpl(19), p1.lower), t.lower))
	add(hU64(hU64(tmpl(20), n1.lower), t.lower))
	add(hU64(hU64(tmpl(32), p1.lower), t.shape))
	add(hU64(hU64(tmpl(33), n1.lower), t.shape))
	if i == 0 || p1.flags&fPunct != 0 && (words[i-1] == "\"" || words[i-1] == "“" || words[i-1] == "(" || words[i-1] == ":" || words[i-1] == "-" || words[i-1] == "—") {
		add(hU64(tmpl(21), t.shape))
		add(hU64(tmpl(34), t.lower))
	}
	if !nb {
		// the neighbours' kinds: see gzNeighbourFeats
		for g := t.gz; g != 0; g &= g - 1 {
			k := bits.TrailingZeros32(g)
			if k >= numKinds {
				break
			}
			bit := uint32(1) << k
			pos := byte('U')
			if t.gzB&bit != 0 {
				pos = 'B'
			} else if t.gzL&bit != 0 {
				pos = 'L'
			}
			add(hByte(hByte(tmpl(22), byte(k)), pos))
			add(hU64(hByte(tmpl(35), byte(k)), t.shape))
		}
	} else if all := t.gz | p1.gz | n1.gz | p2.gz | n2.gz; all != 0 {
		for k := 0; k < numKinds; k++ {
			bit := uint32(1) << k
			if all&bit == 0 {
				continue
			}
			if t.gz&bit != 0 {
				pos := byte('U')
				if t.gzB&bit != 0 {
					pos = 'B'
				} else if t.gzL&bit != 0 {
					pos = 'L'
				}
				add(hByte(hByte(tmpl(22), byte(k)), pos))
				add(hU64(hByte(tmpl(35), byte(k)), t.shape))
			}
			if p1.gz&bit != 0 {
				add(hByte(tmpl(23), byte(k)))
			}
			if n1.gz&bit != 0 {
				add(hByte(tmpl(24), byte(k)))
			}
			if p2.gz&bit != 0 {
				add(hByte(tmpl(36), byte(k)))
			}
			if n2.gz&bit != 0 {
				add(hByte(tmpl(37), byte(k)))
			}
		}
	}
	if t.gz == 0 && capitalised(t.flags) {
		add(tmpl(38))
	}
	initial := byte(0)
	if i == 0 || p1.flags&fPunct != 0 {
		initial = 1
	}
	add(hByte(hU64(tmpl(39), uint64(t.gz&(KCapHigh|KCapLow|KStop))), initial))
	add(hU64(hU64(tmpl(40), p1.lower), n1.shape))
	add(hU64(hU64(tmpl(41), uint64(p1.gz)), uint64(n1.gz)))
	return f.runFeats(i, dst)
}

// neighbourFeats appends the features of static that depend on one neighbour's word only
// (p1, p2, n1, n2 are the tokens at i-1, i-2, i+1, i+2); any of them may be nil.
func neighbourFeats(p1, p2, n1, n2 *tokInfo, dst []uint64) []uint64 {
	add := func(h uint64) { dst = append(dst, finish(h)) }
	ct := ClusterTemplates
	if p1 != nil {
		add(hU64(tmpl(13), p1.lower))
		if ct&16 != 0 {
			add(hU64(tmpl(46), uint64(p1.clus&0xffff)))
		}
	}
	if p2 != nil {
		add(hU64(tmpl(14), p2.lower))
		if ct&128 != 0 {
			add(hU64(tmpl(49), uint64(p2.clus&0xff)))
		}
	}
	if n1 != nil {
		add(hU64(tmpl(15), n1.lower))
		if ct&32 != 0 {
			add(hU64(tmpl(47), uint64(n1.clus&0xffff)))
		}
	}
	if n2 != nil {
		add(hU64(tmpl(16), n2.lower))
		if ct&128 != 0 {
			add(hU64(tmpl(50), uint64(n2.clus&0xff)))
		}
	}
	return dst
}

// gzNeighbourFeats appends the features of static that depend on the gazetteer kinds of one
// neighbour only (at i-1, i-2, i+1, i+2).
func gzNeighbourFeats(p1, p2, n1, n2 uint32, dst []uint64) []uint64 {
	add := func(h uint64) { dst = append(dst, finish(h)) }
	for k := 0; k < numKinds; k++ {
		bit := uint32(1) << k
		if p1&bit != 0 {
			add(hByte(tmpl(23), byte(k)))
		}
		if n1&bit != 0 {
			add(hByte(tmpl(24), byte(k)))
		}
		if p2&bit != 0 {
			add(hByte(tmpl(36), byte(k)))
		}
		if n2&bit != 0 {
			add(hByte(tmpl(37), byte(k)))
		}
	}
	return dst
}

// gzEntry caches the weights of gzNeighbourFeats for one value of tokInfo.gz.
type gzEntry struct {
	asP1, asP2, asN1, asN2 [NumTags]int32
}

// maxGzCache bounds the number of distinct gazetteer kind sets cached.
const maxGzCache = 4096

// wordEntry is what the decoder caches per distinct word.
type wordEntry struct {
	lower, shape uint64
	flags        uint16
	clus         uint32
	first        gzHit
	sum          [NumTags]int32 // weights of localFeats
	// weights of neighbourFeats when the word is at i-1, i-2, i+1, i+2
	asP1, asP2, asN1, asN2 [NumTags]int32
}

// sumRows adds the weight rows of feats to acc.
// The rows are looked up first and added after: the lookups of one batch do not wait for
// each other's cache misses (the table is megabytes, and most features are found).
func (t *Tagger) sumRows(acc *[NumTags]int32, feats []uint64) {
	var rows [32]*[NumTags]int16
	for len(feats) > 0 {
		n := min(len(feats), len(rows))
		k := 0
		for _, h := range feats[:n] {
			if row := t.w.get(h); row != nil {
				rows[k] = row
				k++
			}
		}
		for _, row := range rows[:k] {
			addRow(acc, row)
		}
		feats = feats[n:]
	}
}

// addSums and addRow are unrolled for NumTags = 15; these fail to compile otherwise.
var (
	_ [NumTags - 15]struct{}
	_ [15 - NumTags]struct{}
)

func addSums(acc, v *[NumTags]int32) {
	acc[0] += v[0]
	acc[1] += v[1]
	acc[2] += v[2]
	acc[3] += v[3]
	acc[4] += v[4]
	acc[5] += v[5]
	acc[6] += v[6]
	acc[7] += v[7]
	acc[8] += v[8]
	acc[9] += v[9]
	acc[10] += v[10]
	acc[11] += v[11]
	acc[12] += v[12]
	acc[13] += v[13]
	acc[14] += v[14]
}

// maxWordCache bounds the per-state word cache; it is emptied when full.
const maxWordCache = 1 << 15

// addRow adds a weight row to acc.
func addRow(acc *[NumTags]int32, r *[NumTags]int16) {
	acc[0] += int32(r[0])
	acc[1] += int32(r[1])
	acc[2] += int32(r[2])
	acc[3] += int32(r[3])
	acc[4] += int32(r[4])
	acc[5] += int32(r[5])
	acc[6] += int32(r[6])
	acc[7] += int32(r[7])
	acc[8] += int32(r[8])
	acc[9] += int32(r[9])
	acc[10] += int32(r[10])
	acc[11] += int32(r[11])
	acc[12] += int32(r[12])
	acc[13] += int32(r[13])
	acc[14] += int32(r[14])
}

// staticSums fills s.f.info and s.stat[i], the summed weights of static's features of
// token i, for words.
func (t *Tagger) staticSums(s *state, words []string) {
	f := s.f
	n := len(words)
	if cap(f.info) < n {
		f.info = make([]tokInfo, n, n*2)
	}
	f.info = f.info[:n]
	if cap(s.stat) < n {
		s.stat = make([][NumTags]int32, n, n*2)
	}
	s.stat = s.stat[:n]
	if cap(s.first) < n {
		s.first = make([]gzHit, n, n*2)
	}
	s.first = s.first[:n]
	ct := wordClusters()
	t.resetCache(s)
	if s.gzCache == nil || len(s.gzEnts) >= maxGzCache {
		s.gzCache = make(map[uint32]int32, 64)
		s.gzEnts = s.gzEnts[:0]
	}
	if cap(s.gzIdx) < n {
		s.gzIdx = make([]int32, n, n*2)
	}
	s.gzIdx = s.gzIdx[:n]
	if cap(s.idx) < n {
		s.idx = make([]int32, n, n*2)
	}
	s.idx = s.idx[:n]
	// the entries docContext found for these words, unless the cache was emptied since
	pre := s.pre
	if len(pre) != n || s.preGen != s.cacheGen {
		pre = nil
	}
	for i, w := range words {
		var idx int32
		if pre != nil {
			idx = pre[i]
		} else {
			idx = t.entry(s, w, ct)
		}
		s.idx[i] = idx
		e := &s.entries[idx]
		f.info[i] = tokInfo{lower: e.lower, shape: e.shape, flags: e.flags, clus: e.clus}
		s.first[i] = e.first
		s.stat[i] = e.sum
	}
	f.matchPhrases(words, s.first)
	f.capRuns(words)
	for i := range words {
		g := f.info[i].gz
		idx, ok := s.gzCache[g]
		if !ok {
			var e gzEntry
			t.sumRows(&e.asP1, gzNeighbourFeats(g, 0, 0, 0, s.buf[:0]))
			t.sumRows(&e.asP2, gzNeighbourFeats(0, g, 0, 0, s.buf[:0]))
			t.sumRows(&e.asN1, gzNeighbourFeats(0, 0, g, 0, s.buf[:0]))
			t.sumRows(&e.asN2, gzNeighbourFeats(0, 0, 0, g, s.buf[:0]))
			idx = int32(len(s.gzEnts))
			s.gzEnts = append(s.gzEnts, e)
			s.gzCache[g] = idx
		}
		s.gzIdx[i] = idx
	}
	for i := range words {
		acc := &s.stat[i]
		// neighbours' gazetteer kinds (sentence boundaries have none)
		if i >= 1 {
			addSums(acc, &s.gzEnts[s.gzIdx[i-1]].asP1)
		}
		if i >= 2 {
			addSums(acc, &s.gzEnts[s.gzIdx[i-2]].asP2)
		}
		if i+1 < n {
			addSums(acc, &s.gzEnts[s.gzIdx[i+1]].asN1)
		}
		if i+2 < n {
			addSums(acc, &s.gzEnts[s.gzIdx[i+2]].asN2)
		}
		s.buf = f.ctxFeats(words, i, false, s.buf[:0])
		t.sumRows(acc, s.buf)
		e := &s.bound
		if i >= 1 {
			e = &s.entries[s.idx[i-1]]
		}
		addSums(acc, &e.asP1)
		e = &s.bound
		if i >= 2 {
			e = &s.entries[s.idx[i-2]]
		}
		addSums(acc, &e.asP2)
		e = &s.bound
		if i+1 < n {
			e = &s.entries[s.idx[i+1]]
		}
		addSums(acc, &e.asN1)
		e = &s.bound
		if i+2 < n {
			e = &s.entries[s.idx[i+2]]
		}
		addSums(acc, &e.asN2)
	}
}

// entry returns the index of w's word-cache entry in s.entries, creating it.
func (t *Tagger) entry(s *state, w string, ct *Gazetteer) int32 {
	if idx, ok := s.cache[w]; ok {
		return idx
	}
	fl, sh := wordFlags(w)
	e := wordEntry{lower: hLower(fnvOffset, w), shape: sh, flags: fl}
	if ct != nil {
		e.clus, _ = ct.lookup(e.lower)
	}
	e.first.kinds, e.first.ok = t.gz.lookup(e.lower)
	ti := tokInfo{lower: e.lower, shape: e.shape, flags: e.flags, clus: e.clus}
	t.sumRows(&e.sum, localFeats(w, &ti, s.buf[:0]))
	t.sumRows(&e.asP1, neighbourFeats(&ti, nil, nil, nil, s.buf[:0]))
	t.sumRows(&e.asP2, neighbourFeats(nil, &ti, nil, nil, s.buf[:0]))
	t.sumRows(&e.asN1, neighbourFeats(nil, nil, &ti, nil, s.buf[:0]))
	t.sumRows(&e.asN2, neighbourFeats(nil, nil, nil, &ti, s.buf[:0]))
	idx := int32(len(s.entries))
	s.entries = append(s.entries, e)
	s.cache[strings.Clone(w)] = idx
	return idx
}

// resetCache empties the word cache when it is full or the feature templates changed.
func (t *Tagger) resetCache(s *state) {
	if s.cache == nil || len(s.entries) >= maxWordCache || s.cacheCT != ClusterTemplates {
		s.cache = make(map[string]int32, 1024)
		s.entries = s.entries[:0]
		s.cacheGen++
		s.cacheCT = ClusterTemplates
		s.bound = wordEntry{}
		t.sumRows(&s.bound.asP1, neighbourFeats(&boundary, nil, nil, nil, s.buf[:0]))
		t.sumRows(&s.bound.asP2, neighbourFeats(nil, &boundary, nil, nil, s.buf[:0]))
		t.sumRows(&s.bound.asN1, neighbourFeats(nil, nil, &boundaryEnd, nil, s.buf[:0]))
		t.sumRows(&s.bound.asN2, neighbourFeats(nil, nil, nil, &boundaryEnd, s.buf[:0]))
	}
}

// docContext fills s.doc with the statistics of the document whose sentences are the token
// ranges chunks of toks, and makes the featurizer use it.
func (t *Tagger) docContext(s *state, text string, toks []model.Span, chunks [][2]int) {
	t.resetCache(s)
	ct := wordClusters()
	s.doc.reset()
	df := &s.df
	if cap(s.tokIdx) < len(toks) {
		s.tokIdx = make([]int32, len(toks), 2*len(toks))
	}
	s.tokIdx = s.tokIdx[:len(toks)]
	for _, c := range chunks {
		df.info = df.info[:0]
		s.dwords = s.dwords[:0]
		for k, tk := range toks[c[0]:c[1]] {
			w := text[tk.Start:tk.End]
			idx := t.entry(s, w, ct)
			s.tokIdx[c[0]+k] = idx
			e := &s.entries[idx]
			df.info = append(df.info, tokInfo{lower: e.lower, flags: e.flags})
			s.dwords = append(s.dwords, w)
		}
		df.capRuns(s.dwords)
		s.doc.addSentence(df.info, df.runs)
	}
	s.f.doc = &s.doc
}
