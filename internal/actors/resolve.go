package actors

import (
	"sort"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// chunk is the longest trie match at a token: every payload of that span.
type chunk struct {
	start, end int
	entries    []int32
	adj        int32 // country index or -1
	people     int32
	capital    int32
	noun       int32 // noun index or -1
	place      int32 // country index of a region or city, or -1
}

func (c *chunk) hasEntry() bool { return len(c.entries) > 0 }

// ment is a mention under construction (token offsets).
type ment struct {
	start, end int // tokens
	core       [2]int
	am         model.ActorMention
	entry      int // entry index or -1
	person     bool
	plural     bool
	blocker    bool
	drop       bool // merged into another mention
	sent       int
	label      string // entity label to add for the core span ("" none)
}

type doc struct {
	kb      *KB
	a       *model.Annotation
	text    string
	toks    []token
	sentOf  []int
	sents   [][2]int
	chunkAt []int32 // token -> chunk index or -1
	chunks  []chunk
	used    []bool
	ments   []ment
	blocks  []ment
	ref     string
	counts  map[int]int // country index -> mentions, for the dominant country
	ctxSkip [2]int      // tokens contextCountry ignores (an affiliation "pro-Iran")
	hits    []hit
	cache   map[string]wordMemo // raw word -> folded form etc., kept across documents
	cacheKB *KB                 // the KB whose vocabulary ids cache holds
	fuzzyAt []int               // tokens matched by skeleton only
	entBuf  []int32
	base    []ment // coref's antecedents (scratch)
	// gpeNames holds the folded texts the tagger labels GPE or LOC (built on first use)
	gpeNames map[string]bool
}

// docFree holds idle docs. Not a sync.Pool: a doc carries a word cache that should outlive
// garbage collections.
var docFree struct {
	sync.Mutex
	docs []*doc
}

func getDoc() *doc {
	docFree.Lock()
	defer docFree.Unlock()
	if n := len(docFree.docs); n > 0 {
		d := docFree.docs[n-1]
		docFree.docs = docFree.docs[:n-1]
		return d
	}
	return &doc{}
}

func putDoc(d *doc) {
	d.a, d.text = nil, "" // do not keep the document alive
	docFree.Lock()
	defer docFree.Unlock()
	if len(docFree.docs) < 64 {
		docFree.docs = append(docFree.docs, d)
	}
}

// Resolve fills a.Actors (sorted by Start), sets Entity.Actor on the entities that name a
// known actor and appends ORG/PERSON/NORP entities for knowledge-base names the tagger missed.
func (kb *KB) Resolve(a *model.Annotation) {
	if kb == nil || a == nil || a.Doc == nil || kb.m == nil {
		return
	}
	d := getDoc()
	defer putDoc(d)
	d.reset(kb, a)
	d.run()
	d.output()
}

func (d *doc) reset(kb *KB, a *model.Annotation) {
	d.kb, d.a, d.text = kb, a, a.Doc.Text
	d.gpeNames = nil
	d.ref = a.Ref
	if d.ref == "" {
		d.ref = a.Doc.Published
	}
	if d.cache == nil || len(d.cache) >= 1<<16 || d.cacheKB != kb {
		d.cache = make(map[string]wordMemo, 4096)
		d.cacheKB = kb
	}
	d.toks = tokenizeCache(d.text, d.toks, d.cache, kb.m.vocab)
	n := len(d.toks)
	d.sentOf = resizeInt(d.sentOf, n)
	d.chunkAt = resizeI32(d.chunkAt, n)
	if cap(d.used) < n {
		d.used = make([]bool, n)
	}
	d.used = d.used[:n]
	for i := range d.used {
		d.used[i] = false
		d.chunkAt[i] = -1
	}
	d.chunks = d.chunks[:0]
	d.entBuf = d.entBuf[:0]
	d.fuzzyAt = d.fuzzyAt[:0]
	d.ments = d.ments[:0]
	d.blocks = d.blocks[:0]
	d.counts = map[int]int{}
	// sentences: from the segmenter when present, else our own split.
	d.sents = d.sents[:0]
	if len(a.Sentences) > 0 {
		ti := 0
		for _, s := range a.Sentences {
			st := ti
			for ti < n && d.toks[ti].start < s.End {
				ti++
			}
			if ti > st {
				d.sents = append(d.sents, [2]int{st, ti})
			}
		}
		if ti < n {
			d.sents = append(d.sents, [2]int{ti, n})
		}
	} else {
		d.sents = append(d.sents, splitSentences(d.text, d.toks)...)
	}
	for si, s := range d.sents {
		words, upper := 0, 0
		for i := s[0]; i < s[1]; i++ {
			d.sentOf[i] = si
			if t := &d.toks[i]; t.word && len(t.norm) > 1 {
				words++
				if t.upper {
					upper++
				}
			}
		}
		shout := words >= 4 && upper*10 >= words*7
		for i := s[0]; i < s[1]; i++ {
			d.toks[i].shout = shout
		}
	}
}

// shoutStop are short words that look like acronyms in text written in capitals.
var shoutStop = map[string]bool{"is": true, "it": true, "us": true, "as": true, "at": true, "in": true, "on": true, "or": true,
	"to": true, "an": true, "am": true, "be": true, "by": true, "do": true, "go": true, "he": true, "me": true, "my": true,
	"no": true, "of": true, "so": true, "up": true, "we": true, "who": true, "pa": true, "aa": true, "all": true, "are": true,
	"can": true, "her": true, "his": true, "its": true, "may": true, "new": true, "one": true, "our": true, "out": true, "was": true, "sac": true, "iss": true, "ice": true}

func resizeInt(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

func resizeI32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

func (d *doc) run() {
	d.chunk()
	d.named()
	d.taggerEntities()
	d.coref()
	sortMents(d.ments, byStartLonger)
}

func inVocab(m *matcher, w string) bool {
	_, ok := m.vocab[w]
	return ok
}

// chunk finds the longest trie match at every token, left to right.
func (d *doc) chunk() {
	m := d.kb.m
	for i := 0; i < len(d.toks); {
		d.hits = m.walk(d.toks, i, d.hits[:0])
		if d.toks[i].shout {
			// "IS", "WHO", "US" in a sentence in capitals are words, not acronyms
			k := 0
			for _, h := range d.hits {
				if h.p.upper != 0 && h.end == i+1 && shoutStop[d.toks[i].norm] {
					continue
				}
				d.hits[k] = h
				k++
			}
			d.hits = d.hits[:k]
		}
		if len(d.hits) == 0 {
			// fuzzy: an unknown capitalised word with the outline of a one-word name
			if t := &d.toks[i]; t.word && t.cap && len(t.norm) >= 6 {
				if t.vid < 0 || t.vid == 0 && !inVocab(m, t.norm) {
					if ei, ok := m.fuzzyEntry(t.norm); ok && ei >= 0 && abs(len(t.norm)-m.aliasLen(d.kb, ei)) <= 3 {
						d.hits = append(d.hits, hit{start: i, end: i + 1, p: payload{typ: pEntry, idx: ei}})
						d.fuzzyAt = append(d.fuzzyAt, i)
					}
				}
			}
			if len(d.hits) == 0 {
				i++
				continue
			}
		}
		end := 0
		for _, h := range d.hits {
			end = max(end, h.end)
		}
		start := i
		// "al-Qaeda": the article before the match belongs to the name
		for start > 0 && d.chunkAt[start-1] < 0 && d.toks[start-1].end == d.toks[start].start &&
			(d.toks[start-1].norm == "-" && start > 1 && (d.toks[start-2].norm == "al" || d.toks[start-2].norm == "el") && d.toks[start-2].end == d.toks[start-1].start) {
			start -= 2
		}
		if start > 0 && start == i && d.chunkAt[start-1] < 0 && (d.toks[start-1].norm == "al" || d.toks[start-1].norm == "el") && d.toks[start-1].cap && d.toks[start-1].end < d.toks[start].start {
			// "Al Qaeda"
			start--
		}
		c := chunk{start: start, end: end, adj: -1, people: -1, capital: -1, noun: -1, place: -1}
		eb := len(d.entBuf)
		for _, h := range d.hits {
			if h.end != end {
				continue
			}
			switch h.p.typ {
			case pEntry:
				d.entBuf = append(d.entBuf, h.p.idx)
				c.entries = d.entBuf[eb:len(d.entBuf):len(d.entBuf)]
			case pDemAdj:
				c.adj = h.p.idx
			case pDemPeople:
				c.people = h.p.idx
			case pCapital:
				c.capital = h.p.idx
			case pNoun:
				c.noun = h.p.idx
			case pPlace:
				c.place = h.p.idx
			}
		}
		ci := int32(len(d.chunks))
		d.chunks = append(d.chunks, c)
		for j := start; j < end; j++ {
			d.chunkAt[j] = ci
		}
		// country counts for the dominant country; the headline and the lede (with its
		// dateline) weigh double.
		w := 1
		if d.sentOf[start] <= 1 {
			w = 2
		}
		if c.adj >= 0 {
			d.counts[int(c.adj)] += w
		} else if c.people >= 0 {
			d.counts[int(c.people)] += w
		} else if c.capital >= 0 {
			d.counts[int(c.capital)] += w
		} else if c.place >= 0 && c.noun < 0 && len(c.entries) == 0 {
			d.counts[int(c.place)] += w
		} else if len(c.entries) > 0 {
			e := &d.kb.entries[c.entries[0]]
			if e.Type == "state" {
				if ci, ok := d.kb.byISO[e.Country]; ok {
					d.counts[ci] += w
				}
			}
		}
		i = end
	}
}

// chunkStarting returns the chunk that starts at token i.
func (d *doc) chunkStarting(i int) *chunk {
	if i < 0 || i >= len(d.toks) {
		return nil
	}
	ci := d.chunkAt[i]
	if ci < 0 || d.chunks[ci].start != i {
		return nil
	}
	return &d.chunks[ci]
}

func (d *doc) nounOf(c *chunk) *noun {
	if c == nil || c.noun < 0 {
		return nil
	}
	return &d.kb.nouns[c.noun]
}

func (d *doc) tokNorm(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].norm
}

func (d *doc) sameSent(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(d.toks) && j < len(d.toks) && d.sentOf[i] == d.sentOf[j]
}

// pick chooses among the entries of an ambiguous alias: one whose country the document
// mentions, then one valid at the document date, then the first loaded.
func (d *doc) pick(c *chunk, want func(e *Entry) bool) int {
	best, bestScore := -1, -1
	for _, ei := range c.entries {
		e := &d.kb.entries[ei]
		if want != nil && !want(e) {
			continue
		}
		s := 0
		if ci, ok := d.kb.byISO[e.Country]; ok && d.counts[ci] > 0 {
			s += 2
		}
		if !d.expired(e) {
			s++
		}
		if e.Type == "org" || e.Type == "person" {
			s++ // a named group beats a country sharing the name
		}
		if s > bestScore {
			best, bestScore = int(ei), s
		}
	}
	return best
}

func (d *doc) expired(e *Entry) bool {
	if e.Until == "" || d.ref == "" {
		return false
	}
	r := d.ref
	if len(r) > len(e.Until) {
		r = r[:len(e.Until)]
	}
	return e.Until < r
}

func isPerson(e *Entry) bool { return e.Type == "person" }
func isState(e *Entry) bool  { return e.Type == "state" }
func isOrg(e *Entry) bool    { return e.Type != "person" && e.Type != "state" }

func (d *doc) span(i, j int) string {
	if i >= j || i < 0 || j > len(d.toks) {
		return ""
	}
	return d.text[d.toks[i].start:d.toks[j-1].end]
}

func (d *doc) actorOf(e *Entry, i, j int) model.Actor {
	aff := []string{}
	if e.Org != "" {
		aff = append(aff, e.Org)
	}
	if e.Parent != "" && e.Parent != e.Org {
		aff = append(aff, e.Parent)
	}
	for _, x := range e.Affiliations {
		aff = appendUniq(aff, x)
	}
	return model.Actor{Text: d.span(i, j), Name: e.Name, Actor: e.ID, Country: e.Country, Kind: e.KindAt(d.ref), Affiliations: aff}
}

func (d *doc) emit(m ment) {
	m.sent = d.sentOf[m.start]
	m.am.Start = d.toks[m.start].start
	m.am.End = d.toks[m.end-1].end
	if m.am.Actor.Affiliations == nil {
		m.am.Actor.Affiliations = []string{}
	}
	d.ments = append(d.ments, m)
}

func (d *doc) markUsed(i, j int) {
	for k := i; k < j && k < len(d.used); k++ {
		d.used[k] = true
	}
}

func (d *doc) free(i, j int) bool {
	for k := i; k < j; k++ {
		if d.used[k] {
			return false
		}
	}
	return true
}

// prefix words that may stand before a title ("former Iraqi Prime Minister").
var titlePrefix = map[string]bool{"former": true, "ex": true, "then": true, "late": true, "acting": true, "deputy": true,
	"senior": true, "top": true, "outgoing": true, "interim": true, "incoming": true, "veteran": true, "assistant": true, "vice": true, "chief": true}

// extendPrefix moves start left over title prefixes; it reports whether "former" was among them.
func (d *doc) extendPrefix(start int) (int, bool) {
	former := false
	for start > 0 && d.sameSent(start-1, start) && !d.used[start-1] {
		w := d.toks[start-1].norm
		if w == "-" && start > 1 && (d.toks[start-2].norm == "ex" || d.toks[start-2].norm == "then") {
			start--
			continue
		}
		if !titlePrefix[w] || (d.chunkAt[start-1] >= 0 && d.chunks[d.chunkAt[start-1]].noun < 0) {
			break
		}
		if w == "former" || w == "ex" || w == "late" || w == "outgoing" {
			former = true
		}
		start--
	}
	return start, former
}

// modifier is what stands before a role noun: a country (demonym or name) or an organisation.
type modifier struct {
	start, end int // tokens, including a possessive 's
	country    int // country index or -1
	entry      int // entry index or -1 (state GOV entry or org)
	how        string
}

// modAt reads a modifier starting at token i.
func (d *doc) modAt(i int) (modifier, bool) {
	c := d.chunkStarting(i)
	if c == nil || d.used[i] {
		return modifier{}, false
	}
	m := modifier{start: i, end: c.end, country: -1, entry: -1}
	if c.hasEntry() {
		ei := d.pick(c, func(e *Entry) bool { return !isPerson(e) })
		if ei < 0 {
			return modifier{}, false
		}
		e := &d.kb.entries[ei]
		m.entry = ei
		if ci, ok := d.kb.byISO[e.Country]; ok && isState(e) {
			m.country = ci
		}
		m.how = "name " + quote(d.span(c.start, c.end))
		if d.tokNorm(c.end) == "'s" {
			m.end++
			m.how = "possessive " + quote(d.span(c.start, c.end+1))
		}
		return m, true
	}
	if c.adj >= 0 {
		m.country = int(c.adj)
		m.entry = d.kb.countries[c.adj].gov
		m.how = "demonym " + quote(d.span(c.start, c.end))
		return m, true
	}
	if c.capital >= 0 && d.tokNorm(c.end) == "'s" {
		m.country = int(c.capital)
		m.entry = d.kb.countries[c.capital].gov
		m.end++
		m.how = "capital " + quote(d.span(c.start, c.end+1))
		return m, true
	}
	return modifier{}, false
}

func quote(s string) string { return "'" + s + "'" }

// named runs the left-to-right pass over chunks: titles and people, names, role phrases,
// demonyms and generic nouns.
func (d *doc) named() {
	for i := 0; i < len(d.toks); i++ {
		if d.used[i] || !d.toks[i].word {
			continue
		}
		c := d.chunkStarting(i)
		if c == nil && d.toks[i].norm == "pro" {
			if end := d.affilLed(i, -1, i); end > 0 {
				i = end - 1
				continue
			}
		}
		if c == nil {
			// "Deputy commander ..." : prefix then a title noun
			if titlePrefix[d.toks[i].norm] {
				if nc := d.chunkStarting(i + 1); nc != nil && d.nounOf(nc) != nil && d.nounOf(nc).has('T') {
					if end := d.titleLed(i+1, i); end > 0 {
						i = end - 1
					}
				}
			}
			continue
		}
		if end := d.phrase(i, c); end > i {
			i = end - 1
			continue
		}
		i = c.end - 1
	}
}

// phrase tries the patterns that start at chunk c and returns the token after what it used
// (or i when nothing matched).
func (d *doc) phrase(i int, c *chunk) int {
	// 00. a country name inside an organisation's name ("Kenya National Commission on Human
	// Rights"): the longer name wins and the country is no actor of its own.
	if s, e, ok := d.orgNameAround(c); ok {
		if d.free(s, e) {
			act := model.Actor{Text: d.span(s, e), Name: d.span(s, e), Affiliations: []string{}}
			if ci := d.countryOfChunk(c); ci >= 0 {
				act.Country = d.kb.countries[ci].iso2
			}
			d.emit(ment{start: s, end: e, core: [2]int{-1, -1}, entry: -1,
				am: model.ActorMention{Actor: act, Reason: "organisation name " + quote(d.span(s, e)) + " contains a country name"}})
			d.markUsed(s, e)
			return e
		}
		return c.end
	}
	// 0. "Iran-backed militias", "pro-Iran factions"
	if end := d.affilLed(i, -1, i); end > 0 {
		return end
	}
	// "Deputy commander of ..." where the prefix is itself a role noun
	if n := d.nounOf(c); n != nil && titlePrefix[d.toks[i].norm] && c.end == i+1 {
		if nc := d.chunkStarting(c.end); nc != nil && d.nounOf(nc) != nil && d.nounOf(nc).has('T') {
			if end := d.titleLed(c.end, i); end > 0 {
				return end
			}
		}
	}
	// 1. modifier + role/title (+ name), modifier + name, demonym + generic/action/people.
	if mod, ok := d.modAt(i); ok {
		if end := d.modLed(mod); end > 0 {
			return end
		}
	}
	// 2. title-led: "Commander of Iran's Quds Force NAME", "President Joe Biden"
	if n := d.nounOf(c); n != nil && n.has('T') && !c.hasEntry() {
		if end := d.titleLed(i, i); end > 0 {
			return end
		}
	}
	// 2b. "a court in Guyana", "officials in Kyiv": a role noun placed in a country
	if n := d.nounOf(c); n != nil && n.has('R') && !n.has('G') && !c.hasEntry() && d.tokNorm(c.end) == "in" {
		if pc := d.chunkStarting(c.end + 1); pc != nil && !d.used[c.end+1] {
			ci := -1
			if pc.capital >= 0 {
				ci = int(pc.capital)
			} else if pc.hasEntry() && isState(&d.kb.entries[pc.entries[0]]) && d.kb.entries[pc.entries[0]].Kind == "GOV" {
				ci = d.kb.byISO[d.kb.entries[pc.entries[0]].Country]
			}
			if ci >= 0 {
				kind := n.kind
				if kind == "*" || kind == "-" {
					kind = "GOV"
				}
				d.emitCountryRole(c.start, c.end, ci, kind, n, "role in country: "+quote(d.span(c.start, c.end))+" in "+quote(d.span(pc.start, pc.end)), false)
				d.markUsed(c.start, c.end)
				return c.end
			}
		}
	}
	// 3. a name alone
	if c.hasEntry() {
		return d.nameAlone(c)
	}
	// 4. demonym people ("Iraqis")
	if c.people >= 0 && (c.adj < 0 || !d.nextIsNounish(c.end)) {
		ci := int(c.people)
		d.emitGeneric(c.start, c.end, "CVL", "Civilians (%s)", ci, "demonym (people) "+quote(d.span(c.start, c.end)), true, "NORP")
		d.markUsed(c.start, c.end)
		return c.end
	}
	// 5. capital used for its government ("Kyiv said")
	if c.capital >= 0 && d.metonymVerb(c.end) && !d.locative(c.start) {
		ci := int(c.capital)
		if g := d.kb.countries[ci].gov; g >= 0 {
			e := &d.kb.entries[g]
			d.emit(ment{start: c.start, end: c.end, core: [2]int{-1, -1}, entry: g,
				am: model.ActorMention{Actor: d.actorOf(e, c.start, c.end), Reason: "capital for government " + quote(d.span(c.start, c.end)) + " -> " + e.ID}})
			d.markUsed(c.start, c.end)
			return c.end
		}
	}
	// 6. generic noun alone
	if n := d.nounOf(c); n != nil {
		if n.has('B') {
			d.blocks = append(d.blocks, ment{start: c.start, end: c.end, blocker: true, plural: true, sent: d.sentOf[c.start], entry: -1})
			return c.end
		}
		if n.has('G') {
			// "the militants" may refer back: leave definite plain generics to coref.
			if d.tokNorm(c.start-1) == "the" && d.canRefer(n) {
				return c.end
			}
			if d.inDescription(c.start, c.end) {
				return c.end
			}
			ci, why := d.contextCountry(c.start, c.end)
			kind := n.kind
			if kind == "*" {
				kind = "GOV" // "officials"
			}
			d.emitGeneric(c.start, c.end, kind, n.label, ci, "generic "+quote(d.span(c.start, c.end))+why, n.has('P'), "")
			d.markUsed(c.start, c.end)
			return c.end
		}
	}
	return i
}

// canRefer reports whether "the <noun>" should first try to refer back to a named actor.
func (d *doc) canRefer(n *noun) bool {
	switch n.kind {
	case "REB", "UAF", "MIL", "COP":
		return true
	}
	return false
}

func (d *doc) nextIsNounish(i int) bool {
	if i >= len(d.toks) || !d.toks[i].word {
		return false
	}
	if c := d.chunkStarting(i); c != nil {
		return true
	}
	return !verbish[d.toks[i].norm]
}

var verbish = map[string]bool{"said": true, "says": true, "say": true, "have": true, "has": true, "had": true, "are": true, "were": true,
	"was": true, "is": true, "will": true, "would": true, "and": true, "who": true, "stage": true, "staged": true, "rallied": true,
	"protested": true, "took": true, "take": true, "gathered": true, "marched": true, "voted": true, "fled": true, "in": true, "on": true,
	"at": true, "of": true, "to": true, "from": true, "for": true, "with": true, "living": true, "killed": true, "died": true, "can": true, "could": true}

var metonymVerbs = map[string]bool{"said": true, "says": true, "say": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "accused": true, "accuses": true, "warned": true, "warns": true, "denied": true, "denies": true, "announced": true,
	"announces": true, "rejected": true, "rejects": true, "condemned": true, "condemns": true, "insists": true, "insisted": true,
	"claimed": true, "claims": true, "wants": true, "wanted": true, "is": true, "was": true, "sees": true, "saw": true, "launched": true,
	"launches": true, "struck": true, "strikes": true, "attacked": true, "attacks": true, "fired": true, "fires": true, "sent": true,
	"sends": true, "responded": true, "responds": true, "agreed": true, "agrees": true, "refused": true, "refuses": true, "vowed": true,
	"vows": true, "threatened": true, "threatens": true, "demanded": true, "demands": true, "called": true, "calls": true, "urged": true,
	"urges": true, "and": true, "could": true, "may": true, "might": true, "should": true, "must": true, "did": true, "does": true,
	"recalled": true, "summoned": true, "expelled": true, "imposed": true, "signed": true, "approved": true, "confirmed": true,
	"'s": true, "estimates": true, "believes": true, "backs": true, "backed": true, "supports": true, "supported": true, "fought": true}

func (d *doc) metonymVerb(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	return metonymVerbs[d.toks[i].norm]
}

// locative reports whether token i follows a preposition that makes a country a place.
func (d *doc) locative(i int) bool { return d.locativeN(i, 4) }

func (d *doc) locativeN(i, depth int) bool {
	j := i - 1
	for j >= 0 && (d.toks[j].norm == "the" || d.toks[j].norm == "northern" || d.toks[j].norm == "southern" ||
		d.toks[j].norm == "eastern" || d.toks[j].norm == "western" || d.toks[j].norm == "central" || d.toks[j].norm == "occupied" || d.toks[j].norm == "south" || d.toks[j].norm == "north") {
		j--
	}
	if j < 0 || !d.sameSent(j, i) {
		return false
	}
	if d.toks[j].norm == "," {
		// "in Zamfara, Nigeria"
		k := j - 1
		for k >= 0 && j-k <= 3 && d.toks[k].word && d.toks[k].cap {
			k--
		}
		if k >= 0 && k < j-1 && d.sameSent(k, i) {
			switch d.toks[k].norm {
			case "in", "near", "at", "from", "inside", "outside", "around":
				return true
			}
		}
	}
	if w := d.toks[j].norm; (w == "and" || w == "or" || w == ",") && j > 0 && d.chunkAt[j-1] >= 0 {
		pc := &d.chunks[d.chunkAt[j-1]]
		if depth > 0 && (pc.capital >= 0 || (pc.hasEntry() && isState(&d.kb.entries[pc.entries[0]]))) {
			return d.locativeN(pc.start, depth-1)
		}
	}
	switch d.toks[j].norm {
	case "in", "inside", "within", "across", "throughout", "from", "near", "around", "outside", "of", "via",
		"through", "over", "entered", "enter", "visit", "visited", "visiting", "left", "reach", "reached", "toured", "arrived", "returned", "back":
		return true
	case "to", "towards", "toward":
		// "headed to Syria", "travel to Tunisia" (a destination), not "arms to Israel"
		if j > 0 {
			switch d.toks[j-1].norm {
			case "head", "heads", "headed", "heading", "travel", "travels", "traveled", "travelled", "travelling", "traveling", "trip",
				"visit", "flew", "fly", "flies", "went", "go", "goes", "going", "returned", "return", "returning", "moved", "fled", "flee",
				"fleeing", "deported", "sent", "back", "way", "route", "border", "crossed", "came", "come", "arrived", "ambassador", "envoy":
				return true
			}
		}
	}
	return false
}

// placeFollows reports whether a country name is used as a modifier of a place ("Lebanon-Israel border").
func (d *doc) placeFollows(end int) bool {
	n := d.tokNorm(end)
	switch n {
	case "border", "borders", "frontier", "side", "coast", "territory", "territories", "soil", "airspace", "waters":
		return true
	case "-":
		if end+1 < len(d.toks) && d.toks[end+1].cap {
			return true
		}
	}
	return false
}

// nameAlone emits a named entry, with its extensions: "Lebanese Hezbollah group",
// "Hezbollah fighters", "Hezbollah commander NAME".
func (d *doc) nameAlone(c *chunk) int {
	ei := d.pick(c, nil)
	if ei < 0 {
		return c.end
	}
	e := &d.kb.entries[ei]
	start, end := c.start, c.end
	reason := "alias match " + quote(d.span(c.start, c.end))
	if d.isFuzzy(c.start) {
		reason = "fuzzy match " + quote(d.span(c.start, c.end)) + " ~ " + quote(e.Name)
	}
	if isPerson(e) {
		return d.personWithTitle(c, ei)
	}
	if isState(e) {
		// a country name is an actor unless it is a place here.
		if d.tokNorm(end) == "-" && affilWords[d.tokNorm(end+1)] {
			return c.end // "Iran-backed": a modifier
		}
		if e.Kind != "GOV" {
			reason = "alias match " + quote(d.span(c.start, c.end))
		} else if d.tokNorm(end) == "'s" {
			// "Iran's" + org/role handled by modAt; a bare possessive is the state.
			end++
			reason = "possessive country " + quote(d.span(c.start, c.end))
		} else if d.locative(start) || d.placeFollows(end) || d.tokNorm(start-1) == "-" || d.insideName(start) {
			return c.end
		} else if c.adj >= 0 && end < len(d.toks) && d.toks[end].word && !d.toks[end].cap && !metonymVerbs[d.toks[end].norm] && !verbish[d.toks[end].norm] {
			return c.end // "US horse abattoir": the name used as an adjective
		} else {
			reason = "country as actor " + quote(d.span(c.start, c.end))
		}
		d.emit(ment{start: start, end: c.end, core: [2]int{c.start, c.end}, entry: ei,
			am: model.ActorMention{Actor: d.actorOf(e, start, c.end), Reason: reason + " -> " + e.ID}})
		d.markUsed(start, end)
		return end
	}
	// organisation
	if d.tokNorm(end) == "-" && affilWords[d.tokNorm(end+1)] {
		return c.end // "Al Qaeda-linked": a modifier
	}
	if d.insideOrgName(c.start, c.end) && !d.isFuzzy(c.start) {
		// "Trades Union Congress": a longer name holding a one-word alias is another
		// organisation
		return c.end
	}
	if n := d.nounOf(d.chunkStarting(end)); n != nil && !d.used[end] {
		if n.has('H') || n.has('G') || n.has('R') {
			if n.kind == "*" || n.kind == e.Kind || n.has('H') || n.kind == "REB" || n.kind == "UAF" {
				end = d.chunkStarting(end).end
				reason += " + " + quote(d.span(c.end, end))
			}
		}
	}
	d.emit(ment{start: start, end: end, core: [2]int{c.start, c.end}, entry: ei, label: orgLabel(e),
		am: model.ActorMention{Actor: d.actorOf(e, start, end), Reason: reason + d.validity(e)}})
	d.markUsed(start, end)
	return end
}

func orgLabel(e *Entry) string {
	if isPerson(e) {
		return model.PERSON
	}
	if isState(e) {
		return ""
	}
	return model.ORG
}

func (d *doc) validity(e *Entry) string {
	if d.expired(e) {
		return " (until " + e.Until + ")"
	}
	return ""
}

// modLed handles a modifier followed by a role noun, a name or a generic noun.
func (d *doc) modLed(mod modifier) int {
	j := mod.end
	if c := d.chunkStarting(mod.start); c != nil && c.adj >= 0 && !c.hasEntry() {
		// "Iraqi pro-Iran factions"
		if end := d.affilLed(j, mod.country, mod.start); end > 0 {
			return end
		}
	}
	nc := d.chunkStarting(j)
	if n := d.nounOf(nc); n != nil && n.has('B') && !d.used[j] {
		d.blocks = append(d.blocks, ment{start: mod.start, end: nc.end, blocker: true, plural: true, sent: d.sentOf[mod.start], entry: -1})
		d.markUsed(mod.start, nc.end)
		return nc.end
	}
	if nc == nil || d.used[j] {
		// a lone possessive organisation or country is handled by nameAlone
		if c := d.chunkStarting(mod.start); c != nil && c.adj >= 0 && !c.hasEntry() {
			return d.demonymAlone(c)
		}
		return 0
	}
	modEntry := (*Entry)(nil)
	if mod.entry >= 0 {
		modEntry = &d.kb.entries[mod.entry]
	}
	start, former := d.extendPrefix(mod.start)
	if n := d.nounOf(nc); n != nil && n.has('T') && modEntry != nil && isState(modEntry) && mod.end == mod.start+1 {
		// "Macron's Lebanon envoy": the possessor, not the topic country, employs the envoy
		if pe := d.possessor(mod.start); pe != nil {
			if r := d.personAfterTitle(mod.start, nc, pe, former); r > 0 {
				return r
			}
		}
	}
	// modifier + organisation: "Lebanese Hezbollah", "Iran's Quds Force"
	if nc.hasEntry() && (modEntry == nil || isState(modEntry)) {
		ei := d.pick(nc, func(e *Entry) bool { return !isState(e) })
		if ei >= 0 {
			e := &d.kb.entries[ei]
			if isPerson(e) {
				return d.personWithTitle(nc, ei)
			}
			end := nc.end
			reason := "alias match " + quote(d.span(nc.start, nc.end)) + " with " + mod.how
			if n := d.nounOf(d.chunkStarting(end)); n != nil && (n.has('H') || n.kind == e.Kind) && !n.has('T') {
				end = d.chunkStarting(end).end
			}
			// title + name after the organisation
			if n := d.nounOf(d.chunkStarting(end)); n != nil && n.has('T') {
				if pe := d.personAfterTitle(mod.start, d.chunkStarting(end), e, former); pe > 0 {
					d.emit(ment{start: mod.start, end: nc.end, core: [2]int{nc.start, nc.end}, entry: ei, label: model.ORG,
						am: model.ActorMention{Actor: d.actorOf(e, mod.start, nc.end), Reason: reason}})
					return pe
				}
			}
			d.emit(ment{start: mod.start, end: end, core: [2]int{nc.start, nc.end}, entry: ei, label: orgLabel(e),
				am: model.ActorMention{Actor: d.actorOf(e, mod.start, end), Reason: reason + d.validity(e)}})
			d.markUsed(mod.start, end)
			return end
		}
	}
	n := d.nounOf(nc)
	if n == nil {
		if c := d.chunkStarting(mod.start); c != nil && c.adj >= 0 && !c.hasEntry() {
			return d.demonymAlone(c)
		}
		return 0
	}
	if n.has('T') || n.has('R') {
		// title + name: "Iranian Ambassador to Baghdad NAME", "Hezbollah commander NAME"
		if n.has('T') {
			if pe := d.personAfterTitle(start, nc, modEntry, former); pe > 0 {
				return pe
			}
		}
		// role phrase: "Israeli troops", "the Iraqi prime minister", "Hezbollah fighters"
		end := nc.end
		if modEntry == nil {
			return 0
		}
		kind := n.kind
		if kind == "*" || kind == "-" {
			kind = modEntry.KindAt(d.ref)
		}
		if !isState(modEntry) {
			// "Hezbollah fighters", "Hamas officials": the organisation itself.
			d.emit(ment{start: start, end: end, core: [2]int{mod.start, mod.start + 1}, entry: mod.entry, label: orgLabel(modEntry), plural: n.has('P'),
				am: model.ActorMention{Actor: d.actorOf(modEntry, start, end), Reason: "alias match " + quote(d.span(mod.start, mod.end)) + " + role " + quote(d.span(nc.start, nc.end))}})
			d.markUsed(start, end)
			return end
		}
		ci := mod.country
		d.emitCountryRole(start, end, ci, kind, n, "demonym+role: "+quote(d.span(mod.start, mod.end))+" + "+quote(d.span(nc.start, nc.end)), former)
		d.markUsed(start, end)
		return end
	}
	if mod.country >= 0 && n.has('G') && d.inDescription(mod.start, nc.end) {
		return 0 // "the Somali militant group": a description, coreference decides
	}
	if mod.country >= 0 && (n.has('G')) {
		// "Iraqi protesters", "Israeli settlers"
		d.emitGeneric(mod.start, nc.end, n.kind, n.label, mod.country, "demonym+generic: "+quote(d.span(mod.start, mod.end))+" + "+quote(d.span(nc.start, nc.end)), n.has('P'), "")
		d.markUsed(mod.start, nc.end)
		return nc.end
	}
	if mod.country >= 0 && n.has('A') {
		// "Israeli strikes": the country's military did it.
		g := d.kb.countries[mod.country].mil
		if g < 0 {
			g = d.kb.countries[mod.country].gov
		}
		if g >= 0 {
			me := mod.end
			if d.tokNorm(me-1) == "'s" {
				me--
			}
			e := &d.kb.entries[g]
			d.emit(ment{start: mod.start, end: me, core: [2]int{-1, -1}, entry: g,
				am: model.ActorMention{Actor: d.actorOf(e, mod.start, me), Reason: "demonym before action noun: " + quote(d.span(mod.start, mod.end)) + " + " + quote(d.span(nc.start, nc.end))}})
			d.markUsed(mod.start, me)
			return me
		}
	}
	if c := d.chunkStarting(mod.start); c != nil && c.adj >= 0 && !c.hasEntry() {
		return d.demonymAlone(c)
	}
	return 0
}

// demonymAlone handles a demonym with no role noun after it: "Lebanese" used as a people noun.
func (d *doc) demonymAlone(c *chunk) int {
	if c.people >= 0 && !d.nextIsNounish(c.end) {
		d.emitGeneric(c.start, c.end, "CVL", "Civilians (%s)", int(c.people), "demonym (people) "+quote(d.span(c.start, c.end)), true, "NORP")
		d.markUsed(c.start, c.end)
		return c.end
	}
	return c.end
}

// emitCountryRole emits "<country> <role>": the country's GOV/MIL/COP actor, or a generic one.
func (d *doc) emitCountryRole(start, end, ci int, kind string, n *noun, reason string, former bool) {
	co := &d.kb.countries[ci]
	ei := -1
	switch kind {
	case "GOV", "LEG", "JUD", "SPY":
		ei = co.gov
	case "MIL":
		ei = co.mil
	case "COP":
		ei = co.cop
	}
	if former {
		reason += " (former)"
	}
	if ei >= 0 {
		e := &d.kb.entries[ei]
		act := d.actorOf(e, start, end)
		act.Kind = kind
		if former && kind == "GOV" {
			act.Kind = "GOV"
		}
		d.emit(ment{start: start, end: end, core: [2]int{-1, -1}, entry: ei, plural: n.has('P'),
			am: model.ActorMention{Actor: act, Reason: reason + " -> " + e.ID}})
		return
	}
	label := n.label
	if label == "" {
		label = kindLabel[kind]
	}
	d.emitGeneric(start, end, kind, label, ci, reason, n.has('P'), "")
}

// kindLabel names generic actors of a kind (ACLED style) when the noun has no label.
var kindLabel = map[string]string{"BUS": "Business (%s)", "CVL": "Civilians (%s)", "MED": "Journalists (%s)",
	"REL": "Religious Group (%s)", "LAB": "Labour Group (%s)", "OPP": "Opposition (%s)", "NGO": "NGO (%s)",
	"UAF": "Unidentified Armed Group (%s)", "REB": "Rebel Group (%s)", "PTY": "Political Party (%s)", "IGO": "%s",
	"GOV": "Government of %s", "MIL": "Military Forces of %s", "COP": "Police Forces of %s", "LEG": "Legislature of %s",
	"JUD": "Judiciary of %s", "SPY": "Intelligence Services of %s", "IMG": "Armed Group (%s)"}

func (d *doc) emitGeneric(start, end int, kind, label string, ci int, reason string, plural bool, entLabel string) {
	// "the officers" in a story about soldiers are military officers (police by default)
	if kind == "COP" && end > start && (d.toks[end-1].norm == "officers" || d.toks[end-1].norm == "officer") &&
		(end-start == 1 || !d.toks[end-2].cap && d.toks[end-2].norm != "police") && d.militaryStory(start) {
		kind, label = "MIL", "Military Forces of %s"
	}
	act := model.Actor{Text: d.span(start, end), Kind: kind, Affiliations: []string{}}
	if kind == "-" || kind == "*" {
		act.Kind = ""
	}
	if label == "" {
		label = "%s"
	}
	if ci >= 0 {
		co := &d.kb.countries[ci]
		act.Country = co.iso2
		act.Name = strings.ReplaceAll(label, "%s", co.name)
	} else {
		nm := strings.ReplaceAll(label, " (%s)", "")
		nm = strings.ReplaceAll(nm, " of %s", "")
		if nm == "%s" {
			nm = ""
		}
		act.Name = nm
	}
	var core [2]int
	core = [2]int{-1, -1}
	if entLabel != "" {
		core = [2]int{start, end}
	}
	d.emit(ment{start: start, end: end, core: core, entry: -1, plural: plural, label: entLabel,
		am: model.ActorMention{Actor: act, Generic: true, Reason: reason}})
}

// militaryStory reports whether "officers" at token start are soldiers: the last police or
// military word before them decides, else the document's more frequent one.
func (d *doc) militaryStory(start int) bool {
	for i := start - 1; i >= 0 && i >= start-300; i-- {
		if k := forceWord(d.toks[i].norm); k != 0 {
			return k > 0
		}
	}
	mil, pol := 0, 0
	for i := range d.toks {
		switch forceWord(d.toks[i].norm) {
		case 1:
			mil++
		case -1:
			pol++
		}
	}
	return mil > pol
}

// forceWord is 1 for a word naming soldiers, -1 for police, 0 otherwise.
func forceWord(w string) int {
	switch w {
	case "army", "military", "troops", "soldiers", "soldier":
		return 1
	case "police", "policemen", "policeman", "constable", "constables":
		return -1
	}
	return 0
}

// contextCountry finds the country of a generic actor: a place in the same sentence, else the
// document's dominant country.
func (d *doc) contextCountry(start, end int) (int, string) {
	s := d.sents[d.sentOf[start]]
	best, bestDist := -1, 1<<30
	// places from the geo stage, when it ran
	for _, p := range d.a.Places {
		if p.Geo.Country == "" {
			continue
		}
		if p.Start < d.toks[s[0]].start || p.End > d.toks[s[1]-1].end {
			continue
		}
		if ci, ok := d.kb.byISO[p.Geo.Country]; ok {
			dist := abs(p.Start - d.toks[start].start)
			if dist < bestDist {
				best, bestDist = ci, dist
			}
		}
	}
	if best >= 0 {
		return best, " (place in sentence: " + d.kb.countries[best].iso2 + ")"
	}
	lo, hi := max(s[0], start-60), min(s[1], end+60)
	for lo > s[0] && d.chunkAt[lo] >= 0 && d.chunks[d.chunkAt[lo]].start != lo {
		lo--
	}
	for i := lo; i < hi; {
		c := d.chunkStarting(i)
		if c == nil {
			i++
			continue
		}
		if i >= d.ctxSkip[0] && i < d.ctxSkip[1] {
			i = c.end
			continue
		}
		ci := -1
		if c.capital >= 0 {
			ci = int(c.capital)
		} else if c.hasEntry() {
			if e := &d.kb.entries[c.entries[0]]; isState(e) && e.Kind == "GOV" && (d.locative(i) || d.placeFollows(c.end)) {
				ci = d.kb.byISO[e.Country]
			}
		}
		if ci < 0 && c.place >= 0 && !c.hasEntry() && c.noun < 0 && (d.locative(i) || d.tokNorm(c.end) == "," || c.end == start) && d.placeCountryOK(i, c) {
			ci = int(c.place) // "gunmen in Zamfara"
		}
		if ci >= 0 {
			dist := abs(i - start)
			if i >= end && d.locative(i) {
				dist /= 2 // "protesters in Baghdad"
			}
			if dist < bestDist {
				best, bestDist = ci, dist
			}
		}
		i = c.end
	}
	if best < 0 {
		ents := d.a.Entities
		for x := sort.Search(len(ents), func(x int) bool { return ents[x].Start >= d.toks[lo].start }); x < len(ents) && ents[x].Start < d.toks[hi-1].end; x++ {
			en := ents[x]
			if en.Label != model.GPE || en.End > d.toks[s[1]-1].end {
				continue
			}
			if ci, ok := d.kb.places[fold(en.Text)]; ok {
				dist := abs(en.Start - d.toks[start].start)
				if dist < bestDist {
					best, bestDist = ci, dist
				}
			}
		}
	}
	if best >= 0 {
		return best, " (place in sentence: " + d.kb.countries[best].iso2 + ")"
	}
	if ci := d.dominant(); ci >= 0 {
		return ci, " (document's dominant country " + d.kb.countries[ci].iso2 + ")"
	}
	return -1, ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// dominant returns the country mentioned clearly most often in the document, or -1.
func (d *doc) dominant() int {
	best, bi := 0, -1
	for ci, n := range d.counts {
		if n > best || (n == best && ci < bi) {
			best, bi = n, ci
		}
	}
	second := 0
	for ci, n := range d.counts {
		if ci != bi && n > second {
			second = n
		}
	}
	if best >= 3 && best >= 2*second {
		return bi
	}
	return -1
}

// inDescription reports whether tokens [i,end) lie inside a description that starts with
// "the" a few tokens earlier ("the Iran-backed militant group").
func (d *doc) inDescription(i, end int) bool {
	for k := i - 1; k >= 0 && i-k <= 6 && d.sameSent(k, i); k-- {
		switch d.toks[k].norm {
		case "the", "this", "these", "those":
			de, _, ok := d.description(k)
			return ok && de >= end
		}
		if d.used[k] {
			return false
		}
	}
	return false
}

// taggerEntities adds the tagger's PERSON and ORG entities that no mention covers, as actors
// known only by name (they may still be sources and targets, and antecedents of "he").
func (d *doc) taggerEntities() {
	for _, en := range d.a.Entities {
		if en.Label != model.PERSON && en.Label != model.ORG {
			continue
		}
		i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].end > en.Start })
		j := i
		for j < len(d.toks) && d.toks[j].start < en.End {
			j++
		}
		if i >= j || !d.free(i, j) || d.placeEntity(en, i, j) {
			continue
		}
		if en.Label == model.ORG && d.stateOrgan(i, j) {
			continue
		}
		act := model.Actor{Text: d.span(i, j), Name: d.span(i, j), Affiliations: []string{}}
		d.emit(ment{start: i, end: j, core: [2]int{-1, -1}, entry: -1, person: en.Label == model.PERSON,
			am: model.ActorMention{Actor: act, Reason: "tagger " + en.Label + " entity, not in the knowledge base"}})
		d.markUsed(i, j)
	}
}

