package actors

import (
	"testing"
)

// TestResolutionFixes covers general resolution rules: organisation names win over nested
// country names, generic actors take their country from context and not from a stray
// mention, places are not actors, coreference after speech verbs, and generic social groups.
func TestResolutionFixes(t *testing.T) {
	kb := kbT(t)
	cases := []struct {
		name, ctx, text, span string
		actor, country, kind  string
		nameIs                string
		none                  bool // span must not resolve to any actor
	}{
		// 1. country inside an organisation name
		{name: "country in commission name", text: "The Uganda Human Rights Commission said the detentions were unlawful.", span: "Uganda", none: true},
		{name: "country in network name", text: "The Ghana Doctors Association condemned the attack.", span: "Ghana", none: true},
		// 2. country of generic actors
		{name: "police dominant country", ctx: "Gunmen attacked a village in Kaduna, Nigeria. Nigerian officials said 12 were killed. Nigeria's president condemned it. A similar attack once happened in Peru.", text: "Police said the attackers fled.", span: "Police", country: "NG"},
		{name: "soldiers dominant country", ctx: "Kenya's government deployed troops in Kenya's north. Kenyan officials confirmed. An envoy from Chile visited last year.", text: "Soldiers patrolled the area.", span: "Soldiers", country: "KE"},
		// 3. places are not actors
		{name: "town not actor", ctx: "Fighting erupted in eastern Congo.", text: "Bukavu was calm on Monday.", span: "Bukavu", none: true},
		{name: "camp not actor", ctx: "Sudan's war continues.", text: "Zamzam said to be shelled again.", span: "Zamzam", none: true},
		// 5. generic social groups
		{name: "garment workers", ctx: "Unrest spread across Cambodia.", text: "Garment workers in Phnom Penh blocked a road.", span: "Garment workers", country: "KH", kind: "LAB"},
		{name: "union leaders", ctx: "Unrest spread across Cambodia.", text: "Union leaders in Phnom Penh called a strike.", span: "Union leaders", country: "KH", kind: "LAB"},
		{name: "labor leaders", ctx: "Unrest spread across Cambodia.", text: "Labor leaders in Phnom Penh threatened a general strike.", span: "Labor leaders", country: "KH", kind: "LAB", nameIs: "Labor Group (Cambodia)"},
		{name: "students", ctx: "Unrest spread across Cambodia.", text: "Students marched in Phnom Penh.", span: "Students", country: "KH", kind: "CVL"},
		{name: "farmers", ctx: "Unrest spread across Cambodia.", text: "Farmers in Phnom Penh protested.", span: "Farmers", country: "KH"},
		{name: "teachers", ctx: "Unrest spread across Cambodia.", text: "Teachers in Phnom Penh went on strike.", span: "Teachers", country: "KH"},
		{name: "traders", ctx: "Unrest spread across Cambodia.", text: "Traders in Phnom Penh shut their shops.", span: "Traders", country: "KH"},
		{name: "doctors", ctx: "Unrest spread across Cambodia.", text: "Doctors in Phnom Penh walked out.", span: "Doctors", country: "KH"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := kb.Explain(c.text, c.ctx)
			m := find(ms, c.span)
			if c.none {
				if m != nil && (m.Actor.Actor != "" || m.Actor.Name != "") {
					t.Fatalf("%q: want no actor, got %+v", c.span, *m)
				}
				return
			}
			if m == nil {
				t.Fatalf("%q: no mention; got %+v", c.span, ms)
			}
			if c.actor != "" && m.Actor.Actor != c.actor {
				t.Errorf("actor = %q, want %q (%s)", m.Actor.Actor, c.actor, m.Reason)
			}
			if c.country != "" && m.Actor.Country != c.country {
				t.Errorf("country = %q, want %q (%s)", m.Actor.Country, c.country, m.Reason)
			}
			if c.kind != "" && m.Actor.Kind != c.kind {
				t.Errorf("kind = %q, want %q (%s)", m.Actor.Kind, c.kind, m.Reason)
			}
			if c.nameIs != "" && m.Actor.Name != c.nameIs {
				t.Errorf("name = %q, want %q", m.Actor.Name, c.nameIs)
			}
		})
	}
}
