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

// model.gz holds the weights of the PLOVER type classifier (a multinomial logistic regression
// over event-language features, see Features), written by ./train (the go:generate line in events.go).
// Format (gzip text): a first line "classes<TAB>A B C …", then one line per feature
// "feature<TAB>class:weight class:weight …" with integer weights (x1000). An optional
// section for the mode classifier follows a line "modes<TAB>TYPE:MODE …" in the same form,
// its feature lines prefixed by "m|".
//
//go:embed model.gz
var modelGz []byte

// Classifier scores PLOVER event types from bag-of-lemma and trigger features; its scores
// are the logits of a softmax (Probs).
type Classifier struct {
	Classes []string
	W       map[string][]float32
	// Modes is the optional mode classifier: classes "TYPE:MODE" (MODE may be empty).
	Modes *Classifier

	classIdx map[string]int
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
	cur := c
	first := true
	for sc.Scan() {
		line := sc.Text()
		tab := strings.IndexByte(line, '\t')
		if tab < 0 {
			continue
		}
		key := line[:tab]
		if first {
			c.Classes = strings.Fields(line[tab+1:])
			first = false
			continue
		}
		if key == "modes" && c.Modes == nil {
			c.Modes = &Classifier{Classes: strings.Fields(line[tab+1:]), W: map[string][]float32{}}
			cur = c.Modes
			continue
		}
		if cur == c.Modes && cur != nil {
			if !strings.HasPrefix(key, "m|") {
				continue
			}
			key = key[2:]
		}
		w := make([]float32, len(cur.Classes))
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
		cur.W[key] = w
	}
	if len(c.Classes) == 0 {
		return nil, fmt.Errorf("events: empty model")
	}
	c.index()
	if c.Modes != nil {
		if len(c.Modes.Classes) == 0 {
			c.Modes = nil
		} else {
			c.Modes.index()
		}
	}
	return c, sc.Err()
}

func (c *Classifier) index() {
	c.classIdx = make(map[string]int, len(c.Classes))
	for i, k := range c.Classes {
		c.classIdx[k] = i
	}
}

// WriteClassifier writes a model file.
func (c *Classifier) WriteClassifier(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "classes\t%s\n", strings.Join(c.Classes, " "))
	writeWeights(bw, c.W, "")
	if c.Modes != nil {
		fmt.Fprintf(bw, "modes\t%s\n", strings.Join(c.Modes.Classes, " "))
		writeWeights(bw, c.Modes.W, "m|")
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func writeWeights(bw *bufio.Writer, W map[string][]float32, prefix string) {
	keys := make([]string, 0, len(W))
	for k := range W {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var parts []string
		for ci, v := range W[k] {
			iv := int(math.Round(float64(v) * 1000))
			if iv != 0 {
				parts = append(parts, strconv.Itoa(ci)+":"+strconv.Itoa(iv))
			}
		}
		// a line without weights still marks the feature as known (vocabulary)
		fmt.Fprintf(bw, "%s%s\t%s\n", prefix, k, strings.Join(parts, " "))
	}
}

// Scores returns one score (logit) per class for a feature list.
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

// Probs returns the softmax probabilities of the classes for a feature list.
func (c *Classifier) Probs(feats []string) []float64 {
	return softmax(c.Scores(feats))
}

func softmax(s []float64) []float64 {
	m := math.Inf(-1)
	for _, v := range s {
		m = math.Max(m, v)
	}
	sum := 0.0
	for i, v := range s {
		s[i] = math.Exp(v - m)
		sum += s[i]
	}
	for i := range s {
		s[i] /= sum
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

// has reports whether the model knows a feature (its vocabulary test for capitalised words).
func (c *Classifier) has(f string) bool {
	_, ok := c.W[f]
	return ok
}

var stopWords = set("the a an of to in on at and or for with by from as is was were be been are that this it its their his her has have had said says say he she they we but also after than which who there these those them our your i you him me us into about being do does did so such can")

// negation and modal cues (before the stop-word filter).
var (
	clfNegWords   = set("not no never n't without nor neither cannot")
	clfModalWords = set("will would could may might shall should must")
)

// clfWeapons are weapon words (by stem) whose class is a feature.
var clfWeapons = map[string]string{
	"rocket": "heavy", "missile": "heavy", "shell": "heavy", "mortar": "heavy", "artillery": "heavy",
	"tank": "heavy", "howitzer": "heavy", "airstrik": "air", "airstrike": "air", "warplane": "air",
	"jet": "air", "aircraft": "air", "helicopter": "air", "drone": "air", "ied": "expl", "landmine": "expl",
	"explosive": "expl", "bomb": "expl", "grenade": "expl", "gun": "fire", "gunfire": "fire",
	"rifle": "fire", "gunman": "fire", "gunmen": "fire", "bullet": "fire", "sniper": "fire",
	"machete": "cold", "knife": "cold", "stick": "cold", "stone": "cold", "rock": "cold",
	"chemical": "chem", "sarin": "chem", "chlorine": "chem", "gas": "chem", "tear": "crowd",
	"baton": "crowd", "water": "crowd", "rubber": "crowd",
}

// stemOf maps a lower-case word w whose lexicon lemma is l to a crude stem: the lexicon's
// lemma when the lexicon knows the word, else w without a common inflectional suffix and a
// final -e or doubled consonant ("arrived", "arrives" and "arrive" all give "arriv").
func stemOf(lx *lexicon, w, l string) string {
	if l != w || lx.known[w] {
		return l
	}
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ied"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes")):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	// final -e and doubled consonants: "arrive"/"arriv", "stopp"/"stop"
	n = len(w)
	if n > 4 && w[n-1] == 'e' {
		w = w[:n-1]
	} else if n > 4 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
		w = w[:n-1]
	}
	return w
}

