package events

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Session 4 count rules for news English (cases in session4_test.go).

// victimHeads are person nouns that may head a victim phrase ("two gendarmes and a polling
// official", "A Rwandan peacekeeper was killed"); personNouns plus roles that name people.
var victimHeads = set("gendarme official driver pilgrim peacekeeper guard passenger farmer trader teacher nurse doctor guardsman ranger colleague relative boy girl wife husband son daughter mother father brother sister baby infant teenager priest worshipper shepherd herder fisherman miner policewoman marine sailor pilot employee volunteer medic paramedic engineer contractor tourist migrant refugee prisoner inmate detainee suspect militiaman agent bystander chief leader lawmaker mayor councillor councilor judge activist opponent supporter merchant shopkeeper labourer laborer customer guest security cadet recruit sergeant captain lieutenant colonel major general corporal private constable trooper militia local youth adult elder pupil schoolgirl schoolboy schoolchild hostage worshipper farmer herdsman hunter logger ranger guard headman imam cleric chieftain")

// victimNoun reports whether w (lower case) is a person noun, and whether it is plural.
func victimNoun(w string) (ok, pl bool) {
	if w == "people" || w == "police" || w == "personnel" {
		return true, true
	}
	if w == "men" || w == "women" || w == "children" || w == "schoolchildren" {
		return true, true
	}
	if personNouns[w] || victimHeads[w] {
		return true, false
	}
	if strings.HasSuffix(w, "men") && (personNouns[w[:len(w)-3]+"man"] || victimHeads[w[:len(w)-3]+"man"]) {
		return true, true
	}
	if strings.HasSuffix(w, "s") && len(w) > 3 {
		b := w[:len(w)-1]
		if personNouns[b] || victimHeads[b] {
			return true, true
		}
		if strings.HasSuffix(w, "ies") && (personNouns[w[:len(w)-3]+"y"] || victimHeads[w[:len(w)-3]+"y"]) {
			return true, true
		}
	}
	return false, false
}

// coordVictims reads a list of counted person phrases starting at token j: "two gendarmes and
// a polling official" is 3 in 2 items, "a soldier, two policemen and a child" is 4 in 3. It
// returns the total and the number of items; items 0 when the words are no such list, and
// a list whose last phrase is the subject of a new clause ("two soldiers and a civilian was
// wounded") is cut before that phrase.
func coordVictims(st *sent, j int) (total, items int) {
	n, open, cnt := 0, false, 0
	lastTotal, lastItems, lastEnd := 0, 0, 0
	mods := 0
	k := j
	for ; k < len(st.toks) && k < j+20; k++ {
		t := &st.toks[k]
		if !open && (approxWords[t.low] || t.low == "at" && k+1 < len(st.toks) && st.toks[k+1].low == "least") {
			continue
		}
		if !open {
			switch {
			case t.low == "a" || t.low == "an" || t.low == "another" || t.low == "one":
				open, cnt, mods = true, 1, 0
				continue
			case isNumberTok(t.low):
				v, ok := numberValue(t.low)
				if !ok {
					return 0, 0
				}
				open, cnt, mods = true, v, 0
				continue
			case t.low == "and" || t.low == ",":
				if items == 0 {
					return 0, 0
				}
				continue
			case (t.low == "her" || t.low == "his" || t.low == "their") && items > 0:
				// "a woman and her two sons", "a farmer and his wife"
				if k+1 < len(st.toks) && isNumberTok(st.toks[k+1].low) {
					continue
				}
				open, cnt, mods = true, 1, 0
				continue
			default:
				goto end
			}
		}
		if ok, pl := victimNoun(t.low); ok && (pl == (cnt > 1) || t.low == "police" || t.low == "security") {
			if k+1 < len(st.toks) {
				if nx := st.toks[k+1].low; nx == "and" || nx == "," {
					if k+2 < len(st.toks) {
						if ok2, _ := victimNoun(st.toks[k+2].low); ok2 {
							continue // "a police officer", "a polling station worker": noun modifier
						}
					}
				}
				if ok2, _ := victimNoun(st.toks[k+1].low); ok2 {
					continue // "a police officer": the head comes next
				}
			}
			lastTotal, lastItems, lastEnd = n, items, k
			n += cnt
			items++
			open = false
			continue
		}
		if t.low == "," || t.low == "and" || t.low == "of" || t.low == "(" || mods >= 4 || !isLetterByte(t.low[0]) && t.low != "-" {
			return 0, 0
		}
		mods++
	}
end:
	if open {
		return 0, 0
	}
	if k < len(st.toks) {
		switch st.toks[k].low {
		case "was", "were", "is", "are", "had", "has", "have":
			return lastTotal, lastItems // the last phrase opens a clause of its own
		}
		for q := lastEnd + 1; lastEnd > 0 && q < len(st.toks) && q <= lastEnd+2; q++ {
			switch st.toks[q].low {
			case "said", "says", "told", "added", "reported", "confirmed":
				// "wounding 12 others, a military official said", "…, a security source
				// said": the last phrase is the speaker, no victim
				return lastTotal, lastItems
			case ",", "and":
				q = len(st.toks)
			}
		}
	}
	return n, items
}

