// Package nerdata reads the entity-tagging corpora in ../shared/data (re3d, wikigold,
// MEANTIME) into BIO-tagged sentences for package ner, maps their labels onto sitrep's
// (PERSON ORG GPE LOC FAC NORP WEAPON), splits them into train and held-out documents,
// and scores a tagger on them. It is used by the trainer and by the accuracy test.
package nerdata

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// Mask marks a gold tag that is unknown (no training update, not scored).
const Mask = -1

// Sent is one sentence: its words and gold BIO tags (ner tag ids or Mask).
type Sent struct {
	Words []string
	Gold  []int
	Doc   *ner.DocContext // statistics of the sentence's document for document-level features (nil = none)
	// Weight scales the sentence's training updates (0 = 1): silver-labelled text counts less
	Weight float32
}

// SetDocContexts sets the Doc of every sentence of docs.
func SetDocContexts(docs []Doc) {
	for di := range docs {
		d := &docs[di]
		ws := make([][]string, len(d.Sents))
		for i, s := range d.Sents {
			ws[i] = s.Words
		}
		dc := ner.NewDocContext(ws)
		for i := range d.Sents {
			d.Sents[i].Doc = dc
		}
	}
}

// Doc is one document of a corpus.
type Doc struct {
	Corpus string // re3d | wikigold | meantime
	ID     string
	Sents  []Sent
}

// Heldout reports whether a document belongs to the fixed 20% held-out split.
func Heldout(d Doc) bool {
	if d.Corpus == "wikievents" {
		return true // evaluation only
	}
	h := fnv.New32a()
	h.Write([]byte("sitrep-ner-split-1:" + d.Corpus + ":" + d.ID))
	return h.Sum32()%5 == 0
}

// Dev reports whether a training document (not Heldout) belongs to the 20% tuning split used
// to compare model and rule variants without looking at the held-out documents.
func Dev(d Doc) bool {
	if Heldout(d) {
		return false
	}
	h := fnv.New32a()
	h.Write([]byte("sitrep-ner-dev-1:" + d.Corpus + ":" + d.ID))
	return h.Sum32()%5 == 0
}

// Fold returns the cross-validation fold (0..k-1) of a training document (not Heldout);
// Fold(d, 5) == 0 exactly when Dev(d).
func Fold(d Doc, k int) int {
	h := fnv.New32a()
	h.Write([]byte("sitrep-ner-dev-1:" + d.Corpus + ":" + d.ID))
	return int(h.Sum32() % uint32(k))
}

// LocDemonymNORP maps a location mention that is a single demonym ("American", "Russian")
// to NORP, as person and organisation mentions already are (OntoNotes convention). Session 1
// mapped it to GPE; false reproduces those labels (for comparing scores across sessions).
var LocDemonymNORP = true

// Labeler maps corpus labels to sitrep's using a gazetteer.
type Labeler struct{ gz *ner.Gazetteer }

// NewLabeler returns a labeler over gz.
func NewLabeler(gz *ner.Gazetteer) *Labeler { return &Labeler{gz: gz} }

func typeIndex(label string) int {
	for i, t := range ner.Types {
		if t == label {
			return i
		}
	}
	return -1
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	return ner.NamePrefixed(w)
}

func isPunct(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return w != ""
}

func hasDigit(w string) bool {
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

var connectors = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, "'s": true,
	"’s": true, "-": true, "de": true, "du": true, "des": true, "la": true, "le": true, "al": true, "el": true,
	"bin": true, "ibn": true, "bint": true, "abu": true, "van": true, "von": true, "der": true, "den": true,
	"da": true, "di": true, "del": true, "dos": true, "on": true, "in": true, "ul": true, "ad": true, "y": true,
	"at": true, "as": true, "ash": true, "ar": true, "an": true, "'": true, "’": true, ".": true}

func (l *Labeler) kinds(words []string) uint32 {
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	return l.gz.Kinds(words)
}

// PlaceLabel decides GPE, LOC, FAC (or ORG for "Mosul University") for a place name.
func (l *Labeler) PlaceLabel(words []string) string {
	if p := ner.PlaceLabel(l.gz, words); p != "" {
		return p
	}
	if len(words) > 1 && (l.gz.Kinds(words[len(words)-1:])|l.gz.Kinds(words[:1]))&ner.KOrgKey != 0 {
		return model.ORG
	}
	return model.GPE
}

