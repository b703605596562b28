package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestCoursesLoad: every line of courses.tsv attaches to a site or region (loading the default
// gazetteer would fail otherwise), and malformed lines are errors naming the line.
func TestCoursesLoad(t *testing.T) {
	g := mustDefault(t)
	if len(g.courses) == 0 || len(g.courseOf) < len(g.courses) {
		t.Fatalf("%d courses attached to %d places", len(g.courses), len(g.courseOf))
	}
	for _, c := range g.courses {
		for k := 1; k < len(c.pts) && !c.wide(); k++ { // an ocean's points are no line (rule 40)
			a, b := c.pts[k-1], c.pts[k]
			if d := Distance(float64(a.lat), float64(a.lon), float64(b.lat), float64(b.lon)); d > 450 {
				t.Errorf("%s: points %d and %d are %.0f km apart (a gap in the course)", c.name, k-1, k, d)
			}
		}
	}
	for _, c := range []struct{ line, want string }{
		{"Danube\triver", "want name, kind and points"},
		{"Danube\tcreek\t48.2,16.4,AT", `unknown kind "creek"`},
		{"Danube\triver\t48.2;16.4;AT", "want lat,lon,CC points"},
		{"Danube\triver\t48.2,16.4,AUT", "want lat,lon,CC points"},
		{"Danube\triver\t98.2,16.4,AT", "bad coordinates"},
		{"Danube\triver\tNaN,16.4,AT", "bad coordinates"},
		{"Danube\triver\t48.2,16.4,at", "want lat,lon,CC points"},
		{"Danube\triver\t", "no points"},
		{"Nowhere Creek\triver\t48.2,16.4,AT", `no site or region "Nowhere Creek"`},
		// the Danube's one point is in Romania, not within 300 km of Bavaria
		{"Danube\triver\t48.0,8.5,DE", "no site or region"},
		// a city is not a long feature: Andes, Antioquia
		{"Andes\trange\t5.66,-75.88,CO", "no site or region"},
		{"Danube\triver\t44.5,26.0,RO\nDanube\triver\t44.6,26.1,RO", "a second course"},
	} {
		g2 := &Gazetteer{places: g.places, index: g.index, bucket: g.bucket, radius: g.radius, seed: g.seed}
		err := g2.loadCourses("# header\n" + c.line + "\n")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "courses line ") {
			t.Errorf("%q: error %v, want one with %q", c.line, err, c.want)
		}
	}
}

