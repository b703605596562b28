package actors

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func TestKindAt(t *testing.T) {
	e := Entry{Kind: "GOV", Kinds: []KindPeriod{{"REB", "1994"}, {"GOV", "1996-09-27"}, {"REB", "2001-11-13"}, {"GOV", "2021-08-15"}}}
	cases := []struct{ ref, want string }{
		{"", "GOV"},           // no date: the current kind
		{"1990-01-01", "REB"}, // before the first period: the first period's kind
		{"1995", "REB"},
		{"1996-09", "REB"}, // a month-precision date is not on or after the 27th
		{"1996-09-27", "GOV"},
		{"2001-11-12", "GOV"},
		{"2015-06-01", "REB"},
		{"2021-08-14", "REB"},
		{"2021-08-15", "GOV"},
		{"2026", "GOV"},
	}
	for _, c := range cases {
		if got := e.KindAt(c.ref); got != c.want {
			t.Errorf("KindAt(%q) = %s, want %s", c.ref, got, c.want)
		}
	}
}

func TestParseKinds(t *testing.T) {
	good := "id: x\nname: X\nkind: GOV\nkinds: REB from 2001; gov from 2021-08-15\n"
	es, err := parseEntries(strings.NewReader(good), "good.txt")
	if err != nil || len(es) != 1 || len(es[0].Kinds) != 2 || es[0].Kinds[1] != (KindPeriod{"GOV", "2021-08-15"}) {
		t.Fatalf("parse %q: %v %+v", good, err, es)
	}
	for _, bad := range []string{
		"REB 2001",                     // no "from"
		"XYZ from 2001",                // unknown kind
		"REB from 2001-13",             // no month 13
		"REB from 21",                  // too short
		"REB from 2021; GOV from 2001", // out of order
	} {
		in := "id: x\nkind: GOV\nkinds: " + bad + "\n"
		if _, err := parseEntries(strings.NewReader(in), "bad.txt"); err == nil || !strings.Contains(err.Error(), "bad.txt:3") {
			t.Errorf("kinds %q: want an error naming bad.txt:3, got %v", bad, err)
		}
	}
}

// TestKindFollowsDocumentDate resolves the same sentence in documents of different dates: an
// actor that was an insurgency and later a government gets the kind of the document's date.
func TestKindFollowsDocumentDate(t *testing.T) {
	kb := kbT(t)
	text := "Taliban fighters attacked a checkpoint in Kandahar province."
	for _, c := range []struct{ published, want string }{
		{"2015-05-04", "REB"},
		{"1999-03-01", "GOV"},
		{"2024-02-10", "GOV"},
		{"", "GOV"},
	} {
		a := &model.Annotation{Doc: &model.Document{Text: text, Published: c.published}}
		kb.Resolve(a)
		found := false
		for _, m := range a.Actors {
			if m.Actor.Actor == "taliban" {
				found = true
				if m.Actor.Kind != c.want {
					t.Errorf("published %q: Taliban kind %s, want %s (%s)", c.published, m.Actor.Kind, c.want, m.Reason)
				}
			}
		}
		if !found {
			t.Errorf("published %q: Taliban not resolved in %q: %+v", c.published, text, a.Actors)
		}
	}
}