// capAt reports whether words[i] is capitalised as a name: a sentence-initial word that news
// text mostly writes in lower case does not count.
func (l *Labeler) capAt(words []string, i int) bool {
	if !isCap(words[i]) {
		return false
	}
	if k := strings.LastIndexByte(words[i], '-'); k > 0 && k+1 < len(words[i]) && words[i][k+1] >= 'a' && words[i][k+1] <= 'z' {
		return false // "Iran-backed"
	}
	if i == 0 || isPunct(words[i-1]) {
		return l.gz.Kinds(words[i:i+1])&(ner.KCapLow|ner.KStop) == 0
	}
	return true
}

// span is a labelled or masked token range.
type span struct {
	a, b  int
	label string // "" = mask, "O" = outside
}

// Clean maps a corpus mention words[a:b] of coarse type (PER ORG LOC NORP WEAPON) to
// sitrep spans: names are trimmed of determiners, titles and trailing common nouns;
// mentions without a capitalised word become O; mentions that are not clean names are
// masked (except a leading demonym, which becomes NORP).
func (l *Labeler) Clean(words []string, a, b int, coarse string) []span {
	isCap := func(i int) bool { return l.capAt(words, i) }
	if coarse == "WEAPON" {
		for a < b && (l.gz.Kinds(words[a:a+1])&ner.KStop != 0 || isNumber(words[a]) || isPunct(words[a]) ||
			isQuantWord(words[a])) {
			a++
		}
		for b > a && isPunct(words[b-1]) {
			b--
		}
		if a >= b {
			return nil
		}
		return []span{{a, b, model.WEAPON}}
	}
	anyCap := false
	for i := a; i < b; i++ {
		if isCap(i) && l.gz.Kinds(words[i:i+1])&ner.KStop == 0 {
			anyCap = true
		}
	}
	if !anyCap {
		return []span{{a, b, "O"}}
	}
	oa, ob := a, b
	for a < b && (!isCap(a) || isPunct(words[a]) || l.gz.Kinds(words[a:a+1])&ner.KStop != 0) {
		a++
	}
	if coarse == "PER" {
		// start after the last title word
		for i := b - 1; i >= a; i-- {
			k := l.gz.Kinds(words[i : i+1])
			if k&ner.KTitle != 0 && k&ner.KFirstName == 0 || !isCap(i) && !connectors[strings.ToLower(words[i])] {
				a = i + 1
				break
			}
		}
		if a < b && !isCap(a) {
			return []span{{oa, ob, ""}} // "President of the United States": an office, not a name
		}
	}
	for b > a && (!isCap(b-1) && !hasDigit(words[b-1]) || isPunct(words[b-1])) {
		b--
	}
	var out []span
	if a > oa {
		out = append(out, span{oa, a, "O"})
	}
	if b < ob {
		out = append(out, span{b, ob, "O"})
	}
	if a >= b {
		return []span{{oa, ob, ""}}
	}
	clean := true
	for i := a; i < b; i++ {
		w := words[i]
		if !isCap(i) && !hasDigit(w) && !connectors[strings.ToLower(w)] {
			clean = false
		}
	}
	if !clean {
		if coarse != "NORP" && l.gz.Kinds(words[a:a+1])&ner.KDemonym != 0 && a+1 < b && !isCap(a+1) {
			return append(out, span{a, a + 1, model.NORP}, span{a + 1, b, ""})
		}
		return []span{{oa, ob, ""}}
	}
	ws := words[a:b]
	label := ""
	switch coarse {
	case "PER":
		label = model.PERSON
		if len(ws) == 1 && l.gz.Kinds(ws)&ner.KDemonym != 0 {
			label = model.NORP // "Venezuelans" as a PER mention (ACE)
		}
	case "NORP":
		label = model.NORP
	case "ORG":
		k := l.kinds(ws)
		switch {
		case k&ner.KDemonym != 0 && len(ws) == 1:
			label = model.NORP
		case k&ner.KCountry != 0:
			label = model.GPE
		default:
			label = model.ORG
		}
	case "LOC":
		label = l.PlaceLabel(ws)
		if LocDemonymNORP && len(ws) == 1 && l.gz.Kinds(ws)&ner.KDemonym != 0 && l.gz.Kinds(ws)&(ner.KCountry|ner.KCity|ner.KAdmin) == 0 {
			label = model.NORP // "the American auto company" as a MEANTIME LOCATION mention
		}
	default:
		return []span{{oa, ob, ""}}
	}
	return append(out, span{a, b, label})
}

