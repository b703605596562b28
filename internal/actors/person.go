package actors

import (
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// personWithTitle emits a known person named without a title in front.
func (d *doc) personWithTitle(c *chunk, ei int) int {
	e := &d.kb.entries[ei]
	reason := "alias match " + quote(d.span(c.start, c.end))
	if d.isFuzzy(c.start) {
		reason = "fuzzy match " + quote(d.span(c.start, c.end)) + " ~ " + quote(e.Name)
	}
	if d.expired(e) {
		reason += " (role ended " + e.Until + ")"
	}
	act := d.actorOf(e, c.start, c.end)
	d.emit(ment{start: c.start, end: c.end, core: [2]int{c.start, c.end}, entry: ei, person: true, label: model.PERSON,
		am: model.ActorMention{Actor: act, Reason: reason}})
	d.markUsed(c.start, c.end)
	return c.end
}

var envoyish = map[string]bool{"ambassador": true, "envoy": true, "special envoy": true, "representative": true, "consul": true, "delegation": true, "minister": true}

// personAfterTitle reads a person's name after the title chunk t (which follows a modifier
// naming modEntry, or nothing) and emits the person from start to the end of the name.
func (d *doc) personAfterTitle(start int, t *chunk, modEntry *Entry, former bool) int {
	n := d.nounOf(t)
	if n == nil {
		return -1
	}
	j := t.end
	// "Ambassador to Baghdad NAME"
	if strings.HasSuffix(n.form, " to") || strings.HasSuffix(n.form, " for") || strings.HasSuffix(n.form, " at") {
		j-- // the preposition is inside the role phrase
	}
	if (envoyish[n.form] || strings.HasSuffix(n.form, " to") || strings.HasSuffix(n.form, " for") || strings.HasSuffix(n.form, " at")) && j+1 < len(d.toks) {
		switch d.tokNorm(j) {
		case "to", "in", "at", "for":
			if c := d.chunkStarting(j + 1); c != nil && (c.capital >= 0 || (c.hasEntry() && isState(&d.kb.entries[c.entries[0]]))) {
				j = c.end
			} else if d.toks[j+1].cap && d.chunkAt[j+1] < 0 {
				j += 2
			}
		}
	}
	// "leader, Naim Qassem"
	if d.tokNorm(j) == "," && j+1 < len(d.toks) && d.toks[j+1].cap && modEntry != nil {
		if pc := d.chunkStarting(j + 1); pc == nil || d.hasPerson(pc) {
			j++
		}
	}
	if j >= len(d.toks) || !d.sameSent(t.start, j) || d.used[j] {
		return -1
	}
	title := d.span(start, t.end)
	if pc := d.chunkStarting(j); pc != nil {
		pi := d.pick(pc, isPerson)
		if pi < 0 {
			return -1
		}
		e := &d.kb.entries[pi]
		act := d.actorOf(e, start, pc.end)
		reason := "alias match " + quote(d.span(pc.start, pc.end)) + " with title " + quote(title)
		if former || d.expired(e) {
			reason += " (former)"
		}
		d.emit(ment{start: start, end: pc.end, core: [2]int{pc.start, pc.end}, entry: pi, person: true, label: model.PERSON,
			am: model.ActorMention{Actor: act, Reason: reason}})
		d.markUsed(start, pc.end)
		return pc.end
	}
	ne := d.personName(j)
	if ne < 0 {
		return -1
	}
	kind := n.kind
	act := model.Actor{Text: d.span(start, ne), Name: d.span(j, ne), Affiliations: []string{}}
	if modEntry != nil {
		if kind == "*" || kind == "-" {
			kind = modEntry.KindAt(d.ref)
		}
		act.Country = modEntry.Country
		act.Affiliations = append(act.Affiliations, modEntry.ID)
	}
	dom := ""
	placeCI := -1
	if modEntry == nil && n.kind != "MED" && start > 0 && d.sameSent(start-1, start) {
		// "Zamfara Governor NAME", "Khyber Pakhtunkhwa Chief Minister NAME": the region's country
		if ca := d.chunkAt[start-1]; ca >= 0 {
			if c := &d.chunks[ca]; c.end == start && c.place >= 0 && !c.hasEntry() && c.noun < 0 && !d.insideName(c.start) {
				placeCI = int(c.place)
			}
		}
	}
	ci, why := placeCI, "place before the title: "
	if ci < 0 && modEntry == nil && n.kind != "MED" {
		// "Interior Minister NAME" in a document about one country
		ci, why = d.dominant(), "document's dominant country "
	}
	if ci >= 0 {
		act.Country = d.kb.countries[ci].iso2
		if g := d.kb.countries[ci].gov; g >= 0 {
			act.Affiliations = append(act.Affiliations, d.kb.entries[g].ID)
		}
		dom = " (" + why + act.Country + ")"
		if kind == "*" || kind == "-" {
			kind = "GOV"
		}
	}
	if kind == "*" || kind == "-" {
		kind = ""
	}
	act.Kind = kind
	reason := "title+name: " + quote(title) + " + " + quote(act.Name) + dom
	if former {
		reason += " (former)"
	}
	d.emit(ment{start: start, end: ne, core: [2]int{j, ne}, entry: -1, person: true, label: model.PERSON,
		am: model.ActorMention{Actor: act, Reason: reason}})
	d.markUsed(start, ne)
	return ne
}

func (d *doc) hasPerson(c *chunk) bool {
	for _, ei := range c.entries {
		if isPerson(&d.kb.entries[ei]) {
			return true
		}
	}
	return false
}

// titleLed handles a phrase led by a title noun at token i (span from start):
// "Deputy commander of Iran's Quds Force NAME", "Head of the pro-Iran AAH NAME",
// "President Joe Biden", "the president of Iraq".
func (d *doc) titleLed(i, start int) int {
	t := d.chunkStarting(i)
	if t == nil {
		return -1
	}
	start, former := d.extendPrefix(start)
	j := t.end
	if d.tokNorm(j) != "of" {
		return d.personAfterTitle(start, t, d.possessor(start), former)
	}
	j++
	if d.tokNorm(j) == "the" {
		j++
	}
	// "pro-Iran"
	if d.tokNorm(j) == "pro" && d.tokNorm(j+1) == "-" {
		if c := d.chunkStarting(j + 2); c != nil {
			j = c.end
		} else {
			j += 3
		}
	}
	mod, ok := d.modAt(j)
	if !ok || mod.entry < 0 {
		return -1
	}
	if c := d.chunkStarting(mod.start); c != nil && !c.hasEntry() {
		return -1 // "leaders of Iraqi factions": a demonym is no organisation
	}
	org := &d.kb.entries[mod.entry]
	orgStart, orgEnd := mod.start, mod.end
	if isState(org) {
		if oc := d.chunkStarting(mod.end); oc != nil && oc.hasEntry() && d.tokNorm(mod.end-1) == "'s" {
			// "of Iran's Quds Force"
			if oi := d.pick(oc, isOrg); oi >= 0 {
				org = &d.kb.entries[oi]
				orgEnd = oc.end
				mod.entry = oi
			}
		}
	}
	// fake a title chunk ending after the organisation so the name is read from there.
	tc := *t
	tc.end = orgEnd
	pe := d.personAfterTitle(start, &tc, org, former)
	if pe < 0 {
		if isState(org) && mod.end == orgEnd {
			// "the president of Iraq"
			n := d.nounOf(t)
			kind := n.kind
			if kind == "*" || kind == "-" {
				kind = "GOV"
			}
			d.emitCountryRole(start, orgEnd, d.kb.byISO[org.Country], kind, n, "role of country: "+quote(d.span(t.start, t.end))+" of "+quote(d.span(mod.start, mod.end)), former)
			d.markUsed(start, orgEnd)
			return orgEnd
		}
		return -1
	}
	// the organisation inside the phrase is a mention too.
	oc := d.chunkAt[orgEnd-1]
	if oc >= 0 {
		c := &d.chunks[oc]
		d.emit(ment{start: orgStart, end: orgEnd, core: [2]int{c.start, c.end}, entry: mod.entry, label: orgLabel(org),
			am: model.ActorMention{Actor: d.actorOf(org, orgStart, orgEnd), Reason: "alias match " + quote(d.span(c.start, c.end)) + " inside title"}})
	}
	return pe
}

var notNameStart = map[string]bool{"the": true, "he": true, "she": true, "it": true, "they": true, "on": true, "in": true, "at": true,
	"after": true, "but": true, "and": true, "a": true, "an": true, "this": true, "that": true, "his": true, "her": true, "their": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "said": true, "says": true, "told": true, "has": true, "was": true, "is": true}

var nameParticle = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "abu": true, "de": true, "van": true, "von": true,
	"le": true, "la": true, "da": true, "di": true, "du": true, "ben": true, "der": true, "bint": true, "ould": true, "ag": true}

