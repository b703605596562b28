package clean

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is one line of normalised input (after hard-wrapped lines are joined, one paragraph).
type para struct {
	text   string
	key    string // key(text)
	blank  int    // blank lines before it
	header bool   // starts a block of lines that the page repeats: an article's header region
	echo   bool   // the page printed this line twice in a row

	date    string // a date from a dropped dateline right before it (YYYY-MM-DD), or ""
	dateUpd bool   // that date is labelled as an update
	run     int32  // > 0: in a list of links or a comment section (dropSections)
}

// paragraphs splits normalised text into lines, dropping page artefacts. The blank lines
// before a dropped line are added to those before the next line. A date on a dropped line
// (a dateline, an "Updated: …" stamp) is handed to the next line kept (para.date). Once the
// page has had body text, a list label ("Related", "Most read", "Also read") marks the
// lines after it up to the next body paragraph, and a comment section or author note
// ("14 comments", "About the author") marks everything up to the next wide gap (two blank
// lines or more), for dropSections.
func paragraphs(text string) []para {
	ps := make([]para, 0, strings.Count(text, "\n")/2+1)
	blank := 0
	gap := 0   // blank lines right before this line (blank also counts those before dropped lines)
	prose := 0 // body paragraphs seen
	list, end, tags := false, false, false
	listed := 0     // lines in the current list
	items := 0      // lines the current list says it holds ("list of 4 items")
	run := int32(0) // number of the current list or section
	date, upd := "", false
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		line := text
		if i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line == "" {
			blank++
			gap++
			continue
		}
		// A wide gap ends a list, a comment section or a tag list. For a list, only the
		// blank lines right before this line count: a dropped label between single blank
		// lines ("More on this story") is no gap.
		if gap >= 2 {
			list = false
		}
		if blank >= 2 {
			end, tags = false, false
		}
		gap = 0
		k := key(line)
		isP := isProse(line)
		// Before the body, a topic label ("Related Topics") and the short tags after it.
		if tags {
			if !isP && len(line) <= 30 && wordsUpTo(line, 4) <= 3 && !endsSentence(line) && !strings.HasSuffix(line, ":") {
				continue
			}
			tags = false
		}
		if prose == 0 && topicLabels[k] {
			tags = true
			continue
		}
		if list && (isP && listed >= items || listed >= 15) {
			list = false
		}
		if !end && prose > 0 && !isP && wordsUpTo(line, 8) <= 7 {
			if listLabel(k) {
				list, listed, items = true, 0, listItems(k)
				run++
				continue
			}
			if prose >= 3 && sectionEnd(k) {
				end, list = true, false
				run++
				continue
			}
		}
		if s := stripLabel(line); len(s) != len(line) {
			line, k = s, key(s)
		}
		if isArtefact(line, k) || !isP && (clockOnly(line, k) || dateLine(line)) {
			if date == "" || upd {
				if d, u, ok := headerDate(line); ok && (date == "" || !u) {
					date, upd = d, u
				}
			}
			continue
		}
		p := para{text: line, key: k, blank: blank, date: date, dateUpd: upd}
		if list || end {
			p.run = run
			listed++
		} else if isP {
			prose++
		}
		ps = append(ps, p)
		blank = 0
		date, upd = "", false
	}
	return joinWrapped(ps)
}

// topicLabels (key form) head a list of topic tags; before the body, the tags are the short
// lines after one.
var topicLabels = map[string]bool{"related topics": true, "related topic": true, "topics": true, "topic": true,
	"tags": true, "tagged": true, "keywords": true, "more on these topics": true}

// listItems returns N of an Al Jazeera-style "list of N items" label (0 for other labels):
// the list's lines are headlines, which may read like prose.
func listItems(k string) int {
	rest, ok := strings.CutPrefix(k, "list of ")
	if !ok {
		return 0
	}
	n, err := strconv.Atoi(strings.TrimSuffix(rest, " items"))
	if err != nil || n < 0 || n > 15 {
		return 0
	}
	return n
}

