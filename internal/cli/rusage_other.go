//go:build !unix

package cli

// cpuSeconds is unknown on this platform: bench reports wall time only.
func cpuSeconds() float64 { return 0 }

// peakRSSMB is unknown on this platform.
func peakRSSMB() float64 { return 0 }