var quantWords = map[string]bool{"a": true, "an": true, "two": true, "three": true, "four": true, "five": true,
	"several": true, "dozens": true, "hundreds": true, "thousands": true, "of": true, "some": true, "many": true,
	"numerous": true, "multiple": true, "the": true, "its": true, "their": true, "his": true, "more": true}

func isQuantWord(w string) bool { return quantWords[strings.ToLower(w)] }

// apply writes spans onto gold tags (labelled spans overwrite masks and O).
func apply(gold []int, spans []span) {
	// O and masks first, then labels, shorter before longer (outer mentions win)
	spans = append([]span(nil), spans...)
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].b-spans[i].a < spans[j].b-spans[j].a })
	for pass := 0; pass < 3; pass++ {
		for _, s := range spans {
			switch {
			case pass == 0 && s.label == "O":
				for i := s.a; i < s.b; i++ {
					if gold[i] == 0 {
						gold[i] = 0
					}
				}
			case pass == 1 && s.label == "":
				for i := s.a; i < s.b; i++ {
					if gold[i] == 0 {
						gold[i] = Mask
					}
				}
			case pass == 2 && s.label != "" && s.label != "O":
				k := typeIndex(s.label)
				for i := s.a; i < s.b; i++ {
					gold[i] = ner.TagI(k)
				}
				gold[s.a] = ner.TagB(k)
			}
		}
	}
}

// ---- re3d ----

type re3dEnt struct {
	DocumentID string  `json:"documentId"`
	Begin      int     `json:"begin"`
	End        int     `json:"end"`
	Type       string  `json:"type"`
	Confidence float64 `json:"confidence"`
}

var re3dCoarse = map[string]string{"Person": "PER", "Organisation": "ORG", "Location": "LOC",
	"Nationality": "NORP", "Weapon": "WEAPON"}

func readJSONLines(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		b := sc.Bytes()
		b = []byte(strings.TrimPrefix(string(b), "\ufeff"))
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		if err := fn(b); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return sc.Err()
}

// tokenRange returns the tokens [a, b) of toks that overlap the byte span [s, e); a < 0 when
// none does.
func tokenRange(toks []model.Span, s, e int) (a, b int) {
	a, b = -1, -1
	for i, t := range toks {
		if t.End > s && t.Start < e {
			if a < 0 {
				a = i
			}
			b = i + 1
		}
	}
	return a, b
}

// SplitSentences tokenises text[0:len] like ner.Tagger.Tag does without sentence spans:
// sentences end at ".", "!", "?" tokens and at newlines.
func SplitSentences(text string) [][]model.Span {
	toks := ner.Tokenize(text, 0, len(text), nil)
	var out [][]model.Span
	st := 0
	for i := range toks {
		w := text[toks[i].Start:toks[i].End]
		end := w == "." || w == "!" || w == "?"
		if i+1 < len(toks) && strings.Contains(text[toks[i].End:toks[i+1].Start], "\n") {
			end = true
		}
		if end || i == len(toks)-1 {
			out = append(out, toks[st:i+1])
			st = i + 1
		}
	}
	return out
}

// ReadRe3d reads re3d (entities with confidence >= 0.5).
func (l *Labeler) ReadRe3d(dir string) ([]Doc, error) {
	subs, err := filepath.Glob(filepath.Join(dir, "*", "documents.json"))
	if err != nil || len(subs) == 0 {
		return nil, fmt.Errorf("re3d: no documents under %s", dir)
	}
	var docs []Doc
	for _, dpath := range subs {
		texts := map[string]string{}
		var ids []string
		err := readJSONLines(dpath, func(b []byte) error {
			var d struct {
				ID   string `json:"_id"`
				Text string `json:"text"`
			}
			if err := json.Unmarshal(b, &d); err != nil {
				return err
			}
			texts[d.ID] = d.Text
			ids = append(ids, d.ID)
			return nil
		})
		if err != nil {
			return nil, err
		}
		ents := map[string][]re3dEnt{}
		err = readJSONLines(filepath.Join(filepath.Dir(dpath), "entities.json"), func(b []byte) error {
			var e re3dEnt
			if err := json.Unmarshal(b, &e); err != nil {
				return err
			}
			ents[e.DocumentID] = append(ents[e.DocumentID], e)
			return nil
		})
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			docs = append(docs, l.re3dDoc(id, texts[id], ents[id]))
		}
	}
	return docs, nil
}

