package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Span repairs for multiword place names (session 8). The tagger splits or cuts names whose
// inner words look like something else: lower-case particles ("Rio Grande do Sul" →
// "Rio Grande" + "Sul", "Caxias do Sul"), abbreviations ("Sault Ste. Marie"), last words that
// look like a person's or an organisation's ("Salgado Filho" → GPE "Salgado" + ORG "Filho",
// "Debre Markos" → GPE + PERSON, "Scarborough Shoal"). joinSpans runs before the toponyms are
// read: a sequence of adjacent entities and untagged capitalised words, joined by a space, a
// hyphen, a lower-case connector or the period of an abbreviation, whose whole text the
// gazetteer knows by a place's own name becomes one place entity of the full span.

// spanConnectors are the lower-case words that may sit inside a place name.
var spanConnectors = map[string]bool{
	"do": true, "da": true, "dos": true, "das": true, "de": true, "del": true, "della": true,
	"dei": true, "degli": true, "la": true, "las": true, "los": true, "le": true, "les": true,
	"di": true, "du": true, "des": true, "el": true, "al": true, "es": true, "upon": true,
	"on": true, "sur": true, "en": true, "bin": true, "ibn": true, "van": true, "von": true,
	"ter": true, "der": true, "den": true, "y": true, "au": true, "aux": true, "of": true,
	"the": true, "am": true, "im": true, "an": true, "ar": true, "ad": true,
	"as": true, "ash": true, "az": true, "ez": true, "ul": true, "op": true, "aan": true,
	"sous": true, "lez": true,
}

// nameAbbrevs are abbreviated words of place names whose period does not end the name
// ("Sault Ste. Marie", "St. Catharines", "Mt. Kenya", "Ft. Lauderdale").
var nameAbbrevs = map[string]bool{"St": true, "Ste": true, "Mt": true, "Ft": true, "Pt": true, "Sta": true, "Sto": true}

// spanStopWords are capitalised words that do not begin a place name taken in from the left
// (sentence openers and articles: "The Congo River" stays "Congo River").
var spanStopWords = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "At": true, "On": true, "Of": true, "And": true,
	"But": true, "For": true, "From": true, "To": true, "By": true, "With": true, "As": true,
	"Near": true, "Outside": true, "Inside": true, "Across": true, "Around": true, "Into": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "President": true, "Governor": true, "Mayor": true,
	"Minister": true, "General": true, "Gen": true, "Prime": true, "Chief": true,
	"King": true, "Queen": true, "Prince": true, "Princess": true, "Pope": true, "Sheikh": true,
	"Emir": true, "Sultan": true, "Lord": true, "Lady": true, "Sir": true, "Bishop": true,
	"Archbishop": true, "Cardinal": true, "Father": true, "Sister": true, "Brother": true,
	"Imam": true, "Rabbi": true, "Judge": true, "Justice": true, "Senator": true, "Sen": true,
	"Rep": true, "Captain": true, "Colonel": true, "Major": true, "Commander": true,
	"Lieutenant": true, "Sergeant": true, "Officer": true, "Mayor-elect": true,
}

// spanDivisionWords are division nouns that are not taken in as a last untagged word ("Upper
// Nile State": the annotators write the division's name without it).
var spanDivisionWords = map[string]bool{
	"State": true, "Province": true, "Region": true, "District": true, "County": true,
	"Governorate": true, "Department": true, "Division": true, "Municipality": true,
	"Prefecture": true, "Oblast": true, "Territory": true, "Parish": true, "Borough": true,
}

// spanFacHeads make the joined name a facility.
var spanFacHeads = map[string]bool{
	"Airport": true, "Airbase": true, "Dam": true, "Bridge": true, "Station": true,
	"Barracks": true, "Prison": true, "Hospital": true, "Stadium": true, "Port": true,
}

// spanPiece is one part of a candidate name: an entity (ent >= 0) or an untagged word.
type spanPiece struct {
	s, e int
	ent  int
}

