package events

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// findTriggers returns the event candidates of one sentence.
func findTriggers(st *sent, lx *lexicon) []*cand {
	var out []*cand
	for i := 0; i < len(st.toks); i++ {
		t := st.toks[i]
		if t.arg >= 0 && (!st.args[t.arg].generic || i < st.args[t.arg].e-1) {
			continue // inside a name, or a modifier of a generic noun ("riot police")
		}
		if isCap(t.text) && inTimex(st, t.start) {
			continue // "March 18": a date, not a march
		}
		if t.lem == "take" && i+1 < len(st.toks) {
			if _, ok := settlementObject(st, i+1); ok {
				out = append(out, &cand{s: st, ti: i, tj: i + 1, e: takeEntry, typ: "ASSAULT", acled: "territory", mentions: 1, typeProb: 1})
				continue
			}
		}
		if t.lem == "give" {
			if j, ok := ultimatumAt(st, i); ok {
				if ultimatumToLeave(st, i) {
					// "gave the diplomat 72 hours to leave": an expulsion (PLOVER SANCTION expel)
					out = append(out, &cand{s: st, ti: i, tj: j, e: expelEntry, typ: "SANCTION", mode: "expel", noun: false, mentions: 1, typeProb: 1})
					i = j - 1
					continue
				}
				out = append(out, &cand{s: st, ti: i, tj: j, e: ultimatumEntry, typ: "THREATEN", mode: "", noun: false, mentions: 1, typeProb: 1})
				i = j - 1
				continue
			}
		}
		if t.lem == "respond" && futureModalBefore(st, i) {
			// "Moscow would respond in kind", "Tehran will respond firmly": a threat
			out = append(out, &cand{s: st, ti: i, tj: i + 1, e: respondEntry, typ: "THREATEN", mentions: 1, typeProb: 1})
			continue
		}
		es := lx.byFirst[t.lem]
		if len(es) == 0 || t.lem == "initial" && t.low == "initial" {
			continue // "the initial report": the adjective, not "initialled the deal"
		}
		var best *entry
		bestJ := 0
		for _, e := range es {
			j, ok := matchPhrase(st, i, e.words)
			if !ok {
				continue
			}
			if best == nil || j-i > bestJ-i {
				best, bestJ = e, j
			}
		}
		if best == nil {
			continue
		}
		if (t.lem == "close" || t.lem == "shut") && i+1 < len(st.toks) && (st.toks[i+1].low == "to" || st.toks[i+1].low == "by") {
			continue // "staying close to the border": an adjective
		}
		noun := isNounUse(st, i, best)
		if best.flags&fNoun != 0 && !noun || best.flags&fVerb != 0 && noun && len(best.words) == 1 {
			continue
		}
		if best.flags&fWeapon != 0 && !weaponNear(st, i, bestJ) {
			continue
		}
		if reducedAccusation(st, i, bestJ, best) || adjectivalParticiple(st, i, bestJ) || gerundAfterPrep(st, i) || fleeingFighters(st, i, bestJ) || notProtestSense(st, i, bestJ, best) {
			continue
		}
		// "strike a deal" and the like
		if t.lem == "strike" && bestJ == i+1 && nextLemWithin(st, i, 3, "deal", "agreement", "accord", "balance", "chord", "note", "tone") {
			continue
		}
		c := &cand{s: st, ti: i, tj: bestJ, e: best, typ: best.types[0], mode: best.mode, acled: best.acled, noun: noun, mentions: 1, typeProb: 1}
		c.conseqOnly = best.flags&fConseq != 0
		out = append(out, c)
		i = bestJ - 1
	}
	return out
}

// takeEntry codes "took Bukavu": a town taken (ACLED territory sub-types).
var takeEntry = &entry{words: []string{"take"}, types: []string{"ASSAULT"}, cameo: "19", acled: "territory"}

