package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Fields are the groups of gold checks that the report scores separately, in report order.
// type: type (PLOVER); acled: acled_sub_event_type; sources: sources_any, source_actor, source_country;
// targets: targets_any, target_country, targets_country_any; location: location,
// location_country_any; date: date; counts: counts, killed_must_be_one_of;
// modality: modality, modality_any; background: background.
var Fields = []string{"type", "acled", "sources", "targets", "location", "date", "counts", "modality", "background"}

// check is one stated gold condition on a found event.
type check struct {
	field string // one of Fields
	ok    func(*model.Event) bool
}

// checks lists the conditions gold event e states, in Fields order.
func (e *Event) checks() []check {
	var cs []check
	add := func(field string, ok func(*model.Event) bool) { cs = append(cs, check{field, ok}) }
	if len(e.Type) > 0 {
		add("type", func(f *model.Event) bool { return in(e.Type, f.Type) })
	}
	if len(e.ACLEDSubEventType) > 0 {
		add("acled", func(f *model.Event) bool { return in(e.ACLEDSubEventType, f.ACLED.SubEventType) })
	}
	if len(e.SourcesAny) > 0 {
		add("sources", func(f *model.Event) bool { return actorsContain(f.Sources, e.SourcesAny) })
	}
	if e.SourceActor != "" {
		add("sources", func(f *model.Event) bool {
			for _, a := range f.Sources {
				if a.Actor == e.SourceActor {
					return true
				}
			}
			return false
		})
	}
	if e.SourceCountry != "" {
		add("sources", func(f *model.Event) bool { return actorsCountry(f.Sources, []string{e.SourceCountry}) })
	}
	if len(e.TargetsAny) > 0 {
		add("targets", func(f *model.Event) bool { return actorsContain(f.Targets, e.TargetsAny) })
	}
	if e.TargetCountry != "" {
		add("targets", func(f *model.Event) bool { return actorsCountry(f.Targets, []string{e.TargetCountry}) })
	}
	if len(e.TargetsCountryAny) > 0 {
		add("targets", func(f *model.Event) bool { return actorsCountry(f.Targets, e.TargetsCountryAny) })
	}
	if e.Location != nil {
		add("location", func(f *model.Event) bool {
			if f.Location == nil {
				return false
			}
			if e.Location.Country != "" && !strings.EqualFold(e.Location.Country, f.Location.Country) {
				return false
			}
			return e.Location.Name == "" || SamePlace(e.Location.Name, f.Location.Name)
		})
	}
	if len(e.LocationCountryAny) > 0 {
		add("location", func(f *model.Event) bool {
			return f.Location != nil && inFold(e.LocationCountryAny, f.Location.Country)
		})
	}
	if len(e.Date) > 0 {
		add("date", func(f *model.Event) bool {
			for _, d := range e.Date {
				if DateMatches(d, f.Date.Value) {
					return true
				}
			}
			return false
		})
	}
	for _, name := range CountNames { // fixed order: deterministic reports
		want, stated := e.Counts[name]
		if !stated {
			continue
		}
		add("counts", func(f *model.Event) bool { return eqCount(countOf(&f.Counts, name), want) })
	}
	if len(e.KilledMustBeOneOf) > 0 {
		add("counts", func(f *model.Event) bool {
			for _, want := range e.KilledMustBeOneOf {
				if eqCount(f.Counts.Killed, want) {
					return true
				}
			}
			return false
		})
	}
	if e.Modality != "" {
		add("modality", func(f *model.Event) bool { return modality(f) == e.Modality })
	}
	if len(e.ModalityAny) > 0 {
		add("modality", func(f *model.Event) bool { return in(e.ModalityAny, modality(f)) })
	}
	if e.Background != nil {
		add("background", func(f *model.Event) bool { return f.Background == *e.Background })
	}
	return cs
}

// modality reads an empty modality as the default, "asserted".
func modality(f *model.Event) string {
	if f.Modality == "" {
		return "asserted"
	}
	return f.Modality
}

// agreement is how a found event fares against one gold event.
type agreement struct {
	stated map[string]bool // field → stated by the gold event
	agree  map[string]bool // field → every stated check of that field agrees
	n      int             // stated checks that agree
	total  int             // stated checks
}

func (a agreement) all() bool { return a.n == a.total }

func (e *Event) agreement(cs []check, f *model.Event) agreement {
	a := agreement{stated: map[string]bool{}, agree: map[string]bool{}, total: len(cs)}
	for _, c := range cs {
		if !a.stated[c.field] {
			a.stated[c.field] = true
			a.agree[c.field] = true
		}
		if f != nil && c.ok(f) {
			a.n++
		} else {
			a.agree[c.field] = false
		}
	}
	return a
}

