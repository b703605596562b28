package ner

import "github.com/sitrep-dev/sitrep/internal/model"

// The known-place reading of PostRules bit 512 with the caller's gazetteer (Options.KnownPlace;
// session 9, second round). The tagger's own gazetteer holds the countries, cities and
// first-level divisions of its training data; the pipeline's gazetteer also knows districts,
// small towns, camps and natural features ("Kutupalong", "Zubin Potok", "Pibor", "Jubaland").
// A name tagged PERSON that it knows by exactly that name — or one tagged ORG after a locative
// preposition, in a list with a place, or before a plural place noun — is a place (GPE; LOC
// for features and regions) when nothing says it is a person:
//
//   - none of its words is a given name, surname, known person or organisation, title,
//     lower-case word or organisation word, and no title or capitalised word stands next to it
//     (personLike); it is no part of a longer PERSON name of the document (inPersonName);
//   - no mention of the name in the document speaks ("Pibor said", "Pibor told reporters"; a
//     city of 100,000 people or more may: "Hargeisa said" is its government, session 19),
//     takes a verb only people take ("was arrested", "was born"), an age or kin apposition
//     ("X, 21,", "X, the son of"), a relative "who", or stands next to a title or capitalised
//     word;
//   - it is not what someone spoke to ("told Lusa", "according to X"), not in quotation marks
//     (a nickname: Ismael "El Mayo" Zambada), not in a list with an organisation ("police, Rab
//     and Border Guard Bangladesh");
//   - a one-word second-level division or feature needs a frame before it (a locative
//     preposition, "to", "of", "including" …): "Amarnath pilgrims", "Alpine valleys" stay.
//
// No population threshold: the towns it reads on the development texts are mostly villages
// and camps of a few thousand people ("Kirants", "Tegh", "Mataura"), and the people it must
// not turn into places are excluded by the words around them, not by the size of a namesake.

// speakVerbs9 after a name make it a speaker, not a place (speechVerbs plus verbs of people).
var speakVerbs9 = map[string]bool{"said": true, "says": true, "told": true, "added": true, "tweeted": true,
	"wrote": true, "argued": true, "insisted": true, "explained": true, "noted": true, "asked": true,
	"replied": true, "claimed": true, "stated": true, "announced": true, "confirmed": true, "denied": true,
	"warned": true, "condemned": true, "reported": true, "urged": true, "vowed": true, "recalled": true,
	"admitted": true, "acknowledged": true, "testified": true, "smiled": true, "laughed": true}

// geoKnown reads span x as a place the caller's gazetteer knows and relabels it; prep says a
// locative preposition stands before it.
func (c *ctxDoc) geoKnown(x int, prep bool) bool {
	sp := c.sp[x]
	a, b := sp.a, sp.b
	if sp.label == model.ORG && !prep && !c.listMates9(x, true) && !placePlurals9[c.listEndWord(x)] && !(b < len(c.w) && c.adj(b-1) && placeModNouns19[c.w[b]]) {
		return false // an organisation-tagged name needs a frame: "in X", "X and Puntland", "the X and Y districts", "X forces"
	}
	name := c.text[c.toks[a].Start:c.toks[b-1].End]
	feat, pop, ok := c.s.known(name)
	if !ok {
		return false
	}
	// a city of 100,000 people or more that speaks is its government, not a person: "Hargeisa
	// said", "Asmara has accused" (session 19); given names and surnames stay out (personLike)
	bigCity := feat == "city" && pop >= 100000
	switch feat {
	case "town", "city", "country", "admin1", "admin2", "region", "feature":
	default:
		return false
	}
	if (feat == "admin2" || feat == "feature") && b-a == 1 && !prep && !framePrev9[c.prevWord9(a)] {
		// a one-word district or feature needs a frame: "Amarnath pilgrims", "Alpine valleys"
		return false
	}
	if !bigCity && c.speaksAfter9(b) || c.personAfter9(x) || c.addressee9(a) || c.quoted9(a, b) || c.listWithOrg9(x) || !c.placeEverywhere9(name, bigCity) {
		return false
	}
	label := model.GPE
	if feat == "feature" || feat == "region" {
		label = model.LOC
	}
	return c.set(a, b, label, false)
}

