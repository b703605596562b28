package events

import (
	"os"
	"testing"
)

func TestZZ2(t *testing.T) {
	txt := os.Getenv("EVTXT")
	if txt == "" {
		t.Skip()
	}
	a := newAnn(txt, "2025-07-19").done()
	for _, st := range prepare(a, getLexicon()) {
		cs := findTriggers(st, getLexicon())
		for _, c := range cs {
			t.Logf("trig %q typ=%s noun=%v", st.toks[c.ti].text, c.typ, c.noun)
		}
		for _, tk := range st.toks {
			t.Logf("%s c%d g%d", tk.text, tk.clause, tk.group)
		}
	}
	t.Log(describe(Extract(a)))
}
