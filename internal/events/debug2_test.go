package events

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func TestDebugSentence(t *testing.T) {
	s := os.Getenv("SENT")
	if s == "" {
		t.Skip()
	}
	d := &model.Document{ID: "d-x", Text: s}
	a := &model.Annotation{Doc: d, Ref: "2024-07-04"}
	lx := getLexicon()
	sents := prepare(a, lx)
	for _, st := range sents {
		var b strings.Builder
		for _, tk := range st.toks {
			fmt.Fprintf(&b, "%s/%s/%d.%d/%d ", tk.text, tk.lem, tk.group, tk.clause, tk.arg)
		}
		t.Log(b.String())
		for i, ag := range st.args {
			t.Logf("arg %d %+v", i, ag)
		}
	}
	for _, e := range Extract(a) {
		t.Logf("%s %s %s tr=%s src=%v tgt=%v loc=%s date=%v mod=%s", e.Type, e.Mode, e.ACLED.SubEventType, e.Evidence.Trigger, e.Sources, e.Targets, e.LocationText, e.Date, e.Modality)
	}
}
