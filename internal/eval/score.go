package eval

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Report is the result of scoring one gold file.
type Report struct {
	Gold      string      `json:"gold,omitempty"`
	Input     string      `json:"input"`
	Documents []DocReport `json:"documents"`
	Totals    Totals      `json:"totals"`
}

// DocReport scores one gold document.
type DocReport struct {
	Title     string `json:"title"`
	Published string `json:"published"`
	// Found is false when extraction produced no document for this gold document.
	Found      bool   `json:"found"`
	FoundTitle string `json:"found_title,omitempty"`
	// MatchedBy says how the found document was paired with the gold one: "title" or "position".
	MatchedBy string       `json:"matched_by,omitempty"`
	Events    []GoldResult `json:"events"`
	// FalsePositives are found events that match no gold event and are not exempt.
	FalsePositives []FoundEvent `json:"false_positives"`
	// Exempt are unmatched verbal events of a type the gold annotates only partially.
	Exempt    []FoundEvent    `json:"exempt"`
	Forbidden []Violation     `json:"forbidden_violations"`
	Cleaning  []CleaningCheck `json:"cleaning"`
	Entities  EntityResult    `json:"entities"`
	Counts    EventCounts     `json:"counts"`
	// Calibration is the document's reliability table (found events by confidence band).
	Calibration Calibration `json:"calibration"`
}

// EventCounts are the event tallies of a document or of the whole file.
type EventCounts struct {
	// TP are found events matched to a gold event (required or optional).
	TP int `json:"tp"`
	// FP are found events matched to no gold event and not exempt.
	FP     int `json:"fp"`
	Exempt int `json:"exempt"`
	// Required is the number of required gold events; RequiredMatched how many were found.
	Required        int `json:"required"`
	RequiredMatched int `json:"required_matched"`
	Optional        int `json:"optional"`
	OptionalMatched int `json:"optional_matched"`
}

// CalBin is one confidence band [From, To) of the calibration table (the last band includes
// 1) with the number of found events in it and how many matched a gold event.
type CalBin struct {
	From   float64 `json:"from"`
	To     float64 `json:"to"`
	Events int     `json:"events"`
	Right  int     `json:"right"`
}

// calEdges are the lower bounds of the calibration bands.
var calEdges = []float64{0, 0.5, 0.6, 0.7, 0.8, 0.9}

// Calibration counts found events (exempt ones left out) by confidence band and how many of
// them matched a gold event: the reliability table of the confidence score.
type Calibration []CalBin

func newCalibration() Calibration {
	bs := make(Calibration, len(calEdges))
	for i, f := range calEdges {
		bs[i] = CalBin{From: f, To: 1}
		if i+1 < len(calEdges) {
			bs[i].To = calEdges[i+1]
		}
	}
	return bs
}

// count counts a found event of confidence conf, right or not.
func (c *Calibration) count(conf float64, right bool) {
	if *c == nil {
		*c = newCalibration()
	}
	i := len(calEdges) - 1
	for i > 0 && conf < calEdges[i] {
		i--
	}
	(*c)[i].Events++
	if right {
		(*c)[i].Right++
	}
}

// Add adds o's bands to c.
func (c *Calibration) Add(o Calibration) {
	if *c == nil {
		*c = newCalibration()
	}
	for i, b := range o {
		(*c)[i].Events += b.Events
		(*c)[i].Right += b.Right
	}
}

// AtLeast returns how many found events had confidence >= from and how many of them were
// right (from should be a band edge).
func (c Calibration) AtLeast(from float64) (events, right int) {
	for _, b := range c {
		if b.From >= from-1e-9 {
			events += b.Events
			right += b.Right
		}
	}
	return events, right
}

// Add adds o's tallies to c.
func (c *EventCounts) Add(o EventCounts) {
	c.TP += o.TP
	c.FP += o.FP
	c.Exempt += o.Exempt
	c.Required += o.Required
	c.RequiredMatched += o.RequiredMatched
	c.Optional += o.Optional
	c.OptionalMatched += o.OptionalMatched
}

// GoldResult is the outcome for one gold event.
type GoldResult struct {
	Key      string `json:"key"`
	Required bool   `json:"required"`
	Matched  bool   `json:"matched"`
	// Event is the matched found event or, for a miss, the best candidate (nil when the
	// document has no events).
	Event *FoundEvent `json:"event"`
	// Fields maps each field the gold event states to whether Event agrees on all its checks.
	Fields map[string]bool `json:"fields"`
}

