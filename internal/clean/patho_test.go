package clean

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/input"
)

// TestPathological guards against super-linear time on adversarial input.
func TestPathological(t *testing.T) {
	wrapped := strings.Repeat("this line is wrapped at a fixed width and goes on and on without\nending the sentence for a very long time because it is a test of\n", 20000)
	cases := map[string]input.Item{
		"repeated block": {Text: strings.Repeat("Alpha Beta Gamma Headline\nsome caption line here.\n", 50000)},
		"same line":      {Text: strings.Repeat("The same sentence again and again in this text.\n", 100000)},
		"headlines":      {Text: strings.Repeat("Title Case Headline Number One\n\n\nA body sentence with enough words to count as prose here.\n\n", 20000)},
		"wrapped":        {Text: wrapped},
		"one long line":  {Text: strings.Repeat("word ", 1<<20)},
		"no spaces":      {Text: strings.Repeat("x", 1<<22)},
		"deep html":      {HTML: strings.Repeat("<div>", 100000) + "Some words of text in a deep page." + strings.Repeat("</div>", 100000)},
		"many tags":      {HTML: "<html><body>" + strings.Repeat("<p>Short paragraph of text that goes on.</p>", 20000) + "</body></html>"},
		"years":          {Text: strings.Repeat("In 2024 and 2023, on 4 July 2024, 2024-07-04.\n", 50000)},
	}
	for name, it := range cases {
		start := time.Now()
		docs, err := Split(it)
		el := time.Since(start)
		size := len(it.Text) + len(it.HTML)
		if name == "deep html" && len(docs) != 1 {
			t.Errorf("deep html: %d docs, %v", len(docs), err)
		}
		t.Logf("%-15s %8d bytes %4d docs %v %v", name, size, len(docs), el.Round(time.Millisecond), err)
		if el > 5*time.Second {
			t.Errorf("%s: %v", name, el)
		}
	}
}
