// Package clean turns raw input items into clean article documents: main-text extraction from
// HTML, removal of page artefacts (repeated lines and blocks, credits, stray markers), splitting
// of pages that hold several articles, headline detection and language identification.
//
// What a Document gets:
//
//   - Title: the item's title when it has one (a JSONL "title"); else, for HTML, the page title
//     readability finds; else the article's headline when one is detected (a short title-case
//     line without a final period followed by a blank line, or a line the page repeats at the
//     top of an article, or, in a text with no blank lines, a title-case line of four or more
//     words right before the body). A text without a detectable headline gets "" (none is invented).
//   - Text: the article body, one paragraph per line, paragraphs separated by a single "\n".
//     The title is not repeated at the top of Text. A photo caption is kept once, as its own
//     paragraph, with any credit it carries inside the line ("(Reuters)", "(Photo by … / AFP)");
//     a credit standing alone on its own line is dropped as a page artefact. Datelines that
//     only give the date ("Published: July 4, 2024") are removed from Text and go to Published.
//   - Published: the item's date when it has one; else a date from the article's own header
//     (a dateline line, a "Published:" line, or a wire dateline "CITY, July 4, 2024 (AP) —")
//     as YYYY-MM-DD; else "". Dates inside sentences (captions included) are never used.
//   - Language: ISO 639-1 code (see Language); "und" when undecidable.
//   - URL, Source, InputID: copied from the item, for every document it yields.
//
// Cleaning rules, all general: whitespace is normalised (Normalize); lines that are page
// furniture are dropped (1–3 capital letters alone, "Advertisement", share/follow/subscribe
// prompts, "Read more: …" links, cookie banners, footer and copyright lines, stand-alone photo
// credits, gallery counters such as "1 of 4", navigation menus); a line repeated right after
// itself is kept once; a block of lines repeated right after itself is kept once and marks the
// start of an article; a headline (title case, or four words or more) repeated a few lines
// later marks the start of an article; a short non-sentence line (four words or fewer) that
// occurs twice or more on the page apart from itself is a widget and is dropped; a navigation
// run (three or more lines of 1–3 capitalised words) at the top or bottom of an article is
// dropped, as is a list of linked headlines after its last body line, and, between two
// articles, any short label after the first one's body; within an article, a line that
// repeats an earlier one (ignoring case, punctuation and a short trailing credit) is dropped.
// A plain-text item is split into articles where a repeated header block or repeated
// headline starts (after a blank line; with no blank line, only a title-case headline), or
// where a title-case headline follows two or more blank lines (or a gap and a one-to-three-word
// kicker) and body text follows it. A standfirst (a sentence between headline and body) and a
// wire dateline stay in Text. A standalone dateline — the town a story was filed from, alone on a
// line between the header and the first body paragraph ("Kathmandu", "NAIROBI"; the gazetteer
// must know it as a town, so section labels such as "World", "Politics" or "Nepal" do not
// count, dateline.go) — is content: it opens the first paragraph as a wire dateline
// ("Kathmandu - The prime minister resigned …"), and it is never taken for the headline.
//
// Pages copied without markup (header.go): when no title-case or blank-line headline is found,
// the headline is the longest headline-shaped line of four words or more before the first body
// paragraph that is not a byline, job line ("BBC News, Lagos"), caption or dated stamp (a
// candidate right after another long one is a standfirst). Between the headline and the body
// (and, after a standfirst, up to the second body paragraphs) bylines ("By …", "WRITER: …",
// "NAME in PLACE", a desk credit such as "Post Report"), job lines, "Reporting from …" and dated stamps in any form are dropped, and
// below a headline found in the text so are short labels other than a lone name. The
// publication date is the first header date not labelled as an update ("Published", a
// dateline, "By The Irrawaddy 10 March 2026", "12.03.2026", "2026.03.09", a glued "20264:41
// PM"); an update date only when there is no other; relative stamps ("3 hours ago") and
// slashed dates whose order is unknown ("03/11/2026") give none. After body text, a list label
// ("Related", "Most read", "Also read", "Recommended Stories", a newsletter box, "… topics",
// a label with the outlet it lists: "Most Read from Bloomberg", "Trending on Al Jazeera")
// drops the short lines after it up to the next body paragraph (a line dropped between the
// label and the list, such as an ad label, is no gap that ends the list), and a comment section or author
// note ("14 comments", "About the author") drops the rest up to a wide gap or a repeated
// headline. Below the body, author bios, edition lines ("Published in Dawn, …"), requests for
// support, capitalised labels and contributor sentences ("X contributed to this report.",
// "AP writer X reported from Y.") are dropped. Live blogs stay one document: clock and date stamps go, entry headings stay.
// Captions lose "Image caption, " and a leading "Item N of M"; corrections, clarifications and
// editor's notes are content and stay.
//
// Widgets and walls (artefact.go): consent dialogs (a short line about cookies, a privacy
// notice addressed to the reader), paywall teasers ("Already a subscriber?", "Read more
// Subscribers only" before a linked headline), audio and video players ("Listen to Story",
// durations, embed boxes), button labels made of a command verb and what it acts on ("Print
// this page", "Load comments", "Watch the video"), counters of social posts ("👍 1.2K", "48
// Likes"), edit stamps, bare links and the attribution line of an embedded post ("— NAME
// (@handle) DATE"), channel and social promotions, reading times, postal addresses and
// press-release labels ("FOR IMMEDIATE RELEASE", "-ENDS-"), breadcrumb trails ("Home »
// World » Title …", "Inicio / Mundo / …", "News › Africa › …") and editors' initials joined
// by "//" ("JYCE // VM"; with one slash, "ACC/CS", only below the last paragraph) are dropped; a caption that opens
// with its "©" credit stays. Header stamps in another language's months ("15 de noviembre de
// 2026") give the date; stamps in other calendars ("Mangsir 4, 2083"), a byline's place cut
// from it ("Raipur,") and topic tags before the body go. A headline with its own "By" line and
// date under it, after a blank line, starts another article (pages that load the next story
// below). Below the last paragraph, short tags in lower case go too, unless they read as a
// clause ("Nobody was injured"). The corpus in testdata/layouts holds the page layouts these
// rules were written against.
package clean

