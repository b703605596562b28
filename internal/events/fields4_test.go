package events_test

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func kidnapped(e model.Event, n int) bool {
	return e.Counts.Kidnapped != nil && *e.Counts.Kidnapped == n
}

func countryIs(e model.Event, cc string) bool { return e.Location != nil && e.Location.Country == cc }

// TestFieldsCounts: tolls on unseen text (session 4, field accuracy). Sentences written for
// the test, run through the whole pipeline.
func TestFieldsCounts(t *testing.T) {
	wantSome(t, []ruleCase{
		{"a road toll is no death toll: the seized are counted",
			"Hostages\n\nGunmen seized six police officers who had been guarding a toll booth near Gao on Monday.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && kidnapped(e, 6) }},
		{"'the soldiers' of an abduction are the soldiers counted before",
			"Release\n\nRebels released six soldiers on Wednesday, four days after they captured them near Gao, officials said.\n\nRebels seized the soldiers on Saturday while they were patrolling near an oil pipeline outside Gao, according to the army.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && kidnapped(e, 6) }},
		{"the toll verb is read from the counted noun, past its of-phrase",
			"Abduction\n\nThree Malian employees of an international medical charity were abducted on Saturday by armed men near Gao.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && kidnapped(e, 3) }},
		{"treated for gunshot wounds are wounded",
			"Protest\n\nPolice fired live rounds at protesters in Kayes on Tuesday. At least 31 people were treated in hospitals for gunshot wounds, doctors said.",
			"2026-05-06",
			func(e model.Event) bool { return injured(e, 31) }},
		{"beheaded victims are killed",
			"Attack\n\nInsurgents beheaded five civilians in a village near Gao on Sunday, local sources said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 5) }},
		{"a present perfect toll set in one raid is that raid's",
			"Raid\n\nArmed bandits have killed nine people and abducted at least 46 others in a night raid on three villages near Gao.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 9) }},
		{"firing live rounds at a crowd is an act",
			"Protest\n\nSoldiers fired live ammunition at protesters in Gao on Monday.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Gao") }},
	})
	wantSome(t, []ruleCase{
		{"a toll compared with another is the act's own toll",
			"Massacre\n\nSuspected jihadists killed at least 34 civilians in an attack on a village near Gao, local sources told AFP on Monday, a toll far higher than the army's.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 34) }},
	})
	wantNone(t, []ruleCase{
		{"soldiers counted twice differently give no count to 'the soldiers'",
			"Release\n\nRebels released six soldiers on Wednesday and four soldiers on Thursday, officials said.\n\nRebels had seized the soldiers on Saturday outside Gao, according to the army.",
			"2026-05-06",
			func(e model.Event) bool {
				return e.Counts.Kidnapped != nil && (*e.Counts.Kidnapped == 6 || *e.Counts.Kidnapped == 4) && e.Type == "ASSAULT"
			}},
		{"a war's present perfect toll is a running total",
			"War\n\nThe war has killed more than 15,000 people in Mali, according to a monitor.",
			"2026-05-06",
			func(e model.Event) bool {
				return e.Counts.Killed != nil && *e.Counts.Killed == 15000 && e.Date.Value == "2026-05-06"
			}},
		{"a death toll still is one",
			"Toll\n\nThe death toll from the attack on Gao has risen to 40 since Monday, officials said.",
			"2026-05-06",
			func(e model.Event) bool {
				return e.Counts.Killed != nil && *e.Counts.Killed == 40 && e.Date.Value == "2026-05-06"
			}},
	})
}

// TestFieldsPlaces: where an act happened on unseen text (session 4, field accuracy).
func TestFieldsPlaces(t *testing.T) {
	wantSome(t, []ruleCase{
		{"a ranged act lands where it is aimed, not at a place told before it",
			"Strikes\n\nMalian jets struck a rebel base near Kidal on Sunday, hours after the rebels fired rockets towards central Niger, the army said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && countryIs(e, "NE") }},
		{"an aim given as an 'in' phrase after the object",
			"Strikes\n\nIn May the two armies fought after Mali hit what it called rebel camps in Niger.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && countryIs(e, "NE") }},
		{"a lede at a natural feature takes the village the next sentence names",
			"Clashes\n\nSoldiers fought rebels for two days in the hills above Lake Victoria in Uganda, officials said on Wednesday.\n\nThe fighting broke out early on Tuesday when rebels attacked an army position near Nyakabale, a village in Buikwe district, residents said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Nyakabale") }},
		{"a lede in a province the text calls one takes the town the next sentence names",
			"Ambush\n\nGunmen opened fire on a convoy of police officers in the northern state of Sonora, killing six officers, authorities said Wednesday.\n\nThe officers were returning from a patrol outside the town of Caborca late Tuesday when they were ambushed by attackers, prosecutors said.",
			"2026-09-02",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Caborca") && killed(e, 6) }},
		{"'the village' is the place the text called a village",
			"Village retaken\n\nSoldiers retook a village in the Aïr mountains from jihadists on Tuesday, the army said.\n\nTroops entered Tchintabaraden, a small farming village north of Tahoua, on Tuesday after the jihadists withdrew, the governor told reporters in Niamey.\n\nHe said 14 militants were killed in the fighting for the village.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Tabara") }},
	})
	wantSome(t, []ruleCase{
		{"a quarter of a city is the city",
			"Strike\n\nOn Monday, a drone fired on a group of men near the Hippodrome neighbourhood east of Bamako, killing two of them, officials said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Bamako") }},
		{"a quarter of 'the city' is the city named before",
			"Arrest\n\nThousands protested in Bamako on Monday.\n\nOn Tuesday, police arrested Moussa Traore, an opposition leader, at his home in the Badalabougou district of the city.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "COERCE" && placeIs(e, "Bamako") }},
		{"a subdivision of a district is the district",
			"Bomb\n\nFive policemen were killed on Monday when a bomb exploded as their vehicle passed in the Mamund tehsil of Bajaur district in northwestern Pakistan, officials said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Bajaur") }},
	})
	wantNone(t, []ruleCase{
		{"a district of a province stays the district",
			"Attack\n\nInsurgents attacked the Macomia district of Cabo Delgado province on Sunday, killing five people.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Cabo Delgado") }},
		{"a ranged act with no aim keeps its own place",
			"Shelling\n\nRebels based in Niger fired rockets at an army post in Gao on Monday.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && countryIs(e, "NE") }},
		{"a lede at a town keeps it",
			"Attack\n\nRebels attacked an army post in Gao on Tuesday.\n\nThe rebels also attacked a checkpoint near Mopti, the army said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Mopti") && e.Counts.Killed != nil }},
	})
}