// Features are the classifier's features of a text: stems of its words (names, i.e.
// capitalised words the model does not know in lower case, become the shape "X"), bigrams of
// content words, negation and modal cues, weapon classes, and the lexicon triggers ("T=")
// with their PLOVER types ("LT=").
func Features(text string) []string {
	c := getClassifier()
	var known func(string) bool
	if c != nil {
		known = c.has
	}
	return FeaturesVocab(text, known)
}

// FeaturesVocab is Features with a vocabulary test: known(stem) reports whether a
// capitalised word's stem is an ordinary word (the training program's lower-case
// vocabulary); nil treats every capitalised word as a name.
func FeaturesVocab(text string, known func(string) bool) []string {
	toks := tokenize(text, 0, len(text))
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return appendFeatures(nil, nil, words, known)
}

// featureState carries the de-duplication set of one bag of features.
type featureState map[string]bool

// appendFeatures adds the features of one token sequence (a sentence or a text) to out.
func appendFeatures(out []string, seen featureState, words []string, known func(string) bool) []string {
	return appendFeaturesLow(out, seen, words, nil, nil, known)
}

// appendFeaturesLow is appendFeatures with the lower-case forms and lemmas of words given
// (lows[i] = clfLower(words[i]), lemmas[i] = lemma(lows[i]) for words starting with a
// letter, "" otherwise); nil slices are computed.
func appendFeaturesLow(out []string, seen featureState, words, lows, lemmas []string, known func(string) bool) []string {
	lx := getLexicon()
	if seen == nil {
		seen = make(featureState, 2*len(words)+8)
	}
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	add("BIAS")
	prev, cue := "", ""
	if lows == nil || lemmas == nil {
		lemmas = make([]string, len(words)) // lexicon lemmas, for multi-word triggers
		lows = make([]string, len(words))
		for i, w := range words {
			if w != "" && isLetterByte(w[0]) {
				lows[i] = clfLower(w)
				lemmas[i] = lx.lemma(lows[i])
			}
		}
	}
	for i, w := range words {
		if w == "" {
			continue
		}
		if !isLetterByte(w[0]) {
			if w[0] >= '0' && w[0] <= '9' {
				add("NUM")
				if prev != "" {
					add(prev + "_NUM")
				}
				continue
			}
			if w == "n't" || w == "’t" {
				cue = "NEG"
				continue
			}
			prev = ""
			if w != "," && w != "'s" && w != "’s" && w != "-" {
				cue = ""
			}
			continue
		}
		low := lows[i]
		if clfNegWords[low] || strings.HasSuffix(low, "n't") {
			cue = "NEG"
			add("NEG")
			continue
		}
		if clfModalWords[low] {
			if cue != "NEG" {
				cue = "MOD"
			}
			add("MOD")
			continue
		}
		if stopWords[low] || len(low) < 2 {
			continue
		}
		s := stemOf(lx, low, lemmas[i])
		if w[0] >= 'A' && w[0] <= 'Z' && (known == nil || !known(s)) {
			s = "X"
		}
		if s != "X" {
			add(s)
			if cue != "" {
				add(cue + "_" + s)
				cue = ""
			}
		}
		if prev != "" && !(prev == "X" && s == "X") {
			add(prev + "_" + s)
		}
		prev = s
		if cl, ok := clfWeapons[s]; ok {
			add("WPN=" + cl)
		}
		l := lemmas[i]
		if es, ok := lx.byFirst[l]; ok && s != "X" {
			add("T=" + l)
			for _, e := range es {
				if !matchAt(e, lemmas, i) {
					continue
				}
				if len(e.types) > 1 {
					add("LT=" + strings.Join(e.types, "/"))
				}
				add("LT=" + e.types[0])
				if e.mode != "" && e.mode != "auto" {
					add("LM=" + e.mode)
				}
			}
		}
	}
	return out
}

