package events

import (
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Discourse rules of news English that decide whether two mentions are one event, and which
// mentions are no event of their own. Cases in discourse_test.go.

// newEventCues open a sentence that reports another event than the ones before it: "Later on
// Monday, …", "Meanwhile, …", "Separately, …", "In another attack, …".
var newEventCues = set("later earlier meanwhile separately elsewhere")

// opensNewEvent: the sentence starts with a cue that it tells a different event.
func opensNewEvent(st *sent) bool {
	if len(st.toks) < 3 {
		return false
	}
	t0 := st.toks[0].low
	if newEventCues[t0] {
		return true
	}
	// "Hours later, …", "Two days earlier, …", "A day later, …" (the same phrase with an event
	// noun, "A day after the attack", is handled by the date rules)
	if (st.toks[1].low == "later" || st.toks[1].low == "earlier") && (st.toks[0].low == "hours" || st.toks[0].low == "minutes" || st.toks[0].low == "moments" || st.toks[0].low == "days" || st.toks[0].low == "weeks") {
		return true
	}
	if t0 == "in" && (st.toks[1].low == "another" || st.toks[1].low == "a" && (st.toks[2].low == "separate" || st.toks[2].low == "second" || st.toks[2].low == "follow-up" || st.toks[2].low == "subsequent" || st.toks[2].low == "retaliatory")) {
		// ("In a follow-up operation launched on Wednesday, security forces killed nine")
		return true
	}
	return false
}

// definiteBefore returns the index of the definite determiner ("the", "this", "that", "those",
// "these") that opens the noun phrase of a nominal trigger at ti, skipping up to three
// modifiers ("the Bajaur blast", "the missile launch", "that deadly raid"); -1 when the noun
// phrase is not definite.
func definiteBefore(st *sent, ti int) int {
	for k := ti - 1; k >= 0 && k >= ti-4; k-- {
		t := &st.toks[k]
		switch t.low {
		case "the", "this", "that", "those", "these":
			return k
		case ",", ".", ";", ":", "and", "or", "a", "an":
			return -1
		}
		if preps[t.low] || t.lem == "be" {
			return -1
		}
	}
	return -1
}

// reactionVerbs take an event already told as their object: "condemned the attack",
// "investigate the blast", "claimed the bombing".
var reactionVerbs = set("condemn denounce deplore investigate probe claim blame describe praise welcome mourn criticise criticize decry hail justify defend deny")

// reactionObject: a definite nominal trigger that is the object of a reaction verb
// ("condemned the Bajaur blast", "ordered an inquiry to investigate the attack"). It names an
// event the text has told (or will tell), never a new one, and the reacting subject is not its
// agent.
func reactionObject(c *cand) bool {
	st := c.s
	d := definiteBefore(st, c.ti)
	if d < 1 || !c.noun && (st.toks[d].low == "that" || strings.HasSuffix(st.toks[c.ti].low, "ed")) {
		return false
	}
	v := &st.toks[d-1]
	return reactionVerbs[v.lem] || reactionVerbs[v.low]
}

// inDefiniteEvent: a definite nominal trigger after "in", "during" or "from" ("were killed
// in the strikes on Hodeidah", "wounded in the exchange of fire") points back at the event the
// text is telling.
func inDefiniteEvent(c *cand) bool {
	if !c.noun {
		return false
	}
	st := c.s
	d := definiteBefore(st, c.ti)
	if d < 1 || st.toks[d].low == "those" || st.toks[d].low == "these" {
		return false
	}
	switch st.toks[d-1].low {
	case "in", "during", "from":
		return true
	}
	return false
}

// nonEventHeads are nouns that a trigger noun only modifies: "air raid sirens", "rescue
// group", "attack helicopters", "protest leaders". The phrase names a thing, not an event.
var nonEventHeads = set("siren shelter group team worker crew service official leader organiser organizer helicopter drone warning alert site victim survivor suspect squad unit vehicle boat plane aircraft jet dog committee organisation organization movement rifle rifles weapon weapons course charge charges pad pads")

// modifierTrigger: a nominal trigger followed by the noun it modifies.
func modifierTrigger(c *cand) bool {
	st := c.s
	if c.tj >= len(st.toks) || c.tj == 0 {
		return false
	}
	last := &st.toks[c.tj-1]
	if !c.noun && (strings.HasSuffix(last.low, "ed") || strings.HasSuffix(last.low, "ing") || strings.HasSuffix(last.low, "s")) {
		return false // "gunmen attacked aid workers", "targeting rescue teams"
	}
	if !c.noun && c.tj-c.ti < 2 && (c.ti == 0 || st.toks[c.ti-1].arg >= 0 || st.toks[c.ti-1].low == "to" || modalsHyp[st.toks[c.ti-1].low] || modalsFut[st.toks[c.ti-1].low]) {
		return false // "Drones attack vehicle", "vowed to attack convoys"
	}
	n := &st.toks[c.tj]
	if n.arg >= 0 && !st.args[n.arg].generic {
		return false
	}
	return nonEventHeads[n.lem] || nonEventHeads[n.low]
}

// fateIdiom: "could meet the same fate", "met a similar end": no meeting.
func fateIdiom(st *sent, c *cand) bool {
	if st.toks[c.ti].lem != "meet" {
		return false
	}
	for k := c.tj; k < len(st.toks) && k < c.tj+4; k++ {
		switch st.toks[k].lem {
		case "fate", "end", "death", "demise":
			return true
		}
	}
	return false
}

// reportSpeaker: the subject of the reporting verb that introduces the clause of token ti
// ("Katz said the group would pay …"), or -1.
func reportSpeaker(st *sent, ti int) []int {
	for k := ti - 1; k >= 0; k-- {
		if reportVerbs[st.toks[k].lem] && st.toks[k].arg < 0 {
			return pickSubject(st, clauseStart(st, k), k)
		}
	}
	// postposed: "…, Katz said."
	for k := ti + 1; k < len(st.toks); k++ {
		if reportVerbs[st.toks[k].lem] && k > 0 && (st.toks[k-1].arg >= 0) {
			a := st.args[st.toks[k-1].arg]
			b := a.s - 1
			if b > 0 && st.toks[b].low == "the" {
				b-- // ", the Attorney General's Office said"
			}
			if a.isActor && b >= 0 && st.toks[b].low == "," {
				return []int{st.toks[k-1].arg}
			}
		}
	}
	return nil
}

// payPriceRoles: in "X would pay a heavy price" the threatened party is X; the threat is the
// speaker's ("Katz said the group would pay a heavy price").
func (x *extractor) payPriceRoles(st *sent, c *cand) {
	if c.typ != "THREATEN" || st.toks[c.ti].lem != "pay" {
		return
	}
	subj := subjectArgsSp(st, c.ti, false)
	sp := reportSpeaker(st, c.ti)
	if len(subj) > 0 {
		c.targets = x.actors(st, subj)
	}
	if len(sp) > 0 {
		c.sources = x.actors(st, sp)
	} else if len(subj) > 0 {
		c.sources = nil
	}
}

// vowedAttack: "India will hunt down every terrorist and their backers": an attack its
// named maker says they will carry out is a vow, a threat (PLOVER THREATEN), not an attack.
func vowedAttack(st *sent, c *cand) bool {
	if c.typ != "ASSAULT" || c.noun || c.modality != "future" || len(c.sources) == 0 {
		return false
	}
	for k := c.ti - 1; k >= 0 && k >= c.ti-3; k-- {
		if l := st.toks[k].low; l == "will" || l == "'ll" || l == "shall" {
			return true
		}
	}
	return false
}

// announcedDeployment: "said the state would send 300 more officers to the area": a
// deployment announced for later has not happened; the deployment is coded when it is made.
func announcedDeployment(st *sent, c *cand) bool {
	if c.typ != "MOBILIZE" || c.modality != "future" && c.modality != "hypothetical" {
		return false
	}
	for k := c.ti - 1; k >= 0 && k >= c.ti-3; k-- {
		if l := st.toks[k].low; l == "would" || l == "will" || l == "'ll" || l == "'d" {
			return true
		}
	}
	return false
}

// conditionalAction: "CONAIE said it would call a new national strike if the state of
// emergency was not lifted", "the group will attack … unless …": an action announced on a
// condition is a threat (THREATEN, asserted), made by its announcer.
func (x *extractor) conditionalAction(st *sent, cs []*cand) {
	for _, c := range cs {
		if c.dropped || c.typ != "PROTEST" && c.typ != "ASSAULT" || c.modality != "hypothetical" && c.modality != "future" {
			continue
		}
		modal := false
		for k := c.ti - 1; k >= 0 && k >= c.ti-5; k-- {
			if l := st.toks[k].low; l == "would" || l == "will" || l == "'d" {
				modal = true
				break
			}
		}
		if !modal {
			continue
		}
		cond := false
		for k := c.tj; k < len(st.toks) && k <= c.tj+8; k++ {
			if l := st.toks[k].low; l == "if" || l == "unless" {
				cond = true
				break
			}
			if st.toks[k].low == "." || st.toks[k].low == ";" {
				break
			}
		}
		if !cond && !vowedAttack(st, c) {
			continue
		}
		mode := ""
		if c.typ == "ASSAULT" {
			mode = "violence"
		}
		c.typ, c.mode, c.modality, c.acled = "THREATEN", mode, "asserted", ""
		for k := c.ti - 1; k > 0; k-- {
			if reportVerbs[st.toks[k].lem] && st.toks[k].arg < 0 {
				// the announcer threatens: the sentence's subject before the reporting verb
				// ("CONAIE, the country's largest Indigenous organisation, said it would …")
				if sp := pickSubject(st, 0, k); len(sp) > 0 {
					if as := x.actors(st, sp[:1]); len(as) > 0 {
						c.sources = as
					}
				}
				break
			}
		}
	}
}

// futureAttacksToThreat: "said the group would keep up its attacks and warned shipping
// companies …": an announced attack beside a warning by the same side is part of the threat.
func futureAttacksToThreat(cs []*cand) {
	for _, th := range cs {
		if th.typ != "THREATEN" || th.dropped {
			continue
		}
		for _, c := range cs {
			if c == th || c.dropped || c.typ != "ASSAULT" || c.ti > th.ti || c.modality != "hypothetical" && c.modality != "future" {
				continue // (an attack after the warning is its complement: absorbThreats)
			}
			if len(c.sources) > 0 && len(th.sources) > 0 && !sameActors(c.sources, th.sources) {
				continue
			}
			c.dropped = true
			th.mode = "violence"
			if len(th.targets) == 0 {
				th.targets = c.targets
			}
			if th.place == nil {
				th.place = c.place
			}
		}
	}
}

// hyphenModifier: a lower-case compound modifier ("full-scale", "long-range", "Iran-backed"
// is capitalised and handled as a name).
func hyphenModifier(t tok) bool {
	i := strings.IndexByte(t.low, '-')
	return i > 0 && i < len(t.low)-1 && t.text != "" && t.text[0] >= 'a' && t.text[0] <= 'z'
}

// weaponAgent: "a guided bomb dropped by a Russian warplane hit a village", "a missile fired
// by the rebels struck …": the agent of the reduced passive before the trigger is the
// attacker when the clause names none.
func (x *extractor) weaponAgent(st *sent, c *cand) {
	if c.typ != "ASSAULT" || len(c.sources) > 0 || c.noun || c.passive {
		return
	}
	for k := clauseStart(st, c.ti); k+2 < c.ti; k++ {
		switch st.toks[k].lem {
		case "drop", "fire", "launch", "fly", "operate", "pilot", "plant", "carry", "send":
		default:
			continue
		}
		if st.toks[k+1].low != "by" {
			continue
		}
		for j := k + 2; j < c.ti && j <= k+5; j++ {
			if ai := st.toks[j].arg; ai >= 0 && st.args[ai].isActor {
				c.sources = x.actors(st, []int{ai})
				return
			}
		}
	}
}

// materialTypes are acts that happen on a day (as opposed to statements).
var materialTypes = set("ASSAULT PROTEST COERCE AID RETREAT MOBILIZE")

// continuationDate: a narrative sentence with no date of its own continues the day of the
// event told in the sentence just before it ("Russia launched 300 drones overnight … . Ukraine's
// air force said it shot down 281 of them."). Only asserted material acts, and only when that
// sentence's event is itself a dated, asserted, current act.
func continuationDate(x *extractor, all []*cand, c *cand) {
	st := c.s
	also := false
	for k := c.ti - 1; k >= 0 && k >= c.ti-2; k-- {
		also = also || st.toks[k].low == "also"
	}
	if !materialTypes[c.typ] && !(c.typ == "CONSULT" && !c.noun) && !(also && c.typ == "SANCTION") || c.modality != "asserted" || ownTimex(x, st) || st.headline || st.idx == 0 {
		return
	}
	if c.ti > 0 && (st.toks[c.ti-1].lem == "have" || st.toks[c.ti-1].low == "been" && !(c.ti > 1 && st.toks[c.ti-2].low == "had")) {
		return // "have carried out attacks": no single day
	}
	if c.noun && definiteBefore(st, c.ti) >= 0 {
		// "The army confirmed the attack": a mention of an event, dated by it; when the
		// sentence before tells that event without a trigger of ours ("Late on Tuesday,
		// security forces engaged militants … . Two were killed in the gunfight"), its day
		if c.typ == "ASSAULT" && !hasCandIn(all, st.idx-1) {
			if v, txt, ok := leadDayOf(x, st.idx-1); ok {
				c.date, c.dateSet = model.Date{Value: v, Precision: "day", Text: txt}, true
			}
		}
		return
	}
	// the first event of the sentence before (its main clause), not one it dates relative to
	// another ("in response to a strike a day earlier")
	prev := st.idx - 1
	if !hasCandIn(all, prev) && !c.noun && !captionLine(x.text, st) {
		// a paragraph with no act of ours in between ("… fired tear gas … late on Sunday. An
		// estimated 95,000 people had gathered at midday … . But in the evening several
		// thousand people marched …"): the last sentence that told one, when no date intervenes
		prev = x.lastToldBefore(all, st.idx)
	}
	for _, p := range all {
		if p.s.idx != prev {
			continue
		}
		l := strings.ToLower(p.date.Text)
		if strings.Contains(l, "earlier") || strings.Contains(l, "before") || strings.Contains(l, "after") {
			continue
		}
		if p.dateSet && p.date.Precision == "day" && p.modality == "asserted" && !p.background && (materialTypes[p.typ] || also || c.typ == "CONSULT" && (p.typ == "SUPPORT" || p.typ == "CONSULT")) {
			// ("On Wednesday, X rejected … . X also closed its airspace …": the same day)
			// (a meeting after a signing told the day before: "signed a protocol on Wednesday
			// … . The ministers held five hours of talks")
			c.date = model.Date{Value: p.date.Value, Precision: "day", Text: ""}
			c.dateSet = true
			continuationPlace(p, c)
		}
		break
	}
	if !c.dateSet {
		arrestContinuation(x, all, c)
	}
}

// lastToldBefore returns the index of the last sentence before idx (at most episodeReach back)
// holding a candidate, when no sentence in between names a date; -1 otherwise.
func (x *extractor) lastToldBefore(all []*cand, idx int) int {
	best := -1
	for _, p := range all {
		if p.s.idx < idx && p.s.idx >= idx-episodeReach && p.s.idx > best && !p.s.headline && !captionLine(x.text, p.s) {
			best = p.s.idx
		}
	}
	if best < 0 {
		return -1
	}
	day := ""
	for _, p := range all {
		if p.s.idx == best && p.dateSet && p.date.Precision == "day" {
			day = p.date.Value
			break
		}
	}
	if day == "" {
		return -1
	}
	for _, s := range x.sents {
		if s.idx <= best || s.idx >= idx {
			continue
		}
		if s.headline {
			return -1
		}
		for _, tx := range s.timexes {
			// another recent day told in between moves the story on; a time of that day
			// ("at midday") or a date long past ("the canopy fell on 1 November 2024") does not
			if len(tx.Value) >= 10 && tx.Value[:10] != day && tx.Value[:10] > addDays(day, -30) {
				return -1
			}
		}
	}
	return best
}

// hasCandIn: some candidate was found in sentence idx.
func hasCandIn(all []*cand, idx int) bool {
	for _, p := range all {
		if p.s.idx == idx {
			return true
		}
	}
	return false
}

// leadDayOf: the day timex that opens sentence idx ("Late on Tuesday, …"), not a report date.
func leadDayOf(x *extractor, idx int) (string, string, bool) {
	if idx < 0 || idx >= len(x.sents) {
		return "", "", false
	}
	s := x.sents[idx]
	if s.idx != idx || s.headline {
		for _, o := range x.sents {
			if o.idx == idx {
				s = o
			}
		}
		if s.idx != idx || s.headline {
			return "", "", false
		}
	}
	for _, tx := range s.timexes {
		if tx.Value == "" || tx.Precision != "day" || isRelPhrase(s, tx) {
			continue
		}
		ti, _ := tokRange(s.toks, tx.Start, tx.End)
		if ti < 0 || ti > 3 || reportDate(s, ti) {
			continue
		}
		return tx.Value, tx.Text, true
	}
	return "", "", false
}

// arrestContinuation: an undated arrest told after the main event, with no date or new-event
// cue in between ("Police in Nairobi fired tear gas on Wednesday … . A man was shot dead … .
// Police said 47 people had been arrested."), was made on the main event's day: the arrests
// follow the unrest they end. Looks back up to eight sentences to the nearest one with a date.
func arrestContinuation(x *extractor, all []*cand, c *cand) {
	st := c.s
	if c.typ != "COERCE" || opensNewEvent(st) {
		return
	}
	switch st.toks[c.ti].lem {
	case "arrest", "detain", "apprehend":
	default:
		return
	}
	for k := st.idx - 1; k >= 0 && k >= st.idx-8; k-- {
		s := x.sents[k]
		if s.headline {
			return
		}
		if !ownTimex(x, s) {
			if opensNewEvent(s) {
				return
			}
			continue
		}
		for _, p := range all {
			if p.s.idx != k {
				continue
			}
			l := strings.ToLower(p.date.Text)
			if strings.Contains(l, "earlier") || strings.Contains(l, "before") || strings.Contains(l, "after") {
				return
			}
			if p.dateSet && p.date.Precision == "day" && p.modality == "asserted" && !p.background && (p.typ == "ASSAULT" || p.typ == "PROTEST") {
				c.date = model.Date{Value: p.date.Value, Precision: "day", Text: ""}
				c.dateSet = true
				continuationPlace(p, c)
			}
			return
		}
		return
	}
}

// ownTimex: the sentence has a date that can date an act ("since 2024", "who has mediated
// since 2024", does not).
func ownTimex(x *extractor, st *sent) bool {
	for _, tx := range st.timexes {
		b := strings.TrimRight(x.text[max(0, tx.Start-7):tx.Start], " ")
		if !strings.HasSuffix(strings.ToLower(b), "since") {
			return true
		}
	}
	return false
}

// continuationPlace: the continued act happens where the event it continues did when its own
// sentence names no place ("Some 6,000 protesters marched through Quito … . Police fired tear
// gas to stop the march."): a named town of the same country replaces a country fallback.
func continuationPlace(p, c *cand) {
	if p.place == nil || p.place.Geo.Country == "" || p.place.Geo.Feature == "country" {
		return
	}
	if c.place != nil && (!c.placeFallback || c.place.Geo.Country != p.place.Geo.Country || c.place.Geo.Feature != "country") {
		return
	}
	q := *p.place
	c.place, c.placeFallback = &q, true
}

// nounSubjectOf: p is a nominal ASSAULT trigger and c a consequence verb (killed, wounded)
// with no subject of its own, p the last candidate before c and no finite verb between them.
func nounSubjectOf(p, c *cand, out []*cand) bool {
	if p.typ != "ASSAULT" || c.typ != "ASSAULT" || !c.conseqOnly || c.noun || c.passive || len(c.sources) > 0 || p.ti >= c.ti || p.modality != c.modality {
		return false
	}
	for _, o := range out {
		if o != p && o.ti > p.ti && o.ti < c.ti {
			return false
		}
	}
	st := p.s
	if !p.noun {
		// "soldiers clashed with armed men in X, about 100 km (60 miles) to the north,
		// killing six": a participle after a comma is the toll of the verb before it
		return participleAfterComma(c) && !p.conseqOnly
	}
	for k := p.tj; k < c.ti; k++ {
		t := &st.toks[k]
		if t.low == ";" || t.low == "." || t.lem == "be" || t.lem == "have" || reportVerbs[t.lem] || t.low == "who" || t.low == "which" || t.low == "that" || t.low == "and" && k+1 < c.ti && st.toks[k+1].arg >= 0 {
			return false
		}
	}
	return true
}

var stateKinds = set("MIL COP GOV SPY")
var nonStateKinds = set("REB UAF")

// sideOf: "state" when every actor with a kind is a state force, "nonstate" when every one is
// an armed group, "" otherwise.
func sideOf(as []model.Actor) string {
	side := ""
	for _, a := range as {
		if weaponActor(a) {
			continue // "the drones" are no side
		}
		k := ""
		switch {
		case stateKinds[a.Kind]:
			k = "state"
		case nonStateKinds[a.Kind]:
			k = "nonstate"
		default:
			continue
		}
		if side != "" && side != k {
			return ""
		}
		side = k
	}
	return side
}

// opposedSides: one list is all state forces, the other all armed groups ("soldiers clashed
// with armed men" after "cartel gunmen ambushed a police convoy").
func opposedSides(a, b []model.Actor) bool {
	sa, sb := sideOf(a), sideOf(b)
	return sa != "" && sb != "" && sa != sb
}

// dropSameSentenceTwins: two verbal events of one type, date and modality in one sentence
// with the same (or no) source are one act told twice ("are due to discuss sanctions when
// they meet next week": one future meeting).
func dropSameSentenceTwins(cs []*cand) []*cand {
	out := cs[:0]
	for _, c := range cs {
		twin := false
		for _, p := range out {
			if p.s == c.s && p.typ == c.typ && verbalTypes[c.typ] && p.modality == c.modality && p.date.Value == c.date.Value && p.dateSet && c.dateSet &&
				(len(c.sources) == 0 || len(p.sources) == 0 || sameActors(p.sources, c.sources)) ||
				p.s == c.s && p.typ == "COERCE" && c.typ == "COERCE" && p.e == raidEntry && p.modality == c.modality && p.date.Value == c.date.Value && sameActors(p.sources, c.sources) ||
				frameNoun(p, c) || protestTwin(p, c) {
				// (a quiet raid and the arrests it made: one operation)
				if p.typ == "PROTEST" && c.typ == "PROTEST" && protestSeverity[c.acled] > protestSeverity[p.acled] {
					p.acled, p.mode = c.acled, c.mode
				}
				p.absorb(c, true)
				twin = true
				break
			}
		}
		if !twin {
			out = append(out, c)
		}
	}
	return out
}

// yearPeriod: the sentence counts over a span of a year or part of one ("this year", "last
// year", "in the first half of the year"), not over a named month.
func yearPeriod(st *sent) bool {
	for _, tx := range st.timexes {
		l := strings.ToLower(tx.Text)
		if strings.Contains(l, "half") || strings.Contains(l, "quarter") || tx.Relative && strings.Contains(l, "year") ||
			strings.Contains(l, "this year") || strings.Contains(l, "last year") {
			return true
		}
	}
	return false
}

// superlativeApposition: ", the latest mass kidnapping in a region …", ", the deadliest attack
// on the city this year": a noun phrase in apposition that ranks the event the sentence has
// just told, not a second event. Returns true when c is such a noun and an earlier candidate
// of its type in the sentence is the event it describes.
func superlativeApposition(c *cand, cs []*cand) bool {
	if !c.noun {
		return false
	}
	st := c.s
	k := c.ti - 1
	for k >= 0 && c.ti-k <= 3 && !rankWords[st.toks[k].low] {
		k--
	}
	if k < 1 || !rankWords[st.toks[k].low] {
		return false
	}
	if st.toks[k-1].low == "most" && k >= 2 {
		k--
	}
	if st.toks[k-1].low != "the" || k < 2 || st.toks[k-2].low != "," && st.toks[k-2].low != "—" && st.toks[k-2].low != "-" {
		return false
	}
	for _, p := range cs {
		if p != c && !p.dropped && p.ti < c.ti && p.typ == c.typ {
			return true
		}
	}
	return false
}

var rankWords = set("latest deadliest worst biggest largest heaviest recent first second third fourth fifth")

// weaponNouns name weapons and aircraft that the actor stage may type as forces.
var weaponNouns = set("drone drones missile missiles rocket rockets jet jets warplane warplanes aircraft helicopter helicopters plane planes bomb bombs shell shells")

// weaponActor: an actor that is only a weapon ("the drones", "a Russian jet" is a force of a
// named country and keeps its country).
func weaponActor(a model.Actor) bool {
	f := strings.Fields(strings.ToLower(a.Text))
	if len(f) == 0 || !weaponNouns[f[len(f)-1]] || a.Country != "" || a.Actor != "" {
		return false
	}
	for _, w := range f[:len(f)-1] {
		switch w {
		case "military", "army", "government", "state", "police", "air", "navy", "naval":
			return false // "military jets" are the state's forces
		}
	}
	return true
}

// arrestSpeaker: an agentless passive arrest reported by the state ("Police spokesperson X
// said 47 people had been arrested") was made by the speaker's side.
func (x *extractor) arrestSpeaker(st *sent, c *cand) {
	sp := reportSpeaker(st, c.ti)
	if len(sp) == 0 {
		return
	}
	as := x.actors(st, sp)
	for _, a := range as {
		if a.Kind == "COP" || a.Kind == "MIL" || a.Kind == "GOV" || strings.Contains(strings.ToLower(a.Text), "police") {
			c.sources = as
			x.stateSpeaker(c)
			return
		}
	}
	// "The Interior Ministry said 19 people were arrested": a state body named without its
	// country is the state of the place
	for _, a := range as {
		if a.Kind == "" && a.Actor == "" && stateBodyKind(a.Text) != "" {
			c.sources = []model.Actor{a}
			x.stateSpeaker(c)
			return
		}
	}
}

// stateSpeaker gives an unresolved state body that reported an arrest ("the National Police
// Service", "the Interior Ministry") its kind and, failing a country of its own, the country
// of the arrests' place (the article's country when the place is a fallback).
func (x *extractor) stateSpeaker(c *cand) {
	for i, a := range c.sources {
		if a.Actor != "" {
			continue
		}
		k := stateBodyKind(a.Text)
		if k == "" && strings.Contains(strings.ToLower(a.Text), "police") {
			k = "COP"
		}
		if k == "" {
			continue
		}
		if a.Kind == "" {
			c.sources[i].Kind = k
		}
		if a.Country == "" && c.place != nil && c.place.Geo.Country != "" {
			c.sources[i].Country = c.place.Geo.Country
		}
	}
}

// stateBodyKind: the kind of an unnamed state body by its head noun ("the Interior Ministry",
// "the prosecutor's office", "the national police") or "" when the phrase names none.
func stateBodyKind(text string) string {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return ""
	}
	switch f[len(f)-1] {
	case "ministry", "government", "authorities", "office", "prosecutor", "prosecutors", "presidency", "cabinet":
		if f[len(f)-1] == "office" && !strings.Contains(text, "rosecutor") && !strings.Contains(text, "ttorney") && !strings.Contains(text, "resident") {
			return ""
		}
		return "GOV"
	case "police", "gendarmerie", "constabulary":
		return "COP"
	case "army", "military", "command":
		return "MIL"
	}
	return ""
}

