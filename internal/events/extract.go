package events

import (
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// tok is a token with its lower-case form and lemma.
type tok struct {
	start, end int
	text, low  string
	lem        string
	clause     int  // clause index inside the sentence
	group      int  // clause group: clauses not split by a strong boundary (after, in retaliation for …)
	arg        int  // index into sent.args of the argument covering it, -1 if none
	rel        bool // a relative pronoun opening a clause
}

// arg is a participant or place mention inside a sentence (token range [s,e)).
type arg struct {
	s, e    int
	actor   model.Actor
	isActor bool                // can act (named actor, generic actor, metonymic place, demonym)
	place   *model.PlaceMention // set for toponyms
	kind    string              // actor kind when known
	generic bool
	pron    bool // pronoun without a resolution
	norp    bool // a demonym / NORP modifier ("Israeli")
	coref   bool // a pronoun or description the actor stage resolved to an earlier mention
}

// sent is one sentence prepared for extraction.
type sent struct {
	idx        int
	start, end int
	toks       []tok
	args       []arg
	timexes    []model.Timex
	quants     []model.Quantity
	headline   bool
	// attackClause marks clauses holding an attack trigger of their own (not a consequence verb)
	attackClause map[int]bool
	// weapons: indices of tokens naming a weapon class (see weaponToks)
	weapons     []int
	weaponsDone bool
}

// cand is one event candidate found at a trigger.
type cand struct {
	s               *sent
	ti, tj          int // trigger tokens [ti,tj)
	e               *entry
	typ, mode       string
	acled           string // ACLED hint key
	noun            bool
	passive         bool
	sources         []model.Actor
	targets         []model.Actor
	srcKinds        []string
	tgtKinds        []string
	place           *model.PlaceMention
	placeScore      float64
	placeFallback   bool  // place inferred from context, not named in the sentence
	placeArg        int   // index of the place argument chosen, -1 when none
	splitPlace      bool  // cloned for a coordinated place
	deal            bool  // the act signs or reaches a named agreement (ACLED Agreement)
	wave            bool  // a protest wave dated by its start ("protests since November 2024")
	anaphorOnly     bool  // "Those clashes …" with no party: output only when merged into its event
	coordVP         bool  // a verb coordinated with an earlier one, sharing its subject
	coordHost       *cand // that earlier verb (its date is this one's when it has none)
	date            model.Date
	dateSet         bool
	pastClaim       int  // 1 + the timex dating a claimed past episode (claimedPastEpisode), 0 none
	reportedPerfect bool // a past perfect under a dated reporting verb: dated from a later mention
	dateInherited   bool // dated by its episode (episodeDate), not by words of its own
	counts          model.Counts
	approx          map[string]bool
	modality        string
	background      bool
	typeProb        float64
	weaponHint      string
	joined          []*cand  // candidates of the same sentence merged into this one (their dates are fallbacks)
	absorbed        [][2]int // byte spans of the triggers merged into this one (for the place trace)
	weaponMode      string
	dropped         bool
	nonPolitical    bool // dropped by the political filter alone (no armed, state or named party)
	conseqOnly      bool // only consequence triggers (kill, wound) so far
	listCount       bool // the killed count sums a list of victims ("a woman and her two sons")
	zeroCas         bool
	mentions        int
	score           float64
	firstPos        int
	lastSent        int
}

// prepare builds the per-sentence view: tokens, lemmas, clauses and arguments.
func prepare(a *model.Annotation, lx *lexicon) []*sent {
	return prepareWith(a, lx, docCountries(a))
}

// prepareWith is prepare with the document's country counts computed by the caller.
func prepareWith(a *model.Annotation, lx *lexicon, dc docCounts) []*sent {
	text := a.Doc.Text
	sents := a.Sentences
	if len(sents) == 0 {
		sents = splitSentences(text)
	}
	out := make([]*sent, 0, len(sents))
	known := knownPlaces(a)
	ai, pi, ei, ti, qi := 0, 0, 0, 0, 0
	for si, s := range sents {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		ts := s.Tokens
		if len(ts) == 0 {
			ts = tokenize(text, s.Start, s.End)
		}
		st := &sent{idx: si, start: s.Start, end: s.End}
		st.toks = make([]tok, 0, len(ts))
		for _, t := range ts {
			if t.Start < s.Start || t.End > s.End || t.Start >= t.End {
				continue
			}
			low := lowerASCII(t.Text)
			if strings.Contains(low, "’") {
				low = strings.ReplaceAll(low, "’", "'")
			}
			st.toks = append(st.toks, tok{start: t.Start, end: t.End, text: t.Text, low: low, lem: lx.lemma(low), arg: -1})
		}
		// headline: a line without final punctuation that is mostly capitalised words
		st.headline = isHeadline(st)
		markClauses(st)
		// arguments
		for ai < len(a.Actors) && a.Actors[ai].Start < s.Start {
			ai++
		}
		for k := ai; k < len(a.Actors) && a.Actors[k].Start < s.End; k++ {
			m := a.Actors[k]
			i, j := tokRange(st.toks, m.Start, m.End)
			if i < 0 || sponsorModifier(text, m.End) || !hasLetter(text[m.Start:m.End]) {
				continue
			}
			if !m.Generic && !m.Coref && placeCovers(a.Places, m.Start, m.End) {
				// "in southeastern Iraq", "strikes on southern Lebanon": the geo stage read a
				// place (not one standing for its government) of direction words and the name,
				// so the place is the argument (it comes with the places below)
				continue
			}
			act := m.Actor
			act.Text = text[m.Start:m.End]
			if act.Actor == "" && act.Kind == "" && act.Country == "" && !m.Generic && !m.Coref && j == i+1 && unknownTownSlot(st, i, j) {
				// "opened fire on protesters at Mohipal": a one-word name no knowledge base
				// knows, in a place slot, is a place the gazetteer lacks (it takes the event's
				// country), not an unknown party
				st.addArg(arg{s: i, e: j, place: &model.PlaceMention{Start: m.Start, End: m.End, Text: act.Text, Geo: model.Geo{Name: act.Text, Feature: "other", Precision: 3, Approximate: true}},
					actor: model.Actor{Text: act.Text, Name: act.Text}})
				continue
			}
			if en, ok := enclosingOrg(a.Entities, m.Start, m.End); ok && act.Kind == "GOV" && !m.Generic {
				// "Kenya National Commission on Human Rights": the organisation, not the
				// country named inside its name
				i, j = tokRange(st.toks, en.Start, en.End)
				act = model.Actor{Text: en.Text, Name: en.Text, Country: act.Country, Affiliations: []string{}}
			}
			low := strings.ToLower(act.Text)
			_, dem := demonyms[low]
			norp := dem && !isCountryName(low) || isNORP(a.Entities, m.Start, m.End)
			flag := ""
			if m.Generic {
				// "a Liberian-flagged tanker": the flag state
				for k := i; k < j; k++ {
					if c := flagState(st.toks[k].low); c != "" {
						flag = c
					}
				}
			}
			if flag != "" {
				act.Country = flag
				if act.Kind == "GOV" || act.Kind == "" {
					act.Kind = "BUS" // a flagged ship is a merchant vessel, not the flag state
				}
			} else if m.Generic && act.Actor == "" && act.Country != "" && dc.counts != nil && dc.counts[act.Country] == 0 && !namesCountry(low, act.Country) {
				// a generic actor given a country the document never mentions is a resolution slip
				act.Country = dc.top
			}
			st.addArg(arg{s: i, e: j, actor: act, isActor: true, kind: act.Kind, generic: m.Generic, norp: norp, coref: m.Coref})
		}
		for pi < len(a.Places) && a.Places[pi].Start < s.Start {
			pi++
		}
		for k := pi; k < len(a.Places) && a.Places[k].Start < s.End; k++ {
			p := a.Places[k]
			i, j := tokRange(st.toks, p.Start, p.End)
			if i < 0 || sponsorModifier(text, p.End) {
				continue
			}
			pc := p
			if pc.Geo.Feature != "country" && pc.Geo.Country != "" && dc.top != "" && pc.Geo.Country != dc.top && dc.counts[pc.Geo.Country] <= 1 && dc.counts[dc.top] >= 3 && introducedPlace(text, p.Start) && !mentionsCountry(text, pc.Geo.Country) {
				// a town the gazetteer placed in a country the article never otherwise mentions
				// is most likely its namesake in the article's own country: keep the name only
				pc.Geo = model.Geo{Name: pc.Text, Country: dc.top, Feature: "other", Precision: 2}
			}
			ag := arg{s: i, e: j, place: &pc, isActor: p.Metonymy,
				actor: model.Actor{Text: text[p.Start:p.End], Name: p.Geo.Name, Country: p.Geo.Country}}
			if p.Geo.Feature == "country" || p.Metonymy {
				ag.kind = "GOV"
			}
			st.addArg(ag)
		}
		for ei < len(a.Entities) && a.Entities[ei].Start < s.Start {
			ei++
		}
		for k := ei; k < len(a.Entities) && a.Entities[k].Start < s.End; k++ {
			en := a.Entities[k]
			switch en.Label {
			case model.PERSON, model.ORG, model.NORP, model.GPE, model.LOC, model.FAC:
			default:
				continue
			}
			i, j := tokRange(st.toks, en.Start, en.End)
			if i < 0 || st.covered(i, j) || sponsorModifier(text, en.End) || !hasLetter(en.Text) {
				continue // ("said 120 additional police officers …": a number the tagger took for a name)
			}
			ag := arg{s: i, e: j, actor: model.Actor{Text: en.Text}, isActor: true}
			label := en.Label
			if p, ok := known[en.Text]; ok && en.Actor == "" && (label == model.ORG || label == model.PERSON) && placeSlot(st, i, j) {
				// a name the tagger took for an organisation or a person ("stormed al-Mazraa",
				// "near Wapenamanda") that the document names as a place elsewhere
				label, en.Geo = model.GPE, &p.Geo
			} else if !ok && en.Actor == "" && label == model.ORG && j == i+1 && unknownTownSlot(st, i, j) {
				// "opened fire on protesters at Mohipal": a one-word name the tagger took for an
				// organisation, in a place slot, that no knowledge base knows is a place the
				// gazetteer lacks (it takes the event's country)
				label = model.LOC
			}
			switch label {
			case model.NORP:
				ag.norp = true
				ag.actor.Country = demonyms[strings.ToLower(en.Text)]
			case model.GPE, model.LOC, model.FAC:
				c := demonyms[strings.ToLower(en.Text)]
				g := model.Geo{Name: en.Text, Country: c, Precision: 3}
				if en.Geo != nil {
					g = *en.Geo
				}
				ag.place = &model.PlaceMention{Start: en.Start, End: en.End, Text: en.Text, Geo: g}
				ag.isActor = false
				ag.actor.Country = g.Country
				if c != "" {
					ag.kind = "GOV"
				}
			case model.PERSON:
				ag.kind = ""
			}
			st.addArg(ag)
		}
		// demonyms, country names and generic actor nouns the earlier stages left out
		for i := 0; i < len(st.toks); i++ {
			t := &st.toks[i]
			if t.arg >= 0 {
				continue
			}
			if c, ok := demonyms[t.low]; ok && isCap(t.text) {
				if isCountryName(t.low) {
					st.addArg(arg{s: i, e: i + 1, place: &model.PlaceMention{Start: t.start, End: t.end, Text: t.text, Geo: model.Geo{Name: t.text, Country: c, Feature: "country", Precision: 3}}, actor: model.Actor{Text: t.text, Country: c}, kind: "GOV"})
				} else {
					st.addArg(arg{s: i, e: i + 1, actor: model.Actor{Text: t.text, Country: c}, isActor: true, norp: true})
				}
				continue
			}
			kind, ok := genericActors[t.lem]
			if ok && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing")) {
				ok = false // "forced", "forcing": verbs, not the noun "force"
			}
			if !ok && t.lem == "other" && i > 0 && isNumberTok(st.toks[i-1].low) {
				kind, ok = "CVL", true // "38 others"
			}
			if ok && (!isCap(t.text) || i == 0 || st.headline) {
				if i+1 < len(st.toks) {
					if _, next := genericActors[st.toks[i+1].lem]; next && !isCap(st.toks[i+1].text) {
						continue // compound: "military bases", "militant group"
					}
				}
				// extend left over modifiers: demonyms, "pro-Iran", adjectives in a small list
				s := i
				country := ""
				var inherit *model.Actor
				for s > 0 {
					p := st.toks[s-1]
					if p.arg >= 0 {
						pa := st.args[p.arg]
						if pa.norp && pa.e == s {
							country = pa.actor.Country
							if country == "" {
								country = flagState(strings.ToLower(text[st.toks[pa.s].start:p.end]))
							}
							s = pa.s
							break
						}
						if pa.isActor && !pa.generic && !pa.pron && pa.place == nil && pa.e == s && pa.actor.Kind != "" {
							// "a Hamas commander": the member noun with its organisation
							act := pa.actor
							inherit = &act
							s = pa.s
						}
						break
					}
					if c := flagState(p.low); c != "" {
						country = c // "a Liberian-flagged tanker": the flag state
						s--
						continue
					}
					if isCap(p.text) && s-1 > 0 && !capStop[p.low] && isLetterByte(p.text[0]) && !st.headline && len(lx.byFirst[p.lem]) == 0 {
						if _, isMonth := months[p.low]; !isMonth {
							s--
							continue
						}
					}
					if c, ok := demonyms[p.low]; ok {
						country = c
						s--
						continue
					}
					if p.low == "of" && s >= 2 && (isNumberTok(st.toks[s-2].low) || st.toks[s-2].low == "tens" || st.toks[s-2].low == "dozens") {
						s--
						continue
					}
					if _, g := genericActors[p.lem]; g && !isCap(p.text) || actorMods[p.low] || p.low == "air" && s == i && (t.lem == "defense" || t.lem == "defence" || t.lem == "force") || strings.HasPrefix(p.low, "pro-") || strings.HasSuffix(p.low, "-backed") || strings.HasSuffix(p.low, "-led") {
						s--
						continue
					}
					break
				}
				text0 := text[st.toks[s].start:t.end]
				if kind == "" {
					for k := s; k < i; k++ {
						if kd := genericActors[st.toks[k].lem]; kd != "" {
							kind = kd
						}
						if st.toks[k].lem == "militant" || st.toks[k].lem == "armed" || strings.HasSuffix(st.toks[k].low, "-backed") || st.toks[k].lem == "rebel" || st.toks[k].lem == "jihadist" {
							kind = "REB"
						}
					}
				}
				ga := arg{s: s, e: i + 1, actor: model.Actor{Text: text0, Country: country, Kind: kind}, isActor: true, kind: kind, generic: true}
				if inherit != nil {
					ga.actor = *inherit
					ga.actor.Text = text0
					ga.kind = inherit.Kind
					ga.generic = false
				}
				st.addArgReplace(ga)
				continue
			}
			if pronouns[t.low] {
				st.addArg(arg{s: i, e: i + 1, actor: model.Actor{Text: t.text}, isActor: true, pron: true})
			}
		}
		// when no entity tagger ran, capitalised spans inside the sentence stand for names
		if len(a.Entities) == 0 && len(a.Actors) == 0 && !st.headline {
			for i := 0; i < len(st.toks); i++ {
				t := st.toks[i]
				if t.arg >= 0 || !isCap(t.text) || !isLetterByte(t.text[0]) || inTimexList(a.Timexes, t.start) || capStop[t.low] {
					continue
				}
				if _, ok := weekdays[t.low]; ok {
					continue
				}
				if _, ok := months[strings.TrimSuffix(t.low, ".")]; ok {
					continue
				}
				if i == 0 && (lx.known[t.lem] || stopWords[t.low]) {
					continue
				}
				j := i + 1
				for j < len(st.toks) && st.toks[j].arg < 0 && (isCap(st.toks[j].text) || nameParticle(st.toks[j].low) && j+1 < len(st.toks) && isCap(st.toks[j+1].text)) && !inTimexList(a.Timexes, st.toks[j].start) {
					j++
				}
				ag := arg{s: i, e: j, actor: model.Actor{Text: text[t.start:st.toks[j-1].end]}, isActor: true}
				if p, ok := precededByPrep(st, i); ok && locPreps[p] || i > 1 && st.toks[i-1].low == "of" && placeNouns[st.toks[i-2].low] {
					ag.isActor = false
					ag.place = &model.PlaceMention{Start: t.start, End: st.toks[j-1].end, Text: ag.actor.Text, Geo: model.Geo{Name: ag.actor.Text, Precision: 1}}
				}
				st.addArg(ag)
				i = j - 1
			}
		}
		containPlaces(st)
		appositivePlaces(st, text)
		markClauses(st) // again, now that arguments are known ("… and police detained …")
		for ti < len(a.Timexes) && a.Timexes[ti].Start < s.Start {
			ti++
		}
		for k := ti; k < len(a.Timexes) && a.Timexes[k].Start < s.End; k++ {
			st.timexes = append(st.timexes, a.Timexes[k])
		}
		for qi < len(a.Quantities) && a.Quantities[qi].Start < s.Start {
			qi++
		}
		for k := qi; k < len(a.Quantities) && a.Quantities[k].Start < s.End; k++ {
			st.quants = append(st.quants, a.Quantities[k])
		}
		out = append(out, st)
	}
	return out
}