// ultimatumEntry codes "gave X seven days to …": an ultimatum (THREATEN).
var ultimatumEntry = &entry{words: []string{"give"}, types: []string{"THREATEN"}, cameo: "13"}
var expelEntry = &entry{words: []string{"give"}, types: []string{"SANCTION"}, mode: "expel", cameo: "16"}

// ultimatumAt matches "give [X] N day(s)/hour(s)/week(s) to" from token i.
var respondEntry = &entry{words: []string{"respond"}, types: []string{"THREATEN"}, cameo: "13", flags: fWeak}

// futureModalBefore: "will/would/'ll respond", "will respond firmly", "vowed to respond".
func futureModalBefore(st *sent, i int) bool {
	if i+1 < len(st.toks) && (st.toks[i+1].low == "to" || st.toks[i+1].low == "by") {
		// "would respond to questions", "would respond by …" are no threats, except
		// "respond to any aggression"
		if !(i+2 < len(st.toks) && (st.toks[i+2].low == "any" || st.toks[i+2].low == "this" || st.toks[i+2].low == "the")) {
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch st.toks[k].low {
		case "will", "would", "'ll", "’ll", "shall":
			return true
		case "to":
			if k > 0 && (st.toks[k-1].lem == "vow" || st.toks[k-1].lem == "pledge" || st.toks[k-1].lem == "promise" || st.toks[k-1].lem == "threaten") {
				return true
			}
			return false
		case "not", "n't":
			return false
		}
	}
	return false
}

// ultimatumToLeave: the ultimatum's complement is leaving ("72 hours to leave the country").
func ultimatumToLeave(st *sent, i int) bool {
	cl := st.toks[i].clause
	for k := i + 1; k+1 < len(st.toks) && k <= i+12 && st.toks[k].clause == cl; k++ {
		if st.toks[k].low == "to" {
			switch st.toks[k+1].low {
			case "leave", "quit", "depart":
				return true
			}
			return false
		}
	}
	return false
}

func ultimatumAt(st *sent, i int) (int, bool) {
	cl := st.toks[i].clause
	for k := i + 1; k+2 < len(st.toks) && k <= i+9 && st.toks[k].clause == cl; k++ {
		if !(isNumberTok(st.toks[k].low) || st.toks[k].low == "a" || st.toks[k].low == "one") {
			continue
		}
		switch strings.TrimSuffix(st.toks[k+1].low, "s") {
		case "day", "hour", "week", "month":
			if st.toks[k+2].low == "to" {
				return i + 1, true
			}
		}
	}
	return 0, false
}

// adjectivalParticiple: "displaced people", "wounded soldiers", "the wounded", "everyone
// arrested": a participle describing people, not an act.
func adjectivalParticiple(st *sent, i, j int) bool {
	t := st.toks[i]
	if j != i+1 || !(strings.HasSuffix(t.low, "ed") || irregular[t.low] != "" && irregular[t.low] != t.low) {
		return false
	}
	switch t.lem {
	case "displace", "wound", "injure", "flee":
	default:
		return false // "the murdered priests" still tells of a murder
	}
	if i > 0 {
		switch st.toks[i-1].low {
		case "everyone", "anyone", "those":
			return true
		}
	}
	prevDet := i == 0 || determiners[st.toks[i-1].low] || preps[st.toks[i-1].low] || isNumberTok(st.toks[i-1].low) || st.toks[i-1].low == "newly"
	if !prevDet {
		return false
	}
	if j < len(st.toks) {
		n := st.toks[j]
		if personNouns[n.lem] || n.arg >= 0 && st.args[n.arg].generic && n.arg != t.arg {
			return true
		}
		if !isLetterByte(n.text[0]) || preps[n.low] || n.lem == "be" || coordin[n.low] {
			return i > 0 && determiners[st.toks[i-1].low] // "the wounded were …"
		}
	}
	return j >= len(st.toks) && i > 0 && determiners[st.toks[i-1].low]
}

// reducedAccusation: "two men accused of stealing cattle", "a man suspected of kidnapping":
// a participle describing a person (a reduced relative clause), not an accusation made.
func reducedAccusation(st *sent, i, j int, e *entry) bool {
	if j != i+1 || i == 0 || j >= len(st.toks) || len(e.types) == 0 || e.types[0] != "ACCUSE" {
		return false
	}
	t := st.toks[i]
	if t.lem != "accuse" && t.lem != "suspect" || !strings.HasSuffix(t.low, "ed") || st.toks[j].low != "of" {
		return false
	}
	p := st.toks[i-1]
	if p.low == "," || auxBe[p.low] || p.low == "have" || p.low == "has" || p.low == "had" || p.low == "being" {
		return false // "who was accused of", "Rwanda, accused of …" stays (the actor is named)
	}
	if p.arg >= 0 && !st.args[p.arg].generic {
		return false // "Israel accused of war crimes" (a headline): the accusation itself
	}
	// a noun before: a person described ("men", "a suspect", "the man")
	return isLetterByte(p.text[0]) && !preps[p.low] && !coordin[p.low] && !subordin[p.low] && !determiners[p.low]
}

// auxBe are forms of "be" before a passive participle.
var auxBe = set("is was were are be been am 's")

// fightingNouns: nouns for armed people whose retreat or flight a participle can describe.
var fightingNouns = set("fighter gunman militant rebel soldier troop insurgent jihadist attacker assailant bandit force militia militiaman guerrilla unit convoy")

// fleeingFighters: "shelled retreating rebel fighters", "shot two gunmen fleeing the scene": a
// participle describing armed people in another act, not a retreat of its own.
func fleeingFighters(st *sent, i, j int) bool {
	t := st.toks[i]
	if j != i+1 || !strings.HasSuffix(t.low, "ing") {
		return false
	}
	switch t.lem {
	case "retreat", "flee", "withdraw":
	default:
		return false
	}
	if i == 0 {
		return false
	}
	prev := st.toks[i-1]
	switch prev.low {
	case "is", "are", "was", "were", "be", "been", "being", "began", "begun", "started", "kept", ",":
		return false
	}
	armed := func(k int) bool {
		if k < 0 || k >= len(st.toks) {
			return false
		}
		tk := st.toks[k]
		if fightingNouns[tk.lem] || fightingNouns[strings.TrimSuffix(tk.low, "s")] {
			return true
		}
		return tk.arg >= 0 && tk.arg != t.arg && st.args[tk.arg].isActor && armedKinds[st.args[tk.arg].actor.Kind]
	}
	// pre-nominal: "retreating (rebel) fighters"
	if determiners[prev.low] || preps[prev.low] || isNumberTok(prev.low) || verbish(prev) {
		for k := j; k < len(st.toks) && k <= j+2; k++ {
			if armed(k) {
				return true
			}
		}
	}
	// post-nominal: "gunmen fleeing the scene"
	return armed(i - 1)
}

// gerundAfterPrep: "help in fighting the insurgency", "for attacking a convoy": an activity
// named, not an event reported.
func gerundAfterPrep(st *sent, i int) bool {
	t := st.toks[i]
	if i == 0 || i+1 >= len(st.toks) || !strings.HasSuffix(t.low, "ing") {
		return false
	}
	switch st.toks[i-1].low {
	case "in", "for", "of", "with", "about", "without", "against", "from":
	default:
		return false
	}
	n := st.toks[i+1]
	return determiners[n.low] || n.arg >= 0 || possessives[n.low]
}

// hasObject: a noun phrase follows token j ("stormed parliament", "burning dozens of homes").
func hasObject(st *sent, j int) bool {
	for k := j; k < len(st.toks) && k < j+5; k++ {
		l := st.toks[k].low
		if determiners[l] || isNumberTok(l) || approxWords[l] || adjBeforeNoun[l] || l == "of" || possessives[l] || quoteTok(l) {
			continue
		}
		if st.toks[k].arg >= 0 {
			return true
		}
		return isLetterByte(st.toks[k].text[0]) && !preps[l] && !coordin[l] && !subordin[l] && !strings.HasSuffix(l, "ly")
	}
	return false
}

// matchPhrase matches lemmas from token i; "*" skips 0-4 tokens of the same clause, "* *"
// 0-8 ("took New Zealand pilot Phillip Mehrtens hostage").
func matchPhrase(st *sent, i int, words []string) (int, bool) {
	j := i
	for w := 0; w < len(words); w++ {
		if words[w] == "*" {
			gap := 4
			for w+1 < len(words) && words[w+1] == "*" {
				gap += 4
				w++
			}
			if w+1 >= len(words) {
				return j, true
			}
			next := words[w+1]
			for k := j; k < len(st.toks) && k <= j+gap; k++ {
				if st.toks[k].clause != st.toks[i].clause {
					break
				}
				if st.toks[k].lem == next || st.toks[k].low == next {
					j = k + 1
					w++
					goto cont
				}
			}
			return 0, false
		}
		if j >= len(st.toks) || (st.toks[j].lem != words[w] && st.toks[j].low != words[w]) {
			return 0, false
		}
		j++
	cont:
	}
	return j, true
}

func nextLemWithin(st *sent, i, n int, ws ...string) bool {
	for k := i + 1; k < len(st.toks) && k <= i+n; k++ {
		for _, w := range ws {
			if st.toks[k].lem == w {
				return true
			}
		}
	}
	return false
}

// weaponNear reports a weapon word in the trigger's clause group near the trigger.
func weaponNear(st *sent, i, j int) bool {
	g := st.toks[i].group
	for k := i - 4; k < len(st.toks) && k <= j+10; k++ {
		if k < 0 || st.toks[k].group != g {
			continue
		}
		if _, ok := weaponClass[st.toks[k].lem]; ok && k != i {
			return true
		}
		switch st.toks[k].lem {
		case "warhead", "bullet", "tear", "volley", "barrage", "salvo":
			return true
		}
		switch st.toks[k].low {
		case "rounds", "ammunition", "shots", "gunshots", "pellets":
			return true // "fired live rounds", "fired warning shots"
		}
	}
	return false
}

// isNounUse decides whether the trigger at i is used as a noun.
func isNounUse(st *sent, i int, e *entry) bool {
	t := st.toks[i]
	if e.flags&fNoun != 0 {
		return true
	}
	if i+1 < len(st.toks) && st.toks[i+1].low == "of" && !strings.HasSuffix(t.low, "ed") {
		return true
	}
	if i > 0 {
		p := st.toks[i-1]
		switch {
		case determiners[p.low] || possessives[p.low] || p.low == "'s" || p.low == "’s":
			return true
		case p.low == "to" || modalsHyp[p.low] || modalsFut[p.low] || p.lem == "have" || p.lem == "do" || negWords[p.low]:
			return false
		case p.arg >= 0 && st.args[p.arg].norp:
			return true
		case isNumberTok(p.low):
			return true
		case p.lem == "be" && strings.HasSuffix(t.low, "ing"):
			return false
		}
		if p.arg >= 0 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && st.headline {
			return false // headline present tense: "Hezbollah Fires …"
		}
		if p.arg >= 0 && !st.args[p.arg].isActor && st.args[p.arg].place != nil && !strings.HasSuffix(t.low, "ed") && !verbish(t) {
			return true // "Gaza ceasefire" (but "in Kabul rejected")
		}
		if adjBeforeNoun[p.low] {
			return true
		}
	}
	if strings.HasSuffix(t.low, "ed") {
		return false
	}
	if strings.HasSuffix(t.low, "ing") {
		if i > 0 && st.toks[i-1].arg >= 0 {
			return false
		}
		if i+1 < len(st.toks) {
			n := st.toks[i+1]
			if n.arg >= 0 || isNumberTok(n.low) || n.low == "at" || n.low == "a" || n.low == "an" || n.low == "the" || n.low == "two" || approxWords[n.low] && n.low != "over" || pronouns[n.low] {
				return false // "killing nine officers": a participle with its object
			}
		}
		return true
	}
	if i > 0 && st.toks[i-1].arg >= 0 {
		return false
	}
	if e.flags&fNoun != 0 {
		return true
	}
	if strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") {
		return true
	}
	return i == 0
}