// dropSections drops the lines that paragraphs marked as a list of links or a comment
// section, up to a line the page repeats (a headline: the next article starts there).
func dropSections(ps []para) []para {
	stopped := int32(0)
	del := make([]bool, len(ps))
	any := false
	for i, p := range ps {
		if p.run == 0 || p.run == stopped {
			continue
		}
		// (a headline with its byline after a blank line: the next article starts there)
		if p.header || p.echo || p.blank >= 1 && bylinedHeadline(ps, i) {
			stopped = p.run
			continue
		}
		del[i], any = true, true
		if i+1 < len(ps) && p.blank > ps[i+1].blank {
			ps[i+1].blank = p.blank
		}
	}
	if !any {
		return ps
	}
	return compact(ps, del)
}

// dateLine: a line that is only a date and time (dateOnlyLine), as live blogs and link lists
// print them.
func dateLine(line string) bool {
	if len(line) > 120 || !hasYear(line) {
		return false
	}
	_, _, ok := dateOnlyLine(line)
	return ok
}

// joinWrapped joins hard-wrapped lines (fixed-width text such as wire copy or e-mail) into
// paragraphs. Text counts as hard-wrapped when no line is much longer than the others and
// lines often end in the middle of a sentence with the next line going on in lower case.
func joinWrapped(ps []para) []para {
	if len(ps) < 4 {
		return ps
	}
	width := 0
	for _, p := range ps {
		if n := utf8.RuneCountInString(p.text); n > width {
			width = n
		}
	}
	if width > 110 || width < 30 {
		return ps
	}
	long := width * 6 / 10
	pairs, broken := 0, 0
	for i := 1; i < len(ps); i++ {
		if ps[i].blank != 0 || utf8.RuneCountInString(ps[i-1].text) < long {
			continue
		}
		pairs++
		r, _ := utf8.DecodeRuneInString(ps[i].text)
		if !endsSentence(ps[i-1].text) && (unicode.IsLower(r) || unicode.IsDigit(r)) {
			broken++
		}
	}
	if broken < 2 || broken*5 < pairs {
		return ps
	}
	// Group lines into paragraphs first, then join each group once.
	out := make([]para, 0, len(ps))
	start := 0
	lastLen := utf8.RuneCountInString(ps[0].text)
	lastStarts := true // the previous line began a paragraph
	flush := func(end int) {
		if end-start == 1 {
			out = append(out, ps[start])
			return
		}
		var b strings.Builder
		for j := start; j < end; j++ {
			if j > start && !strings.HasSuffix(ps[j-1].text, "-") {
				b.WriteByte(' ')
			}
			b.WriteString(ps[j].text)
		}
		p := ps[start]
		p.text = b.String()
		p.key = key(p.text)
		out = append(out, p)
	}
	for i := 1; i < len(ps); i++ {
		n := utf8.RuneCountInString(ps[i].text)
		if ps[i].blank == 0 && lastLen >= long && !(lastStarts && titleCase(ps[i-1].text)) {
			lastLen, lastStarts = n, false
			continue
		}
		flush(i)
		start = i
		lastLen, lastStarts = n, true
	}
	flush(len(ps))
	return out
}

