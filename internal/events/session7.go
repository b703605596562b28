package events

// Session-7 rules for unseen news (dev12 with dev7 and dev10; cases in session7_test.go).

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// chargeLemmas head a list of criminal charges: "charged with treason, murder and …",
// "convicted of attacking officers", "on charges of kidnapping".
var chargeLemmas = set("charge charged convict convicted indict indicted prosecute prosecuted")

// chargeComplement: the trigger at c names a criminal charge, not an act told as news
// ("was later charged with treason, murder and crimes against humanity", "would be charged
// with obstructing public roads and attacking officers").
func chargeComplement(st *sent, c *cand) bool {
	for k := c.ti - 1; k >= 1 && k >= c.ti-10; k-- {
		t := st.toks[k]
		switch t.low {
		case ";", ".", "said", "says", "when", "after", "while", "because", "before":
			return false
		case "with", "of", "for":
			p := st.toks[k-1]
			if chargeLemmas[p.lem] || chargeLemmas[p.low] || p.low == "charges" || p.low == "counts" && k >= 2 && isNumberTok(st.toks[k-2].low) {
				return true
			}
		}
	}
	return false
}

// namedArrestNoun: "led to the arrest of First Vice President Riek Machar": an arrest told as
// a noun with a named or titled person or an organisation after "of" needs no agent (only authorities
// arrest), unless it is demanded or sought ("demanded the arrest of those responsible").
func namedArrestNoun(st *sent, c *cand) bool {
	if c.typ != "COERCE" || c.mode != "arrest" || !c.noun || c.modality != "asserted" || c.tj >= len(st.toks) || st.toks[c.tj].low != "of" {
		return false
	}
	named := false
	for _, a := range c.targets {
		switch a.Kind {
		case "GOV", "OPP", "PTY", "LEG", "JUD":
			named = true // "the arrest of former prime minister X", "of opposition leader Y"
		}
		named = named || a.Actor != ""
	}
	if !named {
		return false
	}
	for k := c.ti - 1; k >= 0 && k >= c.ti-4; k-- {
		switch st.toks[k].lem {
		case "demand", "call", "seek", "order", "urge", "want", "request", "press", "push", "warrant", "threaten", "avoid", "evade", "escape", "resist":
			return false
		}
	}
	return true
}

// referNouns name an event told before, as the subject of its consequence.
var referNouns = set("incident attack attacks killing killings assault raid bombing ambush clash clashes fighting massacre violence offensive operation shooting blast explosion")

// consequenceLemmas: verbs whose object is an event the subject caused.
var consequenceLemmas = set("lead led prompt spark trigger result cause provoke")

// incidentConsequence: "The incident led to the arrest of …", "The attack prompted the
// deployment of …": the trigger is the consequence of the event the sentence's definite
// subject refers back to.
func incidentConsequence(st *sent, c *cand) bool {
	if c.ti < 3 {
		return false
	}
	k := 0
	if l := st.toks[0].low; l != "the" && l != "this" && l != "that" {
		return false
	}
	k = 1
	for k < c.ti && k <= 3 && !referNouns[st.toks[k].low] {
		k++
	}
	if k >= c.ti || !referNouns[st.toks[k].low] {
		return false
	}
	for m := k + 1; m < c.ti && m <= k+3; m++ {
		if consequenceLemmas[st.toks[m].lem] || consequenceLemmas[st.toks[m].low] {
			return true
		}
	}
	return false
}

// incidentDate dates an undated consequence ("The incident led to the arrest of …") by the
// event told in the sentence before it (or the one before that).
func incidentDate(all []*cand, c *cand) {
	if !incidentConsequence(c.s, c) {
		return
	}
	var last *cand
	for _, p := range all {
		if p.s.idx < c.s.idx && p.s.idx >= c.s.idx-2 && p.dateSet && !p.dropped {
			last = p
		}
	}
	if last != nil {
		c.date, c.dateSet = last.date, true
	}
}

