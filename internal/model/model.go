// Package model holds the plain structs that flow between sitrep's pipeline stages:
// the output contract of spec/output.md (Document, Entity, Geo, Event, Actor) and the
// per-document Annotation that the language, actor and geo stages fill in for event extraction.
//
// Every offset in this package is a UTF-8 byte offset into Document.Text.
package model

import "cmp"

// Entity labels (spec/output.md).
const (
	PERSON   = "PERSON"
	ORG      = "ORG"
	GPE      = "GPE"
	LOC      = "LOC"
	FAC      = "FAC"
	NORP     = "NORP"
	WEAPON   = "WEAPON"
	DATE     = "DATE"
	QUANTITY = "QUANTITY"
)

// Document is one article: the unit of output of `sitrep extract` (one JSONL line).
type Document struct {
	ID        string   `json:"id"`
	InputID   string   `json:"input_id,omitempty"`
	Title     string   `json:"title"`
	URL       string   `json:"url"`
	Source    string   `json:"source"`
	Language  string   `json:"language"`
	Published string   `json:"published"` // YYYY-MM-DD or ""
	Text      string   `json:"text"`
	Sentences [][2]int `json:"sentences"`
	Entities  []Entity `json:"entities"`
	Events    []Event  `json:"events"`
	// Warnings are non-fatal notes about this document (for example "language de: no events extracted").
	Warnings []string `json:"warnings,omitempty"`
}

// Entity is a typed mention of a name, date or quantity in Document.Text.
type Entity struct {
	Text  string  `json:"text"`
	Label string  `json:"label"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Actor string  `json:"actor"`           // actor knowledge-base id, "" when none
	Geo   *Geo    `json:"geo"`             // for GPE/LOC/FAC mentions that were geocoded
	Value string  `json:"value"`           // DATE: normalised YYYY, YYYY-MM or YYYY-MM-DD; QUANTITY: the number
	Score float64 `json:"score,omitempty"` // tagger confidence, when the tagger gives one
}

// Geo is a geocoded place (spec/output.md GEO).
type Geo struct {
	Name       string  `json:"name"`
	Country    string  `json:"country"` // ISO 3166-1 alpha-2
	Admin1     string  `json:"admin1"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	GeonamesID int     `json:"geonames_id"`
	Feature    string  `json:"feature"`   // country | admin1 | admin2 | city | region | other
	Precision  int     `json:"precision"` // 1 exact place, 2 near / part of a place, 3 region or country
	// Approximate marks a point that is not the place's own: a division without coordinates
	// placed at its parent division's or country's point, or a place the gazetteer lacks put at
	// the point of the country the document is about.
	Approximate bool `json:"approximate,omitempty"`
}

// Actor is a participant of an event as the text names it, resolved where possible.
type Actor struct {
	Text         string   `json:"text"`
	Name         string   `json:"name"`
	Actor        string   `json:"actor"`
	Country      string   `json:"country"`
	Kind         string   `json:"kind"`
	Affiliations []string `json:"affiliations"`
}

// ACLED holds the ACLED event and sub-event type; both "" when no ACLED class fits.
type ACLED struct {
	EventType    string `json:"event_type"`
	SubEventType string `json:"sub_event_type"`
}

// Date is an event's date (spec/output.md).
type Date struct {
	Value     string `json:"value"`     // YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown
	Precision string `json:"precision"` // day | week | month | year | unknown
	Text      string `json:"text"`
}

// Counts are the tolls and sizes of one event; nil means "not stated", 0 "stated as none".
type Counts struct {
	Killed       *int `json:"killed"`
	Injured      *int `json:"injured"`
	Displaced    *int `json:"displaced"`
	Arrested     *int `json:"arrested"`
	Kidnapped    *int `json:"kidnapped"`
	Munitions    *int `json:"munitions"`
	Participants *int `json:"participants"`
}

// Evidence points at the sentence that reports an event and its trigger word.
type Evidence struct {
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Trigger      string `json:"trigger"`
	TriggerStart int    `json:"trigger_start"`
	TriggerEnd   int    `json:"trigger_end"`
}

