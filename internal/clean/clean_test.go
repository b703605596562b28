package clean

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenDoc is the part of a Document that cleaning decides.
type goldenDoc struct {
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Language  string   `json:"language"`
	InputID   string   `json:"input_id,omitempty"`
	URL       string   `json:"url,omitempty"`
	Source    string   `json:"source,omitempty"`
	Text      []string `json:"text"` // paragraphs
}

func splitFile(t testing.TB, path string) []model.Document {
	t.Helper()
	items, errs, err := input.ReadFile(path, "auto", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Logf("note: %v", e)
	}
	var docs []model.Document
	for _, it := range items {
		ds, err := Split(it)
		if err != nil {
			t.Fatalf("%s: %v", it.Name, err)
		}
		docs = append(docs, ds...)
	}
	return docs
}

// TestGolden runs every testdata input through input.ReadFile and Split and compares the
// result with testdata/NAME.golden.json (go test -update rewrites them).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*")
	n := 0
	for _, f := range files {
		if st, err := os.Stat(f); strings.HasSuffix(f, ".golden.json") || err != nil || st.IsDir() {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			docs := splitFile(t, f)
			got := make([]goldenDoc, len(docs))
			for i, d := range docs {
				got[i] = goldenDoc{d.Title, d.Published, d.Language, d.InputID, d.URL, d.Source, strings.Split(d.Text, "\n")}
			}
			out, _ := json.MarshalIndent(got, "", "  ")
			out = append(out, '\n')
			gf := strings.TrimSuffix(f, filepath.Ext(f)) + ".golden.json"
			if *update {
				if err := os.WriteFile(gf, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("%s differs from %s:\n%s", f, gf, out)
			}
		})
	}
	if n < 8 {
		t.Fatalf("only %d testdata inputs", n)
	}
}