// personName reads a person's name starting at token j: the tagger's PERSON entity, else two or
// more capitalised words (with particles such as "al-", "bin", "de"). It returns the token after
// the name or -1.
func (d *doc) personName(j int) int {
	if j >= len(d.toks) || !d.toks[j].word || !d.toks[j].cap || notNameStart[d.toks[j].norm] {
		return -1
	}
	ents := d.a.Entities
	for x := sort.Search(len(ents), func(x int) bool { return ents[x].Start >= d.toks[j].start }); x < len(ents) && ents[x].Start == d.toks[j].start; x++ {
		en := ents[x]
		if en.Label == model.PERSON {
			k := j
			for k < len(d.toks) && d.toks[k].end <= en.End {
				k++
			}
			return k
		}
	}
	if d.toks[j].shout {
		return -1 // capitals tell nothing here
	}
	k := j
	words := 0
	last := -1
	for k < len(d.toks) && d.sameSent(j, k) {
		t := &d.toks[k]
		if d.chunkAt[k] >= 0 && d.chunks[d.chunkAt[k]].hasEntry() && !d.hasPerson(&d.chunks[d.chunkAt[k]]) {
			break
		}
		if c := d.chunkStarting(k); c != nil && (c.adj >= 0 || c.noun >= 0) && k > j {
			break
		}
		if t.word && t.cap && (k == j || !notNameStart[t.norm]) {
			words++
			k++
			last = k
			continue
		}
		if t.word && nameParticle[t.norm] && k+1 < len(d.toks) && (d.toks[k+1].cap || d.toks[k+1].norm == "-") {
			k++
			continue
		}
		if t.norm == "-" && k > j && d.toks[k-1].end == t.start && k+1 < len(d.toks) && d.toks[k+1].start == t.end && d.toks[k+1].cap {
			k++
			continue
		}
		break
	}
	if words < 2 || last < 0 {
		return -1
	}
	return last
}