// bodyPartObject: "hit his head against a wall", "struck her face": an injury, not an attack.
func bodyPartObject(st *sent, c *cand) bool {
	if c.noun || c.tj+1 >= len(st.toks) || !possessives[st.toks[c.tj].low] {
		return false
	}
	switch st.toks[c.tj+1].lem {
	case "head", "face", "leg", "arm", "hand", "foot", "knee", "back":
		return true
	}
	return false
}

// subjectOfTotal: "Fighting in North Kivu has killed more than 7,000 people since January":
// a nominal trigger that is the subject of a running total's perfect verb names the conflict,
// not an incident.
func subjectOfTotal(st *sent, c *cand) bool {
	if !c.noun {
		return false
	}
	for k := c.tj; k < len(st.toks) && k < c.tj+8; k++ {
		if st.toks[k].low == "has" || st.toks[k].low == "have" {
			if k+1 < len(st.toks) {
				switch st.toks[k+1].lem {
				case "kill", "claim", "displace", "leave", "wound", "injure":
					return true
				}
			}
			return false
		}
		if st.toks[k].low == "," || st.toks[k].lem == "be" {
			return false
		}
	}
	return false
}

// sincePerfect: "have been fighting since April 2023": an ongoing state, not an incident.
func sincePerfect(st *sent, c *cand) bool {
	if c.ti == 0 || st.toks[c.ti-1].low != "been" {
		return false
	}
	for k := c.tj; k < len(st.toks) && k < c.tj+6; k++ {
		switch st.toks[k].low {
		case "since", "for":
			return true
		case ",", ";", ".", "and", "when", "after":
			return false
		}
	}
	return false
}

