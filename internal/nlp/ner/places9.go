package ner

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Place names the tagger labelled as people or organisations (PostRules bit 512; session 9).
// On fresh news the largest class of unplaced toponyms is small towns, districts and natural
// features tagged PERSON or ORG. Three readings, each from the name and the words around it,
// never from the article's subject:
//
//   - a known place: a PERSON span, or an ORG span after a locative preposition, whose words
//     the gazetteer knows as a country, city or first-level division and as nothing a person or
//     organisation is called; after a locative preposition also another spelling of a city's
//     name (KAltPlace: "in St Petersburg");
//   - a geographic head word: a PERSON or ORG name ending in "Lake", "Valley", "Peninsula",
//     "Islands", "Creek" … or beginning with "Lake", "Mount", "Cape" ("Williams Lake", "Sheep
//     Valley", "Lake Kivu") is LOC;
//   - a list with places under a locative preposition or before a plural place noun: "in
//     Mardan, Buner, Nowshera and Swabi", "the Hassan, Kolar and Tumakuru districts".
//
// A name stays a person or organisation when the gazetteer knows it as a given name, person,
// surname, organisation or lower-case word, when it opens with a title or a given name, or
// when another PERSON span of the document holds its words with more words ("Rosario Murillo").
const rulePlaces9 = 512

// placeHeads9 are the geographic words that end a natural feature's name (the place words
// that also end organisation names — Front, Bank, Zone, Region, Border, Corridor, Channel,
// Coast — are left out).
var placeHeads9 = map[string]bool{"River": true, "Sea": true, "Gulf": true, "Valley": true, "Desert": true,
	"Plain": true, "Plains": true, "Lake": true, "Ocean": true, "Peninsula": true, "Island": true,
	"Islands": true, "Mountain": true, "Mountains": true, "Basin": true, "Hills": true, "Hill": true,
	"Ridge": true, "Canal": true, "Bay": true, "Strait": true, "Straits": true, "Delta": true, "Oasis": true,
	"Plateau": true, "Highlands": true, "Lowlands": true, "Forest": true, "Marshes": true, "Marsh": true,
	"Steppe": true, "Pass": true, "Archipelago": true, "Glacier": true, "Creek": true, "Ghat": true,
	"Ghats": true, "Lough": true, "Gap": true, "Volcano": true, "Lagoon": true, "Reservoir": true}

// placeLeads9 open a natural feature's name ("Lake Guaíba", "Mount Marapi", "Cape Mendocino").
var placeLeads9 = map[string]bool{"Lake": true, "Mount": true, "Mt.": true, "Cape": true, "Lough": true,
	"Loch": true, "Jebel": true, "Jabal": true, "Wadi": true, "Gulf": true}

// apposPlace9 are place nouns of an apposition that need the noun phrase to end after them
// (PostRules bit 256): "Dauran, a farming community in Zurmi", "Missiga, a community on the
// outskirts", "Bhasan Char, an island in the Bay of Bengal" — not "a community leader".
var apposPlace9 = map[string]bool{"community": true, "island": true, "suburb": true, "neighbourhood": true,
	"neighborhood": true, "locality": true, "commune": true}

// locPreps9 before a name (or the list it opens) make it a place.
var locPreps9 = map[string]bool{"in": true, "at": true, "near": true, "around": true, "across": true,
	"through": true, "throughout": true, "outside": true, "towards": true, "toward": true, "from": true,
	"into": true, "via": true, "inside": true, "beyond": true, "along": true}

// placePlurals9 after a list make its names places ("the Kodagu and Chikkamagaluru districts").
var placePlurals9 = map[string]bool{"districts": true, "provinces": true, "counties": true, "states": true,
	"regions": true, "villages": true, "towns": true, "municipalities": true, "governorates": true,
	"cities": true, "areas": true, "communities": true, "townships": true, "prefectures": true,
	"tehsils": true, "upazilas": true, "LGAs": true, "woredas": true, "departments": true,
	"neighbourhoods": true, "neighborhoods": true, "suburbs": true, "camps": true, "settlements": true,
	"hamlets": true, "localities": true, "rivers": true, "catchments": true, "valleys": true, "lakes": true,
	"islands": true, "basins": true}

// featurePlurals9 are the placePlurals9 that name natural features: their lists are LOC.
var featurePlurals9 = map[string]bool{"rivers": true, "catchments": true, "valleys": true, "lakes": true,
	"islands": true, "basins": true}

const notPlace9 = KFirstName | KPerson | KSurname | KOrgName | KOrgKey | KTitle | KCapLow | KStop | KDemonym |
	KFacWord | KWeapon

