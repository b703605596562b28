package events_test

import (
	"fmt"
	"hash/fnv"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/events"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
)

// pipeLocResult is the pipeline's own event location on the event-location sentences: for each
// sentence with a labelled verb, the place of the pipeline's event at that verb (the kept
// candidate after the document's place rules, else the sentence-level decision of a dropped
// one; a trigger merged into another candidate takes that candidate's place), compared with
// the gold locations.
type pipeLocResult struct {
	total      int // sentences with a labelled verb
	scored     int // … with a pipeline event at the verb
	withLoc    int // scored, with a gold location
	right      int // … whose place overlaps a gold location
	noLoc      int // scored, without a gold location
	abstain    int // … with no place, or only a country inferred from context (not a choice among the sentence's toponyms)
	guessed    int // … of which the place is such an inferred one
	missGold   int // not scored, with a gold location
	missNoGold int // not scored, without one
}

func (r pipeLocResult) String() string {
	pct := func(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }
	ok := r.right + r.abstain
	all := ok + r.missNoGold
	return fmt.Sprintf("locations right %d/%d (%.1f%%) of those with one, abstentions right %d/%d (%.1f%%; %d of them an inferred country); overall %d/%d scored (%.1f%%), %d/%d of all (%.1f%%, no event at the verb counted right only without a gold location)",
		r.right, r.withLoc, pct(r.right, r.withLoc), r.abstain, r.noLoc, pct(r.abstain, r.noLoc), r.guessed, ok, r.scored, pct(ok, r.scored), all, r.total, pct(all, r.total))
}

// pipeLocMiss is one scored sentence the pipeline got wrong (for ELDEBUG on tuning sentences).
type pipeLocMiss struct {
	text, verb, typ, got string
	gold                 []string
	cands                []string // the geo stage's places in the sentence ("*": overlaps a gold location; "~": metonymic)
}

// stageRank: the later a decision, the closer to the output (see events.PlaceDecision).
var stageRank = map[string]int{"fill": 0, "sent": 1, "pre": 2}

// measurePipeLoc runs the pipeline on items and scores its event locations.
func measurePipeLoc(t testing.TB, p *pipeline.Pipeline, items []events.EventLocationItem, miss func(pipeLocMiss)) pipeLocResult {
	var r pipeLocResult
	var decs []events.PlaceDecision
	events.SetPlaceTrace(func(d events.PlaceDecision) { decs = append(decs, d) })
	defer events.SetPlaceTrace(nil)
	for _, it := range items {
		vs, ve, gold := verbAndLocations(it)
		if vs < 0 {
			continue
		}
		r.total++
		decs = decs[:0]
		a := p.Annotate(&model.Document{Text: it.Text, Language: "en"})
		events.Extract(a)
		var cands []string
		if miss != nil {
			for _, pm := range a.Places {
				c := pm.Text
				for _, g := range gold {
					if pm.Start < g[1] && g[0] < pm.End {
						c = "*" + c
					}
				}
				if pm.Metonymy {
					c = "~" + c
				}
				cands = append(cands, c)
			}
		}
		var pick *events.PlaceDecision
		for i := range decs {
			d := &decs[i]
			if d.TriggerStart >= ve || vs >= d.TriggerEnd {
				continue
			}
			if pick == nil || stageRank[d.Stage] > stageRank[pick.Stage] {
				pick = d
			}
		}
		if pick == nil {
			if len(gold) > 0 {
				r.missGold++
			} else {
				r.missNoGold++
			}
			continue
		}
		r.scored++
		hit := false
		if pl := pick.Place; pl != nil {
			for _, g := range gold {
				if pl.Start < g[1] && g[0] < pl.End {
					hit = true
				}
			}
		}
		inferred := pick.Place != nil && pick.Fallback && pick.Place.Geo.Feature == "country"
		if len(gold) == 0 {
			r.noLoc++
			if pick.Place == nil || inferred {
				r.abstain++
				if inferred {
					r.guessed++
				}
			} else if miss != nil {
				miss(pipeLocMiss{text: it.Text, verb: it.Text[vs:ve], typ: pick.Type, got: pick.Place.Text, cands: cands})
			}
			continue
		}
		r.withLoc++
		if hit {
			r.right++
		} else if miss != nil {
			m := pipeLocMiss{text: it.Text, verb: it.Text[vs:ve], typ: pick.Type, got: "-", cands: cands}
			if pick.Place != nil {
				m.got = pick.Place.Text
				if pick.Fallback {
					m.got += " (inferred)"
				}
			}
			for _, g := range gold {
				m.gold = append(m.gold, it.Text[g[0]:g[1]])
			}
			miss(m)
		}
	}
	return r
}

