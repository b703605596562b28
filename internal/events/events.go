// Package events detects and codes events in an annotated document: who did what to whom,
// where, when, with what toll, and how sure. Triggers come from an embedded lexicon
// (lexicon/triggers.txt) with a small statistical classifier (model.gz, trained by ./train on
// the PLOVER synthetic stories) for ambiguous triggers; roles come from clause structure;
// each event is coded in PLOVER with its CAMEO root and ACLED event and sub-event type
// (spec/taxonomy.md) and merged with the other sentences of the document that report it.
package events

//go:generate go run ./gencameo -data ../../../shared/data -out lexicon/cameo_verbs.txt
//go:generate go run ./train -data ../../../shared/data -out model.gz

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Extract returns the events of a document, merged within the document, with stable ids,
// in document order.
func Extract(a *model.Annotation) (evs []model.Event) {
	if a == nil || a.Doc == nil || a.Doc.Text == "" {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			evs = nil // never take the pipeline down; an unexpected input yields no events
		}
	}()
	return extract(a)
}

// extract is Extract without the panic guard (the fuzz test calls it to see panics).
func extract(a *model.Annotation) []model.Event {
	if a == nil || a.Doc == nil || a.Doc.Text == "" {
		return nil
	}
	lx := getLexicon()
	if len(a.Timexes) == 0 {
		b := *a
		b.Timexes = fallbackTimexes(a.Doc.Text, a.Ref)
		a = &b
	}
	dc := docCountries(a)
	sents := prepareWith(a, lx, dc)
	if offTopic(sents) {
		return nil
	}
	x := &extractor{a: a, text: a.Doc.Text, lx: lx, sents: sents, dc: dc}
	return x.run()
}

type extractor struct {
	a         *model.Annotation
	text      string
	lx        *lexicon
	sents     []*sent
	lastActor *model.Actor // most recent named subject, for unresolved pronouns
	dominant  string
	docRank   map[string]int // rank of each PLOVER type by the document classifier (0 = best)
	dc        docCounts      // how often the document mentions each country
	labour    int            // 1 a labour-dispute document, -1 not, 0 not yet known

	dateline     *model.PlaceMention // the dateline's town (datelinePlace)
	datelineSent *sent               // the sentence the dateline opens
	datelineDone bool

	titled map[string]bool // titledPerson, by surname
}

func (x *extractor) run() []model.Event {
	var all []*cand
	for si, st := range x.sents {
		if captionLine(x.text, st) {
			continue // "Nigerien soldiers patrol a road near Ouallam (file photo). © AFP"
		}
		cs := findTriggers(st, x.lx)
		traceCands("raw", cs)
		cs = x.resolveTypes(st, cs)
		for _, c := range cs {
			if c.typ == "COERCE" && st.toks[c.ti].lem == "hack" && bladeHack(st, c) {
				c.typ, c.mode, c.acled = "ASSAULT", "", "attack" // "was hacked to death"
				// ("was hacked": a consequence that joins its attack; "shot and hacked": an act)
				c.conseqOnly = c.ti == 0 || st.toks[c.ti-1].low != "and" || c.ti > 1 && st.toks[c.ti-2].low != "shot"
			}
		}
		st.attackClause = nil
		nAttack := 0
		for _, c := range cs {
			if c.typ == "ASSAULT" && !c.conseqOnly {
				nAttack++
			}
		}
		if nAttack > 1 {
			st.attackClause = map[int]bool{}
			for _, c := range cs {
				if c.typ == "ASSAULT" && !c.conseqOnly {
					st.attackClause[st.toks[c.ti].clause] = true
				}
			}
		}
		for i, c := range cs {
			x.fill(st, c, cs[:i])
			if !verbalTypes[c.typ] && len(c.sources) > 0 {
				c.sources = dropToldMedia(sentenceText(x.text, st), c.sources)
			}
		}
		x.crowdRules(st, cs)
		for _, c := range cs {
			x.deniedCivilianHarm(st, c) // "denied that the army had targeted civilians": REJECT
		}
		for _, c := range cs {
			sufferedWound(st, c)
			if c.typ == "COERCE" && armedSide(c.sources) && groundSeized(st, c) {
				// "Fano fighters seized the towns of Lalibela and Gondar", "ISIS seized large
				// swaths of Iraq": ground taken by an armed side
				c.typ, c.mode, c.acled = "ASSAULT", "", "territory"
			}
		}
		for _, c := range cs {
			x.payPriceRoles(st, c)
			x.weaponAgent(st, c)
			if fateIdiom(st, c) || modifierTrigger(c) || superlativeApposition(c, cs) || announcedDeployment(st, c) || chargeComplement(st, c) || pastPlan(st, c) {
				c.dropped = true // "could meet the same fate", "air raid sirens"
			}
		}
		futureAttacksToThreat(cs)
		x.conditionalAction(st, cs)
		for _, c := range cs {
			if !c.noun || c.typ == "ASSAULT" || c.typ == "PROTEST" || verbalTypes[c.typ] {
				continue
			}
			for _, p := range cs {
				if p.typ == "ASSAULT" && !p.noun && c.ti >= p.tj && c.ti <= p.tj+4 {
					c.dropped = true // "ambushed a military patrol": the victim, not an event
				}
			}
		}
		sharePlaces(cs)
		signedAgreements(st, cs)
		cs = splitPlaces(st, cs)
		cs = absorbThreats(st, cs)
		pledgedAid(st, cs)
		dropPurposes(st, cs)
		temporalReferences(st, cs)
		for i, c := range cs {
			if c.typ != "AGREE" || c.dropped {
				continue
			}
			for _, n := range cs[i+1:] {
				if n.typ == "THREATEN" && !n.dropped && n.ti-c.tj <= 4 && n.ti > c.ti {
					c.dropped = true // "vowed to retaliate" is the threat itself
					n.sources = dedupActors(append(c.sources, n.sources...))
				}
			}
		}
		cs = mergeInSentence(cs)
		cs = fightBeforeTaking(cs)
		x.interventionArrests(st, cs, all)
		total := runningTotal(st) || periodTotal(st)
		dayNamed := false
		for _, tx := range st.timexes {
			dayNamed = dayNamed || tx.Precision == "day"
		}
		for _, c := range cs {
			if total && whenEpisode(st, c) >= 0 {
				continue // "since April 2025, when militants killed 26 people": that episode
			}
			if total && (c.conseqOnly || st.toks[c.ti].lem == "displace" || st.toks[c.ti].lem == "flee" || !dayNamed && !verbalTypes[c.typ] && plural(st.toks[c.tj-1].low) && st.toks[c.tj-1].lem != st.toks[c.tj-1].low && !protestWave(st, c) ||
				!dayNamed && c.typ == "ASSAULT" && c.counts != (model.Counts{}) && yearPeriod(st)) {
				// (and "kidnapped over 600 in the first half of this year": a period's toll)
				c.dropped = true // "the war has killed 15,000 and displaced millions"
			}
			if total && !dayNamed && c.typ == "ASSAULT" && subjectOfTotal(st, c) {
				c.dropped = true // "Fighting in the region has killed 7,000 since January"
			}
			if fightWithdrawal(st, c, cs) {
				c.dropped = true // "opened fire on the post … and withdrew towards the valley"
			}
			if perpetratorFlight(st, c) {
				c.dropped = true // "the attackers fled into the forest": an escape, no displacement
			}
			if anonymityRequest(st, c) {
				c.dropped = true // "a doctor, who asked not to be named, said …": the speaker, no request
			}
			if c.typ == "ASSAULT" && vehicleCrash(st, c) {
				c.dropped = true // "the bus hit a roadside wall": a crash, no attack
			}
			if c.typ == "ASSAULT" && bodyPartObject(st, c) {
				c.dropped = true // "said he had hit his head against a wall"
			}
			if (c.typ == "ASSAULT" || c.typ == "PROTEST") && (durative(st, c) || habitual(st, c) || sincePerfect(st, c)) {
				c.dropped = true // "has fought for years", "has increasingly relied on air strikes"
			}
		}
		x.claims(st, cs, all)
		if x.tollOnly(st, cs, all) {
			cs = nil
		}
		zero := zeroCasualties(st)
		if zero {
			applied := false
			for _, c := range cs {
				if c.typ == "ASSAULT" && !c.dropped {
					c.setZero()
					applied = true
				}
			}
			if !applied && si > 0 {
				for k := len(all) - 1; k >= 0 && all[k].s.idx == x.sents[si-1].idx; k-- {
					if all[k].typ == "ASSAULT" {
						all[k].setZero()
					}
				}
			}
		}
		traceCands("sent", cs)
		tracePlaces("sent", cs)
		for _, c := range cs {
			if c.anaphorOnly && c.typ == "ASSAULT" && st.toks[c.ti].lem == "die" {
				continue // a death that completed no attack is no event, nor a mention of one
			}
			if !c.dropped {
				all = append(all, c)
			}
		}
		x.noteSubject(st)
	}
	x.dates(all)
	if len(all) > 0 {
		x.docRank = docRanks(x.sents)
	}
	traceCands("dated", all)
	var kept []*cand
	for _, c := range all {
		x.finalize(c)
		if p := lastAssaultFrom(kept, c.s.idx-2); c.dropped && c.nonPolitical && p != nil && tollElsewhere(c, p) {
			// "… police fired on protesters in Maputo. Two other people were killed in Nampula":
			// a toll at another place right after an attack is that attacker's act there
			c.dropped = false
			c.sources = append([]model.Actor(nil), p.sources...)
			c.acled, c.mode = p.acled, p.mode
		}
		if !c.dropped {
			kept = append(kept, c)
		}
	}
	kept = dropSameSentenceTwins(kept)
	x.ledeDates(kept)
	arrestAfterDate(kept)
	x.episodePlaces(kept)
	kept = definiteVictimRetold(kept)
	traceCands("pre", kept)
	tracePlaces("pre", kept)
	merged := mergeDoc(kept)
	k := 0
	for _, c := range merged {
		if c.anaphorOnly && c.mentions <= 1 {
			continue
		}
		merged[k] = c
		k++
	}
	merged = merged[:k]
	for _, c := range merged {
		if !c.dateSet {
			reportDayFallback(c) // after merging: another mention's own day comes first
		}
		if !c.dateSet {
			x.episodeDate(c)
		}
		if c.typ == "RETREAT" && c.mode == "release" && (c.place == nil || c.placeFallback) {
			releasePlace(merged, c)
		}
		if c.typ == "PROTEST" {
			x.protestersAsSource(c)
		}
		x.homeCountry(c.sources)
		x.anaphorCount(c)
	}
	out := make([]model.Event, 0, len(merged))
	used := map[string]bool{}
	for _, c := range merged {
		ev := x.toEvent(c)
		if used[ev.ID] {
			// two events of one type in one sentence: the trigger tells them apart
			ev.ID = eventID(x.a.Doc.ID, ev.Type+"@"+strconv.Itoa(ev.Evidence.TriggerStart), ev.Evidence.Start)
		}
		used[ev.ID] = true
		out = append(out, ev)
	}
	return out
}

// sharePlaces: an event whose clause names no place happens where the sentence's other event
// does ("signed a ceasefire in Doha … after a week of talks").
func sharePlaces(cs []*cand) {
	for _, c := range cs {
		if c.place != nil && !c.placeFallback {
			continue
		}
		switch c.typ {
		case "CONSULT", "AGREE", "SUPPORT", "COOPERATE":
		default:
			continue // only diplomacy: talks held where the deal was signed
		}
		for _, o := range cs {
			if o != c && o.place != nil && !o.placeFallback && !o.splitPlace && !o.dropped {
				p := *o.place
				c.place, c.placeFallback, c.placeScore = &p, false, o.placeScore-1
				break
			}
		}
	}
}

// signedAgreements: "signed a ceasefire agreement": the agreement noun is what was signed, the
// signing is the event (ACLED Agreement).
func signedAgreements(st *sent, cs []*cand) {
	for _, c := range cs {
		if c.noun || c.dropped {
			continue
		}
		switch st.toks[c.ti].lem {
		case "sign", "agree", "reach", "conclude", "ink":
		default:
			continue
		}
		for _, n := range cs {
			if n == c || !n.noun || n.ti <= c.ti || n.ti > c.tj+6 || n.ti > c.tj+3 && st.toks[n.ti].clause != st.toks[c.ti].clause {
				continue // ("agreed to a 72-hour local ceasefire": modifiers between)
			}
			switch st.toks[n.tj-1].lem {
			case "ceasefire", "cease-fire", "truce", "agreement", "deal", "accord":
				n.dropped = true
				c.acled, c.deal = "agreement", true
			}
		}
	}
	for _, c := range cs {
		if t := st.toks[c.ti]; !c.noun && c.typ == "RETREAT" && (t.lem == "exchange" || t.lem == "swap") && t.low == t.lem && !st.headline {
			// "the two sides are to halt fighting and exchange prisoners within 30 days": a
			// swap in the bare form of a body sentence is a term of a deal, not the swap
			c.dropped = true
		}
	}
	for _, n := range cs {
		if !n.noun || n.dropped || n.deal || n.typ != "AGREE" || !dealNouns[st.toks[n.tj-1].lem] {
			continue
		}
		// "the groups that signed a peace agreement": the signing verb raised no event of its
		// own (a relative clause), the agreement noun is the signed deal
		for k := n.ti - 1; k >= 0 && k >= n.ti-4 && st.toks[k].clause == st.toks[n.ti].clause; k-- {
			if dealVerbs[st.toks[k].lem] {
				n.acled, n.deal = "agreement", true
				break
			}
		}
	}
}

// dealNouns name a concluded agreement; dealVerbs conclude one.
var (
	dealNouns = set("ceasefire cease-fire truce agreement deal accord")
	dealVerbs = set("sign reach conclude ink seal")
)

