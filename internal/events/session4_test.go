package events_test

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func killed(e model.Event, n int) bool  { return e.Counts.Killed != nil && *e.Counts.Killed == n }
func injured(e model.Event, n int) bool { return e.Counts.Injured != nil && *e.Counts.Injured == n }
func placeIs(e model.Event, s string) bool {
	return e.Location != nil && strings.Contains(e.Location.Name, s)
}

// TestSession4Counts: tolls of news English (session 4). Sentences written for this test, run
// through the whole pipeline.
func TestSession4Counts(t *testing.T) {
	wantSome(t, []ruleCase{
		{"a list of counted victims is their sum",
			"Ambush\n\nSuspected jihadists ambushed an army convoy near the town of Niono on Tuesday, killing two soldiers and a driver, the army said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 3) }},
		{"a list of three phrases with a number inside",
			"Attack\n\nGunmen attacked a market in Gao on Monday, killing at least four traders, a teacher and two children.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 7) }},
		{"one indefinite victim of a passive kill is one",
			"Checkpoint attack\n\nA policeman was killed and three others were wounded when gunmen attacked a checkpoint in Segou on Monday, police said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 1) && injured(e, 3) }},
		{"a toll after a semicolon completes the act before it",
			"Protest\n\nPolice fired tear gas at protesters in Kayes on Tuesday; at least 12 people were wounded, according to a local hospital.",
			"2026-05-06",
			func(e model.Event) bool { return injured(e, 12) && placeIs(e, "Kayes") }},
	})
	wantNone(t, []ruleCase{
		{"a list cut by a new clause: the civilian was wounded, not killed",
			"Attack\n\nGunmen killed three soldiers and a civilian was wounded in Gao on Monday.",
			"2026-05-06",
			func(e model.Event) bool { return e.Counts.Killed != nil && *e.Counts.Killed != 3 }},
		{"a definite victim is no count of one",
			"Attack\n\nThe policeman was killed when gunmen attacked a checkpoint in Segou on Monday.",
			"2026-05-06",
			func(e model.Event) bool { return e.Counts.Killed != nil && *e.Counts.Killed != 1 }},
		{"a toll sentence completes only the latest attack told",
			"Attacks\n\nPolice fired tear gas at protesters in Kayes on Tuesday.\n\nRebels stormed a military post in Gao on Tuesday night. Two soldiers were killed.",
			"2026-05-06",
			func(e model.Event) bool { return placeIs(e, "Kayes") && e.Counts.Killed != nil }},
	})
}

// TestSession4Episodes: places of an episode told over several sentences, and merging.
func TestSession4Episodes(t *testing.T) {
	wantSome(t, []ruleCase{
		{"a lede at the dateline takes the town of the next sentence, and the two mentions merge",
			"Convoy attacked\n\nBAMAKO, May 6 (Reuters) - Rebels ambushed a convoy of trucks carrying fuel on Tuesday, killing four soldiers, the army said.\n\nThe attackers opened fire on the trucks near Niono and set three of them ablaze. Two other people were wounded.",
			"2026-05-06",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && placeIs(e, "Niono") && killed(e, 4)
			}},
		{"an act with only the country takes the town of the sentence before in its paragraph",
			"Clashes\n\nSoldiers fought rebels in Kidal on Monday. Rebels also attacked an army post on Monday, the army said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Kidal") }},
	})
	for _, town := range []string{"Mopti", "Kayes"} {
		wantSome(t, []ruleCase{{"two towns far apart are two events: " + town,
			"Protests\n\nIn Mopti, police fired tear gas at marchers on Monday. In Kayes, police fired tear gas at a sit-in on Monday.",
			"2026-05-06",
			func(e model.Event) bool { return placeIs(e, town) }}})
	}
	for _, town := range []string{"Gao", "Mopti"} {
		wantSome(t, []ruleCase{{"a named place beats the dateline and the sentence after: " + town,
			"Attack\n\nBAMAKO, May 6 (Reuters) - Rebels attacked an army post in Gao on Tuesday.\n\nThe rebels also attacked a checkpoint near Mopti, the army said.",
			"2026-05-06",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, town) }}})
	}
}

