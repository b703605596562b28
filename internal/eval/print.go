package eval

import (
	"fmt"
	"io"
	"strings"
)

// fieldAbbrev are the column heads of the per-event table, in Fields order.
var fieldAbbrev = []string{"type", "acld", "src", "tgt", "loc", "date", "cnt", "mod", "bg"}

// Print writes the report as one plain-text table: per document, each gold event (found or
// missed, with per-field agreement: "ok" agrees, "NO" disagrees, "-" not stated), false
// positives, exempt verbal events, forbidden violations, cleaning checks and entity recall;
// then the totals.
func (r *Report) Print(w io.Writer) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }
	name := r.Gold
	if name == "" {
		name = "(gold)"
	}
	p("sitrep eval %s (input %s)\n", name, r.Input)
	for i, d := range r.Documents {
		p("\n[%d] %s\n", i+1, d.Title)
		pub := d.Published
		if pub == "" {
			pub = "-"
		}
		switch {
		case !d.Found:
			p("    published %s; NOT FOUND in the extracted documents\n", pub)
		case d.MatchedBy == "position":
			p("    published %s; paired by position with %q\n", pub, d.FoundTitle)
		default:
			p("    published %s; paired by title\n", pub)
		}
		kw := 14
		for _, e := range d.Events {
			if len(e.Key) > kw {
				kw = len(e.Key)
			}
		}
		if len(d.Events) > 0 {
			p("    %-*s req  result  %s  found event\n", kw, "event", strings.Join(padAll(fieldAbbrev, 4), " "))
		}
		for _, e := range d.Events {
			req, res := "opt", "missed"
			if e.Required {
				req, res = "req", "MISSED"
			}
			if e.Matched {
				res = "found"
			}
			cells := make([]string, len(Fields))
			for k, f := range Fields {
				agree, stated := e.Fields[f]
				switch {
				case !stated:
					cells[k] = "-"
				case agree:
					cells[k] = "ok"
				default:
					cells[k] = "NO"
				}
			}
			ev := "(no events)"
			if e.Event != nil {
				ev = e.Event.String()
				if !e.Matched {
					ev = "best " + ev
				}
			}
			p("    %-*s %s  %-6s  %s  %s\n", kw, e.Key, req, res, strings.Join(padAll(cells, 4), " "), ev)
		}
		for _, f := range d.FalsePositives {
			p("    %-*s %s\n", kw, "false positive", f.String())
		}
		for _, f := range d.Exempt {
			p("    %-*s %s\n", kw, "exempt verbal", f.String())
		}
		for _, v := range d.Forbidden {
			p("    %-*s %s %d: %s\n", kw, "FORBIDDEN", v.Rule, v.Value, v.Event.String())
		}
		for _, c := range d.Cleaning {
			res := "pass"
			if !c.Pass {
				res = "FAIL"
			}
			if c.Detail != "" {
				res += " (" + c.Detail + ")"
			}
			p("    %-*s %s %q: %s\n", kw, "cleaning", c.Kind, clip(c.Text, 60), res)
		}
		if d.Entities.Total > 0 {
			p("    %-*s %d/%d", kw, "entities", d.Entities.Found, d.Entities.Total)
			if len(d.Entities.Missed) > 0 {
				ms := make([]string, len(d.Entities.Missed))
				for k, m := range d.Entities.Missed {
					ms[k] = m.Text + "/" + m.Label
				}
				p("  missed: %s", strings.Join(ms, ", "))
			}
			p("\n")
		}
		c := d.Counts
		p("    %-*s tp %d  fp %d  exempt %d  required %d/%d  optional %d/%d\n", kw, "events",
			c.TP, c.FP, c.Exempt, c.RequiredMatched, c.Required, c.OptionalMatched, c.Optional)
	}
	t := r.Totals
	c := t.Events
	p("\nTOTALS\n")
	p("    documents found       %d/%d\n", t.DocumentsFound, t.Documents)
	p("    event precision       %s  (%d matched / %d found; %d exempt verbal)\n", num(t.Precision), c.TP, c.TP+c.FP, c.Exempt)
	p("    event recall          %s  (%d / %d required; optional found %d/%d)\n", num(t.Recall), c.RequiredMatched, c.Required, c.OptionalMatched, c.Optional)
	p("    event F1              %s\n", num(t.F1))
	p("    field accuracy        (best candidate per required gold event)\n")
	for _, f := range t.FieldAccuracy {
		p("      %-19s %s  (%d/%d)\n", f.Field, num(f.Accuracy), f.Agree, f.Stated)
	}
	PrintCalibration(w, t.Calibration)
	p("    entity recall         %s  (%d/%d)\n", num(t.EntityRecall), t.EntityFound, t.EntityTotal)
	p("    cleaning checks       %d/%d passed\n", t.CleaningPassed, t.CleaningTotal)
	p("    forbidden violations  %d\n", t.Violations)
}

// String is a one-line summary: #INDEX TYPE[/sub-event] "trigger" date @place: snippet.
func (f FoundEvent) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "#%d %s", f.Index, f.Type)
	if f.SubEvent != "" {
		b.WriteString("/" + f.SubEvent)
	}
	fmt.Fprintf(&b, " %q", f.Trigger)
	if f.Date != "" {
		b.WriteString(" " + f.Date)
	}
	if f.Location != "" {
		b.WriteString(" @" + f.Location)
	}
	if f.Snippet != "" {
		b.WriteString(": " + f.Snippet)
	}
	return b.String()
}

func num(x *float64) string {
	if x == nil {
		return "  n/a"
	}
	return fmt.Sprintf("%.3f", *x)
}

func padAll(ss []string, n int) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%-*s", n, s)
	}
	return out
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// PrintCalibration writes the calibration table of c: per confidence band, the found events
// and the share that matched a gold event.
func PrintCalibration(w io.Writer, c Calibration) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }
	p("    calibration           (found events by confidence; right = matched a gold event)\n")
	for i := len(c) - 1; i >= 0; i-- {
		b := c[i]
		share := "-"
		if b.Events > 0 {
			share = fmt.Sprintf("%.3f", float64(b.Right)/float64(b.Events))
		}
		p("      %.1f-%.1f             %s  (%d/%d)\n", b.From, b.To, share, b.Right, b.Events)
	}
	n, r := c.AtLeast(0.8)
	share := "-"
	if n > 0 {
		share = fmt.Sprintf("%.3f", float64(r)/float64(n))
	}
	p("      >= 0.8              %s  (%d/%d)\n", share, r, n)
}
