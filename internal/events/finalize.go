package events

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// finalize decides mode and ACLED class, drops empty or non-political candidates and scores.
func (x *extractor) finalize(c *cand) {
	st := c.s
	c.sources = dropVictimWords(c.sources)
	if len(c.sources) == 0 && !c.noun && !c.passive {
		if src := x.frontedParticipleSubject(st, c); len(src) > 0 {
			c.sources = src // "Having captured Tessit on Sunday, JNIM fighters moved on …"
			c.targets = dropActors(c.targets, src)
		}
	}
	if h := st.toks[c.tj-1]; (c.typ == "RETREAT" || c.typ == "AGREE") && c.noun && len(c.sources) == 0 && dealNouns[h.lem] && (h.low == h.lem || h.low == h.lem+"s") && tookEffect(st, c.tj) {
		x.dealBrokers(st, c) // "a ceasefire took effect at noon, brokered by the city's elders"
		if len(c.sources) == 0 {
			x.arrestSpeaker(st, c) // "the government said a ceasefire had taken effect"
		}
	}
	if c.typ == "MOBILIZE" && len(c.sources) == 0 && c.tj-c.ti >= 3 && st.toks[c.tj-2].lem == "be" {
		x.arrestSpeaker(st, c) // "the army said reinforcements had been sent to the islands"
	}
	if len(c.targets) == 0 && !c.noun && !c.passive && (c.typ == "COERCE" && c.mode == "arrest" || c.typ == "ASSAULT") {
		if t, ok := x.countedObject(st, c.tj); ok {
			c.targets = []model.Actor{t} // "arrested four persons", "arrested five suspected members of the cartel"
		}
	}
	if c.typ == "ASSAULT" && len(c.sources) == 0 && !c.passive && !c.noun && c.ti >= 2 {
		// "In Kikuyu, a crowd set ablaze the police station": the crowd the actor stage left
		// unnamed is the source (a mob, or rioters when a protest is near)
		if k := c.ti - 1; mobHeads[st.toks[k].low] && (st.toks[k-1].low == "a" || st.toks[k-1].low == "an" || st.toks[k-1].low == "angry") && st.toks[k].arg < 0 {
			cc := ""
			if c.place != nil {
				cc = c.place.Geo.Country
			}
			c.sources = []model.Actor{{Text: x.text[st.toks[k-1].start:st.toks[k].end], Kind: "CVL", Country: cc}}
		}
	}
	if c.typ == "ASSAULT" && reactionObject(c) {
		// "the government condemned the missile launch": the attack told elsewhere, and the
		// condemning government is not its agent
		c.sources, c.srcKinds = nil, nil
		if c.counts == (model.Counts{}) {
			c.anaphorOnly = true
		}
	}
	if c.e.flags&fTarget != 0 && len(c.targets) == 0 && !c.noun && !(c.passive && len(c.sources) > 0) && !(c.typ == "ASSAULT" && hasObject(st, c.tj)) {
		c.dropped = true
		return
	}
	if len(c.sources) == 0 && len(c.targets) == 0 && (c.place == nil || c.placeFallback) && !(c.typ == "PROTEST" && (protestSubject(st, c) || c.wave)) {
		// an explosion or a toll with no named party is still an event when the text says
		// what weapon or how many victims ("a car bomb exploded, killing five")
		strong := c.typ == "ASSAULT" && c.modality == "asserted" && (c.counts.Killed != nil && *c.counts.Killed > 0 || c.counts.Injured != nil && *c.counts.Injured > 0 ||
			c.weaponHint == "ied" || c.weaponHint == "suicide" || c.acled == "ied" || c.acled == "suicide")
		if !strong {
			c.dropped = true
			return
		}
	}
	if c.typ == "COERCE" && len(c.sources) == 0 && c.passive {
		x.arrestSpeaker(st, c) // "47 people had been arrested, a police spokesman said"
	}
	if c.typ != "ASSAULT" && len(c.sources) == 0 && !(c.typ == "RETREAT" && c.mode == "release" && c.passive && len(c.targets) > 0 && c.modality == "asserted") && !namedArrestNoun(st, c) && !(c.typ == "PROTEST" && c.e.flags&fNoCount == 0 && (c.place != nil && !c.placeFallback && c.modality == "asserted" || protestSubject(st, c) || c.wave)) {
		c.dropped = true // (a protest needs no named organiser: "rallies were held in X")
		return
	}
	if c.typ == "ACCUSE" && len(c.targets) == 0 && blamedOnThing(st, c) {
		c.dropped = true // "officials blamed the fire on a faulty cable": a cause, not an accusation
		return
	}
	if st.toks[c.ti].lem == "call" && len(c.e.words) == 1 && !namedCall(st, c) {
		c.dropped = true // "called the deal 'a first step'": naming, not a phone call
		return
	}
	if c.typ == "ASSAULT" && c.mode != "crowd-control" && c.acled != "interv" && protesterSide(c.sources) && !protesterSide(c.targets) && !figurativeFight(st, c) {
		// protesters fighting police or rivals: a riot (ACLED Violent demonstration)
		c.typ, c.mode, c.acled = "PROTEST", "riot", "riot"
	}
	if c.typ == "ASSAULT" && c.mode != "crowd-control" && c.acled != "interv" && c.acled != "disrupted" && !weakMobVerb[st.toks[c.ti].lem] && mobSource(c) {
		// "a mob lynched two men", "an angry crowd attacked a police station": rioters
		// without a demonstration (ACLED Riots / Mob violence; taxonomy.md)
		c.typ, c.mode, c.acled = "PROTEST", "riot", "mob"
		if x.protestNear(st) {
			c.acled = "riot" // a protesting crowd turned violent: Violent demonstration
		}
	}
	if c.typ == "ASSAULT" && quietRaid(st, c) {
		// "police raided the newspaper's offices and detained three journalists": a search or
		// arrest operation without fighting is coercion, not an assault
		c.typ, c.mode, c.acled, c.e = "COERCE", "seize", "", raidEntry
		if c.counts.Arrested != nil || sentenceHasLemma(st, "arrest", "detain") {
			c.mode, c.acled = "arrest", "arrests"
		}
	}
	if c.typ == "COERCE" && militarySiteSeized(st, c) {
		// "seized the army's regional headquarters": ground taken by force
		c.typ, c.mode, c.acled = "ASSAULT", "", "territory"
	}
	if c.typ == "COERCE" && c.acled == "territory" {
		c.acled = "" // seizing goods or weapons: no ground taken (the territory cases were coded above)
	}
	if personSeized(st, c) {
		// "rebels captured them", "gunmen seized six soldiers": people taken, not ground
		c.typ, c.mode, c.acled = "ASSAULT", "abduct", "abduct"
		if c.counts.Kidnapped == nil {
			x.counts(st, c) // the people seized are its count ("seized six police officers")
		}
	}
	switch c.typ {
	case "MOBILIZE":
		if c.e.flags&fWeak != 0 && !armedSource(c) {
			c.dropped = true // "they were heading to the airport"
			return
		}
	case "ASSAULT":
		x.assaultClass(c)
		x.airSpeaker(st, c)
		if len(c.sources) == 0 && stateExecution(st, c) {
			x.executioner(c)
		}
		if !political(c) && !(c.acled == "abduct" && c.modality == "asserted") && !x.fightingErupted(st, c) && !armedTrigger(st, c) {
			if anaphor(c) || definiteVictims(st, c) {
				c.anaphorOnly = true // "Those clashes killed 80": kept only to join the event it names
			} else {
				c.dropped, c.nonPolitical = true, true
				return
			}
		}
	case "PROTEST":
		if c.mode == "demo" && riotCue(st) {
			c.mode = "riot"
		}
		if c.mode == "obstruct" && riotCue(st) {
			c.acled = "riot" // roads blocked with burning tyres: ACLED Violent demonstration
		}
		if c.acled == "" || c.acled == "peaceful" {
			c.acled = "peaceful"
			if c.mode == "riot" {
				c.acled = "riot"
			} else if protestIntervention(st) == 2 {
				c.acled = "excessive"
			} else if protestIntervention(st) == 1 || c.modality == "asserted" && x.nextSentenceIntervenes(st) {
				c.acled = "interv"
			}
		}
		if c.mode == "boycott" {
			c.acled = ""
		}
	}
	if c.typ == "CONSULT" && c.modality == "asserted" && c.dateSet && len(x.a.Ref) >= 10 && len(c.date.Value) >= 10 && c.date.Value > x.a.Ref[:10] {
		// "when they meet in Brussels next week": a meeting still to come is AGREE (PLOVER)
		c.typ, c.mode, c.modality = "AGREE", "", "future"
	}
	if c.typ == "CONSULT" && len(c.targets) == 0 && len(dedupActors(c.sources)) >= 2 {
		// "X and Y officials held talks": a meeting is mutual, each side is the other's target
		c.targets = append([]model.Actor(nil), c.sources...)
	}
	if verbalTypes[c.typ] && !c.deal {
		c.acled = ""
	}
	naming := c.tj < len(st.toks) && (quoteTok(st.toks[c.tj].low) || st.toks[c.tj].low == "a" || st.toks[c.tj].low == "an")
	if c.noun && c.e.flags&fWeak != 0 && c.ti > 0 && verbalTypes[c.typ] && !c.dateSet && (!lightVerbBefore(st, c.ti) || naming) {
		switch st.toks[c.ti-1].low {
		case "the", "this", "that":
			c.dropped = true // "called the deal 'a first step'": the deal already reported
			return
		}
	}
	if c.noun && c.ti >= 2 && determiners[st.toks[c.ti-1].low] {
		switch st.toks[c.ti-2].low {
		case "after", "before", "since", "following", "despite", "amid":
			if indefiniteTolled(st, c) {
				break // "two days after a clash between X and Y left one person dead": a new event
			}
			c.dropped = true // "after the explosion": an event told before
			return
		}
	}
	if c.typ == "ASSAULT" && c.place != nil && c.place.Geo.Country != "" {
		// unnamed state forces and unnamed civilians ("killing four passengers") hit at a place
		// belong, failing other clues, to its state
		for i, t := range c.targets {
			if t.Country == "" && t.Actor == "" && (t.Kind == "MIL" || t.Kind == "COP" || civilianKinds[t.Kind] && t.Kind != "BUS") {
				c.targets[i].Country = c.place.Geo.Country
			}
		}
	}
	if (c.typ == "ASSAULT" || c.typ == "COERCE") && c.place != nil && c.place.Geo.Country != "" && !c.placeFallback &&
		!(len(c.targets) > 0 && c.targets[0].Country != "" && c.targets[0].Country != c.place.Geo.Country) {
		// so do unnamed state forces that act there ("security forces killed seven militants
		// in North Waziristan", "the National Police Service said 47 people had been arrested"):
		// foreign forces are named by their demonym, which sets a country
		for i, s := range c.sources {
			if s.Country == "" && s.Actor == "" && (s.Kind == "MIL" || s.Kind == "COP") && !weaponActor(s) {
				c.sources[i].Country = c.place.Geo.Country
			}
		}
	}
	c.score = x.confidence(c)
}

