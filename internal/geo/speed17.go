package geo

import (
	"cmp"
	"slices"
	"sort"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// elsewhereAsks is how many times lowerElsewhere or namedElsewhere scans the whole text or
// entity list before the resolver indexes it instead: a short story asks a handful of times
// (a scan is cheaper than an index), a digest of a hundred stories thousands (each scan is
// as long as the digest: 42 % of a 0.5 MB text's extraction went to these two scans).
const elsewhereAsks = 8

// elsewhereIndex holds the document's lower-case words and its entities by text, built on the
// elsewhereAsks-th question. The text and the entities do not change while the resolver reads
// them (entities are relabelled and added only when mentions are emitted, after the rules).
type elsewhereIndex struct {
	wordAsks, entAsks int
	runs              map[string]bool // each maximal run of letter bytes with no capital letter
	ents              *entityIndex
}

// words returns the set of the text's maximal runs of letter bytes written without a capital
// (nil while scanning is still cheaper).
func (x *elsewhereIndex) words(r *resolver) map[string]bool {
	if x.runs != nil || x.wordAsks < elsewhereAsks {
		x.wordAsks++
		return x.runs
	}
	x.runs = map[string]bool{}
	t := r.text
	for i := 0; i < len(t); {
		if !isLetterByte(t[i]) {
			i++
			continue
		}
		j, upper := i, false
		for j < len(t) && isLetterByte(t[j]) {
			upper = upper || t[j] >= 'A' && t[j] <= 'Z'
			j++
		}
		if !upper {
			x.runs[t[i:j]] = true
		}
		i = j
	}
	return x.runs
}

// allLetters reports a non-empty w of letter bytes only, none a capital: the words
// elsewhereIndex.words holds.
func allLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetterByte(w[i]) || w[i] >= 'A' && w[i] <= 'Z' {
			return false
		}
	}
	return w != ""
}

// entityIndex answers namedElsewhere from maps: the entities with an actor by their text, the
// leading and trailing words of people's names ("Murray" of "Murray Watt"), and the resolved
// actors' texts. Each entity map counts the entities (first is the first of them), so that
// the asking entity can be left out.
type entityIndex struct {
	actorText map[string]entCount
	personEnd map[string]entCount
	actorSpan map[string]bool
}

// entCount is the first entity that gives a key, and whether another one does too.
type entCount struct {
	first   int
	n       int  // 0: none
	another bool // an entity other than first gives the key
}

func (c entCount) other(ent int) bool { return c.n > 0 && (c.first != ent || c.another) }

func (x *elsewhereIndex) entities(r *resolver) *entityIndex {
	if x.ents != nil || x.entAsks < elsewhereAsks {
		x.entAsks++
		return x.ents
	}
	ix := &entityIndex{actorText: map[string]entCount{}, personEnd: map[string]entCount{}, actorSpan: map[string]bool{}}
	count := func(m map[string]entCount, k string, i int) {
		c, ok := m[k]
		if !ok {
			c.first = i
		}
		c.n++
		c.another = c.another || i != c.first
		m[k] = c
	}
	for i := range r.a.Entities {
		o := &r.a.Entities[i]
		if o.Start < 0 || o.End > len(r.text) || o.Start >= o.End {
			continue
		}
		ot := r.text[o.Start:o.End]
		if o.Actor != "" {
			count(ix.actorText, ot, i)
		}
		if o.Label == model.PERSON {
			for k := 0; k < len(ot); k++ {
				if ot[k] == ' ' {
					count(ix.personEnd, ot[:k], i)   // "Murray" of "Murray Watt"
					count(ix.personEnd, ot[k+1:], i) // "Watt"
				}
			}
		}
	}
	for i := range r.a.Actors {
		am := &r.a.Actors[i]
		if am.Actor.Actor != "" && am.Start >= 0 && am.End <= len(r.text) && am.Start < am.End {
			ix.actorSpan[r.text[am.Start:am.End]] = true
		}
	}
	x.ents = ix
	return ix
}

