package events

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// episodeWindow is how many sentences back an undated act looks for the day of its episode.
const episodeWindow = 6

// episodeDate: an asserted act of the current story that no rule dated (wire copy tells one
// episode over several sentences and dates it once: "Police moved in at dawn Tuesday on the
// bridge. Protesters threw stones at the advancing police …") takes the nearest date told
// before it in the text, when that date belongs to the current story (not a background
// paragraph: "In June 2025, clashes …" stops the search); failing that, within the first
// sentences of the story, the document's dominant day.
func (x *extractor) episodeDate(c *cand) {
	if c.dateSet || c.modality != "" && c.modality != "asserted" || c.background || c.reportedPerfect {
		// ("the army said on Tuesday it had killed 40": anterior to the report, day unknown)
		return
	}
	st := c.s
	for k := c.ti - 1; k >= 0 && k >= c.ti-2; k-- {
		switch st.toks[k].low {
		case "have", "has", "been":
			return // "have blocked highways since …": a running episode, no day of its own
		}
	}
	for k := 0; k < len(st.toks); k++ {
		switch st.toks[k].low {
		case "since", "until", "ago":
			return
		}
	}
	if opensNewEvent(st) {
		return // "Separately, gunmen abducted 12 villagers": another episode, its day untold
	}
	pos := -1
	for i, s := range x.sents {
		if s == st {
			pos = i
			break
		}
	}
	if pos < 0 {
		return
	}
	for i := pos; i >= 0 && i >= pos-episodeWindow; i-- {
		s := x.sents[i]
		if s.headline || s == st {
			continue // (the rules above weighed every date of the act's own sentence)
		}
		order := make([]int, 0, len(s.timexes))
		var reports []int
		for j := len(s.timexes) - 1; j >= 0; j-- {
			ti, _ := tokRange(s.toks, s.timexes[j].Start, s.timexes[j].End)
			if ti < 0 || futureClause(s, ti) {
				continue // "… and said he would travel to Israel on Thursday": a plan's day
			}
			if statementDate(s, ti) {
				continue // "In a statement on Wednesday, …": the day of the statement, not of the acts
			}
			if reportDate(s, ti) {
				reports = append(reports, j) // "…, security sources said on Monday": the news day,
				continue                     // used only when the sentence tells no other
			}
			order = append(order, j)
		}
		order = append(order, reports...)
		if s != st && len(s.timexes) > 1 {
			// "On Tuesday, crowds defied a curfew declared on Monday evening …": the day
			// that opens a sentence frames all of it
			if ti, _ := tokRange(s.toks, s.timexes[0].Start, s.timexes[0].End); ti >= 0 && ti <= 2 {
				order = []int{0}
			}
		}
		for _, j := range order {
			tx := s.timexes[j]
			if tx.Value == "" || isRelPhrase(s, tx) && !strings.HasSuffix(strings.ToLower(tx.Text), "later") {
				continue
			}
			if ti, _ := tokRange(s.toks, tx.Start, tx.End); ti > 0 && s.toks[ti-1].low == "since" {
				continue
			}
			d := model.Date{Value: tx.Value, Precision: tx.Precision}
			if d.Precision == "" {
				d.Precision = precisionOf(tx.Value)
			}
			if isBackground(d, x.a.Ref, x.dominant) || x.a.Ref != "" && len(tx.Value) >= 10 && tx.Value[:10] > x.a.Ref {
				return // a background paragraph (or a date ahead: a plan), not this story's day
			}
			c.date, c.dateSet, c.dateInherited = d, true, true
			return
		}
	}
	if pos-episodeWindow <= 0 && x.dominant != "" {
		c.date, c.dateSet, c.dateInherited = model.Date{Value: x.dominant, Precision: "day"}, true, true
	}
}

// precisionOf: the precision a normalised date value states.
func precisionOf(v string) string {
	switch len(v) {
	case 4:
		return "year"
	case 7:
		return "month"
	case 10:
		return "day"
	}
	return "unknown"
}

// whenEpisode: the trigger lies in a clause opened by ", when" or ", in which" right after a
// dated phrase ("the deadliest since April 2025, when militants killed 26 people", "the riots
// of August 2024, in which 40 people were killed"): an earlier episode, told with its own
// date even though the sentence is a comparison or a running total. It returns the index of
// that timex in st.timexes, or -1.
func whenEpisode(st *sent, c *cand) int {
	for k := c.ti - 1; k >= 1; k-- {
		t := st.toks[k].low
		if t == "." || t == ";" {
			return -1
		}
		opener := 0
		if t == "when" {
			opener = 1
		} else if t == "which" && st.toks[k-1].low == "in" {
			opener = 2
		}
		if opener == 0 {
			continue
		}
		comma := k - opener
		if comma < 1 || st.toks[comma].low != "," {
			return -1
		}
		end := st.toks[comma-1].end
		for i, tx := range st.timexes {
			if tx.Value != "" && tx.End == end {
				return i
			}
		}
		return -1
	}
	return -1
}

