package geo

// Local news of the United States, Canada, Australia and their neighbours (session 8, README
// rule 14): the abbreviations wire copy writes first-level divisions with ("MARSHFIELD, Mo. —",
// "Kelowna, B.C.", "Lismore, NSW"), and the dateline's sense for the body's bare mentions of
// its town ("PORTLAND, Maine — … Portland's school budget").

import (
	"sort"
	"strings"
)

// divAbbr is one reading of an abbreviation: the country and the division's English name.
type divAbbr struct {
	cc   string
	name string
}

// divAbbrevs maps abbreviations of first-level divisions, as written, to their divisions.
// AP style (with its dot) for US states, the Canadian Press forms for provinces, Australian
// forms for states and territories, and two-letter postal codes. Most are words or names too
// ("Mo.", "Miss.", "Ind.", "Vic.", "WA", "IN", "OR"), so they are read only after "Place, "
// (containerOnly); a few are read anywhere (anywhereAbbr).
var divAbbrevs = map[string][]divAbbr{}

// anywhereAbbr are abbreviations that are no word or name: read wherever they stand
// ("[NSW]ORG police said", "towns across B.C.").
var anywhereAbbr = map[string]bool{
	"Calif.": true, "Ariz.": true, "Okla.": true, "Tenn.": true, "Conn.": true, "Minn.": true,
	"Mich.": true, "Wis.": true, "Fla.": true, "Colo.": true, "Neb.": true, "Nev.": true,
	"Wyo.": true, "Sask.": true, "Alta.": true, "Nfld.": true, "P.E.I.": true, "B.C.": true,
	"NSW": true, "N.S.W.": true, "Qld": true, "Qld.": true,
}

func init() {
	add := func(cc, name string, forms ...string) {
		for _, f := range forms {
			divAbbrevs[f] = append(divAbbrevs[f], divAbbr{cc, name})
		}
	}
	us := [][]string{
		{"Alabama", "Ala.", "AL"}, {"Alaska", "AK"}, {"Arizona", "Ariz.", "AZ"}, {"Arkansas", "Ark.", "AR"},
		{"California", "Calif.", "Cal.", "CA"}, {"Colorado", "Colo.", "CO"}, {"Connecticut", "Conn.", "CT"},
		{"Delaware", "Del.", "DE"}, {"Florida", "Fla.", "FL"}, {"Georgia", "Ga.", "GA"}, {"Hawaii", "HI"},
		{"Idaho", "ID"}, {"Illinois", "Ill.", "IL"}, {"Indiana", "Ind.", "IN"}, {"Iowa", "IA"},
		{"Kansas", "Kan.", "Kans.", "KS"}, {"Kentucky", "Ky.", "KY"}, {"Louisiana", "La.", "LA"},
		{"Maine", "ME"}, {"Maryland", "Md.", "MD"}, {"Massachusetts", "Mass.", "MA"},
		{"Michigan", "Mich.", "MI"}, {"Minnesota", "Minn.", "MN"}, {"Mississippi", "Miss.", "MS"},
		{"Missouri", "Mo.", "MO"}, {"Montana", "Mont.", "MT"}, {"Nebraska", "Neb.", "Nebr.", "NE"},
		{"Nevada", "Nev.", "NV"}, {"New Hampshire", "N.H.", "NH"}, {"New Jersey", "N.J.", "NJ"},
		{"New Mexico", "N.M.", "N.Mex.", "NM"}, {"New York", "N.Y.", "NY"}, {"North Carolina", "N.C.", "NC"},
		{"North Dakota", "N.D.", "N.Dak.", "ND"}, {"Ohio", "OH"}, {"Oklahoma", "Okla.", "OK"},
		{"Oregon", "Ore.", "Oreg.", "OR"}, {"Pennsylvania", "Pa.", "Penn.", "PA"}, {"Rhode Island", "R.I.", "RI"},
		{"South Carolina", "S.C.", "SC"}, {"South Dakota", "S.D.", "S.Dak.", "SD"},
		{"Tennessee", "Tenn.", "TN"}, {"Texas", "Tex.", "TX"}, {"Utah", "UT"}, {"Vermont", "Vt.", "VT"},
		{"Virginia", "Va.", "VA"}, {"Washington", "Wash.", "WA"}, {"West Virginia", "W.Va.", "W.Va", "WV"},
		{"Wisconsin", "Wis.", "Wisc.", "WI"}, {"Wyoming", "Wyo.", "WY"},
	}
	for _, s := range us {
		add("US", s[0], s[1:]...)
	}
	ca := [][]string{
		{"British Columbia", "B.C.", "BC"}, {"Alberta", "Alta.", "AB"}, {"Saskatchewan", "Sask.", "SK"},
		{"Manitoba", "Man.", "MB"}, {"Ontario", "Ont.", "ON"}, {"Quebec", "Que.", "QC"},
		{"Nova Scotia", "N.S.", "NS"}, {"New Brunswick", "N.B.", "NB"},
		{"Newfoundland and Labrador", "Nfld.", "N.L.", "NL"}, {"Prince Edward Island", "P.E.I.", "PE"},
		{"Yukon", "YT"}, {"Northwest Territories", "N.W.T.", "NT"}, {"Nunavut", "NU"},
	}
	for _, s := range ca {
		add("CA", s[0], s[1:]...)
	}
	au := [][]string{
		{"New South Wales", "NSW", "N.S.W."}, {"Victoria", "Vic.", "VIC"}, {"Queensland", "Qld", "Qld.", "QLD"},
		{"Western Australia", "WA"}, {"South Australia", "SA"}, {"Tasmania", "Tas.", "TAS"},
		{"Northern Territory", "NT"}, {"Australian Capital Territory", "ACT"},
	}
	for _, s := range au {
		add("AU", s[0], s[1:]...)
	}
	// Indian and Pakistani press write a town's state in brackets ("Bilaspur (HP), Nov 21
	// (PTI)", "Mardan (KP)"): read only after "Place, " or in "Place (XX)" (rule 53)
	south := [][]string{
		{"IN", "Himachal Pradesh", "HP", "H.P."}, {"IN", "Uttar Pradesh", "UP", "U.P."},
		{"IN", "Madhya Pradesh", "MP", "M.P."}, {"IN", "Andhra Pradesh", "A.P."}, // (not "AP": "CINCINNATI (AP) —")
		{"IN", "West Bengal", "WB"}, {"IN", "Tamil Nadu", "TN"}, {"PK", "Khyber Pakhtunkhwa", "KP", "KPK"},
	}
	for _, s := range south {
		add(s[0], s[1], s[2:]...)
	}
	for f := range divAbbrevs {
		divAbbrevBloom.add(f)
		if w, ok := strings.CutSuffix(f, "."); ok {
			divAbbrevDotBloom.add(w)
		}
	}
}

