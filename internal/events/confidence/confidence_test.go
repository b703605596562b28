package confidence

import (
	"math"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

const testText = "Gunmen attacked a police post in Kidal on Monday, killing four officers, officials said. " +
	"The government condemned the attack. Talks could resume next month, a diplomat said."

func testDoc(evs ...model.Event) model.Document {
	return model.Document{
		Published: "2025-03-04",
		Text:      testText,
		Sentences: [][2]int{{0, 88}, {89, 125}, {126, len(testText)}},
		Events:    evs,
	}
}

// rich is an asserted event with named actors, an exact place, a day date and a toll.
func rich() model.Event {
	return model.Event{
		Type: "ASSAULT", Mode: "firearms", Modality: "asserted",
		Sources:    []model.Actor{{Text: "Gunmen", Kind: "armed-group"}},
		Targets:    []model.Actor{{Text: "police", Actor: "MLI-POL", Country: "ML"}},
		Location:   &model.Geo{Name: "Kidal", Country: "ML", Precision: 1},
		Date:       model.Date{Value: "2025-03-03", Precision: "day", Text: "Monday"},
		Counts:     model.Counts{Killed: model.Int(4)},
		Evidence:   model.Evidence{Start: 0, End: 88, Trigger: "attacked", TriggerStart: 7, TriggerEnd: 15},
		Mentions:   2,
		Confidence: 0.8,
	}
}

// bare is a hypothetical event with no participants, place or date.
func bare() model.Event {
	return model.Event{
		Type: "ASSAULT", Modality: "hypothetical",
		Evidence:   model.Evidence{Start: 126, End: len(testText), Trigger: "resume"},
		Mentions:   1,
		Confidence: 0.5,
	}
}

func TestApplyRange(t *testing.T) {
	weird := bare()
	weird.Evidence = model.Evidence{Start: -5, End: 1 << 20}
	weird.Date = model.Date{Value: "20xx-99", Precision: "month"}
	weird.Location = &model.Geo{}
	weird.Mentions = -3
	weird.Confidence = math.NaN()
	huge := rich()
	huge.Confidence = 1e300
	cases := []struct {
		name string
		doc  model.Document
	}{
		{"empty", model.Document{}},
		{"one rich", testDoc(rich())},
		{"one bare", testDoc(bare())},
		{"mixed", testDoc(rich(), bare(), rich())},
		{"weird fields", testDoc(weird)},
		{"huge confidence", testDoc(huge, weird)},
		{"no sentences", model.Document{Text: "x", Events: []model.Event{rich(), bare()}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := c.doc
			Apply(&d)
			for i, e := range d.Events {
				if !(e.Confidence >= 0 && e.Confidence <= 1) {
					t.Errorf("event %d: confidence %v outside [0,1]", i, e.Confidence)
				}
				if r := math.Round(e.Confidence*100) / 100; r != e.Confidence {
					t.Errorf("event %d: confidence %v not rounded to two decimals", i, e.Confidence)
				}
			}
		})
	}
	Apply(nil) // must not panic
}

func TestApplyDeterministic(t *testing.T) {
	a, b := testDoc(rich(), bare(), rich()), testDoc(rich(), bare(), rich())
	Apply(&a)
	Apply(&b)
	for i := range a.Events {
		if a.Events[i].Confidence != b.Events[i].Confidence {
			t.Errorf("event %d: %v then %v", i, a.Events[i].Confidence, b.Events[i].Confidence)
		}
	}
}

func TestApplyOrders(t *testing.T) {
	accuse := model.Event{
		Type: "ACCUSE", Mode: "disapprove", Modality: "asserted",
		Sources:    []model.Actor{{Text: "The government", Actor: "MLI-GOV", Country: "ML"}},
		Evidence:   model.Evidence{Start: 89, End: 125, Trigger: "condemned"},
		Mentions:   1,
		Confidence: 0.6,
	}
	noActors := rich()
	noActors.Sources, noActors.Targets = nil, nil
	noPlace := rich()
	noPlace.Date = model.Date{}
	background := bare()
	background.Modality = "asserted"
	cases := []struct {
		name        string
		high, low   model.Event
		sameDocBoth bool
	}{
		{"rich above bare", rich(), bare(), false},
		{"rich above rich without actors", rich(), noActors, false},
		{"rich above rich without date", rich(), noPlace, false},
		{"asserted above hypothetical", background, bare(), false},
		{"higher extractor confidence above lower", rich(), func() model.Event { e := rich(); e.Confidence = 0.4; return e }(), false},
		{"condemnation with a named source above a bare hypothetical", accuse, bare(), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			hi, lo := testDoc(c.high), testDoc(c.low)
			Apply(&hi)
			Apply(&lo)
			if hi.Events[0].Confidence <= lo.Events[0].Confidence {
				t.Errorf("%v scored %.2f, not above %.2f", c.high.Type, hi.Events[0].Confidence, lo.Events[0].Confidence)
			}
		})
	}
}

func TestFeaturesFinite(t *testing.T) {
	d := testDoc(rich(), bare())
	for i := range d.Events {
		for k, x := range Features(&d, i) {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				t.Errorf("event %d feature %s = %v", i, FeatureNames[k], x)
			}
		}
	}
	for k, n := range FeatureNames {
		if n == "" {
			t.Errorf("feature %d has no name", k)
		}
	}
}

func FuzzApply(f *testing.F) {
	f.Add(testText, 0, 88, "ASSAULT", "2025-03-03", 0.8, 2)
	f.Add("", -1, 5, "", "", -1.0, 0)
	f.Fuzz(func(t *testing.T, text string, start, end int, typ, date string, conf float64, mentions int) {
		e := model.Event{Type: typ, Date: model.Date{Value: date}, Confidence: conf, Mentions: mentions,
			Evidence: model.Evidence{Start: start, End: end}}
		d := model.Document{Text: text, Published: date, Sentences: [][2]int{{0, len(text)}}, Events: []model.Event{e, e}}
		Apply(&d)
		for _, e := range d.Events {
			if !(e.Confidence >= 0 && e.Confidence <= 1) {
				t.Fatalf("confidence %v", e.Confidence)
			}
		}
	})
}

func BenchmarkApply(b *testing.B) {
	evs := make([]model.Event, 0, 30)
	for i := range 15 {
		e, o := rich(), bare()
		e.Confidence = 0.5 + float64(i)/40
		evs = append(evs, e, o)
	}
	d := testDoc(evs...)
	b.ResetTimer()
	for range b.N {
		for i := range d.Events {
			d.Events[i].Confidence = 0.7
		}
		Apply(&d)
	}
}
