// Command pipeline is an example of dria in a CI pipeline: it assesses every
// system description (*.yaml, *.yml, *.json) under a directory of a
// repository, prints one line per finding at or above a threshold, and
// exits 1 when there is any, so the build fails.
//
//	go run ./examples/pipeline -fail-on high ./examples/systems
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("pipeline", flag.ContinueOnError)
	flags.SetOutput(stderr)
	failOn := rules.High // a *rules.Severity is a flag that accepts only severities
	flags.Var(&failOn, "fail-on", "fail on findings at or above this severity: info, low, medium, high or critical")
	if err := flags.Parse(args); err != nil || flags.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: pipeline [-fail-on SEVERITY] DIR")
		return 2
	}

	var inputs []assess.Input
	err := filepath.WalkDir(flags.Arg(0), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".yaml", ".yml", ".json":
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			inputs = append(inputs, assess.Input{Path: path, Data: data})
		}
		return nil
	})
	if err != nil {
		fmt.Fprintln(stderr, "pipeline:", err)
		return 2
	}

	a, err := assess.New(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "pipeline:", err)
		return 3
	}
	rep, err := a.AssessBatch(ctx, inputs)
	if err != nil {
		// Invalid descriptions are listed with file:line:column; the
		// others were still assessed.
		fmt.Fprintln(stderr, err)
		return 2
	}
	// The findings that no waiver accepts at or above the threshold.
	failing := rep.FailsOn(failOn)
	for _, f := range failing {
		fmt.Fprintf(stdout, "%s: %s %s: %s\n", f.Where(), f.Finding.Severity, f.Finding.RuleID, f.Finding.Message)
	}
	fmt.Fprintf(stdout, "%d systems assessed, %d findings at or above %s\n", len(rep.Assessments), len(failing), failOn)
	if len(failing) > 0 {
		return 1
	}
	return 0
}