// claimSaying: "JNIM claimed the attack …, saying it had \"destroyed an enemy convoy\"",
// "al-Shabab claimed responsibility …, saying its fighters had \"stormed the apostate base\"":
// the claim's own words retell the claimed attack; they are no second attack.
func claimSaying(st *sent, k int, cs []*cand) {
	say := -1
	for q := k + 1; q < len(st.toks); q++ {
		if l := st.toks[q].low; l == "saying" || l == "adding" {
			say = q
			break
		}
		if st.toks[q].low == ";" {
			return
		}
	}
	if say < 0 {
		return
	}
	for _, c := range cs {
		if c.typ == "ASSAULT" && c.ti > say && c.ti <= say+8 && c.counts == (model.Counts{}) {
			c.dropped = true
		}
	}
}

// arrestAfterDate: "Police have detained 47 people after tens of thousands of demonstrators
// rallied in the capital": an undated arrest made after an event its own sentence dates
// takes that event's day (the arrests of a protest or clash are coded on its day).
func arrestAfterDate(kept []*cand) {
	for _, c := range kept {
		if c.dateSet || c.typ != "COERCE" || c.mode != "arrest" || c.modality != "asserted" {
			continue
		}
		st := c.s
		after := -1
		for k := c.tj; k < len(st.toks) && k <= c.tj+6; k++ {
			if l := st.toks[k].low; l == "after" || l == "following" || l == "during" {
				after = k
				break
			}
		}
		if after < 0 {
			continue
		}
		for _, p := range kept {
			if p.s == st && p.ti > after && (p.typ == "PROTEST" || p.typ == "ASSAULT") && p.dateSet && p.date.Precision == "day" && !p.background {
				c.date, c.dateSet = p.date, true
				break
			}
		}
	}
}

// indefiniteEpisodeSubject: the sentence opens with one indefinite episode, "An Israeli drone
// strike on a car in southern Lebanon has killed three people", "A suicide bombing at a
// market has killed 12": the perfect tells that episode's toll, not a running total.
func indefiniteEpisodeSubject(st *sent) bool {
	if len(st.toks) < 4 || st.toks[0].low != "a" && st.toks[0].low != "an" {
		return false
	}
	for k := 1; k < len(st.toks) && k <= 4; k++ {
		t := st.toks[k]
		if episodeNouns[t.low] || t.low == "drone" && k+1 < len(st.toks) && st.toks[k+1].low == "strike" {
			continue
		}
		if episodeNouns[t.lem] {
			return false // a plural: "An Israeli strikes …" is no English; "attacks" count many
		}
		if k > 1 && episodeNouns[st.toks[k-1].low] {
			return true
		}
	}
	return false
}

// airSpeaker: "The Malian Armed Forces said … that \"aerial vectors\" had struck
// \"terrorists\"": an air strike with no agent named, reported by a state's armed forces, is
// theirs (armies report their own air strikes; an enemy's would be named as such).
func (x *extractor) airSpeaker(st *sent, c *cand) {
	if c.acled != "air" || len(c.sources) > 0 || c.passive || c.modality != "asserted" {
		return
	}
	sp := reportSpeaker(st, c.ti)
	if len(sp) == 0 || st.args[sp[0]].s > c.ti {
		return
	}
	for _, a := range x.actors(st, sp) {
		if a.Kind == "MIL" && a.Country != "" && !ownSideHit(st, c, a) {
			c.sources = []model.Actor{a}
			return
		}
	}
}

// ownSideHit: the strike hit the speaker's own side ("the army said drones had struck its
// positions"): the attacker is someone else.
func ownSideHit(st *sent, c *cand, sp model.Actor) bool {
	for _, t := range c.targets {
		if t.Actor != "" && t.Actor == sp.Actor || armedKinds[t.Kind] && t.Country == sp.Country && t.Kind != "REB" && t.Kind != "UAF" {
			return true
		}
	}
	for k := c.tj; k < len(st.toks) && k <= c.tj+3; k++ {
		if l := st.toks[k].low; l == "its" || l == "our" || l == "their" {
			return true
		}
	}
	return false
}

// relativeBetween: a relative clause opens between tokens i and k, in another clause than i
// ("has killed three people … despite a ceasefire that has been in place for two years").
func relativeBetween(st *sent, i, k int) bool {
	if i >= len(st.toks) || k >= len(st.toks) || st.toks[k].clause == st.toks[i].clause {
		return false
	}
	for q := i; q < k; q++ {
		switch st.toks[q].low {
		case "that", "which", "who":
			return true
		}
	}
	return false
}

