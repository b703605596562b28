package actors

import (
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// output writes the mentions into the annotation and links or adds entities.
func (d *doc) output() {
	a := d.a
	n := 0
	for i := range d.ments {
		if !d.ments[i].drop {
			n++
		}
	}
	if cap(a.Actors) < n {
		a.Actors = make([]model.ActorMention, 0, n)
	}
	a.Actors = a.Actors[:0]
	for i := range d.ments {
		if !d.ments[i].drop {
			a.Actors = append(a.Actors, d.ments[i].am)
		}
	}
	sortStable(a.Actors, actorsByStartLonger)
	d.repairEntities()
	var newEnts []model.Entity
	for i := range d.ments {
		m := &d.ments[i]
		if m.am.Coref || m.core[0] < 0 || m.drop {
			continue
		}
		cs, ce := d.toks[m.core[0]].start, d.toks[m.core[1]-1].end
		linked := false
		hi := sort.Search(len(a.Entities), func(x int) bool { return a.Entities[x].Start >= ce })
		for k := hi - 1; k >= 0 && a.Entities[k].Start > cs-256; k-- {
			en := &a.Entities[k]
			if en.End <= cs || en.Start >= ce {
				continue
			}
			linked = true
			if m.am.Actor.Actor != "" && en.Actor == "" && (en.Label == model.ORG || en.Label == model.PERSON || en.Label == model.NORP || en.Label == model.GPE) {
				en.Actor = m.am.Actor.Actor
			}
		}
		if linked || m.label == "" {
			continue
		}
		// "M23 rebels": the name without the common nouns after it
		c0, c1 := m.core[0], m.core[1]
		if c0 = afterPossessor(d, c0, c1); c0 != m.core[0] {
			cs = d.toks[c0].start
		}
		for c1-c0 > 1 && d.toks[c1-1].word && !d.toks[c1-1].cap && !startsDigit(d.toks[c1-1].norm) && d.toks[c0].cap {
			c1--
		}
		ce = d.toks[c1-1].end
		txt := d.text[cs:ce]
		newEnts = append(newEnts, model.Entity{Text: txt, Label: m.label, Start: cs, End: ce, Actor: m.am.Actor.Actor})
	}
	if len(newEnts) > 0 {
		a.Entities = append(a.Entities, newEnts...)
		sortStable(a.Entities, model.CompareEntities)
	}
	if len(a.Actors) == 0 {
		a.Actors = nil
	}
}

// Explain resolves the actors of text, read after context (which may be ""), and returns
// the mentions inside text with offsets relative to text and Reason filled.
func (kb *KB) Explain(text string, context string) []model.ActorMention {
	full := text
	off := 0
	if context != "" {
		full = context + "\n\n" + text
		off = len(context) + 2
	}
	a := &model.Annotation{Doc: &model.Document{Text: full}}
	kb.Resolve(a)
	var out []model.ActorMention
	for _, m := range a.Actors {
		if m.Start < off {
			continue
		}
		m.Start -= off
		m.End -= off
		out = append(out, m)
	}
	return out
}

// repairEntities corrects tagger entities with the knowledge base's names: a name of several words
// or an acronym that the tagger split or cut short ("Jalisco New" of "Jalisco New Generation
// Cartel", "Democratic Republic" + "Congo") becomes one entity; an organisation's name the tagger
// labelled as a person ("Fano", "Wazalendo") or an acronym labelled as a place ("AFP") is
// relabelled; "M23 rebels" loses its trailing common noun.
func (d *doc) repairEntities() {
	a := d.a
	if len(a.Entities) == 0 {
		return
	}
	type cand struct {
		c0, c1 int
		label  string
		actor  string
	}
	var cands []cand
	for i := range d.ments {
		m := &d.ments[i]
		if m.am.Coref || m.core[0] < 0 || m.drop || m.entry < 0 || m.am.Generic || d.isFuzzy(m.core[0]) {
			continue
		}
		e := &d.kb.entries[m.entry]
		label := m.label
		if isState(e) {
			label = d.stateLabel(e, m.core[0], m.core[1])
		}
		if label != "" {
			cands = append(cands, cand{m.core[0], m.core[1], label, m.am.Actor.Actor})
		}
	}
	// country names used as places are no actor mentions: "in the Democratic Republic of Congo"
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.end-c.start < 2 {
			continue
		}
		for _, ei := range c.entries {
			if e := &d.kb.entries[ei]; isState(e) && e.Kind == "GOV" {
				if l := d.stateLabel(e, c.start, c.end); l == model.GPE {
					cands = append(cands, cand{c.start, c.end, l, e.ID})
				}
				break
			}
		}
	}
	changed := false
	var add []model.Entity
	for _, cd := range cands {
		c0, c1, label := cd.c0, cd.c1, cd.label
		// the proper name inside an alias with common words: "Wazalendo militias", "M23 rebels",
		// "paramilitary Rapid Support Forces"
		for c1-c0 > 1 && d.toks[c1-1].word && !d.toks[c1-1].cap && !startsDigit(d.toks[c1-1].norm) {
			c1--
		}
		for c1-c0 > 1 && d.toks[c0].word && (!d.toks[c0].cap || d.toks[c0].norm == "the") && !startsDigit(d.toks[c0].norm) {
			c0++ // "The Associated Press": taggers leave "The" out
		}
		c0 = afterPossessor(d, c0, c1)
		words, acronym := 0, c1-c0 == 1 && d.toks[c0].upper && !d.toks[c0].shout
		for k := c0; k < c1; k++ {
			if d.toks[k].word {
				words++
			}
		}
		if words < 2 && !acronym && label != model.ORG {
			continue
		}
		cs, ce := d.toks[c0].start, d.toks[c1-1].end
		hi := sort.Search(len(a.Entities), func(x int) bool { return a.Entities[x].Start >= ce })
		var over []int
		inside := true
		for k := hi - 1; k >= 0 && a.Entities[k].Start > cs-256; k-- {
			en := &a.Entities[k]
			if en.End <= cs || en.Start >= ce || en.Label == model.QUANTITY || en.Label == model.DATE || en.Label == "" {
				continue
			}
			over = append(over, k)
			if en.Start < cs || en.End > ce {
				inside = false
			}
		}
		if len(over) == 0 {
			continue
		}
		if inside {
			en := &a.Entities[over[0]]
			exact := len(over) == 1 && en.Start == cs && en.End == ce
			// "Wazalendo militias", "paramilitary Rapid Support Forces": the name inside a longer
			// alias that adds lower-case words keeps the tagger's span
			proper := d.toks[c0].cap && d.toks[c1-1].cap
			if !exact && !proper {
				if len(over) != 1 || en.Label != model.PERSON || label != model.ORG {
					continue
				}
				exact = true
			}
			if exact {
				if en.Label == label {
					continue
				}
				if (en.Label == model.GPE || en.Label == model.LOC) && label != model.GPE {
					if _, place := d.kb.places[fold(en.Text)]; place {
						continue // "Republika Srpska", "Puntland": the place reading stays
					}
				}
				// "the Houthis say": a named group's plural after "the" is the group, not a people
				pluralGroup := label == model.ORG && en.Label == model.NORP && strings.HasSuffix(en.Text, "s") && c0 > 0 && d.toks[c0-1].norm == "the"
				if !(words >= 2 || acronym || pluralGroup || label == model.ORG && en.Label != model.NORP && en.Label != model.WEAPON) {
					continue // one word: a person's or an unknown place's reading is overruled ("Fano", "Amaq")
				}
				en.Label = label
				if en.Actor == "" {
					en.Actor = cd.actor
				}
				changed = true
				continue
			}
			if words < 2 {
				continue
			}
			for _, k := range over {
				a.Entities[k].Label = "" // removed below
			}
			add = append(add, model.Entity{Text: d.text[cs:ce], Label: label, Start: cs, End: ce, Actor: cd.actor})
			changed = true
			continue
		}
		// a religious adjective the tagger took into the name: "the mostly Muslim Seleka rebels"
		if len(over) == 1 && label == model.ORG {
			en := &a.Entities[over[0]]
			if en.End == ce && en.Start < cs && (en.Label == model.ORG || en.Label == model.PERSON) {
				lead := true
				for _, w := range strings.Fields(d.text[en.Start:cs]) {
					if !faithAdjectives[w] {
						lead = false
					}
				}
				if lead {
					en.Start, en.Text, en.Label = cs, d.text[cs:ce], label
					if en.Actor == "" {
						en.Actor = cd.actor
					}
					changed = true
					continue
				}
			}
		}
		// one entity that runs on past the name with lower-case words only: "M23 rebels"
		if len(over) == 1 && label == model.ORG {
			en := &a.Entities[over[0]]
			if en.Start != cs || en.End <= ce || en.Label != model.ORG {
				continue
			}
			tail := true
			for k := c1; k < len(d.toks) && d.toks[k].start < en.End; k++ {
				if d.toks[k].cap || !d.toks[k].word {
					tail = false
				}
			}
			if tail {
				en.End, en.Text = ce, d.text[cs:ce]
				changed = true
			}
		}
	}
	if !changed {
		acronymDefinitions(a)
		return
	}
	out := a.Entities[:0]
	for _, en := range a.Entities {
		if en.Label != "" {
			out = append(out, en)
		}
	}
	a.Entities = append(out, add...)
	sortStable(a.Entities, model.CompareEntities)
	acronymDefinitions(a)
}