// singularVictims counts the coordinated singular person phrases of an object that starts at
// token j: "a senior Hezbollah commander and another man" is 2, "a soldier, a policeman and a
// child" is 3. Returns 0 when the object is not a list of single persons.
func singularVictims(st *sent, j int) int {
	n, open := 0, false
	for k := j; k < len(st.toks) && k < j+16; k++ {
		t := &st.toks[k]
		switch {
		case t.low == "a" || t.low == "an" || t.low == "another":
			if open {
				return 0
			}
			open = true
		case personNouns[t.lem] && !plural(t.low) && t.low != "people" && t.low != "police":
			if open {
				n++
				open = false
			}
		case t.low == "and" || t.low == ",":
			if open {
				return 0
			}
		case open:
			// a modifier inside the phrase ("senior", "Hezbollah", "24-year-old")
		default:
			if n > 0 {
				return n
			}
			return 0
		}
	}
	return n
}

// killConflict: the two tolls contradict, unless one is the single named victim among the
// other's dead ("killed a commander and another man" … "it had killed Ali Hassan Mroueh").
func killConflict(p, c *cand) bool {
	if !conflictCount(p.counts.Killed, c.counts.Killed) {
		return false
	}
	return !(namedOne(p) && *c.counts.Killed > 1 || namedOne(c) && *p.counts.Killed > 1)
}

