package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FNV-1a 64-bit, used to hash feature strings without allocating.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func hRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return hByte(h, byte(r))
	}
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	for i := 0; i < n; i++ {
		h = hByte(h, b[i])
	}
	return h
}

func hInt(h uint64, v int) uint64 { return hU64(h, uint64(v)) }

func hU64(h uint64, v uint64) uint64 {
	h = (h ^ v) * 0x9E3779B97F4A7C15
	return h ^ h>>29
}

// hLower hashes the lower-cased s.
func hLower(h uint64, s string) uint64 {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = hByte(h, c)
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		h = hRune(h, unicode.ToLower(r))
		i += sz
	}
	return h
}

func tmpl(id byte) uint64 { return hByte(fnvOffset, id) }

// finish guarantees a non-zero key (0 marks an empty slot of the weight table).
func finish(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// PhraseKey is the gazetteer key of a lower-cased phrase of words joined by single spaces.
func PhraseKey(words []string) uint64 {
	h := uint64(fnvOffset)
	for i, w := range words {
		if i > 0 {
			h = hByte(h, ' ')
		}
		h = hLower(h, w)
	}
	return h
}

// Gazetteer maps lower-cased phrases (up to maxPhrase words) to kind bit sets.
type Gazetteer struct {
	keys  []uint64 // open addressing; 0 = empty
	kinds []uint32
	n     int
}

func (g *Gazetteer) lookup(h uint64) (uint32, bool) {
	h = finish(h)
	mask := uint64(len(g.keys) - 1)
	for i := (h ^ h>>31) & mask; ; i = (i + 1) & mask {
		switch g.keys[i] {
		case h:
			return g.kinds[i], true
		case 0:
			return 0, false
		}
	}
}

func (g *Gazetteer) or(h uint64, kind uint32) {
	if 2*(g.n+1) > len(g.keys) {
		g.grow()
	}
	h = finish(h)
	mask := uint64(len(g.keys) - 1)
	i := (h ^ h>>31) & mask
	for g.keys[i] != 0 && g.keys[i] != h {
		i = (i + 1) & mask
	}
	if g.keys[i] == 0 {
		g.keys[i] = h
		g.n++
	}
	g.kinds[i] |= kind
}

func (g *Gazetteer) grow() {
	old, oldK := g.keys, g.kinds
	size := 2 * len(old)
	if size < 1024 {
		size = 1024
	}
	g.keys, g.kinds, g.n = make([]uint64, size), make([]uint32, size), 0
	for i, k := range old {
		if k != 0 {
			g.or(k, oldK[i])
		}
	}
}

const maxPhrase = 5

// Add records phrase (words separated by single spaces) with kind.
func (g *Gazetteer) Add(phrase string, kind uint32) {
	g.addBytes([]byte(phrase), kind)
}

// addBytes hashes a phrase like PhraseKey over its space-separated words, without
// allocating.
func (g *Gazetteer) addBytes(phrase []byte, kind uint32) {
	h := uint64(fnvOffset)
	words := 0
	inWord := false
	for i := 0; i < len(phrase); {
		c := phrase[i]
		if c == ' ' {
			inWord = false
			i++
			continue
		}
		if !inWord {
			if words > 0 {
				if words < maxPhrase {
					g.or(h, kPrefix) // lets matching stop at the first unknown prefix
				}
				h = hByte(h, ' ')
			}
			words++
			inWord = true
		}
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = hByte(h, c)
			i++
			continue
		}
		r, sz := utf8.DecodeRune(phrase[i:])
		h = hRune(h, unicode.ToLower(r))
		i += sz
	}
	if words == 0 || words > maxPhrase {
		return
	}
	g.or(h, kind)
}

// Kinds returns the kind bits of a phrase given as words.
func (g *Gazetteer) Kinds(words []string) uint32 {
	if len(words) == 0 || len(words) > maxPhrase {
		return 0
	}
	k, _ := g.lookup(PhraseKey(words))
	return k &^ (kPrefix | KAltPlace)
}

