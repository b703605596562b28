package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// TestNERFlips lists every entity whose label a change of the tagger alters over the
// development texts (examples, testdata/dev2..dev12, the development toponym articles and
// sentences), and counts the labelled toponyms the tagger puts under a place label, another
// label or none, before and after. NER_FLIPS names the change: "hook" compares the tagger
// without and with the gazetteer hook (nlp.Annotator.SetKnownPlace, session 9); a number
// compares the hooked tagger without and with that ner PostRules bit (1024: session 10's
// place readings). Labelled toponyms are marked "+" (a place the gold names), others "?" (to
// check by hand). NER_FLIPS_EXTRA adds a file of "text<TAB>start:end,…" lines (labelled place
// spans, e.g. the event-location sentences converted). Development sets only.
func TestNERFlips(t *testing.T) {
	which := os.Getenv("NER_FLIPS")
	if which == "" {
		t.Skip("set NER_FLIPS=hook or NER_FLIPS=<PostRules bit>")
	}
	bit := 0
	if which != "hook" {
		var err error
		if bit, err = strconv.Atoi(which); err != nil || bit <= 0 {
			t.Fatalf("NER_FLIPS=%q: want hook or a PostRules bit", which)
		}
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
	docs := flipDocs(t)
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
		var a0, a1 *model.Annotation
		if bit == 0 {
			a0, a1 = plain.Annotate(md, "2026-10-01"), hooked.Annotate(md, "2026-10-01")
		} else {
			ner.PostRules = saved &^ uint32(bit)
			a0 = hooked.Annotate(md, "2026-10-01")
			ner.PostRules = saved
			a1 = hooked.Annotate(md, "2026-10-01")
		}
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
	t.Logf("toponyms under the tagger's labels (place / other / none of n): before %d / %d / %d of %d, after %d / %d / %d",
		before.place, before.other, before.none, before.n, after.place, after.other, after.none)
}

type flipDoc struct {
	name, text string
	spans      [][2]int // labelled toponyms, when known
}

// flipDocs reads the development texts TestNERFlips runs over.
func flipDocs(t *testing.T) []flipDoc {
	var docs []flipDoc
	root := filepath.Join("..", "..")
	txts, _ := filepath.Glob(filepath.Join(root, "examples", "*.txt"))
	for i := 2; i <= 12; i++ {
		f, _ := filepath.Glob(filepath.Join(root, "testdata", fmt.Sprintf("dev%d", i), "*.txt"))
		txts = append(txts, f...)
	}
	for _, f := range txts {
		if b, err := os.ReadFile(f); err == nil {
			docs = append(docs, flipDoc{name: f, text: string(b)})
		}
	}
	dir := filepath.Join("..", "geo", "testdata")
	sets, _ := filepath.Glob(filepath.Join(dir, "toponym-articles-dev*"))
	for _, set := range sets {
		files, _ := filepath.Glob(filepath.Join(set, "*.tsv"))
		for _, f := range files {
			text, spans, _ := readToponymArticle(t, f)
			docs = append(docs, flipDoc{name: filepath.Base(set) + "/" + filepath.Base(f), text: text, spans: spans})
		}
	}
	for _, f := range []string{"toponyms-dev2.tsv", "toponyms-dev3.tsv", "toponyms-dev4.tsv", "toponyms-dev5.tsv"} {
		path := filepath.Join(dir, f)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		for _, l := range readToponymLines(t, path) {
			s := strings.Index(l.text, l.toponym)
			docs = append(docs, flipDoc{name: f, text: l.text, spans: [][2]int{{s, s + len(l.toponym)}}})
		}
	}
	if f := os.Getenv("NER_FLIPS_EXTRA"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			text, sp, ok := strings.Cut(l, "\t")
			if !ok {
				continue
			}
			d := flipDoc{name: "extra", text: text}
			for _, x := range strings.Split(sp, ",") {
				var s, e int
				if _, err := fmt.Sscanf(x, "%d:%d", &s, &e); err == nil {
					d.spans = append(d.spans, [2]int{s, e})
				}
			}
			docs = append(docs, d)
		}
	}
	return docs
}
