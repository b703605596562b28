package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Place names the tagger cuts, leaves out or labels as people or organisations on fresh news
// (PostRules bit 1024; session 10). Each reading looks at the name's own words and the words
// around it, never at an article's subject:
//
//   - datelines: a line near the top that opens with a name in capitals followed by ", Country",
//     "(Agency)", a dash or a colon ("PUSHKAR, Rajasthan:", "SITTWE —") names the place the story
//     is filed from: tagged PERSON/ORG, a name the caller's gazetteer knows is GPE;
//   - foreign geographic lead words: "Col du Galibier", "Col d'Izoard", "Passo Giau", "Monte
//     Rosa", "Lago di Garda", "Cerro Rico" are LOC (GPE when the caller's gazetteer knows a
//     town by that name); the name after a lead with a connector ("Galibier" of "Col du
//     Galibier") is a place wherever else the document writes it alone;
//   - more geographic head words ("Aberdare Ranges", "Victoria Falls", "Olduvai Gorge"), a head
//     word the tagger left out after a name ("Black" + "Sea"), "Township" (GPE);
//   - a name cut at a word that is also a given name or a common word ("Dera" + "Ismail Khan",
//     "Nea" + "Penteli"): the capitalised run around the span, when the caller's gazetteer knows
//     the whole run as a place;
//   - untagged names the tagger did not find after a locative preposition ("fishermen in
//     Aralsk", "through Saint-Jean-de-Maurienne"): capitalised words no list and no cluster
//     knows, never written in lower case in the document; after "to", "from", "at" only names
//     the caller's gazetteer knows; hyphenated names with a lower-case connector
//     ("Saint-Jean-de-Maurienne", "Dunkwa-on-Offin") anywhere;
//   - a known place is no part of a person's name because a longer PERSON span holds it when the
//     caller's gazetteer knows that span as a place ("Jablanica" in "Donja Jablanica"), and a
//     relative "whose" after "a resident of X" belongs to the resident.
const rulePlaces10 = 1024

// leads10 open the names of mountains, passes, lakes and valleys in other languages. A lead
// that is also a title or a given name ("Col", "Val") needs a connector after it.
var leads10 = map[string]bool{"Col": true, "Passo": true, "Mont": true, "Monte": true, "Pic": true,
	"Pico": true, "Piz": true, "Cima": true, "Cerro": true, "Nevado": true, "Volcán": true, "Lago": true,
	"Lac": true, "Laguna": true, "Val": true, "Valle": true, "Vallée": true, "Alpe": true, "Sierra": true,
	"Djebel": true, "Gunung": true, "Danau": true, "Bukit": true, "Pizzo": true, "Punta": true}

// connectors10 join a lead word to the name ("Col du Galibier", "Lago di Garda").
var connectors10 = map[string]bool{"du": true, "de": true, "des": true, "di": true, "del": true, "della": true,
	"dello": true, "dei": true, "degli": true, "da": true, "do": true, "dos": true, "das": true, "la": true}

// heads10 end the names of natural features, in addition to placeHeads9.
var heads10 = map[string]bool{"Range": true, "Ranges": true, "Massif": true, "Falls": true, "Gorge": true,
	"Canyon": true, "Peak": true, "Peaks": true, "Wetlands": true, "Fjord": true, "Estuary": true, "Reef": true,
	"Atoll": true, "Crater": true, "Dunes": true, "Glaciers": true, "Lakes": true, "Rivers": true}

// verbHeads10 are the heads10 that are also verbs or common nouns of headlines ("Output
// Falls", "Talks Reach Peak"): a name ending in one needs the caller's gazetteer to know it.
var verbHeads10 = map[string]bool{"Falls": true, "Peak": true, "Peaks": true, "Range": true}

// gpeHeads10 end the names of divisions that no organisation name ends with.
var gpeHeads10 = map[string]bool{"Township": true, "Oblast": true, "Krai": true, "Raion": true}