// clfLower lower-cases w, without allocating when it is already lower case.
func clfLower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// matchAt reports whether a lexicon entry matches the lemmas at i ("*" skips up to 4).
func matchAt(e *entry, lemmas []string, i int) bool {
	j := i + 1
	for k := 1; k < len(e.words); k++ {
		w := e.words[k]
		if w == "*" {
			continue
		}
		gap := k > 0 && e.words[k-1] == "*"
		lim := j + 1
		if gap {
			lim = j + 5
		}
		found := false
		for ; j < lim && j < len(lemmas); j++ {
			if lemmas[j] == w {
				found = true
				j++
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// docSentences is how many leading sentences (after the headline) rank a document's types:
// the lede carries the main event, as in the training data.
const docSentences = 3

// docRanks ranks the PLOVER types for a whole document with the classifier, from the
// headline and the lede sentences (the features of Features). Rank 0 goes to the best type
// only when its probability reaches docRankMinP (an unsure classifier names no best type).
func docRanks(sents []*sent) map[string]int {
	c := getClassifier()
	if c == nil {
		return nil
	}
	var feats []string
	seen := make(featureState, 256) // a few sentences' features: spares the map's growth
	lx := getLexicon()
	n := 0
	for _, st := range sents {
		if !st.headline {
			if n >= docSentences {
				break
			}
			n++
		}
		// the tokens' lower-case forms and lemmas are those appendFeatures would compute,
		// except where prepare replaced a curly apostrophe
		words := make([]string, len(st.toks))
		lows := make([]string, len(st.toks))
		lemmas := make([]string, len(st.toks))
		for i, t := range st.toks {
			words[i] = t.text
			if w := t.text; w != "" && isLetterByte(w[0]) {
				if strings.Contains(w, "’") {
					lows[i] = clfLower(w)
					lemmas[i] = lx.lemma(lows[i])
				} else {
					lows[i], lemmas[i] = t.low, t.lem
				}
			}
		}
		feats = appendFeaturesLow(feats, seen, words, lows, lemmas, c.has)
	}
	s := c.Probs(feats)
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return s[idx[a]] > s[idx[b]] })
	shift := 0
	if s[idx[0]] < docRankMinP {
		shift = 1
	}
	r := make(map[string]int, len(idx))
	for rank, i := range idx {
		r[c.Classes[i]] = rank + shift
	}
	return r
}

// docRankMinP is the probability the best type needs to get rank 0. Without it the
// extractor's confidence >= 0.8 band was right only 76% of the time on held-out stories
// (TestCalibration); with it 87-94%.
const docRankMinP = 0.5

// classify chooses among candidate types for a sentence; it returns the type and its
// probability renormalised among the candidates.
func classify(sentence string, types []string, trigger string) (string, float64) {
	c := getClassifier()
	if len(types) == 0 {
		return "", 0
	}
	if c == nil {
		return types[0], 0.5
	}
	feats := Features(sentence)
	if trigger != "" {
		t := "T=" + trigger
		dup := false
		for _, f := range feats {
			if f == t {
				dup = true
				break
			}
		}
		if !dup {
			feats = append(feats, t)
		}
	}
	p := c.Probs(feats)
	best, bestP, sum := types[0], -1.0, 0.0
	for _, t := range types {
		v := 0.0
		if i, ok := c.classIdx[t]; ok {
			v = p[i]
		}
		sum += v
		if v > bestP {
			best, bestP = t, v
		}
	}
	if sum <= 0 {
		return types[0], 1 / float64(len(types))
	}
	return best, bestP / sum
}

// ClassifyType returns the most probable PLOVER type of a sentence or short text and its
// probability.
func ClassifyType(text string) (string, float64) {
	c := getClassifier()
	if c == nil {
		return "", 0
	}
	p := c.Probs(Features(text))
	best := 0
	for i := range p {
		if p[i] > p[best] {
			best = i
		}
	}
	return c.Classes[best], p[best]
}

// ClassifyMode returns the most probable PLOVER mode (lower case, "" for none) of an event of
// type typ described by text, and its probability among the modes of that type; ok is false
// when the model has no modes for typ.
func ClassifyMode(text, typ string) (mode string, p float64, ok bool) {
	c := getClassifier()
	if c == nil || c.Modes == nil {
		return "", 0, false
	}
	return c.Modes.modeOf(Features(text), typ)
}

func (m *Classifier) modeOf(feats []string, typ string) (string, float64, bool) {
	s := m.Probs(feats)
	pre := typ + ":"
	best, bestP, sum := -1, -1.0, 0.0
	for i, k := range m.Classes {
		if !strings.HasPrefix(k, pre) {
			continue
		}
		sum += s[i]
		if s[i] > bestP {
			best, bestP = i, s[i]
		}
	}
	if best < 0 || sum <= 0 {
		return "", 0, false
	}
	return strings.ToLower(m.Classes[best][len(pre):]), bestP / sum, true
}

// ModeOf is ClassifyMode over a feature list (for evaluation).
func (c *Classifier) ModeOf(feats []string, typ string) (string, float64, bool) {
	if c.Modes == nil {
		return "", 0, false
	}
	return c.Modes.modeOf(feats, typ)
}
