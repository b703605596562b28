package pipeline

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden runs every example article through the whole pipeline and compares the output
// with testdata/NAME.golden.json. Run with -update after a deliberate change and review the diff.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*.txt"))
	if len(files) == 0 {
		t.Skip("no examples")
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			items, errs, err := input.ReadFile(f, "auto", 0)
			if err != nil || len(errs) > 0 {
				t.Fatal(err, errs)
			}
			var docs []model.Document
			for _, it := range items {
				ds, err := p.Item(it, Options{})
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, ds...)
			}
			got, _ := json.MarshalIndent(docs, "", " ")
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				os.MkdirAll("testdata", 0o755)
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/pipeline -run Golden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s; run with -update and review the diff", golden)
			}
		})
	}
}

// TestDocumentInvariants checks what must hold of every document whatever the models say:
// offsets inside the text and on the text they claim, sentences ordered, events with evidence.
func TestDocumentInvariants(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"",
		"Gunmen killed 12 villagers in Zamfara state on Monday, police said.",
		"ÉCOLE — «Des manifestants» ont défilé à Paris samedi.\n\nUn second paragraphe en français pour la détection de la langue.",
		strings.Repeat("The army said it shelled positions near the border. ", 50),
	}
	for _, txt := range texts {
		docs, err := p.Item(input.Item{Name: "t", Text: txt}, Options{Published: "2024-07-04"})
		if err != nil {
			continue
		}
		for _, d := range docs {
			checkDoc(t, &d)
			if d.Language != "en" && (len(d.Warnings) == 0 || len(d.Events) != 0) {
				t.Errorf("non-English document (%s) must carry a warning and no events: %v, %d events", d.Language, d.Warnings, len(d.Events))
			}
		}
	}
}

func checkDoc(t *testing.T, d *model.Document) {
	t.Helper()
	n := len(d.Text)
	prev := 0
	for _, s := range d.Sentences {
		if s[0] < prev || s[1] < s[0] || s[1] > n {
			t.Errorf("bad sentence span %v (text %d bytes)", s, n)
		}
		prev = s[1]
	}
	for _, e := range d.Entities {
		if e.Start < 0 || e.End > n || e.Start >= e.End || d.Text[e.Start:e.End] != e.Text {
			t.Errorf("entity %+v does not match the text", e)
		}
	}
	for _, e := range d.Events {
		if e.Evidence.Start < 0 || e.Evidence.End > n || e.Evidence.Start > e.Evidence.End {
			t.Errorf("event %s has bad evidence span %+v", e.ID, e.Evidence)
		}
		if e.ID == "" || e.Type == "" || e.Mentions < 1 || e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("event lacks id/type/mentions/confidence: %+v", e)
		}
	}
}

// TestLocationsHavePoints: an event location is a point on the map. A street, square or building
// the gazetteer does not know borrows the point of a place the document names in the same
// country (marked approximate) instead of coming out at 0, 0.
func TestLocationsHavePoints(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, g := range []string{"examples/*.txt", "testdata/dev*/*.txt"} {
		fs, _ := filepath.Glob(filepath.Join("..", "..", g))
		files = append(files, fs...)
	}
	files = append(files, "") // and one written here
	located := 0
	for _, f := range files {
		it := input.Item{Name: "street", Text: "Police arrest dozens in Nairobi protest\n\nNAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters in Nairobi on Wednesday. Police arrested 47 people accused of looting shops along Moi Avenue during the march."}
		if f != "" {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			it = input.Item{Name: f, Text: string(b)}
		}
		docs, err := p.Item(it, Options{Published: "2025-06-25"})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			for _, e := range d.Events {
				l := e.Location
				if l == nil {
					continue
				}
				located++
				if l.Lat == 0 && l.Lon == 0 {
					t.Errorf("%s: %s event at %q (%s) has no point: %+v", f, e.Type, e.LocationText, l.Country, *l)
				}
				if l.Approximate && l.Precision < 2 {
					t.Errorf("%s: approximate point with precision %d: %+v", f, l.Precision, *l)
				}
			}
		}
	}
	if located < 50 {
		t.Errorf("only %d located events over %d files", located, len(files))
	}
}
