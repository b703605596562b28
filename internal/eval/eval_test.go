package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// rule parses one gold event and one found event written as JSON.
func rule(t *testing.T, goldJSON, foundJSON string) (*Event, *model.Event) {
	t.Helper()
	var e Event
	dec := json.NewDecoder(strings.NewReader(goldJSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		t.Fatalf("gold %s: %v", goldJSON, err)
	}
	if e.Key == "" {
		e.Key = "k"
	}
	if err := e.validate(); err != nil {
		t.Fatalf("gold %s: %v", goldJSON, err)
	}
	var f model.Event
	if err := json.Unmarshal([]byte(foundJSON), &f); err != nil {
		t.Fatalf("found %s: %v", foundJSON, err)
	}
	return &e, &f
}

func TestMatchRules(t *testing.T) {
	const full = `{"type":"ASSAULT","acled":{"sub_event_type":"Air/drone strike"},
		"sources":[{"text":"the Sudanese army","name":"Sudanese Armed Forces","actor":"sd-mil","country":"SD"}],
		"targets":[{"text":"RSF fighters","name":"Rapid Support Forces","actor":"rsf","country":"SD"}],
		"location":{"name":"Al-Fashir","country":"SD"},
		"date":{"value":"2024-05-11","precision":"day"},
		"counts":{"killed":14,"injured":null},"modality":"asserted","background":false}`
	tests := []struct {
		name, gold, found string
		want              bool
	}{
		{"nothing stated matches anything", `{}`, `{}`, true},
		{"type string", `{"type":"ASSAULT"}`, full, true},
		{"type string differs", `{"type":"COERCE"}`, full, false},
		{"type list any", `{"type":["COERCE","ASSAULT"]}`, full, true},
		{"type list none", `{"type":["COERCE","PROTEST"]}`, full, false},
		{"acled sub-event", `{"acled_sub_event_type":["Shelling/artillery/missile attack","Air/drone strike"]}`, full, true},
		{"acled sub-event differs", `{"acled_sub_event_type":["Armed clash"]}`, full, false},
		{"sources_any text contains, case", `{"sources_any":["ARMY"]}`, full, true},
		{"sources_any name contains", `{"sources_any":["armed forces"]}`, full, true},
		{"sources_any not target", `{"sources_any":["RSF"]}`, full, false},
		{"sources_any no actors", `{"sources_any":["army"]}`, `{}`, false},
		{"targets_any", `{"targets_any":["x","rapid support"]}`, full, true},
		{"targets_any differs", `{"targets_any":["civilians"]}`, full, false},
		{"source_actor id", `{"source_actor":"sd-mil"}`, full, true},
		{"source_actor differs", `{"source_actor":"rsf"}`, full, false},
		{"source_country", `{"source_country":"SD"}`, full, true},
		{"source_country differs", `{"source_country":"TD"}`, full, false},
		{"target_country", `{"target_country":"SD"}`, full, true},
		{"targets_country_any", `{"targets_country_any":["TD","SD"]}`, full, true},
		{"targets_country_any none", `{"targets_country_any":["TD","SS"]}`, full, false},
		{"target country of source does not count", `{"target_country":"SD"}`, `{"sources":[{"country":"SD"}]}`, false},
		{"location exact", `{"location":{"name":"Al-Fashir","country":"SD"}}`, full, true},
		{"location variant spelling", `{"location":{"name":"El Fasher","country":"SD"}}`, full, true},
		{"location without article", `{"location":{"name":"fashir","country":"SD"}}`, full, true},
		{"location ou/u", `{"location":{"name":"Kfarshuba"}}`, `{"location":{"name":"Kfarshouba","country":"LB"}}`, true},
		{"location diacritics and doubled letters", `{"location":{"name":"Bunia"}}`, `{"location":{"name":"Búnnia","country":"CD"}}`, true},
		{"location contains", `{"location":{"name":"Goma"}}`, `{"location":{"name":"Goma city","country":"CD"}}`, true},
		{"location other place", `{"location":{"name":"Nyala","country":"SD"}}`, full, false},
		{"location wrong country", `{"location":{"name":"Al-Fashir","country":"TD"}}`, full, false},
		{"location null found", `{"location":{"name":"Al-Fashir","country":"SD"}}`, `{}`, false},
		{"location country only", `{"location":{"country":"SD"}}`, full, true},
		{"location_country_any", `{"location_country_any":["TD","SD"]}`, full, true},
		{"location_country_any null location", `{"location_country_any":["SD"]}`, `{}`, false},
		{"date exact", `{"date":["2024-05-11"]}`, full, true},
		{"date list any", `{"date":["2024-05-10","2024-05-11"]}`, full, true},
		{"date month prefix", `{"date":["2024-05"]}`, full, true},
		{"date year prefix", `{"date":["2024"]}`, full, true},
		{"date other day", `{"date":["2024-05-12"]}`, full, false},
		{"date wider found does not match", `{"date":["2024-05-11"]}`, `{"date":{"value":"2024-05"}}`, false},
		{"date unknown found", `{"date":["2024"]}`, `{}`, false},
		{"counts equal", `{"counts":{"killed":14}}`, full, true},
		{"counts differ", `{"counts":{"killed":15}}`, full, false},
		{"counts null found vs number", `{"counts":{"munitions":200}}`, full, false},
		{"counts null gold vs null found", `{"counts":{"injured":null}}`, full, true},
		{"counts null gold vs number", `{"counts":{"killed":null}}`, full, false},
		{"counts zero is not null", `{"counts":{"killed":0}}`, `{}`, false},
		{"counts several, one differs", `{"counts":{"killed":14,"injured":3}}`, full, false},
		{"killed one of with null", `{"killed_must_be_one_of":[null,0]}`, `{}`, true},
		{"killed one of zero", `{"killed_must_be_one_of":[null,0]}`, `{"counts":{"killed":0}}`, true},
		{"killed one of excludes", `{"killed_must_be_one_of":[null,0]}`, full, false},
		{"modality", `{"modality":"asserted"}`, full, true},
		{"modality empty found is asserted", `{"modality":"asserted"}`, `{}`, true},
		{"modality differs", `{"modality":"negated"}`, full, false},
		{"modality_any", `{"modality_any":["threatened","future"]}`, `{"modality":"future"}`, true},
		{"modality_any none", `{"modality_any":["threatened","future"]}`, full, false},
		{"background false", `{"background":false}`, full, true},
		{"background true vs false", `{"background":true}`, full, false},
		{"all fields agree",
			`{"type":"ASSAULT","acled_sub_event_type":["Air/drone strike"],"sources_any":["army"],"source_actor":"sd-mil",
			"source_country":"SD","target_country":"SD","targets_any":["RSF"],"location":{"name":"El Fasher","country":"SD"},
			"date":["2024-05-11"],"counts":{"killed":14},"modality":"asserted","background":false}`, full, true},
		{"all but one field agree",
			`{"type":"ASSAULT","acled_sub_event_type":["Air/drone strike"],"sources_any":["army"],"source_actor":"sd-mil",
			"source_country":"SD","target_country":"SD","targets_any":["RSF"],"location":{"name":"El Fasher","country":"SD"},
			"date":["2024-05-11"],"counts":{"killed":13},"modality":"asserted","background":false}`, full, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, f := rule(t, tc.gold, tc.found)
			if got := e.Matches(f); got != tc.want {
				t.Errorf("Matches = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSamePlace(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Deir al-Balah", "Dayr al Balah", true},
		{"Khartoum", "Kartoum", true},
		{"Tbilisi", "TBILISI", true},
		{"Qusayr", "al-Qusayr", true},
		{"Ouagadougou", "Wagadugu", true},
		{"Goma", "Rome", false},
		{"Bunia", "Beni", false},
		{"Gao", "Gaoua", false}, // short skeletons need equality
		{"", "Goma", false},
		{"El Fasher", "Al-Fashir", true},
		{"Rafah", "Gaza", false},
	}
	for _, tc := range tests {
		if got := SamePlace(tc.a, tc.b); got != tc.want {
			t.Errorf("SamePlace(%q, %q) = %v (%q vs %q), want %v", tc.a, tc.b, got, PlaceKey(tc.a), PlaceKey(tc.b), tc.want)
		}
	}
}

func TestDateMatches(t *testing.T) {
	tests := []struct {
		g, v string
		want bool
	}{
		{"2006", "2006-07-12", true}, {"2006", "2006", true}, {"2006-07", "2006-07-12", true},
		{"2024-07-03", "2024-07", false}, {"2024-0", "2024-05-11", false}, {"2024", "20245", false},
		{"2024", "", false}, {"2024-07-03", "2024-07-03", true},
	}
	for _, tc := range tests {
		if got := DateMatches(tc.g, tc.v); got != tc.want {
			t.Errorf("DateMatches(%q, %q) = %v", tc.g, tc.v, got)
		}
	}
}

func loadFixture(t *testing.T) (*Gold, []model.Document) {
	t.Helper()
	g, err := Load(filepath.Join("testdata", "basic.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	g.Path = "basic.gold.json" // stable across machines for the golden file
	b, err := os.ReadFile(filepath.Join("testdata", "basic.docs.json"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []model.Document
	if err := json.Unmarshal(b, &docs); err != nil {
		t.Fatal(err)
	}
	return g, docs
}

func near(p *float64, want float64) bool { return p != nil && math.Abs(*p-want) < 1e-9 }

func TestScoreFixture(t *testing.T) {
	g, docs := loadFixture(t)
	r := Score(g, docs)
	if len(r.Documents) != 3 {
		t.Fatalf("%d document reports", len(r.Documents))
	}
	d1, d2, d3 := r.Documents[0], r.Documents[1], r.Documents[2]

	t.Run("pairing", func(t *testing.T) {
		if !d1.Found || d1.MatchedBy != "title" || !d2.Found || d2.MatchedBy != "title" {
			t.Errorf("doc 1/2 pairing: %+v / %+v", d1.MatchedBy, d2.MatchedBy)
		}
		if d3.Found {
			t.Errorf("doc 3 should not be found")
		}
	})
	t.Run("events", func(t *testing.T) {
		want := map[string]bool{"strike": true, "clash": true, "talks": false, "appeal": true, "war-2022": true}
		for _, e := range d1.Events {
			if e.Matched != want[e.Key] {
				t.Errorf("%s matched = %v", e.Key, e.Matched)
			}
		}
		if d1.Events[1].Required != true { // "required" absent → true
			t.Errorf("clash should default to required")
		}
		if d2.Events[0].Matched {
			t.Errorf("march must not match: sub-event type differs")
		}
		if f := d2.Events[0].Fields; !f["type"] || f["acled"] || !f["location"] || !f["counts"] {
			t.Errorf("march field agreement of best candidate = %v", f)
		}
		wantCounts := EventCounts{TP: 4, FP: 4, Exempt: 1, Required: 3, RequiredMatched: 3, Optional: 2, OptionalMatched: 1}
		if d1.Counts != wantCounts {
			t.Errorf("doc 1 counts = %+v, want %+v", d1.Counts, wantCounts)
		}
	})
	t.Run("verbal exemption", func(t *testing.T) {
		if len(d1.Exempt) != 1 || d1.Exempt[0].Type != "REQUEST" {
			t.Errorf("exempt = %+v, want one REQUEST", d1.Exempt)
		}
		var accuse bool
		for _, f := range d1.FalsePositives {
			if f.Type == "ACCUSE" {
				accuse = true
			}
		}
		if !accuse {
			t.Errorf("ACCUSE has no optional gold event in its document: it must be a false positive")
		}
	})
	t.Run("forbidden", func(t *testing.T) {
		if len(d1.Forbidden) != 2 {
			t.Fatalf("violations = %+v, want 2", d1.Forbidden)
		}
		if v := d1.Forbidden[0]; v.Rule != "killed_in" || v.Value != 7000 || v.Event.Index != 3 {
			t.Errorf("first violation = %+v (the year-precision running total must not count)", v)
		}
		if v := d1.Forbidden[1]; v.Rule != "munitions_in" || v.Value != 5000 {
			t.Errorf("second violation = %+v", v)
		}
	})
	t.Run("cleaning", func(t *testing.T) {
		want := []bool{false, true, false}
		if len(d1.Cleaning) != len(want) {
			t.Fatalf("cleaning = %+v", d1.Cleaning)
		}
		for i, c := range d1.Cleaning {
			if c.Pass != want[i] {
				t.Errorf("check %d %s %q pass = %v", i, c.Kind, c.Text, c.Pass)
			}
		}
	})
	t.Run("entities", func(t *testing.T) {
		if d1.Entities.Found != 4 || d2.Entities.Found != 2 || d3.Entities.Found != 0 || d3.Entities.Total != 1 {
			t.Errorf("entities %+v %+v %+v", d1.Entities, d2.Entities, d3.Entities)
		}
	})
	t.Run("totals", func(t *testing.T) {
		tt := r.Totals
		if !near(tt.Precision, 4.0/9) || !near(tt.Recall, 3.0/4) {
			t.Errorf("P/R = %v/%v", *tt.Precision, *tt.Recall)
		}
		p, q := 4.0/9, 3.0/4
		if !near(tt.F1, 2*p*q/(p+q)) {
			t.Errorf("F1 = %v", *tt.F1)
		}
		if tt.EntityFound != 6 || tt.EntityTotal != 7 || tt.CleaningPassed != 1 || tt.CleaningTotal != 3 || tt.Violations != 2 {
			t.Errorf("totals = %+v", tt)
		}
		want := map[string][2]int{"type": {3, 3}, "acled": {2, 3}, "sources": {2, 2}, "targets": {1, 1}, "location": {3, 3},
			"date": {3, 3}, "counts": {2, 2}, "modality": {1, 1}, "background": {1, 1}}
		if len(tt.FieldAccuracy) != len(want) {
			t.Errorf("field accuracy = %+v", tt.FieldAccuracy)
		}
		for _, f := range tt.FieldAccuracy {
			if w := want[f.Field]; f.Agree != w[0] || f.Stated != w[1] {
				t.Errorf("field %s = %d/%d, want %d/%d", f.Field, f.Agree, f.Stated, w[0], w[1])
			}
		}
	})
	t.Run("json", func(t *testing.T) {
		b, err := r.JSON()
		if err != nil {
			t.Fatal(err)
		}
		var back Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back.Totals.Events != r.Totals.Events || len(back.Documents) != 3 {
			t.Errorf("JSON round trip lost data")
		}
	})
}

func TestPrintGolden(t *testing.T) {
	g, docs := loadFixture(t)
	var buf bytes.Buffer
	Score(g, docs).Print(&buf)
	golden := filepath.Join("testdata", "basic.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("Print output differs from %s (go test -update rewrites it):\n%s", golden, buf.String())
	}
}

func TestOneToOneAndRequiredFirst(t *testing.T) {
	found := model.Document{Title: "T", Events: []model.Event{{Type: "ASSAULT"}}}
	g := &Gold{Input: "x", Documents: []Doc{{Title: "T", Events: []Event{
		{Key: "opt", Required: new(false), Type: StringList{"ASSAULT"}},
		{Key: "a", Type: StringList{"ASSAULT"}},
		{Key: "b", Type: StringList{"ASSAULT"}},
	}}}}
	r := Score(g, []model.Document{found})
	var matched []string
	for _, e := range r.Documents[0].Events {
		if e.Matched {
			matched = append(matched, e.Key)
		}
	}
	if strings.Join(matched, ",") != "a" {
		t.Errorf("matched %v, want only the first required event", matched)
	}
	if c := r.Documents[0].Counts; c.TP != 1 || c.FP != 0 || c.RequiredMatched != 1 || c.Required != 2 {
		t.Errorf("counts %+v", c)
	}
}

func TestAugmentingMatch(t *testing.T) {
	// gold a accepts found 0 or 1; gold b accepts only found 0. Greedy a→0 would miss b.
	g := &Gold{Input: "x", Documents: []Doc{{Title: "T", Events: []Event{
		{Key: "a", Type: StringList{"ASSAULT", "COERCE"}},
		{Key: "b", Type: StringList{"ASSAULT"}},
	}}}}
	found := model.Document{Title: "T", Events: []model.Event{{Type: "ASSAULT"}, {Type: "COERCE"}}}
	r := Score(g, []model.Document{found})
	if c := r.Documents[0].Counts; c.RequiredMatched != 2 || c.FP != 0 {
		t.Errorf("counts %+v, want both matched", c)
	}
}

func TestRatiosUndefined(t *testing.T) {
	g := &Gold{Input: "x", Documents: []Doc{{Title: "Football: United beat City 2-1"}}}
	r := Score(g, []model.Document{{Title: "Football: United beat City 2-1"}})
	if r.Totals.Precision != nil || r.Totals.Recall != nil || r.Totals.F1 != nil {
		t.Errorf("ratios with zero denominators should be nil: %+v", r.Totals)
	}
	var buf bytes.Buffer
	r.Print(&buf)
	if !strings.Contains(buf.String(), "n/a") {
		t.Errorf("Print should show n/a:\n%s", buf.String())
	}
	// a false positive in a document without gold events: precision 0, recall n/a
	r = Score(g, []model.Document{{Title: "Football: United beat City 2-1", Events: []model.Event{{Type: "ASSAULT"}}}})
	if !near(r.Totals.Precision, 0) || r.Totals.Recall != nil {
		t.Errorf("totals %+v", r.Totals)
	}
}

func TestPairDocs(t *testing.T) {
	g := &Gold{Documents: []Doc{{Title: "Rebels seize town"}, {Title: "Talks open in Doha"}, {Title: ""}}}
	tests := []struct {
		name   string
		titles []string
		idx    []int
		by     []string
	}{
		{"reordered titles", []string{"Talks Open in Doha", "REBELS SEIZE TOWN", "x"}, []int{1, 0, 2}, []string{"title", "title", "position"}},
		{"containment", []string{"Rebels seize town - Reuters", "Talks open", "y"}, []int{0, 1, 2}, []string{"title", "title", "position"}},
		{"missing doc", []string{"Talks open in Doha"}, []int{-1, 0, -1}, []string{"", "title", ""}},
		{"no titles, same length", []string{"", "", ""}, []int{0, 1, 2}, []string{"position", "position", "position"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := make([]model.Document, len(tc.titles))
			for i, s := range tc.titles {
				docs[i].Title = s
			}
			idx, by := PairDocs(g, docs)
			for i := range idx {
				if idx[i] != tc.idx[i] || by[i] != tc.by[i] {
					t.Errorf("gold %d → %d %q, want %d %q", i, idx[i], by[i], tc.idx[i], tc.by[i])
				}
			}
		})
	}
}

func TestRunPerPublished(t *testing.T) {
	g, docs := loadFixture(t)
	var calls []string
	extract := func(path, published string) ([]model.Document, error) {
		if filepath.Base(path) != "basic.txt" || filepath.Dir(path) != "testdata" {
			t.Errorf("extract called with %q", path)
		}
		calls = append(calls, published)
		// only the run with a document's own date gives it its events
		out := make([]model.Document, len(docs))
		copy(out, docs)
		for i := range out {
			if out[i].Published != published {
				out[i].Events = nil
			}
		}
		return out, nil
	}
	r, err := Run(g, "testdata", extract)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(calls, ",") != "2025-03-04,2025-03-05," {
		t.Errorf("extract calls %q", calls)
	}
	want := Score(g, docs)
	if r.Totals.Events != want.Totals.Events {
		t.Errorf("Run totals %+v, want %+v", r.Totals.Events, want.Totals.Events)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ name, json, want string }{
		{"syntax", `{"input": "x",`, "gold file bad.json"},
		{"unknown field", `{"input":"x","documents":[{"title":"t","events":[{"key":"a","target_any":["x"]}]}]}`, "unknown field"},
		{"no input", `{"documents":[{"title":"t"}]}`, "input"},
		{"bad type", `{"input":"x","documents":[{"title":"t","events":[{"key":"a","type":"ATTACK"}]}]}`, "PLOVER"},
		{"bad sub-event", `{"input":"x","documents":[{"title":"t","events":[{"key":"a","acled_sub_event_type":["Airstrike"]}]}]}`, "ACLED"},
		{"bad date", `{"input":"x","documents":[{"title":"t","events":[{"key":"a","date":["2024-13-01"]}]}]}`, "date"},
		{"bad country", `{"input":"x","documents":[{"title":"t","events":[{"key":"a","source_country":"Sudan"}]}]}`, "ISO"},
		{"lower-case country", `{"input":"x","documents":[{"title":"t","events":[{"key":"a","location":{"name":"Goma","country":"cd"}}]}]}`, "ISO"},
		{"bad count", `{"input":"x","documents":[{"title":"t","events":[{"key":"a","counts":{"dead":3}}]}]}`, "counts"},
		{"dup key", `{"input":"x","documents":[{"title":"t","events":[{"key":"a"},{"key":"a"}]}]}`, "twice"},
		{"bad entity", `{"input":"x","documents":[{"title":"t","entities":[["Goma"]]}]}`, "text, label"},
		{"bad label", `{"input":"x","documents":[{"title":"t","entities":[["Goma","CITY"]]}]}`, "label"},
		{"bad published", `{"input":"x","documents":[{"title":"t","published":"04/07/2024"}]}`, "published"},
		{"bad precision", `{"input":"x","documents":[{"title":"t","forbidden":[{"killed_in":[3],"with_date_precision":"days"}]}]}`, "precision"},
		{"empty forbidden", `{"input":"x","documents":[{"title":"t","forbidden":[{"why":"x"}]}]}`, "forbidden"},
		{"trailing", `{"input":"x","documents":[{"title":"t"}]} {}`, "trailing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.json), "bad.json")
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "bad.json") {
				t.Errorf("err = %v, want one naming the file and containing %q", err, tc.want)
			}
		})
	}
	if _, err := Load(filepath.Join("testdata", "does-not-exist.json")); err == nil || !strings.Contains(err.Error(), "does-not-exist.json") {
		t.Errorf("Load of a missing file: %v", err)
	}
}

func TestLoadSample(t *testing.T) {
	p := filepath.Join("..", "..", "..", "shared", "samples", "asharq-two-articles.gold.json")
	if _, err := os.Stat(p); err != nil {
		t.Skip("shared sample absent")
	}
	g, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Documents) != 2 || len(g.Documents[1].Events) != 8 || len(g.Documents[1].Forbidden) != 2 {
		t.Errorf("sample parsed as %d docs", len(g.Documents))
	}
	if k := g.Documents[1].Events[0].KilledMustBeOneOf; len(k) != 2 || k[0] != nil || k[1] == nil || *k[1] != 0 {
		t.Errorf("killed_must_be_one_of = %v", k)
	}
}

func FuzzParse(f *testing.F) {
	for _, p := range []string{filepath.Join("testdata", "basic.gold.json")} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"input":"x","documents":[{"title":"t","events":[{"key":"a","type":["ASSAULT"],"counts":{"killed":null},"killed_must_be_one_of":[null,1]}]}]}`))
	f.Add([]byte(`{"input":"x","documents":[{"entities":[["a","GPE"]],"forbidden":[{"munitions_in":[1]}]}]}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := Parse(b, "fuzz.json")
		if err != nil {
			return
		}
		// whatever parses must also score without panicking
		r := Score(g, []model.Document{{Title: "x", Text: "a\nb", Events: []model.Event{{Type: "ASSAULT",
			Sources:  []model.Actor{{Text: "the army", Country: "SD"}},
			Location: &model.Geo{Name: "Al-Fāshir", Country: "SD"},
			Evidence: model.Evidence{Start: 0, End: 3, TriggerStart: 2}}}}})
		r.Print(&bytes.Buffer{})
		if _, err := r.JSON(); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzSamePlace(f *testing.F) {
	f.Add("Deir al-Balah", "Dayr al Balah")
	f.Add("Kfarshuba", "Kfarshouba")
	f.Add("", "\xff\xfe")
	f.Fuzz(func(t *testing.T, a, b string) {
		if SamePlace(a, b) != SamePlace(b, a) {
			t.Errorf("SamePlace(%q, %q) is not symmetric", a, b)
		}
		if k := PlaceKey(a); k != "" && !SamePlace(a, a) {
			t.Errorf("SamePlace(%q, itself) = false", a)
		}
	})
}