// divAbbrevBloom has the bit classHash(f) set for each form f of divAbbrevs, and
// divAbbrevDotBloom the bit of each form written with a final dot, without it: findAbbrevs asks
// them before the map (and before making "w."), since most short capitalised words are none.
var divAbbrevBloom, divAbbrevDotBloom wordBloom

// wordBloom is a bloom filter of words by classHash (one bit a word, 64 Kbit): a clear bit
// says the word is not in the set, so the map behind it need not be asked.
type wordBloom [1 << 10]uint64

// add sets the bit of word w.
func (b *wordBloom) add(w string) {
	h := classHash(w)
	b[h>>6] |= 1 << (h & 63)
}

// has reports whether the bit of word w is set.
func (b *wordBloom) has(w string) bool {
	h := classHash(w)
	return b[h>>6]&(1<<(h&63)) != 0
}

// abbrHit is an abbreviation read as a division at a byte offset: its word ends at e0, its
// written form (with the dot) at e.
type abbrHit struct {
	e0, e int
	divs  []divAbbr
}

// findAbbrevs records the abbreviations of divisions the text writes where they can only be a
// division: after "Place, " (a capitalised word, a comma glued to it), or anywhere for the
// forms of anywhereAbbr ("B.C." not after a number: "300 B.C.").
func (r *resolver) findAbbrevs() {
	toks := r.toks
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if !t.word || !t.cap || t.e-t.s > 6 {
			continue
		}
		w := r.text[t.s:t.e]
		e := t.e
		var divs []divAbbr
		ok := false
		if divAbbrevBloom.has(w) {
			divs, ok = divAbbrevs[w]
		}
		if i+1 < len(toks) && !toks[i+1].word && toks[i+1].s == t.e && r.text[t.e] == '.' && divAbbrevDotBloom.has(w) {
			if d, ok2 := divAbbrevs[w+"."]; ok2 {
				divs, ok, e = d, true, t.e+1
			}
		}
		if !ok {
			continue
		}
		form := r.text[t.s:e]
		// a two-letter code is in capitals and no word runs on after it ("Paris, TX 75460")
		if !strings.Contains(form, ".") && len(form) == 2 && i+1 < len(toks) && toks[i+1].word && toks[i+1].s == e+1 && isLetterByte(r.text[toks[i+1].s]) && toks[i+1].cap {
			continue
		}
		after := i >= 2 && r.text[toks[i-1].s:toks[i-1].e] == "," && toks[i-1].s == toks[i-2].e && toks[i-2].word && toks[i-2].cap && r.text[toks[i-1].e:t.s] == " "
		// "Bilaspur (HP)": the code alone in brackets after a capitalised word (rule 53)
		after = after || i >= 2 && i+1 < len(toks) && r.text[toks[i-1].s:toks[i-1].e] == "(" && toks[i-1].e == t.s && toks[i-2].word && toks[i-2].cap &&
			r.text[toks[i-2].e:toks[i-1].s] == " " && !toks[i+1].word && toks[i+1].s == e && r.text[toks[i+1].s:toks[i+1].e] == ")"
		if !after && !anywhereAbbr[form] {
			continue
		}
		// a code without a dot ("OK", "IN", "ME", "WA") is also a word or an acronym: only in a
		// dateline ("LONGVIEW, WA —") or after a town the gazetteer knows in that division
		// ("Longview, WA"; not "Fine, OK")
		if !strings.Contains(form, ".") && !anywhereAbbr[form] && !isUpperText(r.text[toks[i-2].s:toks[i-2].e]) && !r.townIn(i-2, divs) {
			continue
		}
		if form == "B.C." && i > 0 && toks[i-1].word && toks[i-1].s < t.s && r.text[toks[i-1].s] >= '0' && r.text[toks[i-1].s] <= '9' {
			continue
		}
		if r.abbr == nil {
			r.abbr = map[int]abbrHit{}
		}
		r.abbr[t.s] = abbrHit{e0: t.e, e: e, divs: divs}
	}
}

