package actors

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Entry is one actor of the knowledge base (see data/README.md for the file format).
type Entry struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"` // org | state | person
	Kind string `json:"kind"` // GOV MIL REB PTY IGO NGO MED CVL OPP JUD LEG BUS REL IMG LAB SPY COP UAF
	// Kinds are changes of kind over time ("REB from 2001-11; GOV from 2021-08-15"): the
	// kind at a document's date is the last period starting on or before it. Kind is used
	// when the document has no date.
	Kinds        []KindPeriod `json:"kinds,omitempty"`
	Country      string       `json:"country,omitempty"`
	Aliases      []string     `json:"aliases,omitempty"`
	Affiliations []string     `json:"affiliations,omitempty"`
	Parent       string       `json:"parent,omitempty"`
	Org          string       `json:"org,omitempty"`  // person: the organisation or government they belong to
	Role         string       `json:"role,omitempty"` // person: office or rank
	From         string       `json:"from,omitempty"`
	Until        string       `json:"until,omitempty"`
	Wikidata     string       `json:"wikidata,omitempty"`
	CAMEO        string       `json:"cameo,omitempty"`
	Nouns        []string     `json:"nouns,omitempty"`    // head nouns that describe it ("group", "militia")
	Demonyms     []string     `json:"demonyms,omitempty"` // state: adjectives ("Iraqi")
	People       []string     `json:"people,omitempty"`   // state: nouns for its people ("Iraqis")
	Capital      []string     `json:"capital,omitempty"`  // state: capital names used for the government ("Kyiv said")
	Region       string       `json:"region,omitempty"`
	Note         string       `json:"note,omitempty"`
	Source       string       `json:"source,omitempty"` // file it came from
}

// KindPeriod is one period of an actor's kind, from a date (YYYY, YYYY-MM or YYYY-MM-DD) on.
type KindPeriod struct {
	Kind string `json:"kind"`
	From string `json:"from"`
}

// KindAt returns the actor's kind at date ref (YYYY[-MM[-DD]]); Kind when ref is empty or
// the entry has no periods. Before the first period the first period's kind applies.
func (e *Entry) KindAt(ref string) string {
	if ref == "" || len(e.Kinds) == 0 {
		return e.Kind
	}
	k := e.Kinds[0].Kind
	for _, p := range e.Kinds {
		r := ref
		if len(r) > len(p.From) {
			r = r[:len(p.From)]
		}
		if p.From <= r {
			k = p.Kind
		}
	}
	return k
}

// parseKinds reads "REB from 2001-11; GOV from 2021-08-15"; periods must be in date order.
func parseKinds(val string) ([]KindPeriod, error) {
	var out []KindPeriod
	for _, part := range strings.Split(val, ";") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		if len(f) != 3 || f[1] != "from" {
			return nil, fmt.Errorf("kinds: want \"KIND from DATE\", got %q", strings.TrimSpace(part))
		}
		k := strings.ToUpper(f[0])
		if !validKind[k] {
			return nil, fmt.Errorf("kinds: unknown kind %q", f[0])
		}
		if !validDate(f[2]) {
			return nil, fmt.Errorf("kinds: bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", f[2])
		}
		if n := len(out); n > 0 && f[2] <= out[n-1].From {
			return nil, fmt.Errorf("kinds: %q is not after %q", f[2], out[n-1].From)
		}
		out = append(out, KindPeriod{Kind: k, From: f[2]})
	}
	return out, nil
}

// validDate accepts YYYY, YYYY-MM and YYYY-MM-DD (month 01-12, day 01-31).
func validDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	if len(s) >= 7 && (s[5:7] < "01" || s[5:7] > "12") {
		return false
	}
	return len(s) < 10 || (s[8:10] >= "01" && s[8:10] <= "31")
}

var listKeys = map[string]bool{"aliases": true, "affiliations": true, "nouns": true, "demonyms": true, "people": true, "capital": true}

// parseEntries reads the block format: "key: value" lines, blocks separated by blank lines,
// "#" comments, list values separated by ";".
func parseEntries(r io.Reader, name string) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var out []Entry
	var cur *Entry
	line := 0
	startLine := 0
	flush := func() error {
		if cur == nil {
			return nil
		}
		e := cur
		cur = nil
		if e.ID == "" {
			return fmt.Errorf("%s:%d: entry without id", name, startLine)
		}
		out = append(out, *e)
		return nil
	}
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.HasPrefix(s, "\ufeff") {
			s = s[3:]
		}
		if k := strings.Index(s, " #"); k >= 0 {
			s = s[:k]
		}
		s = strings.TrimSpace(s)
		if strings.HasPrefix(s, "#") {
			continue
		}
		if s == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		k := strings.IndexByte(s, ':')
		if k <= 0 {
			return nil, fmt.Errorf("%s:%d: want \"key: value\", got %q", name, line, truncate(s, 60))
		}
		key := strings.ToLower(strings.TrimSpace(s[:k]))
		val := strings.TrimSpace(s[k+1:])
		if cur == nil {
			cur = &Entry{Source: name}
			startLine = line
		}
		if listKeys[key] {
			for _, p := range strings.Split(val, ";") {
				if p = strings.TrimSpace(p); p != "" {
					switch key {
					case "aliases":
						cur.Aliases = append(cur.Aliases, p)
					case "affiliations":
						cur.Affiliations = append(cur.Affiliations, p)
					case "nouns":
						cur.Nouns = append(cur.Nouns, strings.ToLower(p))
					case "demonyms":
						cur.Demonyms = append(cur.Demonyms, p)
					case "people":
						cur.People = append(cur.People, p)
					case "capital":
						cur.Capital = append(cur.Capital, p)
					}
				}
			}
			continue
		}
		switch key {
		case "id":
			if cur.ID != "" {
				return nil, fmt.Errorf("%s:%d: second id in one block (blank line missing?)", name, line)
			}
			cur.ID = val
		case "name":
			cur.Name = val
		case "type":
			cur.Type = strings.ToLower(val)
		case "kind":
			cur.Kind = strings.ToUpper(val)
			if !validKind[cur.Kind] {
				return nil, fmt.Errorf("%s:%d: unknown kind %q", name, line, val)
			}
		case "kinds":
			ks, err := parseKinds(val)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, line, err)
			}
			cur.Kinds = ks
		case "country":
			cur.Country = strings.ToUpper(val)
		case "parent":
			cur.Parent = val
		case "org":
			cur.Org = val
		case "role":
			cur.Role = val
		case "from":
			cur.From = val
		case "until":
			cur.Until = val
		case "wikidata":
			cur.Wikidata = val
		case "cameo":
			cur.CAMEO = val
		case "region":
			cur.Region = val
		case "note":
			cur.Note = val
		default:
			return nil, fmt.Errorf("%s:%d: unknown key %q", name, line, key)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

var validKind = map[string]bool{}

func init() {
	for _, k := range strings.Fields("GOV MIL REB PTY IGO NGO MED CVL OPP JUD LEG BUS REL IMG LAB SPY COP UAF") {
		validKind[k] = true
	}
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
