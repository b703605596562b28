package events

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

var (
	hezbollah = model.Actor{Name: "Hezbollah", Actor: "hezbollah", Country: "LB", Kind: "REB", Affiliations: []string{"IR"}}
	idf       = model.Actor{Name: "Israel Defense Forces", Actor: "il-mil", Country: "IL", Kind: "MIL"}
	houthis   = model.Actor{Name: "Houthis", Actor: "houthis", Country: "YE", Kind: "REB", Affiliations: []string{"IR"}}
	blinken   = model.Actor{Name: "Antony Blinken", Actor: "", Country: "US", Kind: "GOV"}
	sisi      = model.Actor{Name: "Abdel Fattah al-Sisi", Actor: "", Country: "EG", Kind: "GOV"}
	putin     = model.Actor{Name: "Vladimir Putin", Country: "RU", Kind: "GOV"}
	erdogan   = model.Actor{Name: "Recep Tayyip Erdogan", Country: "TR", Kind: "GOV"}
	hamas     = model.Actor{Name: "Hamas", Actor: "hamas", Country: "PS", Kind: "REB"}
)

type evCase struct {
	name      string
	ann       *model.Annotation
	wants     []want
	none      bool     // no events at all
	not       []string // no event of these types
	notKilled []int    // no day-precision event has killed equal to one of these
}