// namedOne: one killed, and the only target a name.
func namedOne(c *cand) bool {
	return c.counts.Killed != nil && *c.counts.Killed == 1 && len(c.targets) == 1 && isCap(c.targets[0].Text) && !plural(strings.ToLower(c.targets[0].Text))
}

// fightingErupted: "Fighting erupted in Amhara in August 2023 after …", "clashes broke out in
// X": a nominal fight that is the subject of its outbreak, at a named place, in a document
// that names armed or state actors, is an armed clash even without its parties in the sentence.
func (x *extractor) fightingErupted(st *sent, c *cand) bool {
	if !c.noun || c.place == nil || c.placeFallback || c.modality != "asserted" {
		return false
	}
	switch st.toks[c.ti].lem {
	case "fighting", "fight", "clash", "clashes", "battle", "battles", "hostilities", "gunbattle":
	default:
		return false
	}
	k := c.tj
	if k < len(st.toks) && (st.toks[k].low == "again" || st.toks[k].low == "also") {
		k++
	}
	if k >= len(st.toks) {
		return false
	}
	switch st.toks[k].low {
	case "erupted", "broke", "flared", "raged", "resumed", "intensified", "escalated":
		if st.toks[k].low == "broke" && (k+1 >= len(st.toks) || st.toks[k+1].low != "out") {
			return false
		}
	default:
		return false
	}
	for _, m := range x.a.Actors {
		if armedKinds[m.Actor.Kind] && m.Actor.Kind != "GOV" || m.Actor.Kind == "REB" {
			return true
		}
	}
	return false
}

