package pipeline

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/input"
)

func TestItemTimed(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	it := input.Item{Name: "t", Text: "Gunmen killed four soldiers near Kirkuk on Monday, police said. The army sent reinforcements."}
	var tm Timings
	docs, err := p.ItemTimed(it, Options{Published: "2024-03-05"}, &tm)
	if err != nil || len(docs) != 1 {
		t.Fatalf("docs %d, err %v", len(docs), err)
	}
	for name, d := range map[string]int64{"clean": int64(tm.Clean), "language": int64(tm.Language), "actors": int64(tm.Actors), "geo": int64(tm.Geo), "events": int64(tm.Events)} {
		if d <= 0 {
			t.Errorf("stage %s: no time recorded (%+v)", name, tm)
		}
	}
	before := tm.Total()
	var twice Timings
	twice.Add(tm)
	twice.Add(tm)
	if twice.Total() != 2*before {
		t.Errorf("Add: %v, want %v", twice.Total(), 2*before)
	}
	// Item and ItemTimed give the same documents.
	plain, _ := p.Item(it, Options{Published: "2024-03-05"})
	if len(plain) != 1 || len(plain[0].Events) != len(docs[0].Events) || plain[0].ID != docs[0].ID {
		t.Errorf("Item and ItemTimed differ: %d vs %d events", len(plain[0].Events), len(docs[0].Events))
	}
}
