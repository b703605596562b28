package quantity

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/segment"
	"github.com/sitrep-dev/sitrep/internal/nlp/timex"
)

var update = flag.Bool("update", false, "rewrite golden files")

func find(text string) []model.Quantity { return Find(text, segment.Sentences(text)) }

// q is a compact expectation: the quantity with text Text must exist with these fields.
type q struct {
	Text    string
	Value   int
	Max     int // 0: same as Value
	Approx  bool
	Counts  string
	Noun    string
	Running bool
}

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want []q
	}{
		// digits, decimals, multipliers
		{"Hezbollah fired 200 Katyusha rockets.", []q{{"200", 200, 0, false, Munitions, "rockets", false}}},
		{"Officials said 1,200 families fled.", []q{{"1,200", 1200, 0, false, Displaced, "families", false}}},
		{"Some 3.5 million people have been displaced.", []q{{"Some 3.5 million", 3500000, 0, true, Displaced, "people", false}}},
		// number words
		{"Two soldiers were wounded.", []q{{"Two", 2, 0, false, Injured, "soldiers", false}}},
		{"Twenty-five protesters were arrested.", []q{{"Twenty-five", 25, 0, false, Arrested, "protesters", false}}},
		{"A hundred people marched.", []q{{"A hundred", 100, 0, false, Participants, "people", false}}},
		{"Three thousand residents fled.", []q{{"Three thousand", 3000, 0, false, Displaced, "residents", false}}},
		{"one hundred and twenty people were detained", []q{{"one hundred and twenty", 120, 0, false, Arrested, "people", false}}},
		// approximations
		{"It fired over 200 rockets.", []q{{"over 200", 200, 0, true, Munitions, "rockets", false}}},
		{"At least 12 people were killed.", []q{{"At least 12", 12, 0, true, Killed, "people", false}}},
		{"Nearly 40 civilians died.", []q{{"Nearly 40", 40, 0, true, Killed, "civilians", false}}},
		{"About 30 were hurt and around 10 fled.", []q{{"About 30", 30, 0, true, Injured, "", false}, {"around 10", 10, 0, true, Displaced, "", false}}},
		{"Up to 50 drones were launched.", []q{{"Up to 50", 50, 0, true, Munitions, "drones", false}}},
		{"Dozens of people were injured.", []q{{"Dozens", 24, 0, true, Injured, "people", false}}},
		{"Scores of people were killed.", []q{{"Scores", 40, 0, true, Killed, "people", false}}},
		{"Hundreds were arrested and thousands rallied.", []q{{"Hundreds", 200, 0, true, Arrested, "", false}, {"thousands", 2000, 0, true, Participants, "", false}}},
		{"Tens of thousands of people were displaced.", []q{{"Tens of thousands", 20000, 0, true, Displaced, "people", false}}},
		{"A dozen drones hit the base.", []q{{"A dozen", 12, 0, false, Munitions, "drones", false}}},
		{"Several people were hurt and many fled.", nil},
		// ranges
		{"Between 10 and 15 people were killed.", []q{{"Between 10 and 15", 10, 15, true, Killed, "people", false}}},
		{"10-15 rockets were fired.", []q{{"10-15", 10, 15, true, Munitions, "rockets", false}}},
		{"10 to 15 people were abducted.", []q{{"10 to 15", 10, 15, true, Kidnapped, "people", false}}},
		{"two or three houses burned", []q{{"two or three", 2, 3, true, "", "houses", false}}},
		// head nouns and predicates
		{"16 soldiers and 11 civilians have been killed.", []q{{"16", 16, 0, false, Killed, "soldiers", false}, {"11", 11, 0, false, Killed, "civilians", false}}},
		{"The strike killed one of its senior commanders.", []q{{"one", 1, 0, false, Killed, "commanders", false}}},
		{"It was one of the largest attacks.", nil},
		{"The blast left 5 dead.", []q{{"5", 5, 0, false, Killed, "dead", false}}},
		{"The raid, killing 12, ended.", []q{{"12", 12, 0, false, Killed, "", false}}},
		{"The death toll rose to 30.", []q{{"30", 30, 0, false, Killed, "", false}}},
		{"Gunmen abducted 15 students.", []q{{"15", 15, 0, false, Kidnapped, "students", false}}},
		{"Five people were taken hostage.", []q{{"Five", 5, 0, false, Kidnapped, "people", false}}},
		{"Police rounded up 40 men.", []q{{"40", 40, 0, false, Arrested, "men", false}}},
		{"40 men were rounded up.", []q{{"40", 40, 0, false, Arrested, "men", false}}},
		{"Some 5,000 demonstrators gathered.", []q{{"Some 5,000", 5000, 0, true, Participants, "demonstrators", false}}},
		{"Israel intercepted 30 of the missiles.", []q{{"30", 30, 0, false, "", "missiles", false}}},
		{"The army said 2 policemen were injured, including 1 officer.", []q{{"2", 2, 0, false, Injured, "policemen", false}, {"1", 1, 0, false, Injured, "officer", false}}},
		// zero
		{"There were no immediate reports of casualties.", []q{{"no immediate reports of casualties", 0, 0, false, Killed, "", false}, {"no immediate reports of casualties", 0, 0, false, Injured, "", false}}},
		{"No one was hurt.", []q{{"No one was hurt", 0, 0, false, Injured, "", false}}},
		{"Nobody was killed.", []q{{"Nobody was killed", 0, 0, false, Killed, "", false}}},
		// running totals
		{"More than 450 people have been killed since October.", []q{{"More than 450", 450, 0, true, Killed, "people", true}}},
		{"So far, 420 people have been killed.", []q{{"420", 420, 0, false, Killed, "people", true}}},
		{"In total, 30 people died.", []q{{"30", 30, 0, false, Killed, "people", true}}},
		{"Strikes killed 45 people, bringing the death toll to 15,000.", []q{{"45", 45, 0, false, Killed, "people", false}, {"15,000", 15000, 0, false, Killed, "", true}}},
		{"The death toll has risen to 30.", []q{{"30", 30, 0, false, Killed, "", true}}},
		{"The monthslong war has killed 500 people.", []q{{"500", 500, 0, false, Killed, "people", true}}},
		// possession
		{"Hezbollah has an arsenal of 150,000 rockets.", []q{{"150,000", 150000, 0, false, "", "rockets", false}}},
		{"Israel estimates that it has 150,000 rockets.", []q{{"150,000", 150000, 0, false, "", "rockets", false}}},
		// not counts
		{"A day earlier, talks failed.", nil},
		{"In 2024 the war widened.", nil},
		{"It happened on June 26, 2024 at 10:30 and at 5 p.m.", nil},
		{"Prices rose 15% and 3.5 percent, costing $61 billion and 5 million naira.", nil},
		{"A 15-year-old boy and Olena, 54, were hurt.", nil},
		{"UN Resolution 1701 and Route 6 were cited.", nil},
		{"He was the 21st victim.", nil},
	}
	for _, tt := range tests {
		got := find(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %d quantities %+v, want %d", tt.in, len(got), got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if w.Max == 0 {
				w.Max = w.Value
			}
			if g.Text != w.Text || g.Value != w.Value || g.Max != w.Max || g.Approx != w.Approx || g.Counts != w.Counts || g.Noun != w.Noun || g.RunningTotal != w.Running {
				t.Errorf("%q #%d:\n got %+v\nwant %+v", tt.in, i, g, w)
			}
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"200", 200, true}, {"1,200", 1200, true}, {"150,000", 150000, true}, {"3.5 million", 3500000, true},
		{"two", 2, true}, {"twenty-five", 25, true}, {"a hundred", 100, true}, {"three thousand", 3000, true},
		{"one hundred and twenty", 120, true}, {"two million", 2000000, true}, {"twenty one", 21, true},
		{"dozens", 24, true}, {"hundreds", 200, true}, {"a dozen", 12, true}, {"tens of thousands", 20000, true},
		{"hundreds of thousands", 200000, true}, {"2.5", 3, true},
		{"several", 0, false}, {"many", 0, false}, {"a", 0, false}, {"", 0, false}, {"x1", 0, false},
		{"1,2345", 0, false}, {"99999999999999999999", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseNumber(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out, _ := json.MarshalIndent(find(string(b)), "", "  ")
		gf := strings.TrimSuffix(f, ".txt") + ".golden.json"
		if *update {
			if err := os.WriteFile(gf, append(out, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(gf)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(string(out)) {
			t.Errorf("%s: output differs from %s (run with -update and review the diff)", f, gf)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"over 200 rockets", "between 10 and", "10-15", "a hundred and", "tens of", "hundreds of thousands of",
		"one", "no one was", "99999999999999999999999 people", "1,000,000,000,000,000,000", "twenty-five thousand million billion",
		"3.5 million people were killed since October", "no immediate reports of casualties", "$5", "5 to", "or more",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if v, ok := ParseNumber(text); ok && v < 0 {
			t.Fatalf("ParseNumber(%q) = %d", text, v)
		}
		prev := -1
		for _, q := range find(text) {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %+v", q)
			}
			if q.Start < prev {
				t.Fatalf("out of order %+v", q)
			}
			prev = q.Start
			if q.Value < 0 || q.Max < q.Value {
				t.Fatalf("bad value %+v", q)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	files, _ := filepath.Glob("testdata/*.txt")
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	sents := segment.Sentences(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, sents)
	}
}

func TestParenthetical(t *testing.T) {
	got := find("In the south, more than 450 people — mostly fighters but also dozens of civilians — have been killed.")
	if len(got) != 2 || got[0].Counts != Killed || got[1].Counts != Killed {
		t.Errorf("got %+v", got)
	}
	got = find("The fighting has displaced tens of thousands of people.")
	if len(got) != 1 || got[0].Counts != Displaced || !got[0].RunningTotal {
		t.Errorf("got %+v", got)
	}
}

// BenchmarkLayer runs this package's part of the language layer end to end: segmentation,
// date finding and quantity finding (which runs the date finder again for its exclusions).
func BenchmarkLayer(b *testing.B) {
	var sb strings.Builder
	files, _ := filepath.Glob("testdata/*.txt")
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sents := segment.Sentences(text)
		timex.Find(text, sents, "2024-07-04")
		Find(text, sents)
	}
}