// offDuty: the armed victim was not fighting ("shot dead a village defence volunteer as he was
// buying food at a market", "an off-duty police officer"): a one-sided attack on a person off
// duty is ACLED Violence against civilians (Attack), not an Armed clash.
func offDuty(c *cand) bool {
	st := c.s
	for k := 0; k < len(st.toks); k++ {
		t := st.toks[k].low
		if t == "off-duty" || t == "off" && k+1 < len(st.toks) && st.toks[k+1].low == "duty" {
			return true
		}
	}
	if c.noun {
		return false
	}
	for k := c.tj; k+3 < len(st.toks) && k <= c.tj+8; k++ {
		t := st.toks[k].low
		if t == "." || t == ";" {
			return false
		}
		if t != "as" && t != "while" && t != "when" {
			continue
		}
		p, v, g := st.toks[k+1].low, st.toks[k+2].low, st.toks[k+3].low
		if (p == "he" || p == "she") && (v == "was" || v == "sat" || v == "walked") && strings.HasSuffix(g, "ing") && !dutyVerbs[strings.TrimSuffix(g, "ing")] {
			return true
		}
		return false
	}
	return false
}

// dutyVerbs (stems before -ing): a victim doing these was on duty.
var dutyVerbs = set("patroll patrol guard mann escort search conduct secur respond clear defus sweep fight driv travell")

