package ner

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Span repairs (PostRules bit 8): structural rules for entity spans that a token-level
// tagger cuts short on news text. They run on one sentence's decoded spans, after fixSpans:
//
//   - a name inside a hyphenated modifier is tagged alone ("NATO" in "NATO-backed", "Iran"
//     in "Iran-backed"; the suffix must be one of modifierSuffixes), with the byte offsets of
//     the name part;
//   - a possessive or plural-apostrophe name is one name ("Martyrs' Square", "Lord's
//     Resistance Army") when the word before the apostrophe is no known place, person,
//     organisation or nationality ("Iran's Revolutionary Guards" stays two);
//   - a capitalised "Without"/"Against" joins two capitalised runs ("Doctors Without Borders");
//   - numbers belong to unit and road names: "the 444 Combat Brigade", "82nd Airborne
//     Division", "Brigade 77", "Route 6";
//   - an organisation name ending in an organisation word continues through "of", "for",
//     "to" (+ "the") and, after "Mission", "in" into the capitalised words that follow
//     ("Ministry of Education", "UN Support Mission in Libya", "Committee to Protect
//     Journalists"), never past the sentence;
//   - a lone head word ("Brigade", "Council", "Square") left without its name is dropped.

// modifierSuffixes are the lower-case tails of "Iran-backed"-like modifiers whose head is a name.
var modifierSuffixes = map[string]bool{"backed": true, "led": true, "run": true, "allied": true,
	"aligned": true, "brokered": true, "funded": true, "affiliated": true, "linked": true,
	"controlled": true, "held": true, "based": true, "owned": true, "sponsored": true,
	"supported": true, "dominated": true, "armed": true}

// connHeads are the organisation words after which "of", "for", "to" and "in" continue a name.
var connHeads = map[string]bool{"Mission": true, "Ministry": true, "Observatory": true,
	"Committee": true, "Council": true, "Office": true, "Bank": true, "Commission": true,
	"Agency": true, "Front": true, "Movement": true, "Party": true, "Union": true, "Court": true,
	"Authority": true, "Force": true, "Forces": true, "Army": true, "Brigade": true,
	"Brigades": true, "Organisation": true, "Organization": true, "Institute": true,
	"Coalition": true, "Alliance": true, "Federation": true, "Assembly": true, "Directorate": true,
	"Department": true, "Association": true, "Foundation": true, "Fund": true, "Programme": true,
	"Program": true, "Campaign": true, "Centre": true, "Center": true, "Group": true}

// unitWords head military unit names that take a number ("Brigade 77", "444 Combat Brigade").
var unitWords = map[string]bool{"Brigade": true, "Brigades": true, "Battalion": true,
	"Regiment": true, "Division": true, "Corps": true, "Unit": true, "Squadron": true,
	"Army": true, "Fleet": true, "Group": true, "Battalions": true, "Command": true}

// numberedUnits are the unit words written before a number ("Brigade 77", "Unit 8200").
var numberedUnits = map[string]bool{"Brigade": true, "Battalion": true, "Regiment": true,
	"Division": true, "Corps": true, "Unit": true, "Squadron": true}

// roadWords head road names that take a number ("Route 6", "Highway 1").
var roadWords = map[string]bool{"Route": true, "Highway": true, "Interstate": true, "Road": true}

// loneHeads are head words that are no entity when the tagger leaves them alone.
var loneHeads = map[string]bool{"Mission": true, "Ministry": true, "Observatory": true,
	"Committee": true, "Commission": true, "Agency": true, "Brigade": true, "Brigades": true,
	"Battalion": true, "Regiment": true, "Division": true, "Square": true, "Street": true,
	"Avenue": true, "Road": true, "Route": true, "Highway": true, "Office": true, "Bank": true,
	"Council": true, "Court": true, "Authority": true, "Movement": true, "Front": true,
	"Party": true}

