package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestAdmin2Points checks admin2pts.tsv.gz: an approximate second-level division ("Port
// Stephens", a shire of New South Wales with no city of 15,000) is output at the middle of its
// own towns, not at its state's point, and stays approximate; a malformed line is an error
// naming it. Text written for the test.
func TestAdmin2Points(t *testing.T) {
	g := mustDefault(t)
	if len(g.ownPoint) < 10000 {
		t.Fatalf("%d approximate divisions with a point of their own", len(g.ownPoint))
	}
	text := "NEWCASTLE, Australia — Sand dredged off Stockton will be pumped onto the beach under a state plan. The Port Stephens council asked for more monitoring of fish habitat."
	a := resolveLabelled(g, text, []labelled{{"NEWCASTLE", model.GPE}, {"Australia", model.GPE}, {"Stockton", model.GPE}, {"Port Stephens", model.GPE}})
	p := lastPlace(a, text, "Port Stephens")
	if p == nil || p.Geo.Country != "AU" || !p.Geo.Approximate || Distance(p.Geo.Lat, p.Geo.Lon, -32.73, 152.0) > 60 {
		t.Errorf("Port Stephens: %+v, want the shire's middle near (-32.73, 152.0), approximate", p)
	}
	for _, c := range []struct{ text, want string }{
		{"1\t2\n", "line 1: want id, lat and lon"},
		{"# note\n1\tx\t3\t1\n", "line 2: bad number"},
		{"1\t900001\t0\t1\n", "line 1: bad number"},
	} {
		var h Gazetteer
		if err := h.readAdmin2Points(strings.NewReader(c.text), map[uint32]uint32{}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.text, err, c.want)
		}
	}
}

// FuzzAdmin2Points: any text loads or fails with an error naming its line; never panics.
func FuzzAdmin2Points(f *testing.F) {
	g := mustDefault(f)
	f.Add("# x\n69440\t153305\t430063\t1\n")
	f.Add("1\t-900000\t1800000\t2\n")
	f.Fuzz(func(t *testing.T, s string) {
		h := &Gazetteer{places: g.places}
		byID := map[uint32]uint32{1: 0, 69440: 1}
		if err := h.readAdmin2Points(strings.NewReader(s), byID); err != nil && !strings.HasPrefix(err.Error(), "line ") {
			if !strings.Contains(err.Error(), "token too long") {
				t.Fatalf("error %q names no line", err)
			}
		}
	})
}
