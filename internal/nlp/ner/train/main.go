// Command train trains sitrep's named-entity tagger (package ner) on re3d, wikigold and
// MEANTIME from ../shared/data, prints per-label scores on the 20% held-out documents, and
// writes the embedded model file:
//
//	go run ./internal/nlp/ner/train -data ../shared/data -out internal/nlp/ner/model.bin.gz
//
// A relative -data is resolved from the repository root; -out from the working directory.
package main

import (
	"bufio"
	"bytes"
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
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/model"
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

var (
	seedFlag    = flag.Int64("seed", 1, "shuffle seed")
	admin2      = flag.Bool("admin2", false, "add GeoNames second-level divisions (admin2Codes.txt) to the gazetteer")
	geoHook     = flag.Bool("geo", false, "evaluate with the pipeline's gazetteer hook (ner.Options.KnownPlace = geo.Gazetteer.KnownPlace), as the pipeline tags")
	silverRules = flag.Uint("silver-rules", 0, "post-rules (bit set) of the base model's silver tags of the toponym articles (0: the raw model, so that the model does not change with the rules)")
	pruneFlag   = flag.Float64("prune", 0.05, "drop averaged weights with |w| below this")
	altNames    = flag.Bool("altnames", false, "add the Latin-script alternate names of cities15000 that are spellings of the "+
		"city's own name (\"Khan Younis\", \"St Petersburg\", \"Marib\") to the gazetteer as KAltPlace (no feature; read by the place rules; off: README session 9)")
)

func main() {
	data := flag.String("data", "../shared/data", "shared data directory (relative to the repo root)")
	out := flag.String("out", "model.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 12, "training epochs")
	prune := pruneFlag
	runs := flag.Int("runs", 3, "training runs (different shuffles) whose weights are averaged")
	evalOnly := flag.String("eval", "", "only evaluate this model file on the held-out documents")
	beam := flag.Int("beam", 1, "decoder beam width for evaluation (1 = greedy)")
	all := flag.Bool("all", false, "also train on the held-out documents (no honest evaluation)")
	dev := flag.Bool("dev", false, "tuning mode: leave the held-out documents out entirely, train on 80% of the "+
		"rest and report on the other 20% (nerdata.Dev)")
	errFile := flag.String("errors", "", "write the false positives and negatives on the evaluation documents to this file")
	postRules := flag.Uint("rules", uint(ner.PostRules), "span post-rules of the tagger (bit set; 0 = none)")
	useActors := flag.Bool("actors", false, "add the names of the hand-written actor knowledge base (internal/actors/data) to the gazetteer")
	fixedT := flag.Float64("temp", 16, "softmax temperature of Score (0 = calibrate on the evaluation documents; "+
		"16 was calibrated in -dev mode, so the held-out documents tune nothing)")
	clusT := flag.Uint("clusters", uint(ner.ClusterTemplates), "word-cluster feature templates (bit set; 0 = none)")
	viterbi := flag.Bool("viterbi", false, "train a first-order structured perceptron decoded with Viterbi (false: greedy tagger)")
	transT := flag.Uint("trans", uint(ner.TransTemplates), "word-conjoined transition templates of a Viterbi model (bit set)")
	margin := flag.Float64("margin", float64(ner.ViterbiMargin), "Viterbi pruning margin when tagging (weight units; <=0 = exact)")
	cv := flag.Int("cv", 0, "cross-validate on the training documents with this many folds (tuning; held-out documents left out) and exit")
	runT := flag.Uint("runfeats", uint(ner.RunTemplates), "capitalised-run feature templates (bit set; 0 = none)")
	docT := flag.Uint("docfeats", uint(ner.DocTemplates), "document-level feature templates (bit set; 0 = none)")
	toponyms := flag.String("toponyms", "", "comma-separated globs of toponym-article folders (relative to the repo root) to add to "+
		"the training documents: their places as labelled, the rest as tagged by a model first trained without them")
	topoWeight := flag.Float64("toponym-weight", 0.2, "weight of a toponym article's perceptron updates against the corpora's 1 (greedy trainer only)")
	legacy := flag.Bool("legacy-labels", false, "label mapping of session 1 (location demonyms as GPE), to compare scores")
	flag.Parse()
	nerdata.LocDemonymNORP = !*legacy
	ner.DocTemplates = uint32(*docT)
	ner.RunTemplates = uint32(*runT)
	ner.TransTemplates = uint32(*transT)
	if *margin > 0 {
		ner.ViterbiMargin = float32(*margin)
	} else {
		ner.ViterbiMargin = float32(math.Inf(1))
	}
	opt := ner.ModelOptions{Viterbi: *viterbi, TransTemplates: ner.TransTemplates}
	log.SetFlags(0)
	ner.ClusterTemplates = uint32(*clusT)
	ner.PostRules = uint32(*postRules)
	dataDir := *data
	if !filepath.IsAbs(dataDir) {
		dataDir = filepath.Join(repoRoot(), dataDir)
	}

	gazEntries, err := geonamesEntries(filepath.Join(dataDir, "geonames"))
	if err != nil {
		log.Fatal(err)
	}
	if ph, err := phoenixEntries(filepath.Join(dataDir, "cameo-dictionaries")); err != nil {
		log.Printf("warning: %v", err)
	} else {
		gazEntries = append(gazEntries, ph...)
	}
	if *useActors {
		if ae, err := actorEntries(filepath.Join(repoRoot(), "internal", "actors", "data"), gazEntries); err != nil {
			log.Printf("warning: %v", err)
		} else {
			log.Printf("actor knowledge base: %d names", len(ae))
			gazEntries = append(gazEntries, ae...)
		}
	}
	if cs, err := capEntries(dataDir); err != nil {
		log.Printf("warning: %v", err)
	} else {
		gazEntries = append(gazEntries, cs...)
	}
	gazEntries = mergeEntries(gazEntries)
	if *altNames {
		alts, err := altNameEntries(filepath.Join(dataDir, "geonames"), gazEntries)
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("alternate city names: %d phrases", len(alts))
		gazEntries = mergeEntries(append(gazEntries, alts...))
	}
	log.Printf("gazetteer: %d phrases", len(gazEntries))
	gz := ner.NewGazetteer(gazEntries)
	lab := nerdata.NewLabeler(gz)
	docs, errs := lab.Load(dataDir)
	for _, e := range errs {
		log.Printf("warning: %v", e)
	}
	if len(docs) == 0 {
		log.Fatal("no training data")
	}
	nerdata.SetDocContexts(docs)
	var train, test []nerdata.Doc
	for _, d := range docs {
		if *dev {
			if nerdata.Heldout(d) {
				continue
			}
			if nerdata.Dev(d) {
				test = append(test, d)
			} else {
				train = append(train, d)
			}
			continue
		}
		if nerdata.Heldout(d) {
			test = append(test, d)
			if !*all || d.Corpus == "wikievents" {
				continue
			}
		}
		train = append(train, d)
	}
	var sents []nerdata.Sent
	ntok := 0
	for _, d := range train {
		for _, s := range d.Sents {
			if len(s.Words) > 0 {
				sents = append(sents, s)
				ntok += len(s.Words)
			}
		}
	}
	log.Printf("train: %d docs, %d sentences, %d tokens; held out: %d docs", len(train), len(sents), ntok, len(test))

	if *evalOnly != "" {
		b, err := os.ReadFile(*evalOnly)
		if err != nil {
			log.Fatal(err)
		}
		tg, err := ner.ReadModel(bytes.NewReader(b))
		if err != nil {
			log.Fatal(err)
		}
		report(tg, test, *beam)
		writeErrors(*errFile, tg, test)
		return
	}
	trainAll := func(sents []nerdata.Sent) map[uint64][]float32 {
		// average the models of several shuffling orders: less variance than one run
		w := map[uint64][]float32{}
		for r := 0; r < *runs; r++ {
			var wr map[uint64][]float32
			if *viterbi {
				wr = trainStructured(sents, gz, *epochs, *seedFlag+int64(r))
			} else {
				wr = trainPerceptron(sents, gz, *epochs, *seedFlag+int64(r))
			}
			for h, row := range wr {
				acc := w[h]
				if acc == nil {
					acc = make([]float32, ner.NumTags)
					w[h] = acc
				}
				for k, v := range row {
					acc[k] += v / float32(*runs)
				}
			}
		}
		return w
	}
	if *cv > 1 {
		crossValidate(docs, *cv, trainAll, gazEntries, float32(*prune), float32(*fixedT), opt)
		return
	}
	if *toponyms != "" {
		extra, err := toponymSents(*toponyms, lab, gazEntries, trainAll(sents), opt)
		if err != nil {
			log.Fatal(err)
		}
		for i := range extra {
			extra[i].Weight = float32(*topoWeight)
		}
		sents = append(sents, extra...)
	}
	t0 := time.Now()
	w := trainAll(sents)
	log.Printf("trained in %v, %d features", time.Since(t0).Round(time.Millisecond), len(w))

	var buf bytes.Buffer
	if err := ner.WriteModelOptions(&buf, gazEntries, w, float32(*prune), 1, opt); err != nil {
		log.Fatal(err)
	}
	tg, err := ner.ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		log.Fatal(err)
	}
	// calibrate Score: the softmax temperature with the lowest Brier score of entity
	// correctness on the held-out documents
	bestT, bestB := float32(1), math.Inf(1)
	temps := []float32{1, 2, 3, 4, 6, 8, 12, 16, 24, 32}
	if *fixedT > 0 {
		temps = []float32{float32(*fixedT)}
	}
	for _, T := range temps {
		tg.SetTemperature(T)
		var brier float64
		oc := nerdata.Outcomes(test, tg.Tag)
		for _, o := range oc {
			y := 0.0
			if o.Correct {
				y = 1
			}
			brier += (o.Score - y) * (o.Score - y)
		}
		brier /= float64(max(len(oc), 1))
		if brier < bestB {
			bestT, bestB = T, brier
		}
	}
	log.Printf("score temperature %.0f (Brier %.3f)", bestT, bestB)
	buf.Reset()
	if err := ner.WriteModelOptions(&buf, gazEntries, w, float32(*prune), bestT, opt); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	t1 := time.Now()
	tg, err = ner.ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d bytes, %d features kept, load %v", *out, buf.Len(), tg.NumFeatures(), time.Since(t1).Round(time.Millisecond))

	report(tg, test, *beam)
	writeErrors(*errFile, tg, test)
}

// toponymSents reads the toponym articles of the folders matched by patterns (comma-separated
// globs relative to the repo root) as training sentences: the annotators' places, and the
// other names as the base model w tags them (nerdata.Labeler.ToponymDoc) with the post-rules of
// -silver-rules; the pipeline's gazetteer hook serves those rules (none by default).
func toponymSents(patterns string, lab *nerdata.Labeler, gazEntries []ner.GazEntry, w map[uint64][]float32,
	opt ner.ModelOptions) ([]nerdata.Sent, error) {
	var globs []string
	for _, p := range strings.Split(patterns, ",") {
		globs = append(globs, filepath.Join(repoRoot(), strings.TrimSpace(p)))
	}
	files, err := nerdata.ToponymArticles(globs)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := ner.WriteModelOptions(&buf, gazEntries, w, float32(*pruneFlag), 16, opt); err != nil {
		return nil, err
	}
	base, err := ner.ReadModel(&buf)
	if err != nil {
		return nil, err
	}
	gaz, err := geo.Default()
	if err != nil {
		return nil, err
	}
	var docs []nerdata.Doc
	for _, f := range files {
		text, tops, err := nerdata.ReadToponymArticle(f)
		if err != nil {
			return nil, err
		}
		rules := ner.PostRules
		ner.PostRules = uint32(*silverRules)
		pred := base.TagWith(text, nil, ner.Options{KnownPlace: gaz.KnownPlace})
		ner.PostRules = rules
		docs = append(docs, lab.ToponymDoc(f, text, tops, pred))
	}
	nerdata.SetDocContexts(docs)
	var out []nerdata.Sent
	ntok := 0
	for _, d := range docs {
		for _, s := range d.Sents {
			out = append(out, s)
			ntok += len(s.Words)
		}
	}
	log.Printf("toponym articles: %d docs, %d sentences, %d tokens", len(docs), len(out), ntok)
	return out, nil
}

// crossValidate trains on k-1 folds of the training documents and scores whole documents
// through Tag on the remaining fold, for every fold, and prints the summed scores per corpus.
func crossValidate(docs []nerdata.Doc, k int, trainAll func([]nerdata.Sent) map[uint64][]float32,
	gaz []ner.GazEntry, prune, temp float32, opt ner.ModelOptions) {
	t0 := time.Now()
	total := map[string]*nerdata.Score{}
	for fold := 0; fold < k; fold++ {
		var sents []nerdata.Sent
		byCorpus := map[string][]nerdata.Doc{}
		for _, d := range docs {
			if nerdata.Heldout(d) {
				continue
			}
			if nerdata.Fold(d, k) == fold {
				byCorpus[d.Corpus] = append(byCorpus[d.Corpus], d)
				byCorpus["all"] = append(byCorpus["all"], d)
				continue
			}
			for _, s := range d.Sents {
				if len(s.Words) > 0 {
					sents = append(sents, s)
				}
			}
		}
		w := trainAll(sents)
		var buf bytes.Buffer
		if err := ner.WriteModelOptions(&buf, gaz, w, prune, temp, opt); err != nil {
			log.Fatal(err)
		}
		tg, err := ner.ReadModel(bytes.NewReader(buf.Bytes()))
		if err != nil {
			log.Fatal(err)
		}
		for c, ds := range byCorpus {
			if total[c] == nil {
				total[c] = &nerdata.Score{}
			}
			sc := nerdata.EvaluateText(ds, tg.Tag)
			total[c].Add(sc)
			if c == "all" {
				log.Printf("fold %d: P/O/L F1 %.3f", fold, sc.Coarse.F1())
			}
		}
	}
	var names []string
	for c := range total {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		fmt.Printf("cv %s, whole documents through Tag:\n%s", c, total[c])
	}
	var line []string
	for _, c := range names {
		line = append(line, fmt.Sprintf("%s %.3f", c, total[c].Coarse.F1()))
	}
	fmt.Printf("CV P/O/L F1: %s (%v)\n", strings.Join(line, "  "), time.Since(t0).Round(time.Second))
}

func writeErrors(path string, tg *ner.Tagger, test []nerdata.Doc) {
	if path == "" {
		return
	}
	if err := os.WriteFile(path, []byte(strings.Join(nerdata.Errors(test, tg.Tag), "\n")+"\n"), 0o644); err != nil {
		log.Print(err)
	}
}

func report(tg *ner.Tagger, test []nerdata.Doc, beam int) {
	ner.SetBeam(beam)
	tag := func(words []string) []int { t, _ := tg.TagWords(words); return t }
	doc := tg.Tag
	if *geoHook {
		gaz, err := geo.Default()
		if err != nil {
			log.Fatal(err)
		}
		doc = func(text string, sents []model.Sentence) []model.Entity {
			return tg.TagWith(text, sents, ner.Options{KnownPlace: gaz.KnownPlace})
		}
	}
	byCorpus := map[string][]nerdata.Doc{}
	for _, d := range test {
		byCorpus[d.Corpus] = append(byCorpus[d.Corpus], d)
	}
	var names []string
	for c := range byCorpus {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		fmt.Printf("held-out %s (%d docs), per sentence:\n%s", c, len(byCorpus[c]), nerdata.Evaluate(byCorpus[c], tag))
		fmt.Printf("held-out %s (%d docs), whole documents through Tag:\n%s", c, len(byCorpus[c]), nerdata.EvaluateText(byCorpus[c], doc))
	}
	fmt.Printf("held-out all, per sentence:\n%s", nerdata.Evaluate(test, tag))
	fmt.Printf("held-out all, whole documents through Tag:\n%s", nerdata.EvaluateText(test, doc))
}

// ---- averaged perceptron ----

type row struct {
	w   []float32
	acc []float64
	ts  []int32
}

type perceptron struct {
	rows map[uint64]*row
	c    int32
}

func (p *perceptron) score(feats []uint64, sc []float32) {
	for _, h := range feats {
		if r := p.rows[h]; r != nil {
			for k, v := range r.w {
				sc[k] += v
			}
		}
	}
}

func (p *perceptron) update(feats []uint64, tag int, d float32) {
	for _, h := range feats {
		r := p.rows[h]
		if r == nil {
			r = &row{w: make([]float32, ner.NumTags), acc: make([]float64, ner.NumTags), ts: make([]int32, ner.NumTags)}
			p.rows[h] = r
		}
		r.acc[tag] += float64(p.c-r.ts[tag]) * float64(r.w[tag])
		r.ts[tag] = p.c
		r.w[tag] += d
	}
}

func (p *perceptron) average() map[uint64][]float32 {
	out := make(map[uint64][]float32, len(p.rows))
	for h, r := range p.rows {
		v := make([]float32, ner.NumTags)
		nz := false
		for k := range v {
			a := r.acc[k] + float64(p.c-r.ts[k])*float64(r.w[k])
			v[k] = float32(a / float64(p.c))
			if v[k] != 0 {
				nz = true
			}
		}
		if nz {
			out[h] = v
		}
	}
	return out
}

func trainPerceptron(sents []nerdata.Sent, gz *ner.Gazetteer, epochs int, seed int64) map[uint64][]float32 {
	p := &perceptron{rows: map[uint64]*row{}}
	f := ner.NewFeaturizer(gz)
	rng := rand.New(rand.NewSource(seed))
	sc := make([]float32, ner.NumTags)
	var feats []uint64
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, n := 0, 0
		for _, si := range order {
			s := sents[si]
			f.SetDoc(s.Doc)
			f.Extract(s.Words)
			p1, p2 := -1, -1
			for i := range s.Words {
				p.c++
				feats = append(feats[:0], f.Static(i)...)
				feats = f.Dynamic(i, p1, p2, feats)
				for k := range sc {
					sc[k] = 0
				}
				p.score(feats, sc)
				pred := ner.Best(sc, p1)
				g := s.Gold[i]
				if g >= 0 {
					// the best action given the (possibly wrong) history
					if !ner.Allowed(p1, g) {
						g = ner.TagB(ner.TagType(g))
					}
					n++
					if pred != g {
						errs++
						wt := s.Weight
						if wt == 0 {
							wt = 1
						}
						p.update(feats, g, wt)
						p.update(feats, pred, -wt)
					}
				}
				p2, p1 = p1, pred
			}
		}
		if ep == epochs-1 {
			log.Printf("run seed %d, epoch %d: train token error %.4f", seed, ep+1, float64(errs)/float64(max(n, 1)))
		}
	}
	return p.average()
}

