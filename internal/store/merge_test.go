package store

import (
	"slices"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func TestReconcileCounts(t *testing.T) {
	rep := func(doc, seen, outlet string, conf float64, killed, munitions *int, approx ...string) Report {
		return Report{Doc: doc, Seen: seen, Outlet: outlet, Event: model.Event{Type: "ASSAULT", Confidence: conf, Mentions: 2,
			Counts: model.Counts{Killed: killed, Munitions: munitions}, CountsApprox: approx}}
	}
	e := Reconcile("e-1", []Report{
		rep("d3", "2024-07-06", "C", 0.4, model.Int(9), model.Int(300)),
		rep("d1", "2024-07-04", "A", 0.6, model.Int(5), model.Int(100), "killed"),
		rep("d2", "2024-07-05", "a ", 0.9, nil, model.Int(200)),
		rep("d4", "2024-07-05", "", 0.5, model.Int(7), nil),
	})
	if *e.Counts.Killed != 5 || !slices.Contains(e.CountsApprox, "killed") {
		t.Errorf("killed = %d approx %v, want the lowest (5, approximate)", *e.Counts.Killed, e.CountsApprox)
	}
	if *e.Counts.Munitions != 200 {
		t.Errorf("munitions = %d, want the median 200", *e.Counts.Munitions)
	}
	if e.Counts.Injured != nil {
		t.Errorf("injured = %v, want null", *e.Counts.Injured)
	}
	if e.Confidence != 0.9 || e.Document != "d2" || e.FirstDocument != "d1" || e.FirstSeen != "2024-07-04" || e.LastSeen != "2024-07-06" {
		t.Errorf("best/first = %v %s %s %s..%s", e.Confidence, e.Document, e.FirstDocument, e.FirstSeen, e.LastSeen)
	}
	// Outlets: "A" and "a " are one; the unnamed outlet counts once.
	if e.ArticlesCount != 4 || e.SourcesCount != 3 || !slices.Equal(e.Outlets, []string{"A", "C"}) || e.Mentions != 8 {
		t.Errorf("tallies: %d articles, %d sources %v, %d mentions", e.ArticlesCount, e.SourcesCount, e.Outlets, e.Mentions)
	}
}

func TestMergeScore(t *testing.T) {
	geo := func(lat, lon float64, p int, admin1 string) *model.Geo {
		return &model.Geo{Country: "LB", Admin1: admin1, Lat: lat, Lon: lon, Precision: p, Feature: "city"}
	}
	idf := []model.Actor{{Actor: "il-idf", Country: "IL", Kind: "MIL"}}
	stored := &Event{Event: model.Event{Type: "ASSAULT", Date: model.Date{Value: "2024-07-04", Precision: "day"},
		Location: geo(33.35, 35.74, 1, "South"), Sources: idf}, FirstSeen: "2024-07-04"}
	cases := []struct {
		name string
		in   model.Event
		want bool
	}{
		{"same", model.Event{Type: "ASSAULT", Date: stored.Date, Location: geo(33.35, 35.74, 1, "South"), Sources: idf}, true},
		{"next day, 20 km", model.Event{Type: "ASSAULT", Date: model.Date{Value: "2024-07-05", Precision: "day"}, Location: geo(33.45, 35.9, 1, "")}, true},
		{"two days", model.Event{Type: "ASSAULT", Date: model.Date{Value: "2024-07-06", Precision: "day"}, Sources: idf}, false},
		{"other type", model.Event{Type: "PROTEST", Date: stored.Date, Sources: idf}, false},
		{"negated", model.Event{Type: "ASSAULT", Date: stored.Date, Sources: idf, Modality: "negated"}, false},
		{"far", model.Event{Type: "ASSAULT", Date: stored.Date, Location: geo(34.0, 36.2, 1, ""), Sources: idf}, false},
		{"same admin1 region", model.Event{Type: "ASSAULT", Date: stored.Date, Location: geo(33.2, 35.4, 3, "South")}, true},
		{"other admin1 region", model.Event{Type: "ASSAULT", Date: stored.Date, Location: geo(34.4, 35.9, 3, "North")}, false},
		{"same country+kind", model.Event{Type: "ASSAULT", Date: stored.Date, Sources: []model.Actor{{Text: "Israeli troops", Country: "IL", Kind: "MIL"}}}, true},
		{"other actor", model.Event{Type: "ASSAULT", Date: stored.Date, Sources: []model.Actor{{Actor: "hezbollah", Country: "LB", Kind: "REB"}}}, false},
		{"nothing shared", model.Event{Type: "ASSAULT", Date: stored.Date}, false},
		{"undated vs dated", model.Event{Type: "ASSAULT", Sources: idf}, false},
	}
	for _, tc := range cases {
		if _, ok := MergeScore(&tc.in, "2024-07-05", stored); ok != tc.want {
			t.Errorf("%s: merge = %v, want %v", tc.name, ok, tc.want)
		}
	}
}
