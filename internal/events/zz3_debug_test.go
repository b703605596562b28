package events

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func TestZZ3(t *testing.T) {
	a := newAnn("The M23, which Kinshasa and United Nations experts say is backed by neighbouring Rwanda, captured Goma, the largest city in eastern Congo, in January and took Bukavu, the capital of South Kivu, in February.", "2025-07-19").
		actor("M23", model.Actor{Actor: "m23", Name: "M23", Kind: "REB", Country: "CD"}, model.ORG).
		actor("Goma", model.Actor{Name: "Goma"}, model.ORG).place("Bukavu", "CD", "city").
		timex("January", "2025-01", "month").timex("February", "2025-02", "month").done()
	lx := getLexicon()
	x := &extractor{a: a, text: a.Doc.Text, lx: lx, sents: prepare(a, lx), dc: docCountries(a)}
	for _, st := range x.sents {
		cs := findTriggers(st, lx)
		cs = x.resolveTypes(st, cs)
		for i, c := range cs {
			x.fill(st, c, cs[:i])
			x.finalize(c)
			t.Logf("%q typ=%s src=%v tgt=%v dropped=%v acled=%s", st.toks[c.ti].text, c.typ, c.sources, c.targets, c.dropped, c.acled)
		}
	}
}