// lookupAbbr fills m.cands with the divisions an abbreviation read at s..e names; it reports
// whether it was one.
func (r *resolver) lookupAbbr(m *mention, s, e int) (found, ok bool) {
	h, ok := r.abbr[s]
	if !ok || e != h.e && e != h.e0 {
		return false, false
	}
	start := len(r.pool)
	keyLen := 0
	for _, d := range h.divs {
		var tmp mention
		if !r.lookupText(&tmp, d.name) {
			continue
		}
		cc := [2]byte{d.cc[0], d.cc[1]}
		for _, c := range tmp.cands {
			if p := &r.g.places[c.p]; c.prim && p.feat == featAdmin1 && p.cc == cc {
				r.pool = append(r.pool, c)
				keyLen = max(keyLen, tmp.keyLen)
			}
		}
	}
	m.cands = r.pool[start:len(r.pool):len(r.pool)]
	m.keyLen, m.demonym = keyLen, false
	return len(m.cands) > 0, true
}

// datelineSense reads the body's bare mentions of the dateline's town in the container the
// dateline names: in copy filed from "PORTLAND, Maine" or "PARIS, Texas" a later "Portland" or
// "Paris" (and the headline's) is that town, not the bigger namesake. Readings outside the
// container are dropped; a mention left with none follows the dateline's placement
// (followDateline). A mention with a container of its own ("Paris, France") keeps its readings.
func (r *resolver) datelineSense() {
	if len(r.dlCont) == 0 {
		return
	}
	for i := range r.ments {
		d := &r.ments[i]
		if d.s != r.dlName[0] || d.e != r.dlName[1] {
			continue
		}
		name := r.ltext[d.s:d.e]
		for j := range r.ments {
			m := &r.ments[j]
			if j == i || r.ltext[m.s:m.e] != name || r.ownContainer(m) {
				continue
			}
			out := m.cands[:0:0]
			for _, c := range m.cands {
				for _, o := range r.dlCont {
					if r.g.inside(c.p, o.p) {
						out = append(out, c)
						break
					}
				}
			}
			if len(out) == 0 {
				m.dlFollow = i + 1
			}
			m.cands = out
			m.best = -1
		}
	}
}

