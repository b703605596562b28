package ner

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Document-level repairs from the words around a name (PostRules bit 256), run after
// one-sense-per-document. A token tagger sees a few words either side; news copy says what a
// foreign name is in the words next to it: "the news agency Sana", "the reformist daily
// Shargh", "the Sikin tribe", "the village of Pimbo", "Goma, the largest city", "SBM
// Intelligence, a Lagos-based consultancy", "Iran Human Rights (IHR)". A label found this way
// holds for the same name elsewhere in the document. Other repairs: names split at a slash
// ("AFC/M23"), a person's given name left out ("Fakhar" + "Zaman"), two halves of one person
// ("Shaheen" + "Shah Afridi"), unit names after a country ("Papua New Guinea" + "Defence
// Force"), untagged office names after a possessive or demonym ("Pakistan's Foreign Office",
// "Russian Foreign Ministry"), a company named after a country ("Elections Cameroon").

type cspan struct {
	a, b   int // token range [a, b) in toks
	label  string
	score  float64
	fixed  bool // not aligned to tokens (a modifier's name part): left as it is
	dead   bool
	edited bool
	strong bool // label decided by a context cue: holds for the same name in the document
}

type ctxDoc struct {
	t    *Tagger
	s    *state
	text string
	toks []model.Span
	w    []string // token words ("" for sentence markers)
	own  []int32  // token -> index into sp, -1 when no name covers it
	sp   []cspan
	one  [1]string
}

// orgCueBefore: a lower-case noun right before a name that says it is an organisation ("the
// news agency Sana", "the reformist daily Shargh", "the electoral watchdog Plataforma Decide").
var orgCueBefore = map[string]bool{"agency": true, "daily": true, "newspaper": true, "broadcaster": true,
	"watchdog": true, "consultancy": true, "outlet": true, "website": true, "magazine": true, "weekly": true,
	"tabloid": true, "charity": true, "militia": true, "lender": true, "insurer": true, "airline": true,
	"firm": true, "company": true, "club": true, "station": true, "channel": true, "group": true,
	"network": true, "party": true, "movement": true, "alliance": true, "coalition": true, "union": true,
	"organisation": true, "organization": true, "ngo": true, "carrier": true, "operator": true,
	"conglomerate": true, "miner": true, "bank": true, "monitor": true, "platform": true}

// mediaCue nouns name an outlet even when the name is also a given name ("the news agency Sana").
var mediaCue = map[string]bool{"agency": true, "daily": true, "newspaper": true, "broadcaster": true,
	"station": true, "channel": true, "outlet": true, "website": true, "magazine": true, "weekly": true, "tabloid": true}

// orgCueAfter: a lower-case noun after a comma and "a"/"the" that makes the name before an
// organisation ("SBM Intelligence, a Lagos-based consultancy").
var orgCueAfter = map[string]bool{"consultancy": true, "company": true, "firm": true, "group": true,
	"organisation": true, "organization": true, "charity": true, "militia": true, "watchdog": true,
	"monitor": true, "agency": true, "newspaper": true, "daily": true, "broadcaster": true, "lender": true,
	"insurer": true, "ngo": true, "movement": true, "coalition": true, "alliance": true, "network": true,
	"conglomerate": true, "miner": true, "operator": true, "outlet": true, "website": true, "startup": true}

// apposMods may stand between the article and an organisation noun ("a local rights group").
var apposMods = map[string]bool{"local": true, "private": true, "independent": true, "international": true,
	"human": true, "rights": true, "security": true, "risk": true, "research": true, "consulting": true,
	"advisory": true, "energy": true, "oil": true, "gas": true, "mining": true, "media": true, "news": true,
	"political": true, "monitoring": true, "humanitarian": true, "medical": true, "aid": true, "global": true,
	"regional": true, "leading": true, "major": true, "small": true, "non-profit": true, "nonprofit": true,
	"data": true, "conflict": true, "financial": true, "advocacy": true, "campaign": true, "civil": true,
	"civic": true, "armed": true, "militant": true, "rebel": true, "opposition": true, "telecoms": true,
	"state": true, "owned": true, "investment": true, "construction": true, "engineering": true, "logistics": true,
	"technology": true, "tech": true, "analytics": true, "intelligence": true, "watchdog": true}

// apposEnd may follow the organisation noun of an apposition.
var apposEnd = map[string]bool{"that": true, "which": true, "in": true, "based": true, "with": true,
	"at": true, "and": true, "whose": true, "founded": true, "tracking": true, "monitoring": true,
	"focused": true, "specialising": true, "specializing": true, "operating": true, "run": true, "close": true}

// norpCueAfter: a name before these is a people ("the Sikin tribe", "the Lendu community").
var norpCueAfter = map[string]bool{"tribe": true, "tribes": true, "clan": true, "clans": true,
	"community": true, "communities": true, "tribesmen": true, "clansmen": true, "ethnic": true, "sub-clan": true}

// locCueAfter: a name before these is a natural feature or region ("the Bohoma peninsula",
// "the Catatumbo region").
var locCueAfter = map[string]bool{"region": true, "valley": true, "plain": true, "plains": true,
	"forest": true, "peninsula": true, "mountains": true, "hills": true, "desert": true, "island": true,
	"islands": true, "highlands": true, "delta": true, "basin": true, "river": true, "lake": true,
	"swamp": true, "swamps": true, "marshes": true, "plateau": true, "camp": true, "massif": true}

// gpeCueAfter: a name before these is an administrative division ("the Amhara region" when the
// name is a people's, "Kulgam district").
var gpeCueAfter = map[string]bool{"district": true, "province": true, "governorate": true,
	"municipality": true, "county": true, "prefecture": true, "state": true, "regency": true,
	"upazila": true, "woreda": true, "tehsil": true}

// adminOnlyAfter are the gpeCueAfter nouns that follow nothing but a place's name ("in Yahukimo
// regency", "Sonagazi upazila"), so an untagged capitalised name before them is a place too.
var adminOnlyAfter = map[string]bool{"regency": true, "upazila": true, "woreda": true, "tehsil": true}

// campMods stand between a name and "camp" ("the Abu Shouk displacement camp").
var campMods = map[string]bool{"displacement": true, "refugee": true, "displaced": true, "idp": true,
	"refugees": true, "transit": true}

// facCueAfter: a name before these is a facility ("the Khor Mor gas field").
var facCueAfter = map[string]string{"gas": "field", "oil": "field", "gasfield": "", "oilfield": "",
	"refinery": "", "mine": "", "power": "plant"}

// placeCueOf: "the village of Pimbo", "the town of Shinahota".
var placeCueOf = map[string]bool{"village": true, "town": true, "city": true, "hamlet": true,
	"settlement": true, "township": true, "suburb": true, "neighbourhood": true, "neighborhood": true,
	"villages": true, "towns": true, "municipality": true, "commune": true, "locality": true}

// placeAppos: "Goma, the largest city in eastern Congo".
var placeAppos = map[string]bool{"city": true, "town": true, "village": true, "capital": true,
	"hamlet": true, "settlement": true, "township": true, "hometown": true, "stronghold": true}

// dirWords before a one-word name make it a place ("south Kashmir", "northern Gaza").
var dirWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "north-east": true, "north-west": true,
	"south-east": true, "south-west": true, "northeast": true, "northwest": true, "southeast": true,
	"southwest": true}

// placeLead words begin names of places, not organisations ("South Sudan", "Republic of Iran").
var placeLead = map[string]bool{"North": true, "South": true, "East": true, "West": true, "Northern": true,
	"Southern": true, "Eastern": true, "Western": true, "Central": true, "Upper": true, "Lower": true,
	"New": true, "Greater": true, "Old": true, "Republic": true, "Kingdom": true, "State": true,
	"Federation": true, "Union": true, "Islamic": true, "Democratic": true, "People": true, "Federal": true,
	"United": true, "Sultanate": true, "Emirate": true, "Principality": true, "Commonwealth": true, "Grand": true}