// speaksAfter9 reports whether a verb of saying follows the name ending before token b.
func (c *ctxDoc) speaksAfter9(b int) bool {
	return c.adj(b-1) && speakVerbs9[c.word(b)] || c.speaksAfter(b)
}

// placeEverywhere9 reports whether no other mention of name in the document (a PERSON or ORG
// span with exactly its text) has the marks of a person: a title or capitalised word next to
// it, or a verb of saying after it (unless speakOK: a big city's government speaks).
func (c *ctxDoc) placeEverywhere9(name string, speakOK bool) bool {
	for y := range c.sp {
		sp := &c.sp[y]
		if sp.dead || sp.fixed || sp.label != model.PERSON && sp.label != model.ORG {
			continue
		}
		if c.toks[sp.b-1].End-c.toks[sp.a].Start != len(name) || c.text[c.toks[sp.a].Start:c.toks[sp.b-1].End] != name {
			continue
		}
		if c.personLike(sp.a, sp.b) || !speakOK && c.speaksAfter9(sp.b) || c.personAfter9(y) {
			return false
		}
	}
	return true
}

// framePrev9 are the words before a name (besides the locative prepositions) that take places:
// "a patrol to Koui", "the outskirts of Ulang", "camps, including Bakassi".
var framePrev9 = map[string]bool{"to": true, "of": true, "including": true, "near": true, "between": true,
	"towards": true, "toward": true, "outside": true, "around": true}

// prevWord9 is the word before token a in its sentence, skipping "the" ("" when none).
func (c *ctxDoc) prevWord9(a int) string {
	if a < 1 || !c.adj(a-1) {
		return ""
	}
	if w := c.w[a-1]; w != "the" || a < 2 || !c.adj(a-2) {
		return w
	}
	return c.w[a-2]
}

// addressee9 reports whether the name at a is what someone spoke to or quoted: "told Lusa",
// "according to Lusa", "citing Lusa".
func (c *ctxDoc) addressee9(a int) bool {
	if a < 1 || !c.adj(a-1) {
		return false
	}
	switch c.w[a-1] {
	case "told", "citing", "cited", "quoted", "thanked", "interviewed", "informed":
		return true
	case "to":
		return a >= 2 && c.adj(a-2) && (c.w[a-2] == "according" || c.w[a-2] == "spoke" || c.w[a-2] == "said" || c.w[a-2] == "talked")
	}
	return false
}

func isQuote9(w string) bool {
	return w == "\"" || w == "“" || w == "”" || w == "'" || w == "‘" || w == "’"
}

// quoted9 reports whether the name [a, b) stands in quotation marks: a nickname ("Ismael "El
// Mayo" Zambada") or a title, not a place.
func (c *ctxDoc) quoted9(a, b int) bool {
	return a > 0 && b < len(c.w) && c.adj(a-1) && c.adj(b-1) && isQuote9(c.w[a-1]) && isQuote9(c.w[b])
}

// listWithOrg9 reports whether span x stands in a list ("A, B and C") with an organisation
// that has the marks of one (an organisation word, a known organisation): "police, Rab and
// Border Guard Bangladesh".
func (c *ctxDoc) listWithOrg9(x int) bool {
	return c.listMates9(x, false)
}

// listMates9 reports whether span x stands in a list ("A, B and C") with a place (places) or
// with an organisation that has the marks of one (!places).
func (c *ctxDoc) listMates9(x int, places bool) bool {
	org := func(y int) bool {
		if y < 0 || c.sp[y].dead {
			return false
		}
		if places {
			return c.isPlaceLabel(y)
		}
		return c.sp[y].label == model.ORG && c.personLike(c.sp[y].a, c.sp[y].b)
	}
	a, b := c.sp[x].a, c.sp[x].b
	for i := a; i >= 2 && c.adj(i-1) && c.adj(i-2) && (c.w[i-1] == "," || c.w[i-1] == "and"); {
		y := c.spanAt(i - 2)
		if y < 0 || c.sp[y].b != i-1 {
			break
		}
		if org(y) {
			return true
		}
		i = c.sp[y].a
	}
	for i := b; i+1 < len(c.w) && c.adj(i-1) && c.adj(i) && (c.w[i] == "," || c.w[i] == "and"); {
		y := c.spanAt(i + 1)
		if y < 0 || c.sp[y].a != i+1 {
			break
		}
		if org(y) {
			return true
		}
		i = c.sp[y].b
	}
	return false
}

