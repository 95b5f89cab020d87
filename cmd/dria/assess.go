package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/report"
	"github.com/dria-project/dria/schema"
)

type assessFlags struct {
	format   string
	output   string
	failOn   string
	rules    []string
	disable  []string
	timeout  time.Duration
	maxBytes int64
	waivers  string
	config   string
	memory   uint64
}

func newAssessCommand() *cobra.Command {
	var fl assessFlags
	cmd := &cobra.Command{
		Use:   "assess FILE|DIR...",
		Short: "Assess system descriptions and write a report",
		Long: `Assess validates each description, runs the built-in rules (and any given
with --rules) and writes one report for all systems.

The assessment date comes from SOURCE_DATE_EPOCH when it is set (seconds
since 1970, UTC), so that the same input, rules and date give byte-identical
output.

Exit codes: 0 done, nothing at or above --fail-on; 1 a finding at or above
--fail-on; 2 bad input or usage; 3 a rule or internal error.`,
		Example: `  dria assess examples/systems/welfare-risk-scoring.yaml
  dria assess --format json --fail-on high examples/systems/
  dria assess --format html --output report.html vendor-a.yaml vendor-b.yaml
  dria assess --format sarif --output dria.sarif examples/systems/
  dria assess --rules ./our-rules --disable DRIA-DEC-001 system.yaml`,
		Args: minArgs(1, "at least one file or directory"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAssess(cmd, args, fl)
		},
	}
	f := cmd.Flags()
	f.StringVar(&fl.format, "format", "", "report format: json, markdown, html, sarif or junit (default markdown on a terminal, json otherwise)")
	f.StringVarP(&fl.output, "output", "o", "", "write the report to this file instead of standard output")
	f.StringVar(&fl.failOn, "fail-on", "", "exit 1 when a finding is at or above this severity: info, low, medium, high, critical")
	f.StringArrayVar(&fl.rules, "rules", nil, "load extra rules from this directory (repeatable)")
	f.StringArrayVar(&fl.disable, "disable", nil, "turn off the rule with this id (repeatable)")
	f.DurationVar(&fl.timeout, "timeout", assess.DefaultTimeout, "evaluation deadline for each system")
	f.Int64Var(&fl.maxBytes, "max-bytes", 0, "largest accepted description file in bytes (default 10 MiB)")
	f.StringVar(&fl.waivers, "waivers", "", "accept findings listed in this waivers file until their expiry (see dria schema waivers)")
	f.Uint64Var(&fl.memory, "max-memory", assess.DefaultMemoryLimit>>20, "stop an evaluation that grows the heap by more than this many MiB")
	f.StringVar(&fl.config, "config", "", "read settings from this file instead of .dria.yaml in the working directory")
	return cmd
}