// FoundEvent summarises one extracted event for the report.
type FoundEvent struct {
	Index    int    `json:"index"` // position in the document's events
	Type     string `json:"type"`
	SubEvent string `json:"acled_sub_event_type,omitempty"`
	Trigger  string `json:"trigger"`
	Date     string `json:"date,omitempty"`
	Location string `json:"location,omitempty"`
	Snippet  string `json:"snippet"`
}

// Violation is a forbidden rule broken by a found event.
type Violation struct {
	Rule  string     `json:"rule"` // killed_in | munitions_in
	Value int        `json:"value"`
	Why   string     `json:"why,omitempty"`
	Event FoundEvent `json:"event"`
}

// CleaningCheck is one cleaning test on a document's clean text.
type CleaningCheck struct {
	Kind   string `json:"kind"` // must_not_contain_line | caption_once
	Text   string `json:"text"`
	Pass   bool   `json:"pass"`
	Detail string `json:"detail,omitempty"`
}

// EntityResult is entity recall for one document.
type EntityResult struct {
	Found  int    `json:"found"`
	Total  int    `json:"total"`
	Missed []Pair `json:"missed"`
}

// FieldScore is the accuracy of one field over required gold events that state it.
type FieldScore struct {
	Field    string   `json:"field"`
	Agree    int      `json:"agree"`
	Stated   int      `json:"stated"`
	Accuracy *float64 `json:"accuracy"`
}

// Totals aggregate the whole gold file. Ratios are null when their denominator is zero.
type Totals struct {
	Documents      int          `json:"documents"`
	DocumentsFound int          `json:"documents_found"`
	Events         EventCounts  `json:"events"`
	Precision      *float64     `json:"precision"`
	Recall         *float64     `json:"recall"`
	F1             *float64     `json:"f1"`
	FieldAccuracy  []FieldScore `json:"field_accuracy"`
	EntityFound    int          `json:"entity_found"`
	EntityTotal    int          `json:"entity_total"`
	EntityRecall   *float64     `json:"entity_recall"`
	CleaningPassed int          `json:"cleaning_passed"`
	CleaningTotal  int          `json:"cleaning_total"`
	Violations     int          `json:"forbidden_violations"`
	Calibration    Calibration  `json:"calibration"`
}

// Add sums o's counts into t: documents, events, entities, cleaning checks, forbidden
// violations and calibration bands. The ratios and field accuracies are left alone.
func (t *Totals) Add(o Totals) {
	t.Documents += o.Documents
	t.DocumentsFound += o.DocumentsFound
	t.Events.Add(o.Events)
	t.EntityFound += o.EntityFound
	t.EntityTotal += o.EntityTotal
	t.CleaningPassed += o.CleaningPassed
	t.CleaningTotal += o.CleaningTotal
	t.Violations += o.Violations
	t.Calibration.Add(o.Calibration)
}

// JSON returns the report as indented JSON.
func (r *Report) JSON() ([]byte, error) { return json.MarshalIndent(r, "", "  ") }

// VerbalTypes are the PLOVER types whose unmatched events are not false positives in a
// document that annotates the type only partially (has an optional gold event of that type).
var VerbalTypes = []string{"CONSULT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"}

// Score scores the documents extraction produced for g's input. Each gold document is paired
// with a found document by title (see Pair); docs should come from one run, so use Run when
// the gold documents need different reference dates.
func Score(g *Gold, docs []model.Document) *Report {
	idx, by := PairDocs(g, docs)
	found := make([]*model.Document, len(g.Documents))
	for i, j := range idx {
		if j >= 0 {
			found[i] = &docs[j]
		}
	}
	return build(g, found, by)
}

// Run runs extract once per distinct `published` value of g's documents on g's input (a path
// relative to goldDir unless absolute), takes each gold document's found document from the run
// with its own `published`, and scores them.
func Run(g *Gold, goldDir string, extract func(inputPath string, published string) ([]model.Document, error)) (*Report, error) {
	path := g.Input
	if !filepath.IsAbs(path) {
		path = filepath.Join(goldDir, path)
	}
	found := make([]*model.Document, len(g.Documents))
	by := make([]string, len(g.Documents))
	done := map[string]bool{}
	for _, gd := range g.Documents {
		p := gd.Published
		if done[p] {
			continue
		}
		done[p] = true
		docs, err := extract(path, p)
		if err != nil {
			return nil, fmt.Errorf("extracting %s (published %q): %w", path, p, err)
		}
		idx, b := PairDocs(g, docs)
		for i, j := range idx {
			if g.Documents[i].Published == p && j >= 0 {
				found[i] = &docs[j]
				by[i] = b[i]
			}
		}
	}
	return build(g, found, by), nil
}

