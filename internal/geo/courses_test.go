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
		for k := 1; k < len(c.pts); k++ {
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
	aa, bb, none := [2]byte{'A', 'A'}, [2]byte{'B', 'B'}, [2]byte{}
	for _, c := range []struct {
		about   string
		c       *course
		anchors []courseAnchor
		focus   [2]byte
		want    int // -1: keep the feature's own point
	}{
		{"a town of its sentence fixes the stretch", &river, []courseAnchor{{ment: 1, sent: 0, lat: 10.3, lon: 7.9}, {ment: 2, sent: 1, lat: 10, lon: 0.1}}, none, 5},
		{"the mention itself is no anchor", &river, []courseAnchor{{ment: 0, sent: 0, lat: 10, lon: 7.9}}, none, -1},
		{"a sentence place too far is no anchor; the document's places are", &river, []courseAnchor{{ment: 1, sent: 0, lat: 30, lon: 7.9}, {ment: 2, sent: 3, lat: 10.2, lon: 2.1}}, none, 1},
		{"the document's places: the point nearest them all", &river, []courseAnchor{{ment: 1, sent: 2, lat: 10.5, lon: 5.5}, {ment: 2, sent: 3, lat: 9.5, lon: 6.5}, {ment: 3, sent: 4, lat: 40, lon: 40}}, none, 4},
		{"the bank of the document's country", &river, []courseAnchor{{ment: 1, sent: 0, lat: 10.05, lon: 4.2}}, bb, 3},
		{"no anchors: the middle of the country's points", &river, nil, aa, 1},
		{"no anchors and no focus: keep the point", &river, nil, none, -1},
		{"a country with no point on the course: keep the point", &river, nil, [2]byte{'C', 'C'}, -1},
		{"a sea takes its sentence's stretch", &sea, []courseAnchor{{ment: 1, sent: 0, lat: 10.3, lon: 7.9}}, none, 5},
		{"a sea keeps its own point without one", &sea, []courseAnchor{{ment: 1, sent: 2, lat: 10.3, lon: 7.9}}, aa, -1},
	} {
		k, ok := c.c.stretch(0, 0, c.anchors, c.focus, c.focus != none)
		if !ok {
			k = -1
		}
		if k != c.want {
			t.Errorf("%s: point %d, want %d", c.about, k, c.want)
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
	})
}