// relationAdj: adjectives of relation before a named object ("accused neighbouring Rwanda").
var relationAdj = set("neighbouring neighboring rival arch-rival fellow")

var adjBeforeNoun = set("roadside homemade makeshift improvised remote-controlled deadly fatal massive major heavy new fresh latest suspected alleged recent overnight aerial military armed brutal large-scale cross-border suicide failed foiled planned peaceful mass violent weekly daily renewed further")

func isNumberTok(s string) bool {
	if s == "" {
		return false
	}
	if _, ok := numberWords[s]; ok && s != "a" && s != "an" {
		return true
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			digits++
		} else if s[i] != ',' && s[i] != '.' {
			return false
		}
	}
	return digits > 0
}

// isPassive reports "was killed", "were arrested by", "killed by".
func isPassive(st *sent, c *cand) bool {
	if c.noun || c.e.flags&fPassive == 0 {
		return false
	}
	t := st.toks[c.ti]
	if !(strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "en") || irregular[t.low] != "" && t.low != t.lem) {
		return false
	}
	for k := c.ti - 1; k >= 0 && k >= c.ti-4; k-- {
		p := st.toks[k]
		if p.lem == "be" || p.low == "got" || p.low == "get" {
			return true
		}
		if !(strings.HasSuffix(p.low, "ly") || p.low == "also" || p.low == "reportedly" || p.low == "not" || p.low == "allegedly" || p.low == "been") {
			break
		}
	}
	if c.tj < len(st.toks) && st.toks[c.tj].low == "by" {
		return true
	}
	// a consequence verb with no object is an elliptical passive: "were killed and three
	// others injured on Monday", "two soldiers wounded."
	if c.e.flags&fConseq != 0 && c.ti > 0 && strings.HasSuffix(t.low, "ed") && st.toks[c.ti-1].arg >= 0 &&
		(c.tj >= len(st.toks) || noObjectAfter[st.toks[c.tj].low]) {
		return true
	}
	return false
}

