package store

import (
	"strconv"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// docEncoding is the JSON the writer stores for one document: the document row's body and
// each extracted event's mention body; and, when the document's first-seen date is known
// ahead (seen), each event as a new stored event of its own (alone) with its JSON.
type docEncoding struct {
	id          string
	events      int
	body        string
	mentions    []string
	seen        string
	alone       []*Event
	aloneBodies []string
}

// single returns event i as a new stored event of its own with id, reported on seen, and its
// JSON, when made ahead; nil otherwise.
func (e *docEncoding) single(i int, id, seen string) (*Event, string) {
	if e == nil || e.seen == "" || e.seen != seen || e.alone[i] == nil || e.alone[i].ID != id {
		return nil, ""
	}
	return e.alone[i], e.aloneBodies[i]
}

// Encode makes the JSON that saving in writes (document bodies, mention bodies) ahead of
// the save, so that a caller saving from a single writer goroutine can do that work where
// it has cores to spare: ingest encodes on its extraction workers. Saving gives the same
// result with or without it. The documents must not change after Encode.
func (in *Input) Encode() error {
	enc := make([]docEncoding, len(in.Docs))
	for i := range in.Docs {
		d := &in.Docs[i]
		e := docEncoding{id: d.ID, events: len(d.Events), mentions: make([]string, len(d.Events))}
		// The first-seen date as the writer will take it (seenOf), unless it is the day of
		// the save.
		if _, ok := DayNumber(d.Published); ok {
			e.seen = d.Published
		} else if _, ok := DayNumber(in.SeenAt); ok {
			e.seen = in.SeenAt
		}
		if e.seen != "" {
			e.alone, e.aloneBodies = make([]*Event, len(d.Events)), make([]string, len(d.Events))
		}
		for j := range d.Events {
			ev := mentionEvent(d, j)
			b, err := marshalModelEvent(&ev)
			if err != nil {
				return err
			}
			e.mentions[j] = string(b)
			if e.seen == "" {
				continue
			}
			// As mergeEvent stores an event that merges with nothing.
			rep := Report{Doc: d.ID, Outlet: d.Source, URL: d.URL, Title: d.Title, Seen: e.seen, Sentence: sentenceText(d.Text, ev.Evidence), Event: ev}
			alone := Reconcile(ev.ID, []Report{rep})
			if b, err = marshalEvent(alone); err != nil {
				return err
			}
			e.alone[j], e.aloneBodies[j] = alone, string(b)
		}
		var err error
		if e.body, err = docBody(d); err != nil {
			return err
		}
		enc[i] = e
	}
	in.enc = enc
	return nil
}

// encodingOf returns the encoding made ahead for document i of in, nil when there is none
// (or it no longer fits the document).
func (in *Input) encodingOf(i int) *docEncoding {
	if i >= len(in.enc) {
		return nil
	}
	e := &in.enc[i]
	if d := &in.Docs[i]; e.id != d.ID || e.events != len(d.Events) {
		return nil
	}
	return e
}

// docBody is the JSON of a document row's body: the document without its text (the row
// stores that in its own column).
func docBody(d *model.Document) (string, error) {
	body := *d
	body.Text = ""
	b, err := marshalDocument(&body)
	return string(b), err
}

// mentionEvent is extracted event i of d as its mention stores it: with an id.
func mentionEvent(d *model.Document, i int) model.Event {
	ev := d.Events[i]
	if ev.ID == "" {
		ev.ID = hashID("e-", d.ID, strconv.Itoa(i))
	}
	return ev
}
