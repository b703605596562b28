package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Datelines. Wire copy opens the body with the place of filing written in capitals:
//
//	TRIPOLI, Libya (AP) —            BAMAKO, Mali (Reuters) -       KYIV —
//	GUSAU, Nigeria, Aug 14 (Reuters) -   NARATHIWAT:   JERUSALEM/ADEN, Oct 19 (Reuters) -
//	JORHAT, Aug 14:
//
// The entity tagger rarely tags such names (or tags them ORG), and the capitalised-run scan takes
// an all-capital word for an acronym. findDateline reads the first lines of the body for that
// shape and adds the names as mentions: a run of all-capital words at the start of a line (two
// runs joined by a slash), followed by a colon, or by optional ", segment" parts (a country or
// state, a date) and an "(Agency)" and/or a dash, with mixed-case body text after it (an
// all-capital headline is no dateline). A name is taken only when the gazetteer knows it by its
// own name (or it is an alternate name of a city of 200,000) and a country after the comma
// contains it; a town the gazetteer lacks is put in that country.

// dlMaxLines and dlMaxBytes bound the search: bylines, "Updated" lines and captions may come
// before the dateline, the body's first paragraph does not come much later.
const (
	dlMaxLines = 12
	dlMaxBytes = 2500
	dlMaxWords = 5 // words of one capitalised name ("BANDAR SERI BEGAWAN", "RIO DE JANEIRO")
)

// Dateline forms, from strongest: "(Agency)" or ", Country"; a bare dash; a colon.
const (
	dlNone uint8 = iota
	dlColon
	dlDash
	dlStrong
)

// capsTok reports a word token written in capitals: at least one upper-case letter, no
// lower-case one.
func (r *resolver) capsTok(i int) bool {
	t := &r.toks[i]
	if !t.word || !t.cap {
		return false
	}
	s := r.text[t.s:t.e]
	up := false
	for j := 0; j < len(s); {
		c := s[j]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				return false
			}
			if c >= 'A' && c <= 'Z' {
				up = true
			}
			j++
			continue
		}
		rr, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLower(rr) {
			return false
		}
		if unicode.IsUpper(rr) {
			up = true
		}
		j += n
	}
	return up
}

// tokText returns the text of token i.
func (r *resolver) tokText(i int) string { return r.text[r.toks[i].s:r.toks[i].e] }

// apos reports token i an apostrophe, straight or curly (the mark of "X's").
func (r *resolver) apos(i int) bool {
	t := r.tokText(i)
	return t == "'" || t == "’"
}

// capsRun returns the end of a run of capitalised words starting at token i on one line: words
// joined by one space, a hyphen glued to both ("PORT-AU-PRINCE") or an abbreviation dot
// ("ST. LOUIS"). It returns i when token i does not start such a run.
func (r *resolver) capsRun(i int) int {
	toks := r.toks
	if i >= len(toks) || !r.capsTok(i) {
		return i
	}
	j, words := i+1, 1
	for j < len(toks) && words < dlMaxWords {
		gap := r.text[toks[j-1].e:toks[j].s]
		k := j
		switch {
		case gap == " " && toks[k].word:
		case gap == "" && !toks[k].word && k+1 < len(toks) && toks[k+1].s == toks[k].e && r.tokText(k) == "-":
			k++
		case gap == "" && r.tokText(k) == "." && toks[j-1].e-toks[j-1].s <= 3 && k+1 < len(toks) && r.text[toks[k].e:toks[k+1].s] == " ":
			k++ // "ST. LOUIS", "FT. WORTH"
		case gap == "" && r.apos(k) && k+2 < len(toks) && toks[k+1].s == toks[k].e && r.tokText(k+1) == "S" && r.text[toks[k+1].e:toks[k+2].s] == " ":
			// "COX'S BAZAR", "KING'S LYNN": a possessive inside the name
			j, k = k+2, k+2
		default:
			return j
		}
		if k >= len(toks) || !r.capsTok(k) {
			return j
		}
		j, words = k+1, words+1
	}
	return j
}

// dlRun is one capitalised name of a dateline: tokens [ts, te).
type dlRun struct{ ts, te int }

