package actors

import (
	"math/rand"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldRef is fold without its fast paths: the reference the fast paths must agree with.
func foldRef(s string) string {
	var b strings.Builder
	s = norm.NFD.String(s)
	for _, r := range s {
		if isApos(r) || r == '.' || unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ı':
			r = 'i'
		case 'ł':
			r = 'l'
		case 'ø':
			r = 'o'
		case 'đ':
			r = 'd'
		case 'ß':
			b.WriteString("ss")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func TestFoldFastPaths(t *testing.T) {
	cases := []string{"", "Hezbollah", "U.S.", "Asa'ib", "al-Qaeda", "`Abd", "HTS", "Mosul", "Şanlıurfa", "Łódź", "Ahl al-Bayt", "x.y.z", "ABC'D.E`F"}
	rng := rand.New(rand.NewSource(1))
	const alpha = "aAzZ09.'`- bQ"
	for i := 0; i < 2000; i++ {
		b := make([]byte, rng.Intn(12))
		for k := range b {
			b[k] = alpha[rng.Intn(len(alpha))]
		}
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		if got, want := fold(c), foldRef(c); got != want {
			t.Errorf("fold(%q) = %q, want %q", c, got, want)
		}
	}
}

func TestMergeByStart(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for round := 0; round < 300; round++ {
		mk := func(n int, sorted bool) []ment {
			ms := make([]ment, n)
			for i := range ms {
				ms[i] = ment{start: rng.Intn(10), end: round*100 + i}
			}
			if sorted {
				sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
			}
			return ms
		}
		a, b := mk(rng.Intn(8), true), mk(rng.Intn(8), round%3 != 0)
		want := append(append([]ment(nil), a...), b...)
		sort.SliceStable(want, func(i, j int) bool { return want[i].start < want[j].start })
		got := mergeByStart(nil, a, b)
		if len(got) != len(want) {
			t.Fatalf("round %d: %d mentions, want %d", round, len(got), len(want))
		}
		for i := range got {
			if got[i].start != want[i].start || got[i].end != want[i].end {
				t.Fatalf("round %d: mention %d is %d/%d, want %d/%d", round, i, got[i].start, got[i].end, want[i].start, want[i].end)
			}
		}
		// sortStable gives what sort.SliceStable gives
		c := mk(rng.Intn(12), false)
		d := append([]ment(nil), c...)
		sortMents(c, byStartLonger)
		sort.SliceStable(d, func(i, j int) bool {
			if d[i].start != d[j].start {
				return d[i].start < d[j].start
			}
			return d[i].end > d[j].end
		})
		for i := range c {
			if c[i].start != d[i].start || c[i].end != d[i].end {
				t.Fatalf("round %d: sortStable differs at %d", round, i)
			}
		}
	}
}

func TestSkeleton(t *testing.T) {
	for w, want := range map[string]string{"hezbollah": "hzblh", "hizbullah": "hzblh", "hamas": "", "al-shabaab": "", "taliban": "tlbn"} {
		if got := skeleton(w); got != want {
			t.Errorf("skeleton(%q) = %q, want %q", w, got, want)
		}
	}
}
