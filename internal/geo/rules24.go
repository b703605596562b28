package geo

// Rule 92 (session 24): the names a document gives its storms are not places.
//
// "Tropical Storm Kyle dumped heavy rain across south-western Jamaica, barely a year after
// Hurricane Melissa": the tagger reads "Kyle" and "Melissa" as places, and the gazetteer has
// towns of both names, so "Kyle's centre passed 90 kilometres south of the island" went to
// Kyle, Texas. A capitalised word after a storm word (stormWords: "Hurricane", "Cyclone",
// "Typhoon", "Storm", "Depression") anywhere in the document names a storm, and a place
// entity of that one word, or of a storm word and that word, is dropped.

// stormNames returns the lower-cased given names that follow a storm word in the document
// (nil when there are none, as in most stories).
func (r *resolver) stormNames() map[string]bool {
	var out map[string]bool
	for k := 0; k+1 < len(r.toks); k++ {
		if !r.toks[k].word || !r.is(k, clsStorm) || !r.stormNoun(k) {
			continue
		}
		if n := k + 1; r.toks[n].word && r.toks[n].cap && r.toks[n].sent == r.toks[k].sent && !r.is(n, clsStorm) {
			if out == nil {
				out = map[string]bool{}
			}
			out[r.low(n)] = true
		}
	}
	return out
}

// stormNoun reports that storm word k names a storm, not a verb: "storm" and "depression"
// only after "tropical" ("Tropical Storm Kyle") or written capitalised without a capitalised
// word before it ("as Storm Babet hit", not the headline's "Insurgents Storm Macomia" or the
// verb of "insurgents storm Macomia").
func (r *resolver) stormNoun(k int) bool {
	switch r.low(k) {
	case "storm", "depression":
	default:
		return true
	}
	if k > 0 && r.toks[k-1].word && r.low(k-1) == "tropical" {
		return true
	}
	return r.toks[k].cap && !(k > 0 && r.toks[k-1].word && r.toks[k-1].cap && r.toks[k-1].sent == r.toks[k].sent)
}

// stormEntity reports a place entity over tokens [ts, te) that is a storm's name: the one word
// of a storm name, or a storm word and the name ("Hurricane Melissa").
func (r *resolver) stormEntity(storms map[string]bool, ts, te int) bool {
	if storms == nil {
		return false
	}
	a, b := r.nameToks(ts, te)
	switch {
	case b-a == 1:
		return storms[r.low(a)]
	case b-a >= 2:
		return r.is(b-2, clsStorm) && storms[r.low(b-1)]
	}
	return false
}