import (
	"errors"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
)

// ErrNoText is returned when an item holds no article text once cleaned.
var ErrNoText = errors.New("no article text found")

// Split cleans one raw item and returns the articles it holds, in order.
// It fills Title, Text, URL, Source, Published, InputID and Language; not ID.
func Split(it input.Item) ([]model.Document, error) {
	title := oneLine(it.Title)
	published := ""
	if d, ok := input.NormalizeDate(it.Published); ok {
		published = d
	}
	var arts []article
	if strings.TrimSpace(it.Text) == "" && it.HTML != "" {
		p, err := fromHTML(it.HTML, it.URL)
		if err != nil {
			return nil, err
		}
		if title == "" {
			title = oneLine(p.title)
		}
		if published == "" {
			published = p.published
		}
		arts = cleanText(p.text, title, true, false)
	} else {
		arts = cleanText(it.Text, title, it.Single, true)
	}
	docs := make([]model.Document, 0, len(arts))
	for _, a := range arts {
		if a.text == "" {
			continue
		}
		d := model.Document{
			InputID:   it.InputID,
			Title:     a.title,
			URL:       it.URL,
			Source:    it.Source,
			Published: published,
			Text:      a.text,
			Language:  Language(a.text),
		}
		if d.Published == "" {
			d.Published = a.published
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, ErrNoText
	}
	return docs, nil
}

// article is one cleaned article of a text.
type article struct {
	title, text, published string
}

// cleanText cleans plain text into articles. title, when not "", is the known title of the
// (single) article. single forbids splitting. detect allows finding a headline in the text
// (not for HTML, whose title comes from the markup).
func cleanText(raw, title string, single, detect bool) []article {
	ps := paragraphs(Normalize(raw))
	if len(ps) == 0 {
		return nil
	}
	ps = collapseRepeats(ps)
	ps = dropSections(ps)
	ps = dropRepeatedShort(ps)
	if len(ps) == 0 {
		return nil
	}
	var parts [][]para
	if single {
		parts = [][]para{ps}
	} else {
		parts = segment(ps)
	}
	arts := make([]article, 0, len(parts))
	for i, part := range parts {
		t := ""
		if single {
			t = title
		} else if i == 0 {
			t = title // a known title belongs to the first article
		}
		arts = append(arts, buildArticle(part, t, i == 0, i < len(parts)-1, detect, !single))
	}
	return arts
}

// headerLines is how far into an article its header region (title, captions, datelines,
// bylines) is looked for.
const headerLines = 6

// maxHeader is how many lines before the first body paragraph are read as an article's
// header when its headline is looked for without blank lines or title case.
const maxHeader = 40

// buildArticle picks the title, drops repeats and header datelines and joins the text.
// notLast says another article follows it on the page.
// guess allows a headline that is neither in title case nor set off by blank lines
// (headlineFallback); not for an item that is one article by construction.
func buildArticle(ps []para, title string, first, notLast, detect, guess bool) article {
	a := article{title: title}
	ps = dropNavRuns(ps, notLast)
	ps = dropTrailer(ps)
	skip := make([]bool, len(ps))
	ti, found := -1, false
	if title == "" && detect {
		if t, ok := findTitle(ps, first); ok {
			ti, found = t, true
		} else if t, ok := headlineFallback(ps); ok && guess {
			ti, found = t, true
		}
		if found {
			a.title = ps[ti].text
			for j := 0; j <= ti; j++ {
				skip[j] = true // the title, and the page junk before it
			}
		}
	}
	seen := make(map[string]bool, len(ps))
	if a.title != "" {
		seen[key(a.title)] = true
	}
	// The header: the lines up to the first body paragraph. Its datelines give the
	// publication date (an update date only when there is no other); bylines, job lines and
	// dated stamps there are dropped, and, below a headline found in the text, short labels.
	body := ti + 1
	for body < len(ps) && body < ti+1+maxHeader && !isProse(ps[body].text) {
		body++
	}
	var updated string
	note := func(d string, upd bool) {
		if upd {
			if updated == "" {
				updated = d
			}
		} else if a.published == "" {
			a.published = d
		}
	}
	// A standfirst may come before the byline and dateline: after the first body paragraph,
	// bylines and datelines are still looked for up to the second.
	body2, proseN := body+1, 0
	for ; body2 < len(ps) && body2 < body+1+maxHeader; body2++ {
		if t := ps[body2].text; isProse(t) {
			if proseN++; proseN >= 3 || len(t) >= 150 {
				break
			}
		}
	}
	for j := 0; j <= body2 && j < len(ps); j++ {
		p := ps[j]
		if p.date != "" {
			note(p.date, p.dateUpd)
		}
		if j == body {
			if a.published == "" {
				if d, ok := wireDateline(p.text); ok {
					a.published = d
				}
			}
			continue
		}
		if j == body2 {
			break
		}
		if d, upd, ok := headerDate(p.text); ok {
			note(d, upd)
			skip[j] = true
			continue
		}
		if j > ti && headerJunk(p, found && j < body) {
			skip[j] = true
		}
	}
	if a.published == "" {
		a.published = updated
	}
	// A standalone dateline ("Kathmandu" alone above the body) opens the first paragraph.
	dl := standaloneDateline(ps, skip, ti, body, a.title != "")
	if dl >= 0 {
		skip[dl] = true
	}
	var b strings.Builder
	lastKey := ""
	for j, p := range ps {
		if skip[j] {
			continue
		}
		k := p.key
		// A known title repeated at the top of the text.
		if j < headerLines && a.title != "" && nearDup(k, key(a.title)) {
			continue
		}
		if dupCandidate(k) {
			if seen[k] {
				continue
			}
			if s := stripCredit(p.text); s != p.text {
				if sk := key(s); seen[sk] {
					continue
				} else if dupCandidate(sk) {
					seen[sk] = true
				}
			}
			seen[k] = true
		} else if k == lastKey {
			continue
		}
		lastKey = k
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		if j == body && dl >= 0 {
			b.WriteString(ps[dl].text)
			b.WriteString(datelineSep)
		}
		b.WriteString(p.text)
	}
	a.text = b.String()
	return a
}

// dropTrailer removes the wire furniture after an article's last paragraph: desk slugs
// ("jla/dga/mlr"), separators ("___"), credit lines ("(Reporting by …; Editing by …)") and
// promotional lines with a link ("Follow AP's coverage … at https://…").
//
// Below the body there may also be author bios ("NAME is a reporter …"), contributor lines
// ("X contributed to this report."), an edition line ("Published in Dawn, March 13th, 2026"),
// requests for support and short labels (a name, "Join now").
func dropTrailer(ps []para) []para {
	n := len(ps)
	for n > 1 && (trailerLine(ps[n-1].text) || endLine(ps[n-1])) {
		n--
	}
	return ps[:n]
}

// endLine: a line after an article's last paragraph that belongs to the page, not the story.
func endLine(p para) bool {
	t, k := p.text, p.key
	if p.header || p.echo {
		return false
	}
	if bioLine(t, k) || contributorLine(t, k) || appealLine(k) || sectionEnd(k) {
		return true
	}
	if _, ok := labelledDate(t); ok && wordsUpTo(t, 13) <= 12 {
		return true
	}
	if strings.HasPrefix(k, "support ") && wordsUpTo(t, 7) <= 6 && !endsSentence(t) {
		return true
	}
	// a publication's or reporter's tag line: "Reporting from Sudan's wars."
	if strings.HasPrefix(k, "reporting from ") && wordsUpTo(t, 9) <= 8 {
		return true
	}
	// a topic link: "Ukraine war latest", "Latest on Sudan", "More on the Gaza war"
	if wordsUpTo(t, 7) <= 6 && !endsSentence(t) && (strings.HasSuffix(k, " latest") || strings.HasPrefix(k, "latest on ") || strings.HasPrefix(k, "more on ")) {
		return true
	}
	// a name or label: up to four words, each capitalised; or a tag of up to three words in
	// lower case ("floods", "guided aerial bombs"): nothing below the last paragraph that is
	// not a sentence belongs to the story
	if wordsUpTo(t, 5) > 4 || endsSentence(t) || strings.HasSuffix(t, ":") {
		return false
	}
	lower := wordsUpTo(t, 4) <= 3
	for _, w := range strings.Fields(t) {
		if lower && clauseWords[strings.ToLower(w)] {
			return false // "Nobody was injured": a sentence without its period
		}
		if startsUpperWord(w) {
			continue
		}
		if !lower || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) >= 0 {
			return false
		}
	}
	return true
}

