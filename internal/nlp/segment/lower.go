package segment

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// LowerTokens fills dst with the lower-case text of toks, sharing the token text when it is
// already in lower case and one buffer for the ASCII tokens that are not.
func LowerTokens(toks []model.Token, dst []string) {
	size := 0
	for _, t := range toks {
		if needsLower(t.Text) {
			size += len(t.Text)
		}
	}
	var buf []byte
	if size > 0 {
		buf = make([]byte, 0, size)
	}
	type span struct{ i, s, e int }
	var spans [64]span
	sp := spans[:0]
	for i, t := range toks {
		w := t.Text
		if !needsLower(w) {
			dst[i] = w
			continue
		}
		ascii := true
		for k := 0; k < len(w); k++ {
			if w[k] >= 0x80 {
				ascii = false
				break
			}
		}
		if !ascii {
			dst[i] = strings.ToLower(w)
			continue
		}
		s := len(buf)
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
		sp = append(sp, span{i, s, len(buf)})
	}
	if len(sp) > 0 {
		all := string(buf)
		for _, x := range sp {
			dst[x.i] = all[x.s:x.e]
		}
	}
}

// LowerSentences returns the lower-case token texts of each sentence (LowerTokens of its
// tokens), in one allocation, for the stages that read them.
func LowerSentences(sents []model.Sentence) [][]string {
	n := 0
	for i := range sents {
		n += len(sents[i].Tokens)
	}
	all := make([]string, n)
	out := make([][]string, len(sents))
	for i := range sents {
		k := len(sents[i].Tokens)
		out[i] = all[:k:k]
		LowerTokens(sents[i].Tokens, out[i])
		all = all[k:]
	}
	return out
}

func needsLower(s string) bool {
	for k := 0; k < len(s); k++ {
		if c := s[k]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}