// TestEventLocationPipeline measures the pipeline's own event location (what an event of the
// output carries) on the 496 adjudicated sentences of the event-location data: the place of the
// pipeline's event at the labelled verb against the gold locations. A country the pipeline only
// inferred from context ("Israeli troops …" with no place named) counts as an abstention.
func TestEventLocationPipeline(t *testing.T) {
	rel, _ := events.LoadEventLocationSplit(t)
	r := measurePipeLoc(t, getPipeline(t), rel, nil)
	t.Logf("pipeline event location, adjudicated: %v", r)
	// Session 10 start (the learned pipeline weights of session 9): 273/324 right, 113/156
	// abstentions (73 an inferred country), 386/480 scored, 388/494 of all (the ELTRAIN "in use
	// 2" measure, which stops at the learned scoring, read 265/324 and 115/156). Session 10 end:
	// 278/324, 114/156, 392/480, 394/494.
	if r.withLoc > 100 && float64(r.right) < 0.84*float64(r.withLoc) {
		t.Errorf("pipeline location accuracy %d/%d fell below the floor 0.84", r.right, r.withLoc)
	}
	if r.noLoc > 50 && float64(r.abstain) < 0.70*float64(r.noLoc) {
		t.Errorf("pipeline abstentions %d/%d fell below the floor 0.70", r.abstain, r.noLoc)
	}
}

func TestEventLocationPipelineTuning(t *testing.T) {
	if os.Getenv("ELTUNE") == "" {
		t.Skip("set ELTUNE=1 to measure the tuning sentences")
	}
	_, tune := events.LoadEventLocationSplit(t)
	var fit, held []events.EventLocationItem
	for _, it := range tune {
		if heldOutTenth(strings.TrimSpace(it.Text)) {
			held = append(held, it)
		} else {
			fit = append(fit, it)
		}
	}
	dbg := os.Getenv("ELDEBUG")
	n := 0
	p := getPipeline(t)
	rf := measurePipeLoc(t, p, fit, func(m pipeLocMiss) {
		if dbg == "" || dbg == "abst" && m.gold != nil || dbg == "loc" && m.gold == nil || n >= 4000 {
			return
		}
		n++
		t.Logf("MISS %s %q got=%q gold=%q cands=%q | %s", m.typ, m.verb, m.got, m.gold, m.cands, strings.Join(strings.Fields(m.text), " "))
	})
	rh := measurePipeLoc(t, p, held, nil)
	t.Logf("fit: %v", rf)
	t.Logf("held-out tenth: %v", rh)
}

// heldOutTenth reports whether a tuning sentence (keyed by its text) falls in the tenth held out
// from fitting: the same split in every location test (FNV-1a of the key, mod 10).
func heldOutTenth(key string) bool {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()%10 == 0
}

// TestEventPlacePhrases: the place phrases of the event-location rules, through the whole
// pipeline (texts written for the test): the event at the trigger is located at loc ("" for
// no place named in the text, or a country inferred).
func TestEventPlacePhrases(t *testing.T) {
	tests := []struct{ text, trigger, loc string }{
		// a direction word and a state's name: the place, not the state as an actor
		{"A Venezuelan trader from Caracas was kidnapped in southwestern Colombia on Saturday.", "kidnapped", "southwestern Colombia"},
		{"Israeli jets struck Hezbollah sites in southern Lebanon on Monday.", "struck", "southern Lebanon"},
		// adjectives and parts of a place between the preposition and the name
		{"Rebels from Chechnya ambushed a police convoy in the tense Pankisi Gorge on Thursday.", "ambushed", "Pankisi Gorge"},
		{"Kenyan police fired tear gas at protesters in the heart of Kampala on Monday.", "fired", "Kampala"},
		{"A bomb exploded in a market in the restive southern province of Helmand on Tuesday, a week after the blast in Kabul.", "exploded", "Helmand"},
		// the home of a party is no scene
		{"The Mosul-based brigade attacked a checkpoint on Sunday, killing two soldiers.", "attacked", ""},
	}
	for _, tc := range tests {
		t.Run(tc.trigger, func(t *testing.T) {
			docs := run(t, tc.text, "2025-06-10")
			for _, d := range docs {
				for _, e := range d.Events {
					if e.Evidence.Trigger != tc.trigger {
						continue
					}
					got := e.LocationText
					if e.Location != nil && e.Location.Feature == "country" && tc.loc == "" {
						got = "" // a country inferred from the parties
					}
					if got != tc.loc {
						t.Errorf("%q: located at %q, want %q", tc.text, e.LocationText, tc.loc)
					}
					return
				}
			}
			t.Errorf("%q: no event at %q", tc.text, tc.trigger)
		})
	}
}
