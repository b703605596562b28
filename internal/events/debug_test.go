package events

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func TestDebugSample(t *testing.T) {
	b, err := os.ReadFile("/work/shared/samples/asharq-two-articles.txt")
	if err != nil {
		t.Skip()
	}
	d := &model.Document{ID: "d-x", Text: string(b)}
	evs := Extract(&model.Annotation{Doc: d, Ref: "2024-07-04"})
	for _, e := range evs {
		j, _ := json.Marshal(struct {
			T, M, A, Tr string
			S, Tg     []model.Actor
			L         string
			D         model.Date
			C         model.Counts
			Mo        string
			B         bool
			N         int
			Cf        float64
			Sent      string
		}{e.Type, e.Mode, e.ACLED.SubEventType, e.Evidence.Trigger, e.Sources, e.Targets, e.LocationText, e.Date, e.Counts, e.Modality, e.Background, e.Mentions, e.Confidence, d.Text[e.Evidence.Start:min(e.Evidence.End, e.Evidence.Start+80)]})
		t.Log(string(j))
	}
}
