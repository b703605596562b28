package pipeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRules23 checks session 23's geo rules end to end, with the tagger, on texts written for
// the test: each case lists the countries, in text order, of the places written name.
func TestRules23(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{
			// rule 86: a sentence that says a town is confused with a namesake abroad names two
			// places, the story's own first
			"86 confused namesakes", "Lugo", []string{"IT", "ES"},
			"Floods reach the Romagna plain\n\n" +
				"RAVENNA, Italy — Rivers burst their banks across the Romagna plain on Monday, and roads between Faenza, Ravenna and Imola were closed.\n\n" +
				"In Lugo, a town of 32,000 that travellers sometimes confuse with the Spanish city of Lugo in Galicia, firefighters pumped water out of the old castle.\n\n" +
				"The regional government in Bologna said more rain was expected on Tuesday.\n",
		},
		{
			// rule 88: "the capital's X" is in the capital of the story's country, not the
			// nearest capital named before (Washington as the US government)
			"88 the capital's", "Microcentro", []string{"AR"},
			"Peso firms after vote\n\n" +
				"BUENOS AIRES — Argentina's governing party won the midterm vote in Buenos Aires province, Cordoba and Mendoza on Sunday, official results showed.\n\n" +
				"Washington, which agreed a currency swap with the central bank before the vote, welcomed the outcome.\n\n" +
				"Bonds rallied in early trading in New York, and the peso strengthened in the capital's Microcentro financial district.\n",
		},
		{
			// rule 76: a country's name the story uses as a town's is the focus country's city
			// the gazetteer knows by it, by an alternate name too (Benin City)
			"76 country named town", "Benin", []string{"NG", "NG"},
			"Tanker fire on expressway kills six\n\n" +
				"LAGOS, Nigeria — Six people died when a tanker caught fire on the Lagos-Ibadan expressway on Tuesday, the Federal Road Safety Corps said.\n\n" +
				"Traffic to Ibadan, Ore and Benin was diverted for several hours while firefighters put out the blaze.\n\n" +
				"A trader travelling from Abeokuta to Benin said the road had been unsafe for months.\n",
		},
		{
			// rule 89: "the border with Niger" of a Nigerian story is the country, not Niger State
			"89 the border with", "Niger", []string{"NE"},
			"Gunmen kill 12 in Sokoto village\n\n" +
				"SOKOTO, Nigeria — Gunmen killed 12 villagers in Sokoto state on Sunday, police said, in the latest attack in north-western Nigeria.\n\n" +
				"The village lies near the border with Niger, where bandits cross to escape army patrols, residents of Sokoto and Zamfara said.\n",
		},
	})
}

// ruleCase is a text written for a rule's test: name's places, in text order, lie in the
// countries of want ("US", or "US/Louisiana" for a country and its first-level division).
type ruleCase struct {
	rule, name string
	want       []string
	text       string
}

// checkRuleCases annotates each case's text with the whole pipeline and compares the countries
// of the places written name with the case's.
func checkRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		a := p.Annotate(&model.Document{ID: "t", Text: c.text, Language: "en", Published: "2026-01-14"})
		var got []string
		for _, pm := range a.Places {
			if pm.Text == c.name {
				if k := len(got); k < len(c.want) && strings.Contains(c.want[k], "/") {
					got = append(got, pm.Geo.Country+"/"+pm.Geo.Admin1)
				} else {
					got = append(got, pm.Geo.Country)
				}
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("rule %s: %q read in %v, want %v", c.rule, c.name, got, c.want)
		}
	}
}