// TestCourseStretch: the choice of a course's point, on a made-up course (a border river whose
// middle stretch has a point on each bank) and made-up anchors.
func TestCourseStretch(t *testing.T) {
	river := course{name: "Test River", kind: courseRiver, pts: []coursePt{
		{lat: 10, lon: 0, cc: [2]byte{'A', 'A'}},
		{lat: 10, lon: 2, cc: [2]byte{'A', 'A'}},
		{lat: 10, lon: 4, cc: [2]byte{'A', 'A'}},
		{lat: 10.1, lon: 4, cc: [2]byte{'B', 'B'}}, // the other bank, 11 km away
		{lat: 10, lon: 6, cc: [2]byte{'B', 'B'}},
		{lat: 10, lon: 8, cc: [2]byte{'B', 'B'}},
	}}
	sea := river
	sea.kind = courseSea
	lake := river
	lake.kind = courseLake
	aa, bb, none := [2]byte{'A', 'A'}, [2]byte{'B', 'B'}, [2]byte{}
	for _, c := range []struct {
		about   string
		c       *course
		anchors []courseAnchor
		focus   [2]byte
		want    int     // -1: keep the feature's own point
		shore   [2]byte // the country the feature takes instead of its point's
	}{
		{"a town of its sentence fixes the stretch", &river, []courseAnchor{{ment: 1, sent: 0, lat: 10.3, lon: 7.9}, {ment: 2, sent: 1, lat: 10, lon: 0.1}}, none, 5, none},
		{"a dateline is no anchor of its sentence", &sea, []courseAnchor{{ment: 1, sent: 0, lat: 10.3, lon: 7.9, dateline: true}}, none, -1, none},
		{"the mention itself is no anchor", &river, []courseAnchor{{ment: 0, sent: 0, lat: 10, lon: 7.9}}, none, -1, none},
		{"a sentence place too far is no anchor; the document's places are", &river, []courseAnchor{{ment: 1, sent: 0, lat: 30, lon: 7.9}, {ment: 2, sent: 3, lat: 10.2, lon: 2.1}}, none, 1, none},
		{"the document's places: the point nearest them all", &river, []courseAnchor{{ment: 1, sent: 2, lat: 10.5, lon: 5.5}, {ment: 2, sent: 3, lat: 9.5, lon: 6.5}, {ment: 3, sent: 4, lat: 40, lon: 40}}, none, 4, none},
		{"the bank of the sentence's place", &river, []courseAnchor{{ment: 1, sent: 0, lat: 10.05, lon: 4.2, cc: bb}}, aa, 3, none},
		{"the bank of the document's country", &river, []courseAnchor{{ment: 1, sent: 2, lat: 10.05, lon: 4.2, cc: aa}}, bb, 3, none},
		{"a lake takes the country of the shore place beside it", &lake, []courseAnchor{{ment: 1, sent: 0, lat: 9.9, lon: 2.1, cc: bb}}, aa, 1, bb},
		{"but not a country with no shore on it", &lake, []courseAnchor{{ment: 1, sent: 0, lat: 9.9, lon: 2.1, cc: [2]byte{'C', 'C'}}}, none, 1, none},
		{"a lake takes the document's country where it has a shore", &lake, []courseAnchor{{ment: 1, sent: 2, lat: 9.9, lon: 2.1, cc: aa}}, bb, 1, bb},
		{"a river the document's places fix keeps its point's country", &river, []courseAnchor{{ment: 1, sent: 2, lat: 9.9, lon: 2.1, cc: aa}}, bb, 1, none},
		{"a river takes the country of a place on its bank", &river, []courseAnchor{{ment: 1, sent: 0, lat: 10.2, lon: 2.1, cc: bb}}, aa, 1, bb},
		{"but not of a place further off", &river, []courseAnchor{{ment: 1, sent: 0, lat: 11, lon: 2.1, cc: bb}}, aa, 1, none},
		{"no anchors: the middle of the country's points", &river, nil, aa, 1, none},
		{"no anchors and no focus: keep the point", &river, nil, none, -1, none},
		{"a country with no point on the course: keep the point", &river, nil, [2]byte{'C', 'C'}, -1, none},
		{"a sea takes its sentence's stretch", &sea, []courseAnchor{{ment: 1, sent: 0, lat: 10.3, lon: 7.9}}, none, 5, none},
		{"a sea keeps its own point without one", &sea, []courseAnchor{{ment: 1, sent: 2, lat: 10.3, lon: 7.9}}, aa, -1, none},
	} {
		k, shore, ok := c.c.stretch(0, 0, c.anchors, c.focus, c.focus != none)
		if !ok {
			k = -1
		}
		if k != c.want || shore != c.shore {
			t.Errorf("%s: point %d shore %q, want %d %q", c.about, k, shore, c.want, c.shore)
		}
	}
}