// splitPlaces clones an event reported "in Mombasa and in Kisumu" for each coordinated place.
func splitPlaces(st *sent, cs []*cand) []*cand {
	out := cs
	for _, c := range cs {
		if c.placeArg < 0 || c.dropped || verbalTypes[c.typ] {
			continue
		}
		a := st.args[c.placeArg]
		others := coordinatedPlaces(st, c.placeArg)
		listed := false
		if len(others) == 0 && protestOrClash(c) && st.toks[a.s].clause == st.toks[c.ti].clause {
			others = listedTowns(st, c.placeArg) // "protested in Maputo and Nampula"
			listed = len(others) > 0
		}
		if listed {
			c.counts = model.Counts{} // one total over the towns belongs to none of them
		}
		for _, o := range others {
			d := *c
			p := *st.args[o].place
			d.place, d.placeArg, d.splitPlace = &p, o, true
			d.counts.Participants = nil
			c.splitPlace = true
			out = append(out, &d)
		}
		if len(others) == 0 {
			// "four people were killed in Maputo and two in Nampula": a count for each place
			if o, v, ok := countedPlace(st, c.placeArg); ok {
				if n, ok := countBefore(st, c.placeArg); ok {
					d := *c
					p := *st.args[o].place
					d.place, d.placeArg, d.splitPlace = &p, o, true
					c.splitPlace = true
					d.counts = model.Counts{}
					for _, f := range []struct {
						src **int
						dst **int
					}{
						{&c.counts.Killed, &d.counts.Killed}, {&c.counts.Injured, &d.counts.Injured},
						{&c.counts.Arrested, &d.counts.Arrested}, {&c.counts.Kidnapped, &d.counts.Kidnapped},
					} {
						if *f.src != nil && **f.src == n {
							*f.dst = model.Int(v)
						}
					}
					if d.counts != (model.Counts{}) {
						out = append(out, &d)
					} else {
						c.splitPlace = false
					}
				}
			}
		}
		_ = a
	}
	return out
}

// coordinatedPlaces: places joined to place arg ai by "and (in)" / "or" / ",".
func coordinatedPlaces(st *sent, ai int) []int {
	var out []int
	isPlace := func(k int) int {
		for k < len(st.toks) && (determiners[st.toks[k].low] || locPreps[st.toks[k].low] || directionWords[st.toks[k].low] || placeNouns[st.toks[k].low] || st.toks[k].low == "of") {
			k++
		}
		if k < len(st.toks) && st.toks[k].arg >= 0 && st.toks[k].arg != ai {
			a := st.args[st.toks[k].arg]
			if a.place != nil && !a.isActor && a.place.Geo.Feature != "country" && a.place.Geo.Feature != "region" {
				return st.toks[k].arg
			}
		}
		return -1
	}
	a := st.args[ai]
	if a.e+2 < len(st.toks) && st.toks[a.e].low == "and" && locPreps[st.toks[a.e+1].low] {
		if o := isPlace(a.e + 1); o >= 0 {
			out = append(out, o)
		}
	}
	// "in Mombasa and in Kisumu" seen from Kisumu
	for k := a.s - 1; k >= 0 && k >= a.s-4; k-- {
		if st.toks[k].low == "and" && k > 0 && st.toks[k-1].arg >= 0 && k+1 < len(st.toks) && locPreps[st.toks[k+1].low] {
			o := st.toks[k-1].arg
			if o != ai && st.args[o].place != nil && !st.args[o].isActor && st.args[o].place.Geo.Feature != "country" {
				out = append(out, o)
			}
			break
		}
		if !(determiners[st.toks[k].low] || locPreps[st.toks[k].low] || directionWords[st.toks[k].low]) {
			break
		}
	}
	return out
}

// dropPurposes: "deployed troops to rescue the captives": the purpose of an act reported in
// the same clause group is no event of its own; one of the same type joins it ("fired tear gas
// to disperse protesters").
func dropPurposes(st *sent, cs []*cand) {
	for i, c := range cs {
		if c.dropped || c.noun || c.ti == 0 || st.toks[c.ti-1].low != "to" || verbalTypes[c.typ] {
			continue
		}
		if c.ti >= 2 {
			switch st.toks[c.ti-2].lem {
			case "threaten", "vow", "plan", "agree", "promise", "pledge", "try", "attempt", "want", "seek", "order", "force", "continue", "begin", "start", "refuse", "decide":
				continue
			}
		}
		var host *cand
		protestPurpose := c.typ == "PROTEST" && st.toks[c.ti].lem == "protest"
		for _, p := range cs[:i] {
			if p.dropped || st.toks[p.ti].group != st.toks[c.ti].group || verbalTypes[p.typ] && !(protestPurpose && p.typ == "ACCUSE") {
				continue // ("summoned the ambassador to protest against …": the protest is the summons)
			}
			if host == nil || p.typ == c.typ {
				host = p
			}
		}
		for _, p := range []*cand{host} {
			if p == nil {
				break
			}
			c.dropped = true
			if p.typ == c.typ {
				if len(p.targets) == 0 {
					p.targets = c.targets
				}
				if c.e.acled == "interv" {
					p.acled, p.mode = "interv", "crowd-control"
				}
			}
			break
		}
	}
}

func plural(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }

// periodTotal: a toll over a relative period with no day named ("killed more than 2,600
// people last year", "have killed 23 soldiers this year").
func periodTotal(st *sent) bool {
	rel := false
	for _, tx := range st.timexes {
		if tx.Precision == "day" {
			return false
		}
		l := strings.ToLower(tx.Text)
		if strings.HasPrefix(l, "earlier") || strings.HasPrefix(l, "late") || strings.HasPrefix(l, "early") {
			continue // "earlier this month": one past moment, not a period's toll
		}
		if tx.Relative && (tx.Precision == "year" || tx.Precision == "month") || strings.Contains(l, "this year") || strings.Contains(l, "last year") || strings.Contains(l, "this month") {
			rel = true
		}
	}
	return rel
}

// durative: "for years", "for more than 15 years", "for decades" in the clause group.
func durative(st *sent, c *cand) bool {
	g := st.toks[c.ti].group
	for k := range st.toks {
		t := &st.toks[k]
		if t.group == g && (t.low == "in" || t.low == "over" || t.low == "during") && k+2 < len(st.toks) {
			// "in recent years", "over the past two years"
			for q := k + 1; q < len(st.toks) && q <= k+4; q++ {
				l := st.toks[q].low
				if l == "years" || l == "decades" {
					for r := k + 1; r < q; r++ {
						if st.toks[r].low == "recent" || st.toks[r].low == "past" || st.toks[r].low == "last" {
							return true
						}
					}
				}
			}
		}
		if t.group != g || t.low != "for" || coordBetween(st, c.tj, k) || relativeBetween(st, c.tj, k) {
			continue // ("took him hostage and held him for 19 months": the holding lasted;
			// "a ceasefire that has been in place for two years": the ceasefire's)
		}
		for q := k + 1; q < len(st.toks) && q <= k+4; q++ {
			switch st.toks[q].low {
			case "years", "decades", "months", "generations":
				return true
			}
		}
	}
	return false
}

// coordBetween: an "and" between tokens i and j (i < j) joins a second verb phrase, whose
// words are not the first one's.
func coordBetween(st *sent, i, j int) bool {
	for k := i; k < j && k < len(st.toks); k++ {
		if st.toks[k].low == "and" && k+1 < len(st.toks) && verbish(st.toks[k+1]) {
			return true
		}
	}
	return false
}

// habitual: a trend or habit, not an incident: "has increasingly relied on air strikes",
// "Fighting has also intensified", with no date and no figure in the sentence.
func habitual(st *sent, c *cand) bool {
	if len(st.timexes) > 0 || len(st.quants) > 0 {
		return false
	}
	for ti0 := range st.toks {
		t := &st.toks[ti0]
		if t.clause != st.toks[c.ti].clause {
			continue // "Police fired tear gas …, and clashes … continued into the evening"
		}
		switch t.lem {
		case "increasingly", "repeatedly", "often", "frequently", "regularly", "routinely", "intensify", "intensified", "escalate", "escalated", "rely", "relied", "continue", "continued", "spread":
			return true
		}
	}
	return false
}

// claims: "The TTP claimed responsibility for the bombing", "Islamic State claimed the
// attack": the claimant becomes a source of the attack reported before; the noun is no new
// event.
func (x *extractor) claims(st *sent, cs []*cand, all []*cand) {
	for k := range st.toks {
		t := &st.toks[k]
		if t.lem != "claim" || strings.HasSuffix(t.low, "s") && k > 0 && st.toks[k-1].low == "the" {
			continue
		}
		ref := false
		for q := k + 1; q < len(st.toks) && q <= k+4; q++ {
			if st.toks[q].lem == "responsibility" || determiners[st.toks[q].low] && q+1 < len(st.toks) && len(x.lx.byFirst[st.toks[q+1].lem]) > 0 {
				ref = true
			}
		}
		if !ref {
			continue
		}
		neg := false
		for q := k - 1; q >= 0 && q >= k-4; q-- {
			if negWords[st.toks[q].low] || st.toks[q].low == "no" {
				neg = true
			}
		}
		for _, c := range cs {
			if c.typ == "ASSAULT" && c.noun && c.ti > k && c.ti <= k+6 && !x.claimedPastEpisode(st, k, c) {
				c.dropped = true
			}
		}
		if neg {
			continue
		}
		claimSaying(st, k, cs)
		src := x.actors(st, subjectArgs(st, k))
		if len(src) == 0 {
			continue
		}
		for i := len(all) - 1; i >= 0; i-- {
			p := all[i]
			if p.typ != "ASSAULT" || p.background || p.s.idx < st.idx-3 || p.acled == "territory" || p.acled == "govterr" || p.acled == "disrupted" || stateSide(p.sources) {
				continue
			}
			named := false
			for _, a := range p.sources {
				if a.Actor != "" {
					named = true
				}
			}
			if !named {
				p.sources = dedupActors(append(p.sources, src...))
			}
			break
		}
	}
}

// stateSide: the parties are state forces (no group claims their operations).
func stateSide(as []model.Actor) bool {
	for _, a := range as {
		if a.Kind == "MIL" || a.Kind == "GOV" || a.Kind == "COP" {
			return true
		}
	}
	return false
}

// tollOnly: a sentence that only adds a toll ("Six people were wounded.") completes the
// attack reported just before it.
func (x *extractor) tollOnly(st *sent, cs []*cand, all []*cand) bool {
	live := 0
	var tc *cand
	var victims []*cand
	for _, c := range cs {
		if c.dropped {
			continue
		}
		if c.typ == "PROTEST" && c.noun && (st.toks[c.ti].lem == "protester" || st.toks[c.ti].lem == "demonstrator") && len(cs) > 1 {
			victims = append(victims, c) // "Nine protesters were killed": the victims, no protest
			continue
		}
		live++
		tc = c
	}
	var extra []*cand // "Nine protesters were killed and more than 200 injured": one toll, two verbs
	if live == 2 {
		for _, c := range cs {
			if !c.dropped && c != tc && !containsCand(victims, c) {
				extra = append(extra, c)
			}
		}
		if o := extra[0]; !o.conseqOnly || o.typ != "ASSAULT" || len(named(o.sources)) > 0 {
			return false
		}
	}
	if live < 1 || live > 2 || !(tc.conseqOnly || agentlessShooting(st, tc)) || tc.typ != "ASSAULT" || len(named(tc.sources)) > 0 {
		return false
	}
	if opensNewEvent(st) {
		return false // "In a follow-up operation, security forces killed nine militants"
	}
	if tc.place != nil && !tc.placeFallback || live == 2 {
		// a toll with its own place ("… were killed and more than 200 injured in Kathmandu on
		// Monday") completes the police shooting told just before when that act has no place
		// of its own and no other day
		ok := x.placedToll(st, append([]*cand{tc}, extra...), all)
		if ok {
			for _, v := range victims {
				v.dropped = true
			}
		}
		return ok
	}
	done := false
	var took *sent // the toll completes the assaults of one sentence: the latest told
	lim := st.idx - 2
	for lim > st.idx-4 && !hasToldCandIn(all, lim) && !hasToldCandIn(all, lim+1) {
		lim-- // (sentences with no event of their own, other tolls among them, lie between)
	}
	// the toll completes the acts of the main clause group of that sentence ("a crowd set
	// ablaze the police station after reports that a rider had been killed by police. Three
	// people were shot dead …": the riot, not the reported killing)
	group := -1
	for i := len(all) - 1; i >= 0; i-- {
		p := all[i]
		if p.s.idx < lim || took != nil && p.s != took {
			break
		}
		if p.typ != "ASSAULT" || p.background || quotedRetelling(p) {
			continue // (nor a witness's quoted retelling: "Our men fought back for two hours")
		}
		took = p.s
		group = p.s.toks[p.ti].group
	}
	took = nil
	for i := len(all) - 1; i >= 0; i-- {
		p := all[i]
		if p.s.idx < lim {
			break
		}
		if p.typ != "ASSAULT" || p.background || p.s.toks[p.ti].group != group || quotedRetelling(p) {
			continue
		}
		if took != nil && p.s != took {
			break
		}
		took = p.s
		if alsoToll(st, tc) {
			// "Five civilians … were also killed": more victims of a toll told before; with no
			// toll before, the sum is unknown
			addCount(&p.counts.Killed, tc.counts.Killed)
			addCount(&p.counts.Injured, tc.counts.Injured)
			done = true
			continue
		}
		before := p.counts
		mergeCount(&p.counts.Injured, tc.counts.Injured)
		if p.counts.Killed == nil {
			mergeCount(&p.counts.Killed, tc.counts.Killed)
		}
		if before != p.counts {
			done = true
		}
	}
	return done
}

