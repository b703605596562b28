package geo

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// sharedDir returns ../shared beside the repository root, or "" when absent.
func sharedDir() string {
	dir, _ := os.Getwd()
	for d := dir; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(d, "..", "shared")
			if _, err := os.Stat(s); err == nil {
				return s
			}
			return ""
		}
	}
	return ""
}

// hashText is a short stable id of a sentence.
func hashText(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return fmt.Sprintf("%016x", h.Sum64())
}

// TestEventLocation measures what can be measured on the event-location sentences (they label
// the event's location text but give no coordinates): how many labelled location strings the
// gazetteer knows, and — for sentences that also name a country elsewhere — how often the
// location, resolved in context as a tagged entity, lands in one of the countries the sentence names.
func TestEventLocation(t *testing.T) {
	recs := loadELFull(t)
	g := mustDefault(t)
	var spans, known, resolved, withCountry, agree int
	var relSpans, relKnown, relWith, relAgree int
	var misses []string
	for _, r := range recs {
		// Offsets in the file count characters; sitrep's count bytes.
		byteAt := make([]int, 0, len(r.Text)+1)
		for i := range r.Text {
			byteAt = append(byteAt, i)
		}
		byteAt = append(byteAt, len(r.Text))
		for _, s := range r.Spans {
			if s.Label != "LOCATION" || s.Start < 0 || s.End >= len(byteAt) || s.Start >= s.End {
				continue
			}
			s.Start, s.End = byteAt[s.Start], byteAt[s.End]
			loc := strings.TrimSpace(r.Text[s.Start:s.End])
			loc = strings.TrimPrefix(strings.TrimPrefix(loc, "the "), "The ")
			spans++
			rel := r.Source == "RELABEL"
			if rel {
				relSpans++
			}
			if len(g.Lookup(loc, "")) > 0 {
				known++
				if rel {
					relKnown++
				}
			} else if len(misses) < 15 && len(loc) > 2 && loc[0] >= 'A' && loc[0] <= 'Z' {
				misses = append(misses, loc)
			}
			a := &model.Annotation{Doc: &model.Document{Text: r.Text}}
			a.Entities = []model.Entity{{Text: r.Text[s.Start:s.End], Label: model.GPE, Start: s.Start, End: s.End}}
			g.Resolve(a)
			var geo *model.Geo
			for _, e := range a.Entities {
				if e.Start == s.Start && e.End == s.End {
					geo = e.Geo
				}
			}
			if geo == nil {
				continue
			}
			resolved++
			if os.Getenv("ELDUMP") != "" { // how the audit sample was drawn (80 lines, random seed 7)
				t.Logf("DUMP\t%s\t%d\t%d\t%s\t%s\t%s\t%s", hashText(r.Text), s.Start, s.End, r.Text[s.Start:s.End], geo.Name, geo.Country, r.Text)
			}
			// Countries the sentence names outside the location span.
			named := map[string]bool{}
			for _, p := range a.Places {
				if p.Geo.Feature == "country" && (p.End <= s.Start || p.Start >= s.End) {
					named[p.Geo.Country] = true
				}
			}
			if len(named) == 0 || geo.Feature == "country" {
				continue
			}
			withCountry++
			if rel {
				relWith++
			}
			if !named[geo.Country] && os.Getenv("ELDEBUG") != "" { // inspect the noisy proxy
				t.Logf("DISAGREE %q → %s %s %s; named %v | %s", r.Text[s.Start:s.End], geo.Name, geo.Country, geo.Feature, named, r.Text)
			}
			if named[geo.Country] {
				agree++
				if rel {
					relAgree++
				}
			}
		}
	}
	// Hand audit: resolved spans labelled with the country the sentence places them in.
	byHash := map[string]string{}
	for _, r := range recs {
		byHash[hashText(r.Text)] = r.Text
	}
	audit, err := os.ReadFile("testdata/event-location-audit.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var auditN, auditOK, auditPlaced int
	for _, line := range strings.Split(string(audit), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		text, ok := byHash[p[0]]
		if !ok || len(p) != 5 {
			t.Errorf("audit line %q: sentence not found", line)
			continue
		}
		var s, e int
		fmt.Sscan(p[1], &s)
		fmt.Sscan(p[2], &e)
		if s < 0 || e > len(text) || text[s:e] != p[3] {
			t.Errorf("audit line %q: span mismatch", line)
			continue
		}
		auditN++
		a := &model.Annotation{Doc: &model.Document{Text: text}}
		a.Entities = []model.Entity{{Text: p[3], Label: model.GPE, Start: s, End: e}}
		g.Resolve(a)
		placed := false
		for _, en := range a.Entities {
			if en.Start == s && en.End == e && en.Geo != nil {
				placed = true
			}
		}
		if !placed {
			t.Logf("audit: %q not placed", p[3])
		}
		for _, en := range a.Entities {
			if en.Start == s && en.End == e && en.Geo != nil {
				auditPlaced++
				cc := en.Geo.Country
				if cc == "" {
					cc = "-"
				}
				if cc == p[4] {
					auditOK++
				} else {
					t.Logf("audit miss: %q → %s %s, want %s", p[3], en.Geo.Name, cc, p[4])
				}
			}
		}
	}
	frac := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	t.Logf("event-location: %d LOCATION spans; in gazetteer %.3f; resolved in context %.3f", spans, frac(known, spans), frac(resolved, spans))
	t.Logf("  sentences naming another country: %d; location resolved into a named country %.3f", withCountry, frac(agree, withCountry))
	t.Logf("  RELABEL (adjudicated) subset: %d spans, in gazetteer %.3f; country agreement %.3f of %d", relSpans, frac(relKnown, relSpans), frac(relAgree, relWith), relWith)
	t.Logf("  some unknown names: %q", misses)
	t.Logf("  hand audit: %d spans, placed %d, country correct %.3f", auditN, auditPlaced, frac(auditOK, auditN))
	if frac(auditOK, auditN) < 0.9 {
		t.Errorf("hand-audit country accuracy %.3f below floor 0.9", frac(auditOK, auditN))
	}
	// A noisy proxy (the location need not lie in a country the sentence names), kept as a
	// regression floor.
	if frac(agree, withCountry) < 0.35 {
		t.Errorf("country agreement %.3f below floor 0.35", frac(agree, withCountry))
	}
	if frac(known, spans) < 0.55 {
		t.Errorf("gazetteer coverage %.3f below floor 0.55", frac(known, spans))
	}
}

// TestWikigoldScan measures the gazetteer scan alone (no entity tagger) on wikigold: precision =
// share of scanned places that overlap a gold LOC span, recall = share of gold LOC spans found.
func TestWikigoldScan(t *testing.T) {
	sh := sharedDir()
	if sh == "" {
		t.Skip("../shared absent")
	}
	data, err := os.ReadFile(filepath.Join(sh, "data", "wikigold", "wikigold.conll.txt"))
	if err != nil {
		t.Skip(err)
	}
	g := mustDefault(t)
	var tp, fp, gold, found int
	var fps []string
	for _, doc := range strings.Split(string(data), "-DOCSTART- O") {
		var sb strings.Builder
		var locs [][2]int
		spanStart := -1
		for _, line := range strings.Split(doc, "\n") {
			f := strings.Fields(line)
			if len(f) != 2 {
				if spanStart >= 0 {
					locs = append(locs, [2]int{spanStart, sb.Len()})
					spanStart = -1
				}
				if len(line) == 0 && sb.Len() > 0 {
					sb.WriteString("\n")
				}
				continue
			}
			if f[1] != "I-LOC" && f[1] != "B-LOC" && spanStart >= 0 || f[1] == "B-LOC" && spanStart >= 0 {
				locs = append(locs, [2]int{spanStart, sb.Len()})
				spanStart = -1
			}
			if sb.Len() > 0 && !strings.HasSuffix(sb.String(), "\n") {
				sb.WriteByte(' ')
			}
			if (f[1] == "I-LOC" || f[1] == "B-LOC") && spanStart < 0 {
				spanStart = sb.Len()
			}
			sb.WriteString(f[0])
		}
		if spanStart >= 0 {
			locs = append(locs, [2]int{spanStart, sb.Len()})
		}
		text := sb.String()
		a := &model.Annotation{Doc: &model.Document{Text: text}}
		g.Resolve(a)
		gold += len(locs)
		hit := make([]bool, len(locs))
		for _, p := range a.Places {
			ok := false
			for i, l := range locs {
				if p.Start < l[1] && l[0] < p.End {
					ok = true
					hit[i] = true
				}
			}
			if ok {
				tp++
			} else {
				fp++
				if len(fps) < 25 {
					fps = append(fps, p.Text)
				}
			}
		}
		for _, h := range hit {
			if h {
				found++
			}
		}
	}
	prec := float64(tp) / float64(max(tp+fp, 1))
	rec := float64(found) / float64(max(gold, 1))
	t.Logf("wikigold scan: %d places found, precision %.3f (vs gold LOC), recall of %d gold LOC spans %.3f", tp+fp, prec, gold, rec)
	t.Logf("  false positives (sample): %q", fps)
	if prec < 0.8 {
		t.Errorf("scan precision %.3f below floor 0.8", prec)
	}
}