// clauseWords are verbs and function words that make a short line a clause, not a tag.
var clauseWords = map[string]bool{"is": true, "was": true, "were": true, "are": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "did": true,
	"does": true, "do": true, "said": true, "says": true, "not": true, "no": true, "nobody": true, "none": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "there": true}

func trailerLine(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || strings.Trim(t, "_-*=~•· ") == "" {
		return true
	}
	if deskSlug(t) || editorInitials(t) {
		return true
	}
	// an agency's name before the slug: "EFE mdc/jgb/enb", "AFP bur-sst/jd"
	if sp := strings.IndexByte(t, ' '); sp >= 2 && sp <= 5 && allUpperASCII(t[:sp]) && deskSlug(t[sp+1:]) {
		return true
	}
	if inner := strings.TrimSuffix(strings.TrimPrefix(t, "("), ")"); len(inner) < len(t) && creditLine(inner) {
		return true
	}
	if creditLine(t) && !endsSentence(t) {
		return true
	}
	if (strings.Contains(t, "http://") || strings.Contains(t, "https://") || strings.Contains(t, "www.")) && wordsUpTo(t, 31) <= 30 {
		k := key(t)
		for _, w := range []string{"follow ", "more ", "read ", "see ", "find ", "sign up", "subscribe", "get ", "visit ", "download ", "for more", "watch "} {
			if strings.HasPrefix(k, w) {
				return true
			}
		}
	}
	return false
}

