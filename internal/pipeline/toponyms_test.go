package pipeline

import (
	"bufio"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner/nerdata"
)

// toponymLine is one labelled toponym of internal/geo/testdata/toponyms*.tsv: the text, the
// toponym as written (its first occurrence is the one labelled), the country, the point and
// (six-column files) the kind: country, admin1, admin2, city, town, feature or region, and
// (seven-column files) its use: "place" when the text names the location, "actor" when the name
// stands for a government or people acting ("Djibouti agreed"; metonymy).
type toponymLine struct {
	text, toponym, cc, kind, use string
	lat, lon                     float64
}

func readToponymLines(t *testing.T, file string) []toponymLine {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []toponymLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 5 || len(c) > 7 {
			t.Fatalf("%s: bad line %q", file, line)
		}
		l := toponymLine{text: c[0], toponym: c[1], cc: c[2], kind: "unknown", use: "place"}
		if len(c) >= 6 {
			l.kind = c[5]
		}
		if len(c) == 7 {
			l.use = c[6]
		}
		if l.use != "place" && l.use != "actor" {
			t.Fatalf("%s: use %q is neither place nor actor in %q", file, l.use, line)
		}
		var e1, e2 error
		l.lat, e1 = strconv.ParseFloat(c[3], 64)
		l.lon, e2 = strconv.ParseFloat(c[4], 64)
		if e1 != nil || e2 != nil || !strings.Contains(c[0], c[1]) {
			t.Fatalf("%s: bad line %q", file, line)
		}
		out = append(out, l)
	}
	return out
}

// toponymScore counts one set (or one kind of place in it).
type toponymScore struct {
	n, placed, country, right int
}

func (s toponymScore) share(k int) float64 { return float64(k) / float64(max(s.n, 1)) }

// count adds the reading g (nil: unplaced) of l; n is counted by the caller.
func (s *toponymScore) count(l toponymLine, g *model.Geo) {
	if g == nil {
		return
	}
	s.placed++
	if strings.EqualFold(g.Country, l.cc) || l.cc == "" && rightPlace(l, *g) {
		s.country++
	}
	if rightPlace(l, *g) {
		s.right++
	}
}

// rightPlace says whether a reading of a labelled toponym is right. A point (city, town,
// unknown kind) must be within 161 km, the usual geoparsing tolerance. An area's labelled
// point is the annotator's idea of its centre, which can lie hundreds of kilometres from
// GeoNames' point for the same area: a country is right when its country is (as a country, or
// as a directional region of it: "northern Mali" with "Mali" labelled), a region,
// division or natural feature when its country is and the points are within 400 km. A toponym
// labelled with no country (a sea, a border river or lake, a range or bridge shared by several
// countries) has no country to get wrong: its reading is judged by distance alone, and its
// country counts as right when the place is (a reading that gives the Naf the country of the
// story's side, Bangladesh, is right when it is the river).
func rightPlace(l toponymLine, g model.Geo) bool {
	if l.cc != "" && !strings.EqualFold(g.Country, l.cc) {
		return false
	}
	d := geo.Distance(g.Lat, g.Lon, l.lat, l.lon)
	switch l.kind {
	case "country":
		// "northern Mali" read as the region Northern Mali (precision 3) where the annotator
		// labelled the country's name: a part of the right country, so right
		return g.Feature == "country" || g.Feature == "region" && g.Precision == 3 && g.Country != ""
	case "admin1", "admin2", "region", "feature":
		return d <= 400
	}
	return d <= 161
}

// toponymTally scores labelled toponym spans against annotations: the strict reading (a
// non-metonymic place, or any reading of an actor use) per kind, the output reading (the geo of
// the entity covering the span) and the metonymy decisions.
type toponymTally struct {
	verbose                                            bool
	all, output                                        toponymScore
	kinds                                              map[string]*toponymScore
	actorLines, actorFlagged, placeLines, placeFlagged int
	// unplaced labels (strict reading) by what covers their span: no entity, a GPE/LOC/FAC
	// entity, another label (PERSON, ORG, NORP …)
	unEntity, unPlaceLabel, unOtherLabel int
	// unplaced labels by the covering entity's label and the label's kind ("ORG feature")
	unByLabel map[string]int
	// gaz, when set, sorts the misses by what the gazetteer holds for the toponym as written
	// (missKinds: "unplaced/wrong" × "a right candidate", "the right country only", "other
	// candidates", "no candidate"): a ranking error, a coverage error or a name not in it
	gaz       *geo.Gazetteer
	missKinds map[string]int
}

