package ner

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// rulePeople14 is the PostRules bit of people14 and placeLabels14.
const rulePeople14 = 2048

// people14 reads as people the names the tagger labelled places though the words around them or
// in them belong to a person (session 14: the model trained on the toponym articles reads more
// unknown names as places; README "Session 14"):
//
//   - a verb only people take follows ("Kutupalong was arrested", "X has been sentenced"), a
//     clause about "he" or "she" ("City's Ollie Brandt as he raced into the box"), or an
//     apposition names a person's role ("Abdulghani al-Kikli, the leader of the Stability
//     Support Apparatus");
//   - a lone article is no name ("El" of Joaquin "El Chapo" Guzman);
//   - a name the document writes elsewhere as a people (NORP) and no gazetteer knows as a place
//     is that people ("a Kuki-Zo civil society body" beside "the Meitei and Kuki-Zo
//     communities");
//   - a one-word place no gazetteer knows stands right before a person's name, or a one-word
//     place that is a given name runs into a capitalised word nobody tagged: "City's Ollie
//     Brandt" (GPE "Ollie", PERSON "Brandt") is the person "Ollie Brandt";
//   - a name right after a relative's noun, or in a list of names after it ("daughters Malia
//     and Sasha", "his wife Georgia"; session 18, kin18.go);
//   - a name of two or more words that starts with a given name, has no place word in it and
//     is no place the caller's gazetteer knows: "Abdulghani al-Kikli", "Emiliano Zapata" in a
//     story where no such town is known.
func (c *ctxDoc) people14() {
	if PostRules&rulePeople14 == 0 {
		return
	}
	n := len(c.w)
	var norp map[string]bool // the text of the document's NORP names
	for _, o := range c.sp {
		if !o.dead && !o.fixed && o.label == model.NORP { // (a fixed name is not aligned to tokens)
			if norp == nil {
				norp = map[string]bool{}
			}
			norp[c.text[c.toks[o.a].Start:c.toks[o.b-1].End]] = true
		}
	}
	for x := 0; x < len(c.sp); x++ {
		sp := c.sp[x]
		if sp.dead || sp.fixed || sp.label != model.GPE && sp.label != model.LOC {
			continue
		}
		a, b := sp.a, sp.b
		if b-a == 1 && articles14[c.w[a]] {
			// "El" of Joaquin "El Chapo" Guzman: an article is no name on its own
			c.sp[x].dead = true
			c.own[a] = -1
			continue
		}
		if c.vessel15(a, b) {
			// "the tanker Sounion", "bulk carriers, the Magic Seas and the Eternity C": a
			// ship's name, whatever place it is named after (session 15)
			c.sp[x].dead = true
			for k := a; k < b; k++ {
				c.own[k] = -1
			}
			continue
		}
		if c.kinBefore18(a) {
			// "daughters Malia and Sasha", "his wife Georgia" (session 18)
			c.set(a, b, model.PERSON, false)
			continue
		}
		if c.kindsRange(a, b)&(KCountry|KRegion|KLocWord|KFacWord|KDemonym) != 0 {
			continue
		}
		if norp[c.text[c.toks[a].Start:c.toks[b-1].End]] {
			// "a Kuki-Zo civil society body" (GPE) where the document's other "Kuki-Zo" is
			// NORP ("the Meitei and Kuki-Zo communities"): one name, one sense
			if known, _ := c.knownLabel10(a, b); known == "" {
				c.set(a, b, model.NORP, false)
			}
			continue
		}
		if c.roleAppos14(b) || c.ageAppos15(b) || c.personTitle15(a) || c.creditLine15(a) || c.pronounAfter14(b) || c.personVerbAfter14(b) && !(a > 0 && c.adj(a-1) && (locPreps9[c.w[a-1]] || framePrev9[c.w[a-1]])) {
			c.set(a, b, model.PERSON, false)
			continue
		}
		if c.kindsRange(a, b)&(KCity|KAdmin) != 0 {
			continue
		}
		if y := c.spanAt(b); b-a == 1 && y >= 0 && c.adj(b-1) && c.sp[y].label == model.PERSON && c.sp[y].a == b && !c.sp[y].fixed {
			// "City's Ollie Brandt" read as GPE "Ollie" and PERSON "Brandt": one word no
			// gazetteer knows as a place, right before a person's name, is its first part
			if known, _ := c.knownLabel10(a, b); known == "" {
				c.set(a, c.sp[y].b, model.PERSON, false)
			}
			continue
		}
		if c.kinds(a)&KFirstName == 0 {
			continue
		}
		if b-a == 1 && b < n && c.adj(b-1) && c.capTok(b) {
			e := b
			if c.spanAt(b) < 0 {
				for e < n && e < b+3 && c.adj(e-1) && c.capTok(e) && c.spanAt(e) < 0 && c.kinds(e)&(KCountry|KCity|KAdmin|KRegion|KDistrict|KLocWord|KFacWord) == 0 {
					e++
				}
			}
			if e > b {
				c.set(a, e, model.PERSON, false)
			}
			continue
		}
		if last := c.w[b-1]; b-a >= 2 && !placeHeads9[last] && !heads10[last] && !gpeHeads10[last] {
			if label, _ := c.knownLabel10(a, b); label == "" {
				c.set(a, b, model.PERSON, false)
			}
		}
	}
}

