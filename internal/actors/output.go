package actors

import (
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// output writes the mentions into the annotation and links or adds entities.
func (d *doc) output() {
	a := d.a
	a.Actors = a.Actors[:0]
	for i := range d.ments {
		if !d.ments[i].drop {
			a.Actors = append(a.Actors, d.ments[i].am)
		}
	}
	sort.SliceStable(a.Actors, func(i, j int) bool {
		if a.Actors[i].Start != a.Actors[j].Start {
			return a.Actors[i].Start < a.Actors[j].Start
		}
		return a.Actors[i].End > a.Actors[j].End
	})
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
		txt := d.text[cs:ce]
		if m.label == model.ORG && strings.HasPrefix(strings.ToLower(txt), "the ") {
			// keep "The Associated Press" whole, as taggers do
		}
		newEnts = append(newEnts, model.Entity{Text: txt, Label: m.label, Start: cs, End: ce, Actor: m.am.Actor.Actor})
	}
	if len(newEnts) > 0 {
		a.Entities = append(a.Entities, newEnts...)
		sort.SliceStable(a.Entities, func(i, j int) bool {
			ei, ej := &a.Entities[i], &a.Entities[j]
			if ei.Start != ej.Start {
				return ei.Start < ej.Start
			}
			if ei.End != ej.End {
				return ei.End > ej.End
			}
			return ei.Label < ej.Label
		})
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
