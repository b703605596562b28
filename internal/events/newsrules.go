package events

import "strings"

// General rules of news English that join or drop candidates; each has a case in
// newsrules_test.go.

// crowdControl: police force against a crowd (tear gas, water cannon, rubber bullets).
func crowdControl(c *cand) bool {
	return c.acled == "interv" || c.weaponHint == "crowd" || c.mode == "crowd-control"
}

// gunfire: "opened fire", "fired on", "shot".
func gunfire(c *cand) bool {
	if c.weaponHint == "gunfire" || c.mode == "firearms" {
		return true
	}
	switch c.s.toks[c.ti].lem {
	case "fire", "shoot", "open":
		return true
	}
	return false
}

// policeOnly: every source is police (an empty side counts as unknown and passes).
func policeOnly(c *cand) bool {
	for _, a := range c.sources {
		if a.Kind != "COP" {
			return false
		}
	}
	return true
}

// crowdFirePair: tear gas and "opened fire" by the same police about one protest are one
// event (ACLED Protests: intervention, or excessive force when someone is killed).
func crowdFirePair(p, c *cand) bool {
	if p.typ != "ASSAULT" || c.typ != "ASSAULT" || p.modality != c.modality || p.background != c.background {
		return false
	}
	if !(crowdControl(p) && gunfire(c) || crowdControl(c) && gunfire(p)) {
		return false
	}
	if len(p.sources) == 0 && len(c.sources) == 0 || !policeOnly(p) || !policeOnly(c) {
		return false
	}
	if len(p.sources) > 0 && len(c.sources) > 0 && !sameActors(p.sources, c.sources) && !sameCountry(p.sources, c.sources) {
		return false
	}
	if p.dateSet && c.dateSet && p.date.Value != c.date.Value {
		return false
	}
	if p.place != nil && c.place != nil && !p.placeFallback && !c.placeFallback && p.place.Geo.Name != c.place.Geo.Name {
		return false
	}
	return true
}

// protestClass re-codes a joined crowd-control event: Protest with intervention, or
// Excessive force against protesters when someone was killed.
func protestClass(p *cand) {
	p.acled, p.mode = "interv", "crowd-control"
	if p.counts.Killed != nil && *p.counts.Killed > 0 {
		p.acled, p.mode = "excessive", "firearms"
	}
}

// namingIdiom: a form of "call" that names or labels rather than calls: "what it called a
// provocation", "the so-called caliphate", "calling it a lie", "critics call it a sham".
func namingIdiom(st *sent, i int) bool {
	if i < 0 || i >= len(st.toks) {
		return false
	}
	cl := st.toks[i].clause
	// "what it called", "what the ministry called", "what officials have called"
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		l := st.toks[k].low
		if l == "what" {
			return true
		}
		if st.toks[k].clause != cl && !st.toks[i].rel || l == "," || l == "." || l == ";" {
			break
		}
	}
	// "so-called", "so called"
	if i > 0 && (st.toks[i-1].low == "so" || st.toks[i-1].low == "so-") || i > 1 && st.toks[i-1].low == "-" && st.toks[i-2].low == "so" {
		return true
	}
	if strings.HasPrefix(st.toks[i].low, "so-") {
		return true
	}
	// "call it a …", "calling them terrorists", "called this 'a first step'"
	if i+2 < len(st.toks) {
		switch st.toks[i+1].low {
		case "it", "them", "this", "that", "these", "those":
			n := st.toks[i+2]
			if determiners[n.low] || quoteTok(n.low) || n.arg >= 0 && st.args[n.arg].generic {
				return true
			}
		}
	}
	return false
}

// namedComplement: token i is in the noun phrase a naming "call" labels ("what it called a
// terrorist attack", "calling it an assault").
func namedComplement(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := st.toks[k]
		if t.lem == "call" {
			return namingIdiom(st, k)
		}
		if determiners[t.low] || adjBeforeNoun[t.low] || quoteTok(t.low) || t.arg >= 0 || t.low == "it" || t.low == "them" || t.low == "this" || t.low == "that" {
			continue
		}
		return false
	}
	return false
}

// passiveBlame: the armed actor of a passive attribution "(was) blamed on X" in the sentence,
// or -1. A passive "blamed on" names the presumed attacker; it is no accusation by anyone.
func passiveBlame(st *sent) int {
	for i := 1; i+1 < len(st.toks); i++ {
		if st.toks[i].lem != "blame" || st.toks[i+1].low != "on" || !passiveAux(st, i) {
			continue
		}
		for k := i + 2; k < len(st.toks) && k <= i+4; k++ {
			if ai := st.toks[k].arg; ai >= 0 {
				a := st.args[ai]
				if a.isActor && (armedKinds[a.actor.Kind] || a.kind == "REB") {
					return ai
				}
				break
			}
			if !determiners[st.toks[k].low] && !adjBeforeNoun[st.toks[k].low] {
				break
			}
		}
	}
	return -1
}