var verbalTypes = set("CONSULT REQUEST ACCUSE REJECT THREATEN AGREE SUPPORT CONCEDE")

// namedCall: "called X" is a call only when X is an actor not followed by a name or quote.
func namedCall(st *sent, c *cand) bool {
	if namingIdiom(st, c.ti) {
		return false
	}
	k := c.tj
	for k < len(st.toks) && determiners[st.toks[k].low] {
		k++
	}
	if k >= len(st.toks) {
		return false
	}
	if st.toks[k].low == "with" || st.toks[k].low == "on" || st.toks[k].low == "for" {
		return true
	}
	ai := st.toks[k].arg
	if ai < 0 || !st.args[ai].isActor {
		return false
	}
	e := st.args[ai].e
	if e < len(st.toks) {
		n := st.toks[e].low
		if n == "\"" || n == "“" || n == "a" || n == "an" || n == "the" || n == "'" {
			return false
		}
	}
	return true
}

// assaultClass sets mode and ACLED sub-type of an ASSAULT from weapons and targets.
func (x *extractor) assaultClass(c *cand) {
	hint := c.acled
	wh, wm := c.weaponHint, c.weaponMode
	switch c.s.toks[c.ti].lem {
	case "destroy", "down", "shoot", "intercept", "neutralize", "neutralise":
		st := c.s
		for k := c.tj; k < len(st.toks) && k <= c.tj+5; k++ {
			if munitionNouns[st.toks[k].lem] {
				hint = "disrupted"
				if c.mode == "destroy" || c.mode == "auto" {
					c.mode = ""
				}
				break
			}
		}
	}
	if hint == "looting" && (c.counts.Killed != nil && *c.counts.Killed > 0 || c.counts.Injured != nil && *c.counts.Injured > 0) {
		// "killing at least 15 people and torching dozens of homes": people were the target,
		// the burning is part of the attack (ACLED codes property destruction alone)
		hint = "auto"
		if c.mode == "destroy" || c.mode == "arson" {
			c.mode = "auto"
		}
	}
	switch hint {
	case "disrupted", "abduct", "sexual", "looting", "territory", "govterr", "chem", "suicide":
		if c.mode == "auto" || c.mode == "" {
			c.mode = wm
		}
	case "air":
		if wh == "shell" || wh == "suicide" || wh == "ied" || wh == "grenade" {
			hint = wh
			c.mode = wm
		} else if wh == "air" {
			c.mode = wm
		} else if c.mode == "auto" {
			c.mode = "aerial"
		}
	case "shell":
		if wh == "air" || wh == "suicide" {
			hint, c.mode = wh, wm
		}
	case "clash":
		if wh == "air" || wh == "shell" {
			hint, c.mode = wh, wm
		}
	case "ied":
		if wh == "suicide" {
			hint, c.mode = wh, wm
		}
	case "interv":
		c.mode = "crowd-control"
		if wh == "gunfire" {
			c.mode = "firearms"
		}
		if c.counts.Killed != nil && *c.counts.Killed > 0 {
			hint = "excessive"
		}
	default: // auto, attack
		if wh == "crowd" || stateSource(c) && protestScene(c.s) && (!targetsArmed(c) || protesterSide(c.targets)) && !protesterSide(c.sources) {
			// police or troops using force in a sentence about a protest: ACLED Protests
			// (Excessive force against protesters when someone is killed)
			hint, c.mode = "interv", "crowd-control"
			if c.counts.Killed != nil && *c.counts.Killed > 0 || protestIntervention(c.s) == 2 && protesterSide(c.targets) {
				hint = "excessive" // ("shot dead five demonstrators during a protest")
			}
			break
		}
		if wh != "" && wh != "gunfire" && wh != "attack" {
			hint = wh
			if c.mode == "auto" || c.mode == "" {
				c.mode = wm
			}
		} else {
			if wh == "gunfire" && (c.mode == "auto" || c.mode == "") {
				c.mode = "firearms"
			}
			if wh == "attack" && (c.mode == "auto" || c.mode == "") {
				c.mode = "primitive"
			}
			if hint != "attack" || c.mode == "firearms" {
				if targetsCivilian(c) && !(armedSource(c) && primaryArmed(c)) {
					hint = "attack"
				} else if targetsArmed(c) && !offDuty(c) {
					hint = "clash"
				} else {
					hint = "attack"
				}
			}
		}
	}
	if c.mode == "auto" {
		c.mode = ""
	}
	if k := c.counts.Kidnapped; k != nil && *k > 0 && (c.counts.Killed == nil || *c.counts.Killed <= *k) && hint != "disrupted" {
		hint, c.mode = "abduct", "abduct" // a raid whose toll is mostly abductions
	}
	if hint == "territory" || hint == "govterr" {
		hint = "territory"
		state, rebel := false, false
		for _, a := range c.sources {
			switch a.Kind {
			case "MIL", "GOV", "COP":
				state = true
			case "REB", "UAF":
				rebel = true
			case "":
				switch headWord(a.Text) {
				case "army", "troop", "soldier", "military", "police", "government force":
					state = true // "the army" unresolved
				}
			}
		}
		if (state || c.e.acled == "govterr" && len(c.sources) > 0) && !rebel {
			hint = "govterr" // the state retakes ground
		}
	}
	// armed group on civilians with direct means: Violence against civilians
	if (hint == "clash") && targetsCivilian(c) && c.e.flags&fRecip == 0 && !(armedSource(c) && primaryArmed(c)) {
		hint = "attack"
	}
	c.acled = hint
}