// countryMention is a country named in the text in any role (actor, place or adjective).
type countryMention struct {
	start int
	iso   string
}

// countryMentions lists every country name, capital and demonym of text in order.
func (kb *KB) countryMentions(text string) []countryMention {
	d := &doc{}
	d.reset(kb, &model.Annotation{Doc: &model.Document{Text: text}})
	d.chunk()
	var out []countryMention
	for _, c := range d.chunks {
		ci := int32(-1)
		switch {
		case c.adj >= 0:
			ci = c.adj
		case c.people >= 0:
			ci = c.people
		case c.capital >= 0:
			ci = c.capital
		case len(c.entries) > 0:
			e := &kb.entries[c.entries[0]]
			if isState(e) {
				ci = int32(kb.byISO[e.Country])
			}
		}
		if ci >= 0 {
			out = append(out, countryMention{start: d.toks[c.start].start, iso: kb.countries[ci].iso2})
		}
	}
	return out
}

// insideName reports whether the capitalised word before token i makes it part of a longer
// name ("Port Sudan", "New Mexico").
func (d *doc) insideName(i int) bool {
	j := i - 1
	if j < 0 || !d.sameSent(j, i) || !d.toks[j].word || !d.toks[j].cap || d.chunkAt[j] >= 0 {
		return false
	}
	if j == d.sents[d.sentOf[i]][0] {
		return false // "Later Sudan said": a capital at the start of a sentence tells nothing
	}
	return !notNameStart[d.toks[j].norm]
}