// singleVictimSubject: "A policeman was killed", "a Rwandan peacekeeper was wounded": the
// passive consequence verb at ti has one indefinite person as its subject.
func singleVictimSubject(st *sent, ti int) bool {
	k := ti - 1
	for k >= 0 && (st.toks[k].low == "reportedly" || st.toks[k].low == "also" || st.toks[k].low == "later" || st.toks[k].low == "fatally" || st.toks[k].low == "seriously" || st.toks[k].low == "critically") {
		k--
	}
	if k < 1 || st.toks[k].low != "was" {
		return false
	}
	k--
	if st.toks[k].low == "," {
		// "One sailor, a Filipino national, was killed": past the apposition
		m := k - 1
		for m > 0 && m >= k-6 && st.toks[m].low != "," {
			m--
		}
		if m <= 0 || st.toks[m].low != "," {
			return false
		}
		k = m - 1
	}
	if ok, _ := victimNoun(st.toks[k].low); !ok {
		// "a municipal councillor from the coastal city of Manta was shot dead": the head
		// before the prepositional tail
		for m := k - 1; m > 0 && m >= k-7; m-- {
			if l := st.toks[m].low; l == "from" || l == "of" || l == "in" || l == "at" {
				if ok2, _ := victimNoun(st.toks[m-1].low); ok2 {
					k = m - 1
					break
				}
			}
			if st.toks[m].low == "," || st.toks[m].low == "was" {
				break
			}
		}
	}
	if ok, pl := victimNoun(st.toks[k].low); !ok || pl || st.toks[k].low == "police" || st.toks[k].low == "security" {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		switch st.toks[m].low {
		case "a", "an", "one":
			return m == 0 || st.toks[m-1].low == "," || st.toks[m-1].low == "and" || st.toks[m-1].low == "--" || st.toks[m-1].low == "—" || st.toks[m-1].low == "-" || st.toks[m-1].low == "–" || st.toks[m-1].low == "when" || st.toks[m-1].low == "after" || st.toks[m-1].low == ";" || st.toks[m-1].low == "while" || st.toks[m-1].low == "as"
		case ",", "and", "the", "his", "her", "their", "its", "of", "who", "which":
			return false
		}
	}
	return false
}

// semicolonToll: c is an agentless toll clause (killed, wounded) after a semicolon that
// follows the assault p of the same sentence.
func semicolonToll(p, c *cand) bool {
	if p.typ != "ASSAULT" || c.typ != "ASSAULT" || p.conseqOnly || !c.conseqOnly || len(c.sources) > 0 || p.s != c.s || c.ti <= p.tj || p.modality != c.modality {
		return false
	}
	st := p.s
	if st.toks[p.ti].group == st.toks[c.ti].group {
		return false
	}
	semi := false
	for k := p.tj; k < c.ti; k++ {
		if st.toks[k].low == ";" {
			semi = true
		}
	}
	return semi && (c.place == nil || c.placeFallback || p.place != nil && strings.EqualFold(p.place.Geo.Name, c.place.Geo.Name))
}

