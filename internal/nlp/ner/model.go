package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Types are the entity labels the tagger predicts, in tag order.
var Types = []string{model.PERSON, model.ORG, model.GPE, model.LOC, model.FAC, model.NORP, model.WEAPON}

// NumTags is the number of BIO tags: O, then B-T and I-T for each of Types.
const NumTags = 1 + 2*7

func init() {
	if NumTags != 1+2*len(Types) {
		panic("ner: NumTags does not match Types")
	}
}

// TagB returns the B- tag of type index k; TagI the I- tag.
func TagB(k int) int { return 1 + 2*k }

// TagI returns the I- tag of type index k.
func TagI(k int) int { return 2 + 2*k }

// TagType returns the type index of tag t (-1 for O).
func TagType(t int) int {
	if t <= 0 {
		return -1
	}
	return (t - 1) / 2
}

// IsInside reports whether t is an I- tag.
func IsInside(t int) bool { return t > 0 && t%2 == 0 }

// TagName returns "O", "B-PERSON", ...
func TagName(t int) string {
	if t <= 0 {
		return "O"
	}
	if IsInside(t) {
		return "I-" + Types[TagType(t)]
	}
	return "B-" + Types[TagType(t)]
}

// weights is an open-addressing table from feature hash to a row of NumTags weights. Each
// slot holds its row inline, so a lookup touches one place in memory.
type weights struct {
	slots []slot
	occ   []uint64 // bit i set when slots[i] is used: most lookups miss, and this is small
	n     int      // rows stored
	scale float32
	mask  uint64
}

// slot holds the upper 32 bits of a feature hash (the lower bits choose the slot), whether
// it is used, and the row of quantised weights (multiply by scale). Two features whose
// hashes agree in the slot bits and the upper 32 bits collide; with ~10^5 features that is
// rare and harmless.
type slot struct {
	key  uint32
	used bool
	row  [NumTags]int16
}

func newWeights(n int) *weights {
	size := 1
	for size < 2*n+16 {
		size <<= 1
	}
	return &weights{slots: make([]slot, size), occ: make([]uint64, (size+63)/64), mask: uint64(size - 1)}
}

func (w *weights) insert(k uint64, row []int16) {
	i, hi := k&w.mask, uint32(k>>32)
	for w.slots[i].used && w.slots[i].key != hi {
		i = (i + 1) & w.mask
	}
	if !w.slots[i].used {
		w.slots[i].key, w.slots[i].used = hi, true
		w.occ[i>>6] |= 1 << (i & 63)
		w.n++
	}
	copy(w.slots[i].row[:], row)
}

func (w *weights) get(k uint64) *[NumTags]int16 {
	i, hi := k&w.mask, uint32(k>>32)
	for {
		if w.occ[i>>6]&(1<<(i&63)) == 0 {
			return nil
		}
		sl := &w.slots[i]
		if sl.key == hi {
			return &sl.row
		}
		i = (i + 1) & w.mask
	}
}

const (
	magic2 = "SITREP-NER-2\n" // greedy decoding, Dynamic features
	magic  = "SITREP-NER-3\n" // + decoder options
)

// ModelOptions are the decoder settings a model was trained for.
type ModelOptions struct {
	// Viterbi: the weights were trained as a first-order structured perceptron (Trans
	// features, exact Viterbi decoding) rather than a greedy tagger (Dynamic features).
	Viterbi bool
	// TransTemplates is the value of TransTemplates at training time (Viterbi models).
	TransTemplates uint32
}

// WriteModel writes a model file (gzip) of a greedy tagger: the gazetteer entries and the
// weights, quantised to int16 with weights whose magnitude is below prune dropped.
func WriteModel(out io.Writer, gaz []GazEntry, wts map[uint64][]float32, prune, temp float32) error {
	return WriteModelOptions(out, gaz, wts, prune, temp, ModelOptions{})
}

