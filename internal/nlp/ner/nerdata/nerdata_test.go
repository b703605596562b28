package nerdata

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

func TestClean(t *testing.T) {
	l := NewLabeler(ner.NewGazetteer([]ner.GazEntry{{Phrase: "Syria", Kind: ner.KCountry}, {Phrase: "Damascus", Kind: ner.KCity}}))
	cases := []struct {
		words  string
		coarse string
		want   string // tags after apply, "?" = masked
	}{
		{"the army said", "ORG", "O O O"},
		{"west of Damascus", "LOC", "O O B-GPE"},
		{"Prime Minister Haider al-Abadi", "PER", "O O B-PERSON I-PERSON"},
		{"the Iraqi people", "ORG", "O B-NORP O"},
		{"Syria", "ORG", "B-GPE"},
		{"the Gaza Strip", "LOC", "O B-LOC I-LOC"},
		{"Mezzeh airport", "LOC", "B-GPE O"},
		{"Damascus International Airport", "LOC", "B-FAC I-FAC I-FAC"},
		{"President of the United States", "PER", "?"},
		{"We", "ORG", "O"},
		{"two AK-47 rifles", "WEAPON", "O B-WEAPON I-WEAPON"},
		{"American", "LOC", "B-NORP"}, // "the American auto company" (MEANTIME LOCATION)
		{"Russian", "PER", "B-NORP"},
	}
	for _, c := range cases {
		words := strings.Fields(c.words)
		gold := make([]int, len(words))
		apply(gold, l.Clean(words, 0, len(words), c.coarse))
		var got []string
		for _, g := range gold {
			if g == Mask {
				got = append(got, "?")
			} else {
				got = append(got, ner.TagName(g))
			}
		}
		want := c.want
		if want == "?" {
			want = strings.TrimSpace(strings.Repeat("? ", len(words)))
		}
		if strings.Join(got, " ") != want {
			t.Errorf("Clean(%q, %s) = %q, want %q", c.words, c.coarse, strings.Join(got, " "), want)
		}
	}
}

func TestHeldoutStable(t *testing.T) {
	n := 0
	for i := 0; i < 1000; i++ {
		if Heldout(Doc{Corpus: "re3d", ID: strings.Repeat("x", i%7) + string(rune('a'+i%26)) + strings.Repeat("y", i/26)}) {
			n++
		}
	}
	if n < 150 || n > 250 {
		t.Errorf("held-out share %d/1000, want about 200", n)
	}
	if !Heldout(Doc{Corpus: "wikievents", ID: "x"}) {
		t.Error("wikievents must always be held out")
	}
}
