package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleThirtyFour: rule 34 (roads12.go): roads named by a code or a numbered name, in the
// frames fresh news writes them, placed at the stretch the story names in its country. Every
// text was written for the test.
func TestRuleThirtyFour(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// the story spells the road out once, then writes its code in a frame rule 22 lacks
		{about: "Interstate N … I-N", text: "NASHVILLE, Tenn. (AP) — A tractor-trailer overturned on Interstate 40 near Knoxville on Tuesday. Crews cleared debris from I-40 by midnight.",
			names: []labelled{{"NASHVILLE", model.GPE}, {"Tenn.", model.GPE}, {"Knoxville", model.GPE}},
			name:  "I-40", cc: "US", lat: 35.96, lon: -83.92, feature: "other"},
		// session 13: "National Road N" and "State Road N" spelled out are twins of their codes
		{about: "National Road N … the NN", text: "LIBREVILLE, Gabon (AFP) — Floods cut the National Road 1 south of Lambarene on Monday. The disruption on the N1 also affects fuel supplies to the south.",
			names: []labelled{{"LIBREVILLE", model.GPE}, {"Gabon", model.GPE}, {"Lambarene", model.GPE}, {"N1", model.FAC}},
			name:  "N1", cc: "GA"},
		{about: "State Road N … SR-N", text: "ORLANDO, Fla. (AP) — A sinkhole swallowed part of State Road 46 near Sanford on Tuesday. Drivers avoided SR-46 all week.",
			names: []labelled{{"ORLANDO", model.GPE}, {"Fla.", model.GPE}, {"Sanford", model.GPE}},
			name:  "SR-46", cc: "US"},
		// a direction of travel before the code
		{about: "Southbound I-N", text: "CINCINNATI (AP) — Southbound I-75 was shut near Dayton after a truck fire on Monday.",
			names: []labelled{{"CINCINNATI", model.GPE}, {"Dayton", model.GPE}},
			name:  "I-75", cc: "US", lat: 39.76, lon: -84.19},
		// a stretch noun and "of" before the code
		{about: "the stretch of NH-N", text: "GUWAHATI, India — Police restricted speeds on the stretch of NH-27 near Silchar after two crashes.",
			names: []labelled{{"GUWAHATI", model.GPE}, {"India", model.GPE}, {"Silchar", model.GPE}},
			name:  "NH-27", cc: "IN", lat: 24.82, lon: 92.80},
		// a traffic noun after the code
		{about: "an N1 pileup", text: "PRETORIA, South Africa — Three people died in an N1 pileup outside Polokwane on Sunday, police said.",
			names: []labelled{{"PRETORIA", model.GPE}, {"South Africa", model.GPE}, {"Polokwane", model.GPE}},
			name:  "N1", cc: "ZA", lat: -23.90, lon: 29.45},
		// a preposition of roads and an adverb after the code
		{about: "on the N6 just east of", text: "DUBLIN, Ireland — Council crews worked on the N6 just east of Athlone on Friday.",
			names: []labelled{{"DUBLIN", model.GPE}, {"Ireland", model.GPE}, {"Athlone", model.GPE}},
			name:  "N6", cc: "IE", lat: 53.42, lon: -7.94},
		// a code listed with a code of the same network that is a road
		{about: "the BR-N and the BR-N", text: "SAO PAULO (Reuters) — Lorries queued along the BR-101 and the BR-116, officials in Curitiba said on Monday.",
			names: []labelled{{"SAO PAULO", model.GPE}, {"Curitiba", model.GPE}},
			name:  "BR-116", cc: "BR", lat: -25.43, lon: -49.27},
		// a French national road whose number the tagger cut off
		{about: "[Route Nationale]GPE N", text: "PORT-AU-PRINCE, Haiti — Gunmen blocked Route Nationale 2 near Léogâne on Tuesday, witnesses said.",
			names: []labelled{{"PORT-AU-PRINCE", model.GPE}, {"Haiti", model.GPE}, {"Route Nationale", model.GPE}, {"Léogâne", model.GPE}},
			name:  "Route Nationale 2", cc: "HT", lat: 18.51, lon: -72.63},
		// an untagged Spanish numbered road
		{about: "Ruta Nacional N untagged", text: "BUENOS AIRES (Reuters) — Snow closed Ruta Nacional 40 south of Bariloche on Thursday.",
			names: []labelled{{"BUENOS AIRES", model.GPE}, {"Bariloche", model.GPE}},
			name:  "Ruta Nacional 40", cc: "AR", lat: -41.15, lon: -71.31},
		// a code the gazetteer knows as another name of a long road: that road's reading
		{about: "a known code", text: "BELEM, Brazil — Lorries were stuck on a stretch of the BR-230 for days, drivers said.",
			names: []labelled{{"BELEM", model.GPE}, {"Brazil", model.GPE}},
			name:  "BR-230", cc: "BR", lat: -4.0, lon: -53.0},
	})
}

