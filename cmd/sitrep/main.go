// Command sitrep turns news articles into event data: who did what to whom, where, when and
// with what toll, each field traced to the words that support it. See README.md.
package main

import (
	"os"

	"github.com/sitrep-dev/sitrep/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
