package geo

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/muc"
)

// MUC-3/4 (../shared/data/muc4-dev) is a standard set of news toponyms: every incident template
// gives its location as a path from the country down ("EL SALVADOR: SAN VICENTE (DEPARTMENT):
// TECOLUCA (JURISDICTION)"). TestMUCToponyms scores toponym resolution with gold toponyms:
// the wire text is put in sentence case, every place the document's templates name (countries
// too) is written back in title case and given as a GPE entity, and each named place below the
// country that the text contains is scored on its country (the set gives no coordinates).
// Latin American namesakes ("San Miguel", "La Paz", "Santa Ana", "La Libertad") test the
// document's country focus.

// mucPlace is one named place of a template's location: its name and the country above it.
type mucPlace struct{ name, country, kind string }

var mucPartRe = regexp.MustCompile(`^\s*(.+?)\s*\(([A-Z /]+)\)\s*$`)

// mucLocations reads the location slots of a key file: message id → places (country first).
func mucLocations(path string) map[string][]mucPlace {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	out := map[string][]mucPlace{}
	id := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "0.  MESSAGE: ID") {
			id = strings.TrimSpace(strings.TrimPrefix(line, "0.  MESSAGE: ID"))
		}
		if !strings.HasPrefix(line, "3.  INCIDENT: LOCATION") || id == "" {
			continue
		}
		v := strings.TrimSpace(strings.TrimPrefix(line, "3.  INCIDENT: LOCATION"))
		for _, alt := range strings.Split(v, " / ") {
			alt = strings.Trim(strings.TrimSpace(alt), "()")
			parts := strings.Split(alt, ": ")
			country := strings.TrimSpace(parts[0])
			if country == "" || country == "*" || strings.ContainsAny(country, "(-") {
				continue
			}
			out[id] = append(out[id], mucPlace{name: country, country: country, kind: "COUNTRY"})
			for _, p := range parts[1:] {
				m := mucPartRe.FindStringSubmatch(p)
				if m == nil {
					continue
				}
				out[id] = append(out[id], mucPlace{name: m[1], country: country, kind: m[2]})
			}
		}
	}
	return out
}

// mucCase puts upper-case wire text in sentence case and writes the given names back in title
// case; it returns the text and the names' spans as GPE entities.
func mucCase(raw string, names []string) (string, []model.Entity) {
	if i := strings.Index(raw, "[TEXT]"); i >= 0 {
		raw = raw[i+6:]
	}
	b := []byte(strings.Join(strings.Fields(strings.ToLower(raw)), " "))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 32
			up = false
		}
		if c == '.' {
			up = true
		}
	}
	text := string(b)
	low := strings.ToLower(text)
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	taken := make([]bool, len(text))
	var ents []model.Entity
	for _, n := range names {
		ln := strings.ToLower(n)
		for from := 0; ; {
			k := strings.Index(low[from:], ln)
			if k < 0 {
				break
			}
			s, e := from+k, from+k+len(ln)
			from = e
			if s > 0 && isLetterByte(low[s-1]) || e < len(low) && isLetterByte(low[e]) || taken[s] || taken[e-1] {
				continue
			}
			for x := s; x < e; x++ {
				taken[x] = true
				if x == s || low[x-1] == ' ' {
					b[x] = strings.ToUpper(string(b[x]))[0]
				}
			}
			ents = append(ents, model.Entity{Label: model.GPE, Start: s, End: e})
		}
	}
	text = string(b)
	sort.Slice(ents, func(i, j int) bool { return ents[i].Start < ents[j].Start })
	for i := range ents {
		ents[i].Text = text[ents[i].Start:ents[i].End]
	}
	return text, ents
}

func TestMUCToponyms(t *testing.T) {
	base := filepath.Join(sharedDir(), "data", "muc4-dev")
	g := mustDefault(t)
	scored, placed, right := 0, 0, 0
	for _, p := range [][2]string{{"tst1/tst1-muc3", "tst1/key-tst1.v7"}, {"tst2/tst2-muc4", "tst2/key-tst2.v4"}} {
		docs, order := muc.ReadDocs(filepath.Join(base, p[0]))
		locs := mucLocations(filepath.Join(base, p[1]))
		if docs == nil || locs == nil {
			t.Skip("muc4-dev not present")
		}
		for _, id := range order {
			places := locs[id]
			if len(places) == 0 {
				continue
			}
			var names []string
			seen := map[string]bool{}
			for _, pl := range places {
				if !seen[pl.name] {
					seen[pl.name] = true
					names = append(names, pl.name)
				}
			}
			text, ents := mucCase(docs[id], names)
			a := &model.Annotation{Doc: &model.Document{ID: id, Text: text}, Entities: ents}
			g.Resolve(a)
			done := map[string]bool{}
			for _, pl := range places {
				if pl.kind == "COUNTRY" || done[pl.name] {
					continue
				}
				done[pl.name] = true
				want := ""
				if gs := g.Lookup(pl.country, ""); len(gs) > 0 && gs[0].Feature == "country" {
					want = gs[0].Country
				}
				var got *model.Entity
				for i := range a.Entities {
					if strings.EqualFold(a.Entities[i].Text, pl.name) {
						got = &a.Entities[i]
						break
					}
				}
				if got == nil || want == "" {
					if os.Getenv("MUCDEBUG") != "" {
						t.Logf("muc not in text: %s %q (%s) want %q", id, pl.name, pl.kind, want)
					}
					continue // not in the text
				}
				scored++
				if got.Geo == nil {
					t.Logf("muc unplaced: %s %q (%s, %s)", id, pl.name, pl.kind, want)
					continue
				}
				placed++
				if got.Geo.Country == want {
					right++
				} else {
					t.Logf("muc miss: %s %q (%s) → %s %s %s, want %s", id, pl.name, pl.kind, got.Geo.Name, got.Geo.Country, got.Geo.Feature, want)
				}
			}
		}
	}
	if scored == 0 {
		t.Skip("no MUC toponyms found")
	}
	t.Logf("MUC-3/4 toponyms (gold spans): %d scored, placed %d, country correct %.3f of all, %.3f of placed",
		scored, placed, float64(right)/float64(scored), float64(right)/float64(max(placed, 1)))
	// measured 27 scored, 24 placed, all 24 in the right country (the three unplaced are
	// villages and an area missing from cities15000)
	if float64(right) < 0.8*float64(scored) || right < placed-1 {
		t.Errorf("MUC toponyms: %d of %d right (%d placed), below the floor", right, scored, placed)
	}
}
