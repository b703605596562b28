package ner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStaticSums checks the decoder's fast path against the featurizer: the cached and
// contextual weight sums must equal the sums over Featurizer.Static for every token.
func TestStaticSums(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "examples", "*.txt"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	texts = append(texts, "Iran's Revolutionary Guards said on Monday that al-Maliki met Osama bin Laden in Deir ez-Zor .",
		"THE SALVADORAN ARMY ATTACKED FMLN POSITIONS NEAR SAN SALVADOR , THE ARMED FORCES SAID .",
		"“ Gaza Strip ” ( KNCHR ) : Kurdish-led forces , Qatar Airways and the US Army — Café Zürich")
	s := tg.getState()
	ref := NewFeaturizer(tg.gz)
	n := 0
	for _, txt := range texts {
		// document-level features: both sides see the statistics of the whole text
		var sents [][]string
		for _, line := range strings.Split(txt, "\n") {
			sents = append(sents, strings.Fields(line))
		}
		dc := NewDocContext(sents)
		s.f.doc = dc
		ref.SetDoc(dc)
		for _, line := range strings.Split(txt, "\n") {
			words := strings.Fields(line)
			if len(words) == 0 {
				continue
			}
			for rep := 0; rep < 2; rep++ { // second pass hits the word cache
				tg.staticSums(s, words)
				ref.Extract(words)
				for i := range words {
					var want [NumTags]int32
					for _, h := range ref.Static(i) {
						if row := tg.w.get(h); row != nil {
							addRow(&want, row)
						}
					}
					if want != s.stat[i] {
						t.Fatalf("token %d %q of %q: sums %v, want %v", i, words[i], line, s.stat[i], want)
					}
					if s.f.info[i] != ref.info[i] {
						t.Fatalf("token %d %q of %q: info %+v, want %+v", i, words[i], line, s.f.info[i], ref.info[i])
					}
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no tokens checked")
	}
}
