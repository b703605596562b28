// Package input reads the files users give sitrep (plain text, HTML, JSONL) into raw items,
// rejecting what cannot be article text (binary data, invalid UTF-8, oversize input) with an
// error that names the file.
//
// Encoding policy (see Decode): a UTF-8 or UTF-16 byte-order mark is honoured and removed;
// CRLF and lone CR line endings become LF; data with NUL bytes, a known binary signature or
// many control characters is rejected; valid UTF-8 is used as is; a few invalid bytes in
// otherwise valid UTF-8 are replaced with U+FFFD (and reported as a per-item note); text that
// is mostly not UTF-8 but reads as Windows-1252 is decoded from Windows-1252 (and reported).
package input

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode/utf32"

	xunicode "golang.org/x/text/encoding/unicode"
)

// Item is one raw input document before cleaning.
type Item struct {
	Name      string // file name (or "-"), plus ":LINE" for JSONL lines; used in error messages
	InputID   string // JSONL "id"
	Title     string
	Text      string // plain text (may hold several articles)
	HTML      string // raw HTML, when the input was HTML
	URL       string
	Source    string
	Published string // YYYY-MM-DD or ""
	// Single is true when the item is one article by construction (a JSONL line), so
	// cleaning must not split it into several documents.
	Single bool
}

// Input kinds accepted by Read and ReadFile.
const (
	KindAuto  = "auto"
	KindText  = "text"
	KindHTML  = "html"
	KindJSONL = "jsonl"
)

// DefaultMaxBytes is the input size limit ReadFile applies when given 0.
const DefaultMaxBytes int64 = 64 << 20

// ErrTooLarge is wrapped by the error ReadFile returns for input over the size limit.
var ErrTooLarge = errors.New("input too large")

// ErrNotText is wrapped by the errors Read returns for binary or undecodable data.
var ErrNotText = errors.New("not text")

// DisplayName is the name used for a file in messages: "stdin" for "-" or "".
func DisplayName(name string) string {
	if name == "-" || name == "" {
		return "stdin"
	}
	return name
}

// fileError is a fatal error about one whole input file; its message is one line.
type fileError struct {
	name string
	msg  string
	kind error
}

func (e *fileError) Error() string { return DisplayName(e.name) + ": " + e.msg }
func (e *fileError) Unwrap() error { return e.kind }

func fatal(name string, kind error, format string, args ...any) error {
	return &fileError{name: name, msg: oneLine(fmt.Sprintf(format, args...)), kind: kind}
}

// oneLine keeps messages on a single line whatever they quote.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// ReadFile reads path ("-" for standard input) as kind (auto, text, html, jsonl). Input over
// maxBytes (DefaultMaxBytes when 0, no limit when negative) is refused before it is read in
// full.
func ReadFile(path string, kind string, maxBytes int64) ([]Item, []error, error) {
	if maxBytes == 0 {
		maxBytes = DefaultMaxBytes
	}
	var r io.Reader
	if path == "-" || path == "" {
		path = "-"
		r = os.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, fatal(path, err, "cannot open: %s", errText(err))
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			return nil, nil, fatal(path, err, "cannot read: %s", errText(err))
		}
		if st.IsDir() {
			return nil, nil, fatal(path, ErrNotText, "is a directory, not a file")
		}
		if maxBytes > 0 && st.Mode().IsRegular() && st.Size() > maxBytes {
			return nil, nil, tooLarge(path, st.Size(), maxBytes)
		}
		r = f
	}
	return ReadFrom(path, r, kind, maxBytes)
}

// ReadFrom reads one input from r (named name in messages), refusing more than maxBytes
// (DefaultMaxBytes when 0, no limit when negative), and parses it as Read does.
func ReadFrom(name string, r io.Reader, kind string, maxBytes int64) ([]Item, []error, error) {
	if maxBytes == 0 {
		maxBytes = DefaultMaxBytes
	}
	path := name
	lr := r
	if maxBytes > 0 {
		lr = io.LimitReader(r, maxBytes+1)
	}
	data, err := io.ReadAll(lr)
	if err != nil {
		return nil, nil, fatal(path, err, "cannot read: %s", errText(err))
	}
	if maxBytes > 0 && int64(len(data)) > maxBytes {
		return nil, nil, fatal(path, ErrTooLarge, "more than %d bytes exceeds the %s input limit; split it or raise --max-bytes", maxBytes, sizeText(maxBytes))
	}
	return Read(path, data, kind)
}