func runAssess(cmd *cobra.Command, args []string, fl assessFlags) error {
	cfg, err := loadConfig(fl.config)
	if err != nil {
		return err
	}
	if err := applyConfig(cmd, &fl, cfg); err != nil {
		return err
	}
	format := fl.format
	if format == "" {
		format = defaultFormat(cmd.OutOrStdout(), fl.output)
	}
	renderer, err := report.ForFormat(format)
	if err != nil {
		return usageError("--format: %v", err)
	}
	if fl.failOn != "" && assess.SeverityRank(fl.failOn) < 0 {
		return usageError("--fail-on: %q is not a severity; use info, low, medium, high or critical", fl.failOn)
	}
	clock, err := clockFromEnv()
	if err != nil {
		return err
	}
	files, err := expandArgs(args)
	if err != nil {
		return err
	}
	if err := checkRuleDirs(fl.rules); err != nil {
		return err
	}
	if fl.memory < 64 {
		return usageError("--max-memory must be at least 64 (MiB), got %d", fl.memory)
	}
	opts := []assess.Option{assess.WithClock(clock), assess.WithTimeout(fl.timeout), assess.WithMemoryLimit(fl.memory << 20),
		assess.WithInputLimits(schema.Limits{MaxBytes: fl.maxBytes})}
	for _, dir := range fl.rules {
		opts = append(opts, assess.WithRules(dir))
	}
	if len(fl.disable) > 0 {
		opts = append(opts, assess.WithDisabled(fl.disable...))
	}
	if fl.waivers != "" {
		ws, err := readWaivers(fl.waivers)
		if err != nil {
			return err
		}
		opts = append(opts, assess.WithWaivers(ws...))
	}
	a, err := newAssessor(opts...)
	if err != nil {
		return err
	}
	// Renderers get the rules' metadata, and SARIF makes source paths
	// relative to the working directory.
	renderer, _ = report.ForFormat(format, report.WithRules(a.Rules()), report.WithBaseDir(workDir()))

	inputs := make([]assess.Input, 0, len(files))
	var readErrs []error
	for _, f := range files {
		in, err := readInput(f, cmd.InOrStdin(), fl.maxBytes)
		if err != nil {
			readErrs = append(readErrs, err)
			continue
		}
		inputs = append(inputs, in)
	}
	rep, batchErr := a.AssessBatch(cmd.Context(), inputs)
	if batchErr != nil && rep == nil {
		return batchErr
	}

	code := exitOK
	for _, e := range append(readErrs, unwrapBatch(batchErr)...) {
		fmt.Fprintln(cmd.ErrOrStderr(), formatError(e))
		code = max(code, exitCode(e))
	}
	if len(rep.Assessments) > 0 || code == exitOK {
		if err := writeReport(cmd.OutOrStdout(), fl.output, func(w io.Writer) error { return renderer.Render(w, rep) }); err != nil {
			return &exitError{code: exitInternal, err: err}
		}
	}
	reportWaivers(cmd.ErrOrStderr(), rep)
	for _, o := range rep.Ruleset.Overrides {
		fmt.Fprintf(cmd.ErrOrStderr(), "dria: %s\n", o)
	}
	if code == exitOK && fl.failOn != "" && failsOn(rep, fl.failOn) {
		code = exitFindings
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

func unwrapBatch(err error) []error {
	var be *assess.BatchError
	if errors.As(err, &be) {
		return be.Unwrap()
	}
	if err != nil {
		return []error{err}
	}
	return nil
}

// failsOn reports whether any finding that is not waived is at or above
// the severity.
func failsOn(r *assess.Report, level string) bool {
	threshold := assess.SeverityRank(level)
	for _, a := range r.Assessments {
		for _, f := range a.Findings {
			if !f.Waived && assess.SeverityRank(f.Severity) >= threshold {
				return true
			}
		}
	}
	return false
}

// defaultFormat is json unless a person reads the output on a terminal.
func defaultFormat(stdout io.Writer, output string) string {
	if output == "" {
		if f, ok := stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) && report.HasFormat("markdown") {
			return "markdown"
		}
	}
	return "json"
}

// envSet reports whether SOURCE_DATE_EPOCH is set.
func envSet() bool { return os.Getenv("SOURCE_DATE_EPOCH") != "" }

// workDir is the working directory, or "" when it cannot be found.
func workDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	return wd
}

// clockFromEnv fixes the clock at SOURCE_DATE_EPOCH when it is set.
func clockFromEnv() (func() time.Time, error) {
	v, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || v == "" {
		return time.Now, nil
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if err != nil || secs < 0 {
		return nil, usageError("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", v)
	}
	t := time.Unix(secs, 0).UTC()
	return func() time.Time { return t }, nil
}

// readWaivers loads a waivers file; its problems are usage errors with
// their locations.
func readWaivers(path string) ([]assess.Waiver, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usageError("--waivers %s: %s", path, describeFSError(err))
	}
	return assess.LoadWaivers(path, data)
}

// reportWaivers tells the user on standard error about waivers that expired
// (their findings count again) and waivers that matched nothing.
func reportWaivers(w io.Writer, rep *assess.Report) {
	if rep.Waivers == nil {
		return
	}
	for _, x := range rep.Waivers.Expired {
		fmt.Fprintf(w, "dria: %s has expired: it no longer applies and its findings count again\n", x)
	}
	for _, x := range rep.Waivers.Stale {
		fmt.Fprintf(w, "dria: %s matched no finding (stale): remove it or correct its rule or system\n", x)
	}
}

// newAssessor builds the assessor with the garbage collector relaxed:
// compiling the rules allocates a lot of short-lived data, and collecting
// it as eagerly as usual costs a fifth of the command's start-up.
func newAssessor(opts ...assess.Option) (*assess.Assessor, error) {
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	return assess.New(opts...)
}
