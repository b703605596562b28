package clean

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/input"
)

// TestWidgetLines checks the furniture of players, paywalls, consent walls, social posts,
// promotions and press releases line by line, beside article lines of the same shapes that
// must stay.
func TestWidgetLines(t *testing.T) {
	for _, tc := range []struct {
		line string
		junk bool
	}{
		// players, galleries, key-point boxes, header labels
		{"Listen to Story", true}, {"Audio", true}, {"Unmute", true}, {"View all", true}, {"In Short", true},
		{"Published On:", true}, {"Time to 2 min.", true}, {"Reading time 4 minutes", true},
		{"Copy/paste the article video embed link below:", true}, {"Go to accessibility shortcuts", true},
		{"Tuesday | 4 mins", false}, {"Wait 5 min.", false},
		// consent walls and paywalls
		{"Le Monde uses cookies", true}, {"Subscribe and continue without cookies", true},
		{"You can change your preferences at any time by returning to this site or visiting our privacy policy.", true},
		{"Continue reading this article with a Telegraph subscription", true}, {"Already a subscriber? Log in", true},
		{"Read more Subscribers only", true},
		{"By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.", true},
		{"Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, share up to 5 gadgets.", true},
		{"Thanks for reading Port-au-Prince Dispatch! This post is public so feel free to share it.", true},
		{"Type your email...", true}, {"Support UP or become our patron!", true},
		{"The company changed its privacy policy last year after regulators fined it.", false},
		// social posts and comment threads
		{"👍 1.2K 😢 3.4K 🙏 842", true}, {"👁 31.6K", true}, {"48 Likes", true}, {"6 Restacks", true},
		{"edited 09:12", true}, {"pic.twitter.com/Hx7dQ2kLrP", true},
		{"— Israel Defense Forces (@IDF) November 21, 2026", true},
		{"By Jacqueline Charles-Pierre · Launched 2 years ago", true}, {"Imran | 9 hours ago | Reply", true},
		{"10:42", false}, {"2-1", false}, {"U.S./Canada", false}, {"24/7", false},
		{"The war began 2 years ago.", false},
		// promotions, notices, addresses
		{"Stay up to date with the latest news. Follow KT on WhatsApp Channels.", true},
		{"Stay updated with the latest news and exclusives on India Today's WhatsApp channel.", true},
		{"Like Pakistan on Facebook, follow @TribunePakistan on Twitter to stay informed and join in the conversation.", true},
		{"Track Latest News Live on NDTV.com and get news updates from India and around the world", true},
		{"For feedback, complaints, or inquiries, contact us.", true},
		{"KT file photo used for illustrative purposes", true},
		{"Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.", true},
		{"Ministry of Interior and National Administration, Harambee House, Harambee Avenue, P.O. Box 30510-00100, Nairobi", true},
		{"PRESS STATEMENT", true}, {"FOR IMMEDIATE RELEASE", true}, {"-ENDS-", true},
		{"The channel said the army had shelled the town, citing the latest news from residents.", false},
		{"Police said the suspects used a WhatsApp channel to recruit fighters.", false},
		// a caption that opens with its credit stays; a copyright line goes
		{"© UNICEF/Ramadan Abdallah Children collect water from a tap stand in Adré, eastern Chad.", false},
		{"© 2026 Garowe Online", true}, {"© Telegraph Media Group Limited 2026", true},
	} {
		if got := isArtefact(tc.line, key(tc.line)); got != tc.junk {
			t.Errorf("isArtefact(%q) = %v", tc.line, got)
		}
	}
}