// ---- structured perceptron (first order, Viterbi) ----

// seqScorer holds one sentence's static and transition scores under the current weights.
type seqScorer struct {
	n    int
	stat [][ner.NumTags]float32
	tr   [][ner.NumTags + 1][ner.NumTags]float32 // tr[i][p+1][k]
	dl   [][ner.NumTags]float32
	bk   [][ner.NumTags]int8
}

func (q *seqScorer) reset(n int) {
	q.n = n
	if cap(q.stat) < n {
		q.stat = make([][ner.NumTags]float32, n)
		q.tr = make([][ner.NumTags + 1][ner.NumTags]float32, n)
		q.dl = make([][ner.NumTags]float32, n)
		q.bk = make([][ner.NumTags]int8, n)
	}
	q.stat, q.tr, q.dl, q.bk = q.stat[:n], q.tr[:n], q.dl[:n], q.bk[:n]
}

// best returns the best BIO-valid tag sequence; positions where fix >= 0 are forced.
func (q *seqScorer) best(fix []int, out []int) []int {
	const neg = float32(-1e30)
	n := q.n
	for i := 0; i < n; i++ {
		for k := 0; k < ner.NumTags; k++ {
			q.dl[i][k] = neg
			if fix != nil && fix[i] >= 0 && fix[i] != k {
				continue
			}
			if i == 0 {
				if ner.Allowed(-1, k) {
					q.dl[0][k] = q.stat[0][k] + q.tr[0][0][k]
					q.bk[0][k] = -1
				}
				continue
			}
			for p := 0; p < ner.NumTags; p++ {
				pv := q.dl[i-1][p]
				if pv <= neg || !ner.Allowed(p, k) {
					continue
				}
				if v := pv + q.stat[i][k] + q.tr[i][p+1][k]; v > q.dl[i][k] {
					q.dl[i][k] = v
					q.bk[i][k] = int8(p)
				}
			}
		}
	}
	out = out[:0]
	for i := 0; i < n; i++ {
		out = append(out, 0)
	}
	k := 0
	for j := 1; j < ner.NumTags; j++ {
		if q.dl[n-1][j] > q.dl[n-1][k] {
			k = j
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = k
		k = int(q.bk[i][k])
	}
	return out
}

func trainStructured(sents []nerdata.Sent, gz *ner.Gazetteer, epochs int, seed int64) map[uint64][]float32 {
	p := &perceptron{rows: map[uint64]*row{}}
	f := ner.NewFeaturizer(gz)
	rng := rand.New(rand.NewSource(seed))
	var q seqScorer
	var feats, gf []uint64
	var pred, gold []int
	fix := []int{}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, n := 0, 0
		for _, si := range order {
			s := sents[si]
			f.SetDoc(s.Doc)
			f.Extract(s.Words)
			q.reset(len(s.Words))
			fix = fix[:0]
			for i := range s.Words {
				g := s.Gold[i]
				// an I- tag that cannot follow its (known) predecessor starts the name
				if g > 0 && ner.IsInside(g) && (i == 0 || s.Gold[i-1] >= 0 && !ner.Allowed(s.Gold[i-1], g)) {
					g = ner.TagB(ner.TagType(g))
				}
				fix = append(fix, g)
				q.stat[i] = [ner.NumTags]float32{}
				p.score(f.Static(i), q.stat[i][:])
				for pt := -1; pt < ner.NumTags; pt++ {
					q.tr[i][pt+1] = [ner.NumTags]float32{}
					if i == 0 && pt >= 0 {
						continue
					}
					feats = f.Trans(i, pt, feats[:0])
					p.score(feats, q.tr[i][pt+1][:])
				}
			}
			pred = q.best(nil, pred)
			gold = q.best(fix, gold)
			p.c++
			for i := range s.Words {
				if s.Gold[i] >= 0 {
					n++
					if pred[i] != s.Gold[i] {
						errs++
					}
				}
				gp, pp := -1, -1
				if i > 0 {
					gp, pp = gold[i-1], pred[i-1]
				}
				if gold[i] == pred[i] && gp == pp {
					continue
				}
				if gold[i] != pred[i] {
					p.update(f.Static(i), gold[i], 1)
					p.update(f.Static(i), pred[i], -1)
				}
				gf = f.Trans(i, gp, gf[:0])
				p.update(gf, gold[i], 1)
				feats = f.Trans(i, pp, feats[:0])
				p.update(feats, pred[i], -1)
			}
		}
		if ep == epochs-1 {
			log.Printf("run seed %d, epoch %d: train token error %.4f", seed, ep+1, float64(errs)/float64(max(n, 1)))
		}
	}
	return p.average()
}

