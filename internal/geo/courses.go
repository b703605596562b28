package geo

import (
	_ "embed" // the hand-written courses of long features
	"fmt"
	"math"
	"strconv"
	"strings"
)

// courses.tsv lists points along the rivers, ranges, roads, seas, lakes and belt regions that the
// gazetteer gives one point ("Danube" in Romania): a story about the Danube at Budapest or the
// Andes in Ecuador is about that stretch, and annotators and event coders place it there.
//
//go:embed courses.tsv
var coursesTSV string

// Course kinds. A sea's stretch is read only from the places its own sentence names: a sea is an
// area whose centre annotators often give (session 8: "the Red Sea" beside Sanaa is the sea).
const (
	courseRiver = iota
	courseRange
	courseRoad
	courseLake
	courseSea
	courseRegion
)

var courseKinds = map[string]uint8{"river": courseRiver, "range": courseRange, "road": courseRoad, "lake": courseLake, "sea": courseSea, "region": courseRegion}

// course is the line of one long feature: points in order along it, each with the country it
// lies in (the nearest coast's for open water; "" where none applies).
type course struct {
	name string
	kind uint8
	pts  []coursePt
}

type coursePt struct {
	lat, lon float32
	cc       [2]byte
}

// attachKm bounds how far a place of the course's name may lie from its nearest point to be the
// feature the course describes ("Andes", the range, not Andes the Colombian town: the town is a
// city, and only sites and regions take courses; a road code used in several countries is
// the one near its points).
const attachKm = 300

// loadCourses parses courses.tsv and attaches each course to the gazetteer's sites and regions of
// each of its names (separated by ";": "Ganges;Ganga river") near its points. A name naming no
// such place is an error (the data is ours: a test catches it before a user does).
func (g *Gazetteer) loadCourses(s string) error {
	g.courseOf = map[uint32]uint16{}
	g.courses = nil
	var cands []cand
	for n, line := range strings.Split(s, "\n") {
		if line = strings.TrimRight(line, "\r"); line == "" || line[0] == '#' {
			continue
		}
		bad := func(msg string) error { return fmt.Errorf("courses line %d: %s", n+1, msg) }
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return bad("want name, kind and points")
		}
		kind, ok := courseKinds[f[1]]
		if !ok {
			return bad("unknown kind " + strconv.Quote(f[1]))
		}
		c := course{name: f[0], kind: kind}
		for _, pt := range strings.Fields(f[2]) {
			v := strings.Split(pt, ",")
			if len(v) != 3 || v[2] != "" && (len(v[2]) != 2 || strings.ToUpper(v[2]) != v[2] || strings.ToLower(v[2]) == v[2]) {
				return bad("want lat,lon,CC points, got " + strconv.Quote(pt))
			}
			lat, e1 := strconv.ParseFloat(v[0], 32)
			lon, e2 := strconv.ParseFloat(v[1], 32)
			if e1 != nil || e2 != nil || !(math.Abs(lat) <= 90) || !(math.Abs(lon) <= 180) { // (NaN too)
				return bad("bad coordinates " + strconv.Quote(pt))
			}
			p := coursePt{lat: float32(lat), lon: float32(lon)}
			copy(p.cc[:], v[2])
			c.pts = append(c.pts, p)
		}
		if len(c.pts) == 0 {
			return bad("no points")
		}
		if len(g.courses) >= math.MaxUint16 {
			return bad("too many courses")
		}
		ci := uint16(len(g.courses))
		g.courses = append(g.courses, c)
		names := strings.Split(c.name, ";")
		own := map[string]bool{}
		for _, name := range names {
			own[Key(name)] = true
		}
		for _, name := range names {
			cands = g.candidates(cands[:0], []byte(Key(name)), false)
			attached := false
			for _, cd := range cands {
				p := &g.places[cd.p]
				if p.flags&flagSite == 0 && p.feat != featRegion || !own[Key(p.name)] {
					continue // a city, or a site that only bears the name as an alias (Kariba dam, "Lake Kariba")
				}
				if _, k := c.nearest(float64(p.lat), float64(p.lon)); k > attachKm {
					continue
				}
				if prev, dup := g.courseOf[cd.p]; dup && prev != ci {
					return bad("a second course for " + strconv.Quote(p.name))
				}
				g.courseOf[cd.p] = ci
				attached = true
			}
			if !attached {
				return bad("no site or region " + strconv.Quote(name) + " within " + strconv.Itoa(attachKm) + " km of its points")
			}
		}
	}
	g.attachValleys() // rule 36 (feat12.go): "the Nile valley" at the story's stretch
	return nil
}

