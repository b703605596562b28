package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func checkMentions(t *testing.T, text string, ms []model.ActorMention) {
	t.Helper()
	for i, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("bad span %d-%d in %d bytes", m.Start, m.End, len(text))
		}
		if text[m.Start:m.End] != m.Actor.Text {
			t.Fatalf("text %q != span %q", m.Actor.Text, text[m.Start:m.End])
		}
		if i > 0 && ms[i-1].Start > m.Start {
			t.Fatal("not sorted")
		}
		if m.Reason == "" {
			t.Fatal("no reason")
		}
	}
}

func FuzzExplain(f *testing.F) {
	for _, s := range []string{
		"Hezbollah says it fired rockets.", "The Iran-backed militant group", "U.S.", "al-", "Kata'ib",
		"former Iraqi Prime Minister Nouri al-Maliki said", "pro-", "the the the group", "’s", "Israel's",
		"Deputy commander of Iran’s Quds Force Mohammad Reza Fallahzadeh", "\xff\xfe", "A.B.C", "X-backed",
	} {
		f.Add(s, "")
	}
	f.Add("It said so.", "Hamas and Hezbollah met.")
	kb, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, ctx string) {
		ms := kb.Explain(text, ctx)
		if utf8.ValidString(text) {
			checkMentions(t, text, ms)
		}
		a := &model.Annotation{Doc: &model.Document{Text: ctx + " " + text}, Entities: []model.Entity{{Text: "x", Label: model.PERSON, Start: 0, End: min(1, len(ctx)+1)}}}
		kb.Resolve(a)
	})
}

func FuzzLoad(f *testing.F) {
	f.Add("id: a\nkind: REB\naliases: A; B\n")
	f.Add("id: b\nname: B\ntype: person\norg: a\n\nid: a\naliases: C\n")
	f.Add("# c\n\n\nid: x\nkind: GOV\ncountry: iq\n")
	base := &KB{}
	if err := base.loadNouns(); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		kb := &KB{byID: map[string]int{}, byISO: map[string]int{}, places: map[string]int{}, nouns: base.nouns}
		if err := kb.Load(strings.NewReader(s), "fuzz.txt"); err != nil {
			return
		}
		kb.Explain("A and B and C went to x.", "")
		kb.Search(s, 5)
	})
}

func BenchmarkResolve(b *testing.B) {
	kb, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := &model.Annotation{Doc: &model.Document{Text: text}}
		kb.Resolve(a)
	}
}

func benchText(b *testing.B) string {
	if d, err := os.Getwd(); err == nil {
		p := filepath.Join(d, "..", "..", "..", "shared", "samples", "asharq-two-articles.txt")
		if bs, err := os.ReadFile(p); err == nil {
			return string(bs)
		}
	}
	return strings.Repeat("Hezbollah says it fired 200 rockets at Israeli military bases after Israel killed a commander. Iraqi protesters rallied in Baghdad. ", 40)
}

// FuzzResolveTagged resolves text with tagger ORG/PERSON/GPE entities over arbitrary word spans,
// exercising the organisation-name and place checks.
func FuzzResolveTagged(f *testing.F) {
	f.Add("The Uganda National Commission on Human Rights in Kampala said police beat them.", 4, 46)
	f.Add("MOGADISHU, Somalia (AP) - Gunmen shelled the Kalma displacement camp.", 0, 9)
	f.Add("Canada and the European Union condemned it.", 0, 29)
	kb, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		if s < 0 || e > len(text) || s >= e {
			s, e = 0, len(text)
		}
		var ents []model.Entity
		for _, l := range []string{model.ORG, model.PERSON, model.GPE} {
			ents = append(ents, model.Entity{Text: text[s:e], Label: l, Start: s, End: e})
		}
		a := &model.Annotation{Doc: &model.Document{Text: text}, Entities: ents}
		kb.Resolve(a)
		if utf8.ValidString(text) {
			checkMentions(t, text, a.Actors)
		}
	})
}
