package cli

import "github.com/sitrep-dev/sitrep/internal/web"

// The dashboard embedded in the binary (a placeholder page until scripts/build-web has run).
func init() {
	if f, err := web.FS(); err == nil {
		Dashboard = f
	}
}