func (c *ctxDoc) isPlaceLabel(x int) bool {
	if x < 0 {
		return false
	}
	l := c.sp[x].label
	return !c.sp[x].dead && (l == model.GPE || l == model.LOC)
}

// personLike reports whether the person- or organisation-tagged span [a, b) has the marks of a
// name that is no place.
func (c *ctxDoc) personLike(a, b int) bool {
	if c.kindsRange(a, b)&notPlace9 != 0 || c.startsPerson(a, b) {
		return true
	}
	for k := a; k < b; k++ {
		if c.kinds(k)&(KFirstName|KTitle|KOrgKey|KStop) != 0 {
			return true
		}
	}
	if a > 0 && c.adj(a-1) && (c.kinds(a-1)&KTitle != 0 || c.capTok(a-1)) {
		return true // "Mr Kalam", a longer capitalised run
	}
	if b < len(c.w) && c.adj(b-1) && c.capTok(b) {
		return true
	}
	return false
}

// listPlace reports whether the span x stands in a list of names one of which is a place,
// under a locative preposition or before a plural place noun.
func (c *ctxDoc) listPlace(x int) bool {
	a, b := c.sp[x].a, c.sp[x].b
	// walk the list left and right over ", Name" and "and Name"
	first, last := a, b
	hasPlace := false
	for {
		if first < 2 || !c.adj(first-1) || !c.adj(first-2) {
			break
		}
		sep := c.w[first-1]
		if sep != "," && sep != "and" {
			break
		}
		y := c.spanAt(first - 2)
		if y < 0 || c.sp[y].dead || c.sp[y].b != first-1 || c.sp[y].fixed {
			break
		}
		if c.isPlaceLabel(y) {
			hasPlace = true
		} else if c.sp[y].label != model.PERSON && c.sp[y].label != model.ORG {
			break
		}
		first = c.sp[y].a
	}
	for {
		if last+1 >= len(c.w) || !c.adj(last-1) || !c.adj(last) {
			break
		}
		sep := c.w[last]
		if sep == "," && last+2 < len(c.w) && c.w[last+1] == "and" && c.adj(last+1) {
			last++ // Oxford comma
			sep = "and"
		}
		if sep != "," && sep != "and" {
			break
		}
		y := c.spanAt(last + 1)
		if y < 0 || c.sp[y].dead || c.sp[y].a != last+1 || c.sp[y].fixed {
			break
		}
		if c.isPlaceLabel(y) {
			hasPlace = true
		} else if c.sp[y].label != model.PERSON && c.sp[y].label != model.ORG {
			break
		}
		last = c.sp[y].b
	}
	if first == a && last == b {
		return false
	}
	before := ""
	if first > 0 && c.adj(first-1) {
		before = c.w[first-1]
		if (before == "the" || before == "The") && first > 1 && c.adj(first-2) {
			before = c.w[first-2]
		}
	}
	after := ""
	if last < len(c.w) && c.adj(last-1) {
		after = c.w[last]
	}
	return hasPlace && locPreps9[before] || placePlurals9[after]
}

// listEndWord is the word after the list of names that span x is in ("" when none).
func (c *ctxDoc) listEndWord(x int) string {
	last := c.sp[x].b
	for last+1 < len(c.w) && c.adj(last-1) && c.adj(last) && (c.w[last] == "," || c.w[last] == "and") {
		y := c.spanAt(last + 1)
		if y < 0 || c.sp[y].dead || c.sp[y].a != last+1 {
			break
		}
		last = c.sp[y].b
	}
	if last < len(c.w) && c.adj(last-1) {
		return c.w[last]
	}
	return ""
}

// inPersonName reports whether the words of [a, b) are part of a longer PERSON span elsewhere
// in the document.
func (c *ctxDoc) inPersonName(a, b int) bool {
	name := c.text[c.toks[a].Start:c.toks[b-1].End]
	for y := range c.sp {
		sp := &c.sp[y]
		if sp.dead || sp.fixed || sp.label != model.PERSON || sp.b-sp.a <= b-a {
			continue
		}
		if long := c.text[c.toks[sp.a].Start:c.toks[sp.b-1].End]; strings.Contains(long, name) {
			if PostRules&rulePlaces10 != 0 && c.s.known != nil {
				// "Jablanica" in "Donja Jablanica": a longer name that is itself a known place
				if _, _, ok := c.s.known(long); ok && !c.personLike(sp.a, sp.b) {
					continue
				}
			}
			return true
		}
	}
	return false
}

