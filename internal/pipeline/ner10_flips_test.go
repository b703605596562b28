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
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// TestNER10Flips lists every entity that the session-10 place readings (ner PostRules bit
// 1024) change over the development texts: examples, testdata/dev2..dev12, the development
// toponym articles and sentences. Labelled toponyms are marked "+" (a place the gold names),
// others "?" (to check by hand). It also counts the labelled toponyms the tagger (with the
// gazetteer hook) puts under a place label, another label or none, without and with the bit.
// Development sets only; run with NER10_FLIPS=1.
func TestNER10Flips(t *testing.T) {
	if os.Getenv("NER10_FLIPS") == "" {
		t.Skip("set NER10_FLIPS=1")
	}
	an, err := nlp.New()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	an.SetKnownPlace(gaz.KnownPlace)
	type doc struct {
		name, text string
		spans      [][2]int
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
		if b, err := os.ReadFile(f); err == nil {
			docs = append(docs, doc{name: f, text: string(b)})
		}
	}
	dir := filepath.Join("..", "geo", "testdata")
	sets, _ := filepath.Glob(filepath.Join(dir, "toponym-articles-dev*"))
	for _, set := range sets {
		files, _ := filepath.Glob(filepath.Join(set, "*.tsv"))
		for _, f := range files {
			text, spans, _ := readToponymArticle(t, f)
			docs = append(docs, doc{name: filepath.Base(set) + "/" + filepath.Base(f), text: text, spans: spans})
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
	type tally struct{ n, place, other, none int }
	var before, after tally
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
	key := func(e model.Entity) string { return fmt.Sprintf("%d:%d", e.Start, e.End) }
	saved := ner.PostRules
	defer func() { ner.PostRules = saved }()
	flips := 0
	for _, d := range docs {
		md := &model.Document{ID: "t", Text: d.text, Language: "en"}
		ner.PostRules = saved &^ 1024
		a0 := an.Annotate(md, "2026-10-01")
		ner.PostRules = saved
		a1 := an.Annotate(md, "2026-10-01")
		for _, s := range d.spans {
			cover(&before, a0.Entities, s)
			cover(&after, a1.Entities, s)
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
			t.Logf("%s %s %q %s→%s | %s", mark, d.name, e.Text, old[key(e)], e.Label, strings.ReplaceAll(d.text[a:b], "\n", " / "))
		}
	}
	t.Logf("%d flips over %d texts", flips, len(docs))
	t.Logf("toponyms under the tagger's labels (place / other / none of n): without bit 1024 %d / %d / %d of %d, with %d / %d / %d",
		before.place, before.other, before.none, before.n, after.place, after.other, after.none)
}