// pronounAfter14 reports whether a clause about a person follows the name ending before token
// b: "as he", "before she", "when he" …, or a speech verb with "he" or "she" ("Victoria said
// she would appeal": a country or a city says "it").
func (c *ctxDoc) pronounAfter14(b int) bool {
	if b+1 >= len(c.w) || !c.adj(b-1) || !c.adj(b) {
		return false
	}
	switch c.w[b] {
	case "as", "before", "when", "after", "while", "until", "said", "says", "added", "insisted", "argued", "wrote", "replied", "admitted", "explained":
		p := c.w[b+1]
		return p == "he" || p == "she"
	}
	return false
}

// personVerbAfter14 reports whether "was/is/has been/had been" and a verb only people take
// follow the name ending before token b ("was arrested", "has been sentenced").
func (c *ctxDoc) personVerbAfter14(b int) bool {
	return b < len(c.w) && c.adj(b-1) && c.personVerbAt9(b)
}

// divisionNouns14 after a place name make it a division: "the Cauca department".
var divisionNouns14 = map[string]bool{"department": true, "province": true, "state": true, "district": true,
	"county": true, "governorate": true, "municipality": true, "prefecture": true, "oblast": true,
	"canton": true, "commune": true, "regency": true, "parish": true, "emirate": true}

// placeLabels14 settles GPE against LOC where the words say which, whatever the model guessed
// (session 14: the model trained on the toponym articles guesses the two more loosely):
//
//   - a place before a division noun is GPE: "the Cauca department";
//   - a name opened by a foreign lead word of mountains, passes and lakes is LOC ("Passo
//     Ferrano", "Lago di Garda") unless the caller's gazetteer knows it as a town;
//   - a name ending in a feature head word that the caller's gazetteer knows as a town or city
//     is GPE ("Ostrel Falls"), one it knows as a feature, or does not know, is LOC ("the
//     Tamberi Ranges"; "Falls", "Peak" and "Range" need the gazetteer: they are verbs too);
//   - a place followed by a head word the model tagged on its own is one feature: "the
//     Tamberi Ranges" (GPE "Tamberi", ORG "Ranges").
func (c *ctxDoc) placeLabels14() {
	if PostRules&rulePeople14 == 0 {
		return
	}
	n := len(c.w)
	for x := 0; x < len(c.sp); x++ {
		sp := c.sp[x]
		if sp.dead || sp.fixed || sp.label != model.GPE && sp.label != model.LOC {
			continue
		}
		a, b := sp.a, sp.b
		known, _ := c.knownLabel10(a, b)
		want := ""
		switch {
		case sp.label == model.LOC && b < n && c.adj(b-1) && divisionNouns14[c.w[b]] && c.kindsRange(a, b)&KRegion == 0:
			want = model.GPE
		case b-a >= 2 && leads10[c.w[a]] && (connectors10[c.w[a+1]] || c.capTok(a+1)):
			want = model.LOC
			if known == model.GPE {
				want = ""
			}
		case b-a >= 2 && heads10[c.w[b-1]]:
			want = known
			if want == "" && !verbHeads10[c.w[b-1]] {
				want = model.LOC // "the Tamberi Ranges": the head word names a feature
			}
		}
		if y := c.spanAt(b); want == "" && y >= 0 && c.adj(b-1) && c.sp[y].a == b && c.sp[y].b == b+1 && !c.sp[y].fixed && (heads10[c.w[b]] || placeHeads9[c.w[b]]) {
			// "the Tamberi Ranges" read as GPE "Tamberi" and ORG "Ranges": one feature
			c.set(a, b+1, model.LOC, false)
			continue
		}
		if want != "" && want != sp.label {
			c.set(a, b, want, false)
		}
	}
}

