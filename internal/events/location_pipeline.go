package events

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// The pipeline's event location: the toponyms the geo stage found in the sentence, scored with
// weights learned on what place() itself sees (location_pipeweights.go, regenerate with
// `go generate ./internal/events`: `ELTRAIN=write ELKEEP=DirOf go test ./internal/events -run TestTrainPipelineLocation`). Beside the
// sentence features of locFeatures, a candidate carries the event's type (verbal acts get their
// own weights: a scene only when the sentence places the act itself), the candidate's feature
// class and precision, and whether it contains or lies inside another candidate of the
// sentence (a city beats its country unless the text says otherwise).

// Pipeline-only features, after the nLocFeat sentence features.
const (
	pfVerbal            = nLocFeat + iota // speech act (ACCUSE, THREATEN, REQUEST …; not meetings)
	pfVerbalLocPrep                       // verbal × governed by a locative preposition
	pfVerbalOtherGroup                    // verbal × another clause group
	pfVerbalOtherClause                   // verbal × another clause
	pfVerbalAfter                         // verbal × after the trigger
	pfVerbalLogDist                       // verbal × log distance
	pfVerbalFrom                          // verbal × "from X" ("operating from Afghan soil")
	pfAssault                             // ASSAULT
	pfProtest                             // PROTEST
	pfMove                                // MOBILIZE
	pfCountry                             // feature class: country
	pfAdmin1                              // admin1
	pfAdmin2                              // admin2
	pfCity                                // city
	pfRegion                              // region (supplement, directional region)
	pfOther                               // a place the gazetteer lacks, placed by context
	pfPrecision                           // the Geo's precision (1 exact … 3 country/region)
	pfHasInner                            // another candidate of the sentence lies inside this one
	pfInner                               // this candidate lies inside another one of the sentence
	pfTarget                              // the candidate is a target of the act ("into Israel")
	pfObject                              // the object right after the trigger ("stormed Goma")
	pfVerbalCountry                       // verbal × country
	pfHand                                // the hand-set rule score (clipped to ±6, over 3)
	pfNounOf                              // "<common noun> of X" ("employees of X"; not "the town of X")
	pfDirOf                               // "50 km south of X", "west of X": a reference point ("the north of X" is not)
	pfFacility                            // a facility noun ends or follows the name ("Highland Hospital", "the Karnak temple")
	pfContainerOf                         // "the Yugoslav province of X", "the French island of X": the container
	pfLocModifier                         // a modifier or owner in a locative phrase ("at his Moscow home", "on Bonn's market square")
	pfPassiveSubj                         // the subject of the passive trigger ("Buckingham Palace was bombed")
	nPipeFeat
)

var pipeFeatNames = [nPipeFeat - nLocFeat]string{"Verbal", "VerbalLocPrep", "VerbalOtherGroup", "VerbalOtherClause", "VerbalAfter", "VerbalLogDist", "VerbalFrom", "Assault", "Protest", "Move", "Country", "Admin1", "Admin2", "City", "Region", "Other", "Precision", "HasInner", "Inner", "Target", "Object", "VerbalCountry", "Hand", "NounOf", "DirOf", "Facility", "ContainerOf", "LocModifier", "PassiveSubj"}

// pipeFeatName names feature k of the pipeline vector.
func pipeFeatName(k int) string {
	if k < nLocFeat {
		return locFeatNames[k]
	}
	return pipeFeatNames[k-nLocFeat]
}

// speechTypes are the verbal acts whose scene is rarely told: statements, appeals, threats
// (meetings and agreements, CONSULT and AGREE, happen somewhere and keep the ordinary weights).
var speechTypes = set("REQUEST ACCUSE REJECT THREATEN SUPPORT CONCEDE")

// orgNamed: a name the gazetteer lacks (placed only by context) whose words make it an
// organisation ("Elections Cameroon", "the Electoral Commission"): no event location.
func orgNamed(st *sent, a arg) bool {
	if f := a.place.Geo.Feature; f != "other" && f != "" || a.place.Geo.GeonamesID != 0 {
		return false
	}
	for k := a.s; k < a.e; k++ {
		if orgPlaceWords[st.toks[k].low] {
			return true
		}
	}
	return false
}

var orgPlaceWords = set("elections electoral commission council party ministry agency association company corporation bank committee court authority institute university foundation television radio news federation")

// inside: place a lies within place b (same country, a finer; same admin1 for a division).
func inside(a, b *model.PlaceMention) bool {
	ga, gb := a.Geo, b.Geo
	if ga.Country == "" || ga.Country != gb.Country || ga.Name == gb.Name {
		return false
	}
	switch gb.Feature {
	case "country":
		return ga.Feature != "country"
	case "admin1":
		return gb.Admin1 != "" && ga.Admin1 == gb.Admin1 && (ga.Feature == "admin2" || ga.Feature == "city" || ga.Feature == "other")
	case "admin2":
		return ga.Feature == "city" && gb.Admin1 != "" && ga.Admin1 == gb.Admin1 && ga.Precision < gb.Precision
	}
	return false
}