func (c *ctxDoc) places9() {
	if PostRules&rulePlaces9 == 0 {
		return
	}
	for x := 0; x < len(c.sp); x++ {
		sp := c.sp[x]
		if sp.dead || sp.fixed || sp.label != model.PERSON && sp.label != model.ORG {
			continue
		}
		a, b := sp.a, sp.b
		if b-a > 4 {
			continue
		}
		if b < len(c.w) && c.adj(b-1) && (possessiveTok(c.w[b]) && sp.label == model.PERSON) {
			continue
		}
		// geographic head words: "Okanagan Lake", "Lake Guaíba"
		if b-a >= 2 && (placeHeads9[c.w[b-1]] || placeLeads9[c.w[a]] && nameStart(c.w[a+1])) &&
			c.kinds(a)&(KFirstName|KTitle) == 0 && c.kindsRange(a, b)&(KPerson|KOrgName) == 0 {
			if !(b < len(c.w) && c.adj(b-1) && c.capTok(b)) {
				c.set(a, b, model.LOC, false)
				continue
			}
		}
		if c.divisionName19(a, b) {
			continue // "Karen State": a given name before a division word the gazetteer knows
		}
		if c.personLike(a, b) || c.inPersonName(a, b) {
			continue
		}
		all := c.t.gz.AllKinds(c.w[a:b])
		known := all&(KCountry|KCity|KAdmin) != 0
		prep := a > 0 && c.adj(a-1) && locPreps9[c.w[a-1]]
		switch {
		case known && sp.label == model.PERSON || (known || all&KAltPlace != 0) && prep:
			// another spelling of a city's name ("Ambarnath" as "Amarnath") needs the frame:
			// "a bus carrying Amarnath pilgrims" is no place
			c.set(a, b, PlaceLabelOr(c.t.gz, c.w[a:b], model.GPE), false)
		case c.s.known != nil && all&(KCountry|KCity|KAdmin) == 0 && c.geoKnown(x, prep):
			// a place the caller's gazetteer knows: "Kutupalong", "Zubin Potok" (places9b.go)
		case c.listPlace(x):
			def := model.GPE
			if featurePlurals9[c.listEndWord(x)] {
				def = model.LOC
			}
			c.set(a, b, PlaceLabelOr(c.t.gz, c.w[a:b], def), false)
		}
	}
	c.untaggedHeads21()
}

// untaggedHeads21 reads as LOC a run of two or three capitalised words that ends in a geographic
// head word nobody else tagged, or tagged alone ("Smoke covered Williams Lake on Tuesday": the
// tagger trained on more articles leaves such names untagged, or splits them into PERSON
// "Williams" and LOC "Lake", where it once said PERSON for the whole). The words before the
// head are untagged or PERSON or ORG names that lie within the run. The same tests as the head-word
// reading of tagged names: no given name or title first, no person's or organisation's name in
// it, no capitalised word before or after it (a longer name: "Green Bay Packers"), and not in a
// headline in title case.
func (c *ctxDoc) untaggedHeads21() {
	n := len(c.w)
	for b := 2; b <= n; b++ {
		if !placeHeads9[c.w[b-1]] || b < n && c.adj(b-1) && c.capTok(b) {
			continue
		}
		if x := c.spanAt(b - 1); x >= 0 && (c.sp[x].a != b-1 || c.sp[x].b != b || c.sp[x].fixed) {
			continue
		}
		a := b - 1
		for a > 0 && b-a < 3 && c.adj(a-1) && c.capTok(a-1) && !placeHeads9[c.w[a-1]] {
			a--
		}
		if b-a < 2 || a > 0 && c.adj(a-1) && nameStart(c.w[a-1]) && c.kinds(a-1)&KStop == 0 {
			continue
		}
		ok := true
		for k := a; k < b-1 && ok; k++ {
			if x := c.spanAt(k); x >= 0 {
				sp := c.sp[x]
				ok = sp.a >= a && sp.b <= b-1 && !sp.fixed && (sp.label == model.PERSON || sp.label == model.ORG)
			}
		}
		if !ok || c.kinds(a)&(KFirstName|KTitle) != 0 || c.kindsRange(a, b)&(KPerson|KOrgName) != 0 || c.titleLine10(a) {
			continue
		}
		c.set(a, b, model.LOC, false)
	}
}

// PlaceLabelOr is PlaceLabel, or def when it finds none.
func PlaceLabelOr(gz *Gazetteer, words []string, def string) string {
	if l := PlaceLabel(gz, words); l != "" {
		return l
	}
	return def
}
