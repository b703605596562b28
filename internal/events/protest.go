package events

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Protest rules for agency copy (cases in protest_test.go): crowds that gather, block roads or
// throw stones; labour strikes told without the word "workers" next to them; and the
// non-protest senses of protest words ("a rally in oil prices", "demonstrated that").

// crowdStrong: nouns that name people acting as a protest crowd by themselves.
var crowdStrong = set("protester protestor demonstrator marcher crowd rioter activist striker picketer mob")

// crowdWeak: people who protest as a crowd when the sentence says it is a protest (placards,
// demands, "against", burning tyres …).
var crowdWeak = set("resident villager inhabitant local community youth student learner pupil worker miner teacher nurse doctor employee member supporter commuter farmer trader vendor driver operator unionist people thousand hundred dozen child woman parent citizen taxi relative family families mother widow")

// crowdHead is the head noun of a generic actor's text, singular.
func crowdHead(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	h := strings.Trim(f[len(f)-1], "'’.,")
	switch {
	case strings.HasSuffix(h, "ies") && len(h) > 4:
		h = h[:len(h)-3] + "y"
	case h == "people" || h == "youth" || h == "police":
	case strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss"):
		h = h[:len(h)-1]
	}
	if h == "communitie" {
		h = "community"
	}
	return h
}

// crowdSources: 2 when a source is a protest crowd by name (protesters, strikers), 1 when it is
// a civilian or labour crowd (residents, students, workers, party supporters), 0 otherwise.
// Armed, police and state sources make it 0.
func crowdSources(as []model.Actor) int {
	best := 0
	for _, a := range as {
		switch a.Kind {
		case "MIL", "COP", "GOV", "REB", "JUD", "SPY", "IGO":
			return 0
		}
		h := crowdHead(a.Text)
		switch {
		case crowdStrong[h] || a.Kind == "OPP" && strings.Contains(strings.ToLower(a.Text), "protest"):
			best = 2
		case crowdWeak[h] && (a.Kind == "" || a.Kind == "CVL" || a.Kind == "LAB" || a.Kind == "OPP" || a.Kind == "EDU"):
			if best < 1 {
				best = 1
			}
		}
	}
	return best
}

// protestCue: the sentence says its crowd protests (placards, demands, "against", toyi-toyi,
// burning tyres).
func protestCue(st *sent) bool {
	if riotCue(st) || protestScene(st) {
		return true
	}
	for i := range st.toks {
		switch st.toks[i].lem {
		case "placard", "banner", "chant", "slogan", "memorandum", "demand", "demanding", "against", "toyi-toyi", "picket", "grievance", "petition", "whistle", "vuvuzela", "march", "strike", "striking", "boycott", "sing", "singing", "chanting", "toyi-toying", "disperse", "teargas", "tear":
			return true
		}
	}
	return false
}

// crowdRules recodes the candidates of one sentence whose actors are crowds: gathering and
// massing crowds demonstrate, crowds blocking roads obstruct, crowds stoning or torching riot.
func (x *extractor) crowdRules(st *sent, cs []*cand) {
	for _, c := range cs {
		if c.dropped {
			continue
		}
		if len(c.sources) == 0 && (c.typ == "PROTEST" || c.e.flags&fCrowd != 0 || c.typ == "COERCE" && blockLem[st.toks[c.ti].lem]) && c.e.flags&fNoCount == 0 {
			// "As the protest entered its third day, … students had threatened …", "Around 100
			// farmers protested": the crowd named in the sentence holds the protest
			if ai := crowdArg(st, c.ti); ai >= 0 && !referredEvent(st, c) {
				c.sources = x.actors(st, []int{ai})
			}
		}
		lem := st.toks[c.ti].lem
		crowd := crowdSources(c.sources)
		cue := protestCue(st)
		switch {
		case c.e.flags&fCrowd != 0:
			// "about a dozen protesters gathered outside the court"
			if !(crowd == 2 || crowd == 1 && cue || len(c.sources) == 0 && cue && crowdSubjectNumber(st, c.ti)) {
				c.dropped = true
			}
		case c.typ == "MOBILIZE" && (lem == "mass" || lem == "head") && crowd > 0 && (crowd == 2 || cue):
			c.typ, c.mode, c.acled = "PROTEST", "demo", "peaceful"
		case c.typ == "COERCE" && (lem == "blockade" || lem == "block" || lem == "barricade") && crowd > 0 && (crowd == 2 || cue):
			// "residents blockaded roads with burning tyres, demanding houses"
			c.typ, c.mode, c.acled = "PROTEST", "obstruct", "peaceful"
		case c.typ == "PROTEST" && lem == "protest" && !c.noun && govSide(c.sources) && objectAfter(st, c.tj):
			// "Western nations, protesting the crackdown, …": a verbal protest (PLOVER ACCUSE)
			c.typ, c.mode, c.acled = "ACCUSE", "disapprove", ""
		case c.typ == "COERCE" && (lem == "block" || lem == "barricade") && !(stateSide(c.sources) && !c.noun):
			c.dropped = true // "the apartment block", "roads were blocked"
		case c.typ == "PROTEST" && c.mode == "obstruct" && crowd == 0 && len(c.sources) > 0:
			c.dropped = true // "police blocked the road": no protest
		case c.typ == "ASSAULT" && crowd == 1 && cue && primitiveAct(st, c):
			// "angry residents torched a house", "students stoned passing cars" (protesters'
			// own assaults become riots in finalize, after they merged in the sentence)
			c.typ, c.mode, c.acled = "PROTEST", "riot", "riot"
		}
	}
}