// possessor returns the actor entry of a mention that ends in "'s" just before token i
// ("Macron's envoy", "Hezbollah's leader"): a person's government or organisation.
func (d *doc) possessor(i int) *Entry {
	if i < 2 || d.tokNorm(i-1) != "'s" {
		return nil
	}
	for k := len(d.ments) - 1; k >= 0 && k >= len(d.ments)-8; k-- {
		m := &d.ments[k]
		if m.end != i-1 {
			continue
		}
		a := &m.am.Actor
		if m.entry >= 0 {
			e := &d.kb.entries[m.entry]
			if !isPerson(e) {
				return e
			}
			if e.Org != "" {
				if oi, ok := d.kb.byID[e.Org]; ok {
					return &d.kb.entries[oi]
				}
			}
		}
		if ci, ok := d.kb.byISO[a.Country]; ok && d.kb.countries[ci].gov >= 0 {
			return &d.kb.entries[d.kb.countries[ci].gov]
		}
		return nil
	}
	return nil
}

// affilLed handles "pro-Iran factions", "Iran-backed militias", "Turkish-backed SNA" at token
// i: a generic noun gets the affiliation (and the country of a demonym before it, ci), a name
// is emitted as itself. start is where the mention begins. It returns the token after the
// phrase, or -1.
func (d *doc) affilLed(i, ci, start int) int {
	key, j := "", -1
	if d.tokNorm(i) == "pro" && d.tokNorm(i+1) == "-" {
		if c := d.chunkStarting(i + 2); c != nil && (c.hasEntry() || c.adj >= 0) {
			key, j = d.affilKey(c), c.end
		}
	} else if c := d.chunkStarting(i); c != nil && (c.hasEntry() || c.adj >= 0) && d.tokNorm(c.end) == "-" && affilWords[d.tokNorm(c.end+1)] {
		key, j = d.affilKey(c), c.end+2
	}
	if key == "" || j < 0 || j >= len(d.toks) {
		return -1
	}
	nc := d.chunkStarting(j)
	if nc == nil || d.used[j] {
		return -1
	}
	if nc.hasEntry() {
		ei := d.pick(nc, isOrg)
		if ei < 0 {
			return -1
		}
		e := &d.kb.entries[ei]
		d.emit(ment{start: j, end: nc.end, core: [2]int{nc.start, nc.end}, entry: ei, label: model.ORG,
			am: model.ActorMention{Actor: d.actorOf(e, j, nc.end), Reason: "alias match " + quote(d.span(nc.start, nc.end)) + " (" + d.span(i, j) + ")"}})
		d.markUsed(i, nc.end)
		return nc.end
	}
	if w := d.tokNorm(start - 1); w == "the" || w == "this" || w == "these" {
		return -1 // a description: coreference decides
	}
	n := d.nounOf(nc)
	if n == nil || !n.has('G') {
		return -1
	}
	end := nc.end
	if h := d.nounOf(d.chunkStarting(end)); h != nil && h.has('H') {
		end = d.chunkStarting(end).end // "Iran-backed militia groups"
	}
	why := ""
	if ci < 0 {
		d.ctxSkip = [2]int{i, j}
		ci, why = d.contextCountry(j, end)
		d.ctxSkip = [2]int{}
	} else {
		why = " (demonym)"
	}
	d.emitGeneric(start, end, n.kind, n.label, ci, "generic "+quote(d.span(j, end))+" affiliated "+key+why, n.has('P'), "")
	m := &d.ments[len(d.ments)-1]
	m.am.Actor.Affiliations = append(m.am.Actor.Affiliations, key)
	d.markUsed(start, end)
	return end
}
