// Package store keeps processed documents and their events, merged across sources, behind a
// small interface (Store) with an embedded SQLite implementation; storetest holds the
// conformance suite every implementation passes.
//
// Cross-source merging happens at save time (see merge.go): an incoming event joins a stored
// event of the same PLOVER type and modality, dated within a day, whose actors or place agree.
// A stored event keeps one mention per document, the best evidence (highest confidence), the
// earliest document, and counts reconciled across reports (Reconcile documents the rules).
//
// One writer (writer.go) and one set of queries (reader.go) serve both SQL stores; a small
// Dialect per backend holds what really differs (where event JSON, positions and full-text
// entries live, how versions are bumped), and each store keeps its own locking. The writer
// keeps summary tables for the unfiltered aggregates (summary.go), lets SQLite write its
// full-text indexes last in each transaction (FTS5 flushes a segment at every statement
// savepoint otherwise), and reuses the reports an event was reconciled from while its
// version is unchanged, so that a merge does not re-read every mention. Large SQLite loads can
// run in bulk mode (bulk.go): the query-only indexes, full-text and R-tree entries are built
// once at the end instead of row by row.
package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Sentinel errors callers branch on.
var (
	// ErrNotFound is returned when an event or document id is unknown.
	ErrNotFound = errors.New("not found")
	// ErrBadCursor is returned for a pagination cursor this store did not issue.
	ErrBadCursor = errors.New("invalid cursor")
	// ErrUnsupported is returned for a store URL whose backend is not built in.
	ErrUnsupported = errors.New("unsupported store")
)

// MaxLimit is the largest page size a query returns; DefaultLimit is used when Limit is 0.
const (
	MaxLimit     = 1000
	DefaultLimit = 100
)

// Store is a place documents and events are kept. Implementations are safe for concurrent use.
type Store interface {
	// Migrate brings the schema up to date; Open calls it.
	Migrate(ctx context.Context) error
	Close() error

	// Seen reports whether an input with this content hash was saved before, and whether
	// any input was saved from url (url may be "").
	Seen(ctx context.Context, hash, url string) (Seen, error)
	// Save stores the documents of one input atomically, merging their events into stored
	// events. Saving a document id that is already stored is a no-op; a document whose URL
	// was stored before with other content replaces the earlier document (a correction),
	// and each stored event it touched gets an event_history row with its old values.
	Save(ctx context.Context, in Input) (SaveResult, error)
	// HasDocument reports whether a document id is stored.
	HasDocument(ctx context.Context, id string) (bool, error)

	// Events answers a filtered, paginated query, newest first (date desc, then id desc).
	Events(ctx context.Context, f EventFilter) (EventPage, error)
	// Event returns one stored event with its mentions and history; ErrNotFound when unknown.
	// The id may also be the id an extracted event had in its document.
	Event(ctx context.Context, id string) (*EventDetail, error)
	// EachEvent calls fn with every event matching f (Limit and Cursor ignored), in the
	// order of Events. An error from fn stops the iteration and is returned.
	EachEvent(ctx context.Context, f EventFilter, fn func(*Event) error) error
	// Document returns one stored document; ErrNotFound when unknown.
	Document(ctx context.Context, id string) (*Document, error)
	// Documents lists stored documents, newest ingested first.
	Documents(ctx context.Context, f DocumentFilter) (DocumentPage, error)
	// Actors lists the actors of the events matching f with their event counts, most
	// active first; f.Limit bounds the number of actors.
	Actors(ctx context.Context, f EventFilter) ([]ActorCount, error)
	// Timeline counts the events matching f per day and type.
	Timeline(ctx context.Context, f EventFilter) ([]TimelinePoint, error)
	// Graph aggregates source actor -> target actor edges over the events matching f;
	// f.Limit bounds the number of edges (the heaviest are kept).
	Graph(ctx context.Context, f EventFilter) ([]GraphEdge, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)

	// AddFeed records a feed URL to poll (a no-op when it is already there); Feeds lists them.
	AddFeed(ctx context.Context, url, title string) error
	Feeds(ctx context.Context) ([]Feed, error)
}

