package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/sitrep-dev/sitrep/internal/pipeline"
)

func init() {
	register(command{name: "actors", summary: "search the actor knowledge base; show how a phrase resolves (search|show|explain)", run: runActorsCmd})
}

const actorsUsage = `search QUERY | show ID | explain [--context TEXT] PHRASE`

func runActorsCmd(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "actors", actorsUsage)
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 20, "search: most results")
	ctxText := fs.String("context", "", "explain: text read before the phrase (for coreference)")
	var k knowledgeFlags
	k.register(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return fmt.Errorf("%w: want %s", errUsage, actorsUsage)
	}
	p, err := pipeline.NewWith(k.config())
	if err != nil {
		return err
	}
	kb := p.Actors()
	arg := strings.Join(pos[1:], " ")
	var out any
	switch pos[0] {
	case "search":
		res := kb.Search(arg, *limit)
		if !*asJSON {
			tw := tabwriter.NewWriter(env.Stdout, 0, 2, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tKIND\tCOUNTRY\tAFFILIATIONS")
			for _, e := range res {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.ID, e.Name, e.Kind, e.Country, strings.Join(e.Affiliations, ","))
			}
			tw.Flush()
			if len(res) == 0 {
				return &exitError{code: 1, msg: fmt.Sprintf("no actor matches %q", arg)}
			}
			return nil
		}
		out = res
	case "show":
		e, ok := kb.Get(arg)
		if !ok {
			return &exitError{code: 1, msg: fmt.Sprintf("no actor with id %q (try: sitrep actors search)", arg)}
		}
		out = e
	case "explain":
		ms := kb.Explain(arg, *ctxText)
		if !*asJSON {
			if len(ms) == 0 {
				fmt.Fprintf(env.Stdout, "%q: no actor resolved\n", arg)
				return nil
			}
			for _, m := range ms {
				a := m.Actor
				fmt.Fprintf(env.Stdout, "%q [%d:%d] -> %s (id %q, %s %s, affiliations %v)\n    because: %s\n",
					arg[m.Start:m.End], m.Start, m.End, a.Name, a.Actor, a.Kind, a.Country, a.Affiliations, m.Reason)
			}
			return nil
		}
		out = ms
	default:
		return fmt.Errorf("%w: unknown subcommand %q; want %s", errUsage, pos[0], actorsUsage)
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s\n", b)
	return nil
}
