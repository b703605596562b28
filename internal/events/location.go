package events

import (
	"math"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/model"
)

// Event location: which toponym in or around a sentence is where the event happened. A toponym
// is described by features (locFeatures, and pipeFeatures in location_pipeline.go); the hand-set
// weights below give the rule score, and the weights learned on the event-location data with
// the pipeline's own candidates (location_pipeweights.go) pick the toponym (place).

//go:generate env ELTRAIN=write ELKEEP=DirOf go test -run TestTrainPipelineLocation -count=1 .

// Features of a toponym as an event's location (indices into a feature vector). The first
// block are the rules of the hand-set score; the rest were added for the learned weights.
const (
	lfBias          = iota // every candidate (against choosing none)
	lfLocPrep              // governed by a locative preposition ("in", "at", "near" …)
	lfOnHops               // "on the outskirts of X"
	lfOn                   // "on X"
	lfToMove               // "to X" after a movement or meeting verb
	lfFrom                 // "from X"
	lfOfPoss               // "of X", "'s X"
	lfWith                 // "with X", "between X"
	lfVillageOf            // "the village of X"
	lfModifier             // a place before a noun ("Gaza ceasefire")
	lfNextPoss             // "X's"
	lfNextArg              // another name follows ("US President Joe Biden")
	lfNextTitle            // a title follows ("Israel Defense Forces")
	lfSettlementOf         // "the X city of Y": the container
	lfInAfter              // "X, in Y": the more precise place
	lfDivisionOf           // "the Z district of X": the container
	lfDist                 // distance to the trigger in tokens
	lfSameClause           // same clause as the trigger
	lfOtherClause          // another clause
	lfSameGroup            // same clause group
	lfOtherGroup           // another clause group
	lfDateline             // "BEIRUT (AP) —"
	lfAfter                // after the trigger
	lfLogDist              // log(1 + distance)
	lfHops                 // place nouns, determiners or directions before ("the town of X")
	lfGovIn                // governing word "in"
	lfGovAt                // "at"
	lfGovNear              // "near", "outside", "around"
	lfGovTo                // "to"
	lfGovInto              // "into", "across", "toward(s)", "through"
	lfGovBy                // "by"
	lfGovFor               // "for", "against"
	lfGovNone              // no governing word (sentence start) or a verb
	lfStart                // first token of the sentence
	lfMulti                // several words
	lfUpper                // written in capitals
	lfNear3                // within three tokens of the trigger
	lfDirBefore            // a direction word just before ("northern X")
	lfCommaCap             // "X, Y" follows (X is the inner place of a containment or a list)
	lfCapComma             // "Y, X" precedes (X is a container)
	lfNextVerb             // a verb follows ("Israel said")
	lfNearestAfter         // the nearest candidate after the trigger
	lfNearestBefore        // the nearest candidate before the trigger
	lfOnly                 // the only candidate
	nLocFeat
)

// locFeatNames name the features (for the generated weights file).
var locFeatNames = [nLocFeat]string{"Bias", "LocPrep", "OnHops", "On", "ToMove", "From", "OfPoss", "With", "VillageOf", "Modifier", "NextPoss", "NextArg", "NextTitle", "SettlementOf", "InAfter", "DivisionOf", "Dist", "SameClause", "OtherClause", "SameGroup", "OtherGroup", "Dateline", "After", "LogDist", "Hops", "GovIn", "GovAt", "GovNear", "GovTo", "GovInto", "GovBy", "GovFor", "GovNone", "Start", "Multi", "Upper", "Near3", "DirBefore", "CommaCap", "CapComma", "NextVerb", "NearestAfter", "NearestBefore", "Only"}

