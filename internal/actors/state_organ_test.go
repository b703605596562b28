package actors

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestStateOrgans: a state body named without its country ("the National Police said", "the
// Air Force reported", "a ruling of the Constitutional Court") is that body of the document's
// country; names that are no state body, or belong to someone named before them, stay as
// they were.
func TestStateOrgans(t *testing.T) {
	kb := kbT(t)
	const ecuador = "Police in Ecuador arrested three opposition leaders in Quito. Ecuador's president declared an emergency. Protests spread across Ecuador. "
	cases := []struct {
		name, text, org string
		actor, kind     string // "" actor: must stay unresolved
	}{
		{"national police", ecuador + "Eleven people were detained, the National Police said.", "National Police", "ECU-COP", "COP"},
		{"national assembly", ecuador + "The National Assembly will debate the decree.", "National Assembly", "ECU-GOV", "LEG"},
		{"ministry of", ecuador + "The Ministry of Health and Population gave the toll.", "Ministry of Health and Population", "ECU-GOV", "GOV"},
		{"constitutional court", ecuador + "A ruling of the Constitutional Court angered them.", "Constitutional Court", "ECU-GOV", "JUD"},
		{"joint operations command", ecuador + "The Joint Operations Command denied it.", "Joint Operations Command", "ECU-MIL", "MIL"},
		{"air force", ecuador + "The Air Force said it shot down a drone.", "Air Force", "ECU-MIL", "MIL"},
		{"bare security council is the UN's", ecuador + "The Security Council met.", "Security Council", "unsc", "IGO"},
		{"bare court", ecuador + "The Court met.", "Court", "", ""},
		{"a party, not a body", ecuador + "Noboa's National Democratic Action holds enough seats.", "National Democratic Action", "", ""},
		{"not a state body", ecuador + "The Justice and Peace Secretariat said 78 people died.", "Justice and Peace Secretariat", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &model.Annotation{Doc: &model.Document{Text: c.text}, Entities: ents(c.text, [2]string{"ORG", c.org})}
			kb.Resolve(a)
			var got *model.ActorMention
			for i := range a.Actors {
				if c.text[a.Actors[i].Start:a.Actors[i].End] == c.org {
					got = &a.Actors[i]
				}
			}
			if got == nil {
				t.Fatalf("no mention of %q in %+v", c.org, a.Actors)
			}
			if got.Actor.Actor != c.actor || c.actor != "" && got.Actor.Kind != c.kind {
				t.Errorf("%q -> %s (%s), want %s (%s)", c.org, got.Actor.Actor, got.Actor.Kind, c.actor, c.kind)
			}
		})
	}
}

func TestStateOrganKind(t *testing.T) {
	cases := map[string]string{
		"national police": "COP", "federal police": "COP", "army": "MIL", "national guard": "MIL",
		"armed forces": "MIL", "national security and defense council": "GOV", "interior ministry": "GOV",
		"cabinet committee on security": "GOV", "national elections commission": "GOV", "federal parliament": "LEG",
		"supreme court": "JUD", "constitutional council": "JUD", "guard": "", "assembly": "", "security council": "",
		"national democratic action": "", "kachin baptist convention": "", "police army": "",
	}
	for in, want := range cases {
		if got := stateOrganKind(strings.Fields(in)); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// TestDescriptionCountry: "the army" with no place or dominant country takes the country of
// the state official before it in the sentence; "the movement of" is motion, not a group.
func TestDescriptionCountry(t *testing.T) {
	kb := kbT(t)
	ms := kb.Explain("Serbian President Aleksandar Vucic said he had ordered the army to raise the combat readiness of units.", "")
	found := false
	for _, m := range ms {
		if m.Actor.Text == "the army" {
			found = true
			if m.Actor.Actor != "SRB-MIL" {
				t.Errorf("the army -> %s, want SRB-MIL (%s)", m.Actor.Actor, m.Reason)
			}
		}
	}
	if !found {
		t.Errorf("no mention of the army in %+v", ms)
	}
	for _, m := range kb.Explain("He urged residents to provide information on the movement of the bandits.", "") {
		if strings.Contains(m.Actor.Text, "movement") {
			t.Errorf("the movement of … is an actor: %+v", m)
		}
	}
}

// TestSpeakerAfterSpeech: "he said" after a sentence whose speaker is named after its verb of
// saying ("…, said Comr. Bayu Suseno") refers to that speaker, not to the first person named.
func TestSpeakerAfterSpeech(t *testing.T) {
	kb := kbT(t)
	text := "The camp is near the home of Dekai, said Comr. Bayu Suseno, spokesman for the task force. A sixth worker escaped, he said."
	a := &model.Annotation{Doc: &model.Document{Text: text}, Entities: ents(text, [2]string{"PERSON", "Dekai"}, [2]string{"PERSON", "Bayu Suseno"})}
	kb.Resolve(a)
	for _, m := range a.Actors {
		if text[m.Start:m.End] == "he" && m.Actor.Name != "Bayu Suseno" {
			t.Errorf("he -> %q (%s), want Bayu Suseno", m.Actor.Name, m.Reason)
		}
	}
}

// TestCouncillor: a local official named by role alone is an actor (like "mayor"), so that
// "his" after it does not jump to a person of an earlier sentence.
func TestCouncillor(t *testing.T) {
	kb := kbT(t)
	ms := kb.Explain("A municipal councillor from the coastal city of Manta, Ecuador, was shot dead by two men.", "")
	if len(ms) == 0 || ms[0].Actor.Text != "municipal councillor" || ms[0].Actor.Kind != "GOV" || ms[0].Actor.Country != "EC" {
		t.Errorf("got %+v", ms)
	}
}

// TestPlaceAfterOf: a name after "the town of" / "the regency seat of" is a place, even when
// the tagger calls it a person.
func TestPlaceAfterOf(t *testing.T) {
	kb := kbT(t)
	text := "The camp is 40 kilometers from the regency seat of Dekai, police said."
	a := &model.Annotation{Doc: &model.Document{Text: text}, Entities: ents(text, [2]string{"PERSON", "Dekai"})}
	kb.Resolve(a)
	for _, m := range a.Actors {
		if text[m.Start:m.End] == "Dekai" {
			t.Errorf("Dekai is an actor: %+v", m)
		}
	}
}
