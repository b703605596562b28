package ner

import (
	"math/rand"
	"testing"
)

// TestBestFast checks the fast Best against its plain definition, ties included.
func TestBestFast(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	sc := make([]float32, NumTags)
	for n := 0; n < 200000; n++ {
		for k := range sc {
			sc[k] = float32(r.Intn(7) - 3) // small range: many ties
		}
		for prev := -1; prev < NumTags; prev++ {
			if got, want := Best(sc, prev), bestRef(sc, prev); got != want {
				t.Fatalf("Best(%v, %d) = %d, want %d", sc, prev, got, want)
			}
		}
	}
}