// ---- gazetteer from GeoNames ----

var countryAliases = []string{"US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "UK", "U.K.",
	"Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Russian Federation",
	"Palestine", "State of Palestine", "Gaza", "Holland", "Netherlands", "Burma", "Czech Republic", "Vatican City",
	"DR Congo", "DRC", "Congo", "UAE", "Korea", "Persia", "Ivory Coast", "Cote d'Ivoire", "East Timor",
	"Swaziland", "Macedonia", "Soviet Union", "USSR", "Yugoslavia", "Kurdistan Region", "Republic of Korea",
	"Islamic Republic of Iran", "Syrian Arab Republic", "Kingdom of Saudi Arabia", "KSA", "Turkiye", "Türkiye",
	"Lebanese Republic", "Republic of Iraq", "Emirates", "Bosnia", "Herzegovina", "Somaliland", "Transnistria",
	"Abkhazia", "South Ossetia", "Northern Cyprus", "Western Sahara", "Tibet", "Xinjiang", "Chechnya", "Dagestan"}

func geonamesEntries(dir string) ([]ner.GazEntry, error) {
	seen := map[string]uint32{}
	add := func(name string, k uint32) {
		name = strings.Join(strings.Fields(name), " ")
		if name == "" || len(strings.Fields(name)) > 5 {
			return
		}
		seen[name] |= k
	}
	readTSV := func(name string, fn func([]string)) error {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			fn(strings.Split(line, "\t"))
		}
		return sc.Err()
	}
	if err := readTSV("countryInfo.tsv", func(c []string) {
		if len(c) > 5 {
			add(c[4], ner.KCountry)
			add(strings.TrimPrefix(c[4], "The "), ner.KCountry)
			add(c[5], ner.KCity)
		}
	}); err != nil {
		return nil, err
	}
	for _, a := range countryAliases {
		add(a, ner.KCountry)
	}
	if err := readTSV("admin1CodesASCII.txt", func(c []string) {
		if len(c) > 2 {
			for _, n := range c[1:3] {
				add(n, ner.KAdmin)
				for _, suf := range []string{" Governorate", " Province", " Region", " State", " District", " Oblast", " County"} {
					if strings.HasSuffix(n, suf) {
						add(strings.TrimSuffix(n, suf), ner.KAdmin)
					}
				}
				for _, pre := range []string{"Muhafazat ", "Province of ", "State of "} {
					if strings.HasPrefix(n, pre) {
						add(strings.TrimPrefix(n, pre), ner.KAdmin)
					}
				}
			}
		}
	}); err != nil {
		return nil, err
	}
	if *admin2 {
		if err := readTSV("admin2Codes.txt", func(c []string) {
			if len(c) > 2 {
				add(c[1], ner.KDistrict)
				add(c[2], ner.KDistrict)
			}
		}); err != nil {
			return nil, err
		}
	}
	if err := readTSV("cities15000.txt", func(c []string) {
		if len(c) > 2 {
			add(c[1], ner.KCity)
			add(c[2], ner.KCity)
		}
	}); err != nil {
		return nil, err
	}
	out := make([]ner.GazEntry, 0, len(seen))
	for n, k := range seen {
		out = append(out, ner.GazEntry{Phrase: n, Kind: k})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Phrase < out[j].Phrase })
	return out, nil
}