var blockLem = set("block blockade barricade")

// crowdArg: the nearest crowd actor of the sentence (protesters, students, residents), -1 if none.
func crowdArg(st *sent, ti int) int {
	best, bd := -1, 1<<30
	for ai, a := range st.args {
		if !a.isActor || a.pron || a.place != nil && !a.generic {
			continue
		}
		if crowdSources([]model.Actor{a.actor}) == 0 || victimArg(st, a.e) {
			continue
		}
		d := a.s - ti
		if d < 0 {
			d = ti - a.e
		}
		if d < bd {
			best, bd = ai, d
		}
	}
	return best
}

// crowdSubjectNumber: "tens of thousands gathered", "hundreds converged": a bare number of
// people before the verb.
func crowdSubjectNumber(st *sent, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-4; k-- {
		switch st.toks[k].low {
		case "thousands", "hundreds", "dozens", "scores":
			return true
		}
	}
	return false
}

// primitiveAct: violence without firearms or explosives (stones, fire, sticks, looting).
func primitiveAct(st *sent, c *cand) bool {
	switch c.weaponHint {
	case "", "primitive", "looting":
	default:
		return false
	}
	switch c.mode {
	case "firearms", "explosives", "aerial", "drone", "heavy-weapons", "suicide-attack", "unconventional", "abduct", "sexual":
		return false
	}
	for i := range st.toks {
		switch st.toks[i].lem {
		case "gun", "rifle", "ak-47", "bullet", "shoot", "gunfire", "bomb", "grenade", "explosive":
			return false
		}
	}
	switch st.toks[c.ti].lem {
	case "torch", "loot", "destroy", "burn", "set", "vandalise", "vandalize", "ransack", "pelt", "stone", "attack", "assault", "beat", "clash", "throw", "hurl":
		return true
	}
	return riotCue(st)
}

