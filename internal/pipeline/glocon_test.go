package pipeline

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/input"
)

// TestGLOCONProtestDocuments measures protest detection on real news: the 1,050 wire stories of
// the GLOCON public sample (South African and international agency copy), each labelled by
// GLOCON's annotators as reporting a protest event (1) or not (0). A document counts as
// detected when sitrep finds a non-background PROTEST event in it. GLOCON's "protest" is
// broad contentious politics (strikes, sit-ins, some violent incidents), so recall against it
// understates what sitrep finds of PLOVER PROTEST; the floors catch regressions.
func TestGLOCONProtestDocuments(t *testing.T) {
	path := filepath.Join(sharedData, "glocon-sample", "sample", "document", "Sabinet_R.json")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("GLOCON sample absent: %v", err)
	}
	defer f.Close()
	if testing.Short() {
		t.Skip("short mode")
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var tp, fp, fn, tn int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var d struct {
			ID    string `json:"id"`
			Text  string `json:"text"`
			Label int    `json:"label"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if d.Label != 0 && d.Label != 1 {
			continue // 2: undecided
		}
		docs, err := p.Item(input.Item{Name: d.ID, Text: d.Text}, Options{})
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		found := false
		for _, doc := range docs {
			for _, e := range doc.Events {
				found = found || e.Type == "PROTEST" && !e.Background
			}
		}
		switch {
		case found && d.Label == 1:
			tp++
		case found:
			fp++
		case d.Label == 1:
			fn++
		default:
			tn++
		}
	}
	prec := float64(tp) / max(1, float64(tp+fp))
	rec := float64(tp) / max(1, float64(tp+fn))
	t.Logf("GLOCON protest documents: precision %.3f (%d/%d), recall %.3f (%d/%d), %d negatives kept clean", prec, tp, tp+fp, rec, tp, tp+fn, tn)
	if tp+fp+fn+tn < 1000 {
		t.Errorf("only %d labelled documents read", tp+fp+fn+tn)
	}
	if prec < 0.75 || rec < 0.45 {
		t.Errorf("protest detection precision %.3f / recall %.3f below the floors 0.75 / 0.45", prec, rec)
	}
}
