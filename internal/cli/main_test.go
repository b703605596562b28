package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestMain lets a test run this test binary as the sitrep command: with SITREP_AS_CLI=1 the
// process runs Main on its arguments after "--" and exits.
func TestMain(m *testing.M) {
	if os.Getenv("SITREP_AS_CLI") == "1" {
		args := os.Args[1:]
		for i, a := range args {
			if a == "--" {
				args = args[i+1:]
				break
			}
		}
		os.Exit(Main(args, os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestExtractDeterministicAcrossProcesses runs extract in separate processes, each loading the
// models and lexicons afresh (map iteration order differs between processes), and requires
// byte-identical output.
func TestExtractDeterministicAcrossProcesses(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*.txt"))
	if len(files) == 0 {
		t.Skip("no examples")
	}
	var first []byte
	for i := range 3 {
		cmd := exec.Command(os.Args[0], append([]string{"--", "extract", "--published", "2025-01-15"}, files...)...)
		cmd.Env = append(os.Environ(), "SITREP_AS_CLI=1")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		if len(out) == 0 {
			t.Fatal("no output")
		}
		if i == 0 {
			first = out
		} else if !bytes.Equal(out, first) {
			t.Fatalf("run %d differs from run 0", i)
		}
	}
}
