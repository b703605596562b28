package quantity

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/nlp/segment"
	"github.com/sitrep-dev/sitrep/internal/nlp/timex"
)

// TestFindWith checks that FindWith, given the dates of the whole text, finds what Find does.
func TestFindWith(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	ex, _ := filepath.Glob(filepath.Join("..", "..", "..", "examples", "*.txt"))
	files = append(files, ex...)
	texts := []string{
		"On March 3, 2024, 12 people were killed. Last week dozens were hurt; on Monday three died.",
		"Two soldiers died on 5 June. In 2019, hundreds fled. No casualties were reported Tuesday.",
	}
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	n := 0
	for _, txt := range texts {
		sents := segment.Sentences(txt)
		want := Find(txt, sents)
		for _, ref := range []string{"", "2024-07-04"} {
			got := FindWith(txt, sents, timex.Find(txt, sents, ref))
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("ref %q: FindWith differs from Find on %.60q:\n got %v\nwant %v", ref, txt, got, want)
			}
		}
		n += len(want)
	}
	if n == 0 {
		t.Fatal("no quantities found at all")
	}
}
