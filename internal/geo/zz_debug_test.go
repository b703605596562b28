package geo

import (
	"encoding/json"
	"strings"
	"fmt"
	"os"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func TestZZDebug(t *testing.T) {
	txt := os.Getenv("GEO_DEBUG")
	if txt == "" {
		t.Skip()
	}
	if b, err := os.ReadFile(txt); err == nil {
		txt = string(b)
	}
	g := mustDefault(t)
	a := &model.Annotation{Doc: &model.Document{Text: txt}}
	g.Resolve(a)
	for _, p := range a.Places {
		fmt.Printf("%-28q %s|%s|%s|%s|p%d met=%v\n", p.Text, p.Geo.Name, p.Geo.Country, p.Geo.Admin1, p.Geo.Feature, p.Geo.Precision, p.Metonymy)
	}
}

func TestZZCands(t *testing.T) {
	txt := os.Getenv("GEO_CANDS")
	if txt == "" {
		t.Skip()
	}
	var a *model.Annotation
	if b, err := os.ReadFile(os.Getenv("GEO_DOCS")); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			var d model.Document
			if json.Unmarshal([]byte(l), &d) != nil || !strings.Contains(d.Title, txt) {
				continue
			}
			a = &model.Annotation{Doc: &d}
			for _, s := range d.Sentences {
				a.Sentences = append(a.Sentences, model.Sentence{Start: s[0], End: s[1]})
			}
			for _, e := range d.Entities {
				e.Geo = nil
				a.Entities = append(a.Entities, e)
			}
			txt = d.Text
			break
		}
	}
	if a == nil {
		a = &model.Annotation{Doc: &model.Document{Text: txt}}
	}
	g := mustDefault(t)
	toks := tokenize(txt, a.Sentences, nil)
	r := resolver{g: g, a: a, text: txt, ltext: asciiLower(txt), toks: toks}
	r.findMentions()
	r.scoreAll()
	for _, m := range r.ments {
		fmt.Printf("%q best=%d tent=%d dir=%q near=%v\n", txt[m.ps:m.e], m.best, m.tentative, m.dir, m.near)
		for k, c := range m.cands {
			p := &g.places[c.p]
			fmt.Printf("    %d %s|%s|%s pop=%d prim=%v base=%.2f score=%.2f\n", k, p.name, string(p.cc[:]), featNames[p.feat], p.pop, c.prim, c.base, c.score)
		}
	}
}
