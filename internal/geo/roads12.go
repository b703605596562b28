package geo

import (
	"strings"
)

// Session 12, helper roads12 (README rule 34): roads named by their designation. Fresh news
// names roads by a code or a numbered name far more often than by a name of its own ("a pileup
// on I-40", "the stretch of NH-27 near Silchar", "along the BR-101 and the BR-116",
// "along Route Nationale 2"), and rule 22 read a bare code only in its strict frames (an article
// and a road word, a preposition or a verb). This file extends rule 22 and rule 27's reading of
// road numbers; placement stays rule 22's (the sentence's or the document's town of the story's
// country, precision 2 or 3, approximate, feature "other"). (1) A code is a road when the story
// spells the same road out ("Interstate 40" … "I-40", "National Highway 27" … "NH-27"), when a
// direction of travel opens it ("Southbound I-75 was shut"), when a stretch noun and "of" come
// before it ("the stretch of NH-27 near", "a section of the A1"), when a road-traffic noun
// follows it ("an N1 pileup", "the M62 crash", "N2 roadworks"), when a preposition of roads
// and an adverb come before and after it ("worked on the N6 just east of Athlone"), and when it
// is listed with a code of the same network that is a road ("along the BR-364 and the
// BR-319,"). A code alone stays no place: "an A1 grade", "M1 money supply", "E10
// fuel", "N2 gas", "Form I-9", "the I-130 petition". (2) Numbered names in other languages:
// "Route Nationale 1", "Ruta Nacional 3", "Carretera Federal 200", "Ruta 40", "Rodovia 101",
// also when the tagger cut the number off ("[Route Nationale]GPE 2"). (A hyphen pair of
// towns tagged as an organisation before a road word, "the [Maiduguri-Damboa]ORG road", was
// tried as the route and dropped: the events' location model then took the road, precision 3,
// over the town the gold names, "blocked the [Gusau-Jibia]ORG highway at Zurmi town".)

func init() {
	// "Ruta 40", "Carretera 200", "Rodovia 101": the Spanish and Portuguese road words before
	// a number (rule 22's numberedRoad)
	for _, w := range []string{"ruta", "carretera", "rodovia", "estrada", "autopista", "autovia", "autovía"} {
		roadWords[w] = true
	}
}

// roadAdjs12 follow a road word before the number in French, Spanish, Portuguese and Italian
// names of numbered roads ("Route Nationale 1", "Ruta Nacional 3", "Carretera Federal 200",
// "Strada Statale 106").
var roadAdjs12 = map[string]bool{
	"nationale": true, "national": true, "nacional": true, "nazionale": true, "federal": true,
	"provincial": true, "départementale": true, "departementale": true, "departamental": true,
	"estadual": true, "estatal": true, "regional": true, "statale": true, "provinciale": true,
	"interestadual": true, "panamericana": true,
}

// numberedRoad12 reads a numbered road whose adjective follows the road word: "Route Nationale
// 1", "Route nationale 7", "Ruta Nacional 3", "Carretera Federal 200", "Strada Statale 106"; it
// returns the end. The road word is capitalised; the number is up to four digits, spaced.
func (r *resolver) numberedRoad12(k int) (int, bool) {
	toks := r.toks
	if k+2 >= len(toks) || !toks[k].word || !toks[k].cap || !toks[k+2].digit {
		return 0, false // (the number two tokens on: a cheap test before the word lookups)
	}
	switch r.low(k) {
	case "route", "ruta", "carretera", "rodovia", "estrada", "strada", "autopista":
	default:
		return 0, false
	}
	j := k + 1
	if !toks[j].word || !roadAdjs12[r.low(j)] || toks[j].sent != toks[k].sent || r.text[toks[k].e:toks[j].s] != " " {
		return 0, false
	}
	n := j + 1
	if toks[n].sent != toks[k].sent || r.text[toks[j].e:toks[n].s] != " " || !isDigits(r.tokText(n)) || len(r.tokText(n)) > 4 || r.tokText(n)[0] == '0' {
		return 0, false
	}
	if e := n + 1; e < len(toks) && toks[e].s == toks[n].e && toks[e].word {
		return 0, false // a glued word ("Route Nationale 1a") is not read
	}
	return n + 1, true
}