func (l *Labeler) re3dDoc(id, text string, ents []re3dEnt) Doc {
	// code-point offsets -> byte offsets
	cp := make([]int, 0, len(text)+1)
	for i := range text {
		cp = append(cp, i)
	}
	cp = append(cp, len(text))
	doc := Doc{Corpus: "re3d", ID: id}
	for _, toks := range SplitSentences(text) {
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = text[t.Start:t.End]
		}
		gold := make([]int, len(toks))
		var spans, low []span
		for _, e := range ents {
			coarse, ok := re3dCoarse[e.Type]
			if e.Begin < 0 || e.End >= len(cp) || e.Begin >= e.End {
				continue
			}
			a, b := tokenRange(toks, cp[e.Begin], cp[e.End])
			if a < 0 {
				continue
			}
			if e.Confidence < 0.5 {
				low = append(low, span{a, b, ""})
				continue
			}
			if !ok {
				spans = append(spans, span{a, b, "O"})
				continue
			}
			spans = append(spans, l.Clean(words, a, b, coarse)...)
		}
		// low-confidence capitalised mentions are unknown
		for _, s := range low {
			for i := s.a; i < s.b; i++ {
				if l.capAt(words, i) {
					gold[i] = Mask
				}
			}
		}
		apply(gold, spans)
		doc.Sents = append(doc.Sents, Sent{Words: words, Gold: gold})
	}
	return doc
}

// ---- wikigold ----

// ReadWikigold reads wikigold.conll.txt (IOB1, documents separated by -DOCSTART-).
func (l *Labeler) ReadWikigold(path string) ([]Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var docs []Doc
	var cur *Doc
	var words, tags []string
	flush := func() {
		if len(words) == 0 {
			return
		}
		if cur == nil {
			docs = append(docs, Doc{Corpus: "wikigold", ID: "0"})
			cur = &docs[len(docs)-1]
		}
		cur.Sents = append(cur.Sents, l.conllSent(words, tags))
		words, tags = nil, nil
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.HasPrefix(line, "-DOCSTART-") {
			flush()
			docs = append(docs, Doc{Corpus: "wikigold", ID: fmt.Sprint(len(docs))})
			cur = &docs[len(docs)-1]
			continue
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		words = append(words, line[:i])
		tags = append(tags, line[i+1:])
	}
	flush()
	return docs, nil
}

func (l *Labeler) conllSent(words, tags []string) Sent {
	gold := make([]int, len(words))
	for i := 0; i < len(words); {
		if tags[i] == "O" || len(tags[i]) < 3 {
			i++
			continue
		}
		typ := tags[i][2:]
		j := i + 1
		for j < len(words) && len(tags[j]) > 2 && tags[j][2:] == typ && tags[j][0] == 'I' {
			j++
		}
		ws := words[i:j]
		label := ""
		switch typ {
		case "PER":
			label = model.PERSON
		case "ORG":
			label = model.ORG
			if k := l.kinds(ws); k&(ner.KCountry) != 0 {
				label = model.GPE
			}
		case "LOC":
			label = l.PlaceLabel(ws)
		case "MISC":
			all := true
			for _, w := range ws {
				if l.gz.Kinds([]string{w})&ner.KDemonym == 0 {
					all = false
				}
			}
			if all || l.gz.Kinds(ws)&ner.KDemonym != 0 {
				label = model.NORP
			}
		}
		if label != "" {
			apply(gold, []span{{i, j, label}})
		}
		i = j
	}
	return Sent{Words: words, Gold: gold}
}

// ---- MEANTIME ----

var (
	reTok     = regexp.MustCompile(`<token [^>]*?sentence="(\d+)"[^>]*?t_id="(\d+)"[^>]*>([^<]*)</token>`)
	reMention = regexp.MustCompile(`(?s)<ENTITY_MENTION [^>]*?m_id="(\d+)"[^>]*>(.*?)</ENTITY_MENTION>`)
	reAnchor  = regexp.MustCompile(`t_id="(\d+)"`)
	reEntity  = regexp.MustCompile(`<ENTITY ([^>]*)/>`)
	reAttr    = regexp.MustCompile(`(\w+)="([^"]*)"`)
	reRefers  = regexp.MustCompile(`(?s)<REFERS_TO[^>]*>(.*?)</REFERS_TO>`)
	reSrc     = regexp.MustCompile(`<source m_id="(\d+)"`)
	reTgt     = regexp.MustCompile(`<target m_id="(\d+)"`)
)

// ReadMeantime reads the MEANTIME English intra-document annotation.
func (l *Labeler) ReadMeantime(dir string) ([]Doc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "intra-doc_annotation", "*", "*.xml"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("meantime: no files under %s", dir)
	}
	sort.Strings(files)
	var docs []Doc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, l.meantimeDoc(filepath.Base(f), string(b)))
	}
	return docs, nil
}