// AllKinds is Kinds with the kinds that make no feature (KAltPlace).
func (g *Gazetteer) AllKinds(words []string) uint32 {
	if len(words) == 0 || len(words) > maxPhrase {
		return 0
	}
	k, _ := g.lookup(PhraseKey(words))
	return k &^ kPrefix
}

// kPrefix marks a key that is a proper prefix of a multi-word phrase (not a kind).
const kPrefix uint32 = 1 << 31

// GazEntry is one gazetteer phrase stored in the model file.
type GazEntry struct {
	Phrase string
	Kind   uint32
}

// NewGazetteer returns a gazetteer with the hand-written lists and the given entries.
func NewGazetteer(entries []GazEntry) *Gazetteer {
	g := newGazetteer(len(entries))
	for _, e := range entries {
		g.Add(e.Phrase, e.Kind)
	}
	return g
}

func newGazetteer(n int) *Gazetteer {
	size := 1024
	for size < 2*(n+4096) {
		size <<= 1
	}
	g := &Gazetteer{keys: make([]uint64, size), kinds: make([]uint32, size)}
	add := func(list []string, k uint32) {
		for _, s := range list {
			g.Add(s, k)
		}
	}
	add(demonymForms(), KDemonym)
	add(firstNames, KFirstName)
	add(orgKeys, KOrgKey)
	add(titles, KTitle)
	add(locWords, KLocWord)
	add(facWords, KFacWord)
	add(regions, KRegion)
	add(weaponWords, KWeapon)
	add(particles, KParticle)
	add(stopCaps, KStop)
	return g
}

// token flags
const (
	fTitle = 1 << iota
	fUpper
	fDigit
	fHyphen
	fApos
	fAlPrefix
	fPunct
	fLower
	fInitial
	fModifier // "Iran-backed", "Kurdish-led": a capitalised word with a lower-case hyphenated tail
)

// tokInfo is what the featurizer computes once per token.
type tokInfo struct {
	lower uint64 // hash of lower-cased word
	shape uint64 // hash of word shape
	flags uint16
	gz    uint32 // kinds of gazetteer phrases covering the token (capitalised matches)
	gzB   uint32 // kinds of multi-word phrases starting at the token
	gzL   uint32 // kinds of multi-word phrases ending at the token
	clus  uint32 // packed word-cluster path (WordCluster), 0 = unknown
}

// Featurizer turns a sentence into static per-token features. It keeps buffers between
// calls and is not safe for concurrent use.
type Featurizer struct {
	gz    *Gazetteer
	info  []tokInfo
	runs  []capRun // per token: the run of capitalised words it belongs to
	doc   *DocContext
	feats []uint64
	offs  []int
}

// NewFeaturizer returns a featurizer using gz.
func NewFeaturizer(gz *Gazetteer) *Featurizer { return &Featurizer{gz: gz} }

func wordFlags(w string) (flags uint16, shape uint64) {
	h := tmpl(3)
	var last byte
	run := 0
	nUpper, nLetters := 0, 0
	first := true
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			nUpper++
			nLetters++
		case unicode.IsLetter(r):
			c = 'x'
			nLetters++
		case unicode.IsDigit(r):
			c = 'd'
			flags |= fDigit
		case r == '-' || r == '‐' || r == '‑':
			c = '-'
			flags |= fHyphen
		case r == '\'' || r == '’':
			c = '\''
			flags |= fApos
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if first {
			first = false
			if c == 'X' {
				flags |= fTitle
			} else if c == 'x' {
				flags |= fLower
			} else if c != 'd' {
				flags |= fPunct
			}
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		h = hByte(h, c)
	}
	if nLetters > 0 && nUpper == nLetters {
		flags |= fUpper
	}
	if nLetters == 0 && flags&fDigit == 0 {
		flags |= fPunct
	}
	if namePrefixed(w) {
		flags |= fAlPrefix
	}
	if flags&(fTitle|fHyphen) == fTitle|fHyphen {
		if k := strings.LastIndexAny(w, "-‐‑"); k > 0 && k+1 < len(w) && w[k+1] >= 'a' && w[k+1] <= 'z' {
			flags |= fModifier
		}
	}
	return flags, h
}