// faithAdjectives describe a group's members and are no part of its name ("Muslim Seleka").
var faithAdjectives = map[string]bool{"Muslim": true, "Christian": true, "Islamist": true, "Sunni": true,
	"Shia": true, "Shiite": true, "Catholic": true, "Hindu": true, "Buddhist": true, "Jihadist": true}

// acronymDefinitions relabels as ORG an acronym defined in parentheses right after an
// organisation's name of two or more words that the tagger read as a person or place: "Ain o
// Salish Kendra (ASK)". The acronym must start with the name's first letter.
func acronymDefinitions(a *model.Annotation) bool {
	text, ents := a.Doc.Text, a.Entities
	changed := false
	for i := range ents {
		e := &ents[i]
		if e.Label != model.ORG || e.End+3 >= len(text) || !strings.Contains(e.Text, " ") {
			continue
		}
		p := e.End
		for p < len(text) && text[p] == ' ' {
			p++
		}
		if p >= len(text) || text[p] != '(' {
			continue
		}
		q := p + 1
		for q < len(text) && text[q] >= 'A' && text[q] <= 'Z' {
			q++
		}
		if n := q - p - 1; n < 2 || n > 8 || q >= len(text) || text[q] != ')' {
			continue
		}
		name := strings.TrimPrefix(e.Text, "The ")
		if name == "" || name[0] != text[p+1] {
			continue
		}
		for j := i + 1; j < len(ents) && ents[j].Start <= p+1; j++ {
			x := &ents[j]
			if x.Start == p+1 && x.End == q && (x.Label == model.PERSON || x.Label == model.GPE || x.Label == model.LOC || x.Label == model.NORP) {
				x.Label = model.ORG
				if x.Actor == "" {
					x.Actor = e.Actor
				}
				changed = true
			}
		}
	}
	return changed
}

