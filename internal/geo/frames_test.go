package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// frameEnt is an entity as the tagger might give it: a label, and an actor id and kind when
// the actor stage resolved it.
type frameEnt struct {
	text, label, actor, kind, cc string
}

// resolveFramed resolves text with the given entities (first occurrence of each text).
func resolveFramed(g *Gazetteer, text string, ents ...frameEnt) *model.Annotation {
	a := &model.Annotation{Doc: &model.Document{Text: text}}
	for _, e := range ents {
		s := strings.Index(text, e.text)
		if s < 0 {
			continue
		}
		a.Entities = append(a.Entities, model.Entity{Text: e.text, Label: e.label, Start: s, End: s + len(e.text), Actor: e.actor})
		if e.actor != "" {
			a.Actors = append(a.Actors, model.ActorMention{Start: s, End: s + len(e.text), Actor: model.Actor{Text: e.text, Actor: e.actor, Kind: e.kind, Country: e.cc}})
		}
	}
	g.Resolve(a)
	return a
}

// placedAt returns the place mention that overlaps the first occurrence of name, nil when none.
func placedAt(a *model.Annotation, name string) *model.PlaceMention {
	s := strings.Index(a.Doc.Text, name)
	e := s + len(name)
	for i := range a.Places {
		if p := &a.Places[i]; p.Start < e && s < p.End {
			return p
		}
	}
	return nil
}

// TestTaggedPlaceFrames: a name the gazetteer knows, tagged as a person, organisation or
// nationality, is a place in a place frame (all texts written for the test).
func TestTaggedPlaceFrames(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		about, text string
		ents        []frameEnt
		name, cc    string // cc "" = must stay unplaced
		label       string // the entity's label afterwards, when given
	}{
		{"apposition", "Russian troops pushed on after taking Kupiansk, a town east of Kharkiv.",
			[]frameEnt{{text: "Kupiansk", label: model.PERSON}, {text: "Kharkiv", label: model.GPE}}, "Kupiansk", "UA", model.GPE},
		{"division word", "Gunmen attacked an army base in the Antioquia department on Sunday.",
			[]frameEnt{{text: "Antioquia", label: model.ORG}}, "Antioquia", "CO", model.GPE},
		{"nationality before region", "Fighting spread in Ethiopia's Oromiya region.",
			[]frameEnt{{text: "Ethiopia", label: model.GPE}, {text: "Oromiya", label: model.NORP}}, "Oromiya", "ET", ""},
		{"list after a preposition", "Shelling hit homes in Kherson and neighbouring Mykolaiv overnight.",
			[]frameEnt{{text: "Kherson", label: model.GPE}, {text: "Mykolaiv", label: model.PERSON}}, "Mykolaiv", "UA", ""},
		{"much of", "Heavy rain flooded much of Baidoa on Sunday.",
			[]frameEnt{{text: "Baidoa", label: model.PERSON}}, "Baidoa", "SO", ""},
		{"called", "The families fled to a lakeside city called Goma.",
			[]frameEnt{{text: "Goma", label: model.PERSON}}, "Goma", "CD", ""},
		{"region of a country", "A drone hit a car near Erbil in the Kurdistan Region of Iraq on Monday.",
			[]frameEnt{{text: "Erbil", label: model.GPE}, {text: "Kurdistan Region of Iraq", label: model.ORG}}, "Kurdistan Region", "IQ", ""},
		{"organisation-tagged supplement region", "Smugglers moved weapons through the Ogaden for years.",
			[]frameEnt{{text: "Ogaden", label: model.ORG}}, "Ogaden", "ET", model.LOC},
		// no frame, or a frame that is not one
		{"person, no frame", "Victoria told reporters the vote would go ahead.",
			[]frameEnt{{text: "Victoria", label: model.PERSON}}, "Victoria", "", model.PERSON},
		{"institution of a country", "Students protested near the University of Jordan on Friday.",
			[]frameEnt{{text: "University of Jordan", label: model.ORG}}, "University", "", model.ORG},
		{"cut name", "Rebels attacked the village of Gaga in the Central Africa Republic.",
			[]frameEnt{{text: "Central Africa", label: model.ORG}}, "Central Africa", "", model.ORG},
		{"direction word", "In their native habitat in the South, the birds are common.",
			[]frameEnt{{text: "South", label: model.ORG}}, "South", "", model.ORG},
		{"title", "The Jammu and Kashmir Chief Minister visited the wounded.",
			[]frameEnt{{text: "Kashmir", label: model.ORG}}, "Kashmir", "", model.ORG},
	} {
		a := resolveFramed(g, c.text, c.ents...)
		p := placedAt(a, c.name)
		if c.cc == "" {
			if p != nil && !p.Metonymy {
				t.Errorf("%s: %q placed at %s %s, want unplaced", c.about, c.name, p.Geo.Name, p.Geo.Country)
			}
		} else if p == nil || p.Metonymy || p.Geo.Country != c.cc {
			t.Errorf("%s: %q → %+v, want a place in %s", c.about, c.name, p, c.cc)
		}
		if c.label != "" {
			for _, en := range a.Entities {
				if strings.HasPrefix(en.Text, c.name) && en.Label != c.label {
					t.Errorf("%s: %q labelled %s, want %s", c.about, en.Text, en.Label, c.label)
				}
			}
		}
	}
}