// noObjectAfter: words that cannot open the object of a transitive verb.
var noObjectAfter = set("on in during when as after while before near , . ; and or by late early")

// compassAdj: "in the northeastern Kharkiv region".
var compassAdj = set("northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western far remote restive")

// precededByPrep looks left of token s over determiners, numbers and modifiers for a preposition.
func precededByPrep(st *sent, s int) (string, bool) {
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		p := st.toks[k]
		if preps[p.low] {
			if subordin[p.low] && (k == 0 || st.toks[k-1].clause != p.clause) {
				return "", false
			}
			return p.low, true
		}
		if determiners[p.low] || isNumberTok(p.low) || actorMods[p.low] || p.low == "the" || adjBeforeNoun[p.low] || directionWords[p.low] || compassAdj[p.low] {
			continue
		}
		if p.arg >= 0 && st.args[p.arg].norp {
			continue
		}
		break
	}
	return "", false
}

// subjectArgs finds the subject of a verb trigger at ti: argument indices.
func subjectArgs(st *sent, ti int) []int { return subjectArgsSp(st, ti, true) }

// subjectArgsSp is subjectArgs; speaker false keeps the reporting speaker out (passives: the
// speaker is never the victim).
func subjectArgsSp(st *sent, ti int, speaker bool) []int {
	cl := st.toks[ti].clause
	cs := ti
	for cs > 0 && st.toks[cs-1].clause == cl {
		cs--
	}
	resumed := false
	for k := 0; k < cs; k++ {
		if st.toks[k].clause == cl && st.toks[k].group == st.toks[ti].group {
			cs, resumed = k, true // a main clause resumed after ", which …,"
			break
		}
	}
	if resumed {
		if r := pickSubject(st, cs, ti); len(r) > 0 {
			return r[:1]
		}
	}
	// a report verb inside the clause before the trigger: the subject follows it
	for k := ti - 1; k > cs; k-- {
		if reportVerbs[st.toks[k].lem] && !st.toks[k].rel && st.toks[k].arg < 0 {
			if r := pickSubject(st, k+1, ti); len(r) > 0 || !speaker {
				return r
			}
			return pickSubject(st, cs, k)
		}
	}
	if st.toks[cs].rel && cs > 0 {
		// relative clause: the antecedent right before the pronoun
		k := cs - 1
		for k >= 0 && (st.toks[k].low == ",") {
			k--
		}
		if k >= 0 && st.toks[k].arg >= 0 && st.args[st.toks[k].arg].isActor {
			return []int{st.toks[k].arg}
		}
	}
	if r := pickSubject(st, cs, ti); len(r) > 0 {
		return r
	}
	// "X said (that) …": subordinate clause without subject actor takes the speaker
	if cs > 0 {
		for k := cs - 1; k >= 0 && k >= cs-3; k-- {
			if reportVerbs[st.toks[k].lem] && st.toks[k].arg < 0 {
				return subjectArgs(st, k)
			}
		}
	}
	return nil
}

