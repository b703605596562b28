package pipeline

import (
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/eval"
)

// TestQualityFloors scores the whole pipeline on the gold sets and fails when a figure drops
// well below what was measured when the floor was set (NOTES.md has the history). Raise a
// floor when quality rises; never lower one to make a change pass without saying why.
func TestQualityFloors(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	sets := []struct {
		name            string
		glob            string
		minP, minR      float64
		minEntityRecall float64
	}{
		{"sample", filepath.Join("..", "..", "..", "shared", "samples", "*.gold.json"), 0.70, 0.95, 0.80},
		{"examples", filepath.Join("..", "..", "examples", "*.gold.json"), 0.90, 0.90, 0.75},
		{"dev2", filepath.Join("..", "..", "testdata", "dev2", "*.gold.json"), 0.75, 0.75, 0.85},
		{"dev3", filepath.Join("..", "..", "testdata", "dev3", "*.gold.json"), 0.65, 0.82, 0.92},
		{"heldout", filepath.Join("..", "..", "testdata", "heldout", "*.gold.json"), 0.50, 0.55, 0.90},
		// added in session 2: dev4 scored P 0.474 R 0.389 before tuning (end of session 2: 0.774 / 0.750);
		// heldout2 P 0.565 R 0.324 at its start (measure only; end of session 2: 0.652 / 0.382)
		{"dev4", filepath.Join("..", "..", "testdata", "dev4", "*.gold.json"), 0.75, 0.85, 0.90},
		{"heldout2", filepath.Join("..", "..", "testdata", "heldout2", "*.gold.json"), 0.60, 0.38, 0.82},
		// heldout3: written at the end of session 2, scored once: session-start code P 0.473 R 0.310,
		// end-of-session code P 0.517 R 0.483 (measure only)
		{"heldout3", filepath.Join("..", "..", "testdata", "heldout3", "*.gold.json"), 0.45, 0.45, 0.75},
		// dev5 scored P 0.462 R 0.304 before tuning (session 2); end of session 2: 0.634 / 0.783
		{"dev5", filepath.Join("..", "..", "testdata", "dev5", "*.gold.json"), 0.65, 0.85, 0.85},
		// session 3 sets (scored once before tuning; end of session 3 in the comments):
		// heldout4 P 0.438 R 0.250 (end 0.460 / 0.333), heldout5 P 0.316 R 0.270 (end 0.345 /
		// 0.324), dev6 P 0.394 R 0.196 (end 0.551 / 0.500), dev7 P 0.325 R 0.150 (end 0.444 / 0.375)
		{"heldout4", filepath.Join("..", "..", "testdata", "heldout4", "*.gold.json"), 0.40, 0.28, 0.80},
		{"heldout5", filepath.Join("..", "..", "testdata", "heldout5", "*.gold.json"), 0.30, 0.28, 0.78},
		{"dev6", filepath.Join("..", "..", "testdata", "dev6", "*.gold.json"), 0.66, 0.65, 0.92},
		{"dev7", filepath.Join("..", "..", "testdata", "dev7", "*.gold.json"), 0.50, 0.55, 0.87},
		// session 4 sets (scored once before tuning; end of session 4 in the comments): dev8 P 0.469
		// R 0.412 (end 0.623 / 0.647), dev9 P 0.461 R 0.429 (end 0.527 / 0.607), heldout6 P 0.537
		// R 0.516 (measure only; end 0.554 / 0.548)
		{"dev8", filepath.Join("..", "..", "testdata", "dev8", "*.gold.json"), 0.70, 0.70, 0.90},
		{"dev9", filepath.Join("..", "..", "testdata", "dev9", "*.gold.json"), 0.58, 0.68, 0.90},
		{"heldout6", filepath.Join("..", "..", "testdata", "heldout6", "*.gold.json"), 0.48, 0.48, 0.82},
		// heldout7: written at the end of session 4, scored once per binary: session-4 start P 0.439
		// R 0.355, end 0.448 / 0.355 (measure only)
		{"heldout7", filepath.Join("..", "..", "testdata", "heldout7", "*.gold.json"), 0.38, 0.30, 0.85},
		// dev10: untouched with the session-4 end code P 0.449 R 0.270 (for session 5; its cleaning
		// and entities were fixed at the very end of session 4)
		// session 5: dev10 0.425 / 0.270 at the session-5 start, then development (end 0.729 /
		// 0.784); heldout9 written at the start of session 5, measure only: start 0.483 / 0.469,
		// end 0.491 / 0.438
		{"dev10", filepath.Join("..", "..", "testdata", "dev10", "*.gold.json"), 0.65, 0.68, 0.95},
		{"heldout9", filepath.Join("..", "..", "testdata", "heldout9", "*.gold.json"), 0.42, 0.38, 0.80},
		// session 6: dev11 written at the start of session 6; untouched P 0.569 R 0.522 (entity
		// recall 0.824), after one events round 0.686 / 0.783
		{"dev11", filepath.Join("..", "..", "testdata", "dev11", "*.gold.json"), 0.60, 0.70, 0.75},
		// session 7: dev12 and heldout10 written at its start (one annotator, split at random):
		// dev12 untouched P 0.638 R 0.571, after one events round 0.953 / 0.964; heldout10 measure
		// only, start 0.526 / 0.391
		{"dev12", filepath.Join("..", "..", "testdata", "dev12", "*.gold.json"), 0.85, 0.88, 0.85},
		{"heldout10", filepath.Join("..", "..", "testdata", "heldout10", "*.gold.json"), 0.45, 0.33, 0.78},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			files, _ := filepath.Glob(set.glob)
			if len(files) == 0 {
				t.Skipf("no gold files at %s", set.glob)
			}
			var all eval.Totals
			for _, f := range files {
				r, err := eval.RunFile(f, p.File)
				if err != nil {
					t.Fatal(err)
				}
				all.Add(r.Totals)
			}
			c, entFound, entTotal, violations := all.Events, all.EntityFound, all.EntityTotal, all.Violations
			prec := float64(c.TP) / max(1, float64(c.TP+c.FP))
			rec := float64(c.RequiredMatched) / max(1, float64(c.Required))
			ent := float64(entFound) / max(1, float64(entTotal))
			t.Logf("%s: %d files, event precision %.3f (%d/%d), recall %.3f (%d/%d), entity recall %.3f, forbidden violations %d",
				set.name, len(files), prec, c.TP, c.TP+c.FP, rec, c.RequiredMatched, c.Required, ent, violations)
			if prec < set.minP || rec < set.minR {
				t.Errorf("event precision %.3f / recall %.3f below the floors %.2f / %.2f", prec, rec, set.minP, set.minR)
			}
			if ent < set.minEntityRecall {
				t.Errorf("entity recall %.3f below the floor %.2f", ent, set.minEntityRecall)
			}
			if (set.name == "sample" || set.name == "examples") && violations > 0 {
				t.Errorf("%d forbidden violations", violations)
			}
		})
	}
}