// locFeatures fills f (length nLocFeat) with the features of toponym [s,e) as the location of
// the event triggered at token ti.
func locFeatures(st *sent, s, e, ti int, typ string, f []float64) {
	clear(f)
	f[lfBias] = 1
	// preposition governing the toponym, allowing "the village of", "southern", "the city of"
	k := s - 1
	hops := 0
	for k >= 0 && hops < 7 {
		l := st.toks[k].low
		if (l == "'s" || l == "’s") && k > 0 && st.toks[k-1].arg >= 0 {
			// "Afghanistan's Khost", "Nigeria's Kaduna state": the owner is a container
			k = st.args[st.toks[k-1].arg].s - 1
			hops++
			continue
		}
		if (l == "'s" || l == "’s") && k > 0 && isCap(st.toks[k-1].text) && st.toks[k-1].arg < 0 {
			// the same without a tagged owner ("Mogadishu's Yaqshid district")
			k--
			for k > 0 && isCap(st.toks[k-1].text) && st.toks[k-1].arg < 0 && k > s-8 {
				k--
			}
			k--
			hops++
			continue
		}
		if k+1 < s && (placeNouns[st.toks[k+1].low] || directionWords[st.toks[k+1].low]) && isCap(st.toks[k].text) && st.toks[k].arg < 0 && k > 0 {
			// a capitalised run before a place noun: "the West Bank city of X", "the South
			// Sudanese town of X", "the eastern Syrian city of X"
			for k > 0 && isCap(st.toks[k-1].text) && st.toks[k-1].arg < 0 && !locPreps[st.toks[k-1].low] && k > s-8 {
				k--
			}
			k--
			hops++
			continue
		}
		if k+1 < s && placeNouns[st.toks[k+1].low] && placeAdj(st.toks[k]) {
			// "the restive city of X", "the strategic town of X"
			k--
			hops++
			continue
		}
		if ai := st.toks[k].arg; ai >= 0 && ai != st.toks[s].arg && st.args[ai].e == k+1 && k+1 < len(st.toks) && placeNouns[st.toks[k+1].low] {
			// "the North Darfur town of Kutum"
			k = st.args[ai].s - 1
			hops++
			continue
		}
		if l == "of" && k > 1 && partNouns[st.toks[k-1].low] {
			// "on the doorstep of his X home", "in the heart of X": a part of the place
			k -= 2
			hops++
			continue
		}
		if n := st.toks[k+1]; k > 0 && (k+1 == s || placeNouns[n.low] || isCap(n.text) || placeAdjWord(n)) && adjBeforePlace(st, k) {
			// "in the tense Kodori Gorge", "in suburban Phoenix", "a Georgian-controlled
			// district of X"
			k--
			hops++
			continue
		}
		if determiners[l] || l == "of" || placeNouns[l] || directionWords[l] || l == "occupied" || l == "-" || l == "province" || isCap(st.toks[k].text) && st.toks[k].arg < 0 && hops < 2 && k > 0 {
			k--
			hops++
			continue
		}
		break
	}
	gov := ""
	if k >= 0 {
		gov = st.toks[k].low
	}
	switch {
	case locPreps[gov]:
		f[lfLocPrep] = 1
	case gov == "on" && hops > 0:
		f[lfOnHops] = 1
	case gov == "on":
		f[lfOn] = 1
	case gov == "to" && (typ == "MOBILIZE" || typ == "CONSULT" || typ == "AGREE"):
		f[lfToMove] = 1
	case gov == "from":
		f[lfFrom] = 1
	case gov == "of" || gov == "'s" || gov == "’s":
		f[lfOfPoss] = 1
	case gov == "with" || gov == "between":
		f[lfWith] = 1
	}
	switch gov {
	case "in":
		f[lfGovIn] = 1
	case "at":
		f[lfGovAt] = 1
	case "near", "outside", "around":
		f[lfGovNear] = 1
	case "to":
		f[lfGovTo] = 1
	case "into", "across", "toward", "towards", "through":
		f[lfGovInto] = 1
	case "by":
		f[lfGovBy] = 1
	case "for", "against":
		f[lfGovFor] = 1
	}
	if k < 0 || k >= 0 && verbish(st.toks[k]) {
		f[lfGovNone] = 1
	}
	if hops > 0 {
		f[lfHops] = 1
	}
	if s > 0 && st.toks[s-1].low == "of" && k >= 0 && k < s-1 {
		f[lfVillageOf] = 1 // "the village of X"
	}
	if s > 0 && directionWords[st.toks[s-1].low] {
		f[lfDirBefore] = 1
	}
	// a place standing before a noun is a modifier ("Gaza ceasefire", "Lebanon envoy")
	if e < len(st.toks) && !st.headline {
		n := st.toks[e]
		if isLetterByte(n.text[0]) && !isCap(n.text) && !preps[n.low] && !coordin[n.low] && n.arg < 0 && !subordin[n.low] && n.lem != "be" && n.low != "on" && !placeNouns[n.low] && !directionWords[n.low] && !(verbish(n) && locPreps[gov]) {
			f[lfModifier] = 1
		}
		if n.low == "'s" || n.low == "’s" {
			f[lfNextPoss] = 1
		}
		if n.arg >= 0 && isCap(n.text) && n.arg != st.toks[s].arg {
			f[lfNextArg] = 1 // "US President Joe Biden"
		}
		if isCap(n.text) && titleWords[n.low] {
			f[lfNextTitle] = 1
		}
		// "the West Bank city of X": the container of the place the sentence is about
		if settlementNouns[n.low] && e+1 < len(st.toks) && st.toks[e+1].low == "of" {
			f[lfSettlementOf] = 1
		}
		// "X, in Y", "X in northern Y": the more precise place
		if k := e; k+1 < len(st.toks) && (st.toks[k].low == "in" || st.toks[k].low == "," && st.toks[k+1].low == "in") {
			j := k + 1
			if st.toks[k].low == "," {
				j++
			}
			for j < len(st.toks) && (determiners[st.toks[j].low] || directionWords[st.toks[j].low]) {
				j++
			}
			if j < len(st.toks) && isCap(st.toks[j].text) {
				f[lfInAfter] = 1
			}
		}
		if n.low == "," && e+1 < len(st.toks) && isCap(st.toks[e+1].text) {
			f[lfCommaCap] = 1
		}
		if verbish(n) {
			f[lfNextVerb] = 1
		}
	}
	if s >= 2 && st.toks[s-1].low == "," && isCap(st.toks[s-2].text) {
		f[lfCapComma] = 1
	}
	// "the Vedeno region of southern Chechnya", "the Mohammad Agha district of Logar province":
	// the place after "<division> of" is the container of the one before.
	if k := s - 1; k >= 2 {
		for k > 0 && (directionWords[st.toks[k].low] || st.toks[k].low == "the") {
			k--
		}
		if k >= 2 && st.toks[k].low == "of" && divisionNouns[st.toks[k-1].low] && isCap(st.toks[k-2].text) && !demonymLike(st.toks[k-2].low) {
			f[lfDivisionOf] = 1
		}
	}
	d := ti - s
	if d < 0 {
		d = -d
	}
	f[lfDist] = float64(d)
	f[lfLogDist] = math.Log1p(float64(d))
	if d <= 3 {
		f[lfNear3] = 1
	}
	if s > ti {
		f[lfAfter] = 1
	}
	if st.toks[s].clause == st.toks[ti].clause {
		f[lfSameClause] = 1
	} else {
		f[lfOtherClause] = 1
	}
	if st.toks[s].group == st.toks[ti].group {
		f[lfSameGroup] = 1
	} else {
		f[lfOtherGroup] = 1
	}
	// dateline: "BEIRUT (AP) —"
	if s == 0 && e < len(st.toks) && (st.toks[e].low == "(" || st.toks[e].low == "—" || st.toks[e].low == "-" || st.toks[e].low == ",") && strings.ToUpper(st.toks[0].text) == st.toks[0].text {
		f[lfDateline] = 1
	}
	if s == 0 {
		f[lfStart] = 1
	}
	if e-s > 1 {
		f[lfMulti] = 1
	}
	if w := st.toks[s].text; len(w) > 1 && strings.ToUpper(w) == w {
		f[lfUpper] = 1
	}
}

// placeShape reads the words around toponym [s,e): a reference point of a distance or
// direction ("50 km south of X", "west of X"; "the north of X" is not), a facility ("Highland
// Hospital", "the Karnak temple"), a container named with a demonym or place noun before "of"
// ("the Yugoslav province of X", "the French island of X").
func placeShape(st *sent, s, e int) (dirOf, facility, containerOf bool) {
	dirOf = s >= 2 && st.toks[s-1].low == "of" && compassWords[st.toks[s-2].low] && (s < 3 || !determiners[st.toks[s-3].low])
	facility = facilityNouns[st.toks[e-1].low] || e < len(st.toks) && facilityNouns[st.toks[e].low]
	if k := e; k < len(st.toks) {
		if placeNouns[st.toks[k].low] {
			k++
		}
		containerOf = k+1 < len(st.toks) && st.toks[k].low == "of" && (demonymLike(st.toks[e-1].low) && k > e || placeNouns[st.toks[e-1].low])
	}
	return
}