// placeApposition: place arg a follows ", " after a place that a preposition introduces ("in
// Kikuyu, Kiambu County"): it names where that place is, not who acts.
func placeApposition(st *sent, a arg) bool {
	if a.place == nil || a.s < 2 || st.toks[a.s-1].low != "," {
		return false
	}
	h := st.toks[a.s-2].arg
	if h < 0 || st.args[h].place == nil {
		return false
	}
	_, ok := precededByPrep(st, st.args[h].s)
	return ok
}

// pickSubject chooses the subject argument(s) between tokens [from, to).
func pickSubject(st *sent, from, to int) []int {
	first := -1
	for ai, a := range st.args {
		if a.s >= a.e || a.s < from || a.e > to {
			continue
		}
		if !a.isActor && a.place == nil {
			continue
		}
		if p, ok := precededByPrep(st, a.s); ok && (p != "of" || a.place != nil && !a.isActor) {
			continue // "in the town of Kutum" is no subject
		}
		if placeApposition(st, a) {
			continue // "In Kikuyu, Kiambu County, a crowd set ablaze …": the town's county
		}
		if a.norp && a.e < len(st.toks) && (st.toks[a.e].arg >= 0 || st.toks[a.e].low == "-") {
			continue // modifier of the next name
		}
		if a.s > 0 && st.toks[a.s-1].low == "(" {
			continue // "(Reuters)"
		}
		if first < 0 || a.s < st.args[first].s {
			first = ai
		}
	}
	if first < 0 {
		return nil
	}
	// "Colombia's National Liberation Army released …": the named organisation after the possessive
	if fa := st.args[first]; fa.e+1 < to && (st.toks[fa.e].low == "'s" || st.toks[fa.e].low == "’s") {
		if ai := st.toks[fa.e+1].arg; ai >= 0 && ai != first && st.args[ai].isActor && !st.args[ai].generic && !st.args[ai].norp && st.args[ai].e <= to && isCap(st.toks[fa.e+1].text) {
			first = ai
		}
	}
	// "leaders of several Iraqi factions", "commander of Iran's Quds Force": the group named
	if fa := st.args[first]; fa.generic && fa.actor.Country == "" && fa.actor.Actor == "" && fa.e+1 < to && (st.toks[fa.e].low == "of" || st.toks[fa.e].low == "for") {
		for k := fa.e + 1; k < to && k <= fa.e+4; k++ {
			ai := st.toks[k].arg
			if ai < 0 {
				if determiners[st.toks[k].low] || actorMods[st.toks[k].low] || st.toks[k].low == "'s" || st.toks[k].low == "’s" {
					continue
				}
				break
			}
			a := st.args[ai]
			if a.place != nil && !a.isActor && a.e < to && (st.toks[a.e].low == "'s" || st.toks[a.e].low == "’s") {
				k = a.e // "Iran's Quds Force": the organisation after the possessive
				continue
			}
			if a.isActor && !a.norp || a.place != nil && a.place.Geo.Feature == "country" {
				return append([]int{ai}, coordinated(st, ai, to)...) // "the ministers of Turkey and Greece"
			}
			break
		}
	}
	// apposition next to the verb: "a senior adviser to …, Amos Hochstein, met"
	if st.args[first].generic || st.args[first].norp {
		k := to - 1
		for k > st.args[first].e && (st.toks[k].low == "," || strings.HasSuffix(st.toks[k].low, "ly")) {
			k--
		}
		if k > st.args[first].e && st.toks[k].arg >= 0 {
			ap := st.toks[k].arg
			a := st.args[ap]
			if a.s > 0 && st.toks[a.s-1].low == "," && !a.generic && a.isActor {
				return []int{ap}
			}
		}
	}
	out := []int{first}
	return append(out, coordinated(st, first, to)...)
}