// notProtestSense: protest words used in another sense ("a rally in oil prices", "rallied the
// crowd", "demonstrated that", "in protest at", "the right to strike").
func notProtestSense(st *sent, i, j int, e *entry) bool {
	t := st.toks[i]
	next := func(k int) string {
		if k < len(st.toks) {
			return st.toks[k].low
		}
		return ""
	}
	prev := func(k int) string {
		if k >= 0 && k < len(st.toks) {
			return st.toks[k].low
		}
		return ""
	}
	switch t.lem {
	case "march":
		if t.text == "March" && (i > 0 && !determiners[prev(i-1)] || isNumberTok(next(j))) {
			return true // "Tuesday, March 1": the month
		}
	case "rally":
		if marketSentence(st) {
			return true // "oil prices extended a rally", "the rand rallied"
		}
		switch next(j) {
		case "behind", "around", "round", "together", "support", "supporters", "voters", "the", "his", "her", "their", "its", "troops", "to":
			if !(next(j) == "the" && (next(j+1) == "streets" || next(j+1) == "street")) {
				return true // "rallied the crowd", "rally behind the team", "rally support"
			}
		}
		if campaignRally(st, i) {
			return true
		}
	case "demonstrate":
		// a protest is intransitive: "demonstrated outside parliament", "demonstrated against"
		switch next(j) {
		case "", ".", ",", "against", "for", "in", "outside", "at", "on", "over", "near", "across", "along", "and", "peacefully", "again", "throughout", "yesterday", "today", "inside", "through":
			if next(j) == "through" || next(j) == "in" && (next(j+1) == "favour" || next(j+1) == "a") {
				return true // "demonstrated through violence that", "demonstrated in a study"
			}
			for k := j; k < len(st.toks) && st.toks[k].clause == t.clause; k++ {
				if st.toks[k].low == "that" || st.toks[k].low == "how" {
					return true
				}
			}
			return false
		}
		return true // "demonstrated that", "demonstrated his willingness"
	case "protest":
		if prev(i-1) == "in" && !determiners[prev(i-2)] {
			switch next(j) {
			case "at", "against", "over", "of", "":
				return true // "recalled its envoy in protest at": the reason for another act
			}
		}
		if prev(i-1) == "in" && (next(j) == "at" || next(j) == "against" || next(j) == "over") {
			return true
		}
		if (prev(i-1) == "in" || prev(i-1) == "of") && (prev(i-2) == "increase" || prev(i-2) == "rise" || prev(i-2) == "number" || prev(i-2) == "wave") {
			return true
		}
		if prev(i-1) == "violent" && (prev(i-2) == "in" || prev(i-2) == "of") {
			return true // "the increase in violent protests"
		}
	case "strike":
		if prev(i-1) == "to" && (prev(i-2) == "right" || prev(i-2) == "rights") {
			return true // "the right to strike"
		}
		if prev(i-1) == "lucky" || prev(i-1) == "first" && !labourStrike(st, i) {
			return true
		}
	}
	return false
}

// marketSentence: a sentence about prices and markets.
func marketSentence(st *sent) bool {
	for i := range st.toks {
		switch st.toks[i].lem {
		case "price", "share", "stock", "market", "index", "dollar", "rand", "euro", "yen", "currency", "bond", "investor", "trading", "trader", "crude", "equity", "nasdaq", "dow", "futures", "gold", "percent", "cent":
			return true
		}
	}
	return false
}

// campaignRally: "an election rally", "a campaign rally", "at his rally": a candidate's
// meeting, not a demonstration (PLOVER PROTEST is demonstrations, riots, strikes, boycotts).
func campaignRally(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch st.toks[k].lem {
		case "election", "campaign", "electoral", "his", "her", "victory", "pre-election", "final", "launch", "manifesto", "re-election", "reelection":
			return true
		}
	}
	for k := range st.toks {
		switch st.toks[k].lem {
		case "candidate", "campaign", "campaigning", "nominee", "voter", "election", "manifesto":
			for m := range st.toks {
				switch st.toks[m].lem {
				case "protest", "protester", "against", "anti-government", "demonstration", "demand":
					return false
				}
			}
			return true
		}
	}
	return false
}

// labourContext: the document is about a labour dispute (unions, wages, workers).
func (x *extractor) labourContext() bool {
	if x.labour != 0 {
		return x.labour > 0
	}
	n, m := 0, 0
	for _, st := range x.sents {
		for i := range st.toks {
			switch st.toks[i].lem {
			case "union", "wage", "salary", "worker", "employee", "employer", "bargaining", "labour", "labor", "pay", "teacher", "nurse", "miner", "cosatu", "numsa", "sadtu", "amcu", "satawu", "nehawu", "popcru", "fedusa", "commuter", "pupil", "operator", "driver", "dispute", "go-slow", "stayaway", "picket":
				n++
			case "airstrike", "missile", "drone", "warplane", "jet", "rebel", "militant", "artillery", "troop", "insurgent", "bomb", "rocket", "military":
				m++
			}
		}
	}
	x.labour = -1
	if n >= 2 && n > m {
		x.labour = 1
	}
	return x.labour > 0
}