func capitalised(f uint16) bool { return f&(fTitle|fAlPrefix) != 0 }

// gazetteer kinds that need a capitalised match
const capKinds = KCountry | KCity | KAdmin | KFirstName | KRegion | KDemonym | KOrgKey | KLocWord | KFacWord |
	KPerson | KOrgName | KSurname | KDistrict

// Extract computes the static features of words; afterwards Static(i) gives token i's.
func (f *Featurizer) Extract(words []string) {
	n := len(words)
	if cap(f.info) < n {
		f.info = make([]tokInfo, n, n*2)
	}
	f.info = f.info[:n]
	ct := wordClusters()
	for i, w := range words {
		fl, sh := wordFlags(w)
		lw := hLower(fnvOffset, w)
		f.info[i] = tokInfo{lower: lw, shape: sh, flags: fl}
		if ct != nil {
			f.info[i].clus, _ = ct.lookup(lw)
		}
	}
	f.matchPhrases(words, nil)
	f.capRuns(words)
	f.feats = f.feats[:0]
	if cap(f.offs) < n+1 {
		f.offs = make([]int, 0, 2*n+1)
	}
	f.offs = f.offs[:0]
	for i := 0; i < n; i++ {
		f.offs = append(f.offs, len(f.feats))
		f.static(words, i)
	}
	f.offs = append(f.offs, len(f.feats))
}

// gzHit is a single-word gazetteer lookup result.
type gzHit struct {
	kinds uint32
	ok    bool
}

// matchPhrases sets the gazetteer fields of f.info (already holding lower, flags) for words;
// first, when not nil, holds the lookup of each single word (f.gz.lookup(info.lower)).
// Name kinds need a capitalised first and last word.
func (f *Featurizer) matchPhrases(words []string, first []gzHit) {
	n := len(words)
	for i := 0; i < n; i++ {
		h := uint64(fnvOffset)
		maxK := maxPhrase
		if !capitalised(f.info[i].flags) {
			maxK = 1 // multi-word phrases start with a capital
		}
		for k := 0; k < maxK && i+k < n; k++ {
			var kinds uint32
			var ok bool
			if k > 0 {
				h = hByte(h, ' ')
				h = hLower(h, words[i+k])
				kinds, ok = f.gz.lookup(h)
			} else if first != nil {
				h = f.info[i].lower // = hLower(fnvOffset, words[i])
				kinds, ok = first[i].kinds, first[i].ok
			} else {
				h = f.info[i].lower
				kinds, ok = f.gz.lookup(h)
			}
			if !ok {
				break // no phrase starts with these words
			}
			kinds &^= kPrefix | KAltPlace
			lf := f.info[i+k].flags
			if !capitalised(f.info[i].flags) || !capitalised(lf) && lf&fDigit == 0 {
				kinds &^= capKinds
			}
			if k == 0 && lf&fUpper != 0 && len(words[i]) <= 4 {
				// an acronym ("IS", "GAO") is not the town or given name it spells
				kinds &^= KCity | KAdmin | KFirstName | KSurname
			}
			if kinds == 0 {
				continue
			}
			for j := i; j <= i+k; j++ {
				f.info[j].gz |= kinds
			}
			if k > 0 {
				f.info[i].gzB |= kinds
				f.info[i+k].gzL |= kinds
			}
		}
	}
}

// Static returns the static features of token i (valid until the next Extract).
func (f *Featurizer) Static(i int) []uint64 { return f.feats[f.offs[i]:f.offs[i+1]] }

func (f *Featurizer) add(h uint64) { f.feats = append(f.feats, finish(h)) }

var boundary = tokInfo{lower: hStr(fnvOffset, "<s>"), shape: hStr(fnvOffset, "<s>")}
var boundaryEnd = tokInfo{lower: hStr(fnvOffset, "</s>"), shape: hStr(fnvOffset, "</s>")}

func (f *Featurizer) at(i int) *tokInfo {
	if i < 0 {
		return &boundary
	}
	if i >= len(f.info) {
		return &boundaryEnd
	}
	return &f.info[i]
}

