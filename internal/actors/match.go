package actors

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
)

// payload types of the trie.
const (
	pEntry     = iota // an alias of an entry
	pDemAdj           // a demonym adjective ("Iraqi")
	pDemPeople        // a people noun ("Iraqis")
	pCapital          // a capital used for its government ("Kyiv")
	pNoun             // a common noun of nouns.tsv or roles.gen.tsv
	pPlace            // a region or city (places.gen.tsv), for the country of generic actors
)

type payload struct {
	typ   uint8
	idx   int32  // entry, country or noun index
	n     uint8  // number of significant words
	upper uint16 // word positions that must be upper case in the text (acronyms)
	caps  uint16 // word positions that must be capitalised
}

// noun is a common actor noun (data/nouns.tsv, data/roles.gen.tsv).
type noun struct {
	form  string
	kind  string // "*" inherit, "-" none
	flags string
	label string
	cameo string
}

func (n *noun) has(f byte) bool { return strings.IndexByte(n.flags, f) >= 0 }

// matcher is a token trie over folded words: node transitions live in one map keyed by
// node<<32 | word id, so a lookup costs one map probe per token.
type matcher struct {
	vocab map[string]int32
	next  map[uint64]int32
	pays  [][]payload
	// fuzzy maps the consonant skeleton of one-word names ("hzblh") to their entry, or -1
	// when two entries share it.
	fuzzy map[string]int32
	// fuzzyLen holds, for each entry fuzzy maps to, the length of the first word of its
	// first alias (what a fuzzy match is compared with).
	fuzzyLen map[int32]int
	buf      []token // scratch for insert
	// root holds the transitions of the root node by word id (node + 1, 0 = none): the
	// walk from every token starts there. Filled by finish; nil before.
	root []int32
}

// finish fills m.root once all forms are inserted.
func (m *matcher) finish() {
	m.root = make([]int32, len(m.vocab))
	for k, nx := range m.next {
		if k>>32 == 0 {
			if id := uint32(k); int(id) < len(m.root) {
				m.root[id] = nx + 1
			}
		}
	}
}

// skeleton is the consonant outline of a folded word: the first letter, then the consonants
// without repeats ("hezbollah", "hizbullah" -> "hzblh"); "" for short or non-letter words.
func skeleton(w string) string {
	var b [32]byte
	return string(b[:skeletonInto(w, &b)])
}

// skeletonInto writes the skeleton of w into b and returns its length (0 for none).
func skeletonInto(w string, b *[32]byte) int {
	if len(w) < 6 {
		return 0
	}
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return 0
		}
		if c == 'q' {
			c = 'k'
		}
		if i > 0 && strings.IndexByte("aeiouyw", c) >= 0 {
			continue
		}
		if c == 'h' && n > 1 && strings.IndexByte("kgstdz", b[n-1]) >= 0 {
			continue // kh, gh, sh, th, dh, zh
		}
		if n > 0 && b[n-1] == c {
			continue
		}
		if n == len(b) {
			return 0
		}
		b[n] = c
		n++
	}
	if n < 4 {
		return 0
	}
	return n
}

func skipWord(w string) bool { return w == "-" || w == "al" || w == "el" }

// connector words may stay lower case inside a capitalised name.
var connectors = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "la": true, "del": true,
	"des": true, "du": true, "y": true, "in": true, "on": true, "wa": true, "wal": true, "li": true, "fi": true, "bin": true,
	"ibn": true, "al": true, "el": true, "ul": true, "a": true, "to": true, "at": true, "da": true, "do": true, "van": true, "von": true, "der": true, "e": true, "i": true}