func newToponymTally(verbose bool, gaz *geo.Gazetteer) *toponymTally {
	return &toponymTally{verbose: verbose, gaz: gaz, kinds: map[string]*toponymScore{}, missKinds: map[string]int{}}
}

// missKind names what the gazetteer holds for a missed toponym (see toponymTally.gaz).
func (y *toponymTally) missKind(l toponymLine) string {
	cands := y.gaz.Lookup(l.toponym, "")
	if len(cands) == 0 {
		return "no candidate"
	}
	inCountry := false
	for _, c := range cands {
		if rightPlace(l, c) {
			return "a right candidate"
		}
		inCountry = inCountry || strings.EqualFold(c.Country, l.cc)
	}
	if inCountry {
		return "the right country only"
	}
	return "other candidates"
}

// add scores the labelled toponym l at [start, end) of a's text.
func (y *toponymTally) add(t *testing.T, a *model.Annotation, start, end int, l toponymLine) {
	var got, any *model.PlaceMention
	for i := range a.Places {
		pm := &a.Places[i]
		if pm.Start >= end || start >= pm.End {
			continue
		}
		if any == nil {
			any = pm
		}
		if got == nil && (!pm.Metonymy || l.use == "actor") {
			got = pm
		}
	}
	flagged := any != nil && any.Metonymy
	if l.use == "actor" {
		y.actorLines++
		if flagged {
			y.actorFlagged++
		}
	} else {
		y.placeLines++
		if flagged {
			y.placeFlagged++
		}
	}
	y.output.n++
	for _, e := range a.Entities {
		if e.Start < end && start < e.End && e.Geo != nil {
			y.output.count(l, e.Geo)
			break
		}
	}
	k := y.kinds[l.kind]
	if k == nil {
		k = &toponymScore{}
		y.kinds[l.kind] = k
	}
	var g *model.Geo
	label := ""
	if got != nil {
		g = &got.Geo
	} else {
		for _, e := range a.Entities {
			if e.Start < end && start < e.End {
				label = e.Label + " " + strconv.Quote(a.Doc.Text[e.Start:e.End])
				break
			}
		}
		lab, _, _ := strings.Cut(label, " ")
		switch lab {
		case "":
			y.unEntity++
		case model.GPE, model.LOC, model.FAC:
			y.unPlaceLabel++
		default:
			y.unOtherLabel++
		}
		if y.unByLabel == nil {
			y.unByLabel = map[string]int{}
		}
		if lab == "" {
			lab = "none"
		}
		y.unByLabel[lab+" "+l.kind]++
	}
	y.all.n++
	k.n++
	y.all.count(l, g)
	k.count(l, g)
	if y.gaz != nil && (g == nil || !rightPlace(l, *g)) {
		how := "wrong"
		if g == nil {
			how = "unplaced"
		}
		mk := y.missKind(l)
		if g != nil && mk == "a right candidate" {
			// a ranking error: what was chosen against what was right
			for _, c := range y.gaz.Lookup(l.toponym, "") {
				if rightPlace(l, c) {
					abroad := "same country"
					if !strings.EqualFold(g.Country, l.cc) {
						abroad = "abroad"
					}
					y.missKinds["ranking: "+g.Feature+" chosen ("+abroad+"), "+c.Feature+" right"]++
					break
				}
			}
		}
		y.missKinds[how+", "+mk]++
		y.missKinds[l.kind+" "+how+", "+mk]++
		if g == nil {
			why := "untagged"
			switch {
			case flagged:
				why = "read as an actor"
			case label != "":
				why, _, _ = strings.Cut(label, " ")
			}
			y.missKinds["unplaced ("+why+"), "+mk]++
		}
	}
	if !y.verbose {
		return
	}
	// the words around the span, so that a line of an article names its use
	lo, hi := max(0, start-60), min(len(a.Doc.Text), end+60)
	for lo > 0 && !utf8.RuneStart(a.Doc.Text[lo]) {
		lo--
	}
	for hi < len(a.Doc.Text) && !utf8.RuneStart(a.Doc.Text[hi]) {
		hi++
	}
	around := strings.Join(strings.Fields(a.Doc.Text[lo:hi]), " ")
	switch {
	case got == nil:
		if flagged {
			label = "read as an actor"
		}
		t.Logf("unplaced %s %q in %q (entity: %s) …%s…", l.kind, l.toponym, l.text, label, around)
	case !rightPlace(l, got.Geo):
		mk := ""
		if y.gaz != nil {
			mk = " [" + y.missKind(l) + "]" // "a right candidate": a ranking error
		}
		t.Logf("wrong %s %q → %s %s (%.2f, %.2f) %.0f km, want %s (%.2f, %.2f)%s …%s…", l.kind, l.toponym, got.Geo.Name, got.Geo.Country,
			got.Geo.Lat, got.Geo.Lon, geo.Distance(got.Geo.Lat, got.Geo.Lon, l.lat, l.lon), l.cc, l.lat, l.lon, mk, around)
	}
}