// ageAppos15 reports an age in an apposition after the name ending before token b: "Eleni
// Karamanou, 58, sat …", "Linda Marsh, 61, of Nelsonville" (session 15; personAfter9 reads
// ages too, but only for the spans places9 asks about).
func (c *ctxDoc) ageAppos15(b int) bool {
	if b+2 >= len(c.w) || !c.adj(b-1) || c.w[b] != "," || !c.adj(b) || !c.adj(b+1) {
		return false
	}
	return allDigits9(c.w[b+1]) && (c.w[b+2] == "," || c.w[b+2] == ")")
}

// personTitles15 before a name make it a person's whatever the tagger said: titles no place
// name follows ("Justice Helen Marsh", "Dr. Mercy Banda"; not "General", "Grand" or "Gov.",
// which open names of places and offices too).
var personTitles15 = map[string]bool{"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true,
	"Ms.": true, "Dr": true, "Dr.": true, "Justice": true, "Judge": true, "Senator": true, "Sen.": true,
	"Professor": true, "Prof.": true, "Sheriff": true, "Magistrate": true, "Councillor": true,
	"Cllr": true, "Coun.": true, "Rep.": true}

// personTitle15 reports a person's title right before the name starting at token a (session
// 15).
func (c *ctxDoc) personTitle15(a int) bool {
	if a == 0 || !c.adj(a-1) {
		return false
	}
	w := c.w[a-1]
	if w == "." && a >= 2 && c.adj(a-2) {
		w = c.w[a-2] + "." // "Dr." may be two tokens
	}
	return personTitles15[w]
}

// creditWords15 open a wire story's credit line before "by" ("Reporting by A in Aden and B in
// Cairo; Editing by C").
var creditWords15 = map[string]bool{"Reporting": true, "reporting": true, "Writing": true,
	"Editing": true, "Compiled": true, "compiled": true, "Translated": true, "Produced": true}

// creditLine15 reports a name listed after "by" in a credit line: "Reporting by A in Aden and
// [B] in Cairo" (session 15). A place of the line stands after "in".
func (c *ctxDoc) creditLine15(a int) bool {
	if a == 0 || !c.adj(a-1) {
		return false
	}
	switch c.w[a-1] {
	case "by", "and", ",":
	default:
		return false
	}
	for k, n := a-1, 0; k >= 1 && n < 16 && c.adj(k-1); k, n = k-1, n+1 {
		switch c.w[k] {
		case ";", "(", ")", ".":
			return false
		case "by":
			return creditWords15[c.w[k-1]]
		}
	}
	return false
}

// vesselNouns15 name ships; a name right after one is a ship's.
var vesselNouns15 = map[string]bool{
	"ship": true, "ships": true, "vessel": true, "vessels": true, "tanker": true, "tankers": true,
	"freighter": true, "freighters": true, "carrier": true, "carriers": true, "ferry": true,
	"ferries": true, "yacht": true, "trawler": true, "trawlers": true, "dhow": true, "destroyer": true,
	"destroyers": true, "frigate": true, "frigates": true, "warship": true, "warships": true,
	"cruiser": true, "submarine": true, "corvette": true, "barge": true, "tug": true, "tugboat": true,
	"liner": true, "schooner": true, "steamer": true, "gunboat": true, "icebreaker": true,
}

