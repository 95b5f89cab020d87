package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/report"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

type assessFlags struct {
	rules       ruleFlags
	format      string
	output      string
	failOn      rules.Severity
	timeout     time.Duration
	maxBytes    int64
	maxProblems int64
	waivers     string
	memory      int64
}

// Bounds of the numeric flags. The library takes any memory limit from 64
// MiB (assess.WithMemoryLimit, rules.WithTestMemoryLimit).
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

With --fail-on, the findings at or above the level (waived ones excepted)
are counted on standard error and the first five located as FILE:LINE:COL.

` + outputHelp + `

Exit codes: 0 done, nothing at or above --fail-on; 1 a finding at or above
--fail-on; 2 bad input or usage; 3 a rule or internal error.`,
		Example: `  dria assess examples/systems/welfare-risk-scoring.yaml
  dria assess --format json --fail-on high examples/systems/
  dria assess --format html --output report.html vendor-a.yaml vendor-b.yaml
  dria assess --format sarif --output dria.sarif examples/systems/
  dria assess --rules ./our-rules --disable DRIA-DEC-001 system.yaml`,
		Args: minArgs(1, "at least one file or directory"),
		RunE: func(cmd *cobra.Command, args []string) error { return runAssess(cmd, args, &fl) },
	}
	f := cmd.Flags()
	fl.rules.register(cmd)
	f.StringVar(&fl.format, "format", "", "report format: "+formatList()+" (default markdown on a terminal, json otherwise)")
	f.StringVarP(&fl.output, "output", "o", "", "write the report to this file instead of standard output (see above)")
	f.Var(&fl.failOn, "fail-on", "exit 1 when a finding is at or above this severity: info, low, medium, high, critical")
	newDurationFlag(f, &fl.timeout, "timeout", assess.DefaultTimeout, "evaluation deadline for each system, above zero")
	newIntFlag(f, &fl.maxBytes, "max-bytes", source.DefaultMaxBytes, 1, maxInputBytes, "bytes", "largest accepted description file in bytes")
	newIntFlag(f, &fl.maxProblems, "max-problems", schema.DefaultMaxProblems, 1, maxProblemsLimit, "problems", "report at most this many problems of an invalid description, then how many more")
	f.StringVar(&fl.waivers, "waivers", "", "accept findings listed in this waivers file until their expiry (see dria schema waivers)")
	newIntFlag(f, &fl.memory, "max-memory", int64(assess.DefaultMemoryLimit>>20), minMemoryMiB, maxMemoryMiB, "MiB", "stop an evaluation that grows the heap by more than this many MiB")
	return cmd
}

// assessRun is one run of dria assess, its settings merged from the flags
// and the configuration file.
type assessRun struct {
	fl     *assessFlags
	format string
	clock  func() time.Time
	// protected lists every input (descriptions, waivers, configuration,
	// packs), which the report may not overwrite.
	protected []string
	inputs    []assess.Input
	// problems are the errors met so far: arguments that could not be
	// expanded, files that could not be read, systems that failed.
	problems []error
}

// runAssess assesses the descriptions the arguments name: it checks the
// settings, reads the files, loads the rules, assesses and reports.
func runAssess(cmd *cobra.Command, args []string, fl *assessFlags) error {
	run, files, err := prepareAssess(cmd, args, fl)
	if err != nil {
		return err
	}
	run.read(files, cmd.InOrStdin())
	if len(run.inputs) == 0 {
		// Nothing to assess: say why without loading the rules.
		return printProblems(cmd.ErrOrStderr(), run.problems)
	}
	a, err := run.assessor(cmd.Context(), cmd.ErrOrStderr())
	if err != nil {
		return err
	}
	rep, batchErr := a.AssessBatch(cmd.Context(), run.inputs)
	if batchErr != nil && rep == nil {
		return batchErr
	}
	run.problems = append(run.problems, unwrapBatch(batchErr)...)
	return run.finish(cmd, a, rep)
}

// prepareAssess merges the configuration file into the flags and checks,
// before anything is read or loaded, what can be: the format,
// SOURCE_DATE_EPOCH, the arguments, the packs and the output. It returns
// the files to read.
func prepareAssess(cmd *cobra.Command, args []string, fl *assessFlags) (*assessRun, []string, error) {
	cfg, err := fl.rules.load()
	if err != nil {
		return nil, nil, err
	}
	applyConfig(cmd, fl, cfg)
	run := &assessRun{fl: fl, format: fl.format}
	if run.format == "" {
		run.format = defaultFormat(cmd.OutOrStdout(), fl.output)
	}
	if err := checkFormat(run.format); err != nil {
		return nil, nil, err
	}
	if run.clock, err = clockFromEnv(); err != nil {
		return nil, nil, err
	}
	files, problems := expandArgs(args)
	run.problems = problems
	run.protected = slices.Concat(fl.rules.inputs(cfg), []string{fl.waivers}, files)
	if err := checkOutput("--output", fl.output, run.protected); err != nil {
		return nil, nil, err
	}
	return run, files, nil
}

// formatList names the report formats for people: "a, b or c".
func formatList() string {
	names := report.Formats()
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// checkFormat refuses an unknown report format before any work is done;
// the renderer itself is built once, when the report is written.
func checkFormat(name string) error {
	if report.HasFormat(name) {
		return nil
	}
	_, err := report.ForFormat(name) // builds nothing for an unknown name: only its message
	return usageError("--format: %w", err)
}

// read reads the description files, keeping a problem for each one that
// cannot be read.
func (r *assessRun) read(files []string, stdin io.Reader) {
	r.inputs = make([]assess.Input, 0, len(files))
	for _, f := range files {
		in, err := readInput(f, stdin, r.fl.maxBytes)
		if err != nil {
			r.problems = append(r.problems, err)
			continue
		}
		r.inputs = append(r.inputs, in)
	}
}

// assessor loads the waivers and builds the assessor the settings
// describe. An evaluation that runs away with memory ends the process
// with its message on stderr (runawayHandler).
func (r *assessRun) assessor(ctx context.Context, stderr io.Writer) (*assess.Assessor, error) {
	fl := r.fl
	opts := append(fl.rules.assessOptions(),
		assess.WithClock(r.clock),
		assess.WithTimeout(fl.timeout),
		assess.WithMemoryLimit(uint64(fl.memory)<<20),
		assess.WithInputLimits(source.Limits{MaxBytes: fl.maxBytes}),
		assess.WithMaxProblems(int(fl.maxProblems)),
		assess.WithRunawayHandler(runawayHandler(stderr, os.Exit)),
	)
	if fl.waivers != "" {
		ws, err := readWaivers(fl.waivers)
		if err != nil {
			return nil, err
		}
		opts = append(opts, assess.WithWaivers(ws...))
	}
	return newAssessor(ctx, opts...)
}

// runawayHandler answers an evaluation that goes on growing memory after
// it was stopped (assess.WithRunawayHandler): it prints the error on
// stderr and ends the process through exit with code 3, before the
// operating system ends it without a word. Nothing is half written: the
// report is written only once every evaluation is over.
func runawayHandler(stderr io.Writer, exit func(int)) func(*assess.EvalError) {
	return func(e *assess.EvalError) {
		fmt.Fprintln(stderr, "dria: "+safetext.Text(e.Error()))
		if f, ok := stderr.(interface{ Flush() error }); ok {
			_ = f.Flush()
		}
		exit(exitInternal)
	}
}

// finish prints the problems, writes the report, tells about waivers and
// overrides and works out the exit code.
func (r *assessRun) finish(cmd *cobra.Command, a *assess.Assessor, rep *assess.Report) error {
	stderr := cmd.ErrOrStderr()
	code := exitOK
	for _, e := range r.problems {
		fmt.Fprintln(stderr, formatError(e))
		code = max(code, exitCode(e))
	}
	if len(rep.Assessments) > 0 || code == exitOK {
		if err := r.write(cmd.OutOrStdout(), a, rep); err != nil {
			return err
		}
	}
	reportWaivers(stderr, rep)
	for _, o := range rep.Ruleset.Overrides {
		fmt.Fprintf(stderr, "dria: %s\n", safetext.Inline(o.String()))
	}
	if code == exitOK && r.fl.failOn != "" && reportFailures(stderr, rep, r.fl.failOn) {
		code = exitFindings
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// write renders the report, with the one renderer of the run, to standard
// output or --output. Renderers get the rules' metadata, and SARIF makes
// source paths relative to the working directory.
func (r *assessRun) write(stdout io.Writer, a *assess.Assessor, rep *assess.Report) error {
	renderer, err := report.ForFormat(r.format, report.WithRules(a.Rules()), report.WithBaseDir(workDir()))
	if err != nil {
		return &exitError{code: exitInternal, err: err}
	}
	return writeReport(stdout, "--output", r.fl.output, r.protected, func(w io.Writer) error { return renderer.Render(w, rep) })
}

// maxFailuresListed is how many of the findings that fail --fail-on are
// located on standard error.
const maxFailuresListed = 5

// reportFailures says on w why --fail-on fails the run: how many findings
// no waiver accepts are at or above level, and where the first few are.
// It reports whether there are any.
func reportFailures(w io.Writer, rep *assess.Report, level rules.Severity) bool {
	fails := rep.FailsOn(level)
	if len(fails) == 0 {
		return false
	}
	fmt.Fprintf(w, "dria: %s at or above %s (--fail-on):\n", plural(len(fails), "finding"), level)
	for _, f := range fails[:min(len(fails), maxFailuresListed)] {
		in := safetext.Inline
		fmt.Fprintf(w, "  %s: %s (%s) %s\n", in(f.Where()), in(f.Finding.RuleID), in(f.Finding.Severity.String()), in(f.Finding.Title))
	}
	if more := len(fails) - maxFailuresListed; more > 0 {
		fmt.Fprintf(w, "  and %d more in the report\n", more)
	}
	return true
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
