// Command clustergen learns word clusters for package ner from unlabelled text in
// ../shared/data and writes them to clusters.txt.gz:
//
//	go run ./internal/nlp/ner/clustergen -data ../shared/data -out internal/nlp/ner/clusters.txt.gz
//
// Text: the PLOVER synthetic stories, the event-location sentences, the GLOCON sample
// documents, the MUC-3/4 dev texts (lower-cased like everything else here) and the
// training documents of re3d, wikigold and MEANTIME (never the held-out ones, nerdata.Heldout,
// nor WikiEvents, which is only used for evaluation).
//
// Method: each of the most frequent lower-cased words is described by positive PMI
// weights of the words one and two positions to its left and right; the vectors are
// clustered by spherical k-means hierarchically (32 clusters, each split into 8, each of
// those into 4), so a word gets a path "a.b.c" whose prefixes are coarser clusters.
// Deterministic (fixed seed). A relative -data is resolved from the repository root.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner/nerdata"
)

func repoRoot() string {
	dir, _ := os.Getwd()
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

func main() {
	data := flag.String("data", "../shared/data", "shared data directory (relative to the repo root)")
	out := flag.String("out", "clusters.txt.gz", "cluster table to write")
	vocab := flag.Int("vocab", 30000, "words to cluster (most frequent first)")
	minCount := flag.Int("min", 3, "minimum count of a clustered word")
	nctx := flag.Int("ctx", 3000, "context words (most frequent first)")
	iters := flag.Int("iters", 12, "k-means iterations per level")
	flag.Parse()
	log.SetFlags(0)
	dataDir := *data
	if !filepath.IsAbs(dataDir) {
		dataDir = filepath.Join(repoRoot(), dataDir)
	}
	texts := readTexts(dataDir)
	log.Printf("%d texts", len(texts))

	// tokenise, lower-case, intern
	ids := map[string]int32{}
	var words []string
	var counts []int
	var corpus []int32 // -1 separates texts / paragraphs
	for _, t := range texts {
		toks := ner.Tokenize(t, 0, len(t), nil)
		corpus = append(corpus, -1)
		for _, tk := range toks {
			w := strings.ToLower(t[tk.Start:tk.End])
			if allDigits(w) {
				w = "<num>"
			}
			id, ok := ids[w]
			if !ok {
				id = int32(len(words))
				ids[w] = id
				words = append(words, w)
				counts = append(counts, 0)
			}
			counts[id]++
			corpus = append(corpus, id)
		}
	}
	corpus = append(corpus, -1)
	log.Printf("%d tokens, %d types", len(corpus), len(words))
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		if counts[order[a]] != counts[order[b]] {
			return counts[order[a]] > counts[order[b]]
		}
		return words[order[a]] < words[order[b]]
	})
	// context index: the nctx most frequent words (incl. punctuation), other = nctx
	ctxOf := make([]int32, len(words))
	for i := range ctxOf {
		ctxOf[i] = int32(*nctx)
	}
	for r, id := range order {
		if r < *nctx {
			ctxOf[id] = int32(r)
		}
	}
	// clustered words: with a letter, count >= min
	row := make([]int32, len(words))
	for i := range row {
		row[i] = -1
	}
	var vwords []int
	for _, id := range order {
		if len(vwords) >= *vocab || counts[id] < *minCount {
			break
		}
		if hasLetter(words[id]) {
			row[id] = int32(len(vwords))
			vwords = append(vwords, id)
		}
	}
	dim := 4 * (*nctx + 2) // positions -2 -1 +1 +2; ctx index nctx = other, nctx+1 = boundary
	cc := make([]map[int32]float64, len(vwords))
	for i := range cc {
		cc[i] = map[int32]float64{}
	}
	ctxTot := make([]float64, dim)
	total := 0.0
	at := func(i int) int32 {
		if i < 0 || i >= len(corpus) || corpus[i] < 0 {
			return int32(*nctx + 1)
		}
		return ctxOf[corpus[i]]
	}
	for i, id := range corpus {
		if id < 0 || row[id] < 0 {
			continue
		}
		r := row[id]
		for p, off := range []int{-2, -1, 1, 2} {
			// stop at a text boundary
			blocked := false
			step := 1
			if off < 0 {
				step = -1
			}
			for k := step; k != off+step; k += step {
				if i+k < 0 || i+k >= len(corpus) || corpus[i+k] < 0 {
					blocked = true
				}
			}
			c := int32(*nctx + 1)
			if !blocked {
				c = at(i + off)
			}
			f := int32(p*(*nctx+2)) + c
			cc[r][f]++
			ctxTot[f]++
			total++
		}
	}
	// PPMI vectors, L2-normalised, as sparse rows
	type sparse struct {
		idx []int32
		val []float32
	}
	vecs := make([]sparse, len(vwords))
	for r := range vwords {
		wt := 0.0
		for _, v := range cc[r] {
			wt += v
		}
		var s sparse
		norm := 0.0
		keys := make([]int32, 0, len(cc[r]))
		for f := range cc[r] {
			keys = append(keys, f)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		for _, f := range keys {
			v := cc[r][f]
			// context-distribution smoothing (alpha 0.75) dampens rare contexts
			pmi := math.Log(v * total / (wt * math.Pow(ctxTot[f], 0.75) * math.Pow(total, 0.25)))
			if pmi <= 0 {
				continue
			}
			s.idx = append(s.idx, f)
			s.val = append(s.val, float32(pmi))
			norm += pmi * pmi
		}
		norm = math.Sqrt(norm)
		for k := range s.val {
			s.val[k] /= float32(norm)
		}
		vecs[r] = s
	}
	cc = nil
	rng := rand.New(rand.NewSource(1))
	// hierarchical spherical k-means
	kmeans := func(members []int, k int) []int {
		assign := make([]int, len(members))
		if len(members) <= k {
			for i := range assign {
				assign[i] = i
			}
			return assign
		}
		cent := make([][]float32, k)
		// init: k members chosen at random among the more frequent half (words have
		// reliable vectors there)
		pool := members[:max(k, len(members)/2)]
		perm := rng.Perm(len(pool))
		for c := 0; c < k; c++ {
			cent[c] = make([]float32, dim)
			v := vecs[pool[perm[c]]]
			for j, f := range v.idx {
				cent[c][f] = v.val[j]
			}
		}
		for it := 0; it < *iters; it++ {
			changed := 0
			for i, m := range members {
				v := vecs[m]
				best, bestS := 0, float32(-1)
				for c := 0; c < k; c++ {
					var s float32
					cv := cent[c]
					for j, f := range v.idx {
						s += v.val[j] * cv[f]
					}
					if s > bestS {
						best, bestS = c, s
					}
				}
				if assign[i] != best || it == 0 {
					changed++
				}
				assign[i] = best
			}
			for c := range cent {
				clear(cent[c])
			}
			n := make([]int, k)
			for i, m := range members {
				v := vecs[m]
				c := assign[i]
				n[c]++
				for j, f := range v.idx {
					cent[c][f] += v.val[j]
				}
			}
			for c := range cent {
				if n[c] == 0 { // re-seed an empty cluster
					v := vecs[members[rng.Intn(len(members))]]
					for j, f := range v.idx {
						cent[c][f] = v.val[j]
					}
					continue
				}
				var norm float64
				for _, x := range cent[c] {
					norm += float64(x * x)
				}
				if norm > 0 {
					inv := float32(1 / math.Sqrt(norm))
					for f := range cent[c] {
						cent[c][f] *= inv
					}
				}
			}
			if changed == 0 {
				break
			}
		}
		return assign
	}
	paths := make([]string, len(vwords))
	all := make([]int, len(vwords))
	for i := range all {
		all[i] = i
	}
	var split func(members []int, prefix string, level int)
	ks := []int{32, 8, 4}
	split = func(members []int, prefix string, level int) {
		if level == len(ks) {
			for _, m := range members {
				paths[m] = prefix
			}
			return
		}
		a := kmeans(members, ks[level])
		groups := make([][]int, ks[level])
		for i, m := range members {
			groups[a[i]] = append(groups[a[i]], m)
		}
		for c, g := range groups {
			p := fmt.Sprint(c)
			if prefix != "" {
				p = prefix + "." + p
			}
			if len(g) > 0 {
				split(g, p, level+1)
			}
		}
		if level == 0 {
			log.Printf("level 1 sizes: %v", sizes(groups))
		}
	}
	split(all, "", 0)

	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# Code generated by clustergen (go run ./internal/nlp/ner/clustergen); DO NOT EDIT.\n")
	fmt.Fprintf(bw, "# lower-cased word TAB cluster path (32.8.4 spherical k-means over PPMI context vectors)\n")
	for r, id := range vwords {
		fmt.Fprintf(bw, "%s\t%s\n", words[id], paths[r])
	}
	if err := bw.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	// show a few clusters for a sanity check
	byPath := map[string][]string{}
	for r, id := range vwords {
		byPath[paths[r]] = append(byPath[paths[r]], words[id])
	}
	for _, w := range []string{"baghdad", "obama", "ministry", "hezbollah", "john", "killed", "monday"} {
		if id, ok := ids[w]; ok && row[id] >= 0 {
			p := paths[row[id]]
			m := byPath[p]
			log.Printf("%s %s: %v", w, p, m[:min(len(m), 12)])
		}
	}
	log.Printf("wrote %s: %d words", *out, len(vwords))
}