// report logs the tally and fails when the strict reading is below the floors.
func (y *toponymTally) report(t *testing.T, minCountry, minRight float64) {
	all, output := y.all, y.output
	t.Logf("all %d: placed %.3f, country %.3f, right place %.3f", all.n, all.share(all.placed), all.share(all.country), all.share(all.right))
	t.Logf("as output (entity geo, metonymy or not): placed %.3f, country %.3f, right place %.3f", output.share(output.placed), output.share(output.country), output.share(output.right))
	if un := y.unEntity + y.unPlaceLabel + y.unOtherLabel; un > 0 {
		t.Logf("unplaced %d: no entity %d, a GPE/LOC/FAC entity %d, another label %d", un, y.unEntity, y.unPlaceLabel, y.unOtherLabel)
		keys := slices.Sorted(maps.Keys(y.unByLabel))
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s %d", k, y.unByLabel[k])
		}
		t.Logf("unplaced by entity label and kind: %s", strings.Join(parts, ", "))
	}
	if len(y.missKinds) > 0 {
		keys := slices.Sorted(maps.Keys(y.missKinds))
		for _, k := range keys {
			t.Logf("  miss %-45s %4d", k, y.missKinds[k])
		}
	}
	if y.actorLines > 0 {
		t.Logf("metonymy: %d/%d actor uses flagged, %d/%d place uses flagged", y.actorFlagged, y.actorLines, y.placeFlagged, y.placeLines)
	}
	names := make([]string, 0, len(y.kinds))
	for k := range y.kinds {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, name := range names {
		k := y.kinds[name]
		t.Logf("  %-8s %3d: placed %.3f, country %.3f, right place %.3f", name, k.n, k.share(k.placed), k.share(k.country), k.share(k.right))
	}
	if c, r := all.share(all.country), all.share(all.right); c < minCountry || r < minRight {
		t.Errorf("country %.3f (floor %.2f), right place %.3f (floor %.2f)", c, minCountry, r, minRight)
	}
}

