package timex

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/nlp/segment"
)

var update = flag.Bool("update", false, "rewrite golden files")

const testRef = "2024-07-04" // a Thursday

func find(text, ref string) []model.Timex { return Find(text, segment.Sentences(text), ref) }

type tx struct {
	Text, Value, Prec string
	Rel               bool
}

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		ref  string
		want []tx
	}{
		// absolute
		{"It happened on June 26, 2024.", testRef, []tx{{"June 26, 2024", "2024-06-26", Day, false}}},
		{"It happened on 26 June 2024.", testRef, []tx{{"26 June 2024", "2024-06-26", Day, false}}},
		{"Dated 26/06/2024 and 06/26/2024.", testRef, []tx{{"26/06/2024", "2024-06-26", Day, false}, {"06/26/2024", "2024-06-26", Day, false}}},
		{"Dated 03/04/2024.", testRef, []tx{{"03/04/2024", "2024-04-03", Day, false}}},
		{"Dated 2024-06-26.", testRef, []tx{{"2024-06-26", "2024-06-26", Day, false}}},
		{"On Thursday, June 27, 2024, it ended.", testRef, []tx{{"Thursday, June 27, 2024", "2024-06-27", Day, false}}},
		{"It began in July 2024.", testRef, []tx{{"July 2024", "2024-07", Month, false}}},
		{"It began in mid-2023.", testRef, []tx{{"mid-2023", "2023", Year, false}}},
		{"In 2006, war broke out; since 2011 and in 2019 too.", testRef, []tx{{"2006", "2006", Year, false}, {"2011", "2011", Year, false}, {"2019", "2019", Year, false}}},
		{"It has 150,000 rockets and 2,006 shells and 2006 people.", testRef, nil},
		{"the 1990s", testRef, nil},
		// year from ref
		{"The Oct. 7 attack", testRef, []tx{{"Oct. 7", "2023-10-07", Day, true}}},
		{"Since October 7 the border burned.", testRef, []tx{{"October 7", "2023-10-07", Day, true}}},
		{"On July 2 they met.", testRef, []tx{{"July 2", "2024-07-02", Day, true}}},
		{"Elections will be held on Jan. 5.", testRef, []tx{{"Jan. 5", "2025-01-05", Day, true}}},
		{"It happened in June.", testRef, []tx{{"June", "2024-06", Month, true}}},
		{"It happened in September.", testRef, []tx{{"September", "2023-09", Month, true}}},
		{"Oct. 7", "", []tx{{"Oct. 7", "", Day, true}}},
		{"They may come. March on!", testRef, nil},
		// weekdays
		{"Israel struck on Thursday.", testRef, []tx{{"Thursday", "2024-07-04", Day, true}}},
		{"Israel struck on Monday.", testRef, []tx{{"Monday", "2024-07-01", Day, true}}},
		{"Israel struck Friday.", testRef, []tx{{"Friday", "2024-06-28", Day, true}}},
		{"Talks will resume on Friday.", testRef, []tx{{"Friday", "2024-07-05", Day, true}}},
		{"They met last Thursday.", testRef, []tx{{"last Thursday", "2024-06-27", Day, true}}},
		{"They meet next Monday.", testRef, []tx{{"next Monday", "2024-07-08", Day, true}}},
		{"Israel struck on Wednesday.", "", []tx{{"Wednesday", "", Day, true}}},
		{"Markets fell on Black Monday.", testRef, nil},
		// relative
		{"Yesterday, today and tomorrow.", testRef, []tx{{"Yesterday", "2024-07-03", Day, true}, {"today", "2024-07-04", Day, true}, {"tomorrow", "2024-07-05", Day, true}}},
		{"A day earlier, a strike hit.", testRef, []tx{{"A day earlier", "2024-07-03", Day, true}}},
		{"It happened the day before.", testRef, []tx{{"the day before", "2024-07-03", Day, true}}},
		{"A day later, talks began.", testRef, []tx{{"A day later", "2024-07-05", Day, true}}},
		{"Three days ago it fell.", testRef, []tx{{"Three days ago", "2024-07-01", Day, true}}},
		{"They met last week.", testRef, []tx{{"last week", "2024-06-24", Week, true}}},
		{"They met this week.", testRef, []tx{{"this week", "2024-07-01", Week, true}}},
		{"Two weeks ago it fell.", testRef, []tx{{"Two weeks ago", "2024-06-17", Week, true}}},
		{"earlier this month", testRef, []tx{{"earlier this month", "2024-07", Month, true}}},
		{"It happened last month.", testRef, []tx{{"last month", "2024-06", Month, true}}},
		{"It happened last year, not this year.", testRef, []tx{{"last year", "2023", Year, true}, {"this year", "2024", Year, true}}},
		{"Hours later, the army said.", testRef, []tx{{"Hours later", "2024-07-04", Day, true}}},
		{"Later that day, it ended.", testRef, []tx{{"Later that day", "2024-07-04", Day, true}}},
		{"It happened last night.", testRef, []tx{{"last night", "2024-07-03", Day, true}}},
		{"since January of last year", testRef, []tx{{"January of last year", "2023-01", Month, true}}},
		{"It happened yesterday.", "", []tx{{"yesterday", "", Day, true}}},
		{"last week", "", []tx{{"last week", "", Week, true}}},
		// anaphoric: anchored on the last date the text told, not on the reference
		{"They signed a peace deal in 2018 and he won the prize the following year.", testRef, []tx{{"2018", "2018", Year, false}, {"the following year", "2019", Year, true}}},
		{"The revolt began in 2017. Rebels declared a state in October of that year.", testRef, []tx{{"2017", "2017", Year, false}, {"October of that year", "2017-10", Month, true}}},
		{"The club was founded in 1964 and folded in May the following year.", testRef, []tx{{"1964", "1964", Year, false}, {"May the following year", "1965-05", Month, true}}},
		{"The mill closed in 2001. That year, the town emptied.", testRef, []tx{{"2001", "2001", Year, false}, {"That year", "2001", Year, true}}},
		{"The plant opened in 2011. Two years later it burned.", testRef, []tx{{"2011", "2011", Year, false}, {"Two years later", "2013", Year, true}}},
		{"Exports rose 5% from a year earlier.", testRef, []tx{{"a year earlier", "2023", Year, true}}},
		{"Sales fell 9% last month from the previous year.", testRef, []tx{{"last month", "2024-06", Month, true}, {"the previous year", "2023", Year, true}}},
		{"He was held on June 20 and found dead in his cell two days later.", testRef, []tx{{"June 20", "2024-06-20", Day, true}, {"two days later", "2024-06-22", Day, true}}},
		{"Rebels took the port on March 3, 2021. The next day, troops retook it.", testRef, []tx{{"March 3, 2021", "2021-03-03", Day, false}, {"The next day", "2021-03-04", Day, true}}},
		{"Gunmen struck on Monday, police said on Wednesday. The following day, the army arrived.", testRef, []tx{{"Monday", "2024-07-01", Day, true}, {"Wednesday", "2024-07-03", Day, true}, {"The following day", "2024-07-02", Day, true}}},
		{"A mine exploded on Saturday, officials told Reuters on Tuesday. Hours later, a second blast hit.", testRef, []tx{{"Saturday", "2024-06-29", Day, true}, {"Tuesday", "2024-07-02", Day, true}, {"Hours later", "2024-06-29", Day, true}}},
		{"Gunmen raided a village, officials said Wednesday. Hours later, a drone struck.", testRef, []tx{{"Wednesday", "2024-07-03", Day, true}, {"Hours later", "2024-07-04", Day, true}}},
		{"The bridge fell on May 30. Later that day, protests began; on that day, ten died.", testRef, []tx{{"May 30", "2024-05-30", Day, true}, {"Later that day", "2024-05-30", Day, true}, {"that day", "2024-05-30", Day, true}}},
		{"Troops entered on May 2, and retreated later the same day.", testRef, []tx{{"May 2", "2024-05-02", Day, true}, {"later the same day", "2024-05-02", Day, true}}},
		{"The strike hit on May 2. The day before, talks had failed.", testRef, []tx{{"May 2", "2024-05-02", Day, true}, {"The day before", "2024-05-01", Day, true}}},
		{"In 2021, bandits seized 300 boys. They were freed a week later.", testRef, []tx{{"2021", "2021", Year, false}, {"a week later", "2021", Year, true}}},
		{"Gunmen struck on June 3. The toll of the May 2023 floods rose, officials said two days later.", testRef, []tx{{"June 3", "2024-06-03", Day, true}, {"May 2023", "2023-05", Month, false}, {"two days later", "2024-06-05", Day, true}}},
		{"It arrived three days later than planned.", testRef, nil},
		{"He said that day laborers were hurt.", testRef, nil},
		{"Fighting began in June. It peaked on the 12th and ended on the 20th.", testRef, []tx{{"June", "2024-06", Month, true}, {"the 12th", "2024-06-12", Day, true}, {"the 20th", "2024-06-20", Day, true}}},
		{"Fighting began on the 12th and ended on the 2nd.", testRef, nil},
		{"He missed a birdie putt on the 18th.", testRef, nil},
		{"In March he lived on the 5th floor; on the 31st, he left.", testRef, []tx{{"March", "2024-03", Month, true}, {"the 31st", "2024-03-31", Day, true}}},
		{"The talks of March 3, 2021 failed; a truce followed on the 9th.", testRef, []tx{{"March 3, 2021", "2021-03-03", Day, false}, {"the 9th", "2021-03-09", Day, true}}},
		// a wire dateline filed before the reference date anchors the story's weekdays
		{"QUETTA, Pakistan, July 2 (Reuters) - Troops clashed on Monday.", testRef, []tx{{"July 2", "2024-07-02", Day, true}, {"Monday", "2024-07-01", Day, true}}},
		{"QUETTA, July 2 (Reuters) - Troops clashed on Wednesday and said so yesterday.", testRef, []tx{{"July 2", "2024-07-02", Day, true}, {"Wednesday", "2024-06-26", Day, true}, {"yesterday", "2024-07-01", Day, true}}},
		{"QUETTA, June 2 (Reuters) - Troops clashed on Tuesday.", testRef, []tx{{"June 2", "2024-06-02", Day, true}, {"Tuesday", "2024-07-02", Day, true}}},
		{"Talks resumed on July 2 (Geneva) and on Monday.", testRef, []tx{{"July 2", "2024-07-02", Day, true}, {"Monday", "2024-07-01", Day, true}}},
		// future intentions ("agreed to", "ready to", "vowed to")
		{"The two sides agreed to meet again in September.", testRef, []tx{{"September", "2024-09", Month, true}}},
		{"The minister said he was ready to meet them on Tuesday.", testRef, []tx{{"Tuesday", "2024-07-09", Day, true}}},
		{"The rebels vowed to attack the city on Monday.", testRef, []tx{{"Monday", "2024-07-08", Day, true}}},
		// not dates
		{"They fought for three days and two weeks.", testRef, nil},
		{"It was recently reported. Now it is over.", testRef, nil},
		{"It hit at 10:30 and 5 p.m.", testRef, nil},
		{"two days after the attack", testRef, nil},
		{"the day before the vote", testRef, nil},
	}
	for _, tt := range tests {
		got := find(tt.in, tt.ref)
		if len(got) != len(tt.want) {
			t.Errorf("%q (ref %q): got %+v, want %d timexes", tt.in, tt.ref, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if g.Text != w.Text || g.Value != w.Value || g.Precision != w.Prec || g.Relative != w.Rel {
				t.Errorf("%q (ref %q) #%d: got %+v, want %+v", tt.in, tt.ref, i, g, w)
			}
			if tt.in[g.Start:g.End] != g.Text {
				t.Errorf("%q: span %d-%d is not %q", tt.in, g.Start, g.End, g.Text)
			}
		}
	}
}