// mentionsCountry: a capitalised word of the text names country cc ("the Israeli town of …").
func mentionsCountry(text, cc string) bool {
	start := -1
	for i := 0; i <= len(text); i++ {
		letter := i < len(text) && (isLetterByte(text[i]) || text[i] == '.' && start >= 0)
		if letter {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := text[start:i]
			if w[0] >= 'A' && w[0] <= 'Z' {
				if c, ok := demonyms[strings.ToLower(strings.TrimSuffix(w, "."))]; ok && c == cc {
					return true
				}
			}
			start = -1
		}
	}
	return false
}

// introducedPlace: the toponym is introduced as a little-known place ("the town of X", "the
// coastal village of X"), as writers do for places readers do not know.
func introducedPlace(text string, start int) bool {
	b := strings.ToLower(text[max(0, start-30):start])
	return strings.HasSuffix(b, "town of ") || strings.HasSuffix(b, "village of ") || strings.HasSuffix(b, "city of ") || strings.HasSuffix(b, "district of ")
}

// enclosingOrg is an ORG entity that strictly contains [s,e). es is sorted by Start; only
// entities starting at most maxOrgBytes before s are considered, so a long document costs
// a binary search per mention, not a scan of all its entities.
func enclosingOrg(es []model.Entity, s, e int) (model.Entity, bool) {
	hi := sort.Search(len(es), func(i int) bool { return es[i].Start > s })
	for i := hi - 1; i >= 0 && es[i].Start >= s-maxOrgBytes; i-- {
		en := es[i]
		if en.Label == model.ORG && en.End >= e && en.End-en.Start > e-s {
			return en, true
		}
	}
	return model.Entity{}, false
}

