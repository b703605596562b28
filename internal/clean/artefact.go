package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerplate holds whole lines (in key form) that scraped pages carry around articles:
// navigation, share buttons, advertising labels, cookie and newsletter prompts.
var boilerplate = map[string]bool{}

func init() {
	for _, s := range []string{
		"advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content",
		"promoted", "paid content", "partner content", "story continues below advertisement",
		"article continues below advertisement", "continue reading below", "scroll to continue",
		"scroll to continue with content", "continue reading", "continue reading the main story",
		"end of list", "advertising", "save articles to read later and create your own reading list",
		"save articles to read later", "share", "share this", "share this article", "share this story", "share this page",
		"share on facebook", "share on twitter", "share on x", "share on whatsapp",
		"share on linkedin", "share via email", "share via", "shares", "tweet", "tweet this",
		"facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
		"email", "e mail", "print", "copy link", "copy url", "link copied", "copied", "save",
		"save article", "bookmark", "comment", "comments", "show comments", "view comments",
		"leave a comment", "read more", "read more about", "more", "see more", "show more",
		"load more", "view more", "read next", "up next", "next", "previous", "next article",
		"previous article", "related", "related articles", "related stories", "related news",
		"related content", "related topics", "more on this story", "more stories",
		"more from", "most read", "most popular", "most viewed", "trending", "trending now",
		"top stories", "latest news", "latest", "breaking news", "recommended",
		"recommended for you", "you may also like", "you might also like", "also read",
		"read also", "see also", "click here", "tap here", "menu", "main menu", "search",
		"home", "homepage", "back to top", "skip to content", "skip to main content",
		"skip navigation", "sign in", "sign up", "log in", "login", "register", "subscribe",
		"subscribe now", "newsletter", "sign up for our newsletter", "listen", "listen to this article",
		"listen to article", "play", "pause", "watch", "watch video", "video", "photo", "photos",
		"image", "images", "gallery", "photo gallery", "enlarge", "enlarge this image",
		"expand", "close", "open", "toggle", "toggle navigation", "accept", "accept all",
		"accept cookies", "reject all", "manage cookies", "cookie settings", "i agree", "got it",
		"ok", "privacy policy", "terms of use", "terms and conditions", "contact us", "about us",
		"all rights reserved", "follow us", "follow", "topics", "tags", "filed under",
		"font size", "text size", "a a", "a a a", "loading", "loading comments",
		"advertisement scroll to continue", "hide caption", "toggle caption", "caption",
		"view image in fullscreen", "view in fullscreen", "fullscreen", "opens in new window",
		"external link", "getty images", "file photo", "reuters", "ap", "afp", "ap photo",
		"share full article", "gift article", "gift this article", "read later", "save for later",
		"make a donation", "donate", "become a member", "join now", "enter your email",
		"enter your email address", "your email address", "manage preferences", "manage consent",
		"show key events only", "key events", "show all", "pinned", "pinned post", "reply", "report",
		"sort by newest", "sort by oldest", "sort by", "newest", "oldest", "e paper", "epaper",
		"short url", "text size", "font size", "ad feedback", "video ad feedback", "link copied",
		"reuse this content", "print subscriptions", "search jobs", "skip links", "load more stories",
		"view original", "attachments", "closed", "comment on this story", "short link", "recommend", "share this", "page not found",
		// audio and video players, galleries, key-point boxes
		"listen to story", "listen to this story", "listen to the article", "audio", "unmute", "mute", "tune in",
		"view all", "in short", "now playing", "replay",
		// bare header labels whose value stands on the next line ("Published On:")
		"published", "published by", "published on", "posted by", "posted on", "written by", "updated on",
		// press-release furniture
		"press statement", "press release", "for immediate release", "media statement", "news release",
		"media release", "ends", "end",
		// paywalls, consent walls, newsletter forms, counters of social posts
		"accept and continue", "subscribe now", "likes", "restacks", "reposts", "reactions", "views",
		"top articles", "write a comment", "duration", "video duration", "audio duration", "autoplay",
		"live", "live updates", "live blog", "breaking", "just now", "most commented", "story highlights",
		"key takeaways", "ai generated summary", "accept and close", "paid post", "show less", "key points",
		"video player", "audio player", "next slide", "previous slide",
		// the same UI words on Spanish, French and Portuguese pages that carry English copy
		"compartir", "guardar", "términos y condiciones", "política de privacidad", "aviso legal",
		"partager", "politique de confidentialité", "compartilhar", "política de privacidade",
	} {
		boilerplate[key(s)] = true
	}
}

// prefixJunk are line beginnings (key form) of short lines that point away from the article
// (links to other stories, prompts, credits).
var prefixJunk = []string{
	"read more ", "read also ", "also read ", "see also ", "related ", "recommended ",
	"watch ", "listen ", "click here", "tap here", "sign up ", "subscribe ", "follow us ",
	"follow ", "share this ", "share on ", "get the latest ", "download the ", "download our ",
	"join our ", "visit ", "join ", "copyright ", "all rights reserved", "photo credit ", "image credit ",
	"photo ", "photograph ", "photos ", "image ", "picture ", "pictured ", "credit ", "credits ",
	"file photo ", "source ", "more ", "you may also like", "updated ", "story continues",
	"advertisement ", "sponsored ", "related article ", "text ad ", "posted by ", "powered by ",
}