// sufferedWound: "One soldier suffered a gunshot wound to the arm": the subject is the
// wounded, not an attacker; the sentence is a toll.
func sufferedWound(st *sent, c *cand) {
	if c.typ != "ASSAULT" || c.ti == 0 {
		return
	}
	if l := st.toks[c.ti].lem; l != "wound" && l != "injury" {
		return
	}
	k := c.ti - 1
	for k > 0 && (determiners[st.toks[k].low] || st.toks[k].low == "gunshot" || st.toks[k].low == "shrapnel" || st.toks[k].low == "serious" || st.toks[k].low == "minor" || st.toks[k].low == "bullet" || st.toks[k].low == "stab") {
		k--
	}
	if k < 0 {
		return
	}
	switch st.toks[k].lem {
	case "suffer", "sustain", "suffered", "sustained":
	default:
		return
	}
	c.targets, c.sources = append(c.targets, c.sources...), nil
	c.conseqOnly = true
	if c.counts.Injured == nil {
		n := 0
		for q := 0; q < k; q++ {
			if v, ok := numberValue(st.toks[q].low); ok && v > 0 && v < 1000 {
				n = v
				break
			}
			if st.toks[q].low == "a" || st.toks[q].low == "an" {
				n = 1
				break
			}
		}
		if n > 0 {
			c.counts.Injured = model.Int(n)
		}
	}
}

// bladeHack: "hacked to death", "were shot and hacked", "was hacked and later died": a
// machete attack on people, not an intrusion into computers.
func bladeHack(st *sent, c *cand) bool {
	for _, t := range st.toks {
		if cyberWords[t.lem] || cyberWords[t.low] {
			return false
		}
	}
	if c.tj+1 < len(st.toks) && st.toks[c.tj].low == "to" && st.toks[c.tj+1].low == "death" {
		return true
	}
	if c.ti > 0 {
		switch st.toks[c.ti-1].low {
		case "was", "were", "been", "and":
			return true
		}
	}
	return false
}

var cyberWords = set("website site account accounts server servers system systems email e-mail data network computer computers phone phones database hacker hackers cyber cyberattack software")

// tollAfterAttack: an agentless toll verb, then "after/following an attack (by X)" in the
// same sentence: one event.
func tollAfterAttack(p, c *cand) bool {
	if c.typ != "ASSAULT" || p.typ != "ASSAULT" || !p.conseqOnly || c.conseqOnly || !c.noun || len(p.sources) > 0 || p.ti >= c.ti || p.modality != c.modality {
		return false
	}
	if p.counts.Killed == nil && p.counts.Injured == nil {
		return false
	}
	st := c.s
	k := c.ti - 1
	for k > 0 && k >= c.ti-3 && (adjBeforeNoun[st.toks[k].low] || hyphenModifier(st.toks[k]) || st.toks[k].low == "armed" || st.toks[k].low == "deadly") {
		k--
	}
	if k < 1 || st.toks[k].low != "a" && st.toks[k].low != "an" {
		return false
	}
	return st.toks[k-1].low == "after" || st.toks[k-1].low == "following" || st.toks[k-1].low == "in"
}

// addedToll: an agentless toll in a ", adding that …" clause after an act of the sentence.
func addedToll(p, c *cand) bool {
	if c.typ != "ASSAULT" || p.typ != "ASSAULT" || !(c.conseqOnly || c.passive && c.counts.Killed != nil) || p.conseqOnly || len(c.sources) > 0 || p.ti >= c.ti || p.modality != c.modality {
		return false
	}
	st := c.s
	for k := p.tj; k+1 < c.ti; k++ {
		if st.toks[k].low == "," && (st.toks[k+1].low == "adding" || st.toks[k+1].low == "saying") {
			return true
		}
	}
	return false
}

// agentlessShooting: "Three people were shot dead as officers tried to repel the crowd": a
// passive shooting toll with no agent of its own.
func agentlessShooting(st *sent, c *cand) bool {
	return c.passive && !c.noun && len(c.sources) == 0 && c.counts.Killed != nil && st.toks[c.ti].lem == "shoot"
}

// alsoToll: "were also killed", "also died": the toll adds to victims already counted.
func alsoToll(st *sent, c *cand) bool {
	for k := c.ti - 1; k >= 0 && k >= c.ti-3; k-- {
		if st.toks[k].low == "also" {
			return true
		}
	}
	return false
}

// addCount adds src to a count already set; an unset count stays unset.
func addCount(dst **int, src *int) {
	if src == nil || *dst == nil {
		return
	}
	v := **dst + *src
	*dst = &v
}

func containsCand(cs []*cand, c *cand) bool {
	for _, o := range cs {
		if o == c {
			return true
		}
	}
	return false
}

// placedToll: a toll-only sentence with a place of its own joins the last current assault of
// the sentence before when that assault was placed by no words of its own sentence (or at
// the same place) and is dated the same day or not at all; the assault takes the place.
func (x *extractor) placedToll(st *sent, ts []*cand, all []*cand) bool {
	var tc *cand
	for _, t := range ts {
		if t.place != nil && !t.placeFallback {
			tc = t
		}
	}
	if tc == nil {
		return false
	}
	for i := len(all) - 1; i >= 0; i-- {
		p := all[i]
		if p.s.idx < st.idx-1 {
			break
		}
		if p.typ != "ASSAULT" || p.background || p.modality != "asserted" || p.s.idx == st.idx {
			continue
		}
		if p.place != nil && !p.placeFallback && p.place.Geo.Name != tc.place.Geo.Name {
			return false
		}
		if p.dateSet && tc.dateSet && p.date.Value != tc.date.Value {
			return false
		}
		for _, t := range ts {
			mergeCount(&p.counts.Injured, t.counts.Injured)
			if p.counts.Killed == nil {
				mergeCount(&p.counts.Killed, t.counts.Killed)
			}
		}
		if p.counts.Killed == nil && p.counts.Injured == nil {
			return false
		}
		q := *tc.place
		p.place, p.placeFallback = &q, false
		if !p.dateSet && tc.dateSet {
			p.date, p.dateSet = tc.date, true
		}
		return true
	}
	return false
}

func (c *cand) setZero() {
	if c.counts.Killed == nil {
		c.counts.Killed = model.Int(0)
	}
	if c.counts.Injured == nil {
		c.counts.Injured = model.Int(0)
	}
}

// noteSubject remembers the sentence's named subject for later pronouns.
func (x *extractor) noteSubject(st *sent) {
	r := pickSubject(st, 0, len(st.toks))
	for _, ai := range r {
		a := st.args[ai]
		if a.pron || !a.isActor && a.place == nil {
			continue
		}
		if a.generic && a.actor.Country == "" && a.actor.Actor == "" {
			continue
		}
		b := a.s - 1
		for b >= 0 && determiners[st.toks[b].low] {
			b--
		}
		if b >= 0 && st.toks[b].low == "," && a.e < len(st.toks) && reportVerbs[st.toks[a.e].lem] {
			continue // ", The Associated Press said."
		}
		act := actorOf(st, ai, x.text)
		x.lastActor = &act
		return
	}
}

// resolveTypes chooses among the types of ambiguous triggers with the classifier.
func (x *extractor) resolveTypes(st *sent, cs []*cand) []*cand {
	for _, c := range cs {
		if len(c.e.types) < 2 {
			continue
		}
		// rules first: labour strikes
		if c.st().toks[c.ti].lem == "strike" {
			if !c.noun && c.ti+1 < len(st.toks) && (st.toks[c.ti+1].arg >= 0 || targetMarkers[st.toks[c.ti+1].low] || determiners[st.toks[c.ti+1].low]) && !labourStrike(st, c.ti) {
				c.typ, c.typeProb = "ASSAULT", 0.9
				continue
			}
			if labourStrike(st, c.ti) || labourStrikeNoun(st, c.ti) && !weaponNear(st, c.ti, c.tj) {
				c.typ, c.mode, c.acled = "PROTEST", "strike", "peaceful"
				continue
			}
			if x.labourContext() && !militaryNear(st) && !weaponNear(st, c.ti, c.tj) && (c.noun || c.ti+1 >= len(st.toks) || st.toks[c.ti+1].arg < 0) {
				// "the strike left 60,000 pupils stranded" in a story about a pay dispute
				c.typ, c.mode, c.acled = "PROTEST", "strike", "peaceful"
				continue
			}
			if c.noun && c.ti > 0 {
				p := st.toks[c.ti-1]
				if p.arg >= 0 || p.lem == "air" || p.lem == "drone" || p.lem == "missile" || weaponNear(st, c.ti, c.tj) {
					c.typ, c.typeProb = "ASSAULT", 0.9
					continue
				}
			}
		}
		typ, p := classify(sentenceText(x.text, st), c.e.types, st.toks[c.ti].lem)
		c.typ, c.typeProb = typ, p
		if typ != c.e.types[0] {
			c.mode, c.acled = "", ""
			if typ == "PROTEST" {
				c.mode, c.acled = "strike", "peaceful"
			}
			if typ == "REQUEST" {
				c.mode = ""
			}
		}
	}
	return cs
}

func (c *cand) st() *sent { return c.s }

func labourStrike(st *sent, i int) bool {
	for k := i - 3; k <= i+4 && k < len(st.toks); k++ {
		if k < 0 || k == i {
			continue
		}
		switch st.toks[k].lem {
		case "worker", "union", "teacher", "nurse", "doctor", "employee", "general", "national", "nationwide", "hunger", "wage", "pay", "labour", "labor", "staff", "driver", "miner", "walkout":
			return true
		case "on":
			if k == i-1 {
				return true
			}
		}
	}
	return false
}

func sentenceText(text string, st *sent) string { return text[st.start:st.end] }

// fill sets roles, modality, place and counts of one candidate.
func (x *extractor) fill(st *sent, c *cand, prev []*cand) {
	c.passive = isPassive(st, c)
	x.roles(st, c)
	x.possessiveLightAgent(st, c) // "Puntland launched its offensive": Puntland
	x.sharedSubject(st, c, prev)
	if c.typ == "ASSAULT" && len(c.sources) == 0 {
		if ai := passiveBlame(st); ai >= 0 {
			c.sources = x.actors(st, []int{ai}) // "the attack, which was blamed on X, …"
		}
	}
	if c.passive && c.e.flags&fConseq != 0 && len(c.sources) > 0 {
		c.sources = x.dropSpeakers(st, c)
	}
	c.modality = modality(st, c)
	if c.modality == "negated" && len(c.sources) == 0 {
		if sp := denier(st, c); len(sp) > 0 {
			c.sources = x.actors(st, sp) // "X denied firing rockets", "X denied that they attacked"
		}
	}
	if c.modality == "future" && c.typ == "CONSULT" {
		c.typ, c.mode = "AGREE", ""
	}
	if (c.modality == "future" || c.modality == "hypothetical" && wouldBefore(st, c.ti)) && c.typ == "RETREAT" && c.mode == "withdraw" {
		// an announced future withdrawal is a concession (PLOVER)
		c.typ, c.mode, c.acled, c.modality = "CONCEDE", "", "", "asserted"
	}
	if c.typ == "PROTEST" && st.toks[c.ti].lem == "strike" && !labourStrike(st, c.ti) && armedSource(c) {
		c.typ, c.mode, c.acled = "ASSAULT", "auto", "air" // "the air force had struck …"
	}
	if c.typ == "MOBILIZE" && len(c.sources) == 0 {
		// "soldiers were deployed to the town", "troops would be sent": the forces moved
		if c.passive {
			c.sources = x.actors(st, subjectArgsSp(st, c.ti, false))
		} else if a := st.toks[c.ti].arg; a >= 0 && st.args[a].isActor {
			c.sources = x.actors(st, []int{a})
		}
	}
	if c.typ == "ASSAULT" && !c.noun && (st.toks[c.ti].lem == "strike" || st.toks[c.ti].lem == "hit") && len(c.targets) == 0 && objectIsMine(st, c.tj) {
		// "their convoy struck an explosive device": the convoy is the victim
		c.targets, c.sources = c.sources, nil
		c.acled = "ied"
	}
	if c.modality == "threatened" {
		// "ready to attack", "threatened to strike": a threat, not an attack
		switch c.typ {
		case "ASSAULT", "MOBILIZE":
			c.typ, c.mode, c.acled = "THREATEN", "violence", ""
		}
		c.modality = "asserted"
	}
	if stoppedBefore(st, c.ti) && (c.typ == "ASSAULT" || c.typ == "PROTEST") {
		c.typ, c.mode, c.acled = "CONCEDE", "", ""
	}
	x.place(st, c)
	if l := st.toks[c.ti].lem; (l == "capture" || l == "seize" || l == "take" || c.acled == "govterr" || c.acled == "territory" && c.typ == "ASSAULT") && !c.noun && !c.passive {
		if k, ok := settlementObject(st, c.tj); ok {
			// "captured Goma, the largest city in eastern Congo": ground taken by force;
			// "recaptured the town of Bunagana": ground retaken
			if c.acled != "govterr" {
				c.typ, c.mode, c.acled = "ASSAULT", "", "territory"
			}
			a := st.args[st.toks[k].arg]
			if a.place != nil && !a.isActor {
				p := *a.place
				c.place, c.placeFallback = &p, false
			} else if cc := x.eventCountry(c); cc != "" {
				nm := x.text[st.toks[a.s].start:st.toks[a.e-1].end]
				c.place = &model.PlaceMention{Start: st.toks[a.s].start, End: st.toks[a.e-1].end, Text: nm, Geo: model.Geo{Name: nm, Country: cc, Feature: "other", Precision: 2}}
				c.placeFallback = false
			}
		}
	}
	tracePlaces("fill", []*cand{c})
	x.counts(st, c)
	c.weaponHint, c.weaponMode = weaponsOf(st, c)
	if c.typ == "ASSAULT" && len(c.e.words) >= 3 && c.e.words[0] == "come" && c.e.words[1] == "under" {
		// "the patrol came under fire": the subject is the target
		c.targets, c.sources = dedupActors(append(c.sources, c.targets...)), nil
		if len(c.targets) == 0 && c.ti > 0 && unitNouns[st.toks[c.ti-1].lem] {
			s := c.ti - 1
			if s > 0 && determiners[st.toks[s-1].low] {
				s--
			}
			c.targets = []model.Actor{{Text: x.text[st.toks[s].start:st.toks[c.ti-1].end], Kind: "MIL", Affiliations: []string{}}}
		}
		if k := c.tj; k+1 < len(st.toks) && st.toks[k].low == "from" {
			// "soldiers came under fire from gunmen": the attackers follow "from"
			for j := k + 1; j < len(st.toks) && j <= k+3; j++ {
				if ai := st.toks[j].arg; ai >= 0 && st.args[ai].isActor {
					src := x.actors(st, []int{ai})
					c.sources = src
					var keep []model.Actor
					for _, t := range c.targets {
						if !sameActors([]model.Actor{t}, src) {
							keep = append(keep, t)
						}
					}
					c.targets = keep
					break
				}
			}
		}
	}
	if c.typ == "ASSAULT" && len(c.e.words) == 3 && c.e.words[0] == "lose" && c.e.words[2] == "to" {
		// "the army lost Bukavu to M23": the new holder took the town from the subject
		c.sources, c.targets = x.actors(st, objectArgs(st, c, c.tj, true, nil)), c.sources
		if len(c.sources) == 0 {
			if ai := backedHolder(st, c.tj); ai >= 0 {
				c.sources = x.actors(st, []int{ai}) // "lost Bukavu to the Rwanda-backed M23"
			}
		}
		town := false
		for k := c.ti + 1; k < c.tj-1; k++ {
			if a := st.toks[k].arg; a >= 0 && st.args[a].place != nil && st.args[a].place.Geo.Feature != "country" {
				town = true
			}
		}
		if len(c.sources) == 0 || !town {
			c.dropped = true // "lost the election to the opposition", "lost two soldiers to sniper fire"
		}
	}
	if st.toks[c.ti].lem == "die" && c.typ == "ASSAULT" {
		// "Seven pilgrims died on the spot": the dead are victims, and dying is a toll of an
		// attack told in the sentence or just before, never an event of its own
		c.targets, c.sources = dedupActors(append(c.targets, c.sources...)), nil
		c.anaphorOnly = true
		if c.place != nil && !c.placeFallback {
			c.place, c.placeArg = nil, -1 // "died overnight at the hospital in Anantnag": not the scene
		}
	}
}