// nearDup reports whether two keys are the same line give or take a short tail (a credit
// such as "(Reuters)" or "Photo: AFP" added to one copy of a caption).
func nearDup(a, b string) bool {
	if a == b {
		return a != ""
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 30 || !strings.HasPrefix(b, a) || b[len(a)] != ' ' {
		return false
	}
	tail := b[len(a)+1:]
	return len(tail) <= 40 && strings.Count(tail, " ") < 6
}

// collapseRepeats removes what scraped pages repeat: a line repeated right after itself
// (keeping the fuller copy), a block of 2–8 lines repeated right after itself, and a headline
// repeated a few lines later. The first line of a repeated block, and a repeated headline,
// are marked as the start of an article's header region.
func collapseRepeats(ps []para) []para {
	// 1. Consecutive duplicates.
	out := ps[:0:0]
	for _, p := range ps {
		if n := len(out); n > 0 && nearDup(out[n-1].key, p.key) {
			last := &out[n-1]
			if len(p.text) > len(last.text) {
				last.text, last.key = p.text, p.key
			}
			last.echo = true
			continue
		}
		out = append(out, p)
	}
	ps = out
	// 2. Repeated blocks: the first copy is dropped and the second kept (in its place the
	// blank lines of the first), so each comparison looks only forward.
	del := make([]bool, len(ps))
	for i := 0; i < len(ps); i++ {
		for k := 2; k <= 8 && i+2*k <= len(ps); k++ {
			if !blockEqual(ps[i:i+k], ps[i+k:i+2*k]) {
				continue
			}
			between := ps[i+k].blank
			ps[i+k].blank, ps[i+k].header = ps[i].blank, true
			if after := i + 2*k; after < len(ps) && between > ps[after].blank {
				ps[after].blank = between
			}
			for j := i; j < i+k; j++ {
				del[j] = true
			}
			i += k - 1
			break
		}
	}
	ps = compact(ps, del)
	// 3. A headline that comes back a few lines later (with a caption or byline between).
	clear(del)
	var proseMemo []int8 // isProse(ps[j].text) per line: 0 unknown, 1 yes, 2 no
	for i := 0; i < len(ps); i++ {
		if del[i] || len(ps[i].key) < 8 || !headlineShapeKey(ps[i].text, ps[i].key) || wordsUpTo(ps[i].text, 4) < 4 {
			continue // a short label such as "Save for later" is no headline
		}
		prose := 0
		for j := i + 2; j < len(ps) && j <= i+8; j++ {
			if del[j] {
				continue
			}
			if ps[j].key == ps[i].key {
				ps[i].header = true
				del[j] = true
				handOn(ps, j)
				break
			}
			if proseMemo == nil {
				proseMemo = make([]int8, len(ps))
			}
			if proseMemo[j] == 0 {
				proseMemo[j] = 2
				if isProse(ps[j].text) {
					proseMemo[j] = 1
				}
			}
			if proseMemo[j] == 1 {
				if prose += len(ps[j].text); prose > 300 {
					break // deep into the body: a repeat there is something else
				}
			}
		}
	}
	return compact(ps, del)
}

// handOn gives the blank lines before ps[i], a line about to be dropped, and the date it
// carries (from a dateline dropped before it) to the next line.
func handOn(ps []para, i int) {
	if i+1 >= len(ps) {
		return
	}
	p, n := &ps[i], &ps[i+1]
	if p.blank > n.blank {
		n.blank = p.blank
	}
	if p.date != "" && (n.date == "" || n.dateUpd && !p.dateUpd) {
		n.date, n.dateUpd = p.date, p.dateUpd
	}
}

// compact drops the paragraphs marked in del.
func compact(ps []para, del []bool) []para {
	out := ps[:0]
	for i, p := range ps {
		if !del[i] {
			out = append(out, p)
		}
	}
	return out
}

func blockEqual(a, b []para) bool {
	for i := range a {
		if !nearDup(a[i].key, b[i].key) {
			return false
		}
	}
	return true
}

// segment splits paragraphs into articles. A new article starts at a paragraph when the
// current one already has body text and either the paragraph opens a repeated header block
// (after a blank line; without one, only a title-case headline), or it is a headline (title
// case, no final period, followed by a blank line) after two or more blank lines with prose
// after it.
func segment(ps []para) [][]para {
	var out [][]para
	start, body := 0, false
	for j := range ps {
		if j > start && body && startsArticle(ps, j) {
			out = append(out, ps[start:j])
			start, body = j, false
		}
		if isProse(ps[j].text) {
			body = true
		}
	}
	return append(out, ps[start:])
}

func startsArticle(ps []para, j int) bool {
	p := ps[j]
	// A kicker ("Politics") between the gap and the headline: the gap counts for the headline.
	if p.blank == 0 && j > 0 && ps[j-1].blank >= 2 && wordsUpTo(ps[j-1].text, 4) <= 3 && !endsSentence(ps[j-1].text) &&
		titleCase(p.text) && wordsUpTo(p.text, 4) >= 4 && headlineShapeKey(p.text, p.key) && proseAhead(ps[j+1:], 150) {
		return true
	}
	// A kicker after a blank line, then a headline with its own byline and date.
	if p.blank == 0 && j > 0 && ps[j-1].blank >= 1 && wordsUpTo(ps[j-1].text, 4) <= 3 && !endsSentence(ps[j-1].text) &&
		!isProse(ps[j-1].text) && bylinedHeadline(ps, j) {
		return true
	}
	if p.blank < 1 && !p.header && !p.echo || !headlineShapeKey(p.text, p.key) {
		return false
	}
	// A title-case headline that the page prints twice in a row.
	echoed := p.echo && wordsUpTo(p.text, 3) >= 3 && titleCase(p.text)
	if p.blank < 1 {
		// No blank line before it (pages scraped without paragraph breaks): only a title-case
		// headline that the page repeats (right after itself or a few lines on) with body
		// text after it.
		return (p.header || echoed) && wordsUpTo(p.text, 3) >= 3 && titleCase(p.text) &&
			proseAhead(ps[j+1:], 150)
	}
	if p.header {
		return true
	}
	if echoed && proseAhead(ps[j+1:], 150) {
		return true
	}
	// A headline with its own byline and date under it: the next article of a page that
	// loads one story after another.
	if bylinedHeadline(ps, j) {
		return true
	}
	if p.blank < 2 || j+1 >= len(ps) || !proseAhead(ps[j+1:], 150) {
		return false
	}
	// Without a blank line after it (a byline or dateline follows), only a title-case
	// headline of four words or more.
	if ps[j+1].blank < 1 && !(titleCase(p.text) && wordsUpTo(p.text, 4) >= 4) {
		return false
	}
	return titleCase(p.text) || p.blank >= 3
}

// bylinedHeadline reports a headline (headline-shaped, four words or more, not prose)
// followed within two lines by a byline ("By NAME") and within six by a date, with body
// text after them: the header of an article.
func bylinedHeadline(ps []para, j int) bool {
	p := ps[j]
	if wordsUpTo(p.text, 4) < 4 || isProse(p.text) || !headlineShapeKey(p.text, p.key) {
		return false
	}
	by, dated := false, false
	for i := j + 1; i < len(ps) && i <= j+2; i++ {
		if t := ps[i].text; byline(t) && wordsUpTo(t, 13) <= 12 {
			by = true
		}
	}
	if !by {
		return false
	}
	for i := j + 1; i < len(ps) && i <= j+6; i++ {
		t := ps[i].text
		if ps[i].date != "" {
			dated = true
		} else if _, _, ok := headerDate(t); ok && !isProse(t) {
			dated = true
		}
		if isProse(t) {
			break
		}
	}
	return dated && proseAhead(ps[j+1:], 150)
}

// proseAhead reports whether at least minBytes of article text follow within the next few
// paragraphs.
func proseAhead(ps []para, minBytes int) bool {
	n := 0
	for i, p := range ps {
		if i >= 12 {
			break
		}
		if isProse(p.text) {
			n += len(p.text)
			if n >= minBytes {
				return true
			}
		}
	}
	return false
}

// isProse: a line that reads as article text (a sentence of eight words or more, or a long line).
func isProse(s string) bool {
	w := wordsUpTo(s, 30)
	return w >= 8 && endsSentence(s) || w >= 30
}

func wordCount(s string) int { return wordsUpTo(s, len(s)+1) }

// contentWords is wordsUpTo not counting tokens without a letter or digit ("-", "|", "•"):
// "Aden - Ali Rabih" has three.
func contentWords(s string, limit int) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if n >= limit {
			break
		}
		if strings.IndexFunc(w, isLetterOrDigit) >= 0 {
			n++
		}
	}
	return n
}

