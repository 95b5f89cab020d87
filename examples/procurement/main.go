// Command procurement is an example for procurement officers: it assesses
// several vendors' answers to the same tender (one system description per
// vendor) and writes one self-contained HTML report (or Markdown, for an
// output file ending in .md) with a side-by-side comparison — the verdict,
// impact level, inherent and residual risk, and a heat map of the highest
// severity per right — followed by each vendor's one-page summary (the
// safeguards its impact level requires, met, missing or not known, and the
// questions to put to the vendor) and findings. By default it writes the
// short print for a committee; -detail full adds the appendix with every
// finding's evidence and references.
//
//	go run ./examples/procurement -o comparison.html examples/procurement/vendors/*.yaml
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/report"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("procurement", flag.ContinueOnError)
	flags.SetOutput(stderr)
	out := flags.String("o", "comparison.html", "file to write: HTML, or Markdown when it ends in .md")
	detail := flags.String("detail", string(report.DetailSummary), "how much to print: summary (the short print) or full (with the appendix)")
	if err := flags.Parse(args); err != nil || flags.NArg() < 2 {
		fmt.Fprintln(stderr, "usage: procurement [-o FILE.html|FILE.md] [-detail summary|full] VENDOR.yaml VENDOR.yaml...")
		return 2
	}
	format := "html"
	if strings.HasSuffix(*out, ".md") {
		format = "markdown"
	}
	if _, err := report.ForFormat(format, report.WithDetail(report.Detail(*detail))); err != nil {
		fmt.Fprintln(stderr, "procurement:", err)
		return 2
	}
	var inputs []assess.Input
	for _, path := range flags.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(stderr, "procurement:", err)
			return 2
		}
		inputs = append(inputs, assess.Input{Path: path, Data: data})
	}
	a, err := assess.New(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "procurement:", err)
		return 3
	}
	rep, err := a.AssessBatch(ctx, inputs)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	html, err := report.ForFormat(format, report.WithRules(a.Rules()), report.WithDetail(report.Detail(*detail)))
	if err != nil {
		fmt.Fprintln(stderr, "procurement:", err)
		return 3
	}
	var buf bytes.Buffer
	if err := html.Render(&buf, rep); err != nil {
		fmt.Fprintln(stderr, "procurement:", err)
		return 3
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(stderr, "procurement:", err)
		return 3
	}
	for _, as := range rep.Assessments {
		s := as.Summary
		fmt.Fprintf(stdout, "%-18s impact level %-3s inherent %-8s residual %-8s %d critical, %d high\n",
			as.System.Name, s.ImpactLevel, s.InherentRisk, s.ResidualRisk, s.Counts.Critical, s.Counts.High)
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	return 0
}
