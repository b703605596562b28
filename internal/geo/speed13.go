package geo

import "sync"

// resolverScratch holds a resolver's per-document buffers (tokens, word classes, mentions,
// candidates, the lookup cache) between documents, so that a stream of stories does not
// allocate and zero them again for each one: a 10 KB story has ~2,500 tokens (80 KB) and
// grows its mention list (352 bytes a mention) several times. Nothing a resolver emits points
// into them (emit copies texts and places out).
type resolverScratch struct {
	toks  []tok
	lows  []string
	wcls  []wordClass
	ments []mention
	pool  []cand
	buf   []byte
	cache map[string]lookRes
	// snapM and snapC hold scoreTwice's copy of the mentions and their candidates (rule 52)
	snapM []mention
	snapC []cand
}

// scratchPool keeps resolverScratch values for Resolve; safe for concurrent workers.
var scratchPool = sync.Pool{New: func() any { return new(resolverScratch) }}

// scratchMaxToks bounds the buffers kept: a huge document's are left to the collector.
const scratchMaxToks = 1 << 18

// tokBuf returns an empty token slice with room for n tokens.
func (sc *resolverScratch) tokBuf(n int) []tok {
	if cap(sc.toks) < n {
		return make([]tok, 0, n)
	}
	return sc.toks[:0]
}

// lowsBuf returns a slice of n token texts, to be filled.
func (sc *resolverScratch) lowsBuf(n int) []string {
	if cap(sc.lows) < n {
		return make([]string, n)
	}
	return sc.lows[:n]
}

// wclsBuf returns n zeroed word-class sets.
func (sc *resolverScratch) wclsBuf(n int) []wordClass {
	if cap(sc.wcls) < n {
		return make([]wordClass, n)
	}
	w := sc.wcls[:n]
	clear(w)
	return w
}

// mentBuf returns an empty mention slice with room for at least n mentions.
func (sc *resolverScratch) mentBuf(n int) []mention {
	if cap(sc.ments) < n {
		return make([]mention, 0, n)
	}
	return sc.ments[:0]
}

// keep stores r's buffers for the next document and returns sc to the pool; the lookup
// cache is emptied (its keys are slices of this document's text).
func (sc *resolverScratch) keep(r *resolver) {
	if cap(r.toks) > scratchMaxToks || cap(r.ments) > scratchMaxToks/8 {
		scratchPool.Put(new(resolverScratch))
		return
	}
	sc.toks, sc.wcls, sc.ments, sc.pool, sc.buf = r.toks[:0], r.wcls[:0], r.ments[:0], r.pool[:0], r.buf[:0]
	clear(r.lows) // (no pointers into this document's text are kept)
	sc.lows = r.lows[:0]
	sc.snapM, sc.snapC = r.snapM[:0], r.snapC[:0]
	if r.cache != nil && len(r.cache) <= scratchMaxToks/8 {
		clear(r.cache)
		sc.cache = r.cache
	} else {
		sc.cache = nil
	}
	scratchPool.Put(sc)
}

// addPeakClass marks in the word-class table t the words that peakKind reads as a pass, peak
// or feature prefix ("Col", "Passo", "Gap" of "the Gap of Dunloe"), so that scanPeak answers
// the other words of a text by one class bit.
func addPeakClass(t map[string]wordClass) {
	for _, m := range []map[string]uint8{peakPrefixes, ofPrefixes} {
		for w, kd := range m {
			if kd != siteNone {
				t[w] |= clsPeak
			}
		}
	}
	t["col"] |= clsPeak
}