// altNameEntries returns the alternate names of cities15000 that are other spellings of the
// city's own name: Latin script, mixed case, 4+ letters, at most four words, and as similar to
// the ASCII name as "Khan Younis" is to "Khan Yunis" (letter LCS ratio >= 0.75), which keeps
// transliterations and drops other languages' exonyms ("Windlesora"). A name the gazetteer
// already knows as anything but a place (a given name, a person, a surname, an organisation, a
// word mostly written in lower case, a title or head word) is left out.
func altNameEntries(dir string, have []ner.GazEntry) ([]ner.GazEntry, error) {
	gz := ner.NewGazetteer(have)
	const notPlace = ner.KFirstName | ner.KPerson | ner.KSurname | ner.KOrgName | ner.KOrgKey | ner.KTitle |
		ner.KCapLow | ner.KStop | ner.KDemonym | ner.KLocWord | ner.KFacWord | ner.KWeapon | ner.KParticle
	known := make(map[string]bool, len(have))
	for _, e := range have {
		known[e.Phrase] = true
	}
	f, err := os.Open(filepath.Join(dir, "cities15000.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	seen := map[string]bool{}
	var out []ner.GazEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 4 || c[3] == "" {
			continue
		}
		base := foldLetters(c[2])
		if len(base) == 0 {
			base = foldLetters(c[1])
		}
		for _, a := range strings.Split(c[3], ",") {
			a = strings.Join(strings.Fields(a), " ")
			if seen[a] || known[a] || !latinName(a) {
				continue
			}
			fa := foldLetters(a)
			if len(fa) < 4 || len(strings.Fields(a)) > 4 || lcsRatio(fa, base) < 0.75 {
				continue
			}
			if gz.Kinds(strings.Fields(a))&notPlace != 0 {
				continue
			}
			seen[a] = true
			out = append(out, ner.GazEntry{Phrase: a, Kind: ner.KAltPlace})
		}
	}
	return out, sc.Err()
}

// latinName: Latin letters (and spaces, hyphens, apostrophes, periods), starting with a capital,
// not all capitals (codes such as "WRB").
func latinName(s string) bool {
	if s == "" {
		return false
	}
	lower := false
	for i, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '\'' || r == '.' || r == '’':
		case unicode.Is(unicode.Latin, r):
			if i == 0 && !unicode.IsUpper(r) {
				return false
			}
			if unicode.IsLower(r) {
				lower = true
			}
		default:
			return false
		}
	}
	return lower
}