func (d *doc) isFuzzy(i int) bool {
	for _, f := range d.fuzzyAt {
		if f == i {
			return true
		}
	}
	return false
}

// countryOfChunk is the country a chunk names (as a state name, demonym or people), or -1.
func (d *doc) countryOfChunk(c *chunk) int {
	switch {
	case c.adj >= 0:
		return int(c.adj)
	case c.people >= 0:
		return int(c.people)
	}
	for _, ei := range c.entries {
		if e := &d.kb.entries[ei]; isState(e) && e.Kind == "GOV" {
			if ci, ok := d.kb.byISO[e.Country]; ok {
				return ci
			}
		}
	}
	return -1
}

// orgHeads are the last words of organisation names that may start with a country name
// ("Kenya National Commission on Human Rights", "Ghana Medical Association").
var orgHeads = set("commission", "network", "association", "union", "council", "federation", "society",
	"institute", "foundation", "congress", "league", "committee", "organisation", "organization", "forum",
	"centre", "center", "syndicate", "chamber", "observatory", "coalition", "alliance", "trust", "initiative",
	"confederation", "guild", "club", "party", "front", "movement", "university", "college", "academy", "bar", "caucus")

// orgJoin are lower-case words allowed inside such a name.
var orgJoin = set("of", "on", "for", "the")

