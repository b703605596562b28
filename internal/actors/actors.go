// Package actors holds sitrep's actor knowledge base and resolves the actors a document
// mentions: named organisations, states and people (alias matching over normalised tokens),
// role phrases ("Israeli troops", "the Iraqi prime minister"), titles attached to names
// ("Hezbollah commander Mohammad Naameh Nasser"), generic actors ("gunmen", "protesters in
// Baghdad") and in-document coreference ("the Iran-backed militant group", "it").
//
// The knowledge base is a set of line-oriented text files under data/ (format in
// data/README.md), embedded in the binary and extendable at run time with Load.
//
// Conventions of the mentions Resolve writes to Annotation.Actors (sorted by Start):
//   - a named mention carries the entry id in Actor.Actor; a person known only from a title
//     ("Iranian Ambassador to Baghdad Mohammad Kazem Al Sadeq") has Actor.Actor "" and the
//     title's country, kind and affiliation;
//   - a title phrase naming an organisation ("Deputy commander of Iran's Quds Force NAME")
//     yields the person's mention and, nested inside it, the organisation's;
//   - Generic marks unnamed actors named ACLED-style ("Protesters (Iraq)"); Coref marks
//     descriptions and pronouns, which copy the actor of their antecedent; a description
//     with no compatible antecedent is kept with an empty Actor.Name;
//   - a country name is an actor ("Israel said", "rockets into Israel") unless it is a place
//     ("in Lebanon", "the Lebanon-Israel border") or an adjective ("US horse abattoir").
package actors

