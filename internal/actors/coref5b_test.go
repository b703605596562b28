package actors

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestPartitiveAndOrgNames5b: a partitive aside ("11 people, six of them soldiers, when they
// stormed") gives no antecedent to the pronoun after it; an organisation's name that holds a
// one-word alias ("Trades Union Congress") is not that alias's entry, while a whole alias
// ("Indian National Congress") and a bare alias ("Congress passed") still are.
func TestPartitiveAndOrgNames5b(t *testing.T) {
	kb := kbT(t)
	cases := []struct {
		name, text string
		in         [][2]string
		span       string // the mention to check
		want       string // its actor id ("" = none), or a kind prefixed with "kind:"
	}{
		{"partitive aside", "Rebels from the 3R armed group killed at least 11 people, six of them soldiers, when they stormed a town at the weekend.",
			[][2]string{{"ORG", "3R"}}, "they", "3r-car"},
		{"org holding an alias", "The Trades Union Congress called a general strike on Monday.",
			[][2]string{{"ORG", "Trades Union Congress"}}, "Congress", ""},
		{"whole alias", "The Indian National Congress called a general strike on Monday.",
			[][2]string{{"ORG", "Indian National Congress"}}, "Indian National Congress", "congress-india"},
		{"bare alias", "On Monday, Congress passed the defence bill.",
			[][2]string{{"ORG", "Congress"}}, "Congress", "us-congress"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &model.Annotation{Doc: &model.Document{Text: c.text}, Ref: "2026-10-01", Entities: ents(c.text, c.in...)}
			kb.Resolve(a)
			got, seen := "", false
			for _, m := range a.Actors {
				if c.text[m.Start:m.End] == c.span || strings.HasSuffix(c.text[m.Start:m.End], " "+c.span) {
					got, seen = m.Actor.Actor, true
				}
			}
			if c.want == "" {
				if seen && got != "" {
					t.Errorf("%q resolved to %q, want none", c.span, got)
				}
				return
			}
			if got != c.want {
				t.Errorf("%q resolved to %q (seen %v), want %q; actors %+v", c.span, got, seen, c.want, a.Actors)
			}
		})
	}
}

// TestPluralGroupLabel5b: a named group's plural after "the" ("the Houthis say") is the
// organisation, while its adjective ("Houthi rebels") and a people ("the Kurds") keep NORP.
func TestPluralGroupLabel5b(t *testing.T) {
	kb := kbT(t)
	cases := []struct{ text, ent, want string }{
		{"The Houthis say the vessel was linked to Israel.", "Houthis", model.ORG},
		{"Houthi rebels fired two missiles at the ship.", "Houthi", model.NORP},
		{"The Kurds say they were attacked.", "Kurds", model.NORP},
	}
	for _, c := range cases {
		a := &model.Annotation{Doc: &model.Document{Text: c.text}, Ref: "2026-10-01", Entities: ents(c.text, [2]string{model.NORP, c.ent})}
		kb.Resolve(a)
		got := ""
		for _, e := range a.Entities {
			if e.Text == c.ent {
				got = e.Label
			}
		}
		if got != c.want {
			t.Errorf("%q: %q labelled %q, want %q", c.text, c.ent, got, c.want)
		}
	}
}
