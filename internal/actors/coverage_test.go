package actors

import (
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestCoverage checks names of state forces, armed groups, gangs and international bodies of
// 2020-2026 conflicts (security-forces.txt, armed-groups.txt, phoenix-groups.gen.txt).
func TestCoverage(t *testing.T) {
	kb := kbT(t)
	cases := []struct{ text, span, id string }{
		{"FARDC soldiers repelled the attack.", "FARDC soldiers", "COD-MIL"},
		{"The Sudanese Armed Forces said it retook the bridge.", "Sudanese Armed Forces", "SDN-MIL"},
		{"The Tatmadaw bombed a school in Sagaing.", "Tatmadaw", "tatmadaw"},
		{"FANB troops deployed to the border.", "FANB troops", "VEN-MIL"},
		{"Kenya Defence Forces troops killed five militants.", "Kenya Defence Forces troops", "KEN-MIL"},
		{"Two CRPF personnel were injured in the blast.", "CRPF", "IND-COP"},
		{"The Philippine National Police arrested him.", "Philippine National Police", "PHL-COP"},
		{"Carabineros fired tear gas in Santiago.", "Carabineros", "CHL-COP"},
		{"Brimob officers raided the house.", "Brimob officers", "IDN-COP"},
		{"The Rapid Action Battalion detained four men.", "Rapid Action Battalion", "BGD-COP"},
		{"Radaa fighters clashed with the 444 Brigade in Tripoli.", "444 Brigade", "brigade-444"},
		{"Radaa fighters clashed with the 444 Brigade in Tripoli.", "Radaa fighters", "radaa"},
		{"Sudan Shield Forces entered Wad Madani.", "Sudan Shield Forces", "sudan-shield-forces"},
		{"Los Lobos gunmen attacked a prison in Guayaquil.", "Los Lobos gunmen", "los-lobos"},
		{"Los Choneros leaders were moved.", "Los Choneros leaders", "los-choneros"},
		{"Comando Vermelho members clashed with police in Rio.", "Comando Vermelho", "comando-vermelho"},
		{"Fighting between the Chapitos and La Mayiza killed 12 in Culiacan.", "La Mayiza", "la-mayiza"},
		{"The Kuki National Army denied involvement.", "Kuki National Army", "kuki-national-army"},
		{"Arambai Tenggol members blocked the highway.", "Arambai Tenggol", "arambai-tenggol"},
		{"The Democratic Front for the Liberation of Palestine condemned the raid.", "Democratic Front for the Liberation of Palestine", "px-democratic-front-for-liberation-of-palestine"},
		{"The Animal Liberation Front claimed the arson.", "Animal Liberation Front", "px-animal-liberation-front"},
		{"The Mekong River Commission warned of floods.", "Mekong River Commission", "px-mekong-river-commission"},
	}
	for _, c := range cases {
		ms := kb.Explain(c.text, "")
		m := find(ms, c.span)
		if m == nil {
			t.Errorf("%q: no mention %q; got %+v", c.text, c.span, ms)
			continue
		}
		if m.Actor.Actor != c.id {
			t.Errorf("%q: %q -> %q, want %q (%s)", c.text, c.span, m.Actor.Actor, c.id, m.Reason)
		}
	}
}

// TestNoFalseResolutions: common words, other senses of acronyms and people's names must not
// become groups.
func TestNoFalseResolutions(t *testing.T) {
	kb := kbT(t)
	cases := []struct{ text, word string }{
		{"The Rada voted on the budget in Kyiv.", "Rada"},
		{"Lobos fans cheered the win.", "Lobos"},
		{"The EPP group in the European Parliament met.", "EPP"},
		{"National Police Service spokesperson Muchiri Nyaga said 47 people had been arrested.", "Muchiri"},
		{"The FACT CHECK team looked at the claim.", "FACT"},
		{"A PPP model financed the road.", "PPP"},
		{"Direct Action is needed on climate, the minister said.", "Direct Action"},
		{"The Red Dragons beat England at the Millennium Stadium.", "Red Dragons"},
		{"PAK vs IND: Pakistan won by six wickets.", "PAK"},
		{"The Knights Templar were a medieval order.", "Knights Templar"},
		{"He joined the Popular Resistance in his youth, the novel says.", ""},
	}
	for _, c := range cases {
		for _, m := range kb.Explain(c.text, "") {
			if c.word == "" || !strings.Contains(m.Actor.Text, c.word) {
				continue
			}
			if m.Actor.Actor != "" {
				e, _ := kb.Get(m.Actor.Actor)
				if e.Type != "state" && e.Type != "person" || c.word == "Muchiri" {
					t.Errorf("%q: %q resolved to %q (%s)", c.text, m.Actor.Text, m.Actor.Actor, m.Reason)
				}
			}
		}
	}
}

// TestNewAliasesUnique: a name in the files added for coverage belongs to one actor only, and
// no single-word alias there is a common English word.
func TestNewAliasesUnique(t *testing.T) {
	kb := kbT(t)
	newFile := map[string]bool{}
	for _, f := range []string{"data/security-forces.txt", "data/armed-groups.txt", "data/phoenix-groups.gen.txt"} {
		b, err := dataFS.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "id: ") {
				newFile[strings.TrimSpace(l[4:])] = true
			}
		}
	}
	common := map[string]bool{}
	for _, w := range strings.Fields(`the and force forces army police guard group front party union council state
		national popular people action direct freedom liberty justice security defence defense rebels militia
		new free red black white green united alliance movement resistance shield storm lions tigers wolves
		hawks eagles kings brothers`) {
		common[w] = true
	}
	owner := map[string]map[string]bool{}
	for _, e := range kb.Entries() {
		for _, a := range e.Aliases {
			k := strings.Join(normWords(a), " ")
			if owner[k] == nil {
				owner[k] = map[string]bool{}
			}
			owner[k][e.ID] = true
			if newFile[e.ID] && common[k] {
				t.Errorf("%s: common word %q as an alias", e.ID, a)
			}
		}
	}
	var bad []string
	for k, ids := range owner {
		if len(ids) < 2 {
			continue
		}
		for id := range ids {
			if newFile[id] {
				var l []string
				for x := range ids {
					l = append(l, x)
				}
				sort.Strings(l)
				bad = append(bad, k+" -> "+strings.Join(l, ", "))
				break
			}
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Errorf("alias shared: %s", b)
	}
}

