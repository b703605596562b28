package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp"
)

// TestNER9bFlips lists every entity whose label the gazetteer hook of the tagger
// (nlp.Annotator.SetKnownPlace, ner PostRules bit 512) changes over the development texts:
// examples, testdata/dev2..dev12 and the development toponym articles and sentences. Labelled
// toponyms are marked "+" (a place the gold names), others "?" (to check by hand). It also
// counts the labelled toponyms the tagger alone puts under a place label, another label or
// none, with and without the hook. Development sets only; run with NER9B_FLIPS=1.
func TestNER9bFlips(t *testing.T) {
	if os.Getenv("NER9B_FLIPS") == "" {
		t.Skip("set NER9B_FLIPS=1")
	}
	plain, err := nlp.New()
	if err != nil {
		t.Fatal(err)
	}
	hooked, _ := nlp.New()
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	hooked.SetKnownPlace(gaz.KnownPlace)
	type doc struct {
		name, text string
		spans      [][2]int // labelled toponyms, when known
	}
	var docs []doc
	root := filepath.Join("..", "..")
	var txts []string
	ex, _ := filepath.Glob(filepath.Join(root, "examples", "*.txt"))
	txts = append(txts, ex...)
	for i := 2; i <= 12; i++ {
		f, _ := filepath.Glob(filepath.Join(root, "testdata", fmt.Sprintf("dev%d", i), "*.txt"))
		txts = append(txts, f...)
	}
	for _, f := range txts {
		b, err := os.ReadFile(f)
		if err == nil {
			docs = append(docs, doc{name: f, text: string(b)})
		}
	}
	dir := filepath.Join("..", "geo", "testdata")
	for _, set := range []string{"toponym-articles-dev", "toponym-articles-dev2", "toponym-articles-dev3",
		"toponym-articles-dev4", "toponym-articles-dev5", "toponym-articles-dev6", "toponym-articles-dev7"} {
		files, _ := filepath.Glob(filepath.Join(dir, set, "*.tsv"))
		for _, f := range files {
			text, spans, _ := readToponymArticle(t, f)
			docs = append(docs, doc{name: set + "/" + filepath.Base(f), text: text, spans: spans})
		}
	}
	for _, f := range []string{"toponyms-dev2.tsv", "toponyms-dev3.tsv", "toponyms-dev4.tsv", "toponyms-dev5.tsv"} {
		path := filepath.Join(dir, f)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		for _, l := range readToponymLines(t, path) {
			s := strings.Index(l.text, l.toponym)
			docs = append(docs, doc{name: f, text: l.text, spans: [][2]int{{s, s + len(l.toponym)}}})
		}
	}
	// NER9B_EXTRA: a file of "text<TAB>start:end,..." lines (labelled place spans), e.g. the
	// event-location sentences converted
	if f := os.Getenv("NER9B_EXTRA"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			text, sp, ok := strings.Cut(l, "\t")
			if !ok {
				continue
			}
			d := doc{name: "extra", text: text}
			for _, x := range strings.Split(sp, ",") {
				var s, e int
				if _, err := fmt.Sscanf(x, "%d:%d", &s, &e); err == nil {
					d.spans = append(d.spans, [2]int{s, e})
				}
			}
			docs = append(docs, d)
		}
	}
	key := func(e model.Entity) string { return fmt.Sprintf("%d:%d", e.Start, e.End) }
	type tally struct{ n, place, other, none int }
	var before, after, before7, after7 tally // all sets; toponym-articles-dev7 alone
	cover := func(y *tally, es []model.Entity, s [2]int) {
		y.n++
		var c *model.Entity
		for i := range es {
			e := &es[i]
			if e.Start < s[1] && s[0] < e.End && e.Label != model.DATE && e.Label != model.QUANTITY {
				if c == nil || e.Label == model.GPE || e.Label == model.LOC || e.Label == model.FAC {
					c = e
				}
			}
		}
		switch {
		case c == nil:
			y.none++
		case c.Label == model.GPE || c.Label == model.LOC || c.Label == model.FAC:
			y.place++
		default:
			y.other++
		}
	}
	flips := 0
	for _, d := range docs {
		md := &model.Document{ID: "t", Text: d.text, Language: "en"}
		a0 := plain.Annotate(md, "2026-10-01")
		a1 := hooked.Annotate(md, "2026-10-01")
		for _, s := range d.spans {
			cover(&before, a0.Entities, s)
			cover(&after, a1.Entities, s)
			if strings.HasPrefix(d.name, "toponym-articles-dev7/") {
				cover(&before7, a0.Entities, s)
				cover(&after7, a1.Entities, s)
			}
		}
		old := map[string]string{}
		had := map[string]bool{}
		for _, e := range a0.Entities {
			old[key(e)] = e.Label
			had[key(e)+e.Label] = true
		}
		for _, e := range a1.Entities {
			if had[key(e)+e.Label] {
				continue
			}
			mark := "?"
			for _, s := range d.spans {
				if e.Start < s[1] && s[0] < e.End {
					mark = "+"
				}
			}
			a, b := max(0, e.Start-70), min(len(d.text), e.End+40)
			flips++
			f, pop, _ := gaz.KnownPlace(e.Text)
			t.Logf("%s %s %q %s→%s [%s %d] | %s", mark, d.name, e.Text, old[key(e)], e.Label, f, pop, strings.ReplaceAll(d.text[a:b], "\n", " "))
		}
	}
	t.Logf("%d flips over %d texts", flips, len(docs))
	t.Logf("toponyms under the tagger's labels (place / other / none of n): without the hook %d / %d / %d of %d, with %d / %d / %d",
		before.place, before.other, before.none, before.n, after.place, after.other, after.none)
	t.Logf("toponym-articles-dev7 alone: without %d / %d / %d of %d, with %d / %d / %d",
		before7.place, before7.other, before7.none, before7.n, after7.place, after7.other, after7.none)
}