// wordsUpTo returns min(wordCount(s), limit) and stops reading s there: comparisons of the
// count with thresholds below limit need no more.
func wordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// headlineShape: a short single line that starts with a capital, digit or quote, does not
// end like a sentence or a clause, and is not a byline.
func headlineShape(s string) bool { return headlineShapeKey(s, "") }

// headlineShapeKey is headlineShape with the folded key of s given (para.key), or "" to
// have it computed when needed.
func headlineShapeKey(s, k string) bool {
	if len(s) < 6 || len(s) > 250 {
		return false
	}
	w := wordsUpTo(s, 26) // min(words, 26): enough for the tests below
	if w < 2 || w > 25 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r == '(' {
		// a wire tag before the headline: "(LEAD) N. Korea fires …", "(2nd LD) …"
		i := strings.IndexByte(s, ')')
		if i < 2 || i > 16 || i+2 >= len(s) || s[i+1] != ' ' {
			return false
		}
		r, _ = utf8.DecodeRuneInString(s[i+2:])
	}
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘«", r) || unicode.IsLetter(r) && !unicode.IsLower(r)) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', ',', ';', ':', '…', '-', '–', '—', '(':
		return false
	}
	if strings.HasSuffix(s, ".\"") || strings.HasSuffix(s, ".”") {
		return false
	}
	if strings.HasPrefix(s, "By ") && (w <= 6 || w <= 16 && namesOnly(s[3:])) {
		return false
	}
	if k == "" {
		k = key(s)
	}
	if creditLineKey(s, k) {
		return false
	}
	if _, _, ok := dateOnlyLine(s); ok {
		return false
	}
	return true
}