// orgNameAround reports the token span of an organisation name that contains country chunk c
// but is longer than it: a tagger ORG entity covering it, or the country followed by
// capitalised words ending in an organisation head noun. Known aliases are matched before
// (longest match), so this only sees names the knowledge base lacks.
func (d *doc) orgNameAround(c *chunk) (int, int, bool) {
	if d.countryOfChunk(c) < 0 || c.noun >= 0 {
		return 0, 0, false
	}
	cs, ce := d.toks[c.start].start, d.toks[c.end-1].end
	ents := d.a.Entities
	hi := sort.Search(len(ents), func(x int) bool { return ents[x].Start > cs })
	for x := hi - 1; x >= 0 && x >= hi-8; x-- {
		en := ents[x]
		if en.Label != model.ORG || en.Start > cs || en.End < ce || (en.Start == cs && en.End == ce) ||
			strings.Contains(en.Text, " and ") || strings.Contains(en.Text, ",") || strings.Contains(en.Text, " & ") {
			continue
		}
		s := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].end > en.Start })
		e := s
		for e < len(d.toks) && d.toks[e].start < en.End {
			e++
		}
		if s <= c.start && e >= c.end && e-s > c.end-c.start && !d.stateBodyName(c, e) {
			return s, e, true
		}
	}
	// "Sudan Doctors Network": capitalised words after the country, the last an org head.
	last := -1
	for k := c.end; k < len(d.toks) && k < c.end+8 && d.sameSent(c.start, k); k++ {
		t := &d.toks[k]
		if !t.word || t.shout {
			break
		}
		if t.cap {
			if oc := d.chunkStarting(k); oc != nil && oc.hasEntry() {
				break // another known name starts: "United States African Union ..."
			}
			if orgHeads[t.norm] {
				last = k
			}
			continue
		}
		if !orgJoin[t.norm] || last >= 0 && k > last+1 {
			break
		}
	}
	if last < 0 || d.stateBodyName(c, last+1) {
		return 0, 0, false
	}
	// trailing capitalised words of the name ("... on Human Rights")
	e := last + 1
	for e < len(d.toks) && d.sameSent(c.start, e) {
		if d.toks[e].word && d.toks[e].cap {
			e++
			continue
		}
		if (d.toks[e].norm == "of" || d.toks[e].norm == "on" || d.toks[e].norm == "for") && e+1 < len(d.toks) && d.toks[e+1].word && d.toks[e+1].cap && !d.chunkIsCountry(e+1) {
			e += 2
			continue
		}
		break
	}
	return c.start, e, true
}