// periodClause: token i lies in a clause ", in/during which …" that hangs on a stretch of
// time ("two days of protests, in which at least 12 people were killed", "weeks of
// fighting, during which …"): its toll is the period's, no single day's.
func periodClause(st *sent, i int) bool {
	for k := i - 1; k >= 2; k-- {
		l := st.toks[k].low
		if l == "." || l == ";" {
			return false
		}
		if l != "which" || st.toks[k-1].low != "in" && st.toks[k-1].low != "during" || st.toks[k-2].low != "," {
			continue
		}
		for m := k - 3; m >= 0 && m >= k-16; m-- {
			switch st.toks[m].low {
			case "days", "weeks", "months", "years", "nights":
				if m+1 < len(st.toks) && st.toks[m+1].low == "of" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// futureClause: the clause of token i speaks of a plan ("would travel … on Thursday", "is
// expected to meet … on Friday").
func futureClause(st *sent, i int) bool {
	cl := st.toks[i].clause
	for k := i - 1; k >= 0 && st.toks[k].clause == cl; k-- {
		switch st.toks[k].low {
		case "will", "would", "shall", "plans", "planned", "scheduled", "expected", "due", "'ll":
			return true
		}
	}
	return false
}

// namedPersons: how many named persons the trigger's object names ("arrested journalist Maria
// Lopez", "detained Ana Ruiz and Luis Mora"); 0 when the object is no name.
func namedPersons(x *extractor, c *cand) int {
	st := c.s
	end := c.tj
	for end < len(st.toks) && end < c.tj+8 {
		switch st.toks[end].low {
		case "in", "at", "on", "from", "after", "for", "during", "near", "who", "which", "while", ";", ".":
			goto done
		}
		if st.toks[end].clause != st.toks[c.ti].clause {
			break
		}
		end++
	}
done:
	if end <= c.tj {
		return 0
	}
	lo, hi := st.toks[c.tj].start, st.toks[end-1].end
	n := 0
	for _, en := range x.a.Entities {
		if en.Start >= hi {
			break
		}
		if en.Start >= lo && en.Label == model.PERSON {
			n++
		}
	}
	return n
}

// releasePlace: people freed after an abduction told just before ("seized six officers in X
// … . The officers were freed on Wednesday") are freed where they were held: the place of
// the last abduction within three sentences before.
func releasePlace(all []*cand, c *cand) {
	var best *cand
	for _, p := range all {
		if p.typ == "ASSAULT" && p.mode == "abduct" && p.place != nil && !p.placeFallback && p.s.idx < c.s.idx && p.s.idx >= c.s.idx-3 {
			best = p
		}
	}
	if best != nil {
		q := *best.place
		c.place, c.placeFallback = &q, true
	}
}

// ledeDates: an undated act of the lede with no date told before it ("… after at least 32 men
// were killed in an ambush in the Highlands.") summarises the act the next sentences date
// ("Gunmen ambushed … on Monday"): it takes the day of the first dated act of its type in the
// two sentences after it, so that merging can join the two mentions.
func (x *extractor) ledeDates(all []*cand) {
	for _, c := range all {
		byReport := c.dateSet && x.reportDated(c)
		if c.dateSet && !byReport || c.modality != "" && c.modality != "asserted" || c.background || c.reportedPerfect || c.typ != "ASSAULT" && c.typ != "PROTEST" {
			continue // (a lede summarises the violence; a deployment or a raid beside it has its own day)
		}
		if x.toldBefore(c.s) || c.noun && c.typ == "ASSAULT" && !c.conseqOnly && len(c.sources) == 0 && c.counts == (model.Counts{}) {
			continue // (nor a bare "following an armed attack on a police patrol": a cause told in passing)
		}
		for _, p := range all {
			if p.typ != c.typ || !p.dateSet || p.date.Precision != "day" || p.background || p.modality != "asserted" || p.s.idx <= c.s.idx || p.s.idx > c.s.idx+2 {
				continue
			}
			if byReport && (p.date.Value >= c.date.Value || x.reportDated(p) || opensNewEvent(p.s)) {
				continue // (a lede dated by its report takes only an earlier day the story tells)
			}
			c.date, c.dateSet = model.Date{Value: p.date.Value, Precision: "day"}, true
			break
		}
	}
}

// reportDated: c's day is that of the reporting verb of its sentence, after the act ("killed
// 34 civilians …, local sources told AFP on Monday"): the day the news came, not the act's.
func (x *extractor) reportDated(c *cand) bool {
	if c.date.Precision != "day" {
		return false
	}
	st := c.s
	for _, tx := range st.timexes {
		if tx.Value != c.date.Value || tx.Precision != "day" {
			continue
		}
		ti, _ := tokRange(st.toks, tx.Start, tx.End)
		if ti > c.ti && (reportDate(st, ti) || toldDate(st, ti)) && !passiveReport(st, ti) {
			return true
		}
	}
	return false
}

// toldDate: the timex at token i dates "told <someone>" ("told AFP on Monday", "told
// reporters on Monday").
func toldDate(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 3 && reportGap[st.toks[k].low] {
		k--
	}
	if k < 1 {
		return false
	}
	if a := st.toks[k].arg; a >= 0 {
		k = st.args[a].s - 1
	} else if st.toks[k].low == "reporters" || st.toks[k].low == "journalists" {
		k--
	} else {
		// an outlet the actor stage does not know ("told Lusa on Tuesday", "told The Associated
		// Press")
		for n := 0; n < 3 && k > 0 && isCap(st.toks[k].text) && st.toks[k].arg < 0; n++ {
			k--
		}
	}
	return k >= 0 && k < i-1 && st.toks[k].lem == "tell"
}

// toldBefore: some sentence before st (not a headline) holds a dated timex.
func (x *extractor) toldBefore(st *sent) bool {
	for _, s := range x.sents {
		if s == st {
			return false
		}
		if s.headline {
			continue
		}
		for _, tx := range s.timexes {
			if tx.Value != "" {
				return true
			}
		}
	}
	return false
}

// vehicleNouns are vehicles and craft whose attack names a target without naming its owner.
var vehicleNouns = set("vehicle vehicles convoy column truck trucks lorry lorries canoe canoes boat boats pickup pickups car cars jeep jeeps motorcycle motorcycles tanker tankers")

// vehicleOwners: modifiers that tell whose vehicles were hit.
var vehicleOwners = map[string]string{"government": "GOV", "army": "MIL", "military": "MIL", "police": "COP", "rebel": "REB", "militant": "REB"}

// vehicleObject reads a direct object "(a column of) [modifiers] <vehicles>" right after the
// trigger phrase ending at tj ("struck a column of government vehicles", "bombed canoes
// carrying fighters"): an unnamed target, its kind from an owner modifier.
func vehicleObject(text string, st *sent, tj int) (model.Actor, bool) {
	k := tj
	if k < len(st.toks) && (st.toks[k].low == "on" || st.toks[k].low == "at") {
		k++
	}
	if k < len(st.toks) && (determiners[st.toks[k].low] || isNumberTok(st.toks[k].low)) {
		k++
	}
	start, kind := k, ""
	for n := 0; k < len(st.toks) && n < 5; k, n = k+1, n+1 {
		t := st.toks[k]
		if t.arg >= 0 && !st.args[t.arg].norp && !st.args[t.arg].generic {
			return model.Actor{}, false
		}
		if vehicleNouns[t.low] {
			if (t.low == "column" || t.low == "convoy") && k+1 < len(st.toks) && st.toks[k+1].low == "of" {
				k++ // "a column of government vehicles": the vehicles
				continue
			}
			if start >= len(st.toks) {
				return model.Actor{}, false
			}
			return model.Actor{Text: text[st.toks[start].start:t.end], Kind: kind, Affiliations: []string{}}, true
		}
		if o, ok := vehicleOwners[t.low]; ok {
			kind = o
			continue
		}
		if !startsLetter(t.low) || objectStops[t.low] {
			return model.Actor{}, false
		}
	}
	return model.Actor{}, false
}

// carrierNouns are companies' craft and services a closure can be aimed at.
var carrierNouns = set("airline airlines carrier carriers aircraft flights ships vessels trucks traders goods exports imports")

// closedTo reads "… to <demonym(-owned)> airlines/ships/…" after a closure trigger ending at tj
// ("closed its airspace to Indian-owned airlines", "shut the port to Russian ships"): a target
// of the demonym's country; a named actor after "to" is left to the argument rules.
func closedTo(text string, st *sent, tj int) (model.Actor, bool) {
	k := tj
	if k < len(st.toks) && st.toks[k].low != "to" {
		return model.Actor{}, false
	}
	k++
	if k < len(st.toks) && (st.toks[k].low == "all" || determiners[st.toks[k].low]) {
		k++
	}
	start, country := k, ""
	for n := 0; k < len(st.toks) && n < 6; k, n = k+1, n+1 {
		t := st.toks[k]
		w := t.low
		if (w == "and" || w == "or") && country != "" {
			continue // "Indian-owned and Indian-operated airlines"
		}
		if i := strings.IndexByte(w, '-'); i > 0 {
			w = w[:i] // "indian-owned", "russian-flagged"
		}
		if c, ok := demonyms[w]; ok && c != "" {
			country = c
			continue
		}
		if carrierNouns[t.low] || carrierNouns[t.lem] {
			if country == "" || start >= len(st.toks) {
				return model.Actor{}, false
			}
			return model.Actor{Text: text[st.toks[start].start:t.end], Country: country, Kind: "BUS", Affiliations: []string{}}, true
		}
		if !startsLetter(t.low) || objectStops[t.low] {
			return model.Actor{}, false
		}
	}
	return model.Actor{}, false
}