// sharedSubject gives a verb without its own subject the subject of the verb it is coordinated
// with ("The RSF condemned … and accused …", "X said …, and called for …") or, for a
// participle after a comma, of the main clause ("Gunmen stormed a village, killing two and
// abducting 38").
func (x *extractor) sharedSubject(st *sent, c *cand, prev []*cand) {
	if c.noun && c.typ == "ASSAULT" && len(c.sources) == 0 {
		// "Russia launched drones …, and strikes on Odesa killed two": the same attacker
		for i := len(prev) - 1; i >= 0; i-- {
			if p := prev[i]; p.typ == "ASSAULT" && len(p.sources) > 0 && !p.passive && st.toks[p.ti].group == st.toks[c.ti].group {
				c.sources = p.sources
				break
			}
		}
		return
	}
	if c.noun || c.passive {
		return
	}
	k := c.ti - 1
	for k >= 0 && (strings.HasSuffix(st.toks[k].low, "ly") || auxWords[st.toks[k].low] || quoteTok(st.toks[k].low)) {
		k--
	}
	if k < 0 {
		return
	}
	conj := st.toks[k].low
	participle := strings.HasSuffix(st.toks[c.ti].low, "ing") && (conj == "," || conj == "and")
	// "India on Tuesday blamed X, expelled five diplomats and suspended …": a list of verbs
	listVerb := conj == "," && strings.HasSuffix(st.toks[c.ti].low, "ed") && !(c.tj < len(st.toks) && st.toks[c.tj].low == "by") && verbBeforeInGroup(st, prev, c)
	if !(conj == "and" || conj == "but" || conj == "or" || participle || listVerb) {
		return
	}
	for i := len(prev) - 1; i >= 0; i-- {
		p := prev[i]
		if p.dropped || len(p.sources) == 0 || st.toks[p.ti].group != st.toks[c.ti].group && !verbalTypes[c.typ] {
			continue
		}
		if p.noun && hasVerbBefore(prev[:i], c) {
			continue // "ambushed a military patrol, killing four": the verb's subject, not the noun's
		}
		if p.passive && p.typ == "ASSAULT" {
			continue // "soldiers were killed": the victims are not the next verb's subject
		}
		if participle && p.noun && !lightVerbBefore(st, p.ti) && clauseActBefore(st, prev[:i], c) {
			continue // "used pepper spray to break up a blockade … by students, detaining 27": the clause's act
		}
		if participle && conj == "," && inRelClause(st, p.ti) {
			continue // "cleared protesters who had blocked the avenue, detaining 27": the main verb's subject
		}
		if ai := denierConjunct(st, c, p); ai >= 0 {
			c.sources = x.actors(st, []int{ai}) // "denied that the army had … and accused X"
			return
		}
		c.sources = p.sources
		c.coordVP = !participle
		if c.coordVP {
			c.coordHost = p
		}
		if len(c.targets) == 0 && verbalTypes[c.typ] {
			c.targets = p.targets // "called relatives and demanded a ransom"
		}
		return
	}
	if verbalTypes[c.typ] {
		// the speaker: "X said …, and called for …"
		for r := 0; r < k; r++ {
			if reportVerbs[st.toks[r].lem] && st.toks[r].arg < 0 {
				if src := pickSubject(st, clauseStart(st, r), r); len(src) > 0 {
					c.sources = x.actors(st, src)
					return
				}
			}
		}
	}
	// climb out of subordinate clauses to the clause the first conjunct belongs to
	q := k - 1
	for q > 0 {
		cs := clauseStart(st, q)
		if cs > 0 && subordin[st.toks[cs].low] || cs > 0 && relPronouns[st.toks[cs].low] {
			q = cs - 1
			continue
		}
		break
	}
	if q >= 0 {
		if src := subjectArgs(st, q); len(src) > 0 {
			c.sources = x.actors(st, src)
		}
	}
}

// protesterWords name the crowd of a protest ("protesters marched", "demonstrators who had
// blocked the road").
var protesterWords = set("protesters protester demonstrators demonstrator marchers rioters protestors")

// protestersAsSource: a protest with no organiser, or only "people", whose sentence names its
// crowd ("protesters", "demonstrators") has that crowd as source (ACLED's "Protesters (X)").
// anaphorCount: an abduction or arrest of "the soldiers" with no count of its own counts the
// soldiers the three sentences before counted ("released six soldiers … . Rebels seized the
// soldiers on Saturday"), when they counted them once.
func (x *extractor) anaphorCount(c *cand) {
	var p **int
	switch {
	case c.typ == "ASSAULT" && c.mode == "abduct":
		p = &c.counts.Kidnapped
	case c.typ == "COERCE" && c.mode == "arrest":
		p = &c.counts.Arrested
	default:
		return
	}
	if *p != nil || len(c.targets) != 1 {
		return
	}
	f := strings.Fields(strings.ToLower(c.targets[0].Text))
	if len(f) != 2 || f[0] != "the" {
		return
	}
	if ok, pl := victimNoun(f[1]); !ok || !pl {
		return
	}
	from := 0
	for _, st := range x.sents {
		if st.idx == c.s.idx-3 {
			from = st.start
		}
	}
	val := -1
	for _, q := range x.a.Quantities {
		if q.Start < from || q.Start >= c.s.start || q.Counts != "" && q.Counts != "kidnapped" && q.Counts != "arrested" {
			continue
		}
		n := strings.Fields(strings.ToLower(q.Noun))
		if len(n) == 0 || n[len(n)-1] != f[1] || q.Value <= 1 {
			continue
		}
		if val >= 0 && val != q.Value {
			return // counted twice, differently
		}
		val = q.Value
	}
	if val > 0 {
		*p = model.Int(val)
	}
}

// homeCountry gives a source with no country the story's own country when it is a state force
// named only by its kind ("army units", "interior ministry forces" in a story about Syria) or a
// person the text introduces with an office ("President Aleksandar Vucic", "CONAIE president
// Marlon Vargas"): unnamed forces and office-holders of a story are its country's, foreign
// ones are named as such ("Israeli troops", "US envoy").
func (x *extractor) homeCountry(as []model.Actor) {
	top := x.dc.top
	if top == "" || x.dc.counts[top] < 2 {
		return
	}
	for i := range as {
		a := &as[i]
		if a.Country != "" || a.Actor != "" {
			continue
		}
		switch {
		case a.Actor == "" && (a.Kind == "MIL" || a.Kind == "COP") && !strings.ContainsAny(a.Text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
			a.Country = top
		case a.Kind == "" && isCap(a.Text) && !strings.Contains(a.Text, " ") && x.titledPerson(a.Text):
			a.Country = top
		}
	}
}

// officeTitles introduce an office-holder ("President Aleksandar Vucic").
var officeTitles = set("president minister premier governor mayor leader chairman chairperson spokesman spokeswoman spokesperson commander chief general colonel")

// titledPerson: the surname appears in the text right after an office title and up to one
// given name ("President Aleksandar Vucic", "CONAIE president Marlon Vargas").
func (x *extractor) titledPerson(surname string) bool {
	if v, ok := x.titled[surname]; ok {
		return v
	}
	if x.titled == nil {
		x.titled = map[string]bool{}
	}
	v := x.findTitled(surname)
	x.titled[surname] = v
	return v
}

func (x *extractor) findTitled(surname string) bool {
	for _, st := range x.sents {
		for i := range st.toks {
			if st.toks[i].text != surname || i == 0 {
				continue
			}
			for k := i - 1; k >= 0 && k >= i-2; k-- {
				if officeTitles[st.toks[k].low] {
					return true
				}
				if !isCap(st.toks[k].text) {
					break
				}
			}
		}
	}
	return false
}

func (x *extractor) protestersAsSource(c *cand) {
	for _, a := range c.sources {
		if a.Actor != "" || a.Name != "" || headWord(a.Text) != "people" && headWord(a.Text) != "person" {
			return
		}
	}
	st := c.s
	for i := range st.toks {
		t := &st.toks[i]
		if !protesterWords[t.low] || st.toks[i].group != st.toks[c.ti].group {
			continue
		}
		if ai := t.arg; ai >= 0 && st.args[ai].isActor {
			c.sources = x.actors(st, []int{ai})
			if len(c.sources) > 0 {
				return
			}
		}
		cc := ""
		if c.place != nil {
			cc = c.place.Geo.Country
		}
		c.sources = []model.Actor{{Text: x.text[t.start:t.end], Name: "Protesters", Kind: "CVL", Country: cc}}
		return
	}
	if len(c.sources) == 0 {
		x.crowdSource(c)
	}
}

// verbBeforeInGroup: an earlier candidate of c's clause group is an active finite verb with a
// subject (the first verb of a list "blamed X, expelled Y and suspended Z").
func verbBeforeInGroup(st *sent, prev []*cand, c *cand) bool {
	g := st.toks[c.ti].group
	// the list ends with "and <verb>ed" after c
	end := false
	for k := c.tj; k+1 < len(st.toks) && st.toks[k].group == g; k++ {
		if st.toks[k].low == "and" && strings.HasSuffix(st.toks[k+1].low, "ed") {
			end = true
			break
		}
	}
	if !end {
		return false
	}
	for _, p := range prev {
		if !p.noun && !p.passive && !p.dropped && len(p.sources) > 0 && st.toks[p.ti].group == g && strings.HasSuffix(st.toks[p.ti].low, "ed") &&
			!(p.tj < len(st.toks) && st.toks[p.tj].low == "by") && !(p.ti > 0 && st.toks[p.ti-1].low == ",") {
			return true
		}
	}
	return false
}

func quoteTok(s string) bool { return s == "\"" || s == "“" || s == "”" || s == "'" }

// distinctPlaces: both events name places, and not the same one ("captured Goma … and took Bukavu").
func distinctPlaces(p, c *cand) bool {
	return p.place != nil && c.place != nil && !p.placeFallback && !c.placeFallback && !strings.EqualFold(p.place.Geo.Name, c.place.Geo.Name)
}

// hasVerbBefore: some earlier candidate is a verb of c's clause group with a subject.
func hasVerbBefore(prev []*cand, c *cand) bool {
	for _, p := range prev {
		if !p.noun && !p.dropped && len(p.sources) > 0 && p.s.toks[p.ti].group == c.s.toks[c.ti].group {
			return true
		}
	}
	return false
}

var auxWords = set("also then later had has have would will was were could further")

func clauseStart(st *sent, i int) int {
	cl := st.toks[i].clause
	for i > 0 && st.toks[i-1].clause == cl {
		i--
	}
	return i
}

// settlementObject: the direct object after token j is a town: a toponym, or a name followed by
// an apposition with a place noun ("Goma, the largest city in eastern Congo").
func settlementObject(st *sent, j int) (int, bool) {
	k := j
	for k < len(st.toks) && (determiners[st.toks[k].low] || st.toks[k].low == "control" || st.toks[k].low == "of") {
		k++
	}
	// "the (strategic / northern) town of Walikale", "the village of X": the name after "of"
	for q := k; q < len(st.toks) && q <= k+3; q++ {
		l := st.toks[q].low
		if st.toks[q].arg >= 0 {
			break
		}
		if settlementHeads[l] && q+2 < len(st.toks) && st.toks[q+1].low == "of" && st.toks[q+2].arg >= 0 {
			k = q + 2
			break
		}
		if !(directionWords[l] || territoryAdjs[l]) {
			break
		}
	}
	if k >= len(st.toks) || st.toks[k].arg < 0 {
		return 0, false
	}
	a := st.args[st.toks[k].arg]
	if a.place != nil && !a.isActor && a.place.Geo.Feature != "country" {
		return k, true
	}
	if a.kind != "" || a.generic || a.e >= len(st.toks) || st.toks[a.e].low != "," {
		return 0, false
	}
	for q := a.e + 1; q < len(st.toks) && q <= a.e+5; q++ {
		if placeNouns[st.toks[q].low] {
			return k, true
		}
	}
	return 0, false
}

// settlementHeads name a settlement before "of <Name>" ("the town of Walikale").
var settlementHeads = set("town village city district hamlet locality commune municipality port capital")

// territoryAdjs may stand between the determiner and the settlement noun.
var territoryAdjs = set("strategic key small border frontline front-line mining coastal hilltop rebel-held militant-held army-held nearby")

// participleAfterComma: ", and destroying more than 20 houses": a further act of the clause.
func participleAfterComma(c *cand) bool {
	st := c.s
	if c.noun || !strings.HasSuffix(st.toks[c.ti].low, "ing") || c.ti < 1 {
		return false
	}
	p := st.toks[c.ti-1].low
	return p == "," || p == "and" && c.ti >= 2 && st.toks[c.ti-2].low == ","
}

// wouldBefore: "said the group would pull back": reported future.
func wouldBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if st.toks[k].low == "would" {
			return true
		}
	}
	return false
}

