package actors

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Entry is one actor of the knowledge base (see data/README.md for the file format).
type Entry struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Type         string   `json:"type"` // org | state | person
	Kind         string   `json:"kind"` // GOV MIL REB PTY IGO NGO MED CVL OPP JUD LEG BUS REL IMG LAB SPY COP UAF
	Country      string   `json:"country,omitempty"`
	Aliases      []string `json:"aliases,omitempty"`
	Affiliations []string `json:"affiliations,omitempty"`
	Parent       string   `json:"parent,omitempty"`
	Org          string   `json:"org,omitempty"`  // person: the organisation or government they belong to
	Role         string   `json:"role,omitempty"` // person: office or rank
	From         string   `json:"from,omitempty"`
	Until        string   `json:"until,omitempty"`
	Wikidata     string   `json:"wikidata,omitempty"`
	CAMEO        string   `json:"cameo,omitempty"`
	Nouns        []string `json:"nouns,omitempty"`    // head nouns that describe it ("group", "militia")
	Demonyms     []string `json:"demonyms,omitempty"` // state: adjectives ("Iraqi")
	People       []string `json:"people,omitempty"`   // state: nouns for its people ("Iraqis")
	Capital      []string `json:"capital,omitempty"`  // state: capital names used for the government ("Kyiv said")
	Region       string   `json:"region,omitempty"`
	Note         string   `json:"note,omitempty"`
	Source       string   `json:"source,omitempty"` // file it came from
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
