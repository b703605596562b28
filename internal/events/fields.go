package events

import (
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// runningTotal reports a sentence that gives cumulative figures.
func runningTotal(st *sent) bool {
	perfectPassive := false
	for i := range st.toks {
		t := &st.toks[i]
		switch t.low {
		case "since", "tally", "overall", "cumulative", "altogether":
			return true
		case "toll":
			// "the death toll rose to nine": a running total; "a toll far higher than the
			// junta's", "without giving a toll", "a toll booth": none
			for k := i + 1; k < len(st.toks) && k <= i+5; k++ {
				if tollRiseLemmas[st.toks[k].lem] {
					return true
				}
			}
		case "so", "to", "in":
			if i+1 < len(st.toks) {
				n := st.toks[i+1].low
				if t.low == "so" && n == "far" || t.low == "to" && n == "date" || t.low == "in" && n == "total" {
					return true
				}
			}
		case "have", "has":
			if i+2 < len(st.toks) && st.toks[i+1].low == "been" {
				switch st.toks[i+2].lem {
				case "kill", "wound", "injure", "displace", "arrest", "detain":
					perfectPassive = true
				}
			}
			if i+1 < len(st.toks) {
				switch st.toks[i+1].lem {
				case "kill", "displace", "claim", "wound", "flee":
					perfectPassive = true // "the war has killed more than 15,000 people"
				}
			}
		}
	}
	if perfectPassive {
		for _, tx := range st.timexes {
			if tx.Precision == "day" {
				return false
			}
		}
		return !singleEpisode(st)
	}
	return false
}

// episodeNouns name one violent episode.
var episodeNouns = set("raid attack ambush assault strike airstrike air-strike bombing explosion blast shooting massacre incursion")

// singleEpisode: the sentence sets its toll in one episode, "in a night raid on three
// villages", "in an ambush": "Bandits have killed nine people in a raid …" is one act's toll,
// not a running total like "the war has killed 15,000".
func singleEpisode(st *sent) bool {
	if indefiniteEpisodeSubject(st) {
		return true // "An Israeli drone strike on a car has killed three people"
	}
	for i := 0; i+1 < len(st.toks); i++ {
		if st.toks[i].low != "in" || st.toks[i+1].low != "a" && st.toks[i+1].low != "an" {
			continue
		}
		for k := i + 2; k < len(st.toks) && k <= i+4; k++ {
			if episodeNouns[st.toks[k].lem] || episodeNouns[st.toks[k].low] {
				return true
			}
		}
	}
	return false
}

// tollRiseLemmas after "toll" make it a running total ("the toll rose to nine", "has
// climbed to", "stands at").
var tollRiseLemmas = set("rise rose risen climb reach increase jump stand mount grow top pass exceed")

// countNouns maps a counted noun to the Counts field it measures, by trigger type.
var munitionNouns = set("rocket missile shell mortar projectile drone bomb grenade katyusha round")
var personNouns = set("terrorist assailant attacker jihadist bandit kidnapper people person civilian soldier fighter militant member child woman man resident police policeman officer commander worker student protester demonstrator villager journalist troop insurgent rebel gunman other")

// counts fills the tolls of a candidate from quantities in its clause group.
func (x *extractor) counts(st *sent, c *cand) {
	if runningTotal(st) && whenEpisode(st, c) < 0 && !ownArrestSentence(st, c) {
		return
	}
	g := st.toks[c.ti].group
	set := func(field string, v int, approx bool) {
		switch field {
		case "killed", "injured":
			if c.typ != "ASSAULT" && c.typ != "PROTEST" {
				return // a toll belongs to the violence, not to the arrests beside it
			}
		case "arrested":
			if c.typ != "COERCE" && c.typ != "ASSAULT" && c.typ != "PROTEST" {
				return
			}
		case "participants":
			if c.typ != "PROTEST" {
				return
			}
		}
		var p **int
		switch field {
		case "killed":
			p = &c.counts.Killed
		case "injured":
			p = &c.counts.Injured
		case "displaced":
			p = &c.counts.Displaced
		case "arrested":
			p = &c.counts.Arrested
		case "kidnapped":
			p = &c.counts.Kidnapped
		case "munitions":
			p = &c.counts.Munitions
		case "participants":
			p = &c.counts.Participants
		default:
			return
		}
		if *p == nil {
			*p = model.Int(v)
			if approx {
				if c.approx == nil {
					c.approx = map[string]bool{}
				}
				c.approx[field] = true
			}
		}
	}
	used := false
	var setKilled, setInjured bool // set by a quantity of this sentence
	quants := st.quants
	if c.typ == "COERCE" && !c.noun {
		// "… by thousands of students, detaining 27 people": the arrest verb's own object
		// counts first
		for qi, q := range st.quants {
			if i, _ := tokRange(st.toks, q.Start, q.End); i >= c.tj && i <= c.tj+2 && qi > 0 {
				quants = append([]model.Quantity{q}, append(append([]model.Quantity(nil), st.quants[:qi]...), st.quants[qi+1:]...)...)
				break
			}
		}
	}
	for _, q := range quants {
		if q.RunningTotal && !x.ownArrestTotal(st, c, q) {
			continue
		}
		i, _ := tokRange(st.toks, q.Start, q.End)
		if i < 0 || st.toks[i].group != g {
			continue
		}
		if periodClause(st, i) {
			continue // "after two days of protests, in which 12 people were killed": the period's toll
		}
		if partitive(st, q) {
			continue // "Nine people were killed, four of them children": a part of a toll told
		}
		if st.toks[i].clause != st.toks[c.ti].clause && st.attackClause[st.toks[i].clause] && !c.conseqOnly && c.typ == "ASSAULT" {
			continue // "…, and strikes on Odesa killed two": that clause's own toll
		}
		f := q.Counts
		if f == "" {
			n := strings.ToLower(q.Noun)
			if sp := strings.LastIndexByte(n, ' '); sp >= 0 {
				n = n[sp+1:] // "three Central African employees": the head noun
			}
			f = x.fieldFor(st, c, i, n)
		}
		if f != "" {
			v := q.Value
			switch f {
			case "killed", "injured", "kidnapped", "arrested":
				// "killing two gendarmes and a polling official": the list's sum
				if n, items := coordVictims(st, i); items >= 2 && n > v {
					v = n
				}
			}
			if (f == "killed" && setKilled || f == "injured" && setInjured) && i+1 < len(st.toks) && (st.toks[i+1].low == "more" || st.toks[i+1].low == "others") && (f == "killed" || f == "injured") {
				// "Seven pilgrims died on the spot and two more died overnight": the sum
				p := &c.counts.Killed
				if f == "injured" {
					p = &c.counts.Injured
				}
				if *p != nil {
					*p = model.Int(**p + v)
				}
				continue
			}
			set(f, v, q.Approx)
			setKilled = setKilled || f == "killed"
			setInjured = setInjured || f == "injured"
			used = true
		}
	}
	if !used && len(x.a.Quantities) == 0 {
		// fallback when the quantity stage found nothing: number + noun
		for i := 0; i < len(st.toks); i++ {
			t := st.toks[i]
			if t.group != g || !isNumberTok(t.low) || inTimex(st, t.start) {
				continue
			}
			v, ok := numberValue(t.low)
			if !ok || v > 1000000 {
				continue
			}
			approx := false
			if i > 0 && approxWords[st.toks[i-1].low] {
				approx = true
			}
			if t.low == "dozens" || t.low == "scores" || t.low == "hundreds" || t.low == "thousands" {
				approx = true
			}
			// the counted noun: skip "of", modifiers
			noun := ""
			for k := i + 1; k < len(st.toks) && k <= i+5; k++ {
				l := st.toks[k].lem
				if munitionNouns[l] || personNouns[l] {
					noun = l
					break
				}
			}
			if noun == "" {
				continue
			}
			if f := x.fieldFor(st, c, i, noun); f != "" {
				set(f, v, approx)
			}
		}
	}
	// "killing a woman and her two sons": the object list's sum
	if !c.noun && !c.passive && c.tj < len(st.toks) && (st.toks[c.ti].lem == "kill" || st.toks[c.ti].lem == "killing") {
		if n, items := coordVictims(st, c.tj); items >= 2 && (c.counts.Killed == nil || n > *c.counts.Killed) {
			c.counts.Killed = model.Int(n)
			c.listCount = true
		} else if items == 1 && n == 1 && c.counts.Killed == nil && (st.toks[c.tj].low == "a" || st.toks[c.tj].low == "an" || st.toks[c.tj].low == "one") {
			c.counts.Killed = model.Int(1) // "a drone attack killed a man"
		}
	}
	// "killed a senior commander and another man": two single victims
	if c.counts.Killed == nil && !c.noun && !c.passive && (st.toks[c.ti].lem == "kill" || st.toks[c.ti].lem == "killing") {
		if n := singularVictims(st, c.tj); n > 1 {
			c.counts.Killed = model.Int(n)
		}
	}
	// "A policeman was killed and three others were wounded": one indefinite victim
	if c.passive && !c.noun {
		switch st.toks[c.ti].lem {
		case "kill", "shoot":
			if c.counts.Killed == nil && (st.toks[c.ti].lem == "kill" || c.tj < len(st.toks) && st.toks[c.tj-1].low == "dead") && singleVictimSubject(st, c.ti) {
				c.counts.Killed = model.Int(1)
			}
		case "wound", "injure":
			if c.counts.Injured == nil && singleVictimSubject(st, c.ti) {
				c.counts.Injured = model.Int(1)
			}
		}
	}
	// "gunmen shot dead a village defence volunteer": one indefinite victim
	if c.counts.Killed == nil && !c.noun && !c.passive && c.tj > c.ti && c.tj < len(st.toks) && len(c.targets) == 1 &&
		((st.toks[c.ti].lem == "shoot" && st.toks[c.tj-1].low == "dead") || (st.toks[c.ti].lem == "gun" && st.toks[c.tj-1].low == "down")) {
		if a := st.toks[c.tj].low; (a == "a" || a == "an") && !plural(strings.ToLower(c.targets[0].Text)) {
			c.counts.Killed = model.Int(1)
		}
	}
	// "arrested journalist Maria Lopez", "abducted the mayor, Juan Perez": one named person
	if !c.noun && !c.passive && len(c.targets) >= 1 && (c.mode == "abduct" && c.counts.Kidnapped == nil || c.typ == "COERCE" && c.mode == "arrest" && c.counts.Arrested == nil) {
		if n := namedPersons(x, c); n > 0 {
			if c.mode == "abduct" {
				c.counts.Kidnapped = model.Int(n)
			} else {
				c.counts.Arrested = model.Int(n)
			}
		}
	}
	// "…, killing the driver", "killed a local teacher": one victim told by a singular noun
	if c.counts.Killed == nil && !c.noun && !c.passive && c.e.flags&fConseq != 0 && (st.toks[c.ti].lem == "kill" || st.toks[c.ti].lem == "killing") {
		if singleObjectVictim(st, c.tj) {
			c.counts.Killed = model.Int(1)
		}
	}
	// "killed Mohammad Nasser": one named victim
	if c.counts.Killed == nil && c.e.flags&fConseq != 0 && (st.toks[c.ti].lem == "kill" || st.toks[c.ti].lem == "killing" || st.toks[c.ti].lem == "assassinate") && len(c.targets) == 1 {
		t := c.targets[0]
		if !strings.HasSuffix(strings.ToLower(t.Text), "s") && t.Text != "" && (isCap(t.Text) || strings.Contains(strings.ToLower(t.Text), "commander")) {
			c.counts.Killed = model.Int(1)
		}
	}
}

func numberValue(s string) (int, bool) {
	if v, ok := numberWords[s]; ok {
		return v, true
	}
	if s == "" || !isDigitByte(s[0]) {
		return 0, false
	}
	v, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return v, err == nil
}

// fieldFor decides which count a number with noun measures for candidate c.
func (x *extractor) fieldFor(st *sent, c *cand, i int, noun string) string {
	noun = x.lx.lemma(noun)
	if munitionNouns[noun] {
		if c.typ == "ASSAULT" {
			return "munitions"
		}
		return ""
	}
	if ok, _ := victimNoun(noun); !ok && !personNouns[noun] && noun != "" {
		// a noun the victim lists lack is still the object of a kill verb right before it
		// ("gunned down 14 worshippers", "killed nine pilgrims"), unless it is no person
		if !nonPersonObjects[noun] {
			if f := objectOfTollVerb(st, i); f != "" {
				return f
			}
		}
		return ""
	}
	// the verb near the number decides; an inserted ", including a teacher," is skipped. The
	// window runs from the counted noun ("three Central African employees of an aid group were
	// abducted")
	lim := i + 8
	for k := i + 1; k < len(st.toks) && k <= i+5; k++ {
		if st.toks[k].lem == noun {
			lim = k + 8
			break
		}
	}
	for k := i + 1; k < len(st.toks) && k <= lim; k++ {
		if st.toks[k].low == "(" {
			// "Four fighters of the Popular Mobilization Forces (PMF, or Hashd al-Shaabi) were
			// killed": a bracketed name is skipped
			for q := k + 1; q < len(st.toks) && q <= k+12; q++ {
				if st.toks[q].low == ")" {
					lim += q - k + 1
					k = q
					break
				}
			}
			continue
		}
		if st.toks[k].low == "," && k+1 < len(st.toks) && st.toks[k+1].low == "including" {
			for q := k + 2; q < len(st.toks) && q <= k+10; q++ {
				if st.toks[q].low == "," {
					lim += q - k + 1
					k = q
					break
				}
			}
			continue
		}
		if isCap(st.toks[k].text) && k > 0 {
			continue // "Martyrs' Square": a name, no toll verb
		}
		if st.toks[k].low == "death" && st.toks[k-1].low == "to" && k-1 > i {
			return "killed" // "hacked three farmers to death"
		}
		switch st.toks[k].lem {
		case "kill", "dead", "die", "killing", "neutralise", "neutralize", "martyr", "behead", "execute", "massacre", "slaughter", "murder", "lynch":
			return "killed"
		case "wound", "injure", "hurt":
			return "injured"
		case "arrest", "detain":
			return "arrested"
		case "kidnap", "abduct":
			return "kidnapped"
		case "displace", "flee":
			return "displaced"
		}
	}
	if i > 0 && st.toks[i-1].low == "by" {
		return "" // "was shot dead by two men": the agents, no victims
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if st.toks[k].low == "dead" && k > 0 && st.toks[k-1].lem == "shoot" {
			return "killed" // "shot dead four people"
		}
		if st.toks[k].low == "down" && k > 0 && (st.toks[k-1].low == "gunned" || st.toks[k-1].low == "mowed" || st.toks[k-1].low == "cut") {
			return "killed" // "gunned down 14 worshippers"
		}
		if isCap(st.toks[k].text) && k > 0 {
			continue
		}
		switch st.toks[k].lem {
		case "kill", "killing", "neutralise", "neutralize", "martyr", "behead", "execute", "massacre", "slaughter", "murder", "lynch":
			return "killed"
		case "wound", "injure":
			return "injured"
		case "arrest", "detain":
			return "arrested"
		case "kidnap", "abduct":
			return "kidnapped"
		}
	}
	if !c.noun && i >= c.tj && i <= c.tj+2 {
		// the trigger's own object: "seized six police officers", "rounded up 40 people"
		switch {
		case c.mode == "abduct":
			return "kidnapped"
		case c.typ == "COERCE" && c.mode == "arrest":
			return "arrested"
		}
	}
	if c.typ == "PROTEST" && (noun == "protester" || noun == "people" || noun == "demonstrator" || noun == "student" || noun == "worker") {
		return "participants"
	}
	return ""
}

// zeroCasualties: "no immediate reports of casualties", "no one was hurt".
func zeroCasualties(st *sent) bool {
	for i := range st.toks {
		t := &st.toks[i]
		if t.low != "no" {
			continue
		}
		for k := i + 1; k < len(st.toks) && k <= i+5; k++ {
			switch st.toks[k].lem {
			case "casualty", "injury", "death", "fatality":
				return true
			case "one":
				if k+3 < len(st.toks) {
					for q := k + 1; q <= k+3; q++ {
						switch st.toks[q].lem {
						case "kill", "hurt", "injure", "wound":
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// weaponsOf finds the ACLED hint and mode the weapons of the clause group give.
func weaponsOf(st *sent, c *cand) (string, string) {
	if h, m := weaponsIn(st, c, true); h != "" {
		return h, m // the trigger's own clause names its weapons
	}
	return weaponsIn(st, c, false)
}

func weaponsIn(st *sent, c *cand, clauseOnly bool) (string, string) {
	g := st.toks[c.ti].group
	cl := st.toks[c.ti].clause
	hint, mode := "", ""
	for _, k := range st.weaponToks() {
		t := &st.toks[k]
		if t.group != g || clauseOnly && t.clause != cl {
			continue
		}
		if seizedObject(st, k) {
			continue // "killed nine militants and recovered weapons and explosives": no weapon used
		}
		w := weaponClass[t.lem]
		if vehicleBomb(st, k) {
			w = [2]string{"ied", "explosives"} // "a truck bomb", "a car bomb"
		}
		if t.lem == "air" && !(k+1 < len(st.toks) && (st.toks[k+1].lem == "strike" || st.toks[k+1].lem == "raid" || st.toks[k+1].lem == "attack")) {
			continue
		}
		if t.lem == "mine" && !(k > 0 && (st.toks[k-1].low == "land" || st.toks[k-1].low == "a")) {
			continue
		}
		if t.lem == "device" && !(k > 0 && strings.Contains(st.toks[k-1].low, "explosive")) {
			continue
		}
		if (t.lem == "bullet" || t.lem == "round") && k > 0 && (st.toks[k-1].low == "rubber" || st.toks[k-1].low == "plastic") {
			w = [2]string{"crowd", "crowd-control"} // rubber bullets are crowd control
		}
		if weaponRank[w[0]] > weaponRank[hint] {
			hint, mode = w[0], w[1]
		}
	}
	return hint, mode
}

// dates assigns dates, relative re-anchoring and the background flag.
func (x *extractor) dates(all []*cand) {
	// own timexes first
	for _, c := range all {
		x.ownDate(c)
		for _, j := range c.joined {
			if c.dateSet {
				break
			}
			x.ownDate(j)
			if j.dateSet {
				c.date, c.dateSet = j.date, true
			}
		}
	}
	for _, c := range all {
		x.lastWeekDay(c)
	}
	x.dominant = dominantDate(all, x.a.Ref)
	prev := ""
	for _, c := range all {
		st := c.s
		led := false
		if n, txt, ok := leadRel(st); ok && !c.dateSet {
			// "A day later, a drone struck …": relative to the last event reported before it
			if base := lastDay(all, c); base != "" {
				if v := addDays(base, n); v != "" {
					c.date = model.Date{Value: v, Precision: "day", Text: txt}
					c.dateSet, led = true, true
				}
			}
		}
		if n, after, pos, ok := relDays(st, c); ok && !led {
			anchor := ""
			for _, tx := range st.timexes {
				if tx.Precision == "day" && !isRelPhrase(st, tx) && !possessiveTimex(st, tx) && tx.Value != "" && (after && tx.Start < pos || !after) {
					anchor = tx.Value
				}
			}
			if anchor == "" {
				anchor = x.dominant
			}
			if v := addDays(anchor, -n); v != "" {
				c.date = model.Date{Value: v, Precision: "day", Text: relText(st, pos)}
				c.dateSet = true
			}
		}
		if !c.dateSet {
			if y, txt, ok := frameYear(st, c); ok && len(x.a.Ref) >= 4 && y < x.a.Ref[:4] {
				// "… later fought … in the 2020-2022 war": the frame, not the last day told
				c.date, c.dateSet = model.Date{Value: y, Precision: "year", Text: txt}, true
			}
		}
		if !c.dateSet && c.reportedPerfect {
			reportedAct(all, c)
		}
		if !c.dateSet && laterPhrase(st) {
			// "later the same day": the day of the last dated event before this sentence
			if v := lastDay(all, c); v != "" {
				prev = v
			}
			if prev != "" {
				c.date = model.Date{Value: prev, Precision: "day", Text: ""}
				c.dateSet = true
			}
		}
		if !c.dateSet && len(st.timexes) == 0 && (c.modality == "" || c.modality == "asserted") && overnightIn(st, c) && len(x.a.Ref) >= 10 && x.a.Ref[4] == '-' && x.a.Ref[7] == '-' {
			// news convention: "overnight" in a report published on day D is the night ending on D
			c.date = model.Date{Value: x.a.Ref[:10], Precision: "day", Text: "overnight"}
			c.dateSet = true
			if v := x.eveningBefore(st); v != "" {
				// "… said on Tuesday evening that … . Soldiers were deployed overnight": the
				// night after the day the sentence before told, in its paragraph
				c.date.Value = v
			}
		}
		for _, tx := range st.timexes {
			if tx.Precision == "day" && tx.Value != "" && !isRelPhrase(st, tx) {
				prev = tx.Value
			}
		}
		if !c.dateSet {
			continuationDate(x, all, c)
		}
		if !c.dateSet {
			if y, txt, ok := frameYear(st, c); ok && len(x.a.Ref) >= 4 && y < x.a.Ref[:4] {
				// "during the 2006 war, …": background in that year
				c.date, c.dateSet = model.Date{Value: y, Precision: "year", Text: txt}, true
			}
		}

		if !c.dateSet {
			incidentDate(all, c) // "The incident led to the arrest of …": that incident's date
		}
		if !c.dateSet && (c.modality == "" || c.modality == "asserted") && c.typ != "ASSAULT" {
			// (a fight "had" been won is an episode whose day the story tells elsewhere:
			// "said on Thursday they had recaptured the village …. Troops entered it on
			// Tuesday"; a deployment or an arrest "had" been made stands on the report's day)
			reportedPerfectFallback(all, c)
		}
		if !c.dateSet {
			anchoredRel(c)
		}
		c.background = isBackground(c.date, x.a.Ref, x.dominant)
	}
}

// reportedPerfectFallback: an act told as a past perfect under a dated report ("the defence
// ministry said on Wednesday that army units had deployed to …") that nothing else dated
// (reportedAct, continuations) is the one an earlier sentence dated, when one of its type
// within three sentences before was; failing that it is dated by the report, as event data
// codes an act whose day the source does not give: by the day it was reported.
func reportedPerfectFallback(all []*cand, c *cand) {
	st := c.s
	rt := -1 // the dated report whose past-perfect complement holds the trigger
	for _, tx := range st.timexes {
		if tx.Value == "" || tx.Precision != "day" || isRelPhrase(st, tx) {
			continue
		}
		ti, _ := tokRange(st.toks, tx.Start, tx.End)
		if ti >= 0 && ti < c.ti && reportDate(st, ti) && perfectComplement(st, ti, c.ti) {
			rt = ti
			c.date = model.Date{Value: tx.Value, Precision: "day", Text: tx.Text}
		} else if ti >= 0 && !reportDate(st, ti) {
			// another day in the sentence ("… had recaptured a village (…), on Tuesday"): the
			// act's own, which the clause rules did not reach; leave it to them
			rt = -1
			break
		}
	}
	if rt < 0 {
		c.date = model.Date{}
		return
	}
	c.dateSet = true
	for i := len(all) - 1; i >= 0; i-- {
		p := all[i]
		if p == c || p.s.idx >= c.s.idx || p.s.idx < c.s.idx-3 {
			continue
		}
		if p.typ == c.typ && p.dateSet && p.date.Precision == "day" && p.modality == "asserted" && !p.background && !p.reportedPerfect {
			c.date = model.Date{Value: p.date.Value, Precision: "day", Text: p.date.Text}
			return
		}
	}
}

// anchoredRel: an act dated only by a relative phrase of its own clause group that none of
// the rules above re-anchored ("was found dead in his cell two days later", "troops retook it
// a week later") takes the phrase's value: the timex layer counts it from the last date the
// text told before it (not from the publication date), its precision as given.
func anchoredRel(c *cand) {
	st := c.s
	if c.modality != "" && c.modality != "asserted" {
		return
	}
	for _, tx := range st.timexes {
		l := strings.ToLower(tx.Text)
		if tx.Value == "" || !(strings.HasSuffix(l, " later") || strings.HasSuffix(l, " earlier")) {
			continue
		}
		ti, _ := tokRange(st.toks, tx.Start, tx.End)
		if ti < 0 || st.toks[ti].group != st.toks[c.ti].group {
			continue
		}
		c.date = model.Date{Value: tx.Value, Precision: tx.Precision, Text: tx.Text}
		c.dateSet = true
		return
	}
}

// ownDate dates c from the timexes of its own sentence.
func (x *extractor) ownDate(c *cand) {
	st := c.s
	best := -1
	bestD := 1 << 30
	if h := c.coordHost; h != nil && h.dateSet && !clauseHasTimex(st, c.ti) {
		// "India on Tuesday blamed X, expelled five diplomats and suspended …": one day
		c.date, c.dateSet = h.date, true
		return
	}
	if c.pastClaim > 0 && c.pastClaim <= len(st.timexes) {
		// "claimed an attack … that killed 20 people … in December 2023": that episode's date
		tx := st.timexes[c.pastClaim-1]
		c.date = model.Date{Value: tx.Value, Precision: tx.Precision, Text: tx.Text}
		c.dateSet = true
		return
	}
	if tx, ok := sinceStart(st, c); ok {
		// "nightly protests since November 2024": the protest wave dates from its start
		c.date = model.Date{Value: tx.Value, Precision: tx.Precision, Text: tx.Text}
		c.dateSet, c.wave = true, true
		return
	}
	if w := whenEpisode(st, c); w >= 0 {
		// "since April 2025, when militants killed 26 people": the episode's own date
		tx := st.timexes[w]
		c.date = model.Date{Value: tx.Value, Precision: tx.Precision, Text: tx.Text}
		c.dateSet = true
		return
	}
	if c.noun {
		// "Monday's attack", "Sunday's deadly bombing": the possessive date is the event's own
		for _, tx := range st.timexes {
			if tx.Value == "" || !possessiveTimex(st, tx) {
				continue
			}
			_, j := tokRange(st.toks, tx.Start, tx.End)
			if j+1 <= c.ti && c.ti-(j+1) <= 2 {
				c.date = model.Date{Value: tx.Value, Precision: tx.Precision, Text: tx.Text}
				c.dateSet = true
				return
			}
		}
	}
	for i, tx := range st.timexes {
		if tx.Value == "" || isRelPhrase(st, tx) || possessiveTimex(st, tx) {
			continue
		}
		ti, _ := tokRange(st.toks, tx.Start, tx.End)
		if ti < 0 || st.toks[ti].group != st.toks[c.ti].group {
			continue
		}
		d := ti - c.ti
		if d < 0 {
			d = -d
		}
		if st.toks[ti].clause != st.toks[c.ti].clause {
			continue
		}
		if ti > c.ti && reportDate(st, ti) && !passiveReport(st, ti) && !overnight(st) {
			continue // "… opened fire, killing two, officials said Wednesday": the report's day
		}
		if ti < c.ti && statementDate(st, ti) && !verbalTypes[c.typ] {
			continue
		}
		if ti < c.ti && reportDate(st, ti) && perfectComplement(st, ti, c.ti) && !overnight(st) && !verbalTypes[c.typ] {
			// (a statement's own act, "said on Monday it had opened an investigation", is
			// announced on the day of the report)
			c.reportedPerfect = true
			continue // "the army said on Tuesday it had killed 112": the day of the report, not of the act
		}
		if d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		best = subordinateDate(st, c)
	}
	if best < 0 {
		// no date in the trigger's clause: the nearest one of its clause group ("who
		// marched on parliament … on Wednesday", "In 2003 and 2004, militias, …, killed")
		for i, tx := range st.timexes {
			if tx.Value == "" || isRelPhrase(st, tx) || possessiveTimex(st, tx) {
				continue
			}
			ti, _ := tokRange(st.toks, tx.Start, tx.End)
			if ti < 0 || st.toks[ti].group != st.toks[c.ti].group {
				continue
			}
			if ti > c.ti && !(reportDate(st, ti) && overnight(st)) && laterVerb(st, c.tj, ti) {
				continue // a later clause's date is its own ("… and said he would travel on Thursday")
			}
			if (reportDate(st, ti) || statementDate(st, ti) && !verbalTypes[c.typ]) && !overnight(st) && !(verbalTypes[c.typ] && ti < c.ti && selfComplement(st, ti, c.ti)) {
				continue // "…, officials said on Tuesday": the day of the report
			}
			d := ti - c.ti
			if d < 0 {
				d = -d
			}
			if d < bestD {
				best, bestD = i, d
			}
		}
	}
	if best < 0 {
		best = earlierThis(st, c)
	}
	if best >= 0 {
		tx := st.timexes[best]
		c.date = model.Date{Value: tx.Value, Precision: tx.Precision, Text: tx.Text}
		c.dateSet = true
	} else if c.noun && (c.typ == "CONSULT" || c.typ == "AGREE") {
		// "signed … on Saturday after a week of talks": the talks' month, not their day
		for _, tx := range st.timexes {
			ti, _ := tokRange(st.toks, tx.Start, tx.End)
			if tx.Precision == "day" && len(tx.Value) >= 7 && ti >= 0 && ti < c.ti && !isRelPhrase(st, tx) && !reportDate(st, ti) {
				c.date = model.Date{Value: tx.Value[:7], Precision: "month", Text: tx.Text}
				c.dateSet = true
			}
		}
	}
}

// clauseHasTimex: a dated timex lies in the clause of token i.
func clauseHasTimex(st *sent, i int) bool {
	for _, tx := range st.timexes {
		if tx.Value == "" || possessiveTimex(st, tx) {
			continue
		}
		if ti, _ := tokRange(st.toks, tx.Start, tx.End); ti >= 0 && st.toks[ti].clause == st.toks[i].clause {
			return true
		}
	}
	return false
}

// reportDayFallback: an asserted act that nothing else dates, in a sentence whose only date is
// that of its report ("RSF shelled a camp near El Fasher, killing 11, activists said Tuesday"),
// happened by the report's day: wire copy tells the day's news.
func reportDayFallback(c *cand) {
	st := c.s
	if c.modality != "" && c.modality != "asserted" || c.reportedPerfect || c.conseqOnly {
		return // ("officers wounded in a shoot-out … have been released, police said")
	}
	for k := c.ti - 1; k >= 0 && k >= c.ti-3; k-- {
		l := st.toks[k].low
		if l == "had" || preps[l] && (c.noun || k == c.ti-1) {
			return // "had accused it", "accused of assault": an earlier act, a charge
		}
	}
	for _, tx := range st.timexes {
		if tx.Value == "" || tx.Precision != "day" || isRelPhrase(st, tx) {
			continue
		}
		ti, _ := tokRange(st.toks, tx.Start, tx.End)
		if ti <= c.ti || !reportDate(st, ti) || passiveReport(st, ti) {
			continue
		}
		for k := c.ti; k < ti; k++ {
			if st.toks[k].low == "had" || st.toks[k].low == "since" {
				return // a past perfect or a running period: not the day's news
			}
		}
		c.date = model.Date{Value: tx.Value, Precision: "day", Text: tx.Text}
		c.dateSet = true
		return
	}
}

// selfComplement: the complement of the report dated at token ti has the speaker as subject
// ("said on Monday that it had opened an investigation"): the speaker's own statement or
// decision, announced on the day of the report.
func selfComplement(st *sent, ti, trig int) bool {
	for k := ti + 1; k < trig && k <= ti+3; k++ {
		switch st.toks[k].low {
		case "that", ",":
			continue
		case "it", "they", "he", "she", "we":
			return true
		}
		return false
	}
	return false
}

// perfectComplement: the trigger is a past perfect in the complement of the reporting verb
// dated at token ti ("said on Tuesday it had killed", "said on Monday that troops had been
// attacked"): the act is anterior to the report, its day told elsewhere.
func perfectComplement(st *sent, ti, trig int) bool {
	for k := trig - 1; k > ti && k >= trig-3; k-- {
		switch st.toks[k].low {
		case "had":
			return true
		case "been", "already", "earlier", "previously", "reportedly":
			continue
		}
		return false
	}
	return false
}

// reportedAct: an act told as a past perfect in reported speech ("X said on Tuesday it had
// killed 112 fighters who tried to storm the town") is the event the following sentences
// describe with its day ("… repulsed an attack … early on Monday"): it takes the day of the
// next dated, asserted, current event of its type within three sentences, else stays undated.
func reportedAct(all []*cand, c *cand) {
	for _, p := range all {
		if p == c || p.s.idx <= c.s.idx || p.s.idx > c.s.idx+3 {
			continue
		}
		if p.typ != c.typ || !p.dateSet || p.date.Precision != "day" || p.modality != "asserted" || p.background || p.reportedPerfect {
			continue
		}
		l := strings.ToLower(p.date.Text)
		if p.date.Text == "" || strings.Contains(l, "earlier") || strings.Contains(l, "before") || strings.Contains(l, "after") || strings.Contains(l, "later") {
			continue
		}
		c.date = model.Date{Value: p.date.Value, Precision: "day", Text: p.date.Text}
		c.dateSet = true
		return
	}
}

// subordinateDate: a trigger in a temporal clause without its own date ("… turned violent on
// Tuesday, … before police opened fire") takes the date of the clause it hangs on: any date
// for before/while/until/as/when, only a month or year frame for after/following ("In May
// 2025 they fought … after India hit …"). Returns the timex index or -1.
func subordinateDate(st *sent, c *cand) int {
	g := st.toks[c.ti].group
	if g == 0 {
		return -1
	}
	first := -1
	for k := c.ti; k >= 0 && st.toks[k].group == g; k-- {
		first = k
	}
	if first < 0 {
		return -1
	}
	coarseOnly := false
	switch st.toks[first].low {
	case "before", "while", "until":
	case "after", "following":
		// "hours after", "shortly after": the same day; "after" alone only gives the frame
		coarseOnly = first == 0 || !sameDayBefore[st.toks[first-1].low]
	default:
		return -1
	}
	best, bestD := -1, 1<<30
	for i, tx := range st.timexes {
		if tx.Value == "" || isRelPhrase(st, tx) || possessiveTimex(st, tx) {
			continue
		}
		if coarseOnly && tx.Precision != "month" && tx.Precision != "year" {
			continue
		}
		ti, _ := tokRange(st.toks, tx.Start, tx.End)
		if ti < 0 || ti >= first || st.toks[ti].group != g-1 || reportDate(st, ti) {
			continue
		}
		if d := c.ti - ti; d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// sameDayBefore: words before "after" that keep two acts on one day ("hours after").
var sameDayBefore = set("hours minutes moments shortly soon just immediately")

// laterVerb: a reporting verb or a modal between the trigger and a later timex gives the
// timex to another act ("urged … and said he would travel on Thursday").
func laterVerb(st *sent, from, to int) bool {
	for k := from; k < to && k < len(st.toks); k++ {
		l := st.toks[k]
		if reportVerbs[l.lem] || l.low == "would" || l.low == "will" || l.low == "to" {
			return true
		}
	}
	return false
}

// possessiveTimex: "last month's election": the date of a noun, not of the event.
func possessiveTimex(st *sent, tx model.Timex) bool {
	_, j := tokRange(st.toks, tx.Start, tx.End)
	if j > 0 && j+1 < len(st.toks) && dayParts[st.toks[j].low] {
		j++ // "Monday evening's attack"
	}
	return j > 0 && j < len(st.toks) && (st.toks[j].low == "'s" || st.toks[j].low == "’s")
}

// dayParts name a part of a day after a weekday ("Monday evening").
var dayParts = set("morning afternoon evening night")

// reportDate: the timex at token i dates a reporting verb ("said Tuesday", "said on Tuesday").
func reportDate(st *sent, i int) bool {
	k := i - 1
	// "said on Tuesday", "said early on Monday", "said in a statement on Friday"
	for k >= 0 && i-k <= 5 && reportGap[st.toks[k].low] {
		k--
	}
	if k >= 0 && reportVerbs[st.toks[k].lem] && st.toks[k].low != "state" && (k == i-1 || st.toks[k].arg < 0) { // ("Zamfara state late on Wednesday")
		return true
	}
	return toldDate(st, i) // "local sources told Lusa on Tuesday"
}

// statementNouns: a fronted "In a statement on <day>," dates the report.
var statementNouns = set("statement interview briefing conference")

// statementDate: the timex at token i opens the sentence as the day of a statement ("In a
// statement on Wednesday morning, the commission said four of the deaths occurred …"): the
// report's day, not that of the acts it tells.
func statementDate(st *sent, i int) bool {
	statement := false
	k := i - 1
	for k >= 0 && i-k <= 5 && reportGap[st.toks[k].low] {
		statement = statement || statementNouns[st.toks[k].low]
		k--
	}
	return k < 0 && statement
}

// reportGap: words between a reporting verb and the date of the report.
var reportGap = set("on in early late a an statement interview briefing televised written news conference press by telephone phone")

// passiveReport: "clashes were reported on Friday" dates the clashes, not a speaker.
func passiveReport(st *sent, i int) bool {
	k := i - 1
	if k >= 0 && (st.toks[k].low == "on" || st.toks[k].low == "in") {
		k--
	}
	if k < 1 {
		return false
	}
	switch st.toks[k-1].low {
	case "was", "were", "been", "being", "be", "is", "are":
		return true
	}
	return false
}

// overnight: the sentence reports something that happened overnight (dated by the report day).
func overnight(st *sent) bool {
	for ti0 := range st.toks {
		t := &st.toks[ti0]
		if t.low == "overnight" {
			return true
		}
	}
	return false
}

// overnightIn: "overnight" in the clause group of c's trigger.
func overnightIn(st *sent, c *cand) bool {
	g := st.toks[c.ti].group
	for _, t := range st.toks {
		if t.low == "overnight" && t.group == g {
			return true
		}
	}
	return false
}

// lastDay is the day of the latest asserted event of c's type (any type when none) reported
// in a sentence before c's.
func lastDay(all []*cand, c *cand) string {
	any := ""
	for _, p := range all {
		if p.s.idx >= c.s.idx || !p.dateSet || p.date.Precision != "day" || p.modality != "asserted" || p.background || strings.Contains(p.date.Text, "earlier") || strings.Contains(p.date.Text, "before") {
			continue
		}
		if p.typ == c.typ {
			any = p.date.Value
			continue
		}
		if any == "" {
			any = p.date.Value
		}
	}
	return any
}

// isBackground: a date more than ~30 days before the reference (or the document's dominant date).
func isBackground(d model.Date, ref, dominant string) bool {
	if d.Value == "" {
		return false
	}
	r := ref
	if r == "" {
		r = dominant
	}
	if len(r) < 4 {
		return false
	}
	switch len(d.Value) {
	case 4:
		return d.Value < r[:4]
	case 7:
		rt, err := time.Parse("2006-01-02", r)
		dt, err2 := time.Parse("2006-01", d.Value)
		if err != nil || err2 != nil {
			return false
		}
		// an earlier month than the reference one ("In February, jihadists attacked …")
		return dt.Before(time.Date(rt.Year(), rt.Month(), 1, 0, 0, 0, 0, time.UTC))
	case 10:
		rt, err := time.Parse("2006-01-02", r)
		dt, err2 := time.Parse("2006-01-02", d.Value)
		if err != nil || err2 != nil {
			return false
		}
		return rt.Sub(dt) > 30*24*time.Hour
	}
	return false
}

func dominantDate(all []*cand, ref string) string {
	n := map[string]int{}
	first := map[string]int{}
	seen := map[string]bool{}
	for i, c := range all {
		key := c.date.Value + "\x00" + c.s.toks[0].text + c.s.toks[len(c.s.toks)-1].text + strconvItoa(len(c.s.toks))
		if seen[key] {
			continue
		}
		seen[key] = true
		if c.dateSet && c.date.Precision == "day" && c.modality == "asserted" && !isBackground(c.date, ref, "") && !(len(ref) >= 10 && c.date.Value > ref[:10]) {
			// (an asserted act dated after the publication day is misdated: no anchor)
			n[c.date.Value]++
			if _, ok := first[c.date.Value]; !ok {
				first[c.date.Value] = i
			}
		}
	}
	best := ""
	for v, k := range n {
		if best == "" || k > n[best] || k == n[best] && v > best {
			best = v
		}
	}
	return best
}

// isRelPhrase: a timex that is part of "a day earlier" / "a day after" (re-anchored by us).
func isRelPhrase(st *sent, tx model.Timex) bool {
	l := strings.ToLower(tx.Text)
	return strings.Contains(l, "earlier") || strings.Contains(l, "before") || strings.Contains(l, "after") && !strings.Contains(l, "afternoon") || strings.Contains(l, "later")
}

// relDays finds "N day(s) earlier/before" after the trigger or "N day(s) after" before it.
func relDays(st *sent, c *cand) (n int, after bool, pos int, ok bool) {
	for i := 0; i+2 < len(st.toks); i++ {
		v, isNum := numberValue(st.toks[i].low)
		if !isNum || v > 30 {
			continue
		}
		if st.toks[i+1].lem != "day" && st.toks[i+1].low != "days" {
			continue
		}
		w := st.toks[i+2].low
		switch w {
		case "earlier", "before":
			// applies to the trigger before it in the same group, when nothing follows "before"
			if w == "before" && i+3 < len(st.toks) && isLetterByte(st.toks[i+3].text[0]) {
				// "a day before the attack": the trigger after it is the anchor; skip
				continue
			}
			if c.ti < i && st.toks[c.ti].group == st.toks[i].group {
				return v, false, st.toks[i].start, true
			}
		case "after":
			if c.ti > i+2 {
				return v, true, st.toks[i].start, true
			}
		}
	}
	return 0, false, 0, false
}

func relText(st *sent, pos int) string {
	for i := range st.toks {
		t := &st.toks[i]
		if t.start == pos && i+2 < len(st.toks) {
			return st.toks[i].text + " " + st.toks[i+1].text + " " + st.toks[i+2].text
		}
	}
	return ""
}

// leadRel: a sentence opening "A day later," / "Two days earlier," / "The next day," / "The
// day before," shifts the date of the last event reported before it by the returned days.
func leadRel(st *sent) (n int, text string, ok bool) {
	t := st.toks
	if len(t) < 5 || t[3].text != "," {
		return 0, "", false
	}
	text = t[0].text + " " + t[1].text + " " + t[2].text
	if t[0].low == "the" {
		switch t[1].low + " " + t[2].low {
		case "next day", "following day":
			return 1, text, true
		case "previous day", "day before":
			return -1, text, true
		}
		return 0, "", false
	}
	v, isNum := numberValue(t[0].low)
	if !isNum || v < 1 || v > 30 || (t[1].lem != "day" && t[1].low != "days") {
		return 0, "", false
	}
	switch t[2].low {
	case "later", "after":
		return v, text, true
	case "earlier", "before":
		return -v, text, true
	}
	return 0, "", false
}

// laterPhrase: "Hours later", "later that day", "the same day".
func laterPhrase(st *sent) bool {
	for i := range st.toks {
		t := &st.toks[i]
		if i <= 4 && t.low == "later" {
			return true
		}
		if (t.low == "same" || t.low == "that") && i+1 < len(st.toks) && (st.toks[i+1].low == "day" || st.toks[i+1].low == "night" || st.toks[i+1].low == "evening") {
			return true
		}
	}
	return false
}

func addDays(v string, n int) string {
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

func strconvItoa(n int) string { return strconv.Itoa(n) }

// chooseThreshold is the lowest score a toponym needs to be an event's location (set on the
// event-location data: it trades a little accuracy for abstaining when no place fits).
var chooseThreshold = 0.5

// earlierThis: with no other date for the trigger, "earlier this week" / "earlier this month"
// in its clause group is an anchored period ("raided … earlier this week"), not a relative
// phrase. Returns the timex index or -1.
func earlierThis(st *sent, c *cand) int {
	for i, tx := range st.timexes {
		l := strings.ToLower(tx.Text)
		if tx.Value == "" || !(strings.HasPrefix(l, "earlier this ") || strings.HasPrefix(l, "earlier last ")) {
			continue
		}
		ti, _ := tokRange(st.toks, tx.Start, tx.End)
		if ti >= 0 && st.toks[ti].group == st.toks[c.ti].group && st.toks[ti].clause == st.toks[c.ti].clause {
			return i
		}
	}
	return -1
}

// weaponToks returns the indices of the tokens whose lemma is in weaponClass, in order
// (computed once per sentence: lemmas do not change after prepare).
func (st *sent) weaponToks() []int {
	if !st.weaponsDone {
		st.weaponsDone = true
		for k := range st.toks {
			if _, ok := weaponClass[st.toks[k].lem]; ok || vehicleBomb(st, k) {
				st.weapons = append(st.weapons, k)
			}
		}
	}
	return st.weapons
}

// seizureLemmas: verbs whose object is a haul, not a weapon in use.
var seizureLemmas = set("recover recovered recovering seize seized confiscate confiscated discover discovered find found cache haul stockpile smuggle smuggled")

// seizedObject: the weapon word at k is the object of a seizure verb up to four tokens before
// it in its clause ("recovered weapons and explosives", "seized a cache of explosives").
func seizedObject(st *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if st.toks[j].clause != st.toks[k].clause {
			return false
		}
		if seizureLemmas[st.toks[j].lem] || seizureLemmas[st.toks[j].low] {
			return true
		}
	}
	return false
}

// ownArrestTotal: "Police have so far arrested 14 people over the incident": the running
// arrest figure of one incident, the arrest verb's own object, is that event's count (unlike
// "have arrested 400 since the protests began").
func (x *extractor) ownArrestTotal(st *sent, c *cand, q model.Quantity) bool {
	i, _ := tokRange(st.toks, q.Start, q.End)
	return i >= c.tj && i <= c.tj+2 && ownArrestSentence(st, c)
}

// ownArrestSentence: an arrest verb whose sentence names the incident the arrests are over
// and no period.
func ownArrestSentence(st *sent, c *cand) bool {
	if c.typ != "COERCE" || c.mode != "arrest" || c.noun {
		return false
	}
	for k := range st.toks {
		if l := st.toks[k].low; l == "since" || l == "year" || l == "month" || l == "months" || l == "years" || l == "weeks" {
			return false
		}
	}
	for k := c.tj; k+1 < len(st.toks); k++ {
		if l := st.toks[k].low; (l == "over" || l == "for" || l == "in") && k+2 < len(st.toks) && (st.toks[k+1].low == "the" || st.toks[k+1].low == "this") && incidentNouns[st.toks[k+2].lem] {
			return true
		}
	}
	return false
}

var incidentNouns = set("incident attack clash clashes violence killing killings murder lynching riot riots attacks unrest")

// sinceStart: the month or year timex right after "since" that follows a plural protest
// noun ("protests since November 2024", "demonstrations since October 2024").
func sinceStart(st *sent, c *cand) (model.Timex, bool) {
	if !protestWave(st, c) || c.tj+1 >= len(st.toks) || st.toks[c.tj].low != "since" {
		return model.Timex{}, false
	}
	for _, tx := range st.timexes {
		if ti, _ := tokRange(st.toks, tx.Start, tx.End); ti == c.tj+1 && (tx.Precision == "month" || tx.Precision == "year") && !tx.Relative && tx.Value != "" {
			return tx, true
		}
	}
	return model.Timex{}, false
}

// singleVictimNouns are singular nouns of one person a kill verb may take as its object.
var singleVictimNouns = set("driver man woman boy girl soldier policeman policewoman officer teacher farmer shepherd herder worker student journalist child civilian guard commander chief trader pilot passenger villager resident priest pastor imam cleric doctor nurse fisherman motorist official leader mayor councillor lawmaker judge prosecutor activist militant fighter rebel gunman bystander security")

// singleObjectVictim: the object after the trigger ending at tj is "a/an/the [one or two
// modifiers] <person noun>", alone ("killing the driver and setting the truck on fire", not
// "killing a soldier and a civilian" nor "the driver of the bus and three passengers").
func singleObjectVictim(st *sent, tj int) bool {
	k := tj
	if k >= len(st.toks) {
		return false
	}
	switch st.toks[k].low {
	case "a", "an", "the", "one":
		k++
	default:
		return false
	}
	for n := 0; k < len(st.toks) && n < 3; k, n = k+1, n+1 {
		t := st.toks[k]
		if singleVictimNouns[t.low] {
			if t.low == "security" {
				if k+1 < len(st.toks) && st.toks[k+1].low == "guard" {
					k++
				} else {
					return false
				}
			}
			if k+1 >= len(st.toks) {
				return true
			}
			nx := st.toks[k+1].low
			if nx == "of" || nx == "'s" || nx == "and" && k+2 < len(st.toks) && (numberWords[st.toks[k+2].low] > 0 || isDigitByte(st.toks[k+2].low[0]) || st.toks[k+2].low == "a" || st.toks[k+2].low == "an" || st.toks[k+2].low == "another" || st.toks[k+2].low == "the" || st.toks[k+2].low == "his" || st.toks[k+2].low == "her" || st.toks[k+2].low == "their") {
				return false
			}
			return true
		}
		if t.arg >= 0 || !startsLetter(t.low) || objectStops[t.low] || isCap(t.text) {
			return false
		}
	}
	return false
}

// partitive: the quantity is a part of another (", four of them children", ", two of whom were
// police officers"), not a toll of its own.
func partitive(st *sent, q model.Quantity) bool {
	_, j := tokRange(st.toks, q.Start, q.End)
	if j < 0 || j+1 >= len(st.toks) {
		return false
	}
	// (the quantity may hold "of them" already; look at the tokens after its number). Only an
	// inserted phrase: "killing 12 of them" is the toll of the group named before.
	i, _ := tokRange(st.toks, q.Start, q.End)
	if i < 1 || st.toks[i-1].low != "," && st.toks[i-1].low != "(" {
		return false
	}
	for k := i + 1; k <= j && k+1 < len(st.toks); k++ {
		if st.toks[k].low == "of" {
			switch st.toks[k+1].low {
			case "them", "whom", "those", "these", "which":
				return true
			}
			return false
		}
	}
	return false
}

// nonPersonObjects are counted objects of violence that are no people.
var nonPersonObjects = set("cattle cow goat sheep camel animal livestock donkey horse home house building vehicle car truck shop school church mosque village hectare tonne ton barrel round rocket drone missile shell")

// objectOfTollVerb: the number at token i stands right after a kill, wound or abduction verb
// (at most "at least"/"some"/"about" between): that verb's count.
func objectOfTollVerb(st *sent, i int) string {
	k := i - 1
	for k >= 0 && i-k <= 3 {
		switch st.toks[k].low {
		case "at", "least", "some", "about", "around", "nearly", "almost", "over", "more", "than", "up", "to":
			k--
			continue
		}
		break
	}
	if k < 0 {
		return ""
	}
	t := st.toks[k]
	if t.low == "down" && k > 0 && (st.toks[k-1].low == "gunned" || st.toks[k-1].low == "mowed") || t.low == "dead" && k > 0 && st.toks[k-1].lem == "shoot" {
		return "killed"
	}
	switch t.lem {
	case "kill", "killing", "massacre", "slaughter", "murder", "execute", "behead":
		return "killed"
	case "wound", "injure":
		return "injured"
	case "kidnap", "abduct":
		return "kidnapped"
	}
	return ""
}
