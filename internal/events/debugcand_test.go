package events_test

import (
	"os"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/events"
)

// TestCandDebug prints the candidates kept before the document merge for the text file
// EVDEBUGFILE (published date EVDEBUGPUB).
func TestCandDebug(t *testing.T) {
	fn := os.Getenv("EVDEBUGFILE")
	if fn == "" {
		t.Skip("set EVDEBUGFILE to a text file")
	}
	b, err := os.ReadFile(fn)
	if err != nil {
		t.Fatal(err)
	}
	events.SetCandTrace(func(s string) { t.Log(s) })
	defer events.SetCandTrace(nil)
	run(t, string(b), os.Getenv("EVDEBUGPUB"))
}