// datelineAt reads a dateline starting at token i on a line that ends at byte le.
func (r *resolver) datelineAt(i, le int) (runs [2]dlRun, n int, form uint8, cs, ce int, ok bool) {
	toks := r.toks
	j := r.capsRun(i)
	if j == i || toks[j-1].e > le {
		return
	}
	runs[0] = dlRun{i, j}
	n = 1
	punct := func(k int) string {
		if k < len(toks) && !toks[k].word && toks[k].s < le {
			return r.tokText(k)
		}
		return ""
	}
	// "JERUSALEM/ADEN": a second name after a slash.
	if punct(j) == "/" && j+1 < len(toks) {
		if j2 := r.capsRun(j + 1); j2 > j+1 && toks[j2-1].e <= le {
			runs[1] = dlRun{j + 1, j2}
			n = 2
			j = j2
		}
	}
	k := j
	switch p := punct(k); {
	case p == ":" && toks[k].s == toks[k-1].e:
		form = dlColon
		k++
	default:
		// ", Country", ", Aug 14": up to three comma segments of at most six words, then an
		// "(Agency)" and/or a dash.
		for seg := 0; seg < 3 && punct(k) == "," && toks[k].s == toks[k-1].e; seg++ {
			s := k + 1
			e := s
			for e < len(toks) && toks[e].s < le && e-s < 8 && (toks[e].word || r.tokText(e) == "." || r.apos(e)) {
				e++
			}
			if e == s || e-s >= 8 {
				return runs, n, dlNone, 0, 0, false
			}
			if seg == 0 && toks[s].cap && !monthWord(r.low(s)) {
				cs, ce = s, e
			}
			k = e
		}
		segs := k > j
		agency := false
		if punct(k) == "(" {
			e := k + 1
			for e < len(toks) && toks[e].s < le && e-k <= 6 && punct(e) != ")" {
				e++
			}
			if punct(e) != ")" || e == k+1 || !toks[k+1].cap {
				return runs, n, dlNone, 0, 0, false
			}
			agency = true
			k = e + 1
			if punct(k) == "." { // "(EFE).-"
				k++
			}
		}
		dash := false
		for punct(k) == "-" || punct(k) == "—" || punct(k) == "–" || punct(k) == "−" {
			dash = true
			k++
		}
		if !dash && !agency && segs && punct(k) == ":" && toks[k].s == toks[k-1].e {
			dash = true // "JORHAT, Aug 14:" (the Indian and Pakistani press): a colon after the segments
			k++
		}
		switch {
		case agency || dash && segs:
			form = dlStrong
		case dash:
			form = dlDash // "KYIV —"
		default:
			return runs, n, dlNone, 0, 0, false
		}
	}
	// Mixed-case body text must follow on the line: an all-capital headline is no dateline.
	if k >= len(toks) || toks[k].s >= le {
		return runs, n, dlNone, 0, 0, false
	}
	lower := false
	for x := toks[k].s; x < le; x++ {
		if c := r.text[x]; c >= 'a' && c <= 'z' {
			lower = true
			break
		}
	}
	if !lower {
		return runs, n, dlNone, 0, 0, false
	}
	return runs, n, form, cs, ce, true
}

// monthWord reports a month name or abbreviation ("Aug", "Sept", "October").
func monthWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
		"november", "dec", "december":
		return true
	}
	return false
}

// addDateline adds the names of the body's dateline as mentions (marked dateline) and marks
// their tokens covered: the first line, among the first dlMaxLines, that has the shape of a
// dateline and names a place ("WRITER: …", "BREAKING: …" lines are passed over). A name an entity
// already tags as a place is left to that entity; one tagged exactly as an organisation, person
// or group (taggers read "ISLAMABAD" as an acronym) becomes a place entity when it resolves.
func (r *resolver) addDateline(covered []bool) {
	text := r.text
	lines := 0
	for ls := 0; ls < len(text) && ls < dlMaxBytes && lines < dlMaxLines; {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		if strings.TrimSpace(text[ls:le]) != "" {
			lines++
			if runs, n, form, cs, ce, ok := r.datelineAt(r.tokAt(ls), le); ok && r.addDatelineNames(runs[:n], form, cs, ce, covered) {
				return
			}
		}
		ls = le + 1
	}
	r.addLineDateline(covered)
}