//go:generate go run ./gen

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.txt data/*.tsv
var dataFS embed.FS

// KB is the actor knowledge base. Build it with Default or New; it is safe for concurrent
// use by Resolve, Explain, Search and Get once loading is done (Load is not concurrent-safe).
type KB struct {
	entries []Entry
	byID    map[string]int

	m *matcher

	nouns     []noun
	placeList [][2]string // region or city name, ISO2
	countries []countryInfo
	byISO     map[string]int // ISO2 -> countries index
	places    map[string]int // folded place name -> country index (names, capitals, places)
}

type countryInfo struct {
	iso2, name    string
	gov, mil, cop int // entry indices, -1 when absent
}

var (
	defOnce sync.Once
	defKB   *KB
	defErr  error
)

// Default returns the embedded knowledge base, loaded once.
func Default() (*KB, error) {
	defOnce.Do(func() { defKB, defErr = New() })
	return defKB, defErr
}

// New loads a fresh copy of the embedded knowledge base.
func New() (*KB, error) {
	kb := &KB{byID: map[string]int{}, byISO: map[string]int{}, places: map[string]int{}}
	if err := kb.loadNouns(); err != nil {
		return nil, err
	}
	if err := kb.loadPlaces(); err != nil {
		return nil, err
	}
	files, err := fs.Glob(dataFS, "data/*.txt")
	if err != nil {
		return nil, err
	}
	// the generated country file first, then the hand-written files in name order, then the
	// other generated files (they only add aliases to entries defined before them).
	rank := func(f string) int {
		switch {
		case strings.HasSuffix(f, "countries.gen.txt"):
			return 0
		case strings.HasSuffix(f, ".gen.txt"):
			return 2
		}
		return 1
	}
	sort.Slice(files, func(i, j int) bool {
		if rank(files[i]) != rank(files[j]) {
			return rank(files[i]) < rank(files[j])
		}
		return files[i] < files[j]
	})
	var all []Entry
	for _, f := range files {
		b, err := dataFS.ReadFile(f)
		if err != nil {
			return nil, err
		}
		es, err := parseEntries(strings.NewReader(string(b)), strings.TrimPrefix(f, "data/"))
		if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	kb.entries = make([]Entry, 0, len(all))
	for _, e := range all {
		kb.add(e)
	}
	if err := kb.build(); err != nil {
		return nil, err
	}
	return kb, nil
}

// Load adds the entries of a user file (data/README.md format) to the knowledge base; an entry
// whose id exists already adds its aliases and overrides the fields it sets.
func (kb *KB) Load(r io.Reader, name string) error {
	es, err := parseEntries(r, name)
	if err != nil {
		return err
	}
	for _, e := range es {
		kb.add(e)
	}
	return kb.build()
}

func (kb *KB) add(e Entry) {
	if i, ok := kb.byID[e.ID]; ok {
		o := &kb.entries[i]
		set := func(dst *string, v string) {
			if v != "" {
				*dst = v
			}
		}
		set(&o.Name, e.Name)
		set(&o.Type, e.Type)
		set(&o.Kind, e.Kind)
		if len(e.Kinds) > 0 {
			o.Kinds = e.Kinds
		}
		set(&o.Country, e.Country)
		set(&o.Parent, e.Parent)
		set(&o.Org, e.Org)
		set(&o.Role, e.Role)
		set(&o.From, e.From)
		set(&o.Until, e.Until)
		set(&o.Wikidata, e.Wikidata)
		set(&o.CAMEO, e.CAMEO)
		set(&o.Region, e.Region)
		set(&o.Note, e.Note)
		o.Aliases = append(o.Aliases, e.Aliases...)
		o.Affiliations = appendUniq(o.Affiliations, e.Affiliations...)
		o.Nouns = appendUniq(o.Nouns, e.Nouns...)
		o.Demonyms = appendUniq(o.Demonyms, e.Demonyms...)
		o.People = appendUniq(o.People, e.People...)
		o.Capital = appendUniq(o.Capital, e.Capital...)
		return
	}
	if e.Type == "" {
		e.Type = "org"
	}
	kb.byID[e.ID] = len(kb.entries)
	kb.entries = append(kb.entries, e)
}

func appendUniq(l []string, vs ...string) []string {
outer:
	for _, v := range vs {
		for _, x := range l {
			if x == v {
				continue outer
			}
		}
		l = append(l, v)
	}
	return l
}

// build indexes the entries: the name trie, the country table.
func (kb *KB) build() error {
	for i := range kb.entries {
		e := &kb.entries[i]
		if e.Name == "" {
			// "name:" left out: the first alias is the canonical name
			e.Name = e.ID
			if len(e.Aliases) > 0 {
				e.Name = e.Aliases[0]
			}
		}
		if e.Kind == "" {
			if e.Type == "person" {
				e.Kind = "GOV"
			} else {
				return fmt.Errorf("%s: actor %q has no kind", e.Source, e.ID)
			}
		}
	}
	kb.countries = kb.countries[:0]
	kb.byISO = map[string]int{}
	kb.places = map[string]int{}
	for i := range kb.entries {
		e := &kb.entries[i]
		if e.Type != "state" || e.Country == "" {
			continue
		}
		ci, ok := kb.byISO[e.Country]
		if !ok {
			ci = len(kb.countries)
			kb.byISO[e.Country] = ci
			kb.countries = append(kb.countries, countryInfo{iso2: e.Country, gov: -1, mil: -1, cop: -1})
		}
		c := &kb.countries[ci]
		switch e.Kind {
		case "GOV":
			c.gov = i
			if len(e.Aliases) > 0 {
				c.name = e.Aliases[0]
			}
			for _, a := range e.Aliases {
				kb.places[fold(a)] = ci
			}
			for _, a := range e.Capital {
				kb.places[fold(a)] = ci
			}
		case "MIL":
			c.mil = i
		case "COP":
			c.cop = i
		}
	}
	for i := range kb.countries {
		if kb.countries[i].name == "" {
			kb.countries[i].name = kb.countries[i].iso2
		}
	}
	kb.m = kb.newMatcher()
	return nil
}

// Get returns the entry with the given id.
func (kb *KB) Get(id string) (Entry, bool) {
	if i, ok := kb.byID[id]; ok {
		return kb.entries[i], true
	}
	return Entry{}, false
}

// Entries returns every entry (a copy of the slice header; do not modify the entries).
func (kb *KB) Entries() []Entry { return kb.entries }

// Search returns up to limit entries whose id, name or an alias matches q: exact alias
// matches first, then prefix matches, then substring matches.
func (kb *KB) Search(q string, limit int) []Entry {
	fq := strings.Join(normWords(q), " ")
	if fq == "" || limit <= 0 {
		return nil
	}
	type scored struct{ i, s int }
	var hits []scored
	for i, e := range kb.entries {
		best := 0
		check := func(s string) {
			f := strings.Join(normWords(s), " ")
			switch {
			case f == fq:
				best = max(best, 3)
			case strings.HasPrefix(f, fq):
				best = max(best, 2)
			case strings.Contains(f, fq):
				best = max(best, 1)
			}
		}
		check(e.ID)
		check(e.Name)
		for _, a := range e.Aliases {
			check(a)
		}
		if best > 0 {
			hits = append(hits, scored{i, best})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].s != hits[b].s {
			return hits[a].s > hits[b].s
		}
		return kb.entries[hits[a].i].Type != "state" && kb.entries[hits[b].i].Type == "state"
	})
	var out []Entry
	for _, h := range hits {
		if len(out) >= limit {
			break
		}
		out = append(out, kb.entries[h.i])
	}
	return out
}

// normWords is the folded word sequence of s as the matcher sees it (hyphens and "al" dropped).
func normWords(s string) []string {
	var buf [16]token
	toks := tokenize(s, buf[:0])
	var out []string
	for _, t := range toks {
		if !t.word || skipWord(t.norm) {
			continue
		}
		out = append(out, t.norm)
	}
	return out
}