// deskSlug: an editors' initials slug such as "jla/dga/mlr" or "bur-sst/jd": two or more
// groups of 2-5 lower-case letters joined by "/" or "-", nothing else.
func deskSlug(s string) bool {
	groups, cur := 0, 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '/' || s[i] == '-' {
			if cur < 2 || cur > 5 {
				return false
			}
			groups, cur = groups+1, 0
			continue
		}
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
		cur++
	}
	return groups >= 2 && strings.IndexByte(s, '/') >= 0 && !slashWords[s]
}

// editorInitials: a trailer of editors' initials in capitals, as Lusa and other agencies put
// under a story: "JYCE // VM", "PVJ/ANP // JH", "MYB / AJB": two to five groups of 2-5
// capital letters joined by "/" or "//" (spaces around them or not), nothing else.
func editorInitials(s string) bool {
	if len(s) > 40 || strings.IndexByte(s, '/') < 0 {
		return false
	}
	groups, cur, sep := 0, 0, 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '/' || s[i] == ' ' {
			if cur > 0 {
				if cur < 2 || cur > 5 {
					return false
				}
				groups, cur, sep = groups+1, 0, 0
			}
			if i < len(s) && s[i] == '/' {
				if sep++; sep > 2 || groups == 0 {
					return false // "///", or a slash first
				}
			}
			continue
		}
		if s[i] < 'A' || s[i] > 'Z' || groups > 0 && cur == 0 && sep == 0 {
			return false // not a capital, or two groups with only a space between
		}
		cur++
	}
	return groups >= 2 && groups <= 5 && sep == 0
}