// TestSession4Recall: per-place events, crowds, aid pledges, tolls told with "died", clashes
// told as "engaged", and crashes that are no attacks. Sentences written for this test.
func TestSession4Recall(t *testing.T) {
	for _, want := range []struct {
		town string
		n    int
	}{{"Maputo", 4}, {"Nampula", 2}} {
		wantSome(t, []ruleCase{{"a count for each place gives one event per place: " + want.town,
			"Shooting\n\nPolice shot dead four people in Maputo and two in Nampula on Tuesday.",
			"2026-11-11",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, want.town) && killed(e, want.n) }}})
	}
	for _, town := range []string{"Maputo", "Nampula"} {
		wantSome(t, []ruleCase{{"a protest in a list of towns is one event per town: " + town,
			"Protests\n\nThousands of people protested in Maputo and Nampula on Tuesday against the election results.",
			"2026-11-11",
			func(e model.Event) bool { return e.Type == "PROTEST" && placeIs(e, town) }}})
	}
	wantSome(t, []ruleCase{
		{"a crowd number is the protest's source",
			"Protest\n\nThousands took to the streets of Maputo on Tuesday to protest against the election results.",
			"2026-11-11",
			func(e model.Event) bool { return e.Type == "PROTEST" && hasActor(e.Sources, "Thousands") }},
		{"a protest with no organiser is made by protesters",
			"Protest\n\nProtests against the election results spread to Nampula on Tuesday.",
			"2026-11-11",
			func(e model.Event) bool { return e.Type == "PROTEST" && hasActor(e.Sources, "Protesters") }},
		{"pledged military aid is AID, military",
			"Aid\n\nGermany pledged military aid worth 500 million euros to Ukraine on Tuesday.",
			"2026-06-23",
			func(e model.Event) bool {
				return e.Type == "AID" && e.Mode == "military" && hasActor(e.Sources, "Germany")
			}},
		{"promised to send weapons is AID",
			"Aid\n\nThe United States promised to send more weapons to Kyiv, officials said on Tuesday.",
			"2026-06-23",
			func(e model.Event) bool { return e.Type == "AID" && e.Mode == "military" }},
		{"died and two more died: the toll of the attack before",
			"Attack\n\nGunmen opened fire on a bus near Qazigund on Monday. Seven pilgrims died on the spot and two more died later in hospital in Anantnag.",
			"2026-06-23",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 9) && placeIs(e, "Qazigund") }},
		{"sending a battalion is a mobilisation",
			"Deployment\n\nThe army said on Thursday it had sent an additional battalion to Uvira territory.",
			"2026-07-24",
			func(e model.Event) bool { return e.Type == "MOBILIZE" }},
		{"security forces engaging militants is a clash",
			"Gunfight\n\nSecurity forces engaged a group of militants in the forests of Kokernag on Tuesday.",
			"2026-07-08",
			func(e model.Event) bool { return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Armed clash" }},
		{"three employees abducted are three kidnapped",
			"Kidnapping\n\nThree employees of an aid group were abducted by armed men near Bria on Saturday.",
			"2026-06-23",
			func(e model.Event) bool { return e.Counts.Kidnapped != nil && *e.Counts.Kidnapped == 3 }},
	})
	wantSome(t, []ruleCase{
		{"civilians fleeing are displaced",
			"Displacement\n\nMore than 3,000 people fled the town after the shelling on Monday.",
			"2026-06-23",
			func(e model.Event) bool { return e.Type == "SANCTION" }},
	})
	wantNone(t, []ruleCase{
		{"attackers fleeing are no displacement",
			"Attack\n\nGunmen attacked a police post in Yala on Monday. The officers returned fire and the attackers fled into the forest.",
			"2026-06-23",
			func(e model.Event) bool { return e.Type == "SANCTION" }},
		{"robbers fleeing with cash are no displacement",
			"Robbery\n\nArmed men robbed a bank in Polokwane on Tuesday. They fled with the cash in a white car, and two others fled on foot.",
			"2026-06-24",
			func(e model.Event) bool { return e.Type == "SANCTION" }},
		{"a square named for martyrs is no toll",
			"Rally\n\nOn Tuesday afternoon, dozens of residents gathered in Martyrs' Square in central Tripoli, holding banners against the fighting.",
			"2026-10-21",
			func(e model.Event) bool { return e.Counts.Killed != nil }},
		{"dying alone is no event",
			"Obituary\n\nThe former president died in Paris on Monday at the age of 84.",
			"2026-06-23",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"a bus hitting a wall is no attack",
			"Crash\n\nThe bus hit a roadside wall near Qazigund on Monday, police said.",
			"2026-06-23",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"a promise to resign is no aid",
			"Politics\n\nThe minister promised to resign if the deal failed.",
			"2026-06-23",
			func(e model.Event) bool { return e.Type == "AID" }},
		{"one total over two towns is not split",
			"Shooting\n\nPolice shot dead six people in Maputo and Nampula on Tuesday.",
			"2026-11-11",
			func(e model.Event) bool { return placeIs(e, "Nampula") && e.Counts.Killed != nil }},
	})
}