// coordinated returns arguments joined to arg ai by "and" / "," before token limit.
func coordinated(st *sent, ai, limit int) []int {
	var out []int
	k := appositiveName(st, ai, limit)
	for k < limit {
		if k+1 < limit && (st.toks[k].low == "and" || st.toks[k].low == "," && st.toks[k+1].low == "and") {
			k++
			if st.toks[k].low == "and" {
				k++
			}
			for k < limit && (determiners[st.toks[k].low] || st.toks[k].low == "the") {
				k++
			}
			// "and his Azerbaijani counterpart Jeyhun Bayramov": the counterpart named
			if k > 0 && possPronouns[st.toks[k-1].low] || k+1 < limit && possPronouns[st.toks[k].low] {
				country, q := "", k
				if possPronouns[st.toks[q].low] {
					q++
				}
				if na := st.toks[q].arg; na >= 0 && st.args[na].norp && st.args[na].e < limit {
					country, q = st.args[na].actor.Country, st.args[na].e
				}
				if q+1 < limit && q < len(st.toks) && (st.toks[q].low == "counterpart" || st.toks[q].low == "counterparts") {
					if na := st.toks[q+1].arg; na >= 0 && st.args[na].isActor && !st.args[na].coref {
						if st.args[na].actor.Country == "" && country != "" {
							st.args[na].actor.Country = country
						}
						out = append(out, na)
						k = appositiveName(st, na, limit)
						continue
					}
				}
			}
			if k < limit && st.toks[k].arg >= 0 && (st.args[st.toks[k].arg].isActor || st.args[st.toks[k].arg].place != nil) {
				ai = st.toks[k].arg
				out = append(out, ai)
				k = appositiveName(st, ai, limit)
				continue
			}
		}
		break
	}
	return out
}

