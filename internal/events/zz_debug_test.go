package events_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/clean"
	"github.com/sitrep-dev/sitrep/internal/eval"
	"github.com/sitrep-dev/sitrep/internal/events"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
	"strings"
)

// TestZZDebug dumps annotations and events of a gold file's input (EVDEBUG=path.gold.json).
func TestZZDebug(t *testing.T) {
	path := os.Getenv("EVDEBUG")
	if path == "" {
		t.Skip()
	}
	p := getPipeline(t)
	g, err := eval.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	items, _, err := input.ReadFile(filepath.Join(filepath.Dir(path), g.Input), "auto", 0)
	if err != nil {
		t.Fatal(err)
	}
	pub := ""
	if len(g.Documents) > 0 {
		pub = g.Documents[0].Published
	}
	for _, it := range items {
		it.Published = pub
		docs, _ := clean.Split(it)
		for i := range docs {
			d := &docs[i]
			d.Published = pub
			a := p.Annotate(d)
			fmt.Printf("=== %s (%s) ref=%s\n", d.Title, pub, a.Ref)
			if os.Getenv("EVANN") != "" {
				for _, s := range a.Sentences {
					fmt.Printf("\n# %s\n", d.Text[s.Start:s.End])
					for _, m := range a.Actors {
						if m.Start >= s.Start && m.End <= s.End {
							fmt.Printf("   A %q id=%s name=%s k=%s c=%s gen=%v coref=%v\n", d.Text[m.Start:m.End], m.Actor.Actor, m.Actor.Name, m.Actor.Kind, m.Actor.Country, m.Generic, m.Coref)
						}
					}
					for _, m := range a.Places {
						if m.Start >= s.Start && m.End <= s.End {
							fmt.Printf("   P %q %s/%s f=%s met=%v\n", m.Text, m.Geo.Name, m.Geo.Country, m.Geo.Feature, m.Metonymy)
						}
					}
					for _, m := range a.Timexes {
						if m.Start >= s.Start && m.End <= s.End {
							fmt.Printf("   T %q %s %s\n", m.Text, m.Value, m.Precision)
						}
					}
					for _, m := range a.Quantities {
						if m.Start >= s.Start && m.End <= s.End {
							fmt.Printf("   Q %q v=%d c=%s noun=%s rt=%v\n", m.Text, m.Value, m.Counts, m.Noun, m.RunningTotal)
						}
					}
					for _, e := range a.Entities {
						if e.Start >= s.Start && e.End <= s.End && os.Getenv("EVENT") != "" {
							fmt.Printf("   E %q %s\n", e.Text, e.Label)
						}
					}
				}
			}
			evs := events.Extract(a)
			fmt.Println("--- events")
			for _, e := range evs {
				fmt.Printf("%s/%s [%s] trig=%q src=%s tgt=%s loc=%q(%s) date=%s mod=%s bg=%v counts=%s conf=%.2f\n     | %s\n",
					e.Type, e.Mode, e.ACLED.SubEventType, e.Evidence.Trigger, dActors(e.Sources), dActors(e.Targets), e.LocationText, locC(e), e.Date.Value, e.Modality, e.Background, dCounts(e.Counts), e.Confidence, d.Text[e.Evidence.Start:e.Evidence.End])
			}
		}
	}
}

func locC(e model.Event) string {
	if e.Location == nil {
		return ""
	}
	return e.Location.Name + "/" + e.Location.Country
}

func dActors(as []model.Actor) string {
	var p []string
	for _, a := range as {
		p = append(p, a.Text+"("+a.Actor+","+a.Country+","+a.Kind+")")
	}
	return "[" + strings.Join(p, "; ") + "]"
}

func dCounts(c model.Counts) string {
	var p []string
	add := func(k string, v *int) {
		if v != nil {
			p = append(p, fmt.Sprintf("%s=%d", k, *v))
		}
	}
	add("killed", c.Killed)
	add("injured", c.Injured)
	add("arrested", c.Arrested)
	add("kidnapped", c.Kidnapped)
	add("munitions", c.Munitions)
	add("participants", c.Participants)
	add("displaced", c.Displaced)
	return strings.Join(p, ",")
}
