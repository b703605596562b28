package actors

import (
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// constraint is what a description or pronoun says about the actor it refers to.
type constraint struct {
	kinds   map[string]bool // nil: any
	country string
	affil   string // ISO code or entry id the actor is backed by / allied to
	person  bool
	plural  bool
	orgOnly bool // only named (non-generic) actors
	noun    string
	noMED   bool
}

var (
	armedKinds  = set("REB", "UAF", "IMG", "MIL")
	groupKinds  = set("REB", "UAF", "IMG", "PTY", "OPP", "NGO", "IGO", "BUS", "REL", "LAB")
	partyKinds  = set("PTY", "OPP")
	ngoKinds    = set("NGO", "IGO")
	agencyKinds = set("IGO", "NGO", "MED", "GOV", "SPY")
	allianceK   = set("IGO", "PTY", "REB", "MIL")
)

func set(ks ...string) map[string]bool {
	m := map[string]bool{}
	for _, k := range ks {
		m[k] = true
	}
	return m
}

// descriptive modifiers: the kinds they allow.
var modKinds = map[string]map[string]bool{
	"militant": armedKinds, "armed": armedKinds, "jihadist": armedKinds, "extremist": armedKinds, "terrorist": armedKinds,
	"insurgent": armedKinds, "rebel": armedKinds, "paramilitary": armedKinds, "separatist": armedKinds, "islamist": set("REB", "UAF", "IMG", "PTY", "OPP"),
	"radical": armedKinds, "guerrilla": armedKinds, "criminal": set("UAF", "REB"), "drug": set("UAF", "REB"),
	"rights": ngoKinds, "aid": ngoKinds, "humanitarian": ngoKinds, "charity": ngoKinds, "relief": ngoKinds, "medical": ngoKinds,
	"political": partyKinds, "ruling": set("PTY", "GOV"), "opposition": partyKinds, "news": set("MED"), "wire": set("MED"),
}

// neutral modifiers that may stand in a description without changing it.
var neutralMods = map[string]bool{"powerful": true, "main": true, "largest": true, "biggest": true, "shiite": true, "shia": true,
	"sunni": true, "islamic": true, "ethnic": true, "umbrella": true, "hardline": true, "influential": true, "banned": true,
	"outlawed": true, "proscribed": true, "designated": true, "secular": true, "leftist": true, "marxist": true, "communist": true,
	"nationalist": true, "kurdish": true, "tribal": true, "local": true, "regional": true, "international": true, "global": true,
	"same": true, "militia": false, "shadowy": true, "little-known": true, "newly": true, "formed": true, "new": true, "two": false,
	"self-styled": true, "so-called": true, "right-wing": true, "far-right": true, "alleged": true, "state-run": true, "official": true,
	"non-governmental": true, "un": false, "allied": true, "sunni-led": true, "shiite-led": true, "loyalist": true}

// affiliation suffixes: "Iran-backed".
var affilWords = map[string]bool{"backed": true, "allied": true, "aligned": true, "linked": true, "supported": true, "funded": true,
	"sponsored": true, "affiliated": true, "controlled": true, "run": true, "led": true, "armed": true, "trained": true, "proxy": true}

// coref resolves descriptions and pronouns to earlier mentions.
func (d *doc) coref() {
	// mentions so far are sorted by start for the backward search.
	sortMents(d.ments, byStart)
	d.base = mergeByStart(d.base[:0], d.ments, d.blocks)
	base := d.base
	ants := &refList{base: base}
	var added []ment
	for i := 0; i < len(d.toks); i++ {
		if d.used[i] || !d.toks[i].word {
			continue
		}
		w := d.toks[i].norm
		switch w {
		case "the", "this", "these", "those":
			end, cons, ok := d.description(i)
			if !ok {
				continue
			}
			m := d.apposition(i, end, ants)
			if m == nil {
				m = d.resolveRef(i, end, cons, ants, 6)
			}
			if m == nil && cons.affil != "" && !cons.person {
				m = d.affilGroup(i, end, cons)
			}
			d.markUsed(i, end)
			if m != nil {
				ants.add(*m)
				added = append(added, *m)
			} else if cons.person {
				// "the president" with no earlier president: leave it
			} else if !cons.orgOnly {
				// "the militants" with nothing to refer to: a generic actor.
				if c := d.chunkStarting(end - 1); c != nil {
					if n := d.nounOf(c); n != nil && n.has('G') {
						ci, why := d.contextCountry(i, end)
						if cons.country != "" {
							ci = d.kb.byISO[cons.country]
						}
						before := len(d.ments)
						d.emitGeneric(i, end, n.kind, n.label, ci, "generic "+quote(d.span(i, end))+why, n.has('P'), "")
						if len(d.ments) > before {
							nm := d.ments[len(d.ments)-1]
							ants.add(nm)
							d.ments = d.ments[:before]
							added = append(added, nm)
						}
					}
				}
			} else if nm, ok := d.stateBody(i, end, cons); ok {
				ants.add(nm)
				added = append(added, nm)
			} else {
				// unresolved description: kept so the event stage sees an actor slot.
				um := ment{start: i, end: end, entry: -1, sent: d.sentOf[i], core: [2]int{-1, -1},
					am: model.ActorMention{Actor: model.Actor{Text: d.span(i, end), Affiliations: []string{}}, Reason: "description " + quote(d.span(i, end)) + ": no compatible earlier actor"}}
				um.am.Start, um.am.End = d.toks[i].start, d.toks[end-1].end
				added = append(added, um)
			}
			i = end - 1
		case "it", "its", "they", "their", "them", "he", "his", "him", "she", "her":
			cons, ok := d.pronoun(i)
			if !ok {
				continue
			}
			m := d.speechSubject(i, cons, ants)
			if m == nil {
				m = d.resolveRef(i, i+1, cons, ants, 2)
			}
			if m != nil {
				if (w == "its" || w == "their") && !m.person {
					// "its fighters": the generic after the pronoun is the group itself
					if k := sort.Search(len(d.ments), func(x int) bool { return d.ments[x].start >= i+1 }); k < len(d.ments) {
						g := &d.ments[k]
						if g.start == i+1 && g.am.Generic && g.entry < 0 && !g.drop {
							n := d.headNoun(g.end)
							if n != nil && (n.has('R') || n.kind == "REB" || n.kind == "UAF" || n.kind == "MIL") {
								g.drop = true
								if m.entry >= 0 && isState(&d.kb.entries[m.entry]) && (n.kind == "MIL" || n.kind == "COP") {
									co := &d.kb.countries[d.kb.byISO[d.kb.entries[m.entry].Country]]
									ne := co.mil
									if n.kind == "COP" {
										ne = co.cop
									}
									if ne >= 0 {
										m.entry = ne
										m.am.Actor = d.actorOf(&d.kb.entries[ne], i, g.end)
									}
								}
								m.end = g.end
								m.am.End = d.toks[g.end-1].end
								m.am.Actor.Text = d.span(i, g.end)
								m.am.Reason += " + " + quote(d.span(i+1, g.end))
							}
						}
					}
				}
				ants.add(*m)
				added = append(added, *m)
			}
		}
	}
	d.ments = append(d.ments, added...)
}

// refList holds the possible antecedents: the named mentions (sorted, fixed) and the
// coreference mentions added left to right.
type refList struct {
	base, added []ment
	win         []*ment
}

func (r *refList) add(m ment) { r.added = append(r.added, m) }

// before returns up to 64 mentions that start before token i, in text order.
func (r *refList) before(i int) []*ment {
	r.win = r.win[:0]
	kb := sort.Search(len(r.base), func(x int) bool { return r.base[x].start >= i }) - 1
	ka := sort.Search(len(r.added), func(x int) bool { return r.added[x].start >= i }) - 1
	for len(r.win) < 64 && (kb >= 0 || ka >= 0) {
		if ka < 0 || (kb >= 0 && r.base[kb].start > r.added[ka].start) {
			r.win = append(r.win, &r.base[kb])
			kb--
		} else {
			r.win = append(r.win, &r.added[ka])
			ka--
		}
	}
	for a, b := 0, len(r.win)-1; a < b; a, b = a+1, b-1 {
		r.win[a], r.win[b] = r.win[b], r.win[a]
	}
	return r.win
}

// at returns the named mention that starts at token j, or nil.
func (r *refList) at(j int) *ment {
	k := sort.Search(len(r.base), func(x int) bool { return r.base[x].start >= j })
	if k < len(r.base) && r.base[k].start == j {
		return &r.base[k]
	}
	return nil
}

// description parses "the [modifiers] head" at token i.
func (d *doc) description(i int) (int, constraint, bool) {
	var cons constraint
	j := i + 1
	for steps := 0; steps < 8 && j < len(d.toks) && d.sameSent(i, j); steps++ {
		if d.used[j] {
			return 0, cons, false
		}
		t := &d.toks[j]
		c := d.chunkStarting(j)
		// "Iran-backed", "Iranian-backed", "Hezbollah-allied"
		if c != nil && (c.hasEntry() || c.adj >= 0) && d.tokNorm(c.end) == "-" && affilWords[d.tokNorm(c.end+1)] {
			cons.affil = d.affilKey(c)
			j = c.end + 2
			continue
		}
		if t.norm == "pro" && d.tokNorm(j+1) == "-" {
			if c2 := d.chunkStarting(j + 2); c2 != nil && (c2.hasEntry() || c2.adj >= 0) {
				cons.affil = d.affilKey(c2)
				j = c2.end
				continue
			}
			return 0, cons, false
		}
		if c != nil && c.adj >= 0 && !c.hasEntry() {
			cons.country = d.kb.countries[c.adj].iso2
			if n := d.nounOf(d.chunkStarting(c.end)); n == nil && !modWord(d.tokNorm(c.end)) {
				return 0, cons, false
			}
			j = c.end
			continue
		}
		if c != nil && c.noun >= 0 && !c.hasEntry() {
			n := &d.kb.nouns[c.noun]
			if n.has('T') && !n.has('H') && !n.has('G') && !strings.HasSuffix(n.form, "s") && d.tokNorm(i) == "the" {
				// "the president", "the Iraqi prime minister": a person named before
				if nx := d.chunkStarting(c.end); nx != nil || d.tokNorm(c.end) == "of" {
					return 0, cons, false // "the president of ...", "the minister Hakan Fidan"
				}
				if c.end < len(d.toks) && d.toks[c.end].cap && d.toks[c.end].word {
					return 0, cons, false // a name follows
				}
				cons.person = true
				cons.noun = n.form
				if n.kind != "*" && n.kind != "-" {
					cons.kinds = set(n.kind)
				}
				return c.end, cons, true
			}
			if n.has('G') {
				// "the rebel report": a noun used as a modifier
				if nx := d.nounOf(d.chunkStarting(c.end)); nx != nil && !nx.has('T') && !nx.has('H') {
					return 0, cons, false
				}
			}
			if n.has('H') || (n.has('G') && d.canRefer(n)) {
				// a head noun; "the militia group": keep going when another head follows
				_, isMod := modKinds[n.form]
				if nx := d.nounOf(d.chunkStarting(c.end)); nx != nil && nx.has('H') && (nx.kind == "*" || isMod && nx.kind == "MIL") {
					if mk, ok := modKinds[n.form]; ok {
						cons.kinds = mk
					} else if n.kind != "*" {
						cons.kinds = set(n.kind)
					}
					j = c.end
					continue
				}
				if (n.form == "movement" || n.form == "movements") && d.tokNorm(c.end) == "of" && j == i+1 {
					// "the movement of goods", "the movement of the bandits": motion, not a group
					return 0, cons, false
				}
				d.headCons(&cons, n)
				end := c.end
				// "the faction leaders": the description names people of the group
				if nx := d.nounOf(d.chunkStarting(end)); nx != nil && nx.has('T') && !nx.has('H') {
					end = d.chunkStarting(end).end
				}
				return end, cons, true
			}
			if m, ok := modKinds[n.form]; ok { // "rebel" as a modifier
				cons.kinds = m
				j = c.end
				continue
			}
			return 0, cons, false
		}
		if c != nil {
			return 0, cons, false
		}
		if mk, ok := modKinds[t.norm]; ok {
			cons.kinds = mk
			j++
			continue
		}
		if neutralMods[t.norm] || (t.norm == "-" && j > i+1) {
			j++
			continue
		}
		return 0, cons, false
	}
	return 0, cons, false
}

func modWord(w string) bool { _, ok := modKinds[w]; return ok || neutralMods[w] }

// headCons narrows the constraint by the head noun.
func (d *doc) headCons(cons *constraint, n *noun) {
	cons.noun = n.form
	cons.plural = n.has('P') && strings.HasSuffix(n.form, "s")
	switch n.form {
	case "group", "groups", "organization", "organisation", "organizations", "outfit", "network":
		cons.orgOnly = true
		if cons.kinds == nil {
			cons.kinds = groupKinds
		}
	case "movement", "movements":
		cons.orgOnly = true
		if cons.kinds == nil {
			cons.kinds = set("REB", "IMG", "PTY", "OPP", "UAF")
		}
	case "party", "parties", "bloc", "coalition", "political party":
		cons.orgOnly = true
		if cons.kinds == nil {
			cons.kinds = partyKinds
		}
	case "alliance":
		cons.orgOnly = true
		cons.kinds = allianceK
	case "agency", "agencies", "body", "bodies", "mission", "watchdog", "charity":
		cons.orgOnly = true
		cons.kinds = agencyKinds
		if n.form == "charity" {
			cons.kinds = ngoKinds
		}
	case "cartel", "gang", "gangs":
		cons.orgOnly = true
		cons.kinds = set("UAF", "REB")
	default:
		if strings.HasPrefix(n.form, "paramilitar") {
			cons.kinds = armedKinds // a paramilitary may be a state force or a militia
			cons.orgOnly = n.form != "paramilitaries"
			return
		}
		if n.kind == "MIL" && cons.kinds != nil && !cons.kinds["GOV"] {
			// "the paramilitary force", "the rebel forces": the modifier says which armed actor
			cons.orgOnly = true
			return
		}
		if n.kind != "*" && n.kind != "-" {
			k := set(n.kind)
			if n.kind == "REB" || n.kind == "UAF" {
				k = set("REB", "UAF", "IMG")
			}
			cons.kinds = k
		}
		switch n.kind {
		case "GOV", "MIL", "COP", "SPY":
			cons.orgOnly = true // "the army" refers to a state body
		}
	}
}

// affilKey is the ISO code or entry id of a modifier chunk ("Iran" → IR, "Hezbollah" → hezbollah).
func (d *doc) affilKey(c *chunk) string {
	if c.adj >= 0 {
		return d.kb.countries[c.adj].iso2
	}
	ei := d.pick(c, nil)
	if ei < 0 {
		return ""
	}
	e := &d.kb.entries[ei]
	if isState(e) {
		return e.Country
	}
	return e.ID
}

var prepBefore = map[string]bool{"of": true, "in": true, "on": true, "at": true, "by": true, "with": true, "to": true, "from": true,
	"for": true, "about": true, "into": true, "against": true, "than": true, "like": true, "made": true, "make": true, "makes": true, "do": true, "does": true, "did": true}

var expletiveNext = map[string]bool{"appears": true, "appeared": true, "seems": true, "seemed": true, "remains": true, "remained": true,
	"emerged": true, "turned": true, "took": true, "takes": true, "rained": true, "follows": true, "followed": true, "means": true, "meant": true}

var expletiveAdj = map[string]bool{"unclear": true, "likely": true, "unlikely": true, "possible": true, "impossible": true, "clear": true,
	"not": true, "important": true, "necessary": true, "hard": true, "difficult": true, "easy": true, "true": true, "time": true, "too": true,
	"expected": true, "believed": true, "understood": true, "reported": true, "said": true, "thought": true, "feared": true,
	"estimated": true, "hoped": true, "known": true, "worth": true, "a": true, "the": true, "an": true, "also": true, "still": true,
	"now": true, "only": true, "just": true, "far": true, "there": true, "better": true, "worse": true, "no": true, "what": true}

// pronoun builds the constraint of the pronoun at token i; false for expletive or object "it".
func (d *doc) pronoun(i int) (constraint, bool) {
	w := d.toks[i].norm
	prev := ""
	if i > 0 && d.sameSent(i-1, i) {
		prev = d.toks[i-1].norm
	}
	switch w {
	case "it":
		if prepBefore[prev] {
			return constraint{}, false
		}
		nx := d.tokNorm(i + 1)
		if expletiveNext[nx] {
			return constraint{}, false
		}
		if nx == "is" || nx == "was" || nx == "'s" || nx == "has" || nx == "had" || nx == "will" || nx == "would" {
			n2 := d.tokNorm(i + 2)
			if n2 == "been" || n2 == "be" {
				n2 = d.tokNorm(i + 3)
			}
			if expletiveAdj[n2] {
				return constraint{}, false
			}
		}
		return constraint{noMED: true}, true
	case "its":
		return constraint{noMED: true}, true
	case "they", "their", "them":
		if w == "them" && prepBefore[prev] && prev != "against" {
			return constraint{plural: true, noMED: true}, true
		}
		return constraint{plural: true, noMED: true}, true
	case "he", "his", "him", "she", "her":
		return constraint{person: true}, true
	}
	return constraint{}, false
}

// compatible reports whether the earlier mention m satisfies cons; blocked is true for a
// blocker ("sources") that stops the search.
func (d *doc) compatible(m *ment, cons constraint, pron bool) (ok, blocked bool) {
	if m.blocker {
		if pron && !cons.person && (cons.plural == m.plural || cons.plural) {
			return false, true
		}
		return false, false
	}
	a := &m.am.Actor
	if a.Name == "" {
		return false, false
	}
	if cons.person != m.person {
		return false, false
	}
	if cons.person {
		if cons.country != "" && a.Country != cons.country {
			return false, false
		}
		if cons.noun != "" {
			// "the prime minister": the person's role or title must say so
			role := strings.ToLower(a.Text)
			if m.entry >= 0 {
				role += " " + strings.ToLower(d.kb.entries[m.entry].Role)
			}
			return strings.Contains(role, cons.noun), false
		}
		return true, false
	}
	if cons.noMED && a.Kind == "MED" {
		return false, false
	}
	if cons.orgOnly && (m.am.Generic || m.entry < 0) {
		return false, false
	}
	if pron {
		if cons.plural {
			// "they": plural generic actors, or groups
			if !m.plural && (m.entry < 0 || !groupKinds[a.Kind]) {
				return false, false
			}
		} else {
			if m.plural || (m.am.Generic && a.Kind == "CVL") {
				return false, false
			}
		}
	} else if !(m.am.Generic && !cons.orgOnly) {
		if cons.plural != m.plural && (m.am.Generic || cons.plural) {
			// "the militants" may be a group; "the group" is not a plural generic
			if !(cons.plural && m.entry >= 0) {
				return false, false
			}
		}
	}
	if cons.kinds != nil && !cons.kinds[a.Kind] {
		return false, false
	}
	if cons.country != "" && a.Country != cons.country {
		return false, false
	}
	if cons.affil != "" {
		found := false
		for _, x := range a.Affiliations {
			if strings.EqualFold(x, cons.affil) {
				found = true
			}
		}
		if !found && m.entry >= 0 {
			// parents' affiliations: Quds Force -> IRGC -> IR
			found = d.affiliatedDeep(m.entry, cons.affil, 3)
		}
		if !found {
			return false, false
		}
	}
	if cons.noun != "" && m.entry >= 0 {
		e := &d.kb.entries[m.entry]
		if len(e.Nouns) > 0 {
			ok := false
			// "paramilitary force": the head or its modifier may be the listed noun
			first, last := cons.noun, cons.noun
			if k := strings.IndexByte(cons.noun, ' '); k > 0 {
				first, last = cons.noun[:k], cons.noun[strings.LastIndexByte(cons.noun, ' ')+1:]
			}
			for _, n := range e.Nouns {
				if n == cons.noun || n+"s" == cons.noun || n == first || n == last || n+"s" == last {
					ok = true
				}
			}
			if !ok {
				return false, false
			}
		}
	}
	return true, false
}

// affilGroup resolves a description with a backer and no antecedent ("the Iran-backed militant
// group" in a story about Lebanon) to the one armed group the knowledge base lists in the
// story's country with that backer; nil when there is none or more than one (Iraq).
func (d *doc) affilGroup(i, end int, cons constraint) *ment {
	var isos []string
	if cons.country != "" {
		isos = append(isos, cons.country)
	} else {
		if ci, _ := d.contextCountry(i, end); ci >= 0 {
			isos = append(isos, d.kb.countries[ci].iso2)
		}
		if ci := d.dominant(); ci >= 0 && (len(isos) == 0 || d.kb.countries[ci].iso2 != isos[0]) {
			isos = append(isos, d.kb.countries[ci].iso2)
		}
	}
	if len(isos) == 0 {
		return nil
	}
	kinds := cons.kinds
	if kinds == nil {
		kinds = armedKinds
	}
	found := -1
	for ei := range d.kb.entries {
		e := &d.kb.entries[ei]
		if !isOrg(e) || e.Parent != "" || d.expired(e) || !kinds[e.KindAt(d.ref)] {
			continue
		}
		if e.Country != isos[0] && (len(isos) < 2 || e.Country != isos[1]) {
			continue
		}
		ok := false
		for _, x := range e.Affiliations {
			if strings.EqualFold(x, cons.affil) {
				ok = true
			}
		}
		if !ok {
			continue
		}
		if found >= 0 {
			return nil // more than one: no guess
		}
		found = ei
	}
	if found < 0 {
		return nil
	}
	e := &d.kb.entries[found]
	m := ment{start: i, end: end, entry: found, plural: cons.plural, sent: d.sentOf[i], core: [2]int{-1, -1}}
	m.am = model.ActorMention{Actor: d.actorOf(e, i, end), Coref: true}
	m.am.Reason = "description: '" + d.span(i, end) + "' -> " + e.ID + " (the only group backed by " + cons.affil + " in " + e.Country + ")"
	m.am.Start, m.am.End = d.toks[i].start, d.toks[end-1].end
	return &m
}

func (d *doc) affiliatedDeep(ei int, key string, depth int) bool {
	if depth == 0 || ei < 0 {
		return false
	}
	e := &d.kb.entries[ei]
	for _, x := range e.Affiliations {
		if strings.EqualFold(x, key) {
			return true
		}
	}
	for _, p := range []string{e.Parent, e.Org} {
		if p == "" {
			continue
		}
		if strings.EqualFold(p, key) {
			return true
		}
		if pi, ok := d.kb.byID[p]; ok {
			if d.kb.entries[pi].Country == key && d.kb.entries[pi].Type == "state" {
				return true
			}
			if d.affiliatedDeep(pi, key, depth-1) {
				return true
			}
		}
	}
	return false
}

// resolveRef searches earlier mentions: the current sentence right to left, then earlier
// sentences (up to window) each left to right, so the subject of the previous sentence wins
// over its objects.
// The reason names the phrase [i,end) quoted.
func (d *doc) resolveRef(i, end int, cons constraint, refs *refList, window int) *ment {
	pron := end == i+1 && !d.chunkAtIsNoun(i)
	s := d.sentOf[i]
	win := refs.before(i)
	ants := win
	k := len(win)
	var found *ment
	where := ""
	// same sentence, nearest first
	for x := k - 1; x >= 0 && ants[x].sent == s; x-- {
		if ants[x].end > i || d.inPartitive(ants[x].start) {
			continue
		}
		ok, blocked := d.compatible(ants[x], cons, pron)
		if blocked {
			return nil
		}
		if ok {
			found, where = ants[x], "same sentence"
			break
		}
	}
	if found == nil {
		x := k - 1
		for x >= 0 && ants[x].sent == s {
			x--
		}
		for x >= 0 && found == nil {
			ps := ants[x].sent
			if ps < s-window {
				break
			}
			hi := x
			for x >= 0 && ants[x].sent == ps {
				x--
			}
			if pron && ps == s-1 && personPronoun[d.toks[i].norm] {
				// "…, said Comr. Bayu Suseno. A worker escaped, he said.": the speaker of the
				// sentence before, named after its verb of saying
				for y := x + 1; y <= hi; y++ {
					if ants[y].person && d.namedAfterSpeech(ants[y].start) {
						if ok, _ := d.compatible(ants[y], cons, pron); ok {
							found, where = ants[y], "speaker of the previous sentence"
							break
						}
					}
				}
				if found != nil {
					break
				}
			}
			for y := x + 1; y <= hi; y++ {
				ok, blocked := d.compatible(ants[y], cons, pron)
				if blocked && ps == s-1 {
					return nil
				}
				if ok {
					found, where = ants[y], "previous sentence"
					if ps < s-1 {
						where = "earlier sentence"
					}
					break
				}
			}
		}
	}
	if found == nil {
		return nil
	}
	// the new mention has its own grammatical number: "the army" after "soldiers" is singular.
	m := ment{start: i, end: end, entry: found.entry, person: found.person, plural: cons.plural, sent: s, core: [2]int{-1, -1}}
	m.am = model.ActorMention{Actor: found.am.Actor, Coref: true, Generic: found.am.Generic}
	m.am.Actor.Text = d.span(i, end)
	m.am.Actor.Affiliations = append([]string{}, found.am.Actor.Affiliations...)
	id := found.am.Actor.Actor
	if id == "" {
		id = found.am.Actor.Name
	}
	var why []string
	if cons.affil != "" {
		why = append(why, "affiliated "+cons.affil)
	}
	if cons.country != "" {
		why = append(why, "country "+cons.country)
	}
	why = append(why, "kind "+found.am.Actor.Kind, where)
	m.am.Reason = "coref: '" + d.span(i, end) + "' -> " + id + " (" + strings.Join(why, ", ") + ")"
	m.am.Start, m.am.End = d.toks[i].start, d.toks[end-1].end
	return &m
}

func (d *doc) chunkAtIsNoun(i int) bool {
	c := d.chunkStarting(i)
	return c != nil && c.noun >= 0
}

// apposition resolves "the Lebanese group Hezbollah" / "the militant group, al-Shabaab," to the
// name that follows the description.
func (d *doc) apposition(i, end int, refs *refList) *ment {
	j := end
	if d.tokNorm(j) == "," {
		j++
	}
	f := refs.at(j)
	if f == nil || f.entry < 0 || f.am.Coref || f.person {
		return nil
	}
	m := ment{start: i, end: end, entry: f.entry, plural: f.plural, sent: d.sentOf[i], core: [2]int{-1, -1}}
	m.am = model.ActorMention{Actor: f.am.Actor, Coref: true}
	m.am.Actor.Text = d.span(i, end)
	m.am.Actor.Affiliations = append([]string{}, f.am.Actor.Affiliations...)
	m.am.Reason = "coref: " + quote(d.span(i, end)) + " -> " + f.am.Actor.Actor + " (apposition)"
	m.am.Start, m.am.End = d.toks[i].start, d.toks[end-1].end
	return &m
}

// headNoun is the noun of the chunk that ends at token end.
func (d *doc) headNoun(end int) *noun {
	if end <= 0 || end > len(d.toks) {
		return nil
	}
	ci := d.chunkAt[end-1]
	if ci < 0 || d.chunks[ci].end != end {
		return nil
	}
	return d.nounOf(&d.chunks[ci])
}

// stateBody resolves an unresolved "the army" / "the government" to the body of the
// sentence's or the document's country.
func (d *doc) stateBody(i, end int, cons constraint) (ment, bool) {
	n := d.headNoun(end)
	if n == nil || !cons.orgOnly || (n.kind != "GOV" && n.kind != "MIL" && n.kind != "COP") {
		return ment{}, false
	}
	ci, why := d.contextCountry(i, end)
	if cons.country != "" {
		ci, why = d.kb.byISO[cons.country], " (demonym)"
	} else if ci < 0 {
		// "Serbian President Aleksandar Vucic said he had ordered the army …": the state
		// official who speaks or acts before it in the sentence says whose body it is
		if c, who := d.officialBefore(i); c >= 0 {
			ci, why = c, " (official before it: "+who+")"
		}
	}
	if ci < 0 {
		return ment{}, false
	}
	before := len(d.ments)
	d.emitCountryRole(i, end, ci, n.kind, n, "description "+quote(d.span(i, end))+why, false)
	if len(d.ments) == before {
		return ment{}, false
	}
	nm := d.ments[len(d.ments)-1]
	d.ments = d.ments[:before]
	return nm, true
}

// speechVerbs introduce reported speech; a pronoun right after "<subject> said (that)" refers to
// that subject ("journalists said they were beaten").
var speechVerbs = set("said", "say", "says", "told", "added", "stated", "insisted", "explained", "warned",
	"claimed", "confirmed", "announced", "complained", "alleged", "reported", "admitted", "denied", "argued")

// speechSubject resolves the subject pronoun at token i when it follows "<mention> <speech verb>
// [that]" in the same sentence and agrees with it in number. Media are allowed here: reporters
// who said "they" were beaten mean themselves.
func (d *doc) speechSubject(i int, cons constraint, refs *refList) *ment {
	w := d.toks[i].norm
	if w != "it" && w != "they" && w != "he" && w != "she" {
		return nil
	}
	v := i - 1
	if v >= 0 && d.toks[v].norm == "that" {
		v--
	}
	if v < 1 || !d.sameSent(v, i) || !speechVerbs[d.toks[v].norm] {
		return nil
	}
	win := refs.before(v)
	if len(win) == 0 {
		return nil
	}
	f := win[len(win)-1]
	if f.end != v && !d.placePP(f.end, v) {
		return nil
	}
	if f.sent != d.sentOf[i] || f.blocker || f.am.Actor.Name == "" || f.person != cons.person {
		return nil
	}
	if !cons.person && cons.plural != f.plural && !(cons.plural && f.entry >= 0) {
		return nil
	}
	m := ment{start: i, end: i + 1, entry: f.entry, person: f.person, plural: cons.plural, sent: d.sentOf[i], core: [2]int{-1, -1}}
	m.am = model.ActorMention{Actor: f.am.Actor, Coref: true, Generic: f.am.Generic}
	m.am.Actor.Text = d.span(i, i+1)
	m.am.Actor.Affiliations = append([]string{}, f.am.Actor.Affiliations...)
	id := f.am.Actor.Actor
	if id == "" {
		id = f.am.Actor.Name
	}
	m.am.Reason = "coref: " + quote(d.span(i, i+1)) + " -> " + id + " (subject of " + quote(d.toks[v].norm) + ")"
	m.am.Start, m.am.End = d.toks[i].start, d.toks[i].end
	return &m
}

// placePP reports whether tokens [i,j) are a short place phrase after a subject ("in Lusaka",
// "from the north").
func (d *doc) placePP(i, j int) bool {
	if j-i < 2 || j-i > 4 {
		return false
	}
	switch d.toks[i].norm {
	case "in", "from", "at", "near", "across", "outside":
	default:
		return false
	}
	for k := i + 1; k < j; k++ {
		if !d.toks[k].word || speechVerbs[d.toks[k].norm] {
			return false
		}
	}
	return true
}

// officialBefore returns the country of the nearest named state actor (a government,
// military or police body or official, not a generic one) that ends before token i in its
// sentence, and its text; -1 when there is none.
func (d *doc) officialBefore(i int) (int, string) {
	best, bestEnd, who := -1, -1, ""
	si := d.sentOf[i]
	for k := range d.ments {
		m := &d.ments[k]
		if m.sent != si || m.end > i || m.end <= bestEnd || m.drop || m.am.Generic || m.am.Coref {
			continue
		}
		switch m.am.Actor.Kind {
		case "GOV", "MIL", "COP":
		default:
			continue
		}
		if ci, ok := d.kb.byISO[m.am.Actor.Country]; ok && m.am.Actor.Country != "" {
			best, bestEnd, who = ci, m.end, d.span(m.start, m.end)
		}
	}
	return best, who
}

var personPronoun = set("he", "she", "him", "his", "her")

// namedAfterSpeech reports whether the name at token start follows a verb of saying, with at
// most three capitalised title words between ("said Comr. Bayu Suseno", "told Col. Ali").
func (d *doc) namedAfterSpeech(start int) bool {
	k := start - 1
	for n := 0; k >= 0 && n < 5; n++ {
		t := &d.toks[k]
		if t.cap && t.word || d.text[t.start:t.end] == "." && k > 0 && d.toks[k-1].end == t.start {
			k-- // a title word or its abbreviation's period
			continue
		}
		break
	}
	return k >= 0 && d.sameSent(k, start) && speechVerbs[d.toks[k].norm]
}

// partitiveWord: a number or quantifier before "of them" ("six of them", "most of whom").
func partitiveWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"dozens", "hundreds", "thousands", "some", "most", "many", "several", "all", "both", "none", "half",
		"few", "majority", "each", "any", "either", "neither", "rest":
		return true
	}
	return false
}

// inPartitive reports whether the mention starting at token j is the head of a partitive
// aside ("11 people, six of them soldiers, when they stormed"): it describes the counted
// people and is no antecedent of a later pronoun.
func (d *doc) inPartitive(j int) bool {
	if j < 3 || !d.sameSent(j-3, j) {
		return false
	}
	p := d.toks[j-1].norm
	return (p == "them" || p == "whom") && d.toks[j-2].norm == "of" && partitiveWord(d.toks[j-3].norm)
}
