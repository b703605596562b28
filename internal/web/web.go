// Package web embeds the sitrep dashboard, the single-page app under web/ built with npm by
// scripts/build-web into internal/web/dist, and hands it to the API server as an fs.FS.
//
// A checkout where the dashboard was not built still compiles: dist/ then holds only a keep
// file, and FS serves a placeholder page that says how to build it.
package web

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

//go:embed placeholder/index.html
var placeholder embed.FS

// FS returns the dashboard files (index.html at the root, assets/ beside it) for
// api.Options.Static. When the dashboard was not built it returns a placeholder page that
// says "dashboard not built: run scripts/build-web"; Built tells which one it is.
func FS() (fs.FS, error) {
	if Built() {
		return fs.Sub(dist, "dist")
	}
	return fs.Sub(placeholder, "placeholder")
}

// Built reports whether the real dashboard (not the placeholder) is embedded.
func Built() bool {
	st, err := fs.Stat(dist, "dist/index.html")
	return err == nil && !st.IsDir()
}