// maxOrgBytes bounds the length of an organisation's name for enclosingOrg.
const maxOrgBytes = 256

// namesCountry: the words of a mention name country cc ("the Israeli military").
func namesCountry(low, cc string) bool {
	for _, w := range strings.Fields(low) {
		if demonyms[strings.Trim(w, ".,'’")] == cc {
			return true
		}
	}
	return false
}

// docCounts holds how often each country is mentioned by the document's places and named actors.
type docCounts struct {
	counts map[string]int
	top    string
}

func docCountries(a *model.Annotation) docCounts {
	dc := docCounts{counts: map[string]int{}}
	seen := map[string]bool{}
	for _, p := range a.Places {
		// a country counts once per distinct place name (a town named twice is one clue)
		if k := p.Geo.Country + "|" + p.Text; p.Geo.Country != "" && !seen[k] {
			seen[k] = true
			dc.counts[p.Geo.Country]++
		}
	}
	for _, m := range a.Actors {
		if !m.Generic && m.Actor.Country != "" {
			dc.counts[m.Actor.Country]++
		}
	}
	best := 0
	for c, n := range dc.counts {
		if n > best || n == best && c < dc.top {
			dc.top, best = c, n
		}
	}
	return dc
}

var actorMods = set("prime deputy interior defence defense suicide security government rebel opposition armed militant islamist jihadist local regional foreign senior top military police riot special unidentified unknown masked suspected several many hundreds thousands dozens some the a an two three four five six seven eight nine ten tens iran-backed allied loyal")

