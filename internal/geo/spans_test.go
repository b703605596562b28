package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// spanEnt is an entity given by its text (n-th occurrence, 1-based when > 0) and label.
type spanEnt struct {
	text, label string
	actor       string
}

func spanAnnotation(text string, es []spanEnt) *model.Annotation {
	a := &model.Annotation{Doc: &model.Document{Text: text}}
	from := 0
	for _, e := range es {
		i := strings.Index(text[from:], e.text)
		if i < 0 {
			panic("no " + e.text)
		}
		i += from
		a.Entities = append(a.Entities, model.Entity{Text: e.text, Label: e.label, Start: i, End: i + len(e.text), Actor: e.actor})
		from = i + len(e.text)
	}
	return a
}

func TestJoinSpans(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name string
		text string
		in   []spanEnt
		want []string // entities after the join, "text/LABEL"
	}{
		{"connector particle", "Heavy rain fell across Rio Grande do Sul on Monday.",
			[]spanEnt{{"Rio Grande", "GPE", ""}, {"Sul", "GPE", ""}},
			[]string{"Rio Grande do Sul/GPE"}},
		{"connector, untagged tail", "Shelters opened in Caxias do Sul overnight.",
			[]spanEnt{{"Caxias", "GPE", ""}},
			[]string{"Caxias do Sul/GPE"}},
		{"person-like last word", "Flights left Novi Sad and Debre Markos late.",
			[]spanEnt{{"Novi", "ORG", ""}, {"Sad", "FAC", ""}, {"Debre", "GPE", ""}, {"Markos", "PERSON", ""}},
			[]string{"Novi Sad/GPE", "Debre Markos/GPE"}},
		{"abbreviation inside", "Police in Sault Ste. Marie said the road was shut.",
			[]spanEnt{{"Sault Ste", "PERSON", ""}, {"Marie", "PERSON", ""}},
			[]string{"Sault Ste. Marie/GPE"}},
		{"untagged word before", "Ships gathered near Second Thomas Shoal again.",
			[]spanEnt{{"Thomas Shoal", "PERSON", ""}},
			[]string{"Second Thomas Shoal/LOC"}},
		{"facility head", "Water poured over the Alau Dam on Tuesday.",
			[]spanEnt{{"Alau", "LOC", ""}, {"Dam", "FAC", ""}},
			[]string{"Alau Dam/FAC"}},
		{"direction word split", "Fighting spread across North Darfur.",
			[]spanEnt{{"North", "GPE", ""}, {"Darfur", "LOC", ""}},
			[]string{"North Darfur/GPE"}},
		// no join
		{"two people", "Talks between Luiz Inácio and Marina Silva ended.",
			[]spanEnt{{"Luiz Inácio", "PERSON", ""}, {"Marina Silva", "PERSON", ""}},
			[]string{"Luiz Inácio/PERSON", "Marina Silva/PERSON"}},
		{"unknown phrase", "Troops entered Kenya and Uganda on Friday.",
			[]spanEnt{{"Kenya", "GPE", ""}, {"Uganda", "GPE", ""}},
			[]string{"Kenya/GPE", "Uganda/GPE"}},
		{"actor link kept", "Officials in Rio Grande do Sul said more rain was due.",
			[]spanEnt{{"Rio Grande", "GPE", "X-GOV"}, {"Sul", "GPE", ""}},
			[]string{"Rio Grande/GPE", "Sul/GPE"}},
		{"article before stays out", "The Hague court ruled. The Congo River rose.",
			[]spanEnt{{"Hague", "GPE", ""}, {"Congo River", "LOC", ""}},
			[]string{"Hague/GPE", "Congo River/LOC"}},
		{"division word not taken in", "Clashes hit Upper Nile State.",
			[]spanEnt{{"Upper Nile", "GPE", ""}},
			[]string{"Upper Nile/GPE"}},
		{"sentence end between", "Rain fell in Caxias. Sul Group said so.",
			[]spanEnt{{"Caxias", "GPE", ""}, {"Sul Group", "ORG", ""}},
			[]string{"Caxias/GPE", "Sul Group/ORG"}},
		{"organisation after place", "The Kenya Airways flight landed.",
			[]spanEnt{{"Kenya", "GPE", ""}, {"Airways", "ORG", ""}},
			[]string{"Kenya/GPE", "Airways/ORG"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := spanAnnotation(tc.text, tc.in)
			g.joinSpans(a)
			var got []string
			for _, e := range a.Entities {
				if e.Text != tc.text[e.Start:e.End] {
					t.Errorf("entity text %q does not match its span %q", e.Text, tc.text[e.Start:e.End])
				}
				got = append(got, e.Text+"/"+e.Label)
			}
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestJoinSpansResolve: the joined entity is geocoded as the whole name.
func TestJoinSpansResolve(t *testing.T) {
	g := mustDefault(t)
	text := "Rescuers searched Rio Grande do Sul and Eldorado do Sul, Brazil, on Tuesday."
	a := spanAnnotation(text, []spanEnt{{"Rio Grande", "GPE", ""}, {"Sul", "GPE", ""}, {"Eldorado", "GPE", ""}, {"Sul", "GPE", ""}, {"Brazil", "GPE", ""}})
	g.Resolve(a)
	want := map[string]bool{"Rio Grande do Sul": true, "Eldorado do Sul": true, "Brazil": true}
	for _, e := range a.Entities {
		if !want[e.Text] {
			t.Errorf("unexpected entity %q", e.Text)
			continue
		}
		if e.Geo == nil || e.Geo.Country != "BR" {
			t.Errorf("%s: geo %+v, want BR", e.Text, e.Geo)
		}
	}
}

func FuzzJoinSpans(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Skip(err)
	}
	f.Add("Heavy rain fell across Rio Grande do Sul on Monday.", 23, 33, 37, 40)
	f.Add("Police in Sault Ste. Marie said", 10, 19, 21, 26)
	f.Add("Ste. Ste. . - do -sur- X", 0, 3, 5, 9)
	f.Add("Über Ærø-sur-Mer de Ñ", 0, 5, 6, 20)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		a := &model.Annotation{Doc: &model.Document{Text: text}}
		for _, se := range [][2]int{{s1, e1}, {s2, e2}} {
			if se[0] >= 0 && se[0] < se[1] && se[1] <= len(text) {
				a.Entities = append(a.Entities, model.Entity{Label: model.GPE, Start: se[0], End: se[1], Text: text[se[0]:se[1]]})
			}
		}
		if len(a.Entities) == 2 && a.Entities[1].Start < a.Entities[0].Start {
			a.Entities[0], a.Entities[1] = a.Entities[1], a.Entities[0]
		}
		g.joinSpans(a)
		for i, e := range a.Entities {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End || e.Text != text[e.Start:e.End] {
				t.Fatalf("bad span %d-%d", e.Start, e.End)
			}
			if i > 0 && e.Start < a.Entities[i-1].Start {
				t.Fatalf("entities out of order: %+v", a.Entities)
			}
		}
		spanGap(text, len(text)/2)
		wordBefore(text, len(text)/2)
		if len(text) > 0 {
			capWordEnd(text, 0)
		}
	})
}
