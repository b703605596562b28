package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/geo"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
)

func init() {
	register(command{name: "gazetteer", summary: "import a GeoNames dump; look up place names (import|lookup)", run: runGazetteerCmd})
}

const gazetteerUsage = `import [--out FILE] GEONAMES.txt | lookup [--country CC] NAME`

func runGazetteerCmd(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "gazetteer", gazetteerUsage)
	out := fs.String("out", "gazetteer.sitrep", "import: the compact gazetteer file to write")
	country := fs.String("country", "", "lookup: ISO country code to prefer")
	var k knowledgeFlags
	k.register(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return fmt.Errorf("%w: want %s", errUsage, gazetteerUsage)
	}
	switch pos[0] {
	case "import":
		if err := geo.Import(pos[1], *out); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "wrote %s; use it with --gazetteer %s or SITREP_GAZETTEER=%s\n", *out, *out, *out)
		return nil
	case "lookup":
		p, err := pipeline.NewWith(k.config())
		if err != nil {
			return err
		}
		res := p.Gazetteer().Lookup(strings.Join(pos[1:], " "), *country)
		if len(res) == 0 {
			return &exitError{code: 1, msg: fmt.Sprintf("no place named %q", strings.Join(pos[1:], " "))}
		}
		b, _ := json.MarshalIndent(res, "", "  ")
		fmt.Fprintf(env.Stdout, "%s\n", b)
		return nil
	}
	return fmt.Errorf("%w: unknown subcommand %q; want %s", errUsage, pos[0], gazetteerUsage)
}