// objectIsMine: the object after token j is a mine or explosive device.
func objectIsMine(st *sent, j int) bool {
	for k := j; k < len(st.toks) && k < j+5; k++ {
		switch st.toks[k].lem {
		case "mine", "landmine", "ied", "device":
			return true
		}
	}
	return false
}

// stoppedBefore: "will stop its attacks", "halted the offensive".
func stoppedBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := st.toks[k]
		switch t.lem {
		case "stop", "halt", "end", "cease", "suspend", "pause", "scale":
			return true
		}
		if !(possessives[t.low] || determiners[t.low] || adjBeforeNoun[t.low]) {
			return false
		}
	}
	return false
}

// roles fills sources and targets.
func (x *extractor) roles(st *sent, c *cand) {
	var src, tgt []int
	recip := c.e.flags&fRecip != 0
	lem := st.toks[c.ti].lem
	if !c.noun && namedComplement(st, c.ti) {
		c.noun = true // "what it called a terrorist attack": a noun, and no act of the namer
	}
	switch {
	case c.noun:
		src, tgt = nounRoles(st, c)
	case c.passive:
		tgt = subjectArgsSp(st, c.ti, false)
		src = objectArgs(st, c, c.tj, false, mBy)
		// "killed by an Israeli strike": the demonym before the attack noun
		if len(src) == 0 {
			for k := c.tj; k < len(st.toks) && k < c.tj+5; k++ {
				if st.toks[k].arg >= 0 && st.args[st.toks[k].arg].norp {
					src = append(src, st.toks[k].arg)
					break
				}
			}
		}
		if len(src) == 0 {
			// "An Israeli strike killed 5" handled as active; passive "were killed in an Israeli strike"
			for k := c.tj; k+1 < len(st.toks) && k < c.tj+3; k++ {
				if st.toks[k].low == "in" && st.toks[k+1].arg >= 0 {
					break
				}
			}
		}
	default:
		src = subjectArgs(st, c.ti)
		markers := targetMarkers
		switch c.typ {
		case "CONSULT", "AGREE", "COOPERATE":
			markers = mWith
		case "REQUEST":
			markers = mOn
		case "THREATEN":
			markers = mThreat
		case "AID", "SUPPORT":
			markers = mTo
		case "MOBILIZE", "RETREAT":
			markers = mAgainst
		}
		if recip {
			markers = mRecip
		}
		direct := c.typ != "PROTEST" && c.typ != "MOBILIZE" && lem != "head"
		tgt = objectArgs(st, c, c.tj, direct, markers)
		if len(src) == 0 && c.tj < len(st.toks) && st.toks[c.tj].low == "by" && strings.HasSuffix(st.toks[c.ti].low, "ed") {
			// a reduced relative, "shells fired by the RSF slammed into …": the agent after "by"
			if by := objectArgs(st, c, c.tj, false, mBy); len(by) > 0 {
				src = by[:1]
				var keep []int
				for _, ai := range tgt {
					if ai != by[0] {
						keep = append(keep, ai)
					}
				}
				tgt = keep
			}
		}
	}
	if recip {
		// "clashes between X and Y", "X clashed with Y": both sides act; in "between X and
		// Y" the second named side is also the target (ACLED's actor 2)
		switch {
		case len(src) == 0 && len(tgt) >= 2 && c.noun:
			src, tgt = tgt, tgt[1:]
		default:
			src = append(src, tgt...)
			tgt = nil
		}
	}
	if len(tgt) == 0 && !c.noun {
		// "clear hundreds of protesters": the phrase holds its own object
		for k := c.ti + 1; k < c.tj; k++ {
			if ai := st.toks[k].arg; ai >= 0 && st.args[ai].isActor {
				tgt = append(tgt, ai)
				break
			}
		}
	}
	if !c.noun && !c.passive && verbalTypes[c.typ] {
		if ai, ok := frontedObjectSubject(st, c.ti); ok {
			src = []int{ai} // "an offer Vargas rejected as a trap": Vargas rejects
		}
	}
	src, tgt = speakerPronoun(st, src), speakerPronoun(st, tgt)
	c.sources = x.actors(st, src)
	c.targets = x.actors(st, tgt)
	if verbalTypes[c.typ] && len(tgt) == 1 && len(c.targets) == 1 {
		if a, ok := partOfNamed(x.text, st, tgt[0]); ok {
			c.targets[0] = a // "blamed a cell of the BRN": the BRN
		}
	}
	if len(c.targets) == 0 && !c.noun && !c.passive && (c.typ == "ACCUSE" || c.typ == "REJECT" || c.typ == "REQUEST") {
		if a, ok := accusedObject(x.text, st, c.tj); ok {
			// "accused the organisers of …", "blamed a cell of the BRN for …"
			c.targets = []model.Actor{a}
		}
	}
	for i, ai := range tgt {
		if i < len(c.targets) && ai >= 0 && armedOf(st, ai) {
			c.targets[i].Kind = "REB" // "dissidents of the former FARC guerrilla group"
		}
	}
	if !recip {
		var keep []model.Actor
		for _, t := range c.targets {
			same := false
			for _, s := range c.sources {
				if actorMatch(s, t) && (s.Actor != "" || s.Name != "" && s.Name == t.Name) {
					same = true
				}
			}
			if !same {
				keep = append(keep, t)
			}
		}
		c.targets = keep
	}
	if lone := len(tgt) == 1 && len(c.targets) == 1 && (st.args[tgt[0]].norp || st.args[tgt[0]].place != nil); c.typ == "ASSAULT" && (!c.noun || finiteEnd(st, c)) && !c.passive && !recip && (len(c.targets) == 0 || lone) {
		if a, ok := facilityObject(x.text, st, c.tj); ok {
			// "shelled a hospital", "struck a crowded market"; "an Israeli settlement": the
			// settlement, not the bare demonym
			c.targets = append(c.targets[:0:0], a)
			tgt = nil
		}
	}
	if c.typ == "ASSAULT" && len(c.targets) == 0 && !c.noun && !c.passive && !recip {
		if a, ok := militarySiteObject(x.text, st, c.tj); ok {
			// "overran the last army battalion headquarters": the garrison is the target
			c.targets = append(c.targets[:0:0], a)
		} else if a, ok := vehicleObject(x.text, st, c.tj); ok {
			// "struck a column of government vehicles", "bombed canoes": the vehicles hit
			c.targets = append(c.targets[:0:0], a)
		}
	}
	if c.typ == "SANCTION" && len(c.targets) == 0 && !c.noun {
		if a, ok := closedTo(x.text, st, c.tj); ok {
			// "closed its airspace to Indian-owned airlines": those it is closed to
			c.targets = append(c.targets[:0:0], a)
		}
	}
	// generic targets located "in <place>" take its country ("bases in Israel")
	for i, ai := range tgt {
		if i >= len(c.targets) {
			break
		}
		a := st.args[ai]
		if a.generic && c.targets[i].Country == "" && a.e+1 < len(st.toks) && st.toks[a.e].low == "in" {
			if pi := st.toks[a.e+1].arg; pi >= 0 && st.args[pi].place != nil {
				c.targets[i].Country = st.args[pi].place.Geo.Country
			}
		}
	}
}

// proposalNouns are the things a party rejects, accepts or denies, which a reduced object
// relative can follow ("an offer Vargas rejected", "the claims Kigali denies").
var proposalNouns = set("offer offers proposal proposals plan plans demand demands deal claim claims accusation accusations allegation allegations charge charges call calls request requests idea terms ultimatum condition conditions")

// frontedObjectSubject: the named actor right before a verbal trigger that follows a proposal
// noun is its subject ("…, an offer Vargas rejected as 'a trap'").
func frontedObjectSubject(st *sent, ti int) (int, bool) {
	if ti < 2 {
		return 0, false
	}
	ai := st.toks[ti-1].arg
	if ai < 0 || !st.args[ai].isActor || st.args[ai].pron || st.args[ai].coref || st.args[ai].generic || st.args[ai].e != ti || !isCap(st.toks[st.args[ai].s].text) {
		return 0, false
	}
	s := st.args[ai].s
	if s < 1 || !proposalNouns[st.toks[s-1].low] {
		return 0, false
	}
	return ai, true
}

// partHeads name a part of a group ("a cell of", "a faction of", "members of").
var partHeads = set("cell cells faction factions wing member members unit units branch splinter")

// partOfNamed: an unnamed part of a named group ("a faction of the Islamic State West Africa
// Province") stands for the group.
func partOfNamed(text string, st *sent, ai int) (model.Actor, bool) {
	a := st.args[ai]
	if !a.generic || a.e+1 >= len(st.toks) || st.toks[a.e].low != "of" || !partHeads[st.toks[a.e-1].low] {
		return model.Actor{}, false
	}
	q := a.e + 1
	for q < len(st.toks) && q < a.e+3 && determiners[st.toks[q].low] {
		q++
	}
	if q >= len(st.toks) {
		return model.Actor{}, false
	}
	if bi := st.toks[q].arg; bi >= 0 && bi != ai && st.args[bi].isActor && !st.args[bi].generic && !st.args[bi].pron && st.args[bi].place == nil {
		return actorOf(st, bi, text), true
	}
	return model.Actor{}, false
}

// accuseHeads are unnamed people or groups an accusation or demand can be aimed at.
var accuseHeads = set("organiser organisers organizer organizers protester protesters demonstrator demonstrators opposition leader leaders student students activist activists rebel rebels militant militants insurgent insurgents official officials authorities government police army troops soldiers forces militia militias gang gangs cell cells faction factions member members supporter supporters critic critics journalist journalists")

// accusedObject: the object of an accusation, denunciation or demand when no actor was found
// there: a named group after "a cell/faction/member of", or an unnamed group noun ("the
// organisers").
func accusedObject(text string, st *sent, tj int) (model.Actor, bool) {
	k := tj
	for k < len(st.toks) && k < tj+3 && (determiners[st.toks[k].low] || adjBeforeNoun[st.toks[k].low]) {
		k++
	}
	if k >= len(st.toks) || st.toks[k].clause != st.toks[tj-1].clause {
		return model.Actor{}, false
	}
	h := st.toks[k].low
	if !accuseHeads[h] {
		return model.Actor{}, false
	}
	if k+2 < len(st.toks) && st.toks[k+1].low == "of" {
		q := k + 2
		for q < len(st.toks) && q < k+4 && determiners[st.toks[q].low] {
			q++
		}
		if q < len(st.toks) {
			if ai := st.toks[q].arg; ai >= 0 && st.args[ai].isActor && !st.args[ai].pron {
				return actorOf(st, ai, text), true // "a cell of the Barisan Revolusi Nasional"
			}
		}
	}
	if ai := st.toks[k].arg; ai >= 0 && st.args[ai].isActor {
		return actorOf(st, ai, text), true
	}
	return model.Actor{Text: text[st.toks[tj].start:st.toks[k].end]}, true
}

// armedOf: an unnamed group described as part of an armed one ("dissidents of the … guerrilla
// group", "members of the militia").
func armedOf(st *sent, ai int) bool {
	a := st.args[ai]
	if !a.generic || armedKinds[a.actor.Kind] || a.actor.Kind == "REB" || a.e >= len(st.toks) || st.toks[a.e].low != "of" {
		return false
	}
	for k := a.e + 1; k < len(st.toks) && k <= a.e+6; k++ {
		switch st.toks[k].lem {
		case "guerrilla", "rebel", "militia", "militant", "insurgent", "jihadist", "armed", "army", "paramilitary":
			return true
		}
		if b := st.toks[k].arg; b >= 0 && b != ai && (st.args[b].actor.Kind == "REB" || st.args[b].actor.Kind == "MIL") {
			return true
		}
	}
	return false
}

// speakerPronoun replaces a pronoun right after a reporting verb by the speaker: "Several
// journalists said they were beaten", "The Command said that it had carried out a strike".
func speakerPronoun(st *sent, idx []int) []int {
	for n, ai := range idx {
		if ai < 0 {
			continue
		}
		a := st.args[ai]
		if a.s >= a.e || !pronouns[st.toks[a.s].low] || a.e-a.s != 1 {
			continue
		}
		k := a.s - 1
		if k >= 0 && st.toks[k].low == "that" {
			k--
		}
		for k >= 0 && (inTimex(st, st.toks[k].start) || st.toks[k].low == "on") {
			k--
		}
		if k < 0 || !reportVerbs[st.toks[k].lem] {
			continue
		}
		sp := pickSubject(st, clauseStart(st, k), k)
		if len(sp) > 0 && !pronouns[st.toks[st.args[sp[0]].s].low] && st.args[sp[0]].isActor {
			idx[n] = sp[0]
		}
	}
	return idx
}

// marker sets for roles
var (
	mWith       = set("with")
	mOn         = set("on upon")
	mThreat     = set("against on in with")
	mTo         = set("to for")
	mAgainst    = set("against")
	mRecip      = set("with between against")
	mBy         = set("by")
	mNounTarget = set("on against into at targeting")
	mNounWith   = set("with between")
	mNounOf     = set("on against into at targeting of")
	mNounRecip  = set("on against into at targeting between with")
)

