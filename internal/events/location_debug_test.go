package events_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/events"
	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestLocationDebug prints the pipeline's location decisions on the text file ELDEBUGFILE:
// every candidate with its hand-set and learned scores and its largest learned contributions.
func TestLocationDebug(t *testing.T) {
	fn := os.Getenv("ELDEBUGFILE")
	if fn == "" {
		t.Skip("set ELDEBUGFILE to a text file")
	}
	b, err := os.ReadFile(fn)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	p := getPipeline(t)
	var recs []events.LocationChoice
	events.SetLocationTrace(func(c events.LocationChoice) { recs = append(recs, c) })
	defer events.SetLocationTrace(nil)
	d := &model.Document{Text: text, Language: "en"}
	events.Extract(p.Annotate(d))
	filter := os.Getenv("ELDEBUGGREP")
	for _, r := range recs {
		ls := strings.LastIndexAny(text[:r.TriggerStart], ".\n") + 1
		le := r.TriggerEnd + strings.IndexAny(text[r.TriggerEnd:], "\n")
		if le < r.TriggerEnd {
			le = len(text)
		}
		ctx := text[ls:r.TriggerStart] + "[" + text[r.TriggerStart:r.TriggerEnd] + "]" + text[r.TriggerEnd:min(le, r.TriggerEnd+150)]
		if filter != "" && !strings.Contains(ctx, filter) {
			continue
		}
		t.Logf("%s %q: %s", r.Type, text[r.TriggerStart:r.TriggerEnd], ctx)
		for _, c := range r.Cands {
			type kv struct {
				k string
				v float64
			}
			var con []kv
			for k, v := range c.Feats {
				if v != 0 {
					con = append(con, kv{events.PipeFeatName(k), events.PipeLocWeight(k) * v})
				}
			}
			sort.Slice(con, func(i, j int) bool { return abs(con[i].v) > abs(con[j].v) })
			var parts []string
			for _, x := range con[:min(8, len(con))] {
				parts = append(parts, x.k+":"+strings.TrimRight(strings.TrimRight(ftoa(x.v), "0"), "."))
			}
			t.Logf("    %-20q hand %6.2f learned %6.2f  %s", text[c.Start:c.End], c.HandScore, events.PipeLocScore(c.Feats), strings.Join(parts, " "))
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func ftoa(x float64) string { return fmt.Sprintf("%.2f", x) }