// isArtefact reports whether a (normalised, non-empty) line is page furniture rather than
// article text. k is key(line).
func isArtefact(line, k string) bool {
	if k == "" {
		// Only punctuation or symbols ("•", "|", "***", "—"). Keep nothing of it.
		return true
	}
	if boilerplate[k] {
		return true
	}
	words := strings.Count(k, " ") + 1
	// A row of share buttons: "Whatsapp Facebook X Linkedin Email".
	if words >= 2 && words <= 14 && shareRow(k) {
		return true
	}
	// 1–3 capital letters alone ("TT", "AP", "A"): page markers, initials of a logo.
	if words == 1 && len(line) <= 3 && allUpperASCII(line) {
		return true
	}
	// A lone number or a lone short token in a non-sentence: page numbers, counters.
	if words == 1 && utf8.RuneCountInString(line) <= 4 && !endsSentence(line) && !startsUpperWord(line) {
		return true
	}
	// Short lines that begin with a prompt or credit keyword.
	if words <= 12 && !endsSentence(line) || words <= 8 {
		for _, p := range prefixJunk {
			if strings.HasPrefix(k, p) && creditish(line, k, p) {
				return true
			}
		}
	}
	// Copyright lines (not a caption that opens with its credit: "© UNICEF/NAME Children
	// collect water from a tap stand in Adré, eastern Chad.").
	if words <= 16 && (strings.HasPrefix(line, "©") || strings.HasPrefix(line, "(c) ") || strings.Contains(k, "all rights reserved")) &&
		!creditedCaption(line, k, words) {
		return true
	}
	// A long copyright notice: "(c) EFE 2026. Está expresamente prohibida la redistribución …".
	if words <= 60 && (strings.HasPrefix(line, "©") || strings.HasPrefix(line, "(c) ") || strings.HasPrefix(line, "(C) ")) {
		for _, w := range []string{"prohibid", "reserved", "reproduc", "redistribu", "interdit", "copyright", "permission"} {
			if strings.Contains(k, w) {
				return true
			}
		}
	}
	// A line wholly in parentheses or brackets: "(Reuters)", "(Photo by NAME / AFP)", "[Ad]".
	if words <= 10 && len(line) >= 2 {
		f, l := line[0], line[len(line)-1]
		if (f == '(' && l == ')' || f == '[' && l == ']') && strings.Count(line, string(f)) == 1 {
			return true
		}
	}
	// Cookie and consent banners.
	if words <= 80 && consentBanner(k, words) {
		return true
	}
	// Longer copyright and permission notices: "Copyright © 1998-2026, RFA. Used with …".
	if words <= 40 && (strings.HasPrefix(k, "copyright ") || strings.HasPrefix(line, "©")) && !startsQuote(line) &&
		!creditedCaption(line, k, words) {
		return true
	}
	// "Read alsoMali: …", "Read moreGunmen …": a link label glued to the linked headline.
	if words <= 30 && linkLabelled(line) {
		return true
	}
	if words <= 30 && !endsSentence(line) && (strings.HasPrefix(line, "Read also") || strings.HasPrefix(line, "Read more") ||
		strings.HasPrefix(line, "READ ALSO") || strings.HasPrefix(line, "READ MORE") || strings.HasPrefix(line, "Also read") ||
		strings.HasPrefix(line, "ALSO READ") || strings.HasPrefix(line, "Related article") || strings.HasPrefix(line, "RELATED:")) {
		return true
	}
	// Photo credit labels: "Credit...Name/Agency", "Credit: Name".
	if words <= 10 && (strings.HasPrefix(line, "Credit...") || strings.HasPrefix(line, "Credit…") || strings.HasPrefix(line, "Credit: ")) {
		return true
	}
	// A duration alone: "6 min", "4 mins".
	if words <= 3 && !endsSentence(line) && durationOrCount(k) && strings.IndexByte(k, ' ') > 0 && !isDigits(k[strings.LastIndexByte(k, ' ')+1:]) {
		return true
	}
	// App promotions: "Get the RNZ app for ad-free news", "Download the News24 app".
	if words <= 14 && (strings.HasPrefix(k, "get the ") || strings.HasPrefix(k, "download the ") || strings.HasPrefix(k, "install the ")) &&
		(strings.HasSuffix(k, " app") || strings.Contains(k, " app for ") || strings.Contains(k, " app to ")) {
		return true
	}
	// A comment count alone: "8 comments".
	if words == 2 && commentCount(k) {
		return true
	}
	// A web address alone: "https://p.dw.com/p/4aBcD".
	if words <= 12 && strings.IndexByte(line, ' ') < 0 && (strings.HasPrefix(line, "http://") || strings.HasPrefix(line, "https://") || strings.HasPrefix(line, "www.")) {
		return true
	}
	// Hashtags: "#missile", "#N. Korea".
	if words <= 4 && strings.HasPrefix(line, "#") && !endsSentence(line) {
		return true
	}
	// "Skip next section Explore more", "Skip to main content".
	if words <= 6 && strings.HasPrefix(k, "skip ") && !endsSentence(line) {
		return true
	}
	// "Download Report (PDF | 1.2 MB)".
	if words <= 10 && strings.Contains(k, "pdf") && (strings.Contains(k, " mb") || strings.Contains(k, " kb")) {
		return true
	}
	// "Follow TASS on", "Follow us on".
	if words <= 5 && strings.HasPrefix(k, "follow ") && strings.HasSuffix(k, " on") {
		return true
	}
	// Requests for money or sign-ups.
	if appealLine(k) {
		return true
	}
	// "5 min read", "3 minute read".
	if words <= 4 && (strings.HasSuffix(k, "min read") || strings.HasSuffix(k, "minute read") || strings.HasSuffix(k, "minutes read")) {
		return true
	}
	// Page furniture with a duration or a count: "Listen to this article | 4 mins",
	// "Watch · 2:31", "Share | 12 comments".
	if words <= 10 && !endsSentence(line) && furnitureWithCount(line) {
		return true
	}
	// Phrases that only page furniture uses, wherever they stand in a short line.
	if words <= 60 && furniturePhrase(k) {
		return true
	}
	// Labelled lists and stamps: "Tags: Sudan, RSF", "Filed under: World", "Reading time: 3 min".
	if words <= 16 && labelledFurniture(line, k) {
		return true
	}
	// Relative time stamps: "2 hours ago", "Published 3 hours ago", "Updated 5 mins ago",
	// "Updated a day ago"; and a live blog's key-event links that start with one
	// ("2m ago Zelenskyy calls for more air defence").
	if words <= 6 && !endsSentence(line) && strings.HasSuffix(k, " ago") && relativeStamp(k) {
		return true
	}
	if words <= 25 && !endsSentence(line) && relativeStampStart(k) {
		return true
	}
	// Gallery and slide counters: "1 of 4", "Image 2 of 10", "3/12".
	if words <= 4 && galleryCounter(line, k) {
		return true
	}
	// Navigation menus: several short items separated by "|", "•", "·", "»", "›".
	if isMenu(line) {
		return true
	}
	// Breadcrumbs: "Home » World » Africa", "Home > News > Title of the story".
	if words <= 45 && breadcrumb(line) {
		return true
	}
	// A list label naming its outlet ("Most Read from Bloomberg"), wherever it stands; and
	// editors' initials joined by "//" ("JYCE // VM"), which only a wire trailer prints.
	if words <= 7 && !endsSentence(line) && outletListLabel(k) || words <= 5 && strings.Contains(line, "//") && editorInitials(line) {
		return true
	}
	if words <= 5 && !endsSentence(line) && uiCommand(k) {
		return true
	}
	return socialFurniture(line, k, words) || promoFurniture(line, k, words)
}