// TestToponymsInContext runs each toponym's text through the language, actor and geo stages (as
// extract does: the tagger finds the names, metonymy is decided in context) and scores the
// reading of the labelled span: placed (a place that is not metonymy), right country, right
// place (rightPlace). Unplaced toponyms count as wrong. A toponym the set marks as an actor
// ("Djibouti agreed") is placed by any reading, metonymy or not: its country is what is scored.
// The floors are on that reading. A second, logged reading ("as output") scores what a user of
// `sitrep extract` sees: the geo of the entity covering the span, metonymy or not.
// TOPONYMS_VERBOSE=1 prints each miss, except in the held-out sets (written by annotators who
// never saw the code; measure only).
func TestToponymsInContext(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "geo", "testdata")
	for _, set := range []struct {
		file                 string
		minCountry, minRight float64
	}{
		{"toponyms.tsv", 0.97, 0.97},
		{"toponyms-heldout.tsv", 0.94, 0.94},
		// session 5: written by annotators who never saw the code. dev2 (406 toponyms): country
		// 0.916, right place 0.887 at the session-5 start, 0.985 / 0.983 at its end; heldout2
		// (239, measure only): 0.946 / 0.912 at the start, 0.983 / 0.958 at the end.
		{"toponyms-dev2.tsv", 0.96, 0.95},
		{"toponyms-heldout2.tsv", 0.95, 0.92},
		// the items the heldout2 annotator wrote and did not select, assembled unchanged at
		// the end of session 5 and scored once (NOTES.md): measure only
		{"toponyms-heldout3.tsv", 0.90, 0.85},
		// dev3 (275, small towns, features, countries in lists; written at the very end of
		// session 5): untouched 0.811 / 0.793, after one quick round 0.847 / 0.818
		{"toponyms-dev3.tsv", 0.82, 0.79},
		// session 6: 560 toponyms by one annotator (news-like mix of kinds, 169 countries, a
		// seventh column marking actor uses), split at random by sentence into dev4 and
		// heldout4 (measure only) before anyone ran them
		{"toponyms-dev4.tsv", 0.86, 0.83},     // untouched: country 0.888, right place 0.858
		{"toponyms-heldout4.tsv", 0.85, 0.81}, // untouched: 0.872 / 0.832
		// dev5 (300, the dev4 annotator, written mid-session for round 3): session-start code
		// 0.853 / 0.833, untouched by round 3 0.923 / 0.917, after it 0.970 / 0.967
		{"toponyms-dev5.tsv", 0.94, 0.93},
	} {
		t.Run(set.file, func(t *testing.T) {
			path := filepath.Join(dir, set.file)
			if _, err := os.Stat(path); err != nil {
				t.Skip("no ", path)
			}
			tally := newToponymTally(!strings.Contains(set.file, "heldout") && os.Getenv("TOPONYMS_VERBOSE") != "", p.Gazetteer())
			for _, l := range readToponymLines(t, path) {
				start := strings.Index(l.text, l.toponym)
				a := p.Annotate(&model.Document{ID: "t", Text: l.text, Language: "en", Published: "2026-10-01"})
				tally.add(t, a, start, start+len(l.toponym), l)
			}
			tally.report(t, set.minCountry, set.minRight)
		})
	}
}

