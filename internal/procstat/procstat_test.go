package procstat

import (
	"runtime"
	"testing"
)

func TestCounters(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no getrusage")
	}
	c0 := CPUTime()
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i % 7
	}
	if c1 := CPUTime(); c1 <= c0 || x == 0 {
		t.Errorf("CPU time did not grow: %v -> %v", c0, c1)
	}
	if rss := PeakRSS(); rss < 1<<20 {
		t.Errorf("peak RSS %d bytes: implausibly small", rss)
	}
}