// nounRoles: "Israeli bombardment", "Hezbollah's attack", "its attack", "the attack by X on Y".
func nounRoles(st *sent, c *cand) (src, tgt []int) {
	// look left over modifiers, dates and numbers
	for k := c.ti - 1; k >= 0 && k >= c.ti-5; k-- {
		t := st.toks[k]
		if t.arg >= 0 {
			a := st.args[t.arg]
			if a.isActor || a.place != nil && a.e == k+1 {
				if a.place != nil && !a.isActor && !(a.e < len(st.toks) && (st.toks[a.e].low == "'s" || st.toks[a.e].low == "’s")) {
					// "Gaza ceasefire": a place, not an actor, unless possessive
					break
				}
				src = append(src, t.arg)
			}
			break
		}
		if possessives[t.low] {
			src = append(src, -1000-k) // resolved by the caller to the nearest actor before it
			break
		}
		if t.low == "'s" || t.low == "’s" || determiners[t.low] || adjBeforeNoun[t.low] || hyphenModifier(t) || isNumberTok(t.low) || t.low == "." || isCap(t.text) && k > 0 {
			continue
		}
		if inTimex(st, t.start) {
			continue
		}
		break
	}
	for _, ai := range objectArgs(st, c, c.tj, false, mBy) {
		if st.args[ai].s <= c.tj+4 || nounOfBy(st, c.tj, st.args[ai].s) {
			src = append(src, ai) // "talks mediated by Qatar", not "… a copy seen by AFP"
		}
	}
	m := mNounTarget
	switch c.typ {
	case "CONSULT", "AGREE", "COOPERATE":
		m = mNounWith
	case "COERCE", "RETREAT", "SANCTION":
		m = mNounOf
	case "ASSAULT":
		if c.e.flags&fConseq != 0 || c.mode == "abduct" || c.mode == "targeted" {
			m = mNounOf
		}
	}
	if c.e.flags&fRecip != 0 {
		m = mNounRecip
	}
	tgt = objectArgs(st, c, c.tj, false, m)
	if c.e.flags&fRecip != 0 && len(tgt) > 0 {
		// "The clash erupted … at Daganbhuiyan upazila bus terminal": a place, no side
		k := 0
		for _, ai := range tgt {
			a := st.args[ai]
			if a.place != nil && !a.isActor && a.s > 0 && (st.toks[a.s-1].low == "at" || st.toks[a.s-1].low == "on") {
				continue
			}
			tgt[k] = ai
			k++
		}
		tgt = tgt[:k]
	}
	if len(tgt) == 0 && (c.typ == "REQUEST" || c.typ == "THREATEN") && c.tj+1 < len(st.toks) && st.toks[c.tj].low == "that" {
		// "Azerbaijan's demand that Armenia change its constitution": the one asked to act
		if ai := st.toks[c.tj+1].arg; ai >= 0 && (st.args[ai].isActor || st.args[ai].place != nil && st.args[ai].place.Geo.Feature == "country") {
			tgt = append(tgt, ai)
		}
	}
	if len(src) == 0 && len(tgt) > 1 && (c.typ == "CONSULT" || c.typ == "AGREE" || c.typ == "COOPERATE") && c.tj < len(st.toks) && st.toks[c.tj].low == "between" {
		// "talks between X and Y": one side acts, the other is met
		src, tgt = tgt[:1], tgt[1:]
	}
	// a noun trigger without an agent in its phrase takes the clause subject when it is the
	// object of a light verb ("Iraqis stage a rally", "Israel carried out strikes")
	if len(src) == 0 && lightVerbBefore(st, c.ti) {
		if _, ok := precededByPrep(st, c.ti); !ok {
			if s := subjectArgs(st, c.ti); len(s) > 0 && st.args[s[0]].e <= c.ti {
				// the subject must not be the trigger's own target phrase
				src = s
			}
		}
	}
	return src, tgt
}

var lightVerbs = set("open use fire impose slap announce extend stage hold carry conduct launch mount wage organize organise begin start continue intensify escalate claim resume step lead make join call announce sign reach")

// lightNounMods: modifiers between a light verb and its noun ("led national strikes", "held
// joint talks").
var lightNounMods = set("national nationwide general indefinite joint separate similar formal direct indirect bilateral official peace")

// clauseActBefore: an earlier candidate of c's clause group that is a verb or the object of a
// light verb, with sources (the clause subject's act).
func clauseActBefore(st *sent, prev []*cand, c *cand) bool {
	for _, q := range prev {
		if !q.dropped && len(q.sources) > 0 && st.toks[q.ti].group == st.toks[c.ti].group && (!q.noun || lightVerbBefore(st, q.ti)) {
			return true
		}
	}
	return false
}

// nounOfBy: "a blockade of the main bridge in Novi Sad by thousands of students": the
// agent's by-phrase after the trigger's of-phrase, with no participle between that could own
// the by ("a copy of the report seen by AFP").
func nounOfBy(st *sent, tj, s int) bool {
	if tj >= len(st.toks) || st.toks[tj].low != "of" || s > tj+10 {
		return false
	}
	for k := tj + 1; k < s-1; k++ {
		l := st.toks[k].low
		if strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "en") && len(l) > 4 || l == "," || l == "made" || l == "held" || l == "sent" || l == "run" {
			return false
		}
	}
	return true
}

// crowdWeapons may be coordinated before a crowd-control trigger under one light verb.
var crowdWeapons = set("batons baton clubs sticks gas cannon cannons bullets grenades spray")

// lightVerbBefore: the noun trigger is the object of a light verb ("staged a rally").
func lightVerbBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := st.toks[k]
		if determiners[t.low] || adjBeforeNoun[t.low] || lightNounMods[t.low] || hyphenModifier(t) || isNumberTok(t.low) || t.low == "out" || t.low == "up" || possessives[t.low] {
			continue
		}
		if t.low == "and" && k >= 2 && crowdWeapons[st.toks[k-1].low] {
			k-- // "used batons and pepper spray": the coordinated weapon shares the verb
			continue
		}
		return lightVerbs[t.lem] && !(t.lem == "call" && namingIdiom(st, k)) // not "what it called an attack"
	}
	return false
}

func inTimex(st *sent, pos int) bool {
	for _, t := range st.timexes {
		if pos >= t.Start && pos < t.End {
			return true
		}
	}
	return false
}

// actors converts argument indices to output actors, resolving unresolved pronouns.
func (x *extractor) actors(st *sent, idx []int) []model.Actor {
	var out []model.Actor
	for _, ai := range idx {
		if ai <= -1000 || ai >= 0 && st.args[ai].pron {
			var word string
			var pos int
			var r *model.Actor
			if ai >= 0 {
				word = x.text[st.toks[st.args[ai].s].start:st.toks[st.args[ai].e-1].end]
				pos = st.toks[st.args[ai].s].start
				r = x.resolvePronoun(st, pos)
			} else {
				k := -1000 - ai
				word, pos = st.toks[k].text, st.toks[k].start
				r = x.nearestActor(st, pos)
			}
			if r != nil {
				act := *r
				if act.Name == "" {
					act.Name = act.Text
				}
				act.Text = word
				out = append(out, act)
			}
			continue
		}
		if ai < 0 || st.args[ai].s >= st.args[ai].e || witnessMedia(st, ai) {
			continue
		}
		if st.args[ai].coref {
			if m := temporalClauseSubject(st, st.toks[st.args[ai].s].start); m >= 0 && m != ai {
				act := actorOf(st, m, x.text)
				act.Text = x.text[st.toks[st.args[ai].s].start:st.toks[st.args[ai].e-1].end]
				out = append(out, act)
				continue
			}
		}
		out = append(out, actorOf(st, ai, x.text))
	}
	return dedupActors(out)
}

// witnessParticiples report how a news outlet saw or checked a fact ("the attack, seen by
// Reuters", "according to footage verified by AFP").
var witnessParticiples = set("seen viewed verified obtained reviewed geolocated filmed photographed published broadcast aired posted shared confirmed cited quoted interviewed contacted reached analysed analyzed examined")

// witnessMedia: a news outlet named as the witness or checker of a fact ("seen by Reuters",
// "verified by AFP", "according to Reuters") is no party to the event.
func witnessMedia(st *sent, ai int) bool {
	a := st.args[ai]
	if a.kind != "MED" && a.actor.Kind != "MED" {
		return false
	}
	s := a.s
	if s >= 1 && st.toks[s-1].low == "by" {
		for q := s - 2; q >= 0 && q >= s-4; q-- {
			if witnessParticiples[st.toks[q].low] {
				return true
			}
		}
	}
	if s >= 2 && st.toks[s-1].low == "to" && st.toks[s-2].low == "according" {
		return true
	}
	return false
}

// resolvePronoun: a named actor earlier in the sentence (the speaker), else the last subject.
func (x *extractor) resolvePronoun(st *sent, pos int) *model.Actor {
	if a := temporalClauseSubject(st, pos); a >= 0 {
		act := actorOf(st, a, x.text)
		return &act
	}
	for ai, a := range st.args {
		if a.s >= a.e || st.toks[a.s].start >= pos {
			continue
		}
		if a.pron || !a.isActor || a.norp {
			continue
		}
		if p, ok := precededByPrep(st, a.s); ok && p != "of" {
			continue
		}
		if a.generic && a.actor.Country == "" {
			continue
		}
		act := actorOf(st, ai, x.text)
		return &act
	}
	return x.lastActor
}

// temporalClauseSubject: "Rebels … killed at least 11 people, six of them soldiers, when they
// stormed a town": the subject pronoun of a when/as clause is the main clause's subject (the
// sentence's first actor argument, not inside a prepositional phrase or bracket), even an
// unnamed one; -1 when there is none.
func temporalClauseSubject(st *sent, pos int) int {
	k := -1
	for i := range st.toks {
		if st.toks[i].start == pos {
			k = i
			break
		}
	}
	if k < 1 || (st.toks[k].low != "they" && st.toks[k].low != "he" && st.toks[k].low != "she") {
		return -1
	}
	if w := st.toks[k-1].low; w != "when" && w != "as" {
		return -1
	}
	for ai, a := range st.args {
		if a.s >= a.e || a.s >= k {
			break
		}
		if a.pron || a.norp || a.place != nil && !a.isActor {
			continue
		}
		if a.s > 0 {
			if _, ok := precededByPrep(st, a.s); ok {
				continue
			}
			if p := st.toks[a.s-1].low; p == "(" || p == "," {
				continue
			}
		}
		if !a.isActor {
			return -1
		}
		if a.e < len(st.toks) && verbish(st.toks[a.e]) || a.e+1 < len(st.toks) && precededByPrepOK(st, a.e) {
			return ai
		}
		return -1
	}
	return -1
}

// precededByPrepOK: the token at i opens a prepositional modifier of the subject ("Rebels from
// the 3R armed group killed …").
func precededByPrepOK(st *sent, i int) bool {
	return preps[st.toks[i].low]
}

// nearestActor is the closest named actor before pos (for "its", "their").
func (x *extractor) nearestActor(st *sent, pos int) *model.Actor {
	for ai := len(st.args) - 1; ai >= 0; ai-- {
		a := st.args[ai]
		if a.s >= a.e || st.toks[a.s].start >= pos || a.pron || !a.isActor || a.norp {
			continue
		}
		if a.generic && a.actor.Country == "" && a.actor.Actor == "" {
			continue
		}
		act := actorOf(st, ai, x.text)
		return &act
	}
	return x.resolvePronoun(st, pos)
}