// BatchSaver is implemented by stores that can save several inputs in one transaction
// (group commit); ingest uses it when available.
type BatchSaver interface {
	SaveAll(ctx context.Context, ins []Input) ([]SaveResult, error)
}

// Input is what one raw input (a file, a JSONL line, a fetched page, a POST) produced.
type Input struct {
	// Hash is the content hash of the raw input ("" when unknown); Seen finds it afterwards.
	Hash string
	// URL the input came from ("" when none). Documents carry their own URL too.
	URL string
	// Name of the input for messages (file name, URL).
	Name string
	// Docs are the processed documents. Save fills nothing in them.
	Docs []model.Document
	// SeenAt is the date (YYYY-MM-DD) used as first_seen/last_seen for documents without a
	// publication date; "" means today (UTC).
	SeenAt string
	// enc holds the JSON that Encode made ahead of saving (nil: the writer makes it).
	enc []docEncoding
}

// Seen is what Store.Seen knows about an input.
type Seen struct {
	Hash bool // an input with the same content hash was saved
	URL  bool // an input from the same URL was saved
}

// SaveResult tells what Save did with each document.
type SaveResult struct {
	Docs []DocResult
	// NewEvents counts stored events created; Merged counts extracted events that joined an
	// existing stored event.
	NewEvents, Merged int
	// Superseded lists the ids of earlier documents this input corrected.
	Superseded []string
}

// DocResult is the outcome for one document.
type DocResult struct {
	ID string `json:"id"`
	// New is false when the document was already stored (nothing changed).
	New bool `json:"new"`
	// Events are the ids of the stored events this document's events belong to.
	Events []string `json:"events"`
}

// NewDocs counts the documents that were not stored before.
func (r SaveResult) NewDocs() int {
	n := 0
	for _, d := range r.Docs {
		if d.New {
			n++
		}
	}
	return n
}

// Event is a stored event: the EVENT object of spec/output.md with what merging across
// documents adds. Evidence offsets point into the text of Document.
type Event struct {
	model.Event
	SourcesCount  int    `json:"sources_count"`  // distinct outlets reporting it
	ArticlesCount int    `json:"articles_count"` // distinct documents reporting it
	FirstSeen     string `json:"first_seen"`     // YYYY-MM-DD: earliest publication (or ingest) date
	LastSeen      string `json:"last_seen"`
	// Document is the id of the document whose evidence (highest confidence) is shown.
	Document string `json:"document"`
	// URL and EvidenceText are that document's URL and evidence sentence.
	URL          string `json:"url"`
	EvidenceText string `json:"evidence_text"`
	// FirstDocument is the id of the earliest document reporting the event.
	FirstDocument string `json:"first_document"`
	// Outlets are the distinct outlet names of the reporting documents, sorted.
	Outlets []string `json:"outlets"`
}

// Mention is one document's report of a stored event.
type Mention struct {
	Document     string  `json:"document"`
	EventID      string  `json:"event_id"` // the id the event had in that document
	Title        string  `json:"title"`
	URL          string  `json:"url"`
	Source       string  `json:"source"`
	Published    string  `json:"published"`
	Sentence     string  `json:"sentence"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Trigger      string  `json:"trigger"`
	TriggerStart int     `json:"trigger_start"`
	TriggerEnd   int     `json:"trigger_end"`
	Confidence   float64 `json:"confidence"`
	Seen         string  `json:"seen"`
	// Entities are the document's entity mentions inside the evidence sentence, so that a
	// client can highlight them without fetching the document.
	Entities []MentionEntity `json:"entities"`
}

// MentionEntity is an entity mention of a document; Start and End are byte offsets into the
// document text, like Mention.Start and End (subtract Start for offsets into Sentence).
type MentionEntity struct {
	Text  string `json:"text"`
	Label string `json:"label"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Actor string `json:"actor"`
}