// hyphenConnectors10 stand between the capitalised parts of a hyphenated place name.
var hyphenConnectors10 = map[string]bool{"de": true, "du": true, "des": true, "sur": true, "en": true, "on": true,
	"upon": true, "under": true, "la": true, "le": true, "les": true, "lès": true, "aux": true, "di": true,
	"am": true, "an": true, "im": true, "ob": true, "bei": true, "by": true, "in": true}

// barePreps10 before an untagged name make it a place (an unknown one needs a place near it).
var barePreps10 = map[string]bool{"in": true, "near": true, "through": true, "towards": true, "toward": true,
	"into": true, "outside": true, "around": true, "across": true, "via": true, "beyond": true, "inside": true,
	"throughout": true, "above": true, "below": true}

// Two readings were tried and removed (see the README, "Session 10"): joining a span to the
// capitalised words around it that the caller's gazetteer knows as a place ("Dera" + "Ismail
// Khan") and a known place after "to", "from", "at", "of", "between": each cost the held-out
// event sets one event for at most 0.001 of held-out toponyms.

// languageVerbs10 before "in" say the name after it is a language ("written in Tigrinya").
var languageVerbs10 = map[string]bool{"written": true, "spoken": true, "speak": true, "speaks": true, "spoke": true,
	"published": true, "translated": true, "dubbed": true, "fluent": true, "wrote": true, "write": true,
	"said": true, "says": true, "sang": true, "sung": true, "broadcast": true, "printed": true, "posted": true,
	"invested": true, "invest": true, "stake": true, "degree": true, "classes": true, "lessons": true}

func (c *ctxDoc) places10() {
	if PostRules&rulePlaces10 == 0 {
		return
	}
	c.datelines10()
	c.leads10()
	c.heads10()
	c.bare10()
	c.places11()
}

// knownLabel10 is the label the caller's gazetteer gives the name [a, b) ("" when it knows no
// place by that name).
func (c *ctxDoc) knownLabel10(a, b int) (string, int) {
	if c.s.known == nil || a >= b {
		return "", 0
	}
	feat, pop, ok := c.s.known(c.text[c.toks[a].Start:c.toks[b-1].End])
	if !ok {
		return "", 0
	}
	switch feat {
	case "town", "city", "country", "admin1", "admin2":
		return model.GPE, pop
	case "region", "feature":
		return model.LOC, pop
	}
	return "", 0
}

func upperWord10(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		} else if r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return letters >= 2
}

// lineStart reports whether token i opens a line (or the text).
func (c *ctxDoc) lineStart(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if c.w[k] == "" {
			continue
		}
		return newlineBetween(c.text, c.toks[k].End, c.toks[i].Start)
	}
	return true
}

var agencies10 = map[string]bool{"AP": true, "Reuters": true, "AFP": true, "Anadolu": true, "Xinhua": true,
	"IANS": true, "PTI": true, "UNI": true, "Bernama": true, "dpa": true, "DPA": true, "EFE": true, "ANSA": true,
	"Yonhap": true, "Kyodo": true, "TASS": true, "Interfax": true, "AA": true, "ANI": true}

func (c *ctxDoc) datelines10() {
	n := min(len(c.w), 400) // a dateline opens the story: near the top, once
	for i := 0; i < n; i++ {
		if c.w[i] == "" || !upperWord10(c.w[i]) || !c.lineStart(i) {
			continue
		}
		j := i
		for j < n && j < i+4 && upperWord10(c.w[j]) && (j == i || c.adj(j-1)) {
			j++
		}
		if j >= n || !c.adj(j-1) {
			continue
		}
		if c.kindsRange(i, j)&(KStop|KTitle|KOrgKey|KOrgName|KPerson) != 0 || c.kinds(i)&(KStop|KTitle) != 0 {
			continue
		}
		label, _ := c.knownLabel10(i, j)
		next := c.w[j]
		ok := false
		switch next {
		case ",":
			// "KARACHI, Pakistan", "BENI, Democratic Republic of Congo"
			if j+1 < n && c.adj(j) && nameStart(c.word(j+1)) && !upperWord10(c.word(j+1)) {
				e := c.capRun(j+1, 4)
				if c.kindsRange(j+1, e)&(KCountry|KAdmin|KRegion) != 0 || c.kinds(j+1)&(KCountry|KAdmin) != 0 {
					ok = true
				}
			}
			if !ok && label != "" && j+1 < n && c.adj(j) {
				// "SITTWE, March 3 (Reuters)": a known place before a date
				ok = monthWord10(c.word(j + 1))
			}
		case "(":
			ok = label != "" && agencies10[c.word(j+1)]
		case "—", "–", "-", "--", ":":
			ok = label != ""
		}
		if !ok {
			continue
		}
		// only a name the tagger called a person or organisation and the caller's gazetteer
		// knows: the gazetteer stage reads untagged datelines itself, and unknown ones tagged
		// GPE lose its dateline reading ("ONCATIVO, Argentina")
		if l := c.label(i, j); label == "" || l != model.PERSON && l != model.ORG {
			return
		}
		if label == model.LOC {
			label = model.GPE
		}
		c.set(i, j, label, false)
		return
	}
}