func (kb *KB) newMatcher() *matcher {
	m := &matcher{vocab: make(map[string]int32, 16384), next: make(map[uint64]int32, 32768), pays: make([][]payload, 1, 32768), fuzzy: map[string]int32{}}
	// the one-word aliases of the entries with fuzzy keys, by entry
	oneWord := map[int32][]string{}
	for i := range kb.entries {
		e := &kb.entries[i]
		for _, a := range e.Aliases {
			m.insert(a, payload{typ: pEntry, idx: int32(i)}, true)
			// fuzzy spellings only for organisations: a surname's outline is shared by too many
			// other people's names ("Muchiri" is not "Machar")
			if e.Type != "state" && e.Type != "person" {
				if w := normWords(a); len(w) == 1 {
					oneWord[int32(i)] = append(oneWord[int32(i)], w[0])
					if sk := skeleton(w[0]); sk != "" {
						if old, ok := m.fuzzy[sk]; ok && old != int32(i) {
							m.fuzzy[sk] = -1
						} else {
							m.fuzzy[sk] = int32(i)
						}
					}
				}
			}
		}
		if e.Type == "state" && e.Kind == "GOV" {
			ci := kb.byISO[e.Country]
			for _, a := range e.Demonyms {
				m.insert(a, payload{typ: pDemAdj, idx: int32(ci)}, true)
			}
			for _, a := range e.People {
				m.insert(a, payload{typ: pDemPeople, idx: int32(ci)}, true)
			}
			for _, a := range e.Capital {
				m.insert(a, payload{typ: pCapital, idx: int32(ci)}, true)
			}
		}
	}
	for i := range kb.nouns {
		m.insert(kb.nouns[i].form, payload{typ: pNoun, idx: int32(i)}, false)
	}
	for _, pl := range kb.placeList {
		if ci, ok := kb.byISO[pl[1]]; ok {
			m.insert(pl[0], payload{typ: pPlace, idx: int32(ci)}, true)
		}
	}
	// a skeleton shared with any known word (a country, a demonym, a noun) is no fuzzy key
	for w := range m.vocab {
		var b [32]byte
		n := skeletonInto(w, &b)
		if n == 0 {
			continue
		}
		sk := string(b[:n])
		if ei, ok := m.fuzzy[sk]; ok && ei >= 0 && !slices.Contains(oneWord[ei], w) {
			m.fuzzy[sk] = -1
		}
	}
	m.fuzzyLen = map[int32]int{}
	for _, ei := range m.fuzzy {
		if ei >= 0 {
			if w := normWords(kb.entries[ei].Aliases[0]); len(w) > 0 {
				m.fuzzyLen[ei] = len(w[0])
			}
		}
	}
	m.finish()
	return m
}

// fuzzyEntry returns the entry whose one-word name has the skeleton of the folded word w
// (-1 when several share it; ok false when none).
func (m *matcher) fuzzyEntry(w string) (int32, bool) {
	var b [32]byte
	n := skeletonInto(w, &b)
	if n == 0 {
		return 0, false
	}
	ei, ok := m.fuzzy[string(b[:n])]
	return ei, ok
}

// aliasLen is the length of the first word of entry ei's first alias.
func (m *matcher) aliasLen(kb *KB, ei int32) int {
	if l, ok := m.fuzzyLen[ei]; ok {
		return l
	}
	return len(normWords(kb.entries[ei].Aliases[0])[0])
}

// insert adds surface form s; with cased, the text must repeat its capitals and acronyms.
func (m *matcher) insert(s string, p payload, cased bool) {
	m.buf = tokenize(s, m.buf)
	toks := m.buf
	node := int32(0)
	k := 0
	for _, t := range toks {
		if !t.word && t.norm != "&" {
			if t.norm == "-" || t.norm == "." || t.norm == "'" || t.norm == "," {
				continue
			}
		}
		if skipWord(t.norm) {
			continue
		}
		if cased && k < 16 {
			if t.upper {
				p.upper |= 1 << k
			} else if t.cap && !connectors[t.norm] {
				p.caps |= 1 << k
			}
		}
		k++
		id, ok := m.vocab[t.norm]
		if !ok {
			id = int32(len(m.vocab))
			m.vocab[t.norm] = id
		}
		key := uint64(node)<<32 | uint64(uint32(id))
		nx, ok := m.next[key]
		if !ok {
			nx = int32(len(m.pays))
			m.pays = append(m.pays, nil)
			m.next[key] = nx
		}
		node = nx
	}
	if node == 0 {
		return
	}
	p.n = uint8(min(k, 255))
	for x := range m.pays[node] {
		if q := &m.pays[node][x]; q.typ == p.typ && q.idx == p.idx {
			// the same alias written with other capitals ("RED-Tabara", "Red-Tabara"): either
			// writing matches
			up := q.upper & p.upper
			q.caps = (q.caps | q.upper) & (p.caps | p.upper) &^ up // capitalised in both writings
			q.upper = up
			return
		}
	}
	m.pays[node] = append(m.pays[node], p)
}

// hit is a trie match over tokens [start,end).
type hit struct {
	start, end int
	p          payload
}