// has reports a point of c in country cc.
func (c *course) has(cc [2]byte) bool {
	for _, p := range c.pts {
		if p.cc == cc {
			return true
		}
	}
	return false
}

// nearest returns the index of c's point nearest (lat, lon) and its distance in km.
func (c *course) nearest(lat, lon float64) (int, float64) {
	best, bd := 0, math.Inf(1)
	for k, p := range c.pts {
		if d := Distance(lat, lon, float64(p.lat), float64(p.lon)); d < bd {
			best, bd = k, d
		}
	}
	return best, bd
}

// Stretch choice: a place its sentence names within sentKm of the course fixes the stretch;
// otherwise the point nearest the document's places (their distances capped at capKm), when
// one of them lies within docKm of it; otherwise the middle of the course's points in the
// country the document is about. Two points within twinKm (the banks of a border river) are
// told apart by the sentence place's country, or else by the document's; a sentence place within
// bankKm of a river is on its bank (see stretch).
const (
	sentKm = 250
	docKm  = 400
	capKm  = 1000
	twinKm = 30
	bankKm = 50
)

// placeCourses moves each resolved long feature to the stretch the story is about (the point of
// its course chosen as above), with that point's country or the shore's (see stretch). A
// feature its text gives a country
// by claim ("Pakistan's side of the Torkham crossing") keeps it.
func (r *resolver) placeCourses(focus func(i int) ([2]byte, bool)) {
	g := r.g
	if len(g.courseOf) == 0 {
		return
	}
	var anchors []courseAnchor
	built := false
	for i := range r.ments {
		m := &r.ments[i]
		if m.best < 0 || m.claim != ([2]byte{}) {
			continue
		}
		pi := m.cands[m.best].p
		ci, ok := g.courseOf[pi]
		if !ok || g.ownCountryName(pi) {
			continue // "Lake Chad" stays in Chad (the host loop's rule)
		}
		if !built {
			anchors, built = r.courseAnchors(), true
		}
		c := &g.courses[ci]
		cc, hasFocus := focus(i)
		k, shore, ok := c.stretch(i, m.sent, anchors, cc, hasFocus)
		if !ok {
			continue
		}
		pt := c.pts[k]
		m.hostAt, m.hostLat, m.hostLon = true, pt.lat, pt.lon
		switch {
		case c.wide(): // rule 40 (seas13.go): the ocean off the story's coast is still no country's
		case shore != ([2]byte{}):
			m.host = shore
		case pt.cc != ([2]byte{}):
			m.host = pt.cc
		}
	}
}

// ownCountryName reports a place filed under a country whose name it bears ("Lake Chad").
func (g *Gazetteer) ownCountryName(pi uint32) bool {
	p := &g.places[pi]
	ci, ok := g.country[p.cc]
	return ok && strings.Contains(Key(p.name), Key(g.places[ci].name))
}

// courseAnchor is a resolved place that can fix a stretch: a city, town, division or small site
// (not a country, whose point says little about where along a border river a story is, nor
// another long feature).
type courseAnchor struct {
	ment     int
	sent     int
	lat, lon float64
	cc       [2]byte
	dateline bool // the reporter's dateline: not a place of its sentence's story
}