func tooLarge(path string, size, max int64) error {
	return fatal(path, ErrTooLarge, "%d bytes exceeds the %s input limit; split it or raise --max-bytes", size, sizeText(max))
}

// errText strips the path that os errors repeat.
func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d-byte", n)
}

// Read turns the contents of one input file into items. kind is "auto" (or ""), "text",
// "html" or "jsonl". errs holds per-item problems (a bad JSONL line, repaired encoding); the
// other items are still returned. err is fatal for the whole file (binary data, undecodable
// text, empty input, unknown kind); its message names the file and is one line.
func Read(name string, data []byte, kind string) (items []Item, errs []error, err error) {
	switch kind {
	case "", KindAuto, KindText, KindHTML, KindJSONL:
	default:
		return nil, nil, fatal(name, errors.ErrUnsupported, "unknown input kind %q (want auto, text, html or jsonl)", kind)
	}
	text, note, err := Decode(name, data)
	if err != nil {
		return nil, nil, err
	}
	if note != "" {
		errs = append(errs, fmt.Errorf("%s: %s", DisplayName(name), note))
	}
	if strings.TrimSpace(text) == "" {
		return nil, errs, fatal(name, ErrNotText, "empty input")
	}
	if kind == "" || kind == KindAuto {
		kind = Detect(text)
	}
	switch kind {
	case KindJSONL:
		items, lineErrs := readJSONL(name, text)
		errs = append(errs, lineErrs...)
		if len(items) == 0 && len(lineErrs) > 0 {
			return nil, errs, fatal(name, ErrNotText, "no valid JSONL line (first problem: %s)", strings.TrimPrefix(lineErrs[0].Error(), DisplayName(name)+":"))
		}
		return items, errs, nil
	case KindHTML:
		return []Item{{Name: name, HTML: text}}, errs, nil
	default:
		return []Item{{Name: name, Text: text}}, errs, nil
	}
}

// Detect decides the kind of decoded input text: "jsonl" when the first non-blank line is a
// JSON object with a "text" or "html" field, "html" when it looks like markup, else "text".
func Detect(text string) string {
	first := firstNonBlankLine(text)
	if strings.HasPrefix(first, "{") {
		if looksLikeJSONLItem(first) {
			return KindJSONL
		}
		// A broken first line: JSONL still, when most of the next lines are items.
		lines, good := 0, 0
		rest := text
		for lines < 10 && rest != "" {
			line := rest
			if i := strings.IndexByte(rest, '\n'); i >= 0 {
				line, rest = rest[:i], rest[i+1:]
			} else {
				rest = ""
			}
			if line = strings.TrimSpace(line); line == "" {
				continue
			}
			lines++
			if strings.HasPrefix(line, "{") && looksLikeJSONLItem(line) {
				good++
			}
		}
		if lines >= 3 && good*2 >= lines {
			return KindJSONL
		}
	}
	if looksLikeHTML(text) {
		return KindHTML
	}
	return KindText
}

func firstNonBlankLine(s string) string {
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		line := s
		if i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	return ""
}

func looksLikeJSONLItem(line string) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(line), &m) != nil {
		return false
	}
	_, t := m["text"]
	_, h := m["html"]
	return t || h
}