func dedupActors(as []model.Actor) []model.Actor {
	var out []model.Actor
	for _, a := range as {
		dup := false
		for _, b := range out {
			if strings.EqualFold(a.Text, b.Text) || a.Actor != "" && a.Actor == b.Actor {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}

// modality of a candidate from the words before its trigger.
func modality(st *sent, c *cand) string {
	if c.e == respondEntry {
		return "asserted" // the threat itself is made: "said Moscow would respond in kind"
	}
	cl := st.toks[c.ti].clause
	cs := c.ti
	for cs > 0 && st.toks[cs-1].clause == cl {
		cs--
	}
	if c.e.flags&fFuture != 0 {
		return "future"
	}
	if st.toks[cs].low == "if" || st.toks[cs].low == "unless" || st.toks[cs].low == "once" {
		return "hypothetical"
	}
	for k := c.ti - 1; k >= cs && k >= c.ti-10; k-- {
		t := st.toks[k]
		if k < c.ti-6 && !(t.low == "to") {
			continue
		}
		switch {
		case negWords[t.low] || t.low == "didn't" || t.low == "won't" || t.low == "hasn't" || t.low == "haven't" || t.low == "wasn't" || t.low == "weren't":
			if t.low == "won't" {
				return "negated"
			}
			if k+1 < len(st.toks) && st.toks[k+1].low == "only" {
				continue
			}
			return "negated"
		case t.lem == "deny" || t.lem == "refute":
			if conjunctAfterDenial(st, c, k) {
				return "asserted" // "denied targeting civilians and accused the army"
			}
			return "negated"
		case t.lem == "prevent" || t.lem == "avoid" || t.lem == "avert" || t.lem == "fear":
			return "hypothetical"
		case modalsHyp[t.low]:
			return "hypothetical"
		case modalsFut[t.low] || t.low == "'ll":
			return "future"
		case t.low == "to" && k > 0:
			p := st.toks[verbBeforeTo(st, k)]
			switch p.lem {
			case "plan", "set", "expect", "schedule", "intend", "prepare", "go", "due", "slate", "aim", "hope", "want", "seek", "promise", "pledge", "agree", "offer":
				return "future"
			case "threaten", "vow", "ready", "readiness", "prepared", "willing":
				return "threatened"
			case "try", "attempt":
				return "hypothetical"
			}
		}
	}
	// "denied …ing", "denied that"
	for k := cs - 1; k >= 0 && k >= cs-3; k-- {
		if st.toks[k].lem == "deny" {
			if conjunctAfterDenial(st, c, k) {
				return "asserted"
			}
			return "negated"
		}
	}
	return "asserted"
}

// verbBeforeTo returns the index of the word governing the "to" at k, skipping a date or an
// adverb between them ("vowed on Monday to strike", "threatened again to attack").
func verbBeforeTo(st *sent, k int) int {
	p := k - 1
	for q := k - 1; q > 0 && q >= k-5; q-- {
		t := st.toks[q]
		if inTimex(st, t.start) || t.low == "on" || t.low == "again" || t.low == "publicly" || t.low == "also" || t.low == "repeatedly" || t.low == "late" || t.low == "early" || t.low == "," {
			p = q - 1
			continue
		}
		break
	}
	if p < 0 {
		p = k - 1
	}
	return p
}

// absorbThreats folds "threatened to attack" into the THREATEN event.
func absorbThreats(st *sent, cs []*cand) []*cand {
	for i, th := range cs {
		if th.typ != "THREATEN" && th.typ != "REQUEST" && th.typ != "REJECT" && th.typ != "AGREE" && th.typ != "ACCUSE" || th.dropped {
			continue
		}
		for _, c := range cs[i+1:] {
			limit := 8
			if th.typ == "REQUEST" {
				for k := c.ti - 1; k >= 0 && k >= c.ti-3; k-- {
					if st.toks[k].low == "to" {
						limit = 14 // "called on the United States and France to pressure Israel to halt its attacks"
					}
				}
			}
			if c.s.toks[c.ti].group != st.toks[th.ti].group || c.ti-th.tj > limit || c.coordVP || c.dropped {
				continue // "urged X to … and threatened to …": a second act, not the complement
			}
			between := false
			for k := th.tj; k < c.ti; k++ {
				l := st.toks[k].low
				if l == "to" || l == "would" || l == "will" || l == "that" {
					between = true
				}
			}
			if th.typ == "ACCUSE" || th.typ == "AGREE" {
				between = between && c.modality != "asserted" || c.noun && c.ti-th.tj <= 3 && c.ti > 0 && determiners[st.toks[c.ti-1].low]
			}
			if (th.typ == "REQUEST" || th.typ == "REJECT") && c.ti-th.tj <= 6 && c.noun {
				between = true // "demanded the release of …", "rejected the accusations"
			}
			if !between {
				continue
			}
			c.dropped = true
			if th.typ == "ACCUSE" || th.typ == "AGREE" {
				continue
			}
			if th.typ != "THREATEN" {
				if c.typ == "CONSULT" || c.typ == "AGREE" {
					th.mode = "meet"
				} else if c.typ == "RETREAT" || c.typ == "CONCEDE" {
					th.mode = "yield"
				} else if c.typ == "AID" {
					th.mode = "assist"
				}
				continue
			}
			switch c.typ {
			case "THREATEN":
				if c.mode != "" {
					th.mode = c.mode
				}
			case "ASSAULT":
				th.mode = "violence"
			case "COERCE":
				th.mode = "arrest"
				if c.mode != "arrest" {
					th.mode = "restrict"
				}
			case "SANCTION":
				th.mode = "relations"
			}
			if len(th.targets) == 0 {
				th.targets = c.targets
			}
			if th.place == nil {
				th.place = c.place
			}
		}
		if th.mode == "" && st.toks[th.ti].lem != "go" {
			th.mode = ""
		}
		if st.toks[th.ti].lem == "go" {
			th.mode = "violence"
		}
	}
	return cs
}

// joinsAcrossClauses: candidate c of a sentence is part of the act of the earlier candidate
// p although the two stand in different clauses (mergeInSentence's other rules need one clause
// group); out are the candidates kept so far.
func joinsAcrossClauses(p, c *cand, out []*cand) bool {
	switch {
	case crowdFirePair(p, c):
		// "opened fire and fired tear gas": one police intervention
		return true
	case c.typ == "ASSAULT" && p.typ == "ASSAULT" && c.conseqOnly && !c.noun && participleAfterComma(c) && len(c.sources) > 0 && sameActors(p.sources, c.sources) && p.ti < c.ti && p.modality == c.modality && lastAssault(out) == p:
		// "a drone strike hit a minibus …, a day before the battle, killing 11 passengers":
		// the participle's toll is the strike's across the commas
		return true
	case tollAfterAttack(p, c):
		// "Four workers were killed … after an attack by armed separatists on a road
		// project": the toll is the attack's
		return true
	case addedToll(p, c) && len(p.sources) > 0:
		// "retook the town on Monday, Ngaissona said, adding that about 20 assailants were
		// neutralised": the added toll is the act's
		return true
	case semicolonToll(p, c):
		// "fired tear gas at protesters; at least 12 people were wounded": the toll clause
		// after a semicolon completes the act before it
		return true
	case whenRetold(p, c):
		// "carried out the deadliest attack in October 2017, when a truck bomb in Mogadishu
		// killed more than 500 people": the when-clause tells that attack
		return true
	case nounSubjectOf(p, c, out):
		// "Fighting between X and Y near Z, east of W, killed nine": the noun is the subject
		// of the toll verb, one event however many commas lie between
		return true
	}
	return false
}

// mergeInSentence joins consequence triggers (killed, wounded) and repeated triggers of one
// clause group into a single candidate.
func mergeInSentence(cs []*cand) []*cand {
	var out []*cand
	for _, c := range cs {
		if c.dropped {
			continue
		}
		merged := false
		for _, p := range out {
			if joinsAcrossClauses(p, c, out) {
				p.absorb(c, true)
				p.joined = append(p.joined, c)
				merged = true
				break
			}
			if p.typ != c.typ || p.s.toks[p.ti].group != c.s.toks[c.ti].group || p.modality != c.modality {
				continue
			}
			if p.typ == "SANCTION" && !p.noun && !c.noun && p.s.toks[p.ti].lem != c.s.toks[c.ti].lem {
				continue // "expelled five diplomats and suspended a protocol": two measures
			}
			if !p.conseqOnly && !c.conseqOnly && p.s.toks[p.ti].clause != c.s.toks[c.ti].clause && !(verbalTypes[p.typ] && sameActors(p.sources, c.sources)) && !((participleAfterComma(c) || c.coordVP && !distinctPlaces(p, c)) && sameActors(p.sources, c.sources)) {
				continue
			}
			if len(p.sources) > 0 && len(c.sources) > 0 && !sameActors(p.sources, c.sources) {
				continue
			}
			if p.typ == "ASSAULT" && !(p.conseqOnly || c.conseqOnly) && p.weaponHint != "" && c.weaponHint != "" && p.weaponHint != c.weaponHint && !crowdFirePair(p, c) {
				continue
			}
			if (p.splitPlace || c.splitPlace) && p.place != nil && c.place != nil && !strings.EqualFold(p.place.Geo.Name, c.place.Geo.Name) {
				continue // "in Mombasa and in Kisumu": one event in each
			}
			if p.typ != "ASSAULT" && len(p.sources) > 0 && len(c.sources) > 0 && !sameActors(p.sources, c.sources) {
				continue
			}
			p.absorb(c, true)
			merged = true
			break
		}
		if !merged {
			out = append(out, c)
		}
	}
	return out
}

// absorb merges candidate c into p. inSentence keeps p's trigger unless c is stronger.
func (p *cand) absorb(c *cand, inSentence bool) {
	// a plural event noun ("the latest in a spate of attacks in the far South") names a series:
	// its place is the series' region, a fallback for the event it joins
	series := inSentence && c.noun && plural(c.s.toks[c.tj-1].low) && !p.noun
	if placeTrace != nil {
		p.absorbed = append(append(p.absorbed, [2]int{p.s.toks[p.ti].start, p.s.toks[p.tj-1].end}, [2]int{c.s.toks[c.ti].start, c.s.toks[c.tj-1].end}), c.absorbed...)
	}
	if inSentence && verbalTypes[p.typ] && p.s.toks[p.ti].lem == "call" && len(p.e.words) == 1 && c.e.flags&fWeak == 0 {
		// "called relatives and demanded a ransom": the demand is the better evidence
		p.ti, p.tj, p.e, p.mode, p.noun = c.ti, c.tj, c.e, c.mode, c.noun
	}
	if inSentence && p.typ == "ASSAULT" && c.acled == "interv" && (p.acled == "auto" || p.acled == "attack" || p.acled == "") {
		p.acled, p.mode = "interv", "crowd-control" // "fired tear gas …": crowd control
	}
	if inSentence && p.typ == "ASSAULT" && c.typ == "ASSAULT" && (c.acled == "ied" || c.acled == "suicide") && (p.acled == "auto" || p.acled == "attack" || p.acled == "") {
		// "The car bomb exploded …, killing seven": the explosion names the weapon class
		p.acled = c.acled
		if p.mode == "auto" || p.mode == "" {
			p.mode = c.mode
		}
	}
	if inSentence && !c.anaphorOnly && !c.conseqOnly {
		p.anaphorOnly = false // ("… died when gunmen attacked …": the attack stands)
	}
	if inSentence && p.conseqOnly && !c.conseqOnly {
		// the attack trigger is the better evidence
		p.ti, p.tj, p.e, p.mode, p.acled, p.noun = c.ti, c.tj, c.e, c.mode, c.acled, c.noun
		p.conseqOnly = false
	}
	if !inSentence && p.conseqOnly && !c.conseqOnly && !(p.acled == "clash" && c.acled == "attack" && armedSource(p) && targetsArmed(p)) && !(weaponAcled[p.acled] && !weaponAcled[c.acled]) {
		// (a suicide bombing told first stays one when "The attack happened at a base"
		// follows: a later plain mention names no weapon)
		// (armed forces killing armed fighters stay a clash when a later sentence calls it
		// "an attack by extremist bands")
		p.acled, p.mode = c.acled, c.mode
	}
	if !c.conseqOnly {
		p.conseqOnly = false
	}
	switch {
	case inSentence && c.conseqOnly && !p.conseqOnly && len(p.sources) > 0:
		// ", killing eight people": the attack's own subject stands
	case inSentence && p.conseqOnly && !c.conseqOnly && len(c.sources) > 0:
		p.sources = c.sources
	default:
		p.sources = dedupActors(append(p.sources, c.sources...))
	}
	p.targets = dedupActors(append(p.targets, c.targets...))
	if p.place == nil || c.place != nil && (c.placeScore > p.placeScore+1 && inSentence && !series || p.placeFallback && !c.placeFallback && !(!inSentence && moreSpecific(p.place, c.place)) || !inSentence && moreSpecific(c.place, p.place)) {
		if c.place != nil {
			p.place, p.placeScore, p.placeFallback = c.place, c.placeScore, c.placeFallback || series
		}
	}
	if !p.dateSet && c.dateSet {
		p.date, p.dateSet = c.date, true
	}
	if inSentence && c.listCount && p.counts.Killed != nil && *c.counts.Killed > *p.counts.Killed {
		p.counts.Killed, p.listCount = c.counts.Killed, true // the kill verb's list is the toll
	}
	mergeCount(&p.counts.Killed, c.counts.Killed)
	mergeCount(&p.counts.Injured, c.counts.Injured)
	mergeCount(&p.counts.Displaced, c.counts.Displaced)
	mergeCount(&p.counts.Arrested, c.counts.Arrested)
	mergeCount(&p.counts.Kidnapped, c.counts.Kidnapped)
	mergeCount(&p.counts.Munitions, c.counts.Munitions)
	mergeCount(&p.counts.Participants, c.counts.Participants)
	for k := range c.approx {
		if p.approx == nil {
			p.approx = map[string]bool{}
		}
		p.approx[k] = true
	}
	if p.weaponHint == "" || weaponRank[c.weaponHint] > weaponRank[p.weaponHint] {
		if c.weaponHint != "" {
			p.weaponHint, p.weaponMode = c.weaponHint, c.weaponMode
		}
	}
	if c.typeProb < p.typeProb {
		p.typeProb = (p.typeProb + c.typeProb) / 2
	}
	p.background = p.background || c.background
}

// weaponAcled are the ACLED hints a weapon decides (Explosions/Remote violence).
var weaponAcled = map[string]bool{"suicide": true, "ied": true, "air": true, "shell": true, "grenade": true, "chem": true}

// moreSpecific: place a is a town inside the country or region that b names.
func moreSpecific(a, b *model.PlaceMention) bool {
	if a.Geo.Country != b.Geo.Country || a.Geo.Country == "" {
		return false
	}
	if (a.Geo.Feature == "city" || a.Geo.Feature == "other" && !wideGeo(a.Geo)) && b.Geo.Feature == "admin2" && (a.Geo.Admin1 == b.Geo.Admin1 || a.Geo.Admin1 == "" || b.Geo.Admin1 == "") {
		return true // "outside the village of Albu Mohammed" after "a village in Daquq district"
	}
	return !wideGeo(a.Geo) && wideGeo(b.Geo)
}

func mergeCount(dst **int, src *int) {
	if src == nil {
		return
	}
	if *dst == nil || **dst == 0 && *src > 0 {
		v := *src
		*dst = &v
	}
}

var weaponRank = map[string]int{"crowd": 1, "gunfire": 2, "attack": 2, "shell": 3, "grenade": 4, "ied": 4, "air": 5, "suicide": 6, "chem": 7}

func sameActors(a, b []model.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if actorMatch(x, y) {
				return true
			}
		}
	}
	return false
}

func actorMatch(x, y model.Actor) bool {
	if x.Actor != "" && x.Actor == y.Actor {
		return true
	}
	nx, ny := strings.ToLower(firstNonEmpty(x.Name, x.Text)), strings.ToLower(firstNonEmpty(y.Name, y.Text))
	if nx != "" && (strings.Contains(nx, ny) || strings.Contains(ny, nx)) {
		return true
	}
	hx, hy := headWord(x.Text), headWord(y.Text)
	if hx != "" && hx == hy && (x.Country == y.Country || x.Country == "" || y.Country == "") {
		return true
	}
	return false
}

func headWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	w := f[len(f)-1]
	return strings.TrimSuffix(w, "s")
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// eventID is "e-" + a short hash of the document id, type and evidence start.
func eventID(docID, typ string, start int) string {
	h := sha256.New()
	h.Write([]byte(docID))
	h.Write([]byte{0})
	h.Write([]byte(typ))
	h.Write([]byte{0})
	var b [8]byte
	for i := 0; i < 8; i++ {
		b[i] = byte(start >> (8 * i))
	}
	h.Write(b[:])
	return "e-" + hex.EncodeToString(h.Sum(nil)[:8])
}

// toEvent builds the output event.
func (x *extractor) toEvent(c *cand) model.Event {
	st := c.s
	ev := model.Event{
		Type:       c.typ,
		Mode:       c.mode,
		CAMEORoot:  cameoRoot(c.typ, c.mode),
		Sources:    nonNil(c.sources),
		Targets:    nonNil(c.targets),
		Date:       c.date,
		Counts:     c.counts,
		Modality:   c.modality,
		Background: c.background,
		Mentions:   c.mentions,
		Confidence: round2(c.score),
	}
	if c.e.cameo != "" && c.typ == c.e.types[0] && c.typ != "ASSAULT" {
		ev.CAMEORoot = c.e.cameo
	}
	if s, ok := acledSub[c.acled]; ok {
		ev.ACLED = model.ACLED{EventType: s[0], SubEventType: s[1]}
	}
	if c.place != nil {
		g := x.withPoint(c.place, c.place.Geo)
		ev.Location = &g
		ev.LocationText = c.place.Text
	}
	if !c.dateSet {
		ev.Date = model.Date{Precision: "unknown"}
	}
	ev.CountsApprox = []string{}
	for _, k := range []string{"killed", "injured", "displaced", "arrested", "kidnapped", "munitions", "participants"} {
		if c.approx[k] {
			ev.CountsApprox = append(ev.CountsApprox, k)
		}
	}
	ev.Evidence = model.Evidence{Start: st.start, End: st.end,
		Trigger: x.text[st.toks[c.ti].start:st.toks[c.tj-1].end], TriggerStart: st.toks[c.ti].start, TriggerEnd: st.toks[c.tj-1].end}
	ev.ID = eventID(x.a.Doc.ID, ev.Type, ev.Evidence.Start)
	return ev
}

func nonNil(a []model.Actor) []model.Actor {
	if a == nil {
		return []model.Actor{}
	}
	return a
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// offTopic detects sport and business stories, and stories of a natural disaster or an
// industrial accident (an earthquake, a cyclone, a mine blast) with no armed or political act
// in them, which yield no conflict events: the dead of a quake, the troops sent to deliver
// tents and the state of emergency declared to speed up reconstruction are no conflict events.
func offTopic(sents []*sent) bool {
	sport, biz, conflict := 0, 0, 0
	disaster, hard := 0, 0
	for _, st := range sents {
		for ti0 := range st.toks {
			t := &st.toks[ti0]
			if disasterWords[t.low] {
				disaster++ // (word forms: "storm" is no lemma of "stormed")
			}
			if hardConflictWords[t.low] {
				hard++
			}
			m := topicWords[t.lem]
			if m == 0 {
				continue
			}
			if m&topicSport != 0 {
				sport++
			}
			if m&topicBiz != 0 {
				biz++
			}
			if m&topicConflict != 0 {
				conflict++
			}
		}
	}
	return sport >= 4 && sport > 2*conflict || biz >= 5 && biz > 3*conflict || disaster >= 6 && disaster > 4*hard
}

// disasterWords name a natural hazard or an industrial accident (word forms, not lemmas).
var disasterWords = set("earthquake earthquakes quake quakes aftershock aftershocks tremor tremors magnitude epicentre epicenter tsunami cyclone cyclones typhoon typhoons hurricane hurricanes storms tornado landslide landslides mudslide mudslides avalanche flood floods flooding floodwaters monsoon eruption volcano wildfire wildfires methane firedamp mine miners colliery rubble")

// hardConflictWords are words (forms) only an armed or political story uses; a disaster story
// names the dead, the injured, soldiers and police as much as a battle does.
var hardConflictWords = set("rocket rockets missile missiles militant militants rebel rebels protest protests protester protesters demonstrators airstrike airstrikes attack attacks attacked attackers shelling bombing ceasefire arrest arrested gunmen clash clashes clashed fighters insurgents jihadists troops ambush ambushed kidnapped abducted drone drones shelled bombed bomb bombs gunfire raid raids war")

var sportWords = set("match goal league season coach striker midfielder tournament championship cup scored score fans stadium club playoff semifinal semi-final final quarterfinal title game innings wicket penalty referee defender squad olympic medal")
var bizWords = set("share stock market investor earning revenue profit quarter index nasdaq dow shareholder dividend ipo merger acquisition analyst sale price bond yield ceo")
var conflictWords = set("kill killed rocket missile troop soldier militant rebel army police protest protester airstrike attack shelling bombing wounded injured ceasefire arrest")

// topicWords marks the words of sportWords, bizWords and conflictWords, so that offTopic
// looks each token up once.
var topicWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range sportWords {
		m[w] |= topicSport
	}
	for w := range bizWords {
		m[w] |= topicBiz
	}
	for w := range conflictWords {
		m[w] |= topicConflict
	}
	return m
}()

const (
	topicSport uint8 = 1 << iota
	topicBiz
	topicConflict
)

// civilianFacilities are places whose attack hits civilians: the direct object of an assault
// verb naming one is the target ("shelled a hospital", "struck a crowded market").
var civilianFacilities = set("hospital clinic school market marketplace mosque church synagogue temple shrine home house bakery restaurant cafe hotel ambulance bus shelter university kindergarten settlement refinery factory warehouse airport bridge pipeline")

// finiteEnd: a noun-phrase trigger that ends in a finite assault verb ("Drones struck"), whose
// object follows it.
func finiteEnd(st *sent, c *cand) bool {
	if c.tj < 1 || c.tj > len(st.toks) {
		return false
	}
	switch st.toks[c.tj-1].low {
	case "struck", "attacked", "targeted", "shelled", "bombed", "hit":
		return true
	}
	return false
}

var objectStops = set("and or near in of with from to by for after before that which who into on at outside inside")

// facilityObject reads a direct object "a/the [modifiers] <facility>" right after the trigger
// phrase ending at tj, returning an unnamed civilian target whose country is a demonym
// modifier's ("an Israeli settlement") or, failing that, left for the location to fill.
func facilityObject(text string, st *sent, tj int) (model.Actor, bool) {
	k := tj
	if k < len(st.toks) && (st.toks[k].low == "on" || st.toks[k].low == "at" || st.toks[k].low == "against") {
		k++ // "opened fire on a bus", "fired at a school"
	}
	if k < len(st.toks) {
		switch st.toks[k].low {
		case "a", "an", "the", "two", "three", "several":
			k++
		}
	}
	start := k
	country := ""
	for n := 0; k < len(st.toks) && n < 3; k, n = k+1, n+1 {
		t := st.toks[k]
		if t.arg >= 0 && st.args[t.arg].place != nil && st.args[t.arg].s == k && st.args[t.arg].e > k && st.args[t.arg].e < len(st.toks) {
			// "hit the Saratov oil refinery": a place naming the facility
			a := st.args[t.arg]
			k, n = a.e-1, n+a.e-1-k
			if country == "" {
				country = a.place.Geo.Country
			}
			continue
		}
		if t.arg >= 0 && !st.args[t.arg].norp {
			return model.Actor{}, false // an actor or place object: handled by the argument rules
		}
		if civilianFacilities[t.lem] || civilianFacilities[t.low] {
			if k+1 < len(st.toks) && (st.toks[k+1].low == "of" || startsLetter(st.toks[k+1].low) && civilianFacilities[st.toks[k+1].lem]) {
				return model.Actor{}, false // "the home of …", compounds: too unsure
			}
			return model.Actor{Text: text[st.toks[start].start:t.end], Country: country, Kind: "CVL", Affiliations: []string{}}, true
		}
		if c, ok := demonyms[t.low]; ok && isCap(t.text) && !isCountryName(t.low) {
			country = c
			continue
		}
		if !startsLetter(t.low) || objectStops[t.low] {
			return model.Actor{}, false // only modifiers may stand before the facility noun
		}
	}
	return model.Actor{}, false
}

// militarySiteObject: a direct object phrase (up to the first preposition or comma) that ends
// in a military installation and names the armed forces in it: "the last military battalion
// headquarters", "an army outpost". The forces are the target (Kind MIL).
func militarySiteObject(text string, st *sent, tj int) (model.Actor, bool) {
	k := tj
	if k < len(st.toks) {
		switch st.toks[k].low {
		case "a", "an", "the":
			k++
		}
	}
	start, armed := k, false
	for n := 0; k < len(st.toks) && n < 6; k, n = k+1, n+1 {
		t := &st.toks[k]
		switch t.lem {
		case "military", "army", "battalion", "regiment", "brigade", "police", "naval", "navy", "junta":
			armed = true
			continue
		}
		if militarySiteNouns[t.lem] || militarySiteNouns[t.low] {
			if !armed || start >= len(st.toks) {
				return model.Actor{}, false
			}
			return model.Actor{Text: text[st.toks[start].start:t.end], Kind: "MIL", Affiliations: []string{}}, true
		}
		if !startsLetter(t.low) || objectStops[t.low] {
			return model.Actor{}, false
		}
	}
	return model.Actor{}, false
}

// captionLine: the sentence stands on a short line that carries a photo credit ("(file photo).
// © AFP", "(AP Photo/Name)", "EFE/Name", "Getty Images"): a picture's caption, which shows a
// scene (often an old one) and reports no event.
func captionLine(text string, st *sent) bool {
	ls := strings.LastIndexByte(text[:st.start], '\n') + 1
	le := strings.IndexByte(text[st.end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += st.end
	}
	if le-ls > 400 {
		return false
	}
	line := strings.ToLower(text[ls:le])
	for _, m := range captionMarks {
		if strings.Contains(line, m) {
			return true
		}
	}
	return false
}

var captionMarks = []string{"©", "file photo", "file picture", "file image", "(ap photo", "afp photo", "photo/", "photo: ", "getty images", "reuters/", "efe/"}

// dropToldMedia: "a commander told AFP by telephone that soldiers had opened fire …, killing
// the driver": the outlet told of the act is no party to it.
func dropToldMedia(sentence string, as []model.Actor) []model.Actor {
	var out []model.Actor
	for _, a := range as {
		if a.Kind == "MED" && a.Text != "" && strings.Contains(sentence, "told "+a.Text) {
			continue
		}
		out = append(out, a)
	}
	if len(out) == len(as) {
		return as
	}
	return out
}

// protestWave: "Georgia has been gripped by nightly protests since November 2024", "the
// protests that followed the 2024 election": plural protests with an explicit year in their
// sentence are the protest movement, a background event dated by that year, not a tally.
func protestWave(st *sent, c *cand) bool {
	if c.typ != "PROTEST" || !c.noun {
		return false
	}
	for k := range st.toks {
		switch st.toks[k].lem {
		case "kill", "die", "dead", "wound", "injure", "arrest", "detain":
			return false // "200 people have been killed in protests since June 2024": a tally
		}
	}
	for _, tx := range st.timexes {
		if (tx.Precision == "month" || tx.Precision == "year") && !tx.Relative && len(tx.Value) >= 4 {
			return true
		}
	}
	return false
}

// tollElsewhere: c is an agentless toll (killed or wounded, no attack verb of its own) told at a
// place of its own, in the sentence after (or, with "other"/"another", two after) the political
// assault p told at another place of the same country and not background.
func tollElsewhere(c, p *cand) bool {
	if c.typ != "ASSAULT" || p.typ != "ASSAULT" || !c.conseqOnly || len(c.sources) > 0 || len(p.sources) == 0 || c.modality != "asserted" || c.background || p.background {
		return false
	}
	if !(c.counts.Killed != nil && *c.counts.Killed > 0 || c.counts.Injured != nil && *c.counts.Injured > 0) {
		return false
	}
	if c.place == nil || c.placeFallback || p.place == nil || strings.EqualFold(c.place.Geo.Name, p.place.Geo.Name) || c.place.Geo.Country == "" || c.place.Geo.Country != p.place.Geo.Country {
		return false
	}
	if c.dateSet && p.dateSet && c.date.Value != p.date.Value {
		return false
	}
	d := c.s.idx - p.s.idx
	if d == 1 {
		return true
	}
	if d != 2 {
		return false
	}
	for k := range c.s.toks {
		switch c.s.toks[k].low {
		case "other", "another", "further", "more":
			return true
		}
	}
	return false
}

// lastAssaultFrom returns the last assault of kept told in sentence from or later.
func lastAssaultFrom(kept []*cand, from int) *cand {
	for k := len(kept) - 1; k >= 0 && kept[k].s.idx >= from; k-- {
		if kept[k].typ == "ASSAULT" {
			return kept[k]
		}
	}
	return nil
}

// fightBeforeTaking: "Police retook the station after a firefight in which four gang members
// were killed": the fight that won the ground is the territory event itself (ACLED codes one
// event, with the fight's toll), when the fight names no other party.
func fightBeforeTaking(cs []*cand) []*cand {
	var gone map[*cand]bool
	for _, p := range cs {
		if p.dropped || p.typ != "ASSAULT" || (p.acled != "govterr" && p.acled != "territory") || len(p.sources) == 0 {
			continue
		}
		st := p.s
		for _, c := range cs {
			if c == p || c.dropped || c.typ != "ASSAULT" || c.acled != "clash" || !c.noun || len(c.sources) > 0 || c.ti <= p.tj || c.ti-p.tj > 12 {
				continue
			}
			after := false
			for k := p.tj; k < c.ti; k++ {
				switch st.toks[k].low {
				case "after", "following", "amid":
					after = true
				case ".", ";":
					after = false
				}
			}
			if !after {
				continue
			}
			p.absorb(c, true)
			if gone == nil {
				gone = map[*cand]bool{}
			}
			gone[c] = true
		}
	}
	if gone == nil {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if !gone[c] {
			out = append(out, c)
		}
	}
	return out
}