// uiVerbs begin the commands of a page's buttons and links; uiObjects are what they act on.
var uiVerbs = map[string]bool{"share": true, "print": true, "email": true, "copy": true, "load": true, "view": true,
	"show": true, "expand": true, "open": true, "close": true, "watch": true, "play": true, "listen": true, "read": true,
	"save": true, "subscribe": true, "sign": true, "log": true, "register": true, "download": true, "rate": true,
	"report": true, "send": true, "swipe": true, "unlock": true, "create": true, "enable": true, "manage": true,
	"add": true, "click": true, "tap": true, "get": true, "join": true, "hide": true, "see": true, "bookmark": true}

var uiObjects = map[string]bool{"article": true, "story": true, "page": true, "post": true, "link": true,
	"comments": true, "comment": true, "gallery": true, "video": true, "videos": true, "audio": true, "photos": true,
	"thread": true, "feedback": true, "typo": true, "account": true, "access": true, "settings": true,
	"cookies": true, "newsletter": true, "app": true, "replies": true, "autoplay": true, "discussion": true,
	"expand": true, "source": true, "transcript": true, "podcast": true, "episode": true, "slideshow": true,
	"reading": true, "preferences": true, "notifications": true, "alerts": true, "more": true}

// uiCommand reports a button or link label (key form, five words or fewer): a command verb
// first and the thing it acts on ("print this page", "load comments", "watch the video",
// "create a free account"), not "Share prices fall" or "Save the Children".
func uiCommand(k string) bool {
	i := strings.IndexByte(k, ' ')
	if i < 0 || !uiVerbs[k[:i]] {
		return false
	}
	for _, w := range strings.Fields(k[i+1:]) {
		if uiObjects[w] {
			return true
		}
	}
	return false
}

// consentBanner reports a cookie or consent dialog's line (key k): a short line about
// cookies ("Le Monde uses cookies", "Continue without cookies"), a longer one that asks for
// consent, and a privacy notice addressed to the reader ("You can change your preferences at
// any time … our privacy policy").
func consentBanner(k string, words int) bool {
	if strings.Contains(k, "cookie") {
		if words <= 8 {
			return true
		}
		for _, w := range []string{"we use", "uses cookies", "this site", "this website", "accept", "consent", "privacy",
			"partners", "personal data", "continue"} {
			if strings.Contains(k, w) {
				return true
			}
		}
		return false
	}
	return strings.Contains(k, "privacy policy") && (strings.HasPrefix(k, "you ") || strings.Contains(k, " you ")) &&
		(strings.Contains(k, "preferences") || strings.Contains(k, "consent") || strings.Contains(k, "your choices"))
}

// creditedCaption reports a photo caption that opens with its "©" credit ("© UNICEF/NAME
// Children collect water …"): a sentence of eight words or more, with no year and no
// rights notice, unlike a copyright line.
func creditedCaption(line, k string, words int) bool {
	return strings.HasPrefix(line, "©") && words >= 8 && endsSentence(line) && !hasYear(line) &&
		!strings.Contains(k, "rights") && !strings.Contains(k, "reserved") && !strings.Contains(k, "copyright")
}

