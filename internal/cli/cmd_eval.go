package cli

import (
	"context"
	"fmt"

	"github.com/sitrep-dev/sitrep/internal/eval"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
)

func init() {
	register(command{name: "eval", summary: "score extraction against gold files (spec/gold.md) and print a table", run: runEvalCmd})
}

func runEvalCmd(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval", "GOLD.json ...")
	asJSON := fs.Bool("json", false, "print the report as JSON instead of a table")
	var k knowledgeFlags
	k.register(fs)
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%w: name at least one gold file", errUsage)
	}
	p, err := pipeline.NewWith(k.config())
	if err != nil {
		return err
	}
	extract := func(path, published string) ([]model.Document, error) {
		items, errs, err := input.ReadFile(path, "auto", 0)
		if err != nil {
			return nil, err
		}
		for _, e := range errs {
			fmt.Fprintf(env.Stderr, "sitrep eval: %v\n", e)
		}
		var docs []model.Document
		for _, it := range items {
			ds, err := p.Item(it, pipeline.Options{Published: published})
			if err != nil {
				fmt.Fprintf(env.Stderr, "sitrep eval: %v\n", err)
				continue
			}
			docs = append(docs, ds...)
		}
		return docs, nil
	}
	var all eval.Totals
	for i, f := range files {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r, err := eval.RunFile(f, extract)
		if err != nil {
			return err
		}
		all.Add(r.Totals)
		if *asJSON {
			b, err := r.JSON()
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "%s\n", b)
			continue
		}
		if i > 0 {
			fmt.Fprintln(env.Stdout)
		}
		r.Print(env.Stdout)
	}
	if len(files) > 1 && !*asJSON {
		ev := all.Events
		p, rc := ratio(ev.TP, ev.TP+ev.FP), ratio(ev.RequiredMatched, ev.Required)
		f1 := 0.0
		if p+rc > 0 {
			f1 = 2 * p * rc / (p + rc)
		}
		fmt.Fprintf(env.Stdout, "\nALL %d GOLD FILES\n    event precision       %.3f  (%d / %d)\n    event recall          %.3f  (%d / %d required)\n    event F1              %.3f\n    entity recall         %.3f  (%d / %d)\n    cleaning checks       %d/%d passed\n    forbidden violations  %d\n",
			len(files), p, ev.TP, ev.TP+ev.FP, rc, ev.RequiredMatched, ev.Required, f1,
			ratio(all.EntityFound, all.EntityTotal), all.EntityFound, all.EntityTotal, all.CleaningPassed, all.CleaningTotal, all.Violations)
		eval.PrintCalibration(env.Stdout, all.Calibration)
	}
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
