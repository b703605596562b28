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
	if c.s.known != nil {
		switch feat, _, ok := c.s.known(c.text[c.toks[a].Start:c.toks[i].End]); {
		case !ok:
		case feat == "feature" || feat == "region":
			label = model.LOC
		default:
			label = model.GPE
		}
	}
	if label == "" {
		return // an unknown name the tagger did not mark: "la Côte d'or" in a menu
	}
	if y := c.spanAt(i); y >= 0 && (c.sp[y].a != i || c.sp[y].b != i+1) {
		return
	}
	c.set(a, i+1, label, false)
}