// TestSession4PlacesDatesTargets: the most specific place, objects after an adjective of
// relation, "overnight" after an evening, "Thursday last week". Sentences written for this test.
func TestSession4PlacesDatesTargets(t *testing.T) {
	wantSome(t, []ruleCase{
		{"an island described as near a town is the place",
			"Attack\n\nFighters attacked an army position on Kaiga Kindjiria, an island near the town of Baga Sola, on Monday.",
			"2026-06-23",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Kaiga Kindjiria") }},
		{"a village described as near a town is the place",
			"Attack\n\nGunmen stormed Dapchi, a town near Damaturu in Yobe state, on Monday.",
			"2026-06-23",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Dapchi") }},
		{"accused neighbouring X: X is the target",
			"Accusation\n\nBurundi on Tuesday accused neighbouring Rwanda of arming the rebels.",
			"2026-07-23",
			func(e model.Event) bool { return e.Type == "ACCUSE" && hasActor(e.Targets, "Rwanda") }},
		{"overnight after an evening told in the sentence before is that night",
			"Curfew\n\nThe army chief said in a televised address on Tuesday evening that a curfew would be in force. Soldiers were deployed at major intersections overnight.",
			"2026-11-11",
			func(e model.Event) bool { return e.Type == "MOBILIZE" && e.Date.Value == "2026-11-10" }},
		{"Monday last week is the Monday of the week before",
			"Arrests\n\nPolice arrested ten protesters on Monday last week in Kathmandu.",
			"2026-11-11",
			func(e model.Event) bool { return e.Type == "COERCE" && e.Date.Value == "2026-11-02" }},
		{"a woman and her two sons are three",
			"Shelling\n\nA shell struck a house in Poonch on Thursday, killing a woman and her two sons.",
			"2026-05-21",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 3) }},
	})
	wantNone(t, []ruleCase{
		{"overnight alone is the night before publication",
			"Strikes\n\nRussian drones struck Odesa overnight, officials said.",
			"2026-11-11",
			func(e model.Event) bool { return e.Type == "ASSAULT" && e.Date.Value != "2026-11-11" }},
		{"a distance from a town is no apposition host",
			"Attack\n\nGunmen killed five people in Kukawa, a village 30 km north of Maiduguri, on Monday.",
			"2026-06-23",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Maiduguri") }},
	})
}

// TestSession4Triggers: "came under fire" (the subject is the target), "lost X to Y" (Y took
// the town), and the lede placed at a village far from the dateline. Sentences written for
// this test.
func TestSession4Triggers(t *testing.T) {
	wantSome(t, []ruleCase{
		{"a patrol coming under fire is the target of an attack",
			"Attack\n\nThe patrol came under fire on Sunday near the village of Bezere, the mission said.",
			"2026-06-23",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && hasActor(e.Targets, "patrol") && len(e.Sources) == 0
			}},
		{"an army losing a town to rebels: the rebels took it",
			"Background\n\nThe army lost Bukavu to M23 rebels in February 2025.",
			"2026-08-14",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && hasActor(e.Sources, "M23") && hasActor(e.Targets, "army") && e.Date.Value == "2025-02" && e.Background
			}},
		{"a lede filed from the capital takes the far village the next sentence names",
			"Ambush\n\nBANGUI, June 23 (Xinhua) -- Rebels ambushed a UN patrol in the northwest of the country on Sunday, the mission said on Monday.\n\nThe patrol came under fire near the village of Bezere, about 25 km west of Bocaranga, as it escorted a convoy.",
			"2026-06-23",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && placeIs(e, "Bezere") && hasActor(e.Sources, "Rebels")
			}},
	})
	wantNone(t, []ruleCase{
		{"losing an election is no territory",
			"Politics\n\nThe ruling party lost the election to the opposition in 2024.",
			"2026-08-14",
			func(e model.Event) bool { return e.Type == "ASSAULT" }},
		{"losing soldiers to sniper fire is no territory",
			"Losses\n\nThe army lost two soldiers to sniper fire in Bukavu on Monday.",
			"2026-08-14",
			func(e model.Event) bool { return e.ACLED.SubEventType == "Non-state actor overtakes territory" }},
	})
}