func (f *Featurizer) static(words []string, i int) {
	t := &f.info[i]
	w := words[i]
	f.add(tmpl(1))
	f.add(hU64(tmpl(2), t.lower))
	f.add(t.shape)
	// prefixes and suffixes (runes), lower-cased
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
			f.add(hByte(h, byte(k)))
		}
		// suffixes: walk back
		end := len(w)
		h = tmpl(8)
		for k := 1; k <= 4 && k < nr; k++ {
			r, sz := utf8.DecodeLastRuneInString(w[:end])
			end -= sz
			h = hRune(h, unicode.ToLower(r))
			f.add(hByte(h, byte(k)))
		}
	}
	for b := 0; b < 10; b++ {
		if t.flags&(1<<b) != 0 {
			f.add(hByte(tmpl(12), byte(b)))
		}
	}
	if nr > 12 {
		f.add(tmpl(31))
	} else {
		f.add(hByte(tmpl(31), byte(nr)))
	}
	p1, p2, n1, n2 := f.at(i-1), f.at(i-2), f.at(i+1), f.at(i+2)
	f.add(hU64(tmpl(13), p1.lower))
	f.add(hU64(tmpl(14), p2.lower))
	f.add(hU64(tmpl(15), n1.lower))
	f.add(hU64(tmpl(16), n2.lower))
	f.add(hU64(hU64(tmpl(17), p1.shape), t.shape))
	f.add(hU64(hU64(tmpl(18), n1.shape), t.shape))
	f.add(hU64(hU64(tmpl(19), p1.lower), t.lower))
	f.add(hU64(hU64(tmpl(20), n1.lower), t.lower))
	f.add(hU64(hU64(tmpl(32), p1.lower), t.shape))
	f.add(hU64(hU64(tmpl(33), n1.lower), t.shape))
	if i == 0 || p1.flags&fPunct != 0 && (words[i-1] == "\"" || words[i-1] == "“" || words[i-1] == "(" || words[i-1] == ":" || words[i-1] == "-" || words[i-1] == "—") {
		f.add(hU64(tmpl(21), t.shape))
		f.add(hU64(tmpl(34), t.lower))
	}
	// gazetteer kinds of this token and neighbours
	for k := 0; k < numKinds; k++ {
		bit := uint32(1) << k
		if t.gz&bit != 0 {
			pos := byte('U')
			if t.gzB&bit != 0 {
				pos = 'B'
			} else if t.gzL&bit != 0 {
				pos = 'L'
			}
			f.add(hByte(hByte(tmpl(22), byte(k)), pos))
			f.add(hU64(hByte(tmpl(35), byte(k)), t.shape))
		}
		if p1.gz&bit != 0 {
			f.add(hByte(tmpl(23), byte(k)))
		}
		if n1.gz&bit != 0 {
			f.add(hByte(tmpl(24), byte(k)))
		}
		if p2.gz&bit != 0 {
			f.add(hByte(tmpl(36), byte(k)))
		}
		if n2.gz&bit != 0 {
			f.add(hByte(tmpl(37), byte(k)))
		}
	}
	if t.gz == 0 && capitalised(t.flags) {
		f.add(tmpl(38))
	}
	// capitalisation statistics and gazetteer kinds of neighbours, conjoined with position
	initial := byte(0)
	if i == 0 || p1.flags&fPunct != 0 {
		initial = 1
	}
	f.add(hByte(hU64(tmpl(39), uint64(t.gz&(KCapHigh|KCapLow|KStop))), initial))
	f.add(hU64(hU64(tmpl(40), p1.lower), n1.shape))
	f.add(hU64(hU64(tmpl(41), uint64(p1.gz)), uint64(n1.gz)))
	// word clusters: the token's at three granularities, the neighbours' at the middle one
	if ct := ClusterTemplates; ct != 0 {
		c := t.clus
		if c == 0 {
			if ct&1 != 0 {
				f.add(hByte(tmpl(42), byte(t.flags&(fTitle|fUpper))))
			}
		} else {
			if ct&2 != 0 {
				f.add(hU64(tmpl(43), uint64(c&0xff)))
			}
			if ct&4 != 0 {
				f.add(hU64(tmpl(44), uint64(c&0xffff)))
			}
			if ct&8 != 0 {
				f.add(hU64(tmpl(45), uint64(c)))
			}
			if ct&64 != 0 {
				f.add(hU64(hU64(tmpl(48), uint64(c&0xffff)), uint64(t.flags&(fTitle|fUpper))))
			}
		}
		if ct&16 != 0 {
			f.add(hU64(tmpl(46), uint64(p1.clus&0xffff)))
		}
		if ct&32 != 0 {
			f.add(hU64(tmpl(47), uint64(n1.clus&0xffff)))
		}
		if ct&128 != 0 {
			f.add(hU64(tmpl(49), uint64(p2.clus&0xff)))
			f.add(hU64(tmpl(50), uint64(n2.clus&0xff)))
		}
	}
	f.feats = f.runFeats(i, f.feats)
}