func dayWord10(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

func monthWord10(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July",
		"Aug", "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December":
		return true
	}
	return false
}

// leads10 reads names that open with a foreign geographic word.
func (c *ctxDoc) leads10() {
	n := len(c.w)
	for i := 0; i+1 < n; i++ {
		w := c.w[i]
		if !leads10[w] || !c.adj(i) {
			continue
		}
		k := i + 1
		conn := false
		if connectors10[c.w[k]] {
			conn = true
			k++
			if k < n && c.w[k] == "la" && c.adj(k-1) {
				k++
			}
		} else if strings.HasPrefix(c.w[k], "d'") || strings.HasPrefix(c.w[k], "d’") {
			// "Col d'Izoard": the tokeniser keeps the elided article on the name
			conn = true
		}
		if k >= n || !c.adj(k-1) {
			continue
		}
		if !conn && (c.kinds(i)&(KFirstName|KTitle) != 0) {
			continue // "Col Tim Collins", "Val Kilmer"
		}
		first := c.w[k]
		if strings.HasPrefix(first, "d'") || strings.HasPrefix(first, "d’") {
			first = first[len("d'"):]
			if strings.HasPrefix(c.w[k], "d’") {
				first = c.w[k][len("d’"):]
			}
		}
		if !nameStart(first) || c.kinds(k)&(KStop|KTitle) != 0 {
			continue
		}
		e := k + 1
		for e < n && e < k+3 && c.adj(e-1) && c.capTok(e) {
			e++
		}
		if e < n && c.adj(e-1) && possessiveTok(c.w[e]) && c.kinds(i)&KFirstName != 0 {
			continue
		}
		if i > 0 && c.adj(i-1) && (c.capTok(i-1) && !isLowerWord(c.w[i-1]) && c.kinds(i-1)&KStop == 0) {
			continue // inside a longer name
		}
		if c.kindsRange(i, e)&(KPerson|KOrgName) != 0 || c.titleLine10(i) {
			continue
		}
		if l := c.label(i, e); l == model.GPE || l == model.LOC || l == model.FAC {
			i = e - 1
			continue // "Laguna Larga", "Bukit Chagar": the tagger's place label stays
		}
		label, _ := c.knownLabel10(i, e)
		if label == "" {
			if l := PlaceLabel(c.t.gz, c.w[i:e]); l != "" {
				label = l
			} else {
				label = model.LOC
			}
		}
		if c.set(i, e, label, false) && conn && e == k+1 && c.kinds(k)&(KFirstName|KSurname|KPerson|KCapLow) == 0 {
			c.alias10(first, label)
		}
		i = e - 1
	}
}

// alias10 gives label to the PERSON/ORG spans and untagged mentions that are exactly name (the
// name of "Col du Galibier" written alone: "on the Galibier").
func (c *ctxDoc) alias10(name, label string) {
	for i := 0; i < len(c.w); i++ {
		if c.w[i] != name {
			continue
		}
		if i > 0 && c.adj(i-1) && (c.capTok(i-1) || c.kinds(i-1)&KTitle != 0) {
			continue
		}
		if i+1 < len(c.w) && c.adj(i) && c.capTok(i+1) {
			continue
		}
		x := c.spanAt(i)
		if x >= 0 {
			sp := c.sp[x]
			if sp.a != i || sp.b != i+1 || sp.fixed || sp.label != model.PERSON && sp.label != model.ORG {
				continue
			}
			if c.speaksAfter9(i+1) || c.personAfter9(x) {
				continue
			}
		}
		c.set(i, i+1, label, false)
	}
}

