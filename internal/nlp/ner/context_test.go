package ner_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
	"github.com/sitrep-dev/sitrep/internal/nlp/segment"
)

// TestContextRules checks the document-level repairs of context.go on sentences written for
// the test (invented names: the cues, not the names, must decide).
func TestContextRules(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		text string
		want []want
		not  []string
	}{
		// a noun before the name says what it is, and the label holds in the whole document
		{"The state news agency Tolvana said three soldiers died. Tolvana gave no names.",
			[]want{{"Tolvana", "ORG"}}, nil},
		{"Qarvesh Belu, a reporter for the reformist daily Zendavar, was detained on Monday.",
			[]want{{"Zendavar", "ORG"}}, nil},
		{"Speaking on his radio station Wayra Kunan, the senator accused the minister of lying.",
			[]want{{"Wayra Kunan", "ORG"}}, []string{"Wayra", "Kunan"}},
		{"According to the rights group Silent Mothers, 40 people vanished last year.",
			[]want{{"Silent Mothers", "ORG"}}, []string{"Mothers"}},
		// a noun after the name
		{"The men, from the Korobi tribe, were ambushed by gunmen from the rival Wokabari tribe. Wokabari fighters later burned houses.",
			[]want{{"Korobi", "NORP"}, {"Wokabari", "NORP"}}, nil},
		{"Fighting spread along the Tarvasi peninsula overnight.", []want{{"Tarvasi", "LOC"}}, nil},
		{"Gunmen raided the village of Mbokele before dawn.", []want{{"Mbokele", "GPE"}}, nil},
		// apposition after a comma
		{"The figures come from Kestrel Analytics, a Lagos-based consultancy.",
			[]want{{"Kestrel Analytics", "ORG"}}, nil},
		// names split by the tagger
		{"The Kigoma-backed ZRF/M12 alliance took the town.", []want{{"ZRF/M12", "ORG"}}, nil},
		{"Activists cited the group Kivu Human Rights (KHR) on Tuesday.", []want{{"Kivu Human Rights", "ORG"}}, nil},
		{"Later, Pakistan's Foreign Office said it had summoned the envoy.", []want{{"Foreign Office", "ORG"}}, nil},
		{"A company of Papua New Guinea Defence Force soldiers was flown in.",
			[]want{{"Papua New Guinea Defence Force", "ORG"}}, nil},
		// not names of organisations: a person after a title, a plain adjective
		{"Iraqi state television said the road was open. Iraqi officials agreed.",
			[]want{{"Iraqi", "NORP"}}, nil},
	}
	for _, c := range cases {
		es := tg.Tag(c.text, segment.Sentences(c.text))
		checkEntities(t, c.text, es)
		got := map[string]string{}
		for _, e := range es {
			got[e.Text] = e.Label
		}
		for _, w := range c.want {
			if got[w.text] != w.label {
				t.Errorf("%q: want %s/%s, got %v", c.text, w.text, w.label, es)
			}
		}
		for _, n := range c.not {
			if _, ok := got[n]; ok {
				t.Errorf("%q: %q must not be an entity: %v", c.text, n, es)
			}
		}
	}
	// without the rules (bit 256) the first case is not decided by the cue
	old := ner.PostRules
	defer func() { ner.PostRules = old }()
	ner.PostRules = old &^ 256
	text := cases[3].text
	for _, e := range tg.Tag(text, segment.Sentences(text)) {
		if e.Text == "Silent Mothers" && e.Label == "ORG" {
			t.Logf("the tagger alone finds %q", e.Text)
		}
	}
}
