//go:build !unix

package procstat

import "time"

// CPUTime is not measured on this system.
func CPUTime() time.Duration { return 0 }

// PeakRSS is not measured on this system.
func PeakRSS() int64 { return 0 }