// RunTemplates selects the capitalised-run feature templates of runFeats (bit set); for
// experiments. Not safe to change while other goroutines tag.
var RunTemplates uint32 = 0xff

// capRun is a maximal sequence of capitalised words (with connectors such as "of" between
// them: "Bank of England"), [a, b) in token indices; b == 0 when the token is in none.
type capRun struct{ a, b int32 }

// runConnectors may join capitalised words into one run.
var runConnectors = map[string]bool{"of": true, "for": true, "de": true, "du": true, "des": true, "&": true,
	"on": true, "la": true, "del": true, "von": true, "van": true, "der": true, "bin": true, "ibn": true}

func runWord(fl uint16) bool { return fl&(fTitle|fAlPrefix|fUpper) != 0 && fl&fModifier == 0 }

// capRuns fills f.runs for words (f.info holds their flags).
func (f *Featurizer) capRuns(words []string) {
	n := len(words)
	if cap(f.runs) < n {
		f.runs = make([]capRun, n, 2*n)
	}
	f.runs = f.runs[:n]
	for i := 0; i < n; {
		if !runWord(f.info[i].flags) {
			f.runs[i] = capRun{}
			i++
			continue
		}
		j := i + 1
		for j < n {
			if runWord(f.info[j].flags) {
				j++
				continue
			}
			if j+1 < n && runWord(f.info[j+1].flags) && runConnectors[words[j]] {
				j += 2
				continue
			}
			break
		}
		for k := i; k < j; k++ {
			f.runs[k] = capRun{int32(i), int32(j)}
		}
		i = j
	}
}

// run-feature kinds of a run's last word
const runKinds = KOrgKey | KFacWord | KLocWord | KTitle | KCountry | KCity | KAdmin | KFirstName | KSurname |
	KPerson | KOrgName | KDemonym | KRegion

// runFeats appends the capitalised-run features of token i: its position in the run with
// the run's length, the run's last and first words and the gazetteer kinds of its last word
// ("Victorian Broadcasting Network": "network" heads organisation names).
func (f *Featurizer) runFeats(i int, dst []uint64) []uint64 {
	r := f.runs[i]
	if r.b == 0 {
		return dst
	}
	dst = f.docFeats(i, dst)
	rt := RunTemplates
	add := func(h uint64) { dst = append(dst, finish(h)) }
	n := r.b - r.a
	pos := byte('I')
	switch {
	case n == 1:
		pos = 'U'
	case int32(i) == r.a:
		pos = 'B'
	case int32(i) == r.b-1:
		pos = 'L'
	}
	ln := byte(min(n, 4))
	initial := byte(0)
	if r.a == 0 || f.info[r.a-1].flags&fPunct != 0 {
		initial = 1
	}
	last := &f.info[r.b-1]
	if rt&1 != 0 {
		add(hByte(hByte(hByte(tmpl(51), pos), ln), initial))
	}
	if rt&2 != 0 && n > 1 {
		add(hU64(hByte(tmpl(52), pos), last.lower))
	}
	if rt&4 != 0 {
		add(hU64(hByte(hByte(tmpl(53), pos), byte(min(n, 3))), uint64(last.gz&runKinds)))
	}
	if rt&8 != 0 && n > 1 {
		add(hU64(hByte(tmpl(54), pos), f.info[r.a].lower))
	}
	if rt&16 != 0 && n > 1 {
		add(hU64(hByte(tmpl(55), pos), uint64(f.info[r.a].gz&runKinds)))
	}
	return dst
}

