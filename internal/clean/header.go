package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the rules for an article's header (the lines between the page's navigation
// and the first body paragraph: kicker, headline, standfirst, byline, dateline, caption) and
// for the sections a page puts inside or after the article (link lists, comment sections,
// author notes, bios and contributor lines).

// listLabels (key form) head a list of links to other pages: the lines after one, up to the
// next body paragraph, are linked headlines, topics, counters or time stamps.
var listLabels = map[string]bool{}

// sectionEnds (key form) open a part of the page that holds no article text up to the next
// wide gap: reader comments, notes and bios of the author.
var sectionEnds = map[string]bool{}

func init() {
	for _, s := range []string{
		"related", "related articles", "related stories", "related news", "related posts",
		"related content", "related topics", "related coverage", "related links", "related reading",
		"more on this story", "more stories", "more from", "more news", "more in", "more on this",
		"most read", "most popular", "most viewed", "most shared", "read next", "read more",
		"also read", "read also", "see also", "recommended", "recommended stories",
		"recommended for you", "you may also like", "you might also like", "you may also like these stories",
		"you might be interested in", "top stories", "trending", "trending now", "trending stories",
		"latest news", "latest stories", "explore more on these topics", "suggested topics",
		"visual stories", "editor s picks", "editors picks", "don t miss", "also on", "also in news",
		"what to read next", "popular stories", "in case you missed it", "keep reading",
		"keywords", "search keywords", "explore more", "read more on", "more on", "more about",
		"related topic", "topics", "tags", "tagged", "filed under", "top articles", "more articles", "related story",
		"suggested reading", "recommended reading", "trending topics", "popular now", "most commented",
		"recommended videos", "related videos", "more videos", "latest videos",
		"more from this section", "related articles and videos",
		// the same labels on Spanish, French and Portuguese pages that carry English copy
		"seguir leyendo", "sigue leyendo", "lea también", "lee también", "noticias relacionadas", "te puede interesar",
		"lire aussi", "à lire aussi", "sur le même sujet", "leia também", "leia mais", "notícias relacionadas",
		"lo más leído", "lo más visto", "más leídas", "les plus lus", "les plus lues", "mais lidas", "mais lidos",
		"mais lidas da semana", "meistgelesen", "i più letti",
	} {
		listLabels[key(s)] = true
	}
	for _, s := range []string{
		"comments are closed", "comments closed", "log in to comment", "login to comment",
		"sign in to comment", "join the conversation", "add a comment", "leave a comment",
		"post a comment", "post comment", "start a conversation", "add your comment",
		"show comments", "view comments", "reader comments", "be the first to comment",
		"about the author", "note from the author", "from the author",
		"about the writer", "author bio", "discussion", "conversation", "discussion about this post",
		"disclaimer", "comments policy", "community guidelines",
	} {
		sectionEnds[key(s)] = true
	}
}

// listLabel reports a line (key k) that heads a list of links.
func listLabel(k string) bool {
	if listLabels[k] {
		return true
	}
	// "Read more Related Articles", "Read more Subscribers only": a link label and a list
	// label, or a link label and a paywall marker.
	if rest, ok := strings.CutPrefix(k, "read more "); ok && (listLabels[rest] || paywallMarks[rest]) {
		return true
	}
	n := strings.Count(k, " ")
	// "Read more from Sky News:", "More from The National".
	if n <= 6 && (strings.HasPrefix(k, "read more from ") || strings.HasPrefix(k, "more from ")) {
		return true
	}
	// A list label and the outlet or section it lists: "Most Read from Bloomberg", "Most
	// popular on Al Jazeera", "Trending in News24", "Top stories from BBC Africa".
	if n <= 6 && outletListLabel(k) {
		return true
	}
	// Al Jazeera-style "list of 3 items".
	if strings.HasPrefix(k, "list of ") && strings.HasSuffix(k, " items") && n == 3 {
		return true
	}
	// A newsletter box: "Sign up to Global Dispatch", "skip past newsletter promotion".
	if n <= 7 && (strings.Contains(k, "newsletter") || strings.HasPrefix(k, "sign up to ") || strings.HasPrefix(k, "sign up for ")) {
		return true
	}
	// A topic list: "Explore more on these topics", "Click the alert icon to follow topics".
	return n <= 8 && strings.HasSuffix(k, " topics")
}