// MentionEntitiesQuery selects the entities of a document (doc_id, then the sentence's start
// and end) inside a span; both stores answer it (SQLite from a view over document bodies).
const MentionEntitiesQuery = `SELECT text, label, span_start, span_end, actor FROM entities
	WHERE doc_id = ? AND span_start >= ? AND span_end <= ? ORDER BY span_start, span_end`

// HistoryEntry records the values an event had before a correction changed it.
type HistoryEntry struct {
	ChangedAt  string `json:"changed_at"`
	Reason     string `json:"reason"`      // "correction" or "removed"
	Document   string `json:"document"`    // the superseded document
	ReplacedBy string `json:"replaced_by"` // the document that corrected it
	Old        *Event `json:"old"`
}

// EventDetail is one stored event with its mentions and history.
type EventDetail struct {
	Event    *Event         `json:"event"`
	Mentions []Mention      `json:"mentions"`
	History  []HistoryEntry `json:"history"`
}

// Document is a stored document: the document object of spec/output.md (with the events as
// extracted from it) plus storage fields.
type Document struct {
	model.Document
	IngestedAt   string `json:"ingested_at"`
	SupersededBy string `json:"superseded_by,omitempty"`
}

// DocumentSummary is one row of a document listing.
type DocumentSummary struct {
	ID           string `json:"id"`
	Title        string `json:"title"`
	URL          string `json:"url"`
	Source       string `json:"source"`
	Published    string `json:"published"`
	Language     string `json:"language"`
	IngestedAt   string `json:"ingested_at"`
	Events       int    `json:"events"`
	SupersededBy string `json:"superseded_by,omitempty"`
}

// DocumentFilter selects documents.
type DocumentFilter struct {
	Q      string // full-text query over title and text
	Source string // outlet name
	Limit  int
	Cursor string
}

// DocumentPage is one page of documents.
type DocumentPage struct {
	Documents []DocumentSummary `json:"documents"`
	Total     int               `json:"total"`
	Next      string            `json:"next"`
}

// EventFilter selects events; the zero value selects all. Every field is optional.
type EventFilter struct {
	From, To      string   // YYYY-MM-DD, inclusive, on the event date (first_seen when undated)
	Types         []string // PLOVER types
	ACLEDTypes    []string // ACLED event type or sub-event type
	Actor         string   // actor id or name (as source or target)
	Actors        []string // more actors: an event matches when any of Actor and Actors takes part
	Country       string   // ISO alpha-2 of the event location
	Countries     []string // more countries: an event matches when located in any of Country and Countries
	BBox          *BBox
	Q             string // full-text query over evidence sentences and titles
	MinConfidence float64
	MinSources    int
	Limit         int // 0: DefaultLimit; capped at MaxLimit
	Cursor        string
}

// BBox is a longitude/latitude box (GeoJSON order: west, south, east, north).
type BBox struct {
	MinLon, MinLat, MaxLon, MaxLat float64
}

// EventPage is one page of events: the answer of GET /api/v1/events.
type EventPage struct {
	Events []Event `json:"events"`
	Total  int     `json:"total"`
	Next   string  `json:"next"`
}

// ActorCount is one actor with its event counts.
type ActorCount struct {
	Actor    string `json:"actor"` // knowledge-base id, or the lower-cased name when unresolved
	Name     string `json:"name"`
	Country  string `json:"country"`
	Kind     string `json:"kind"`
	Events   int    `json:"events"`
	AsSource int    `json:"as_source"`
	AsTarget int    `json:"as_target"`
}

// TimelinePoint counts events of one type on one day. Date is the event date, or the day the
// event was first seen when it has none (precision "unknown"); a date known only to the month
// or year sits on its first day.
type TimelinePoint struct {
	Date       string `json:"date"`
	Type       string `json:"type"`
	Events     int    `json:"events"`
	Fatalities int    `json:"fatalities"`
	// Precision is the date precision shared by the point's events (day, week, month, year,
	// unknown), or "mixed"; ByPrecision counts its events per precision.
	Precision   string         `json:"precision"`
	ByPrecision map[string]int `json:"by_precision"`
}

