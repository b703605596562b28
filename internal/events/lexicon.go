package events

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

//go:embed lexicon/triggers.txt
var triggersTxt string

// flag bits of a lexicon entry (see lexicon/triggers.txt).
const (
	fNoun = 1 << iota
	fVerb
	fWeapon
	fTarget
	fPassive
	fRecip
	fConseq
	fWeak
	fFuture
	fNoCount
)

// entry is one trigger of the lexicon.
type entry struct {
	words []string // lemmas; "*" is a gap
	types []string // PLOVER types, first is the default
	mode  string
	cameo string
	acled string
	flags int
}

// lexicon indexes entries by their first lemma.
type lexicon struct {
	byFirst map[string][]*entry
	known   map[string]bool // lemmas the lemmatiser may map words to
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func getLexicon() *lexicon {
	lexOnce.Do(func() { lex = parseLexicon(triggersTxt) })
	return lex
}

var flagNames = map[string]int{"noun": fNoun, "verb": fVerb, "weapon": fWeapon, "target": fTarget,
	"passive": fPassive, "recip": fRecip, "conseq": fConseq, "weak": fWeak, "future": fFuture, "nocount": fNoCount}

func parseLexicon(src string) *lexicon {
	l := &lexicon{byFirst: map[string][]*entry{}, known: map[string]bool{}}
	for w := range extraLemmas {
		l.known[w] = true
	}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 6 {
			continue
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		e := &entry{words: strings.Fields(f[0]), types: strings.Split(f[1], "/"), mode: dash(f[2]), cameo: dash(f[3]), acled: dash(f[4])}
		for _, fl := range strings.Split(f[5], ",") {
			e.flags |= flagNames[strings.TrimSpace(fl)]
		}
		if len(e.words) == 0 {
			continue
		}
		for _, w := range e.words {
			if w != "*" {
				l.known[w] = true
			}
		}
		l.byFirst[e.words[0]] = append(l.byFirst[e.words[0]], e)
	}
	return l
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// irregular maps irregular inflections to lemmas.
var irregular = map[string]string{
	"fired": "fire", "fought": "fight", "struck": "strike", "stricken": "strike", "shot": "shoot",
	"met": "meet", "sent": "send", "led": "lead", "held": "hold", "took": "take", "taken": "take",
	"beaten": "beat", "blew": "blow", "blown": "blow", "freed": "free", "spoke": "speak", "spoken": "speak",
	"fled": "flee", "froze": "freeze", "frozen": "freeze", "went": "go", "gone": "go", "hit": "hit",
	"sought": "seek", "brought": "bring", "made": "make", "said": "say", "told": "tell", "began": "begin",
	"begun": "begin", "came": "come", "seen": "see", "saw": "see", "threw": "throw", "thrown": "throw",
	"dealt": "deal", "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be",
	"has": "have", "had": "have", "did": "do", "does": "do", "cut": "cut", "put": "put", "left": "leave",
	"bombed": "bomb", "bombing": "bombing", "shelling": "shelling", "killing": "killing", "fighting": "fighting",
	"meeting": "meeting", "rioting": "rioting", "kidnapping": "kidnapping", "shooting": "shooting",
	"protesters": "protester", "protestors": "protester", "protestor": "protester",
	"demonstrators": "demonstrator", "militia": "militia", "militias": "militia", "forces": "force",
	"shells": "shell", "talks": "talk", "ceasefires": "ceasefire", "strikes": "strike", "raids": "raid",
	"attacks": "attack", "airstrikes": "airstrike", "air-strikes": "airstrike", "air-strike": "airstrike",
	"rallies": "rally", "bodies": "body", "casualties": "casualty", "civilians": "civilian",
	"lit": "light", "dug": "dig", "overran": "overrun", "withdrew": "withdraw", "withdrawn": "withdraw",
	"rode": "ride", "laid": "lay", "drove": "drive", "driven": "drive", "flew": "fly", "flown": "fly",
}

// extraLemmas are non-trigger words the lemmatiser should recognise.
var extraLemmas = map[string]bool{
	"rocket": true, "missile": true, "mortar": true, "projectile": true, "drone": true, "grenade": true,
	"warplane": true, "jet": true, "helicopter": true, "aircraft": true, "bomber": true, "artillery": true,
	"gun": true, "gunman": true, "rifle": true, "weapon": true, "device": true, "mine": true, "landmine": true,
	"troop": true, "soldier": true, "force": true, "fighter": true, "militant": true, "rebel": true,
	"insurgent": true, "police": true, "officer": true, "civilian": true, "resident": true, "people": true,
	"person": true, "child": true, "woman": true, "man": true, "student": true, "worker": true,
	"journalist": true, "villager": true, "official": true, "casualty": true, "body": true, "hostage": true,
	"say": true, "tell": true, "report": true, "claim": true, "announce": true, "confirm": true,
	"acknowledge": true, "deny": true, "state": true, "add": true, "stress": true, "explain": true,
	"plan": true, "prepare": true, "expect": true, "set": true, "schedule": true, "intend": true,
	"warhead": true, "tank": true, "vehicle": true, "car": true, "bus": true, "convoy": true, "base": true,
	"village": true, "town": true, "city": true, "camp": true, "district": true, "province": true,
	"commander": true, "leader": true, "member": true, "die": true, "dead": true, "wound": true,
	"ship": true, "vessel": true, "warship": true, "tear": true, "gas": true, "bullet": true,
	"unit": true, "division": true, "brigade": true, "army": true, "military": true, "militia": true,
	"faction": true, "group": true, "government": true, "authority": true, "demonstrator": true,
}

// lemma maps a lower-case word to its lemma, using the lexicon's vocabulary to choose among
// the candidate stems.
func (l *lexicon) lemma(w string) string {
	if r, ok := irregular[w]; ok {
		return r
	}
	if l.known[w] {
		return w
	}
	n := len(w)
	try := func(c string) bool { return c != "" && l.known[c] }
	if n > 3 && strings.HasSuffix(w, "ies") {
		if c := w[:n-3] + "y"; try(c) {
			return c
		}
	}
	if n > 3 && strings.HasSuffix(w, "ied") {
		if c := w[:n-3] + "y"; try(c) {
			return c
		}
	}
	if n > 2 && strings.HasSuffix(w, "es") {
		if c := w[:n-2]; try(c) {
			return c
		}
	}
	if n > 1 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		if c := w[:n-1]; try(c) {
			return c
		}
	}
	if n > 3 && strings.HasSuffix(w, "ed") {
		if c := w[:n-2]; try(c) {
			return c
		}
		if c := w[:n-1]; try(c) {
			return c
		}
		if n > 4 && w[n-3] == w[n-4] {
			if c := w[:n-3]; try(c) {
				return c
			}
		}
	}
	if n > 4 && strings.HasSuffix(w, "ing") {
		if c := w[:n-3]; try(c) {
			return c
		}
		if c := w[:n-3] + "e"; try(c) {
			return c
		}
		if n > 5 && w[n-4] == w[n-5] {
			if c := w[:n-4]; try(c) {
				return c
			}
		}
	}
	if n > 2 && strings.HasSuffix(w, "s") {
		return w[:n-1]
	}
	return w
}
