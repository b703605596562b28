package segment

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files")

func sentTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"basic", "Rockets hit Haifa. Nobody was hurt! Why? Unclear.",
			[]string{"Rockets hit Haifa.", "Nobody was hurt!", "Why?", "Unclear."}},
		{"titles", "Lt. Gen. Herzi Halevi met Dr. Smith and Mrs. Jones. Sen. Rep. Gov. Pres. Rev. St. Louis Prof. Capt. Maj. Col. Sgt. Mr. Ms. Brown spoke.",
			[]string{"Lt. Gen. Herzi Halevi met Dr. Smith and Mrs. Jones.", "Sen. Rep. Gov. Pres. Rev. St. Louis Prof. Capt. Maj. Col. Sgt. Mr. Ms. Brown spoke."}},
		{"police ranks", "The camp is near Dekai, said Comr. Bayu Suseno, a spokesman. Insp. Const. Pte. Ali and Cmdt. Musa spoke.",
			[]string{"The camp is near Dekai, said Comr. Bayu Suseno, a spokesman.", "Insp. Const. Pte. Ali and Cmdt. Musa spoke."}},
		{"abbreviated place words", "Floods hit Sault Ste. Marie and Sta. Rosa. Crews reached Sto. Tomas and Pt. Pleasant late. They left Pt. The rain stopped.",
			[]string{"Floods hit Sault Ste. Marie and Sta. Rosa.", "Crews reached Sto. Tomas and Pt. Pleasant late.", "They left Pt.", "The rain stopped."}},
		{"months", "It began on Oct. 7 last year. Talks resume Sept. 12 and Jan. 3. Feb. 1 was quiet.",
			[]string{"It began on Oct. 7 last year.", "Talks resume Sept. 12 and Jan. 3.", "Feb. 1 was quiet."}},
		{"acronym before name", "The U.S. Army and U.N. envoy met. They left.",
			[]string{"The U.S. Army and U.N. envoy met.", "They left."}},
		{"acronym at end", "Aid came from the U.S. The talks failed.",
			[]string{"Aid came from the U.S.", "The talks failed."}},
		{"initials", "J. R. R. Tolkien and George W. Bush met.", []string{"J. R. R. Tolkien and George W. Bush met."}},
		{"number abbrev", "He was No. 3 in the group. No. They refused.",
			[]string{"He was No. 3 in the group.", "No.", "They refused."}},
		{"vs etc", "Israel vs. Hamas, tanks, drones, etc. and more. Guns etc. Then more.",
			[]string{"Israel vs. Hamas, tanks, drones, etc. and more.", "Guns etc.", "Then more."}},
		{"am pm", "It hit at 5 a.m. local time and at 6 p.m. on Friday. They fled at 9 p.m. The army followed. At 7 a.m. Monday it ended.",
			[]string{"It hit at 5 a.m. local time and at 6 p.m. on Friday.", "They fled at 9 p.m.", "The army followed.", "At 7 a.m. Monday it ended."}},
		{"dateline AP", "BEIRUT (AP) — Hezbollah fired rockets. Israel responded.",
			[]string{"BEIRUT (AP) — Hezbollah fired rockets.", "Israel responded."}},
		{"dateline Reuters", "GAZA CITY, Dec 4 (Reuters) - Strikes killed 12. More followed.",
			[]string{"GAZA CITY, Dec 4 (Reuters) - Strikes killed 12.", "More followed."}},
		{"dateline abbrev month", "WASHINGTON, Oct. 7 (Reuters) - Officials met. Nothing changed.",
			[]string{"WASHINGTON, Oct. 7 (Reuters) - Officials met.", "Nothing changed."}},
		{"dateline own line", "KYIV, Ukraine (AP) —\nRussia attacked. Ukraine responded.",
			[]string{"KYIV, Ukraine (AP) —\nRussia attacked.", "Ukraine responded."}},
		{"curly quotes", "“We will win.” He left. “Why?” she asked. “Go!” Then silence.",
			[]string{"“We will win.”", "He left.", "“Why?” she asked.", "“Go!”", "Then silence."}},
		{"straight quotes", `He said "we will win." Then he left. "Go," he said. "Stop." "Now!"`,
			[]string{`He said "we will win."`, "Then he left.", `"Go," he said.`, `"Stop."`, `"Now!"`}},
		{"paren after stop", "Strikes hit Gaza. (Reuters) Then more.", []string{"Strikes hit Gaza.", "(Reuters) Then more."}},
		{"closing paren", "It ended (finally.) Then more.", []string{"It ended (finally.)", "Then more."}},
		{"paragraphs", "Headline without stop\n\nFirst para. Second.\nThird line\n", []string{"Headline without stop", "First para.", "Second.", "Third line"}},
		{"single newline headline", "Rockets hit north\nBEIRUT (AP) — More.", []string{"Rockets hit north", "BEIRUT (AP) — More."}},
		{"hard wrap", "The army said the strike\nhit a depot. It did.", []string{"The army said the strike\nhit a depot.", "It did."}},
		{"lists", "Key points:\n- one thing\n* another\n• third\n1. First item\n2) Second item\nBy John Smith",
			[]string{"Key points:", "- one thing", "* another", "• third", "1. First item", "2) Second item", "By John Smith"}},
		{"digits start", "It fell. 2023 was worse. 3.5 million fled.", []string{"It fell.", "2023 was worse.", "3.5 million fled."}},
		{"lowercase after stop", "See e.g. the report. Figures i.e. tolls vary.", []string{"See e.g. the report.", "Figures i.e. tolls vary."}},
		{"ellipsis", "We waited... Then it came. And then… Nothing.", []string{"We waited...", "Then it came.", "And then…", "Nothing."}},
		{"decimal not end", "It rose 3.5 percent. Next.", []string{"It rose 3.5 percent.", "Next."}},
		{"inc weak", "Apple Inc. Chief Tim Cook spoke. He works at Acme Inc. The firm grew.",
			[]string{"Apple Inc. Chief Tim Cook spoke.", "He works at Acme Inc.", "The firm grew."}},
		{"url", "See https://example.com/a.b?x=1. Then go.", []string{"See https://example.com/a.b?x=1.", "Then go."}},
		{"whitespace", "  \n  Hello there.  \n\n  ", []string{"Hello there."}},
		{"non latin", "قتل ثلاثة. وجرح خمسة.", []string{"قتل ثلاثة.", "وجرح خمسة."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentTexts(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func tokTexts(text string) []string {
	var out []string
	for _, t := range Tokens(text) {
		out = append(out, t.Text)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"150,000 rockets and 3.5 million", []string{"150,000", "rockets", "and", "3.5", "million"}},
		{"1,200,000 and 12,34 and 1,2345", []string{"1,200,000", "and", "12", ",", "34", "and", "1", ",", "2345"}},
		{"Iran-backed cross-border 15-year-old 10-15", []string{"Iran-backed", "cross-border", "15-year-old", "10-15"}},
		{"Israel's army; Hezbollah’s fighters", []string{"Israel", "'s", "army", ";", "Hezbollah", "’s", "fighters"}},
		{"Asa'ib O'Brien don't Nasrallah’sa", []string{"Asa'ib", "O'Brien", "don't", "Nasrallah’sa"}},
		{"Israelis' homes 'quoted'", []string{"Israelis", "'", "homes", "'", "quoted", "'"}},
		{"(AP) — fired, hit; ok? yes!", []string{"(", "AP", ")", "—", "fired", ",", "hit", ";", "ok", "?", "yes", "!"}},
		{"see https://x.org/a_(b)?q=1, and www.bbc.co.uk.", []string{"see", "https://x.org/a_(b)?q=1", ",", "and", "www.bbc.co.uk", "."}},
		{"@IDF_Spokes and #Gaza2024 e@mail", []string{"@IDF_Spokes", "and", "#Gaza2024", "e", "@", "mail"}},
		{"U.S.-led U.N. a.m. p.m. e.g. J. Gen. No.", []string{"U.S.-led", "U.N.", "a.m.", "p.m.", "e.g.", "J.", "Gen.", "No."}},
		{"end. a...b --x", []string{"end", ".", "a", "...", "b", "--", "x"}},
		{"“quoted” «x»", []string{"“", "quoted", "”", "«", "x", "»"}},
		{"F-16 S-300 M16 21st", []string{"F-16", "S-300", "M16", "21st"}},
		{"Kyiv–Moscow café naïve", []string{"Kyiv", "–", "Moscow", "café", "naïve"}},
		{"$61 billion 5%", []string{"$", "61", "billion", "5", "%"}},
		{"10:30 26/06/2024 2024-06-26", []string{"10", ":", "30", "26", "/", "06", "/", "2024", "2024-06-26"}},
		{"soft\u00adhyphen zero\u200bwidth", []string{"soft", "hyphen", "zero", "width"}},
	}
	for _, tt := range tests {
		got := tokTexts(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

type goldenSent struct {
	Text   string   `json:"text"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Tokens []string `json:"tokens"`
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		var got []goldenSent
		for _, s := range Sentences(text) {
			g := goldenSent{Text: text[s.Start:s.End], Start: s.Start, End: s.End}
			for _, tk := range s.Tokens {
				g.Tokens = append(g.Tokens, tk.Text)
			}
			got = append(got, g)
		}
		out, _ := json.MarshalIndent(got, "", "  ")
		gf := strings.TrimSuffix(f, ".txt") + ".golden.json"
		if *update {
			if err := os.WriteFile(gf, append(out, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(gf)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(string(out)) {
			t.Errorf("%s: output differs from %s (run with -update and review the diff)", f, gf)
		}
	}
}

func checkInvariants(t *testing.T, text string) {
	sents := Sentences(text)
	prevEnd := 0
	prevTok := 0
	for _, s := range sents {
		if s.Start < prevEnd || s.End < s.Start || s.End > len(text) {
			t.Fatalf("bad sentence span %d-%d (prev end %d, len %d)", s.Start, s.End, prevEnd, len(text))
		}
		if len(s.Tokens) == 0 {
			t.Fatalf("empty sentence at %d", s.Start)
		}
		if s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
			t.Fatalf("sentence %d-%d not bounded by its tokens", s.Start, s.End)
		}
		for _, tk := range s.Tokens {
			if tk.Start < prevTok || tk.End <= tk.Start || tk.Start < s.Start || tk.End > s.End {
				t.Fatalf("bad token %d-%d in sentence %d-%d", tk.Start, tk.End, s.Start, s.End)
			}
			if text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token text mismatch at %d", tk.Start)
			}
			if utf8.ValidString(text) && !utf8.ValidString(tk.Text) {
				t.Fatalf("token splits a rune at %d", tk.Start)
			}
			prevTok = tk.End
		}
		prevEnd = s.End
	}
	// every non-space character is covered by a token
	covered := 0
	for _, s := range sents {
		for _, tk := range s.Tokens {
			covered += tk.End - tk.Start
		}
	}
	if covered > len(text) {
		t.Fatalf("tokens cover %d bytes of %d", covered, len(text))
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"", "a", ".", "U.S. The", "Dr. No. 3", "x'", "’s", "1,000,000.5", "https://", "www.a.b.",
		"BEIRUT (AP) — Hi. “Yes.” No.", "\xff\xfe", "a\u2028b", "-\n-\n1.\n", "@", "#x", "a-", "a--b",
		"J. R. R.", "5 p.m. Monday", "etc. The", "O'", "1,23", "1,234,", "e.g.", "a.b.c.d.e.",
	} {
		f.Add(s)
	}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text)
	})
}

func BenchmarkSentences(b *testing.B) {
	var sb strings.Builder
	files, _ := filepath.Glob("testdata/*.txt")
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}
