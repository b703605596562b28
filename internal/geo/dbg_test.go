package geo

import (
	"fmt"
	"testing"
)

func TestDbg(t *testing.T) {
	g, _ := Default()
	for _, q := range []string{"Geneva", "Kiev", "Deir al-Zor", "Virginia", "Ontario", "Marawi", "Hodeidah", "Valencia"} {
		var cs []cand
		cs = g.candidates(cs, appendKey(nil, q), false)
		fmt.Println(q, Key(q))
		for _, c := range cs {
			p := g.places[c.p]
			fmt.Printf("   %s %s %s pop=%d prim=%v flags=%b base=%.2f\n", p.name, string(p.cc[:]), featNames[p.feat], p.pop, c.prim, p.flags, g.baseScore(c, false))
		}
	}
}