// partNouns name a part of a place or site ("in the heart of X", "on the doorstep of his home").
var partNouns = set("heart center centre middle edge outskirts doorstep courtyard basement entrance gate gates grounds premises vicinity interior streets street corner rooftop roof ruins parts part shores shore banks bank foothills slopes outskirt suburbs")

// adjBeforePlace: token k is an adjective between a determiner or locative preposition and
// a place or a place noun ("the tense", "in suburban", "a Georgian-controlled", "the
// revolt-racked oil-producing"), at most three in a row.
func adjBeforePlace(st *sent, k int) bool {
	for n := 0; n < 3 && k > 0; n++ {
		t := st.toks[k]
		if t.arg >= 0 || !placeAdjWord(t) {
			return false
		}
		l := st.toks[k-1].low
		if determiners[l] || locPreps[l] || l == "on" || l == "of" {
			return true
		}
		k--
	}
	return false
}

// placeAdjWord: an adjective that may stand before a place: a hyphenated compound ending in
// a lower-case word ("Georgian-controlled", "rebel-held", "war-torn"), a participle ("the
// besieged"), or a lower-case word with an adjective's ending or in a short list ("the tense",
// "suburban", "strategic", "volatile").
func placeAdjWord(t tok) bool {
	if i := strings.LastIndexByte(t.text, '-'); i > 0 && i+1 < len(t.text) && t.text[i+1] >= 'a' && t.text[i+1] <= 'z' {
		return true
	}
	l := t.low
	if t.text == "" || isCap(t.text) || !isLetterByte(l[0]) || preps[l] || determiners[l] || coordin[l] || subordin[l] || genericNoun(t) {
		return false
	}
	if adjWords[l] || len(l) > 4 && strings.HasSuffix(l, "ed") {
		return true
	}
	if len(l) < 5 {
		return false
	}
	for _, suf := range adjSuffixes {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

var adjWords = set("tense remote far key rural urban downtown upscale busy main old new ancient holy sacred quiet poor rich small large big tiny vast nearby neighbouring neighboring")
var adjSuffixes = []string{"al", "ic", "ian", "an", "ern", "ese", "ish", "ive", "ous", "ful", "ary", "ile", "less"}

// facilityNouns name a building or site inside a town ("Highland Hospital", "the Karnak temple").
var facilityNouns = set("hospital mosque temple church cathedral shrine stadium bridge airport terminal hotel prison jail school university embassy consulate palace tomb market")

// handLocWeights are the hand-set rule scores (the score before the learned weights).
var handLocWeights = func() [nLocFeat]float64 {
	var w [nLocFeat]float64
	w[lfLocPrep], w[lfOnHops], w[lfOn], w[lfToMove], w[lfFrom], w[lfOfPoss], w[lfWith] = 3, 3, 1, 2.5, -1.5, -1, -1
	w[lfVillageOf], w[lfModifier], w[lfNextPoss], w[lfNextArg], w[lfNextTitle] = 0.5, -1.5, -2, -2, -2
	w[lfSettlementOf], w[lfInAfter], w[lfDivisionOf], w[lfDist] = -2, 1, -1.5, -0.08
	w[lfSameClause], w[lfOtherClause], w[lfSameGroup], w[lfOtherGroup], w[lfDateline] = 1, -1.5, 0.5, -4, -4
	return w
}()

// setRankFeatures sets the features that compare candidate i with the other candidates.
func setRankFeatures(f []float64, i int, starts []int, ti int) {
	nearA, nearB := -1, -1
	for j, s := range starts {
		if s > ti && (nearA < 0 || s < starts[nearA]) {
			nearA = j
		}
		if s < ti && (nearB < 0 || s > starts[nearB]) {
			nearB = j
		}
	}
	if i == nearA {
		f[lfNearestAfter] = 1
	}
	if i == nearB {
		f[lfNearestBefore] = 1
	}
	if len(starts) == 1 {
		f[lfOnly] = 1
	}
}

func dotLoc(w []float64, f []float64) float64 {
	sc := 0.0
	for i, v := range f {
		sc += w[i] * v
	}
	return sc
}

// placeScores gives the hand-set rule score of every candidate span (token ranges
// [starts[i], ends[i])).
func placeScores(st *sent, starts, ends []int, ti int, typ string, out []float64) []float64 {
	out = out[:0]
	var f [nLocFeat]float64
	for i := range starts {
		locFeatures(st, starts[i], ends[i], ti, typ, f[:])
		setRankFeatures(f[:], i, starts, ti)
		out = append(out, dotLoc(handLocWeights[:], f[:]))
	}
	return out
}

func isLetterOrDigit(c byte) bool { return isLetterByte(c) || c >= '0' && c <= '9' }

var settlementNouns = set("city town village port camp neighbourhood neighborhood suburb capital hamlet settlement")
var divisionNouns = set("district province region area governorate county state municipality countryside valley")

// demonymLike: a nationality adjective by its ending ("Syrian", "Lebanese", "Kurdish", "Iraqi").
func demonymLike(w string) bool {
	return strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "qi") || strings.HasSuffix(w, "ni") || strings.HasSuffix(w, "li") || strings.HasSuffix(w, "can")
}

// placeAdj: a lower-case adjective that may stand before a place noun ("the restive city of X").
func placeAdj(t tok) bool {
	if t.text == "" || isCap(t.text) || !isLetterByte(t.text[0]) || preps[t.low] || determiners[t.low] || coordin[t.low] || subordin[t.low] || t.lem == "be" {
		return false
	}
	return !verbish(t) || strings.HasSuffix(t.low, "ed") && (t.low == "troubled" || t.low == "embattled" || t.low == "contested" || t.low == "besieged" || t.low == "disputed")
}

var titleWords = set("president prime minister foreign defence defense army military police president's envoy ambassador official officials forces government")
var placeNouns = set("village town city district province region area camp neighbourhood neighborhood suburb outskirts capital border governorate county state municipality port island strip heights coast valley")
var directionWords = set("northern southern eastern western central north south east west northeast northwest southeast southwest north-east north-west south-east south-west eastern upper lower occupied")

// wordsSent builds a sentence of tokens from the words of another tokeniser.
func wordsSent(words []string) *sent {
	lx := getLexicon()
	st := &sent{}
	pos := 0
	for i, w := range words {
		low := strings.ToLower(w)
		if low == "-" && i > 0 && i+1 < len(words) && words[i+1] != "" && words[i-1] != "" && (!isCap(words[i+1]) && isLetterOrDigit(words[i+1][0]) || !isCap(words[i-1]) && isLetterOrDigit(words[i-1][len(words[i-1])-1]) && isLetterOrDigit(words[i+1][0])) {
			// a word-internal hyphen split off by the caller's tokeniser ("counter - offensive",
			// "18-year - old"; sitrep's own tokeniser keeps these words whole): no dateline dash
			low = "‐"
		}
		st.toks = append(st.toks, tok{start: pos, end: pos + len(w), text: w, low: low, lem: lx.lemma(low), arg: -1})
		pos += len(w) + 1
	}
	markClauses(st)
	return st
}

// homeModifier: the place at byte end is the first part of "X-based", "X-born",
// "X-headquartered" ("the London-based Observatory"): the home of a party, not a scene.
func homeModifier(text string, end int) bool {
	if end < 0 || end >= len(text) || text[end] != '-' {
		return false
	}
	rest := strings.ToLower(text[end+1 : min(len(text), end+16)])
	for _, w := range []string{"based", "born", "headquartered", "registered", "flagged"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// orgHeadWords end the name of a body that a place name can modify ("US Africa Command",
// "Pakistan Airports Authority").
var orgHeadWords = set("command ministry department agency authority council commission embassy navy force forces army corps office service services police guard")

// orgModifier: the toponym opens the name of an organisation ("The US Africa Command",
// "the Pakistan Airports Authority") rather than telling where something happened.
func orgModifier(st *sent, a arg) bool {
	if a.s > 0 && preps[st.toks[a.s-1].low] {
		return false // "in the US": a place
	}
	for k := a.e; k < len(st.toks) && k < a.e+4; k++ {
		t := st.toks[k]
		if !isCap(t.text) {
			return false
		}
		if orgHeadWords[t.low] {
			return true
		}
	}
	return false
}

// place chooses the location of a candidate.
func (x *extractor) place(st *sent, c *cand) {
	x.datelinePlace()
	best, bestSc := -1, chooseThreshold
	c.placeArg = -1
	where := whereClause(st, c.ti)
	// the scores of the toponyms (they compare with each other: nearest before/after the trigger)
	var starts, ends, ais []int
	for ai, a := range st.args {
		if a.place == nil || a.isActor || a.s >= a.e || a.place.Metonymy {
			continue
		}
		starts, ends, ais = append(starts, a.s), append(ends, a.e), append(ais, ai)
	}
	scores := placeScores(st, starts, ends, c.ti, c.typ, nil)
	feat := make([]float64, nPipeFeat)
	learnArg, learnBest, learnHand, handBest := -1, math.Inf(-1), 0.0, math.Inf(-1)
	var trace *LocationChoice
	if locTrace != nil && where < 0 {
		trace = &LocationChoice{TriggerStart: st.toks[c.ti].start, TriggerEnd: st.toks[c.tj-1].end, Type: c.typ}
	}
	for j, ai := range ais {
		a := st.args[ai]
		if where >= 0 && a.e <= where {
			// "in Kisumu, in western Kenya, where crowds blocked roads": the place before "where"
			if sc := 5.0 - 0.1*float64(where-a.e); sc > bestSc && !(a.s > 1 && st.toks[a.s-1].low == "in" && st.toks[a.s-2].low == ",") {
				best, bestSc = ai, sc
			}
			continue
		}
		isSrc := false
		for _, s := range c.sources {
			if s.Text == a.actor.Text {
				isSrc = true
			}
		}
		if isSrc || orgNamed(st, a) || orgModifier(st, a) || routeEnd(st, a) || compoundRouteEnd(x.text, a.place.Start, a.place.End) || treatmentPlace(st, a) || homeModifier(x.text, a.place.End) || len(ais) > 1 && peopleModifier(st, a) {
			continue // ("The US Africa Command said …": a name, not where the act happened)
		}
		sc := scores[j]
		// a toponym that is the target of the act is where it lands ("into Israel")
		for _, t := range c.targets {
			if t.Text == a.actor.Text {
				sc += 1
			}
		}
		if a.place.Geo.Feature == "city" || a.place.Geo.Feature == "admin2" || a.place.Geo.Feature == "other" {
			sc += 0.3
		}
		if objectOf(st, a.s, c.tj) {
			sc += 3 // "attacked the town of Mucojo", "stormed Goma"
		}
		pipeFeatures(st, c, ai, ais, starts, j, sc, feat)
		if trace != nil {
			trace.Cands = append(trace.Cands, LocationCand{Start: st.toks[a.s].start, End: st.toks[a.e-1].end, Feats: append([]float64(nil), feat...), HandScore: sc})
		}
		if where >= 0 {
			if sc > bestSc {
				best, bestSc = ai, sc
			}
			continue
		}
		// the hand-set or the learned score decides whether the sentence places the event, the
		// learned one which toponym it is
		handBest = max(handBest, sc)
		if ls := pipeLocScore(feat); ls > learnBest {
			learnArg, learnBest, learnHand = ai, ls, sc
		}
	}
	if learnArg >= 0 && (handBest > chooseThreshold || learnBest > chooseThreshold) {
		best, bestSc = learnArg, max(learnHand, chooseThreshold)
	}
	if trace != nil {
		locTrace(*trace)
	}
	if best >= 0 {
		if h := appositionHost(st, best); h >= 0 && !argIsSource(st, h, c) {
			// "the position on Kaiga Kindjiria, an island near the town of Baga Sola"
			if st.args[h].place == nil {
				g := st.args[best].place.Geo
				nm := x.text[st.toks[st.args[h].s].start:st.toks[st.args[h].e-1].end]
				g.Name, g.Feature, g.Precision, g.GeonamesID, g.Approximate = nm, "other", 2, 0, true
				p := model.PlaceMention{Start: st.toks[st.args[h].s].start, End: st.toks[st.args[h].e-1].end, Text: nm, Geo: g}
				c.place, c.placeScore, c.placeArg = &p, bestSc, h
				return
			}
			best = h
		}
	}
	if best >= 0 {
		if h := facilityHost(st, best); h >= 0 {
			// "were hanged in Ghezel Hesar prison in Karaj": the town of an unplaced facility
			best = h
		} else if h := x.siteTown(st.args[best].place); h != nil {
			// "protesters who had blocked Rustaveli Avenue outside parliament": a street,
			// square or building the gazetteer knows happened in the town the story names
			// beside it (ACLED's location is the populated place)
			p := *h
			c.place, c.placeScore, c.placeArg = &p, bestSc, -1
			return
		}
	}
	// (a place after the aim belongs to a later phrase: "hit camps in Pakistan, blaming
	// Islamabad for an attack … at Pahalgam")
	if d := x.directedPlace(st, c); d != nil && d.Geo.Country != "" {
		if best < 0 || d.Geo.Country != st.args[best].place.Geo.Country && (st.args[best].e <= c.ti || d.End <= st.toks[st.args[best].s].start) {
			// "Israeli jets struck Hodeidah …, hours after the group fired a missile towards
			// central Israel": a ranged act lands where it is aimed, not at a place told before it
			p := *d
			c.place, c.placeScore, c.placeArg = &p, max(bestSc, chooseThreshold), -1
			return
		}
	}
	if best >= 0 {
		if h := x.subdivisionHost(st, best); h != nil {
			// "near the Shujayea neighbourhood east of Gaza City", "in the Mamund tehsil of
			// Bajaur district": the city or district the quarter belongs to
			p := *h
			c.place, c.placeScore, c.placeArg = &p, bestSc, -1
			return
		}
	}
	if best >= 0 && st == x.datelineSent && st.args[best].place.Geo.Feature == "country" && x.inDateline(st, best) {
		best = st.toks[0].arg // "TRIPOLI, Libya (AP) — …": the dateline's town, not its country
	}
	if best >= 0 {
		p := *st.args[best].place
		// "northern Israel": keep the words, precision of a region
		s := st.args[best].s
		if s > 0 && directionWords[st.toks[s-1].low] {
			p.Text = x.text[st.toks[s-1].start:p.End]
			if p.Geo.Precision < 2 {
				p.Geo.Precision = 2
			}
		}
		if p.Geo.Country == "" {
			// a place the gazetteer could not resolve lies in the country of the article or
			// of the event's parties
			if cc := x.eventCountry(c); cc != "" {
				p.Geo.Country = cc
				if p.Geo.Precision == 0 || p.Geo.Precision == 1 {
					p.Geo.Precision = 2
				}
			}
		}
		c.place, c.placeScore, c.placeArg = &p, bestSc, best
		return
	}
	if ai := subordinatePlace(st, c); ai >= 0 {
		p := *st.args[ai].place
		c.place, c.placeScore, c.placeArg = &p, chooseThreshold, ai
		return
	}
	x.fallbackPlace(st, c)
}

// urbanQuarterNouns name a part of a city; subDistrictNouns a part of a district.
var (
	urbanQuarterNouns = set("neighbourhood neighborhood quarter suburb borough district ward slum township")
	subDistrictNouns  = set("tehsil taluka taluk upazila subdistrict sub-district subdivision sub-division")
)

// subdivisionHost: the toponym of arg ai is introduced as a quarter of a city ("the Vake
// district of the city", "the Shujayea neighbourhood east of Gaza City") or a subdivision of a
// district ("the Mamund tehsil of Bajaur district"): the place of the host, nil when none.
func (x *extractor) subdivisionHost(st *sent, ai int) *model.PlaceMention {
	a := st.args[ai]
	k := a.e
	if k >= len(st.toks) || a.s == 0 || st.toks[a.s-1].low != "the" {
		return nil
	}
	n := st.toks[k].low
	urban, sub := urbanQuarterNouns[n], subDistrictNouns[n]
	if !urban && !sub {
		return nil
	}
	if n == "district" && a.place.Geo.Feature == "admin2" {
		return nil // "the Hawija district west of Kirkuk": a district of the gazetteer, no quarter
	}
	k++
	if k+1 < len(st.toks) && directionWords[st.toks[k].low] && st.toks[k+1].low == "of" {
		k++
	}
	if k >= len(st.toks) || st.toks[k].low != "of" {
		return nil
	}
	k++
	if k+1 < len(st.toks) && st.toks[k].low == "the" && urban && (st.toks[k+1].low == "city" || st.toks[k+1].low == "capital") {
		// "the Vake district of the city": the latest city of its country named before it
		var city *model.PlaceMention
		for i := range x.a.Places {
			p := &x.a.Places[i]
			if p.Start >= st.toks[a.s].start {
				break
			}
			if p.Geo.Feature == "city" && p.Geo.Country == a.place.Geo.Country && !p.Metonymy {
				city = p
			}
		}
		return city
	}
	h := st.toks[k].arg
	if h < 0 || st.args[h].s != k || st.args[h].place == nil || st.args[h].place.Geo.Country == "" {
		return nil
	}
	g := st.args[h].place.Geo
	if urban && g.Feature != "city" || g.Feature == "country" || g.Feature == "admin1" {
		return nil
	}
	return st.args[h].place
}

// rangedLemmas are the verbs of acts at a distance (fire, launch, shell) whose aim
// ("at/towards/into X") is where they land.
var rangedLemmas = set("fire launch shell strike hit bomb target pound lob")

// aimPreps introduce the aim of a ranged act.
var aimPreps = set("at towards toward into on")

// directedPlace: the place a ranged act is aimed at, "fired a ballistic missile towards
// central Israel", "hit what it called militant camps in Pakistan", within ten tokens after
// the trigger in its clause; a country named as an actor ("towards Israel") is its place. nil
// when none.
func (x *extractor) directedPlace(st *sent, c *cand) *model.PlaceMention {
	if c.typ != "ASSAULT" || c.passive || !rangedLemmas[st.toks[c.ti].lem] {
		return nil
	}
	g := st.toks[c.ti].group
	aimed := false
	for k := c.tj; k < len(st.toks) && k < c.tj+10; k++ {
		t := st.toks[k]
		if t.group != g || t.low == "," || t.low == ";" {
			return nil
		}
		if aimPreps[t.low] || t.low == "in" && k > c.tj {
			aimed = true
			continue
		}
		if !aimed {
			continue
		}
		for i := range x.a.Places {
			if p := &x.a.Places[i]; p.Start <= t.start && t.start < p.End && p.Geo.Country != "" {
				return p
			}
		}
		if t.arg >= 0 {
			return nil // "at Indian posts": an actor, no place
		}
		if !(determiners[t.low] || directionWords[t.low]) {
			aimed = false
		}
	}
	return nil
}

// subordinatePlace: a trigger in a temporal clause that names no place ("… turned violent in
// the city of X …, before police opened fire") happens where the clause it hangs on does: the
// toponym of the preceding clause group nearest the subordinator. -1 when none.
func subordinatePlace(st *sent, c *cand) int {
	g := st.toks[c.ti].group
	if g == 0 {
		return -1
	}
	first := c.ti
	for first > 0 && st.toks[first-1].group == g {
		first--
	}
	switch st.toks[first].low {
	case "before", "while", "until":
	default:
		return -1
	}
	best, bestD := -1, 1<<30
	for ai, a := range st.args {
		if a.place == nil || a.isActor || a.s >= a.e || a.place.Metonymy || a.e > first || st.toks[a.s].group != g-1 {
			continue
		}
		if d := first - a.e; d < bestD {
			best, bestD = ai, d
		}
	}
	return best
}

// whereClause: the index of "where" opening the trigger's clause, -1 when none.
func whereClause(st *sent, ti int) int {
	cs := clauseStart(st, ti)
	for k := cs; k < ti && k <= cs+1; k++ {
		if st.toks[k].low == "where" {
			return k
		}
	}
	return -1
}

// objectOf: the toponym at s is the object right after the trigger ending at tj ("attacked the
// town of X").
func objectOf(st *sent, s, tj int) bool {
	k := tj
	for k < s && (determiners[st.toks[k].low] || placeNouns[st.toks[k].low] || directionWords[st.toks[k].low] || st.toks[k].low == "of" || adjBeforeNoun[st.toks[k].low] || st.toks[k].low == "coastal") {
		k++
	}
	return k == s && s > tj-1
}

// eventCountry is the country an event most likely happens in when the text names none: the
// article's most mentioned country when a party belongs to it (or no party has a country),
// else the country of a party (targets first for violence).
func (x *extractor) eventCountry(c *cand) string {
	var cs []string
	as := append(append([]model.Actor{}, c.targets...), c.sources...)
	if c.typ != "ASSAULT" {
		as = append(append([]model.Actor{}, c.sources...), c.targets...)
	}
	for _, a := range as {
		if a.Country != "" {
			cs = append(cs, a.Country)
		}
	}
	top := x.dc.top
	if top == "" {
		if len(cs) > 0 {
			return cs[0]
		}
		return ""
	}
	if c.typ == "ASSAULT" && len(cs) > 0 && !actorsHaveCountry(c.targets) {
		return top // an attacker's home is not where it strikes: the article's country
	}
	if len(cs) == 0 {
		return top
	}
	for _, cc := range cs {
		if cc == top {
			return top
		}
	}
	return cs[0]
}

// actorsHaveCountry: some actor has a country.
func actorsHaveCountry(as []model.Actor) bool {
	for _, a := range as {
		if a.Country != "" {
			return true
		}
	}
	return false
}

// fallbackPlace locates an event whose sentence names no usable place: "to the town", "the
// city's edge" refer to the last such place named before; otherwise the country (a mention of
// it in the article) the event happens in, with the country's precision.
func (x *extractor) fallbackPlace(st *sent, c *cand) {
	for k := 0; k+1 < len(st.toks); k++ {
		l := st.toks[k].low
		if l != "the" && l != "that" {
			continue
		}
		// "the Emirati capital": a demonym names the country of the place referred to
		n, country := k+1, ""
		if a := st.toks[n].arg; a >= 0 && st.args[a].norp && st.args[a].e == n+1 && n+1 < len(st.toks) && placeNouns[st.toks[n+1].low] {
			country, n = st.args[a].actor.Country, n+1
		}
		if (placeNouns[st.toks[n].low] || st.toks[n].low == "area") && (n+1 >= len(st.toks) || st.toks[n+1].low != "of" && st.toks[n+1].arg < 0) {
			p := x.lastPlace(st.idx, st.toks[n].low)
			if dp := x.datelinePlace(); country != "" && (p == nil || p.Geo.Country != country) && dp != nil && dp.Geo.Country == country {
				p = dp
			}
			if p != nil && (country == "" || p.Geo.Country == country) {
				q := *p
				c.place, c.placeScore, c.placeFallback = &q, chooseThreshold, true
				return
			}
		}
	}
	material := c.typ == "ASSAULT" || c.typ == "PROTEST" || c.typ == "COERCE" || c.typ == "MOBILIZE" || c.typ == "SANCTION" || c.typ == "RETREAT"
	if dp := x.datelinePlace(); dp != nil && x.datelineSent == st && (material || c.typ == "CONSULT" || c.typ == "SUPPORT") {
		// "QUITO, Jun. 9 (EFE).- Some 6,000 protesters marched …": the lede that names no
		// other place happens at the dateline
		if cc := x.eventCountry(c); cc == "" || cc == dp.Geo.Country {
			q := *dp
			c.place, c.placeScore, c.placeFallback = &q, chooseThreshold, true
			return
		}
	}
	if !material {
		return // verbal acts have no scene worth guessing
	}
	cc := x.eventCountry(c)
	if cc == "" {
		return
	}
	g := x.countryPlace(cc)
	if g == nil && x.dc.top != "" {
		// "a drone attack on the field killed four Yemeni workers" in an article about Iraq:
		// the victims' country is not the scene when the article never names it as a place
		g = x.countryPlace(x.dc.top)
	}
	if g == nil {
		if cg := countryGeo(cc); cg != nil {
			g = &model.PlaceMention{Text: cg.Name, Geo: *cg}
		}
	}
	if g != nil {
		q := *g
		c.place, c.placeScore, c.placeFallback = &q, -5, true
	}
}

// lastPlace is the latest toponym before sentence si that a definite "the <noun>" can refer to:
// first one the text called a <noun> ("Turmasaale, a small farming village", "the village of
// X"), else the latest of a fitting kind.
func (x *extractor) lastPlace(si int, noun string) *model.PlaceMention {
	if p := x.calledPlace(si, noun); p != nil {
		return p
	}
	return x.recentPlace(si, func(_ *sent, a arg) bool {
		f := a.place.Geo.Feature
		switch noun {
		case "town", "city", "village", "camp", "port", "capital", "suburb", "neighbourhood", "neighborhood":
			return f == "city" || f == "other" || f == ""
		case "region", "province", "district", "governorate", "county", "state":
			return f == "admin1" || f == "admin2" || f == "region"
		}
		return f != "country"
	})
}

// recentPlace returns the latest toponym with a country in the three sentences before si
// (headlines left out) that ok accepts, or nil.
func (x *extractor) recentPlace(si int, ok func(st *sent, a arg) bool) *model.PlaceMention {
	for i := len(x.sents) - 1; i >= 0; i-- {
		st := x.sents[i]
		if st.idx >= si || st.headline {
			continue
		}
		if st.idx < si-3 {
			break
		}
		for k := len(st.args) - 1; k >= 0; k-- {
			a := st.args[k]
			if a.place != nil && a.s < a.e && a.place.Geo.Country != "" && ok(st, a) {
				return a.place
			}
		}
	}
	return nil
}

// calledPlace is the latest toponym in the three sentences before si that the text introduced
// as a <noun> of a settlement kind: "X, a (small farming) village", "the village of X".
func (x *extractor) calledPlace(si int, noun string) *model.PlaceMention {
	switch noun {
	case "town", "village", "city", "camp", "settlement":
	default:
		return nil
	}
	return x.recentPlace(si, func(st *sent, a arg) bool {
		if a.place.Geo.Feature == "country" {
			return false
		}
		if a.s >= 3 && st.toks[a.s-1].low == "of" && st.toks[a.s-2].low == noun && st.toks[a.s-3].low == "the" {
			return true // "the village of X"
		}
		if a.e+1 < len(st.toks) && st.toks[a.e].low == "," && (st.toks[a.e+1].low == "a" || st.toks[a.e+1].low == "an") {
			for k := a.e + 2; k < len(st.toks) && k <= a.e+5; k++ {
				if st.toks[k].low == noun {
					return true // "X, a small farming village"
				}
				if isCap(st.toks[k].text) || st.toks[k].low == "," {
					break
				}
			}
		}
		return false
	})
}

// withPoint gives g, the place of mention p, a point when it has none: a street, square or
// building the gazetteer does not know ("looting along Moi Avenue") takes the point of the
// nearest place before it in the document in the same country (the city of the story, at
// precision 2, or a division or the country at 3), marked approximate; a country named where
// the gazetteer did not tag it takes the point of another mention of that country. With no
// such place, or for a place with coordinates, g is returned as is.
func (x *extractor) withPoint(p *model.PlaceMention, g model.Geo) model.Geo {
	if g.Lat != 0 || g.Lon != 0 || g.GeonamesID != 0 || g.Feature != "" && g.Feature != "other" && g.Feature != "country" {
		return g // a gazetteer place (or a test's hand-made one)
	}
	if g.Feature == "country" {
		// a country named where the gazetteer did not tag it: its point from another mention
		if cp := x.countryPlace(g.Country); cp != nil && (cp.Geo.Lat != 0 || cp.Geo.Lon != 0) {
			return cp.Geo
		}
		return g
	}
	find := func(countries bool) *model.PlaceMention {
		var host *model.PlaceMention
		for i := range x.a.Places {
			q := &x.a.Places[i]
			if q.Start >= p.Start && host != nil {
				break
			}
			if q.Metonymy || q.Geo.Lat == 0 && q.Geo.Lon == 0 || g.Country != "" && q.Geo.Country != g.Country ||
				!countries && (q.Geo.Feature == "country" || q.Geo.Feature == "region") {
				continue
			}
			host = q // the last one before p; failing that, the first after it
		}
		return host
	}
	host := find(false)
	if host == nil {
		host = find(true)
	}
	if host == nil {
		return g // nothing to borrow a point from: the name and country only
	}
	h := host.Geo
	prec := 3
	if h.Feature == "city" {
		prec = 2
	}
	return model.Geo{Name: g.Name, Country: h.Country, Admin1: h.Admin1, Lat: h.Lat, Lon: h.Lon,
		Feature: "other", Precision: max(prec, g.Precision), Approximate: true}
}

// countryPlace is a mention of country cc in the document, as a place.
func (x *extractor) countryPlace(cc string) *model.PlaceMention {
	for i := range x.a.Places {
		p := &x.a.Places[i]
		if p.Geo.Country == cc && p.Geo.Feature == "country" {
			return p
		}
	}
	return nil
}

// datelinePlace is the town of the article's dateline ("BEIRUT (AP) —", "Quito, Jun. 9
// (EFE).-", "ABU DHABI — "): a place opening the first body sentence and followed, before any
// verb, by a dash or an agency in brackets. Nil when the article has none.
func (x *extractor) datelinePlace() *model.PlaceMention {
	if x.datelineDone {
		return x.dateline
	}
	x.datelineDone = true
	for _, st := range x.sents {
		if st.headline || len(st.toks) < 3 {
			continue
		}
		if st.toks[0].arg < 0 {
			// a byline or "Published …" line before the lede: keep looking (two lines at most)
			if st.idx > 4 {
				return nil
			}
			continue
		}
		a := st.args[st.toks[0].arg]
		if a.place == nil || a.s != 0 || a.place.Geo.Country == "" || a.place.Geo.Feature == "country" {
			return nil
		}
		for k := a.e; k < len(st.toks) && k < a.e+10; k++ {
			t := st.toks[k]
			if t.low == "—" || t.low == "–" || t.low == "-" || t.low == "--" || strings.HasSuffix(t.low, ".-") || t.low == "(" && k+1 < len(st.toks) && strings.ToUpper(st.toks[k+1].text) == st.toks[k+1].text && isCap(st.toks[k+1].text) {
				p := *a.place
				x.dateline, x.datelineSent = &p, st
				return x.dateline
			}
			if verbish(t) {
				return nil
			}
		}
		return nil
	}
	return nil
}

// inDateline: argument ai lies in the dateline before its dash or bracketed agency.
func (x *extractor) inDateline(st *sent, ai int) bool {
	for k := 0; k < len(st.toks) && k < 12; k++ {
		l := st.toks[k].low
		if l == "—" || l == "–" || l == "-" || l == "--" || l == "(" || strings.HasSuffix(l, ".-") {
			return st.args[ai].e <= k
		}
	}
	return false
}

// facilityHost: place arg b is a facility the gazetteer could only approximate, not place at
// all, or knows only as a site (`Ghezel Hesar prison`, `the Al-Shifa hospital`, `the
// Trans-Sahel highway`) told right before `in <town>`: the town, the most specific
// place it knows, is the act's place. -1 when none.
func facilityHost(st *sent, b int) int {
	p := st.args[b].place
	if p == nil || p.Geo.GeonamesID != 0 {
		return -1
	}
	site := p.Geo.Feature == "other" && (facilityName(p.Geo.Name) || st.args[b].e < len(st.toks) && facilityNouns[st.toks[st.args[b].e].low])
	if !p.Geo.Approximate && p.Geo.Feature != "" && !site {
		return -1 // a place the gazetteer placed, not one it approximated or could not place, nor a site it knows
	}
	k := st.args[b].e
	road := roadName(p.Geo.Name)
	if k < len(st.toks) && roadName(st.toks[k].low) {
		k++ // "the Trans-Papua highway in Nduga regency"
		road = true
	} else if k < len(st.toks) && facilityNouns[st.toks[k].low] {
		k++ // "Vakilabad prison in Mashhad" with the facility noun left out of the name
	}
	if k+1 >= len(st.toks) || st.toks[k].low != "in" {
		return -1
	}
	h := st.toks[k+1].arg
	if h < 0 || h == b || st.args[h].s != k+1 || st.args[h].place == nil {
		return -1
	}
	g := st.args[h].place.Geo
	if road {
		if e := st.args[h].e; e < len(st.toks) && divisionWords[st.toks[e].low] {
			return h // "in Nduga regency": a division the text names as one, known or not
		}
	}
	if g.Approximate || g.GeonamesID == 0 {
		return -1
	}
	switch g.Feature {
	case "city", "town", "village", "locality":
		return h
	case "admin2":
		// "a bridge on National Highway 2 in Kangpokpi district": a road runs through many
		// places; the district named for it is where the act happened
		if road {
			return h
		}
	}
	return -1
}

// facilityName reports whether a place's name ends in a facility noun ("Qezel Hesar prison").
func facilityName(text string) bool { return lastWordIn(text, facilityNouns) }

// lastWordIn reports a name of two words or more whose last word, in lower case, is one of words.
func lastWordIn(text string, words map[string]bool) bool {
	i := strings.LastIndexByte(text, ' ')
	return i >= 0 && words[strings.ToLower(text[i+1:])]
}

// urbanSiteNouns end the names of a town's streets and squares ("Rustaveli Avenue", "Syntagma
// Square"); with facilityNouns they mark a site inside a town.
var urbanSiteNouns = set("street avenue boulevard square plaza")

// siteTown returns, for a site the gazetteer placed inside a town (a street, square or
// building: feature "other" at a point, named with a site noun), the document's nearest
// mention of a town within 15 km of it; nil when the place is no such site or no town is
// named near it.
func (x *extractor) siteTown(p *model.PlaceMention) *model.PlaceMention {
	if p == nil || p.Geo.Feature != "other" || p.Geo.Approximate || p.Geo.Precision != 1 {
		return nil
	}
	if !facilityName(p.Geo.Name) && !lastWordIn(p.Geo.Name, urbanSiteNouns) {
		return nil
	}
	var best *model.PlaceMention
	bestKm := 15.0
	for _, st := range x.sents {
		for k := range st.args {
			q := st.args[k].place
			if q == nil || q.Metonymy || q.Geo.Feature != "city" || q.Geo.Approximate || q.Geo.Country != p.Geo.Country {
				continue
			}
			if d := geo.Distance(p.Geo.Lat, p.Geo.Lon, q.Geo.Lat, q.Geo.Lon); d < bestKm {
				best, bestKm = q, d
			}
		}
	}
	return best
}

// divisionWords follow the name of an administrative division ("Nduga regency").
var divisionWords = set("district regency county province state prefecture municipality governorate department region zone")

// roadName: a place name that names a road ("National Highway 2", "the Kabul-Jalalabad road").
func roadName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "highway", "road", "route", "expressway", "motorway", "freeway":
			return true
		}
	}
	return false
}