// joinSpans replaces split or cut place names in a.Entities by one entity of the full span.
func (g *Gazetteer) joinSpans(a *model.Annotation) {
	ents := a.Entities
	text := a.Doc.Text
	if len(ents) == 0 {
		return
	}
	var drop []bool
	var buf []byte
	var pool []cand
	var pieces [5]spanPiece
	for i := 0; i < len(ents); i++ {
		if drop != nil && drop[i] || !nameLabel(ents[i].Label) || ents[i].Actor != "" {
			continue
		}
		en := &ents[i]
		if en.Start < 0 || en.End > len(text) || en.Start >= en.End {
			continue
		}
		ps := pieces[:0]
		// an untagged capitalised word just before ("Second [Thomas Shoal]")
		left := -1
		if ws := wordBefore(text, en.Start); ws >= 0 && !coveredAt(ents, i, ws) {
			if w := strings.TrimSuffix(text[ws:en.Start-1], "."); capWord(w) && !spanStopWords[w] {
				left = ws
			}
		}
		ps = append(ps, spanPiece{en.Start, en.End, i})
		k := i + 1
		abbr := false
		for len(ps) < len(pieces) {
			p := ps[len(ps)-1].e
			q, ok := spanGap(text, p)
			if !ok {
				break
			}
			if text[p] == '.' || abbrevEndsAt(text, p) {
				abbr = true // "Sault Ste. Marie": a place word's abbreviation
			}
			for k < len(ents) && ents[k].Start < q && ents[k].End <= p {
				k++
			}
			if k < len(ents) && ents[k].Start < q {
				break // an entity overlaps the gap
			}
			if k < len(ents) && ents[k].Start == q {
				if !nameLabel(ents[k].Label) || ents[k].Actor != "" || drop != nil && drop[k] {
					break
				}
				ps = append(ps, spanPiece{ents[k].Start, ents[k].End, k})
				k++
				continue
			}
			we := capWordEnd(text, q)
			if we <= q || k < len(ents) && ents[k].Start < we {
				break
			}
			ps = append(ps, spanPiece{q, we, -1})
		}
		if len(ps) < 2 && left < 0 {
			continue
		}
		// the longest known name: with the left word or without, ending at any piece
		bestS, bestE, bestN, bestLabel := -1, -1, 0, ""
		for _, s := range [2]int{left, en.Start} {
			if s < 0 {
				continue
			}
			for n := len(ps); n >= 1; n-- {
				if n == 1 && s == en.Start {
					break
				}
				e := ps[n-1].e
				if e-s <= bestE-bestS {
					break
				}
				if ps[n-1].ent < 0 && spanDivisionWords[text[ps[n-1].s:e]] {
					continue
				}
				// all pieces people or organisations: "[John] [Smith]" is no place
				place := s != en.Start || abbr
				for _, pc := range ps[:n] {
					if pc.ent < 0 || placeLabel(ents[pc.ent].Label) {
						place = true
					}
				}
				if !place {
					continue
				}
				name := text[s:e]
				buf = appendKey(buf[:0], name)
				pool = g.candidates(pool[:0], buf, isUpperText(name))
				if short, ok := locativeShort(name); ok {
					buf = appendKey(buf[:0], short)
					pool = g.candidates(pool, buf, false) // (rule 64)
				}
				lab := ""
				best := -1e9
				for _, c := range pool {
					if !c.prim && !c.variant {
						continue
					}
					if b := g.baseScore(c, false); b > best {
						best = b
						lab = model.GPE
						if g.places[c.p].feat == featRegion {
							lab = model.LOC
						}
					}
				}
				if lab == "" {
					continue
				}
				if spanFacHeads[lastWord(name)] {
					lab = model.FAC
				}
				bestS, bestE, bestN, bestLabel = s, e, n, lab
				break
			}
		}
		if bestS < 0 {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(ents))
		}
		for _, pc := range ps[1:bestN] {
			if pc.ent >= 0 {
				drop[pc.ent] = true
			}
		}
		en.Start, en.End, en.Text, en.Label, en.Geo = bestS, bestE, text[bestS:bestE], bestLabel, nil
	}
	if drop == nil {
		return
	}
	out := ents[:0]
	for i := range ents {
		if !drop[i] {
			out = append(out, ents[i])
		}
	}
	a.Entities = out
}

func nameLabel(l string) bool {
	switch l {
	case model.GPE, model.LOC, model.FAC, model.ORG, model.PERSON:
		return true
	}
	return false
}

func placeLabel(l string) bool { return l == model.GPE || l == model.LOC || l == model.FAC }