// clashSides: two accounts of one battle told from opposite sides ("the army said it had
// killed 112 Fano fighters" … "repulsed an attack by Fano fighters on Debre Markos early on
// Monday"): one mention is an Armed clash of state forces against armed fighters, the other an
// assault by those fighters (or on those forces), on the same day at the same place.
func clashSides(p, c *cand) bool {
	if p.typ != "ASSAULT" || c.typ != "ASSAULT" || p.modality != "asserted" || c.modality != "asserted" || p.background || c.background {
		return false
	}
	if !p.dateSet || !c.dateSet || p.date.Precision != "day" || p.date.Value != c.date.Value {
		return false
	}
	if p.place == nil || c.place == nil || p.place.Geo.Country == "" || p.place.Geo.Country != c.place.Geo.Country {
		return false
	}
	if !strings.EqualFold(p.place.Geo.Name, c.place.Geo.Name) && !p.placeFallback && !c.placeFallback &&
		!moreSpecific(p.place, c.place) && !moreSpecific(c.place, p.place) {
		return false
	}
	if killConflict(p, c) {
		return false
	}
	oneSide := func(a, b *cand) bool {
		if a.acled != "clash" || !stateSource(a) || !targetsArmed(a) {
			return false
		}
		switch b.acled {
		case "clash", "attack", "":
		default:
			return false
		}
		return len(b.sources) > 0 && sameActors(b.sources, a.targets) && !stateSource(b) ||
			len(b.targets) > 0 && sameActors(b.targets, a.sources) && !stateSource(b)
	}
	return oneSide(p, c) || oneSide(c, p)
}