// foldLetters lower-cases s and keeps its letters, folding common Latin diacritics to ASCII.
func foldLetters(s string) []rune {
	var out []rune
	for _, r := range strings.ToLower(s) {
		if !unicode.IsLetter(r) {
			continue
		}
		if r >= 0x80 {
			if f, ok := diacritics[r]; ok {
				r = f
			}
		}
		out = append(out, r)
	}
	return out
}

var diacritics = func() map[rune]rune {
	m := map[rune]rune{}
	for _, p := range []string{"aàáâãäåāăą", "cçćčĉċ", "dďđḑḍ", "eèéêëēĕėęě", "gğĝġģ", "hĥħḥ", "iìíîïīĭįı", "kķḳ",
		"lĺļľŀł", "nñńņňṇ", "oòóôõöøōŏő", "rŕŗř", "sśŝşšṣș", "tţťŧṭț", "uùúûüũūŭůűų", "yýÿŷ", "zźżžẓ"} {
		rs := []rune(p)
		for _, r := range rs[1:] {
			m[r] = rs[0]
		}
	}
	return m
}()

// lcsRatio is 2·LCS(a, b) / (|a| + |b|).
func lcsRatio(a, b []rune) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return 2 * float64(prev[len(b)]) / float64(len(a)+len(b))
}