// personVerbs9 after "was"/"is" say the name is a person's: "Khadr was arrested", "X was born".
var personVerbs9 = map[string]bool{"arrested": true, "detained": true, "sentenced": true, "charged": true,
	"convicted": true, "jailed": true, "born": true, "elected": true, "appointed": true, "indicted": true,
	"acquitted": true, "extradited": true, "executed": true, "kidnapped": true, "abducted": true, "married": true,
	"hospitalized": true, "hospitalised": true, "questioned": true, "interrogated": true, "freed": true,
	"pardoned": true, "deported": true, "accused": true, "quoted": true, "wounded": true, "injured": true,
	"killed": true, "shot": true, "murdered": true, "assassinated": true, "sworn": true, "fired": true}

// kinNouns9 in an apposition make the name a person's: "Khadr, the son of …".
var kinNouns9 = map[string]bool{"son": true, "daughter": true, "wife": true, "husband": true, "brother": true,
	"sister": true, "father": true, "mother": true, "widow": true, "nephew": true, "niece": true, "uncle": true,
	"cousin": true, "grandson": true, "granddaughter": true}

func allDigits9(w string) bool {
	if w == "" || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// personAfter9 reports whether the words after span x (or the list it ends) say it names
// people: a relative "who" ("Gayle and Bravo who added 174"), an age or kin apposition
// ("Khadr, 21,", "Khadr, now 21", "Khadr, the son of"), a verb only people take ("was
// arrested", "was born").
func (c *ctxDoc) personAfter9(x int) bool {
	a, b := c.sp[x].a, c.sp[x].b
	// ", who" after a name inside a prepositional phrase belongs to the noun before it ("Ahmed
	// Madobe, the president of Jubaland, who …"); "who" right after the name (or its list) is
	// the name's ("running into Gayle and Bravo who added 174")
	inPP := a > 0 && c.adj(a-1) && isLowerWord(c.w[a-1]) && (locPreps9[c.w[a-1]] || framePrev9[c.w[a-1]])
	if e := c.listEndWord(x); e == "who" || e == "whose" {
		// "a resident of Donja Jablanica whose brother's house": after "of" and a noun the
		// relative belongs to the noun (PostRules bit 1024)
		ofNoun := PostRules&rulePlaces10 != 0 && a > 1 && c.adj(a-2) && c.w[a-1] == "of" && isLowerWord(c.w[a-2]) && c.listEndWord(x) == c.word(b)
		if !ofNoun {
			return true
		}
	}
	if !c.adj(b - 1) {
		return false
	}
	switch c.word(b) {
	case ",":
		n := c.word(b + 1)
		switch {
		case n == "who" || n == "whose":
			return !inPP
		case allDigits9(n):
			return true
		case n == "now" || n == "aged":
			return allDigits9(c.word(b + 2))
		case n == "the" || n == "a" || n == "his" || n == "her":
			return kinNouns9[c.word(b+2)]
		}
	case "was", "is", "has", "had":
		return c.personVerbAt9(b)
	}
	return false
}

// personVerbAt9 reports whether the auxiliary at token b ("was", "is", "has", "had") and a verb
// only people undergo follow: the passive, with "been" between or not ("was arrested", "has been
// sentenced"). After "has" or "had" without "been" the verb is active, what states and forces
// do as often as people ("Kyiv has accused Moscow", "Israel has fired missiles", "Ethiopia has
// deported"; session 19), except "married".
func (c *ctxDoc) personVerbAt9(b int) bool {
	switch aux := c.word(b); aux {
	case "was", "is", "has", "had":
		v := c.word(b + 1)
		if v == "been" {
			v = c.word(b + 2)
		} else if aux == "has" || aux == "had" {
			return v == "married"
		}
		return personVerbs9[v]
	}
	return false
}