// definiteClauseSubject: a definite nominal trigger opening a clause after "that", "and",
// "but", "while" or "as" ("… said that the attack had been planned by handlers in Pakistan",
// "and the bus attack was carried out by …") names the event already told, as a sentence-initial
// "The attack …" does.
func definiteClauseSubject(c *cand) bool {
	if !c.noun {
		return false
	}
	st := c.s
	d := definiteBefore(st, c.ti)
	if d < 1 || st.toks[d].low != "the" {
		return false
	}
	switch st.toks[d-1].low {
	case "that", "and", "but", "while", "as":
		return c.tj < len(st.toks) && (st.toks[c.tj].lem == "be" || st.toks[c.tj].lem == "have" || st.toks[c.tj].low == "was" || st.toks[c.tj].low == "had")
	}
	return false
}

// laterMention: a back reference to an event ("the attack", "in the bus attack") dated a few
// days after the event it names carries the day it was spoken of, not another event's.
func laterMention(p, c *cand) bool {
	if !c.noun || !p.dateSet || !c.dateSet || p.date.Precision != "day" || c.date.Precision != "day" {
		return false
	}
	pd, err1 := time.Parse("2006-01-02", p.date.Value)
	cd, err2 := time.Parse("2006-01-02", c.date.Value)
	if err1 != nil || err2 != nil {
		return false
	}
	days := cd.Sub(pd).Hours() / 24
	return days > 0 && days <= 7
}

