package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/report"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema/source"
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
	memory   int64
}

// Bounds of the numeric flags.
const (
	maxInputBytes = 1 << 30 // --max-bytes: 1 GiB
	minMemoryMiB  = 64      // --max-memory
	maxMemoryMiB  = 1 << 24 // --max-memory: 16 TiB
)

func newAssessCommand() *cobra.Command {
	var fl assessFlags
	cmd := &cobra.Command{
		Use:   "assess FILE|DIR...",
		Short: "Assess system descriptions and write a report",
		Long: `Assess validates each description, runs the built-in rules (and any given
with --rules) and writes one report for all systems.

The assessment date comes from SOURCE_DATE_EPOCH when it is set (seconds
since 1970, UTC, up to 253402300799, the end of the year 9999), so that the
same input, rules and date give byte-identical output.

` + outputHelp + `

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
	f.StringVarP(&fl.output, "output", "o", "", "write the report to this file instead of standard output (see above)")
	f.StringVar(&fl.failOn, "fail-on", "", "exit 1 when a finding is at or above this severity: info, low, medium, high, critical")
	f.StringArrayVar(&fl.rules, "rules", nil, "load extra rules from this directory (repeatable)")
	f.StringArrayVar(&fl.disable, "disable", nil, "turn off the rule with this id (repeatable)")
	newDurationFlag(f, &fl.timeout, "timeout", assess.DefaultTimeout, "evaluation deadline for each system, above zero")
	newIntFlag(f, &fl.maxBytes, "max-bytes", fileio.DefaultMaxBytes, 1, maxInputBytes, "bytes", "largest accepted description file in bytes")
	f.StringVar(&fl.waivers, "waivers", "", "accept findings listed in this waivers file until their expiry (see dria schema waivers)")
	newIntFlag(f, &fl.memory, "max-memory", int64(assess.DefaultMemoryLimit>>20), minMemoryMiB, maxMemoryMiB, "MiB", "stop an evaluation that grows the heap by more than this many MiB")
	f.StringVar(&fl.config, "config", "", "read settings from this file instead of .dria.yaml in the working directory")
	return cmd
}

func runAssess(cmd *cobra.Command, args []string, fl assessFlags) error {
	cfg, err := loadConfig(fl.config)
	if err != nil {
		return err
	}
	applyConfig(cmd, &fl, cfg)
	format := fl.format
	if format == "" {
		format = defaultFormat(cmd.OutOrStdout(), fl.output)
	}
	if _, err := report.ForFormat(format); err != nil {
		return usageError("--format: %v", err)
	}
	if fl.failOn != "" {
		if _, err := rules.ParseSeverity(fl.failOn); err != nil {
			return usageError("--fail-on: %w", err)
		}
	}
	clock, err := clockFromEnv()
	if err != nil {
		return err
	}
	files, readErrs := expandArgs(args)
	if err := checkRuleDirs(fl.rules); err != nil {
		return err
	}
	protected := append(append([]string{cfg.path, fl.waivers}, fl.rules...), files...)
	if err := checkOutput("--output", fl.output, protected); err != nil {
		return err
	}
	inputs := make([]assess.Input, 0, len(files))
	for _, f := range files {
		in, err := readInput(f, cmd.InOrStdin(), fl.maxBytes)
		if err != nil {
			readErrs = append(readErrs, err)
			continue
		}
		inputs = append(inputs, in)
	}
	if len(inputs) == 0 {
		// Nothing to assess: say why without loading the rules.
		return printProblems(cmd.ErrOrStderr(), readErrs)
	}
	a, err := buildAssessor(cmd.Context(), fl, clock)
	if err != nil {
		return err
	}
	rep, batchErr := a.AssessBatch(cmd.Context(), inputs)
	if batchErr != nil && rep == nil {
		return batchErr
	}
	return finishAssess(cmd, fl, a, format, rep, append(readErrs, unwrapBatch(batchErr)...), protected)
}

// buildAssessor loads the waivers and the rules the flags name.
func buildAssessor(ctx context.Context, fl assessFlags, clock func() time.Time) (*assess.Assessor, error) {
	opts := []assess.Option{assess.WithClock(clock), assess.WithTimeout(fl.timeout), assess.WithMemoryLimit(uint64(fl.memory) << 20),
		assess.WithInputLimits(source.Limits{MaxBytes: fl.maxBytes})}
	for _, dir := range fl.rules {
		opts = append(opts, assess.WithRules(dir))
	}
	if len(fl.disable) > 0 {
		opts = append(opts, assess.WithDisabled(fl.disable...))
	}
	if fl.waivers != "" {
		ws, err := readWaivers(fl.waivers)
		if err != nil {
			return nil, err
		}
		opts = append(opts, assess.WithWaivers(ws...))
	}
	return newAssessor(ctx, opts...)
}

// finishAssess prints the problems, writes the report and works out the
// exit code.
func finishAssess(cmd *cobra.Command, fl assessFlags, a *assess.Assessor, format string, rep *assess.Report, errs []error, protected []string) error {
	stderr := cmd.ErrOrStderr()
	code := exitOK
	for _, e := range errs {
		fmt.Fprintln(stderr, formatError(e))
		code = max(code, exitCode(e))
	}
	if len(rep.Assessments) > 0 || code == exitOK {
		// Renderers get the rules' metadata, and SARIF makes source paths
		// relative to the working directory.
		renderer, err := report.ForFormat(format, report.WithRules(a.Rules()), report.WithBaseDir(workDir()))
		if err != nil {
			return &exitError{code: exitInternal, err: err}
		}
		if err := writeReport(cmd.OutOrStdout(), "--output", fl.output, protected, func(w io.Writer) error { return renderer.Render(w, rep) }); err != nil {
			return err
		}
	}
	reportWaivers(stderr, rep)
	for _, o := range rep.Ruleset.Overrides {
		fmt.Fprintf(stderr, "dria: %s\n", safetext.Inline(o.String()))
	}
	if code == exitOK && fl.failOn != "" && len(rep.FailsOn(rules.Severity(fl.failOn))) > 0 {
		code = exitFindings
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// printProblems prints each error and returns the exit error of the worst.
func printProblems(w io.Writer, errs []error) error {
	code := exitOK
	for _, e := range errs {
		fmt.Fprintln(w, formatError(e))
		code = max(code, exitCode(e))
	}
	if code == exitOK {
		return nil
	}
	return &exitError{code: code}
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

// defaultFormat is json unless a person reads the output on a terminal.
func defaultFormat(stdout io.Writer, output string) string {
	if output == "" && isTerminal(stdout) && report.HasFormat("markdown") {
		return "markdown"
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

// maxSourceDateEpoch is the last second of the year 9999: dates after it
// have five-digit years, which the report format does not allow.
const maxSourceDateEpoch = 253402300799

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
	if secs > maxSourceDateEpoch {
		return nil, usageError("SOURCE_DATE_EPOCH=%s is after the year 9999; use 0 (1970-01-01) to %d (9999-12-31 23:59:59 UTC)", v, maxSourceDateEpoch)
	}
	t := time.Unix(secs, 0).UTC()
	return func() time.Time { return t }, nil
}

// readWaivers loads a waivers file; its problems are usage errors with
// their locations.
func readWaivers(path string) ([]assess.Waiver, error) {
	data, err := fileio.Read(path, maxConfigBytes)
	if err != nil {
		return nil, usageError("--waivers %w", err)
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
func newAssessor(ctx context.Context, opts ...assess.Option) (*assess.Assessor, error) {
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	return assess.New(ctx, opts...)
}