// TestCoursePlacement: the resolver puts a long feature at the stretch of the story, with that
// stretch's country (texts written for the test).
func TestCoursePlacement(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a town of the sentence", text: "BUDAPEST, Hungary — The Danube rose above eight metres in Budapest on Sunday, flooding the lower quay.",
			names: []labelled{{"BUDAPEST", model.GPE}, {"Hungary", model.GPE}, {"Danube", model.LOC}, {"Budapest", model.GPE}},
			name:  "Danube", cc: "HU", lat: 47.50, lon: 19.05},
		{about: "the document's towns", text: "NOVI SAD, Serbia — Residents of Novi Sad filled sandbags all week. Barges were halted on the Danube on Friday.",
			names: []labelled{{"NOVI SAD", model.GPE}, {"Serbia", model.GPE}, {"Novi Sad", model.GPE}, {"Danube", model.LOC}},
			name:  "Danube", cc: "RS", lat: 45.25, lon: 19.85},
		{about: "the country the story is about", text: "Austria's government said on Monday that Austria would fund new flood walls along the Danube.",
			names: []labelled{{"Austria", model.GPE}, {"Austria", model.GPE}, {"Danube", model.LOC}},
			name:  "Danube", cc: "AT", lat: 48.25, lon: 15.3},
		{about: "a river at the bank town of its sentence", text: "Syrian Democratic Forces crossed the Euphrates near Deir ez-Zor on Tuesday, a monitor said.",
			names: []labelled{{"Syrian Democratic Forces", model.ORG}, {"Euphrates", model.LOC}, {"Deir ez-Zor", model.GPE}},
			name:  "Euphrates", cc: "SY", lat: 35.33, lon: 40.14},
		{about: "a lake takes the shore town's country", text: "Fishermen in Kalemie said the catch from Lake Tanganyika had fallen by half this year.",
			names: []labelled{{"Kalemie", model.GPE}, {"Lake Tanganyika", model.LOC}},
			name:  "Lake Tanganyika", cc: "CD"},
		{about: "a lake bearing its country's name keeps it", text: "Troops from Nigeria patrolled Lake Chad near Baga on Monday.",
			names: []labelled{{"Nigeria", model.GPE}, {"Lake Chad", model.LOC}, {"Baga", model.GPE}},
			name:  "Lake Chad", cc: "TD"},
		// the Pacific (session 22): off the coast of the story's towns, no country's
		{about: "an ocean off the story's coast", text: "VALPARAISO, Chile — Fishing boats stayed in port in Valparaiso on Tuesday as heavy swells rolled in from the Pacific.",
			names: []labelled{{"VALPARAISO", model.GPE}, {"Chile", model.GPE}, {"Valparaiso", model.GPE}, {"Pacific", model.LOC}},
			name:  "Pacific", lat: -33.0, lon: -72.0},
		// ranges (session 22): the stretch of the story's towns
		{about: "a range at the border pass of its sentence", text: "MENDOZA, Argentina — Snow closed the Cristo Redentor pass on Sunday, and lorries waited in Uspallata on both sides of the Andes.",
			names: []labelled{{"MENDOZA", model.GPE}, {"Argentina", model.GPE}, {"Cristo Redentor", model.LOC}, {"Uspallata", model.GPE}, {"Andes", model.LOC}},
			name:  "Andes", lat: -32.7, lon: -70.0, not: "Los Andes"},
		{about: "a range above a town of the story", text: "SHIMLA, India — Trekkers stranded by snow in the Himalayas were flown back to Manali on Tuesday.",
			names: []labelled{{"SHIMLA", model.GPE}, {"India", model.GPE}, {"Himalayas", model.LOC}, {"Manali", model.GPE}},
			name:  "Himalayas", cc: "IN", lat: 32.5, lon: 77.0},
	})
}

// FuzzLoadCourses: any courses text loads or fails with an error naming its line; never panics,
// and a loaded course has points with valid coordinates.
func FuzzLoadCourses(f *testing.F) {
	g := mustDefault(f)
	f.Add("Danube\triver\t44.5,26.0,RO 45.2,28.7,RO")
	f.Add("Ganges;Ganga river\triver\t25.3,83.0,IN")
	f.Add("Lake Chad\tlake\t13.0,14.5,TD\t# note")
	f.Add("x\tsea\t")
	f.Fuzz(func(t *testing.T, s string) {
		g2 := &Gazetteer{places: g.places, index: g.index, bucket: g.bucket, radius: g.radius, seed: g.seed, country: g.country}
		if err := g2.loadCourses(s); err != nil {
			if !strings.HasPrefix(err.Error(), "courses line ") {
				t.Fatalf("error %q names no line", err)
			}
			return
		}
		for _, c := range g2.courses {
			for _, p := range c.pts {
				if !(p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180) {
					t.Fatalf("%s: point (%v, %v) out of range", c.name, p.lat, p.lon)
				}
			}
		}
	})
}
