package events

// LocFeatureVectors gives the word-level location features of each candidate (for training the
// learned weights on the pipeline's toponyms in package events_test).
func LocFeatureVectors(words []string, verb int, cands []PlaceCandidate) [][]float64 {
	st := wordsSent(words)
	var starts []int
	for _, c := range cands {
		starts = append(starts, c.S)
	}
	out := make([][]float64, len(cands))
	for i, c := range cands {
		f := make([]float64, nWordFeat)
		if c.S >= 0 && c.E <= len(words) && c.S < c.E && verb >= 0 && verb < len(words) {
			locFeatures(st, c.S, c.E, verb, "", f[:nLocFeat])
			setRankFeatures(f[:nLocFeat], i, starts, verb)
			wordExtraFeatures(st, c.S, c.E, f)
		}
		out[i] = f
	}
	return out
}

// LocFeatName names word-level location feature k; NLocFeat is their number.
func LocFeatName(k int) string {
	if k < nLocFeat {
		return locFeatNames[k]
	}
	return wordFeatNames[k-nLocFeat]
}

// NLocFeat is the length of a word-level location feature vector (with the extras).
const NLocFeat = nWordFeat

// LearnedLocWeight is learned word-level weight k; LearnedLocThreshold their threshold.
func LearnedLocWeight(k int) float64 { return learnedLocWeights[k] }

// LearnedLocThreshold is the learned word-level threshold.
const LearnedLocThreshold = learnedLocThreshold
