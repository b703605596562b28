// Package nlp is the language layer: it runs sentence splitting, entity tagging, quantity and
// date finding over one document and returns its Annotation.
package nlp

import (
	"slices"
	"strconv"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
	"github.com/sitrep-dev/sitrep/internal/nlp/quantity"
	"github.com/sitrep-dev/sitrep/internal/nlp/segment"
	"github.com/sitrep-dev/sitrep/internal/nlp/timex"
)

// Annotator runs the language layer. The zero value is not usable; use New.
type Annotator struct {
	tagger *ner.Tagger
	opts   ner.Options
}

// SetKnownPlace gives the entity tagger a gazetteer's reading of a name
// (geo.Gazetteer.KnownPlace): names tagged as people or organisations that it knows as places
// may become places (ner PostRules bit 512). Call it before the first Annotate; nil turns it off.
func (an *Annotator) SetKnownPlace(f func(name string) (feature string, population int, ok bool)) {
	an.opts.KnownPlace = f
}

// New returns an Annotator using the embedded entity model.
func New() (*Annotator, error) {
	t, err := ner.Default()
	if err != nil {
		return nil, err
	}
	return &Annotator{tagger: t}, nil
}

// Annotate splits, tags and normalises doc.Text. ref is the reference date for relative
// dates (YYYY-MM-DD, "" when unknown).
func (an *Annotator) Annotate(doc *model.Document, ref string) *model.Annotation {
	a := &model.Annotation{Doc: doc, Ref: ref}
	a.Sentences = segment.Sentences(doc.Text)
	a.Entities = an.tagger.TagWith(doc.Text, a.Sentences, an.opts)
	low := segment.LowerSentences(a.Sentences)
	a.Timexes = timex.FindLower(doc.Text, a.Sentences, low, ref)
	a.Quantities = quantity.FindWithLower(doc.Text, a.Sentences, low, a.Timexes)
	for _, t := range a.Timexes {
		a.Entities = append(a.Entities, model.Entity{Text: t.Text, Label: model.DATE, Start: t.Start, End: t.End, Value: t.Value})
	}
	for i, q := range a.Quantities {
		// "no casualties" is one span counting two things (killed 0, injured 0): one entity.
		if i > 0 && q.Start == a.Quantities[i-1].Start && q.End == a.Quantities[i-1].End {
			continue
		}
		a.Entities = append(a.Entities, model.Entity{Text: q.Text, Label: model.QUANTITY, Start: q.Start, End: q.End, Value: strconv.Itoa(q.Value)})
	}
	SortEntities(a.Entities)
	return a
}

// SortEntities orders entities by start, longer first, then label: the order of output.
// The sort is stable (entities equal in all three keep their order).
func SortEntities(es []model.Entity) {
	if !slices.IsSortedFunc(es, model.CompareEntities) {
		slices.SortStableFunc(es, model.CompareEntities)
	}
}
