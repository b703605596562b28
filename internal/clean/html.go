package clean

import (
	"fmt"
	nurl "net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/sitrep-dev/sitrep/internal/input"
)

// page is what HTML extraction finds.
type page struct {
	title     string
	text      string // paragraphs separated by newlines
	published string // YYYY-MM-DD or ""
}

// maxHTMLElems bounds the work readability does on one page; bigger pages fall back to the
// visible text of the body.
const maxHTMLElems = 200000

// fromHTML extracts the main text, title and publication date of a page with readability,
// falling back to the visible text of the body when readability finds nothing (or fails).
func fromHTML(src, pageURL string) (p page, err error) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// The parser refuses some pathological pages (nesting deeper than 512 elements); the
		// tokenizer still reads them.
		p.text = tokenText(src)
		if strings.TrimSpace(p.text) == "" {
			return p, fmt.Errorf("parsing HTML: %w", err)
		}
		return p, nil
	}
	meta := scanMeta(doc)
	p.title, p.published = meta.title, meta.published

	u, _ := nurl.Parse(pageURL)
	if u == nil || u.Scheme == "" {
		u = &nurl.URL{Scheme: "https", Host: "example.invalid", Path: "/"}
	}
	art, ok := runReadability(doc, u)
	if ok {
		if t := strings.TrimSpace(art.Title()); t != "" {
			p.title = t
		}
		if p.published == "" {
			if t, err := art.PublishedTime(); err == nil && t.Year() >= 1900 && t.Year() <= 2100 {
				p.published = t.Format("2006-01-02")
			}
		}
		if art.Node != nil {
			p.text = render.InnerText(art.Node)
		}
	}
	// readability keeps the article body; the lead photo's caption often sits outside it.
	if c := meta.caption; wordsUpTo(c, 4) >= 4 && len(strings.Fields(p.text)) >= 5 && !strings.Contains(p.text, c) {
		p.text = c + "\n\n" + p.text
	}
	if len(strings.Fields(p.text)) < 5 {
		// readability mutated doc: parse again for the fallback.
		if doc2, err := html.Parse(strings.NewReader(src)); err == nil {
			if vt := visibleText(doc2); len(vt) > len(strings.TrimSpace(p.text)) {
				p.text = vt
			}
		}
	}
	return p, nil
}

// runReadability runs readability, turning a panic deep inside it into a plain failure.
func runReadability(doc *html.Node, u *nurl.URL) (art readability.Article, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	ps := readability.NewParser()
	ps.MaxElemsToParse = maxHTMLElems
	art, err := ps.ParseAndMutate(doc, u)
	return art, err == nil
}

type metaInfo struct {
	title     string
	published string
	caption   string // the text of the first <figcaption> inside an <article>
}

// publishedMeta are <meta> names and properties that carry the publication date, best first.
var publishedMeta = []string{
	"article:published_time", "og:article:published_time", "datepublished", "article.published",
	"published_time", "publishdate", "publish-date", "pubdate", "parsely-pub-date",
	"sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "date", "og:published_time",
}

// scanMeta reads the title and publication date from <meta>, <title> and <time> elements.
func scanMeta(doc *html.Node) metaInfo {
	var mi metaInfo
	found := map[string]string{}
	var titleTag, ogTitle, timeTag string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				var name, content string
				for _, a := range n.Attr {
					switch strings.ToLower(a.Key) {
					case "property", "name", "itemprop":
						if name == "" {
							name = strings.ToLower(strings.TrimSpace(a.Val))
						}
					case "content":
						content = a.Val
					}
				}
				if name == "og:title" || name == "twitter:title" {
					if ogTitle == "" {
						ogTitle = content
					}
				} else if _, dup := found[name]; !dup && name != "" {
					found[name] = content
				}
			case atom.Title:
				if titleTag == "" && n.FirstChild != nil {
					titleTag = n.FirstChild.Data
				}
			case atom.Time:
				if timeTag == "" {
					for _, a := range n.Attr {
						if a.Key == "datetime" {
							timeTag = a.Val
						}
					}
				}
			case atom.Figcaption:
				if mi.caption == "" && insideArticle(n) {
					mi.caption = oneLine(nodeText(n))
				}
			case atom.Script, atom.Style:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	for _, name := range publishedMeta {
		if v, ok := found[name]; ok {
			if d, ok := input.NormalizeDate(v); ok {
				mi.published = d
				break
			}
		}
	}
	if mi.published == "" && timeTag != "" {
		if d, ok := input.NormalizeDate(timeTag); ok {
			mi.published = d
		}
	}
	mi.title = oneLine(ogTitle)
	if mi.title == "" {
		mi.title = oneLine(titleTag)
	}
	return mi
}

// skipTags hold no article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Head: true,
	atom.Nav: true, atom.Footer: true, atom.Header: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Canvas: true,
}

// blockTags end a line of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Tr: true, atom.Table: true,
	atom.Blockquote: true, atom.Pre: true, atom.Section: true, atom.Article: true,
	atom.Figcaption: true, atom.Figure: true, atom.Ul: true, atom.Ol: true, atom.Dd: true,
	atom.Dt: true, atom.Hr: true, atom.Main: true, atom.Body: true, atom.Caption: true,
}

// visibleText is the text of the page a reader sees, minus navigation, headers, footers,
// asides, forms and scripts, with a newline after every block element.
func visibleText(doc *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipTags[n.DataAtom] || hidden(n) {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	walk(doc, 0)
	// Inside a block, source newlines are just spaces.
	text := strings.ReplaceAll(b.String(), "\n\n", "\x00")
	text = strings.ReplaceAll(text, "\n", " ")
	return strings.ReplaceAll(text, "\x00", "\n\n")
}

// tokenText is the visible text of a page read with the tokenizer alone (no tree): text
// outside skipped elements, with a paragraph break at every block element.
func tokenText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipTags[a] {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			} else if blockTags[a] {
				b.WriteString("\n\n")
			}
		}
	}
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			return a.Val == "true"
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
		}
	}
	return false
}

// insideArticle reports whether n has an <article> ancestor.
func insideArticle(n *html.Node) bool {
	for a, depth := n.Parent, 0; a != nil && depth < 64; a, depth = a.Parent, depth+1 {
		if a.Type == html.ElementNode && a.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// nodeText is the text inside n (scripts and styles left out).
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 64 || b.Len() > 2000 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}
