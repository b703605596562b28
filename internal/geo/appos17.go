package geo

// namedAfterOf reports "of" at token k followed, in its sentence, by a capitalised word that
// starts a name ("the town of Fada N'Gourma"): the phrase names a place of its own (rule 72).
func (r *resolver) namedAfterOf(k int) bool {
	toks := r.toks
	return k+1 < len(toks) && toks[k].word && r.low(k) == "of" && toks[k+1].word && toks[k+1].cap && toks[k+1].sent == toks[k].sent && !toks[k+1].digit
}