// pledgedAid: "pledged military aid to Ukraine", "promised to send more weapons": the pledge is
// the AID itself (its mode from the aid's words), not an AGREE beside it; the nominal "aid"
// inside the phrase is the same act.
func pledgedAid(st *sent, cs []*cand) {
	for _, c := range cs {
		if c.typ != "AID" || c.dropped {
			continue
		}
		if c.noun {
			// "pledged $200 million in humanitarian aid": the pledge verb takes the noun
			host := false
			for _, o := range cs {
				if o.typ == "AGREE" && !o.noun && !o.dropped && o.ti < c.ti && c.ti-o.tj <= 6 && st.toks[o.ti].clause == st.toks[c.ti].clause && (st.toks[o.ti].lem == "pledge" || st.toks[o.ti].lem == "promise") {
					host = true
				}
			}
			if !host {
				continue
			}
		}
		if c.mode == "" {
			for k := c.ti - 2; k < len(st.toks) && k < c.tj+2; k++ {
				if k < 0 {
					continue
				}
				switch st.toks[k].low {
				case "military", "weapons", "arms", "ammunition", "missiles", "defence", "defense", "security":
					c.mode = "military"
				case "humanitarian", "food", "medical", "relief":
					c.mode = "humanitarian"
				case "economic", "financial", "budget", "budgetary", "loan", "loans", "reconstruction":
					c.mode = "economic"
				}
				if c.mode != "" {
					break
				}
			}
		}
		for _, o := range cs {
			if o == c || o.dropped {
				continue
			}
			switch {
			case o.typ == "AID" && o.noun && o.ti >= c.ti && o.ti < c.tj:
				o.dropped = true // the noun "aid" of "pledged military aid"
			case o.typ == "AGREE" && !o.noun && o.ti <= c.ti && c.ti <= o.tj+6 && st.toks[o.ti].clause == st.toks[c.ti].clause && (st.toks[o.ti].lem == "pledge" || st.toks[o.ti].lem == "promise" || !c.noun):
				o.dropped = true // "promised to send weapons": the promise is the aid
				if len(c.sources) == 0 {
					c.sources = o.sources
				}
				if len(c.targets) == 0 {
					c.targets = o.targets
				}
			}
		}
	}
}

// crashVehicles: vehicles whose hitting something is a crash, unless what they hit is a mine.
var crashVehicles = set("bus buses car cars truck trucks lorry lorries van vans minibus train vehicle vehicles tanker taxi motorcycle")

// vehicleCrash: "the bus hit a roadside wall", "a truck struck a tree": a vehicle as the
// subject of hit/strike/slam into is a crash, not an attack (a mine or bomb it struck is one).
func vehicleCrash(st *sent, c *cand) bool {
	if c.noun || c.ti == 0 || !crashVehicles[st.toks[c.ti-1].low] {
		return false
	}
	switch st.toks[c.ti].lem {
	case "hit", "strike", "slam", "crash", "smash", "ram":
	default:
		return false
	}
	return !objectIsMine(st, c.tj)
}

// unitNouns: armed units and posts that "come under fire" ("The patrol came under fire").
var unitNouns = set("patrol convoy base post position checkpoint outpost camp garrison unit column")

// dropSpeakers: a passive toll verb with no by-agent ("One sailor was killed …, the ship's
// Greek manager said") takes no source from the reporting clause after it.
func (x *extractor) dropSpeakers(st *sent, c *cand) []model.Actor {
	for k := c.tj; k < len(st.toks) && k <= c.tj+2; k++ {
		if st.toks[k].low == "by" {
			return c.sources
		}
	}
	var keep []model.Actor
	for _, a := range c.sources {
		speaker := false
		for _, g := range st.args {
			if g.s <= c.tj || g.s >= g.e || x.text[st.toks[g.s].start:st.toks[g.e-1].end] != a.Text && g.actor.Text != a.Text {
				continue
			}
			for k := g.e; k < len(st.toks) && k <= g.e+3; k++ {
				if reportVerbs[st.toks[k].lem] {
					speaker = true
				}
			}
		}
		if !speaker {
			keep = append(keep, a)
		}
	}
	return keep
}