// TestHeaderShapes checks header lines: dates in other languages and calendars, byline
// fragments, captions with an agency credit, section labels that look like names.
func TestHeaderShapes(t *testing.T) {
	for in, want := range map[string]string{
		"15 de noviembre de 2026, 18:42 p.m. EST": "2026-11-15", "12 mars 2026": "2026-03-12",
		"3. März 2026": "2026-03-03", "Selasa, 12 Maret 2026": "2026-03-12", "10 November 2026 • 6:42pm": "2026-11-10",
		"Mangsir 4, 2083": "",
	} {
		d, _, _, _ := findDate(in)
		if d != want {
			t.Errorf("findDate(%q) = %q, want %q", in, d, want)
		}
	}
	for _, tc := range []struct {
		line string
		junk bool
	}{
		{"Mangsir 4, 2083", true}, {"Friday, 3 Jumada al-Akhirah 1448 AH", true}, {"Raipur,", true},
		{"In News", true}, {"Map of Zamfara State", false}, {"Chiamaka Eze", false}, {"Al Amin", false},
		{"Round 2 of talks set for 2026", false},
	} {
		if got := headerJunk(para{text: tc.line, key: key(tc.line)}, true); got != tc.junk {
			t.Errorf("headerJunk(%q) = %v", tc.line, got)
		}
	}
	for _, s := range []string{
		"Soldiers guard the entrance of the prison after the riot, in Los Ríos province, Ecuador, on November 15, 2026. EFE/José Jácome",
		"Map of Zamfara State"} {
		if !captionLike(s) {
			t.Errorf("not captionLike(%q)", s)
		}
	}
	if !bylineLike("Por Redacción EFE", key("Por Redacción EFE")) || !creditLine("Additional sources • AP") {
		t.Error("foreign byline or credit line not read")
	}
	for _, s := range []string{"Mr Tanaka contributed from Osaka.", "Associated Press writer Daniel Politi contributed from Buenos Aires, Argentina."} {
		if !contributorLine(s, key(s)) {
			t.Errorf("not contributorLine(%q)", s)
		}
	}
}

// TestPageEnds: below the last paragraph a tag list in lower case goes; a last paragraph
// that lost its period stays.
func TestPageEnds(t *testing.T) {
	body := "Floods Kill Seven in Northern Oman\n\n" +
		"Seven people died after heavy rains triggered flash floods across the north of the country, officials said on Sunday.\n\n" +
		"Most of the deaths occurred when vehicles were swept away in flooded wadis, the emergency committee said.\n\n" +
		"Schools in the north will switch to remote learning on Monday and Tuesday, the ministry announced.\n\n"
	for _, tc := range []struct {
		tail, keep, drop string
	}{
		{"Oman\nOman weather\nfloods\nrain\nWeb Desk\nThe Web Desk is the digital news team of Khaleej Times.\n", "", "floods"},
		{"Nobody was injured\n", "Nobody was injured", ""},
		{"Disclaimer\nComments expressed here do not reflect the opinions of the newspaper or any employee thereof.\n", "", "Comments expressed"},
	} {
		docs, err := Split(input.Item{Name: "end.txt", Text: body + tc.tail})
		if err != nil || len(docs) != 1 {
			t.Fatalf("Split: %d docs, %v", len(docs), err)
		}
		text := docs[0].Text
		if tc.keep != "" && !strings.Contains(text, tc.keep) {
			t.Errorf("lost %q:\n%s", tc.keep, text)
		}
		if tc.drop != "" && strings.Contains("\n"+text, "\n"+tc.drop) {
			t.Errorf("kept %q:\n%s", tc.drop, text)
		}
		if strings.Contains(text, "Web Desk") || strings.Contains(text, "Oman weather") {
			t.Errorf("kept the tag list or desk note:\n%s", text)
		}
	}
}

// TestVariants scores the variant pages (testdata/variants, see its README): each must come
// out exactly right.
func TestVariants(t *testing.T) {
	files, _ := filepath.Glob("testdata/variants/*.page")
	if len(files) == 0 {
		t.Fatal("no variant pages")
	}
	for _, f := range files {
		lp, err := parsePage(f)
		if err != nil {
			t.Fatal(err)
		}
		s, err := scoreLayout(lp)
		if err != nil {
			t.Errorf("%s: %v", lp.name, err)
			continue
		}
		if !s.docsRight || s.keptWrong+s.droppedWrong > 0 || s.titlesRight < s.titles || s.publishedRight < s.published {
			t.Errorf("%s: docs right %v, kept %q, dropped %q, titles %v, published %v", lp.name, s.docsRight,
				s.keptLines, s.droppedLines, s.wrongTitles, s.wrongPublDocs)
		}
	}
}