// WriteModelOptions is WriteModel for a model with decoder options.
func WriteModelOptions(out io.Writer, gaz []GazEntry, wts map[uint64][]float32, prune, temp float32, opt ModelOptions) error {
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { n := binary.PutUvarint(tmp[:], v); bw.Write(tmp[:n]) }
	bw.WriteString(magic)
	uv(uint64(NumTags))
	var flags uint64
	if opt.Viterbi {
		flags |= 1
	}
	uv(flags)
	uv(uint64(opt.TransTemplates))
	binary.Write(bw, binary.LittleEndian, temp)
	uv(uint64(len(gaz)))
	for _, g := range gaz {
		uv(uint64(g.Kind))
		uv(uint64(len(g.Phrase)))
		bw.WriteString(g.Phrase)
	}
	var maxAbs float32
	keys := make([]uint64, 0, len(wts))
	for k, row := range wts {
		keep := false
		for _, v := range row {
			a := float32(math.Abs(float64(v)))
			if a >= prune {
				keep = true
			}
			if a > maxAbs {
				maxAbs = a
			}
		}
		if keep {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	binary.Write(bw, binary.LittleEndian, scale)
	uv(uint64(len(keys)))
	var prev uint64
	for _, k := range keys {
		uv(k - prev)
		prev = k
		row := wts[k]
		var m uint32
		for t, v := range row {
			if float32(math.Abs(float64(v))) >= prune {
				m |= 1 << t
			}
		}
		uv(uint64(m))
		for t, v := range row {
			if m&(1<<t) != 0 {
				q := int16(math.Round(float64(v / scale)))
				binary.Write(bw, binary.LittleEndian, q)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadModel reads a model file written by WriteModel.
func ReadModel(in io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(in)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic && string(head) != magic2 {
		return nil, errors.New("ner model: bad header")
	}
	nt, err := binary.ReadUvarint(br)
	if err != nil || int(nt) != NumTags {
		return nil, errors.New("ner model: tag set mismatch")
	}
	var opt ModelOptions
	if string(head) == magic {
		flags, err1 := binary.ReadUvarint(br)
		tt, err2 := binary.ReadUvarint(br)
		if err1 != nil || err2 != nil || flags > 1 || tt > 0xff {
			return nil, errors.New("ner model: bad options")
		}
		opt = ModelOptions{Viterbi: flags&1 != 0, TransTemplates: uint32(tt)}
	}
	var temp float32
	if err := binary.Read(br, binary.LittleEndian, &temp); err != nil || !(temp > 0 && temp < 1e6) {
		return nil, errors.New("ner model: bad temperature")
	}
	ng, err := binary.ReadUvarint(br)
	if err != nil || ng > 1<<24 {
		return nil, errors.New("ner model: bad gazetteer size")
	}
	gz := newGazetteer(int(ng))
	var buf []byte
	for i := uint64(0); i < ng; i++ {
		k, err1 := binary.ReadUvarint(br)
		l, err2 := binary.ReadUvarint(br)
		if err1 != nil || err2 != nil || l > 1<<12 {
			return nil, errors.New("ner model: bad gazetteer entry")
		}
		if cap(buf) < int(l) {
			buf = make([]byte, l)
		}
		buf = buf[:l]
		if _, err := io.ReadFull(br, buf); err != nil {
			return nil, errors.New("ner model: truncated gazetteer")
		}
		gz.addBytes(buf, uint32(k))
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, errors.New("ner model: truncated")
	}
	nf, err := binary.ReadUvarint(br)
	if err != nil || nf > 1<<26 {
		return nil, errors.New("ner model: bad feature count")
	}
	w := newWeights(int(nf))
	w.scale = scale
	row := make([]int16, NumTags)
	var key uint64
	var q [2]byte
	for i := uint64(0); i < nf; i++ {
		d, err1 := binary.ReadUvarint(br)
		m, err2 := binary.ReadUvarint(br)
		if err1 != nil || err2 != nil {
			return nil, errors.New("ner model: truncated weights")
		}
		key += d
		for t := range row {
			row[t] = 0
			if m&(1<<t) != 0 {
				if _, err := io.ReadFull(br, q[:]); err != nil {
					return nil, errors.New("ner model: truncated weights")
				}
				row[t] = int16(binary.LittleEndian.Uint16(q[:]))
			}
		}
		if key != 0 {
			w.insert(key, row)
		}
	}
	t := &Tagger{w: w, gz: gz, temp: temp, opt: opt}
	if opt.Viterbi {
		t.initTrans()
	}
	return t, nil
}
