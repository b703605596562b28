package actors

import (
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// resolveWithOrgs runs Resolve on text with the given substrings tagged as ORG entities (as the
// tagger would) and returns the actor mentions.
func resolveWithOrgs(kb *KB, text string, orgs ...string) []model.ActorMention {
	a := &model.Annotation{Doc: &model.Document{Text: text}}
	for _, o := range orgs {
		if i := strings.Index(text, o); i >= 0 {
			a.Entities = append(a.Entities, model.Entity{Text: o, Label: model.ORG, Start: i, End: i + len(o)})
		}
	}
	kb.Resolve(a)
	return a.Actors
}

func TestOrgNameSuppressesCountry(t *testing.T) {
	kb := kbT(t)
	cases := []struct {
		name, text, org, country string
	}{
		{"commission", "The Malawi Electoral Support Network said the count was flawed.", "Malawi Electoral Support Network", "Malawi"},
		{"doctors", "The Zambia Medical Students Union condemned the arrests.", "Zambia Medical Students Union", "Zambia"},
		{"possessive-less federation", "Officials of the Tanzania Football Federation resigned.", "Tanzania Football Federation", "Tanzania"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := resolveWithOrgs(kb, c.text, c.org)
			for _, m := range ms {
				if m.Actor.Text == c.country && strings.HasSuffix(m.Actor.Actor, "-GOV") {
					t.Errorf("country inside ORG %q resolved to %s (%s)", c.org, m.Actor.Actor, m.Reason)
				}
			}
		})
	}
}

func TestGenericCountryAndCoref(t *testing.T) {
	kb := kbT(t)
	cases := []struct {
		name, ctx, text, span string
		actor, country        string
		notActor, nameIs      string
	}{
		// a town named once far away must not give its country to a generic actor
		{name: "misplaced town", ctx: "Militants attacked a base in northern Mozambique. Mozambique's army said 9 soldiers died. Mozambican officials said the attack began at dawn. A local official who studied in Lisbon said the region was tense.", text: "Insurgents burned homes.", span: "Insurgents", country: "MZ"},
		// headline and lede name the country once each; a country named once far away loses
		{name: "weighted lede", ctx: "Bandits kill 7 in northern Ghana\n\nTAMALE, Ghana (AP) — Gunmen killed seven people at a market, officials said.\n\nThe market sells cloth imported from India.", text: "Police said two suspects were held.", span: "Police", country: "GH"},
		// a person's surname that is also a foreign city is no place
		{name: "surname city", ctx: "Gunmen attacked a village in Kenya. Kenyan officials said 5 died. Kenya's president spoke.", text: "A police spokesman, Peter Bello, said soldiers were deployed.", span: "soldiers", country: "KE"},
		{name: "janjaweed distinct", ctx: "The RSF shelled a camp.", text: "Government-backed Janjaweed militias killed thousands in 2004.", span: "Janjaweed militias", actor: "janjaweed", notActor: "rsf"},
		{name: "it after the army", ctx: "ADF fighters ambushed Ugandan soldiers near Beni, killing three soldiers.", text: "The army confirmed the ambush. It said troops later pursued the attackers.", span: "It", actor: "UGA-MIL"},
		{name: "they after speakers", ctx: "Crowds of protesters marched in Lusaka.", text: "Several reporters in Lusaka said they were beaten by officers.", span: "they", nameIs: "Journalists (Zambia)"},
		// "It said troops" after the army spoke
		{name: "it after army", ctx: "Al-Shabaab fighters attacked a village. The Somali army said it repelled the assault.", text: "It said troops killed 12 fighters.", span: "It", notActor: "al-shabaab"},
		// descriptor with its own known name is not merged
		{name: "distinct named militia", ctx: "The Wagner Group sent men to the town.", text: "Janjaweed militias looted the market.", span: "Janjaweed militias", notActor: "wagner"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := kb.Explain(c.text, c.ctx)
			m := find(ms, c.span)
			if m == nil {
				t.Fatalf("%q: no mention; got %+v", c.span, ms)
			}
			if c.actor != "" && m.Actor.Actor != c.actor {
				t.Errorf("actor = %q, want %q (%s)", m.Actor.Actor, c.actor, m.Reason)
			}
			if c.notActor != "" && m.Actor.Actor == c.notActor {
				t.Errorf("actor = %q, must not be (%s)", m.Actor.Actor, m.Reason)
			}
			if c.country != "" && m.Actor.Country != c.country {
				t.Errorf("country = %q, want %q (%s)", m.Actor.Country, c.country, m.Reason)
			}
			if c.nameIs != "" && m.Actor.Name != c.nameIs {
				t.Errorf("name = %q, want %q (%s)", m.Actor.Name, c.nameIs, m.Reason)
			}
		})
	}
}