func unescapeXML(s string) string {
	r := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"", "&apos;", "'")
	return r.Replace(s)
}

func (l *Labeler) meantimeDoc(name, s string) Doc {
	type pos struct{ sent, idx int }
	where := map[string]pos{}
	var sents []Sent
	sentIdx := map[string]int{}
	for _, m := range reTok.FindAllStringSubmatch(s, -1) {
		si, ok := sentIdx[m[1]]
		if !ok {
			si = len(sents)
			sentIdx[m[1]] = si
			sents = append(sents, Sent{})
		}
		where[m[2]] = pos{si, len(sents[si].Words)}
		sents[si].Words = append(sents[si].Words, unescapeXML(m[3]))
	}
	for i := range sents {
		sents[i].Gold = make([]int, len(sents[i].Words))
	}
	mentions := map[string][]string{}
	for _, m := range reMention.FindAllStringSubmatch(s, -1) {
		for _, a := range reAnchor.FindAllStringSubmatch(m[2], -1) {
			mentions[m[1]] = append(mentions[m[1]], a[1])
		}
	}
	etype := map[string]string{}
	for _, m := range reEntity.FindAllStringSubmatch(s, -1) {
		attrs := map[string]string{}
		for _, a := range reAttr.FindAllStringSubmatch(m[1], -1) {
			attrs[a[1]] = a[2]
		}
		etype[attrs["m_id"]] = attrs["ent_type"]
	}
	spans := make([][]span, len(sents))
	for _, r := range reRefers.FindAllStringSubmatch(s, -1) {
		t := reTgt.FindStringSubmatch(r[1])
		if t == nil {
			continue
		}
		typ := etype[t[1]]
		for _, src := range reSrc.FindAllStringSubmatch(r[1], -1) {
			ids := mentions[src[1]]
			if len(ids) == 0 {
				continue
			}
			p0, ok := where[ids[0]]
			if !ok {
				continue
			}
			a, b := p0.idx, p0.idx+1
			for _, id := range ids[1:] {
				if p, ok := where[id]; ok && p.sent == p0.sent && p.idx+1 > b {
					b = p.idx + 1
				}
			}
			words := sents[p0.sent].Words
			switch typ {
			case "PER", "ORG", "LOC":
				spans[p0.sent] = append(spans[p0.sent], l.Clean(words, a, b, typ)...)
			case "PRO", "MIX":
				for i := a; i < b; i++ {
					if isCap(words[i]) {
						spans[p0.sent] = append(spans[p0.sent], span{a, b, ""})
						break
					}
				}
			}
		}
	}
	for i := range sents {
		apply(sents[i].Gold, spans[i])
		// MEANTIME annotates only the entities that take part in events: other
		// capitalised words are unknown, not O.
		covered := make([]bool, len(sents[i].Words))
		for _, sp := range spans[i] {
			for k := sp.a; k < sp.b; k++ {
				covered[k] = true
			}
		}
		for k, w := range sents[i].Words {
			if !covered[k] && l.capAt(sents[i].Words, k) && l.gz.Kinds([]string{w})&ner.KStop == 0 {
				sents[i].Gold[k] = Mask
			}
		}
	}
	id := name
	if k := strings.IndexByte(name, '_'); k > 0 {
		id = name[:k]
	}
	return Doc{Corpus: "meantime", ID: id, Sents: sents}
}

// Load reads all three corpora under dataDir (../shared/data). Missing corpora are skipped
// with their error returned in errs.
func (l *Labeler) Load(dataDir string) (docs []Doc, errs []error) {
	if d, err := l.ReadRe3d(filepath.Join(dataDir, "re3d")); err != nil {
		errs = append(errs, err)
	} else {
		docs = append(docs, d...)
	}
	if d, err := l.ReadWikigold(filepath.Join(dataDir, "wikigold", "wikigold.conll.txt")); err != nil {
		errs = append(errs, err)
	} else {
		docs = append(docs, d...)
	}
	if d, err := l.ReadWikievents(filepath.Join(dataDir, "wikievents-dev", "dev.jsonl")); err != nil {
		errs = append(errs, err)
	} else {
		docs = append(docs, d...)
	}
	if d, err := l.ReadMeantime(filepath.Join(dataDir, "meantime-en")); err != nil {
		errs = append(errs, err)
	} else {
		docs = append(docs, d...)
	}
	return docs, errs
}

