package report_test

import (
	"context"
	"os"
	"strings"
	"time"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/report"
)

// Render an assessment as SARIF for a code-scanning tool; the other
// formats are json, markdown, html, text, junit, github and gitlab.
func ExampleForFormat() {
	a, err := assess.New(context.Background(), assess.WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }))
	if err != nil {
		panic(err)
	}
	data, err := os.ReadFile("../examples/systems/welfare-risk-scoring.yaml")
	if err != nil {
		panic(err)
	}
	rep, err := a.Assess(context.Background(), assess.Input{Path: "examples/systems/welfare-risk-scoring.yaml", Data: data})
	if err != nil {
		panic(err)
	}
	sarif, err := report.ForFormat("sarif", report.WithRules(a.Rules()))
	if err != nil {
		panic(err)
	}
	var out strings.Builder
	if err := sarif.Render(&out, rep); err != nil {
		panic(err)
	}
	os.Stdout.WriteString(out.String()[:strings.Index(out.String(), "\n  \"runs\"")] + "\n")
	// Output:
	// {
	//   "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
	//   "version": "2.1.0",
}
