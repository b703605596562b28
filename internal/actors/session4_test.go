package actors

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// mentionOf returns the actor mention whose text is exactly text, or nil.
func mentionOf(ms []model.ActorMention, text string) *model.ActorMention {
	for i := range ms {
		if ms[i].Actor.Text == text {
			return &ms[i]
		}
	}
	return nil
}

// TestBackedGroupByCountry: a description with a backer and no antecedent is the one group the
// knowledge base lists with that backer in the story's country; with several, nobody.
func TestBackedGroupByCountry(t *testing.T) {
	kb := kbT(t)
	cases := []struct {
		name, text, desc, want string
	}{
		{"lebanon", "Israeli jets struck southern Lebanon on Tuesday, killing three people in Lebanon. Lebanon condemned it. The Iran-backed militant group said it fired rockets in response.",
			"The Iran-backed militant group", "hezbollah"},
		{"yemen", "A missile hit a ship off Yemen. Officials in Yemen and Yemen's coast guard said it sank. The Iran-backed rebels claimed the attack.",
			"The Iran-backed rebels", "houthis"},
		{"unknown backer", "A bomb exploded in Lebanon. Lebanon said Lebanon would respond. The Norway-backed group denied it.",
			"The Norway-backed group", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &model.Annotation{Doc: &model.Document{Text: c.text}}
			kb.Resolve(a)
			m := mentionOf(a.Actors, c.desc)
			got := ""
			if m != nil {
				got = m.Actor.Actor
			}
			if got != c.want {
				t.Errorf("%q -> %q, want %q (%v)", c.desc, got, c.want, a.Actors)
			}
		})
	}
}

// TestOfficers: bare "officers" are the police of the story's country, or its soldiers when
// soldiers were named last.
func TestOfficers(t *testing.T) {
	kb := kbT(t)
	cases := []struct {
		name, text, mention, kind, country string
	}{
		{"police story", "Police in Bolivia cleared the road in western Bolivia, Bolivian officials said. Two officers were injured by stones.", "officers", "COP", "BO"},
		{"army story", "Troops in Mali repelled the attack on the base near Mali's border. Two officers were killed.", "officers", "MIL", "ML"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &model.Annotation{Doc: &model.Document{Text: c.text}}
			kb.Resolve(a)
			m := mentionOf(a.Actors, c.mention)
			if m == nil {
				t.Fatalf("no mention %q: %v", c.mention, a.Actors)
			}
			if m.Actor.Kind != c.kind || m.Actor.Country != c.country {
				t.Errorf("%q -> %s %s, want %s %s (%s)", c.mention, m.Actor.Kind, m.Actor.Country, c.kind, c.country, m.Reason)
			}
		})
	}
}

// TestNewEntityTrimmed: an entity added for a knowledge-base alias drops the common nouns after
// the name ("M23 rebels" -> "M23").
func TestNewEntityTrimmed(t *testing.T) {
	kb := kbT(t)
	text := "The army moved troops south to fight M23 rebels in the east."
	a := &model.Annotation{Doc: &model.Document{Text: text}}
	kb.Resolve(a)
	for _, e := range a.Entities {
		if strings.Contains(e.Text, "M23") && e.Text != "M23" {
			t.Errorf("entity %q, want M23", e.Text)
		}
	}
}

// TestPossessiveAliases: aliases with a possessive or a bare apostrophe match, and an alias
// written with other capitals matches either writing.
func TestPossessiveAliases(t *testing.T) {
	kb := kbT(t)
	cases := []struct{ text, mention, id string }{
		{"The Tigray People's Liberation Front said it would talk.", "Tigray People's Liberation Front", "tplf"},
		{"The Tigray People’s Liberation Front said it would talk.", "Tigray People’s Liberation Front", "tplf"},
		{"The Sudan People's Liberation Movement-North shelled the town.", "Sudan People's Liberation Movement-North", "splm-n"},
		{"The Kurdistan Workers' Party announced a ceasefire.", "Kurdistan Workers' Party", "pkk"},
		{"Red-Tabara fighters attacked the post.", "Red-Tabara fighters", "red-tabara"},
		{"Iran's Revolutionary Guards seized a tanker.", "Iran's Revolutionary Guards", "irgc"},
	}
	for _, c := range cases {
		a := &model.Annotation{Doc: &model.Document{Text: c.text}}
		kb.Resolve(a)
		m := mentionOf(a.Actors, c.mention)
		if m == nil || m.Actor.Actor != c.id {
			t.Errorf("%q: want %q -> %s, got %v", c.text, c.mention, c.id, a.Actors)
		}
	}
}

// TestPlaceBeforeTitle: a region named before a title or a generic noun gives its country.
func TestPlaceBeforeTitle(t *testing.T) {
	kb := kbT(t)
	cases := []struct{ text, mention, country string }{
		{"Zamfara Governor Dauda Lawal condemned the attack.", "Governor Dauda Lawal", "NG"},
		{"Limpopo police spokesperson Colonel Malesela Ledwaba said the men fled.", "police", "ZA"},
	}
	for _, c := range cases {
		a := &model.Annotation{Doc: &model.Document{Text: c.text}}
		kb.Resolve(a)
		m := mentionOf(a.Actors, c.mention)
		if m == nil || m.Actor.Country != c.country {
			t.Errorf("%q: want %q in %s, got %v", c.text, c.mention, c.country, a.Actors)
		}
	}
}