// TestSession4Classes: killing while burning is an attack; one indefinite victim; a village
// north of a town. Sentences written for this test.
func TestSession4Classes(t *testing.T) {
	wantSome(t, []ruleCase{
		{"killing people and torching homes is an attack, not property destruction",
			"Attack\n\nGang members swept through a hillside community near Kenscoff before dawn Tuesday, killing at least 15 people and torching dozens of homes, officials said.",
			"2026-07-08",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Attack" && killed(e, 15)
			}},
		{"torching homes alone is property destruction",
			"Arson\n\nGunmen torched dozens of homes in Kenscoff on Tuesday.",
			"2026-07-08",
			func(e model.Event) bool { return e.ACLED.SubEventType == "Looting/property destruction" }},
		{"killed a man: one killed",
			"Drone\n\nIn Russia, a Ukrainian drone attack killed a man in the town of Shebekino on Monday evening.",
			"2026-10-27",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 1) }},
		{"one victim described in apposition before the passive verb",
			"Ship attack\n\nMissiles hit the ship on Monday. One sailor, a Filipino national, was killed and two others were injured.",
			"2026-08-20",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 1) && injured(e, 2) }},
		{"the speaker of a passive toll is not its source",
			"Ship attack\n\nMissiles hit the Liberian-flagged ship off Mokha on Monday. One sailor was killed and two others were injured, the ship's Greek manager said.",
			"2026-08-20",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 1) && !hasActor(e.Sources, "Greek") }},
		{"a participle after a temporal phrase naming another event tolls the sentence's own act",
			"Drone\n\nResidents said a drone strike hit a minibus near Bichena on Sunday, a day before the battle, killing 11 passengers.",
			"2026-03-17",
			func(e model.Event) bool {
				return e.Type == "ASSAULT" && e.ACLED.SubEventType == "Air/drone strike" && killed(e, 11)
			}},
		{"an agentless arrest after forces broke up a crowd was made by those forces",
			"Protest\n\nIn Maracaibo, guardsmen used tear gas to break up a sit-in on Monday. A rights group said 19 people were detained there.",
			"2026-09-22",
			func(e model.Event) bool {
				return e.Type == "COERCE" && hasActor(e.Sources, "guardsmen") && e.Counts.Arrested != nil && *e.Counts.Arrested == 19
			}},
		{"a bracketed acronym with a digit does not cut the clause",
			"Ambush\n\nA peacekeeper was killed and two others were wounded when rebels of the Return (3R) group ambushed a UN patrol on Sunday.",
			"2026-06-23",
			func(e model.Event) bool { return e.Type == "ASSAULT" && killed(e, 1) && injured(e, 2) }},
		{"a village north of a town is the place",
			"Attack\n\nThe gunmen stormed Tchoma Bangou, a farming village north of Ouallam in the Tillaberi region, on Saturday afternoon.",
			"2026-06-16",
			func(e model.Event) bool { return e.Type == "ASSAULT" && placeIs(e, "Tchoma Bangou") }},
	})
}