func isCountryName(low string) bool {
	switch low {
	case "israel", "lebanon", "syria", "iraq", "iran", "palestine", "gaza", "russia", "ukraine", "france", "britain",
		"germany", "turkey", "egypt", "jordan", "yemen", "afghanistan", "pakistan", "india", "china", "japan",
		"sudan", "somalia", "ethiopia", "kenya", "nigeria", "mali", "niger", "libya", "tunisia", "algeria",
		"morocco", "congo", "myanmar", "thailand", "philippines", "indonesia", "colombia", "venezuela", "mexico",
		"brazil", "argentina", "azerbaijan", "armenia", "georgia", "belarus", "poland", "qatar", "kuwait",
		"bahrain", "oman", "cyprus", "greece", "italy", "spain", "canada", "australia", "haiti", "bangladesh",
		"nepal", "cambodia", "vietnam", "mozambique", "cameroon", "chad", "burkina", "lanka", "us", "u.s.", "america",
		"kazakhstan", "uzbekistan", "tajikistan", "uk", "pyongyang", "seoul", "juba":
		return true
	}
	return false
}

// isHeadline reports whether a sentence looks like a title line.
func isHeadline(st *sent) bool {
	n := len(st.toks)
	if n < 3 || n > 25 {
		return false
	}
	last := st.toks[n-1].text
	if last == "." || last == "?" || last == "!" || last == ")" || last == "\"" {
		return false
	}
	caps, words := 0, 0
	for _, t := range st.toks {
		if isLetterByte(t.text[0]) {
			words++
			if isCap(t.text) {
				caps++
			}
		}
	}
	return words > 0 && caps*10 >= words*6
}

