package actors

import (
	"cmp"
	"slices"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Stable sorts without reflection. A stable sort's result is fixed by its order alone, so
// these give exactly what sort.SliceStable gave with the same order; an already sorted
// slice (the usual case) costs one pass.

// sortStable sorts s stably by c, skipping the work when s is already in order.
func sortStable[T any](s []T, c func(a, b T) int) {
	if !slices.IsSortedFunc(s, c) {
		slices.SortStableFunc(s, c)
	}
}

// byStart orders mentions by start token.
func byStart(a, b *ment) int { return cmp.Compare(a.start, b.start) }

// byStartLonger orders mentions by start token, longer first.
func byStartLonger(a, b *ment) int {
	if a.start != b.start {
		return cmp.Compare(a.start, b.start)
	}
	return cmp.Compare(b.end, a.end)
}

// sortMents sorts mentions stably by c. Mentions are large: it sorts their indices, then
// moves each mention once.
func sortMents(ms []ment, c func(a, b *ment) int) {
	sorted := true
	for i := 1; i < len(ms); i++ {
		if c(&ms[i-1], &ms[i]) > 0 {
			sorted = false
			break
		}
	}
	if sorted {
		return
	}
	idx := make([]int32, len(ms))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(x, y int32) int { return c(&ms[x], &ms[y]) })
	tmp := make([]ment, len(ms))
	for i, k := range idx {
		tmp[i] = ms[k]
	}
	copy(ms, tmp)
}

// mentsSorted reports whether ms is in byStart order.
func mentsSorted(ms []ment) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i-1].start > ms[i].start {
			return false
		}
	}
	return true
}

// actorsByStartLonger orders actor mentions by start, longer first.
func actorsByStartLonger(a, b model.ActorMention) int {
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	return cmp.Compare(b.End, a.End)
}

// mergeByStart appends to out (empty) a then b stably sorted by start: what appending b to
// a copy of a and sorting stably gives (a's mentions first among equal starts).
func mergeByStart(out, a, b []ment) []ment {
	if !mentsSorted(a) || !mentsSorted(b) {
		out = append(append(out, a...), b...)
		sortMents(out, byStart)
		return out
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if b[j].start < a[i].start {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