// TestToponymArticles scores every labelled toponym occurrence of whole news articles
// (internal/geo/testdata/toponym-articles-*/NAME.txt with NAME.tsv: toponym, occurrence, country,
// lat, lon, kind, use), the way the sentence sets are scored, and counts the places found
// outside any labelled toponym (not metonymy; false or unlabelled toponyms). Whole articles add
// what single sentences lack: repeated names, the document's country, datelines and the
// tagger's recall over every name. The held-out set is measured only (its misses are never
// printed). Since session 14 the development articles are also the tagger's training data
// (internal/nlp/ner README "Session 14"): only the held-out sets measure the tagger's part.
func TestToponymArticles(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		dir                  string
		minCountry, minRight float64
	}{
		// session 6: 24 articles by one annotator, split at random into dev and held-out
		// (measure only) before anyone ran them
		{"toponym-articles-dev", 0.90, 0.88},
		{"toponym-articles-heldout", 0.90, 0.88},
		// session 7: 32 articles by two annotators (16 each: Americas, Africa, Europe; Middle
		// East, Asia, Oceania, North America), each annotator's split at random into dev and
		// held-out before anyone ran them
		{"toponym-articles-dev2", 0.97, 0.96},
		{"toponym-articles-heldout2", 0.85, 0.83},
		// session 7, late: 16 shorter articles by two more annotators (local conflict
		// reporting with villages; general world news with features), split the same way
		{"toponym-articles-dev3", 0.96, 0.96},
		{"toponym-articles-heldout3", 0.85, 0.83},
		// session 7, last: 16 more by two more annotators (Central Asia, Caucasus, Balkans,
		// Baltics, Horn, Great Lakes, southern and West Africa; South-East and South Asia, Iran,
		// the Gulf, Central America, the Andes, the Caribbean), split the same way
		{"toponym-articles-dev4", 0.95, 0.94},
		{"toponym-articles-heldout4", 0.85, 0.83},
		// session 8: 36 articles by three annotators (local news of the US, Canada, the UK,
		// Ireland, Australia and New Zealand; South America, Mexico, francophone and lusophone
		// Africa, North Africa; Europe beyond the war zones, South Asia, East and South-East
		// Asia, the Pacific), each annotator's split at random, 6 and 6, before anyone ran them
		{"toponym-articles-dev5", 0.94, 0.92},
		{"toponym-articles-heldout5", 0.88, 0.85},
		// session 8, late: 20 articles by two more annotators, all held out (an ordinary day
		// of international wire news; the English-language national and local press of
		// India, Pakistan, Bangladesh, Nigeria, Kenya, South Africa, the Philippines,
		// Malaysia, Uganda and Nepal), written while this session's rules were being made
		{"toponym-articles-heldout6", 0.88, 0.86},
		// session 8, late: 10 articles of the same kind of local press (India, Pakistan,
		// Bangladesh, Nigeria, Ghana, Sri Lanka, Indonesia, Thailand, Egypt) by a third
		// annotator, for development
		{"toponym-articles-dev6", 0.93, 0.93},
		// session 9: 48 articles by four annotators (ACLED-style conflict reporting from
		// sub-Saharan Africa; the Middle East, the Caucasus and Central/South Asia; South,
		// South-East and East Asia and the Pacific; Europe and the Americas, mixed genres),
		// each annotator's split at random, 6 and 6, before anyone ran them
		{"toponym-articles-dev7", 0.93, 0.92},
		{"toponym-articles-heldout7", 0.93, 0.92},
		// session 9, later: 36 articles by three more annotators, all held out (a day of
		// world wire news; the English-language press of Latin America, the Caribbean and
		// francophone Africa; local news of the UK, Ireland, western Europe, Canada and the
		// US), written while this session's rules were being made
		{"toponym-articles-heldout8", 0.87, 0.84},
		// session 9, late: 36 articles by three more annotators for development (local news of
		// Australia, New Zealand, the UK, western Europe, Colorado and British Columbia with
		// roads, passes and sites; Central American, Andean, Caribbean and African press;
		// Asian and Middle Eastern news of highways, dams, ports and camps)
		{"toponym-articles-dev8", 0.85, 0.84},
		// session 10: 48 articles by four annotators (humanitarian situation reports and
		// disaster bulletins of East and Southern Africa and South and South-East Asia; ACLED-
		// style local conflict reporting from Myanmar, the Sahel, Mexico, Colombia, Mindanao,
		// Pakistan, eastern DR Congo, Cabo Delgado and Haiti; sports, business, travel, culture,
		// courts and crime; regional press of Central Asia, the Balkans, Poland, Romania,
		// Moldova, Turkey, Tunisia, Indonesia, Brazil, Argentina and Peru), each annotator's
		// split at random, 6 and 6, before anyone ran them
		{"toponym-articles-dev9", 0.92, 0.90},     // untouched: 0.939 / 0.922
		{"toponym-articles-heldout9", 0.92, 0.90}, // untouched: 0.939 / 0.923
		// session 10: 12 articles by a fifth annotator, all held out (migration routes, borders,
		// shipping lanes and undersea cables; politics and disasters of Pacific and Caribbean
		// states, the Baltics and the Caucasus)
		{"toponym-articles-heldout10", 0.94, 0.92}, // untouched: 0.965 / 0.940
		// session 10, late: 24 articles by two more annotators, all held out and scored once at
		// the end of the session (East Asian and Oceanian press; US and Canadian regional news
		// with towns named like places abroad; Middle East and North Africa wire news)
		{"toponym-articles-heldout11", 0.93, 0.90}, // session-start code 0.941 / 0.912
		// session 11: 72 articles by six annotators (environment and disaster news with rivers,
		// lakes, ranges, coasts and dams on five continents; Mexico, Central and South America,
		// Spain and Portugal in mixed genres; sub-Saharan conflict, politics, mining, sport and
		// health; South and Central Asian district news, cricket, dams and borders; US, Canadian,
		// British, Irish, Australian and New Zealand local news; European and Middle Eastern
		// energy, war, travel, sport and courts), each annotator's split at
		// random, 6 and 6, before anyone ran them
		{"toponym-articles-dev10", 0.92, 0.90},     // untouched: 0.941 / 0.927
		{"toponym-articles-heldout12", 0.89, 0.88}, // untouched: 0.917 / 0.903
		{"toponym-articles-dev11", 0.96, 0.95},     // untouched: 0.950 / 0.936
		{"toponym-articles-heldout13", 0.90, 0.89}, // untouched: 0.926 / 0.917
		// session 13: 72 articles by six annotators (Central Asian, Caucasian, Mongolian and
		// western Chinese regional news; francophone West and Central African conflict and aid;
		// Central America, the Caribbean and northern South America; mainland South-East and
		// East Asian business, politics and disasters; Eastern and South-Eastern European and
		// Nordic regional news; Middle East, Gulf and Horn wires), each annotator's split at
		// random, 6 and 6, before anyone ran them
		{"toponym-articles-dev12", 0.96, 0.95},     // untouched: 0.954 / 0.946
		{"toponym-articles-heldout14", 0.93, 0.92}, // untouched: 0.949 / 0.941
		// session 14: 72 articles by six annotators (South American local press; southern and
		// eastern African press; South Asian district news; Middle East and North Africa
		// conflict wires; South-East Asia and the Pacific; US, Canadian, British, Irish,
		// Australian and New Zealand regional news), each annotator's split at random, 6 and 6,
		// before anyone ran them
		// (dev13 is left out of the tagger's training for now: ner.go's go:generate lists the
		// sets it trains on). The session-13 tagger with session-14 code: dev13 0.937 / 0.906,
		// heldout15 0.930 / 0.917; the session-14 tagger:
		{"toponym-articles-dev13", 0.93, 0.90},     // 0.950 / 0.918
		{"toponym-articles-heldout15", 0.93, 0.91}, // 0.948 / 0.934
		// session 16: 48 articles by four annotators (conflict, protest and humanitarian wires;
		// local and regional news of the US, Canada, Britain and Ireland, India, Australia and
		// southern Africa; disasters, business and sports of the world; politics, elections,
		// crime and courts), each annotator's split at random, half and half, before anyone ran
		// them
		{"toponym-articles-dev14", 0.89, 0.86},
		{"toponym-articles-heldout16", 0.89, 0.86},
		// session 16, second round: 48 articles by four more annotators (local news with no
		// country in the dateline; African and Asian wires; European and Latin American regional
		// news; Middle East and North Africa, sports and business), split the same way
		{"toponym-articles-dev15", 0.89, 0.86},
		{"toponym-articles-heldout17", 0.89, 0.86},
		// session 16, third round: 48 articles by four more annotators (AP-style US state news;
		// South and South-East Asian regional press; African regional press; Latin American,
		// Caribbean, Canadian, Australian, New Zealand and Pacific local news), split the same way
		{"toponym-articles-dev16", 0.89, 0.86},
		{"toponym-articles-heldout18", 0.89, 0.86},
		// session 16, fourth round: 48 articles by four more annotators (European local news;
		// Middle East, Caucasus and Central Asia wires; Latin American local news; world briefs,
		// regional features and less-covered countries), split the same way
		{"toponym-articles-dev17", 0.89, 0.86},
		{"toponym-articles-heldout19", 0.89, 0.86},
		// session 16, fifth round: 48 articles by four more annotators (East Asian regional
		// news; Russian, Ukrainian, Belarusian and Moldovan regional news; Nordic, Baltic and
		// Central European local news; sports, culture and travel), split the same way
		{"toponym-articles-dev18", 0.89, 0.86},
		{"toponym-articles-heldout20", 0.89, 0.86},
		// session 20: 48 articles by four annotators, all for development (local news of the US,
		// Canada, the UK and Ireland; South and South-East Asian regional press; sub-Saharan
		// African press and wires; continental Europe, Latin America and the Middle East)
		{"toponym-articles-dev19", 0.90, 0.87}, // session-20 start 0.920 / 0.895, end 0.927 / 0.902
		{"toponym-articles-dev20", 0.92, 0.90}, // 0.944 / 0.928, 0.950 / 0.941
		{"toponym-articles-dev21", 0.95, 0.94}, // 0.967 / 0.961, 0.983 / 0.976
		{"toponym-articles-dev22", 0.96, 0.96}, // 0.983 / 0.979, 0.983 / 0.983
		// session 21: 48 articles by four annotators, all for development and unseen by the
		// tagger (trained on dev–dev22): US, Australian and New Zealand local news with
		// namesakes; conflict and humanitarian wires of less-covered places; continental
		// European and Latin American regional press; world briefs, shipping, sports and travel
		{"toponym-articles-dev23", 0.945, 0.905}, // first sight 0.863 / 0.823; session 22 0.933 / 0.892; session 23 0.959 / 0.916
		{"toponym-articles-dev24", 0.98, 0.98},   // 0.975 / 0.975; session 22 0.991 / 0.991
		{"toponym-articles-dev25", 0.96, 0.95},   // 0.969 / 0.946; session 22 0.975 / 0.962
		{"toponym-articles-dev26", 0.935, 0.925}, // 0.941 / 0.930; session 22 0.947 / 0.937
		// session 21, second round: 48 articles by four more annotators (South and South-East
		// Asian local press; UK, Irish and Canadian local news; African regional press; US,
		// Latin American, Middle East and Eastern European wires), all for development
		{"toponym-articles-dev27", 0.96, 0.96},  // first sight 0.987 / 0.984
		{"toponym-articles-dev28", 0.915, 0.90}, // 0.928 / 0.895; session 22 0.928 / 0.913
		{"toponym-articles-dev29", 0.95, 0.95},  // 0.977 / 0.977
		{"toponym-articles-dev30", 0.95, 0.95},  // 0.976 / 0.976
		// session 24: 48 articles by four annotators, all for development and unseen by the
		// tagger: Ukraine, Russia, the Caucasus and Central Asia; local press of the Middle
		// East and North Africa; East Asian and Pacific regional news; Latin American,
		// Caribbean and US border and Gulf Coast local news
		{"toponym-articles-dev31", 0.975, 0.97}, // first sight 0.974 / 0.972; session 24 0.990 / 0.988
		{"toponym-articles-dev32", 0.965, 0.96}, // 0.979 / 0.976; unchanged
		{"toponym-articles-dev33", 0.95, 0.92},  // 0.951 / 0.918; 0.969 / 0.936
		{"toponym-articles-dev34", 0.96, 0.95},  // 0.971 / 0.954; 0.974 / 0.963
	} {
		t.Run(set.dir, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join("..", "geo", "testdata", set.dir, "*.tsv"))
			if len(files) == 0 {
				t.Skip("no articles in ", set.dir)
			}
			verbose := !strings.Contains(set.dir, "heldout") && os.Getenv("TOPONYMS_VERBOSE") != ""
			tally := newToponymTally(verbose, p.Gazetteer())
			extra := 0
			for _, f := range files {
				text, spans, lines := readToponymArticle(t, f)
				a := p.Annotate(&model.Document{ID: "t", Text: text, Language: "en", Published: "2026-10-01"})
				for i, l := range lines {
					tally.add(t, a, spans[i][0], spans[i][1], l)
				}
				for _, pm := range a.Places {
					labelled := false
					for _, s := range spans {
						if pm.Start < s[1] && s[0] < pm.End {
							labelled = true
							break
						}
					}
					if !labelled && !pm.Metonymy {
						extra++
						if verbose {
							t.Logf("%s: unlabelled place %q → %s %s", filepath.Base(f), pm.Text, pm.Geo.Name, pm.Geo.Country)
						}
					}
				}
			}
			t.Logf("%d articles; %d places found outside the labelled toponyms", len(files), extra)
			tally.report(t, set.minCountry, set.minRight)
		})
	}
}

