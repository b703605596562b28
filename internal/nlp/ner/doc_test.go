package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestDocContext checks the document statistics: a word's own occurrence is not counted, so
// a one-sentence document gives the features of no document, and other occurrences change them.
func TestDocContext(t *testing.T) {
	gz := NewGazetteer(nil)
	feats := func(doc [][]string, sent []string, i int) []uint64 {
		f := NewFeaturizer(gz)
		if doc != nil {
			f.SetDoc(NewDocContext(doc))
		}
		f.Extract(sent)
		return slices.Clone(f.Static(i))
	}
	s1 := strings.Fields("Saturn said on Monday that Bank of England rates rise")
	s2 := strings.Fields("the Saturn brand and the bank and Saturn")
	for i := range s1 {
		if !slices.Equal(feats([][]string{s1}, s1, i), feats(nil, s1, i)) {
			t.Errorf("one-sentence document changes the features of %q", s1[i])
		}
	}
	doc := [][]string{s1, s2}
	for _, tc := range []struct {
		i    int
		same bool
	}{
		{0, false}, // "Saturn" is capitalised mid-sentence in s2
		{5, false}, // "Bank": "bank" in lower case in s2
		{7, true},  // "England": nowhere else
		{1, true},  // "said": not capitalised, no document features
	} {
		if got := slices.Equal(feats(doc, s1, tc.i), feats(nil, s1, tc.i)); got != tc.same {
			t.Errorf("%q: features unchanged by the document = %v, want %v", s1[tc.i], got, tc.same)
		}
	}
	// runs: "Bank of England" is one run of three words
	f := NewFeaturizer(gz)
	f.Extract(s1)
	if r := f.runs[5]; r.a != 5 || r.b != 8 {
		t.Errorf("run of Bank = %+v, want [5, 8)", r)
	}
	if r := f.runs[2]; r.b != 0 {
		t.Errorf("lower-case word in a run: %+v", r)
	}
}