// stateSource: some source is police, the military or the government.
func stateSource(c *cand) bool {
	for _, a := range c.sources {
		switch a.Kind {
		case "COP", "MIL", "GOV":
			return true
		}
	}
	return false
}

// protestScene: the sentence names a protest, demonstration or its participants.
func protestScene(st *sent) bool {
	for i := range st.toks {
		switch st.toks[i].lem {
		case "protest", "protester", "protestor", "demonstration", "demonstrator", "rally", "marcher", "rioter", "riot":
			return true
		}
	}
	return false
}

func protesterSide(as []model.Actor) bool {
	for _, a := range as {
		l := strings.ToLower(a.Text)
		if a.Kind == "OPP" || strings.Contains(l, "protest") || strings.Contains(l, "demonstrator") || strings.Contains(l, "rioter") {
			return true
		}
	}
	return false
}

// protestNear: the sentence or one of the three before it tells a protest, or the crowd
// blocks a road ("residents blocked the N12 and set alight a municipal office").
func (x *extractor) protestNear(st *sent) bool {
	if sentenceHasLemma(st, "block", "barricade", "blockade", "march", "chant") {
		return true
	}
	for _, o := range x.sents {
		if o.idx > st.idx-4 && o.idx <= st.idx && protestScene(o) {
			return true
		}
	}
	return false
}

// weakMobVerb: triggers too vague to make a crowd's act mob violence ("marching down the street").
var weakMobVerb = set("down hit target fire launch strike retaliate")

// mobHeads are the head nouns of a civilian crowd acting violently without a protest.
var mobHeads = set("mob crowd villager resident local youth")

// countedObject reads a counted object of people right after the trigger ending at tj, "four
// persons", "five suspected members (of the cartel)": an unnamed target.
func (x *extractor) countedObject(st *sent, tj int) (model.Actor, bool) {
	k := tj
	if k >= len(st.toks) || !(isNumberTok(st.toks[k].low) || st.toks[k].text != "" && isDigitByte(st.toks[k].text[0])) || st.toks[k].low == "a" || st.toks[k].low == "an" {
		return model.Actor{}, false
	}
	for n := 0; k < len(st.toks) && n < 4; k, n = k+1, n+1 {
		t := st.toks[k]
		if t.arg >= 0 || t.low == "," || isCap(t.text) {
			return model.Actor{}, false
		}
		if ok, pl := victimNoun(t.low); ok && pl {
			return model.Actor{Text: x.text[st.toks[tj].start:t.end]}, true
		}
	}
	return model.Actor{}, false
}