// ---- WikiEvents (evaluation only) ----

var wikieventsCoarse = map[string]string{"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
	"WEA": "WEAPON"}

// ReadWikievents reads the KAIROS WikiEvents dev documents; their entity mentions (names,
// nominals and pronouns of all ACE types) give an exhaustive newswire test set. It is
// never trained on (Heldout is always true).
func (l *Labeler) ReadWikievents(path string) ([]Doc, error) {
	var docs []Doc
	err := readJSONLines(path, func(b []byte) error {
		var d struct {
			DocID     string              `json:"doc_id"`
			Text      string              `json:"text"`
			Sentences [][]json.RawMessage `json:"sentences"`
			Mentions  []struct {
				SentIdx int    `json:"sent_idx"`
				Start   int    `json:"start"`
				End     int    `json:"end"`
				Type    string `json:"entity_type"`
			} `json:"entity_mentions"`
		}
		if err := json.Unmarshal(b, &d); err != nil {
			return err
		}
		// The document text and the token offsets disagree; rebuild each sentence from its
		// own text, locating its tokens in order.
		type tok struct{ s, e int }
		doc := Doc{Corpus: "wikievents", ID: d.DocID}
		base := 0
		for si, se := range d.Sentences {
			if len(se) < 2 {
				continue
			}
			var ts [][]json.RawMessage
			var stext string
			if json.Unmarshal(se[0], &ts) != nil || json.Unmarshal(se[1], &stext) != nil {
				return fmt.Errorf("wikievents: bad sentence")
			}
			stoks := make([]tok, len(ts))
			cur := 0
			for i, t := range ts {
				var w string
				if len(t) < 1 || json.Unmarshal(t[0], &w) != nil {
					return fmt.Errorf("wikievents: bad token")
				}
				k := strings.Index(stext[cur:], w)
				if k < 0 {
					stoks[i] = tok{cur, cur}
					continue
				}
				stoks[i] = tok{cur + k, cur + k + len(w)}
				cur += k + len(w)
			}
			sbase := base
			base += len(ts)
			toks := ner.Tokenize(stext, 0, len(stext), nil)
			words := make([]string, len(toks))
			for i, t := range toks {
				words[i] = stext[t.Start:t.End]
			}
			gold := make([]int, len(toks))
			var spans []span
			for _, m := range d.Mentions {
				if m.SentIdx != si {
					continue
				}
				ms, me := m.Start-sbase, m.End-sbase
				if ms < 0 || me > len(stoks) || ms >= me {
					continue
				}
				ta, tb := tokenRange(toks, stoks[ms].s, stoks[me-1].e)
				if ta < 0 {
					continue
				}
				coarse, ok := wikieventsCoarse[m.Type]
				if !ok {
					spans = append(spans, span{ta, tb, ""})
					continue
				}
				if coarse == "WEAPON" {
					spans = append(spans, span{ta, tb, ""}) // nominal weapon heads: not scored
					continue
				}
				cs := l.Clean(words, ta, tb, coarse)
				// ACE tags demonyms as GPE: keep them NORP
				for k := range cs {
					if cs[k].label == "GPE" && cs[k].b == cs[k].a+1 && l.gz.Kinds(words[cs[k].a:cs[k].b])&ner.KDemonym != 0 &&
						l.gz.Kinds(words[cs[k].a:cs[k].b])&ner.KCountry == 0 {
						cs[k].label = "NORP"
					}
				}
				spans = append(spans, cs...)
			}
			apply(gold, spans)
			// the mentions are not exhaustive: other capitalised words are unknown
			covered := make([]bool, len(words))
			for _, sp := range spans {
				for k := sp.a; k < sp.b; k++ {
					covered[k] = true
				}
			}
			for k := range words {
				if !covered[k] && l.capAt(words, k) && l.gz.Kinds(words[k:k+1])&ner.KStop == 0 {
					gold[k] = Mask
				}
			}
			doc.Sents = append(doc.Sents, Sent{Words: words, Gold: gold})
		}
		docs = append(docs, doc)
		return nil
	})
	return docs, err
}