// agencies are news agencies and credit words that make up a credit or byline line on their
// own ("Associated Press", "Staff and agencies"), by folded key.
var agencies = map[string]bool{
	"ap": true, "associated press": true, "the associated press": true, "reuters": true,
	"thomson reuters": true, "afp": true, "agence france presse": true, "agence france-presse": true,
	"xinhua": true, "anadolu": true, "anadolu agency": true, "aa": true, "pti": true,
	"press trust of india": true, "ani": true, "ians": true, "dpa": true, "efe": true, "ansa": true,
	"kyodo": true, "kyodo news": true, "lusa": true, "agência lusa": true, "yonhap": true, "tass": true, "ria novosti": true,
	"interfax": true, "bernama": true, "antara": true, "wafa": true, "sana": true, "irna": true,
	"upi": true, "bloomberg": true, "al jazeera": true, "al jazeera and news agencies": true,
	"bbc news": true, "cnn": true, "agencies": true, "news agencies": true, "wire services": true,
	"staff": true, "staff writer": true, "staff reporter": true, "staff and agencies": true,
	"news desk": true, "web desk": true, "online desk": true, "editorial staff": true,
}

// creditLine reports a line that only credits who wrote or sent the story: an agency name,
// "By NAME, Agency", "From our correspondent", "Reporting by ...", "Agencies / Staff".
func creditLine(s string) bool { return creditLineKey(s, key(s)) }

// creditLineKey is creditLine with the folded key of s given.
func creditLineKey(s, k string) bool {
	if agencies[k] {
		return true
	}
	for _, p := range []string{"reporting by ", "writing by ", "editing by ", "additional reporting by ", "from our correspondent", "from our correspondents", "our correspondent", "additional sources "} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	// a desk credit: the outlet's short name and "Report" ("Post Report", "Staff Report")
	if strings.HasSuffix(k, " report") && wordsUpTo(s, 3) == 2 && !endsSentence(s) {
		return true
	}
	// a labelled byline: "WRITER: Jane Doe", "Author: …", "Story by …"
	if wordsUpTo(s, 11) <= 10 {
		for _, p := range []string{"writer ", "written by ", "reporter ", "author ", "authors ", "story by ", "words by ", "text by ", "compiled by ", "edited by ", "byline "} {
			if strings.HasPrefix(k, p) && (strings.Contains(s, ":") || strings.HasSuffix(p, "by ")) {
				return true
			}
		}
	}
	// "Jane Doe, Associated Press", "By Jane Doe and John Roe | Reuters"
	for _, sep := range []string{",", "|", "/", " - ", " – ", " — "} {
		if i := strings.LastIndex(s, sep); i > 0 && wordsUpTo(s[:i], 7) <= 6 && agencies[key(s[i+len(sep):])] {
			return true
		}
	}
	return false
}

// smallWords stay lower case in title-case headlines.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"for": true, "so": true, "yet": true, "as": true, "at": true, "by": true, "in": true,
	"of": true, "off": true, "on": true, "per": true, "to": true, "up": true, "via": true,
	"with": true, "from": true, "into": true, "onto": true, "over": true, "after": true,
	"under": true, "amid": true, "than": true, "vs": true, "vs.": true, "is": true, "are": true,
	"be": true, "if": true, "its": true, "out": true, "near": true, "about": true, "against": true,
	"before": true, "during": true, "since": true, "upon": true, "within": true, "without": true,
	"between": true, "across": true, "through": true, "despite": true, "toward": true,
	"towards": true, "among": true, "says": false, "de": true, "al": true, "el": true, "bin": true,
}

// titleCase reports a line in headline title case: most words that are not small words
// begin with a capital letter or a digit.
func titleCase(s string) bool {
	content, upper := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "\"'“”‘’«»()[],:;!?")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if smallWords[strings.ToLower(w)] && !unicode.IsUpper(r) {
			continue
		}
		content++
		if unicode.IsUpper(r) || unicode.IsDigit(r) || !unicode.IsLower(r) {
			upper++
		}
	}
	return content >= 2 && upper*10 >= content*8
}