// dropVictimWords removes "others" from the sources: "killed nine people and abducted at
// least 46 others" names victims, never who acted.
func dropVictimWords(as []model.Actor) []model.Actor {
	victim := func(a model.Actor) bool {
		switch strings.ToLower(strings.TrimSpace(a.Text)) {
		case "others", "other", "the others", "many others", "several others":
			return true
		}
		return false
	}
	for i, a := range as {
		if victim(a) {
			out := append([]model.Actor(nil), as[:i]...) // (a fresh slice: candidates may share the array)
			for _, b := range as[i+1:] {
				if !victim(b) {
					out = append(out, b)
				}
			}
			return out
		}
	}
	return as
}

// mobSource: every source is a civilian crowd ("a mob", "angry villagers", "residents"), none
// armed or a protester, and at least one is.
func mobSource(c *cand) bool {
	if len(c.sources) == 0 || protesterSide(c.sources) {
		return false
	}
	mob := false
	for _, a := range c.sources {
		if armedKinds[a.Kind] || a.Kind == "REB" || a.Kind == "OPP" || a.Actor != "" && a.Kind != "CVL" {
			return false
		}
		l := strings.ToLower(a.Text)
		h := headWord(l)
		if mobHeads[h] || strings.HasPrefix(l, "a mob") || strings.HasPrefix(l, "an angry") || strings.Contains(l, "mob of") {
			mob = true
		}
	}
	return mob
}

// raidEntry codes a raid without fighting (COERCE).
var raidEntry = &entry{words: []string{"raid"}, types: []string{"COERCE"}, mode: "seize", cameo: "17"}

// quietRaid: a raid or search by police, troops or the state with no one killed or wounded,
// no weapon fired and no armed target ("raided the offices of an opposition newspaper").
func quietRaid(st *sent, c *cand) bool {
	l := st.toks[c.ti].lem
	if l != "raid" && l != "storm" || !stateSource(c) || armedSource(c) && !stateOnly(c.sources) || targetsArmed(c) {
		return false
	}
	if c.counts.Killed != nil && *c.counts.Killed > 0 || c.counts.Injured != nil && *c.counts.Injured > 0 || c.weaponHint != "" {
		return false
	}
	if !sentenceHasLemma(st, "arrest", "detain", "search", "seize", "confiscate", "question", "office", "offices", "home", "house", "premises", "headquarters", "newsroom", "studio", "residence", "apartment") {
		return false // "soldiers raided a village": the raid's violence is unknown
	}
	return !violenceBeforeReference(st)
}

// violenceBeforeReference: the sentence tells violence before any phrase that refers to an
// earlier attack ("detained four suspects believed to be linked to the bomb attack": the
// bombing is why they were sought, not a fight in the raid).
func violenceBeforeReference(st *sent) bool {
	arrested := false
	for k := range st.toks {
		switch st.toks[k].low {
		case "linked", "connection", "suspected", "accused", "responsible", "involved", "involvement":
			if arrested {
				return false // the arrested people's link to an attack
			}
		}
		if l := st.toks[k].lem; l == "arrest" || l == "detain" {
			arrested = true
		}
		switch st.toks[k].lem {
		case "kill", "wound", "injure", "shoot", "fire", "clash", "gunfire", "gunbattle", "firefight", "exchange", "dead", "die", "martyr", "bomb", "strike", "airstrike":
			return true
		}
	}
	return false
}

// stateOnly: every actor is police, the military or the government.
func stateOnly(as []model.Actor) bool {
	for _, a := range as {
		switch a.Kind {
		case "COP", "MIL", "GOV", "SPY":
		default:
			return false
		}
	}
	return len(as) > 0
}

// sentenceHasLemma reports whether a token of st has one of the lemmas.
func sentenceHasLemma(st *sent, lems ...string) bool {
	for i := range st.toks {
		for _, l := range lems {
			if st.toks[i].lem == l {
				return true
			}
		}
	}
	return false
}

func armedSource(c *cand) bool {
	for _, s := range c.sources {
		if armedKinds[s.Kind] || s.Kind == "REB" || s.Actor != "" && s.Kind != "CVL" {
			return true
		}
	}
	return false
}

// primaryArmed: the first target (the object of the act) is armed forces; civilians named
// after it are casualties of the fighting ("attacked an army post …, 17 soldiers and civilian
// auxiliaries were killed": an Armed clash).
func primaryArmed(c *cand) bool {
	if len(c.targets) == 0 {
		return false
	}
	switch c.targets[0].Kind {
	case "MIL", "COP":
		return true
	}
	return false
}

func targetsCivilian(c *cand) bool {
	armed := targetsArmed(c)
	for _, t := range c.targets {
		if civilianKinds[t.Kind] {
			if armed && neutralPeople(t.Text) {
				continue // "an army base …, in which 22 people were killed": the toll noun
			}
			return true
		}
	}
	return false
}

func neutralPeople(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "people", "persons", "person", "others", "dead":
		return true
	}
	return false
}

func targetsArmed(c *cand) bool {
	for _, t := range c.targets {
		if t.Kind == "GOV" && t.Actor == "" && officeHolders[headWord(strings.ToLower(t.Text))] {
			continue // "a municipal councillor was shot dead": an official, not a fighting side
		}
		if armedKinds[t.Kind] {
			return true
		}
	}
	return false
}

// political: an assault with an armed, state or named party, or military weapons.
func political(c *cand) bool {
	switch c.acled {
	case "shell", "air", "ied", "suicide", "chem", "disrupted", "grenade":
		return true
	}
	for _, as := range [][]model.Actor{c.sources, c.targets} {
		for _, a := range as {
			if a.Actor != "" || armedKinds[a.Kind] || a.Kind == "GOV" || a.Kind == "REB" || a.Kind == "OPP" {
				return true
			}
			if a.Kind == "" && a.Country != "" {
				return true
			}
			if a.Kind == "" && armedName(a.Text) {
				return true // "the 444 Combat Brigade", "the Special Deterrence Force"
			}
			if a.Kind == "" && (c.acled == "territory" || c.acled == "govterr") && armedHeads[strings.ToLower(headWord(a.Text))] {
				return true // "the army recaptured the town of X": ground taken is political
			}
			if a.Kind == "" && stateHeads[strings.ToLower(headWord(a.Text))] {
				return true // "the military junta executed four activists": a state's act
			}
		}
	}
	return false
}

