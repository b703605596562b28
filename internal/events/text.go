package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// tokenize splits text[start:end] into word and punctuation tokens (a fallback for
// sentences the segmenter left without tokens).
func tokenize(text string, start, end int) []model.Token {
	var toks []model.Token
	i := start
	for i < end {
		r, sz := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		j := i
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += s2
					continue
				}
				// inner apostrophes, hyphens, dots and commas in numbers
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',') && j+s2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+s2 : end])
					if r2 == ',' || r2 == '.' {
						if unicode.IsDigit(r3) && j > i && isDigitByte(text[j-1]) {
							j += s2
							continue
						}
						break
					}
					if (r2 == '\'' || r2 == '’') && (r3 == 's' || r3 == 't') && j+s2+1 <= end && (j+s2+1 == end || !isLetterByte(text[j+s2+1])) {
						break // possessive 's: split
					}
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += s2
						continue
					}
				}
				break
			}
		} else {
			j = i + sz
			if (r == '\'' || r == '’') && j < end && (text[j] == 's' || text[j] == 'S') && (j+1 == end || !isLetterByte(text[j+1])) {
				j++
			}
		}
		toks = append(toks, model.Token{Start: i, End: j, Text: text[i:j]})
		i = j
	}
	return toks
}

func isDigitByte(b byte) bool  { return b >= '0' && b <= '9' }
func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// splitSentences is a fallback segmenter: lines, then ". " followed by an upper-case letter.
func splitSentences(text string) []model.Sentence {
	var out []model.Sentence
	add := func(s, e int) {
		for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
			e--
		}
		if e > s {
			out = append(out, model.Sentence{Start: s, End: e})
		}
	}
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			add(start, i)
			start = i + 1
			continue
		}
		if (c == '.' || c == '!' || c == '?') && i+2 < len(text) && text[i+1] == ' ' {
			n := text[i+2]
			if n >= 'A' && n <= 'Z' || n == '"' || n == 0xE2 {
				// not after a short abbreviation like "Oct." "Mr." "U.S."
				k := i
				for k > start && isLetterByte(text[k-1]) {
					k--
				}
				w := text[k:i]
				if c == '.' && (abbrev[strings.ToLower(w)] || (len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z')) {
					continue
				}
				add(start, i+1)
				start = i + 2
			}
		}
	}
	add(start, len(text))
	return out
}

var abbrev = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "maj": true, "rep": true, "sen": true, "gov": true, "st": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true, "prof": true, "u.s": true}

