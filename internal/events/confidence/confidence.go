// Package confidence recomputes the confidence of extracted events so that it means something:
// a small logistic regression over features of the event and its document (the extractor's own
// score, type, modality, which fields are filled and how precisely, merged mentions, where in
// the article the evidence sits, how many events the article has) gives the probability that
// the event matches a gold event on every field the gold states. The weights are learned from
// the development gold files by the trainer in ./train and live in weights_gen.go, with the
// trainer's leave-one-set-out cross-validated calibration tables in its header comment. The
// logit is rescaled (Platt) to fit the cross-validated predictions on the dev sets (examples/
// aside: its stories were written with the extractor) and lowered by a margin so that the
// cross-validated >= 0.8 band of the dev sets is right at least 85% of the time, since unseen
// articles are harder than the sets the extractor was tuned on.
//
// Retrain after any change to extraction (a few seconds):
//
//	go generate ./internal/events/confidence/
//
// The pipeline calls Apply right after extraction unless pipeline.Config.RawConfidence is set
// (the trainer sets it, so it learns from the extractor's own scores, not its own output).
package confidence

import (
	"math"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
)

//go:generate go run ./train -out weights_gen.go

// Feature indices; FeatureNames gives their names in the same order.
const (
	fOrig = iota
	fAssault
	fProtest
	fCoerce
	fMaterial
	fVerbalConflict
	fVerbalCoop
	fSupport
	fNotAsserted
	fBackground
	fSource
	fSourceNamed
	fTarget
	fTargetNamed
	fLocation
	fLocExact
	fLocApprox
	fDate
	fDateDay
	fCounts
	fMentions
	fLede
	fLate
	fEvents
	fTypeShare
	fFirstOfType
	fSameTypeMode
	fQuote
	fAssaultCounts
	fAssaultTarget
	fDateRecent
	fDateOld
	fMainCountry
	fSentenceShared
	fTriggerPhrase
	fTriggerPast
	NumFeatures
)

// FeatureNames are the names of the features, in the order of Features.
var FeatureNames = [NumFeatures]string{
	"orig", "assault", "protest", "coerce", "material-other", "verbal-conflict", "verbal-coop", "support",
	"not-asserted", "background", "source", "source-named", "target", "target-named",
	"location", "location-exact", "location-approx", "date", "date-day", "counts", "mentions",
	"lede", "late", "events", "type-share", "first-of-type", "same-type-mode", "quote",
	"assault-counts", "assault-target", "date-recent", "date-old", "main-country",
	"sentence-shared", "trigger-phrase", "trigger-past",
}

var typeGroup = map[string]int{
	"ASSAULT": fAssault, "PROTEST": fProtest, "COERCE": fCoerce,
	"MOBILIZE": fMaterial, "SANCTION": fMaterial, "RETREAT": fMaterial, "AID": fMaterial, "COOPERATE": fMaterial,
	"ACCUSE": fVerbalConflict, "REQUEST": fVerbalConflict, "REJECT": fVerbalConflict, "THREATEN": fVerbalConflict,
	"AGREE": fVerbalCoop, "CONSULT": fVerbalCoop, "SUPPORT": fSupport, "CONCEDE": fSupport,
}

// Features returns the feature vector of d.Events[i]. It reads the event's Confidence as the
// extractor set it, so call it on uncalibrated events (before Apply).
func Features(d *model.Document, i int) [NumFeatures]float64 {
	return features(d, i, newDocInfo(d))
}

// docInfo is what the features need to know about the whole document, computed once.
type docInfo struct {
	pub     time.Time
	pubOK   bool
	country string // mainCountry
}

func newDocInfo(d *model.Document) docInfo {
	var di docInfo
	if t, err := time.Parse("2006-01-02", d.Published); err == nil {
		di.pub, di.pubOK = t, true
	}
	di.country = mainCountry(d)
	return di
}