// roadEntity12 reads a place-, person- or organisation-tagged span that opens a numbered road
// the tagger cut before its number ("along [Route Nationale]GPE 1", "[Ruta]PER 40"): the whole
// road is a rule 22 site mention of entity i; its tokens are covered. It reports whether it
// added the mention.
func (r *resolver) roadEntity12(i, ts, te int, covered []bool) bool {
	toks := r.toks
	for ts < te && toks[ts].word && r.low(ts) == "the" {
		ts++
	}
	if ts >= te || !toks[ts].word || !toks[ts].cap {
		return false
	}
	e, ok := r.numberedRoad12(ts)
	if !ok {
		e, ok = r.numberedRoad(ts)
	}
	if !ok || e <= te {
		return false
	}
	m := mention{ent: i, best: -1, sent: toks[ts].sent, unknown: true, feat: true, site: siteRoad}
	m.ts, m.te, m.s, m.e, m.ps = ts, e, toks[ts].s, toks[e-1].e, toks[ts].s
	r.hints(&m)
	for k := ts; k < e; k++ {
		covered[k] = true
	}
	r.ments = append(r.ments, m)
	return true
}

// codeKey12 returns the network letters and the number of a road code's text ("I-75" → "I",
// "75"; "NH27" → "NH", "27"; "SR 9" → "SR", "9").
func codeKey12(s string) (string, string) {
	i := 0
	for i < len(s) && (s[i] < '0' || s[i] > '9') {
		i++
	}
	pre := strings.TrimRight(s[:i], "- ")
	return strings.ToUpper(pre), strings.TrimLeft(s[i:], "0")
}

// spelledNetwork12 returns the network letters of a numbered road written out, by its words
// before the number ("Interstate 75" → I, "National Highway 27" → NH, "State Route 9" → SR,
// "State Highway 5" → SH, "U.S. Route 1" → US, "Route Nationale 1" → RN, "Ruta Nacional 3" →
// RN, "National Road 6" → N, "Autoroute 20" / "Autobahn 8" / "Autostrada 1" → A, "Motorway 1"
// → M); "" for a road word alone ("Route 15", "Highway 5").
func spelledNetwork12(words []string) string {
	switch strings.Join(words, " ") {
	case "interstate", "interstate highway", "interstate route":
		return "I"
	case "national highway":
		return "NH"
	case "state route", "state road":
		return "SR"
	case "state highway":
		return "SH"
	case "us route", "us highway", "u.s. route", "u.s. highway", "u.s route", "u.s highway":
		return "US"
	case "route nationale", "ruta nacional", "route national":
		return "RN"
	case "national road", "national route":
		return "N"
	case "autoroute", "autobahn", "autostrada", "autopista":
		return "A"
	case "motorway":
		return "M"
	case "rodovia":
		return "BR"
	}
	return ""
}

// spelledRoads12 returns the network letters and numbers of the numbered roads the story
// writes out ("Interstate 75" gives "I 75").
func (r *resolver) spelledRoads12() map[string]bool {
	var set map[string]bool
	toks := r.toks
	for k := 0; k < len(toks); k++ {
		if !toks[k].word || !toks[k].cap {
			continue
		}
		e, ok := r.numberedRoad12(k)
		if !ok {
			e, ok = r.numberedRoad(k)
		}
		if !ok {
			e, ok = r.qualifiedRoad13(k)
		}
		if !ok {
			continue
		}
		var words []string
		for j := k; j < e-1; j++ {
			if toks[j].word {
				words = append(words, r.low(j))
			}
		}
		if net := spelledNetwork12(words); net != "" {
			if set == nil {
				set = map[string]bool{}
			}
			set[net+" "+strings.TrimLeft(r.tokText(e-1), "0")] = true
		}
		k = e - 1
	}
	return set
}

// qualifiedRoad13 reads "National Road 1", "National Route 6" at token k: a qualifier, "Road"
// or "Route", a number. Only the spelled twin of a code reads it ("the National Road 1 (N1)
// … on the N1"): rule 22 leaves "Road" out of its road words, which open street names.
func (r *resolver) qualifiedRoad13(k int) (int, bool) {
	toks := r.toks
	if k+2 >= len(toks) || r.low(k) != "national" && r.low(k) != "state" {
		return 0, false
	}
	if w := r.low(k + 1); w != "road" && w != "route" || !toks[k+1].cap || toks[k+2].sent != toks[k].sent {
		return 0, false
	}
	if n := r.tokText(k + 2); !isDigits(n) || len(n) > 4 || r.text[toks[k+1].e:toks[k+2].s] != " " {
		return 0, false
	}
	return k + 3, true
}