// walk appends the matches that start at token i, shortest first.
func (m *matcher) walk(toks []token, i int, out []hit) []hit {
	if !toks[i].word || skipWord(toks[i].norm) {
		return out
	}
	node := int32(0)
	var pos [16]int // token index of each significant word
	k := 0
	for j := i; j < len(toks); j++ {
		t := &toks[j]
		if skipWord(t.norm) && j > i || (t.norm == "," || t.norm == "'" || t.norm == "’") && j > i && k > 0 {
			continue // "Return, Reclamation and Rehabilitation": commas are left out of aliases too
		}
		// "Tigray People's Liberation Front": a possessive inside an alias is one of its tokens
		if !t.word && t.norm != "&" && !(t.poss && j > i) {
			break
		}
		var id int32
		var ok bool
		if t.vid != 0 {
			id, ok = t.vid-1, t.vid > 0
		} else {
			id, ok = m.vocab[t.norm]
		}
		if !ok {
			break
		}
		var nx int32
		if node == 0 && m.root != nil && id >= 0 && int(id) < len(m.root) {
			nx, ok = m.root[id]-1, m.root[id] != 0
		} else {
			nx, ok = m.next[uint64(node)<<32|uint64(uint32(id))]
		}
		if !ok {
			break
		}
		node = nx
		if k < 16 {
			pos[k] = j
		}
		k++
		for _, p := range m.pays[node] {
			if casedOK(toks, pos[:min(k, 16)], p) {
				out = append(out, hit{start: i, end: j + 1, p: p})
			}
		}
	}
	return out
}

func casedOK(toks []token, pos []int, p payload) bool {
	for k, j := range pos {
		if p.upper&(1<<k) != 0 && !toks[j].upper {
			return false
		}
		if p.caps&(1<<k) != 0 && !toks[j].cap {
			return false
		}
	}
	return true
}

// loadPlaces reads data/places.gen.tsv.
func (kb *KB) loadPlaces() error {
	b, err := dataFS.ReadFile("data/places.gen.tsv")
	if err != nil {
		return err
	}
	kb.placeList = kb.placeList[:0]
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		if k := strings.IndexByte(l, '\t'); k > 0 {
			kb.placeList = append(kb.placeList, [2]string{l[:k], strings.TrimSpace(l[k+1:])})
		}
	}
	return nil
}

func (kb *KB) loadNouns() error {
	kb.nouns = kb.nouns[:0]
	var titleWords map[string]bool
	seen := map[string]bool{}
	read := func(file string, gen bool) error {
		b, err := dataFS.ReadFile(file)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		line := 0
		for sc.Scan() {
			line++
			l := sc.Text()
			if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
				continue
			}
			f := strings.Split(l, "\t")
			if len(f) < 3 {
				return fmt.Errorf("%s:%d: want at least 3 TAB-separated columns", file, line)
			}
			var n noun
			if gen {
				n = noun{kind: f[1], flags: "R", cameo: f[2]}
				// "ambassador to", "commander in chief": a title when its first word is one
				if w := strings.Fields(f[0]); len(w) > 1 && titleWords[w[0]] {
					n.flags = "TR"
				}
			} else {
				n = noun{kind: f[1], flags: f[2]}
				if len(f) > 3 {
					n.label = f[3]
				}
			}
			for _, form := range strings.Split(f[0], ";") {
				form = strings.TrimSpace(strings.ToLower(form))
				k := strings.Join(normWords(form), " ")
				if form == "" || seen[k] {
					continue
				}
				seen[k] = true
				n.form = form
				kb.nouns = append(kb.nouns, n)
			}
		}
		return sc.Err()
	}
	if err := read("data/nouns.tsv", false); err != nil {
		return err
	}
	titleWords = map[string]bool{}
	for _, n := range kb.nouns {
		if n.has('T') && !strings.Contains(n.form, " ") {
			titleWords[n.form] = true
		}
	}
	nh := len(kb.nouns)
	if err := read("data/roles.gen.tsv", true); err != nil {
		return err
	}
	// A generated role phrase whose last word is a hand-written generic noun ("armed
	// bandits", "armed rebels", "ethnic militias") is that generic actor with an adjective:
	// it takes the head's kind, flags and label, so it stands alone as an actor.
	generic := map[string]int{}
	for i := 0; i < nh; i++ {
		if n := &kb.nouns[i]; n.has('G') && !strings.Contains(n.form, " ") {
			generic[n.form] = i
		}
	}
	for i := nh; i < len(kb.nouns); i++ {
		n := &kb.nouns[i]
		k := strings.LastIndexByte(n.form, ' ')
		if k < 0 || n.has('T') {
			continue
		}
		if h, ok := generic[n.form[k+1:]]; ok {
			head := kb.nouns[h]
			n.kind, n.label = head.kind, head.label
			n.flags = head.flags
			if !n.has('R') {
				n.flags += "R"
			}
		}
	}
	return nil
}
