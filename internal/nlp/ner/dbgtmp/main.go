package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner/nerdata"
)

func main() {
	tg, err := ner.Default()
	if err != nil {
		panic(err)
	}
	lab := nerdata.NewLabeler(tg.Gazetteer())
	docs, _ := lab.Load("/work/shared/data")
	n := 0
	for _, d := range docs {
		if !nerdata.Heldout(d) || d.Corpus != os.Args[1] {
			continue
		}
		n++
		if n > 2 {
			break
		}
		for _, s := range d.Sents {
			p, _ := tg.TagWords(s.Words)
			var b strings.Builder
			for i, w := range s.Words {
				g := "?"
				if s.Gold[i] >= 0 {
					g = ner.TagName(s.Gold[i])
				}
				pp := ner.TagName(p[i])
				if g == "O" && pp == "O" {
					b.WriteString(w + " ")
					continue
				}
				if g == pp {
					fmt.Fprintf(&b, "[%s/%s] ", w, g)
				} else {
					fmt.Fprintf(&b, "[%s/%s|pred %s] ", w, g, pp)
				}
			}
			fmt.Println(b.String())
		}
	}
}
