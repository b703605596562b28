package ner

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// bylineLeads open the credit lines of wire copy that name writers and editors.
var bylineLeads = []string{"by ", "writer:", "writers:", "reporter:", "reporting by ", "additional reporting by ",
	"editing by ", "written by ", "compiled by ", "writing by "}

// nameParticles may stand lower case inside a person's name.
var nameParticles = map[string]bool{"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "de": true, "da": true,
	"dos": true, "das": true, "do": true, "del": true, "van": true, "von": true, "der": true, "den": true, "le": true, "la": true, "di": true}

// notNameWords end a byline name or show the line is prose ("By Tuesday, the army ...").
var notNameWords = map[string]bool{"The": true, "Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true, "January": true, "February": true, "March": true, "April": true,
	"May": true, "June": true, "July": true, "August": true, "September": true, "October": true, "November": true,
	"December": true, "Staff": true, "Our": true, "Agencies": true, "AFP": true, "AP": true, "Reuters": true, "In": true}

// bylines tags the people of credit lines ("By Mercy Wanjiru", "WRITER: Nattapong Somsri",
// "(Reporting by Selam Tesfaye; Editing by Peter Graff)") as PERSON, replacing what the tagger
// made of them: names there are often foreign to the model and written in capitals.
func bylines(gz *Gazetteer, text string, out []model.Entity) []model.Entity {
	added := false
	for ln, ls := 0, 0; ls < len(text); ln++ {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		line := text[ls:le]
		if len(line) < 200 {
			out, added = bylineLine(text, ls, line, out, added)
		}
		// a bare name on one of the first lines: the writer ("Jeanette Chabalala")
		if ln < 3 && len(line) < 60 && gz != nil {
			if s, e, _ := bylineName(line, 0, len(line), true); e > s && strings.TrimSpace(line[e:]) == "" && bareName(gz, line[s:e]) {
				out = addPerson(out, ls+s, ls+e, text)
				added = true
			}
		}
		ls = le + 1
	}
	if added {
		sort.SliceStable(out, func(i, j int) bool {
			if out[i].Start != out[j].Start {
				return out[i].Start < out[j].Start
			}
			return out[i].End > out[j].End
		})
	}
	return out
}

func bylineLine(text string, base int, line string, out []model.Entity, added bool) ([]model.Entity, bool) {
	// segments: "(Reporting by A; Editing by B)"
	for off := 0; off < len(line); {
		end := strings.IndexAny(line[off:], ";|")
		if end < 0 {
			end = len(line)
		} else {
			end += off
		}
		seg := line[off:end]
		trim := strings.TrimLeft(seg, " \t(")
		segStart := off + len(seg) - len(trim)
		for _, lead := range bylineLeads {
			if len(trim) < len(lead) || !strings.EqualFold(trim[:len(lead)], lead) {
				continue
			}
			// "By ..." must be the whole line's start: prose has "by" everywhere
			if lead == "by " && strings.TrimSpace(line[:segStart]) != "" {
				break
			}
			p := segStart + len(lead)
			for p < len(line) && line[p] == ' ' {
				p++
			}
			for {
				s, e, next := bylineName(line, p, end, lead == "by ")
				if e <= s {
					break
				}
				out = addPerson(out, base+s, base+e, text)
				added = true
				if next < 0 {
					break
				}
				p = next
			}
			break
		}
		off = end + 1
	}
	return out, added
}

// bareName reports whether a line of two or three capitalised words is a person's name: no word
// is a place, title, organisation word or common word, and one is a given name or a word the
// cluster vocabulary does not know.
func bareName(gz *Gazetteer, name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	rare := false
	var one [1]string
	for _, w := range ws {
		if !utf8.ValidString(w) || strings.ContainsAny(w, ".:'’&0123456789") {
			return false
		}
		one[0] = w
		k := gz.Kinds(one[:])
		if k&(KStop|KCapLow|KCountry|KCity|KAdmin|KRegion|KOrgKey|KTitle|KDemonym|KLocWord|KFacWord|KOrgName|KWeapon|KDistrict) != 0 {
			return false
		}
		if k&KFirstName != 0 || WordCluster(w) == 0 {
			rare = true
		}
	}
	return rare
}

// bylineName reads a name of 2-5 capitalised words from line[p:]; it returns its span and the
// start of a following name after "and" / "," (or -1).
func bylineName(line string, p, limit int, strict bool) (s, e, next int) {
	s, e, next = p, p, -1
	words := 0
	q := p
	for q < limit {
		// one word
		r := q
		for r < limit && line[r] != ' ' && line[r] != ',' && line[r] != ')' && line[r] != '(' {
			r++
		}
		w := line[q:r]
		if w == "" {
			break
		}
		c, _ := utf8.DecodeRuneInString(w)
		switch {
		case nameParticles[strings.ToLower(w)] && words > 0 && (w == strings.ToLower(w) || w == strings.ToUpper(w)):
		case unicode.IsUpper(c) && !notNameWords[w]:
			words++
			e = r
		default:
			if strict {
				return p, p, -1 // "By road, ..." is prose
			}
			goto done
		}
		q = r
		if q < limit && line[q] == ' ' {
			q++
			continue
		}
		break
	}
done:
	if words < 2 || words > 5 {
		return p, p, -1
	}
	rest := strings.TrimSpace(line[e:limit])
	restLow := strings.ToLower(rest[:min(len(rest), 6)])
	switch {
	case rest == "" || rest == ")":
	case strings.HasPrefix(restLow, "and "):
		next = e + strings.Index(line[e:], "and ") + 4
	case strings.HasPrefix(rest, ","):
		if k := strings.IndexFunc(rest[1:], func(r rune) bool { return r != ' ' }); k >= 0 && strings.HasPrefix(strings.ToLower(rest[1+k:]), "and ") {
			next = e + strings.Index(line[e:], "and ") + 4
		}
	case strings.HasPrefix(restLow, "in ") || strings.HasPrefix(restLow, "from ") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "("):
	default:
		if strict {
			return p, p, -1
		}
	}
	return s, e, next
}

// addPerson puts a PERSON entity over [s, e), dropping the tagger's entities inside it.
func addPerson(out []model.Entity, s, e int, text string) []model.Entity {
	for _, en := range out {
		if en.End > s && en.Start < e && (en.Start < s || en.End > e) {
			return out // crosses the name: leave the line as tagged
		}
	}
	k := 0
	for _, en := range out {
		if en.End > s && en.Start < e {
			continue
		}
		out[k] = en
		k++
	}
	out = out[:k]
	return append(out, model.Entity{Text: text[s:e], Label: model.PERSON, Start: s, End: e, Score: 1})
}
