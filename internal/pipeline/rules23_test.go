package pipeline

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestConfusedNamesakes23 checks geo's rule 86 end to end: a sentence that says a town is
// confused with a namesake abroad names two places, the story's own first. Text written for
// the test.
func TestConfusedNamesakes23(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Floods reach the Romagna plain\n\n" +
		"RAVENNA, Italy — Rivers burst their banks across the Romagna plain on Monday, and roads between Faenza, Ravenna and Imola were closed.\n\n" +
		"In Lugo, a town of 32,000 that travellers sometimes confuse with the Spanish city of Lugo in Galicia, firefighters pumped water out of the old castle.\n\n" +
		"The regional government in Bologna said more rain was expected on Tuesday.\n"
	a := p.Annotate(&model.Document{ID: "t", Text: text, Language: "en", Published: "2026-01-14"})
	var got []string
	for _, pm := range a.Places {
		if pm.Text == "Lugo" {
			got = append(got, pm.Geo.Country)
		}
	}
	if len(got) != 2 || got[0] != "IT" || got[1] != "ES" {
		t.Errorf("the two Lugos read %v, want [IT ES]", got)
	}
}

// TestCapitalOfStory23 checks "the capital's X" end to end: the capital of the country the
// story is about, not the nearest capital named before (here Washington as the US government).
// Text written for the test.
func TestCapitalOfStory23(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Peso firms after vote\n\n" +
		"BUENOS AIRES — Argentina's governing party won the midterm vote in Buenos Aires province, Cordoba and Mendoza on Sunday, official results showed.\n\n" +
		"Washington, which agreed a currency swap with the central bank before the vote, welcomed the outcome.\n\n" +
		"Bonds rallied in early trading in New York, and the peso strengthened in the capital's Microcentro financial district.\n"
	a := p.Annotate(&model.Document{ID: "t", Text: text, Language: "en", Published: "2026-01-14"})
	n := 0
	for _, pm := range a.Places {
		if pm.Text != "Microcentro" {
			continue
		}
		n++
		if pm.Geo.Country != "AR" {
			t.Errorf("%q → %s|%s (%.2f, %.2f), want Buenos Aires", pm.Text, pm.Geo.Name, pm.Geo.Country, pm.Geo.Lat, pm.Geo.Lon)
		}
	}
	if n == 0 {
		t.Error("Microcentro not placed")
	}
}

// TestCountryNamedTown23 checks rule 76's country names used as a town's end to end: a story
// about one country that lists "Benin" with its towns means Benin City, which the gazetteer
// knows by that alternate name. Text written for the test.
func TestCountryNamedTown23(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Tanker fire on expressway kills six\n\n" +
		"LAGOS, Nigeria — Six people died when a tanker caught fire on the Lagos-Ibadan expressway on Tuesday, the Federal Road Safety Corps said.\n\n" +
		"Traffic to Ibadan, Ore and Benin was diverted for several hours while firefighters put out the blaze.\n\n" +
		"A trader travelling from Abeokuta to Benin said the road had been unsafe for months.\n"
	a := p.Annotate(&model.Document{ID: "t", Text: text, Language: "en", Published: "2026-01-14"})
	n := 0
	for _, pm := range a.Places {
		if pm.Text != "Benin" {
			continue
		}
		n++
		if pm.Geo.Country != "NG" {
			t.Errorf("%q at %d → %s|%s, want Benin City, Nigeria", pm.Text, pm.Start, pm.Geo.Name, pm.Geo.Country)
		}
	}
	if n != 2 {
		t.Errorf("placed %d Benins, want 2", n)
	}
}

// TestBorderCountry23 checks rule 89 end to end: "the border with Niger" of a Nigerian story is
// the country, not Niger State. Text written for the test.
func TestBorderCountry23(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Gunmen kill 12 in Sokoto village\n\n" +
		"SOKOTO, Nigeria — Gunmen killed 12 villagers in Sokoto state on Sunday, police said, in the latest attack in north-western Nigeria.\n\n" +
		"The village lies near the border with Niger, where bandits cross to escape army patrols, residents of Sokoto and Zamfara said.\n"
	a := p.Annotate(&model.Document{ID: "t", Text: text, Language: "en", Published: "2026-01-14"})
	n := 0
	for _, pm := range a.Places {
		if pm.Text != "Niger" {
			continue
		}
		n++
		if pm.Geo.Country != "NE" {
			t.Errorf("%q → %s|%s, want the country Niger", pm.Text, pm.Geo.Name, pm.Geo.Country)
		}
	}
	if n != 1 {
		t.Errorf("placed %d Nigers, want 1", n)
	}
}