func (r *resolver) courseAnchors() []courseAnchor {
	g := r.g
	var out []courseAnchor
	for k := range r.ments {
		o := &r.ments[k]
		if o.best < 0 || o.metonymy {
			continue
		}
		pi := o.cands[o.best].p
		p := &g.places[pi]
		if _, long := g.courseOf[pi]; long {
			continue
		}
		switch {
		case p.feat == featCity || p.feat == featAdmin2 || p.feat == featAdmin1:
		case p.flags&flagSite != 0 && g.radius[pi] <= 50:
		default:
			continue
		}
		out = append(out, courseAnchor{ment: k, sent: o.sent, lat: float64(p.lat), lon: float64(p.lon), cc: p.cc, dateline: r.datelineLike(o)})
	}
	return out
}

// datelineLike reports the dateline's place, flagged or tagged: capitals opening a sentence,
// after nothing but other capitals and punctuation ("BUKAVU/BUJUMBURA, July 23 (Reuters) -").
func (r *resolver) datelineLike(o *mention) bool {
	if o.dateline != dlNone {
		return true
	}
	upper := func(s string) bool { return strings.ToUpper(s) == s && strings.ToLower(s) != s }
	if len(r.text[o.s:o.e]) < 3 || !upper(r.text[o.s:o.e]) {
		return false
	}
	for k := o.ts - 1; k >= 0 && r.toks[k].sent == o.sent; k-- {
		if t := r.text[r.toks[k].s:r.toks[k].e]; r.toks[k].word && !upper(t) {
			return false
		}
	}
	return true
}

// stretch chooses the point of c for the mention i in sentence sent (see the constants above).
// shore, when set, is the country the feature takes instead of the point's: a lake or sea named
// beside a place of one of its shore countries lies in that place's country ("Kalemie, on the
// shore of Lake Tanganyika" is Congo's shore, whichever coast the nearest point in open water is
// closer to), and so does a river beside a place within bankKm of it ("Chiang Saen, on the
// Mekong": Thailand's bank of a stretch whose points the data gives Laos).
func (c *course) stretch(i, sent int, anchors []courseAnchor, focus [2]byte, hasFocus bool) (k int, shore [2]byte, ok bool) {
	twin := func(k int, cc [2]byte) int {
		if c.pts[k].cc == cc {
			return k
		}
		for j, p := range c.pts {
			if p.cc == cc && within(float64(p.lat), float64(p.lon), float64(c.pts[k].lat), float64(c.pts[k].lon), twinKm) {
				return j
			}
		}
		return k
	}
	best, bd, ba := -1, math.Inf(1), -1
	for n, a := range anchors {
		if a.ment == i || a.sent != sent || a.dateline {
			continue
		}
		if k, d := c.nearest(a.lat, a.lon); d < bd {
			best, bd, ba = k, d, n
		}
	}
	if best >= 0 && bd <= sentKm {
		cc := anchors[ba].cc
		if k := twin(best, cc); c.pts[k].cc == cc {
			return k, [2]byte{}, true
		}
		if (c.kind == courseLake || c.kind == courseSea || bd <= bankKm) && c.has(cc) {
			return best, cc, true
		}
		return best, [2]byte{}, true
	}
	if c.kind == courseSea && !c.wide() { // rule 40 (seas13.go): an ocean lies off the story's coast
		return 0, [2]byte{}, false
	}
	best, bc := -1, math.Inf(1)
	for k, p := range c.pts {
		cost, near := 0.0, math.Inf(1)
		for _, a := range anchors {
			if a.ment == i {
				continue
			}
			d := Distance(a.lat, a.lon, float64(p.lat), float64(p.lon))
			cost += min(d, capKm)
			near = min(near, d)
		}
		if near <= docKm && cost < bc {
			best, bc = k, cost
		}
	}
	if best >= 0 {
		if !hasFocus {
			return best, [2]byte{}, true
		}
		if best = twin(best, focus); c.pts[best].cc != focus && c.kind == courseLake && c.has(focus) {
			return best, focus, true // a lake of the document's country: its shore there
		}
		return best, [2]byte{}, true
	}
	if !hasFocus {
		return 0, [2]byte{}, false
	}
	var in []int
	for k, p := range c.pts {
		if p.cc == focus {
			in = append(in, k)
		}
	}
	if len(in) == 0 {
		return 0, [2]byte{}, false
	}
	return in[len(in)/2], [2]byte{}, true
}
