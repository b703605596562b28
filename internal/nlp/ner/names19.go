package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Names with an elided French or Italian article (session 19): "Côte d'Ivoire", "Val d'Isère",
// "Cortina d'Ampezzo", "Giscard d'Estaing". The tokenizer keeps "d'Ivoire" as one token that
// starts with a lower-case letter, so the tagger ends the name before it ("Côte", read as an
// organisation as often as a place). elision joins the token to the name just before it, keeping
// its label, or making it a place when the whole name is one the gazetteer knows.

// elided reports whether w is an elided article written against a capitalised word: "d'Ivoire",
// "d’Isère", "l'Aquila".
func elided(w string) bool {
	if len(w) < 4 || (w[0] != 'd' && w[0] != 'l') {
		return false
	}
	rest, ok := strings.CutPrefix(w[1:], "'")
	if !ok {
		if rest, ok = strings.CutPrefix(w[1:], "’"); !ok {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && len(rest) > 1
}

// elision joins token i (elided) to the capitalised name ending just before it.
func (c *ctxDoc) elision(i int) {
	if i == 0 || !c.adj(i-1) || c.toks[i-1].End+1 != c.toks[i].Start || !c.capTok(i-1) {
		return
	}
	x := c.spanAt(i - 1)
	if x >= 0 && (c.sp[x].b != i || c.sp[x].fixed) {
		return
	}
	a, label := i-1, ""
	if x >= 0 {
		a, label = c.sp[x].a, c.sp[x].label
	}
	if known, _ := c.knownLabel10(a, i+1); known != "" {
		label = known
	}
	if label == "" {
		return // an unknown name the tagger did not mark: "la Côte d'or" in a menu
	}
	if y := c.spanAt(i); y >= 0 && (c.sp[y].a != i || c.sp[y].b != i+1) {
		return
	}
	c.set(a, i+1, label, false)
}

// partyWords after a place name say which party a politician of that place belongs to: "a
// Portland Democrat", "a Greenville Republican" (session 19). The tagger takes the two words
// as one name, a place or a person.
var partyWords = map[string]bool{"Democrat": true, "Republican": true, "Democrats": true, "Republicans": true}

// partyPlace cuts the party word at token i off the name before it when the rest is a place a
// gazetteer knows: "[Portland Democrat]GPE" is the place "Portland" and a party; a known place
// nobody tagged right before it is a place too ("A Texas [Republican]ORG").
func (c *ctxDoc) partyPlace(i int) {
	if !c.adj(i - 1) {
		return
	}
	x := c.spanAt(i)
	if x >= 0 && (c.sp[x].fixed || c.sp[x].b != i+1) {
		return
	}
	a := i - 1 // "A Texas Republican": a name nobody tagged before the party word
	switch {
	case x >= 0 && c.sp[x].a < i:
		a = c.sp[x].a
	case c.spanAt(i-1) >= 0 || !c.capTok(i-1):
		return
	}
	label := ""
	if c.kindsRange(a, i)&(KCountry|KCity|KAdmin|KDistrict) != 0 {
		label = model.GPE
	} else if known, _ := c.knownLabel10(a, i); known == model.GPE {
		label = model.GPE
	}
	if label == "" {
		return // "Senate Democrats", "House Republicans"
	}
	if x >= 0 && c.sp[x].a < i {
		c.sp[x].dead = true
		for k := a; k <= i; k++ {
			c.own[k] = -1
		}
	}
	c.set(a, i, label, false)
}

// possKnown joins a possessive name the caller's gazetteer knows, which the tagger cut at the
// possessive ("[Adam]ORG's Peak", "[St]GPE [James]PERSON' Park", "[London King]GPE's [Cross]ORG";
// session 19): token i is "'s" or "'"; the name ends with the span or word after it and starts
// at one of the three capitalised words before it, the longest the gazetteer knows. A name that
// reached further left keeps the words before it ("London").
func (c *ctxDoc) possKnown(i int) {
	if c.s.known == nil {
		return
	}
	b := i + 2
	if y := c.spanAt(i + 1); y >= 0 {
		if c.sp[y].fixed || c.sp[y].a != i+1 {
			return
		}
		b = c.sp[y].b
	}
	if x := c.spanAt(i); x >= 0 && (c.sp[x].a < i || c.sp[x].b > i+1) {
		return
	}
	first := i - 1
	for first > 0 && first > i-3 && c.adj(first-1) && c.capTok(first-1) {
		first--
	}
	for a := first; a < i; a++ {
		label, _ := c.knownLabel10(a, b)
		if label == "" {
			continue
		}
		if x := c.spanAt(a); x >= 0 && c.sp[x].a < a {
			// "[London King]GPE's Cross": the name before keeps its first words
			if c.sp[x].fixed || c.sp[x].b > i {
				return
			}
			c.sp[x].b, c.sp[x].edited = a, true
			for k := a; k < i; k++ {
				if c.own[k] == int32(x) {
					c.own[k] = -1
				}
			}
		}
		c.set(a, b, label, false)
		return
	}
}

// divisionName19 relabels a person- or organisation-tagged name of two or more words that ends
// with a division word and that the caller's gazetteer knows as a first- or second-level
// division, a place whatever given name it starts with: "Karen State", "Sunflower County"
// (session 19). It reports whether it did.
func (c *ctxDoc) divisionName19(a, b int) bool {
	if c.s.known == nil || b-a < 2 || !divisionNouns14[strings.ToLower(c.w[b-1])] || !nameStart(c.w[b-1]) {
		return false
	}
	feat, _, ok := c.s.known(c.text[c.toks[a].Start:c.toks[b-1].End])
	if !ok || feat != "admin1" && feat != "admin2" {
		return false
	}
	return c.set(a, b, model.GPE, false)
}

// placeModNouns19 after a one-word name the tagger read as an organisation make it the place
// they belong to, when the caller's gazetteer knows it ("clashed with Jubaland forces",
// "Araihazar police station", "the Dehradun centre"; session 19; geoKnown).
var placeModNouns19 = map[string]bool{"forces": true, "police": true, "residents": true, "officials": true,
	"authorities": true, "villagers": true, "farmers": true, "traders": true, "centre": true, "center": true,
	"district": true, "region": true, "province": true, "county": true, "airport": true, "border": true,
	"market": true, "hospital": true, "station": true, "town": true, "city": true, "area": true}

// placeTails19 are head words that end place names: "Stone Town", "Grange Burn", "West Branch".
var placeTails19 = map[string]bool{"Town": true, "City": true, "Falls": true, "Bay": true, "Island": true,
	"Islands": true, "Point": true, "Park": true, "Beach": true, "Hill": true, "Hills": true, "Valley": true,
	"Lake": true, "River": true, "Creek": true, "Springs": true, "Harbour": true, "Harbor": true,
	"Heights": true, "Junction": true, "Crossing": true, "Bridge": true, "Dam": true, "Mountains": true,
	"Peak": true, "Forest": true, "Reserve": true, "Camp": true, "County": true, "District": true,
	"State": true, "Province": true, "Region": true, "Burn": true, "Branch": true, "Gorge": true, "Pass": true}

// knownTails19 joins a name the tagger cut before or at a place head word when the whole is a
// place the caller's gazetteer knows: "[Stone]PERSON [Town]ORG" (Zanzibar's old town), "the
// Grange [Burn]ORG" (session 19). The head word may stand alone or as a one-word name.
func (c *ctxDoc) knownTails19() {
	if c.s.known == nil {
		return
	}
	free := func(k int) bool { // token k untagged, or a one-word name nothing fixes
		y := c.spanAt(k)
		return y < 0 || c.sp[y].a == k && c.sp[y].b == k+1 && !c.sp[y].fixed
	}
	join := func(a, e int) bool {
		label, _ := c.knownLabel10(a, e)
		if label == "" {
			return false
		}
		for k := a; k < e; k++ {
			if y := c.spanAt(k); y >= 0 && (c.sp[y].a < a || c.sp[y].b > e) {
				return false
			}
		}
		for k := a; k < e; k++ {
			if y := c.spanAt(k); y >= 0 {
				c.sp[y].dead = true
				c.own[k] = -1
			}
		}
		return c.set(a, e, label, false)
	}
	for x := 0; x < len(c.sp); x++ {
		sp := c.sp[x]
		if sp.dead || sp.fixed {
			continue
		}
		a, b := sp.a, sp.b
		// rightwards: "[Stone] Town"
		done := false
		for e := b + 1; e <= b+2 && e <= len(c.w) && !done; e++ {
			if !c.adj(e-2) || !c.capTok(e-1) || !free(e-1) {
				break
			}
			done = placeTails19[c.w[e-1]] && join(a, e)
		}
		// leftwards: "Grange [Burn]"
		if done || !placeTails19[c.w[b-1]] {
			continue
		}
		for s := a - 1; s >= 0 && s >= a-2; s-- {
			if !c.adj(s) || !c.capTok(s) || c.spanAt(s) >= 0 {
				break
			}
			if join(s, b) {
				break
			}
		}
	}
}