func sizes(g [][]int) []int {
	out := make([]int, len(g))
	for i := range g {
		out[i] = len(g[i])
	}
	return out
}

func allDigits(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return w != ""
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func readTexts(dataDir string) []string {
	var texts []string
	seen := map[string]bool{}
	add := func(t string) {
		if t != "" && !seen[t] {
			seen[t] = true
			texts = append(texts, t)
		}
	}
	if f, err := os.Open(filepath.Join(dataDir, "plover-synthetic", "gpt_synthetic_events_2023-10-19.csv.gz")); err == nil {
		if zr, err := gzip.NewReader(f); err == nil {
			r := csv.NewReader(zr)
			r.FieldsPerRecord = -1
			for {
				rec, err := r.Read()
				if err == io.EOF || err != nil && !strings.Contains(err.Error(), "wrong number") {
					break
				}
				if len(rec) > 1 {
					add(rec[1])
				}
			}
		}
		f.Close()
	} else {
		log.Printf("warning: %v", err)
	}
	if f, err := os.Open(filepath.Join(dataDir, "event-location", "labeled_text.json.gz")); err == nil {
		if zr, err := gzip.NewReader(f); err == nil {
			var recs []struct {
				Text string `json:"text"`
			}
			if err := json.NewDecoder(zr).Decode(&recs); err == nil {
				for _, r := range recs {
					add(r.Text)
				}
			}
		}
		f.Close()
	} else {
		log.Printf("warning: %v", err)
	}
	if f, err := os.Open(filepath.Join(dataDir, "glocon-sample", "sample", "document", "Sabinet_R.json")); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var d struct {
				Text string `json:"text"`
			}
			if json.Unmarshal(sc.Bytes(), &d) == nil {
				add(d.Text)
			}
		}
		f.Close()
	} else {
		log.Printf("warning: %v", err)
	}
	for _, name := range []string{"tst1/tst1-muc3", "tst2/tst2-muc4"} {
		b, err := os.ReadFile(filepath.Join(dataDir, "muc4-dev", name))
		if err != nil {
			log.Printf("warning: %v", err)
			continue
		}
		for _, para := range strings.Split(string(b), "\n\n") {
			add(strings.ToLower(para))
		}
	}
	lab := nerdata.NewLabeler(ner.NewGazetteer(nil))
	docs, _ := lab.Load(dataDir)
	for _, d := range docs {
		if d.Corpus == "wikievents" || nerdata.Heldout(d) {
			continue
		}
		var b strings.Builder
		for _, s := range d.Sents {
			b.WriteString(strings.Join(s.Words, " "))
			b.WriteByte('\n')
		}
		add(b.String())
	}
	return texts
}