// pipeFeatures fills f (length nPipeFeat) for candidate place arg ai of cand c; cands are the
// arg indices of all scored candidates (ranked features compare with them).
func pipeFeatures(st *sent, c *cand, ai int, cands []int, starts []int, idx int, hand float64, f []float64) {
	a := st.args[ai]
	locFeatures(st, a.s, a.e, c.ti, c.typ, f[:nLocFeat])
	setRankFeatures(f[:nLocFeat], idx, starts, c.ti)
	clear(f[nLocFeat:])
	if speechTypes[c.typ] {
		f[pfVerbal] = 1
		f[pfVerbalLocPrep] = f[lfLocPrep]
		f[pfVerbalOtherGroup] = f[lfOtherGroup]
		f[pfVerbalOtherClause] = f[lfOtherClause]
		f[pfVerbalAfter] = f[lfAfter]
		f[pfVerbalLogDist] = f[lfLogDist]
		f[pfVerbalFrom] = f[lfFrom]
	}
	switch c.typ {
	case "ASSAULT":
		f[pfAssault] = 1
	case "PROTEST":
		f[pfProtest] = 1
	case "MOBILIZE":
		f[pfMove] = 1
	}
	g := a.place.Geo
	switch g.Feature {
	case "country":
		f[pfCountry] = 1
		if speechTypes[c.typ] {
			f[pfVerbalCountry] = 1
		}
	case "admin1":
		f[pfAdmin1] = 1
	case "admin2":
		f[pfAdmin2] = 1
	case "city":
		f[pfCity] = 1
	case "region":
		f[pfRegion] = 1
	default:
		f[pfOther] = 1
	}
	f[pfPrecision] = float64(g.Precision)
	for _, o := range cands {
		if o == ai {
			continue
		}
		if inside(st.args[o].place, a.place) {
			f[pfHasInner] = 1
		}
		if inside(a.place, st.args[o].place) {
			f[pfInner] = 1
		}
	}
	for _, t := range c.targets {
		if t.Text == a.actor.Text {
			f[pfTarget] = 1
		}
	}
	if objectOf(st, a.s, c.tj) {
		f[pfObject] = 1
	}
	f[pfHand] = min(max(hand, -6), 6) / 3
	dirOf, facility, containerOf := placeShape(st, a.s, a.e)
	f[pfDirOf], f[pfFacility], f[pfContainerOf] = b2f(dirOf), b2f(facility), b2f(containerOf)
	if (f[lfModifier] != 0 || f[lfNextPoss] != 0) && (f[lfLocPrep] != 0 || f[lfOn] != 0 || f[lfOnHops] != 0) {
		f[pfLocModifier] = 1
	}
	if c.passive && passiveSubject(st, a.e, c.ti) {
		f[pfPassiveSubj] = 1
	}
	if a.s >= 2 && st.toks[a.s-1].low == "of" {
		if n := st.toks[a.s-2]; n.text != "" && isLetterByte(n.text[0]) && !isCap(n.text) && !placeNouns[n.low] && !directionWords[n.low] && !determiners[n.low] && !divisionNouns[n.low] && !settlementNouns[n.low] && n.low != "outskirts" {
			f[pfNounOf] = 1
		}
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// passiveSubject: the words between a toponym ending at e and the trigger at ti are a passive's
// auxiliaries and adverbs ("South Ossetia is now patrolled", "the X province was heavily
// bombed").
func passiveSubject(st *sent, e, ti int) bool {
	if e > ti || ti-e > 5 {
		return false
	}
	aux := false
	for k := e; k < ti; k++ {
		l := st.toks[k].low
		switch {
		case l == "is" || l == "was" || l == "were" || l == "are" || l == "been" || l == "being" || l == "be":
			aux = true
		case l == "has" || l == "have" || l == "had" || l == "will" || l == "would" || l == "now" || l == "also" || l == "again" || l == "then" || placeNouns[l] || divisionNouns[l]:
		case len(l) > 4 && strings.HasSuffix(l, "ly"):
		default:
			return false
		}
	}
	return aux
}

// LocationChoice is one location decision of the pipeline (for training and measuring the
// weights; see SetLocationTrace): the trigger's byte span, the event type and the candidate
// toponyms with their feature vectors.
type LocationChoice struct {
	TriggerStart, TriggerEnd int
	Type                     string
	Cands                    []LocationCand
}

// LocationCand is a candidate toponym of a LocationChoice: its byte span, its features, and its
// hand-set score (the rule score before learning, on the chooseThreshold scale).
type LocationCand struct {
	Start, End int
	Feats      []float64
	HandScore  float64
}

// locTrace, when set, receives every learned-scorable location decision of the pipeline.
var locTrace func(LocationChoice)

// SetLocationTrace installs fn to receive the pipeline's location decisions (nil to stop). Not
// safe for concurrent extraction; for training and measurement only.
func SetLocationTrace(fn func(LocationChoice)) { locTrace = fn }

// pipeLocScore scores a feature vector with the pipeline weights on the hand scale.
func pipeLocScore(f []float64) float64 {
	sc := 0.0
	for k, v := range f {
		sc += pipeLocWeights[k] * v
	}
	return sc + chooseThreshold - pipeLocThreshold
}

// PipeLocScore exposes the learned pipeline score of a traced feature vector (scale: chosen
// when above ChooseThreshold).
func PipeLocScore(f []float64) float64 { return pipeLocScore(f) }

// ChooseThreshold is the score a toponym needs to become an event's location.
func ChooseThreshold() float64 { return chooseThreshold }

// NPipeFeat is the length of a pipeline location feature vector; PipeFeatName names one.
const NPipeFeat = nPipeFeat

// PipeFeatName names feature k of a pipeline location feature vector.
func PipeFeatName(k int) string { return pipeFeatName(k) }

// PipeLocWeight is the learned weight of pipeline location feature k (for inspection).
func PipeLocWeight(k int) float64 { return pipeLocWeights[k] }