// tokRange maps a byte span to token indices [i,j), -1 when no token is inside.
func tokRange(ts []tok, s, e int) (int, int) {
	i, j := -1, -1
	for k, t := range ts {
		if t.end > s && t.start < e {
			if i < 0 {
				i = k
			}
			j = k + 1
		}
	}
	return i, j
}

func (st *sent) covered(i, j int) bool {
	for k := i; k < j; k++ {
		if st.toks[k].arg >= 0 {
			return true
		}
	}
	return false
}

func (st *sent) addArg(a arg) {
	if st.covered(a.s, a.e) {
		return
	}
	st.args = append(st.args, a)
	for k := a.s; k < a.e; k++ {
		st.toks[k].arg = len(st.args) - 1
	}
}

// addArgReplace adds a generic actor that may swallow a demonym arg to its left.
func (st *sent) addArgReplace(a arg) {
	for k := a.s; k < a.e; k++ {
		if ai := st.toks[k].arg; ai >= 0 {
			st.args[ai].e = st.args[ai].s // disable the swallowed arg
			st.toks[k].arg = -1
		}
	}
	st.addArg(a)
}

// markClauses assigns clause and clause-group indices to the tokens of a sentence.
func markClauses(st *sent) {
	c, g := 0, 0
	saved := -1 // clause before an appositive relative clause (", which …,")
	restore := false
	skip := -1 // last token of a short bracketed name ("(GNU)", "(Isoc)")
	for i := range st.toks {
		t := &st.toks[i]
		strong := false
		weak := false
		if i <= skip {
			t.clause, t.group = c, g
			continue
		}
		if t.low == "(" && i > 0 {
			if j := shortBracket(st, i); j > 0 {
				skip = j
				t.clause, t.group = c, g
				continue
			}
		}
		if restore {
			// ", which is linked to al-Qaida, has fought": back in the main clause
			c, restore, saved = saved, false, -1
			t.clause, t.group = c, g
			continue
		}
		switch t.low {
		case ";", ":", "—", "–", "(", ")":
			strong = !(t.low == ":" && clockColon(st, i))
		case "-", "--":
			// "PESHAWAR, Pakistan (Reuters) - A suicide bomber …": the dateline ends here
			strong = i > 0 && i < 12
		case "after", "before", "following", "amid", "while", "since", "although", "whereas", "but", "unless", "if", "until", "once":
			// "before dawn on Sunday", "shortly after midnight": a time of day, no clause
			strong = !(i+1 < len(st.toks) && (t.low == "before" || t.low == "after" || t.low == "until") && dayTimeWords[st.toks[i+1].low])
			if t.low == "while" && i+1 < len(st.toks) && strings.HasSuffix(st.toks[i+1].low, "ing") {
				// "was shot dead … while buying fuel at a kiosk in Ilaga on Saturday": a
				// reduced clause shares the act's time and place
				strong, weak = false, true
			}
		case "that", "which", "who", "whom", "when", "because", "as":
			weak = true
			if relPronouns[t.low] {
				t.rel = true
			}
		case "retaliation", "response", "revenge":
			if i > 0 && st.toks[i-1].low == "in" {
				strong = true
				st.toks[i-1].group = g + 1
				st.toks[i-1].clause = c + 1
			}
		case "and":
			if i+1 < len(st.toks) && (reportVerbs[st.toks[i+1].lem] || st.toks[i+1].lem == "vow") {
				weak = true
			}
		case ",":
			if i+1 < len(st.toks) {
				n := st.toks[i+1].low
				if n == "and" || n == "but" || n == "while" || n == "which" || n == "who" || subordin[n] {
					weak = true
				}
				if strings.HasSuffix(n, "ing") && reportVerbs[st.toks[i+1].lem] {
					weak = true // ", saying …", ", adding …"
				}
				if saved >= 0 && verbish(st.toks[i+1]) {
					t.clause, t.group = c, g
					restore = true
					continue
				}
				if saved < 0 && (relPronouns[n] && n != "that" || preps[n] && i+2 < len(st.toks) && (st.toks[i+2].low == "which" || st.toks[i+2].low == "whom")) {
					saved = c
				}
			}
		}
		if t.low == "and" && i+1 < len(st.toks) {
			n := st.toks[i+1]
			if n.low == "also" || n.low == "then" || n.low == "later" {
				if i+2 < len(st.toks) {
					n = st.toks[i+2]
				}
			}
			if verbish(n) {
				weak = true // "… and urged allies", "… and had regained control"
			}
			if q := i + 1; !weak && i > 0 && st.toks[i-1].arg < 0 {
				// "35 people were injured and police detained 14": a new subject and verb
				for q < len(st.toks) && determiners[st.toks[q].low] {
					q++
				}
				if q < len(st.toks) && st.toks[q].arg >= 0 {
					e := st.args[st.toks[q].arg].e
					if e > q && e < len(st.toks) && verbish(st.toks[e]) {
						weak = true
					}
				}
			}
		}
		if strong && i > 0 {
			c++
			g++
		} else if weak && i > 0 {
			c++
		}
		t.clause, t.group = c, g
	}
}