// outletLists (key form) are list labels that a page may follow with the outlet's or a
// section's name ("Most read from …"). Labels that also open a sentence or an entry heading
// ("Latest from the front line") are left out.
var outletLists = map[string]bool{"most read": true, "most popular": true, "most viewed": true,
	"most shared": true, "most commented": true, "most watched": true, "top stories": true, "top news": true,
	"trending": true, "trending now": true, "trending stories": true, "popular": true, "popular now": true,
	"popular stories": true, "more stories": true, "more news": true, "more articles": true, "more videos": true,
	"latest videos": true, "latest stories": true, "recommended": true, "recommended stories": true,
	"recommended reading": true, "editors picks": true, "editor s picks": true, "top picks": true,
	"related stories": true, "related articles": true, "related coverage": true, "also on": true, "more top stories": true}

// outletListLabel reports "LABEL from|on|in|at NAME" (key form) with LABEL in outletLists and
// a NAME of one to four words: "most read from bloomberg", "trending on al jazeera".
func outletListLabel(k string) bool {
	for _, prep := range []string{" from ", " on ", " in ", " at "} {
		i := strings.Index(k, prep)
		if i <= 0 || !outletLists[k[:i]] {
			continue
		}
		if rest := k[i+len(prep):]; rest != "" && strings.Count(rest, " ") <= 3 {
			return true
		}
	}
	return false
}

// paywallMarks (key form) label a link to a story behind a paywall.
var paywallMarks = map[string]bool{"subscribers only": true, "subscriber only": true, "premium": true,
	"for subscribers": true, "exclusive": true, "members only": true}

// sectionEnd reports a line (key k) that opens a comment section or an author note.
func sectionEnd(k string) bool {
	if sectionEnds[k] {
		return true
	}
	// "14 comments", "Comments (3)", "312 Comments".
	if commentCount(k) {
		return true
	}
	// "Commenting for this story is now closed.", "Comments are closed on this story."
	if strings.Count(k, " ") > 8 {
		return false
	}
	return strings.HasPrefix(k, "commenting ") && strings.HasSuffix(k, " closed") ||
		strings.HasPrefix(k, "comments are closed ") || strings.HasPrefix(k, "comments have been closed ") ||
		strings.HasPrefix(k, "commenting is closed ") || strings.HasPrefix(k, "commenting has been closed ")
}

// roleWords name the jobs of the people a byline names.
var roleWords = map[string]bool{
	"correspondent": true, "correspondents": true, "reporter": true, "reporters": true,
	"journalist": true, "editor": true, "writer": true, "contributor": true, "columnist": true,
	"producer": true, "staff": true, "bureau": true, "desk": true, "photographer": true,
}

// hasRoleWord reports a job word of roleWords in k (key form).
func hasRoleWord(k string) bool {
	for _, w := range strings.Fields(k) {
		if roleWords[w] {
			return true
		}
	}
	return false
}

// roleLine reports a byline's job or outlet line: "BBC News, Lagos", "Crime Reporter",
// "Middle East Eye correspondent in Ramallah", "Reporting from Beirut and Jerusalem".
func roleLine(s, k string) bool {
	if endsSentence(s) || wordsUpTo(s, 13) > 12 {
		return false
	}
	if strings.HasPrefix(k, "reporting from ") || hasRoleWord(k) {
		return true
	}
	return strings.HasPrefix(k, "bbc ") && strings.Contains(s, ",")
}

// byline: a line that starts "By " (any case).
func byline(s string) bool {
	return strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "by ") || strings.HasPrefix(s, "BY ")
}

// bylineLike reports a byline: "By NAME[, NAME and NAME][, Outlet]" (also "by …"), a credit
// line, or "NAME in PLACE" (two or three capitalised names, "in", a capitalised place).
func bylineLike(s, k string) bool {
	if endsSentence(s) {
		return false
	}
	if (strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "by ") || strings.HasPrefix(s, "BY ")) && wordsUpTo(s, 17) <= 16 {
		return true
	}
	// the byline of a Spanish, Portuguese or French page: "Por Redacción EFE", "Par NAME"
	if (strings.HasPrefix(s, "Por ") || strings.HasPrefix(s, "Par ")) && wordsUpTo(s, 9) <= 8 && namesOnly(s[4:]) {
		return true
	}
	if creditLineKey(s, k) {
		return true
	}
	if namesLine(s) {
		return true
	}
	f := strings.Fields(s)
	if len(f) >= 4 && len(f) <= 7 {
		in := -1
		for i, w := range f {
			if w == "in" {
				in = i
			}
		}
		if in == 2 || in == 3 {
			for i, w := range f {
				if i != in && w != "and" && !startsUpperWord(w) {
					return false
				}
			}
			return len(f)-in-1 <= 3
		}
	}
	return false
}