// Dynamic appends the features that depend on the previous tags p1 (t-1) and p2 (t-2)
// to dst; -1 marks the sentence start.
func (f *Featurizer) Dynamic(i, p1, p2 int, dst []uint64) []uint64 {
	t := &f.info[i]
	dst = append(dst,
		finish(hInt(tmpl(25), p1)),
		finish(hInt(hInt(tmpl(26), p1), p2)),
		finish(hU64(hInt(tmpl(27), p1), t.lower)),
		finish(hU64(hInt(tmpl(28), p1), t.shape)),
		finish(hU64(hInt(tmpl(29), p1), f.at(i+1).lower)),
	)
	return dst
}

// dynamicWord appends the features of Dynamic that look at a word as well as the previous
// tag (Dynamic's last three).
func (f *Featurizer) dynamicWord(i, p1 int, dst []uint64) []uint64 {
	t := &f.info[i]
	return append(dst,
		finish(hU64(hInt(tmpl(27), p1), t.lower)),
		finish(hU64(hInt(tmpl(28), p1), t.shape)),
		finish(hU64(hInt(tmpl(29), p1), f.at(i+1).lower)),
	)
}

// TransTemplates selects the word-conjoined transition templates of Trans (bit 1: previous tag
// x word, 2: x shape, 4: x next word); for experiments. Not safe to change while tagging.
var TransTemplates uint32 = 7

// Trans appends the first-order features of token i given the previous tag p1 (-1 = sentence
// start) to dst: the features of Dynamic that do not look at the tag two back. Viterbi models
// (structured training) use these instead of Dynamic.
func (f *Featurizer) Trans(i, p1 int, dst []uint64) []uint64 {
	return f.trans(i, p1, TransTemplates, dst)
}

func (f *Featurizer) trans(i, p1 int, tt uint32, dst []uint64) []uint64 {
	t := &f.info[i]
	dst = append(dst, finish(hInt(tmpl(25), p1)))
	if tt != 0 {
		if tt&1 != 0 {
			dst = append(dst, finish(hU64(hInt(tmpl(27), p1), t.lower)))
		}
		if tt&2 != 0 {
			dst = append(dst, finish(hU64(hInt(tmpl(28), p1), t.shape)))
		}
		if tt&4 != 0 {
			dst = append(dst, finish(hU64(hInt(tmpl(29), p1), f.at(i+1).lower)))
		}
	}
	return dst
}

// namePrefixes are Arabic articles and name particles written joined to a capitalised
// name with a hyphen ("al-Maliki", "ez-Zor", "bin-Salman").
var namePrefixes = map[string]bool{"al": true, "el": true, "ez": true, "es": true, "ed": true, "ad": true,
	"as": true, "ash": true, "ar": true, "at": true, "az": true, "an": true, "ul": true, "adh": true,
	"ath": true, "bin": true, "ibn": true, "abu": true, "de": true, "di": true, "da": true, "du": true,
	"le": true, "la": true, "Al": true, "El": true, "Bin": true, "Abu": true, "Ibn": true}

// namePrefixed reports whether w is "al-Name"-like: a short particle, a hyphen (or apostrophe)
// and a capital letter.
func namePrefixed(w string) bool {
	for k := 2; k <= 4 && k+1 < len(w); k++ {
		if w[k] == '-' || w[k] == '\'' {
			if !namePrefixes[w[:k]] {
				return false
			}
			r, _ := utf8.DecodeRuneInString(w[k+1:])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// NamePrefixed reports whether w is a particle-prefixed name such as "al-Maliki".
func NamePrefixed(w string) bool { return namePrefixed(w) }
