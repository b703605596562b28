// Command gencameo derives a supplementary trigger list for package events from PETRARCH-2's
// CAMEO verb dictionary (../shared/data/cameo-dictionaries/CAMEO.2.0.txt, MIT licence,
// © the PETRARCH authors): each verb, its listed inflections and its multi-word forms, with
// the CAMEO code of its block mapped to a PLOVER type (spec/taxonomy.md). Only the conflict
// roots (10-20) are kept; the hand-written lexicon/triggers.txt wins over these entries.
//
//	go run ./internal/events/gencameo -data ../shared/data -out internal/events/lexicon/cameo_verbs.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

var (
	blockRe = regexp.MustCompile(`^---\s+(\S+)\s+\[([^\]]*)\]\s+---`)
	codeRe  = regexp.MustCompile(`\[(\d{2,4})[^\]]*\]`)
)

// skip are verbs too ambiguous outside PETRARCH's parse-based patterns.
var skip = map[string]bool{"die": true, "engage": true, "hang": true, "hurt": true, "rip": true, "offend": true,
	"crash": true, "disturb": true, "provoke": true, "parade": true, "patrol": true, "fly": true, "overfly": true,
	"pound": true, "abuse": true, "target": true, "delay": true, "overrule": true, "fine": true, "lament": true,
	"regret": true, "despair": true, "curse": true, "dismay": true, "distrust": true, "confine": true, "exclude": true,
	"impose": true, "steal": true, "extract": true, "whip": true, "slap": true, "mobilize": true, "spy": true,
	"undermine": true, "disrupt": true, "betray": true, "disassociate": true, "blacklist": true, "insist": true,
	"best": true, "break": true, "breaking": true, "breaks": true, "broke": true, "broken": true, "match": true,
	"master": true, "claim": true, "charge": true, "express": true, "hold": true, "held": true, "holding": true,
	"holds": true, "pull": true, "remove": true, "reside": true, "inhabit": true, "ring": true, "rang": true,
	"rung": true, "rings": true, "ringing": true, "pit": true, "pits": true, "pitted": true, "pitting": true,
	"circle": true, "compete": true, "contrast": true, "differ": true, "defer": true, "deferred": true,
	"deferring": true, "defers": true, "postpone": true, "moderate": true, "force": true, "catch": true,
	"catches": true, "catching": true, "caught": true, "bill": true, "contain": true, "damage": true, "harm": true,
	"hit": true, "kick": true, "overshadow": true, "dominate": true, "impair": true, "infest": true,
	"lecture": true, "mourn": true, "grieve": true, "cry": true, "sadden": true, "counter": true,
	"challenge": true, "argue": true, "dismiss": true, "remit": true, "remits": true, "remitted": true,
	"remitting": true, "mar": true, "marred": true, "marring": true, "mars": true, "overcome": true,
	"overcame": true, "overcomes": true, "overcoming": true, "crack": true, "ram": true, "rams": true,
	"lash": true, "blow": true, "blowing": true, "blown": true, "blew": true, "corrupt": true, "cane": true,
	"hammer": true, "reave": true, "ruin": true, "occupy": true, "occupied": true, "occupies": true,
	"occupying": true, "quarrel": true, "conflict": true, "battle": true, "combat": true, "combats": true,
	"brand": true, "dissent": true, "oppose": true, "dispute": true, "contest": true, "contend": true,
	"complain": true, "object": true, "disagree": true, "disappoint": true, "discourage": true, "hamper": true,
	"hinder": true, "impede": true, "inhibit": true, "retard": true, "obstruct": true, "prevent": true,
	"forestall": true, "compensate": true, "counterbalance": true, "humble": true, "mock": true, "scoff": true,
	"overtake": true, "overtaken": true, "overtaking": true, "overtook": true, "overwhelm": true, "crush": true,
	"rage": true, "implicate": true, "protest": true, "march": true, "riot": true, "demonstrate": true}