// readToponymArticle reads NAME.tsv and NAME.txt: the text, each labelled occurrence's byte
// span (the n-th whole-word match of the toponym) and its line.
func readToponymArticle(t *testing.T, tsv string) (string, [][2]int, []toponymLine) {
	b, err := os.ReadFile(strings.TrimSuffix(tsv, ".tsv") + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	raw, err := os.ReadFile(tsv)
	if err != nil {
		t.Fatal(err)
	}
	var spans [][2]int
	var lines []toponymLine
	for _, line := range strings.Split(string(raw), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 7 {
			t.Fatalf("%s: bad line %q", tsv, line)
		}
		n, e0 := strconv.Atoi(c[1])
		lat, e1 := strconv.ParseFloat(c[3], 64)
		lon, e2 := strconv.ParseFloat(c[4], 64)
		start := nerdata.NthWord(text, c[0], n)
		if e0 != nil || e1 != nil || e2 != nil || start < 0 || c[6] != "place" && c[6] != "actor" {
			t.Fatalf("%s: bad line %q", tsv, line)
		}
		spans = append(spans, [2]int{start, start + len(c[0])})
		lines = append(lines, toponymLine{text: filepath.Base(tsv), toponym: c[0], cc: c[2], lat: lat, lon: lon, kind: c[5], use: c[6]})
	}
	return text, spans, lines
}