// namesLine reports "Abdul Wahid Baloch | Nadia Qureshi": two to four names of two to four
// capitalised words each, separated by " | " (a byline without "By").
func namesLine(s string) bool {
	parts := strings.Split(s, " | ")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		f := strings.Fields(p)
		if len(f) < 2 || len(f) > 4 {
			return false
		}
		for _, w := range f {
			if !startsUpperWord(w) {
				return false
			}
		}
	}
	return true
}

// captionLike reports a photo caption: a line that ends with a credit in parentheses or
// brackets, or holds a photo label ("Photograph:", "Photo:", "REUTERS/").
func captionLike(s string) bool {
	t := strings.TrimSpace(s)
	if n := len(t); n > 0 && (t[n-1] == ')' || t[n-1] == ']') && wordsUpTo(t, 8) >= 8 {
		return true
	}
	for _, m := range []string{"©", "File photo", "File Photo", "Photograph:", "Photo:", "REUTERS/", "Reuters/", "AFP/", "/AFP", "AP Photo", "Getty Images", "Photo by ", "Photo Credit", "Photo credit", "Credit:", "PHOTO:"} {
		if strings.Contains(t, m) {
			return true
		}
	}
	return agencySlash(t) || captionStart(key(t))
}

// agencySlash reports a photo credit of an agency and a photographer joined by a slash:
// "EFE/José Jácome", "ANADOLU/NAME", "Xinhua/NAME".
func agencySlash(s string) bool {
	for i := strings.IndexByte(s, '/'); i > 0; {
		j := strings.LastIndexByte(s[:i], ' ') + 1
		if agencies[key(s[j:i])] && i+1 < len(s) && s[i+1] != ' ' {
			return true
		}
		n := strings.IndexByte(s[i+1:], '/')
		if n < 0 {
			break
		}
		i += 1 + n
	}
	return false
}

// titleCandidate: a line that could be the headline of a page copied without its markup: the
// headline's shape, three words or more, and not a byline, a job line, a caption or a menu.
func titleCandidate(p para) bool {
	if !headlineShapeKey(p.text, p.key) || wordsUpTo(p.text, 3) < 3 {
		return false
	}
	if bylineLike(p.text, p.key) || roleLine(p.text, p.key) || captionLike(p.text) || isMenu(p.text) {
		return false
	}
	if _, _, ok := headerDate(p.text); ok {
		return false
	}
	return true
}

// headlineFallback finds the headline of a page whose headline is not in title case and not
// set off by blank lines: among the lines before the first body paragraph, the longest
// candidate (titleCandidate) of four words or more, counting a candidate right after another
// long one as a standfirst, not a headline.
func headlineFallback(ps []para) (int, bool) {
	end := 0
	for end < len(ps) && end < maxHeader && !(isProse(ps[end].text) && len(ps[end].text) >= 60) {
		end++
	}
	best, bestW := -1, 0
	prevLong := false
	for i := 0; i < end; i++ {
		if best >= 0 && boxLabels[ps[i].key] {
			break // a key-points box under the headline: its items are no headline
		}
		cand := titleCandidate(ps[i])
		w := wordsUpTo(ps[i].text, 21)
		if cand && !prevLong && w > bestW {
			best, bestW = i, w
		}
		prevLong = cand && w >= 6
	}
	if best < 0 || bestW < 4 || !proseAhead(ps[best+1:], 100) {
		return 0, false
	}
	return best, true
}

// boxLabels (key form) head a box of key points under a headline.
var boxLabels = map[string]bool{"key points": true, "highlights": true, "story highlights": true, "in short": true,
	"key takeaways": true, "at a glance": true, "summary": true, "what you need to know": true, "quick read": true,
	"ai generated summary": true, "the big picture": true}

// headerJunk reports a line between an article's headline and its first body paragraph that
// is furniture: a byline ("By …", "WRITER: …", "NAME in PLACE"), a job or outlet line, a
// "Reporting from" line, a dated stamp; with short set (the headline was found in the text),
// also a short label of four words or less ("Reporter", "Summary") other than a lone name.
func headerJunk(p para, short bool) bool {
	if isProse(p.text) {
		return false
	}
	if bylineLike(p.text, p.key) || roleLine(p.text, p.key) {
		return true
	}
	if _, _, ok := headerDate(p.text); ok {
		return true
	}
	// a stamp whose date could not be read: "Issued on: 12/03/2026 - 14:32"
	if wordsUpTo(p.text, 13) <= 12 && strings.ContainsAny(p.text, "0123456789") {
		for _, w := range []string{"issued ", "published ", "updated ", "modified ", "posted "} {
			if strings.HasPrefix(p.key, w) {
				return true
			}
		}
		// a date in a calendar not read here: "Mangsir 4, 2083", "Friday, 3 Jumada al-Akhirah 1448 AH"
		if otherCalendarDate(p.text, p.key) {
			return true
		}
	}
	// the place of a byline cut from its name: "Raipur,"
	if wordsUpTo(p.text, 4) <= 3 && strings.HasSuffix(p.text, ",") {
		return true
	}
	return short && wordsUpTo(p.text, 5) <= 4 && !endsSentence(p.text) && !strings.HasSuffix(p.text, ":") && !allCapsLine(p.text) &&
		!personName(p.text) && !captionStart(p.key)
}