func (d *doc) chunkIsCountry(k int) bool {
	c := d.chunkStarting(k)
	return c != nil && d.countryOfChunk(c) >= 0
}

// placeCountryOK reports whether the town or region chunk c at token i may give its country to
// a generic actor: it is not part of a longer name ("Aliyu Bello", where Bello is also a
// Colombian city), and its country is named elsewhere in the document or no other country
// dominates it (a town name shared by several countries is read in the article's country).
func (d *doc) placeCountryOK(i int, c *chunk) bool {
	if d.insideName(i) || (c.end < len(d.toks) && d.sameSent(i, c.end) && d.toks[c.end].word && d.toks[c.end].cap) {
		return false
	}
	pc := int(c.place)
	w := 1
	if d.sentOf[i] <= 1 {
		w = 2
	}
	if d.counts[pc] > w {
		return true
	}
	dom := d.dominant()
	return dom < 0 || dom == pc
}

// stateOrganLast are last words of a country's state bodies that the knowledge base does not
// list as roles ("Pakistan High Commission", "Kenyan Embassy"): the country stays the actor.
var stateOrganLast = set("embassy", "consulate", "mission", "legation")

// stateBodyName reports whether the country chunk c followed by the tokens up to e is a role
// phrase the resolver codes as the state itself ("Kenyan Police", "Sudan Army", "Pakistan High
// Commission").
func (d *doc) stateBodyName(c *chunk, e int) bool {
	if nc := d.chunkStarting(c.end); nc != nil && nc.noun >= 0 && c.end < e && nc.end >= e {
		return true
	}
	last := d.toks[e-1].norm
	if stateOrganLast[last] {
		return true
	}
	return last == "commission" && e-2 >= c.end && d.toks[e-2].norm == "high"
}

