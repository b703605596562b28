package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// examplesDir is the project's bundled examples, relative to this package.
var examplesDir = filepath.Join("..", "..", "examples")

// inputText returns what a gold file's checks may be compared with: the raw text, the HTML with
// entities decoded, or every JSONL line's title and text.
func inputText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("input: %v", err)
	}
	switch filepath.Ext(path) {
	case ".html", ".htm":
		return html.UnescapeString(string(b))
	case ".jsonl":
		var sb strings.Builder
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for n := 1; sc.Scan(); n++ {
			var line struct{ ID, Title, Text, Published string }
			if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			if line.Text == "" {
				t.Errorf("%s:%d: no text", path, n)
			}
			sb.WriteString(line.Title + "\n" + line.Text + "\n")
		}
		return sb.String()
	}
	return string(b)
}

// TestExamplesWellFormed checks every examples/*.gold.json: it loads (so every type, sub-event
// type, date, country code, count name and label is valid), its input exists, and what it
// states can be checked against that input.
func TestExamplesWellFormed(t *testing.T) {
	golds, err := filepath.Glob(filepath.Join(examplesDir, "*.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) < 8 {
		t.Fatalf("found %d example gold files in %s, want at least 8", len(golds), examplesDir)
	}
	inputs := map[string]bool{}
	for _, path := range golds {
		t.Run(filepath.Base(path), func(t *testing.T) {
			g, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			in := filepath.Join(filepath.Dir(path), g.Input)
			if _, err := os.Stat(in); err != nil {
				t.Fatalf("input %s: %v", g.Input, err)
			}
			abs, _ := filepath.Abs(in)
			inputs[abs] = true
			text := inputText(t, in)
			lower := strings.ToLower(text)
			lines := map[string]bool{}
			for _, l := range strings.Split(text, "\n") {
				lines[strings.TrimSpace(l)] = true
			}
			for _, d := range g.Documents {
				if d.Title == "" || !strings.Contains(text, d.Title) {
					t.Errorf("title %q does not occur in the input", d.Title)
				}
				if d.Published == "" {
					t.Errorf("%q: examples should state published", d.Title)
				}
				for _, l := range d.MustNotContainLines {
					// an HTML page's lines are inside tags: there, the text must merely occur
					isHTML := strings.HasSuffix(in, ".html")
					if !lines[strings.TrimSpace(l)] && !(isHTML && strings.Contains(text, ">"+l+"<")) {
						t.Errorf("%q: must_not_contain_lines %q is no line of the input, so the check is vacuous", d.Title, l)
					}
				}
				if d.CaptionOnce != "" && strings.Count(text, d.CaptionOnce) == 0 {
					t.Errorf("%q: caption %q does not occur in the input", d.Title, d.CaptionOnce)
				}
				for _, e := range d.Entities {
					if !strings.Contains(lower, strings.ToLower(e.Text)) {
						t.Errorf("%q: entity %q does not occur in the input", d.Title, e.Text)
					}
				}
				for _, e := range d.Events {
					if len(e.checks()) == 0 {
						t.Errorf("%q: event %q states no field: it would match any event", d.Title, e.Key)
					}
					for _, v := range e.Date {
						if d.Published != "" && v > d.Published[:len(v)] {
							t.Errorf("%q: event %q date %s is after publication %s", d.Title, e.Key, v, d.Published)
						}
					}
				}
			}
		})
	}
	// every example input has a gold file
	for _, pattern := range []string{"*.txt", "*.jsonl", "pages/*", "html/*"} {
		files, _ := filepath.Glob(filepath.Join(examplesDir, pattern))
		for _, f := range files {
			abs, _ := filepath.Abs(f)
			if !inputs[abs] {
				t.Errorf("example input %s has no gold file", f)
			}
		}
	}
}

// TestExampleArticlesShape checks the plain-text examples: headline, blank line, body of a
// wire report's length.
func TestExampleArticlesShape(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(examplesDir, "*.txt"))
	if len(files) < 8 {
		t.Fatalf("%d example articles, want at least 8", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		parts := strings.SplitN(string(b), "\n", 3)
		if len(parts) < 3 || strings.TrimSpace(parts[0]) == "" || parts[1] != "" {
			t.Errorf("%s: want headline, blank line, body", f)
			continue
		}
		if n := len(strings.Fields(parts[2])); n < 200 || n > 450 {
			t.Errorf("%s: body has %d words, want 200-450", f, n)
		}
	}
}

// synthesize builds a found event that satisfies every field gold event e states, or reports
// why the fields contradict each other.
func synthesize(e *Event) (*model.Event, error) {
	f := &model.Event{Modality: "asserted"}
	if len(e.Type) > 0 {
		f.Type = e.Type[0]
	}
	if len(e.ACLEDSubEventType) > 0 {
		f.ACLED.SubEventType = e.ACLEDSubEventType[0]
	}
	if len(e.SourcesAny) > 0 {
		f.Sources = append(f.Sources, model.Actor{Text: e.SourcesAny[0]})
	}
	if e.SourceActor != "" || e.SourceCountry != "" {
		f.Sources = append(f.Sources, model.Actor{Actor: e.SourceActor, Country: e.SourceCountry})
	}
	if len(e.TargetsAny) > 0 {
		f.Targets = append(f.Targets, model.Actor{Text: e.TargetsAny[0]})
	}
	if e.TargetCountry != "" {
		f.Targets = append(f.Targets, model.Actor{Country: e.TargetCountry})
	}
	if len(e.TargetsCountryAny) > 0 {
		f.Targets = append(f.Targets, model.Actor{Country: e.TargetsCountryAny[0]})
	}
	if e.Location != nil || len(e.LocationCountryAny) > 0 {
		f.Location = &model.Geo{}
		if e.Location != nil {
			f.Location.Name, f.Location.Country = e.Location.Name, e.Location.Country
		}
		if len(e.LocationCountryAny) > 0 {
			if f.Location.Country == "" {
				f.Location.Country = e.LocationCountryAny[0]
			} else if !in(e.LocationCountryAny, f.Location.Country) {
				return nil, fmt.Errorf("location.country %s is not in location_country_any %v", f.Location.Country, e.LocationCountryAny)
			}
		}
	}
	if len(e.Date) > 0 {
		f.Date.Value = e.Date[0]
		f.Date.Precision = map[int]string{4: "year", 7: "month", 10: "day"}[len(e.Date[0])]
	}
	for _, name := range CountNames {
		if v, ok := e.Counts[name]; ok && v != nil {
			n := *v
			switch name {
			case "killed":
				f.Counts.Killed = &n
			case "injured":
				f.Counts.Injured = &n
			case "displaced":
				f.Counts.Displaced = &n
			case "arrested":
				f.Counts.Arrested = &n
			case "kidnapped":
				f.Counts.Kidnapped = &n
			case "munitions":
				f.Counts.Munitions = &n
			case "participants":
				f.Counts.Participants = &n
			}
		}
	}
	if _, stated := e.Counts["killed"]; !stated && len(e.KilledMustBeOneOf) > 0 {
		f.Counts.Killed = e.KilledMustBeOneOf[0]
	}
	if e.Modality != "" {
		f.Modality = e.Modality
		if len(e.ModalityAny) > 0 && !in(e.ModalityAny, e.Modality) {
			return nil, fmt.Errorf("modality %s is not in modality_any %v", e.Modality, e.ModalityAny)
		}
	} else if len(e.ModalityAny) > 0 {
		f.Modality = e.ModalityAny[0]
	}
	if e.Background != nil {
		f.Background = *e.Background
	}
	if !e.Matches(f) {
		return nil, fmt.Errorf("no event can agree with every stated field (tried %+v)", *f)
	}
	return f, nil
}

// TestGoldSatisfiable checks that every gold event of the examples, the test fixture and the
// shared sample can be matched by some event, and that such an event breaks none of its
// document's forbidden rules.
func TestGoldSatisfiable(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(examplesDir, "*.gold.json"))
	paths = append(paths, filepath.Join("testdata", "basic.gold.json"))
	if p := filepath.Join("..", "..", "..", "shared", "samples", "asharq-two-articles.gold.json"); fileExists(p) {
		paths = append(paths, p)
	}
	for _, path := range paths {
		g, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range g.Documents {
			for i := range d.Events {
				e := &d.Events[i]
				f, err := synthesize(e)
				if err != nil {
					t.Errorf("%s: %q: event %q: %v", filepath.Base(path), d.Title, e.Key, err)
					continue
				}
				doc := &model.Document{Title: d.Title, Events: []model.Event{*f}}
				r := Score(&Gold{Input: g.Input, Documents: []Doc{d}}, []model.Document{*doc})
				for _, v := range r.Documents[0].Forbidden {
					t.Errorf("%s: %q: event %q as annotated breaks forbidden %s %d", filepath.Base(path), d.Title, e.Key, v.Rule, v.Value)
				}
			}
		}
	}
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func TestSynthesizeCatchesContradictions(t *testing.T) {
	for _, js := range []string{
		`{"location":{"name":"Goma","country":"CD"},"location_country_any":["RW"]}`,
		`{"counts":{"killed":5},"killed_must_be_one_of":[null,0]}`,
		`{"modality":"asserted","modality_any":["future"]}`,
	} {
		e, _ := rule(t, js, `{}`)
		if _, err := synthesize(e); err == nil {
			t.Errorf("%s: contradiction not caught", js)
		}
	}
}