// socialFurniture reports the furniture of social posts and comment threads: reaction and
// view counters ("👍 1.2K 😢 3.4K", "👁 31.6K", "48 Likes"), edit stamps ("edited 09:12"), bare
// links ("pic.twitter.com/Hx7dQ2kLrP"), an embedded post's attribution ("— NAME (@handle)
// November 21, 2026"), a byline or comment header with a relative stamp ("By NAME · Launched
// 2 years ago", "Imran | 9 hours ago | Reply").
func socialFurniture(line, k string, words int) bool {
	if words > 20 {
		return false
	}
	if words <= 12 && k != "" && k[0] >= '0' && k[0] <= '9' && !endsSentence(line) && (countsOnly(line, k) || words == 2 && uiCount(k)) {
		return true
	}
	if words <= 4 && strings.HasPrefix(k, "edited ") && len(line) > len("edited ") &&
		clockOnly(strings.TrimLeft(line[len("edited"):], " :"), k[len("edited "):]) {
		return true
	}
	if strings.IndexByte(line, ' ') < 0 && bareLink(line) {
		return true
	}
	if strings.Contains(line, "(@") && (startsDash(line) || words <= 12 && hasYear(line) && !endsSentence(line)) {
		return true
	}
	return words <= 12 && strings.Contains(k, " ago") && !endsSentence(line) &&
		(strings.HasPrefix(k, "by ") || hasMenuByte(line) && strings.ContainsAny(line, "|·•∙")) && stampInside(k)
}

// countsOnly: a line of counters: its key is only counts of one to three digits, perhaps
// with a "k" or "m" ("1 2k 3 4k 842" from "👍 1.2K 😢 3.4K 🙏 842"), and it has a
// thousands mark or an icon (a symbol that is not ASCII), so a clock ("10:42") or a score
// is not taken. Years are not counts.
func countsOnly(line, k string) bool {
	if k == "" || k[0] < '0' || k[0] > '9' {
		return false
	}
	mark := false
	for _, w := range strings.Fields(k) {
		n := len(w)
		if n > 1 && (w[n-1] == 'k' || w[n-1] == 'm') {
			n--
			mark = true
		}
		if n > 3 || !isDigits(w[:n]) {
			return false
		}
	}
	if !mark {
		for _, r := range line {
			if r >= utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) && !unicode.IsPunct(r) {
				mark = true
				break
			}
		}
	}
	return mark
}

// uiNouns are what a social widget counts: "48 Likes", "6 Restacks", "3 shares".
var uiNouns = map[string]bool{"likes": true, "like": true, "restacks": true, "restack": true, "shares": true,
	"views": true, "reposts": true, "retweets": true, "reactions": true, "replies": true, "subscribers": true,
	"followers": true, "claps": true, "upvotes": true}

// uiCount: "48 likes", "6 restacks" (key form, two words).
func uiCount(k string) bool {
	i := strings.IndexByte(k, ' ')
	return i > 0 && isDigits(k[:i]) && uiNouns[k[i+1:]]
}

// bareLink: a web address without its scheme, alone: "pic.twitter.com/Hx7dQ2kLrP", "t.co/x".
// The part before the first "/" must end in a dot and a top-level domain of two or more
// lower-case letters (so "U.S./Canada" and "24/7" are not links).
func bareLink(s string) bool {
	i := strings.IndexByte(s, '/')
	if i <= 0 || i == len(s)-1 {
		return false
	}
	host := s[:i]
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || len(host)-dot-1 < 2 {
		return false
	}
	for j := dot + 1; j < len(host); j++ {
		if host[j] < 'a' || host[j] > 'z' {
			return false
		}
	}
	return true
}

func startsDash(s string) bool {
	return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "--")
}

// stampInside reports a relative stamp inside a key: "… launched 2 years ago", "imran 9 hours
// ago reply".
func stampInside(k string) bool {
	i := strings.Index(k, " ago")
	if i <= 0 || i+4 < len(k) && k[i+4] != ' ' {
		return false
	}
	f := strings.Fields(k[:i])
	if len(f) >= 2 && relativeStamp(f[len(f)-2]+" "+f[len(f)-1]+" ago") {
		return true
	}
	return len(f) >= 1 && relativeStamp(f[len(f)-1]+" ago")
}

// promoFurniture reports a site's promotions and notices: reading times ("Time to 2 min."),
// channel promotions ("Stay up to date … Follow KT on WhatsApp Channels."), social prompts
// ("Like Pakistan on Facebook, follow @Handle on Twitter …"), a promotion that names the
// site's address ("Track Latest News Live on NDTV.com …"), subscription offers, contact
// prompts and postal addresses.
func promoFurniture(line, k string, words int) bool {
	if words > 60 {
		return false
	}
	if words <= 5 && strings.Contains(k, " min") && readingTime(k) {
		return true
	}
	if words <= 30 && strings.Contains(k, " channel") && channelPromo(k) {
		return true
	}
	if words <= 30 && (strings.HasPrefix(k, "like ") || strings.HasPrefix(k, "follow ")) && socialSentence(k) {
		return true
	}
	if words <= 30 && !endsSentence(line) && strings.Contains(k, "news") && hasDomain(line) {
		return true
	}
	if strings.HasPrefix(k, "subscribe to ") {
		for _, w := range []string{"access", "unlimited", "newsletter", "for only", "for just", "digital edition"} {
			if strings.Contains(k, w) {
				return true
			}
		}
	}
	if words <= 12 && strings.HasSuffix(k, " contact us") {
		return true
	}
	return words <= 30 && !endsSentence(line) && strings.Contains(k, "box") &&
		(strings.HasPrefix(k, "p o box ") || strings.Contains(k, " p o box ") || strings.Contains(k, " po box ") || strings.HasPrefix(k, "po box "))
}

