package geo

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestWordClassesExact checks that each word class answers what its word lists answer, for
// every word of 40 development articles and every word of the lists themselves (the bloom
// filter before the class table must never hide a listed word), and that tokenize's ASCII fast
// path marks the tokens with digits.
func TestWordClassesExact(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "toponym-articles-dev*", "*.txt"))
	if len(files) > 40 {
		files = files[:40]
	}
	if len(files) == 0 {
		t.Fatal("no development articles")
	}
	var listed []string
	for _, m := range []map[string]bool{capStop, placePreps, districtWords, connectors, weakConnectors, pluralFeatures, stormWords, siteKeyMods, siteKeyHeads, featHeads, tailHeads, gapAdj} {
		for w := range m {
			listed = append(listed, w)
		}
	}
	for _, m := range []map[string]uint8{siteHeadWords, sitePrefixWords} {
		for w := range m {
			listed = append(listed, w)
		}
	}
	for w := range dirWords {
		listed = append(listed, w)
	}
	sort.Strings(listed)
	texts := []string{strings.Join(listed, " ")}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	classes := []struct {
		name string
		cls  wordClass
		want func(w string) bool
	}{
		{"capStop", clsCapStop, func(w string) bool { return capStop[w] }},
		{"placePreps", clsPlacePrep, func(w string) bool { return placePreps[w] }},
		{"pluralFeatures", clsPluralFeat, func(w string) bool { return pluralFeatures[w] }},
		{"stormWords", clsStorm, func(w string) bool { return stormWords[w] }},
		{"siteKey", clsSiteKey, func(w string) bool { return siteKeyMods[w] || siteKeyHeads[w] }},
		{"siteHead", clsSiteHead, func(w string) bool { return siteHeadWords[w] != siteNone || sitePrefixWords[w] != siteNone }},
		{"featHeads", clsFeatHead, func(w string) bool { return featHeads[w] }},
		{"tailHead", clsTailHead, func(w string) bool { return featHeads[w] || tailHeads[w] }},
		{"dirGap", clsDirGap, func(w string) bool { return dirWords[w] != "" || gapAdj[w] }},
		{"near", clsNear, func(w string) bool { return nearWords[w] }},
		{"notSubj", clsNotSubj, func(w string) bool { return notSubjectPreps[w] }},
		{"placeVerb", clsPlaceVerb, func(w string) bool { return placeVerbs[w] || frameVerbs[w] }},
		{"npAdj", clsNPAdj, func(w string) bool { return nounPhraseAdjs[w] }},
		{"otherPrep", clsOtherPrep, func(w string) bool { return otherWeakPreps[w] || otherStrongPreps[w] }},
		{"particle", clsParticle, func(w string) bool { return nameParticles[w] }},
	}
	for ti, text := range texts {
		r := testResolver(nil, text, nil, nil)
		for i, tk := range r.toks {
			w := r.low(i)
			for _, c := range classes {
				if got, want := r.is(i, c.cls), c.want(w); got != want {
					t.Errorf("text %d: is(%q, %s) = %v, the list says %v", ti, w, c.name, got, want)
				}
			}
			if r.siteHeadKind(i) != siteHeadWords[w] || r.sitePrefix(i) != sitePrefixWords[w] {
				t.Errorf("text %d: %q: siteHeadKind or sitePrefix differs from its map", ti, w)
			}
			if want := strings.ContainsAny(r.text[tk.s:tk.e], "0123456789"); tk.word && tk.digit != want {
				t.Errorf("text %d: token %q digit = %v", ti, r.text[tk.s:tk.e], tk.digit)
			}
		}
	}
}
