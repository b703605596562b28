package actors

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// ents builds tagger entities for the given (label, text) pairs at their first occurrence.
func ents(text string, pairs ...[2]string) []model.Entity {
	var out []model.Entity
	for _, p := range pairs {
		i := strings.Index(text, p[1])
		out = append(out, model.Entity{Label: p[0], Text: p[1], Start: i, End: i + len(p[1])})
	}
	return out
}

// TestEntityRepairs5: an acronym defined in parentheses after an organisation is an
// organisation; a religious adjective is no part of a group's name.
func TestEntityRepairs5(t *testing.T) {
	kb := kbT(t)
	cases := []struct {
		name, text string
		in         [][2]string
		want       [2]string // label, text of an entity that must be present
		gone       string    // text of an entity that must be absent
	}{
		{"acronym after KB name", "Rights organisation Ain o Salish Kendra (ASK) said 96 people died in Bangladesh.",
			[][2]string{{"ORG", "Ain o Salish Kendra"}, {"PERSON", "ASK"}}, [2]string{"ORG", "ASK"}, ""},
		{"acronym after tagged org", "The Kivu Relief Network (KRN) said 12 people died.",
			[][2]string{{"ORG", "Kivu Relief Network"}, {"PERSON", "KRN"}}, [2]string{"ORG", "KRN"}, ""},
		{"acronym of other initial stays", "Officials of the Kivu Relief Network (MAP) spoke.",
			[][2]string{{"ORG", "Kivu Relief Network"}, {"PERSON", "MAP"}}, [2]string{"PERSON", "MAP"}, ""},
		{"faith adjective", "In 2013 the mostly Muslim Seleka rebels overthrew the president of the Central African Republic.",
			[][2]string{{"ORG", "Muslim Seleka"}}, [2]string{"ORG", "Seleka"}, "Muslim Seleka"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &model.Annotation{Doc: &model.Document{Text: c.text}, Entities: ents(c.text, c.in...)}
			kb.Resolve(a)
			found := false
			for _, e := range a.Entities {
				if e.Label == c.want[0] && e.Text == c.want[1] {
					found = true
				}
				if c.gone != "" && e.Text == c.gone {
					t.Errorf("%q still present", c.gone)
				}
			}
			if !found {
				t.Errorf("no %v in %v", c.want, a.Entities)
			}
		})
	}
}

// TestSession5Entries: the actors added for dev10's regions resolve with the right kind and
// country.
func TestSession5Entries(t *testing.T) {
	kb := kbT(t)
	cases := []struct{ text, id, kind, country string }{
		{"Jubo Dal", "jubo-dal", "PTY", "BD"},
		{"Seleka", "seleka", "REB", "CF"},
		{"CONAIE", "conaie", "CVL", "EC"},
		{"Citizen Revolution", "citizen-revolution", "PTY", "EC"},
		{"Damai Cartenz", "damai-cartenz", "COP", "ID"},
		{"Security Media Cell", "security-media-cell", "MIL", "IQ"},
		{"USGS", "usgs", "GOV", "US"},
		{"Indeci", "indeci", "GOV", "PE"},
	}
	for _, c := range cases {
		e, ok := kb.Get(c.id)
		if !ok {
			t.Errorf("no entry %s", c.id)
			continue
		}
		if e.Kind != c.kind || e.Country != c.country {
			t.Errorf("%s: kind %s country %s, want %s %s", c.id, e.Kind, e.Country, c.kind, c.country)
		}
		ms := kb.Explain(c.text, "")
		if len(ms) == 0 || ms[0].Actor.Actor != c.id {
			t.Errorf("%q resolves to %v, want %s", c.text, ms, c.id)
		}
	}
}