// readingTime: "time to 2 min", "reading time 4 minutes", "2 min read" (key form).
func readingTime(k string) bool {
	f := strings.Fields(k)
	label := false
	if n := len(f); n >= 3 && (f[n-1] == "read" || f[n-1] == "listen") {
		f, label = f[:n-1], true
	}
	n := len(f)
	if n < 2 || !isDigits(f[n-2]) {
		return false
	}
	switch f[n-1] {
	case "min", "mins", "minute", "minutes":
	default:
		return false
	}
	for _, w := range f[:n-2] {
		switch w {
		case "time", "to", "reading", "read", "listening", "approx", "about", "est":
			label = true
		default:
			return false
		}
	}
	return label
}

// channelPromo: an outlet's channel on a messaging network promoted to the reader
// ("… on India Today's WhatsApp channel", "Follow KT on WhatsApp Channels").
func channelPromo(k string) bool {
	net := false
	for _, n := range socialNetworks {
		if strings.Contains(k, n+" channel") {
			net = true
			break
		}
	}
	if !net {
		return false
	}
	for _, w := range []string{"follow", "join", "stay updated", "stay up to date", "latest news", "subscribe", "stay informed"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// socialSentence: "like X on facebook, follow @X on twitter …" (key form, starting with
// "like " or "follow "): the outlet's pages on social networks.
func socialSentence(k string) bool {
	for _, n := range []string{" on facebook", " on twitter", " on instagram", " on x ", " on tiktok", " on youtube", " on threads"} {
		if strings.Contains(k, n) {
			return true
		}
	}
	return strings.HasSuffix(k, " on x")
}

// hasDomain reports a web address in s: "NDTV.com", "example.org".
func hasDomain(s string) bool {
	for _, tld := range []string{".com", ".net", ".org"} {
		i := strings.Index(s, tld)
		if i <= 0 {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		end := i + len(tld)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if end == len(s) || !(s[end] >= 'a' && s[end] <= 'z' || s[end] >= 'A' && s[end] <= 'Z') {
				return true
			}
		}
	}
	return false
}

// creditish decides whether a short line that starts with prefix p is a prompt/credit rather
// than a sentence of the article (which would end like a sentence and be longer).
func creditish(line, k, p string) bool {
	switch p {
	case "photo ", "photograph ", "photos ", "image ", "picture ", "pictured ", "credit ", "credits ",
		"file photo ", "source ", "photo credit ", "image credit ":
		// Only when written as a label ("Photo: NAME/AFP", "Image credit - Reuters") and short.
		rest := strings.TrimSpace(line[len(firstWordRaw(line)):])
		label := strings.HasSuffix(firstWordRaw(line), ":") || strings.HasPrefix(rest, ":") ||
			strings.HasPrefix(rest, "credit") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "|") ||
			strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "by ")
		return label && strings.Count(k, " ") < 10
	case "visit ", "join ":
		return socialPromo(k)
	case "follow ":
		// "Follow: …" labels, and "Follow Dawn on WhatsApp for the latest news": an outlet's
		// channel on a social network (not "Follow the money", a headline).
		return strings.HasSuffix(firstWordRaw(line), ":") || socialPromo(k)
	case "more ", "related ", "watch ", "listen ", "recommended ":
		// Labels only: "Watch: …", "Related: …"; not "Watch the …" prose or a headline.
		return strings.HasSuffix(firstWordRaw(line), ":")
	case "updated ":
		fw := firstWordRaw(line)
		return strings.HasSuffix(fw, ":") || strings.ContainsAny(line, "0123456789") && strings.Count(k, " ") < 8
	}
	return true
}

// shareWords are the labels of share buttons.
var shareWords = map[string]bool{"whatsapp": true, "facebook": true, "x": true, "twitter": true, "linkedin": true,
	"email": true, "e": true, "mail": true, "telegram": true, "reddit": true, "pinterest": true, "print": true,
	"share": true, "copy": true, "link": true, "messenger": true, "flipboard": true, "tumblr": true, "sms": true,
	"viber": true, "bluesky": true, "threads": true, "instagram": true, "youtube": true, "tiktok": true, "vk": true,
	"via": true}

// shareRow reports a line (key form) made only of share-button labels.
func shareRow(k string) bool {
	for _, w := range strings.Fields(k) {
		if !shareWords[w] {
			return false
		}
	}
	return true
}

// socialNetworks are the channels "Follow X on …" promotes.
var socialNetworks = []string{"whatsapp", "telegram", "twitter", "x", "facebook", "instagram", "tiktok",
	"youtube", "linkedin", "threads", "bluesky", "google news", "snapchat", "viber"}

