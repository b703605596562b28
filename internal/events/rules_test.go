package events

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// ruleCases exercise the general rules for sentence structure, dates, places, counts and
// ACLED classes. The sentences are written for these tests.
func ruleCases() []evCase {
	rebels := model.Actor{Name: "Front Rebels", Actor: "front-rebels", Country: "CD", Kind: "REB"}
	commission := model.Actor{Name: "Rights Commission", Country: "GH", Kind: "NGO"}
	return []evCase{
		// roles
		{name: "coordinated verb shares the subject",
			ann: newAnn("The army condemned the raid and accused the rebels of targeting schools.", "2025-01-10").
				generic("The army", "CD", "MIL").generic("rebels", "", "REB").done(),
			wants: []want{{typ: "ACCUSE", src: "army", tgt: "rebels"}}},
		{name: "speaker is the subject of a coordinated appeal",
			ann: newAnn("The Rights Commission said dozens of people were hurt, and called for an inquiry.", "2025-01-10").
				actor("Rights Commission", commission, model.ORG).generic("people", "", "CVL").done(),
			wants: []want{{typ: "REQUEST", src: "Rights Commission"}}},
		{name: "participles share the main subject; abductions decide the sub-type",
			ann: newAnn("Bandits raided a village in Zamfara on Sunday, killing four people and abducting 20 others.", "2025-01-10").
				generic("Bandits", "NG", "UAF").place("Zamfara", "NG", "admin1").timex("Sunday", "2025-01-05", "day").
				qty("four people", 4, "killed", "people", false, false).qty("20 others", 20, "kidnapped", "others", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Abduction/forced disappearance", src: "Bandits", kidnapped: ip(20), date: "2025-01-05"}}},
		{name: "pronoun after a reporting verb is the speaker",
			ann: newAnn("Several villagers said they were beaten by soldiers.", "2025-01-10").
				generic("villagers", "ML", "CVL").coref("they", model.Actor{Name: "Rebels", Kind: "REB"}).generic("soldiers", "ML", "MIL").done(),
			wants: []want{{typ: "ASSAULT", src: "soldiers", tgt: "villagers"}}},
		{name: "main clause resumes after an appositive relative clause",
			ann: newAnn("The Front Rebels, which are backed by a neighbouring state, captured Kalemie, the largest town on the lake, in March.", "2025-07-10").
				actor("Front Rebels", rebels, model.ORG).actor("Kalemie", model.Actor{Name: "Kalemie"}, model.ORG).timex("March", "2025-03", "month").done(),
			wants: []want{{typ: "ASSAULT", sub: "Non-state actor overtakes territory", src: "Front Rebels", loc: "Kalemie", date: "2025-03", background: bp(true)}}},
		{name: "ultimatum",
			ann: newAnn("The government gave the rebels 48 hours to surrender their weapons.", "2025-01-10").
				generic("The government", "CD", "GOV").generic("rebels", "CD", "REB").done(),
			wants: []want{{typ: "THREATEN", src: "government", tgt: "rebels"}}},
		{name: "a vehicle hitting a mine is the victim",
			ann: newAnn("An army convoy struck a landmine near Boni on Monday, killing two soldiers.", "2025-03-18").
				generic("army convoy", "ML", "MIL").place("Boni", "ML", "city").timex("Monday", "2025-03-17", "day").
				qty("two soldiers", 2, "killed", "soldiers", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Remote explosive/landmine/IED", tgt: "convoy", killed: ip(2), loc: "Boni"}}},
		{name: "an armed force striking is no labour strike",
			ann: newAnn("The air force struck rebel positions near Goma on Tuesday.", "2025-03-18").
				generic("The air force", "CD", "MIL").place("Goma", "CD", "city").timex("Tuesday", "2025-03-18", "day").done(),
			wants: []want{{typ: "ASSAULT", src: "air force", loc: "Goma"}}, not: []string{"PROTEST"}},
		{name: "passive deployment: the forces are the source",
			ann: newAnn("Soldiers were deployed to the area on Monday, the army said.", "2025-03-18").
				generic("Soldiers", "CD", "MIL").timex("Monday", "2025-03-17", "day").done(),
			wants: []want{{typ: "MOBILIZE", src: "Soldiers", date: "2025-03-17"}}},
		{name: "announced pull-back is a concession",
			ann: newAnn("A rebel spokesman said the group would pull its fighters back from the border.", "2025-03-18").
				generic("rebel spokesman", "CD", "REB").generic("the group", "CD", "REB").done(),
			wants: []want{{typ: "CONCEDE"}}, not: []string{"RETREAT"}},
		{name: "state forces regain a town",
			ann: newAnn("Soldiers regained control of the town of Mueda on Saturday.", "2025-03-18").
				generic("Soldiers", "MZ", "MIL").place("Mueda", "MZ", "city").timex("Saturday", "2025-03-15", "day").done(),
			wants: []want{{typ: "ASSAULT", sub: "Government regains territory", loc: "Mueda"}}},
		{name: "crowd control with its purpose",
			ann: newAnn("Riot police used water cannon to disperse hundreds of protesters in Tbilisi on Monday.", "2025-03-18").
				generic("Riot police", "GE", "COP").generic("protesters", "GE", "OPP").place("Tbilisi", "GE", "city").timex("Monday", "2025-03-17", "day").done(),
			wants: []want{{typ: "ASSAULT", mode: "crowd-control", sub: "Protest with intervention", src: "police", tgt: "protesters", loc: "Tbilisi"}}},

		{name: "rubber bullets and tear gas are crowd control",
			ann: newAnn("Police fired tear gas and rubber bullets at students in Lome on Monday.", "2025-03-18").
				generic("Police", "TG", "COP").generic("students", "TG", "CVL").place("Lome", "TG", "city").timex("Monday", "2025-03-17", "day").done(),
			wants: []want{{typ: "ASSAULT", mode: "crowd-control", sub: "Protest with intervention"}}},
		{name: "a new subject after 'and' starts a new clause",
			ann: newAnn("At least 35 people were injured and police detained 14 protesters in Dhaka on Monday.", "2025-09-20").
				generic("people", "BD", "CVL").generic("police", "BD", "COP").generic("protesters", "BD", "OPP").place("Dhaka", "BD", "city").
				timex("Monday", "2025-09-15", "day").qty("At least 35 people", 35, "injured", "people", true, false).qty("14 protesters", 14, "arrested", "protesters", false, false).done(),
			wants: []want{{typ: "COERCE", src: "police", arrested: ip(14), injured: nil}}},
		{name: "subjects coordinated before a verb stay together",
			ann: newAnn("The foreign ministers of Turkey and Greece met in Athens on Tuesday.", "2025-09-20").
				place("Turkey", "TR", "country").place("Greece", "GR", "country").place("Athens", "GR", "city").timex("Tuesday", "2025-09-16", "day").done(),
			wants: []want{{typ: "CONSULT", src: "Turkey", loc: "Athens"}, {typ: "CONSULT", src: "Greece"}}},
		{name: "a protest needs no named organiser when its place is named",
			ann: newAnn("Smaller rallies were held in Chittagong and in Sylhet.", "2025-09-20").
				place("Chittagong", "BD", "city").place("Sylhet", "BD", "city").done(),
			wants: []want{{typ: "PROTEST", loc: "Chittagong"}, {typ: "PROTEST", loc: "Sylhet"}}},
		{name: "anaphoric clashes add their toll to the offensive",
			ann: newAnn("In January, the rebels launched an offensive against militia fighters. Those clashes killed more than 80 people.", "2025-10-05").
				generic("the rebels", "CO", "REB").generic("militia fighters", "CO", "REB").timex("January", "2025-01", "month").
				qty("more than 80 people", 80, "killed", "people", true, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Armed clash", killed: ip(80), background: bp(true)}}},

		{name: "coordinated riot acts are one riot; a possessive date is no event date",
			ann: newAnn("Rioters torched cars and looted shops in Maputo to protest last month's election.", "2025-09-20").
				generic("Rioters", "MZ", "OPP").place("Maputo", "MZ", "city").timex("last month", "2025-08", "month").done(),
			wants: []want{{typ: "PROTEST", sub: "Violent demonstration", loc: "Maputo", date: "-"}}},
		{name: "a second coordinated act is no complement of the first",
			ann: newAnn("The opposition leader urged supporters to keep marching and threatened to call a national strike.", "2025-09-20").
				generic("opposition leader", "MZ", "OPP").generic("supporters", "MZ", "OPP").done(),
			wants: []want{{typ: "THREATEN", src: "opposition leader"}, {typ: "REQUEST", src: "opposition leader"}}},
		{name: "the victim noun phrase of an attack is no event",
			ann: newAnn("Jihadists ambushed a military patrol near Diafarabe on Sunday, killing four soldiers.", "2025-09-20").
				generic("Jihadists", "ML", "REB").generic("soldiers", "ML", "MIL").place("Diafarabe", "ML", "city").timex("Sunday", "2025-09-14", "day").
				qty("four soldiers", 4, "killed", "soldiers", false, false).done(),
			wants: []want{{typ: "ASSAULT", src: "Jihadists", killed: ip(4), loc: "Diafarabe"}}, not: []string{"MOBILIZE"}},

		// dates
		{name: "date of the clause group reaches a relative clause",
			ann: newAnn("Police fired tear gas on Friday at students who marched to the ministry in Dakar.", "2025-01-14").
				generic("Police", "SN", "COP").generic("students", "SN", "CVL").place("Dakar", "SN", "city").timex("Friday", "2025-01-10", "day").done(),
			wants: []want{{typ: "PROTEST", date: "2025-01-10", loc: "Dakar"}}},
		{name: "earlier month is background",
			ann: newAnn("In February, gunmen attacked a convoy near Gao, killing nine people.", "2025-03-18").
				generic("gunmen", "ML", "UAF").place("Gao", "ML", "city").timex("February", "2025-02", "month").
				qty("nine people", 9, "killed", "people", false, false).done(),
			wants: []want{{typ: "ASSAULT", date: "2025-02", background: bp(true), killed: ip(9)}}},
		{name: "a later clause keeps its own date",
			ann: newAnn("The envoy urged the rebels to talk and said he would travel to Kinshasa on Thursday.", "2025-03-18").
				generic("The envoy", "US", "GOV").generic("rebels", "CD", "REB").place("Kinshasa", "CD", "city").timex("Thursday", "2025-03-20", "day").done(),
			wants: []want{{typ: "REQUEST", date: "-"}}},

		// places
		{name: "coordinated places give one event each",
			ann: newAnn("Protesters rallied in Accra and in Kumasi on Saturday.", "2025-03-18").
				generic("Protesters", "GH", "OPP").place("Accra", "GH", "city").place("Kumasi", "GH", "city").timex("Saturday", "2025-03-15", "day").done(),
			wants: []want{{typ: "PROTEST", loc: "Accra"}, {typ: "PROTEST", loc: "Kumasi"}}},
		{name: "toponym inside a named region wins over the region",
			ann: newAnn("Insurgents attacked the town of Mocimboa in Cabo Delgado province on Friday, killing six civilians.", "2025-03-18").
				generic("Insurgents", "MZ", "REB").generic("civilians", "MZ", "CVL").place("Mocimboa", "MZ", "city").place("Cabo Delgado", "MZ", "admin1").
				timex("Friday", "2025-03-14", "day").qty("six civilians", 6, "killed", "civilians", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Attack", loc: "Mocimboa", killed: ip(6)}}},

		// counts and filters
		{name: "a toll sentence completes the attack before it",
			ann: newAnn("A drone strike hit a market in Sagaing on Sunday. Four people were wounded.", "2025-03-18").
				place("Sagaing", "MM", "admin1").timex("Sunday", "2025-03-16", "day").qty("Four people", 4, "injured", "people", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Air/drone strike", injured: ip(4), loc: "Sagaing"}}},
		{name: "claim of responsibility names the attacker",
			ann: newAnn("A roadside bomb killed three soldiers near Gao on Monday. The Sahel Front claimed responsibility for the attack.", "2025-03-18").
				actor("Sahel Front", model.Actor{Name: "Sahel Front", Actor: "sahel-front", Kind: "REB", Country: "ML"}, model.ORG).
				place("Gao", "ML", "city").timex("Monday", "2025-03-17", "day").qty("three soldiers", 3, "killed", "soldiers", false, false).done(),
			wants: []want{{typ: "ASSAULT", src: "Sahel Front", killed: ip(3)}}},
		{name: "yearly toll is no event",
			ann: newAnn("Armed groups killed more than 900 people in the region last year.", "2025-03-18").
				generic("Armed groups", "NG", "REB").timex("last year", "2024", "year").qty("more than 900 people", 900, "killed", "people", true, false).done(),
			none: true},
		{name: "durative fighting is no event",
			ann: newAnn("The rebels have fought the army for decades.", "2025-03-18").
				generic("rebels", "CO", "REB").generic("the army", "CO", "MIL").done(),
			not: []string{"ASSAULT"}},
		{name: "habit is no event",
			ann: newAnn("The junta has increasingly relied on air strikes against villages.", "2025-03-18").
				generic("The junta", "MM", "MIL").done(),
			none: true},
		{name: "adjectival participle is no displacement",
			ann: newAnn("Aid agencies are sheltering displaced people in the camps.", "2025-03-18").done(),
			not: []string{"SANCTION"}},
		{name: "gerund after a preposition is no event",
			ann: newAnn("Mali turned to Russia for help in fighting the insurgency.", "2025-03-18").
				metonym("Mali", "ML").metonym("Russia", "RU").done(),
			not: []string{"ASSAULT"}},
		{name: "a month name is no march",
			ann: newAnn("BAMAKO, March 18, 2025 (Reuters) — Two soldiers were killed when gunmen attacked their post.", "2025-03-18").
				generic("gunmen", "ML", "UAF").generic("soldiers", "ML", "MIL").timex("March 18, 2025", "2025-03-18", "day").done(),
			not: []string{"PROTEST"}},
		// dev2 generalisation rules
		{name: "temporal clause takes the main clause's date and place; report date ignored; police force at a protest",
			ann: newAnn("A rally by students turned violent in Lome on Monday before police opened fire, killing two protesters, officials said Tuesday.", "2025-03-19").
				generic("students", "TG", "CVL").generic("police", "TG", "COP").generic("protesters", "TG", "OPP").place("Lome", "TG", "city").
				timex("Monday", "2025-03-17", "day").timex("Tuesday", "2025-03-18", "day").qty("two protesters", 2, "killed", "protesters", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Excessive force against protesters", src: "police", loc: "Lome", date: "2025-03-17", killed: ip(2)}}},
		{name: "a fronted month frames an after-clause",
			ann: newAnn("In March 2024 the two armies fought for days after rebels attacked an army base near Goma, the army said in June.", "2025-09-20").
				generic("rebels", "CD", "REB").generic("army base", "CD", "MIL").place("Goma", "CD", "city").
				timex("March 2024", "2024-03", "month").timex("June", "2025-06", "month").done(),
			wants: []want{{typ: "ASSAULT", src: "rebels", date: "2024-03"}}},
		{name: "a meeting of coordinated parties is mutual",
			ann: newAnn("The foreign ministers of Turkey and Greece met in Athens on Tuesday.", "2025-09-20").
				place("Turkey", "TR", "country").place("Greece", "GR", "country").place("Athens", "GR", "city").timex("Tuesday", "2025-09-16", "day").done(),
			wants: []want{{typ: "CONSULT", src: "Turkey", tgt: "Greece"}}},
		{name: "armed group attacking forces is a clash even when civilians die",
			ann: newAnn("Rebels attacked an army base near Beni on Monday, killing eight soldiers and two civilians.", "2025-03-19").
				generic("Rebels", "CD", "REB").generic("army base", "CD", "MIL").generic("soldiers", "CD", "MIL").generic("civilians", "CD", "CVL").place("Beni", "CD", "city").
				timex("Monday", "2025-03-17", "day").qty("eight soldiers", 8, "killed", "soldiers", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Armed clash", src: "Rebels", loc: "Beni"}}},
	}
}

func TestRuleCases(t *testing.T) {
	for _, tc := range ruleCases() {
		t.Run(tc.name, func(t *testing.T) {
			evs := Extract(tc.ann)
			if tc.none && len(evs) > 0 {
				t.Errorf("want no events, got %s", describe(evs))
			}
			checkEvents(t, evs, tc.wants, tc.not)
		})
	}
}

// TestPlaceCountryRules: unresolved places take the article's country; a toponym placed "in"
// a known region of another country than the gazetteer chose is that region's namesake.
func TestPlaceCountryRules(t *testing.T) {
	tests := []struct {
		name    string
		ann     *model.Annotation
		loc, cc string
	}{
		{"unresolved street takes the parties' country",
			newAnn("Kenyan police arrested 30 people along Harbour Road on Tuesday. Kenya's interior ministry defended the arrests in Kenya.", "2025-06-25").
				generic("Kenyan police", "KE", "COP").place("Harbour Road", "", "other").place("Kenya", "KE", "country").timex("Tuesday", "2025-06-24", "day").
				qty("30 people", 30, "arrested", "people", false, false).done(), "Harbour Road", "KE"},
		{"containment beats the gazetteer",
			newAnn("Five soldiers were killed on Monday when a bomb exploded near the town of Boni in Mali's Mopti region.", "2025-03-18").
				generic("soldiers", "ML", "MIL").place("Boni", "CH", "city").place("Mali", "ML", "country").place("Mopti", "ML", "admin1").
				timex("Monday", "2025-03-17", "day").qty("Five soldiers", 5, "killed", "soldiers", false, false).done(), "Boni", "ML"},
		{"an untagged name described as a town in a known place",
			newAnn("Drones dropped explosives on a base on the outskirts of Zarand, a town in Kerman province, on Sunday.", "2025-03-18").
				place("Kerman", "IR", "admin1").timex("Sunday", "2025-03-16", "day").done(), "Zarand", "IR"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := Extract(tc.ann)
			for _, e := range evs {
				if e.Location != nil && e.LocationText == tc.loc {
					if e.Location.Country != tc.cc {
						t.Errorf("%s: country %q, want %q", tc.loc, e.Location.Country, tc.cc)
					}
					return
				}
			}
			t.Errorf("no event located at %s: %s", tc.loc, describe(evs))
		})
	}
}

// TestOrgNamedAfterCountry: an organisation whose name contains a country is the actor, not
// the country's government.
func TestOrgNamedAfterCountry(t *testing.T) {
	b := newAnn("The Ghana Human Rights Commission said dozens of people were hurt, and called for an inquiry.", "2025-01-10").
		actor("Ghana", model.Actor{Name: "Government of Ghana", Actor: "GHA-GOV", Country: "GH", Kind: "GOV"}, model.GPE)
	b.a.Entities = append(b.a.Entities, model.Entity{Text: "Ghana Human Rights Commission", Label: model.ORG, Start: 4, End: 33})
	evs := Extract(b.done())
	for _, e := range evs {
		if e.Type == "REQUEST" {
			if !actorHas(e.Sources, "Human Rights Commission") {
				t.Errorf("source %s, want the commission", describe([]model.Event{e}))
			}
			return
		}
	}
	t.Errorf("no REQUEST: %s", describe(evs))
}
