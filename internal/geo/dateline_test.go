package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestDateline: names in capitals at the start of the body (wire datelines) are places; capitals
// elsewhere, labels ("BREAKING:") and acronyms are not. The datelines are written for the test.
func TestDateline(t *testing.T) {
	g := mustDefault(t)
	type want struct{ text, name, cc string }
	cases := []struct {
		doc  string
		want []want   // places in capitals the dateline must give (text, geo name, country)
		not  []string // capitalised words that must not become places
	}{
		{"TRIPOLI, Libya (AP) — Clashes between rival militias erupted in the capital on Monday.", []want{{"TRIPOLI", "Tripoli", "LY"}}, nil},
		{"TRIPOLI, Lebanon (AP) — Gunmen opened fire on a wedding party on Monday.", []want{{"TRIPOLI", "Tripoli", "LB"}}, nil},
		{"BAMAKO, Mali (Reuters) - Soldiers were killed when their convoy hit a mine.", []want{{"BAMAKO", "Bamako", "ML"}}, nil},
		{"KYIV — Russia launched 90 drones overnight, the air force said.", []want{{"KYIV", "Kyiv", "UA"}}, nil},
		{"GUSAU, Nigeria, Aug 14 (Reuters) - Gunmen abducted 20 villagers, police said.", []want{{"GUSAU", "Gusau", "NG"}}, nil},
		{"NARATHIWAT: Two rangers were killed by a roadside bomb on Tuesday.", []want{{"NARATHIWAT", "Narathiwat", "TH"}}, nil},
		{"JERUSALEM/ADEN, Oct 19 (Reuters) - Israeli jets struck a port held by the Houthis.", []want{{"JERUSALEM", "Jerusalem", "IL"}, {"ADEN", "Aden", "YE"}}, nil},
		{"WASHINGTON (AP) — The White House said on Monday it would send an envoy.", []want{{"WASHINGTON", "Washington", "US"}}, nil},
		{"GAZA CITY (AP) — An airstrike flattened a house in the north of the strip.", []want{{"GAZA CITY", "Gaza", "PS"}}, nil},
		{"PORT-AU-PRINCE, Haiti (AP) — Gangs burned homes in a suburb overnight.", []want{{"PORT-AU-PRINCE", "Port-au-Prince", "HT"}}, nil},
		{"ADDIS ABABA, March 17 (Reuters) - The army said it had repelled an attack.", []want{{"ADDIS ABABA", "Addis Ababa", "ET"}}, nil},
		{"BUNIA, Democratic Republic of Congo, Aug. 12, 2025 (Reuters) — Fighting killed 11 people.", []want{{"BUNIA", "Bunia", "CD"}}, nil},
		{"JAKARTA, Aug. 12 (Xinhua) -- A landslide buried a mining camp.", []want{{"JAKARTA", "Jakarta", "ID"}}, nil},
		// the Indian and Pakistani press: ", Month day:" after the name
		{"SILCHAR, Aug 14: Floodwater entered the town's low-lying wards on Wednesday.", []want{{"SILCHAR", "Silchar", "IN"}}, nil},
		{"PESHAWAR, July 3: Police arrested four men on Tuesday.", []want{{"PESHAWAR", "Peshawar", "PK"}}, nil},
		// after a byline and an "Updated" line
		{"By JANE DOE and JOHN ROE\nUpdated 2:47 PM GMT+3, September 3, 2026\n\nODESA, Ukraine (AP) — Drones hit the port.", []want{{"ODESA", "Odesa", "UA"}}, []string{"JANE", "DOE", "JOHN", "ROE"}},
		// a label line before the dateline is passed over
		{"WRITER: Somchai Jaidee\nYALA: A bomb wounded two soldiers on Monday.", []want{{"YALA", "Yala", "TH"}}, []string{"WRITER"}},
		// negatives
		{"AP — The president said on Monday he would veto the bill.", nil, []string{"AP"}},
		{"BREAKING: The president said on Monday he would veto the bill.", nil, []string{"BREAKING"}},
		{"UN — The UN said on Monday that aid was blocked.", nil, []string{"UN"}},
		{"NATO: Allies agreed to raise spending on Monday.", nil, []string{"NATO"}},
		{"FILE - A man walks past a damaged building in the city.", nil, []string{"FILE"}},
		{"HAMAS — Fighters said they had fired rockets.", nil, []string{"HAMAS"}},
		{"SPLIT: The board voted to divide the company.", nil, []string{"SPLIT"}},
		{"UPDATE, 2 PM: The board voted to divide the company.", nil, []string{"UPDATE"}},
		{"UPDATE 2-Militants kill 12 in attack on army post", nil, []string{"UPDATE"}},
		// an all-capital headline is no dateline; acronyms in the body stay acronyms
		{"MAN HELD OVER NICE ATTACK\nPolice said the man, a member of ISIS, was held.", nil, []string{"MAN", "NICE", "ISIS"}},
		{"Police said on Monday that ISIS and the US had clashed. MAN said NICE.", nil, []string{"ISIS", "MAN", "NICE"}},
		// a dateline in capitals only at the start of a line
		{"Officials said on Monday. Later, KYIV — the capital — was quiet.", nil, []string{"KYIV"}},
	}
	for _, c := range cases {
		a := resolveText(g, c.doc)
		for _, w := range c.want {
			p := findPlace(a, w.text)
			if p == nil {
				t.Errorf("%q: %q not placed (places %v)", c.doc, w.text, a.Places)
				continue
			}
			if p.Geo.Country != w.cc || !strings.EqualFold(Key(p.Geo.Name), Key(w.name)) {
				t.Errorf("%q: %q = %s/%s, want %s/%s", c.doc, w.text, p.Geo.Name, p.Geo.Country, w.name, w.cc)
			}
			if p.Metonymy {
				t.Errorf("%q: dateline %q marked metonymy", c.doc, w.text)
			}
			found := false
			for _, e := range a.Entities {
				if e.Start == p.Start && e.Text == w.text && e.Label == model.GPE && e.Geo != nil && e.Geo.Country == w.cc {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no GPE entity for %q", c.doc, w.text)
			}
		}
		for _, n := range c.not {
			if p := findPlace(a, n); p != nil {
				t.Errorf("%q: %q placed as %s/%s", c.doc, n, p.Geo.Name, p.Geo.Country)
			}
		}
	}
}

// TestDatelineEntities: a dateline the tagger read as an organisation becomes a place entity; a
// tagged place stays as it is; a town the gazetteer lacks is put in the country after the comma.
func TestDatelineEntities(t *testing.T) {
	g := mustDefault(t)
	text := "ISLAMABAD (Reuters) — Pakistan gave Afghanistan seven days to act."
	a := &model.Annotation{Doc: &model.Document{Text: text}, Entities: []model.Entity{
		{Text: "ISLAMABAD", Label: model.ORG, Start: 0, End: 9},
		{Text: "Reuters", Label: model.ORG, Start: 11, End: 18},
	}}
	g.Resolve(a)
	if e := a.Entities[0]; e.Label != model.GPE || e.Geo == nil || e.Geo.Country != "PK" || e.Geo.Name != "Islamabad" {
		t.Errorf("ISLAMABAD entity = %+v, geo %+v", e, e.Geo)
	}
	if a.Entities[1].Label != model.ORG || a.Entities[1].Geo != nil {
		t.Errorf("Reuters entity changed: %+v", a.Entities[1])
	}
	if findPlace(a, "ISLAMABAD") == nil {
		t.Errorf("no place for ISLAMABAD: %v", a.Places)
	}
	// An actor-resolved organisation is left alone.
	a = &model.Annotation{Doc: &model.Document{Text: text}, Entities: []model.Entity{{Text: "ISLAMABAD", Label: model.ORG, Start: 0, End: 9, Actor: "some-actor"}}}
	g.Resolve(a)
	if a.Entities[0].Label != model.ORG || findPlace(a, "ISLAMABAD") != nil {
		t.Errorf("actor entity relabelled: %+v", a.Entities[0])
	}
	// A tagged place keeps its single entity.
	text = "BEIRUT, Lebanon (AP) — A drone struck a car."
	a = &model.Annotation{Doc: &model.Document{Text: text}, Entities: []model.Entity{{Text: "BEIRUT", Label: model.GPE, Start: 0, End: 6}, {Text: "Lebanon", Label: model.GPE, Start: 8, End: 15}}}
	g.Resolve(a)
	n := 0
	for _, e := range a.Entities {
		if e.Start == 0 {
			n++
		}
	}
	if p := findPlace(a, "BEIRUT"); n != 1 || p == nil || p.Geo.Country != "LB" {
		t.Errorf("BEIRUT: %d entities, place %+v", n, p)
	}
	// A town the gazetteer lacks: in the country after the comma, approximate.
	a = resolveText(g, "QWERTYVILLE, Kenya (AP) — Protesters blocked a highway.")
	if p := findPlace(a, "QWERTYVILLE"); p == nil || p.Geo.Country != "KE" || !p.Geo.Approximate || p.Geo.Precision != 3 || p.Geo.Name != "Qwertyville" {
		t.Errorf("QWERTYVILLE: %+v", p)
	}
	// … but not without a country: nothing says it is a place.
	a = resolveText(g, "QWERTYVILLE (AP) — Protesters blocked a highway.")
	if p := findPlace(a, "QWERTYVILLE"); p != nil {
		t.Errorf("QWERTYVILLE without a country placed: %+v", p)
	}
}

// FuzzDateline: any text opening (datelines, bylines, headlines) resolves without panics and
// with places inside the text.
func FuzzDateline(f *testing.F) {
	for _, s := range []string{
		"TRIPOLI, Libya (AP) — x", "JERUSALEM/ADEN, Oct 19 (Reuters) - x", "KYIV —", "NARATHIWAT:",
		"A/B/C, , , (", "ST. LOUIS (AP) — y", "X-", "ÉÉ, Ÿ (Z) — é", "PORT-AU-PRINCE, Haiti (", "\n\n\nGAZA CITY —\n",
		"BAMAKO, Mali, Aug 14, 2025, x (Reuters) -- y", "(AP) —", "ADEN/", strings.Repeat("KYIV ", 20) + "— a",
		"Head\nKathmandu\n" + strings.Repeat("a b. ", 30), "Head\n\nPort Moresby \n\n" + strings.Repeat("x ", 60),
	} {
		f.Add(s)
	}
	g := mustDefault(f)
	f.Fuzz(func(t *testing.T, s string) {
		a := &model.Annotation{Doc: &model.Document{Text: s}, Entities: []model.Entity{{Text: "x", Label: model.ORG, Start: 0, End: min(len(s), 4)}}}
		g.Resolve(a)
		for _, p := range a.Places {
			if p.Start < 0 || p.End > len(s) || p.Start >= p.End || s[p.Start:p.End] != p.Text {
				t.Fatalf("bad place %+v in %q", p, s)
			}
		}
	})
}

// TestLineDateline: a town alone on a line between the header and the body is the dateline;
// section labels, subheads after the body and countries are not. Texts written for the test.
func TestLineDateline(t *testing.T) {
	g := mustDefault(t)
	body := "The government imposed a curfew on Tuesday after two days of protests in which at least twelve people were killed, officials said."
	cases := []struct {
		doc, name, cc string // cc "" when no dateline place is expected
	}{
		{"Curfew imposed after protests\nStaff Reporter\nPublished: 2026-11-11\nKathmandu\n" + body, "Kathmandu", "NP"},
		{"Curfew imposed after protests\nPort Moresby\n" + body, "Port Moresby", "PG"},
		{"Curfew imposed after protests\nNAIROBI\n" + body, "Nairobi", "KE"},
		// a section label, a country, a common word: no dateline
		{"Curfew imposed after protests\nPacific\n" + body, "", ""},
		{"Curfew imposed after protests\nWorld\n" + body, "", ""},
		{"Curfew imposed after protests\nNepal\n" + body, "", ""},
		// a subhead after the body has begun is no dateline
		{"Curfew imposed after protests\n" + body + "\nBeirut\n" + body, "", ""},
		// the headline itself is never the dateline
		{"Kathmandu\n" + body, "", ""},
	}
	for _, c := range cases {
		a := resolveText(g, c.doc)
		p, ok := DatelinePlace(a)
		if c.cc == "" {
			if ok {
				t.Errorf("%q: unexpected dateline %q (%s)", c.doc[:40], p.Text, p.Geo.Name)
			}
			continue
		}
		if !ok || p.Geo.Name != c.name || p.Geo.Country != c.cc {
			t.Errorf("%q: dateline %v %+v, want %s/%s", c.doc[:40], ok, p.Geo, c.name, c.cc)
		}
	}
}

func FuzzLineDateline(f *testing.F) {
	for _, s := range []string{"Head\nKathmandu\n" + strings.Repeat("a b. ", 30), "\n\nX\n", "H\nÉé\n" + strings.Repeat("é", 120), "a\nB c D e\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if st, e, ok := LineDateline(s); ok && (st < 0 || e > len(s) || st >= e) {
			t.Fatalf("bad span %d %d in %q", st, e, s)
		}
	})
}