// ownContainer reports a mention followed by ", Place" where Place contains one of its readings
// ("Paris, France" in copy filed from Paris, Texas).
func (r *resolver) ownContainer(m *mention) bool {
	k := m.te
	if k+1 >= len(r.toks) || r.toks[k].sent != r.toks[m.ts].sent || r.text[r.toks[k].s:r.toks[k].e] != "," || !r.toks[k+1].cap {
		return false
	}
	for j := range r.ments {
		o := &r.ments[j]
		if o.s != r.toks[k+1].s {
			continue
		}
		for _, q := range o.cands {
			for _, c := range m.cands {
				if r.g.inside(c.p, q.p) {
					return true
				}
			}
		}
	}
	return false
}

// followDateline gives the mentions datelineSense left without a reading the dateline's
// placement.
func (r *resolver) followDateline() {
	for i := range r.ments {
		m := &r.ments[i]
		if m.dlFollow == 0 {
			continue
		}
		d := &r.ments[m.dlFollow-1]
		switch {
		case d.best >= 0:
			m.cands, m.best, m.hasFB = d.cands, d.best, false
		case d.hasFB:
			m.best, m.fb, m.hasFB = -1, d.fb, true
			m.fb.Name = r.text[m.s:m.e]
		}
	}
}

// oneDivisionStory reports, for a reading p of a mention's name, a story about one other
// first-level division of p's country: the division its dateline names ("MARSHFIELD, Mo. —",
// "PARIS, Texas (AP) —"), else the one the rest of the story names most (three clear readings,
// 40 %, 1.5× the runner-up, the name's own mentions left out: focA1). Only for countries whose wire
// copy names a town outside the story's state or province with its state ("Flint, Michigan"),
// so that a town named bare there is the story's own ("Strafford" in a Missouri story is not
// Strafford County, New Hampshire). The caller still asks that the reading lie far from every
// division the story names (farDiv).
func (r *resolver) oneDivisionStory(p *place, focA1 uint16, focOK bool) bool {
	if !localCountry(p.cc) {
		return false
	}
	if a, ok := r.datelineA1(p.cc); ok {
		return a != p.a1
	}
	return focOK && focA1 != p.a1
}

// localCountry reports the countries whose local news oneDivisionStory reads.
func localCountry(cc [2]byte) bool {
	switch string(cc[:]) {
	case "US", "CA", "AU":
		return true
	}
	return false
}

// datelineA1 returns the first-level division of country cc that the dateline names after its
// comma ("PARIS, Texas").
func (r *resolver) datelineA1(cc [2]byte) (uint16, bool) {
	for _, c := range r.dlCont {
		if p := &r.g.places[c.p]; p.feat == featAdmin1 && p.cc == cc {
			return p.a1, true
		}
	}
	return 0, false
}

// datelineOther reports a place of a local-news country in another first-level division than
// the one its dateline names.
func (r *resolver) datelineOther(p *place) bool {
	if !localCountry(p.cc) {
		return false
	}
	a, ok := r.datelineA1(p.cc)
	return ok && a != p.a1
}

// datelineLocalA1 returns the first-level division of a local-news country that the dateline
// names after its comma: the story's division for the division-focus bonus.
func (r *resolver) datelineLocalA1() (uint16, bool) {
	a, _, ok := r.datelineLocal()
	return a, ok
}

// datelineLocal returns the first-level division of a local-news country that the dateline
// names after its comma, and its country.
func (r *resolver) datelineLocal() (uint16, [2]byte, bool) {
	for _, c := range r.dlCont {
		if p := &r.g.places[c.p]; p.feat == featAdmin1 && localCountry(p.cc) {
			return p.a1, p.cc, true
		}
	}
	return 0, [2]byte{}, false
}

