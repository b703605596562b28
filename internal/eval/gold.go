package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
)

// Gold is a parsed gold file (spec/gold.md).
type Gold struct {
	// Input is the annotated input file, relative to the gold file (or absolute).
	Input     string `json:"input"`
	Note      string `json:"note,omitempty"`
	Documents []Doc  `json:"documents"`
	// Path is the file the gold was loaded from ("" when parsed from bytes).
	Path string `json:"-"`
}

// Doc is the gold annotation of one article of the input.
type Doc struct {
	Title               string      `json:"title"`
	Published           string      `json:"published"`
	Note                string      `json:"note,omitempty"`
	MustNotContainLines []string    `json:"must_not_contain_lines,omitempty"`
	CaptionOnce         string      `json:"caption_once,omitempty"`
	Entities            []Pair      `json:"entities,omitempty"`
	Events              []Event     `json:"events,omitempty"`
	Forbidden           []Forbidden `json:"forbidden,omitempty"`
}

// Pair is a gold entity: [text, label].
type Pair struct {
	Text  string
	Label string
}

// UnmarshalJSON reads a two-element JSON array of strings.
func (p *Pair) UnmarshalJSON(b []byte) error {
	var a []string
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("entity must be [text, label]: %w", err)
	}
	if len(a) != 2 {
		return fmt.Errorf("entity must be [text, label], got %d elements", len(a))
	}
	p.Text, p.Label = a[0], a[1]
	return nil
}

// MarshalJSON writes the pair as [text, label].
func (p Pair) MarshalJSON() ([]byte, error) { return json.Marshal([2]string{p.Text, p.Label}) }

// StringList is a JSON string or list of strings ("type": "ASSAULT" or ["ASSAULT", "COERCE"]).
type StringList []string

// UnmarshalJSON accepts a string or an array of strings.
func (l *StringList) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*l = StringList{s}
		return nil
	}
	var a []string
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("want a string or a list of strings: %w", err)
	}
	*l = a
	return nil
}

// Location is a gold event location: a place name and its ISO country.
type Location struct {
	Name    string `json:"name"`
	Country string `json:"country"`
}

// Event is one gold event. A field left out (nil or empty) is not checked.
type Event struct {
	Key  string `json:"key"`
	Note string `json:"note,omitempty"`
	// Required defaults to true when absent.
	Required           *bool           `json:"required,omitempty"`
	Type               StringList      `json:"type,omitempty"`
	ACLEDSubEventType  StringList      `json:"acled_sub_event_type,omitempty"`
	SourcesAny         StringList      `json:"sources_any,omitempty"`
	TargetsAny         StringList      `json:"targets_any,omitempty"`
	SourceActor        string          `json:"source_actor,omitempty"`
	SourceCountry      string          `json:"source_country,omitempty"`
	TargetCountry      string          `json:"target_country,omitempty"`
	TargetsCountryAny  StringList      `json:"targets_country_any,omitempty"`
	Location           *Location       `json:"location,omitempty"`
	LocationCountryAny StringList      `json:"location_country_any,omitempty"`
	Date               StringList      `json:"date,omitempty"`
	Counts             map[string]*int `json:"counts,omitempty"`
	KilledMustBeOneOf  []*int          `json:"killed_must_be_one_of,omitempty"`
	Modality           string          `json:"modality,omitempty"`
	ModalityAny        StringList      `json:"modality_any,omitempty"`
	Background         *bool           `json:"background,omitempty"`
}

// IsRequired reports whether a miss of e counts against recall (the default).
func (e *Event) IsRequired() bool { return e.Required == nil || *e.Required }

// Forbidden is a rule no output event of the document may break.
type Forbidden struct {
	Why string `json:"why,omitempty"`
	// KilledIn: no event whose date precision is WithDatePrecision ("" = any) may report
	// counts.killed equal to one of these.
	KilledIn          []int  `json:"killed_in,omitempty"`
	WithDatePrecision string `json:"with_date_precision,omitempty"`
	// MunitionsIn: no event may report counts.munitions equal to one of these.
	MunitionsIn []int `json:"munitions_in,omitempty"`
}

// maxGoldSize bounds what Load reads: gold files are hand-written and small.
const maxGoldSize = 16 << 20

// Load reads and validates the gold file at path.
func Load(path string) (*Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gold file %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxGoldSize+1))
	if err != nil {
		return nil, fmt.Errorf("gold file %s: %w", path, err)
	}
	if len(data) > maxGoldSize {
		return nil, fmt.Errorf("gold file %s: larger than %d bytes", path, maxGoldSize)
	}
	g, err := Parse(data, path)
	if err != nil {
		return nil, err
	}
	g.Path = path
	return g, nil
}

// Parse decodes and validates a gold file's bytes; name is used in error messages.
// Unknown fields are errors, so that a misspelt check is not silently skipped.
func Parse(data []byte, name string) (*Gold, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var g Gold
	if err := dec.Decode(&g); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col := lineCol(data, se.Offset)
			return nil, fmt.Errorf("gold file %s:%d:%d: %v", name, line, col, err)
		}
		return nil, fmt.Errorf("gold file %s: %w", name, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("gold file %s: trailing data after the JSON object", name)
	}
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("gold file %s: %w", name, err)
	}
	return &g, nil
}