// frameNoun: "Bandits killed nine people and abducted 46 others in a night raid on three
// villages": an indefinite assault noun after "in"/"during", with no party of its own, frames
// the act told before it in its sentence; it is that act, not a second one.
func frameNoun(p, c *cand) bool {
	if p.s != c.s || p.typ != "ASSAULT" || c.typ != "ASSAULT" || p.noun || !c.noun || len(c.sources) > 0 || p.modality != c.modality || p.ti > c.ti {
		return false
	}
	st := c.s
	k := c.ti - 1
	for k > 0 && k >= c.ti-3 && st.toks[k].low != "a" && st.toks[k].low != "an" {
		k-- // modifiers: "a night raid", "a coordinated attack"
	}
	if k < 1 || st.toks[k].low != "a" && st.toks[k].low != "an" {
		return false
	}
	switch st.toks[k-1].low {
	case "in", "during":
		return true
	}
	return false
}

// protestTwin: two protest mentions of one sentence ("police clashed with protesters in
// Nairobi during demonstrations", "Protesters threw stones and fired homemade explosives")
// on one day at one place are one protest, coded by its most severe form.
func protestTwin(p, c *cand) bool {
	if p.s != c.s || p.typ != "PROTEST" || c.typ != "PROTEST" || p.modality != c.modality || p.background != c.background || p.splitPlace || c.splitPlace {
		return false
	}
	if p.dateSet && c.dateSet && p.date.Value != c.date.Value {
		return false
	}
	if p.place != nil && c.place != nil && !p.placeFallback && !c.placeFallback && !strings.EqualFold(p.place.Geo.Name, c.place.Geo.Name) {
		return false
	}
	return len(p.sources) == 0 || len(c.sources) == 0 || sameActors(p.sources, c.sources) || protesterSide(p.sources) == protesterSide(c.sources)
}

// protestSeverity orders the ACLED protest forms a merged protest keeps.
var protestSeverity = map[string]int{"peaceful": 1, "riot": 2, "mob": 2, "interv": 3, "excessive": 4}