// labourStrikeNoun: "a taxi strike", "the three-day strike", "an illegal strike", "strike
// action": the noun names a work stoppage.
func labourStrikeNoun(st *sent, i int) bool {
	if i+1 < len(st.toks) {
		switch st.toks[i+1].lem {
		case "action", "ballot", "notice", "pay", "fund", "leader", "committee", "breaker":
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		l := st.toks[k].low
		switch st.toks[k].lem {
		case "taxi", "bus", "transport", "trucker", "truck", "mine", "postal", "rail", "public", "sector", "illegal", "unprotected", "protected", "wildcat", "sympathy", "indefinite", "legal", "nationwide", "national", "general", "teachers", "nurses", "doctors", "workers", "miners", "wage", "pay", "crippling", "ongoing", "long-running", "prolonged", "month-long", "week-long", "weeklong":
			return true
		}
		if strings.HasSuffix(l, "-day") || strings.HasSuffix(l, "-hour") || strings.HasSuffix(l, "-week") || strings.HasSuffix(l, "'") || strings.HasSuffix(l, "’") {
			return true
		}
	}
	return false
}

// militaryNear: an armed actor or a weapon in the sentence.
func militaryNear(st *sent) bool {
	for _, a := range st.args {
		if a.isActor && (armedKinds[a.actor.Kind] || a.actor.Kind == "REB") {
			return true
		}
	}
	for i := range st.toks {
		switch st.toks[i].lem {
		case "air", "drone", "missile", "warplane", "jet", "rocket", "bomb", "target", "convoy", "military", "army", "coalition", "artillery", "position", "base":
			return true
		}
	}
	return false
}

// govSide: the sources are states, governments or organisations, not crowds, parties,
// unions or civilians.
func govSide(as []model.Actor) bool {
	if len(as) == 0 || crowdSources(as) > 0 {
		return false
	}
	for _, a := range as {
		switch a.Kind {
		case "CVL", "LAB", "OPP", "EDU", "REL", "MED", "BUS", "REF":
			return false
		}
	}
	return true
}

// objectAfter: a direct object follows the verb ("protested the decision"), not a preposition
// ("protested against", "protested outside").
func objectAfter(st *sent, j int) bool {
	if j >= len(st.toks) {
		return false
	}
	l := st.toks[j].low
	return determiners[l] || possessives[l] || st.toks[j].arg >= 0
}

// figurativeFight: "a political fight", "a legal battle": no violence.
func figurativeFight(st *sent, c *cand) bool {
	if c.ti == 0 {
		return false
	}
	switch st.toks[c.ti].lem {
	case "fight", "battle", "fighting":
	default:
		return false
	}
	for k := c.ti - 1; k >= 0 && k >= c.ti-2; k-- {
		switch st.toks[k].low {
		case "political", "legal", "court", "electoral", "power", "leadership", "succession", "policy", "ideological":
			return true
		}
		if quoteTok(st.toks[k].low) {
			return true
		}
	}
	return false
}

// inRelClause: token i sits in a relative clause ("protesters who had blocked the avenue").
func inRelClause(st *sent, i int) bool {
	cs := clauseStart(st, i)
	return cs > 0 && (st.toks[cs].rel || relPronouns[st.toks[cs].low])
}

// referredEvent: "during those protests", "in the riots": an event noun after a preposition
// and a definite determiner refers to protests told elsewhere.
func referredEvent(st *sent, c *cand) bool {
	if !c.noun || c.ti < 2 {
		return false
	}
	switch st.toks[c.ti-1].low {
	case "the", "those", "these", "such", "that", "this", "last", "recent", "previous", "earlier":
	default:
		return false
	}
	return preps[st.toks[c.ti-2].low]
}

// victimArg: the argument ending before token e is the subject of a passive or a toll ("60
// people were killed", "residents were injured").
func victimArg(st *sent, e int) bool {
	for k := e; k < len(st.toks) && k <= e+3; k++ {
		switch st.toks[k].lem {
		case "kill", "die", "injure", "wound", "dead", "arrest", "detain", "hurt", "shoot", "displace":
			return true
		}
	}
	return false
}

// protestSubject: a protest noun that is the subject of its own course ("The protest over
// housing started around 6am", "As the strike entered its second day"): the protest is told as
// happening even when no organiser or place is named.
func protestSubject(st *sent, c *cand) bool {
	if !c.noun || c.modality != "asserted" {
		return false
	}
	if c.ti > 0 {
		switch st.toks[c.ti-1].low {
		case "a", "an", "no", "any":
			return false
		}
	}
	cl := st.toks[c.ti].clause
	for k := c.tj; k < len(st.toks) && k <= c.tj+6 && st.toks[k].clause == cl; k++ {
		switch st.toks[k].lem {
		case "start", "begin", "began", "enter", "erupt", "continue", "spread", "resume", "intensify", "escalate", "turn", "break", "paralyse", "paralyze", "cripple", "disrupt", "cut", "leave", "left", "bring", "brought", "cause", "force":
			return true
		case "be", "is", "was", "were", "are", "have", "has", "had", "would", "will", "could", "may", "might":
			return false
		}
	}
	return false
}
