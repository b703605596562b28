package cli

import (
	"flag"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/pipeline"
)

// knowledgeFlags are the flags that add users' own knowledge to the embedded one; every command
// that runs the pipeline takes them. Their defaults come from SITREP_ACTORS (a list of files
// separated by the OS path-list separator) and SITREP_GAZETTEER.
type knowledgeFlags struct {
	actors    string
	gazetteer string
}

func (k *knowledgeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&k.actors, "actors", os.Getenv("SITREP_ACTORS"), "extra actor knowledge-base files, separated by '"+string(filepath.ListSeparator)+"' (env SITREP_ACTORS)")
	fs.StringVar(&k.gazetteer, "gazetteer", os.Getenv("SITREP_GAZETTEER"), "gazetteer file from 'sitrep gazetteer import' (env SITREP_GAZETTEER)")
}

func (k *knowledgeFlags) config() pipeline.Config {
	var cfg pipeline.Config
	for _, f := range strings.Split(k.actors, string(filepath.ListSeparator)) {
		if f = strings.TrimSpace(f); f != "" {
			cfg.ActorFiles = append(cfg.ActorFiles, f)
		}
	}
	cfg.Gazetteer = k.gazetteer
	return cfg
}