// RunFile loads the gold file at path and scores the documents extract returns for its input
// (Run); the report's Gold is path.
func RunFile(path string, extract func(inputPath string, published string) ([]model.Document, error)) (*Report, error) {
	g, err := Load(path)
	if err != nil {
		return nil, err
	}
	r, err := Run(g, filepath.Dir(path), extract)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	r.Gold = path
	return r, nil
}

// PairDocs pairs each gold document with a found document: the unused one whose title agrees
// best (equal after folding case, punctuation and spacing; else one title contains the other;
// else word overlap of at least 60%), in gold order. A gold document left unpaired takes the
// found document at its own position when both lists have the same length. It returns, per
// gold document, the index in docs (-1 when none) and "title", "position" or "".
func PairDocs(g *Gold, docs []model.Document) ([]int, []string) {
	idx := make([]int, len(g.Documents))
	by := make([]string, len(g.Documents))
	used := make([]bool, len(docs))
	for i := range g.Documents {
		idx[i] = -1
		best, bestScore := -1, 0.0
		for j := range docs {
			if used[j] {
				continue
			}
			if s := titleScore(g.Documents[i].Title, docs[j].Title); s > bestScore {
				best, bestScore = j, s
			}
		}
		if best >= 0 {
			idx[i], by[i], used[best] = best, "title", true
		}
	}
	if len(g.Documents) == len(docs) {
		for i := range g.Documents {
			if idx[i] < 0 && !used[i] {
				idx[i], by[i], used[i] = i, "position", true
			}
		}
	}
	return idx, by
}

func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// titleScore: 3 equal, 2 containment, else the word Jaccard when at least 0.6, else 0.
func titleScore(a, b string) float64 {
	wa, wb := titleWords(a), titleWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	ja, jb := " "+strings.Join(wa, " ")+" ", " "+strings.Join(wb, " ")+" "
	if ja == jb {
		return 3
	}
	if strings.Contains(ja, jb) || strings.Contains(jb, ja) {
		return 2
	}
	sa := map[string]bool{}
	for _, w := range wa {
		sa[w] = true
	}
	sb := map[string]bool{}
	inter := 0
	for _, w := range wb {
		if !sb[w] {
			sb[w] = true
			if sa[w] {
				inter++
			}
		}
	}
	j := float64(inter) / float64(len(sa)+len(sb)-inter)
	if j >= 0.6 {
		return j
	}
	return 0
}

func build(g *Gold, found []*model.Document, by []string) *Report {
	r := &Report{Gold: g.Path, Input: g.Input}
	stated := map[string]int{}
	agree := map[string]int{}
	for i := range g.Documents {
		dr := scoreDoc(&g.Documents[i], found[i], by[i], stated, agree)
		r.Documents = append(r.Documents, dr)
	}
	t := &r.Totals
	t.Documents = len(r.Documents)
	for _, d := range r.Documents {
		if d.Found {
			t.DocumentsFound++
		}
		t.Events.Add(d.Counts)
		t.Calibration.Add(d.Calibration)
		t.EntityFound += d.Entities.Found
		t.EntityTotal += d.Entities.Total
		for _, c := range d.Cleaning {
			t.CleaningTotal++
			if c.Pass {
				t.CleaningPassed++
			}
		}
		t.Violations += len(d.Forbidden)
	}
	t.Precision = ratio(t.Events.TP, t.Events.TP+t.Events.FP)
	t.Recall = ratio(t.Events.RequiredMatched, t.Events.Required)
	switch {
	case t.Precision != nil && t.Recall != nil:
		p, q := *t.Precision, *t.Recall
		f := 0.0
		if p+q > 0 {
			f = 2 * p * q / (p + q)
		}
		t.F1 = &f
	case t.Recall != nil: // nothing found: recall is 0 and so is F1
		f := 0.0
		t.F1 = &f
	}
	for _, f := range Fields {
		if stated[f] == 0 {
			continue
		}
		t.FieldAccuracy = append(t.FieldAccuracy, FieldScore{Field: f, Agree: agree[f], Stated: stated[f], Accuracy: ratio(agree[f], stated[f])})
	}
	t.EntityRecall = ratio(t.EntityFound, t.EntityTotal)
	return r
}