// placeNouns follow or describe a place name ("the Abu Shouk displacement camp", "Goma, the
// largest city").
var placeNouns = set("region", "regions", "camp", "camps", "province", "district", "state", "county", "city",
	"town", "village", "villages", "avenue", "street", "road", "highway", "square", "neighbourhood",
	"neighborhood", "suburb", "area", "valley", "river", "lake", "mountains", "border", "crossing",
	"airport", "port", "island", "capital", "municipality", "commune", "department", "territory")

// placeEntity reports whether a tagger PERSON or ORG entity over tokens [i,j) is really a place
// (a town, camp or region): a known place name, a name the tagger calls GPE/LOC elsewhere, a
// name followed or described by a place noun, a capitalised dateline, or a person tag after
// "in"/"near". Places are never actors (a capital used as a speaker is handled before).
func (d *doc) placeEntity(en model.Entity, i, j int) bool {
	key := fold(en.Text)
	if _, ok := d.kb.places[key]; ok {
		return true
	}
	if c := d.chunkStarting(i); c != nil && c.end == j && (c.place >= 0 || c.capital >= 0) && !c.hasEntry() && c.noun < 0 {
		return true
	}
	if d.gpeNames == nil {
		d.gpeNames = map[string]bool{}
		for _, o := range d.a.Entities {
			if o.Label == model.GPE || o.Label == model.LOC {
				d.gpeNames[fold(o.Text)] = true
			}
		}
	}
	if d.gpeNames[key] {
		return true
	}
	if placeNouns[d.toks[j-1].norm] && j-1 > i {
		return true // "Moi Avenue"
	}
	// followed by a place noun: "Abu Shouk displacement camp", "Catatumbo region"
	for k := j; k < len(d.toks) && k < j+3 && d.sameSent(i, k) && d.toks[k].word; k++ {
		if placeNouns[d.toks[k].norm] {
			return true
		}
		if d.toks[k].cap && k > j {
			break
		}
	}
	// apposition: "Goma, the largest city in eastern Congo"
	if j < len(d.toks) && d.tokNorm(j) == "," && (d.tokNorm(j+1) == "the" || d.tokNorm(j+1) == "a") {
		for k := j + 2; k < len(d.toks) && k < j+6 && d.sameSent(i, k) && d.toks[k].word; k++ {
			if placeNouns[d.toks[k].norm] {
				return true
			}
		}
	}
	// dateline: "BUNIA, Congo (AP) -"
	if d.toks[i].upper && i == d.sents[d.sentOf[i]][0] && d.tokNorm(j) == "," {
		return true
	}
	if en.Label == model.PERSON && i > 0 && d.sameSent(i-1, i) {
		switch d.toks[i-1].norm {
		case "in", "near", "outside", "around", "across", "towards", "toward":
			return true
		}
	}
	// "the regency seat of Dekai", "the town of Ilaga": a place noun and "of" before the name
	if i >= 2 && d.sameSent(i-2, i) && d.toks[i-1].norm == "of" && (placeNouns[d.toks[i-2].norm] || d.toks[i-2].norm == "seat") && !d.toks[i-2].cap {
		return true
	}
	return false
}

