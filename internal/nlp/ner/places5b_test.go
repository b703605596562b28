package ner_test

import (
	"testing"
)

// TestPlaceFrames: place names the model labels as people or organisations, or cuts at a wrong
// boundary, in frames that say what they are (session 5: toponyms-dev2, dev2, dev4, dev6,
// dev7, dev8, dev9).
func TestPlaceFrames(t *testing.T) {
	tg := tagger(t)
	cases := []struct{ text, label, want string }{
		// a country's possessive before an administrative noun
		{"Gunmen killed at least 20 civilians in Barsalogho, a town in Burkina Faso's Centre-Nord region, local sources said.", "GPE", "Centre-Nord"},
		{"Militants attacked a police post in Zahedan, capital of Iran's Sistan-Baluchestan province.", "GPE", "Sistan-Baluchestan"},
		{"Separatist fighters killed four workers in Intan Jaya regency, in Indonesia's Central Papua province.", "GPE", "Central Papua"},
		{"Fano militiamen briefly seized parts of Gondar, the historic city in Ethiopia's Amhara region, residents said.", "GPE", "Amhara"},
		// "the X department"; a known division before "region"
		{"A car bomb exploded near a police station in Jamundi, and another in the Cauca department.", "GPE", "Cauca"},
		{"Russian units approach the administrative border of the Dnipropetrovsk region.", "GPE", "Dnipropetrovsk"},
		// an apposition with a modifier the lists lack
		{"Russian forces pressed on toward Kramatorsk after seizing Chasiv Yar, a hilltop town west of Bakhmut.", "GPE", "Chasiv Yar"},
		// after "neighbouring"
		{"Israeli tanks pushed into the Jabalia refugee camp and neighbouring Beit Lahia.", "GPE", "Beit Lahia"},
		// feature nouns the gold sets keep in the name
		{"Burundian troops withdrew from the Ruzizi plain, south of Bukavu, as rebels advanced.", "LOC", "Ruzizi plain"},
		{"Police said vigilantes pursued the kidnappers towards the Rugu forest.", "LOC", "Rugu forest"},
		{"Militants had hijacked the train in the Bolan Pass in March 2025.", "LOC", "Bolan Pass"},
		// names written with a possessive or "and"
		{"Floods hit the Rohingya refugee camps in Cox's Bazar on Monday.", "GPE", "Cox's Bazar"},
		{"Authorities in Jammu and Kashmir suspended internet services after a gunfight.", "GPE", "Jammu and Kashmir"},
		// organisations after a possessor; platforms; peoples; given names after a role noun
		{"The Philippines' Department of Migrant Workers said it was arranging the repatriation.", "ORG", "Department of Migrant Workers"},
		{"The government ordered providers to block Facebook, YouTube and WhatsApp, the ministry said on Telegram.", "ORG", "Telegram"},
		{"The government ordered providers to block Facebook, YouTube and WhatsApp.", "ORG", "WhatsApp"},
		{"CONAIE, the country's largest Indigenous organisation, said it would strike.", "NORP", "Indigenous"},
		{"Puntland's security minister Abdirizak Ahmed Issa told reporters in Garowe.", "PERSON", "Abdirizak Ahmed Issa"},
		// a facility that speaks is an organisation; a state company; a club; a person after a role noun; rivers
		{"The U.S. Embassy in Baghdad condemned the attack.", "ORG", "U.S. Embassy"},
		{"Pakistan Railways said on Wednesday that services would resume.", "ORG", "Pakistan Railways"},
		{"Blackwood Rovers came from behind to beat Eastport City, two points behind leaders Northgate United.", "ORG", "Northgate United"},
		{"In a statement on Telegram, RSF adviser Al-Basha Tibiq denied targeting civilians.", "PERSON", "Al-Basha Tibiq"},
		{"Protesters sat down on the Liberty Bridge over the Danube, blocking traffic.", "LOC", "Danube"},
		// a place or people before a possessive word that begins an organisation's name
		{"Rival factions of the Tigray People's Liberation Front vied for control.", "ORG", "Tigray People's Liberation Front"},
		{"Turkish drones struck Kurdistan Workers' Party positions.", "ORG", "Kurdistan Workers' Party"},
		{"Investigators seized phones, the Attorney General's Office said in a post on X.", "ORG", "Attorney General's Office"},
	}
	for _, c := range cases {
		checkTagged(t, tg, c.text, c.label, c.want)
	}
	// kept as they are: a possessive that begins an organisation's name, the feature nouns the
	// gold sets leave out, an office before "department"
	keep := []struct{ text, label, want string }{
		{"The People's Liberation Army said it had fired missiles.", "ORG", "People's Liberation Army"},
		{"Fighting spread into the Cal Miskaad mountains overnight.", "LOC", "Cal Miskaad"},
		{"The Justice department said it would appeal.", "GPE", ""},
		{"Fighting spread across Limpopo province, police said.", "GPE", "Limpopo"},
		{"The United Nations and the United States said.", "GPE", "United States"},
		{"The White House said it would veto the bill.", "FAC", "White House"},
	}
	for _, c := range keep {
		for _, e := range tg.Tag(c.text, nil) {
			if c.want == "" && e.Label == c.label {
				t.Errorf("%q: unexpected %s %q", c.text, e.Label, e.Text)
			}
		}
		if c.want != "" {
			checkTagged(t, tg, c.text, c.label, c.want)
		}
	}
}