// armedTrigger: a trigger that itself names organised armed violence ("were killed in an
// ambush near X"): the attackers go unnamed, but an ambush is never a brawl.
//
// Also executions of people ("Two men were hanged at dawn", "three prisoners were executed":
// only states execute, so the act is political with its executioner unnamed) and a mass toll
// told with a noun of political violence ("about 100 people were killed in simultaneous
// attacks on two villages": a brawl or a crime does not kill ten).
func armedTrigger(st *sent, c *cand) bool {
	for k := c.ti; k < c.tj; k++ {
		switch st.toks[k].lem {
		case "ambush":
			return true
		}
	}
	if stateExecution(st, c) {
		return true
	}
	if c.counts.Killed != nil && *c.counts.Killed >= 10 {
		for k := range st.toks {
			if massTollNouns[st.toks[k].low] && (k == 0 || !isCap(st.toks[k].text)) {
				return true
			}
		}
	}
	return false
}

// massTollNouns name organised or political violence a mass toll was taken in ("were killed in
// simultaneous attacks", "the uprising of September 2025, in which more than 70 people were
// killed"), unlike a stampede, a crash or a flood.
var massTollNouns = set("attack attacks uprising uprisings unrest riot riots violence clash clashes crackdown massacre massacres")

// stateExecution: a finite passive execution of people ("were hanged", "three prisoners were
// executed"): "hanged" is the form of hanging people, never of pictures ("hung"); "executed"
// needs people as its subject.
func stateExecution(st *sent, c *cand) bool {
	for k := c.ti; k < c.tj; k++ {
		switch st.toks[k].lem {
		case "hanged", "execute":
			if k > 0 && st.toks[k-1].lem == "be" && (st.toks[k].lem == "hanged" || c.counts.Killed != nil || personTargets(c)) {
				return true
			}
		}
	}
	return false
}

// executioner: an execution with no agent named was carried out by the state where it took
// place (the story's country when the act has no place).
func (x *extractor) executioner(c *cand) {
	cc := x.dc.top
	if c.place != nil && c.place.Geo.Country != "" {
		cc = c.place.Geo.Country
	}
	g := countryGeo(cc)
	if g == nil || g.Name == "" {
		return
	}
	c.sources = []model.Actor{{Text: g.Name, Name: "Government of " + g.Name, Kind: "GOV", Country: cc}}
}

// personTargets: a target of the act is people (a civilian or a counted person noun).
func personTargets(c *cand) bool {
	for _, a := range c.targets {
		if a.Kind == "CVL" || personNouns[strings.ToLower(headWord(a.Text))] {
			return true
		}
	}
	return false
}

// armedName: an organisation name not in the knowledge base whose capitalised head word names
// an armed unit ("Red Brigade", "Rapid Support Forces", "Popular Mobilisation Units").
func armedName(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 {
		return false
	}
	head := f[len(f)-1]
	if !isCap(head) {
		return false
	}
	return armedHeads[strings.ToLower(head)]
}

// stateHeads name a state's armed rule or forces whatever the actor stage made of them.
var stateHeads = set("junta military army militia militias")

var armedHeads = set("brigade brigades force forces battalion battalions regiment militia militias army corps legion guard guards division units")

// riotCue: protesters' own violence in the sentence ("blocked roads with burning tyres",
// "threw stones", "torched", "looted").
func riotCue(st *sent) bool {
	for i := range st.toks {
		t := &st.toks[i]
		switch t.lem {
		case "stone", "rock", "molotov", "petrol", "loot", "torch", "vandalise", "vandalize", "ransack":
			return true
		case "burning", "burn":
			if i+1 < len(st.toks) && (st.toks[i+1].lem == "tyre" || st.toks[i+1].lem == "tire" || st.toks[i+1].lem == "tyres" || st.toks[i+1].lem == "tires" || st.toks[i+1].lem == "barricade") {
				return true
			}
		}
	}
	return false
}

// protestIntervention: 1 police dispersal or arrests, 2 protesters killed or badly hurt.
func protestIntervention(st *sent) int {
	return protestInterventionFrom(st, 0)
}

// nextSentenceIntervenes: the sentence after st tells police force against the protest it
// names with a definite noun ("Some 6,000 protesters marched through Quito … . Police fired
// tear gas to stop the march …"): Protest with intervention.
func (x *extractor) nextSentenceIntervenes(st *sent) bool {
	for i, s := range x.sents {
		if s != st || i+1 >= len(x.sents) {
			continue
		}
		n := x.sents[i+1]
		if n.idx != st.idx+1 || len(n.toks) == 0 || otherEventOpener[n.toks[0].low] {
			return false
		}
		for k := 0; k+1 < len(n.toks); k++ {
			if (n.toks[k].low == "the" || n.toks[k].low == "that") && protestRefNouns[n.toks[k+1].low] {
				return protestInterventionFrom(n, 0) == 1
			}
		}
		return false
	}
	return false
}

var protestRefNouns = set("march marchers protest protests protesters demonstration demonstrators crowd crowds rally sit-in")
var otherEventOpener = set("later earlier meanwhile separately elsewhere")

func protestInterventionFrom(st *sent, from int) int {
	police, force, harm := false, false, false
	for ti0 := from; ti0 < len(st.toks); ti0++ {
		t := &st.toks[ti0]
		switch t.lem {
		case "police", "security", "troop", "soldier", "force":
			police = true
		case "disperse", "tear", "arrest", "detain", "baton", "water":
			force = true
		case "kill", "dead", "shoot":
			harm = true
		}
	}
	if police && harm {
		return 2
	}
	if police && force {
		return 1
	}
	return 0
}

// confidence from evidence strength; the weights were set on the development cases (see the
// Calibration test) so that events scored >= 0.8 are right at least 80% of the time.
func (x *extractor) confidence(c *cand) float64 {
	s := 0.235
	if c.e.flags&fWeak == 0 {
		s += 0.15
	}
	if len(c.e.types) > 1 {
		s += 0.15*c.typeProb - 0.08
	}
	if len(c.sources) > 0 {
		s += 0.12
		for _, a := range c.sources {
			if a.Actor != "" || a.Country != "" {
				s += 0.06
				break
			}
		}
	}
	if len(c.targets) > 0 {
		s += 0.06
	}
	if c.place != nil && !c.placeFallback {
		s += 0.06
	}
	if c.dateSet && !c.dateInherited {
		s += 0.05
	}
	if c.mentions > 1 {
		s += 0.05
	}
	if c.conseqOnly {
		s -= 0.08
	}
	if c.s.headline {
		s -= 0.03
	}
	if x.docRank != nil {
		switch r, ok := x.docRank[c.typ]; {
		case !ok:
		case r == 0:
			s += 0.12
		case r == 1:
			s += 0.06
		case r == 2:
			s += 0.02
		default:
			s -= 0.06
		}
	}
	if s < 0.05 {
		s = 0.05
	}
	if s > 0.97 {
		s = 0.97
	}
	return s
}