// Word classes used by the role and modality rules.
var (
	dayTimeWords = set("dawn daybreak sunrise sunset dusk nightfall midnight noon midday")
	determiners  = set("a an the this that these those its their his her our some several many few two three four five dozens scores hundreds thousands")
	possessives  = set("its their his her our")
	preps        = set("in at on near to from into against of for with by over under across along inside outside around toward towards through between among after before during amid within behind beyond via off onto upon")
	locPreps     = set("in at near inside outside around into across along within onto off outskirts toward towards")
	subordin     = set("that which who whom whose while when because although though since as after before if unless until whereas amid following")
	coordin      = set("and or but")
	modalsHyp    = set("could might may would should can")
	modalsFut    = set("will shall")
	negWords     = set("not no never n't neither nor")
	reportVerbs  = set("say tell report claim announce confirm acknowledge state add stress explain allege insist note")
	pronouns     = set("it they he she we")
	relPronouns  = set("that which who")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// genericActors are unnamed actor nouns (lemma -> CAMEO-style kind).
var genericActors = map[string]string{
	"police": "COP", "policeman": "COP", "tribesman": "UAF", "serviceman": "MIL", "militiaman": "REB", "adviser": "GOV", "advisor": "GOV", "spokesman": "", "jet": "MIL", "warplane": "MIL", "drone": "MIL", "officer": "COP", "troop": "MIL", "soldier": "MIL", "force": "MIL",
	"army": "MIL", "military": "MIL", "militant": "REB", "gunman": "REB", "rebel": "REB", "insurgent": "REB",
	"fighter": "REB", "militia": "REB", "faction": "REB", "rioter": "OPP", "defence": "MIL", "defense": "MIL", "ally": "GOV", "engineer": "CVL", "technician": "CVL", "businessman": "BUS", "senator": "LEG", "lawmaker": "LEG", "tourist": "CVL", "foreigner": "CVL", "priest": "REL", "mayor": "GOV", "judge": "JUD", "employee": "CVL", "nurse": "CVL", "jihadist": "REB", "guerrilla": "REB", "terrorist": "REB", "extremist": "REB", "paramilitary": "REB", "separatist": "REB", "protester": "OPP",
	"demonstrator": "OPP", "civilian": "CVL", "resident": "CVL", "villager": "CVL", "people": "CVL",
	"child": "CVL", "woman": "CVL", "student": "CVL", "worker": "LAB", "journalist": "MED",
	"official": "GOV", "government": "GOV", "authority": "GOV", "minister": "GOV", "president": "GOV",
	"leader": "", "commander": "MIL", "guard": "MIL", "settler": "CVL", "mob": "CVL", "crowd": "CVL",
	"assailant": "UAF", "attacker": "UAF", "bomber": "UAF", "kidnapper": "UAF", "teacher": "LAB",
	"farmer": "CVL", "worshipper": "CVL", "pilgrim": "CVL", "refugee": "CVL", "migrant": "CVL",
	"councillor": "GOV", "councilor": "GOV", "councilman": "GOV", "councilwoman": "GOV",
	"prisoner": "CVL", "hostage": "CVL", "activist": "OPP", "opposition": "OPP", "union": "LAB",
	"diplomat": "GOV", "envoy": "GOV", "ambassador": "GOV", "group": "", "man": "CVL", "family": "CVL",
	"sailor": "MIL", "crew": "CVL", "patient": "CVL", "doctor": "CVL", "base": "MIL", "position": "MIL",
	"target": "", "post": "MIL", "convoy": "MIL", "checkpoint": "MIL", "interest": "", "relative": "CVL",
	// merchant vessels: targets of attacks at sea ("struck a Liberian-flagged tanker")
	"tanker": "BUS", "freighter": "BUS", "vessel": "BUS",
	// bystanders named by what they were doing: victims in tolls ("killing four passengers")
	"passenger": "CVL", "shopper": "CVL", "pedestrian": "CVL", "bystander": "CVL", "motorist": "CVL",
	"commuter": "CVL", "mourner": "CVL", "worshiper": "CVL", "churchgoer": "CVL", "vendor": "CVL",
	"spectator": "CVL", "traveler": "CVL", "traveller": "CVL",
	// gendarmes are police; a village headman is a local official
	"gendarme": "COP", "headman": "GOV",
}

// civilianKinds are actor kinds that make an assault Violence against civilians.
var civilianKinds = map[string]bool{"CVL": true, "MED": true, "LAB": true, "OPP": true, "REL": true, "BUS": true}

// armedKinds are actor kinds of organised armed groups.
var armedKinds = map[string]bool{"MIL": true, "REB": true, "COP": true, "UAF": true, "SPY": true, "GOV": true}

// demonyms maps nationality adjectives and country names (lower case) to ISO codes; the actor
// and geo stages normally supply countries, this is a fallback for unresolved mentions.
var demonyms = func() map[string]string {
	src := `IL israel israeli israelis|LB lebanon lebanese|SY syria syrian syrians|IQ iraq iraqi iraqis|IR iran iranian iranians|` +
		`PS palestine palestinian palestinians gaza|US american americans u.s. us america|RU russia russian russians|UA ukraine ukrainian ukrainians|` +
		`FR france french|GB britain british uk|DE germany german germans|TR turkey turkish türkiye|EG egypt egyptian egyptians|` +
		`JO jordan jordanian|SA saudi saudis|YE yemen yemeni yemenis|AF afghanistan afghan afghans|PK pakistan pakistani pakistanis|` +
		`IN india indian indians|CN china chinese|KP pyongyang|KR seoul|JP japan japanese|SD sudan sudanese|SS juba|` +
		`SO somalia somali somalis|ET ethiopia ethiopian|KE kenya kenyan|NG nigeria nigerian nigerians|ML mali malian|` +
		`BF burkina burkinabe|NE niger nigerien|LY libya libyan libyans|TN tunisia tunisian|DZ algeria algerian|MA morocco moroccan|` +
		`CD congo congolese|MM myanmar burmese|TH thailand thai|PH philippines filipino|ID indonesia indonesian|` +
		`CO colombia colombian|VE venezuela venezuelan|MX mexico mexican|BR brazil brazilian|AR argentina argentine|` +
		`AZ azerbaijan azerbaijani|AM armenia armenian|GE georgia georgian|BY belarus belarusian|PL poland polish|` +
		`QA qatar qatari|AE emirati|KW kuwait kuwaiti|BH bahrain bahraini|OM oman omani|CY cyprus cypriot|GR greece greek|` +
		`IT italy italian|ES spain spanish|CA canada canadian|AU australia australian|HT haiti haitian|BD bangladesh bangladeshi|` +
		`LK lanka lankan|NP nepal nepalese|KH cambodia cambodian|VN vietnam vietnamese|MZ mozambique mozambican|CM cameroon cameroonian|` +
		`TD chad chadian|CF cameroon|KU kurdish kurds kurd|KZ kazakhstan kazakh|UZ uzbekistan uzbek|TJ tajikistan tajik`
	m := map[string]string{}
	for _, grp := range strings.Split(src, "|") {
		f := strings.Fields(grp)
		for _, w := range f[1:] {
			m[w] = f[0]
		}
	}
	m["kurdish"], m["kurds"], m["kurd"] = "", "", ""
	return m
}()

// weaponClass maps weapon lemmas to an ACLED hint and PLOVER mode.
var weaponClass = map[string][2]string{
	"rocket": {"shell", "heavy-weapons"}, "missile": {"shell", "heavy-weapons"}, "shell": {"shell", "heavy-weapons"},
	"mortar": {"shell", "heavy-weapons"}, "artillery": {"shell", "heavy-weapons"}, "projectile": {"shell", "heavy-weapons"},
	"katyusha": {"shell", "heavy-weapons"}, "howitzer": {"shell", "heavy-weapons"}, "tank": {"shell", "heavy-weapons"},
	"shelling": {"shell", "heavy-weapons"}, "bombardment": {"shell", "heavy-weapons"},
	"airstrike": {"air", "aerial"}, "warplane": {"air", "aerial"}, "jet": {"air", "aerial"}, "aircraft": {"air", "aerial"},
	"helicopter": {"air", "aerial"}, "drone": {"air", "drone"}, "air": {"air", "aerial"}, "aerial": {"air", "aerial"},
	"ied": {"ied", "explosives"}, "landmine": {"ied", "explosives"}, "mine": {"ied", "explosives"},
	"roadside": {"ied", "explosives"}, "explosive": {"ied", "explosives"}, "device": {"ied", "explosives"},
	"suicide": {"suicide", "suicide-attack"}, "grenade": {"grenade", "explosives"},
	"gun": {"gunfire", "firearms"}, "gunfire": {"gunfire", "firearms"}, "rifle": {"gunfire", "firearms"},
	"gunman": {"gunfire", "firearms"}, "bullet": {"gunfire", "firearms"}, "shoot": {"gunfire", "firearms"},
	"shooting": {"gunfire", "firearms"}, "sniper": {"gunfire", "firearms"}, "machete": {"attack", "primitive"},
	"knife": {"attack", "primitive"}, "stab": {"attack", "primitive"}, "chemical": {"chem", "unconventional"},
	"sarin": {"chem", "unconventional"}, "chlorine": {"chem", "unconventional"},
	"glide": {"air", "aerial"}, "barrel": {"air", "aerial"}, "tear": {"crowd", "crowd-control"},
	"baton": {"crowd", "crowd-control"}, "rubber": {"crowd", "crowd-control"},
}

// acledSub maps an ACLED hint to event type and sub-event type.
var acledSub = map[string][2]string{
	"shell":      {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
	"air":        {"Explosions/Remote violence", "Air/drone strike"},
	"ied":        {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
	"suicide":    {"Explosions/Remote violence", "Suicide bomb"},
	"grenade":    {"Explosions/Remote violence", "Grenade"},
	"chem":       {"Explosions/Remote violence", "Chemical weapon"},
	"clash":      {"Battles", "Armed clash"},
	"territory":  {"Battles", "Non-state actor overtakes territory"},
	"attack":     {"Violence against civilians", "Attack"},
	"abduct":     {"Violence against civilians", "Abduction/forced disappearance"},
	"sexual":     {"Violence against civilians", "Sexual violence"},
	"peaceful":   {"Protests", "Peaceful protest"},
	"interv":     {"Protests", "Protest with intervention"},
	"excessive":  {"Protests", "Excessive force against protesters"},
	"riot":       {"Riots", "Violent demonstration"},
	"mob":        {"Riots", "Mob violence"},
	"agreement":  {"Strategic developments", "Agreement"},
	"arrests":    {"Strategic developments", "Arrests"},
	"change":     {"Strategic developments", "Change to group/activity"},
	"disrupted":  {"Strategic developments", "Disrupted weapons use"},
	"looting":    {"Strategic developments", "Looting/property destruction"},
	"base":       {"Strategic developments", "Headquarters or base established"},
	"other":      {"Strategic developments", "Other"},
	"govterr":    {"Battles", "Government regains territory"},
	"nonviolent": {"Strategic developments", "Non-violent transfer of territory"},
}

// cameoRoot gives the CAMEO root of a PLOVER type and mode (spec/taxonomy.md).
func cameoRoot(typ, mode string) string {
	switch typ {
	case "AGREE":
		return "03"
	case "CONSULT":
		return "04"
	case "SUPPORT":
		return "05"
	case "COOPERATE":
		return "06"
	case "AID":
		return "07"
	case "CONCEDE", "RETREAT":
		return "08"
	case "ACCUSE":
		if mode == "investigate" {
			return "09"
		}
		return "11"
	case "REQUEST":
		return "10"
	case "REJECT":
		return "12"
	case "THREATEN":
		return "13"
	case "PROTEST":
		return "14"
	case "MOBILIZE":
		return "15"
	case "SANCTION":
		return "16"
	case "COERCE":
		return "17"
	case "ASSAULT":
		switch mode {
		case "firearms", "heavy-weapons", "aerial", "drone", "explosives":
			return "19"
		case "unconventional":
			return "20"
		}
		return "18"
	}
	return ""
}

// numberWords maps spelled-out numbers to values.
var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "dozens": 24, "scores": 40, "hundreds": 200,
	"thousands": 2000, "a": 1, "an": 1}

var approxWords = set("over about around nearly almost some more than least approximately roughly up to dozens scores hundreds thousands several")

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