// addAbbrevMentions makes a mention of every abbreviation findAbbrevs read that no mention
// covers (the tagger leaves "B.C." of "WEST KELOWNA, B.C. (CP) —" untagged, or tags "NSW" as an
// organisation: that entity is relabelled a place). An abbreviation inside an actor's name is
// left alone.
func (r *resolver) addAbbrevMentions() {
	if len(r.abbr) == 0 {
		return
	}
	added := false
	for s, h := range r.abbr {
		covered := false
		for k := range r.ments {
			if o := &r.ments[k]; o.s <= s && s < o.e {
				covered = true
				break
			}
		}
		if covered {
			continue
		}
		ent := -1
		for k := range r.a.Entities {
			en := &r.a.Entities[k]
			if en.End <= s || en.Start >= h.e {
				continue
			}
			if en.Actor != "" || en.Start < s || en.End > h.e {
				ent = -2
				break
			}
			ent = k
		}
		if ent == -2 {
			continue
		}
		ts := r.tokAt(s)
		m := mention{ent: ent, best: -1, sent: r.toks[ts].sent, relabel: ent >= 0}
		if r.dlName[1] > 0 && s > r.dlName[1] && s-r.dlName[1] <= 3 {
			// the dateline's container ("WEST KELOWNA, B.C. (CP) —") is part of the dateline:
			// it names no division for the first sentence's unknown names
			m.dateline = dlStrong
		}
		if found, _ := r.lookupAbbr(&m, s, h.e0); !found {
			continue
		}
		m.ts, m.te, m.s, m.e, m.ps = ts, ts+1, s, h.e0, s
		r.hints(&m)
		r.prepare(&m)
		r.ments = append(r.ments, m)
		added = true
	}
	if added {
		sort.SliceStable(r.ments, func(i, j int) bool { return r.ments[i].s < r.ments[j].s })
	}
}

// localPoints moves readings that sit only at their first-level division's point (a county
// without a city of 15,000, which GeoNames gives no point of its own; a town placed in its
// state because the gazetteer lacks it) to the mean of the towns the story places in that
// division, when it names two or more: in local news of a big state or province ("Red River
// County" in a northeast Texas story, "Webster County" in a Missouri one) the state's centre
// lies hundreds of kilometres from the story. Precision stays 3, approximate.
func (r *resolver) localPoints() {
	g := r.g
	type a1pts struct {
		a1  uint16
		pts [][2]float32
		lat float64
		lon float64
		ok  bool
	}
	var divs []a1pts
	for i := range r.ments {
		o := &r.ments[i]
		if o.best < 0 || o.metonymy {
			continue
		}
		p := &g.places[o.cands[o.best].p]
		if !localCountry(p.cc) || p.a1 == 0 || p.flags&flagApprox != 0 || p.feat != featCity && p.feat != featAdmin2 {
			continue
		}
		k := 0
		for k < len(divs) && divs[k].a1 != p.a1 {
			k++
		}
		if k == len(divs) {
			divs = append(divs, a1pts{a1: p.a1})
		}
		divs[k].pts = append(divs[k].pts, [2]float32{p.lat, p.lon})
	}
	if len(divs) == 0 {
		return
	}
	point := func(a1 uint16) (float64, float64, bool) {
		for k := range divs {
			d := &divs[k]
			if d.a1 != a1 || len(d.pts) < 2 {
				continue
			}
			if !d.ok {
				d.lat, d.lon = coreMean(d.pts)
				d.ok = true
			}
			return d.lat, d.lon, true
		}
		return 0, 0, false
	}
	// the division's own point, by its display name
	ownPoint := func(a1 uint16, cc [2]byte) (float64, float64, bool) {
		if int(a1) >= len(g.a1disp) {
			return 0, 0, false
		}
		var tmp mention
		if !r.lookupText(&tmp, g.a1disp[a1]) {
			return 0, 0, false
		}
		for _, c := range tmp.cands {
			if p := &g.places[c.p]; p.feat == featAdmin1 && p.a1 == a1 && p.cc == cc {
				return round(float64(p.lat)), round(float64(p.lon)), true
			}
		}
		return 0, 0, false
	}
	for i := range r.ments {
		m := &r.ments[i]
		switch {
		case m.best >= 0:
			pi := m.cands[m.best].p
			p := &g.places[pi]
			if !localCountry(p.cc) || p.feat != featAdmin2 || p.flags&flagApprox == 0 || m.dir != "" {
				continue
			}
			lat, lon, ok := point(p.a1)
			if !ok {
				continue
			}
			m.fb = g.geo(pi)
			m.fb.Lat, m.fb.Lon = round(lat), round(lon)
			m.best, m.hasFB = -1, true
		case m.hasFB && m.fb.Approximate && m.fb.Precision >= 2 && m.fb.Admin1 != "" && len(m.fb.Country) == 2:
			// (precision 2: a name placed in a county that sat at its state's point, "Cottle, a
			// hamlet on the bay, the Calhoun County sheriff said"; session 9)
			cc := [2]byte{m.fb.Country[0], m.fb.Country[1]}
			if !localCountry(cc) {
				continue
			}
			var a1 uint16
			found := false
			for k := range divs {
				if int(divs[k].a1) < len(g.a1disp) && g.a1disp[divs[k].a1] == m.fb.Admin1 {
					a1, found = divs[k].a1, true
					break
				}
			}
			if !found {
				continue
			}
			olat, olon, ok := ownPoint(a1, cc)
			if !ok || olat != m.fb.Lat || olon != m.fb.Lon {
				continue
			}
			if lat, lon, ok := point(a1); ok {
				m.fb.Lat, m.fb.Lon = round(lat), round(lon)
			}
		}
	}
}