// dropRepeatedShort removes short non-sentence lines (four words or fewer, no digits) that
// occur two or more times on a page apart from each other: share widgets, section labels and
// link lists that the page prints around every article. A line that opens an article header
// in title case (or of four words) or that the page echoes right after itself (a short
// headline) is kept.
func dropRepeatedShort(ps []para) []para {
	var count map[string]int
	for _, p := range ps {
		if repeatableShort(p) {
			if count == nil {
				count = make(map[string]int)
			}
			count[p.key]++
		}
	}
	if len(count) == 0 {
		return ps
	}
	del := make([]bool, len(ps))
	any := false
	for i, p := range ps {
		if count[p.key] >= 2 && repeatableShort(p) && !p.echo &&
			!(p.header && (wordsUpTo(p.text, 4) >= 4 || titleCase(p.text))) {
			del[i], any = true, true
			handOn(ps, i)
		}
	}
	if !any {
		return ps
	}
	return compact(ps, del)
}

// repeatableShort: a line short enough that a repeat elsewhere on the page marks it as page
// furniture: four words or fewer, not a sentence or a label ("Q:"), no digits, no byline.
func repeatableShort(p para) bool {
	if wordsUpTo(p.text, 5) > 4 || endsSentence(p.text) || strings.HasSuffix(p.text, ":") ||
		strings.HasPrefix(p.text, "By ") {
		return false
	}
	for i := 0; i < len(p.key); i++ {
		if p.key[i] >= '0' && p.key[i] <= '9' {
			return false
		}
	}
	return true
}

// dropNavRuns removes a navigation run at the top or bottom of an article's lines: three or
// more consecutive short lines (one to three words, each capitalised or a small word, no
// digits or punctuation) before the first or after the last line of body text. A line that
// the page repeats (a headline) ends a run. When labels is set (an article that another
// follows on the page), short non-sentence lines after its last body line are dropped too:
// the section labels and links between two articles ("More from this section").
func dropNavRuns(ps []para, labels bool) []para {
	first, last := -1, -1
	for i, p := range ps {
		if isProse(p.text) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return ps
	}
	del := make([]bool, len(ps))
	any := false
	// Top: a run that starts at the first line.
	n := 0
	for n < first && navItem(ps[n]) {
		n++
	}
	if n >= 3 {
		for i := 0; i < n; i++ {
			del[i] = true
		}
		any = true
	}
	// Bottom: a run that ends at the last line, of navigation items and linked headlines
	// ("Most read" lists): three or more lines, or two or more headlines. When labels is set,
	// also any short non-sentence line ("More from this section", "Topics").
	m, heads := len(ps), 0
	for m-1 > last {
		p := ps[m-1]
		if linkHeadline(p) {
			heads++
		} else if !navItem(p) && !(labels && wordsUpTo(p.text, 5) <= 4 && !endsSentence(p.text)) {
			break
		}
		m--
	}
	if !labels && len(ps)-m < 3 && heads < 2 {
		m = len(ps)
	}
	for i := m; i < len(ps); i++ {
		del[i] = true
		any = true
	}
	if !any {
		return ps
	}
	return compact(ps, del)
}

// navItem: a navigation link alone on a line ("World", "Sign in", "Middle East").
func navItem(p para) bool {
	if p.header || p.echo {
		return false
	}
	w := wordsUpTo(p.text, 4)
	if w < 1 || w > 3 || len(p.text) > 40 {
		return false
	}
	for i, f := range strings.Fields(p.text) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) {
			return false
		}
		if !unicode.IsUpper(r) && (i == 0 || !smallWords[strings.ToLower(f)]) {
			return false
		}
		for _, c := range f {
			if !unicode.IsLetter(c) && c != '-' && c != '&' && c != '\'' && c != '’' {
				return false
			}
		}
	}
	return true
}

// linkHeadline: a headline-shaped title-case line of four or more words, as in a list of
// links to other articles.
func linkHeadline(p para) bool {
	return !p.header && wordsUpTo(p.text, 4) >= 4 && headlineShapeKey(p.text, p.key) && titleCase(p.text)
}

// namesOnly: a list of names ("Nima Elbagir, Barbara Arvanitidis and Mohammed Abo Al Gheit,
// CNN"): every word capitalised or a joining word.
func namesOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		switch strings.Trim(w, ",") {
		case "and", "in", "of", "de", "da", "du", "van", "von", "bin", "al", "el", "la", "le", "&", "":
			continue
		}
		if !startsUpperWord(w) {
			return false
		}
	}
	return true
}
