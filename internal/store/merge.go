package store

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// MergeRadiusKm is how far apart two located reports of one event may be.
const MergeRadiusKm = 50

// Report is one document's report of an event: the unit Reconcile combines. Store
// implementations build one per mention.
type Report struct {
	Doc      string
	Outlet   string
	URL      string
	Title    string
	Seen     string // YYYY-MM-DD
	Sentence string
	Event    model.Event
}

// MergeScore decides whether an incoming event (reported on inSeen) is the same real-world
// event as a stored one, and how good a match it is (higher is better).
//
// The rules: the same PLOVER type, modality and background flag; dates within one day when
// both are known to the day, otherwise the same date value and precision (both unknown
// included) with first_seen within a day. Then places and actors are compared: two located
// reports agree when they are within MergeRadiusKm, or, when either is only a region or
// country (precision 3), when they share admin1 (if both name one) or else the country; two
// sets of source actors agree when they share an actor id, a name, or a country and kind.
// A disagreement on either forbids the merge; a missing place or missing actors is neutral;
// at least one agreement (place, source actors, or failing those target actors) is required.
func MergeScore(in *model.Event, inSeen string, st *Event) (float64, bool) {
	if in.Type != st.Type || ModalityOf(in.Modality) != ModalityOf(st.Modality) || in.Background != st.Background {
		return 0, false
	}
	d1, ok1 := DayNumber(in.Date.Value)
	d2, ok2 := DayNumber(st.Date.Value)
	switch {
	case ok1 && ok2:
		if abs(d1-d2) > 1 {
			return 0, false
		}
	case ok1 != ok2:
		return 0, false
	default:
		if in.Date.Value != st.Date.Value || DatePrecision(in.Date) != DatePrecision(st.Date) {
			return 0, false
		}
		s1, oks1 := DayNumber(inSeen)
		s2, oks2 := DayNumber(st.FirstSeen)
		if !oks1 || !oks2 || abs(s1-s2) > 1 {
			return 0, false
		}
	}
	score, positive := 0.0, false
	if in.Location != nil && st.Location != nil {
		ok, closeness := samePlace(in.Location, st.Location)
		if !ok {
			return 0, false
		}
		positive = true
		score += 1 + closeness
	}
	if len(in.Sources) > 0 && len(st.Sources) > 0 {
		if !actorsOverlap(in.Sources, st.Sources) {
			return 0, false
		}
		positive = true
		score += 2
	} else if len(in.Targets) > 0 && len(st.Targets) > 0 && actorsOverlap(in.Targets, st.Targets) {
		positive = true
		score += 1
	}
	if !positive {
		return 0, false
	}
	if ok1 && ok2 && d1 == d2 {
		score += 0.5
	}
	return score, true
}

// ModalityOf normalises a modality ("" is asserted).
func ModalityOf(m string) string {
	if m == "" {
		return "asserted"
	}
	return m
}