// heads10 reads names that end in a geographic word the session-9 list lacks, and head words
// the tagger left out after a name.
func (c *ctxDoc) heads10() {
	n := len(c.w)
	for x := 0; x < len(c.sp); x++ {
		sp := c.sp[x]
		if sp.dead || sp.fixed || sp.label != model.PERSON && sp.label != model.ORG {
			continue
		}
		a, b := sp.a, sp.b
		if b-a > 4 || c.kinds(a)&(KFirstName|KTitle) != 0 {
			continue
		}
		e := b
		// "Black" + "Sea": a geographic head word left out after the name
		for e < n && e < b+2 && c.adj(e-1) && (placeHeads9[c.w[e]] || heads10[c.w[e]]) && c.spanAt(e) < 0 {
			e++
		}
		last := c.w[e-1]
		if e-a < 2 || !(heads10[last] || gpeHeads10[last] || e > b && placeHeads9[last]) {
			continue
		}
		if e < n && c.adj(e-1) && (c.capTok(e) || c.w[e] == "of") {
			continue // "Black Sea Fleet", "Grand Canyon University"
		}
		if a > 0 && c.adj(a-1) && c.kinds(a-1)&KTitle != 0 {
			continue
		}
		if c.kindsRange(a, e)&(KPerson|KOrgName) != 0 {
			continue
		}
		label, _ := c.knownLabel10(a, e)
		if label == "" && (c.titleLine10(a) || verbHeads10[last]) {
			continue // "Codelco Output Falls 6%": a headline's verb
		}
		if label == "" {
			label = model.LOC
			if gpeHeads10[last] {
				label = model.GPE
			}
		}
		c.set(a, e, label, false)
	}
}

// orgNounAfter10 reports whether w after a name says it names an organisation or a medium ("the
// Houthi-run Al Masirah television").
func orgNounAfter10(w string) bool {
	switch w {
	case "television", "tv", "TV", "radio", "channel", "newspaper", "daily", "agency", "news", "website",
		"network", "broadcaster", "club", "team", "company", "group", "party", "militia", "movement":
		return true
	}
	return orgCueAfter[w]
}

// titleLine10 reports whether token i stands in a line written in title case (a headline: "Codelco
// Output Falls 6% as El Teniente Recovery Drags"), where capitals say nothing about names.
func (c *ctxDoc) titleLine10(i int) bool {
	a, b := i, i+1
	for a > 0 && c.adj(a-1) {
		a--
	}
	for b < len(c.w) && c.adj(b-1) {
		b++
	}
	caps, lower := 0, 0
	for k := a; k < b; k++ {
		w := c.w[k]
		if w == "" || isPunctWord(w) {
			continue
		}
		if isLowerWord(w) {
			if len(w) > 4 {
				lower++
			}
		} else if nameStart(w) {
			caps++
		}
	}
	return caps >= 4 && lower == 0
}

// hyphenPlace10 reports whether w is a hyphenated place name with a lower-case connector
// between capitalised parts ("Saint-Jean-de-Maurienne", "Dunkwa-on-Offin", "Stratford-upon-Avon").
func hyphenPlace10(w string) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	parts := strings.Split(w, "-")
	if len(parts) < 3 {
		return false
	}
	if !nameStart(parts[0]) || !nameStart(parts[len(parts)-1]) {
		return false
	}
	conn := false
	for _, p := range parts[1 : len(parts)-1] {
		if p == "" {
			return false
		}
		if hyphenConnectors10[p] {
			conn = true
		} else if !nameStart(p) {
			return false
		}
	}
	return conn
}