// otherCalendarDate reports a short stamp shaped like a date whose month is not one read
// here (Bikram Sambat, Hijri, Persian calendars): a year of four digits, a day of one or two,
// and at most five capitalised words ("al-Akhirah" counts), with no other numbers and no
// sentence end.
func otherCalendarDate(s, k string) bool {
	if endsSentence(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) && !unicode.IsUpper(r) {
			if i := strings.IndexByte(w, '-'); i < 0 || !startsUpperWord(w[i+1:]) {
				return false
			}
		}
	}
	f := strings.Fields(k)
	if len(f) < 3 || len(f) > 8 {
		return false
	}
	years, days, words := 0, 0, 0
	for _, w := range f {
		switch {
		case isDigits(w) && len(w) == 4:
			years++
		case isDigits(w) && len(w) <= 2:
			days++
		case isDigits(w):
			return false
		default:
			words++
		}
	}
	return years == 1 && days >= 1 && days <= 3 && words >= 1 && words <= 5
}

// captionStart: a short caption of a map or a picture ("Map of Zamfara State").
func captionStart(k string) bool {
	for _, p := range []string{"map of ", "map showing ", "a map of ", "photo of ", "graphic showing ", "satellite image of "} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// personName: two or three capitalised words and nothing else ("Chiamaka Eze"), which below
// a headline is the reporter's name.
func personName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' && c != '\'' }) >= 0 {
			return false
		}
		// "In News", "On Politics": a section label, not a name
		if lw := strings.ToLower(w); smallWords[lw] && !nameParticles[lw] {
			return false
		}
	}
	return true
}

// nameParticles are small words that also begin names ("Al Jazeera", "De Klerk").
var nameParticles = map[string]bool{"de": true, "al": true, "el": true, "bin": true, "van": true, "von": true, "da": true, "du": true, "la": true, "le": true}

// allCapsLine: a section heading in capitals ("HIGHLIGHTS", "SITUATION OVERVIEW").
func allCapsLine(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 6
}

// headerDate recognises a header line that dates the article: a dateline (dateOnlyLine), a
// "Published …" line, or a short byline or stamp that holds a full date among at most nine
// other words ("By The Irrawaddy 10 March 2026", "Updated - March 12, 2026 09:42 pm IST -
// BHUBANESWAR"). updated: the date is labelled as an update.
func headerDate(s string) (date string, updated, ok bool) {
	if len(s) > 200 || !hasYear(s) {
		return "", false, false
	}
	if d, upd, ok := dateOnlyLine(s); ok {
		return d, upd, true
	}
	if d, ok := labelledDate(s); ok {
		return d, false, true
	}
	if isProse(s) || captionLike(s) {
		return "", false, false
	}
	d, st, en, found := findDate(s)
	if !found || wordsUpTo(key(s[:st]), 10)+wordsUpTo(key(s[en:]), 10) > 9 {
		return "", false, false
	}
	before := strings.ToLower(s[:st])
	updated = (strings.Contains(before, "updat") || strings.Contains(before, "modified") ||
		// "Actualizado", "Atualizado", "Mis à jour", "Aktualisiert", "Diperbarui"
		strings.Contains(before, "actualiz") || strings.Contains(before, "atualiz") || strings.Contains(before, "mis à jour") ||
		strings.Contains(before, "aktualisiert") || strings.Contains(before, "diperbarui")) &&
		!strings.Contains(before, "publish") && !strings.Contains(before, "posted") && !strings.Contains(before, "issued")
	return d, updated, true
}