// quotedRetelling: an act told inside a direct quotation that opens its sentence, with no
// named agent and no toll ("\"… Our men fought back for more than two hours,\" the source
// said"): a witness retelling the event, which a toll told after it does not complete.
func quotedRetelling(p *cand) bool {
	return insideQuote(p.s, p.ti) && len(named(p.sources)) == 0 && p.counts == (model.Counts{})
}

// insideQuote: token ti lies inside a direct quotation: an odd number of quote marks before
// it, or none before and an odd number after (the quotation opened in an earlier sentence:
// ""The assailants came on motorbikes. Our men fought back," the source said").
func insideQuote(st *sent, ti int) bool {
	before, after := 0, 0
	for k := range st.toks {
		if quoteTok(st.toks[k].low) {
			if k < ti {
				before++
			} else {
				after++
			}
		}
	}
	return before%2 == 1 || before == 0 && after%2 == 1
}

// hasToldCandIn: sentence idx has a candidate other than a quoted retelling.
func hasToldCandIn(all []*cand, idx int) bool {
	for _, p := range all {
		if p.s.idx == idx && !quotedRetelling(p) {
			return true
		}
	}
	return false
}

// definiteVictimRetold: "jihadists ambushed a fuel convoy … . The convoy of around 60 tankers
// … came under fire near Sandare": an agentless attack on a definite victim that an attack
// told in the two sentences before named is that attack told again; it joins it (its place,
// often the more precise one, and its toll with it).
func definiteVictimRetold(kept []*cand) []*cand {
	out := kept[:0]
	for i, c := range kept {
		if p := retoldVictimOf(kept[:i], c); p != nil {
			p.absorb(c, false)
			continue
		}
		out = append(out, c)
	}
	return out
}

func retoldVictimOf(prev []*cand, c *cand) *cand {
	if c.typ != "ASSAULT" || len(c.sources) > 0 || c.background || c.modality != "asserted" {
		return nil
	}
	for _, t := range c.targets {
		lt := strings.ToLower(t.Text)
		if !strings.HasPrefix(lt, "the ") {
			continue
		}
		h := headWord(t.Text)
		for k := len(prev) - 1; k >= 0; k-- {
			p := prev[k]
			if p.s.idx < c.s.idx-2 || p.s == c.s {
				continue
			}
			if p.typ != "ASSAULT" || p.background || p.modality != "asserted" || len(p.sources) == 0 {
				continue
			}
			if c.dateSet && p.dateSet && c.date.Value != p.date.Value {
				continue // another day: another attack on it
			}
			for _, pt := range p.targets {
				if lp := strings.ToLower(pt.Text); !strings.HasPrefix(lp, "the ") && headWord(pt.Text) == h && len(h) > 3 {
					return p
				}
			}
		}
	}
	return nil
}

// vehicleBomb: token k is "bomb" after a vehicle ("a truck bomb", "car bombs"): an IED, not
// an aerial bomb.
func vehicleBomb(st *sent, k int) bool {
	if k == 0 || st.toks[k].lem != "bomb" {
		return false
	}
	switch st.toks[k-1].low {
	case "car", "truck", "vehicle", "motorcycle", "motorbike", "bicycle", "lorry", "van", "tanker":
		return true
	}
	return false
}

// whenRetold: p is an attack noun and c the assault of a ", when …" clause right after it
// ("the country's deadliest attack in October 2017, when a truck bomb in Mogadishu killed
// more than 500 people", "the highway attack took place at 10pm, when gunmen opened fire"):
// one attack, the clause its account.
func whenRetold(p, c *cand) bool {
	if p.typ != "ASSAULT" || c.typ != "ASSAULT" || p.s != c.s || c.ti <= p.tj || p.modality != c.modality {
		return false
	}
	if st := p.s; !p.noun && !(p.tj-p.ti == 1 && episodeNouns[st.toks[p.ti].low] && p.ti > 0 && st.toks[p.ti-1].arg < 0) {
		return false // (the attack told as a noun: "the deadliest attack", "the highway attack")
	}
	if len(p.sources) > 0 && len(c.sources) > 0 && !sameActors(p.sources, c.sources) {
		return false
	}
	st := p.s
	for k := p.tj; k < c.ti && k <= p.tj+10; k++ {
		if st.toks[k].low == "when" && k > 0 && st.toks[k-1].low == "," {
			return c.ti-k <= 7
		}
		if l := st.toks[k].low; l == ";" || l == "and" || l == "but" {
			return false
		}
	}
	return false
}