// socialPromo reports "follow X on NETWORK …" and "visit/join X's NETWORK channel …" (key
// form).
func socialPromo(k string) bool {
	if i := strings.Index(k, " on "); i >= 0 && strings.Count(k[:i], " ") <= 4 {
		rest := k[i+4:]
		for _, n := range socialNetworks {
			if rest == n || strings.HasPrefix(rest, n+" ") {
				return true
			}
		}
	}
	if strings.Count(k, " ") > 13 || !strings.Contains(k, " channel") {
		return false
	}
	for _, n := range socialNetworks {
		if strings.Contains(k, " "+n+" channel") {
			return true
		}
	}
	return false
}

func firstWordRaw(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

func isMenu(line string) bool {
	// every separator holds '|', '/' or a character encoded from 0xC2 or 0xE2: a line
	// with none of those bytes has no separator
	if !hasMenuByte(line) {
		return false
	}
	seps := 0
	for _, sep := range []string{" | ", " • ", " · ", " » ", " › ", " / "} {
		seps += strings.Count(line, sep)
	}
	if seps < 2 || endsSentence(line) {
		return false
	}
	// Every item is short.
	items := strings.FieldsFunc(line, func(r rune) bool {
		return r == '|' || r == '•' || r == '·' || r == '»' || r == '›' || r == '/'
	})
	for _, it := range items {
		if len(strings.Fields(it)) > 4 {
			return false
		}
	}
	return true
}

// hasMenuByte reports whether s holds a byte that starts or is the middle of a menu
// separator: '|', '/', or the first byte of "•", "›" (0xE2) or "·", "»" (0xC2).
func hasMenuByte(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|', '/', 0xC2, 0xE2:
			return true
		}
	}
	return false
}

func allUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

func startsUpperWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// endsSentence reports a line that ends like a sentence: . ! ? or a closing quote after one.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '؟', '۔', '！', '？':
		return true
	}
	return false
}

func isLetterOrDigit(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// counterLabels may precede a gallery counter: "Image 2 of 10".
var counterLabels = map[string]bool{
	"photo": true, "photos": true, "image": true, "images": true, "picture": true,
	"pictures": true, "slide": true, "gallery": true, "item": true, "page": true,
}

// galleryCounter reports a line (key form) that is only a position counter: "1 of 4",
// "Image 2 of 10", "3/12", with 1 <= N <= M < 1000. (A score such as "1-3" is not one.)
func galleryCounter(line, k string) bool {
	f := strings.Fields(k)
	if len(f) >= 3 && counterLabels[f[0]] {
		f = f[1:]
	}
	switch {
	case len(f) == 3 && f[1] == "of":
		f = []string{f[0], f[2]}
	case len(f) == 2 && strings.Contains(line, "/"):
	default:
		return false
	}
	n, ok1 := smallNum(f[0])
	m, ok2 := smallNum(f[1])
	return ok1 && ok2 && n >= 1 && n <= m
}

// smallNum parses 1–3 ASCII digits.
func smallNum(s string) (int, bool) {
	if len(s) == 0 || len(s) > 3 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// furnitureWithCount reports a line made only of boilerplate labels and durations or counts,
// split by separators or not: "Listen to this article | 4 mins", "Listen 5:02",
// "Comments · 12", "Video 2 min". At least one part must be a boilerplate label and one a
// duration or count, so a headline with a number is never taken.
func furnitureWithCount(line string) bool {
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '•' || r == '·' })
	if len(parts) == 1 {
		// No separator: a label followed by a duration ("Listen to this article 4 mins").
		k := key(line)
		f := strings.Fields(k)
		for n := 1; n <= 3 && n < len(f); n++ {
			if boilerplate[strings.Join(f[:len(f)-n], " ")] && durationOrCount(strings.Join(f[len(f)-n:], " ")) {
				return true
			}
		}
		// "Views 18.4K", "Likes 1.2K": a widget's label and a count with a thousands mark
		return len(f) >= 2 && len(f) <= 4 && uiNouns[f[0]] && countsOnly("", strings.Join(f[1:], " "))
	}
	label, count := false, false
	for _, p := range parts {
		k := key(p)
		switch {
		case k == "":
		case boilerplate[k]:
			label = true
		case durationOrCount(k):
			count = true
		default:
			// "12 comments", "3 shares": a count with a boilerplate noun.
			f := strings.Fields(k)
			if len(f) == 2 && isDigits(f[0]) && boilerplate[f[1]] {
				label, count = true, true
				continue
			}
			return false
		}
	}
	return label && count
}

// durationOrCount reports a key such as "4 mins", "5 min read", "3 minutes", "2 31" (a clock
// "2:31" keyed), "45 sec" or a bare number of at most 4 digits.
func durationOrCount(k string) bool {
	f := strings.Fields(k)
	if len(f) == 0 || !isDigits(f[0]) || len(f[0]) > 4 {
		return false
	}
	switch len(f) {
	case 1:
		return true
	case 2:
		if isDigits(f[1]) && len(f[1]) == 2 {
			return true // 2:31
		}
		switch f[1] {
		case "min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds", "h", "hr", "hrs":
			return true
		}
	case 3:
		return (f[1] == "min" || f[1] == "mins" || f[1] == "minute" || f[1] == "minutes") && (f[2] == "read" || f[2] == "listen")
	}
	return false
}