// Matches reports whether found event f agrees with every field gold event e states.
func (e *Event) Matches(f *model.Event) bool {
	return e.agreement(e.checks(), f).all()
}

func countOf(c *model.Counts, name string) *int {
	switch name {
	case "killed":
		return c.Killed
	case "injured":
		return c.Injured
	case "displaced":
		return c.Displaced
	case "arrested":
		return c.Arrested
	case "kidnapped":
		return c.Kidnapped
	case "munitions":
		return c.Munitions
	case "participants":
		return c.Participants
	}
	return nil
}

// eqCount: null equals only null; numbers equal numerically.
func eqCount(got, want *int) bool {
	if got == nil || want == nil {
		return got == nil && want == nil
	}
	return *got == *want
}

func inFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func actorsCountry(as []model.Actor, codes []string) bool {
	for _, a := range as {
		if a.Country != "" && inFold(codes, a.Country) {
			return true
		}
	}
	return false
}

// actorsContain: some actor's text or name contains one of wants, ignoring case.
func actorsContain(as []model.Actor, wants []string) bool {
	for _, a := range as {
		text, name := foldText(a.Text), foldText(a.Name)
		for _, w := range wants {
			w = foldText(w)
			if w == "" {
				continue
			}
			if strings.Contains(text, w) || strings.Contains(name, w) {
				return true
			}
		}
	}
	return false
}

// foldText lower-cases s, maps typographic quotes and dashes to ASCII and collapses white space.
func foldText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '`', '\u00b4':
			r = '\''
		case '\u201c', '\u201d':
			r = '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// DateMatches reports whether a found date value agrees with gold date g: equal, or g is a
// year or month that found value v lies in ("2006" matches "2006-07-12"). A wider found value
// never matches a narrower gold date ("2024-07" does not match gold "2024-07-03").
func DateMatches(g, v string) bool {
	if g == v {
		return true
	}
	return len(g) < len(v) && strings.HasPrefix(v, g) && v[len(g)] == '-'
}

// PlaceKey reduces a place name to a skeleton that survives the usual spelling variants of
// transliterated names: case, diacritics, hyphens, spaces and apostrophes, the Arabic article
// ("al-", "el-", "ad-" …), doubled letters, and ou/u, ee/i, y/i, q/k, ph/f, dh/d, kh/k, sh/ch.
func PlaceKey(s string) string {
	s = norm.NFD.String(s)
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining mark: drop (removes diacritics)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '`':
			// apostrophes and ayn marks vanish inside a word
		default:
			flush()
		}
	}
	flush()
	var out strings.Builder
	for i, w := range words {
		if isArticle(w) && (i < len(words)-1) {
			continue // "al Qusayr", "al-Qusayr" → "qusayr"
		}
		out.WriteString(w)
	}
	k := out.String()
	// a leading glued article: "alqusayr" stays (could be a real name); handled by containment.
	r := strings.NewReplacer("ou", "u", "oo", "u", "ee", "i", "ph", "f", "dh", "d", "kh", "k",
		"gh", "g", "sh", "ch", "q", "k", "ck", "k", "y", "i", "w", "u", "j", "dj", "e", "a")
	k = r.Replace(k)
	// collapse doubled letters
	var c strings.Builder
	var prev rune = -1
	for _, ch := range k {
		if ch != prev {
			c.WriteRune(ch)
		}
		prev = ch
	}
	return c.String()
}

func isArticle(w string) bool {
	switch w {
	case "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul":
		return true
	}
	return false
}

// SamePlace reports whether two place names are spelling variants of each other: their
// PlaceKey skeletons are equal or, when both have at least 4 letters, one contains the other
// or they differ by one edit (two from 9 letters; none below 5).
func SamePlace(a, b string) bool {
	ka, kb := PlaceKey(a), PlaceKey(b)
	if ka == kb {
		return ka != ""
	}
	// containment and small edit distances only for skeletons long enough not to hide
	// inside any name
	short := min(len(ka), len(kb))
	if short < 4 {
		return false
	}
	if strings.Contains(ka, kb) || strings.Contains(kb, ka) {
		return true
	}
	maxEdits := 0
	switch {
	case short >= 9:
		maxEdits = 2
	case short >= 5:
		maxEdits = 1
	}
	return maxEdits > 0 && editDistance(ka, kb, maxEdits) <= maxEdits
}

// editDistance is the Levenshtein distance of a and b (bytes), or limit+1 once it exceeds limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
