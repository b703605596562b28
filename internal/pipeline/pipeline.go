// Package pipeline wires sitrep's stages together: clean & split, annotate, resolve actors,
// geocode, extract events. It is the only package that knows the order of the stages.
package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"time"

	"github.com/sitrep-dev/sitrep/internal/actors"
	"github.com/sitrep-dev/sitrep/internal/clean"
	"github.com/sitrep-dev/sitrep/internal/events"
	"github.com/sitrep-dev/sitrep/internal/events/confidence"
	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp"
)

// Options are per-run settings; the zero value means the defaults.
type Options struct {
	// Published overrides every document's publication date (YYYY-MM-DD).
	Published string
	// Source overrides every document's outlet name.
	Source string
}

// Pipeline holds the loaded models and knowledge bases; it is safe for concurrent use.
type Pipeline struct {
	nlp *nlp.Annotator
	kb  *actors.KB
	gaz *geo.Gazetteer
	raw bool // Config.RawConfidence
}

// Config chooses the knowledge the pipeline loads; the zero value means the embedded defaults.
type Config struct {
	// ActorFiles are users' own actor knowledge-base files (internal/actors/data/README.md
	// format), added to the embedded knowledge base.
	ActorFiles []string
	// Gazetteer is a compact gazetteer file written by `sitrep gazetteer import`, added to the
	// embedded gazetteer.
	Gazetteer string
	// RawConfidence keeps the extractor's own event confidence instead of the calibrated one
	// (the calibration trainer, internal/events/confidence/train, learns from it).
	RawConfidence bool
}

// New loads the embedded models, knowledge base and gazetteer.
func New() (*Pipeline, error) { return NewWith(Config{}) }

// NewWith loads the embedded models and the knowledge that cfg names.
func NewWith(cfg Config) (*Pipeline, error) {
	an, err := nlp.New()
	if err != nil {
		return nil, fmt.Errorf("loading entity model: %w", err)
	}
	kb, err := actors.Default()
	if len(cfg.ActorFiles) > 0 && err == nil {
		kb, err = actors.New() // a private copy: the shared default stays as embedded
		for _, f := range cfg.ActorFiles {
			if err != nil {
				break
			}
			err = loadActorFile(kb, f)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("loading actor knowledge base: %w", err)
	}
	gaz, err := geo.Default()
	if cfg.Gazetteer != "" {
		gaz, err = geo.Open(cfg.Gazetteer)
	}
	if err != nil {
		return nil, fmt.Errorf("loading gazetteer: %w", err)
	}
	gaz.Ready()
	an.SetKnownPlace(gaz.KnownPlace)
	return &Pipeline{nlp: an, kb: kb, gaz: gaz, raw: cfg.RawConfidence}, nil
}

func loadActorFile(kb *actors.KB, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return kb.Load(f, path)
}

// Actors returns the actor knowledge base in use.
func (p *Pipeline) Actors() *actors.KB { return p.kb }

// Gazetteer returns the gazetteer in use.
func (p *Pipeline) Gazetteer() *geo.Gazetteer { return p.gaz }

// Timings accumulates the time each stage spends (what `sitrep bench` reports). One Timings
// per goroutine; add them up afterwards.
type Timings struct {
	Clean, Language, Actors, Geo, Events time.Duration
}

// Add adds o's durations to t.
func (t *Timings) Add(o Timings) {
	t.Clean += o.Clean
	t.Language += o.Language
	t.Actors += o.Actors
	t.Geo += o.Geo
	t.Events += o.Events
}

// Total is the time of all stages.
func (t Timings) Total() time.Duration { return t.Clean + t.Language + t.Actors + t.Geo + t.Events }

// lap adds the time since *start to *d and restarts the clock.
func lap(d *time.Duration, start *time.Time) {
	now := time.Now()
	*d += now.Sub(*start)
	*start = now
}

// File reads the file at path (text, HTML or JSONL, detected) and processes every item in it
// with published as the publication date, stopping at the first error: what scoring a gold
// file's input needs (eval.Run's extract function).
func (p *Pipeline) File(path, published string) ([]model.Document, error) {
	items, _, err := input.ReadFile(path, "auto", 0)
	if err != nil {
		return nil, err
	}
	var docs []model.Document
	for _, it := range items {
		ds, err := p.Item(it, Options{Published: published})
		if err != nil {
			return nil, err
		}
		docs = append(docs, ds...)
	}
	return docs, nil
}

// Item cleans one raw input item and processes every article it holds.
func (p *Pipeline) Item(it input.Item, opt Options) (docs []model.Document, err error) {
	return p.ItemTimed(it, opt, nil)
}

// ItemTimed is Item that also adds each stage's time to t (when t is not nil).
func (p *Pipeline) ItemTimed(it input.Item, opt Options, t *Timings) (docs []model.Document, err error) {
	if t == nil {
		t = &Timings{} // the clock costs ~100 ns a stage: not worth a second code path
	}
	defer func() {
		// A bug in one stage must cost one document, not the batch.
		if r := recover(); r != nil {
			docs, err = nil, fmt.Errorf("%s: internal error while processing: %v", it.Name, r)
		}
	}()
	if opt.Published != "" {
		it.Published = opt.Published
	}
	if opt.Source != "" {
		it.Source = opt.Source
	}
	start := time.Now()
	docs, err = clean.Split(it)
	lap(&t.Clean, &start)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", it.Name, err)
	}
	for i := range docs {
		if opt.Published != "" {
			docs[i].Published = opt.Published
		}
		p.document(&docs[i], t)
	}
	return docs, nil
}

// Document annotates one clean document in place: id, sentences, entities and events.
func (p *Pipeline) Document(d *model.Document) { p.document(d, &Timings{}) }

func (p *Pipeline) document(d *model.Document, t *Timings) {
	d.ID = DocID(d.Text)
	a := p.annotate(d, t)
	d.Sentences = make([][2]int, len(a.Sentences))
	for i, s := range a.Sentences {
		d.Sentences[i] = [2]int{s.Start, s.End}
	}
	d.Entities = a.Entities
	d.Events = nil
	if d.Language == "en" {
		start := time.Now()
		d.Events = events.Extract(a)
		if !p.raw {
			confidence.Apply(d)
		}
		lap(&t.Events, &start)
	} else {
		d.Warnings = append(d.Warnings, fmt.Sprintf("language %q is not English: passed through without entities or events", d.Language))
	}
	if d.Entities == nil {
		d.Entities = []model.Entity{}
	}
	if d.Events == nil {
		d.Events = []model.Event{}
	}
}

// Annotate runs the language, actor and geo stages on d and returns the annotation that
// event extraction reads. Non-English documents get sentences only.
func (p *Pipeline) Annotate(d *model.Document) *model.Annotation { return p.annotate(d, &Timings{}) }

func (p *Pipeline) annotate(d *model.Document, t *Timings) *model.Annotation {
	if d.Language != "en" {
		a := &model.Annotation{Doc: d, Ref: d.Published}
		return a
	}
	start := time.Now()
	a := p.nlp.Annotate(d, d.Published)
	lap(&t.Language, &start)
	p.kb.Resolve(a)
	lap(&t.Actors, &start)
	p.gaz.Resolve(a)
	nlp.SortEntities(a.Entities)
	lap(&t.Geo, &start)
	return a
}

// DocID is the stable id of a document: a hash of its clean text.
func DocID(text string) string {
	h := sha256.Sum256([]byte(text))
	return "d-" + hex.EncodeToString(h[:8])
}
