package geo

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZLookup(t *testing.T) {
	q := os.Getenv("GEO_LOOKUP")
	if q == "" {
		t.Skip()
	}
	g := mustDefault(t)
	for _, n := range strings.Split(q, ";") {
		fmt.Printf("== %s key=%s\n", n, Key(n))
		for i, x := range g.Lookup(n, "") {
			if i > 8 {
				break
			}
			fmt.Printf("   %s|%s|%s|%s|pop? id=%d\n", x.Name, x.Country, x.Admin1, x.Feature, x.GeonamesID)
		}
	}
}