// mergeDoc joins candidates of different sentences that report the same event.
func mergeDoc(cs []*cand) []*cand {
	var out []*cand
	for _, c := range cs {
		merged := false
		newEv := opensNewEvent(c.s) && !anaphor(c)
		backRef := anaphor(c) || inDefiniteEvent(c) || reactionObject(c) || definiteClauseSubject(c)
		for i := len(out) - 1; i >= 0; i-- {
			p := out[i]
			if p.s == c.s && !c.s.headline {
				continue // one sentence's events were already joined where they should be
			}
			if newEv && c.s.idx > p.lastSent {
				continue // "Later on Monday, soldiers killed …": another event
			}
			if crowdFirePair(p, c) && c.s.idx-p.lastSent <= 1 {
				p.absorb(c, false)
				p.mentions++
				protestClass(p)
				merged = true
				break
			}
			sides := clashSides(p, c)
			if compatible(p, c) || sides || backRef && p.typ == c.typ && p.modality == c.modality && (!p.background || !c.dateSet) && !c.background && i == lastReferent(out, c) && (noConflict(p, c) || !anaphor(c) && !(p.dateSet && c.dateSet && p.date.Value != c.date.Value) || laterMention(p, c)) {
				// keep the better evidence sentence
				if informativeness(c) > informativeness(p) {
					keep := *c
					keep.absorb(p, false)
					keep.mentions = p.mentions + 1
					keep.firstPos = minInt(p.firstPos, c.pos())
					keep.lastSent = p.lastSent
					*p = keep
				} else {
					p.absorb(c, false)
					p.mentions++
				}
				if c.s.idx > p.lastSent {
					p.lastSent = c.s.idx
				}
				if sides {
					p.acled = "clash" // both sides' accounts of one battle
					if p.mode == "primitive" {
						p.mode = ""
					}
				}
				p.score += 0.04
				if p.score > 0.97 {
					p.score = 0.97
				}
				merged = true
				break
			}
		}
		if !merged {
			c.firstPos = c.pos()
			c.lastSent = c.s.idx
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].firstPos < out[j].firstPos })
	return out
}

// anaphor: "The attack …", "This strike …" at the start of a sentence refers to an event
// already reported.
func anaphor(c *cand) bool {
	if !c.noun || c.ti > 3 || c.ti == 0 {
		return false
	}
	p := c.s.toks[c.ti-1].low
	return p == "the" || p == "this" || p == "that" || p == "those" || p == "these"
}

// lastOfType: among events of this type reported in the latest sentence, the first one.
func lastOfType(out []*cand, typ string) int {
	best := -1
	for i, p := range out {
		if p.typ != typ {
			continue
		}
		if best < 0 || p.lastSent > out[best].lastSent {
			best = i
		}
	}
	return best
}

// lastReferent: the event a back reference names: "The fighting …" names the last battle
// even when an abduction that set it off was told after it; otherwise the last of its type.
func lastReferent(out []*cand, c *cand) int {
	if c.acled == "clash" && anaphor(c) {
		best := -1
		for i, p := range out {
			if p.typ == c.typ && p.acled == "clash" && (best < 0 || p.lastSent > out[best].lastSent) {
				best = i
			}
		}
		if best >= 0 {
			return best
		}
	}
	return lastOfType(out, c.typ)
}

// noConflict: dates, countries of the place and counts do not contradict.
func noConflict(p, c *cand) bool {
	if p.dateSet && c.dateSet && p.date.Value != c.date.Value {
		return false
	}
	return !conflictCount(p.counts.Munitions, c.counts.Munitions) && !killConflict(p, c)
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func (c *cand) pos() int { return c.s.toks[c.ti].start }

func informativeness(c *cand) float64 {
	n := 0.0
	if len(c.sources) > 0 {
		n++
	}
	if len(c.targets) > 0 {
		n++
	}
	if c.place != nil {
		n++
	}
	if c.dateSet {
		n++
	}
	if c.counts != (model.Counts{}) {
		n++
	}
	if c.s.headline {
		n -= 1.5
	}
	if c.conseqOnly {
		n -= 0.5
	}
	return n
}

// compatible: same type, no conflicting field, and at least one positive agreement.
func compatible(p, c *cand) bool {
	if p.typ != c.typ || p.modality != c.modality || p.background != c.background {
		return false
	}
	if p.dateSet && c.dateSet && p.date.Value != c.date.Value && !strings.HasPrefix(p.date.Value, c.date.Value) && !strings.HasPrefix(c.date.Value, p.date.Value) {
		return false
	}
	if p.place != nil && c.place != nil && !p.placeFallback && !c.placeFallback && p.place.Geo.Country != "" && c.place.Geo.Country != "" && p.place.Geo.Country != c.place.Geo.Country {
		return false
	}
	if p.acled != c.acled && p.acled != "" && c.acled != "" && !(p.conseqOnly || c.conseqOnly) && !(remote(p.acled) && remote(c.acled) && p.dateSet && c.dateSet && p.date.Value == c.date.Value) && !elaboration(p, c) {
		return false // (a barrage of rockets and drones on one day is one event)
	}
	if conflictCount(p.counts.Munitions, c.counts.Munitions) || killConflict(p, c) || conflictCount(p.counts.Arrested, c.counts.Arrested) {
		return false // ("detained six people" at a road blockade, "arrested 14 over the clash")
	}
	if distinctTowns(p, c) {
		return false // "In Valencia, troops fired tear gas … . In Maracaibo, guardsmen used tear gas …"
	}
	// role reversal: one's source is the other's (named) target
	if len(p.sources) > 0 && sameActors(p.sources, named(c.targets)) && !sameActors(p.sources, c.sources) {
		return false
	}
	if len(c.sources) > 0 && sameActors(c.sources, named(p.targets)) && !sameActors(p.sources, c.sources) {
		return false
	}
	if len(p.sources) > 0 && len(c.sources) > 0 && !sameActors(p.sources, c.sources) && (!sameCountry(p.sources, c.sources) || opposedSides(p.sources, c.sources)) && !vague(p.sources) && !vague(c.sources) && !definiteDescription(p.sources, c.sources) && !definiteDescription(c.sources, p.sources) {
		return false // (state forces and an armed group of one country are two sides, not one)
	}
	pos := 0
	if len(p.sources) > 0 && len(c.sources) > 0 && sameActors(p.sources, c.sources) {
		pos++
	}
	if len(p.targets) > 0 && len(c.targets) > 0 && sameActors(p.targets, c.targets) {
		pos++
	}
	if p.place != nil && c.place != nil && !p.placeFallback && !c.placeFallback && strings.EqualFold(p.place.Geo.Name, c.place.Geo.Name) {
		pos++
	}
	if p.counts.Munitions != nil && c.counts.Munitions != nil || p.counts.Killed != nil && c.counts.Killed != nil && *p.counts.Killed > 0 {
		pos++
	}
	if p.counts.Arrested != nil && c.counts.Arrested != nil && *p.counts.Arrested > 0 && *p.counts.Arrested == *c.counts.Arrested {
		pos++ // "Police have arrested three leaders …" — "The three … were detained on Monday"
	}
	if p.dateSet && c.dateSet && p.date.Value == c.date.Value && p.date.Precision == "day" {
		pos++
	}
	if remote(p.acled) && p.acled == c.acled && (vague(p.sources) || vague(c.sources)) && (!p.dateSet || !c.dateSet) {
		pos++ // "a military aircraft dropped bombs on the market": the air strike told again
	}
	return pos > 0
}

// vague: sources that are only unnamed, countryless descriptions ("drones", "the attackers").
func vague(as []model.Actor) bool {
	for _, a := range as {
		if a.Actor != "" || a.Country != "" {
			return false
		}
	}
	return true
}

func remote(h string) bool { return h == "shell" || h == "air" }

// named drops descriptions ("its senior commanders", "several bases") whose resolution is
// less certain than a name's.
func named(as []model.Actor) []model.Actor {
	var out []model.Actor
	for _, a := range as {
		f := strings.Fields(a.Text)
		if len(f) == 0 || !isCap(f[0]) || determiners[strings.ToLower(f[0])] {
			continue
		}
		out = append(out, a)
	}
	return out
}

func sameCountry(a, b []model.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Country != "" && x.Country == y.Country {
				return true
			}
		}
	}
	return false
}