// GraphEdge aggregates the events from one source actor to one target actor.
type GraphEdge struct {
	Source     string `json:"source"`
	SourceName string `json:"source_name"`
	Target     string `json:"target"`
	TargetName string `json:"target_name"`
	Events     int    `json:"events"`
	// Per PLOVER/CAMEO quad class.
	VerbalCooperation   int `json:"verbal_cooperation"`
	MaterialCooperation int `json:"material_cooperation"`
	VerbalConflict      int `json:"verbal_conflict"`
	MaterialConflict    int `json:"material_conflict"`
	Cooperation         int `json:"cooperation"` // verbal + material cooperation
	Conflict            int `json:"conflict"`    // verbal + material conflict
}

// Stats counts what a store holds.
type Stats struct {
	Documents int `json:"documents"`
	Events    int `json:"events"`
	Mentions  int `json:"mentions"`
}

// Feed is a feed URL to poll.
type Feed struct {
	URL         string `json:"url"`
	Title       string `json:"title"`
	CreatedAt   string `json:"created_at"`
	LastFetched string `json:"last_fetched"`
	LastError   string `json:"last_error"`
}

// Open opens (creating if needed) the SQLite store at dsn (a file path) and migrates it. A
// postgres:// URL gets ErrUnsupported here: package store/postgres opens those (it imports
// this package, so the CLI chooses between the two).
func Open(ctx context.Context, dsn string) (Store, error) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return nil, fmt.Errorf("%w: PostgreSQL is not built into this version of sitrep", ErrUnsupported)
	case dsn == "":
		return nil, errors.New("empty store path")
	}
	return OpenSQLite(ctx, strings.TrimPrefix(dsn, "sqlite://"))
}

// QuadClass is the CAMEO quad class of a CAMEO root code (1 verbal cooperation, 2 material
// cooperation, 3 verbal conflict, 4 material conflict), falling back on the PLOVER type; 0
// when neither is known.
func QuadClass(cameoRoot, ploverType string) int {
	if len(cameoRoot) == 2 && cameoRoot[0] >= '0' && cameoRoot[0] <= '2' && cameoRoot[1] >= '0' && cameoRoot[1] <= '9' {
		switch n := int(cameoRoot[0]-'0')*10 + int(cameoRoot[1]-'0'); {
		case n >= 1 && n <= 5:
			return 1
		case n >= 6 && n <= 8:
			return 2
		case n >= 9 && n <= 13:
			return 3
		case n >= 14 && n <= 20:
			return 4
		}
	}
	switch ploverType {
	case "AGREE", "CONSULT", "SUPPORT", "CONCEDE":
		return 1
	case "COOPERATE", "AID", "RETREAT":
		return 2
	case "REQUEST", "ACCUSE", "REJECT", "THREATEN":
		return 3
	case "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT":
		return 4
	}
	return 0
}

// AddEvents counts n events of PLOVER quad class quad (1 verbal cooperation, 2 material
// cooperation, 3 verbal conflict, 4 material conflict) on the edge.
func (e *GraphEdge) AddEvents(quad, n int) {
	e.Events += n
	switch quad {
	case 1:
		e.VerbalCooperation += n
	case 2:
		e.MaterialCooperation += n
	case 3:
		e.VerbalConflict += n
	case 4:
		e.MaterialConflict += n
	}
	e.Cooperation = e.VerbalCooperation + e.MaterialCooperation
	e.Conflict = e.VerbalConflict + e.MaterialConflict
}

// SortEdges orders edges by events (most first), then source and target ids, and keeps at most
// limit of them; it never returns nil.
func SortEdges(out []GraphEdge, limit int) []GraphEdge {
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		if out[i].Source != out[j].Source {
			return out[i].Source < out[j].Source
		}
		return out[i].Target < out[j].Target
	})
	if len(out) > limit {
		out = out[:limit]
	}
	if out == nil {
		out = []GraphEdge{}
	}
	return out
}