func features(d *model.Document, i int, di docInfo) [NumFeatures]float64 {
	var f [NumFeatures]float64
	e := &d.Events[i]
	b := func(x bool) float64 {
		if x {
			return 1
		}
		return 0
	}
	f[fOrig] = e.Confidence
	if !(f[fOrig] >= 0) { // NaN or negative
		f[fOrig] = 0
	}
	f[fOrig] = min(f[fOrig], 1)
	if g, ok := typeGroup[e.Type]; ok {
		f[g] = 1
	}
	f[fNotAsserted] = b(e.Modality != "" && e.Modality != "asserted")
	f[fBackground] = b(e.Background)
	f[fSource] = b(len(e.Sources) > 0)
	f[fSourceNamed] = b(named(e.Sources))
	f[fTarget] = b(len(e.Targets) > 0)
	f[fTargetNamed] = b(named(e.Targets))
	if e.Location != nil {
		f[fLocation] = 1
		f[fLocExact] = b(e.Location.Precision == 1)
		f[fLocApprox] = b(e.Location.Approximate)
	}
	f[fDate] = b(e.Date.Value != "")
	f[fDateDay] = b(e.Date.Precision == "day")
	f[fCounts] = b(hasCounts(&e.Counts))
	f[fMentions] = math.Log(float64(max(1, e.Mentions)))
	si, ns := sentenceIndex(d, e.Evidence.Start)
	f[fLede] = b(si <= 1)
	if ns > 1 {
		f[fLate] = float64(si) / float64(ns-1)
	}
	n := len(d.Events)
	f[fEvents] = math.Log(float64(n))
	same, first, sameMode := 0, true, false
	for j := range d.Events {
		o := &d.Events[j]
		if o.Type != e.Type {
			continue
		}
		same++
		if j < i {
			first = false
		}
		if j != i && o.Mode == e.Mode {
			sameMode = true
		}
	}
	f[fTypeShare] = float64(same) / float64(n)
	f[fFirstOfType] = b(first)
	f[fSameTypeMode] = b(sameMode)
	f[fQuote] = b(reported(d, e.Evidence))
	f[fAssaultCounts] = f[fAssault] * f[fCounts]
	f[fAssaultTarget] = f[fAssault] * f[fTarget]
	if days, ok := daysBefore(di, e.Date); ok {
		f[fDateRecent] = b(days >= 0 && days <= 3)
		f[fDateOld] = b(days > 31)
	}
	if e.Location != nil && e.Location.Country != "" {
		f[fMainCountry] = b(e.Location.Country == di.country)
	}
	for j := range d.Events {
		if j != i && d.Events[j].Evidence.Start == e.Evidence.Start {
			f[fSentenceShared] = 1
		}
	}
	tr := strings.TrimSpace(e.Evidence.Trigger)
	f[fTriggerPhrase] = b(strings.Contains(tr, " "))
	f[fTriggerPast] = b(!strings.Contains(tr, " ") && strings.HasSuffix(strings.ToLower(tr), "ed"))
	return f
}

// daysBefore returns how many days the event's date lies before the publication date (both
// read at their precision's first day); ok is false when either is unknown.
func daysBefore(di docInfo, dt model.Date) (int, bool) {
	if !di.pubOK || dt.Value == "" {
		return 0, false
	}
	v := dt.Value
	switch len(v) {
	case 4:
		v += "-01-01"
	case 7:
		v += "-01"
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return 0, false
	}
	return int(di.pub.Sub(t).Hours() / 24), true
}

// mainCountry is the country most of the document's located events are in (on a tie, the one
// that reached the top count first; "" when no event is located).
func mainCountry(d *model.Document) string {
	n := map[string]int{}
	best, bestN := "", 0
	for j := range d.Events {
		l := d.Events[j].Location
		if l == nil || l.Country == "" {
			continue
		}
		n[l.Country]++
		if n[l.Country] > bestN {
			best, bestN = l.Country, n[l.Country]
		}
	}
	return best
}

// named reports whether some actor was resolved in the knowledge base or to a country.
func named(as []model.Actor) bool {
	for _, a := range as {
		if a.Actor != "" {
			return true
		}
	}
	return false
}

func hasCounts(c *model.Counts) bool {
	return c.Killed != nil || c.Injured != nil || c.Displaced != nil || c.Arrested != nil ||
		c.Kidnapped != nil || c.Munitions != nil || c.Participants != nil
}

// sentenceIndex returns the index of the sentence holding byte offset off and the number of
// sentences (index 0 when the document has none or off is outside them).
func sentenceIndex(d *model.Document, off int) (int, int) {
	for k, s := range d.Sentences {
		if off >= s[0] && off < s[1] {
			return k, len(d.Sentences)
		}
	}
	return 0, len(d.Sentences)
}

// reported reports whether the evidence sentence is direct or reported speech (a quotation
// mark or a verb of saying), where events are more often claims, plans or hearsay.
func reported(d *model.Document, ev model.Evidence) bool {
	if ev.Start < 0 || ev.End > len(d.Text) || ev.Start >= ev.End {
		return false
	}
	s := d.Text[ev.Start:ev.End]
	if strings.ContainsAny(s, "\"“”") {
		return true
	}
	for _, w := range []string{" said", " says", " told ", " according to "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// Score is the calibrated probability for a feature vector. When the generated weights do not
// fit the features (features were changed and the trainer not yet rerun) it returns the
// extractor's own confidence.
func Score(f [NumFeatures]float64) float64 {
	if len(weights) != NumFeatures {
		return f[fOrig]
	}
	z := bias
	for k, x := range f {
		z += weights[k] * x
	}
	p := 1 / (1 + math.Exp(-z))
	if math.IsNaN(p) {
		return 0.5
	}
	return p
}

// Apply replaces the Confidence of every event of d by the calibrated probability that it is
// right, rounded to two decimals. The events must carry the extractor's own confidence (Apply
// must run once per document).
func Apply(d *model.Document) {
	if d == nil || len(d.Events) == 0 {
		return
	}
	ps := make([]float64, len(d.Events))
	di := newDocInfo(d)
	for i := range d.Events {
		ps[i] = Score(features(d, i, di))
	}
	for i := range d.Events {
		d.Events[i].Confidence = math.Round(ps[i]*100) / 100
	}
}
