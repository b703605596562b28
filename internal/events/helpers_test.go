package events

import (
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// annBuilder builds an Annotation by hand, independent of the other pipeline stages: a local
// segmenter and tokenizer, and spans located with strings.Index.
type annBuilder struct {
	a *model.Annotation
}

func newAnn(text, ref string) *annBuilder {
	d := &model.Document{ID: "d-test", Text: text, Language: "en", Published: ref}
	a := &model.Annotation{Doc: d, Ref: ref}
	for _, s := range splitSentences(text) {
		s.Tokens = tokenize(text, s.Start, s.End)
		a.Sentences = append(a.Sentences, s)
	}
	return &annBuilder{a: a}
}

// spans returns every whole-word occurrence of s.
func (b *annBuilder) spans(s string) [][2]int {
	var out [][2]int
	text := b.a.Doc.Text
	from := 0
	for {
		i := strings.Index(text[from:], s)
		if i < 0 {
			return out
		}
		i += from
		j := i + len(s)
		okL := i == 0 || !isLetterByte(text[i-1])
		okR := j == len(text) || !isLetterByte(text[j])
		if okL && okR {
			out = append(out, [2]int{i, j})
		}
		from = j
	}
}

func (b *annBuilder) actor(s string, act model.Actor, label string) *annBuilder {
	for _, sp := range b.spans(s) {
		a := act
		a.Text = s
		if a.Affiliations == nil {
			a.Affiliations = []string{}
		}
		b.a.Actors = append(b.a.Actors, model.ActorMention{Start: sp[0], End: sp[1], Actor: a})
		b.a.Entities = append(b.a.Entities, model.Entity{Text: s, Label: label, Start: sp[0], End: sp[1], Actor: a.Actor})
	}
	return b
}

func (b *annBuilder) generic(s, country, kind string) *annBuilder {
	for _, sp := range b.spans(s) {
		b.a.Actors = append(b.a.Actors, model.ActorMention{Start: sp[0], End: sp[1], Generic: true,
			Actor: model.Actor{Text: s, Country: country, Kind: kind, Affiliations: []string{}}})
	}
	return b
}

func (b *annBuilder) coref(s string, act model.Actor) *annBuilder {
	for _, sp := range b.spans(s) {
		a := act
		a.Text = s
		b.a.Actors = append(b.a.Actors, model.ActorMention{Start: sp[0], End: sp[1], Coref: true, Actor: a})
	}
	return b
}

func (b *annBuilder) place(s, country, feature string) *annBuilder {
	for _, sp := range b.spans(s) {
		g := model.Geo{Name: s, Country: country, Feature: feature, Precision: 1}
		if feature == "country" {
			g.Precision = 3
		}
		b.a.Places = append(b.a.Places, model.PlaceMention{Start: sp[0], End: sp[1], Text: s, Geo: g})
		b.a.Entities = append(b.a.Entities, model.Entity{Text: s, Label: model.GPE, Start: sp[0], End: sp[1], Geo: &g})
	}
	return b
}

// metonym marks a place name that stands for its government ("Israel said").
func (b *annBuilder) metonym(s, country string) *annBuilder {
	for _, sp := range b.spans(s) {
		g := model.Geo{Name: s, Country: country, Feature: "country", Precision: 3}
		b.a.Places = append(b.a.Places, model.PlaceMention{Start: sp[0], End: sp[1], Text: s, Geo: g, Metonymy: true})
		b.a.Actors = append(b.a.Actors, model.ActorMention{Start: sp[0], End: sp[1],
			Actor: model.Actor{Text: s, Name: s, Country: country, Kind: "GOV", Affiliations: []string{}}})
	}
	return b
}

func (b *annBuilder) norp(s, country string) *annBuilder {
	for _, sp := range b.spans(s) {
		b.a.Entities = append(b.a.Entities, model.Entity{Text: s, Label: model.NORP, Start: sp[0], End: sp[1]})
	}
	_ = country
	return b
}

func (b *annBuilder) timex(s, value, prec string) *annBuilder {
	for _, sp := range b.spans(s) {
		b.a.Timexes = append(b.a.Timexes, model.Timex{Start: sp[0], End: sp[1], Text: s, Value: value, Precision: prec})
	}
	return b
}

func (b *annBuilder) qty(s string, v int, counts, noun string, approx, running bool) *annBuilder {
	for _, sp := range b.spans(s) {
		b.a.Quantities = append(b.a.Quantities, model.Quantity{Start: sp[0], End: sp[1], Text: s, Value: v, Max: v,
			Counts: counts, Noun: noun, Approx: approx, RunningTotal: running})
	}
	return b
}

func (b *annBuilder) done() *model.Annotation {
	a := b.a
	sort.SliceStable(a.Actors, func(i, j int) bool { return a.Actors[i].Start < a.Actors[j].Start })
	sort.SliceStable(a.Places, func(i, j int) bool { return a.Places[i].Start < a.Places[j].Start })
	sort.SliceStable(a.Entities, func(i, j int) bool { return a.Entities[i].Start < a.Entities[j].Start })
	sort.SliceStable(a.Timexes, func(i, j int) bool { return a.Timexes[i].Start < a.Timexes[j].Start })
	sort.SliceStable(a.Quantities, func(i, j int) bool { return a.Quantities[i].Start < a.Quantities[j].Start })
	return a
}

// want describes an expected event; empty fields are not checked.
type want struct {
	typ, mode, sub string
	src, tgt       string // substring of some source/target text or name (case-insensitive)
	srcCountry     string
	tgtCountry     string
	loc            string
	date           string
	killed         *int
	injured        *int
	arrested       *int
	kidnapped      *int
	munitions      *int
	modality       string
	background     *bool
	trigger        string
}

func actorHas(as []model.Actor, sub string) bool {
	sub = strings.ToLower(sub)
	for _, a := range as {
		if strings.Contains(strings.ToLower(a.Text), sub) || strings.Contains(strings.ToLower(a.Name), sub) {
			return true
		}
	}
	return false
}

func countryHas(as []model.Actor, c string) bool {
	for _, a := range as {
		if a.Country == c {
			return true
		}
	}
	return false
}

func eqInt(p *int, w *int) bool {
	if w == nil {
		return true
	}
	return p != nil && *p == *w
}

// mismatch returns "" when e satisfies w, else the first failing field.
func (w want) mismatch(e model.Event) string {
	switch {
	case w.typ != "" && e.Type != w.typ:
		return "type " + e.Type
	case w.mode != "" && e.Mode != w.mode:
		return "mode " + e.Mode
	case w.sub != "" && e.ACLED.SubEventType != w.sub:
		return "acled " + e.ACLED.SubEventType
	case w.src != "" && !actorHas(e.Sources, w.src):
		return "sources"
	case w.tgt != "" && !actorHas(e.Targets, w.tgt):
		return "targets"
	case w.srcCountry != "" && !countryHas(e.Sources, w.srcCountry):
		return "source country"
	case w.tgtCountry != "" && !countryHas(e.Targets, w.tgtCountry):
		return "target country"
	case w.loc != "" && (e.Location == nil || !strings.EqualFold(e.Location.Name, w.loc)):
		return "location " + e.LocationText
	case w.date != "" && e.Date.Value != w.date:
		return "date " + e.Date.Value
	case !eqInt(e.Counts.Killed, w.killed):
		return "killed"
	case !eqInt(e.Counts.Injured, w.injured):
		return "injured"
	case !eqInt(e.Counts.Arrested, w.arrested):
		return "arrested"
	case !eqInt(e.Counts.Kidnapped, w.kidnapped):
		return "kidnapped"
	case !eqInt(e.Counts.Munitions, w.munitions):
		return "munitions"
	case w.modality != "" && e.Modality != w.modality:
		return "modality " + e.Modality
	case w.background != nil && e.Background != *w.background:
		return "background"
	case w.trigger != "" && !strings.EqualFold(e.Evidence.Trigger, w.trigger):
		return "trigger " + e.Evidence.Trigger
	}
	return ""
}

func ip(n int) *int   { return &n }
func bp(b bool) *bool { return &b }

// checkEvents reports each wanted event that no event of evs matches (with the first mismatch
// seen) and each event whose type is in not. A want with date "-" needs an undated event.
func checkEvents(t *testing.T, evs []model.Event, wants []want, not []string) {
	t.Helper()
	for _, w := range wants {
		best, ok := "", false
		noDate := w.date == "-"
		if noDate {
			w.date = ""
		}
		for _, e := range evs {
			m := w.mismatch(e)
			if noDate && e.Date.Value != "" && m == "" {
				m = "date"
			}
			if m == "" {
				ok = true
				break
			}
			if best == "" {
				best = m
			}
		}
		if !ok {
			t.Errorf("missing %+v (first mismatch: %s)\n got: %s", w, best, describe(evs))
		}
	}
	for _, e := range evs {
		for _, nt := range not {
			if e.Type == nt {
				t.Errorf("unexpected %s event: %s", nt, describe([]model.Event{e}))
			}
		}
	}
}