func mergeEntries(es []ner.GazEntry) []ner.GazEntry {
	m := map[string]uint32{}
	for _, e := range es {
		m[e.Phrase] |= e.Kind
	}
	out := make([]ner.GazEntry, 0, len(m))
	for p, k := range m {
		out = append(out, ner.GazEntry{Phrase: p, Kind: k})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Phrase < out[j].Phrase })
	return out
}

var (
	reDate  = regexp.MustCompile(`\d{6}`)
	reParen = regexp.MustCompile(`\([^)]*\)`)
)

// phoenixEntries reads person and organisation names from the Phoenix actor dictionaries:
// entries whose codes carry date ranges are office holders (persons), the others in the
// International and MilNonState files are organisations.
func phoenixEntries(dir string) ([]ner.GazEntry, error) {
	type entry struct {
		names []string
		codes string
	}
	parse := func(name string) ([]entry, error) {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		defer f.Close()
		var out []entry
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			raw := sc.Text()
			l := raw
			if i := strings.IndexByte(l, '#'); i >= 0 {
				l = l[:i]
			}
			if strings.TrimSpace(l) == "" {
				continue
			}
			switch {
			case raw[0] == ' ' || raw[0] == '\t':
				if len(out) > 0 {
					out[len(out)-1].codes += l
				}
			case l[0] == '+':
				if len(out) > 0 {
					out[len(out)-1].names = append(out[len(out)-1].names, strings.TrimSpace(l[1:]))
				}
			default:
				n, c := l, ""
				if i := strings.IndexByte(l, '['); i >= 0 {
					n, c = l[:i], l[i:]
				}
				out = append(out, entry{names: []string{strings.TrimSpace(n)}, codes: c})
			}
		}
		return out, sc.Err()
	}
	clean := func(n string) string {
		n = reParen.ReplaceAllString(n, " ")
		n = strings.ReplaceAll(n, "_", " ")
		n = strings.Join(strings.Fields(n), " ")
		if n == "" || strings.ContainsAny(n, "0123456789,") {
			return ""
		}
		return n
	}
	var out []ner.GazEntry
	for _, file := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		es, err := parse(file)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			person := reDate.MatchString(e.codes)
			if !person && file == "Phoenix.Countries.actors.txt" {
				continue // country names and offices: covered elsewhere
			}
			for _, n := range e.names {
				n = clean(n)
				if n == "" {
					continue
				}
				ws := strings.Fields(n)
				if person {
					if len(ws) < 2 {
						continue
					}
					out = append(out, ner.GazEntry{Phrase: n, Kind: ner.KPerson})
					if last := ws[len(ws)-1]; len(last) > 2 {
						out = append(out, ner.GazEntry{Phrase: last, Kind: ner.KSurname})
					}
				} else {
					out = append(out, ner.GazEntry{Phrase: n, Kind: ner.KOrgName})
				}
			}
		}
	}
	return out, nil
}