// stretchNouns12 before "of" and a road code name a part of the road ("the stretch of NH-27",
// "a section of the A1", "both lanes of the M6").
var stretchNouns12 = map[string]bool{
	"stretch": true, "stretches": true, "section": true, "sections": true,
	"portion": true, "portions": true, "length": true, "segment": true,
	"segments": true, "lane": true, "lanes": true, "shoulder": true,
	"carriageway": true, "carriageways": true, "miles": true, "kilometres": true,
	"kilometers": true, "km": true, "junction": true, "exit": true,
}

// travelDirs12 before a code give its direction of travel ("Southbound I-75 was shut", "the
// southbound M1").
var travelDirs12 = map[string]bool{
	"northbound": true, "southbound": true, "eastbound": true, "westbound": true,
}

// trafficAfter12 after a code are nouns of road traffic ("an N1 pileup", "an M62 crash", "the
// N2 roadworks", "the A9 closure"): no grade, fuel, gas, form or money supply takes them.
var trafficAfter12 = map[string]bool{
	"pileup": true, "pile-up": true, "crash": true, "crashes": true, "collision": true,
	"collisions": true, "exit": true, "exits": true, "interchange": true, "lanes": true,
	"overpass": true, "underpass": true, "traffic": true, "closure": true, "closures": true,
	"roadworks": true, "widening": true, "stretch": true, "section": true, "toll": true,
	"tollway": true, "motorists": true, "accident": true, "bridge": true, "flyover": true,
	"northbound": true, "southbound": true, "eastbound": true, "westbound": true,
}

// adverbAfter12 after a road code framed by a preposition of roads keep it a road ("on the N6
// just east of Athlone", "on the A1 shortly after").
var adverbAfter12 = map[string]bool{
	"just": true, "shortly": true, "about": true, "some": true, "roughly": true, "around": true,
	"immediately": true, "further": true, "that": true, "where": true, "which": true,
	"when": true, "while": true, "since": true, "late": true, "early": true, "overnight": true,
	"yesterday": true, "today": true, "again": true, "because": true,
}

// roadCodes12 adds to rule 22's set of codes the story uses as roads (see the file comment):
// the spelled-out twin, a direction of travel before, a stretch noun and "of" before, a traffic
// noun after, a preposition of roads with an adverb after, and a listed code of the same network.
// Only strict codes (roadCode, SH1/NH44/RN1, E6, "SR 99") and BR-NNN count: a loose hyphen code
// needs rule 22's road noun.
func (r *resolver) roadCodes12(set map[string]bool, all []roadAt) map[string]bool {
	toks := r.toks
	type code struct{ k, e int }
	var codes []code
	for _, c := range all {
		if c.strict || r.tokText(c.k) == "BR" && len(r.tokText(c.e-1)) == 3 {
			codes = append(codes, code{c.k, c.e})
		}
	}
	if len(codes) == 0 {
		return set
	}
	spelled := r.spelledRoads12() // (a pass over the document: only when it has codes)
	add := func(s string) {
		if set == nil {
			set = map[string]bool{}
		}
		set[s] = true
	}
	for _, c := range codes {
		s := r.text[toks[c.k].s:toks[c.e-1].e]
		if set[s] {
			continue
		}
		if pre, num := codeKey12(s); spelled[pre+" "+num] || r.codeFrame12(c.k, c.e) {
			add(s)
		}
	}
	// a code listed with a road code of the same network ("along the BR-364 and the BR-319";
	// "the A9 and A93"), twice for a list of three
	for n := 0; n < 2 && len(set) > 0; n++ {
		for i, c := range codes {
			s := r.text[toks[c.k].s:toks[c.e-1].e]
			if set[s] {
				continue
			}
			pre, _ := codeKey12(s)
			for _, j := range []int{i - 1, i + 1} {
				if j < 0 || j >= len(codes) {
					continue
				}
				o := codes[j]
				os := r.text[toks[o.k].s:toks[o.e-1].e]
				if op, _ := codeKey12(os); op != pre || !set[os] || toks[o.k].sent != toks[c.k].sent {
					continue
				}
				a, b := c, o
				if j < i {
					a, b = o, c
				}
				if r.codeListGap12(a.e, b.k) {
					add(s)
					break
				}
			}
		}
	}
	return set
}

