package nerdata

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Toponym is one labelled toponym occurrence of a toponym article: its byte span and kind
// (country, admin1, admin2, city, town, feature, region).
type Toponym struct {
	Start, End int
	Kind, Use  string
}

// ReadToponymArticle reads one article of internal/geo/testdata/toponym-articles-*: NAME.txt
// and NAME.tsv (toponym, occurrence, country, lat, lon, kind, use; the occurrence-th
// whole-word match of the toponym is the one labelled). Its annotators labelled every
// occurrence of every toponym and nothing else, so the article is exhaustive for places and
// silent about people and organisations.
func ReadToponymArticle(tsv string) (text string, tops []Toponym, err error) {
	b, err := os.ReadFile(strings.TrimSuffix(tsv, ".tsv") + ".txt")
	if err != nil {
		return "", nil, err
	}
	text = string(b)
	raw, err := os.ReadFile(tsv)
	if err != nil {
		return "", nil, err
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 7 {
			return "", nil, fmt.Errorf("%s: bad line %q", tsv, line)
		}
		n, err := strconv.Atoi(c[1])
		start := -1
		if err == nil {
			start = NthWord(text, c[0], n)
		}
		if start < 0 {
			return "", nil, fmt.Errorf("%s: no occurrence %s of %q", tsv, c[1], c[0])
		}
		tops = append(tops, Toponym{Start: start, End: start + len(c[0]), Kind: c[5], Use: c[6]})
	}
	return text, tops, nil
}

// NthWord is the byte offset of the n-th (1-based) whole-word occurrence of w in text, -1 when
// there is none (how the toponym articles count occurrences).
func NthWord(text, w string, n int) int {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for from := 0; n > 0 && w != ""; {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(w):])
		if (i == 0 || !isWord(before)) && (i+len(w) == len(text) || !isWord(after)) {
			n--
			if n == 0 {
				return i
			}
		}
		from = i + len(w)
	}
	return -1
}

// ToponymDoc turns a toponym article into training sentences. The places are the
// annotators'; everything else is silver: pred is a tagger's reading of the same text (the
// pipeline's tagger trained without these articles), whose person, organisation, nationality
// and weapon names are kept where they do not touch a labelled toponym.
//
//   - A labelled toponym covered by a predicted place keeps that place's span and label
//     ("the Moei river" may be LOC "Moei river" around the labelled "Moei").
//   - A labelled toponym the tagger called a person or organisation by exactly its words, or
//     left untagged, becomes a place: LOC for features and regions unless the gazetteer's
//     words say FAC, otherwise GPE.
//   - A predicted name that strictly contains a labelled toponym ("University of Peradeniya",
//     "Kachin Independence Army") is masked: the annotators were told not to label names
//     inside organisation names, so such a label is either their slip or the tagger's.
//   - A toponym used as an actor ("Liverpool won") that the tagger did not read as a place is
//     masked: corpora differ on whether a team or government named by its place is GPE or ORG.
//   - A predicted place that no annotator labelled is masked (a slip of either side).
//   - Every other token is O.
func (l *Labeler) ToponymDoc(id, text string, tops []Toponym, pred []model.Entity) Doc {
	doc := Doc{Corpus: "toponyms", ID: id}
	for _, toks := range SplitSentences(text) {
		if len(toks) == 0 {
			continue
		}
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = text[t.Start:t.End]
		}
		gold := make([]int, len(toks))
		var spans []span
		type tr struct {
			a, b      int
			kind, use string
		}
		var tt []tr
		for _, tp := range tops {
			if a, b := tokenRange(toks, tp.Start, tp.End); a >= 0 {
				tt = append(tt, tr{a, b, tp.Kind, tp.Use})
			}
		}
		covered := make([]bool, len(tt))
		for _, e := range pred {
			a, b := tokenRange(toks, e.Start, e.End)
			if a < 0 {
				continue
			}
			place := e.Label == model.GPE || e.Label == model.LOC || e.Label == model.FAC
			touches, inside := false, true
			for i, t := range tt {
				if t.a < b && a < t.b {
					touches = true
					if place || a >= t.a && b <= t.b {
						covered[i] = covered[i] || place
					} else {
						inside = false
						covered[i] = true // masked with the name
					}
				}
			}
			switch {
			case place && touches:
				spans = append(spans, span{a, b, e.Label})
			case place, touches && !inside:
				spans = append(spans, span{a, b, ""})
			case !touches:
				spans = append(spans, span{a, b, e.Label})
			}
		}
		for i, t := range tt {
			if covered[i] {
				continue
			}
			if t.use == "actor" {
				spans = append(spans, span{t.a, t.b, ""})
				continue
			}
			label := l.PlaceLabel(words[t.a:t.b])
			if (t.kind == "feature" || t.kind == "region") && label != model.FAC {
				label = model.LOC
			} else if label != model.FAC && label != model.LOC {
				label = model.GPE
			}
			spans = append(spans, span{t.a, t.b, label})
		}
		apply(gold, spans)
		doc.Sents = append(doc.Sents, Sent{Words: words, Gold: gold})
	}
	return doc
}

// ToponymArticles lists the article files (NAME.tsv) of the toponym-article folders matched
// by the glob patterns, sorted and without repeats.
func ToponymArticles(patterns []string) ([]string, error) {
	var out []string
	for _, p := range patterns {
		dirs, err := filepath.Glob(p)
		if err != nil {
			return nil, err
		}
		for _, d := range dirs {
			if strings.Contains(filepath.Base(d), "heldout") {
				return nil, fmt.Errorf("%s: a held-out set is never trained on", d)
			}
			fs, _ := filepath.Glob(filepath.Join(d, "*.tsv"))
			out = append(out, fs...)
		}
	}
	// one order however the patterns are written: the training shuffle starts from it
	sort.Strings(out)
	return slices.Compact(out), nil
}