// denyEntry codes a denial (REJECT, CAMEO 12).
var denyEntry = &entry{words: []string{"deny"}, types: []string{"REJECT"}, cameo: "12"}

// deniedCivilianHarm: "SSPDF spokesman Koang denied that the army had targeted civilians in
// Ulang", "an army spokesman denied targeting civilians", "denied that its men had killed
// civilians": a denial of harming civilians answers an accusation; it is the denier's
// REJECT, not a (negated) attack of its own (dev3, dev5, dev9, dev10, dev11, dev12).
func (x *extractor) deniedCivilianHarm(st *sent, c *cand) {
	if c.typ != "ASSAULT" || c.modality != "negated" {
		return
	}
	k := c.ti - 1
	for ; k >= 0 && k >= c.ti-8; k-- {
		if l := st.toks[k].low; l == "." || l == ";" || l == "and" || l == "but" {
			return
		}
		if st.toks[k].lem == "deny" && !strings.HasSuffix(st.toks[k].low, "ing") {
			break
		}
	}
	if k < 0 || k < c.ti-8 || st.toks[k].lem != "deny" {
		return
	}
	civ := false
	for q := k + 1; q < len(st.toks) && q <= c.tj+3; q++ {
		if l := st.toks[q].lem; l == "civilian" || st.toks[q].low == "civilians" || l == "resident" || l == "villager" {
			civ = true
		}
	}
	if !civ {
		return
	}
	sp := pickSubject(st, clauseStart(st, k), k)
	if len(sp) == 0 || !st.args[sp[0]].isActor {
		return
	}
	c.typ, c.mode, c.acled, c.e = "REJECT", "", "", denyEntry
	c.modality = "asserted"
	c.sources, c.targets, c.counts = x.actors(st, sp[:1]), nil, model.Counts{}
	c.ti, c.tj, c.noun, c.passive, c.conseqOnly = k, k+1, false, false, false
	c.weaponHint, c.weaponMode = "", ""
}

// pastPlan: "Under the deal, Hezbollah was to withdraw its fighters", "the plan was to attack
// …": a verb after "was/were to" is a term or a plan, never an act told as done.
func pastPlan(st *sent, c *cand) bool {
	if c.noun || c.ti < 2 || st.toks[c.ti-1].low != "to" {
		return false
	}
	l := st.toks[c.ti-2].low
	return l == "was" || l == "were"
}

// denyGoverning returns the index of a finite "deny" that governs the trigger at i as its
// complement ("denied that the army had targeted civilians", "denied targeting civilians"):
// at most eight tokens back, with no conjunction or clause end in between; -1 otherwise.
func denyGoverning(st *sent, i int) int {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := st.toks[k]
		switch t.low {
		case ".", ";", "and", "but", "while", "after", "before":
			return -1
		}
		if t.lem == "deny" && !strings.HasSuffix(t.low, "ing") {
			return k
		}
	}
	return -1
}

// denierConjunct: "Koang denied that the army had targeted civilians in Ulang and accused the
// SPLA-IO of …": a verb of saying coordinated after a denial's complement is the denier's own
// second act, not one of the denied clause's subject (dev9, dev12). It returns the denier's
// argument index, or -1.
func denierConjunct(st *sent, c *cand, p *cand) int {
	if !verbalTypes[c.typ] || c.noun || p.ti >= c.ti {
		return -1
	}
	d := denyGoverning(st, p.ti)
	if d < 0 {
		return -1
	}
	sp := pickSubject(st, clauseStart(st, d), d)
	if len(sp) == 0 || !st.args[sp[0]].isActor {
		return -1
	}
	return sp[0]
}

