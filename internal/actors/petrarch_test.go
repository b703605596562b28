package actors

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

var (
	reSentence = regexp.MustCompile(`(?s)<Sentence [^>]*id="([^"]+)"[^>]*>(.*?)<Text>(.*?)</Text>`)
	reCoding   = regexp.MustCompile(`sourcecode="([^"]*)" targetcode="([^"]*)"`)
)

// subjectObject guesses the source and target of a sentence from its actor mentions: the first
// mention outside a prepositional phrase is the source, unless a passive "by X" names the
// doer; the target is the next mention of another country.
func subjectObject(text string, ms []model.ActorMention) (src, tgt *model.ActorMention) {
	var cand []*model.ActorMention
	for i := range ms {
		if ms[i].Actor.Name == "" && ms[i].Actor.Country == "" {
			continue
		}
		if i > 0 && ms[i].Start < ms[i-1].End {
			continue // nested
		}
		cand = append(cand, &ms[i])
	}
	if len(cand) == 0 {
		return nil, nil
	}
	before := func(m *model.ActorMention) string {
		w := strings.Fields(strings.ToLower(text[:m.Start]))
		if len(w) == 0 {
			return ""
		}
		if w[len(w)-1] == "the" && len(w) > 1 {
			return w[len(w)-2]
		}
		return w[len(w)-1]
	}
	passive := regexp.MustCompile(`\b(was|were|been|is|are|being)\b`).MatchString(text)
	for _, m := range cand {
		if before(m) == "by" && passive {
			src = m
			break
		}
	}
	if src == nil {
		for _, m := range cand {
			switch before(m) {
			case "in", "of", "to", "from", "with", "at", "against", "on", "for", "into", "by", "near":
				continue
			}
			src = m
			break
		}
	}
	if src == nil {
		src = cand[0]
	}
	// target: the next mention after the source that names another actor, else one before it
	var after, before2 *model.ActorMention
	for _, m := range cand {
		if m == src || m.Coref || m.Actor.Country == "" {
			continue
		}
		if m.Actor.Country == src.Actor.Country && m.Actor.Kind == src.Actor.Kind {
			continue
		}
		if m.Start > src.Start && after == nil {
			after = m
		}
		if m.Start < src.Start && before2 == nil {
			before2 = m
		}
	}
	tgt = after
	if tgt == nil {
		tgt = before2
	}
	return src, tgt
}

// TestPetrarchCountries measures source and target country accuracy on PETRARCH-2's real
// newswire validation sentences (UniversalPetrarch/PETR2_GSR_validation.xml).
func TestPetrarchCountries(t *testing.T) {
	dir := sharedDir(t)
	b, err := os.ReadFile(filepath.Join(dir, "data", "petrarch-unittest", "UniversalPetrarch", "PETR2_GSR_validation.xml"))
	if err != nil {
		t.Skip(err)
	}
	kb := kbT(t)
	iso := map[string]string{}
	for _, e := range kb.Entries() {
		if e.Type == "state" && strings.HasSuffix(e.ID, "-GOV") {
			iso[strings.TrimSuffix(e.ID, "-GOV")] = e.Country
		}
	}
	country := func(code string) string { // "" = no country in the gold code
		if len(code) >= 3 {
			return iso[code[:3]]
		}
		return ""
	}
	srcOK, srcN, tgtOK, tgtN := 0, 0, 0, 0
	for _, m := range reSentence.FindAllStringSubmatch(string(b), -1) {
		codes := reCoding.FindAllStringSubmatch(m[2], -1)
		text := strings.Join(strings.Fields(m[3]), " ")
		if len(codes) == 0 || text == "" {
			continue
		}
		srcs, tgts := map[string]bool{}, map[string]bool{}
		for _, c := range codes {
			if s := country(c[1]); s != "" {
				srcs[s] = true
			}
			if s := country(c[2]); s != "" {
				tgts[s] = true
			}
		}
		a := &model.Annotation{Doc: &model.Document{Text: text}}
		kb.Resolve(a)
		src, tgt := subjectObject(text, a.Actors)
		got := func(m *model.ActorMention) string {
			if m == nil {
				return ""
			}
			return m.Actor.Country
		}
		if tgt == nil {
			// no second actor: CAMEO codes the place as the target; take another country named.
			for _, cm := range kb.countryMentions(text) {
				if src == nil || (cm.iso != src.Actor.Country && (cm.start < src.Start || cm.start >= src.End)) {
					tgt = &model.ActorMention{Actor: model.Actor{Country: cm.iso}}
					break
				}
			}
		}
		if len(srcs) > 0 {
			srcN++
			if srcs[got(src)] {
				srcOK++
			} else if testing.Verbose() {
				t.Logf("source miss %s: got %q want %v: %s", m[1], got(src), srcs, text)
			}
		}
		if len(tgts) > 0 {
			tgtN++
			if tgts[got(tgt)] {
				tgtOK++
			} else if testing.Verbose() {
				t.Logf("target miss %s: got %q want %v: %s", m[1], got(tgt), tgts, text)
			}
		}
	}
	sa, ta := float64(srcOK)/float64(max(srcN, 1)), float64(tgtOK)/float64(max(tgtN, 1))
	t.Logf("source country accuracy %d/%d = %.3f; target country accuracy %d/%d = %.3f", srcOK, srcN, sa, tgtOK, tgtN, ta)
	if srcN < 40 {
		t.Fatalf("only %d sentences with a source country", srcN)
	}
	if sa < 0.85 {
		t.Errorf("source country accuracy %.3f below 0.85", sa)
	}
	if ta < 0.70 {
		t.Errorf("target country accuracy %.3f below 0.70", ta)
	}
}