func conflictCount(a, b *int) bool { return a != nil && b != nil && *a != *b && *a != 0 && *b != 0 }

// fallbackTimexes finds weekday, month-day and year expressions when no timex stage ran.
func fallbackTimexes(text, ref string) []model.Timex {
	var out []model.Timex
	refT, refErr := time.Parse("2006-01-02", ref)
	toks := tokenize(text, 0, len(text))
	for i := 0; i < len(toks); i++ {
		w := toks[i].Text
		lw := strings.ToLower(w)
		if wd, ok := weekdays[lw]; ok && isCap(w) {
			tx := model.Timex{Start: toks[i].Start, End: toks[i].End, Text: w, Precision: "day", Relative: true}
			if refErr == nil {
				d := (int(refT.Weekday()) - wd + 7) % 7
				tx.Value = refT.AddDate(0, 0, -d).Format("2006-01-02")
			}
			out = append(out, tx)
			continue
		}
		if m, ok := months[strings.TrimSuffix(lw, ".")]; ok && isCap(w) {
			j := i + 1
			if j < len(toks) && toks[j].Text == "." {
				j++
			}
			if j < len(toks) {
				if d, err := strconv.Atoi(toks[j].Text); err == nil && d >= 1 && d <= 31 {
					end := toks[j].End
					year := 0
					if j+2 < len(toks) && toks[j+1].Text == "," {
						if y, err := strconv.Atoi(toks[j+2].Text); err == nil && y > 1900 && y < 2100 {
							year, end = y, toks[j+2].End
						}
					}
					explicit := year != 0
					if !explicit && refErr == nil {
						year = refT.Year()
						if time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(refT) {
							year--
						}
					}
					tx := model.Timex{Start: toks[i].Start, End: end, Text: text[toks[i].Start:end], Precision: "day", Relative: !explicit}
					if year != 0 {
						tx.Value = time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
					}
					out = append(out, tx)
					i = j
					continue
				}
			}
		}
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && i > 0 && (toks[i-1].Text == "In" || toks[i-1].Text == "in" || toks[i-1].Text == "since") {
			if _, err := strconv.Atoi(w); err == nil {
				out = append(out, model.Timex{Start: toks[i].Start, End: toks[i].End, Text: w, Value: w, Precision: "year"})
			}
		}
	}
	return out
}

var weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}
var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "aug": 8,
	"sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// personSeized: an active "capture"/"seize" whose object is people ("captured them", "seized
// the soldiers", "seized six workers") rather than a place or a thing.
func personSeized(st *sent, c *cand) bool {
	if c.noun || c.passive || c.ti >= len(st.toks) || c.tj >= len(st.toks) {
		return false
	}
	if l := st.toks[c.ti].lem; l != "capture" && l != "seize" {
		return false
	}
	// the object: up to four tokens after the verb, skipping determiners and numbers
	for k := c.tj; k < len(st.toks) && k < c.tj+4; k++ {
		t := &st.toks[k]
		switch t.low {
		case "them", "him", "her", "hostages", "hostage":
			return true
		case "the", "a", "an", "at", "least", "some", "several", "dozens", "of", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
			continue
		}
		if t.text != "" && isDigitByte(t.text[0]) {
			continue
		}
		if a := t.arg; a >= 0 && st.args[a].generic && st.args[a].isActor && personNouns[st.toks[st.args[a].e-1].lem] {
			return true // "seized 12 Bedouin men"
		}
		if ok, _ := victimNoun(t.low); !personNouns[t.lem] && !(ok && t.low != "security") {
			return false // ("seized 279 schoolgirls", "seized six police officers")
		}
		// "seized the soldiers' weapons": a possessive makes it a thing
		if k+1 < len(st.toks) && (st.toks[k+1].text == "'" || st.toks[k+1].low == "'s") {
			return false
		}
		return true
	}
	return false
}

// militarySiteNouns are installations whose capture is a territorial gain.
var militarySiteNouns = set("base headquarters barracks outpost garrison checkpoint airbase airport")

// militarySiteSeized: an active "seize"/"capture" whose object phrase (up to the first
// preposition or comma) ends in a military installation: "seized the army's Western Command
// headquarters", "captured an army base".
func militarySiteSeized(st *sent, c *cand) bool {
	if c.noun || c.passive || c.ti >= len(st.toks) {
		return false
	}
	if l := st.toks[c.ti].lem; l != "capture" && l != "seize" {
		return false
	}
	for k := c.tj; k < len(st.toks) && k < c.tj+7; k++ {
		t := &st.toks[k]
		if militarySiteNouns[t.lem] || militarySiteNouns[t.low] {
			return true
		}
		switch t.low {
		case ",", ".", "in", "on", "at", "near", "from", "after", "and", ";":
			return false
		}
	}
	return false
}