// TestRules checks individual cleaning rules that the golden files exercise, so that a
// regenerated golden file cannot silently accept a regression.
func TestRules(t *testing.T) {
	tests := []struct {
		file       string
		docs       int
		titles     []string
		published  []string
		lang       []string
		mustNot    []string // substrings that no document text may contain
		once       []string // substrings that must occur exactly once in the texts
		firstParas []string // each document's first paragraph starts with this
	}{
		{file: "wire.txt", docs: 1, titles: []string{"Floods Cut Rail Links Across Northern Province"},
			published: []string{"2025-03-03"}, lang: []string{"en"},
			firstParas: []string{"RIVERTON, March 3, 2025 (Reuters)"}, mustNot: []string{"By Marta Kowalczyk"},
			once: []string{"RIVERTON, March 3, 2025 (Reuters) - Heavy rain flooded rail lines across the northern province on Monday"}},
		{file: "nav.txt", docs: 1, titles: []string{"Harbour Workers Strike Over Pay in Port City"},
			published: []string{"2024-05-12"},
			mustNot: []string{"Advertisement", "Share", "Tweet", "Home | World", "Read more", "cookies", "Accept all",
				"Most Read", "Click here", "All rights reserved", "Skip to", "Published:", "Updated:"},
			firstParas: []string{"Dock workers in the port city walked off"}},
		{file: "glued.txt", docs: 2,
			titles:     []string{"City Council Approves New Budget After Long Debate", "Storm Damages Dozens of Homes in Coastal Villages"},
			mustNot:    []string{"Photo: Lee Park/AP"},
			once:       []string{"Council members vote in the main chamber on Tuesday. (Photo by Ana Ruiz / City Press)"},
			firstParas: []string{"Council members vote", "A storm with winds"}},
		{file: "caption.txt", docs: 1, titles: []string{"Farmers Protest New Water Rules Outside Ministry"},
			once: []string{"Farmers drive tractors towards the ministry building on Friday.",
				"The ministry said the limits were needed"},
			mustNot: []string{"\nX\n"}},
		{file: "sitename.txt", docs: 1, titles: []string{"Ferry Operator Cancels Winter Timetable"},
			mustNot: []string{"Example Gazette", "Local News", "Ferry Operator"}},
		{file: "nohead.txt", docs: 1, titles: []string{""}, lang: []string{"en"}},
		{file: "french.txt", docs: 1, titles: []string{""}, lang: []string{"fr"}},
		{file: "sentcase.txt", docs: 2,
			titles: []string{"Bridge reopens after six months of repairs", "Library extends opening hours for exam season"}},
		{file: "crlf.txt", docs: 1, titles: []string{"Wind farm plans approved"}, mustNot: []string{"\r", "\u200b", "  "}},
		{file: "page.html", docs: 1, titles: []string{"Mountain Road Closed After Landslide"},
			published: []string{"2024-09-18"},
			mustNot:   []string{"Advertisement", "Share on", "Related stories", "Privacy", "Home", "dataLayer", "font-family"},
			once:      []string{"A landslide closed the only road", "Rocks cover the road near the pass"}},
		{file: "broken.html", docs: 1, once: []string{"Firefighters put out a small fire"}},
		// Pages without blank lines, one with blank lines, and one article with subheads.
		{file: "noblank.txt", docs: 1, titles: []string{"Farmers Block Motorway Near Capital Over Diesel Tax Rise"},
			mustNot: []string{"Home", "News", "Regions", "Weather", "Gift this article", "Save for later", "Bluesky",
				"Image 2 of 6", "KP", "Sponsored", "Court Fines Bank", "Heatwave", "Striking Nurses", "Careers", "Corrections", "Archive", "Newsroom Ethics"},
			once:       []string{"Tractors parked across the northbound lanes", "LYON, France (Reuters) — Hundreds of farmers"},
			firstParas: []string{"Tractors parked"}},
		{file: "noblank-two.txt", docs: 2,
			titles: []string{"Port Workers End Strike After Wage Deal With Operators", "Flooding Forces Evacuation of Riverside Villages"},
			mustNot: []string{"Latest", "Politics", "Economy", "Listen", "Bluesky", "Gift this article", "Also on the site",
				"Example Daily", "Port Workers End", "Flooding Forces"},
			once: []string{"Dock cranes stand idle", "Emergency services moved hundreds of residents to shelters overnight.",
				"Forecasters expect the rain to ease by the weekend."},
			firstParas: []string{"Dock cranes stand idle", "Emergency services moved hundreds"}},
		{file: "blanks.txt", docs: 2,
			titles:     []string{"Ministers Agree New Rules on Fishing Quotas", "Court Orders Release of Detained Journalist"},
			mustNot:    []string{"Skip to", "Gift this article", "Bluesky", "Terms of use", "Privacy policy", "Court Orders"},
			once:       []string{"Trawlers moored in the harbour", "Fisheries ministers from five coastal states"},
			firstParas: []string{"Trawlers moored", "A court ordered the release"}},
		{file: "subheads.txt", docs: 1, titles: []string{"Government Unveils Plan to Rebuild Flood-Hit Towns"},
			once: []string{"The plan covers 14 towns", "\nWhere the Money Goes\n", "\nCritics Say Plan Comes Too Late\n",
				"\nWhat Happens Next\n", "Parliament is due to vote"},
			firstParas: []string{"The plan covers 14 towns"}},
		{file: "items.jsonl", docs: 3,
			titles:     []string{"Dam Inspection Finds Cracks", "Ferry Service Resumes", ""},
			published:  []string{"2024-02-05", "2024-02-06", ""},
			once:       []string{"Second Headline That Must Not Split"},
			firstParas: []string{"Inspectors found cracks", "The island ferry service resumed", "Short text without title."}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			docs := splitFile(t, filepath.Join("testdata", tc.file))
			if len(docs) != tc.docs {
				t.Fatalf("%d documents, want %d", len(docs), tc.docs)
			}
			all := ""
			for i, d := range docs {
				all += "\n" + d.Text + "\n"
				if i < len(tc.titles) && d.Title != tc.titles[i] {
					t.Errorf("doc %d title %q, want %q", i, d.Title, tc.titles[i])
				}
				if i < len(tc.published) && d.Published != tc.published[i] {
					t.Errorf("doc %d published %q, want %q", i, d.Published, tc.published[i])
				}
				if i < len(tc.lang) && d.Language != tc.lang[i] {
					t.Errorf("doc %d language %q, want %q", i, d.Language, tc.lang[i])
				}
				if i < len(tc.firstParas) && !strings.HasPrefix(d.Text, tc.firstParas[i]) {
					t.Errorf("doc %d starts %q, want %q", i, firstLine(d.Text), tc.firstParas[i])
				}
				if d.Title != "" && strings.HasPrefix(d.Text, d.Title) {
					t.Errorf("doc %d repeats its title at the top of the text", i)
				}
			}
			for _, s := range tc.mustNot {
				if strings.Contains(all, s) {
					t.Errorf("text contains %q", s)
				}
			}
			for _, s := range tc.once {
				if c := strings.Count(all, s); c != 1 {
					t.Errorf("%q occurs %d times, want once", s, c)
				}
			}
		})
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// sharedDir is ../shared relative to the repository root.
func sharedDir(t testing.TB) string {
	d := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(d); err != nil {
		t.Skip("../shared not present")
	}
	return d
}

// TestSample checks the real scraped page of ../shared/samples against its gold file.
func TestSample(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "samples")
	checkGold(t, filepath.Join(dir, "asharq-two-articles.gold.json"), true)
}