// spanGap reads what follows a piece ending at p: a space, a hyphen, a connector between
// spaces or hyphens ("do", "-sur-"), or the period and space after an abbreviated word
// ("Ste. Marie"); it returns where the next piece starts.
func spanGap(text string, p int) (int, bool) {
	if p >= len(text)-1 {
		return 0, false
	}
	switch text[p] {
	case ' ', '-':
		q := p + 1
		// one or two connectors ("do", "de la", "an der", "-sur-")
		for n := 0; q < len(text) && text[q] >= 'a' && text[q] <= 'z'; n++ {
			e := q
			for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
				e++
			}
			if n == 2 || e >= len(text) || text[e] != ' ' && text[e] != '-' || !spanConnectors[text[q:e]] {
				return 0, false
			}
			q = e + 1
		}
		return q, true
	case '.':
		if p+1 < len(text) && text[p+1] == ' ' && abbrevEndsAt(text, p+1) {
			return p + 2, true
		}
	}
	return 0, false
}

// abbrevEndsAt reports whether text[:p] ends with a name abbreviation and its period ("Ste.").
func abbrevEndsAt(text string, p int) bool {
	if p < 2 || p > len(text) || text[p-1] != '.' {
		return false
	}
	ws := p - 1
	for ws > 0 && isLetterByte(text[ws-1]) {
		ws--
	}
	return nameAbbrevs[text[ws:p-1]] && (ws == 0 || !isLetterByte(text[ws-1]))
}

// capWordEnd returns the end of the capitalised word starting at q (letters and marks, inner
// apostrophes), or q; a word in capitals throughout (text in capitals, an acronym) is none.
func capWordEnd(text string, q int) int {
	r, n := utf8.DecodeRuneInString(text[q:])
	if !unicode.IsUpper(r) {
		return q
	}
	e := q + n
	lower := false
	for e < len(text) {
		r, n := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			if unicode.IsLower(r) {
				lower = true
			}
			e += n
			continue
		}
		if (r == '\'' || r == '’') && e+n < len(text) {
			if r2, _ := utf8.DecodeRuneInString(text[e+n:]); unicode.IsLetter(r2) {
				e += n
				continue
			}
		}
		break
	}
	if !lower {
		return q
	}
	return e
}

// wordBefore returns the start of the capitalised word that ends one space before off, or -1.
func wordBefore(text string, off int) int {
	if off < 2 || text[off-1] != ' ' {
		return -1
	}
	ws := off - 1
	if text[ws-1] == '.' {
		// "Ste. [Anne]": an abbreviated first word
		e := ws - 1
		for ws = e; ws > 0 && isLetterByte(text[ws-1]); ws-- {
		}
		if nameAbbrevs[text[ws:e]] && (ws == 0 || text[ws-1] == ' ') {
			return ws
		}
		return -1
	}
	for ws > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:ws])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		ws -= n
	}
	if ws == off-1 || capWordEnd(text, ws) != off-1 {
		return -1
	}
	return ws
}

// coveredAt reports whether another entity overlaps the bytes from off to the start of entity i.
func coveredAt(ents []model.Entity, i, off int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if ents[j].Start < ents[i].Start && off < ents[j].End {
			return true
		}
	}
	return false
}

func capWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " -"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// locativeShort returns a German or Dutch town name without its locative particle, "Frankfurt
// an der Oder" → "Frankfurt Oder", "Weil am Rhein" → "Weil Rhein", the key of GeoNames' own
// forms "Frankfurt (Oder)" and "Weil am Rhein"'s variants (rule 64); false when the name has
// none.
func locativeShort(name string) (string, bool) {
	first := strings.IndexByte(name, ' ')
	if first < 0 || !locativeStart(name[first:]) {
		return "", false // (one word, or no word after a space starts as a particle: most names)
	}
	for _, p := range [...]string{" an der ", " am ", " an ", " ob der ", " im ", " in der ", " bei ", " aan de ", " aan den "} {
		// p's first place in name (strings.Index, read at each space only)
		for i := first; i >= 0; {
			if strings.HasPrefix(name[i:], p) {
				if i > 0 && i+len(p) < len(name) {
					return name[:i] + " " + name[i+len(p):], true
				}
				break
			}
			k := strings.IndexByte(name[i+1:], ' ')
			if k < 0 {
				break
			}
			i += 1 + k
		}
	}
	return "", false
}

// anyPrim reports a candidate read by a place's own name.
func anyPrim(cs []cand) bool {
	for _, c := range cs {
		if c.prim {
			return true
		}
	}
	return false
}