// officeHolders are civilian office titles: their holders are no armed side.
var officeHolders = set("councillor councilor councilman councilwoman mayor official officials minister lawmaker legislator governor judge prosecutor deputy senator")

// armedSide: some source is an armed force or group (not a civilian body, court or ministry).
func armedSide(as []model.Actor) bool {
	for _, a := range as {
		if armedKinds[a.Kind] || a.Kind == "REB" || a.Kind == "UAF" {
			return true
		}
	}
	return false
}

// seizedGroundNouns name ground whose seizure is a territorial gain.
var seizedGroundNouns = set("town towns city cities village villages territory territories swaths swathes swath swathe areas area parts district districts region regions province provinces county counties")

// groundSeized: an active "seize"/"capture" whose object phrase (up to the first preposition
// other than "of", or a comma) names settlements or territory or is a place.
func groundSeized(st *sent, c *cand) bool {
	if c.noun || c.passive || c.ti >= len(st.toks) {
		return false
	}
	if l := st.toks[c.ti].lem; l != "capture" && l != "seize" {
		return false
	}
	for k := c.tj; k < len(st.toks) && k < c.tj+6; k++ {
		t := &st.toks[k]
		if seizedGroundNouns[t.low] {
			return true
		}
		if a := t.arg; a >= 0 && st.args[a].place != nil && !st.args[a].isActor && st.args[a].place.Geo.Feature != "" {
			return k == c.tj || determiners[st.toks[k-1].low] || st.toks[k-1].low == "of" && seizedGroundNouns[st.toks[max(k-2, 0)].low]
		}
		switch t.low {
		case ",", ".", "in", "on", "at", "near", "from", "after", "and", ";", "for", "with":
			return false
		}
	}
	return false
}

// indefiniteTolled: an indefinite assault noun ("a clash", "an attack") with a toll of its own
// introduces its event even inside "after …": "two days after a clash between its activists
// and the BNP left one person dead".
func indefiniteTolled(st *sent, c *cand) bool {
	if c.typ != "ASSAULT" || c.modality != "asserted" || c.background {
		return false
	}
	if d := st.toks[c.ti-1].low; d != "a" && d != "an" {
		return false
	}
	return c.counts.Killed != nil && *c.counts.Killed > 0 || c.counts.Injured != nil && *c.counts.Injured > 0
}

// definiteDescription: "The militants opened fire …" after "Islamic State militants attacked
// …": a definite unnamed description of the same side as a named group without a home country
// (a transnational group) may refer back to it.
func definiteDescription(nm, desc []model.Actor) bool {
	for _, a := range desc {
		if a.Actor != "" || !strings.HasPrefix(strings.ToLower(a.Text), "the ") {
			return false
		}
	}
	stateless := false
	for _, a := range nm {
		if a.Actor != "" && a.Country == "" {
			stateless = true
		}
	}
	s := sideOf(nm)
	return stateless && s != "" && s == sideOf(desc)
}

// definiteVictims: "The workers, all migrants from Sulawesi, were shot and hacked …": an
// agentless passive act on victims already named tells the event before again.
func definiteVictims(st *sent, c *cand) bool {
	if c.noun || !c.passive || len(c.sources) > 0 || len(c.targets) == 0 || c.ti < 2 {
		return false
	}
	return st.toks[0].low == "the" && st.toks[0].low != "" && st.toks[1].arg >= 0 && st.toks[c.ti].clause == st.toks[1].clause
}

// dealBrokers: the agents of "brokered/mediated by X" after an agreement noun with no party
// are its sources ("a ceasefire took effect on Thursday, brokered by the city's elders and the
// municipal council").
func (x *extractor) dealBrokers(st *sent, c *cand) {
	for k := c.tj; k+2 < len(st.toks); k++ {
		switch st.toks[k].low {
		case ";", ".":
			return
		}
		if st.toks[k+1].low != "by" || !brokerVerb(st.toks[k].low) {
			continue
		}
		var ais []int
		for ai, a := range st.args {
			if a.s > k+1 && a.s <= k+14 && (a.isActor || a.place != nil && a.place.Geo.Feature == "country") && !a.pron {
				ais = append(ais, ai)
			}
		}
		if len(ais) > 0 {
			c.sources = x.actors(st, ais)
		}
		return
	}
}

// brokerVerb: a participle of brokering a deal ("brokered", "mediated", "facilitated").
func brokerVerb(low string) bool {
	for _, p := range [...]string{"broker", "mediat", "facilitat", "negotiat"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// tookEffect: the words after an agreement noun say it came into being ("a ceasefire had taken
// effect", "the truce took hold", "came into force", "began at noon"), not a topic of talks
// ("met to discuss a ceasefire in Gaza").
func tookEffect(st *sent, j int) bool {
	for k := j; k < len(st.toks) && k < j+4; k++ {
		switch st.toks[k].lem {
		case "take", "took", "taken":
			return k+1 < len(st.toks) && (st.toks[k+1].low == "effect" || st.toks[k+1].low == "hold")
		case "come", "came":
			return k+2 < len(st.toks) && st.toks[k+1].low == "into" && st.toks[k+2].low == "force"
		case "begin", "began", "begun", "start":
			return true
		case "be", "is", "was", "were", "been", "had", "has", "have", "formally", "finally", "officially":
		default:
			return false
		}
	}
	return false
}

// frontedParticipleSubject: a trigger in a sentence-opening "Having <verb>ed …," clause acts
// with the subject of the main clause, the first actor after the clause's comma.
func (x *extractor) frontedParticipleSubject(st *sent, c *cand) []model.Actor {
	if len(st.toks) < 4 || st.toks[0].low != "having" || c.ti > 2 {
		return nil
	}
	comma := -1
	for k := c.tj; k < len(st.toks) && k < c.tj+15; k++ {
		if st.toks[k].low == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return nil
	}
	for k := comma + 1; k < len(st.toks) && k <= comma+3; k++ {
		if ai := st.toks[k].arg; ai >= 0 && st.args[ai].isActor && !st.args[ai].pron {
			return x.actors(st, []int{ai})
		}
	}
	return nil
}

// dropActors returns as without the actors that match one of drop.
func dropActors(as, drop []model.Actor) []model.Actor {
	var out []model.Actor
	for _, a := range as {
		if !sameActors([]model.Actor{a}, drop) {
			out = append(out, a)
		}
	}
	return out
}
