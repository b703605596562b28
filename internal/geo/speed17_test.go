package geo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// testResolver makes a resolver over text and its entities as Resolve does, without resolving.
func testResolver(g *Gazetteer, text string, ents []model.Entity, actors []model.ActorMention) *resolver {
	a := &model.Annotation{Doc: &model.Document{Text: text}, Entities: ents, Actors: actors}
	toks := tokenize(text, nil, nil)
	ltext := asciiLower(text)
	return &resolver{g: g, a: a, text: text, ltext: ltext, toks: toks, lows: lowTokens(make([]string, len(toks)), ltext, toks), wcls: make([]wordClass, len(toks))}
}

// TestElsewhereIndexExact checks that lowerElsewhere and namedElsewhere answer the same from
// their index as from a scan of the text and the entities, over the development articles'
// words and over names written for the test (people, actors, a name shared by two entities,
// a name given only by the asking entity itself).
func TestElsewhereIndexExact(t *testing.T) {
	g := mustDefault(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "toponym-articles-dev*", "*.txt"))
	if len(files) > 40 {
		files = files[:40]
	}
	if len(files) == 0 {
		t.Fatal("no development articles")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := testResolver(g, string(b), nil, nil)
		r.elsewhere.wordAsks = elsewhereAsks // (the next question builds the index)
		for _, tk := range r.toks {
			if !tk.word {
				continue
			}
			for _, w := range []string{r.ltext[tk.s:tk.e], strings.ToLower(r.text[tk.s:tk.e])} {
				if got, want := r.lowerElsewhere(w), r.lowerScan(w); got != want {
					t.Errorf("%s: lowerElsewhere(%q) = %v from the index, %v from the text", f, w, got, want)
				}
			}
		}
		if r.elsewhere.runs == nil {
			t.Fatalf("%s: no index was built", f)
		}
	}

	text := "Murray Watt met Okafor. Danny Okafor spoke in Jordan. Jordan Peterson said Hamas fired. Hamas and the Hamas group. Watt left. Mr Okafor and Okafor."
	ent := func(s string, nth int, label, actor string) model.Entity {
		i := -1
		for ; nth >= 0; nth-- {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return model.Entity{Text: s, Label: label, Start: i, End: i + len(s), Actor: actor}
	}
	ents := []model.Entity{
		ent("Murray Watt", 0, model.PERSON, ""), ent("Okafor", 0, model.PERSON, ""), ent("Danny Okafor", 0, model.PERSON, ""),
		ent("Jordan", 0, model.GPE, "JOR"), ent("Jordan Peterson", 0, model.PERSON, ""), ent("Hamas", 0, model.ORG, "HAMAS"),
		ent("Hamas", 1, model.ORG, "HAMAS"), ent("Watt", 1, model.PERSON, ""), ent("Mr Okafor", 0, model.PERSON, ""),
		{Text: "bad", Label: model.PERSON, Start: -1, End: 3},
	}
	actors := []model.ActorMention{{Start: strings.Index(text, "the Hamas group"), End: strings.Index(text, "the Hamas group") + len("the Hamas group"), Actor: model.Actor{Actor: "HAMAS"}}}
	r := testResolver(g, text, ents, actors)
	r.elsewhere.entAsks = elsewhereAsks
	names := []string{"Murray", "Watt", "Okafor", "Danny", "Jordan", "Peterson", "Hamas", "the Hamas group", "Mr", "Murray Watt", "Nobody"}
	for e := range ents {
		for _, n := range names {
			for _, persons := range []bool{false, true} {
				if got, want := r.namedElsewhere(e, n, persons), r.namedScan(e, n, persons); got != want {
					t.Errorf("namedElsewhere(%d, %q, %v) = %v from the index, %v from the entities", e, n, persons, got, want)
				}
			}
		}
	}
	if r.elsewhere.ents == nil {
		t.Fatal("no entity index was built")
	}
}

// TestSpeedFilters checks the cheap tests placed before slower ones: every word riverNames
// reacts to has riverWordShape; locativeShort still reads its particles after the space test
// and rejects what it rejected.
func TestSpeedFilters(t *testing.T) {
	for _, w := range riverWords {
		if !riverWordShape(w) {
			t.Errorf("riverWordShape(%q) = false", w)
		}
	}
	for _, w := range []string{"flooded", "overflowed", "swelled", "burst", "broke"} {
		if !riverVerb(w) {
			t.Errorf("riverVerb(%q) = false: riverWords is out of step", w)
		}
	}
	for _, w := range []string{"flows", "flowed", "empties", "emptied", "meanders", "meandered"} {
		if !flowVerb13(w) {
			t.Errorf("flowVerb13(%q) = false: riverWords is out of step", w)
		}
	}
	for _, w := range []string{"the", "of", "said", "a"} {
		if riverWordShape(w) {
			t.Errorf("riverWordShape(%q) = true", w)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Frankfurt an der Oder", "Frankfurt Oder"}, {"Gries am Brenner", "Gries Brenner"}, {"Neumarkt in der Oberpfalz", "Neumarkt Oberpfalz"},
		{"Wolfsberg im Schwarzautal", "Wolfsberg Schwarzautal"}, {"Alphen aan den Rijn", "Alphen Rijn"}, {"Rothenburg ob der Tauber", "Rothenburg Tauber"},
		{"Frankfurt", ""}, {"an der Oder", ""}, {"Frankfurt an", ""}, {"New York", ""}, {"Bad Aibling", ""}, {"", ""},
	} {
		got, ok := locativeShort(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("locativeShort(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

// FuzzSession17 runs session 17's rules and indexes (a long text's sentence ranges, the
// elsewhere indexes after many questions, rules 71–73) over a text with a fuzzed piece in
// several places; every place must lie on the map and inside the text.
func FuzzSession17(f *testing.F) {
	g := mustDefault(f)
	for _, s := range []string{"", "St Helens", ", the town of", "Northern", "of", "Congolese", "\n\n", "Okafor", "Murray Watt", "the Kasumbalesa border post", "Boston, Massachusetts"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 200 {
			return
		}
		text := "HOBART (AAP) - Floods near " + s + " St Helens and Cornwall. Residents of Falmouth, the town of " + s + " Scamander, left. " +
			strings.Repeat("Crews from Launceston and Hobart met "+s+" Okafor in Fingal. ", 12) + "The Northern Grampians " + s + " and Benin, the town of Fada N'Gourma."
		names := []labelled{{"HOBART", model.GPE}, {"St Helens", model.GPE}, {"Cornwall", model.GPE}, {"Falmouth", model.GPE}, {"Scamander", model.GPE}}
		for i := 0; i < 12; i++ {
			names = append(names, labelled{"Launceston", model.GPE}, labelled{"Hobart", model.GPE}, labelled{"Okafor", model.PERSON}, labelled{"Fingal", model.GPE})
		}
		names = append(names, labelled{"Northern Grampians", model.GPE}, labelled{"Benin", model.GPE}, labelled{"Fada N'Gourma", model.GPE})
		checkPlacesOnMap(t, s, text, resolveLabelled(g, text, names))
	})
}
