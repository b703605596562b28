// Command train fits the PLOVER event-type classifier of package events (an averaged
// perceptron over bag-of-lemma and trigger features) on the PLOVER synthetic stories
// (../shared/data/plover-synthetic, machine-written by A. Halterman for NGEC; training only),
// reports accuracy on a held-out 20% and writes the weights of the model trained on the other
// 80% to model.gz.
//
//	go run ./internal/events/train -data ../shared/data -out internal/events/model.gz
package main

import (
	"compress/gzip"
	"encoding/csv"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/events"
)

type example struct {
	feats []string
	label int
}

func main() {
	data := flag.String("data", "../shared/data", "shared data directory")
	out := flag.String("out", "internal/events/model.gz", "output model file")
	epochs := flag.Int("epochs", 5, "training epochs")
	useTitle := flag.Bool("title", true, "prepend the story's headline to its text")
	minCount := flag.Int("min", 10, "minimum feature count")
	flag.Parse()
	f, err := os.Open(filepath.Join(*data, "plover-synthetic", "gpt_synthetic_events_2023-10-19.csv.gz"))
	if err != nil {
		fail(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		fail(err)
	}
	r := csv.NewReader(zr)
	head, err := r.Read()
	if err != nil {
		fail(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	classIdx := map[string]int{}
	var classes []string
	var train, test []example
	counts := map[string]int{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fail(err)
		}
		lab := rec[col["label"]]
		if _, ok := classIdx[lab]; !ok {
			classIdx[lab] = len(classes)
			classes = append(classes, lab)
		}
		text := rec[col["text"]]
		if p := rec[col["prompt"]]; p != "" && *useTitle {
			text = strings.TrimSpace(strings.Split(p, "\n")[0]) + ". " + text
		}
		ex := example{feats: events.Features(text), label: classIdx[lab]}
		// split by the story's title template, so that stories generated from one prompt are
		// all on one side (an honest held-out)
		h := fnv.New32a()
		h.Write([]byte(rec[col["title"]]))
		if h.Sum32()%5 == 0 {
			test = append(test, ex)
		} else {
			train = append(train, ex)
			for _, ft := range ex.feats {
				counts[ft]++
			}
		}
	}
	for i := range train {
		train[i].feats = filter(train[i].feats, counts, *minCount)
	}
	nc := len(classes)
	w := map[string][]float64{}
	acc := map[string][]float64{} // for averaging
	stamp := map[string][]int{}
	get := func(m map[string][]float64, k string) []float64 {
		v, ok := m[k]
		if !ok {
			v = make([]float64, nc)
			m[k] = v
		}
		return v
	}
	rng := rand.New(rand.NewSource(1))
	step := 1
	for ep := 0; ep < *epochs; ep++ {
		rng.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		for _, ex := range train {
			s := make([]float64, nc)
			for _, ft := range ex.feats {
				if v, ok := w[ft]; ok {
					for c := range s {
						s[c] += v[c]
					}
				}
			}
			pred := 0
			for c := range s {
				if s[c] > s[pred] {
					pred = c
				}
			}
			if pred != ex.label {
				for _, ft := range ex.feats {
					v, a := get(w, ft), get(acc, ft)
					st, ok := stamp[ft]
					if !ok {
						st = make([]int, nc)
						stamp[ft] = st
					}
					for _, c := range []int{ex.label, pred} {
						a[c] += float64(step-st[c]) * v[c]
						st[c] = step
					}
					v[ex.label]++
					v[pred]--
				}
			}
			step++
		}
	}
	// averaged weights
	clf := &events.Classifier{Classes: classes, W: map[string][]float32{}}
	for ft, v := range w {
		a, st := acc[ft], stamp[ft]
		out := make([]float32, nc)
		nz := false
		for c := range v {
			tot := a[c] + float64(step-st[c])*v[c]
			out[c] = float32(tot / float64(step))
			if out[c] > 0.0005 || out[c] < -0.0005 {
				nz = true
			}
		}
		if nz {
			clf.W[ft] = out
		}
	}
	correct := 0
	conf := map[string][2]int{}
	for _, ex := range test {
		p := clf.Predict(ex.feats)
		c := conf[classes[ex.label]]
		c[1]++
		if p == classes[ex.label] {
			correct++
			c[0]++
		}
		conf[classes[ex.label]] = c
	}
	fmt.Printf("train %d, held-out %d, features %d\n", len(train), len(test), len(clf.W))
	fmt.Printf("held-out PLOVER type accuracy: %.3f\n", float64(correct)/float64(len(test)))
	ks := make([]string, 0, len(conf))
	for k := range conf {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("  %-10s %d/%d\n", k, conf[k][0], conf[k][1])
	}
	of, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	if err := clf.WriteClassifier(of); err != nil {
		fail(err)
	}
	if err := of.Close(); err != nil {
		fail(err)
	}
}

func filter(fs []string, counts map[string]int, min int) []string {
	out := fs[:0]
	for _, f := range fs {
		if counts[f] >= min || f == "BIAS" {
			out = append(out, f)
		}
	}
	return out
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "train:", err)
	os.Exit(1)
}