func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	x := float64(a) / float64(b)
	return &x
}

func scoreDoc(gd *Doc, d *model.Document, by string, stated, agree map[string]int) DocReport {
	dr := DocReport{Title: gd.Title, Published: gd.Published, Found: d != nil, MatchedBy: by,
		Events: []GoldResult{}, FalsePositives: []FoundEvent{}, Exempt: []FoundEvent{},
		Forbidden: []Violation{}, Cleaning: []CleaningCheck{}, Entities: EntityResult{Missed: []Pair{}}}
	var evs []model.Event
	if d != nil {
		dr.FoundTitle = d.Title
		evs = d.Events
	}

	// agreement table
	n := len(gd.Events)
	ag := make([][]agreement, n)
	for i := range gd.Events {
		e := &gd.Events[i]
		cs := e.checks()
		ag[i] = make([]agreement, len(evs))
		for j := range evs {
			ag[i][j] = e.agreement(cs, &evs[j])
		}
	}
	match := matchEvents(gd.Events, ag, len(evs))
	matchedFound := make([]bool, len(evs))
	for _, j := range match {
		if j >= 0 {
			matchedFound[j] = true
		}
	}

	for i := range gd.Events {
		e := &gd.Events[i]
		res := GoldResult{Key: e.Key, Required: e.IsRequired(), Fields: map[string]bool{}}
		cand := match[i]
		if cand >= 0 {
			res.Matched = true
			dr.Counts.TP++
		} else {
			cand = bestCandidate(ag[i])
		}
		var a agreement
		if cand >= 0 {
			a = ag[i][cand]
			fe := summarize(d, cand)
			res.Event = &fe
		} else {
			a = e.agreement(e.checks(), nil)
		}
		for f := range a.stated {
			res.Fields[f] = a.agree[f]
		}
		if res.Required {
			dr.Counts.Required++
			if res.Matched {
				dr.Counts.RequiredMatched++
			}
			for f := range a.stated {
				stated[f]++
				if a.agree[f] {
					agree[f]++
				}
			}
		} else {
			dr.Counts.Optional++
			if res.Matched {
				dr.Counts.OptionalMatched++
			}
		}
		dr.Events = append(dr.Events, res)
	}

	optTypes := map[string]bool{}
	for i := range gd.Events {
		if !gd.Events[i].IsRequired() {
			for _, t := range gd.Events[i].Type {
				optTypes[t] = true
			}
		}
	}
	dr.Calibration = newCalibration()
	for j := range evs {
		if matchedFound[j] {
			dr.Calibration.count(evs[j].Confidence, true)
			continue
		}
		if in(VerbalTypes, evs[j].Type) && optTypes[evs[j].Type] {
			dr.Exempt = append(dr.Exempt, summarize(d, j))
			dr.Counts.Exempt++
			continue
		}
		dr.FalsePositives = append(dr.FalsePositives, summarize(d, j))
		dr.Counts.FP++
		dr.Calibration.count(evs[j].Confidence, false)
	}

	for _, f := range gd.Forbidden {
		for j := range evs {
			ev := &evs[j]
			if len(f.KilledIn) > 0 && ev.Counts.Killed != nil &&
				(f.WithDatePrecision == "" || ev.Date.Precision == f.WithDatePrecision) {
				for _, k := range f.KilledIn {
					if *ev.Counts.Killed == k {
						dr.Forbidden = append(dr.Forbidden, Violation{Rule: "killed_in", Value: k, Why: f.Why, Event: summarize(d, j)})
					}
				}
			}
			if ev.Counts.Munitions != nil {
				for _, m := range f.MunitionsIn {
					if *ev.Counts.Munitions == m {
						dr.Forbidden = append(dr.Forbidden, Violation{Rule: "munitions_in", Value: m, Why: f.Why, Event: summarize(d, j)})
					}
				}
			}
		}
	}

	dr.Cleaning = cleaningChecks(gd, d)
	dr.Entities = entityRecall(gd, d)
	return dr
}