// facHeads are facility words that end place names, never organisation names (hotels, halls
// and markets are businesses as often as buildings, and stay as tagged).
var facHeads = map[string]bool{"Airport": true, "Airbase": true, "Dam": true, "Bridge": true,
	"Street": true, "Avenue": true, "Road": true, "Highway": true, "Square": true, "Boulevard": true,
	"Motorway": true, "Checkpoint": true, "Crossing": true, "Refinery": true, "Barracks": true,
	"Hospital": true, "Stadium": true, "Prison": true, "Buildings": true, "Mosque": true, "Synagogue": true, "Gate": true, "Airfield": true, "Oilfield": true, "Gasfield": true}

// facLeads begin street names in Portuguese, Spanish and French ("Avenida Eduardo Mondlane").
var facLeads = map[string]bool{"Avenida": true, "Rua": true, "Calle": true, "Avenue": true, "Rue": true, "Boulevard": true, "Carrera": true}

// facNouns are lower-case facility nouns that, after a person's name, make the name a
// facility's: "Ben Gurion airport", "Rafik Hariri hospital".
var facNouns = map[string]bool{"airport": true, "hospital": true, "stadium": true, "bridge": true, "dam": true,
	"airbase": true, "prison": true, "mosque": true}

// joinCaps are capitalised function words inside names ("Doctors Without Borders").
var joinCaps = map[string]bool{"Without": true, "Against": true, "Beyond": true}

// isNumberTok: "444", "77", "6A", "82nd", "3rd".
func isNumberTok(w string, ordinalOK bool) (ok, ordinal bool) {
	if w == "" || w[0] < '0' || w[0] > '9' || len(w) > 6 {
		return false, false
	}
	k := 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	switch rest := w[k:]; {
	case rest == "":
		return true, false
	case ordinalOK && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th"):
		return true, true
	case len(rest) == 1 && rest[0] >= 'A' && rest[0] <= 'Z':
		return true, false
	}
	return false, false
}

// modifierName returns the byte length of the name part of a modifier token ("NATO" of
// "NATO-backed"), or 0.
func modifierName(w string) int {
	k := strings.LastIndexAny(w, "-‐‑")
	if k <= 0 {
		return 0
	}
	tail := w[k:]
	_, sz := decodeDash(tail)
	if !modifierSuffixes[tail[sz:]] {
		return 0
	}
	return k
}

func decodeDash(s string) (rune, int) {
	if s[0] == '-' {
		return '-', 1
	}
	return '‐', len("‐") // '‐' and '‑' are both 3 bytes
}

// modifierType labels the name part of a modifier, or returns -1 when it is no name.
func (t *Tagger) modifierType(name string, mid bool) int {
	k := t.gz.Kinds([]string{name})
	lw := strings.ToLower(name)
	switch {
	case k&KCountry != 0:
		return tGPE
	case k&KOrgName != 0:
		return tORG
	case k&(KCity|KAdmin) != 0:
		return tGPE
	case k&KRegion != 0:
		return tLOC
	case lw == "houthi" || lw == "houthis":
		return tORG
	case k&KDemonym != 0:
		if weakDemonyms[lw] {
			return -1
		}
		return tNORP
	case k&KPerson != 0:
		return typeIdx(model.PERSON)
	case k&(KStop|KCapLow|KOrgKey|KTitle) != 0:
		return -1
	case k&KFacWord != 0 && k&KCapHigh != 0: // "Kremlin", "Pentagon": the government
		return tORG
	}
	upper, letters := true, 0
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z':
			upper = false
		case r >= '0' && r <= '9':
			return -1 // "X86-based": a product or a code
		}
		letters++
	}
	if upper && letters >= 2 || k&KCapHigh != 0 || mid {
		return tORG
	}
	return -1
}

// plainRun reports words with no possessive, hyphen or "-based" among them: "the Protea
// Magistrate's Court" keeps its place (the court is an office of the town), as does "the San
// Francisco-based Dolby Laboratories".
func plainRun(words []string) bool {
	for _, w := range words {
		if w == "'" || w == "’" || w == "'s" || w == "’s" || w == "-" || strings.HasSuffix(w, "-based") || w == "based" {
			return false
		}
	}
	return true
}

