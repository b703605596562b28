package ner

// kinNouns18 are the relatives whose name may follow the noun directly: "his wife Michelle",
// "daughters Malia and Sasha", "her son Jordan".
var kinNouns18 = map[string]bool{"son": true, "sons": true, "daughter": true, "daughters": true,
	"wife": true, "husband": true, "brother": true, "brothers": true, "sister": true, "sisters": true,
	"father": true, "mother": true, "widow": true, "widower": true, "nephew": true, "nephews": true,
	"niece": true, "nieces": true, "uncle": true, "aunt": true, "cousin": true, "cousins": true,
	"grandson": true, "grandsons": true, "granddaughter": true, "granddaughters": true,
	"grandchildren": true, "children": true, "stepson": true, "stepdaughter": true,
	"fiancé": true, "fiancée": true, "fiance": true, "fiancee": true, "spouse": true, "twins": true}

// kinBefore18 reports whether the name starting at token a follows a relative's noun, directly
// or as a later member of a list of names after it ("daughters Malia and Sasha": a tagger that
// reads "Malia" as a place has no gazetteer entry to stop it). The noun must be written in
// lower case ("Mother Teresa" is a name) and the name right after it, not after "of" or a
// comma.
func (c *ctxDoc) kinBefore18(a int) bool {
	if upperWord10(c.text[c.toks[a].Start:c.toks[a].End]) {
		return false // a dateline run into a headline: "… against 1 brother SEATTLE (AP) —"
	}
	i := a - 1
	for steps := 0; i >= 0 && steps < 12 && c.adj(i); steps++ {
		w := c.w[i]
		switch {
		case kinNouns18[w]:
			// (after a comma the noun has an apposition, not a name: "her husband, Olympic
			// handball medalist …", "another daughter, North West police said")
			return isLowerWord(c.text[c.toks[i].Start:c.toks[i].End]) && c.w[i+1] != ","
		case w == "and" || w == "," || c.capTok(i):
			i--
			continue
		}
		return false
	}
	return false
}
