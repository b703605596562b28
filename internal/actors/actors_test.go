package actors

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func kbT(t testing.TB) *KB {
	t.Helper()
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// find returns the first mention whose text is want (case-sensitive), or nil.
func find(ms []model.ActorMention, want string) *model.ActorMention {
	for i := range ms {
		if ms[i].Actor.Text == want {
			return &ms[i]
		}
	}
	return nil
}

func TestResolveCases(t *testing.T) {
	kb := kbT(t)
	cases := []struct {
		name, ctx, text, span string
		actor, country, kind  string
		generic, coref        bool
		nameIs                string
	}{
		{name: "alias", text: "Asaib Ahl al Haq fighters clashed with police.", span: "Asaib Ahl al Haq fighters", actor: "asaib-ahl-al-haq", country: "IQ", kind: "REB"},
		{name: "acronym", text: "AAH said it would respond.", span: "AAH", actor: "asaib-ahl-al-haq"},
		{name: "acronym needs caps", text: "Aah, the weather.", span: "Aah"},
		{name: "diacritics", text: "Médecins Sans Frontières said the hospital was hit.", span: "Médecins Sans Frontières", actor: "msf", kind: "NGO"},
		{name: "curly apostrophe", text: "Kata’ib Hezbollah claimed the drone attack.", span: "Kata’ib Hezbollah", actor: "kataib-hezbollah"},
		{name: "longest match", text: "Kataib Hezbollah denied it.", span: "Kataib Hezbollah", actor: "kataib-hezbollah"},
		{name: "demonym troops", text: "Israeli troops entered the town.", span: "Israeli troops", actor: "ISR-MIL", country: "IL", kind: "MIL"},
		{name: "prime minister", text: "The Iraqi prime minister met the envoy.", span: "Iraqi prime minister", actor: "IRQ-GOV", country: "IQ", kind: "GOV"},
		{name: "russian forces", text: "Russian forces shelled the village overnight.", span: "Russian forces", actor: "RUS-MIL", country: "RU", kind: "MIL"},
		{name: "country metonymy", text: "Israel said the strike hit a depot.", span: "Israel", actor: "ISR-GOV", country: "IL", kind: "GOV"},
		{name: "country as place", text: "The convoy drove in Lebanon on Monday.", span: "Lebanon"},
		{name: "possessive org", text: "Iran's Quds Force trained the fighters.", span: "Iran's Quds Force", actor: "quds-force", country: "IR", kind: "MIL"},
		{name: "org commander", text: "Israel killed Hezbollah commander Mohammad Naameh Nasser on Wednesday.", span: "Hezbollah commander Mohammad Naameh Nasser", country: "LB", kind: "REB", nameIs: "Mohammad Naameh Nasser"},
		{name: "former PM", text: "He met former Iraqi Prime Minister Nouri al-Maliki in Baghdad.", span: "former Iraqi Prime Minister Nouri al-Maliki", actor: "nouri-al-maliki", country: "IQ"},
		{name: "title of org", text: "Deputy commander of Iran's Quds Force Mohammad Reza Fallahzadeh visited Baghdad.", span: "Deputy commander of Iran's Quds Force Mohammad Reza Fallahzadeh", country: "IR", kind: "MIL", nameIs: "Mohammad Reza Fallahzadeh"},
		{name: "generic place", text: "Protesters in Baghdad blocked a bridge.", span: "Protesters", country: "IQ", kind: "CVL", generic: true, nameIs: "Protesters (Iraq)"},
		{name: "generic demonym", text: "Iraqi protesters stormed the compound.", span: "Iraqi protesters", country: "IQ", generic: true, nameIs: "Protesters (Iraq)"},
		{name: "gunmen", text: "Unidentified gunmen killed two traders in Zamfara, Nigeria.", span: "Unidentified gunmen", country: "NG", kind: "UAF", generic: true, nameIs: "Unidentified Armed Group (Nigeria)"},
		{name: "people demonym", text: "Iraqis rallied in support of Gaza.", span: "Iraqis", country: "IQ", kind: "CVL", generic: true},
		{name: "coref backed", ctx: "Hezbollah fired rockets at northern Israel.", text: "The attack by the Iran-backed militant group was the largest this year.", span: "the Iran-backed militant group", actor: "hezbollah", coref: true},
		{name: "coref demonym group", ctx: "Hamas and Hezbollah issued statements.", text: "The Lebanese group said it was ready.", span: "The Lebanese group", actor: "hezbollah", coref: true},
		{name: "coref none", ctx: "The weather was bad.", text: "The militant group claimed the attack.", span: "The militant group", actor: ""},
		{name: "pronoun it", ctx: "", text: "Hezbollah says it launched drones.", span: "it", actor: "hezbollah", coref: true},
		{name: "expletive it", text: "It appears unlikely that the talks resume.", span: "It"},
		{name: "pronoun he", text: "Putin said he would not attend.", span: "he", actor: "vladimir-putin", coref: true},
		{name: "houthis", text: "The Houthis fired a missile at a ship.", span: "Houthis", actor: "houthis", country: "YE"},
		{name: "jnim", text: "JNIM fighters attacked an army post near Djibo.", span: "JNIM fighters", actor: "jnim"},
		{name: "m23", text: "M23 rebels seized Goma.", span: "M23 rebels", actor: "m23", country: "CD"},
		{name: "capital metonymy", text: "Kyiv said the drones were shot down.", span: "Kyiv", actor: "UKR-GOV"},
		{name: "US acronym", text: "The U.S. military said it struck a target.", span: "U.S. military", actor: "USA-MIL"},
		{name: "pronoun us", text: "Tell us what happened.", span: "us"},
		{name: "US adjective", text: "The last US horse abattoir closed.", span: "US"},
		{name: "inside a name", text: "He spoke in Port Sudan on Monday. Later Sudan said no.", span: "Sudan", actor: "SDN-GOV"},
		{name: "caps IS", text: "THE REPORT SAID THE PRESIDENT IS SAFE AND SOUND.", span: "IS"},
		{name: "its troops", text: "Moscow's defence ministry said its troops captured a village.", span: "its troops", actor: "RUS-MIL", kind: "MIL", coref: true},
		{name: "the army in context", ctx: "Sudan's army fought in Khartoum. Sudan said it won. The Sudanese capital was quiet.", text: "The RSF attacked the army near Omdurman.", span: "the army", country: "SD", kind: "MIL", coref: true},
		{name: "the army unresolved", ctx: "Fighting raged in Khartoum. Sudan said it won. The Sudanese capital was quiet.", text: "The RSF attacked the army near Omdurman.", span: "the army", actor: "SDN-MIL", country: "SD", kind: "MIL"},
		{name: "fuzzy", text: "Hezbolah fighters crossed the border.", span: "Hezbolah fighters", actor: "hezbollah"},
		{name: "apposition", text: "The Somali militant group al-Shabaab claimed the attack.", span: "The Somali militant group", actor: "al-shabaab", coref: true},
		{name: "al- kept", text: "The raid was blamed on al-Qaeda.", span: "al-Qaeda", actor: "al-qaeda"},
		{name: "possessor envoy", text: "French President Emmanuel Macron's Lebanon envoy, Jean-Yves Le Drian, arrived.", span: "Lebanon envoy, Jean-Yves Le Drian", actor: "jean-yves-le-drian", country: "FR"},
		{name: "role in country", text: "A court in Guyana issued warrants.", span: "court", country: "GY", kind: "JUD"},
		{name: "pro-affiliation", text: "Iraqi pro-Iran factions warned Washington.", span: "Iraqi pro-Iran factions", country: "IQ", kind: "REB", generic: true},
		{name: "person state", text: "Deputy commander of Iran's Quds Force Mohammad Reza Fallahzadeh said it.", span: "Iran's Quds Force", actor: "quds-force"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := kb.Explain(c.text, c.ctx)
			m := find(ms, c.span)
			if c.actor == "" && c.country == "" && c.nameIs == "" {
				if m != nil && m.Actor.Actor != "" {
					t.Fatalf("%q: want no resolved actor, got %+v", c.span, *m)
				}
				return
			}
			if m == nil {
				t.Fatalf("%q: no mention; got %+v", c.span, ms)
			}
			if m.Actor.Actor != c.actor && c.actor != "" {
				t.Errorf("actor = %q, want %q (%s)", m.Actor.Actor, c.actor, m.Reason)
			}
			if c.country != "" && m.Actor.Country != c.country {
				t.Errorf("country = %q, want %q (%s)", m.Actor.Country, c.country, m.Reason)
			}
			if c.kind != "" && m.Actor.Kind != c.kind {
				t.Errorf("kind = %q, want %q (%s)", m.Actor.Kind, c.kind, m.Reason)
			}
			if m.Generic != c.generic || m.Coref != c.coref {
				t.Errorf("generic/coref = %v/%v, want %v/%v", m.Generic, m.Coref, c.generic, c.coref)
			}
			if c.nameIs != "" && m.Actor.Name != c.nameIs {
				t.Errorf("name = %q, want %q", m.Actor.Name, c.nameIs)
			}
			if m.Reason == "" {
				t.Error("empty reason")
			}
			if got := c.text[m.Start:m.End]; got != c.span {
				t.Errorf("offsets give %q, want %q", got, c.span)
			}
		})
	}
}