// DatePrecision is a date's precision, "unknown" when it has no value.
func DatePrecision(d model.Date) string {
	if d.Value == "" {
		return "unknown"
	}
	return d.Precision
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// samePlace compares two locations; closeness is 1 for the same point, 0 at the radius.
func samePlace(a, b *model.Geo) (ok bool, closeness float64) {
	if a.Precision >= 3 || b.Precision >= 3 {
		if !strings.EqualFold(a.Country, b.Country) {
			return false, 0
		}
		if a.Admin1 != "" && b.Admin1 != "" && isRegionLevel(a, b) {
			return strings.EqualFold(a.Admin1, b.Admin1), 0.2
		}
		return true, 0
	}
	d := distanceKm(a.Lat, a.Lon, b.Lat, b.Lon)
	if d > MergeRadiusKm {
		return false, 0
	}
	return true, 1 - d/MergeRadiusKm
}

// isRegionLevel is true when the coarser of two precision-3 places is an admin1 region (not
// a whole country), so that admin1 must agree.
func isRegionLevel(a, b *model.Geo) bool {
	for _, g := range []*model.Geo{a, b} {
		if g.Precision >= 3 && g.Feature == "country" {
			return false
		}
	}
	return true
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// actorsOverlap: the same knowledge-base id, the same name, or the same country and kind.
func actorsOverlap(a, b []model.Actor) bool {
	for i := range a {
		for j := range b {
			x, y := &a[i], &b[j]
			switch {
			case x.Actor != "" && x.Actor == y.Actor:
				return true
			case x.Name != "" && strings.EqualFold(x.Name, y.Name):
				return true
			case x.Country != "" && x.Kind != "" && x.Country == y.Country && x.Kind == y.Kind:
				return true
			}
		}
	}
	return false
}

// ActorKey identifies an actor for listings, filters and the graph: its knowledge-base id,
// else its lower-cased name, else its lower-cased text ("" when it has none).
func ActorKey(a *model.Actor) string {
	switch {
	case a.Actor != "":
		return a.Actor
	case a.Name != "":
		return strings.ToLower(strings.TrimSpace(a.Name))
	}
	return strings.ToLower(strings.Join(strings.Fields(a.Text), " "))
}

// DayNumber returns the days since 1970-01-01 of a YYYY-MM-DD date.
func DayNumber(s string) (int, bool) {
	// time.Parse(time.DateOnly, s), whose day divided by 86,400 s this is, cost the writer
	// 3% of its instructions (it runs several times per event row): the same check by hand.
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > daysIn(m, y) {
		return 0, false
	}
	return daysFromCivil(y, m, d), true
}

// digits reads a string of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// daysIn is the number of days of month m of year y (proleptic Gregorian, as package time).
func daysIn(m, y int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil is the number of days from 1970-01-01 to y-m-d (negative before it).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// SortDate is the date an event is filtered and sorted by: the first day of its date when
// known (2024-07 -> 2024-07-01), else its first_seen date.
func SortDate(d model.Date, firstSeen string) string {
	v := d.Value
	switch {
	case len(v) == 10:
		if _, ok := DayNumber(v); ok {
			return v
		}
	case len(v) == 7 && v[4] == '-':
		if _, ok := DayNumber(v + "-01"); ok {
			return v + "-01"
		}
	case len(v) == 4:
		if _, ok := DayNumber(v + "-01-01"); ok {
			return v + "-01-01"
		}
	}
	return firstSeen
}

// geoRank orders places from most precise (1) to least; an unset precision comes last.
func geoRank(g *model.Geo) int {
	if g.Precision < 1 {
		return 4
	}
	return g.Precision
}

var precisionRank = map[string]int{"day": 5, "week": 4, "month": 3, "year": 2}

// Reconcile combines the reports of one event (at least one) into the stored event id.
//
//   - Evidence, type, mode, ACLED class, modality: from the report with the highest confidence
//     (ties: the earliest); confidence is that highest one.
//   - Location: the most precise one reported (ties: the higher confidence); date: likewise
//     the most precise.
//   - Sources and targets: the union over the reports (by actor id / name).
//   - Counts of harm (killed, injured, displaced, arrested, kidnapped): the lowest stated
//     figure, ACLED's conservative rule. Munitions and participants, where reports scatter
//     both ways (police versus organisers), take the median figure (the lower middle one).
//     A count is approximate when the report that gave the chosen figure said so.
//   - mentions: the sum of sentences over reports; articles_count: distinct documents;
//     sources_count: distinct outlets (documents without an outlet name count as one).
//   - first_seen / last_seen: earliest and latest report dates (publication date, or ingest
//     date when a document has none).
func Reconcile(id string, reps []Report) *Event {
	if len(reps) == 0 {
		return nil
	}
	rs := slices.Clone(reps)
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Seen != rs[j].Seen {
			return rs[i].Seen < rs[j].Seen
		}
		return rs[i].Doc < rs[j].Doc
	})
	best := 0
	for i := range rs {
		if rs[i].Event.Confidence > rs[best].Event.Confidence {
			best = i
		}
	}
	b := &rs[best]
	e := &Event{Event: b.Event}
	e.ID = id
	e.Document, e.URL, e.EvidenceText = b.Doc, b.URL, b.Sentence
	e.FirstDocument = rs[0].Doc
	e.FirstSeen, e.LastSeen = rs[0].Seen, rs[0].Seen

	// Location and date: the most precise, ties to the better report.
	order := make([]int, len(rs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		return rs[order[i]].Event.Confidence > rs[order[j]].Event.Confidence
	})
	var loc *Report
	var date *Report
	for _, i := range order {
		r := &rs[i]
		if r.Event.Location != nil && (loc == nil || geoRank(r.Event.Location) < geoRank(loc.Event.Location)) {
			loc = r
		}
		if r.Event.Date.Value != "" && (date == nil || precisionRank[r.Event.Date.Precision] > precisionRank[date.Event.Date.Precision]) {
			date = r
		}
	}
	if loc != nil {
		g := *loc.Event.Location
		e.Location, e.LocationText = &g, loc.Event.LocationText
	}
	if date != nil {
		e.Date = date.Event.Date
	}

	// Actors: union, best report first.
	e.Sources, e.Targets = nil, nil
	seenS, seenT := map[string]bool{}, map[string]bool{}
	for _, i := range append([]int{best}, order...) {
		r := &rs[i]
		e.Sources = unionActors(e.Sources, r.Event.Sources, seenS)
		e.Targets = unionActors(e.Targets, r.Event.Targets, seenT)
	}

	// Counts.
	e.Counts = model.Counts{}
	approx := map[string]bool{}
	for _, f := range countFields {
		var vals []countVal
		for i := range rs {
			if p := f.get(&rs[i].Event.Counts); p != nil {
				vals = append(vals, countVal{*p, slices.Contains(rs[i].Event.CountsApprox, f.name)})
			}
		}
		if len(vals) == 0 {
			continue
		}
		sort.SliceStable(vals, func(i, j int) bool { return vals[i].n < vals[j].n })
		pick := vals[0]
		if f.median {
			pick = vals[(len(vals)-1)/2]
		}
		*f.set(&e.Counts) = model.Int(pick.n)
		if pick.approx {
			approx[f.name] = true
		}
	}
	e.CountsApprox = []string{}
	for _, f := range countFields {
		if approx[f.name] {
			e.CountsApprox = append(e.CountsApprox, f.name)
		}
	}

	// Tallies.
	docs := map[string]bool{}
	outlets := map[string]string{}
	e.Mentions = 0
	for i := range rs {
		r := &rs[i]
		docs[r.Doc] = true
		k := strings.ToLower(strings.TrimSpace(r.Outlet))
		if _, ok := outlets[k]; !ok {
			outlets[k] = strings.TrimSpace(r.Outlet)
		}
		m := r.Event.Mentions
		if m < 1 {
			m = 1
		}
		e.Mentions += m
		if r.Seen > e.LastSeen {
			e.LastSeen = r.Seen
		}
	}
	e.ArticlesCount = len(docs)
	e.SourcesCount = len(outlets)
	e.Outlets = []string{}
	for k, v := range outlets {
		if k != "" {
			e.Outlets = append(e.Outlets, v)
		}
	}
	sort.Strings(e.Outlets)
	NormalizeEvent(&e.Event)
	return e
}

type countVal struct {
	n      int
	approx bool
}

type countField struct {
	name   string
	median bool
	get    func(*model.Counts) *int
	set    func(*model.Counts) **int
}

var countFields = []countField{
	{"killed", false, func(c *model.Counts) *int { return c.Killed }, func(c *model.Counts) **int { return &c.Killed }},
	{"injured", false, func(c *model.Counts) *int { return c.Injured }, func(c *model.Counts) **int { return &c.Injured }},
	{"displaced", false, func(c *model.Counts) *int { return c.Displaced }, func(c *model.Counts) **int { return &c.Displaced }},
	{"arrested", false, func(c *model.Counts) *int { return c.Arrested }, func(c *model.Counts) **int { return &c.Arrested }},
	{"kidnapped", false, func(c *model.Counts) *int { return c.Kidnapped }, func(c *model.Counts) **int { return &c.Kidnapped }},
	{"munitions", true, func(c *model.Counts) *int { return c.Munitions }, func(c *model.Counts) **int { return &c.Munitions }},
	{"participants", true, func(c *model.Counts) *int { return c.Participants }, func(c *model.Counts) **int { return &c.Participants }},
}

func unionActors(dst, src []model.Actor, seen map[string]bool) []model.Actor {
	for _, a := range src {
		k := ActorKey(&a)
		if k == "" {
			k = "\x00" + a.Country + "/" + a.Kind
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		a.Affiliations = slices.Clone(a.Affiliations)
		dst = append(dst, a)
	}
	return dst
}

// NormalizeEvent gives nil slices their empty JSON form, so stored events always answer
// [] rather than null.
func NormalizeEvent(e *model.Event) {
	if e.Sources == nil {
		e.Sources = []model.Actor{}
	}
	if e.Targets == nil {
		e.Targets = []model.Actor{}
	}
	if e.CountsApprox == nil {
		e.CountsApprox = []string{}
	}
	for i := range e.Sources {
		if e.Sources[i].Affiliations == nil {
			e.Sources[i].Affiliations = []string{}
		}
	}
	for i := range e.Targets {
		if e.Targets[i].Affiliations == nil {
			e.Targets[i].Affiliations = []string{}
		}
	}
}