// TestScrapedPage checks the repository's example page without blank lines (navigation, share
// widgets, a gallery counter, two articles) against the cleaning part of its gold file.
func TestScrapedPage(t *testing.T) {
	checkGold(t, filepath.Join("..", "..", "examples", "scraped-page.gold.json"), false)
}

// checkGold splits the input a gold file names and checks the number of documents, their
// titles and the gold's cleaning checks. noDate: the page states no publication date.
func checkGold(t *testing.T, goldPath string, noDate bool) {
	var gold struct {
		Input     string `json:"input"`
		Documents []struct {
			Title               string   `json:"title"`
			MustNotContainLines []string `json:"must_not_contain_lines"`
			CaptionOnce         string   `json:"caption_once"`
		} `json:"documents"`
	}
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		t.Skip(err)
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	docs := splitFile(t, filepath.Join(filepath.Dir(goldPath), gold.Input))
	if len(docs) != len(gold.Documents) {
		t.Fatalf("%d documents, want %d", len(docs), len(gold.Documents))
	}
	for i, g := range gold.Documents {
		d := docs[i]
		if d.Title != g.Title {
			t.Errorf("doc %d title %q, want %q", i, d.Title, g.Title)
		}
		if d.Language != "en" {
			t.Errorf("doc %d language %q", i, d.Language)
		}
		if noDate && d.Published != "" {
			t.Errorf("doc %d published %q: the page states no publication date", i, d.Published)
		}
		lines := strings.Split(d.Text, "\n")
		for _, bad := range g.MustNotContainLines {
			for _, l := range lines {
				if strings.TrimSpace(l) == bad {
					t.Errorf("doc %d keeps line %q", i, bad)
				}
			}
		}
		if c := strings.Count(d.Text, g.CaptionOnce); c != 1 {
			t.Errorf("doc %d: caption occurs %d times, want once", i, c)
		}
		if strings.Contains(d.Text, d.Title) {
			t.Errorf("doc %d: title repeated in text", i)
		}
		seen := map[string]bool{}
		for _, l := range lines {
			if seen[l] {
				t.Errorf("doc %d: line repeated: %.60q", i, l)
			}
			seen[l] = true
		}
	}
}

func FuzzSplit(f *testing.F) {
	files, _ := filepath.Glob("testdata/*")
	for _, p := range files {
		if strings.HasSuffix(p, ".golden.json") {
			continue
		}
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data), strings.HasSuffix(p, ".html"), false)
		}
	}
	pages, _ := filepath.Glob("testdata/layouts/*.page")
	variants, _ := filepath.Glob("testdata/variants/*.page")
	for _, p := range append(pages, variants...) {
		if lp, err := parsePage(p); err == nil {
			f.Add(lp.item.Text, false, false)
		}
	}
	f.Add("A\n\n\nB Is a Headline\n\nx", false, false)
	f.Add("Title Here\n\nTitle Here\n\nTitle Here", false, true)
	f.Add("<p>x</p><div", true, false)
	f.Add("Home »\n\nA Headline Of Words\n\nBody text goes on here for a while, said the man.\n\nMore on this story\n\nShare\n\nX y z\n\nAB // CD", false, false)
	f.Add("\xff\xfe\x00bad\u200b\n\n\n\nPublished: 31 June 2024", false, false)
	f.Fuzz(func(t *testing.T, s string, isHTML, single bool) {
		it := input.Item{Name: "fuzz", Text: s, Single: single}
		if isHTML {
			it = input.Item{Name: "fuzz", HTML: s}
		}
		docs, err := Split(it)
		if err != nil {
			if len(docs) != 0 {
				t.Fatal("documents with an error")
			}
			return
		}
		if len(docs) == 0 {
			t.Fatal("no documents and no error")
		}
		if single && len(docs) != 1 {
			t.Fatalf("single item gave %d documents", len(docs))
		}
		for _, d := range docs {
			if d.Text == "" {
				t.Fatal("empty text")
			}
			if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
				t.Fatal("invalid UTF-8 in output")
			}
			if strings.Contains(d.Text, "\r") || strings.Contains(d.Text, "\n\n") || strings.Contains(d.Title, "\n") {
				t.Fatalf("unnormalised output %q", d.Text)
			}
			if d.Language == "" {
				t.Fatal("no language")
			}
			if d.Published != "" && len(d.Published) != 10 {
				t.Fatalf("published %q", d.Published)
			}
		}
	})
}