// slashWords are ordinary words joined by a slash that a line might hold alone.
var slashWords = map[string]bool{"and/or": true, "he/she": true, "his/her": true, "him/her": true, "yes/no": true, "on/off": true, "she/he": true, "her/his": true}

// dupCandidate: lines long enough that a repeat within one article is an artefact, not style.
func dupCandidate(k string) bool {
	return len(k) >= 16 && strings.Count(k, " ") >= 2
}

// stripCredit removes a trailing parenthesised credit: "Protesters in Baghdad. (Reuters)".
func stripCredit(s string) string {
	if !strings.HasSuffix(s, ")") {
		return s
	}
	i := strings.LastIndexByte(s, '(')
	if i <= 0 || len(s)-i > 60 {
		return s
	}
	return strings.TrimSpace(s[:i])
}

// findTitle finds the headline among an article's leading non-prose lines: first a line that
// opens a repeated header block; else a title-case headline followed by a blank line and body
// text (in a text without blank lines: a title-case line of four or more words right before
// the body); else, at the start of a text or after a wide gap, a short sentence-case line followed
// by a blank line and body text. The lines before it (page furniture) are dropped with it.
func findTitle(ps []para, first bool) (int, bool) {
	if len(ps) < 2 {
		return 0, false
	}
	n := 0 // leading lines that may be header
	for n < len(ps) && n < headerLines && !isProse(ps[n].text) && wordsUpTo(ps[n].text, 26) <= 25 {
		n++
	}
	if n == len(ps) {
		n-- // the title needs something after it
	}
	for i := 0; i < n; i++ {
		if ps[i].header && headlineShapeKey(ps[i].text, ps[i].key) {
			return i, true
		}
	}
	// A page scraped without any blank lines: the headline may be the title-case line right
	// before the body text.
	noBlanks := true
	for _, p := range ps[1:] {
		if p.blank > 0 {
			noBlanks = false
			break
		}
	}
	best, bestWords := -1, 0
	for i := 0; i < n; i++ {
		p := ps[i]
		if !headlineShapeKey(p.text, p.key) {
			continue
		}
		if !(ps[i+1].blank >= 1 || p.echo ||
			noBlanks && isProse(ps[i+1].text) && contentWords(p.text, 4) >= 4) {
			continue
		}
		// Title case: the site name or section may be title case too; the headline is
		// usually the longest such line (a line the page echoes counts double).
		if titleCase(p.text) && proseAhead(ps[i+1:], 60) && !notHeadline(p) {
			w := wordCount(p.text)
			if p.echo {
				w *= 2
			}
			if w > bestWords {
				best, bestWords = i, w
			}
		}
	}
	if best >= 0 {
		return best, true
	}
	p := ps[0]
	if (first || p.blank >= 2) && headlineShapeKey(p.text, p.key) && (ps[1].blank >= 1 || p.echo) &&
		wordsUpTo(p.text, 3) >= 3 && wordsUpTo(p.text, 19) <= 18 && proseAhead(ps[1:], 60) {
		return 0, true
	}
	return 0, false
}

// notHeadline: a header line that has a headline's shape but is a caption, a byline, a job
// line, a dated stamp or a standalone dateline (a town's name alone: "Port Moresby").
func notHeadline(p para) bool {
	if captionLike(p.text) || bylineLike(p.text, p.key) || roleLine(p.text, p.key) {
		return true
	}
	if len(p.text) <= 40 && wordsUpTo(p.text, 5) <= 4 && townLine(p.text) {
		return true
	}
	_, _, ok := headerDate(p.text)
	return ok
}
