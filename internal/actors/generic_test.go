package actors

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestGenericCrowds: the unnamed people who protest, strike and riot are generic actors of
// the country in context; "the international community" and the like are nobody.
func TestGenericCrowds(t *testing.T) {
	kb := kbT(t)
	cases := []struct {
		text, span, want string // want "" = no actor on span
	}{
		{"Members of the Mamelodi community staged a protest in Pretoria.", "community", "Civilians (South Africa)"},
		{"Strikers blocked the gates of the mine in Rustenburg.", "Strikers", "Protesters (South Africa)"},
		{"Youths threw stones at police in Soweto.", "Youths", "Civilians (South Africa)"},
		{"An angry mob set fire to the police station in Kano.", "mob", "Protesters (Nigeria)"},
		{"The international community condemned the coup in Niger.", "international community", ""},
		{"The business community in Lagos welcomed the reform.", "business community", ""},
	}
	for _, c := range cases {
		a := &model.Annotation{Doc: &model.Document{Text: c.text}}
		kb.Resolve(a)
		got := ""
		for _, m := range a.Actors {
			if c.text[m.Start:m.End] == c.span || m.Actor.Text == c.span {
				got = m.Actor.Name
			}
		}
		if got != c.want {
			t.Errorf("%q: %q resolved to %q, want %q (%+v)", c.text, c.span, got, c.want, a.Actors)
		}
	}
}