func TestParse(t *testing.T) {
	for _, tt := range []struct{ in, ref, want string }{
		{"June 26, 2024", "", "2024-06-26"},
		{"Oct. 7", "2024-06-26", "2023-10-07"},
		{"yesterday", "2024-01-01", "2023-12-31"},
		{"last month", "2024-01-15", "2023-12"},
		{"Feb. 29", "2024-03-10", "2024-02-29"},
	} {
		got, ok := Parse(tt.in, tt.ref)
		if !ok || got.Value != tt.want {
			t.Errorf("Parse(%q, %q) = %+v, %v; want %s", tt.in, tt.ref, got, ok, tt.want)
		}
	}
	if _, ok := Parse("hello world", "2024-01-01"); ok {
		t.Error("Parse(hello world) ok")
	}
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
		out, _ := json.MarshalIndent(find(string(b), testRef), "", "  ")
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

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Oct. 7", "31/02/2024", "2024-13-45", "the 31st of February", "last Thursday",
		"mid-", "mid-9999", "a day earlier", "99/99/9999", "Thursday, June", "January of next year", "0000-00-00"} {
		f.Add(s, "2024-07-04")
		f.Add(s, "")
	}
	f.Add("June 26", "garbage")
	f.Fuzz(func(t *testing.T, text, ref string) {
		prev := -1
		for _, x := range find(text, ref) {
			if x.Start < prev || x.End > len(text) || x.Start >= x.End || text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %+v", x)
			}
			prev = x.End
			if _, ok := parseRef(ref); !ok && x.Relative && x.Value != "" {
				t.Fatalf("relative value without ref: %+v", x)
			}
			switch x.Precision {
			case Day, Week, Month, Year:
			default:
				t.Fatalf("bad precision %+v", x)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
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
	sents := segment.Sentences(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, sents, testRef)
	}
}