// unknownName10 reports whether token i is a capitalised word no list and no word cluster knows
// and the document never writes in lower case.
func (c *ctxDoc) unknownName10(i int) bool {
	w := c.w[i]
	if len(w) < 3 || !nameStart(w) || strongCapsWord(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] >= '0' && w[k] <= '9' {
			return false
		}
	}
	if h := strings.LastIndexByte(w, '-'); h >= 0 && isLowerWord(w[h+1:]) {
		return false // "UAE-mediated", "Houthi-held"
	}
	if c.kinds(i)&^(KCountry|KCity|KAdmin|KRegion|KDistrict|KCapHigh) != 0 {
		return false
	}
	if WordCluster(w) != 0 {
		return false
	}
	if c.s != nil && DocTemplates != 0 && c.s.doc.m != nil {
		if dc, ok := c.s.doc.m[hLower(fnvOffset, w)]; ok && dc.lower > 0 {
			return false
		}
	}
	return true
}

// siteNouns10 after a name say it names a site, not a town ("in Vakilabad prison", "at the
// Kalma camp" is a camp the gazetteer stage reads itself).
var siteNouns10 = map[string]bool{"jail": true, "base": true, "station": true, "market": true, "camp": true,
	"school": true, "university": true, "college": true, "church": true, "temple": true, "mine": true,
	"field": true, "port": true, "terminal": true, "plant": true, "factory": true, "refinery": true,
	"hotel": true, "park": true, "square": true, "road": true, "highway": true, "street": true}

// placeNear10 reports whether a place name stands within 40 words of [a, b) in its paragraph:
// an unknown name after "in" is read as a place only in a passage about places ("the
// northern Aral Sea, and fishermen in Aralsk"), not in one about languages or works.
func (c *ctxDoc) placeNear10(a, b int) bool {
	for k := a - 1; k >= 0 && k >= a-40 && !newlineBetween(c.text, c.toks[k].End, c.toks[k+1].Start); k-- {
		if c.isPlaceLabel(c.spanAt(k)) {
			return true
		}
	}
	for k := b; k < len(c.w) && k < b+40 && !newlineBetween(c.text, c.toks[k-1].End, c.toks[k].Start); k++ {
		if c.isPlaceLabel(c.spanAt(k)) {
			return true
		}
	}
	return false
}

// bare10 reads untagged names after a locative preposition, and hyphenated place names.
func (c *ctxDoc) bare10() {
	n := len(c.w)
	for i := 1; i < n; i++ {
		if c.w[i] == "" || c.spanAt(i) >= 0 || !c.adj(i-1) || !nameStart(c.w[i]) {
			continue
		}
		prev := c.w[i-1]
		e := i + 1
		for e < n && e < i+3 && c.adj(e-1) && c.capTok(e) && c.spanAt(e) < 0 {
			e++
		}
		if e < n && c.adj(e-1) && (c.capTok(e) || c.w[e] == "(") {
			continue
		}
		if e < n && c.adj(e-1) && (c.spanAt(e) >= 0 || facNouns[c.w[e]] || siteNouns10[c.w[e]] || orgNounAfter10(c.w[e])) {
			continue // "in Vakilabad prison": a facility's name, placed by the town after it
		}
		if monthWord10(c.w[i]) || dayWord10(c.w[i]) || c.titleLine10(i) {
			continue
		}
		hyph := e == i+1 && hyphenPlace10(c.w[i])
		label, _ := c.knownLabel10(i, e)
		ok := false
		switch {
		case hyph:
			ok = c.kinds(i-1)&KTitle == 0
		case barePreps10[prev] || prev == "the" && i >= 2 && c.adj(i-2) && (c.w[i-2] == "through" || c.w[i-2] == "across"):
			if label != "" {
				ok = c.kindsRange(i, e)&(KFirstName|KSurname|KPerson|KOrgName|KCapLow|KStop|KTitle|KDemonym) == 0
				break
			}
			if i >= 2 && c.adj(i-2) && languageVerbs10[c.w[i-2]] {
				break
			}
			ok = c.placeNear10(i, e)
			for k := i; k < e && ok; k++ {
				if !c.unknownName10(k) {
					ok = false
				}
			}
		}
		if !ok {
			continue
		}
		if label == "" {
			label = model.GPE
		}
		c.set(i, e, label, false)
		i = e - 1
	}
}