func benchInput(b *testing.B) string {
	var sb strings.Builder
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		data, _ := os.ReadFile(p)
		sb.Write(data)
		sb.WriteString("\n\n\n")
	}
	if data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "samples", "asharq-two-articles.txt")); err == nil {
		sb.Write(data)
	}
	return sb.String()
}

func BenchmarkSplit(b *testing.B) {
	text := benchInput(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Split(input.Item{Text: text}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSplitHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Split(input.Item{HTML: string(data)}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLineRules(t *testing.T) {
	for _, tc := range []struct {
		line    string
		counter bool
	}{
		{"1 of 4", true}, {"Image 2 of 10", true}, {"3/12", true}, {"3 / 12", true},
		{"Photo 12 of 12", true}, {"5 of 4", false}, {"1-3", false}, {"2 of the 4", false},
		{"One of four", false}, {"2024/25", false}, {"0 of 4", false},
	} {
		if got := galleryCounter(tc.line, key(tc.line)); got != tc.counter {
			t.Errorf("galleryCounter(%q) = %v", tc.line, got)
		}
	}
	for _, tc := range []struct {
		line string
		nav  bool
	}{
		{"World", true}, {"Sign in", true}, {"Middle East", true}, {"Arts & Culture", false},
		{"Police said", false}, {"Top 10", false}, {"He left.", false}, {"Four Words Are Here", false},
	} {
		if got := navItem(para{text: tc.line, key: key(tc.line)}); got != tc.nav {
			t.Errorf("navItem(%q) = %v", tc.line, got)
		}
	}
	for _, tc := range []struct {
		line string
		junk bool
	}{
		{"Listen to this article | 4 mins", true}, {"Listen to this article 4 mins", true},
		{"Watch · 2:31", true}, {"Share | 12 comments", true}, {"Video | 3 min read", true},
		{"Comments · 12", true},
		{"Listen | 4 killed in Kano blast", false}, {"Gunmen kill 4 | Reuters exclusive", false},
		{"12 killed in market attack", false}, {"Watch 2 | Season finale", false},
		{"Tuesday | 4 mins", false},
		// Furniture phrases, labelled lists, relative stamps.
		{"Click to share on Facebook (Opens in new window)", true}, {"Your browser does not support the video tag.", true},
		{"Our Standards: The Thomson Reuters Trust Principles.", true}, {"Purchase Licensing Rights, opens new tab", true},
		{"Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.", true},
		{"Image source, Getty Images", true}, {"Media caption, Residents describe the attack", true},
		{"Play video, \"Drone footage shows damage\", duration 2,31", true}, {"Follow @Reuters on X", true},
		{"Tags: Sudan, RSF", true}, {"Filed under: World", true}, {"Reading time: 3 min", true},
		{"Last updated: 3 hours ago", true}, {"2 hours ago", true}, {"Published 3 hours ago", true},
		{"This article is more than 2 years old", true}, {"Save for later", true},
		{"The article is more than a warning, the minister said.", false},
		{"Witnesses said the fighting began 2 hours ago.", false}, {"2 DAYS AGO.", false},
		{"Topics on the agenda include prisoner releases and the border.", false},
		{"The video shows gunmen firing on a bus; its source could not be verified.", false},
		{"Section 4: the ceasefire terms, published by the mediators, run to two pages.", false},
	} {
		if got := isArtefact(tc.line, key(tc.line)); got != tc.junk {
			t.Errorf("isArtefact(%q) = %v", tc.line, got)
		}
	}
	// Repeated short lines go; a short headline echoed at the top stays.
	ps := paragraphs("Gaza Talks Stall\nGaza Talks Stall\nGift this article\n" +
		"Negotiators left the talks on Monday without an agreement, officials said.\n" +
		"Gift this article\nBy Ann Lee\nBy Ann Lee\nQ:\nQ:")
	ps = dropRepeatedShort(collapseRepeats(ps))
	var got []string
	for _, p := range ps {
		got = append(got, p.text)
	}
	want := "Gaza Talks Stall|Negotiators left the talks on Monday without an agreement, officials said.|By Ann Lee|Q:"
	if strings.Join(got, "|") != want {
		t.Errorf("dropRepeatedShort: %q", strings.Join(got, "|"))
	}
}

func TestCreditAndTimeLines(t *testing.T) {
	for _, tc := range []struct {
		line     string
		headline bool
	}{
		{"Associated Press", false},
		{"The Associated Press", false},
		{"AFP", false},
		{"Staff and agencies", false},
		{"Jane Doe, Reuters", false},
		{"By Omar Haddad and Lina Saleh | Al Jazeera", false},
		{"Reporting by Tom Ode; Editing by Ann Lee", false},
		{"October 28, 2026 | 12:00am", false},
		{"Tuesday 3 March 2026, 9:45pm GMT", false},
		{"Updated 14:05h, 4 May 2025", false},
		{"Published May 14, 2026 | Updated May 14, 2026 at 16:20", false},
		{"Published On 20 Oct 2026 | Updated 20 Oct 2026 14:36 GMT", false},
		{"WRITER: Nattapong Somsri", false},
		{"Story by Ana Ruiz", false},
		{"Writer Detained After Novel Criticises Army", true},
		{"May Day Marchers Fill Streets of Capital", true},
		{"Press Freedom Group Condemns Arrest of Reporters", true},
		{"Reuters Journalist Detained in Minsk", true},
		{"Associated Press Photographer Wounded in Shelling", true},
		{"Rebels Seize Town After Three Days of Fighting", true},
	} {
		if got := headlineShape(tc.line); got != tc.headline {
			t.Errorf("headlineShape(%q) = %v, want %v", tc.line, got, tc.headline)
		}
	}
	// A credit line before the headline is not taken for it.
	docs, err := Split(input.Item{Name: "credit", Text: "Associated Press\n\nRebels Seize Town After Three Days of Fighting\n\n" +
		"October 28, 2026 | 12:00am\n\nRebels seized the town of Kalehe on Monday after three days of fighting with the army, residents said. " +
		"The army said it had withdrawn to protect civilians.\n"})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Split: %d docs, %v", len(docs), err)
	}
	if docs[0].Title != "Rebels Seize Town After Three Days of Fighting" {
		t.Errorf("title %q", docs[0].Title)
	}
	if docs[0].Published != "2026-10-28" {
		t.Errorf("published %q, want 2026-10-28 from the date line", docs[0].Published)
	}
	if strings.Contains(docs[0].Text, "12:00am") || strings.Contains(docs[0].Text, "Associated Press") {
		t.Errorf("credit or date line left in the text: %q", docs[0].Text)
	}
}

func TestTrailer(t *testing.T) {
	for _, tc := range []struct {
		line    string
		trailer bool
	}{
		{"jla/dga/mlr", true},
		{"bur-sst/jd", true},
		{"EFE mdc/jgb/enb", true},
		{"AFP bur-sst/jd", true},
		{"UN and/or", false},
		{"Police fired tear gas/rubber bullets", false},
		{"___", true},
		{"(Reporting by Ahmed Kingimi in Maiduguri; Editing by Alex Richardson)", true},
		{"Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine", true},
		{"Read more at www.example.com/news", true},
		{"and/or", false},
		{"24/7", false},
		{"The army said it would publish the report at https://army.example/report next week.", false},
		{"Police said the suspects had fled.", false},
	} {
		if got := trailerLine(tc.line); got != tc.trailer {
			t.Errorf("trailerLine(%q) = %v, want %v", tc.line, got, tc.trailer)
		}
	}
	docs, err := Split(input.Item{Name: "trailer", Text: "Rebels Seize Town After Fighting\n\n" +
		"Rebels seized the town on Monday after three days of fighting, residents said.\n\n" +
		"The army said it had withdrawn to protect civilians.\n\n___\n\nFollow our coverage at https://example.com/hub\n\njla/dga\n"})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Split: %d docs, %v", len(docs), err)
	}
	if want := "Rebels seized the town on Monday after three days of fighting, residents said.\nThe army said it had withdrawn to protect civilians."; docs[0].Text != want {
		t.Errorf("text %q", docs[0].Text)
	}
}

// TestPageFurniture: a page written for this test with a link list that declares its length,
// a foreign-language "read also" link and a topic link and editor credit under the story.
func TestPageFurniture(t *testing.T) {
	page := "Rebels Seize Border Town After Two Days of Fighting\n\n" +
		"Rebels seized the border town of Kamanyola on Sunday after two days of fighting with the army, residents said.\n\n" +
		"The army said it had withdrawn to avoid civilian casualties and would retake the town.\n\n" +
		"keep reading\nlist of 3 items\nWho are the rebels fighting in the east?\nAid groups say the fighting has displaced 200,000 people since January\nAnalysis: why the peace talks keep failing\nend of list\n\n" +
		"Residents said shops stayed closed on Monday as fighters patrolled the main road.\n\n" +
		"Lee también: El ejército anuncia una ofensiva en el este del país\n\n" +
		"A spokesman for the rebels said the group would hold the town until talks resumed.\n\n" +
		"EFE mdc/jgb\n\nEdited by Marta Kowalczyk\n\nCongo war latest\n"
	docs, err := Split(input.Item{Name: "page.txt", Text: page})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Split: %d docs, %v", len(docs), err)
	}
	text := docs[0].Text
	page2 := "Gunmen Kill Four Passengers on Highway Near Kalat\n\nAmina Khan Baloch | Imran Ali Shah\n\n" +
		"Follow The Frontier Post on WhatsApp for the latest news\n\n" +
		"Gunmen stopped a bus on the highway near Kalat late on Tuesday and shot dead four passengers, officials said.\n\n" +
		"No group claimed the attack, which police blamed on separatists.\n\n" +
		"Follow the money, the minister told lawmakers investigating the contracts on Wednesday.\n\n" +
		"Associated Press writer Jorge Ruiz reported from Quetta.\n\nComments are closed on this story.\n"
	docs2, err := Split(input.Item{Name: "page2.txt", Text: page2})
	if err != nil || len(docs2) != 1 {
		t.Fatalf("Split page2: %d docs, %v", len(docs2), err)
	}
	if docs2[0].Title != "Gunmen Kill Four Passengers on Highway Near Kalat" {
		t.Errorf("page2 title %q", docs2[0].Title)
	}
	text2 := docs2[0].Text
	for _, junk := range []string{"Amina Khan Baloch", "Follow The Frontier Post", "Associated Press writer", "Comments are closed"} {
		if strings.Contains(text2, junk) {
			t.Errorf("clean text keeps %q:\n%s", junk, text2)
		}
	}
	if !strings.Contains(text2, "Follow the money, the minister told") {
		t.Errorf("clean text lost a body sentence starting 'Follow':\n%s", text2)
	}
	for _, junk := range []string{"list of 3 items", "Aid groups say the fighting", "Analysis: why", "end of list",
		"Lee también", "EFE mdc", "Edited by", "Congo war latest"} {
		if strings.Contains(text, junk) {
			t.Errorf("clean text keeps %q:\n%s", junk, text)
		}
	}
	for _, body := range []string{"Residents said shops stayed closed", "A spokesman for the rebels said"} {
		if !strings.Contains(text, body) {
			t.Errorf("clean text lost %q:\n%s", body, text)
		}
	}
}

// TestShareRowIsNoHeadline: a page written for this test where a date stamp and a row of share
// buttons follow the lede; the page must stay one document with its body, and the promos,
// topic list and copyright notice must go.
func TestShareRowIsNoHeadline(t *testing.T) {
	page := "Floods Kill Twelve in Northern Province\n\n" +
		"Quito, Nov 3 (EFE).- Floods killed at least twelve people in the northern province on Monday, officials said.\n\n" +
		"03/11/2026 10:32 CET\n\nWhatsapp Facebook X Linkedin Email\n\n" +
		"Rivers burst their banks after three days of rain, cutting roads to several villages, the risk agency said.\n\n" +
		"ADVERTISING\n\nVisit The Andes Post's Google News channel for the latest news\n\n" +
		"Save articles to read later and create your own reading list.\n\n" +
		"Rescue teams reached two of the villages by boat on Tuesday, the agency said in a statement.\n\n" +
		"Related topic:\nFloods\nClimate\n\n" +
		"(c) EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A.\n"
	docs, err := Split(input.Item{Name: "share.txt", Text: page})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Split: %d docs, %v", len(docs), err)
	}
	text := docs[0].Text
	for _, body := range []string{"Rivers burst their banks", "Rescue teams reached"} {
		if !strings.Contains(text, body) {
			t.Errorf("clean text lost %q:\n%s", body, text)
		}
	}
	for _, junk := range []string{"Whatsapp", "ADVERTISING", "Google News", "Save articles", "Related topic", "Climate", "prohibida"} {
		if strings.Contains(text, junk) {
			t.Errorf("clean text keeps %q:\n%s", junk, text)
		}
	}
}