// stateOrgan resolves a tagger ORG over tokens [i,j) that names a state body without naming
// its country ("the National Police said", "the Air Force reported", "a ruling of the
// Constitutional Court", "the Ministry of Health and Population") to that body of the
// document's country (else the country of a place in the sentence).
func (d *doc) stateOrgan(i, j int) bool {
	if i > 0 && d.sameSent(i-1, i) && (d.toks[i-1].cap && d.toks[i-1].word && d.toks[i-1].norm != "the" || d.toks[i-1].poss) {
		return false // "U.S. Army", "Noboa's National Democratic Action": someone else's
	}
	var words []string
	for k := i; k < j; k++ {
		if d.toks[k].poss {
			continue
		}
		if !d.toks[k].word {
			return false
		}
		words = append(words, d.toks[k].norm)
	}
	kind := stateOrganKind(words)
	if kind == "" {
		return false
	}
	ci := d.dominant()
	why := ""
	if ci >= 0 {
		why = " (document's dominant country " + d.kb.countries[ci].iso2 + ")"
	} else if ci, why = d.contextCountry(i, j); ci < 0 {
		if ci = d.leading(); ci >= 0 {
			why = " (document's most mentioned country " + d.kb.countries[ci].iso2 + ")"
		}
	}
	if ci < 0 {
		return false
	}
	before := len(d.ments)
	n := &noun{kind: kind, label: kindLabel[kind]}
	d.emitCountryRole(i, j, ci, kind, n, "state body "+quote(d.span(i, j))+why, false)
	if len(d.ments) == before {
		return false
	}
	d.markUsed(i, j)
	return true
}