var possPronouns = set("his her its their")

// appositiveName: the end of arg ai, past a person named right after it when ai is a title
// ("Armenian Foreign Minister Ararat Mirzoyan and …": one party, not two).
func appositiveName(st *sent, ai, limit int) int {
	k := st.args[ai].e
	a := st.args[ai]
	if k < limit && a.isActor && !a.norp && st.toks[k].arg >= 0 && st.toks[k].arg != ai {
		n := st.args[st.toks[k].arg]
		if n.isActor && !n.generic && !n.norp && n.s == k && n.e <= limit && isCap(st.toks[k].text) {
			return n.e
		}
	}
	return k
}

// targetMarkers are prepositions that introduce what an act is aimed at.
var targetMarkers = set("at on against into targeting toward towards upon")

// objectArgs finds direct-object and target-phrase arguments after token tj, within the clause.
// It returns actor args and the markers used.
func objectArgs(st *sent, c *cand, tj int, allowDirect bool, markers map[string]bool) []int {
	cl := st.toks[c.ti].clause
	var out []int
	add := func(ai int) {
		for _, x := range out {
			if x == ai {
				return
			}
		}
		out = append(out, ai)
	}
	region := func(k int) {
		// object NP from token k: first arg, apposition-aware
		lim := k
		for lim < len(st.toks) && lim < k+12 && st.toks[lim].clause == cl {
			l := st.toks[lim].low
			if lim > k && (preps[l] && l != "of" || l == "to" || l == "and" && lim > k+1 && st.toks[lim-1].arg < 0) {
				break
			}
			lim++
		}
		var args []int
		for q := k; q < lim; q++ {
			if ai := st.toks[q].arg; ai >= 0 && (len(args) == 0 || args[len(args)-1] != ai) {
				if st.args[ai].s < st.args[ai].e {
					args = append(args, ai)
				}
			}
		}
		if len(args) == 0 {
			return
		}
		// weapons launched are not targets ("launched 35 drones")
		var keep []int
		for _, ai := range args {
			a := st.args[ai]
			if _, w := weaponClass[st.toks[a.e-1].lem]; w && st.toks[a.e-1].lem != "gunman" && (!st.args[ai].isActor || a.generic) {
				// ("killed by gunmen": gunmen are people, the weapon word only hints at firearms)
				continue
			}
			keep = append(keep, ai)
		}
		args = keep
		if len(args) == 0 {
			return
		}
		pick := args[0]
		// "X's envoy, NAME," / "GENERIC, NAME,": the apposition names the target
		for n := 1; n < len(args); n++ {
			a := st.args[args[n]]
			if a.s > 0 && st.toks[a.s-1].low == "," && !a.generic && a.isActor && !(a.e < len(st.toks) && reportVerbs[st.toks[a.e].lem]) {
				pick = args[n]
			}
		}
		if len(args) > 1 && pick == args[0] {
			a0 := st.args[args[0]]
			if a0.norp || a0.e < len(st.toks) && (st.toks[a0.e].low == "'s" || st.toks[a0.e].low == "’s") {
				pick = args[1] // "Macron's envoy Le Drian": the possessor is not the target
			}
		}
		add(pick)
		for _, x := range coordinated(st, pick, len(st.toks)) {
			add(x)
		}
	}
	if allowDirect {
		k := tj
		if c.typ == "REQUEST" && k+1 < len(st.toks) && st.toks[k].low == "that" {
			k++ // "demanded that Kabul hand over …"
			if ai := st.toks[k].arg; ai >= 0 {
				return append(out, ai)
			}
		}
		for k < len(st.toks) && k < tj+6 && st.toks[k].clause == cl {
			l := st.toks[k].low
			if st.toks[k].arg >= 0 {
				region(k)
				break
			}
			if determiners[l] || isNumberTok(l) || approxWords[l] || adjBeforeNoun[l] || actorMods[l] || relationAdj[l] || l == "one" || l == "of" || quoteTok(l) || l == "all" || hyphenModifier(st.toks[k]) {
				// ("warned all non-Papuan workers to leave")
				k++
				continue
			}
			break
		}
	}
	for k := tj; k < len(st.toks) && st.toks[k].clause == cl; k++ {
		if markers[st.toks[k].low] && k+1 < len(st.toks) && !inTimex(st, st.toks[k+1].start) {
			if _, wd := weekdays[st.toks[k+1].low]; wd {
				continue // "on Wednesday"
			}
			region(k + 1)
		}
	}
	return out
}

// actorOf converts an argument to an output actor.
func actorOf(st *sent, ai int, text string) model.Actor {
	a := st.args[ai]
	act := a.actor
	if act.Text == "" {
		act.Text = text[st.toks[a.s].start:st.toks[a.e-1].end]
	}
	if act.Kind == "" {
		act.Kind = a.kind
	}
	if act.Affiliations == nil {
		act.Affiliations = []string{}
	}
	return act
}