// Standalone datelines. Some papers print the place of filing alone on a line between the byline
// block and the body (the Kathmandu Post, many South Asian and African papers):
//
//	Post Report
//	Published at : November 11, 2026
//	Kathmandu
//	The prime minister resigned on Tuesday …
//
// lineDateline finds such a line: after the headline and before any body paragraph, one to four
// capitalised words and nothing else, followed by a body paragraph. A section label ("World",
// "Pacific", "Africa") has the same shape, so the name must be a town (addLineDateline).

// dlBodyMin is the length of a line that is body text (a paragraph, not a label or a headline).
const dlBodyMin = 100

// bodyLine reports a line of running text: long, with lower-case letters.
func bodyLine(line string) bool {
	if len(line) < dlBodyMin {
		return false
	}
	for i := 0; i < len(line); i++ {
		if c := line[i]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// nameLine reports a line that is only a capitalised name of one to four words ("Kathmandu",
// "Port Moresby", "DAR ES SALAAM" is allowed too: lower-case connectors of up to three letters).
func nameLine(line string) bool {
	if len(line) < 3 || len(line) > 40 {
		return false
	}
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for wi, w := range words {
		r0, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r0) {
			if wi == 0 || wi == len(words)-1 || len(w) > 3 {
				return false
			}
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
	}
	return true
}

// LineDateline returns the byte span of a standalone dateline line in text (see nameLine): the
// name alone on a line after the headline and before the first body paragraph, followed by one.
// It reads the shape only; whether the name is a town is the gazetteer's to say (Resolve adds
// the place; DatelinePlace returns it).
func LineDateline(text string) (start, end int, ok bool) {
	lines, prevName := 0, -1
	var ps, pe int
	for ls := 0; ls < len(text) && ls < dlMaxBytes && lines < dlMaxLines; {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		line := strings.TrimSpace(text[ls:le])
		if line != "" {
			lines++
			if bodyLine(line) {
				if prevName == lines-1 {
					return ps, pe, true
				}
				return 0, 0, false
			}
			if lines > 1 && nameLine(line) {
				off := strings.Index(text[ls:le], line)
				ps, pe, prevName = ls+off, ls+off+len(line), lines
			}
		}
		ls = le + 1
	}
	return 0, 0, false
}

// DatelinePlace returns the place of a document's standalone dateline line (LineDateline) as
// Resolve placed it, when there is one: the town the article was filed from, for events with no
// place of their own in the text. Wire datelines ("TRIPOLI, Libya (AP) —") open a sentence and
// are left to the caller.
func DatelinePlace(a *model.Annotation) (model.PlaceMention, bool) {
	if a == nil || a.Doc == nil {
		return model.PlaceMention{}, false
	}
	s, e, ok := LineDateline(a.Doc.Text)
	if !ok {
		return model.PlaceMention{}, false
	}
	for _, p := range a.Places {
		if p.Start == s && p.End == e {
			return p, p.Geo.Feature == "city" || p.Geo.Feature == "other"
		}
	}
	return model.PlaceMention{}, false
}

// addLineDateline adds a standalone dateline (LineDateline) when no wire dateline was found:
// the name must be a town by its own name (not a country, region or division: those are section
// labels), not a common word, and no entity may cover it other than as a place.
func (r *resolver) addLineDateline(covered []bool) {
	for i := range r.ments {
		if r.ments[i].dateline != dlNone {
			return
		}
	}
	s, e, ok := LineDateline(r.text)
	if !ok {
		return
	}
	ts := r.tokAt(s)
	te := ts
	for te < len(r.toks) && r.toks[te].s < e {
		if covered[te] {
			return // tagged: the entity's mention places it
		}
		te++
	}
	if te == ts {
		return
	}
	m := mention{ent: -1, best: -1, sent: r.toks[ts].sent, dateline: dlDash}
	m.ts, m.te, m.s, m.e, m.ps = ts, te, s, e, s
	if !r.lookup(&m, s, e) || !r.datelineCands(&m, nil) {
		return
	}
	out := m.cands[:0]
	for _, c := range m.cands {
		if c.prim && r.g.places[c.p].feat == featCity {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return
	}
	m.cands = out
	r.prepare(&m)
	for x := ts; x < te; x++ {
		covered[x] = true
	}
	r.ments = append(r.ments, m)
}

// addDatelineNames adds the mentions of one dateline; it reports whether the dateline names a
// place (a name with a candidate, or a container after the comma), else it adds nothing.
func (r *resolver) addDatelineNames(runs []dlRun, form uint8, cs, ce int, covered []bool) bool {
	var cont []cand
	if cs < ce {
		var tmp mention
		if r.lookup(&tmp, r.toks[cs].s, r.toks[ce-1].e) {
			for _, c := range tmp.cands {
				if c.prim && r.g.isContainer(c.p) && r.g.places[c.p].flags&flagApprox == 0 {
					c.base = r.g.baseScore(c, false)
					cont = append(cont, c)
				}
			}
		}
	}
	var ms [2]mention
	n, any := 0, false
	for k, run := range runs {
		ts, te := run.ts, run.te
		s, e := r.toks[ts].s, r.toks[te-1].e
		m := mention{ent: -1, best: -1, sent: r.toks[ts].sent, dateline: form}
		// An entity over the name: a place entity already made a mention; an organisation,
		// person or group entity of exactly the name may be relabelled.
		skip := false
		for i := range r.a.Entities {
			en := &r.a.Entities[i]
			if en.End <= s || en.Start >= e {
				continue
			}
			if en.Start == s && en.End <= e && en.Actor == "" && (en.Label == model.ORG || en.Label == model.PERSON || en.Label == model.NORP) {
				// ("[COX]'S BAZAR": a cut organisation span is widened to the name when it
				// resolves, below)
				m.ent = i
				continue
			}
			if (en.Label == model.GPE || en.Label == model.LOC || en.Label == model.FAC) && k == len(runs)-1 && len(cont) > 0 && en.Start == s && en.End == e && !r.entMention(i) {
				// "[PALLEKELE]GPE, Sri Lanka —": a tagged name the gazetteer lacks made no
				// mention; the dateline's makes one, placed in the container (session 22)
				m.ent = i
				continue
			}
			skip = true
			if en.Label == model.GPE || en.Label == model.LOC || en.Label == model.FAC {
				any = true // "BOGOTA, Colombia (AP) —" tagged: the dateline is found, and placed
				if k == len(runs)-1 && len(cont) > 0 && en.Start == s && en.End == e {
					r.containTagged(i, cont)
				}
			}
		}
		if skip {
			continue
		}
		m.ts, m.te, m.s, m.e, m.ps = ts, te, s, e, s
		r.lookup(&m, s, e)
		if k == len(runs)-1 && len(cont) > 0 {
			m.dlCont = true
		}
		if r.datelineCands(&m, cont) || m.dlCont {
			any = true
		}
		r.prepare(&m)
		ms[n] = m
		n++
	}
	if !any {
		return false
	}
	r.dlCont = cont
	if len(cont) > 0 {
		last := runs[len(runs)-1]
		r.dlName = [2]int{r.toks[last.ts].s, r.toks[last.te-1].e}
		r.containerReadings(r.toks[cs].s, r.toks[ce-1].e, cont)
	}
	for _, m := range ms[:n] {
		if m.ent >= 0 && r.a.Entities[m.ent].End < m.e {
			if len(m.cands) == 0 {
				m.ent = -1 // (the unknown name gets an entity of its own)
			} else {
				en := &r.a.Entities[m.ent]
				en.End, en.Text = m.e, r.text[m.s:m.e]
			}
		}
		for x := m.ts; x < m.te; x++ {
			covered[x] = true
		}
		r.ments = append(r.ments, m)
	}
	return true
}

// containerReadings keeps, of the readings of the tagger's mention of the dateline's container
// (bytes [s, e): "New York" of "DELHI, New York —"), the container readings the dateline reader
// took (a country or a division): a town is filed from a state, not from a city of the state's
// name (session 15: New York City had been the container, and the town's fallback sat there).
func (r *resolver) containerReadings(s, e int, cont []cand) {
	for j := range r.ments {
		o := &r.ments[j]
		if o.s != s || o.e != e || o.ent < 0 {
			continue
		}
		isCont := func(c cand) bool {
			for _, k := range cont {
				if c.p == k.p {
					return true
				}
			}
			return false
		}
		if out := keepCands(o.cands, isCont); len(out) > 0 {
			o.cands = out
		}
	}
}

// keepCands returns the candidates keep accepts, in a new slice (the candidates' array may be a
// shared slab).
func keepCands(cs []cand, keep func(cand) bool) []cand {
	out := make([]cand, 0, len(cs))
	for _, c := range cs {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}

// entMention reports a mention made of entity i.
func (r *resolver) entMention(i int) bool {
	for j := range r.ments {
		if r.ments[j].ent == i {
			return true
		}
	}
	return false
}

// containTagged keeps, of the readings of the tagger's mention of entity i (a dateline name
// before its container: "DELHI, New York —", "SIMCOE, Ont. —"), those inside the container, as
// datelineCands does for the names it reads itself; with none left the name is a town the
// gazetteer lacks, and datelineFallback places it in the container (not Delhi, India).
func (r *resolver) containTagged(i int, cont []cand) {
	for j := range r.ments {
		o := &r.ments[j]
		if o.ent != i {
			continue
		}
		o.cands = keepCands(o.cands, func(c cand) bool { return r.insideAny(c.p, cont) })
		o.dlCont = true
	}
}

// datelineCands keeps the candidates a dateline name may be: its own name (or an alternate name
// of a city of 200,000), not a common word after a bare colon or dash, inside the country named
// after the comma. It reports whether any is left.
func (r *resolver) datelineCands(m *mention, cont []cand) bool {
	letters := 0
	for i := m.s; i < m.e; i++ {
		if isLetterByte(r.text[i]) {
			letters++
		}
	}
	if letters < 3 {
		m.cands = m.cands[:0]
		return false
	}
	name := ""
	if m.te-m.ts == 1 {
		name = r.low(m.ts)
	}
	out := m.cands[:0]
	for _, c := range m.cands {
		p := &r.g.places[c.p]
		// An alternate name counts for a big city, or for a city the container after the
		// comma vouches for ("GENEVA, Switzerland": Genève, 180,000, not the canton).
		if !c.prim && !(p.feat == featCity && m.keyLen >= 5 && p.flags&flagSite == 0 && (p.pop >= 200000 || m.dlCont && p.pop >= 50000)) {
			continue
		}
		if m.dateline != dlStrong && (p.flags&flagCommon != 0 || commonNames[name]) {
			continue // "SPLIT:" may be a label; "SPLIT, Croatia (Reuters) —" is the town
		}
		if p.flags&flagApprox != 0 && m.dateline != dlStrong {
			continue
		}
		if m.dlCont {
			in := false
			for _, o := range cont {
				if r.g.inside(c.p, o.p) {
					in = true
					break
				}
			}
			if !in {
				continue
			}
		}
		out = append(out, c)
	}
	// A dateline names the town the reporter files from: a city of the name beats a division
	// of the same name ("SALZBURG, Austria", "TUCUMAN, Argentina"). Countries keep their
	// readings ("SINGAPORE", "LUXEMBOURG": annotators differ).
	town := false
	for _, c := range out {
		if p := &r.g.places[c.p]; p.feat == featCity && p.flags&(flagSite|flagApprox|flagSection) == 0 {
			town = true
		}
	}
	if town {
		k := 0
		for _, c := range out {
			if f := r.g.places[c.p].feat; f != featAdmin1 && f != featAdmin2 {
				out[k] = c
				k++
			}
		}
		out = out[:k]
	}
	m.cands = out
	return len(out) > 0
}

// datelineFallback places a dateline name that no candidate fits: in the country (or division)
// named after the comma, at its point (a town the gazetteer lacks: "BAJAUR, Pakistan"), or as
// another mention of the same name in the document is placed.
func (r *resolver) datelineFallback(i int) {
	m := &r.ments[i]
	name := r.ltext[m.s:m.e]
	for j := range r.ments {
		o := &r.ments[j]
		if j == i || o.dateline != dlNone || r.ltext[o.s:o.e] != name {
			continue
		}
		if o.best >= 0 {
			if m.dlCont && !r.inDlCont(o.cands[o.best].p) {
				continue // "MARSHFIELD, Mo. — … in Marshfield": not the namesake in Wisconsin
			}
			m.cands, m.best = o.cands, o.best
			return
		}
		if o.hasFB {
			m.fb, m.hasFB = o.fb, true
			m.fb.Name = titleCase(r.text[m.s:m.e])
			return
		}
	}
	if !m.dlCont || len(r.dlCont) == 0 {
		return
	}
	best := r.dlCont[0]
	for _, c := range r.dlCont[1:] {
		if c.base > best.base {
			best = c
		}
	}
	cg := r.g.geo(best.p)
	m.fb = model.Geo{Name: titleCase(r.text[m.s:m.e]), Country: cg.Country, Admin1: cg.Admin1, Lat: cg.Lat, Lon: cg.Lon, Feature: "other", Precision: 2, Approximate: true}
	if r.g.places[best.p].feat == featCountry {
		m.fb.Admin1 = ""
		m.fb.Precision = 3
	}
	m.hasFB = true
}

// titleCase writes a name given in capitals as a name ("PORT-AU-PRINCE" → "Port-Au-Prince").
func titleCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	first := true
	for _, rr := range s {
		if unicode.IsLetter(rr) {
			if first {
				b.WriteRune(unicode.ToUpper(rr))
			} else {
				b.WriteRune(unicode.ToLower(rr))
			}
			first = false
			continue
		}
		first = rr != '\'' && rr != '’'
		b.WriteRune(rr)
	}
	return b.String()
}

// labelWords are section and feature words that GeoNames also knows as small towns ("Valley",
// "Central"): alone on a line they are labels.
var labelWords = map[string]bool{
	"valley": true, "city": true, "capital": true, "metro": true, "central": true, "north": true,
	"south": true, "east": true, "west": true, "national": true, "home": true, "news": true,
	"world": true, "local": true, "region": true, "regions": true, "province": true,
	"provinces": true, "state": true, "states": true, "nation": true, "coast": true,
	"island": true, "islands": true, "border": true, "frontier": true, "highlands": true,
	"delta": true, "international": true, "global": true, "politics": true, "business": true,
}

// TownName reports whether name, standing alone on a line below a headline, reads as the town
// an article was filed from (a standalone dateline) rather than a section label: it has the
// shape of a name (nameLine), it is the own name of a town in the gazetteer (not only an
// alternate name), not a common English word or given name, and not the name of a country or
// a region ("Nepal", "Pacific", "Middle East" are section labels). A first-level division of
// the same name is allowed when the town is a national capital or has 100,000 people
// ("LAGOS", "NAIROBI"). Cleaning uses it to keep such a line.
func (g *Gazetteer) TownName(name string) bool {
	name = strings.TrimSpace(name)
	if g == nil || !nameLine(name) {
		return false
	}
	letters := 0
	for _, c := range name {
		if unicode.IsLetter(c) {
			letters++
		}
	}
	if letters < 3 {
		return false
	}
	if f := strings.Fields(name); len(f) == 1 && (commonNames[strings.ToLower(name)] || labelWords[strings.ToLower(name)]) {
		return false
	}
	cs := g.candidates(nil, appendKey(nil, name), isUpperText(name))
	town, bigTown, admin1 := false, false, false
	for _, c := range cs {
		if !c.prim {
			continue
		}
		p := &g.places[c.p]
		switch p.feat {
		case featCountry, featRegion:
			return false
		case featAdmin1:
			admin1 = true
		case featCity:
			if p.flags&flagCommon != 0 || p.flags&flagSection != 0 {
				continue
			}
			town = true
			if p.pop >= 100000 || p.flags&flagCapital != 0 {
				bigTown = true
			}
		}
	}
	return town && (!admin1 || bigTown)
}