// treatmentPlace: where the victims were taken, not where the act happened ("were wounded and
// taken to hospital in Culiacan", "airlifted to Kabul", "treated at a hospital in Goma").
func treatmentPlace(st *sent, a arg) bool {
	care := false
	for k := a.s - 1; k >= 0 && k >= a.s-7; k-- {
		switch st.toks[k].low {
		case "hospital", "hospitals", "clinic", "clinics":
			care = true
		case "taken", "brought", "airlifted", "evacuated", "rushed", "transferred", "admitted":
			// (only the victims' transport: "struck near the Saudi hospital in El Fasher" is
			// where the drone hit, "had taken control of parts of the town" no transport)
			return care || k+1 < a.s && st.toks[k+1].low == "to" && st.toks[k].low != "taken" && st.toks[k].low != "brought"
		case "treated", "hospitalised", "hospitalized":
			return care || k+1 < a.s && (st.toks[k+1].low == "in" || st.toks[k+1].low == "at")
		case ".", ";", ",", "and", "where", "when", "after":
			return false
		}
	}
	return false
}

// peopleModifier: the toponym names a group of people it modifies ("a bus carrying Amarnath
// pilgrims in south Kashmir"): where they go or come from, not where the act happened, when the
// sentence names another place.
func peopleModifier(st *sent, a arg) bool {
	if a.e >= len(st.toks) || a.s > 0 && preps[st.toks[a.s-1].low] {
		return false // "in Gaza residents …" is no phrase; "in Amarnath" is a place
	}
	return peopleNouns[st.toks[a.e].low]
}

// peopleNouns are plural nouns of people a place name can modify.
var peopleNouns = set("pilgrims workers villagers residents farmers fishermen migrants refugees students traders passengers tourists voters herders miners settlers")

// routeEnd: "on the road linking Bangui to the Cameroonian border", "the highway connecting
// X and Y": an end of a route named to describe it, not where the act happened.
func routeEnd(st *sent, a arg) bool {
	for k := a.s - 1; k >= 0 && k >= a.s-6; k-- {
		switch st.toks[k].low {
		case "linking", "connecting", "links", "connects", "link":
			return true
		case ".", ";", "in", "at", "near":
			return false
		}
	}
	return false
}

// genericNoun: an actor noun ("militants", "police"), no adjective.
func genericNoun(t tok) bool {
	_, ok := genericActors[t.lem]
	return ok
}