// capEntries measures how often each word is capitalised inside a sentence in unlabelled
// news text (event-location sentences, PLOVER synthetic stories).
func capEntries(dataDir string) ([]ner.GazEntry, error) {
	var texts []string
	if f, err := os.Open(filepath.Join(dataDir, "event-location", "labeled_text.json.gz")); err == nil {
		zr, err := gzip.NewReader(f)
		if err == nil {
			var recs []struct {
				Text string `json:"text"`
			}
			if err := json.NewDecoder(zr).Decode(&recs); err == nil {
				for _, r := range recs {
					texts = append(texts, r.Text)
				}
			}
		}
		f.Close()
	}
	if f, err := os.Open(filepath.Join(dataDir, "plover-synthetic", "gpt_synthetic_events_2023-10-19.csv.gz")); err == nil {
		zr, err := gzip.NewReader(f)
		if err == nil {
			r := csv.NewReader(zr)
			r.FieldsPerRecord = -1
			for {
				rec, err := r.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					break
				}
				if len(rec) > 1 {
					texts = append(texts, rec[1])
				}
			}
		}
		f.Close()
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("no unlabelled text for capitalisation statistics")
	}
	type cnt struct{ cap, low int }
	counts := map[string]*cnt{}
	seenText := map[string]bool{}
	for _, t := range texts {
		if seenText[t] {
			continue
		}
		seenText[t] = true
		toks := ner.Tokenize(t, 0, len(t), nil)
		initial := true
		for _, tk := range toks {
			w := t[tk.Start:tk.End]
			r, _ := utf8DecodeFirst(w)
			if !unicode.IsLetter(r) {
				initial = w == "." || w == "!" || w == "?" || w == "\"" || w == "“" || w == ":" || (initial && !unicode.IsLetter(r))
				continue
			}
			if !initial {
				lw := strings.ToLower(w)
				c := counts[lw]
				if c == nil {
					c = &cnt{}
					counts[lw] = c
				}
				if unicode.IsUpper(r) {
					c.cap++
				} else {
					c.low++
				}
			}
			initial = false
		}
	}
	var out []ner.GazEntry
	for w, c := range counts {
		n := c.cap + c.low
		switch {
		case n >= 3 && float64(c.cap) >= 0.8*float64(n):
			out = append(out, ner.GazEntry{Phrase: w, Kind: ner.KCapHigh})
		case n >= 5 && float64(c.cap) <= 0.2*float64(n):
			out = append(out, ner.GazEntry{Phrase: w, Kind: ner.KCapLow})
		}
	}
	log.Printf("capitalisation statistics from %d texts: %d words", len(seenText), len(out))
	return out, nil
}