// TestGovernmentPlace: an organisation-tagged name the actor stage resolved to the government
// of the territory so named is a place mention, a metonym when it speaks.
func TestGovernmentPlace(t *testing.T) {
	g := mustDefault(t)
	gov := frameEnt{text: "Jubaland", label: model.ORG, actor: "jubaland", kind: "GOV", cc: "SO"}
	a := resolveFramed(g, "Jubaland troops entered the town after a week of fighting.", gov)
	if p := placedAt(a, "Jubaland"); p == nil || p.Metonymy || p.Geo.Country != "SO" || a.Entities[0].Label != model.GPE {
		t.Errorf("Jubaland troops: %+v %+v", p, a.Entities)
	}
	a = resolveFramed(g, "Jubaland said the election would be delayed.", gov)
	if p := placedAt(a, "Jubaland"); p == nil || !p.Metonymy {
		t.Errorf("Jubaland said: %+v, want a metonym", p)
	}
	// an armed group is no government of a place
	grp := frameEnt{text: "Jubaland", label: model.ORG, actor: "jubaland-militia", kind: "REB", cc: "SO"}
	a = resolveFramed(g, "Jubaland said the election would be delayed.", grp)
	if p := placedAt(a, "Jubaland"); p != nil {
		t.Errorf("rebel actor: %+v, want no place", p)
	}
}

// TestMetonymyFrames: a name listed after a place preposition, a country before its own
// division, and the object of a preposition or of a verb that takes places are places; a
// country before an organisation or a people stays a metonym.
func TestMetonymyFrames(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct {
		text, name string
		tagged     []string
		met        bool
	}{
		{"Protesters in Tunis and Sfax demanded jobs and bread.", "Sfax", []string{"Tunis", "Sfax"}, false},
		{"Residents in Kherson and Odesa said the sirens never stopped.", "Odesa", []string{"Kherson", "Odesa"}, false},
		{"Gunmen fired at police in Basra and Iran condemned the attack.", "Iran", []string{"Basra", "Iran"}, true},
		{"In Niamey, Mali and Burkina Faso said they would leave the bloc.", "Burkina Faso", []string{"Niamey", "Mali", "Burkina Faso"}, true},
		{"Jihadists crossed into Niger's Tillabéri region overnight.", "Niger", []string{"Niger", "Tillabéri"}, false},
		{"Flooding hit Nigeria's Kano city on Monday.", "Nigeria", []string{"Nigeria", "Kano"}, false},
		{"Cameroon's Far North region said nothing.", "Cameroon", []string{"Cameroon", "Far North region"}, false},
		{"Iran's Quds Force said it would respond.", "Iran", []string{"Iran"}, true},
		{"Herders from Kenya's Turkana community were attacked.", "Kenya", []string{"Kenya", "Turkana"}, true},
		{"The fight for Bakhmut has shifted north.", "Bakhmut", []string{"Bakhmut"}, false},
		{"Migrants crossing the Sinai reported abuses.", "Sinai", []string{"Sinai"}, false},
		{"Israel said it would respond.", "Israel", []string{"Israel"}, true},
	} {
		a := resolveTagged(g, c.text, c.tagged...)
		p := placedAt(a, c.name)
		if p == nil || p.Metonymy != c.met {
			t.Errorf("%q: %q → %+v, want metonymy %v", c.text, c.name, p, c.met)
		}
	}
	// "Cameroon's South-West region": a division named by direction words, untagged
	a := resolveTagged(g, "Separatists burned a school in Cameroon's South-West region.", "Cameroon")
	if p := placedAt(a, "South-West"); p == nil || p.Geo.Country != "CM" || p.Geo.Feature != "admin1" {
		t.Errorf("South-West region: %+v", p)
	}
	// a possessive inside a name the tagger split: "[King]'s [Lynn]"
	a = resolveTagged(g, "Floods closed roads around King's Lynn on Tuesday.", "King", "Lynn")
	if p := placedAt(a, "King's Lynn"); p == nil || p.Text != "King's Lynn" || p.Geo.Country != "GB" {
		t.Errorf("King's Lynn: %+v", p)
	}
}