// temporalReferences: "a drone strike hit a minibus …, a day before the battle, killing 11
// passengers": a definite event noun in a temporal phrase (before/after the battle) after an
// assault of the sentence names another event as a time frame; it is no candidate here (its
// toll and participles belong to the sentence's own act).
func temporalReferences(st *sent, cs []*cand) {
	for _, c := range cs {
		if !c.noun || c.typ != "ASSAULT" || c.dropped || c.ti < 2 || st.toks[c.ti-1].low != "the" {
			continue
		}
		if p := st.toks[c.ti-2].low; p != "before" && p != "after" {
			continue
		}
		for _, o := range cs {
			if o != c && !o.dropped && o.typ == "ASSAULT" && o.ti < c.ti-2 && !o.conseqOnly {
				c.dropped = true
				break
			}
		}
	}
}

// lastAssault: the last ASSAULT candidate kept so far.
func lastAssault(out []*cand) *cand {
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].typ == "ASSAULT" {
			return out[i]
		}
	}
	return nil
}

// interventionArrests: "Guardsmen used tear gas to break up a sit-in. A rights group said 19
// people were detained there": an agentless passive arrest right after state forces broke up a
// crowd, in the same paragraph, was made by those forces.
func (x *extractor) interventionArrests(st *sent, cs []*cand, all []*cand) {
	for _, c := range cs {
		if c.dropped || c.typ != "COERCE" || !c.passive || len(c.sources) > 0 || c.modality != "asserted" {
			continue
		}
		for i := len(all) - 1; i >= 0; i-- {
			p := all[i]
			if p.s.idx < st.idx-1 {
				break
			}
			if p.s == st || !x.sameParagraph(p.s, st) || p.modality != "asserted" || !stateSide(p.sources) {
				continue
			}
			if p.typ == "ASSAULT" && (p.acled == "interv" || p.acled == "excessive") {
				c.sources = p.sources
				break
			}
		}
	}
}

// civilianFlight: subjects whose flight is displacement.
var civilianFlight = set("people civilians residents villagers families family fishermen farmers thousands hundreds tens dozens households inhabitants refugees children women students traders")

// perpetratorFlight: "the attackers fled into the forest", "They fled with the cash", "Two
// others fled on foot": flight that is no displacement (SANCTION expel, PLOVER), because the
// ones fleeing are attackers, or are no crowd of civilians (no count, no civilian noun).
func perpetratorFlight(st *sent, c *cand) bool {
	if c.typ != "SANCTION" || st.toks[c.ti].lem != "flee" || c.noun {
		return false
	}
	if c.counts.Displaced != nil && *c.counts.Displaced >= 10 {
		return false
	}
	for _, a := range c.sources {
		h := strings.ToLower(headWord(a.Text))
		if civilianFlight[h] {
			return false
		}
	}
	// no source: the words before the verb
	for k := c.ti - 1; k >= 0 && k >= c.ti-3; k-- {
		if civilianFlight[st.toks[k].low] {
			return false
		}
	}
	return true
}

// fightWithdrawal: a side that withdraws or retreats in the sentence that tells its fight
// ("the militants opened fire on the post … and withdrew towards the valley", "the exchange of
// fire went on for 40 minutes before the attackers retreated", "retook the village after the
// jihadists withdrew into the mountains") ends that fight; the withdrawal is no event of its
// own. A withdrawal told on its own ("soldiers had withdrawn towards the naval base") or from a
// place ("troops withdrew from Khan Younis after a four-month offensive") stays.
func fightWithdrawal(st *sent, c *cand, cs []*cand) bool {
	if c.typ != "RETREAT" || c.noun || c.modality != "asserted" {
		return false
	}
	switch st.toks[c.ti].lem {
	case "withdraw", "retreat":
	default:
		return false
	}
	if c.tj < len(st.toks) && st.toks[c.tj].low == "from" {
		return false // "Israeli troops withdrew from Khan Younis after a four-month offensive"
	}
	for _, p := range cs {
		if p != c && !p.dropped && !p.noun && p.typ == "ASSAULT" && p.modality == "asserted" {
			return true
		}
	}
	return false
}