// afterPossessor moves the start of a name past a possessor inside it: "Russia's Defense
// Ministry" is Russia (GPE) and the Defense Ministry (ORG), as taggers and the gold sets split it.
func afterPossessor(d *doc, c0, c1 int) int {
	for k := c0 + 1; k < c1-1; k++ {
		if d.toks[k].poss {
			return k + 1
		}
	}
	return c0
}

// stateLabel is the entity label of a state actor's name: GPE for a country's name ("Democratic
// Republic of Congo"), ORG for its bodies ("Foreign Office", "White House", "FARDC").
func (d *doc) stateLabel(e *Entry, c0, c1 int) string {
	if e.Kind != "GOV" {
		return model.ORG
	}
	for k := c0; k < c1; k++ {
		if govBodyWords[d.toks[k].norm] || d.toks[k].word && !d.toks[k].cap && !connectors[d.toks[k].norm] {
			return model.ORG
		}
	}
	return model.GPE
}

// govBodyWords make a government's alias an organisation's name, not the country's.
var govBodyWords = map[string]bool{"government": true, "office": true, "department": true, "house": true, "street": true,
	"council": true, "ministry": true, "palace": true, "administration": true, "cabinet": true, "authority": true,
	"authorities": true, "presidency": true, "parliament": true, "assembly": true, "kremlin": true, "committee": true}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
