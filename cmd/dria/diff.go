package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/report"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

// diffFlags are the flags of dria diff.
type diffFlags struct {
	format string
	failOn rules.Severity
	output string
}

func newDiffCommand() *cobra.Command {
	var fl diffFlags
	cmd := &cobra.Command{
		Use:   "diff OLD.json NEW.json",
		Short: "Compare two JSON reports: new, resolved and changed findings",
		Long: `Diff compares two JSON reports of 'dria assess' (for example from the main
branch and from a change) and lists the findings that are new, resolved or
changed in severity, and each system's change in impact level and risk.
Findings are matched by system, rule and evidence.

With --fail-on, diff exits 1 only for new or worsened findings at or above
that severity that no waiver accepts, so a team can adopt dria on an old
system and block only regressions.

` + outputHelp + `

Exit codes: 0 no regression at or above --fail-on; 1 a regression; 2 bad
input or usage.`,
		Example: "  dria assess --format json -o new.json system.yaml\n  dria diff --fail-on high main.json new.json",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageError("dria diff needs OLD.json and NEW.json (see dria diff --help)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error { return runDiff(cmd, args[0], args[1], fl) },
	}
	cmd.Flags().StringVar(&fl.format, "format", "markdown", "output format: markdown or json")
	cmd.Flags().Var(&fl.failOn, "fail-on", "exit 1 on new or worsened findings at or above this severity")
	cmd.Flags().StringVarP(&fl.output, "output", "o", "", "write to this file instead of standard output")
	completeChoices(cmd, "format", "markdown", "json")
	completeSeverity(cmd, "fail-on")
	return cmd
}

// runDiff compares the reports at oldPath and newPath, writes the
// comparison and gates on regressions at or above --fail-on.
func runDiff(cmd *cobra.Command, oldPath, newPath string, fl diffFlags) error {
	if fl.format != "markdown" && fl.format != "json" {
		return usageError("--format: %q is not markdown or json", fl.format)
	}
	inputs := []string{oldPath, newPath}
	if err := checkOutput("--output", fl.output, inputs); err != nil {
		return err
	}
	old, err := readReport(oldPath)
	if err != nil {
		return err
	}
	new, err := readReport(newPath)
	if err != nil {
		return err
	}
	c := assess.Compare(old, new)
	render := report.ComparisonMarkdown
	if fl.format == "json" {
		render = report.ComparisonJSON
	}
	if err := writeReport(cmd.OutOrStdout(), "--output", fl.output, inputs, func(w io.Writer) error { return render(w, c) }); err != nil {
		return err
	}
	if fl.failOn != "" {
		if regressions := c.Regressions(fl.failOn); len(regressions) > 0 {
			fmt.Fprintf(cmd.ErrOrStderr(), "dria: %d new or worsened findings at or above %s\n", len(regressions), fl.failOn)
			return &exitError{code: exitFindings}
		}
	}
	return nil
}

// maxReportBytes caps the size of a report read by diff: a report of
// thousands of systems fits.
const maxReportBytes = 256 << 20

// readReport reads a JSON report, validated against the report schema.
func readReport(path string) (*assess.Report, error) {
	data, err := fileio.Read(path, maxReportBytes)
	if err != nil {
		return nil, usageError("%w", err)
	}
	if _, err := schema.Load(schema.Report, path, data); err != nil {
		var ve *schema.ValidationError
		if errors.As(err, &ve) {
			return nil, err
		}
		return nil, usageError("%s: %v", safetext.Inline(path), err)
	}
	var r assess.Report
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, usageError("%s: %v", safetext.Inline(path), err)
	}
	return &r, nil
}