func plover(code string) (typ, mode, acled string) {
	root := code[:2]
	switch root {
	case "10":
		return "REQUEST", "", "-"
	case "11":
		if strings.HasPrefix(code, "112") {
			return "ACCUSE", "allege", "-"
		}
		return "ACCUSE", "disapprove", "-"
	case "12":
		return "REJECT", "", "-"
	case "13":
		return "THREATEN", "", "-"
	case "14":
		return "PROTEST", "demo", "peaceful"
	case "15":
		return "MOBILIZE", "troops", "change"
	case "16":
		return "SANCTION", "", "-"
	case "17":
		if strings.HasPrefix(code, "173") {
			return "COERCE", "arrest", "arrests"
		}
		if strings.HasPrefix(code, "174") {
			return "COERCE", "deport", "-"
		}
		return "COERCE", "", "-"
	case "18":
		switch {
		case strings.HasPrefix(code, "181"):
			return "ASSAULT", "abduct", "abduct"
		case strings.HasPrefix(code, "1821"):
			return "ASSAULT", "sexual", "sexual"
		case strings.HasPrefix(code, "1822"):
			return "ASSAULT", "torture", "attack"
		case strings.HasPrefix(code, "186"):
			return "ASSAULT", "targeted", "attack"
		}
		return "ASSAULT", "auto", "auto"
	case "19", "20":
		return "ASSAULT", "auto", "auto"
	}
	return "", "", ""
}

func main() {
	data := flag.String("data", "../shared/data", "shared data directory")
	out := flag.String("out", "internal/events/lexicon/cameo_verbs.txt", "output file")
	flag.Parse()
	f, err := os.Open(filepath.Join(*data, "cameo-dictionaries", "CAMEO.2.0.txt"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencameo:", err)
		os.Exit(1)
	}
	defer f.Close()
	lines := map[string]string{}
	block := ""
	inVerbs := false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.Contains(line, "####### VERB PATTERNS #######") {
			inVerbs = true
			continue
		}
		if !inVerbs {
			continue
		}
		if m := blockRe.FindStringSubmatch(line); m != nil {
			block = m[2]
			continue
		}
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "-") || strings.HasPrefix(t, "#") {
			continue
		}
		if i := strings.Index(t, "#"); i >= 0 {
			t = strings.TrimSpace(t[:i])
		}
		code := block
		if m := codeRe.FindStringSubmatch(t); m != nil {
			code = m[1]
		}
		if len(code) < 2 || code[0] < '0' || code[0] > '9' {
			continue
		}
		typ, mode, acled := plover(code)
		switch r := code[:2]; {
		case r == "11" || strings.HasPrefix(code, "173") || strings.HasPrefix(code, "181"):
		case (r == "18" || r == "19" || r == "20") && strings.HasPrefix(t, "+"):
		default:
			typ = ""
		}
		if typ == "" {
			continue
		}
		// the word, then its listed inflections in braces
		word := t
		forms := ""
		if i := strings.IndexAny(t, "{["); i >= 0 {
			word = strings.TrimSpace(t[:i])
			if j := strings.Index(t, "{"); j >= 0 {
				if k := strings.Index(t[j:], "}"); k > 0 {
					forms = t[j+1 : j+k]
				}
			}
		}
		multi := strings.HasPrefix(word, "+")
		word = strings.ToLower(strings.TrimPrefix(word, "+"))
		if word == "" || strings.ContainsAny(word, "&$*()") || skip[word] {
			continue
		}
		phrases := []string{strings.ReplaceAll(word, "_", " ")}
		for _, fm := range strings.Fields(forms) {
			fm = strings.ToLower(strings.TrimPrefix(fm, "+"))
			if fm != "" && !strings.ContainsAny(fm, "&$*()") {
				phrases = append(phrases, strings.ReplaceAll(fm, "_", " "))
			}
		}
		root := code[:2]
		flags := "weak,verb"
		if !multi && (typ == "ASSAULT" || typ == "COERCE") {
			flags += ",target"
		}
		for _, p := range phrases {
			if strings.Contains(p, " and") || strings.Contains(p, " or") {
				continue
			}
			if _, ok := lines[p]; !ok {
				lines[p] = fmt.Sprintf("%-24s | %s | %s | %s | %s | %s", p, typ, dashIf(mode), root, acled, flags)
			}
		}
	}
	keys := make([]string, 0, len(lines))
	for k := range lines {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("# Code generated by go run ./internal/events/gencameo; DO NOT EDIT.\n")
	b.WriteString("# Derived from PETRARCH-2's CAMEO.2.0.txt verb dictionary (MIT licence, (c) the PETRARCH\n")
	b.WriteString("# authors; see ../shared/data/cameo-dictionaries/LICENSE). Format: lexicon/triggers.txt.\n")
	for _, k := range keys {
		b.WriteString(lines[k])
		b.WriteByte('\n')
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gencameo:", err)
		os.Exit(1)
	}
	fmt.Printf("%d CAMEO verb forms written to %s\n", len(keys), *out)
}

func dashIf(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