// TestDescriptions: descriptions resolve to the actor the article is about, or to a generic
// actor of the right kind and country.
func TestDescriptions(t *testing.T) {
	kb := kbT(t)
	sudan := "Fighting between the Sudanese army and the Rapid Support Forces in Khartoum continued. The RSF shelled El Fasher. "
	cases := []struct{ ctx, text, span, id, kind, country string }{
		{sudan, "The paramilitary force attacked a camp.", "The paramilitary force", "rsf", "REB", "SD"},
		{sudan, "The paramilitary forces attacked a camp.", "The paramilitary forces", "rsf", "REB", "SD"},
		{sudan, "Government troops attacked the town.", "Government troops", "", "MIL", "SD"},
		{"Mali's junta expelled the French ambassador on Monday. ", "The junta said the decision was final.", "The junta", "MLI-GOV", "GOV", "ML"},
		{"Hezbollah fired rockets at northern Israel on Monday. ", "The Iran-backed militant group said it targeted a base.", "The Iran-backed militant group", "hezbollah", "", ""},
		{sudan, "Security forces fired on protesters.", "Security forces", "", "COP", "SD"},
		{"Venezuela's opposition called a march in Caracas. ", "In Valencia, National Guard troops fired tear gas.", "National Guard troops", "", "MIL", "VE"},
		{"Mexico's farmers are angry. ", "Hundreds of lime growers blocked highways in Michoacan.", "lime growers", "", "CVL", "MX"},
		{"Mexico's police chief in Buenavista was arrested. ", "Prosecutors said he took bribes.", "Prosecutors", "", "JUD", "MX"},
		{"Pakistani officials closed the crossing in Balochistan, Pakistan's interior ministry said. ", "Traders blocked the road in protest.", "Traders", "", "CVL", "PK"},
		{"Syrian troops entered Suwayda, Syria's defence ministry said. ", "The provincial governor imposed a curfew.", "provincial governor", "", "GOV", "SY"},
	}
	for _, c := range cases {
		ms := kb.Explain(c.text, c.ctx)
		m := find(ms, c.span)
		if m == nil {
			t.Errorf("%q: no mention %q; got %+v", c.text, c.span, ms)
			continue
		}
		if m.Actor.Actor != c.id || c.kind != "" && m.Actor.Kind != c.kind || c.country != "" && m.Actor.Country != c.country {
			t.Errorf("%q -> %q %s %s, want %q %s %s (%s)", c.span, m.Actor.Actor, m.Actor.Kind, m.Actor.Country, c.id, c.kind, c.country, m.Reason)
		}
	}
}