// repairSpans applies the span repairs (see the comment at the top of the file) to s.spans.
func (t *Tagger) repairSpans(s *state, toks []model.Span, titleCase bool) {
	words := s.words
	info := s.f.info
	n := len(words)
	sp := s.spans
	title := 0
	if titleCase {
		title = 1
	}
	inSpan := func(i int) int {
		for k := range sp {
			if sp[k].typ >= 0 && sp[k].a <= i && i < sp[k].b {
				return k
			}
		}
		return -1
	}
	// absorb marks the spans inside [a, b) other than keep as dead and returns the largest end
	// of the spans it absorbed (or b).
	absorb := func(keep, a, b int) int {
		end := b
		for k := range sp {
			if k != keep && sp[k].typ >= 0 && sp[k].a < b && sp[k].b > a {
				if sp[k].b > end {
					end = sp[k].b
				}
				sp[k].typ = -1
			}
		}
		return end
	}
	capWord := func(i int) bool {
		return i >= 0 && i < n && info[i].flags&(fTitle|fUpper|fAlPrefix) != 0 && info[i].flags&fModifier == 0 &&
			t.gz.Kinds(words[i:i+1])&KStop == 0
	}

	for i := 0; i < n; i++ {
		f := info[i].flags
		// hyphenated modifiers
		if f&fModifier != 0 || f&(fTitle|fHyphen) == fTitle|fHyphen && f&fLower == 0 {
			cut := modifierName(words[i])
			if cut == 0 {
				continue
			}
			mid := i > 0 && !isPunctWord(words[i-1])
			typ := t.modifierType(words[i][:cut], mid)
			if k := inSpan(i); k >= 0 {
				if sp[k].a == i && sp[k].b > i+1 {
					sp[k].a = i + 1 // "Iran-backed Houthi": the modifier is not part of the name
				} else {
					sp[k].typ = -1
				}
			}
			// "Islamic" + "State-linked": an adjacent name before the modifier is part of it
			if k := inSpan(i - 1); k >= 0 && sp[k].b == i && capitalised(info[i-1].flags) && sp[k].typ != tNORP {
				sp[k].b, sp[k].cut = i+1, cut
				continue
			}
			if typ >= 0 {
				a := i
				// "al Qaeda-linked": a lower-case particle written apart belongs to the name
				if i > 0 && (words[i-1] == "al" || words[i-1] == "el") && inSpan(i-1) < 0 {
					a = i - 1
				}
				sp = append(sp, span{a: a, b: i + 1, typ: typ, p: 0.6, cut: cut})
			}
			continue
		}
		// numbers in unit and road names: "Brigade 77", "Route 6"
		if i+1 < n && (numberedUnits[words[i]] || roadWords[words[i]]) {
			if ok, _ := isNumberTok(words[i+1], false); ok {
				a, typ := i, tORG
				if roadWords[words[i]] {
					typ = tFAC
				}
				// "State" + "Route 6", "Golani" + "Brigade 1": the name the head word ends
				if k := inSpan(i); k >= 0 && sp[k].a < i && sp[k].typ != tPERSON {
					a = sp[k].a
				} else if k := inSpan(i - 1); k >= 0 && sp[k].b == i && sp[k].typ != tPERSON && sp[k].typ != tGPE && capitalised(info[i-1].flags) {
					a = sp[k].a
				}
				absorb(-1, a, i+2)
				sp = append(sp, span{a: a, b: i + 2, typ: typ, p: 0.6})
				i++
				continue
			}
		}
		// "the 444 Combat Brigade", "82nd Airborne Division"
		if ok, ord := isNumberTok(words[i], true); ok && i+1 < n {
			if !ord && (i == 0 || !determiner(words[i-1])) {
				continue
			}
			j := i + 1
			for j < n && j <= i+4 && capWord(j) {
				j++
			}
			if j == i+1 || !unitWords[words[j-1]] && t.gz.Kinds(words[j-1:j])&KOrgKey == 0 {
				continue
			}
			b := absorb(-1, i, j)
			sp = append(sp, span{a: i, b: b, typ: tORG, p: 0.6})
			i = b - 1
			continue
		}
	}

	for k := 0; k < len(sp); k++ {
		y := &sp[k]
		if y.typ < 0 || y.cut > 0 {
			continue
		}
		a := y.a
		// "Martyrs' Square", "Lord's Resistance Army"
		if a >= 2 && (y.typ == tORG || isPlace(y.typ)) &&
			t.gz.Kinds(words[y.b-1:y.b])&(KOrgKey|KFacWord|KLocWord) != 0 && t.possessor(s, toks, a-2) {
			if x := inSpan(a - 2); x < 0 || sp[x].typ == tORG && t.gz.Kinds(words[a-2:a-1])&(KTitle|KCapLow) != 0 {
				absorb(k, a-2, a)
				y.a = a - 2
				continue
			}
		}
		// "Doctors Without Borders"
		if a >= 2 && joinCaps[words[a-1]] && capWord(a-2) {
			if title == 0 {
				st := a - 2
				for st > 0 && st > a-5 && capWord(st-1) {
					st--
				}
				absorb(k, st, a)
				y.a, y.typ = st, tORG
			}
		}
	}

	for k := 0; k < len(sp); k++ {
		y := &sp[k]
		if y.typ < 0 || y.cut > 0 || y.typ == tPERSON || y.typ == tNORP || y.typ == tWEAPON {
			continue
		}
		a := y.a
		if PostRules&16 == 0 || a == 0 {
			continue
		}
		// "Tripoli's Emergency Medicine" + "Centre": capitalised words the tagger left out
		// before a name that starts with a head word
		if title == 0 && capWord(a-1) && inSpan(a-1) < 0 {
			head := t.gz.Kinds(words[a : a+1])
			st := a
			for head&(KOrgKey|KFacWord|KLocWord) != 0 && st > 0 && st > a-3 && capWord(st-1) && inSpan(st-1) < 0 && info[st-1].flags&fDigit == 0 &&
				t.gz.Kinds(words[st-1:st])&(KCountry|KCity|KAdmin|KRegion|KDemonym|KPerson|KOrgName|KTitle) == 0 &&
				(st-1 > 0 || t.gz.Kinds(words[0:1])&KCapLow == 0) {
				st--
			}
			if st < a {
				y.a = st
				if isPlace(y.typ) && head&KOrgKey != 0 && head&(KFacWord|KLocWord) == 0 {
					y.typ = tORG
				}
				a = st
			}
		}
		// "the [Darfur]LOC [Victims Support Network]ORG": a place the tagger cut from the front
		// of an organisation's name that ends in an organisation word, after "the" or at the
		// start of the sentence (session 15)
		if y.typ == tORG && y.b-a >= 2 && t.gz.Kinds(words[y.b-1:y.b])&KOrgKey != 0 && t.gz.Kinds(words[y.b-1:y.b])&KFacWord == 0 && title == 0 {
			// (two words at least, after a GPE or LOC: not "the [White House]FAC [Press]ORG
			// Secretary"; no facility word at the end: "the East London Integrated Justice
			// Court Centre" keeps its town)
			if x := inSpan(a - 1); x >= 0 && (sp[x].typ == tGPE || sp[x].typ == tLOC) && sp[x].b == a && toks[a-1].End+1 == toks[a].Start &&
				plainRun(words[sp[x].a:y.b]) &&
				(sp[x].a == 0 || words[sp[x].a-1] == "the" || words[sp[x].a-1] == "The") &&
				t.gz.Kinds(words[a:a+1])&(KCountry|KCity|KAdmin|KRegion|KDemonym|KTitle) == 0 {
				st := sp[x].a
				absorb(k, st, a)
				y.a = st
				continue
			}
		}
		// "Freedom and Justice Party", "National Search and Rescue Agency": capitalised words
		// and "and" before an organisation name ending in an organisation word
		if y.typ == tORG && a >= 2 && words[a-1] == "and" && capWord(a-2) &&
			t.gz.Kinds(words[y.b-1:y.b])&KOrgKey != 0 {
			// the words before "and" are untagged, or one word the tagger guessed ORG or a place
			// that no list knows ("Freedom", "Peace")
			free := func(i int) bool {
				x := inSpan(i)
				return x < 0 || (sp[x].typ == tORG || isPlace(sp[x].typ)) && sp[x].a == i && sp[x].b == i+1 &&
					t.gz.Kinds(words[i:i+1])&(KSurname|KCapHigh) == 0
			}
			st := a - 1
			for st > 0 && st > a-4 && capWord(st-1) && free(st-1) &&
				t.gz.Kinds(words[st-1:st])&(KCountry|KCity|KAdmin|KRegion|KDemonym|KPerson|KOrgName|KFirstName) == 0 {
				st--
			}
			if st < a-1 && (st == 0 || !capWord(st-1)) && title == 0 {
				absorb(k, st, a)
				y.a = st
			}
		}
	}

	// "Ministry of Education", "UN Support Mission in Libya"
	for k := 0; k < len(sp); k++ {
		x := &sp[k]
		if x.typ < 0 || x.cut > 0 || x.typ != tORG && !(x.b-x.a == 1 && loneHeads[words[x.a]]) {
			continue
		}
		for x.b+1 < n && connHeads[words[x.b-1]] {
			c := words[x.b]
			if !(c == "of" || c == "for" || c == "to" || c == "in" && words[x.b-1] == "Mission") {
				break
			}
			j := x.b + 1
			if c != "to" && words[j] == "the" && j+1 < n {
				j++
			}
			st := j
			for j < n && j < st+6 && capWord(j) {
				if y := inSpan(j); y >= 0 && sp[y].typ == tPERSON {
					break
				}
				// "Ministry of Health Minister Ahmed": a title before a name ends the run
				if j > st && t.gz.Kinds(words[j:j+1])&KTitle != 0 && capWord(j+1) {
					break
				}
				j++
			}
			if j == st {
				break
			}
			if c == "to" {
				if t.gz.Kinds(words[st:st+1])&(KCountry|KCity|KAdmin|KRegion|KDistrict) != 0 {
					break
				}
				if y := inSpan(st); y >= 0 && sp[y].typ != tORG {
					break
				}
			}
			x.b = absorb(k, st, j)
			x.typ = tORG
			// "... for the Coordination of Humanitarian Affairs": one more "of" run
			if x.b+1 < n && words[x.b] == "of" && capWord(x.b+1) {
				j = x.b + 1
				for j < n && j < x.b+7 && capWord(j) {
					j++
				}
				x.b = absorb(k, x.b+1, j)
			}
		}
		// "... Support of Islam and Muslims (JNIM)": "and" inside a name its acronym follows
		if x.typ == tORG && x.b+3 < n && words[x.b] == "and" && capWord(x.b+1) {
			j := x.b + 1
			for j < n && j < x.b+4 && capWord(j) {
				j++
			}
			if j+2 < n && words[j] == "(" && words[j+2] == ")" && info[j+1].flags&fUpper != 0 {
				x.b = absorb(k, x.b+1, j)
			}
		}
		// "Ministry of Health and Population", "Ministry of Disaster Management and Relief": a
		// ministry's portfolio list goes on through "and" into a short capitalised run that
		// no other entity holds and that ends the name
		if x.typ == tORG && x.b+1 < n && words[x.b] == "and" && (words[x.a] == "Ministry" || words[x.a] == "Department") &&
			x.b-x.a >= 3 && words[x.a+1] == "of" && capWord(x.b+1) {
			j := x.b + 1
			for j < n && j < x.b+4 && capWord(j) && info[j].flags&fUpper == 0 {
				if y := inSpan(j); y >= 0 && (sp[y].typ != tORG || sp[y].a <= x.b || sp[y].b > x.b+4) {
					break // a place, person or another name that began before
				}
				j++
			}
			if y := inSpan(j - 1); y >= 0 && sp[y].b > j {
				j = x.b + 1 // a name that goes on past the run
			}
			if j > x.b+1 && (j >= n || !capWord(j)) && t.gz.Kinds(words[x.b+1:j])&(KCountry|KCity|KAdmin|KTitle) == 0 {
				x.b = absorb(k, x.b+1, j)
			}
		}
		// "Jama'at Nusrat" + "al-Islam wal-Muslimin"
		for x.typ == tORG && x.b < n && t.gz.Kinds(words[x.a:x.a+1])&KTitle == 0 && t.gz.Kinds(words[x.b-1:x.b])&KFirstName == 0 && (info[x.b].flags&fAlPrefix != 0 && info[x.b].flags&fLower != 0 ||
			strings.HasPrefix(words[x.b], "wal-") || strings.HasPrefix(words[x.b], "wa-")) {
			x.b = absorb(k, x.b, x.b+1)
		}
	}

	// labels: "Horn of Africa" is a region; "Mitiga International Airport", "Kenyatta Avenue"
	// end in a facility word that heads no organisation
	for k := range sp {
		x := &sp[k]
		if PostRules&32 == 0 || x.typ < 0 || x.cut > 0 || x.typ == tNORP || x.typ == tWEAPON {
			continue
		}
		if x.typ == tORG && x.b-x.a > 1 {
			if kk := t.gz.Kinds(words[x.a:x.b]); kk&KRegion != 0 && kk&KOrgName == 0 {
				x.typ = tLOC
				continue
			}
		}
		if (x.typ == tORG || x.typ == tPERSON) && x.b-x.a > 1 {
			if facHeads[words[x.b-1]] || words[x.b-1] == "Station" && words[x.b-2] == "Police" || facLeads[words[x.a]] {
				x.typ = tFAC
			} else if x.typ == tPERSON && x.b < n && facNouns[words[x.b]] && (k+1 == len(sp) || sp[k+1].a > x.b) {
				x.b++
				x.typ = tFAC
			}
		}
	}

	// lone head words
	for k := range sp {
		if x := &sp[k]; PostRules&64 != 0 && x.typ >= 0 && x.b-x.a == 1 && x.cut == 0 && x.typ != tPERSON && loneHeads[words[x.a]] {
			x.typ = -1
		}
	}

	out := sp[:0]
	for _, x := range sp {
		if x.typ >= 0 {
			out = append(out, x)
		}
	}
	for k := 1; k < len(out); k++ { // insertion sort: a few spans, mostly in order
		for m := k; m > 0 && out[m].a < out[m-1].a; m-- {
			out[m], out[m-1] = out[m-1], out[m]
		}
	}
	// drop overlaps left by the repairs (keep the earlier, longer span)
	res := out[:0]
	for _, x := range out {
		if m := len(res); m > 0 && x.a < res[m-1].b {
			continue
		}
		res = append(res, x)
	}
	s.spans = res
}

var tPERSON = typeIdx(model.PERSON)

func determiner(w string) bool {
	switch w {
	case "the", "The", "its", "their", "his", "her", "a", "A":
		return true
	}
	return false
}

// possessor reports whether token i and the next one are a possessive name part: a
// capitalised word that is no known place, person, organisation or nationality, followed by
// "'s" or, when it ends in "s", by a bare apostrophe written against it ("Martyrs'").
func (t *Tagger) possessor(s *state, toks []model.Span, i int) bool {
	w, ap := s.words[i], s.words[i+1]
	if s.f.info[i].flags&fTitle == 0 {
		return false
	}
	switch ap {
	case "'s", "’s":
	case "'", "’":
		if !strings.HasSuffix(w, "s") || toks[i].End != toks[i+1].Start {
			return false
		}
	default:
		return false
	}
	return t.gz.Kinds(s.words[i:i+1])&(KCountry|KCity|KAdmin|KRegion|KPerson|KFirstName|KOrgName|KDemonym|KDistrict|KStop) == 0
}