// bioLine reports an author's biography at the end of an article: "NAME is a reporter at …",
// "Arhirova covers Ukraine for The Associated Press."
func bioLine(s, k string) bool {
	if wordsUpTo(s, 41) > 40 || !startsUpperWord(s) {
		return false
	}
	f := strings.Fields(k)
	verb := -1
	for i := 1; i < len(f) && i <= 4; i++ {
		if f[i] == "is" || f[i] == "covers" || f[i] == "reports" || f[i] == "has" || f[i] == "was" || f[i] == "writes" {
			verb = i
			break
		}
	}
	if verb < 0 {
		return false
	}
	// the words before the verb are a capitalised name
	for _, w := range strings.Fields(s)[:verb] {
		if !startsUpperWord(w) {
			return false
		}
	}
	if f[verb] == "covers" || f[verb] == "writes" {
		return true
	}
	for _, w := range f[verb:] {
		if roleWords[w] || w == "covering" || w == "covers" || w == "based" {
			return true
		}
	}
	// a desk's note: "The Web Desk is the digital news team of Khaleej Times."
	if f[verb] == "is" && hasRoleWord(strings.Join(f[:verb], " ")) {
		for _, w := range f[verb:] {
			if w == "team" || w == "newsroom" {
				return true
			}
		}
	}
	return false
}

// contributorLine reports a credit sentence at the end of a story: "Associated Press writer
// X contributed to this report.", "Coletta reported from Toronto.", "With reports from …",
// "Translated by X. Edited by Y."
func contributorLine(s, k string) bool {
	if wordsUpTo(s, 41) > 40 {
		return false
	}
	for _, p := range []string{"contributed to this report", "contributed reporting", "contributed to this story",
		"contributed to this article", "contributed to the report"} {
		if strings.Contains(k, p) {
			return true
		}
	}
	for _, p := range []string{"with reports from ", "with inputs from ", "with assistance from ", "translated by ", "additional reporting by ",
		"edited by ", "compiled by ", "with additional reporting"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	// "NAME reported from PLACE.", "Associated Press writer NAME reported from PLACE.",
	// "… writer NAME contributed from PLACE."
	for _, v := range []string{" reported from ", " contributed from "} {
		if i := strings.Index(k, v); i > 0 && startsUpperWord(s) {
			n := strings.Count(k[:i], " ")
			if n <= 2 && wordsUpTo(s, 9) <= 8 || n <= 6 && wordsUpTo(s, 15) <= 14 && hasRoleWord(k[:i]) {
				return true
			}
		}
	}
	return false
}

// appealLine reports a request for money or sign-ups that a site puts in or after its
// articles: "Support PREMIUM TIMES' journalism …", "Become a member …".
func appealLine(k string) bool {
	if strings.Count(k, " ") > 80 {
		return false
	}
	if strings.HasPrefix(k, "support ") && strings.Count(k, " ") <= 10 {
		return strings.Contains(k, "journalism") || strings.Count(k, " ") <= 3
	}
	if !strings.Contains(k, "journalism") && !strings.Contains(k, "reporting") {
		return false
	}
	for _, p := range []string{"support us", "support our", "donat", "subscriptions", "freely accessible",
		"become a member", "become a patron", "consider supporting", "consider becoming", "fund our", "rely on readers"} {
		if strings.Contains(k, p) {
			return true
		}
	}
	return false
}

// clockOnly reports a line that is only a time of day, perhaps with a zone: "10:42",
// "2:14 PM GMT+1", "09.15 BST" (live-blog stamps).
func clockOnly(line, k string) bool {
	if len(line) > 24 || !strings.ContainsAny(line, ":.") {
		return false
	}
	f := strings.Fields(k)
	if len(f) < 2 || len(f) > 6 || !isDigits(f[0]) || len(f[0]) > 2 || !isDigits(f[1]) || len(f[1]) != 2 {
		return false
	}
	for _, w := range f[2:] {
		if !dateWords[w] && !(isDigits(w) && len(w) <= 2) && !clockWord(w) {
			return false
		}
	}
	return true
}

// stripLabel removes a caption label or gallery counter from the front of a caption:
// "Image caption, …" (BBC), "Item 1 of 2 …" (Reuters). It returns s unchanged otherwise.
func stripLabel(s string) string {
	if strings.HasPrefix(s, "Image caption, ") {
		return strings.TrimSpace(s[len("Image caption, "):])
	}
	if strings.HasPrefix(s, "Item ") {
		f := strings.SplitN(s, " ", 5)
		if len(f) == 5 && f[2] == "of" && isDigits(f[1]) && isDigits(f[3]) && wordsUpTo(f[4], 4) >= 4 {
			r, _ := utf8.DecodeRuneInString(f[4])
			if unicode.IsUpper(r) {
				return f[4]
			}
		}
	}
	return s
}

// commentCount: "14 comments", "Comments (3)", "COMMENT (2)".
func commentCount(k string) bool {
	f := strings.Fields(k)
	return len(f) == 2 && (f[1] == "comments" || f[1] == "comment") && isDigits(f[0]) ||
		len(f) == 2 && (f[0] == "comments" || f[0] == "comment") && isDigits(f[1])
}