// TestEntityRepair: the knowledge base's names correct the tagger's split, cut or mislabelled
// entities.
func TestEntityRepair(t *testing.T) {
	kb := kbT(t)
	type ent struct{ text, label string }
	cases := []struct {
		text string
		tags []ent // tagger entities (first occurrence of each text)
		want []ent
		not  []ent
	}{
		{"Gunmen of the Jalisco New Generation Cartel ambushed police.", []ent{{"Jalisco New", "GPE"}},
			[]ent{{"Jalisco New Generation Cartel", "ORG"}}, []ent{{"Jalisco New", "GPE"}}},
		{"Fighting resumed in the Democratic Republic of Congo on Monday.", []ent{{"Democratic Republic", "ORG"}, {"Congo", "GPE"}},
			[]ent{{"Democratic Republic of Congo", "GPE"}}, []ent{{"Democratic Republic", "ORG"}}},
		{"Fano fighters attacked the town.", []ent{{"Fano", "PERSON"}}, []ent{{"Fano", "ORG"}}, nil},
		{"Soldiers supported by Wazalendo militias fought.", []ent{{"Wazalendo", "PERSON"}}, []ent{{"Wazalendo", "ORG"}}, nil},
		{"Clashes with M23 rebels killed 22.", []ent{{"M23 rebels", "ORG"}}, []ent{{"M23", "ORG"}}, []ent{{"M23 rebels", "ORG"}}},
		{"The Foreign Office said it was concerned.", []ent{{"Foreign Office", "ORG"}}, []ent{{"Foreign Office", "ORG"}}, nil},
		{"Members of the Viv Ansanm gang coalition went door to door.", []ent{{"Viv Ansanm", "ORG"}}, []ent{{"Viv Ansanm", "ORG"}}, nil},
		{"Mercy Wanjiru reported from Nairobi.", []ent{{"Mercy Wanjiru", "PERSON"}}, []ent{{"Mercy Wanjiru", "PERSON"}}, nil},
	}
	for _, c := range cases {
		a := &model.Annotation{Doc: &model.Document{Text: c.text}}
		for _, e := range c.tags {
			i := strings.Index(c.text, e.text)
			a.Entities = append(a.Entities, model.Entity{Text: e.text, Label: e.label, Start: i, End: i + len(e.text)})
		}
		sort.Slice(a.Entities, func(i, j int) bool { return a.Entities[i].Start < a.Entities[j].Start })
		kb.Resolve(a)
		have := map[ent]bool{}
		for _, e := range a.Entities {
			have[ent{e.Text, e.Label}] = true
			if c.text[e.Start:e.End] != e.Text {
				t.Errorf("%q: bad offsets %+v", c.text, e)
			}
		}
		for _, w := range c.want {
			if !have[w] {
				t.Errorf("%q: want %v; got %+v", c.text, w, a.Entities)
			}
		}
		for _, w := range c.not {
			if have[w] {
				t.Errorf("%q: %v should be gone; got %+v", c.text, w, a.Entities)
			}
		}
	}
}