// TestFieldsDates: the day of an act on unseen text (session 4, field accuracy).
func TestFieldsDates(t *testing.T) {
	wantSome(t, []ruleCase{
		{"a lede dated only by its report takes the earlier day the next sentence tells",
			"Massacre\n\nSuspected jihadists killed at least 34 civilians in an attack on a village in western Mali, local sources told AFP on Monday.\n\nThe gunmen stormed Dioura, a farming village north of Segou, on Saturday afternoon, setting fire to granaries, an official said.",
			"2026-05-05",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 34) && e.Date.Value == "2026-05-02" }},
	})
	wantSome(t, []ruleCase{
		{"a fronted statement's day is the report's, the acts keep the day told before",
			"Protests\n\nNine people were shot dead on Tuesday as police clashed with protesters in Bamako, a rights group said.\n\nIn a statement on Wednesday morning, the group said four of the deaths occurred in Kati, where officers fired live bullets at protesters.",
			"2026-05-07",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && placeIs(e, "Kati") && e.Date.Value == "2026-05-05"
			}},
	})
	wantNone(t, []ruleCase{
		{"a lede dated by its own words keeps its day",
			"Attack\n\nSuspected jihadists killed 34 civilians in an attack on a village in western Mali on Sunday, local sources told AFP.\n\nThe gunmen had stormed another village north of Segou on Saturday, an official said.",
			"2026-05-05",
			func(e model.Event) bool { return killed(e, 34) && e.Date.Value != "2026-05-03" }},
	})
}

// TestFieldsSources: who did it, on unseen text (session 4, field accuracy).
func TestFieldsSources(t *testing.T) {
	wantSome(t, []ruleCase{
		{"unnamed forces of a story are its country's",
			"Deployment\n\nClashes broke out in Sikasso, Mali on Monday. Mali's defence ministry said on Tuesday that army units had deployed to Sikasso and Koutiala in Mali to restore order.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "MOBILIZE" && srcCountry(e, "ML") }},
		{"an office-holder of a story is its country's",
			"Talks\n\nThousands marched in Bamako and Kayes in Mali on Monday. Union president Moussa Diarra told the crowd in Bamako the strike would go on. The government offered talks in Mali on Tuesday, an offer Diarra rejected.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "REJECT" && srcCountry(e, "ML") }},
	})
	wantSome(t, []ruleCase{
		{"a crowd the actor stage left unnamed is the source; the town's county is not",
			"Riot\n\nIn Kati, Koulikoro Region, a crowd set ablaze the police station and several vehicles on Tuesday afternoon after reports that a rider had been killed by police.",
			"2026-05-06",
			func(e model.Event) bool {
				return e.Type == "PROTEST" && actorText(e.Sources, "crowd") && !actorText(e.Sources, "Koulikoro")
			}},
		{"a scene opened by 'In <town>,' is its own event, even near the last town",
			"Protests\n\nPolice fired tear gas at protesters in Bamako on Tuesday, a rights group said.\n\nIn Kati, an angry crowd set ablaze a police station on Tuesday.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "PROTEST" && placeIs(e, "Kati") }},
	})
	wantSome(t, []ruleCase{
		{"a counted object of people is the target",
			"Arrests\n\nOn Tuesday, soldiers and police launched a combing operation in villages near Gao and arrested four persons, including a man suspected of guiding the militants.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "COERCE" && actorText(e.Targets, "persons") }},
		{"a counted object with a modifier and an of-phrase",
			"Arrests\n\nEarly Wednesday, soldiers arrested five suspected members of the gang in a raid on a house in Gao, the minister said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "COERCE" && actorText(e.Targets, "members") }},
	})
	wantNone(t, []ruleCase{
		{"'others' are victims, never the source",
			"Raid\n\nArmed bandits have killed nine people and abducted at least 46 others, mostly women and children, in a night raid on three villages near Gao.",
			"2026-05-06",
			func(e model.Event) bool { return actorText(e.Sources, "others") }},
		{"a foreign force named as such keeps its country",
			"Strike\n\nFrench troops attacked a rebel camp near Gao in Mali on Monday, killing ten fighters, the army said in Bamako, Mali.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && srcCountry(e, "ML") && !srcCountry(e, "FR") }},
	})
}

func srcCountry(e model.Event, cc string) bool {
	for _, a := range e.Sources {
		if a.Country == cc {
			return true
		}
	}
	return false
}

func actorText(as []model.Actor, sub string) bool {
	for _, a := range as {
		if strings.Contains(a.Text, sub) {
			return true
		}
	}
	return false
}
