//go:build spansaudit

package geo_test

// The span audit (run by hand: go test -tags spansaudit ./internal/geo -run TestSpanAudit -v)
// lists, over the development texts, every multiword place name that is not covered by exactly
// one entity of the same span, and counts the classes. Sources of names: the toponym labels of
// the whole-article development sets, the multiword GPE/LOC/FAC entities of the events
// development gold files, and maximal capitalised runs (joined by lower-case connectors) that
// the gazetteer knows.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner/nerdata"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
)

var auditConnectors = map[string]bool{"do": true, "da": true, "dos": true, "das": true, "de": true, "del": true, "la": true, "di": true, "du": true, "des": true, "el": true, "al": true, "es": true, "upon": true, "on": true, "sur": true, "en": true, "bin": true, "ibn": true, "van": true, "von": true, "ter": true, "le": true, "y": true, "of": true, "the": true, "and": true, "der": true, "den": true, "dei": true, "della": true, "ar": true, "ad": true, "as": true, "ash": true, "az": true, "ez": true}

var auditAbbrevs = map[string]bool{"St": true, "Ste": true, "Mt": true, "Ft": true, "Pt": true, "Sta": true, "Sto": true}

func TestSpanAudit(t *testing.T) {
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	g := p.Gazetteer()
	root := filepath.Join("..", "..")
	var files []string
	for _, pat := range []string{"examples/*.txt", "testdata/dev[0-9]*/*.txt", "internal/geo/testdata/toponym-articles-dev*/*.txt"} {
		m, _ := filepath.Glob(filepath.Join(root, pat))
		files = append(files, m...)
	}
	classes := map[string]int{}
	seen := 0
	for _, f := range files {
		if strings.Contains(f, "heldout") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		a := p.Annotate(&model.Document{ID: "t", Text: text, Language: "en", Published: "2026-10-01"})
		spans := map[[2]int]string{}
		// toponym labels
		if raw, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".tsv"); err == nil {
			for _, line := range strings.Split(string(raw), "\n") {
				c := strings.Split(line, "\t")
				if len(c) < 2 || strings.HasPrefix(line, "#") || !strings.Contains(c[0], " ") {
					continue
				}
				n := 0
				fmt.Sscan(c[1], &n)
				if s := nerdata.NthWord(text, c[0], n); s >= 0 {
					spans[[2]int{s, s + len(c[0])}] = "label"
				}
			}
		}
		// gold entities
		if raw, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".gold.json"); err == nil {
			var gold struct {
				Documents []struct {
					Entities [][2]string `json:"entities"`
				} `json:"documents"`
			}
			if json.Unmarshal(raw, &gold) == nil && len(gold.Documents) > 0 {
				for _, e := range gold.Documents[0].Entities {
					if (e[1] == "GPE" || e[1] == "LOC" || e[1] == "FAC") && strings.Contains(e[0], " ") {
						for n := 1; ; n++ {
							s := nerdata.NthWord(text, e[0], n)
							if s < 0 {
								break
							}
							spans[[2]int{s, s + len(e[0])}] = "gold"
						}
					}
				}
			}
		}
		// gazetteer runs: maximal sequences of capitalised words, joined by connectors
		words := splitWords(text)
		for i := 0; i < len(words); i++ {
			if !isCapWord(text[words[i][0]:words[i][1]]) {
				continue
			}
			j := i
			for j+1 < len(words) {
				gap := text[words[j][1]:words[j+1][0]]
				if gap != " " && gap != "-" && gap != ". " {
					break
				}
				w := text[words[j+1][0]:words[j+1][1]]
				if isCapWord(w) {
					j++
					continue
				}
				// connector then a capitalised word
				if auditConnectors[w] && j+2 < len(words) && text[words[j+1][1]:words[j+2][0]] == " " || auditConnectors[w] && j+2 < len(words) && text[words[j+1][1]:words[j+2][0]] == "-" {
					if isCapWord(text[words[j+2][0]:words[j+2][1]]) {
						j += 2
						continue
					}
				}
				break
			}
			if j > i {
				s0, e0 := words[i][0], words[j][1]
				for _, w := range []string{"The ", "At ", "An ", "In ", "A ", "the "} {
					if strings.HasPrefix(text[s0:e0], w) {
						s0 += len(w)
					}
				}
				for strings.HasSuffix(text[s0:e0], "'") {
					e0--
				}
				if name := text[s0:e0]; strings.Contains(name, " ") && len(g.Lookup(name, "")) > 0 {
					if _, ok := spans[[2]int{s0, e0}]; !ok {
						spans[[2]int{s0, e0}] = "gaz"
					}
				}
			}
			i = j
		}
		keys := make([][2]int, 0, len(spans))
		for k := range spans {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i][0] < keys[j][0] })
		for _, sp := range keys {
			seen++
			var in []string
			exact := false
			for _, e := range a.Entities {
				if e.Label == model.DATE || e.Label == model.QUANTITY || e.End <= sp[0] || e.Start >= sp[1] {
					continue
				}
				if e.Start == sp[0] && e.End == sp[1] {
					exact = true
				}
				in = append(in, fmt.Sprintf("[%s]%s", text[e.Start:e.End], e.Label))
			}
			if exact && len(in) == 1 {
				continue
			}
			name := text[sp[0]:sp[1]]
			cls := nameClass(name)
			how := "missing"
			switch {
			case len(in) > 1:
				how = "split"
			case len(in) == 1:
				how = "partial"
			}
			crossSent := false
			for _, s := range a.Sentences {
				if s.Start > sp[0] && s.Start < sp[1] {
					crossSent = true
				}
			}
			if crossSent {
				how += "+sentence"
			}
			classes[cls+" "+how]++
			t.Logf("%-8s %-10s %-14s %q -> %s  (%s)", spans[sp], cls, how, name, strings.Join(in, " "), filepath.Base(f))
		}
	}
	ks := make([]string, 0, len(classes))
	for k := range classes {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t.Logf("class %-28s %d", k, classes[k])
	}
	t.Logf("%d multiword names checked", seen)
}

func nameClass(name string) string {
	switch {
	case strings.Contains(name, "."):
		return "abbrev"
	}
	if i := strings.LastIndexAny(name, " -"); i >= 0 {
		if r, _ := utf8.DecodeRuneInString(name[i+1:]); unicode.IsLower(r) {
			return "lower-head" // "Chin state", "Messalo river": a lower-case generic noun
		}
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return "connector"
		}
	}
	if strings.Contains(name, "-") {
		return "hyphen"
	}
	return "plain"
}

func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// splitWords returns the byte spans of the words of text (letters, digits, apostrophes inside;
// a trailing period of a short capitalised abbreviation such as "St." is kept).
func splitWords(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		isW := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' && start >= 0
		if isW && start < 0 {
			start = i
		} else if !isW && start >= 0 {
			e := i
			if r == '.' && auditAbbrevs[text[start:e]] {
				e++
			}
			out = append(out, [2]int{start, e})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}
