package geo

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// GEO_DOCS=file of extract JSONL: re-resolve with the extract's entities and print GPE/LOC geos.
func TestZZDocs(t *testing.T) {
	fn := os.Getenv("GEO_DOCS")
	if fn == "" {
		t.Skip()
	}
	f, err := os.Open(fn)
	if err != nil {
		t.Fatal(err)
	}
	g := mustDefault(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d model.Document
		if json.Unmarshal(sc.Bytes(), &d) != nil {
			continue
		}
		a := &model.Annotation{Doc: &d}
		for _, s := range d.Sentences {
			a.Sentences = append(a.Sentences, model.Sentence{Start: s[0], End: s[1]})
		}
		for _, e := range d.Entities {
			if e.Label == model.GPE || e.Label == model.LOC || e.Label == model.FAC {
				if e.Geo == nil && os.Getenv("GEO_KEEPNEW") == "" {
					// keep entities the tagger made (cannot tell appended ones apart; keep all)
				}
			}
			e.Geo = nil
			a.Entities = append(a.Entities, e)
		}
		g.Resolve(a)
		fmt.Printf("=== %s\n", d.Title)
		seen := map[string]bool{}
		for _, p := range a.Places {
			s := fmt.Sprintf("  %-28q %s|%s|%s|%s|p%d met=%v", p.Text, p.Geo.Name, p.Geo.Country, p.Geo.Admin1, p.Geo.Feature, p.Geo.Precision, p.Metonymy)
			if !seen[s] {
				seen[s] = true
				fmt.Println(s)
			}
		}
		for _, e := range a.Entities {
			if (e.Label == model.GPE || e.Label == model.LOC) && e.Geo == nil {
				fmt.Printf("  UNPLACED %s %q\n", e.Label, e.Text)
			}
		}
	}
}
