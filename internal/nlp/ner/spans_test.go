package ner_test

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// TestSpanRepairs checks the span repairs of spans.go on sentences written for the test.
func TestSpanRepairs(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		text string
		want []want   // must be tagged exactly so
		not  []string // texts that must not be an entity
		none []string // words that no entity may contain
	}{
		// numbered roads: before a road noun (with a hyphen too) or after "on the"
		{"Gunmen attacked a bus on the N-25 highway near Kalat.", []want{{"N-25", "FAC"}}, nil, nil},
		{"The team spotted the vehicle about an hour later on the N1 near Makhado Road.", []want{{"N1", "FAC"}}, nil, nil},
		// a ministry's portfolio list goes on through "and"
		{"Nine protesters were killed, according to the Ministry of Health and Population.",
			[]want{{"Ministry of Health and Population", "ORG"}}, []string{"Ministry of Health"}, nil},
		{"The Ministry of Disaster Management and Relief said 14 people died.",
			[]want{{"Ministry of Disaster Management and Relief", "ORG"}}, nil, nil},
		{"The Ministry of Health and UNICEF sent teams to Gaza.",
			[]want{{"Ministry of Health", "ORG"}, {"UNICEF", "ORG"}}, nil, nil},
		// numbers in unit and road names
		{"Gunmen from the 312 Infantry Brigade stormed the checkpoint on Friday.",
			[]want{{"312 Infantry Brigade", "ORG"}}, []string{"Brigade", "Infantry Brigade"}, nil},
		{"Paratroopers of the 101st Airborne Division landed near the border.",
			[]want{{"101st Airborne Division", "ORG"}}, []string{"Airborne Division"}, nil},
		{"Brigade 55 fighters entered the village at dawn.",
			[]want{{"Brigade 55", "ORG"}}, []string{"Brigade"}, nil},
		{"Traffic on Route 9 was halted after the blast.",
			[]want{{"Route 9", "FAC"}}, []string{"Route"}, nil},
		{"The M23 rebels advanced towards the town.", []want{{"M23", "ORG"}}, nil, nil},
		// a plain count is no unit name
		{"Rebels killed 12 Special Forces soldiers near the river on the main road.", nil,
			[]string{"12 Special Forces"}, nil},
		// hyphenated modifiers: the name part only
		{"Observers called it a NATO-backed offensive.", []want{{"NATO", "ORG"}}, []string{"NATO-backed"}, nil},
		{"Protesters attacked the offices of Iran-backed groups.", []want{{"Iran", "GPE"}}, nil, nil},
		{"The Saudi-led coalition struck the port again.", []want{{"Saudi", "NORP"}}, nil, nil},
		{"A UN-brokered ceasefire took effect at midnight.", []want{{"UN", "ORG"}}, nil, nil},
		{"The Hamas-run interior ministry gave no figures.", []want{{"Hamas", "ORG"}}, nil, nil},
		{"Critics said the Kremlin-allied parties had won.", []want{{"Kremlin", "ORG"}}, nil, nil},
		{"A group of al Qaeda-linked fighters crossed the border.", []want{{"al Qaeda", "ORG"}}, nil, nil},
		{"Most Damascus-based diplomats left.", []want{{"Damascus", "GPE"}}, nil, nil},
		// common words before a modifier are no names
		{"State-run television showed the parade.", nil, []string{"State"}, nil},
		{"Government-controlled areas were calm.", nil, []string{"Government"}, nil},
		// possessive and apostrophe names
		{"Crowds filled Victory Square and then Heroes' Square in the evening.",
			[]want{{"Heroes' Square", "FAC"}}, []string{"Square"}, nil},
		{"The Lord's Resistance Army raided the camp.", []want{{"Lord's Resistance Army", "ORG"}}, nil, nil},
		{"Iran's Revolutionary Guards said they had seized the tanker.",
			[]want{{"Iran", "GPE"}}, []string{"Iran's Revolutionary Guards"}, nil},
		{"Later, Doctors Without Borders said its hospital was hit.",
			[]want{{"Doctors Without Borders", "ORG"}}, []string{"Borders"}, nil},
		// connectors inside official names
		{"The UN Assistance Mission in Somalia called for restraint.",
			[]want{{"UN Assistance Mission in Somalia", "ORG"}}, nil, nil},
		{"The Ministry of Agriculture banned the exports.", []want{{"Ministry of Agriculture", "ORG"}}, nil, nil},
		{"The Committee to Protect Journalists condemned the arrest.",
			[]want{{"Committee to Protect Journalists", "ORG"}}, nil, nil},
		{"The Central Bank of Kenya cut its main rate.", []want{{"Central Bank of Kenya", "ORG"}}, nil, nil},
		{"The Freedom and Justice Party called a strike across the whole country on Monday.",
			[]want{{"Freedom and Justice Party", "ORG"}}, nil, nil},
		// session 15: a place cut from the front of an organisation's name
		{"The Kivu Victims Support Network, a volunteer group, said 12 people were killed.",
			[]want{{"Kivu Victims Support Network", "ORG"}}, []string{"Kivu"}, nil},
		{"The Cabo Delgado Displaced Persons Network said families were sleeping outdoors.",
			[]want{{"Cabo Delgado Displaced Persons Network", "ORG"}}, []string{"Cabo Delgado"}, nil},
		{"Leaders of the Peace and Development Party met in the capital on Sunday to discuss it.",
			[]want{{"Peace and Development Party", "ORG"}}, nil, nil},
		{"Officials said Hamas and Islamic Jihad Movement fighters were there.",
			[]want{{"Hamas", "ORG"}, {"Islamic Jihad Movement", "ORG"}}, nil, nil},
		{"Hezbollah in Lebanon said it had fired at the post.",
			[]want{{"Hezbollah", "ORG"}, {"Lebanon", "GPE"}}, []string{"Hezbollah in Lebanon"}, nil},
		{"A spokesman for the Health Ministry in Gaza said 12 people were killed.",
			[]want{{"Health Ministry", "ORG"}, {"Gaza", "GPE"}}, nil, nil},
		{"The army sent the 4th Brigade to Mosul.", []want{{"Mosul", "GPE"}}, []string{"4th Brigade to Mosul"}, nil},
		// never across a sentence
		{"Officials at the Interior Ministry resigned. Of Gaza nothing was said.", nil, nil, []string{"Ministry. Of"}},
		// lone head words without their name are dropped
		{"Witnesses said the Brigade had left.", nil, []string{"Brigade"}, nil},
	}
	for _, c := range cases {
		es := tg.Tag(c.text, nil)
		checkEntities(t, c.text, es)
		got := map[string]string{}
		for _, e := range es {
			got[e.Text] = e.Label
			for _, w := range c.none {
				if strings.Contains(e.Text, w) {
					t.Errorf("%q: entity %q contains %q", c.text, e.Text, w)
				}
			}
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
}

// TestModifierOffsets checks that the name part of a modifier has its own byte offsets, also
// after multi-byte text and in a document of several sentences.
func TestModifierOffsets(t *testing.T) {
	tg := tagger(t)
	text := "Überraschung in Aden. The Houthi-held port and the UN‑brokered deal (Iran-backed) held."
	sents := []model.Sentence{{Start: 0, End: 21}, {Start: 22, End: len(text)}}
	es := tg.Tag(text, sents)
	checkEntities(t, text, es)
	want := map[string]string{"Houthi": "ORG", "UN": "ORG", "Iran": "GPE"}
	for _, e := range es {
		if l, ok := want[e.Text]; ok && l == e.Label && text[e.Start:e.End] == e.Text {
			delete(want, e.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing %v in %v", want, es)
	}
	// the rules can be switched off (PostRules bit 8)
	old := ner.PostRules
	ner.PostRules = old &^ (8 | 16 | 32 | 64)
	defer func() { ner.PostRules = old }()
	for _, e := range tg.Tag(text, sents) {
		if e.Text == "UN" {
			t.Errorf("span repairs off, still %v", e)
		}
	}
}

func TestBylines(t *testing.T) {
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want []string // PERSON texts that must be found
		not  []string // PERSON texts that must not be found
	}{
		{"Protesters marched in Nairobi.\nBy Mercy Wanjiru\nNAIROBI, Kenya — Police fired tear gas.", []string{"Mercy Wanjiru"}, nil},
		{"Bomb kills two.\nWRITER: Nattapong Somsri\nTwo rangers died.", []string{"Nattapong Somsri"}, nil},
		{"By NJI COLLINS TANGWA\nBAMENDA, Cameroon (AP) — Gunmen attacked.", []string{"NJI COLLINS TANGWA"}, nil},
		{"The army said it killed 12.\n(Reporting by Selam Tesfaye; Additional reporting by Daniel Mwangi in Nairobi; Editing by Peter Graff and Alex Richardson)",
			[]string{"Selam Tesfaye", "Daniel Mwangi", "Peter Graff", "Alex Richardson"}, nil},
		{"By Tuesday, the army had retaken the town.", nil, []string{"Tuesday"}},
		{"By Road And Rail is a song.", nil, nil},
		{"The town was taken by Islamic State fighters.", nil, []string{"Islamic State"}},
	}
	for _, c := range cases {
		got := map[string]bool{}
		for _, e := range tg.Tag(c.text, nil) {
			if e.Label == model.PERSON {
				got[e.Text] = true
			}
			if e.Start < 0 || e.End > len(c.text) || c.text[e.Start:e.End] != e.Text {
				t.Errorf("%q: bad offsets %+v", c.text, e)
			}
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: PERSON %q not found; got %v", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: %q tagged PERSON", c.text, w)
			}
		}
	}
}
