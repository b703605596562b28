package events

import (
	"fmt"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// candTrace, when set (SetCandTrace), receives one line per candidate kept before the
// document-level merge: a debugging aid for tests.
var candTrace func(string)

// SetCandTrace installs (or with nil removes) a receiver of candidate descriptions printed
// before the document-level merge. Not safe for concurrent use; meant for debugging tests.
func SetCandTrace(f func(string)) { candTrace = f }

func traceCands(stage string, cs []*cand) {
	if candTrace == nil {
		return
	}
	last := -1
	for _, c := range cs {
		if c.s.idx != last {
			last = c.s.idx
			for _, q := range c.s.quants {
				candTrace(fmt.Sprintf("%s s%d   quant %q v=%d counts=%q noun=%q total=%v", stage, c.s.idx, q.Text, q.Value, q.Counts, q.Noun, q.RunningTotal))
			}
		}
		tr := ""
		for k := c.ti; k < c.tj && k < len(c.s.toks); k++ {
			tr += c.s.toks[k].low + " "
		}
		candTrace(fmt.Sprintf("%s s%d %s/%s %q src=%v tgt=%v place=%v date=%s set=%v inh=%v cnt=%s bg=%v mod=%s dropped=%v",
			stage, c.s.idx, c.typ, c.acled, tr, actorNames(c.sources), actorNames(c.targets), placeName(c.place), c.date.Value, c.dateSet, c.dateInherited, countStr(c.counts), c.background, c.modality, c.dropped))
	}
}

func actorNames(as []model.Actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Text+"="+a.Actor+"/"+a.Country+"/"+a.Kind)
	}
	return out
}

func placeName(p *model.PlaceMention) string {
	if p == nil {
		return ""
	}
	return p.Geo.Name
}

func countStr(c model.Counts) string {
	s := ""
	f := func(n string, v *int) {
		if v != nil {
			s += fmt.Sprintf("%s:%d ", n, *v)
		}
	}
	f("k", c.Killed)
	f("i", c.Injured)
	f("a", c.Arrested)
	f("kid", c.Kidnapped)
	f("m", c.Munitions)
	return s
}

// PlaceDecision is the location the pipeline gave one candidate event (for measuring it on the
// event-location data; see SetPlaceTrace): the stage ("fill": right after the candidate's own
// place rules, before merging in the sentence; "sent": after the sentence's rules,
// dropped candidates included; "pre": the kept candidates after the document's place rules,
// before merging), the trigger's byte span, the event type, the place (nil when none) and
// whether it was inferred from context rather than chosen among the sentence's toponyms.
type PlaceDecision struct {
	Stage                    string
	TriggerStart, TriggerEnd int
	Type                     string
	Place                    *model.PlaceMention
	Fallback, Dropped        bool
	Merged                   bool // the trigger was merged into the candidate's (its own decision is at "fill")
}

// placeTrace, when set, receives the place decisions of every candidate at both stages.
var placeTrace func(PlaceDecision)

// SetPlaceTrace installs fn to receive the pipeline's place decisions (nil to stop). Not safe
// for concurrent extraction; for measurement only.
func SetPlaceTrace(fn func(PlaceDecision)) { placeTrace = fn }

func tracePlaces(stage string, cs []*cand) {
	if placeTrace == nil {
		return
	}
	for _, c := range cs {
		d := PlaceDecision{Stage: stage, TriggerStart: c.s.toks[c.ti].start, TriggerEnd: c.s.toks[c.tj-1].end, Type: c.typ, Fallback: c.placeFallback, Dropped: c.dropped}
		if c.place != nil {
			p := *c.place
			d.Place = &p
		}
		placeTrace(d)
		for _, tr := range c.absorbed {
			// a trigger merged into this candidate ("struck …, killing 12") has its place
			d.TriggerStart, d.TriggerEnd, d.Merged = tr[0], tr[1], true
			placeTrace(d)
		}
	}
}