// furniturePhrases (key form) occur in page furniture and not in news prose: player and
// script notices, licensing and standards links, feedback prompts, agency copyright notices.
var furniturePhrases = []string{
	"opens in new window", "opens in a new window", "opens new tab", "opens in new tab", "opens a new tab",
	"does not support the video", "does not support video", "enable javascript", "javascript is disabled",
	"trust principles", "purchase licensing rights", "reprints and permissions",
	"this material may not be published", "may not be published broadcast", "all rights reserved",
	"report an error", "report a correction", "send us your feedback", "send us a tip", "send tips to",
	"support independent journalism", "support our journalism", "free newsletter", "sign up here",
	"save for later", "gift this article", "this article is more than", "media caption",
	"image source", "image caption", "play video", "follow us on", "download our app",
	"get the app", "join our whatsapp", "join our telegram", "subscribe to our",
	"we value your privacy", "free articles left", "articles left this month", "by signing up",
	"by subscribing", "your inbox", "our coverage", "follow the latest", "turn on javascript",
	"how relevant is this ad", "values your feedback", "your comment", "we welcome your comments",
	"a version of this article appears in print", "republishing this content", "subscription options",
	"ai generated summarization", "how does this make you feel", "email protected", "privacy notice",
	"agree to our privacy", "google privacy policy", "protected by recaptcha", "recaptcha",
	"do you like the content of this article", "comment on our facebook",
	// paywalls and subscription boxes
	"already a subscriber", "continue reading this article", "subscribe to continue", "subscribers only",
	"subscriber only", "exclusive to subscribers", "by providing an email", "type your email",
	"thanks for reading", "this post is public", "become our patron", "become a patron", "don t miss out on",
	// video players, accessibility links, photo notes, translation notes
	"embed link", "embed code", "accessibility shortcuts", "for illustrative purposes", "for illustration purposes",
	"translation of an original article", "may only be liable for",
	// feedback prompts, privacy links, paywall counters, embedded posts
	"was this article helpful", "rate this article", "thank you for your feedback", "do not sell my personal information",
	"your privacy choices", "we care about your privacy", "reached your limit of free", "this content is for subscribers",
	"continues after this advertisement", "continues after advertisement", "view this post on instagram",
	"a post shared by", "already have an account",
}

// phrasesByWord indexes furniturePhrases by their first word, so that a line is scanned once.
var phrasesByWord = map[string][]string{}

func init() {
	for _, p := range furniturePhrases {
		w := p
		if i := strings.IndexByte(p, ' '); i >= 0 {
			w = p[:i]
		}
		phrasesByWord[w] = append(phrasesByWord[w], p)
	}
}

func furniturePhrase(k string) bool {
	for i := 0; i < len(k); {
		j := strings.IndexByte(k[i:], ' ')
		if j < 0 {
			j = len(k)
		} else {
			j += i
		}
		for _, p := range phrasesByWord[k[i:j]] {
			if !strings.HasPrefix(k[i:], p) || i+len(p) != len(k) && k[i+len(p)] != ' ' {
				continue
			}
			// "this article is more than": only as the archive notice "... N years old".
			if p == "this article is more than" && !strings.HasSuffix(k, " old") {
				continue
			}
			// "image source", "media caption", "play video": only as BBC-style labels at the start.
			if (p == "image source" || p == "image caption" || p == "media caption" || p == "play video" || p == "follow us on") && i != 0 {
				continue
			}
			return true
		}
		i = j + 1
	}
	// "Follow @Reuters on X".
	return strings.HasPrefix(k, "follow ") && strings.Count(k, " ") <= 5 && strings.HasSuffix(k, " on x") ||
		strings.HasPrefix(k, "follow ") && strings.Count(k, " ") <= 5 && strings.HasSuffix(k, " on twitter")
}

// furnitureLabels are the labels of tag lists and reading stamps (key form).
var furnitureLabels = map[string]bool{
	"tags": true, "tag": true, "topics": true, "topic": true, "related topics": true, "suggested topics": true,
	"filed under": true, "categories": true, "category": true, "keywords": true, "section": true,
	"reading time": true, "read time": true, "last updated": true, "more on": true, "explore more": true,
	"see more on": true, "editor": true, "editors": true,
}

// labelledFurniture reports "Label: items" lines whose label is a furniture label.
func labelledFurniture(line, k string) bool {
	i := strings.IndexByte(line, ':')
	if i <= 0 || i > 24 {
		return false
	}
	return furnitureLabels[key(line[:i])] && !endsSentence(line)
}

// relativeStamp reports "2 hours ago", "published 3 days ago", "updated 5 mins ago",
// "updated a day ago", "updated about 9 hours ago", "2m ago".
func relativeStamp(k string) bool {
	f := strings.Fields(k)
	if len(f) >= 3 && (f[0] == "published" || f[0] == "updated" || f[0] == "posted" || f[0] == "last" ||
		f[0] == "launched" || f[0] == "joined" || f[0] == "edited" || f[0] == "created") {
		f = f[len(f)-3:]
		if f[0] == "updated" || f[0] == "published" || f[0] == "posted" {
			f = f[1:]
		}
	}
	if len(f) == 2 && f[1] == "ago" {
		return glued(f[0])
	}
	if len(f) != 3 {
		return false
	}
	if f[0] == "a" || f[0] == "an" || f[0] == "about" {
		f[0] = "1"
	}
	if !isDigits(f[0]) {
		return false
	}
	switch f[1] {
	case "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "h", "day", "days", "sec", "secs", "seconds", "week", "weeks",
		"month", "months", "year", "years", "yr", "yrs":
		return true
	}
	return false
}