// looksLikeHTML: a document that starts like markup, or a head that holds many tags.
func looksLikeHTML(text string) bool {
	head := text
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	trim := strings.TrimLeftFunc(head, unicode.IsSpace)
	lowStart := strings.ToLower(trim[:min(len(trim), 512)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml"} {
		if strings.HasPrefix(lowStart, p) {
			return p != "<?xml" || strings.Contains(strings.ToLower(head), "<html")
		}
	}
	low := strings.ToLower(head)
	if strings.Contains(low, "<html") || strings.Contains(low, "<body") {
		return true
	}
	// Count things that look like tags: <p>, </div>, <a href=...>, <br/>.
	tags := 0
	for i := 0; i+2 < len(head); i++ {
		if head[i] != '<' {
			continue
		}
		c := head[i+1]
		if c == '/' {
			c = head[i+2]
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			j := i + 1
			for j < len(head) && j < i+200 && head[j] != '>' && head[j] != '<' && head[j] != '\n' {
				j++
			}
			if j < len(head) && head[j] == '>' {
				tags++
			}
		}
	}
	return tags >= 8 && tags*400 >= len(head)
}

// jsonItem is one JSONL input line (spec/output.md).
type jsonItem struct {
	ID        json.RawMessage `json:"id"`
	Title     *string         `json:"title"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
	URL       *string         `json:"url"`
	Source    *string         `json:"source"`
	Published *string         `json:"published"`
}

func readJSONL(name, text string) ([]Item, []error) {
	var items []Item
	var errs []error
	disp := DisplayName(name)
	lineNo := 0
	for len(text) > 0 {
		lineNo++
		i := strings.IndexByte(text, '\n')
		line := text
		if i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		it, err := parseJSONLine(line)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %s", disp, lineNo, oneLine(err.Error())))
			continue
		}
		it.Name = fmt.Sprintf("%s:%d", name, lineNo)
		it.Single = true
		items = append(items, it)
	}
	return items, errs
}

func parseJSONLine(line string) (Item, error) {
	var it Item
	if line[0] != '{' {
		return it, fmt.Errorf("not a JSON object (line starts with %q)", firstRunes(line, 12))
	}
	var j jsonItem
	dec := json.NewDecoder(strings.NewReader(line))
	if err := dec.Decode(&j); err != nil {
		return it, fmt.Errorf("invalid JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
	}
	if dec.More() {
		return it, errors.New("invalid JSON: extra data after the object")
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	it.Title, it.Text, it.HTML = str(j.Title), str(j.Text), str(j.HTML)
	it.URL, it.Source = str(j.URL), str(j.Source)
	if len(j.ID) > 0 && string(j.ID) != "null" {
		var s string
		if json.Unmarshal(j.ID, &s) == nil {
			it.InputID = s
		} else if _, err := strconv.ParseFloat(string(j.ID), 64); err == nil {
			it.InputID = string(j.ID)
		} else {
			return it, errors.New(`"id" must be a string or a number`)
		}
	}
	if strings.TrimSpace(it.Text) == "" && strings.TrimSpace(it.HTML) == "" {
		return it, errors.New(`no "text" or "html" field (or both empty)`)
	}
	if p := strings.TrimSpace(str(j.Published)); p != "" {
		d, ok := NormalizeDate(p)
		if !ok {
			return it, fmt.Errorf(`"published" %q is not a date (want YYYY-MM-DD)`, firstRunes(p, 40))
		}
		it.Published = d
	}
	return it, nil
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}

// NormalizeDate turns a publication date ("2024-07-04", "2024-07-04T10:00:00Z",
// "2024/07/04", RFC 1123) into YYYY-MM-DD.
func NormalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", strings.ReplaceAll(s[:10], "/", "-")); err == nil {
			if len(s) == 10 || s[10] == 'T' || s[10] == ' ' || s[10] == 't' {
				return t.Format("2006-01-02"), true
			}
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, "2 January 2006", "January 2, 2006", "Jan 2, 2006", "2 Jan 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// Decode turns raw file bytes into clean UTF-8 text with LF line endings (policy in the package
// comment). note is a non-fatal remark about repairs made, "" when none; err is fatal.
func Decode(name string, data []byte) (text string, note string, err error) {
	if len(data) == 0 {
		return "", "", fatal(name, ErrNotText, "empty input")
	}
	// Byte-order marks.
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		out, derr := utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM).NewDecoder().Bytes(data)
		if derr != nil {
			return "", "", fatal(name, ErrNotText, "invalid UTF-32 text: %v", derr)
		}
		data = out
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, derr := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if derr != nil {
			return "", "", fatal(name, ErrNotText, "invalid UTF-16 text: %v", derr)
		}
		data = out
	default:
		if enc := guessBOMlessUTF16(data); enc != nil {
			if out, derr := enc.NewDecoder().Bytes(data); derr == nil {
				data = out
			}
		}
	}
	if what := binarySignature(data); what != "" {
		return "", "", fatal(name, ErrNotText, "%s, not text", what)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", "", fatal(name, ErrNotText, "binary data (NUL bytes), not text")
	}
	if utf8.Valid(data) {
		text = string(data)
	} else {
		invalid, multi := countUTF8(data)
		switch {
		case multi == 0 || invalid > 2*multi:
			// Mostly not UTF-8: a single-byte legacy encoding.
			enc, encName := charmap.Windows1252, "Windows-1252"
			if hasUndefined1252(data) {
				enc, encName = charmap.ISO8859_1, "ISO-8859-1"
			}
			out, derr := enc.NewDecoder().Bytes(data)
			if derr != nil {
				return "", "", fatal(name, ErrNotText, "not valid UTF-8 and not %s text", encName)
			}
			text = string(out)
			note = fmt.Sprintf("not valid UTF-8 (%d invalid bytes); decoded as %s", invalid, encName)
		default:
			text = strings.ToValidUTF8(string(data), "\uFFFD")
			note = fmt.Sprintf("%d invalid UTF-8 bytes replaced with U+FFFD", invalid)
		}
	}
	if ctl := controlShare(text); ctl > 0.05 {
		return "", "", fatal(name, ErrNotText, "binary data (%.0f%% control characters), not text", ctl*100)
	}
	if strings.HasPrefix(text, "\uFEFF") {
		text = text[len("\uFEFF"):]
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	return text, note, nil
}

// guessBOMlessUTF16 recognises UTF-16 text without a BOM by its pattern of zero bytes
// (ASCII characters have a zero high byte); nil when the data does not look like UTF-16.
func guessBOMlessUTF16(data []byte) encoding.Encoding {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return nil
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*6 && even*50 <= pairs:
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	case even*10 >= pairs*6 && odd*50 <= pairs:
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
	}
	return nil
}

var signatures = []struct {
	prefix string
	what   string
}{
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"},
	{"\x1f\x8b", "gzip-compressed data"},
	{"BZh", ""},
	{"\x89PNG", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"\xd0\xcf\x11\xe0", "an MS Office document"},
	{"\x7fELF", "an executable"},
	{"7z\xbc\xaf", "a 7-Zip archive"},
	{"\xfd7zXZ", "xz-compressed data"},
	{"\x28\xb5\x2f\xfd", "zstd-compressed data"},
	{"SQLite format 3\x00", "an SQLite database"},
}

func binarySignature(data []byte) string {
	for _, s := range signatures {
		if s.what != "" && bytes.HasPrefix(data, []byte(s.prefix)) {
			return s.what
		}
	}
	return ""
}

// countUTF8 counts invalid bytes and valid multi-byte sequences.
func countUTF8(data []byte) (invalid, multi int) {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
			i++
			continue
		}
		multi++
		i += n
	}
	return
}

// hasUndefined1252 reports bytes that Windows-1252 leaves undefined.
func hasUndefined1252(data []byte) bool {
	for _, b := range data {
		switch b {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return true
		}
	}
	return false
}

// controlShare is the share of C0/C1 control characters (other than tab, LF, CR, FF) in the
// first 64 KiB of text.
func controlShare(text string) float64 {
	if len(text) > 64<<10 {
		text = text[:64<<10]
	}
	n, ctl := 0, 0
	for _, r := range text {
		n++
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7f || r >= 0x80 && r < 0xa0 {
			ctl++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(ctl) / float64(n)
}