// shortBracket: the index of the ")" closing a bracket at i that holds only a short name or
// acronym (up to three capitalised tokens, no verb): such a bracket splits no clause.
func shortBracket(st *sent, i int) int {
	if j := glossBracket(st, i); j > 0 {
		return j
	}
	if i+1 < len(st.toks) {
		if w := st.toks[i+1].text; numeric(w) || w[0] == '$' || strings.HasPrefix(w, "€") || strings.HasPrefix(w, "£") {
			// a converted measure, time or sum ("60 kilometres (37 miles) south of Bosaso, on
			// Tuesday", "from 18:00 local time (15:00 GMT) on Wednesday"): not a clause
			for j := i + 2; j < len(st.toks) && j <= i+6; j++ {
				if st.toks[j].low == ")" {
					return j
				}
				if verbish(st.toks[j]) || st.toks[j].low == "(" {
					return -1
				}
			}
			return -1
		}
	}
	for j := i + 1; j < len(st.toks) && j <= i+4; j++ {
		t := st.toks[j]
		if t.low == ")" {
			if j == i+1 || j+1 < len(st.toks) && st.toks[j+1].low == "," && !participleBy(st, j+2) {
				// "(JNIM), al-Qaeda's branch …": an apposition follows; keep the split (but
				// "(FACA), backed by Russian instructors, retook …" goes on)
				return -1
			}
			return j
		}
		if !isCap(t.text) && !acronymTok(t.text) || verbish(t) {
			if (t.low == "," || t.low == "or") && j > i+1 {
				return altNameBracket(st, i)
			}
			return -1
		}
	}
	return -1
}

// glossBracket: a quoted translation or nickname in brackets ("Operation Hilaac
// ("Lightning"), in December 2024", "the Wagner group ('musicians')"): a gloss of the name
// before it, no clause; it returns the index of the closing bracket, or -1.
func glossBracket(st *sent, i int) int {
	if i+2 >= len(st.toks) || !quoteTok(st.toks[i+1].low) {
		return -1
	}
	for j := i + 2; j < len(st.toks) && j <= i+7; j++ {
		t := st.toks[j]
		if quoteTok(t.low) {
			if j > i+2 && j+1 < len(st.toks) && st.toks[j+1].low == ")" {
				return j + 1
			}
			return -1
		}
		if verbish(t) || t.low == "(" || t.low == ")" || t.low == "." || t.low == ";" {
			return -1
		}
	}
	return -1
}

// participleBy: "backed by", "supported by", "led by" at k.
func participleBy(st *sent, k int) bool {
	return k+1 < len(st.toks) && strings.HasSuffix(st.toks[k].low, "ed") && st.toks[k+1].low == "by"
}

// altNameBracket: "(PMF, or Hashd al-Shaabi)": an acronym and another name of the same body,
// closed before a verb or a preposition (not before a comma: an apposition follows).
func altNameBracket(st *sent, i int) int {
	names := 0
	for j := i + 1; j < len(st.toks) && j <= i+9; j++ {
		t := st.toks[j]
		switch {
		case t.low == ")":
			if names < 2 || j+1 < len(st.toks) && st.toks[j+1].low == "," {
				return -1
			}
			return j
		case t.low == "," || t.low == "or" || t.low == "-":
		case isCap(t.text) || acronymTok(t.text) || strings.HasPrefix(t.low, "al-") || strings.HasPrefix(t.low, "el-"):
			if verbish(t) {
				return -1
			}
			names++
		default:
			return -1
		}
	}
	return -1
}

// acronymTok: "3R", "M23", "G5": digits and capitals, no lower-case letter.
func acronymTok(w string) bool {
	caps := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			caps = true
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	return caps
}

// numeric: digits with separators only ("37", "2,000", "15:00", "3.5"), not "3R".
func numeric(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= '0' && c <= '9' || c == ',' || c == '.' || c == ':') {
			return false
		}
	}
	return true
}

// clockColon: the colon at i is inside a clock time ("18:00"), not a clause boundary.
func clockColon(st *sent, i int) bool {
	return i > 0 && i+1 < len(st.toks) && numeric(st.toks[i-1].text) && numeric(st.toks[i+1].text) &&
		st.toks[i-1].end == st.toks[i].start && st.toks[i].end == st.toks[i+1].start
}