// passiveAux: a form of "be" (or "which"/"widely") right before the participle at i.
func passiveAux(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch st.toks[k].low {
		case "was", "were", "is", "are", "been", "being", "be":
			return true
		case "widely", "largely", "also", "later", "initially", "since", "officially":
			continue
		}
		return false
	}
	return false
}

var blameAgents = set("agent enemy government opposition group gang power state country regime army police authority leader party movement organisation organization network cell faction spy saboteur smuggler criminal extremist separatist islamist")

// blamedOnThing: "blamed X on Y" where Y is no actor (a fault, the weather, a cable).
func blamedOnThing(st *sent, c *cand) bool {
	if st.toks[c.ti].lem != "blame" {
		return false
	}
	cl := st.toks[c.ti].clause
	for k := c.tj; k+1 < len(st.toks) && k <= c.tj+6 && st.toks[k].clause == cl; k++ {
		if st.toks[k].low != "on" {
			continue
		}
		for n := k + 1; n < len(st.toks) && n <= k+5; n++ {
			if ai := st.toks[n].arg; ai >= 0 {
				return !st.args[ai].isActor
			}
			t := st.toks[n]
			if startsLetter(t.text) && isCap(t.text) || personNouns[t.lem] || fightingNouns[t.lem] || blameAgents[t.lem] || blameAgents[strings.TrimSuffix(t.low, "s")] {
				return false // an unresolved name or a group of people may be an actor
			}
			if !startsLetter(t.text) {
				break
			}
		}
		return true
	}
	return false
}

// frameNouns head a background frame: "the 2006 war", "the 2020-2022 conflict".
var frameNouns = set("war wars conflict uprising revolution invasion occupation crisis insurgency offensive genocide intifada fighting civil")

// frameYear: a background frame in c's clause group, "in/during/throughout the 2006 war",
// "In the 2020–2022 war, …", fronted "Since the 2014 war, …": its first year and text.
func frameYear(st *sent, c *cand) (string, string, bool) {
	g := st.toks[c.ti].group
	for k := 0; k+3 < len(st.toks); k++ {
		switch st.toks[k].low {
		case "in", "during", "throughout":
		case "since":
			if k != 0 || c.ti < k {
				continue // "the first since the 2006 war": a comparison, not a frame
			}
		default:
			continue
		}
		if st.toks[k+1].low != "the" {
			continue
		}
		y := st.toks[k+2].low
		if len(y) < 4 || !isYear(y[:4]) || len(y) > 4 && isLetterByte(y[4]) {
			continue
		}
		n := k + 3
		for n < len(st.toks) && n <= k+6 && (!startsLetter(st.toks[n].low) || isYear(st.toks[n].low)) {
			n++ // "2020 – 2022", "2020-2022"
		}
		if n < len(st.toks) && (st.toks[n].low == "arab" || st.toks[n].low == "gaza" || st.toks[n].low == "civil") {
			n++
		}
		if n >= len(st.toks) || !frameNouns[st.toks[n].low] {
			continue
		}
		if st.toks[k].group != g && st.toks[n].group != g {
			continue
		}
		return y[:4], st.toks[k+1].text + " " + st.toks[k+2].text + " " + st.toks[n].text, true
	}
	return "", "", false
}

func isYear(s string) bool {
	if len(s) != 4 || (s[:2] != "19" && s[:2] != "20") {
		return false
	}
	for i := 2; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// denier: the subject of a "deny" governing c's trigger ("Hezbollah denied firing rockets",
// "Rebels denied that they had attacked the village"): the denied act is theirs.
func denier(st *sent, c *cand) []int {
	for k := c.ti - 1; k >= 0 && k >= c.ti-6; k-- {
		t := st.toks[k]
		if t.lem == "deny" && !strings.HasSuffix(t.low, "ing") {
			between := st.toks[k+1 : c.ti]
			for _, b := range between {
				switch {
				case b.low == "that" || pronouns[b.low] || possessives[b.low] || b.low == "had" || b.low == "have" || b.low == "has" || b.low == "ever" || b.low == "any" || b.arg >= 0 && st.args[b.arg].pron:
				default:
					return nil // "denied the report and attacked …": not the denied act
				}
			}
			sp := pickSubject(st, clauseStart(st, k), k)
			if len(sp) > 0 && st.args[sp[0]].isActor && !st.args[sp[0]].pron {
				return sp[:1]
			}
			return nil
		}
		if t.low == "." || t.low == ";" {
			return nil
		}
	}
	return nil
}

func startsLetter(s string) bool { return s != "" && isLetterByte(s[0]) }