// Event is one coded event (spec/output.md EVENT).
type Event struct {
	ID           string   `json:"id"`
	Type         string   `json:"type"`
	Mode         string   `json:"mode"`
	ACLED        ACLED    `json:"acled"`
	CAMEORoot    string   `json:"cameo_root"`
	Sources      []Actor  `json:"sources"`
	Targets      []Actor  `json:"targets"`
	Location     *Geo     `json:"location"`
	LocationText string   `json:"location_text"`
	Date         Date     `json:"date"`
	Counts       Counts   `json:"counts"`
	CountsApprox []string `json:"counts_approx"`
	Modality     string   `json:"modality"` // asserted | negated | hypothetical | future | threatened
	Background   bool     `json:"background"`
	Evidence     Evidence `json:"evidence"`
	Mentions     int      `json:"mentions"`
	Confidence   float64  `json:"confidence"`
}

// Span is a half-open byte range [Start, End) in Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Token is one word or punctuation mark.
type Token struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Sentence is a sentence span with its tokens.
type Sentence struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Tokens []Token `json:"tokens"`
}

// Quantity is a number in the text tied, where the text allows, to what it counts.
type Quantity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Value int    `json:"value"` // the stated figure ("over 200" → 200; "dozens" → 24; a range → its lower end)
	Max   int    `json:"max"`   // upper end of a range, else = Value
	// Approx is true for "over", "about", "at least", "dozens", "hundreds" and the like.
	Approx bool `json:"approx"`
	// Counts names the Counts field this number measures: killed, injured, displaced, arrested,
	// kidnapped, munitions, participants; "" when the number counts something else.
	Counts string `json:"counts"`
	// Noun is the head word the number counts ("rockets", "people", "soldiers").
	Noun string `json:"noun"`
	// RunningTotal marks cumulative figures ("since October", "so far", "in total").
	RunningTotal bool `json:"running_total"`
}

// Timex is a date or time expression, normalised against the reference date when one is known.
type Timex struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Value     string `json:"value"`     // YYYY-MM-DD, YYYY-MM, YYYY, or YYYY-Www for weeks; "" when unresolved
	Precision string `json:"precision"` // day | week | month | year | unknown
	Relative  bool   `json:"relative"`  // resolved against the reference date (or would need one)
}

// ActorMention is a span of text that names or refers to an actor, with the actor it resolves to.
type ActorMention struct {
	Start int   `json:"start"`
	End   int   `json:"end"`
	Actor Actor `json:"actor"`
	// Generic is true for unnamed actors ("gunmen", "protesters").
	Generic bool `json:"generic"`
	// Coref is true when the span is a description or pronoun resolved to an earlier mention.
	Coref bool `json:"coref"`
	// Reason says briefly why it resolved this way (for `sitrep actors explain`).
	Reason string `json:"reason,omitempty"`
}

// PlaceMention is a toponym in the text with its geocoding.
type PlaceMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Geo   Geo    `json:"geo"`
	// Metonymy is true when the place name stands for an actor ("Israel said").
	Metonymy bool `json:"metonymy"`
}

// Annotation is what the language, actor and geo stages know about one document; event
// extraction reads it. Stages append to it in pipeline order; none removes what an earlier one set.
type Annotation struct {
	Doc *Document
	// Ref is the reference date for relative expressions (YYYY-MM-DD), "" when unknown.
	Ref        string
	Sentences  []Sentence
	Entities   []Entity // sorted by Start
	Quantities []Quantity
	Timexes    []Timex
	Actors     []ActorMention // sorted by Start
	Places     []PlaceMention // sorted by Start
}

// Int returns a pointer to n, for Counts fields.
func Int(n int) *int { return &n }

// CompareEntities orders entities by start, longer first, then label: the order of output.
func CompareEntities(a, b Entity) int {
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	if a.End != b.End {
		return cmp.Compare(b.End, a.End)
	}
	return cmp.Compare(a.Label, b.Label)
}
