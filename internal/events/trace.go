package events

import (
	"fmt"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// candTrace, when set (SetCandTrace), receives one line per candidate kept before the
// document-level merge: a debugging aid for tests.
var candTrace func(string)

// SetCandTrace installs (or with nil removes) a receiver of candidate descriptions printed
// before the document-level merge. Not safe for concurrent use; meant for debugging tests.
func SetCandTrace(f func(string)) { candTrace = f }

func traceCands(stage string, cs []*cand) {
	if candTrace == nil {
		return
	}
	last := -1
	for _, c := range cs {
		if c.s.idx != last {
			last = c.s.idx
			for _, q := range c.s.quants {
				candTrace(fmt.Sprintf("%s s%d   quant %q v=%d counts=%q noun=%q total=%v", stage, c.s.idx, q.Text, q.Value, q.Counts, q.Noun, q.RunningTotal))
			}
		}
		tr := ""
		for k := c.ti; k < c.tj && k < len(c.s.toks); k++ {
			tr += c.s.toks[k].low + " "
		}
		candTrace(fmt.Sprintf("%s s%d %s/%s %q src=%v tgt=%v place=%v date=%s set=%v inh=%v cnt=%s bg=%v mod=%s dropped=%v",
			stage, c.s.idx, c.typ, c.acled, tr, actorNames(c.sources), actorNames(c.targets), placeName(c.place), c.date.Value, c.dateSet, c.dateInherited, countStr(c.counts), c.background, c.modality, c.dropped))
	}
}

func actorNames(as []model.Actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Text+"="+a.Actor+"/"+a.Country+"/"+a.Kind)
	}
	return out
}

func placeName(p *model.PlaceMention) string {
	if p == nil {
		return ""
	}
	return p.Geo.Name
}

func countStr(c model.Counts) string {
	s := ""
	f := func(n string, v *int) {
		if v != nil {
			s += fmt.Sprintf("%s:%d ", n, *v)
		}
	}
	f("k", c.Killed)
	f("i", c.Injured)
	f("a", c.Arrested)
	f("kid", c.Kidnapped)
	f("m", c.Munitions)
	return s
}
