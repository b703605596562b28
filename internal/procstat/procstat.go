// Package procstat reads the resource use of the running process (CPU time, peak memory) for
// benchmarks and `sitrep bench`. On systems without getrusage both report zero.
package procstat