// TestRuleThirtyFourNot: codes that are grades, money, fuels, gases, forms and aircraft stay no
// place, also in the frames rule 34 reads.
func TestRuleThirtyFourNot(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		names       []labelled
		name        string
	}{
		{"a grade", "DUBLIN, Ireland — She earned an A1 grade in mathematics, her school in Cork said.",
			[]labelled{{"DUBLIN", model.GPE}, {"Ireland", model.GPE}, {"Cork", model.GPE}}, "A1"},
		{"money supply", "FRANKFURT (Reuters) — Growth of M1 money supply slowed in the euro zone, the ECB said.",
			[]labelled{{"FRANKFURT", model.GPE}}, "M1"},
		{"a fuel", "LONDON (Reuters) — Petrol stations in Leeds began selling E10 fuel in September.",
			[]labelled{{"LONDON", model.GPE}, {"Leeds", model.GPE}}, "E10"},
		{"a gas", "PRETORIA, South Africa — A leak of N2 gas forced the evacuation of a plant near Sasolburg.",
			[]labelled{{"PRETORIA", model.GPE}, {"South Africa", model.GPE}, {"Sasolburg", model.GPE}}, "N2"},
		{"a form", "HOUSTON (AP) — Employers in Texas must complete Form I-9 for every new hire.",
			[]labelled{{"HOUSTON", model.GPE}, {"Texas", model.GPE}}, "I-9"},
		{"a petition after a stretch word", "HOUSTON (AP) — Applicants in Texas must fill in a section of the I-130 petition by hand.",
			[]labelled{{"HOUSTON", model.GPE}, {"Texas", model.GPE}}, "I-130"},
		{"an airliner's crash", "KARACHI, Pakistan — Investigators studied the A321 crash near Karachi on Friday.",
			[]labelled{{"KARACHI", model.GPE}, {"Pakistan", model.GPE}, {"Karachi", model.GPE}}, "A321"},
		{"an Embraer's accident", "SAO PAULO (Reuters) — The E175 accident near Vinhedo killed everyone on board.",
			[]labelled{{"SAO PAULO", model.GPE}, {"Vinhedo", model.GPE}}, "E175"},
	} {
		a := resolveLabelled(g, c.text, c.names)
		if p := lastPlace(a, c.text, c.name); p != nil && !p.Metonymy {
			t.Errorf("%s: %q placed at %s|%s", c.about, c.name, p.Geo.Name, p.Geo.Country)
		}
	}
}

// FuzzRuleThirtyFour feeds rule 34's readers arbitrary text around road words and codes.
func FuzzRuleThirtyFour(f *testing.F) {
	for _, s := range []string{"Route Nationale 1", "Ruta Nacional", "the stretch of NH-", "Southbound I-", "an N1 pileup", "the BR-364 and the BR-", "Kano-", "on the N6 just", "Route Nationale 0"} {
		f.Add(s)
	}
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text := "ABUJA, Nigeria — Gunmen attacked " + s + " near Kano. Interstate 75 and " + s + " road were closed."
		a := resolveLabelled(g, text, []labelled{{"ABUJA", model.GPE}, {"Nigeria", model.GPE}, {"Kano", model.GPE}})
		for _, p := range a.Places {
			if p.Start < 0 || p.End > len(text) || p.Start > p.End {
				t.Fatalf("bad span %d-%d", p.Start, p.End)
			}
		}
	})
}