// codeListGap12 reports the words between two listed codes: "and", "or", a comma, with "the"
// and up to three lower-case words of a stretch ("the BR-364 and the northern stretch of
// the BR-319").
func (r *resolver) codeListGap12(e, k int) bool {
	if k-e > 8 || k <= e {
		return false
	}
	joined := false
	for j := e; j < k; j++ {
		t := &r.toks[j]
		if !t.word {
			if r.tokText(j) != "," {
				return false
			}
			joined = true
			continue
		}
		if t.cap {
			return false
		}
		switch w := r.low(j); {
		case w == "and" || w == "or":
			joined = true
		case w == "the" || w == "of" || stretchNouns12[w] || w == "final" || w == "first" || w == "last" || w == "northern" || w == "southern" || w == "eastern" || w == "western":
		default:
			return false
		}
	}
	return joined
}

// codeFrame12 reports the frames of (1) around the road code [k, e).
func (r *resolver) codeFrame12(k, e int) bool {
	toks := r.toks
	sent := toks[k].sent
	word := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].word && toks[j].sent == sent }
	// the word after: lower-case, spaced
	after := ""
	if word(e) && !toks[e].cap && r.text[toks[e-1].e:toks[e].s] == " " {
		after = r.low(e)
	}
	afterOK := !word(e) || toks[e].cap || roadAfterCode[after] || roadAfterMore[after] || roadNouns[after] || adverbAfter12[after] || trafficAfter12[after]
	if after != "" && trafficAfter12[after] {
		return !aircraftCode12(r.text[toks[k].s:toks[e-1].e]) // "an N1 pileup", "an M62 crash"
	}
	p := k - 1
	if word(p) && travelDirs12[r.low(p)] {
		return afterOK // "Southbound I-75 was shut"
	}
	if word(p) && r.low(p) == "the" {
		p--
	}
	if !word(p) {
		return false
	}
	if r.low(p) == "of" && word(p-1) && stretchNouns12[r.low(p-1)] {
		return afterOK // "the stretch of NH-27 near Silchar", "a section of the A1"
	}
	if roadBeforeCode[r.low(p)] || roadBeforeBare[r.low(p)] {
		return after != "" && adverbAfter12[after] // "worked on the N6 just east of Athlone"
	}
	return false
}

// aircraftCode12 reports a code that is also an airliner's type ("an A321 crash", "the B737
// collision", "an E175 accident"): Airbus A3NN, Boeing B7N7, Embraer E1NN.
func aircraftCode12(s string) bool {
	if len(s) != 4 || !isDigits(s[1:]) {
		return false
	}
	switch s[0] {
	case 'A':
		return s[1] == '3'
	case 'B':
		return s[1] == '7' && s[3] == '7'
	case 'E':
		return s[1] == '1'
	}
	return false
}

// knownCode12 adds the road code or numbered road [a, b) the scan found as a known place when
// every reading the gazetteer gives its text is a site or feature of the supplement ("the
// BR-230": an alias of the Trans-Amazonian Highway; "the BR-163"), so rule 30's courses and the
// feature's own point apply rather than rule 22's placement of an unknown road. It reports
// whether it added the mention. A place word after the code ("on BR-163 near Sinop", "the
// BR-319 at Humaitá") leaves it to rule 22, whose near-phrases place the stretch named.
func (r *resolver) knownCode12(a, b int) bool {
	toks := r.toks
	if b < len(toks) && toks[b].word && toks[b].sent == toks[a].sent && nearAfter12[r.low(b)] {
		return false // "on BR-163 near Sinop": rule 5's near-phrase places the stretch
	}
	m := mention{ent: -1, best: -1, sent: toks[a].sent}
	if !r.lookup(&m, toks[a].s, toks[b-1].e) || m.demonym {
		return false
	}
	for _, c := range m.cands {
		if p := &r.g.places[c.p]; p.flags&flagSite == 0 || p.feat == featCity {
			return false
		}
	}
	m.ts, m.te, m.s, m.e, m.ps = a, b, toks[a].s, toks[b-1].e, toks[a].s
	r.hints(&m)
	r.prepare(&m)
	r.ments = append(r.ments, m)
	return true
}

// nearAfter12 after a road code name where along it the story is ("near Sinop", "at Humaitá",
// "north of Cuiabá", "between A and B").
var nearAfter12 = map[string]bool{
	"near": true, "at": true, "in": true, "outside": true, "between": true, "around": true,
	"north": true, "south": true, "east": true, "west": true, "through": true, "from": true,
	"to": true, "towards": true, "toward": true, "by": true, "into": true, "past": true,
}