func cases() []evCase {
	return []evCase{
		{name: "active air strike with toll",
			ann: newAnn("Israeli jets struck the town of Nabatieh on Monday, killing three people, the army said.", "2024-05-14").
				place("Nabatieh", "LB", "city").timex("Monday", "2024-05-13", "day").qty("three people", 3, "killed", "people", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Air/drone strike", srcCountry: "IL", loc: "Nabatieh", date: "2024-05-13", killed: ip(3), modality: "asserted", background: bp(false)}}},
		{name: "passive arrest",
			ann: newAnn("Two protesters were arrested by police in Nairobi on Tuesday.", "2024-06-26").
				place("Nairobi", "KE", "city").timex("Tuesday", "2024-06-25", "day").qty("Two protesters", 2, "arrested", "protesters", false, false).done(),
			wants: []want{{typ: "COERCE", mode: "arrest", sub: "Arrests", src: "police", tgt: "protesters", loc: "Nairobi", arrested: ip(2)}}},
		{name: "passive killed by a strike",
			ann: newAnn("A Hamas commander was killed by an Israeli strike in Gaza City on Friday.", "2024-03-02").
				actor("Hamas", hamas, model.ORG).place("Gaza City", "PS", "city").timex("Friday", "2024-03-01", "day").done(),
			wants: []want{{typ: "ASSAULT", sub: "Air/drone strike", srcCountry: "IL", tgt: "commander", loc: "Gaza City", killed: ip(1)}}},
		{name: "meeting with coordination and apposition",
			ann: newAnn("A senior adviser to the president, Antony Blinken, met Egyptian President Abdel Fattah al-Sisi in Cairo on Wednesday.", "2024-02-08").
				actor("Antony Blinken", blinken, model.PERSON).actor("Abdel Fattah al-Sisi", sisi, model.PERSON).place("Cairo", "EG", "city").timex("Wednesday", "2024-02-07", "day").done(),
			wants: []want{{typ: "CONSULT", src: "Blinken", tgt: "Sisi", loc: "Cairo", date: "2024-02-07", modality: "asserted"}}},
		{name: "reported speech with pronoun",
			ann: newAnn("The Houthis said they launched a drone at a cargo ship in the Red Sea.", "2024-01-10").
				actor("Houthis", houthis, model.ORG).done(),
			wants: []want{{typ: "ASSAULT", sub: "Air/drone strike", src: "Houthis", modality: "asserted"}}},
		{name: "negation",
			ann: newAnn("The Russian army did not shell the village of Kupiansk, a spokesman said.", "2024-01-10").
				place("Kupiansk", "UA", "city").done(),
			wants: []want{{typ: "ASSAULT", srcCountry: "RU", modality: "negated"}}},
		{name: "denial",
			ann:   newAnn("Hezbollah denied that it had attacked the convoy.", "2024-01-10").actor("Hezbollah", hezbollah, model.ORG).done(),
			wants: []want{{typ: "ASSAULT", src: "Hezbollah", modality: "negated"}}},
		{name: "hypothetical",
			ann: newAnn("Officials said Turkish troops could attack Kurdish positions in northern Syria.", "2024-01-10").
				place("Syria", "SY", "country").done(),
			wants: []want{{typ: "ASSAULT", srcCountry: "TR", modality: "hypothetical"}}},
		{name: "future meeting is AGREE",
			ann: newAnn("Vladimir Putin will meet Recep Tayyip Erdogan in Sochi next week.", "2024-01-10").
				actor("Vladimir Putin", putin, model.PERSON).actor("Recep Tayyip Erdogan", erdogan, model.PERSON).place("Sochi", "RU", "city").done(),
			wants: []want{{typ: "AGREE", src: "Putin", tgt: "Erdogan", modality: "future", loc: "Sochi"}},
			not:   []string{"CONSULT"}},
		{name: "threat",
			ann: newAnn("North Korea threatened to strike US bases in Guam.", "2024-01-10").
				metonym("North Korea", "KP").place("Guam", "GU", "admin1").done(),
			wants: []want{{typ: "THREATEN", mode: "violence", src: "North Korea"}},
			not:   []string{"ASSAULT"}},
		{name: "interception",
			ann: newAnn("Israeli air defences intercepted a missile fired from Yemen on Friday.", "2024-03-02").
				place("Yemen", "YE", "country").timex("Friday", "2024-03-01", "day").done(),
			wants: []want{{typ: "ASSAULT", sub: "Disrupted weapons use", srcCountry: "IL", date: "2024-03-01"}}},
		{name: "armed group on civilians",
			ann: newAnn("Gunmen killed 12 villagers in an attack on a market in Zamfara state on Sunday.", "2024-04-08").
				place("Zamfara", "NG", "admin1").timex("Sunday", "2024-04-07", "day").qty("12 villagers", 12, "killed", "villagers", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Attack", src: "Gunmen", tgt: "villagers", killed: ip(12), loc: "Zamfara"}}},
		{name: "running total is no toll",
			ann: newAnn("Israeli strikes killed 5 people in Rafah on Sunday. More than 35,000 people have been killed in Gaza since the war began.", "2024-05-13").
				place("Rafah", "PS", "city").place("Gaza", "PS", "region").timex("Sunday", "2024-05-12", "day").
				qty("5 people", 5, "killed", "people", false, false).qty("More than 35,000 people", 35000, "killed", "people", true, true).done(),
			wants:     []want{{typ: "ASSAULT", killed: ip(5), loc: "Rafah", date: "2024-05-12"}},
			notKilled: []int{35000}},
		{name: "running total without the quantity stage",
			ann: newAnn("In northern Israel, 16 soldiers and 11 civilians have been killed. Hezbollah fired rockets at Kiryat Shmona on Monday.", "2024-05-13").
				actor("Hezbollah", hezbollah, model.ORG).place("Israel", "IL", "country").place("Kiryat Shmona", "IL", "city").timex("Monday", "2024-05-13", "day").done(),
			wants:     []want{{typ: "ASSAULT", src: "Hezbollah", sub: "Shelling/artillery/missile attack", loc: "Kiryat Shmona"}},
			notKilled: []int{16, 11}},
		{name: "no casualties is zero",
			ann: newAnn("Militants fired two rockets at Sderot on Monday. There were no reports of casualties.", "2024-05-14").
				place("Sderot", "IL", "city").timex("Monday", "2024-05-13", "day").qty("two rockets", 2, "munitions", "rockets", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Shelling/artillery/missile attack", killed: ip(0), munitions: ip(2), src: "Militants", loc: "Sderot"}}},
		{name: "background war",
			ann: newAnn("In 2006, Israel and Hezbollah fought a monthlong war that ended in a draw.", "2024-07-04").
				metonym("Israel", "IL").actor("Hezbollah", hezbollah, model.ORG).timex("2006", "2006", "year").done(),
			wants: []want{{typ: "ASSAULT", src: "Hezbollah", date: "2006", background: bp(true)}}},
		{name: "roadside bomb",
			ann: newAnn("A roadside bomb killed four soldiers in Helmand province on Tuesday, Afghan officials said.", "2024-05-15").
				place("Helmand", "AF", "admin1").timex("Tuesday", "2024-05-14", "day").qty("four soldiers", 4, "killed", "soldiers", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Remote explosive/landmine/IED", killed: ip(4), loc: "Helmand"}}},
		{name: "suicide bomber",
			ann: newAnn("A suicide bomber blew himself up at a police checkpoint in Mogadishu on Saturday, killing seven people.", "2024-05-13").
				place("Mogadishu", "SO", "city").timex("Saturday", "2024-05-11", "day").qty("seven people", 7, "killed", "people", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Suicide bomb", killed: ip(7), loc: "Mogadishu"}}},
		{name: "grenade",
			ann: newAnn("Militants hurled a grenade at a police station in Srinagar on Friday, wounding two officers.", "2024-05-13").
				place("Srinagar", "IN", "city").timex("Friday", "2024-05-10", "day").qty("two officers", 2, "injured", "officers", false, false).done(),
			wants: []want{{typ: "ASSAULT", sub: "Grenade", injured: ip(2), loc: "Srinagar"}}},
		{name: "armed clash reciprocal",
			ann: newAnn("Government troops clashed with M23 rebels near Goma on Thursday.", "2024-02-10").
				actor("M23", model.Actor{Name: "M23", Actor: "m23", Country: "CD", Kind: "REB"}, model.ORG).place("Goma", "CD", "city").timex("Thursday", "2024-02-08", "day").done(),
			wants: []want{{typ: "ASSAULT", sub: "Armed clash", src: "troops", loc: "Goma"}, {typ: "ASSAULT", sub: "Armed clash", src: "M23"}}},
		{name: "clashes between",
			ann: newAnn("Clashes between the army and Tigrayan fighters erupted in Mekelle.", "2024-02-10").
				place("Mekelle", "ET", "city").done(),
			wants: []want{{typ: "ASSAULT", sub: "Armed clash", src: "army", loc: "Mekelle"}, {typ: "ASSAULT", src: "fighters"}}},
		{name: "peaceful protest",
			ann: newAnn("Thousands of students protested in Dhaka on Monday against the quota system.", "2024-07-16").
				place("Dhaka", "BD", "city").timex("Monday", "2024-07-15", "day").qty("Thousands of students", 2000, "participants", "students", true, false).done(),
			wants: []want{{typ: "PROTEST", mode: "demo", sub: "Peaceful protest", src: "students", loc: "Dhaka", date: "2024-07-15"}}},
		{name: "protest with intervention",
			ann: newAnn("Police fired tear gas to disperse hundreds of protesters who rallied in Nairobi on Tuesday.", "2024-06-26").
				place("Nairobi", "KE", "city").timex("Tuesday", "2024-06-25", "day").done(),
			wants: []want{{typ: "PROTEST", sub: "Protest with intervention", loc: "Nairobi"}}},
		{name: "abduction",
			ann: newAnn("Gunmen kidnapped 20 students from a school in Kaduna on Thursday.", "2024-03-09").
				place("Kaduna", "NG", "admin1").timex("Thursday", "2024-03-07", "day").qty("20 students", 20, "kidnapped", "students", false, false).done(),
			wants: []want{{typ: "ASSAULT", mode: "abduct", sub: "Abduction/forced disappearance", kidnapped: ip(20), loc: "Kaduna"}}},
		{name: "deployment",
			ann: newAnn("Russia deployed additional troops to the border with Ukraine on Monday.", "2024-02-10").
				metonym("Russia", "RU").place("Ukraine", "UA", "country").timex("Monday", "2024-02-05", "day").done(),
			wants: []want{{typ: "MOBILIZE", sub: "Change to group/activity", src: "Russia"}}},
		{name: "day earlier re-anchored",
			ann: newAnn("The Israeli military said on Wednesday that it had killed a senior Hezbollah commander in southern Lebanon a day earlier.", "2024-07-04").
				generic("The Israeli military", "IL", "MIL").actor("Hezbollah", hezbollah, model.ORG).place("Lebanon", "LB", "country").timex("Wednesday", "2024-07-03", "day").done(),
			wants: []want{{typ: "ASSAULT", srcCountry: "IL", tgt: "commander", date: "2024-07-02", killed: ip(1), loc: "Lebanon"}}},
		{name: "noun with demonym source and place",
			ann: newAnn("A plume of smoke rises during Israeli bombardment on the village of Khiam in south Lebanon on June 26.", "2024-07-04").
				place("Khiam", "LB", "city").place("Lebanon", "LB", "country").timex("June 26", "2024-06-26", "day").done(),
			wants: []want{{typ: "ASSAULT", srcCountry: "IL", loc: "Khiam", date: "2024-06-26", background: bp(false)}}},
		{name: "request call on",
			ann: newAnn("The UN chief called on both sides to agree to a ceasefire.", "2024-01-10").
				generic("The UN chief", "", "IGO").done(),
			wants: []want{{typ: "REQUEST", src: "UN chief"}}, not: []string{"RETREAT"}},
		{name: "talks between",
			ann: newAnn("Talks between Vladimir Putin and Recep Tayyip Erdogan took place in Sochi on Monday.", "2024-01-10").
				actor("Vladimir Putin", putin, model.PERSON).actor("Recep Tayyip Erdogan", erdogan, model.PERSON).place("Sochi", "RU", "city").timex("Monday", "2024-01-08", "day").done(),
			wants: []want{{typ: "CONSULT", loc: "Sochi", date: "2024-01-08"}}},
		{name: "hostages released",
			ann: newAnn("Hamas released four Israeli hostages on Sunday, the Red Cross said.", "2024-01-10").
				actor("Hamas", hamas, model.ORG).timex("Sunday", "2024-01-07", "day").done(),
			wants: []want{{typ: "RETREAT", mode: "release", src: "Hamas", tgt: "hostages"}}},
		{name: "diplomats expelled",
			ann: newAnn("Poland expelled three Russian diplomats on Friday.", "2024-01-10").
				metonym("Poland", "PL").timex("Friday", "2024-01-05", "day").done(),
			wants: []want{{typ: "SANCTION", mode: "expel", src: "Poland", tgtCountry: "RU"}}},
		{name: "condemnation",
			ann: newAnn("The United Nations condemned the attack on the hospital.", "2024-01-10").
				actor("The United Nations", model.Actor{Name: "United Nations", Actor: "un", Kind: "IGO"}, model.ORG).done(),
			wants: []want{{typ: "ACCUSE", src: "United Nations"}}},
		{name: "troops withdraw",
			ann: newAnn("Israeli troops withdrew from Khan Younis on Sunday after a four-month offensive.", "2024-04-08").
				place("Khan Younis", "PS", "city").timex("Sunday", "2024-04-07", "day").done(),
			wants: []want{{typ: "RETREAT", mode: "withdraw", srcCountry: "IL", date: "2024-04-07"}}},
		{name: "ceasefire agreed",
			ann: newAnn("Israel and Hamas agreed to a ceasefire on Tuesday, Qatari mediators said.", "2024-01-10").
				metonym("Israel", "IL").actor("Hamas", hamas, model.ORG).timex("Tuesday", "2024-01-09", "day").done(),
			wants: []want{{typ: "AGREE", src: "Hamas"}, {typ: "AGREE", src: "Israel"}}},
		{name: "sanctions imposed",
			ann: newAnn("The United States imposed sanctions on Iranian officials on Thursday.", "2024-01-10").
				metonym("The United States", "US").timex("Thursday", "2024-01-04", "day").done(),
			wants: []want{{typ: "SANCTION", src: "United States", tgtCountry: "IR"}}},
		{name: "protesters clash with police",
			ann: newAnn("Protesters clashed with police in Dakar on Friday, throwing stones and burning tyres.", "2024-01-10").
				place("Dakar", "SN", "city").timex("Friday", "2024-01-05", "day").done(),
			wants: []want{{typ: "PROTEST", mode: "riot", sub: "Violent demonstration", loc: "Dakar"}}, not: []string{"ASSAULT"}},
		{name: "sports article",
			ann:  newAnn("Liverpool beat Chelsea 2-1 in the league on Sunday. The striker scored twice and the coach praised the fans at the stadium after the match. The club climbed to second in the title race this season.", "2024-01-10").done(),
			none: true},
		{name: "business article",
			ann:  newAnn("Shares of the company fell 5 percent after quarterly earnings missed analyst forecasts. Revenue rose but profit declined, and the stock index slipped as investors worried about the market. The CEO said the firm would launch a new product.", "2024-01-10").done(),
			none: true},
		{name: "ordinary crime",
			ann:  newAnn("A man killed his neighbour after a dispute over a parking space, a local newspaper reported.", "2024-01-10").done(),
			none: true},
		{name: "disaster",
			ann:  newAnn("An earthquake killed more than 100 people in the mountains on Friday.", "2024-01-10").done(),
			none: true},
	}
}

func TestExtractCases(t *testing.T) {
	for _, tc := range cases() {
		t.Run(tc.name, func(t *testing.T) {
			evs := Extract(tc.ann)
			if tc.none && len(evs) > 0 {
				t.Errorf("want no events, got %s", describe(evs))
			}
			checkEvents(t, evs, tc.wants, tc.not)
			for _, e := range evs {
				for _, k := range tc.notKilled {
					if e.Counts.Killed != nil && *e.Counts.Killed == k && e.Date.Precision == "day" {
						t.Errorf("running total %d used as a day toll", k)
					}
				}
			}
		})
	}
}

func describe(evs []model.Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "\n  %s/%s [%s] trig=%q src=%s tgt=%s loc=%q date=%s mod=%s bg=%v counts=%s conf=%.2f",
			e.Type, e.Mode, e.ACLED.SubEventType, e.Evidence.Trigger, actorsStr(e.Sources), actorsStr(e.Targets), e.LocationText, e.Date.Value, e.Modality, e.Background, countsStr(e.Counts), e.Confidence)
	}
	return b.String()
}

func actorsStr(as []model.Actor) string {
	var p []string
	for _, a := range as {
		p = append(p, a.Text+"("+a.Name+","+a.Country+","+a.Kind+")")
	}
	return "[" + strings.Join(p, "; ") + "]"
}

func countsStr(c model.Counts) string {
	var p []string
	add := func(k string, v *int) {
		if v != nil {
			p = append(p, fmt.Sprintf("%s=%d", k, *v))
		}
	}
	add("killed", c.Killed)
	add("injured", c.Injured)
	add("arrested", c.Arrested)
	add("kidnapped", c.Kidnapped)
	add("munitions", c.Munitions)
	add("participants", c.Participants)
	add("displaced", c.Displaced)
	return strings.Join(p, ",")
}