func TestEntitiesLinkedAndAdded(t *testing.T) {
	kb := kbT(t)
	text := "Hezbollah and Hamas met Qais al-Khazali."
	a := &model.Annotation{Doc: &model.Document{Text: text}, Entities: []model.Entity{{Text: "Hezbollah", Label: model.ORG, Start: 0, End: 9}}}
	kb.Resolve(a)
	if a.Entities[0].Actor != "hezbollah" {
		t.Errorf("entity not linked: %+v", a.Entities[0])
	}
	var labels []string
	for i, e := range a.Entities {
		labels = append(labels, e.Label+":"+e.Text+":"+e.Actor)
		if i > 0 && a.Entities[i-1].End > e.Start {
			t.Errorf("overlapping entities %+v %+v", a.Entities[i-1], e)
		}
	}
	want := "ORG:Hezbollah:hezbollah ORG:Hamas:hamas PERSON:Qais al-Khazali:qais-al-khazali"
	if got := strings.Join(labels, " "); got != want {
		t.Errorf("entities = %s, want %s", got, want)
	}
	for i := 1; i < len(a.Actors); i++ {
		if a.Actors[i-1].Start > a.Actors[i].Start {
			t.Error("actors not sorted")
		}
	}
}

func TestLoadMergeAndSearch(t *testing.T) {
	kb, err := New()
	if err != nil {
		t.Fatal(err)
	}
	user := "# mine\nid: zeta-brigade\nname: Zeta Brigade\nkind: REB\ncountry: SY\naliases: Zeta Brigade; ZB\n\nid: hezbollah\naliases: Hizb Allah al-Lubnani\n"
	if err := kb.Load(strings.NewReader(user), "user.txt"); err != nil {
		t.Fatal(err)
	}
	if e, ok := kb.Get("hezbollah"); !ok || e.Name != "Hezbollah" || e.Country != "LB" {
		t.Errorf("merge changed the entry: %+v", e)
	}
	ms := kb.Explain("The Zeta Brigade and Hizb Allah al-Lubnani fought.", "")
	if m := find(ms, "Zeta Brigade"); m == nil || m.Actor.Actor != "zeta-brigade" {
		t.Errorf("user entry not matched: %+v", ms)
	}
	if m := find(ms, "Hizb Allah al-Lubnani"); m == nil || m.Actor.Actor != "hezbollah" {
		t.Errorf("merged alias not matched: %+v", ms)
	}
	if r := kb.Search("hezbollah", 3); len(r) == 0 || r[0].ID != "hezbollah" {
		t.Errorf("search: %+v", r)
	}
	for _, bad := range []string{"id: x\nkind: NOPE\n", "name: no id\nkind: REB\n", "id: a\nid: b\n", "just text\n"} {
		if err := kb.Load(strings.NewReader(bad), "bad.txt"); err == nil {
			t.Errorf("Load(%q) accepted bad input", bad)
		}
	}
}

func TestKBIntegrity(t *testing.T) {
	kb := kbT(t)
	counts := map[string]int{}
	for _, e := range kb.Entries() {
		counts[e.Type]++
		for _, ref := range append([]string{e.Parent, e.Org}, e.Affiliations...) {
			if ref == "" || len(ref) == 2 {
				continue
			}
			if _, ok := kb.Get(ref); !ok {
				t.Errorf("%s: unknown reference %q", e.ID, ref)
			}
		}
		if e.Country != "" && len(e.Country) != 2 {
			t.Errorf("%s: bad country %q", e.ID, e.Country)
		}
	}
	if counts["state"] < 700 || counts["org"] < 250 || counts["person"] < 100 {
		t.Errorf("coverage too small: %v", counts)
	}
	t.Logf("entries by type: %v", counts)
}

// TestLoadTime guards the load time (about 45 ms on one core; the bound leaves room for a
// loaded test machine).
func TestLoadTime(t *testing.T) {
	best := time.Hour
	for i := 0; i < 3; i++ {
		start := time.Now()
		if _, err := New(); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(start))
	}
	if best > time.Second {
		t.Errorf("load took %v", best)
	}
	t.Logf("load %v", best)
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
