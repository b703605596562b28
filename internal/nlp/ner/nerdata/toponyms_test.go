package nerdata

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// TestToponymDoc checks each labelling rule of ToponymDoc on one sentence: a place the tagger
// called a person becomes a place, a predicted place around a label keeps its span, a
// person away from the labels stays silver, an organisation name around a label is masked,
// an actor use the tagger missed is masked, a predicted place nobody labelled is masked.
func TestToponymDoc(t *testing.T) {
	l := NewLabeler(ner.NewGazetteer([]ner.GazEntry{{Phrase: "Athens", Kind: ner.KCity}}))
	text := "Residents of Dionysos fled to Athens as Brandt of the Tigray Front and Paros watched the Drin river while Kenya agreed."
	span := func(w string) (int, int) {
		i := strings.Index(text, w)
		return i, i + len(w)
	}
	top := func(w, kind, use string) Toponym {
		s, e := span(w)
		return Toponym{Start: s, End: e, Kind: kind, Use: use}
	}
	ent := func(w, label string) model.Entity {
		s, e := span(w)
		return model.Entity{Text: w, Label: label, Start: s, End: e}
	}
	tops := []Toponym{top("Dionysos", "town", "place"), top("Athens", "city", "place"), top("Tigray", "admin1", "place"),
		top("Drin", "feature", "place"), top("Kenya", "country", "actor")}
	pred := []model.Entity{ent("Dionysos", model.PERSON), ent("Athens", model.GPE), ent("Brandt", model.PERSON),
		ent("Tigray Front", model.ORG), ent("Paros", model.GPE)}
	d := l.ToponymDoc("t", text, tops, pred)
	if len(d.Sents) != 1 {
		t.Fatalf("%d sentences, want 1", len(d.Sents))
	}
	s := d.Sents[0]
	var got []string
	for i, w := range s.Words {
		tag := "?"
		if s.Gold[i] != Mask {
			tag = ner.TagName(s.Gold[i])
		}
		got = append(got, w+"/"+tag)
	}
	want := "Residents/O of/O Dionysos/B-GPE fled/O to/O Athens/B-GPE as/O Brandt/B-PERSON of/O the/O Tigray/? Front/? " +
		"and/O Paros/? watched/O the/O Drin/B-LOC river/O while/O Kenya/? agreed/O ./O"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("ToponymDoc:\n got %s\nwant %s", g, want)
	}
}

// TestReadToponymArticle reads the first development article and checks that every label
// points at its toponym in the text; a held-out folder is refused by ToponymArticles.
func TestReadToponymArticle(t *testing.T) {
	root := filepath.Join("..", "..", "..", "geo", "testdata")
	files, err := ToponymArticles([]string{filepath.Join(root, "toponym-articles-dev2")})
	if err != nil || len(files) == 0 {
		t.Fatalf("ToponymArticles: %d files, %v", len(files), err)
	}
	text, tops, err := ReadToponymArticle(files[0])
	if err != nil || len(tops) == 0 {
		t.Fatalf("ReadToponymArticle(%s): %d labels, %v", files[0], len(tops), err)
	}
	raw, _ := os.ReadFile(files[0])
	for i, line := range strings.Split(strings.TrimSpace(string(raw)), "\n")[2:] {
		name, _, _ := strings.Cut(line, "\t")
		if got := text[tops[i].Start:tops[i].End]; got != name {
			t.Errorf("label %d: span reads %q, want %q", i, got, name)
		}
	}
	if _, err := ToponymArticles([]string{filepath.Join(root, "toponym-articles-heldout2")}); err == nil {
		t.Error("a held-out folder was accepted for training")
	}
	if NthWord("Niger and Nigeria and Niger", "Niger", 2) != 22 || NthWord("Nigeria", "Niger", 1) != -1 {
		t.Error("NthWord does not count whole words")
	}
}

// FuzzToponymDoc feeds arbitrary text, a labelled span and a predicted entity to ToponymDoc and
// NthWord: no panic, one gold tag per word.
func FuzzToponymDoc(f *testing.F) {
	f.Add("Residents of Dionysos fled to Athens.", 13, 21, 30, 36, "Dionysos", 1)
	f.Add("é\xff Niger-Niger", 0, 3, 2, 40, "Niger", 2)
	l := NewLabeler(ner.NewGazetteer(nil))
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int, w string, n int) {
		_ = NthWord(text, w, n%4)
		d := l.ToponymDoc("f", text, []Toponym{{Start: s1, End: e1, Kind: "feature", Use: "place"}},
			[]model.Entity{{Label: model.PERSON, Start: s2, End: e2}})
		for _, s := range d.Sents {
			if len(s.Gold) != len(s.Words) {
				t.Fatalf("%d tags for %d words", len(s.Gold), len(s.Words))
			}
		}
	})
}