// possessiveTok: the possessive token after a name ("'s", "'").
func possessiveTok(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

// orgPossessors begin organisation names as possessives ("People's Defence Force", "Workers'
// Party", "Martyrs' Brigade").
var orgPossessors = map[string]bool{"People": true, "Peoples": true, "Workers": true, "Martyrs": true,
	"Women": true, "Farmers": true, "Students": true, "Children": true, "Lord": true, "Mothers": true}

// clubTails end names of sports clubs.
var clubTails = map[string]bool{"FC": true, "SC": true, "AC": true, "CF": true, "F.C.": true}

// honorifics before a name of two or more words that the gold sets leave out.
// South Asian religious titles ("Ameer Mufti Abdul Hannan", "Maulana Fazlur Rehman") count too.
var honorifics = map[string]bool{"Sheikh": true, "Sheik": true, "Shaikh": true, "Ameer": true, "Mufti": true,
	"Maulana": true, "Moulana": true, "Allama": true}

// islands are large islands whose name alone is no state, province or region (those named
// like their province, as Bali or Hokkaido, are left out).
var islands = map[string]bool{"Java": true, "Sumatra": true, "Sulawesi": true, "Borneo": true, "Mindanao": true,
	"Luzon": true, "Visayas": true, "Honshu": true, "Kyushu": true, "Shikoku": true, "Halmahera": true,
	"Lombok": true, "Sumba": true, "Kalimantan": true}

// rivers are large rivers whose name is no country's, city's or division's ("over the Danube").
var rivers = map[string]bool{"Danube": true, "Euphrates": true, "Tigris": true, "Mekong": true, "Dnipro": true,
	"Dnieper": true, "Volga": true, "Yangtze": true, "Orinoco": true, "Rhine": true,
	"Indus": true, "Ganges": true, "Brahmaputra": true, "Litani": true, "Irrawaddy": true, "Salween": true,
	"Oder": true, "Vistula": true, "Elbe": true, "Drina": true, "Nile": true, "Shabelle": true,
	"Dniester": true, "Seversky": true, "Oskil": true}

// corpHeads end names of companies named after their country ("Pakistan Railways", "Kenya
// Airways").
var corpHeads = map[string]bool{"Railways": true, "Railway": true, "Airways": true, "Airlines": true, "Telecom": true,
	"Telecommunications": true, "Television": true, "Broadcasting": true, "Petroleum": true, "Post": true, "Steel": true}

// institutionHeads end names of facilities that are also organisations ("the U.S. Embassy",
// "the Emergency Medicine Centre"); a building such as the White House stays a facility.
var institutionHeads = map[string]bool{"Embassy": true, "Consulate": true, "Centre": true, "Center": true,
	"Hospital": true, "Institute": true, "University": true, "Mission": true}

// speechVerbs after a name make it a speaker ("the U.S. Embassy said").
var speechVerbs = map[string]bool{"said": true, "says": true, "condemned": true, "announced": true, "confirmed": true,
	"reported": true, "stated": true, "warned": true, "denied": true}

// speaksAfter reports whether a verb of saying follows token b, directly or after "in" and a
// place name of one or two words ("the U.S. Embassy in Baghdad condemned").
func (c *ctxDoc) speaksAfter(b int) bool {
	if !c.adj(b - 1) {
		return false
	}
	if speechVerbs[c.word(b)] {
		return true
	}
	if c.word(b) == "in" && c.capTok(b+1) {
		return speechVerbs[c.word(b+2)] || c.capTok(b+2) && speechVerbs[c.word(b+3)]
	}
	return false
}

// clubWords end names of sports clubs named after their town ("Blackburn Rovers", "Leeds United").
var clubWords = map[string]bool{"United": true, "Rovers": true, "Wanderers": true, "Athletic": true, "Albion": true,
	"Hotspur": true, "Rangers": true, "Celtic": false}

// forceNames are one-word forces named after their country ("US" + "Navy").
var forceNames = map[string]bool{"Navy": true, "Army": true, "Police": true, "Marines": true, "Military": true,
	"Gendarmerie": true}

// extraOrgHeads end organisation names the orgKeys list lacks ("Tactical Response Team",
// "General Staff").
var extraOrgHeads = map[string]bool{"Team": true, "Squad": true, "Staff": true, "Unit": true}

// cue flags of lower-case words, so that the scan costs one map lookup per lower-case token
const (
	cueOrgBefore = 1 << iota
	cuePlaceOf
	cueAfter
	cueDir
	cueRoad
	cueNeighbour
)

var cueFlags = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range orgCueBefore {
		m[w] |= cueOrgBefore
	}
	for w := range placeCueOf {
		m[w] |= cuePlaceOf
	}
	for _, set := range []map[string]bool{norpCueAfter, locCueAfter, gpeCueAfter, campMods} {
		for w := range set {
			m[w] |= cueAfter
		}
	}
	for w := range facCueAfter {
		m[w] |= cueAfter
	}
	m["news"] |= cueAfter
	for w := range dirWords {
		m[w] |= cueDir
	}
	for w := range roadNouns {
		m[w] |= cueRoad
	}
	m["neighbouring"] |= cueNeighbour
	m["neighboring"] |= cueNeighbour
	m["department"] |= cueAfter
	for w := range m {
		if len(w) < 32 {
			cueShape[w[0]] |= 1 << len(w)
		}
	}
	return m
}()

// cueShape[b] has bit n set when a cue word of n bytes starts with byte b: most lower-case
// tokens are ruled out without a map lookup.
var cueShape [256]uint32

func (c *ctxDoc) word(i int) string {
	if i < 0 || i >= len(c.w) {
		return ""
	}
	return c.w[i]
}

func (c *ctxDoc) kinds(i int) uint32 {
	if i < 0 || i >= len(c.w) || c.w[i] == "" {
		return 0
	}
	c.one[0] = c.w[i]
	return c.t.gz.Kinds(c.one[:])
}

func (c *ctxDoc) kindsRange(a, b int) uint32 {
	if a < 0 || b > len(c.w) || a >= b {
		return 0
	}
	return c.t.gz.Kinds(c.w[a:b])
}

// adj reports whether tokens i and i+1 are in the same sentence with no line break between.
func (c *ctxDoc) adj(i int) bool {
	if i < 0 || i+1 >= len(c.toks) || c.w[i] == "" || c.w[i+1] == "" {
		return false
	}
	return !newlineBetween(c.text, c.toks[i].End, c.toks[i+1].Start)
}