// named is namedElsewhere's answer from the index.
func (ix *entityIndex) named(ent int, name string, persons bool) bool {
	return ix.actorText[name].other(ent) || persons && ix.personEnd[name].other(ent) || ix.actorSpan[name]
}

// districtFirst marks the first bytes of districtWords: districtCity's scan for a district
// word looks up only the tokens that start with one (a map lookup per token was 4 % of the
// geo stage on news stories, most of which name no district).
var districtFirst = func() (t [256]bool) {
	for w := range districtWords {
		t[w[0]] = true
	}
	return t
}()

// locativeStart reports a space in s (which starts with one) followed by a letter that starts
// one of locativeShort's particles ("an", "am", "ob", "im", "in", "bei", "aan").
func locativeStart(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ' ' {
			switch s[i+1] {
			case 'a', 'o', 'i', 'b':
				return true
			}
		}
	}
	return false
}

// riverWords are the words riverNames reacts to: riverVerb's, flowVerb13's and the nouns of its
// switch. Keep them in step (TestRiverWordShape).
var riverWords = []string{
	"flooded", "overflowed", "swelled", "burst", "broke",
	"flows", "flowed", "empties", "emptied", "meanders", "meandered",
	"mouth", "banks", "tributary", "headwaters", "estuary", "confluence", "swollen", "river", "rivers",
}

// riverShape holds the first bytes and the lengths of riverWords: riverNames skips, without
// comparing it to anything, a word that matches neither ("the", "of", "said": most words).
var riverShape = func() (s struct {
	first      [256]bool
	minN, maxN int
}) {
	s.minN = 1 << 30
	for _, w := range riverWords {
		s.first[w[0]] = true
		s.minN, s.maxN = min(s.minN, len(w)), max(s.maxN, len(w))
	}
	return s
}()

// riverWordShape reports a word that may be one of riverWords.
func riverWordShape(w string) bool {
	return len(w) >= riverShape.minN && len(w) <= riverShape.maxN && riverShape.first[w[0]]
}

// sentMentions returns the range of r.ments that holds every mention of sentence sent: the
// mentions of the sentence alone when the mentions are in sentence order (as findMentions
// leaves them), else all of them. Loops over "the other mentions of the sentence" asked of
// every mention were quadratic in a long text.
func (r *resolver) sentMentions(sent int) (int, int) {
	return inSentence(r.ments, sent, 32, &r.sentOrder, func(m *mention) int { return m.sent }, func(m *mention) int { return m.s })
}

// orderMemo remembers whether a list was in sentence order when it last held n items, the
// first of them with identity first.
type orderMemo struct {
	n, first int
	sorted   bool
}

// inSentence returns the range of xs that holds every item of sentence sent: that sentence's
// items alone when xs is in sentence order by sentOf, else all of xs; a list shorter than
// short whole. The order is checked again whenever xs's length or its first item (by idOf)
// changes.
func inSentence[T any](xs []T, sent, short int, o *orderMemo, sentOf, idOf func(*T) int) (int, int) {
	if len(xs) < short {
		return 0, len(xs)
	}
	if o.n != len(xs) || o.first != idOf(&xs[0]) {
		o.n, o.first = len(xs), idOf(&xs[0])
		o.sorted = slices.IsSortedFunc(xs, func(a, b T) int { return cmp.Compare(sentOf(&a), sentOf(&b)) })
	}
	if !o.sorted {
		return 0, len(xs)
	}
	return sentSpan(xs, sent, sentOf)
}

// sentSpan returns the range of xs, in sentence order by sentOf, that holds sentence sent.
func sentSpan[T any](xs []T, sent int, sentOf func(*T) int) (int, int) {
	lo := sort.Search(len(xs), func(k int) bool { return sentOf(&xs[k]) >= sent })
	hi := lo
	for hi < len(xs) && sentOf(&xs[hi]) == sent {
		hi++
	}
	return lo, hi
}