func lineCol(data []byte, off int64) (int, int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line, col := 1, 1
	for _, c := range data[:off] {
		if c == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}

// PLOVERTypes are the event types of spec/taxonomy.md.
var PLOVERTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// ACLEDSubEventTypes are ACLED's sub-event types (spec/taxonomy.md).
var ACLEDSubEventTypes = []string{
	"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
	"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
	"Remote explosive/landmine/IED", "Grenade",
	"Sexual violence", "Attack", "Abduction/forced disappearance",
	"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
	"Violent demonstration", "Mob violence",
	"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
	"Headquarters or base established", "Looting/property destruction",
	"Non-violent transfer of territory", "Other",
}

// CountNames are the fields of model.Counts by their JSON names.
var CountNames = []string{"killed", "injured", "displaced", "arrested", "kidnapped", "munitions", "participants"}

// Modalities are the values of Event.Modality.
var Modalities = []string{"asserted", "negated", "hypothetical", "future", "threatened"}

// DatePrecisions are the values of Date.Precision.
var DatePrecisions = []string{"day", "week", "month", "year", "unknown"}

// Labels are the entity labels of spec/output.md.
var Labels = []string{"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WEAPON", "DATE", "QUANTITY"}

var (
	dateRE    = regexp.MustCompile(`^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$`)
	dayRE     = regexp.MustCompile(`^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`)
	countryRE = regexp.MustCompile(`^[A-Z]{2}$`)
)

func in(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Validate checks that every stated value is one the output contract can hold: PLOVER types,
// ACLED sub-event types, dates (YYYY, YYYY-MM, YYYY-MM-DD), ISO alpha-2 countries (upper case),
// count names, modalities, date precisions, entity labels, and unique non-empty event keys.
func (g *Gold) Validate() error {
	if strings.TrimSpace(g.Input) == "" {
		return errors.New(`missing "input"`)
	}
	if len(g.Documents) == 0 {
		return errors.New(`no "documents"`)
	}
	for i := range g.Documents {
		d := &g.Documents[i]
		if err := d.validate(); err != nil {
			return fmt.Errorf("document %d (%q): %w", i+1, d.Title, err)
		}
	}
	return nil
}

func (d *Doc) validate() error {
	if d.Published != "" && !dayRE.MatchString(d.Published) {
		return fmt.Errorf("published %q is not YYYY-MM-DD", d.Published)
	}
	for _, l := range d.MustNotContainLines {
		if strings.TrimSpace(l) == "" {
			return errors.New("must_not_contain_lines holds an empty line")
		}
	}
	for _, p := range d.Entities {
		if strings.TrimSpace(p.Text) == "" {
			return errors.New("entity with empty text")
		}
		if !in(Labels, p.Label) {
			return fmt.Errorf("entity %q: label %q is not one of %v", p.Text, p.Label, Labels)
		}
	}
	keys := map[string]bool{}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Key == "" {
			return fmt.Errorf("event %d has no key", i+1)
		}
		if keys[e.Key] {
			return fmt.Errorf("event key %q used twice", e.Key)
		}
		keys[e.Key] = true
		if err := e.validate(); err != nil {
			return fmt.Errorf("event %q: %w", e.Key, err)
		}
	}
	for i, f := range d.Forbidden {
		if len(f.KilledIn) == 0 && len(f.MunitionsIn) == 0 {
			return fmt.Errorf("forbidden %d states neither killed_in nor munitions_in", i+1)
		}
		if f.WithDatePrecision != "" && !in(DatePrecisions, f.WithDatePrecision) {
			return fmt.Errorf("forbidden %d: with_date_precision %q is not one of %v", i+1, f.WithDatePrecision, DatePrecisions)
		}
		if f.WithDatePrecision != "" && len(f.KilledIn) == 0 {
			return fmt.Errorf("forbidden %d: with_date_precision without killed_in", i+1)
		}
	}
	return nil
}

func checkCountry(field, c string) error {
	if !countryRE.MatchString(c) {
		return fmt.Errorf("%s %q is not an upper-case ISO 3166-1 alpha-2 code", field, c)
	}
	return nil
}

func (e *Event) validate() error {
	for _, t := range e.Type {
		if !in(PLOVERTypes, t) {
			return fmt.Errorf("type %q is not a PLOVER type", t)
		}
	}
	for _, s := range e.ACLEDSubEventType {
		if !in(ACLEDSubEventTypes, s) {
			return fmt.Errorf("acled_sub_event_type %q is not an ACLED sub-event type", s)
		}
	}
	for _, s := range append(append([]string{}, e.SourcesAny...), e.TargetsAny...) {
		if strings.TrimSpace(s) == "" {
			return errors.New("empty string in sources_any/targets_any")
		}
	}
	if e.SourceCountry != "" {
		if err := checkCountry("source_country", e.SourceCountry); err != nil {
			return err
		}
	}
	if e.TargetCountry != "" {
		if err := checkCountry("target_country", e.TargetCountry); err != nil {
			return err
		}
	}
	for _, c := range e.TargetsCountryAny {
		if err := checkCountry("targets_country_any", c); err != nil {
			return err
		}
	}
	for _, c := range e.LocationCountryAny {
		if err := checkCountry("location_country_any", c); err != nil {
			return err
		}
	}
	if e.Location != nil {
		if e.Location.Name == "" && e.Location.Country == "" {
			return errors.New("location states neither name nor country")
		}
		if e.Location.Country != "" {
			if err := checkCountry("location.country", e.Location.Country); err != nil {
				return err
			}
		}
	}
	for _, d := range e.Date {
		if !dateRE.MatchString(d) {
			return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	for name := range e.Counts {
		if !in(CountNames, name) {
			return fmt.Errorf("counts: %q is not one of %v", name, CountNames)
		}
	}
	if e.Modality != "" && !in(Modalities, e.Modality) {
		return fmt.Errorf("modality %q is not one of %v", e.Modality, Modalities)
	}
	for _, m := range e.ModalityAny {
		if !in(Modalities, m) {
			return fmt.Errorf("modality_any %q is not one of %v", m, Modalities)
		}
	}
	return nil
}
