package events_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRecall5Lexicon: acts whose verb the lexicon lacked (session 4, events5; dev7 hanged,
// dev8 sank ships; dev9 hijacked a train). Sentences written for this
// test, run through the whole pipeline.
func TestRecall5Lexicon(t *testing.T) {
	wantSome(t, []ruleCase{
		{"hanged: an execution",
			"Executions\n\nAuthorities hanged two men over last year's riots on Tuesday in a prison in Isfahan, the judiciary said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"hijacked a bus",
			"Hijacking\n\nGunmen hijacked a passenger bus near Quetta on Monday and held the passengers for several hours, police said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Quetta") }},
		{"sank a ship",
			"Red Sea\n\nThe rebels sank a Liberian-flagged cargo ship off the coast of Hodeidah on Sunday, the maritime agency said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
	})
	wantNone(t, []ruleCase{
		{"a sinking market is no attack",
			"Markets\n\nShares in the shipping company sank 12 percent on Monday after it cut its forecast, traders said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"a ship that sank in a storm with no attacker",
			"Storm\n\nA fishing boat sank in heavy seas off the coast of Chittagong on Monday, the coastguard said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"hung: a picture, no execution",
			"Exhibition\n\nPortraits of the late president hung in the hall of the museum in Tehran on Tuesday, the curator said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"a hijacked account is no attack",
			"Cyber\n\nThe ministry said hackers hijacked its social media account on Monday and posted false reports.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && e.ACLED.SubEventType != "" }},
	})
}

// TestRecall5Unnamed: acts with no named perpetrator that the non-political filter dropped
// (session 4, events5; dev7 "were hanged … in Ghezel Hesar prison in Karaj", dev8 "about 100
// people were killed in simultaneous attacks on …"). Sentences written for this test.
func TestRecall5Unnamed(t *testing.T) {
	wantSome(t, []ruleCase{
		{"a passive execution is the state's",
			"Executions\n\nTwo men were executed on Tuesday in a prison in Isfahan, Iran, the judiciary said.",
			"2026-05-06",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && srcCountry(e, "IR") && placeIs(e, "Isfahan")
			}},
		{"a facility placed only roughly gives way to the town after it",
			"Executions\n\nThree prisoners were hanged at dawn on Sunday in Vakilabad prison in Mashhad, Iran, rights groups said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Mashhad") }},
		{"a prison the gazetteer knows as a site gives way to the town after it (session 14)",
			"Executions\n\nTwo men were hanged at dawn on Tuesday in Ghezel Hesar prison in Karaj, rights groups said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Karaj") }},
		{"an uprising in which a mass toll was killed",
			"Unrest\n\nThe rally recalled the uprising of March 2024, in which more than 40 people were killed in the capital, Dhaka.",
			"2026-05-06",
			func(e model.Event) bool { return killed(e, 40) && e.Date.Value == "2024-03" }},
		{"communal clashes with no armed group named",
			"Communal violence\n\nClashes between the two communities that broke out on June 2, 2024 have left more than 120 people dead in Plateau State, Nigeria.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 120) }},
		{"a mass toll of attacks with no attacker named",
			"Villages\n\nIn March 2024, about 60 people were killed in coordinated attacks on two villages near Bankass, Mali, officials said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 60) }},
	})
	wantNone(t, []ruleCase{
		{"a plan executed is no execution",
			"Plan\n\nThe plan was executed on Tuesday in Lagos, the company said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"a small toll of a brawl stays out",
			"Brawl\n\nTwo men were killed in a fight outside a bar in Leeds on Saturday, police said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"a long insurgency's toll is no event",
			"Background\n\nThe insurgency began in the north in 2009 and has spread to neighbouring countries, killing more than 40,000 people.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"a stampede toll is no attack",
			"Stadium\n\nTwelve people were killed in a stampede at a stadium in Yaounde on Sunday.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
	})
}