// verbish: a token that looks like a finite verb or auxiliary (past tense, irregular past).
func verbish(t tok) bool {
	switch t.low {
	case "has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "said", "says":
		return true
	}
	if p, ok := irregular[t.low]; ok {
		if strings.HasSuffix(t.low, "men") || t.low == "children" || t.low == "people" {
			return false // irregular plurals: "women and children", "policemen"
		}
		return p != t.low && !strings.HasSuffix(t.low, "ing") && !strings.HasSuffix(t.low, "s")
	}
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !isCap(t.text)
}

var capStop = set("the a an in on at it its he she they we i this that these those there but and or if when while after before as mr mrs ms dr meanwhile hours moreover however also deputy head former")

// containPlaces: a toponym the gazetteer could not place, followed by "in <known place>",
// lies in that place ("the village of Kfarshuba in south Lebanon"): it takes the container's
// country and coordinates with precision 2 (part of a known place).
func containPlaces(st *sent) {
	for i := range st.args {
		a := &st.args[i]
		if a.place == nil || a.isActor || a.s >= a.e || a.place.Geo.Feature == "country" {
			continue
		}
		k := a.e
		if k < len(st.toks) && st.toks[k].low == "," {
			k++ // "near Ansongo, in the Gao region"
		}
		if k >= len(st.toks) || st.toks[k].low != "in" && st.toks[k].low != "near" {
			continue
		}
		k++
		for k < len(st.toks) && (determiners[st.toks[k].low] || directionWords[st.toks[k].low]) {
			k++
		}
		if k >= len(st.toks) || st.toks[k].arg < 0 {
			continue
		}
		c := st.args[st.toks[k].arg]
		cc, admin := "", ""
		var lat, lon float64
		if c.place != nil && c.place.Geo.Country != "" {
			cc, admin, lat, lon = c.place.Geo.Country, c.place.Geo.Admin1, c.place.Geo.Lat, c.place.Geo.Lon
		} else if c.place == nil && c.kind == "GOV" && c.actor.Country != "" && !c.generic && c.e-c.s == 1 {
			cc = c.actor.Country // "in northern Mozambique": a country named as an actor
		}
		if cc == "" {
			continue
		}
		if a.place.Geo.Country == cc {
			continue
		}
		p := *a.place
		if p.Geo.Country != "" {
			// the text places it in another country than the gazetteer did: its namesake
			p.Geo = model.Geo{Name: p.Text, Feature: "other"}
		}
		p.Geo.Country = cc
		p.Geo.Admin1 = admin
		p.Geo.Lat, p.Geo.Lon = lat, lon
		p.Geo.Precision = 2
		if p.Geo.Feature == "" {
			p.Geo.Feature = "other"
		}
		a.place = &p
		a.actor.Country = p.Geo.Country
	}
}

// appositivePlaces: a capitalised name the earlier stages left untagged, described by an
// apposition "X, a town in Y" with Y a known place, is a place in Y's country.
func appositivePlaces(st *sent, text string) {
	for i := 1; i < len(st.toks); i++ {
		t := st.toks[i]
		if t.arg >= 0 || !isCap(t.text) || capStop[t.low] || st.headline {
			continue
		}
		j := i + 1
		for j < len(st.toks) && st.toks[j].arg < 0 && isCap(st.toks[j].text) {
			j++
		}
		if j+3 >= len(st.toks) || st.toks[j].low != "," || !(st.toks[j+1].low == "a" || st.toks[j+1].low == "an" || st.toks[j+1].low == "the") {
			i = j - 1
			continue
		}
		k := j + 2
		for k < len(st.toks) && k <= j+4 && !placeNouns[st.toks[k].low] {
			k++
		}
		if k+2 >= len(st.toks) || !placeNouns[st.toks[k].low] || !(st.toks[k+1].low == "in" || st.toks[k+1].low == "near" || st.toks[k+1].low == "of") {
			i = j - 1
			continue
		}
		q := k + 2
		for q < len(st.toks) && (determiners[st.toks[q].low] || directionWords[st.toks[q].low]) {
			q++
		}
		if q >= len(st.toks) || st.toks[q].arg < 0 {
			i = j - 1
			continue
		}
		c := st.args[st.toks[q].arg]
		if c.place == nil || c.place.Geo.Country == "" {
			i = j - 1
			continue
		}
		name := text[t.start:st.toks[j-1].end]
		g := c.place.Geo
		g.Name, g.Feature, g.Precision, g.GeonamesID = name, "other", 2, 0
		st.addArg(arg{s: i, e: j, place: &model.PlaceMention{Start: t.start, End: st.toks[j-1].end, Text: name, Geo: g},
			actor: model.Actor{Text: name, Country: g.Country}})
		i = j - 1
	}
}

// lowerASCII lower-cases s, without allocating when it is lower case already.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// isNORP reports a NORP entity with exactly this span.
func isNORP(es []model.Entity, s, e int) bool {
	for i := sort.Search(len(es), func(i int) bool { return es[i].Start >= s }); i < len(es) && es[i].Start == s; i++ {
		if es[i].End == e && es[i].Label == model.NORP {
			return true
		}
	}
	return false
}

func nameParticle(s string) bool {
	return s == "al" || s == "bin" || s == "ibn" || s == "de" || s == "van" || s == "von" || s == "le" || s == "da" || strings.HasPrefix(s, "al-") || strings.HasPrefix(s, "el-")
}