func isLowerWord(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// capTok: a capitalised word that may be part of a name.
func (c *ctxDoc) capTok(i int) bool {
	w := c.word(i)
	if w == "" || !nameStart(w) {
		return false
	}
	return c.kinds(i)&KStop == 0
}

// capRun returns the end of the run of capitalised words starting at i (at most max words).
func (c *ctxDoc) capRun(i, max int) int {
	j := i
	for j < len(c.w) && j < i+max && c.capTok(j) && (j == i || c.adj(j-1)) {
		j++
	}
	return j
}

// capRunBack returns the start of the run of capitalised words ending at b (exclusive).
func (c *ctxDoc) capRunBack(b, max int) int {
	a := b
	for a > 0 && a > b-max && c.capTok(a-1) && (a == b || c.adj(a-1)) {
		a--
	}
	return a
}

// spanAt is the span covering token i, or -1.
func (c *ctxDoc) spanAt(i int) int {
	if i < 0 || i >= len(c.own) {
		return -1
	}
	return int(c.own[i])
}

// set replaces the names over tokens [a, b) by one name with label; it refuses (false) when
// a name crosses the edges of [a, b) or is not aligned to tokens.
func (c *ctxDoc) set(a, b int, label string, strong bool) bool {
	if a < 0 || b > len(c.w) || a >= b {
		return false
	}
	// Every new span kills the ones it covers; rules that keep rewriting each other's spans
	// would grow the list without end. A bound far above any real sentence's needs makes
	// termination certain on any input.
	if len(c.sp) > 8*len(c.w)+64 {
		return false
	}
	if x := c.spanAt(a); x >= 0 && (c.sp[x].a < a || c.sp[x].fixed) {
		return false
	}
	if x := c.spanAt(b - 1); x >= 0 && (c.sp[x].b > b || c.sp[x].fixed) {
		return false
	}
	for k := a; k < b; k++ {
		if x := c.spanAt(k); x >= 0 && c.sp[x].fixed {
			return false
		}
	}
	if x := c.spanAt(a); x >= 0 && c.sp[x].a == a && c.sp[x].b == b {
		sp := &c.sp[x]
		if sp.label != label {
			sp.label, sp.edited = label, true
		}
		sp.strong = sp.strong || strong
		return true
	}
	score := 0.6
	for k := a; k < b; k++ {
		if x := c.spanAt(k); x >= 0 {
			c.sp[x].dead = true
			score = math.Max(score, c.sp[x].score)
		}
	}
	c.sp = append(c.sp, cspan{a: a, b: b, label: label, score: score, edited: true, strong: strong})
	for k := a; k < b; k++ {
		c.own[k] = int32(len(c.sp) - 1)
	}
	return true
}

// relabel gives the span covering exactly [a, b), if any, label; without one it adds a name
// when the tokens are free.
func (c *ctxDoc) relabel(a, b int, label string, strong bool, keep func(old string) bool) {
	if x := c.spanAt(a); x >= 0 && c.sp[x].a == a && c.sp[x].b == b {
		if keep != nil && keep(c.sp[x].label) {
			return
		}
	}
	c.set(a, b, label, strong)
}

// contextRules applies the repairs to the document's names (out, sorted by Start).
func (t *Tagger) contextRules(s *state, text string, toks []model.Span, out []model.Entity) []model.Entity {
	c := &ctxDoc{t: t, s: s, text: text, toks: toks}
	if cap(s.cw) < len(toks) {
		s.cw = make([]string, len(toks))
		s.cown = make([]int32, len(toks))
	}
	c.w, c.own = s.cw[:len(toks)], s.cown[:len(toks)]
	for i, tk := range toks {
		c.w[i] = text[tk.Start:tk.End]
		c.own[i] = -1
	}
	c.sp = s.csp[:0]
	k := 0
	for _, e := range out {
		for k < len(toks) && (toks[k].Start < e.Start || toks[k].Start == toks[k].End) {
			k++
		}
		sp := cspan{label: e.Label, score: e.Score, fixed: true}
		if k < len(toks) && toks[k].Start == e.Start {
			b := k
			for b < len(toks) && toks[b].End <= e.End && (toks[b].Start != toks[b].End || b == k) {
				b++
			}
			if b > k && toks[b-1].End == e.End {
				sp.a, sp.b, sp.fixed = k, b, false
			}
		}
		if !sp.fixed {
			for x := sp.a; x < sp.b; x++ {
				c.own[x] = int32(len(c.sp))
			}
		}
		c.sp = append(c.sp, sp)
	}
	n0 := len(c.sp)
	c.rules()
	s.csp = c.sp[:0]
	changed := len(c.sp) != n0
	for i := range c.sp {
		if c.sp[i].dead || c.sp[i].edited {
			changed = true
			break
		}
	}
	if !changed {
		return out
	}
	res := out[:0]
	for i := 0; i < n0; i++ {
		sp := &c.sp[i]
		if sp.dead {
			continue
		}
		e := out[i]
		if sp.edited {
			e.Label = sp.label
			if !sp.fixed {
				e.Start, e.End = toks[sp.a].Start, toks[sp.b-1].End
				e.Text = text[e.Start:e.End]
			}
		}
		res = append(res, e)
	}
	for i := n0; i < len(c.sp); i++ {
		sp := &c.sp[i]
		if sp.dead {
			continue
		}
		st, en := toks[sp.a].Start, toks[sp.b-1].End
		res = append(res, model.Entity{Text: text[st:en], Label: sp.label, Start: st, End: en,
			Score: math.Round(sp.score*1000) / 1000})
	}
	sort.SliceStable(res, func(a, b int) bool {
		if res[a].Start != res[b].Start {
			return res[a].Start < res[b].Start
		}
		return res[a].End > res[b].End
	})
	return res
}

func (c *ctxDoc) rules() {
	t := c.t
	n := len(c.w)
	placeKinds := KCountry | KCity | KAdmin | KRegion | KDistrict
	for i := 0; i < n; i++ {
		w := c.w[i]
		if w == "" {
			continue
		}
		// "AFC/M23", "RFE/RL": an organisation name written against a slash and another name
		if w == "/" && i > 0 && i+1 < n && c.toks[i-1].End == c.toks[i].Start && c.toks[i].End == c.toks[i+1].Start && nameStart(c.w[i+1]) {
			if x := c.spanAt(i - 1); x >= 0 && c.sp[x].label == model.ORG && c.sp[x].b == i && !c.sp[x].fixed {
				if y := c.spanAt(i + 1); y < 0 || c.sp[y].a == i+1 && c.sp[y].b == i+2 {
					c.set(c.sp[x].a, i+2, model.ORG, false)
				}
			}
			continue
		}
		// "Iran Human Rights (IHR)": capitalised words whose initials spell the acronym after them
		if w == "(" && i+2 < n && c.w[i+2] == ")" && i > 1 {
			c.acronym(i)
			continue
		}
		if w == "of" && i > 0 && i+1 < n && seaWords[c.w[i-1]] && c.adj(i-1) && c.adj(i) && c.capTok(i+1) {
			c.seaName(i)
			continue
		}
		if (w == "on" || w == "along" || w == "off") && i+2 < n && c.w[i+1] == "the" && roadCode(c.w[i+2]) && c.w[i+2][0] != 'M' {
			// "spotted the vehicle on the N1 near Makhado Road": a numbered road ("M23" is
			// a rebel group as often as a motorway)
			if x := c.spanAt(i + 2); x < 0 || c.sp[x].a == i+2 && c.sp[x].b == i+3 {
				c.set(i+2, i+3, model.FAC, true)
			}
			continue
		}
		if (w == "'s" || w == "’s") && i > 0 && i+1 < n && c.toks[i-1].End == c.toks[i].Start && c.adj(i) && c.capTok(i-1) && c.capTok(i+1) {
			c.possPlace(i)
			c.possKnown(i)
			continue
		}
		if (w == "'" || w == "’") && i > 0 && i+1 < n && c.toks[i-1].End == c.toks[i].Start && strings.HasSuffix(c.w[i-1], "s") && c.adj(i) && c.capTok(i-1) && c.capTok(i+1) {
			c.possKnown(i) // "St James' Park"
			continue
		}
		if w == "and" && i > 0 && i+1 < n && c.adj(i-1) && c.adj(i) && c.capTok(i-1) && c.capTok(i+1) {
			c.andPlace(i)
			continue
		}
		if w == "Pass" && i > 0 && c.adj(i-1) && c.capTok(i-1) {
			c.pass(i)
			continue
		}
		if len(w) >= 5 && len(w) <= 9 && w[0] >= 'A' && w[0] <= 'Z' && platforms[w] {
			// "Facebook, YouTube and WhatsApp", "on Telegram": companies, not places
			if x := c.spanAt(i); x < 0 || c.sp[x].a == i && c.sp[x].b == i+1 && c.sp[x].label != model.ORG && !c.sp[x].fixed {
				c.set(i, i+1, model.ORG, true)
			}
			continue
		}
		if partyWords[w] && i > 0 {
			c.partyPlace(i)
			continue
		}
		if !isLowerWord(w) {
			continue
		}
		if elided(w) {
			c.elision(i)
			continue
		}
		if len(w) >= 32 || cueShape[w[0]]&(1<<len(w)) == 0 {
			continue
		}
		cf := cueFlags[w]
		if cf == 0 {
			continue
		}
		if cf&cueRoad != 0 && i > 0 && c.adj(i-1) {
			c.road(i)
		}
		// "the news agency Sana", "the reformist daily Shargh", "rights group Missing Voices"
		if cf&cueOrgBefore != 0 && c.adj(i) && i+1 < n && c.capTok(i+1) && c.kinds(i+1)&(KTitle|KDemonym) == 0 &&
			(c.kinds(i+1)&KFirstName == 0 || mediaCue[w] && c.capRun(i+1, 2) == i+2) {
			j := c.capRun(i+1, 5)
			place := KCountry | KCity | KAdmin | KRegion | KPerson
			if mediaCue[w] && j == i+2 {
				place &^= KCity // "the news agency Sana"
			}
			if j > i+1 && c.kindsRange(i+1, j)&place == 0 && !c.startsPerson(i+1, j) {
				// the whole run, unless a title or a known person starts inside it
				ok := true
				for k := i + 2; k < j; k++ {
					if c.kinds(k)&KTitle != 0 {
						ok = false
					}
				}
				if ok && !(j < n && c.w[j] == "'s") {
					c.set(i+1, j, model.ORG, true)
				}
			}
		}
		// "the village of Pimbo", "the Chapare town of Shinahota"
		if cf&cuePlaceOf != 0 && c.word(i+1) == "of" && c.adj(i) && c.adj(i+1) && c.capTok(i+2) {
			j := c.capRun(i+2, 4)
			if j > i+2 && !(j < n && (c.w[j] == "'s" || c.capTok(j))) {
				c.relabel(i+2, j, model.GPE, true, func(old string) bool { return old != model.PERSON && old != model.ORG && old != model.NORP })
			}
		}
		// lower-case nouns after a name: "Mizan news agency", "the Sikin tribe", "the Bohoma
		// peninsula", "the Khor Mor gas field", "the Abu Shouk displacement camp"
		if cf&cueAfter != 0 && i > 0 && c.adj(i-1) && c.capTok(i-1) {
			b := i
			a := c.capRunBack(b, 4)
			if a < b && (!(a > 0 && c.adj(a-1) && (c.w[a-1] == "'s" || c.w[a-1] == "’s")) || w == "news") {
				c.after(a, b, i)
			} else if a < b && (gpeCueAfter[w] || w == "region" || w == "department") && c.countryPossessive(a) {
				// "Burkina Faso's Centre-Nord region", "Iran's Sistan-Baluchestan province": a
				// division of the country before
				c.division(a, b)
			}
		}
		// "the neighbouring Ashulia industrial area", "neighbouring Beit Lahia": a place
		if cf&cueNeighbour != 0 && c.adj(i) && i+1 < n && c.capTok(i+1) {
			c.neighbour(i + 1)
		}
		// "south Kashmir", "northern Gaza": a place
		if cf&cueDir != 0 && c.adj(i) && i+1 < n {
			if x := c.spanAt(i + 1); x >= 0 && c.sp[x].a == i+1 && c.sp[x].b == i+2 && !c.sp[x].fixed &&
				(c.sp[x].label == model.PERSON || c.sp[x].label == model.ORG) {
				if k := c.kinds(i + 1); k&placeKinds != 0 && k&(KPerson|KOrgName|KFirstName|KSurname) == 0 {
					l := PlaceLabel(t.gz, c.w[i+1:i+2])
					if l == "" {
						l = model.GPE
					}
					c.set(i+1, i+2, l, false)
				}
			}
		}
	}
	// apposition after a comma: "Goma, the largest city", "SBM Intelligence, a Lagos-based
	// consultancy"
	for i := 1; i+2 < n; i++ {
		if c.w[i] != "," {
			continue
		}
		if d := c.w[i+1]; d != "a" && d != "an" && d != "the" {
			continue
		}
		if !c.capTok(i-1) || c.toks[i-1].End != c.toks[i].Start {
			continue
		}
		a := c.capRunBack(i, 4)
		if a >= i {
			continue
		}
		if x := c.spanAt(a); x >= 0 && (c.sp[x].a < a || c.sp[x].fixed) {
			continue
		}
		for k := i + 2; k < n && k < i+8; k++ {
			w := c.w[k]
			if w == "" || !c.adj(k-1) {
				break
			}
			lw := strings.ToLower(w)
			if (placeAppos[lw] || apposPlace9[lw] && apposPlaceEnd(c.word(k+1))) && isLowerWord(w) {
				if c.label(a, i) != model.FAC && c.label(a, i) != model.GPE && c.kindsRange(a, i)&(KOrgName|KPerson) == 0 && !c.startsPerson(a, i) {
					c.relabel(a, i, model.GPE, true, nil)
				}
				break
			}
			if orgCueAfter[lw] && isLowerWord(w) {
				if nx := c.word(k + 1); nx == "" || isPunctWord(nx) || apposEnd[nx] {
					if l := c.label(a, i); l != model.ORG && l != model.NORP && c.kindsRange(a, i)&placeKinds == 0 && !c.startsPerson(a, i) {
						c.relabel(a, i, model.ORG, true, nil)
					}
				}
				break
			}
			if isLowerWord(w) && k+1 < n && (placeAppos[c.word(k+1)] || apposPlace9[c.word(k+1)]) && !apposMods[lw] && !stopLower[lw] && c.adj(k) && apposPlaceEnd(c.word(k+2)) &&
				c.kindsRange(a, i)&(KOrgName|KPerson|KFirstName) == 0 {
				// "Chasiv Yar, a hilltop town west of Bakhmut": one modifier the lists lack
				continue
			}
			if isLowerWord(w) && !apposMods[lw] && !strings.Contains(w, "-") && lw != "largest" && lw != "main" &&
				lw != "provincial" && lw != "regional" && lw != "second" && lw != "biggest" && lw != "nearby" &&
				lw != "small" && lw != "border" && lw != "northern" && lw != "southern" && lw != "eastern" &&
				lw != "western" && lw != "central" && lw != "district" && lw != "state" && lw != "port" && lw != "mining" && lw != "coastal" {
				break
			}
		}
	}
	c.places10()
	c.places9()
	c.people14()
	c.placeLabels14()
	c.knownTails19()
	c.listedDivisions20()
	c.names()
	c.propagate()
}

// label returns the label of the one span covering exactly [a, b), or "".
func (c *ctxDoc) label(a, b int) string {
	if x := c.spanAt(a); x >= 0 && c.sp[x].a == a && c.sp[x].b == b {
		return c.sp[x].label
	}
	return ""
}

// startsPerson reports whether [a, b) looks like a person's name: a tagged person that starts
// with a given name or a title.
func (c *ctxDoc) startsPerson(a, b int) bool {
	if c.kinds(a)&(KFirstName|KTitle) != 0 && b-a > 1 {
		return true
	}
	if b-a >= 2 && strongCapsWord(c.w[a]) || b-a >= 3 && len(c.w[a]) <= 4 && strings.ToUpper(c.w[a]) == c.w[a] {
		return true // "CEO Steve Jobs"
	}
	for k := a; k+1 < b; k++ {
		if c.kinds(k)&KFirstName != 0 && c.kinds(k+1)&(KCountry|KCity|KAdmin|KOrgKey) == 0 {
			return true // "CEO Steve Jobs"
		}
	}
	if c.kindsRange(a, b)&KPerson != 0 {
		return true
	}
	return false
}

// after handles a lower-case noun at i right after the capitalised run [a, b).
func (c *ctxDoc) after(a, b, i int) {
	lw := c.w[i]
	if !(lw == "news" || lw == "department" || norpCueAfter[lw] || gpeCueAfter[lw] || locCueAfter[lw] || campMods[lw] || facCueAfter[lw] != "" ||
		lw == "gasfield" || lw == "oilfield" || lw == "refinery") {
		return
	}
	run := c.kindsRange(a, b)
	first := c.kinds(a)
	known := run&(KCountry|KCity|KAdmin|KDistrict|KRegion) != 0
	cur := c.label(a, b)
	if c.spanAt(a) >= 0 && cur == "" {
		// a longer name covers the run ("Mizan" inside nothing): only whole names change
		if x := c.spanAt(a); c.sp[x].a != a || c.sp[x].b > b {
			return
		}
		if x := c.spanAt(b - 1); x >= 0 && c.sp[x].b != b {
			return
		}
	}
	if first&(KStop|KTitle) != 0 || run&(KOrgName|KPerson) != 0 {
		return
	}
	switch {
	case lw == "news" && c.word(i+1) == "agency":
		if cur != model.ORG && !known {
			c.set(a, b, model.ORG, true)
		}
	case norpCueAfter[lw]:
		if cur != model.NORP && !known && run&(KOrgKey|KLocWord|KFacWord) == 0 && b-a <= 2 {
			c.set(a, b, model.NORP, true)
		}
	case lw == "department":
		// "the Cauca department": a division, unless the name is an office's ("the Justice
		// department")
		if run&(KOrgKey|KTitle|KDemonym) == 0 && (cur == model.ORG || cur == model.PERSON || cur == model.GPE || cur == "" && a > 0 && c.w[a-1] == "the") {
			c.set(a, b, model.GPE, true)
		}
	case gpeCueAfter[lw] || lw == "region" && cur == model.NORP:
		if cur == model.NORP && (b != a+1 || adjectival(c.w[a])) {
			return // "Iraqi state television", "Kurdish region": an adjective
		}
		if cur == model.PERSON || cur == model.ORG || cur == model.NORP || cur == "" && c.capTok(a) && a > 0 && (c.w[a-1] == "the" || adminOnlyAfter[lw]) {
			c.set(a, b, model.GPE, true)
		}
	case locCueAfter[lw] || campMods[lw] && c.word(i+1) == "camp":
		if lw == "region" && run&(KOrgKey|KFacWord) == 0 && cur == "" && run&(KAdmin|KDistrict) != 0 && a > 0 && (c.w[a-1] == "the" || c.w[a-1] == "The") {
			// "the Dnipropetrovsk region": a known division
			c.set(a, b, model.GPE, true)
			return
		}
		if lw == "region" && run&(KOrgKey|KFacWord|KOrgName|KPerson) == 0 && (cur == model.ORG || cur == model.PERSON) && a > 0 && (c.w[a-1] == "the" || c.w[a-1] == "The") {
			// "the Catatumbo region": an area, not an organisation (the gold sets label such
			// areas LOC unless a country's possessive makes them a division)
			c.set(a, b, model.LOC, true)
			return
		}
		if featKeep[lw] && cur != model.FAC && cur != model.NORP && run&(KOrgKey|KFacWord) == 0 &&
			a > 0 && (c.w[a-1] == "the" || c.w[a-1] == "The") && c.kindsRange(a, b)&KCountry == 0 {
			// "the Rugu forest", "the Ruzizi plain": the feature noun is part of the name
			c.set(a, i+1, model.LOC, true)
			return
		}
		if known || cur == model.FAC || run&(KLocWord|KFacWord|KOrgKey) != 0 {
			return
		}
		if cur == "" && !(a > 0 && (c.w[a-1] == "the" || c.w[a-1] == "The")) {
			return
		}
		if lw == "region" && cur != "" || cur == model.NORP {
			return // "Kurdish region": an adjective
		}
		if cur != model.LOC {
			c.set(a, b, model.LOC, true)
		}
	case facCueAfter[lw] != "" && c.word(i+1) == facCueAfter[lw] || facCueAfter[lw] == "" && (lw == "gasfield" || lw == "oilfield" || lw == "refinery"):
		if known || cur == model.FAC || run&(KOrgKey) != 0 {
			return
		}
		if cur != "" || a > 0 && (c.w[a-1] == "the" || c.w[a-1] == "The") {
			c.set(a, b, model.FAC, true)
		}
	}
}

// featKeep are the feature nouns that the gold sets keep in the name ("the Rugu forest", "the
// Ruzizi plain"); others ("the Cal Miskaad mountains", "the Irrawaddy river") stay outside.
var featKeep = map[string]bool{"forest": true, "plain": true, "plains": true}

// stopLower are lower-case function words that never modify a place noun in an apposition.
var stopLower = map[string]bool{"of": true, "in": true, "at": true, "on": true, "for": true, "from": true,
	"with": true, "and": true, "or": true, "who": true, "which": true, "that": true, "to": true, "by": true,
	"former": true, "resident": true, "native": true, "member": true}

// apposPlaceEnd: the word after the place noun of "X, a hilltop town ..." ends the noun phrase
// ("a hilltop town west of Bakhmut", "a market town in Kachin"), so the noun is no modifier
// ("a hilltop town official").
func apposPlaceEnd(w string) bool {
	switch w {
	case "", ",", ".", ";", ":", ")", "—", "–", "-", "in", "of", "near", "on", "outside", "about", "some", "west",
		"east", "north", "south", "northwest", "northeast", "southwest", "southeast", "close", "along",
		"that", "which", "where", "with", "and", "just", "located", "across", "at", "bordering", "overlooking":
		return true
	}
	return false
}

// countryPossessive reports whether the name starting at token a follows a country's
// possessive ("Iran's Sistan-Baluchestan province").
func (c *ctxDoc) countryPossessive(a int) bool {
	if a < 2 || (c.w[a-1] != "'s" && c.w[a-1] != "’s") || !c.adj(a-2) {
		return false
	}
	if x := c.spanAt(a - 2); x >= 0 && c.sp[x].b == a-1 && c.sp[x].label == model.GPE && !c.sp[x].fixed {
		return c.kindsRange(c.sp[x].a, c.sp[x].b)&KCountry != 0
	}
	return false
}

// division labels the name [a, b) before an administrative noun after a country's possessive
// as a place, unless it is a known organisation or person.
func (c *ctxDoc) division(a, b int) {
	run := c.kindsRange(a, b)
	if run&(KOrgName|KPerson|KOrgKey|KTitle|KStop) != 0 || c.kinds(a)&KFirstName != 0 {
		return
	}
	cur := c.label(a, b)
	if cur == model.GPE || cur == model.LOC || cur == model.FAC {
		return
	}
	if cur == model.NORP && (b != a+1 || adjectival(c.w[a])) {
		return
	}
	if x := c.spanAt(a); x >= 0 && (c.sp[x].a != a || c.sp[x].b > b) {
		return
	}
	if x := c.spanAt(b - 1); x >= 0 && c.sp[x].b != b {
		return
	}
	c.set(a, b, model.GPE, true)
}

// neighbour labels the name at token a after "neighbouring" as a place ("the neighboring
// Ashulia industrial area", "and neighbouring Beit Lahia").
func (c *ctxDoc) neighbour(a int) {
	b := c.capRun(a, 3)
	if b <= a || b < len(c.w) && (c.w[b] == "'s" || c.w[b] == "’s") {
		return
	}
	run := c.kindsRange(a, b)
	if run&(KOrgName|KPerson|KOrgKey|KTitle|KDemonym|KFacWord) != 0 || c.startsPerson(a, b) {
		return
	}
	cur := c.label(a, b)
	if cur == model.GPE || cur == model.LOC || cur == model.FAC || cur == model.NORP {
		return
	}
	if x := c.spanAt(a); x >= 0 && (c.sp[x].a != a || c.sp[x].b > b) {
		return
	}
	if x := c.spanAt(b - 1); x >= 0 && c.sp[x].b != b {
		return
	}
	l := PlaceLabel(c.t.gz, c.w[a:b])
	if l == "" {
		l = model.GPE
	}
	c.set(a, b, l, true)
}

// roleBefore are lower-case role nouns written before a person's full name ("security
// minister Abdirizak Ahmed Issa").
var roleBefore = map[string]bool{"minister": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"commander": true, "governor": true, "leader": true, "chief": true, "president": true, "secretary": true,
	"director": true, "official": true, "adviser": true, "advisor": true, "mayor": true, "chairman": true,
	"chairperson": true, "lawmaker": true, "senator": true, "activist": true, "journalist": true, "analyst": true,
	"researcher": true, "general": true, "colonel": true, "officer": true, "envoy": true, "ambassador": true}

// platforms are online platforms named in news copy as sources ("said on Telegram") and
// targets of bans; none is a place.
var platforms = map[string]bool{"Facebook": true, "YouTube": true, "WhatsApp": true, "Instagram": true, "TikTok": true,
	"Telegram": true, "Twitter": true, "WeChat": true, "Weibo": true, "Snapchat": true, "LinkedIn": true,
	"Reddit": true, "Bluesky": true, "Viber": true, "VKontakte": true}

// officeWords after a title's possessive name an office ("the Attorney General's Office").
var officeWords = map[string]bool{"Office": true, "Bureau": true, "Secretariat": true, "Chambers": true}

// possPlace joins a place name written with a possessive ("Cox's Bazar") that the tagger
// split at the "'s" token i, when the gazetteer knows the whole name.
func (c *ctxDoc) possPlace(i int) {
	if officeWords[c.w[i+1]] && !c.capTok(i+2) {
		// "the Attorney General's Office", "the Prime Minister's Office": an office named
		// after the title that heads it
		a := i
		for a > 0 && i-a < 3 && c.kinds(a-1)&KTitle != 0 && c.capTok(a-1) && (a == i || c.adj(a-1)) {
			a--
		}
		if a < i {
			// the office word untagged, or inside a name that ends with it and starts within
			// the title ("General's Office" tagged ORG without "Attorney")
			ok := true
			if x := c.spanAt(i + 1); x >= 0 && (c.sp[x].a < a || c.sp[x].b > i+2 || c.sp[x].fixed) {
				ok = false
			}
			for k := a; k < i; k++ {
				if x := c.spanAt(k); x >= 0 && (c.sp[x].a < a || c.sp[x].fixed) {
					ok = false
				}
			}
			if ok {
				c.set(a, i+2, model.ORG, true)
			}
		}
		return
	}
	c.joinPlace(i, []string{c.w[i-1] + "'s", c.w[i+1]})
}

// andPlace joins a place name with "and" in it ("Jammu and Kashmir", "Bosnia and
// Herzegovina") at the "and" token i, when the gazetteer knows the whole name.
func (c *ctxDoc) andPlace(i int) { c.joinPlace(i, c.w[i-1:i+2]) }

// joinPlace tags tokens i-1..i+1 as one GPE when the gazetteer knows name (their words as
// the gazetteer spells them) as a country, city or division and no span reaches past them.
func (c *ctxDoc) joinPlace(i int, name []string) {
	if c.t.gz.Kinds(name)&(KCountry|KCity|KAdmin|KDistrict) == 0 {
		return
	}
	if x := c.spanAt(i + 1); x >= 0 && c.sp[x].b > i+2 {
		return
	}
	if x := c.spanAt(i - 1); x >= 0 && c.sp[x].a < i-1 {
		return
	}
	c.set(i-1, i+2, model.GPE, true)
}

// pass tags "the Bolan Pass" (a mountain pass) as one location at the "Pass" token i.
func (c *ctxDoc) pass(i int) {
	a := i - 1
	if x := c.spanAt(i - 1); x >= 0 {
		if c.sp[x].b != i || c.sp[x].fixed || c.sp[x].label == model.FAC {
			return
		}
		a = c.sp[x].a
	} else {
		a = c.capRunBack(i, 3)
	}
	if a >= i || c.kindsRange(a, i)&(KPerson|KOrgName|KFirstName|KTitle) != 0 {
		return
	}
	if !(a > 0 && (c.w[a-1] == "the" || c.w[a-1] == "The")) {
		return
	}
	if x := c.spanAt(i); x >= 0 && !(c.sp[x].a == i && c.sp[x].b == i+1) {
		return
	}
	c.set(a, i+1, model.LOC, true)
}

// peopleAdj name peoples without a country ("Indigenous leaders", "Aboriginal communities").
var peopleAdj = map[string]bool{"Indigenous": true, "Aboriginal": true, "Afro-Colombian": true, "Afro-Ecuadorian": true,
	"Afro-Brazilian": true, "Mestizo": true}

// adjectival: a demonym in adjective form ("Kurdish region"), not a people's name that is also
// a region's ("Amhara region").
func adjectival(w string) bool {
	for _, suf := range [...]string{"ish", "ese", "ian", "ean", "ic", "an", "ch", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// seaWords head names of seas and straits written with "of" ("Gulf of Aden", "Strait of
// Hormuz", "Horn of Africa").
var seaWords = map[string]bool{"Gulf": true, "Bay": true, "Sea": true, "Strait": true, "Straits": true,
	"Horn": true, "Isle": true, "Gulf's": false}

// seaName tags "Gulf of Aden" as one LOC at the "of" token i.
func (c *ctxDoc) seaName(i int) {
	a := i - 1
	if x := c.spanAt(i - 1); x >= 0 {
		if c.sp[x].b != i || c.sp[x].fixed || c.sp[x].label != model.LOC && c.sp[x].label != model.GPE {
			return
		}
		a = c.sp[x].a
	} else if c.kinds(i-1)&KStop != 0 {
		return
	}
	j := c.capRun(i+1, 3)
	if j < len(c.w) && c.adj(j-1) && (c.w[j] == "'s" || c.w[j] == "’s") {
		return
	}
	if x := c.spanAt(j - 1); x >= 0 && c.sp[x].b > j {
		return
	}
	if c.kindsRange(i+1, j)&(KPerson|KOrgName) != 0 {
		return
	}
	c.set(a, j, model.LOC, false)
}

// roadNouns follow road numbers and pairs of towns in road names ("the N1 road", "the
// Imphal-Moreh road").
var roadNouns = map[string]bool{"road": true, "highway": true, "motorway": true, "expressway": true, "freeway": true}

// road tags "the N1 road" (the number, FAC, also where it recurs) at the road noun i.
func (c *ctxDoc) road(i int) {
	k := i - 1
	if c.w[k] == "national" || c.w[k] == "main" || c.w[k] == "key" || c.w[k] == "strategic" {
		if k == 0 || !c.adj(k-1) {
			return
		}
		k--
	}
	w := c.w[k]
	if roadCode(w) {
		if x := c.spanAt(k); x < 0 || c.sp[x].a == k && c.sp[x].b == k+1 {
			c.set(k, k+1, model.FAC, true)
		}
		return
	}
	// "the Imphal-Moreh road" stays two towns: as a facility it would take the place of the
	// town an event happened in (tried: the event location moved to the road)
}

// roadCode: "N1", "A40", "M25", "R71", "N-25": one to three capitals, an optional hyphen and
// one to three digits.
func roadCode(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	if i < len(w) && w[i] == '-' {
		i++
	}
	d := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
		d++
	}
	return d >= 1 && d <= 3 && i == len(w)
}

// acronym handles "Name Words (NW)" at the "(" token p.
func (c *ctxDoc) acronym(p int) {
	acr := c.w[p+1]
	if len(acr) < 2 || len(acr) > 8 {
		return
	}
	for k := 0; k < len(acr); k++ {
		if acr[k] < 'A' || acr[k] > 'Z' {
			return
		}
	}
	if !c.adj(p - 1) {
		return
	}
	// walk back over capitalised words and connectors, matching initials from the end
	m := len(acr)
	a := p
	for a > 0 && m > 0 {
		w := c.w[a-1]
		if w == "" || a < p && !c.adj(a-1) {
			break
		}
		if w == "of" || w == "for" || w == "and" || w == "on" || w == "the" {
			a--
			continue
		}
		if !nameStart(w) || w[0] != acr[m-1] {
			break
		}
		m--
		a--
	}
	if m != 0 || p-a < 2 || !nameStart(c.w[a]) {
		return
	}
	// already one name: leave it
	if x := c.spanAt(a); x >= 0 && c.sp[x].a == a && c.sp[x].b == p {
		return
	}
	// not a person's or place's name split in two: at least one of the words is no known place
	if c.kindsRange(a, p)&(KCountry|KCity|KAdmin|KPerson) != 0 {
		return
	}
	if x := c.spanAt(p + 1); x >= 0 && c.sp[x].label != model.ORG {
		return
	}
	if c.set(a, p, model.ORG, true) {
		if c.spanAt(p+1) < 0 {
			c.set(p+1, p+2, model.ORG, false)
		}
	}
}

// possessiveSplit returns the possessive token inside the organisation name [a, b) when the
// words before it are a known country or organisation and at least two capitalised words
// follow ("Philippines' Department of Migrant Workers"), or -1. Names that begin with a
// possessive ("People's Liberation Army", "Workers' Party") are kept.
func (c *ctxDoc) possessiveSplit(a, b int) int {
	for k := a + 1; k+2 < b+1 && k < b-1; k++ {
		w := c.w[k]
		if w != "'" && w != "’" && w != "'s" && w != "’s" {
			continue
		}
		if c.toks[k].Start != c.toks[k-1].End || orgPossessors[c.w[k-1]] {
			return -1
		}
		if w == "'" || w == "’" {
			if !strings.HasSuffix(c.w[k-1], "s") {
				return -1
			}
		}
		if b-(k+1) < 2 || !nameStart(c.w[k+1]) {
			return -1
		}
		if c.kindsRange(a, k)&(KCountry|KOrgName) == 0 {
			return -1
		}
		return k
	}
	return -1
}

// names applies the person and organisation span repairs.
func (c *ctxDoc) names() {
	t := c.t
	for x := 0; x < len(c.sp); x++ {
		sp := &c.sp[x]
		if sp.dead || sp.fixed {
			continue
		}
		a, b := sp.a, sp.b
		if b == a+1 && peopleAdj[c.w[a]] && sp.label != model.NORP {
			// "the country's largest Indigenous organisation": a people, never an actor alone
			sp.label, sp.edited = model.NORP, true
			continue
		}
		switch sp.label {
		case model.PERSON:
			// "Sheikh Hikmat al-Hijri": the honorific is no part of the name
			for b-a >= 3 && honorifics[c.w[a]] {
				c.own[a] = -1
				sp.a, sp.edited = a+1, true
				a++
			}
			// "Shaheen" + "Shah Afridi": two halves of one person
			if y := c.spanAt(b); y >= 0 && y != x && c.sp[y].a == b && c.sp[y].label == model.PERSON && !c.sp[y].fixed &&
				c.kinds(b-1)&(KTitle|KStop) == 0 && !strings.HasSuffix(c.w[b-1], ".") &&
				c.adj(b-1) && c.toks[b].Start == c.toks[b-1].End+1 && c.text[c.toks[b-1].End] == ' ' {
				nb := c.sp[y].b
				strong := sp.strong || c.sp[y].strong
				c.set(a, nb, model.PERSON, strong)
				continue
			}
			// "Fakhar" + "Zaman", "Officer" + "Waqas" + "Rafiq": a given name the tagger left out
			// "security minister Abdirizak Ahmed Issa": also before a given name when a role
			// noun stands before the left-out word
			// (never over an honorific: the rule above strips it again, and the two would loop)
			if a > 0 && c.adj(a-1) && c.spanAt(a-1) < 0 && !honorifics[c.w[a-1]] && (c.kinds(a)&KFirstName == 0 || b-a >= 2 && a >= 2 && isLowerWord(c.w[a-2]) && c.adj(a-2) && roleBefore[c.w[a-2]]) && !honorifics[c.w[a-1]] && c.givenName(a-1) {
				c.set(a-1, b, model.PERSON, sp.strong)
			}
		case model.GPE:
			// "migrants from Sulawesi": a large island that is no administrative unit is a location
			if b-a == 1 && (islands[c.w[a]] || rivers[c.w[a]]) {
				c.set(a, b, model.LOC, sp.strong)
				continue
			}
			// "Papua New Guinea" + "Defence Force": a unit or body named after its country
			if t.gz.Kinds(c.w[a:b])&KCountry != 0 {
				if y := c.spanAt(b); y >= 0 && c.sp[y].a == b && c.sp[y].label == model.ORG && !c.sp[y].fixed &&
					(c.sp[y].b-b >= 2 || forceNames[c.w[b]]) && c.adj(b-1) && c.kinds(c.sp[y].b-1)&KOrgKey != 0 {
					c.set(a, c.sp[y].b, model.ORG, false)
					continue
				}
			}
			// "Pakistan Railways said", "Kenya Airways": a state company named after its country
			if b-a >= 2 && corpHeads[c.w[b-1]] && t.gz.Kinds(c.w[a:b-1])&KCountry != 0 {
				c.set(a, b, model.ORG, false)
				continue
			}
			// "Elections Cameroon", "Freeport Indonesia": a name ending in a country that is no place
			if b-a >= 2 && c.kinds(b-1)&KCountry != 0 && t.gz.Kinds(c.w[a:b])&(KCountry|KCity|KAdmin|KRegion|KDistrict) == 0 &&
				t.gz.Kinds(c.w[a:b-1])&(KCountry|KCity|KAdmin|KRegion|KDistrict) == 0 && nameStart(c.w[b-2]) {
				lead := true
				for k := a; k < b-1; k++ {
					if placeLead[c.w[k]] || c.kinds(k)&(KCountry|KCity|KAdmin|KRegion|KLocWord|KDemonym|KParticle|KStop|KDistrict) != 0 {
						lead = false
					}
				}
				if lead {
					c.set(a, b, model.ORG, false)
				}
			}
		case model.ORG:
			// "The Philippines' Department of Migrant Workers", "the United Nations'
			// International Organization for Migration": the possessor is no part of the name
			if k := c.possessiveSplit(a, b); k > a {
				for y := a; y <= k; y++ {
					c.own[y] = -1
				}
				sp.a, sp.edited = k+1, true
				l := model.ORG
				if c.kindsRange(a, k)&KCountry != 0 {
					l = model.GPE
				}
				c.set(a, k, l, sp.strong)
				continue
			}
			// "US" + "Navy": a country name the tagger left out before its force
			if b == a+1 && forceNames[c.w[a]] && a > 0 && c.adj(a-1) && c.spanAt(a-1) < 0 && c.kinds(a-1)&KCountry != 0 {
				c.set(a-1, b, model.ORG, false)
				continue
			}
		case model.FAC:
			// "The U.S. Embassy in Baghdad condemned the attack", "Tripoli's Emergency Medicine
			// Centre said": a facility that speaks is the organisation running it
			if institutionHeads[c.w[b-1]] && c.speaksAfter(b) {
				sp.label, sp.edited = model.ORG, true
			}
		case model.NORP:
			// "Russian" + "Foreign Ministry": an untagged office name after a demonym
			if b == a+1 {
				if e := c.orgRun(b); e > b {
					c.set(a, e, model.ORG, false)
				}
			}
		}
		if sp = &c.sp[x]; sp.dead {
			continue
		}
		// "Sri Lankan": a demonym of two words tagged as a place or organisation
		if b-a >= 2 && (sp.label == model.GPE || sp.label == model.ORG) {
			if k := t.gz.Kinds(c.w[a:b]); k&KDemonym != 0 && k&(KCountry|KCity|KAdmin) == 0 {
				sp.label, sp.edited = model.NORP, true
			}
		}
		// "People's" + "Defence Force": a possessive word that begins organisation names
		if sp.label == model.ORG {
			// "People's" + "Defence Force": a possessive word that begins organisation names;
			// "Tigray People's Liberation Front", "Kurdistan Workers' Party": the place or
			// people before the possessive word too
			p := -1
			if a >= 2 && possessiveTok(c.w[a-1]) && orgPossessors[c.w[a-2]] && c.toks[a-1].Start == c.toks[a-2].End && c.kinds(b-1)&KOrgKey != 0 {
				p = a - 2
			} else if a+1 < b && orgPossessors[c.w[a]] && possessiveTok(c.w[a+1]) {
				p = a
			}
			if p < 0 && b+1 < len(c.w) && orgPossessors[c.w[b-1]] && possessiveTok(c.w[b]) && c.toks[b].Start == c.toks[b-1].End && c.spanAt(b) < 0 {
				// "Kurdistan Workers" + "' Party": the name goes on after its possessive word, to
				// an organisation word
				e := b + 1
				for e < len(c.w) && e < b+5 && c.adj(e-1) && c.capTok(e) && c.spanAt(e) < 0 {
					e++
				}
				if e > b+1 && c.kinds(e-1)&KOrgKey != 0 && !(e < len(c.w) && c.adj(e-1) && c.capTok(e)) {
					c.set(a, e, model.ORG, false)
					continue
				}
			}
			if p >= 0 {
				start := p
				if y := c.spanAt(p); y >= 0 && y != x {
					if c.sp[y].b != p+1 || c.sp[y].fixed {
						start = -1
					} else {
						start = c.sp[y].a
					}
				}
				if start == p && p >= 1 && c.adj(p-1) {
					if y := c.spanAt(p - 1); y >= 0 && c.sp[y].b == p && !c.sp[y].fixed &&
						(c.sp[y].label == model.GPE || c.sp[y].label == model.LOC || c.sp[y].label == model.NORP) {
						start = c.sp[y].a
					} else if y < 0 && c.capTok(p-1) && c.kinds(p-1)&(KTitle|KFirstName) == 0 && p-1 > 0 && c.w[p-2] != "" {
						start = p - 1
					}
				}
				if start >= 0 && start < a {
					c.set(start, b, model.ORG, false)
					continue
				}
			}
		}
		// "Pyramids FC": a club
		if sp.label == model.PERSON && b-a >= 2 && clubTails[c.w[b-1]] {
			sp.label, sp.edited = model.ORG, true
		}
		// "Northgate" + "United", "Blackwood Rovers": a club named after its town
		if sp.label == model.ORG && b == a+1 && clubWords[c.w[a]] && a > 0 && c.adj(a-1) && c.capTok(a-1) &&
			c.kinds(a-1)&(KTitle|KOrgKey|KDemonym|KCountry) == 0 {
			if y := c.spanAt(a - 1); y < 0 || c.sp[y].b == a && c.sp[y].a == a-1 && (c.sp[y].label == model.GPE || c.sp[y].label == model.PERSON) {
				c.set(a-1, b, model.ORG, false)
				continue
			}
		}
		if (sp.label == model.GPE || sp.label == model.PERSON) && b-a == 2 && clubWords[c.w[b-1]] && (sp.label == model.PERSON || c.kinds(a)&(KCity|KAdmin|KDistrict) != 0) &&
			t.gz.Kinds(c.w[a:b])&(KCountry|KCity|KAdmin|KDistrict|KRegion) == 0 {
			// "Leeds United": a club, not a place
			sp.label, sp.edited = model.ORG, true
		}
		// "RSF adviser Al-Basha Tibiq": a name after a role noun is a person's
		if (sp.label == model.GPE || sp.label == model.LOC) && b-a >= 2 && a > 0 && c.adj(a-1) && roleBefore[c.w[a-1]] &&
			c.kindsRange(a, b)&(KCountry|KCity|KAdmin|KDistrict|KRegion|KOrgName|KOrgKey|KLocWord|KFacWord) == 0 {
			ok := true
			for k := a; k < b; k++ {
				if c.kinds(k)&(KCountry|KCity|KAdmin|KDistrict|KRegion|KLocWord|KFacWord) != 0 || placeLead[c.w[k]] {
					ok = false
				}
			}
			if ok {
				sp.label, sp.edited = model.PERSON, true
			}
		}
		// "Pakistan's" + "Foreign Office", "Ukraine's" + "General Staff"
		if (sp.label == model.GPE) && b+1 < len(c.w) && (c.w[b] == "'s" || c.w[b] == "’s") && c.toks[b].Start == c.toks[b-1].End {
			if e := c.orgRun(b + 1); e > b+1 {
				c.set(b+1, e, model.ORG, false)
			}
		}
	}
	// "the Tactical Response Team": untagged capitalised words after "the" ending in an
	// organisation word
	for i := 1; i < len(c.w); i++ {
		if c.w[i-1] != "the" || !c.adj(i-1) || c.spanAt(i) >= 0 {
			continue
		}
		if e := c.orgRun(i); e >= i+2 {
			c.set(i, e, model.ORG, false)
		}
	}
}

// orgRun returns the end of an untagged run of 1-4 capitalised words starting at i that ends
// in an organisation word and is followed by no capitalised word ("Foreign Office said"), or i.
func (c *ctxDoc) orgRun(i int) int {
	if i >= len(c.w) || !c.adj(i-1) || !c.capTok(i) {
		return i
	}
	j := i
	for j < len(c.w) && j < i+4 && c.capTok(j) && c.spanAt(j) < 0 && (j == i || c.adj(j-1)) {
		j++
	}
	if j < len(c.w) && c.adj(j-1) && (c.capTok(j) || c.w[j] == "of" || c.w[j] == "for") {
		return i
	}
	last := c.w[j-1]
	if j == i || !(c.kinds(j-1)&KOrgKey != 0 || extraOrgHeads[last]) {
		return i
	}
	if last == "Staff" && (j-i < 2 || c.w[j-2] != "General") {
		return i
	}
	if j-i == 1 && !extraOrgHeads[last] && last != "Ministry" && last != "Office" && last != "Police" && last != "Army" {
		return i
	}
	for k := i; k < j; k++ {
		if c.kinds(k)&(KCountry|KCity|KAdmin|KPerson|KFirstName) != 0 {
			return i
		}
	}
	return j
}

// givenName reports whether token i, right before a person's name, is a given name the tagger
// left out: a capitalised word no list knows as anything else and that the document never
// writes in lower case, after the start of a sentence, a lower-case word or a title.
func (c *ctxDoc) givenName(i int) bool {
	w := c.w[i]
	if len(w) < 2 || !nameStart(w) || strings.ContainsAny(w, "-'’.") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if r < 'A' || r > 'Z' {
		return false
	}
	k := c.kinds(i)
	if k&(KStop|KTitle|KCapLow|KCountry|KCity|KAdmin|KDemonym|KOrgKey|KRegion|KLocWord|KFacWord|KOrgName|KDistrict|KWeapon|KParticle) != 0 {
		return false
	}
	if strongCapsWord(w) || k&KFirstName == 0 && WordCluster(w) != 0 {
		return false // a word of the cluster vocabulary is more likely a common word than a name
	}
	if c.t != nil && c.s != nil && DocTemplates != 0 && c.s.doc.m != nil {
		if dc, ok := c.s.doc.m[hLower(fnvOffset, w)]; ok && dc.lower > 0 {
			return false
		}
	}
	if i == 0 || !c.adj(i-1) {
		return true
	}
	p := c.w[i-1]
	return isPunctWord(p) || isLowerWord(p) && p != "of" && p != "the" || c.kinds(i-1)&KTitle != 0
}

// strongCapsWord: words in capitals at the head of news copy ("AP", "UPDATE") that are no names.
func strongCapsWord(w string) bool {
	if len(w) > 3 {
		up := true
		for k := 0; k < len(w); k++ {
			if w[k] < 'A' || w[k] > 'Z' {
				up = false
				break
			}
		}
		return up
	}
	return false
}

// propagate gives the label a cue decided to the same name elsewhere in the document, tagged
// or not.
func (c *ctxDoc) propagate() {
	type lab struct {
		label string
		score float64
	}
	var strong map[string]lab
	for i := range c.sp {
		sp := &c.sp[i]
		if sp.dead || sp.fixed || !sp.strong {
			continue
		}
		if strong == nil {
			strong = map[string]lab{}
		}
		strong[c.text[c.toks[sp.a].Start:c.toks[sp.b-1].End]] = lab{sp.label, sp.score}
	}
	if len(strong) == 0 {
		return
	}
	for i := range c.sp {
		sp := &c.sp[i]
		if sp.dead || sp.fixed || sp.strong {
			continue
		}
		if l, ok := strong[c.text[c.toks[sp.a].Start:c.toks[sp.b-1].End]]; ok && l.label != sp.label {
			sp.label, sp.edited = l.label, true
		}
	}
	// untagged occurrences (not at the start of a sentence when the word is common)
	for i := 0; i < len(c.w); i++ {
		if c.spanAt(i) >= 0 || !c.capTok(i) {
			continue
		}
		for j := i + 1; j <= len(c.w) && j <= i+5; j++ {
			if c.spanAt(j-1) >= 0 || j > i+1 && !c.adj(j-2) {
				break
			}
			if l, ok := strong[c.text[c.toks[i].Start:c.toks[j-1].End]]; ok {
				if j < len(c.w) && c.adj(j-1) && c.capTok(j) {
					break
				}
				if i > 0 && c.adj(i-1) && c.capTok(i-1) {
					break
				}
				c.set(i, j, l.label, false)
				i = j - 1
				break
			}
		}
	}
}
