package actors

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestGenericPerpetratorsVictims: lower-case descriptions of unnamed perpetrators and victims
// are generic actors of the story's country, also with an adjective before the noun ("armed
// bandits" is the generic "bandits"), so that events get a source and a target.
func TestGenericPerpetratorsVictims(t *testing.T) {
	kb := kbT(t)
	cases := []struct {
		text, span, want string
	}{
		{"Armed bandits attacked a village in Nigeria.", "Armed bandits", "Unidentified Armed Group (Nigeria)"},
		{"Heavily armed bandits attacked a village in Nigeria.", "armed bandits", "Unidentified Armed Group (Nigeria)"},
		{"Bandits abducted 20 schoolgirls in Zamfara.", "schoolgirls", "Civilians (Nigeria)"},
		{"Blockaders set fire to trucks on the highway in Manipur, India.", "Blockaders", "Protesters (India)"},
		{"Unknown attackers killed five people in Mali.", "Unknown attackers", "Unidentified Armed Group (Mali)"},
		{"Vigilantes killed three suspected thieves in Kano, Nigeria.", "Vigilantes", "Militia (Nigeria)"},
		{"Vigilantes killed three suspected thieves in Kano, Nigeria.", "thieves", "Unidentified Armed Group (Nigeria)"},
		{"Militiamen burned houses in Ituri province, Congo.", "Militiamen", "Militia (Democratic Republic of the Congo)"},
		{"Suspected jihadists killed 10 soldiers in Burkina Faso.", "jihadists", "Unidentified Armed Group (Burkina Faso)"},
		{"Herders clashed with farmers in Benue State, Nigeria.", "Herders", "Civilians (Nigeria)"},
		{"Gunmen on motorcycles killed 12 villagers in Burkina Faso.", "Gunmen", "Unidentified Armed Group (Burkina Faso)"},
		{"Armed rebels seized the town of Bunia in Congo.", "Armed rebels", "Rebel Group (Democratic Republic of the Congo)"},
		{"Gunmen stopped a bus and robbed the passengers near Kaduna, Nigeria.", "passengers", "Civilians (Nigeria)"},
	}
	for _, c := range cases {
		a := &model.Annotation{Doc: &model.Document{Text: c.text}}
		kb.Resolve(a)
		got := ""
		for _, m := range a.Actors {
			if c.text[m.Start:m.End] == c.span {
				got = m.Actor.Name
			}
		}
		if got != c.want {
			t.Errorf("%q: %q resolved to %q, want %q", c.text, c.span, got, c.want)
		}
	}
}