func inTimexList(ts []model.Timex, pos int) bool {
	for _, t := range ts {
		if pos >= t.Start && pos < t.End {
			return true
		}
	}
	return false
}

// flagState: the country of a "<Demonym>-flagged" modifier ("Liberian-flagged",
// "Panama-flagged"), or "".
func flagState(low string) string {
	d, ok := strings.CutSuffix(low, "-flagged")
	if !ok {
		return ""
	}
	if c, ok := flagStates[d]; ok {
		return c
	}
	return demonyms[d]
}

// flagStates are the open registries that flag much of the world's merchant fleet and are
// missing from the demonym table.
var flagStates = map[string]string{
	"liberian": "LR", "liberia": "LR", "panamanian": "PA", "panama": "PA", "maltese": "MT", "malta": "MT",
	"bahamian": "BS", "bahamas": "BS", "singaporean": "SG", "singapore": "SG", "barbados": "BB",
	"palau": "PW", "togo": "TG", "togolese": "TG", "comoros": "KM", "belize": "BZ", "norwegian": "NO",
	"danish": "DK", "dutch": "NL", "portuguese": "PT", "antigua": "AG", "tuvalu": "TV", "cameroonian": "CM",
}

// sponsorModifier: a name that ends inside a compound modifier, "Iran-backed militias",
// "Rwanda-backed M23 rebels", "Saudi-led coalition": the sponsor, not the actor of the clause
// (the head noun after it is).
func sponsorModifier(text string, end int) bool {
	if end < 0 || end >= len(text) || text[end] != '-' {
		return false
	}
	rest := strings.ToLower(text[end+1 : min(len(text), end+12)])
	for _, w := range []string{"backed", "led", "allied", "aligned", "supported", "sponsored", "funded", "armed", "trained"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// placeCovers: a place mention the geo stage did not read as metonymic is direction words
// before [start, end) ("southwestern Colombia"; the actor stage reads the bare name after a
// preposition as a place only with some direction words).
func placeCovers(ps []model.PlaceMention, start, end int) bool {
	for i := range ps {
		p := &ps[i]
		if p.Start > start {
			break
		}
		if !p.Metonymy && p.End == end && p.Start < start && directionPrefix(strings.ToLower(p.Text[:start-p.Start])) {
			return true
		}
	}
	return false
}

// directionPrefix: s is one or more direction words ("southwestern ", "far north ").
func directionPrefix(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		if !directionWords[w] && !compassWords[w] && !compassWords[strings.TrimSuffix(w, "ern")] && w != "far" {
			return false
		}
	}
	return len(ws) > 0
}

// knownPlaces maps the text of each geocoded sub-national place mention of the document to the
// mention: a name the tagger labels a place in one sentence is the same place in another,
// where it took it for an organisation or a person. A name the geo stage also reads as a
// country or as an actor elsewhere is left out.
func knownPlaces(a *model.Annotation) map[string]*model.PlaceMention {
	var m map[string]*model.PlaceMention
	for k := range a.Places {
		p := &a.Places[k]
		if p.Metonymy || p.Geo.Feature == "country" || p.Geo.Country == "" || p.Text == "" || !hasUpper(p.Text) {
			continue
		}
		if m == nil {
			m = map[string]*model.PlaceMention{}
		}
		if _, ok := m[p.Text]; !ok {
			m[p.Text] = p
		}
	}
	for _, am := range a.Actors {
		if m == nil {
			break
		}
		if am.Actor.Name != "" && am.End-am.Start > 0 && am.End <= len(a.Doc.Text) {
			delete(m, a.Doc.Text[am.Start:am.End])
		}
	}
	return m
}

// hasUpper: s holds an upper-case letter ("al-Mazraa").
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// placeSlot: tokens [i,j) stand where a place name stands: after a locative preposition or a
// verb of taking ground, and not before a noun they modify ("the Koui health centre").
func placeSlot(st *sent, i, j int) bool {
	if i == 0 {
		return false
	}
	if p := st.toks[i-1]; !locPreps[p.low] && !takeGroundVerbs[p.lem] {
		return false
	}
	if j >= len(st.toks) {
		return true
	}
	n := st.toks[j].low
	if n == "" || !isLetterByte(n[0]) || afterPlaceWords[n] {
		return true
	}
	return false
}

// unknownTownSlot: the one-word name at i (a mixed-case word of four or more letters, not an
// acronym) follows "at", "near" or "in" and ends its phrase.
func unknownTownSlot(st *sent, i, j int) bool {
	if i == 0 || !placeSlot(st, i, j) {
		return false
	}
	switch st.toks[i-1].low {
	case "at", "near", "in":
	default:
		return false
	}
	w := st.toks[i].text
	if len(w) < 4 || !isCap(w) || strings.ToUpper(w) == w {
		return false
	}
	for _, r := range w[1:] {
		if unicode.IsUpper(r) {
			return false // ("YouTube", "PetroChina"): brands, not villages
		}
	}
	return true
}

var (
	takeGroundVerbs = set("storm enter seize capture overrun raid besiege")
	afterPlaceWords = set("on in at near and or after before late early last this that when where while during from to for since until as but by with district province region village town city county")
)

// hasLetter: s holds a letter (a name, not a bare number).
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