// vessel15 reports a name that is a ship's: right after a vessel noun ("the tanker Sounion",
// "the bulk carrier Eternity C"), or, when it is no country, town or region the gazetteer
// knows, in a list with "the" right after a vessel noun and a comma ("two bulk carriers, the
// Magic Seas and the Eternity C") or before an apposition headed by one ("the Tutor, a
// Liberian-flagged bulk carrier").
func (c *ctxDoc) vessel15(a, b int) bool {
	if a >= 1 && c.adj(a-1) && vesselNouns15[c.w[a-1]] {
		return true
	}
	// a known country, town or region further off is the place ("attacked two ships, the
	// United States said")
	if c.kindsRange(a, b)&(KCountry|KCity|KAdmin|KRegion|KDemonym) != 0 {
		return false
	}
	// back over a list of names: "the A and the", "A, B and"
	k := a - 1
	for n := 0; k >= 1 && n < 12 && c.adj(k) && (c.w[k] == "the" || c.w[k] == "and" || c.w[k] == "," || nameStart(c.w[k])); n++ {
		if c.w[k] == "," && vesselNouns15[c.w[k-1]] && c.adj(k-1) {
			return k+1 < a && c.w[k+1] == "the"
		}
		k--
	}
	// ", a Liberian-flagged bulk carrier", ", the Greek-owned tanker"
	if b+1 < len(c.w) && c.adj(b-1) && c.w[b] == "," && (c.w[b+1] == "a" || c.w[b+1] == "an" || c.w[b+1] == "the") {
		for j, n := b+2, 0; j < len(c.w) && n < 4 && c.adj(j-1); j, n = j+1, n+1 {
			if vesselNouns15[c.w[j]] {
				return j+1 >= len(c.w) || !isLowerWord(c.w[j+1]) || c.w[j+1] == "that" || c.w[j+1] == "which" || c.w[j+1] == "carrying" || c.w[j+1] == "flagged"
			}
			if !isLowerWord(c.w[j]) && !strings.Contains(c.w[j], "-") {
				return false
			}
		}
	}
	return false
}

// articles14 are the articles a tagger may cut from a name and leave alone.
var articles14 = map[string]bool{"El": true, "La": true, "Le": true, "Los": true, "Las": true, "Les": true,
	"Al": true, "Il": true, "Lo": true, "The": true, "Das": true, "Der": true, "Die": true}

// roleNouns14 in an apposition after a name say it is a person's: "X, the leader of …".
var roleNouns14 = map[string]bool{"leader": true, "head": true, "commander": true, "chief": true,
	"founder": true, "president": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"minister": true, "governor": true, "mayor": true, "deputy": true, "secretary": true, "director": true,
	"chairman": true, "chairwoman": true, "chair": true, "editor": true, "owner": true, "coach": true,
	"captain": true, "ambassador": true, "envoy": true, "son": true, "daughter": true, "wife": true,
	"husband": true, "brother": true, "sister": true, "father": true, "mother": true, "widow": true,
	"nephew": true, "niece": true, "uncle": true, "cousin": true, "lawyer": true, "emir": true}

// roleAppos14 reports whether ", the|a|its (former|top|…) ROLE of|for|at" follows the name
// ending before token b.
func (c *ctxDoc) roleAppos14(b int) bool {
	if b+3 >= len(c.w) || !c.adj(b-1) || c.w[b] != "," {
		return false
	}
	k := b + 1
	switch c.w[k] {
	case "the", "a", "its", "their", "his", "her":
		k++
	default:
		return false
	}
	for i := 0; i < 2 && k < len(c.w) && isLowerWord(c.w[k]) && !roleNouns14[c.w[k]]; i++ {
		k++ // "the former", "the group's top": modifiers before the role
	}
	if k+1 >= len(c.w) || !roleNouns14[c.w[k]] {
		return false
	}
	switch c.w[k+1] {
	case "of", "for", "at":
		return true
	}
	return false
}
