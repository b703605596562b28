package events

import (
	"testing"
)

func TestZZ3(t *testing.T) {
	a := newAnn("By Tuesday evening, the kidnappers had called relatives and demanded a ransom of 50 million naira (about $32,000) for the release of the hostages, two community leaders said.", "2025-07-19").
		generic("the kidnappers", "NG", "UAF").generic("hostages", "NG", "CVL").timex("Tuesday", "2025-04-08", "day").done()
	lx := getLexicon()
	x := &extractor{a: a, text: a.Doc.Text, lx: lx, sents: prepare(a, lx), dc: docCountries(a)}
	for _, st := range x.sents {
		for _, a := range st.args {
			t.Logf("arg %d-%d %q gen=%v actor=%v", a.s, a.e, a.actor.Text, a.generic, a.isActor)
		}
		cs := findTriggers(st, lx)
		cs = x.resolveTypes(st, cs)
		for i, c := range cs {
			x.fill(st, c, cs[:i])
			t.Logf("%q typ=%s src=%v tgt=%v dropped=%v acled=%s", st.toks[c.ti].text, c.typ, c.sources, c.targets, c.dropped, c.acled)
		}
		cs = absorbThreats(st, cs)
		cs = mergeInSentence(cs)
		for _, c := range cs {
			x.finalize(c)
			t.Logf("%q typ=%s dropped=%v tgt=%v", st.toks[c.ti].text, c.typ, c.dropped, c.targets)
		}
	}
}
