package nerdata

import (
	"fmt"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// Counts are true positives, false positives and false negatives of exact-match spans.
type Counts struct{ TP, FP, FN int }

// P is precision.
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is recall.
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score holds per-label counts and the coarse PER/ORG/LOC micro counts (GPE, LOC and FAC
// counted as LOC).
type Score struct {
	Label  map[string]*Counts
	Coarse Counts
	Tokens int
}

type ent struct {
	a, b  int
	label string
}

func spans(tags []int) []ent {
	var out []ent
	for i := 0; i < len(tags); {
		if tags[i] <= 0 {
			i++
			continue
		}
		typ := ner.TagType(tags[i])
		j := i + 1
		for j < len(tags) && ner.IsInside(tags[j]) && ner.TagType(tags[j]) == typ {
			j++
		}
		out = append(out, ent{i, j, ner.Types[typ]})
		i = j
	}
	return out
}

func coarse(l string) string {
	switch l {
	case "PERSON":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC", "FAC":
		return "LOC"
	}
	return ""
}

// EvaluateText joins each document's words into a text (words separated by spaces,
// sentences by newlines), tags it with tag as the pipeline would, and scores the entities
// that fall on word boundaries like Evaluate.
func EvaluateText(docs []Doc, tag func(text string, sents []model.Sentence) []model.Entity) *Score {
	preds := map[*Sent][]int{}
	tagText(docs, tag, func(se *Sent, a, b, k int, _ model.Entity) {
		p := preds[se]
		if p == nil {
			p = make([]int, len(se.Words))
			preds[se] = p
		}
		p[a] = ner.TagB(k)
		for i := a + 1; i <= b; i++ {
			p[i] = ner.TagI(k)
		}
	})
	return evaluate(docs, func(s *Sent) []int {
		if p := preds[s]; p != nil {
			return p
		}
		return make([]int, len(s.Words))
	})
}

// Outcome is a tagged entity's score and whether it matches a gold span exactly.
type Outcome struct {
	Score   float64
	Correct bool
}

// Outcomes tags docs like EvaluateText and returns, for every entity on unmasked words,
// its Score and whether it is correct (for calibrating scores).
func Outcomes(docs []Doc, tag func(text string, sents []model.Sentence) []model.Entity) []Outcome {
	var out []Outcome
	tagText(docs, tag, func(se *Sent, a, b, k int, e model.Entity) {
		g := se.Gold
		for i := a; i <= b; i++ {
			if g[i] == Mask {
				return
			}
		}
		ok := g[a] == ner.TagB(k)
		for i := a + 1; i <= b && ok; i++ {
			ok = g[i] == ner.TagI(k)
		}
		if b+1 < len(g) && g[b+1] == ner.TagI(k) {
			ok = false
		}
		out = append(out, Outcome{e.Score, ok})
	})
	return out
}

// tagText joins each document's words into a text (words separated by spaces, sentences by
// newlines), tags it, and calls hook for every entity that falls on word boundaries of one
// sentence with its first and last word index and type index.
func tagText(docs []Doc, tag func(text string, sents []model.Sentence) []model.Entity,
	hook func(se *Sent, a, b, k int, e model.Entity)) {
	for di := range docs {
		d := &docs[di]
		var b strings.Builder
		var sents []model.Sentence
		type pos struct{ s, w int }
		starts := map[int]pos{}
		ends := map[int]pos{}
		for si := range d.Sents {
			st := b.Len()
			for wi, w := range d.Sents[si].Words {
				if wi > 0 {
					b.WriteByte(' ')
				}
				starts[b.Len()] = pos{si, wi}
				b.WriteString(w)
				ends[b.Len()] = pos{si, wi}
			}
			sents = append(sents, model.Sentence{Start: st, End: b.Len()})
			b.WriteByte('\n')
		}
		for _, e := range tag(b.String(), sents) {
			ps, ok1 := starts[e.Start]
			pe, ok2 := ends[e.End]
			if !ok1 || !ok2 || ps.s != pe.s {
				continue
			}
			k := -1
			for i, ty := range ner.Types {
				if ty == e.Label {
					k = i
				}
			}
			if k >= 0 {
				hook(&d.Sents[ps.s], ps.w, pe.w, k, e)
			}
		}
	}
}

// Evaluate tags every sentence of docs with tag and scores exact-match spans; spans that
// touch a masked gold token are not scored.
func Evaluate(docs []Doc, tag func(words []string) []int) *Score {
	return evaluate(docs, func(s *Sent) []int { return tag(s.Words) })
}

func evaluate(docs []Doc, tag func(s *Sent) []int) *Score {
	s := &Score{Label: map[string]*Counts{}}
	get := func(l string) *Counts {
		if s.Label[l] == nil {
			s.Label[l] = &Counts{}
		}
		return s.Label[l]
	}
	for di := range docs {
		for si := range docs[di].Sents {
			se := &docs[di].Sents[si]
			if len(se.Words) == 0 {
				continue
			}
			s.Tokens += len(se.Words)
			pred := tag(se)
			gold := append([]int(nil), se.Gold...)
			masked := func(e ent) bool {
				for i := e.a; i < e.b; i++ {
					if gold[i] == Mask {
						return true
					}
				}
				return false
			}
			// gold spans (masked tokens count as O for span building)
			g := make([]int, len(gold))
			for i, t := range gold {
				if t > 0 {
					g[i] = t
				}
			}
			gs, ps := spans(g), spans(pred)
			gset := map[ent]bool{}
			for _, e := range gs {
				gset[e] = true
			}
			pset := map[ent]bool{}
			for _, e := range ps {
				if !masked(e) {
					pset[e] = true
				}
			}
			type cspan struct {
				a, b int
				l    string
			}
			gc, pc := map[cspan]bool{}, map[cspan]bool{}
			for e := range gset {
				if pset[e] {
					get(e.label).TP++
				} else {
					get(e.label).FN++
				}
				if c := coarse(e.label); c != "" {
					gc[cspan{e.a, e.b, c}] = true
				}
			}
			for e := range pset {
				if !gset[e] {
					get(e.label).FP++
				}
				if c := coarse(e.label); c != "" {
					pc[cspan{e.a, e.b, c}] = true
				}
			}
			for e := range gc {
				if pc[e] {
					s.Coarse.TP++
				} else {
					s.Coarse.FN++
				}
			}
			for e := range pc {
				if !gc[e] {
					s.Coarse.FP++
				}
			}
		}
	}
	return s
}

// String formats the score as a small table.
func (s *Score) String() string {
	var b strings.Builder
	var labels []string
	for l := range s.Label {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	fmt.Fprintf(&b, "  %-8s %6s %6s %6s %5s\n", "label", "P", "R", "F1", "gold")
	for _, l := range labels {
		c := s.Label[l]
		fmt.Fprintf(&b, "  %-8s %6.3f %6.3f %6.3f %5d\n", l, c.P(), c.R(), c.F1(), c.TP+c.FN)
	}
	c := s.Coarse
	fmt.Fprintf(&b, "  %-8s %6.3f %6.3f %6.3f %5d   (PER/ORG/LOC micro, GPE+LOC+FAC=LOC; %d tokens)\n",
		"P/O/L", c.P(), c.R(), c.F1(), c.TP+c.FN, s.Tokens)
	return b.String()
}

// Errors tags docs like EvaluateText and lists the false positives ("+ LABEL text") and
// false negatives ("- LABEL text") with their sentence, for error analysis.
func Errors(docs []Doc, tag func(text string, sents []model.Sentence) []model.Entity) []string {
	preds := map[*Sent][]int{}
	tagText(docs, tag, func(se *Sent, a, b, k int, _ model.Entity) {
		p := preds[se]
		if p == nil {
			p = make([]int, len(se.Words))
			preds[se] = p
		}
		p[a] = ner.TagB(k)
		for i := a + 1; i <= b; i++ {
			p[i] = ner.TagI(k)
		}
	})
	var out []string
	for di := range docs {
		for si := range docs[di].Sents {
			se := &docs[di].Sents[si]
			p := preds[se]
			if p == nil {
				p = make([]int, len(se.Words))
			}
			g := make([]int, len(se.Gold))
			for i, t := range se.Gold {
				if t > 0 {
					g[i] = t
				}
			}
			gs, ps := spans(g), spans(p)
			in := func(e ent, set []ent) bool {
				for _, x := range set {
					if x == e {
						return true
					}
				}
				return false
			}
			line := strings.Join(se.Words, " ")
			for _, e := range ps {
				masked := false
				for i := e.a; i < e.b; i++ {
					masked = masked || se.Gold[i] == Mask
				}
				if !masked && !in(e, gs) {
					out = append(out, fmt.Sprintf("%s + %s %q | %s", docs[di].Corpus, e.label, strings.Join(se.Words[e.a:e.b], " "), line))
				}
			}
			for _, e := range gs {
				if !in(e, ps) {
					out = append(out, fmt.Sprintf("%s - %s %q | %s", docs[di].Corpus, e.label, strings.Join(se.Words[e.a:e.b], " "), line))
				}
			}
		}
	}
	return out
}

// Add adds o's counts to s.
func (s *Score) Add(o *Score) {
	if s.Label == nil {
		s.Label = map[string]*Counts{}
	}
	for l, c := range o.Label {
		x := s.Label[l]
		if x == nil {
			x = &Counts{}
			s.Label[l] = x
		}
		x.TP += c.TP
		x.FP += c.FP
		x.FN += c.FN
	}
	s.Coarse.TP += o.Coarse.TP
	s.Coarse.FP += o.Coarse.FP
	s.Coarse.FN += o.Coarse.FN
	s.Tokens += o.Tokens
}