// irishRepublic reads "the Republic" of a story about Ireland or Northern Ireland as the
// Republic of Ireland (British and Irish news: "farmers on both sides of the border … in the
// Republic"); the bare word has no other reading worth keeping there.
func (r *resolver) irishRepublic() {
	g := r.g
	irish := false
	for i := range r.ments {
		o := &r.ments[i]
		if o.best < 0 {
			continue
		}
		p := &g.places[o.cands[o.best].p]
		if string(p.cc[:]) == "IE" || string(p.cc[:]) == "GB" && int(p.a1) < len(g.a1disp) && g.a1disp[p.a1] == "Northern Ireland" {
			irish = true
			break
		}
	}
	if !irish {
		return
	}
	for i := range r.ments {
		m := &r.ments[i]
		if m.te-m.ts != 1 || r.ltext[m.s:m.e] != "republic" || !r.toks[m.ts].cap || m.ts == 0 || r.low(m.ts-1) != "the" {
			continue
		}
		var tmp mention
		if !r.lookupText(&tmp, "Ireland") {
			continue
		}
		for k, c := range tmp.cands {
			if p := &g.places[c.p]; p.feat == featCountry && string(p.cc[:]) == "IE" {
				m.cands, m.best, m.hasFB = tmp.cands[k:k+1], 0, false
				break
			}
		}
	}
}

// townIn reports a capitalised run of one to three words ending at token k that the gazetteer
// knows as a place inside one of the divisions.
func (r *resolver) townIn(k int, divs []divAbbr) bool {
	var a1s [4]uint16
	var ccs [4][2]byte
	n := 0
	for _, d := range divs {
		var tmp mention
		if !r.lookupText(&tmp, d.name) {
			continue
		}
		for _, c := range tmp.cands {
			if p := &r.g.places[c.p]; c.prim && p.feat == featAdmin1 && string(p.cc[:]) == d.cc && n < len(a1s) {
				a1s[n], ccs[n] = p.a1, p.cc
				n++
			}
		}
	}
	for s := k; s >= 0 && s > k-3 && r.toks[s].word && r.toks[s].cap; s-- {
		var tmp mention
		if !r.lookupText(&tmp, r.text[r.toks[s].s:r.toks[k].e]) {
			continue
		}
		for _, c := range tmp.cands {
			p := &r.g.places[c.p]
			for x := 0; x < n; x++ {
				if p.cc == ccs[x] && p.a1 == a1s[x] {
					return true
				}
			}
		}
	}
	return false
}

// pluralAdmin are plural administrative words that a list of names shares.
var pluralAdmin = map[string]string{
	"counties": "county", "states": "state", "provinces": "province", "districts": "district",
	"regions": "region", "governorates": "governorate", "parishes": "parish",
	// (rule 61: the national words)
	"upazilas": "upazila", "regencies": "regency", "woredas": "woreda", "taluks": "taluk", "tehsils": "tehsil", "oblasts": "oblast",
}

// listAdminWord gives a name the administrative word of the list it starts or stands in
// ("Greene, Webster and Wright counties": each is a county), when only capitalised words,
// commas and "and" lie between it and a plural administrative word in its sentence.
func (r *resolver) listAdminWord(m *mention) {
	if w, ok := r.listAdmin(m); ok {
		m.adminHint, m.adminWord = true, w
	}
}

// listAdmin returns the singular administrative word of the list a name starts or stands in.
func (r *resolver) listAdmin(m *mention) (string, bool) {
	toks := r.toks
	for j, n := m.te, 0; j < len(toks) && n < 12 && toks[j].sent == m.sent; j, n = j+1, n+1 {
		t := &toks[j]
		w := r.text[t.s:t.e]
		switch {
		case !t.word && w == ",":
		case t.word && t.cap:
		case t.word && (w == "and" || w == "or"):
		case t.word:
			if one, ok := pluralAdmin[w]; ok && j > m.te && toks[j-1].word && toks[j-1].cap {
				return one, true
			}
			return "", false
		default:
			return "", false
		}
	}
	return "", false
}
