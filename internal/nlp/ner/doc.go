package ner

// Document-level features. A capitalised word at the start of a sentence may be a name or
// not ("Saturn said" / "Updates of ..."); a capitalised word elsewhere may stand alone or be
// part of a longer name. How the same word is written in the rest of the document is
// evidence either way, and costs one map lookup per capitalised token. The counts exclude
// the token's own occurrence, so a document of one sentence gives the same features as
// TagWords without a document.

// DocContext holds how often each word (by lower-cased hash) of a document appears
// capitalised inside a sentence, in lower case, inside a run of several capitalised words,
// and as a capitalised word alone.
type DocContext struct {
	m map[uint64]docCount
}

type docCount struct{ capMid, lower, inRun, alone uint8 }

func inc(v *uint8) {
	if *v < 255 {
		*v++
	}
}

// NewDocContext returns the statistics of a document given as tokenised sentences.
func NewDocContext(sents [][]string) *DocContext {
	dc := &DocContext{m: make(map[uint64]docCount)}
	f := &Featurizer{}
	for _, words := range sents {
		f.info = f.info[:0]
		for _, w := range words {
			fl, _ := wordFlags(w)
			f.info = append(f.info, tokInfo{lower: hLower(fnvOffset, w), flags: fl})
		}
		f.capRuns(words)
		dc.addSentence(f.info, f.runs)
	}
	return dc
}

func (dc *DocContext) reset() {
	if dc.m == nil {
		dc.m = make(map[uint64]docCount, 256)
	}
	clear(dc.m)
}

// addSentence counts one sentence's tokens (info and runs as the featurizer computes them).
func (dc *DocContext) addSentence(info []tokInfo, runs []capRun) {
	for i := range info {
		t := &info[i]
		if t.flags&fLower != 0 && t.flags&fAlPrefix == 0 {
			c := dc.m[t.lower]
			inc(&c.lower)
			dc.m[t.lower] = c
			continue
		}
		if runs[i].b == 0 || midInitial(info, i) {
			continue
		}
		c := dc.m[t.lower]
		inc(&c.capMid)
		if runs[i].b-runs[i].a > 1 {
			inc(&c.inRun)
		} else {
			inc(&c.alone)
		}
		dc.m[t.lower] = c
	}
}

// midInitial reports whether token i starts its sentence or follows punctuation.
func midInitial(info []tokInfo, i int) bool { return i == 0 || info[i-1].flags&fPunct != 0 }

// SetDoc sets the document statistics used by the following Extract calls (nil = none).
func (f *Featurizer) SetDoc(dc *DocContext) { f.doc = dc }

// DocTemplates selects the document-level feature templates (bit set); for experiments.
// Not safe to change while other goroutines tag.
var DocTemplates uint32 = 0xff

// docFeats appends the document-level features of capitalised token i.
func (f *Featurizer) docFeats(i int, dst []uint64) []uint64 {
	dt := DocTemplates
	if dt == 0 {
		return dst
	}
	t := &f.info[i]
	if !runWord(t.flags) {
		return dst // a connector inside a run ("of")
	}
	var c docCount
	if f.doc != nil {
		c = f.doc.m[t.lower]
	}
	r := f.runs[i]
	initial := midInitial(f.info, i)
	if !initial && c.capMid > 0 { // not counting itself
		c.capMid--
		if r.b-r.a > 1 {
			if c.inRun > 0 {
				c.inRun--
			}
		} else if c.alone > 0 {
			c.alone--
		}
	}
	var bits byte
	if c.capMid > 0 {
		bits |= 1
	}
	if c.lower > 0 {
		bits |= 2
	}
	if c.inRun > 0 {
		bits |= 4
	}
	if c.alone > 0 {
		bits |= 8
	}
	ini := byte(0)
	if initial {
		ini = 1
	}
	multi := byte(0)
	if r.b-r.a > 1 {
		multi = 1
	}
	if dt&1 != 0 {
		dst = append(dst, finish(hByte(hByte(hByte(tmpl(56), bits), ini), multi)))
	}
	if dt&2 != 0 {
		dst = append(dst, finish(hU64(hByte(tmpl(57), bits&3|ini<<2), uint64(t.gz&(KCapLow|KCapHigh|KStop|KFirstName)))))
	}
	return dst
}