// glued reports a count glued to a unit: "2m", "1h", "3d", "14min", "5hrs".
func glued(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	switch w[i:] {
	case "m", "h", "d", "s", "w", "min", "mins", "hr", "hrs":
		return true
	}
	return false
}

// relativeStampStart reports a line that starts with a short relative stamp and goes on:
// "2m ago Zelenskyy calls for more air defence systems".
func relativeStampStart(k string) bool {
	i := strings.Index(k, " ago ")
	if i <= 0 || i > 12 {
		return false
	}
	return relativeStamp(k[:i+4])
}

func startsQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '"' || r == '“' || r == '\''
}

// linkLabels start a line that links to another story: "ALSO READ | …", "Read more: …".
var linkLabels = []string{"also read", "read also", "read more", "related story", "related stories", "related", "see also",
	"must read", "recommended", "suggested reading", "watch",
	"read", "photo gallery", "gallery",
	// the same labels in the other languages of wire services' English copy (EFE, AFP, Lusa, dpa)
	"lea también", "lee también", "vea también", "ver también", "lire aussi", "voir aussi", "leia também",
	"leia mais", "lesen sie auch", "leggi anche"}

// linkLabelled reports "ALSO READ | Who are …?", "Read more: …", "Related - …": a link label
// and a separator before the linked headline (which may end with a question mark).
func linkLabelled(line string) bool {
	if len(line) < 12 {
		return false
	}
	switch line[0] | 0x20 { // the first letters of linkLabels
	case 'a', 'r', 's', 'm', 'w', 'p', 'g', 'l', 'v':
	default:
		return false
	}
	for _, l := range linkLabels {
		if len(line) > len(l)+2 && strings.EqualFold(line[:len(l)], l) {
			rest := strings.TrimLeft(line[len(l):], " ")
			if rest != "" && (rest[0] == '|' || rest[0] == ':' || rest[0] == '-') {
				return !isProse(strings.TrimLeft(rest[1:], " ")) || !endsSentence(line) || strings.HasSuffix(line, "?")
			}
		}
	}
	return false
}

// homeWords (key form) name a site's front page as the first link of a breadcrumb, in the
// languages of the pages sitrep reads.
var homeWords = map[string]bool{"home": true, "homepage": true, "home page": true, "front page": true,
	"inicio": true, "início": true, "portada": true, "página inicial": true, "pagina inicial": true,
	"accueil": true, "startseite": true, "pagina iniziale": true, "beranda": true, "ana sayfa": true,
	"anasayfa": true, "trang chủ": true, "strona główna": true, "главная": true, "головна": true,
	"الرئيسية": true, "首页": true, "you are here home": true, "you are here": true}

// crumbSeps are the separators between the links of a breadcrumb ("»", "›", "→" also
// without spaces); crumbArrows are those that join links without a front page link first.
var crumbSeps = []string{"»", "›", "→", " > ", " / ", " | ", " :: ", " - "}

var crumbArrows = map[string]bool{"»": true, "›": true, "→": true, " > ": true}

// breadcrumb reports a page's breadcrumb trail: the front page's link and then sections and
// perhaps the story's title ("Home » Mozambique: Insurgents behead five …", "Inicio / Mundo /
// América Latina", "Accueil > International"); or, without the front page, three or more
// links joined by "»", "›", "→" or ">", all short and capitalised but the last ("News ›
// Africa › Title …"). The separator is the same all along, and no link but the last ends
// like a sentence.
func breadcrumb(line string) bool {
	if !hasMenuByte(line) && !strings.Contains(line, " > ") && !strings.Contains(line, " - ") && !strings.Contains(line, " :: ") {
		return false
	}
	for _, sep := range crumbSeps {
		i := strings.Index(line, sep)
		if i < 0 {
			continue
		}
		home := i <= 24 && homeWords[key(line[:i])] // (every home word is short)
		if !home && (!crumbArrows[sep] || strings.Count(line, sep) < 2 || strings.ContainsRune(line, '«')) {
			continue
		}
		items := strings.Split(line, sep)
		if home && sep == " - " && len(items) < 3 {
			continue // "Home - the return of …": a headline with a dash
		}
		if crumbItems(items, home) {
			return true
		}
	}
	return false
}

// crumbItems checks the links of a breadcrumb: each but the last of one to four words (five
// after a front page link: "Middle East & North Africa"), not
// ending like a sentence (and, without a front page link, capitalised); the last of up to 30
// words, or empty when the trail ends with its separator.
func crumbItems(items []string, home bool) bool {
	for j, it := range items {
		it = strings.TrimSpace(it)
		last := j == len(items)-1
		switch {
		case it == "":
			if !last || j < 1 || !home && j < 2 {
				return false
			}
		case last:
			return wordsUpTo(it, 31) <= 30
		case wordsUpTo(it, 6) > 5 || !home && wordsUpTo(it, 5) > 4 || endsSentence(it):
			return false
		case !home && !startsUpperWord(it) && !(it[0] >= '0' && it[0] <= '9'):
			return false
		}
	}
	return true
}
