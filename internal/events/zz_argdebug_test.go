package events

import (
	"fmt"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// DebugArgs lists the arguments of each sentence (temporary debugging aid).
func DebugArgs(a *model.Annotation) []string {
	lx := getLexicon()
	dc := docCountries(a)
	sents := prepareWith(a, lx, dc)
	var out []string
	for _, st := range sents {
		for _, ag := range st.args {
			pl := "-"
			if ag.place != nil {
				pl = fmt.Sprintf("%s/%s/%s meto=%v", ag.place.Text, ag.place.Geo.Feature, ag.place.Geo.Country, ag.place.Metonymy)
			}
			out = append(out, fmt.Sprintf("s%d [%d,%d) %q actor=%v place=%s", st.idx, ag.s, ag.e, ag.actor.Text, ag.isActor, pl))
		}
	}
	for _, p := range a.Places {
		out = append(out, fmt.Sprintf("PLACE %q %d-%d %s meto=%v", p.Text, p.Start, p.End, p.Geo.Feature, p.Metonymy))
	}
	return out
}