// matchEvents finds a maximum matching between gold events and found events where an edge
// means "agrees on every stated field". Required gold events are placed first (augmenting
// paths never unplace a gold event), so the matching also maximises required matches.
func matchEvents(gold []Event, ag [][]agreement, nFound int) []int {
	goldOf := make([]int, nFound)
	for j := range goldOf {
		goldOf[j] = -1
	}
	match := make([]int, len(gold))
	for i := range match {
		match[i] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for j := 0; j < nFound; j++ {
			if seen[j] || !ag[i][j].all() {
				continue
			}
			seen[j] = true
			if goldOf[j] < 0 || try(goldOf[j], seen) {
				goldOf[j] = i
				match[i] = j
				return true
			}
		}
		return false
	}
	for pass := 0; pass < 2; pass++ {
		for i := range gold {
			if gold[i].IsRequired() != (pass == 0) {
				continue
			}
			try(i, make([]bool, nFound))
		}
	}
	return match
}

// bestCandidate: the found event agreeing on the most stated checks; ties go to the one whose
// type agrees, then to the earliest. -1 when there are no found events.
func bestCandidate(row []agreement) int {
	best := -1
	for j, a := range row {
		if best < 0 || a.n > row[best].n ||
			(a.n == row[best].n && a.stated["type"] && a.agree["type"] && !row[best].agree["type"]) {
			best = j
		}
	}
	return best
}

func summarize(d *model.Document, j int) FoundEvent {
	ev := &d.Events[j]
	fe := FoundEvent{Index: j, Type: ev.Type, SubEvent: ev.ACLED.SubEventType, Trigger: ev.Evidence.Trigger, Date: ev.Date.Value}
	if ev.Location != nil {
		fe.Location = ev.Location.Name
		if ev.Location.Country != "" {
			fe.Location += "/" + ev.Location.Country
		}
	}
	fe.Snippet = snippet(d.Text, ev.Evidence)
	return fe
}

const snippetLen = 90

// snippet returns up to snippetLen bytes of the evidence sentence around its trigger, with
// white space collapsed; out-of-range offsets give "".
func snippet(text string, ev model.Evidence) string {
	s, e := ev.Start, ev.End
	if s < 0 || e > len(text) || s >= e {
		return ""
	}
	from := s
	if ev.TriggerStart > s && ev.TriggerStart < e && ev.TriggerStart-s > snippetLen/2 {
		from = ev.TriggerStart - snippetLen/3
	}
	to := from + snippetLen
	if to > e {
		to = e
	}
	for from < to && !utf8.RuneStart(text[from]) {
		from++
	}
	for to > from && to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	out := strings.Join(strings.Fields(text[from:to]), " ")
	if from > s {
		out = "…" + out
	}
	if to < e {
		out += "…"
	}
	return out
}

func cleaningChecks(gd *Doc, d *model.Document) []CleaningCheck {
	out := []CleaningCheck{}
	var lines map[string]int
	if d != nil {
		lines = map[string]int{}
		for _, l := range strings.Split(d.Text, "\n") {
			lines[strings.TrimSpace(l)]++
		}
	}
	for _, l := range gd.MustNotContainLines {
		c := CleaningCheck{Kind: "must_not_contain_line", Text: l}
		switch {
		case d == nil:
			c.Detail = "document not found"
		case lines[strings.TrimSpace(l)] > 0:
			c.Detail = fmt.Sprintf("present %dx", lines[strings.TrimSpace(l)])
		default:
			c.Pass = true
		}
		out = append(out, c)
	}
	if gd.CaptionOnce != "" {
		c := CleaningCheck{Kind: "caption_once", Text: gd.CaptionOnce}
		if d == nil {
			c.Detail = "document not found"
		} else {
			k := strings.Count(spaces(d.Text), spaces(gd.CaptionOnce))
			c.Pass = k == 1
			c.Detail = fmt.Sprintf("%dx", k)
		}
		out = append(out, c)
	}
	return out
}

// spaces collapses runs of white space to one space.
func spaces(s string) string { return strings.Join(strings.Fields(s), " ") }

// entityKey folds an entity text for comparison: case, typographic quotes, spacing, and an
// optional leading "The ".
func entityKey(s string) string {
	s = foldText(s)
	return strings.TrimPrefix(s, "the ")
}

func entityRecall(gd *Doc, d *model.Document) EntityResult {
	r := EntityResult{Total: len(gd.Entities), Missed: []Pair{}}
	have := map[[2]string]bool{}
	if d != nil {
		for _, e := range d.Entities {
			have[[2]string{e.Label, entityKey(e.Text)}] = true
		}
	}
	for _, p := range gd.Entities {
		if have[[2]string{p.Label, entityKey(p.Text)}] {
			r.Found++
		} else {
			r.Missed = append(r.Missed, p)
		}
	}
	return r
}