// TestListSharedContainer: names listed before a plural place noun lie in the container named
// after it; a namesake elsewhere is ruled out.
func TestListSharedContainer(t *testing.T) {
	g := mustDefault(t)
	a := resolveTagged(g, "Floods swept the Trinidad and Kembo neighbourhoods of Kinshasa on Sunday.", "Trinidad", "Kembo", "Kinshasa")
	for _, name := range []string{"Trinidad", "Kembo"} {
		if p := placedAt(a, name); p == nil || p.Geo.Country != "CD" || Distance(p.Geo.Lat, p.Geo.Lon, -4.32, 15.31) > 30 {
			t.Errorf("%s: %+v, want in Kinshasa", name, p)
		}
	}
}

// FuzzTaggedFrames resolves arbitrary text with an entity of any label, with or without a
// government actor, and checks the place spans.
func FuzzTaggedFrames(f *testing.F) {
	for _, s := range []string{"seizing Kupiansk, a hilltop town west of", "in the Kurdistan Region of Iraq", "Ethiopia's Oromiya region",
		"the city Armenians call X", "[Cox]'s [Bazar]", "Protesters in Homs and Aleppo demanded", "crossed into Venezuela's Apure state",
		"the Penha and Alemao favelas in Rio", "Cameroon's North-West region", "’s ' - , in of and",
		"Wad Madani, capital of Gezira", "Abu Dhabi denied", "the Engels air base", "Yemen's Houthis fired", "in central Vietnam's Hue killed",
		"the Kakhovka dam", "the Kursk nuclear power plant", "towns including Lalibela and Gondar", "Peru's parliament was briefly suspended",
		"Enga province. Enga has seen", "Malawi will hold elections", "the Kakhovka Dam"} {
		f.Add(s, 0, 8, uint8(0))
	}
	g := mustDefault(f)
	labels := []string{model.PERSON, model.ORG, model.NORP, model.GPE, model.LOC}
	f.Fuzz(func(t *testing.T, text string, s, e int, l uint8) {
		en := model.Entity{Label: labels[int(l)%len(labels)], Start: s, End: e}
		a := &model.Annotation{Doc: &model.Document{Text: text}, Entities: []model.Entity{en}}
		if l&8 != 0 {
			a.Entities[0].Actor = "x"
			a.Actors = []model.ActorMention{{Start: s, End: e, Actor: model.Actor{Actor: "x", Kind: "GOV", Country: "SO"}}}
		}
		g.Resolve(a)
		for _, p := range a.Places {
			if p.Start < 0 || p.End > len(text) || p.Start > p.End {
				t.Fatalf("bad span %+v", p)
			}
		}
	})
}