// TestDatelineTownBeforeDivision: a dateline names the town the reporter files from, so a city
// beats a first-level division of its name ("SALZBURG, Austria" is the city, not the state),
// and an alternate name counts for a city the container after the comma vouches for
// ("TUCUMAN, Argentina" is San Miguel de Tucumán); a name that is only a division stays one.
func TestDatelineTownBeforeDivision(t *testing.T) {
	g := mustDefault(t)
	for _, c := range []struct{ doc, text, cc, feature string }{
		{"SALZBURG, Austria (Reuters) - Floods closed the motorway on Tuesday.", "SALZBURG", "AT", "city"},
		{"TUCUMAN, Argentina (AP) — Farmers blocked a highway on Monday.", "TUCUMAN", "AR", "city"},
		{"QUETTA, Pakistan (Reuters) - A bomb killed three policemen on Monday.", "QUETTA", "PK", "city"},
		{"BALOCHISTAN, Pakistan (Reuters) - Gunmen killed three workers on Monday.", "BALOCHISTAN", "PK", "admin1"},
	} {
		a := resolveText(g, c.doc)
		p := findPlace(a, c.text)
		if p == nil {
			t.Errorf("%q: %q not placed", c.doc, c.text)
			continue
		}
		if p.Geo.Country != c.cc || p.Geo.Feature != c.feature {
			t.Errorf("%q: %q = %s %s/%s, want a %s in %s", c.doc, c.text, p.Geo.Name, p.Geo.Country, p.Geo.Feature, c.feature, c.cc)
		}
	}
}