// resolveTagged runs Resolve with the given substrings tagged with the given labels.
func resolveTagged(kb *KB, text string, tags map[string]string) []model.ActorMention {
	a := &model.Annotation{Doc: &model.Document{Text: text}}
	for o, l := range tags {
		if i := strings.Index(text, o); i >= 0 {
			a.Entities = append(a.Entities, model.Entity{Text: o, Label: l, Start: i, End: i + len(o)})
		}
	}
	sort.Slice(a.Entities, func(x, y int) bool { return a.Entities[x].Start < a.Entities[y].Start })
	kb.Resolve(a)
	return a.Actors
}

func TestTaggedPlacesAndStateBodies(t *testing.T) {
	kb := kbT(t)
	cases := []struct {
		name, text string
		tags       map[string]string
		span       string
		actor      string // "" = must not be an actor at all
	}{
		{"camp", "Gunmen shelled the Kalma displacement camp on Monday.", map[string]string{"Kalma": model.PERSON}, "Kalma", ""},
		{"region", "Troops were sent to the Rakhine region.", map[string]string{"Rakhine": model.ORG}, "Rakhine", ""},
		{"apposition city", "The rebels captured Kisangani, the largest city in the north, in May.", map[string]string{"Kisangani": model.PERSON}, "Kisangani", ""},
		{"person after in", "Clashes were reported in Kamanyola on Tuesday.", map[string]string{"Kamanyola": model.PERSON}, "Kamanyola", ""},
		{"dateline", "MOGADISHU, Somalia (AP) - A bomb exploded.", map[string]string{"MOGADISHU": model.ORG}, "MOGADISHU", ""},
		{"street", "Police blocked Uhuru Avenue.", map[string]string{"Uhuru Avenue": model.PERSON}, "Uhuru Avenue", ""},
		{"GPE elsewhere", "Tillabéri was calm. Soldiers left Tillabéri.", map[string]string{"Soldiers left Tillabéri": "", "Tillabéri": model.GPE}, "Tillabéri", ""},
		{"state body kept", "Ugandan Police arrested 12 people.", map[string]string{"Ugandan Police": model.ORG}, "Ugandan Police", "UGA-COP"},
		{"embassy kept", "The Rwanda High Commission protested the arrests.", map[string]string{"Rwanda High Commission": model.ORG}, "Rwanda High Commission", "RWA-GOV"},
		{"two names", "Canada and the European Union condemned it.", map[string]string{"Canada and the European Union": model.ORG}, "Canada", "CAN-GOV"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tags := map[string]string{}
			for k, v := range c.tags {
				if v != "" {
					tags[k] = v
				}
			}
			ms := resolveTagged(kb, c.text, tags)
			m := find(ms, c.span)
			if c.actor == "" {
				if m != nil {
					t.Fatalf("%q: place became an actor: %+v", c.span, *m)
				}
				return
			}
			if m == nil || m.Actor.Actor != c.actor {
				t.Fatalf("%q: want %s, got %+v", c.span, c.actor, ms)
			}
		})
	}
}
