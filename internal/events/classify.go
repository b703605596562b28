package events

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// model.gz holds the averaged-perceptron weights of the PLOVER type classifier, written by
// ./train (go generate). Format (gzip text): a first line "classes<TAB>A B C …", then one line
// per feature "feature<TAB>class:weight class:weight …" with integer weights (x1000).
//
//go:embed model.gz
var modelGz []byte

// Classifier scores PLOVER event types from bag-of-lemma and trigger features.
type Classifier struct {
	Classes []string
	W       map[string][]float32
}

var (
	clfOnce sync.Once
	clf     *Classifier
)

func getClassifier() *Classifier {
	clfOnce.Do(func() {
		c, err := ReadClassifier(bytes.NewReader(modelGz))
		if err == nil {
			clf = c
		}
	})
	return clf
}

// ReadClassifier parses a model file.
func ReadClassifier(r io.Reader) (*Classifier, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	c := &Classifier{W: map[string][]float32{}}
	first := true
	for sc.Scan() {
		line := sc.Text()
		tab := strings.IndexByte(line, '\t')
		if tab < 0 {
			continue
		}
		if first {
			c.Classes = strings.Fields(line[tab+1:])
			first = false
			continue
		}
		w := make([]float32, len(c.Classes))
		for _, f := range strings.Fields(line[tab+1:]) {
			k := strings.IndexByte(f, ':')
			if k < 0 {
				continue
			}
			ci, err1 := strconv.Atoi(f[:k])
			v, err2 := strconv.Atoi(f[k+1:])
			if err1 != nil || err2 != nil || ci < 0 || ci >= len(w) {
				continue
			}
			w[ci] = float32(v) / 1000
		}
		c.W[line[:tab]] = w
	}
	if len(c.Classes) == 0 {
		return nil, fmt.Errorf("events: empty model")
	}
	return c, sc.Err()
}

// WriteClassifier writes a model file.
func (c *Classifier) WriteClassifier(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "classes\t%s\n", strings.Join(c.Classes, " "))
	keys := make([]string, 0, len(c.W))
	for k := range c.W {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var parts []string
		for ci, v := range c.W[k] {
			iv := int(math.Round(float64(v) * 1000))
			if iv != 0 {
				parts = append(parts, strconv.Itoa(ci)+":"+strconv.Itoa(iv))
			}
		}
		if len(parts) > 0 {
			fmt.Fprintf(bw, "%s\t%s\n", k, strings.Join(parts, " "))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Scores returns one score per class for a feature list.
func (c *Classifier) Scores(feats []string) []float64 {
	s := make([]float64, len(c.Classes))
	for _, f := range feats {
		if w, ok := c.W[f]; ok {
			for i, v := range w {
				s[i] += float64(v)
			}
		}
	}
	return s
}

// Predict returns the best class.
func (c *Classifier) Predict(feats []string) string {
	s := c.Scores(feats)
	best := 0
	for i := range s {
		if s[i] > s[best] {
			best = i
		}
	}
	return c.Classes[best]
}

var stopWords = set("the a an of to in on at and or for with by from as is was were be been are that this it its their his her has have had will would said says say he she they we not but also after over than which who")

// Features are the classifier's features of a text: lemmas of its words and "T=" features
// for lexicon triggers.
func Features(text string) []string {
	lx := getLexicon()
	toks := tokenize(text, 0, len(text))
	seen := make(map[string]bool, len(toks))
	out := make([]string, 0, len(toks)+1)
	out = append(out, "BIAS")
	prev := ""
	for _, t := range toks {
		if len(t.Text) < 2 || !isLetterByte(t.Text[0]) {
			prev = ""
			continue
		}
		low := strings.ToLower(t.Text)
		if stopWords[low] {
			continue
		}
		l := lx.lemma(low)
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
		if prev != "" {
			b := prev + "_" + l
			if !seen[b] {
				seen[b] = true
				out = append(out, b)
			}
		}
		prev = l
		if _, ok := lx.byFirst[l]; ok {
			f := "T=" + l
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// docRanks ranks the PLOVER types for a whole document with the classifier, from the
// lemmas of its prepared sentences (the features of Features).
func docRanks(sents []*sent) map[string]int {
	c := getClassifier()
	if c == nil {
		return nil
	}
	s := make([]float64, len(c.Classes))
	seen := map[string]bool{}
	addF := func(f string) {
		if seen[f] {
			return
		}
		seen[f] = true
		if w, ok := c.W[f]; ok {
			for i, v := range w {
				s[i] += float64(v)
			}
		}
	}
	addF("BIAS")
	lx := getLexicon()
	n := 0
	for _, st := range sents {
		prev := ""
		for _, t := range st.toks {
			if len(t.text) < 2 || !isLetterByte(t.text[0]) {
				prev = ""
				continue
			}
			if stopWords[t.low] {
				continue
			}
			addF(t.lem)
			if prev != "" {
				addF(prev + "_" + t.lem)
			}
			if _, ok := lx.byFirst[t.lem]; ok {
				addF("T=" + t.lem)
			}
			prev = t.lem
			n++
		}
		if n > 3000 {
			break
		}
	}
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return s[idx[a]] > s[idx[b]] })
	r := make(map[string]int, len(idx))
	for rank, i := range idx {
		r[c.Classes[i]] = rank
	}
	return r
}

// classify chooses among candidate types for a sentence; it returns the type and its
// softmax probability among the candidates.
func classify(sentence string, types []string, trigger string) (string, float64) {
	c := getClassifier()
	if c == nil || len(types) == 0 {
		return types[0], 0.5
	}
	feats := append(Features(sentence), "T="+trigger)
	s := c.Scores(feats)
	idx := map[string]int{}
	for i, k := range c.Classes {
		idx[k] = i
	}
	best, bestV := types[0], math.Inf(-1)
	var vals []float64
	for _, t := range types {
		i, ok := idx[t]
		v := -1e9
		if ok {
			v = s[i]
		}
		vals = append(vals, v)
		if v > bestV {
			best, bestV = t, v
		}
	}
	// softmax with a temperature fitted loosely to perceptron margins
	sum := 0.0
	for _, v := range vals {
		sum += math.Exp((v - bestV) / 2)
	}
	return best, 1 / sum
}
