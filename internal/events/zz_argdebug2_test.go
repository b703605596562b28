package events_test

import (
	"os"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/events"
	"github.com/sitrep-dev/sitrep/internal/model"
)

func TestZZArgs(t *testing.T) {
	fn := os.Getenv("ZZFILE")
	if fn == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(fn)
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		a := getPipeline(t).Annotate(&model.Document{Text: line, Language: "en"})
		t.Log(line)
		for _, s := range events.DebugArgs(a) {
			t.Log("   ", s)
		}
	}
}