// conjunctAfterDenial: "Tibiq denied targeting civilians and accused the army of …": a finite
// verb after "and" is a second act of the denier, not part of what was denied (a gerund
// complement cannot hold it; a that-complement can, so there only a verb of saying is
// exempt: "denied that its men had attacked the village and killed civilians" stays denied).
func conjunctAfterDenial(st *sent, c *cand, deny int) bool {
	if c.noun || c.ti < 1 || c.ti <= deny+1 || strings.HasSuffix(st.toks[c.ti].low, "ing") {
		return false
	}
	k := c.ti - 1
	for k > deny && (strings.HasSuffix(st.toks[k].low, "ly") || st.toks[k].low == "also" || st.toks[k].low == "then") {
		k--
	}
	if l := st.toks[k].low; l != "and" && l != "but" {
		return false
	}
	gerund := deny+1 < len(st.toks) && strings.HasSuffix(st.toks[deny+1].low, "ing")
	return gerund || verbalTypes[c.typ]
}

// possessiveLightAgent: "Puntland launched its offensive", "the army began its operation": the
// possessive of a noun trigger after a light verb is the verb's subject; the subject's name,
// not the pronoun, is the source (dev6).
func (x *extractor) possessiveLightAgent(st *sent, c *cand) {
	if !c.noun || len(c.sources) != 1 || !possessives[strings.ToLower(c.sources[0].Text)] || c.ti < 2 {
		return
	}
	if !possessives[st.toks[c.ti-1].low] && !(c.ti >= 2 && possessives[st.toks[c.ti-2].low]) {
		return
	}
	if !lightVerbBefore(st, c.ti) {
		return
	}
	k := c.ti - 1
	for k >= 0 && k >= c.ti-4 && !lightVerbs[st.toks[k].lem] {
		k--
	}
	if k < 0 || !lightVerbs[st.toks[k].lem] {
		return
	}
	sp := pickSubject(st, clauseStart(st, k), k)
	if len(sp) == 0 || !st.args[sp[0]].isActor || st.args[sp[0]].pron {
		return
	}
	c.sources = x.actors(st, sp[:1])
}

// backedHolder: "lost Bukavu to the Rwanda-backed AFC/M23 rebel alliance in February 2025": the
// noun phrase from k names its backer first; the holder is the last actor of the phrase (up to
// a preposition or a comma). It returns that argument's index, or -1.
func backedHolder(st *sent, k int) int {
	best := -1
	backed := false
	for q := k; q < len(st.toks) && q <= k+8; q++ {
		t := st.toks[q]
		if q > k && (preps[t.low] && t.low != "of" || t.low == "," || t.low == "." || t.low == ";" || t.low == "and") {
			break
		}
		if strings.HasSuffix(t.low, "-backed") || t.low == "backed" || strings.HasSuffix(t.low, "-allied") || strings.HasSuffix(t.low, "-led") {
			backed = true
		}
		if ai := t.arg; ai >= 0 && st.args[ai].isActor && !st.args[ai].pron {
			best = ai
		}
	}
	if !backed {
		return -1
	}
	return best
}

// claimedPastEpisode: "after RED-Tabara claimed an attack near Vugizo … that killed 20 people …
// in December 2023": an indefinite attack claimed in a past year, told with its own toll, is a
// background episode of its own, not a claim of the attack the story reports (dev7; the class
// of background events losing their own date: dev6, dev7, dev11).
func (x *extractor) claimedPastEpisode(st *sent, claim int, c *cand) bool {
	if c.ti < 1 || len(x.a.Ref) < 4 {
		return false
	}
	indef := false
	for k := claim + 1; k < c.ti; k++ {
		if l := st.toks[k].low; l == "a" || l == "an" {
			indef = true
		}
	}
	if !indef {
		return false
	}
	toll := false
	for k := c.tj; k+1 < len(st.toks) && k <= c.tj+12; k++ {
		if l := st.toks[k].low; (l == "that" || l == "which") && (st.toks[k+1].lem == "kill" || st.toks[k+1].lem == "wound" || st.toks[k+1].lem == "injure") {
			toll = true
		}
	}
	if !toll {
		return false
	}
	for i, tx := range st.timexes {
		if len(tx.Value) >= 4 && tx.Value[:4] < x.a.Ref[:4] && tx.Start > st.toks[c.ti].start && !isRelPhrase(st, tx) {
			c.pastClaim = i + 1
			return true
		}
	}
	return false
}