// stateOrganHeads are the names of state bodies (folded, qualifiers stripped) and their kinds.
var stateOrganHeads = map[string]string{
	"police": "COP", "police service": "COP", "police force": "COP",
	"army": "MIL", "navy": "MIL", "air force": "MIL", "armed forces": "MIL", "defence forces": "MIL",
	"defense forces": "MIL", "guard": "MIL", "coast guard": "MIL", "republican guard": "MIL",
	"operations command": "MIL", "general staff": "MIL", "gendarmerie": "MIL",
	"assembly": "LEG", "legislative assembly": "LEG", "constituent assembly": "LEG", "parliament": "LEG",
	"senate": "LEG", "legislature": "LEG", "house of representatives": "LEG",
	"court": "JUD", "constitutional court": "JUD", "high court": "JUD", "constitutional council": "JUD",
	"attorney generals office": "JUD", "attorney general office": "JUD", "prosecutors office": "JUD",
	"prosecutor generals office": "JUD", "public prosecutors office": "JUD", "attorney general": "JUD",
	"cabinet": "GOV", "council of ministers": "GOV", "security council": "GOV",
	"security and defense council": "GOV", "security and defence council": "GOV",
	"elections commission": "GOV", "election commission": "GOV", "electoral commission": "GOV",
	"executive council": "GOV", "presidency": "GOV",
}

// stateOrganQualifiers may open a state body's name ("National Police", "Federal Parliament",
// "Joint Operations Command", "Supreme Court").
var stateOrganQualifiers = set("national", "federal", "joint", "supreme", "central", "state", "royal", "independent")

// stateOrganKind returns the kind of the state body named by words (folded), or "".
func stateOrganKind(words []string) string {
	if len(words) == 0 || len(words) > 8 {
		return ""
	}
	// "Ministry of Health and Population", "Interior Ministry"
	if words[0] == "ministry" && len(words) >= 3 && words[1] == "of" {
		return "GOV"
	}
	if len(words) == 2 && words[1] == "ministry" && ministryTopics[words[0]] {
		return "GOV"
	}
	if words[0] == "cabinet" && (len(words) == 1 || len(words) > 2 && (words[1] == "committee" || words[1] == "office")) {
		return "GOV" // "Cabinet Committee on Security"
	}
	k := 0
	for k < len(words)-1 && stateOrganQualifiers[words[k]] {
		k++
	}
	rest := strings.Join(words[k:], " ")
	kind := stateOrganHeads[rest]
	switch rest {
	case "guard", "assembly", "court", "security council", "operations command", "police", "army", "cabinet":
		if k == 0 && len(words) > 1 {
			return ""
		}
		if k == 0 && (rest == "guard" || rest == "assembly" || rest == "court" || rest == "security council" || rest == "operations command") {
			return "" // "Security Council" is the UN's; "Guard", "Court" alone say nothing
		}
	}
	return kind
}

// ministryTopics name ministries ("Interior Ministry", "Health Ministry").
var ministryTopics = set("interior", "defence", "defense", "foreign", "health", "justice", "finance",
	"information", "education", "home", "security", "energy", "oil", "agriculture", "economy")

// leading returns the country mentioned most often in the document (at least twice and more
// often than any other), or -1: a weaker dominant.
func (d *doc) leading() int {
	best, bi, second := 0, -1, 0
	for ci, n := range d.counts {
		if n > best || (n == best && ci < bi) {
			best, bi, second = n, ci, max(second, best)
		} else if n > second {
			second = n
		}
	}
	if best >= 2 && best > second {
		return bi
	}
	return -1
}

// insideOrgName reports whether the tagger's organisation name covering tokens [i, j) starts
// with other capitalised words that are no known name ("Trades Union Congress" holds the alias
// "Congress"): the longer name is another organisation.
func (d *doc) insideOrgName(i, j int) bool {
	if i < 1 || !d.sameSent(i-1, i) || !d.toks[i-1].word || !d.toks[i-1].cap {
		return false
	}
	if k := d.chunkAt[i-1]; k >= 0 {
		// a common-noun chunk ("Trades Union") may stand inside; a name, demonym or place not
		if pc := &d.chunks[k]; pc.hasEntry() || pc.adj >= 0 || pc.people >= 0 || pc.capital >= 0 {
			return false
		}
	}
	if i-1 == d.sents[d.sentOf[i]][0] || faithAdjectives[d.text[d.toks[i-1].start:d.toks[i-1].end]] {
		return false // "the mostly Muslim Seleka rebels": repairEntities trims the adjective
	}
	st, en := d.toks[i-1].start, d.toks[j-1].end
	ents := d.a.Entities
	for x := sort.Search(len(ents), func(x int) bool { return ents[x].End > st }); x < len(ents) && ents[x].Start <= st; x++ {
		if e := &ents[x]; e.Label == model.ORG && e.Start <= st && e.End >= en {
			return true
		}
	}
	return false
}