func utf8DecodeFirst(s string) (rune, int) {
	for _, r := range s {
		return r, 1
	}
	return 0, 0
}

// actorEntries reads the names and aliases of the hand-written actor knowledge base files
// (internal/actors/data/*.txt, not the generated ones, whose names come from GeoNames and
// Phoenix here already): people's full names are KPerson and their one-word aliases KSurname;
// organisations' and state bodies' names are KOrgName, except country names.
func actorEntries(dir string, have []ner.GazEntry) ([]ner.GazEntry, error) {
	countries := map[string]bool{}
	for _, e := range have {
		if e.Kind&(ner.KCountry|ner.KCity|ner.KAdmin) != 0 {
			countries[strings.ToLower(e.Phrase)] = true
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no actor files in %s", dir)
	}
	var out []ner.GazEntry
	for _, file := range files {
		if strings.HasSuffix(file, ".gen.txt") {
			continue
		}
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		for _, block := range strings.Split(strings.ReplaceAll(string(b), "\r", ""), "\n\n") {
			typ := "org"
			var names []string
			for _, line := range strings.Split(block, "\n") {
				if i := strings.Index(line, " #"); i >= 0 {
					line = line[:i]
				}
				k, v, ok := strings.Cut(line, ":")
				if !ok || strings.HasPrefix(line, "#") {
					continue
				}
				v = strings.TrimSpace(v)
				switch strings.TrimSpace(k) {
				case "type":
					typ = v
				case "name":
					names = append(names, v)
				case "aliases":
					for _, a := range strings.Split(v, ";") {
						names = append(names, strings.TrimSpace(a))
					}
				}
			}
			for _, n := range names {
				n = strings.Join(strings.Fields(n), " ")
				if n == "" || countries[strings.ToLower(n)] || strings.ContainsAny(n, "0123456789,()") {
					continue
				}
				r, _ := utf8DecodeFirst(n)
				if !unicode.IsUpper(r) {
					continue
				}
				multi := strings.Contains(n, " ")
				switch {
				case typ == "person" && multi:
					out = append(out, ner.GazEntry{Phrase: n, Kind: ner.KPerson})
				case typ == "person":
					if len(n) > 2 {
						out = append(out, ner.GazEntry{Phrase: n, Kind: ner.KSurname})
					}
				case multi || strings.ToUpper(n) == n && len(n) > 1 || typ != "state":
					out = append(out, ner.GazEntry{Phrase: n, Kind: ner.KOrgName})
				}
			}
		}
	}
	return out, nil
}
