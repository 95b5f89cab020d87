package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/internal/wording"
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
	quiet       bool
	category    string
	detail      detailValue
}

// Bounds of the numeric flags. The library takes any memory limit from 64
// MiB (assess.WithMemoryLimit, rules.WithTestMemoryLimit).
const (
	maxInputBytes = 1 << 30 // --max-bytes: 1 GiB
	minMemoryMiB  = 64      // --max-memory
	maxMemoryMiB  = 1 << 24 // --max-memory: 16 TiB
)

// assessHelp is the long help of dria assess.
const assessHelp = `Assess validates each description, runs the built-in rules (and any given
with --rules) and writes one report for all systems.

The assessment date comes from SOURCE_DATE_EPOCH when it is set (seconds
since 1970, UTC, up to 253402300799, the end of the year 9999), so that the
same input, rules and date give byte-identical output.

Without --format (or format: in .dria.yaml), the report is text when
standard output is a terminal, one line per finding as FILE:LINE:COL, in
colour unless NO_COLOR is set, and JSON otherwise (a pipe, a file, --output).

Paths in SARIF, JUnit, GitHub and GitLab reports are relative to the root
of the repository (the nearest directory up from the working directory
holding .git), or else to the working directory, so a run from a
subdirectory names files as the repository does.

Every file given is in the report: one that could not be read or assessed
is listed with why (exit 2, or 3 for a rule or internal error), and the
others are still assessed.

On a terminal, a batch of 8 or more files shows a progress bar on standard
error (files done, rate, time left). --quiet leaves out the bar and the
notes about waivers; errors, the --fail-on findings and rule packs'
overrides of built-in rules are still printed.

With --fail-on, the findings at or above the level (waived ones excepted)
are counted on standard error and the first five located as FILE:LINE:COL;
the JUnit report then fails only the rules with such findings.

` + outputHelp + `

Exit codes: 0 done, nothing at or above --fail-on; 1 a finding at or above
--fail-on; 2 bad input or usage; 3 a rule or internal error.`

func newAssessCommand() *cobra.Command {
	var fl assessFlags
	cmd := &cobra.Command{
		Use:   "assess FILE|DIR...",
		Short: "Assess system descriptions and write a report",
		Long:  assessHelp,
		Example: `  dria assess examples/systems/welfare-risk-scoring.yaml
  dria assess --format json --fail-on high examples/systems/
  dria assess --format html --output report.html vendor-a.yaml vendor-b.yaml
  dria assess --format sarif --sarif-category dria/hr --output dria.sarif examples/systems/
  dria assess --rules ./our-rules --disable DRIA-DEC-001 system.yaml`,
		Args: minArgs(1, "at least one file or directory"),
		RunE: func(cmd *cobra.Command, args []string) error { return runAssess(cmd, args, &fl) },
	}
	f := cmd.Flags()
	fl.rules.register(cmd)
	f.StringVar(&fl.format, "format", "", "report format: "+formatList()+" (default text on a terminal, json otherwise)")
	f.StringVarP(&fl.output, "output", "o", "", "write the report to this file instead of standard output (see above)")
	f.Var(&fl.failOn, "fail-on", "exit 1 when a finding is at or above this severity: info, low, medium, high, critical")
	newDurationFlag(f, &fl.timeout, "timeout", assess.DefaultTimeout, "evaluation deadline for each system, above zero")
	newIntFlag(f, &fl.maxBytes, "max-bytes", source.DefaultMaxBytes, 1, maxInputBytes, "bytes", "largest accepted description file in bytes")
	newIntFlag(f, &fl.maxProblems, "max-problems", schema.DefaultMaxProblems, 1, maxProblemsLimit, "problems", "report at most this many problems of an invalid description, then how many more")
	f.StringVar(&fl.waivers, "waivers", "", "accept findings listed in this waivers file until their expiry (see dria schema waivers)")
	newIntFlag(f, &fl.memory, "max-memory", int64(assess.DefaultMemoryLimit>>20), minMemoryMiB, maxMemoryMiB, "MiB", "stop an evaluation that grows the heap by more than this many MiB")
	f.BoolVarP(&fl.quiet, "quiet", "q", false, "print only errors on standard error: no progress bar, no notes about waivers")
	f.Var(&fl.detail, "detail", "Markdown and HTML only: summary (the short print for a committee: summary and findings, no appendix) or full (the default)")
	f.StringVar(&fl.category, "sarif-category", "", "SARIF only: the run's category (automationDetails.id), to tell apart several dria analyses of one commit in code scanning")
	registerAssessCompletions(cmd)
	return cmd
}

// assessRun is one run of dria assess, its settings merged from the flags
// and the configuration file.
type assessRun struct {
	fl     *assessFlags
	format string
	// colour is on for a text report on a terminal (wantColour).
	colour bool
	clock  func() time.Time
	// protected lists every input (descriptions, waivers, configuration,
	// packs), which the report may not overwrite.
	protected []string
	// files are the files to assess in argument order, each with the path
	// of its input or the error that kept it from being read.
	files  []argFile
	inputs []assess.Input
	// problems are the errors of the files that could not be read or
	// assessed, in argument order.
	problems []error
}

// runAssess assesses the descriptions the arguments name: it checks the
// settings, reads the files, loads the rules, assesses and reports. Every
// file given is in the report, assessed or listed with why not.
func runAssess(cmd *cobra.Command, args []string, fl *assessFlags) error {
	run, err := prepareAssess(cmd, args, fl)
	if err != nil {
		return err
	}
	run.read(cmd.InOrStdin())
	bar := newProgress(cmd.ErrOrStderr(), len(run.inputs), fl.quiet)
	gc := collectorOff()
	defer gc.restore()
	a, err := run.assessor(cmd.Context(), cmd.ErrOrStderr(), bar)
	if err != nil {
		bar.done()
		return err
	}
	gc.afterLoad(run.smallRun(), uint64(fl.memory)<<20)
	rep, batchErr := a.AssessBatch(cmd.Context(), run.inputs)
	bar.done()
	if batchErr != nil && rep == nil {
		return batchErr
	}
	run.collectFailures(rep, batchErr)
	return run.finish(cmd, a, rep)
}

// prepareAssess merges the configuration file into the flags and checks,
// before anything is read or loaded, what can be: the format and the
// report's settings, SOURCE_DATE_EPOCH, the arguments, the packs and the
// output.
func prepareAssess(cmd *cobra.Command, args []string, fl *assessFlags) (*assessRun, error) {
	cfg, err := fl.rules.load()
	if err != nil {
		return nil, err
	}
	applyConfig(cmd, fl, cfg)
	run := &assessRun{fl: fl, format: fl.format}
	if run.format == "" {
		run.format = defaultFormat(cmd.OutOrStdout(), fl.output)
	}
	run.colour = run.format == "text" && wantColour(cmd.OutOrStdout(), fl.output)
	if err := run.checkReportSettings(); err != nil {
		return nil, err
	}
	if run.clock, err = clockFromEnv(); err != nil {
		return nil, err
	}
	run.files = expandArgs(args)
	paths := make([]string, len(run.files))
	for i, f := range run.files {
		paths[i] = f.path
	}
	run.protected = slices.Concat(fl.rules.inputs(cfg), []string{fl.waivers}, paths)
	if err := checkOutput("--output", fl.output, run.protected); err != nil {
		return nil, err
	}
	return run, nil
}

// checkReportSettings refuses an unknown format, and report settings the
// renderer would refuse, before any work is done; the renderer itself is
// built once, when the report is written.
func (r *assessRun) checkReportSettings() error {
	if err := checkFormat(r.format); err != nil {
		return err
	}
	if r.fl.category != "" && r.format != "sarif" {
		return usageError("--sarif-category applies only to the sarif format, not %s", r.format)
	}
	if _, err := report.ForFormat(r.format, r.reportOptions()...); err != nil {
		return usageError("%s", strings.TrimPrefix(err.Error(), "report: "))
	}
	return nil
}

// reportOptions are the renderer options the settings give (the rules'
// metadata aside): the working directory and the repository root that
// paths are relative to, --fail-on for JUnit, colour and the SARIF
// category.
func (r *assessRun) reportOptions() []report.Option {
	var opts []report.Option
	if wd := workDir(); wd != "" {
		opts = append(opts, report.WithBaseDir(wd))
		if root := repoRoot(wd); root != "" {
			opts = append(opts, report.WithRepoRoot(root))
		}
	}
	if r.fl.failOn != "" {
		opts = append(opts, report.WithFailOn(r.fl.failOn))
	}
	if r.colour {
		opts = append(opts, report.WithColour(true))
	}
	if r.fl.category != "" {
		opts = append(opts, report.WithCategory(r.fl.category))
	}
	if r.fl.detail != "" {
		opts = append(opts, report.WithDetail(report.Detail(r.fl.detail)))
	}
	return opts
}

// formatList names the report formats for people: "a, b or c".
func formatList() string {
	names := report.Formats()
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// checkFormat refuses an unknown report format.
func checkFormat(name string) error {
	if report.HasFormat(name) {
		return nil
	}
	_, err := report.ForFormat(name) // builds nothing for an unknown name: only its message
	return usageError("--format: %w", err)
}

// read reads the description files, keeping the error of each one that
// cannot be read in its place.
func (r *assessRun) read(stdin io.Reader) {
	r.inputs = make([]assess.Input, 0, len(r.files))
	for i, f := range r.files {
		if f.err != nil {
			continue
		}
		in, err := readInput(f.path, stdin, r.fl.maxBytes)
		r.files[i].path = inputName(f.path)
		if err != nil {
			r.files[i].err = err
			continue
		}
		r.inputs = append(r.inputs, in)
	}
}

// collectFailures lists in the report, in argument order, every file
// that could not be read and every input that could not be assessed (the
// batch's own list, rep.Errors, holds only the latter), and keeps their
// errors to print.
func (r *assessRun) collectFailures(rep *assess.Report, batchErr error) {
	var batch []assess.InputError
	var be *assess.BatchError
	switch {
	case errors.As(batchErr, &be):
		batch = be.Failures
	case batchErr != nil:
		r.problems = append(r.problems, batchErr)
	}
	assessed := rep.Errors
	list := make([]assess.InputFailure, 0, len(assessed))
	j := 0
	for _, f := range r.files {
		switch {
		case f.err != nil:
			list = append(list, assess.NewInputFailure(f.path, f.err))
			r.problems = append(r.problems, f.err)
		case j < len(assessed) && assessed[j].Path == f.path:
			list = append(list, assessed[j])
			if j < len(batch) {
				r.problems = append(r.problems, batch[j].Err)
			}
			j++
		}
	}
	list = append(list, assessed[j:]...)
	for _, e := range batch[min(j, len(batch)):] {
		r.problems = append(r.problems, e.Err)
	}
	rep.Errors = nil
	if len(list) > 0 {
		rep.Errors = list
	}
}

// assessor loads the waivers and builds the assessor the settings
// describe. An evaluation that runs away with memory ends the process
// with its message on stderr (runawayHandler).
func (r *assessRun) assessor(ctx context.Context, stderr io.Writer, bar *progress) (*assess.Assessor, error) {
	fl := r.fl
	opts := append(fl.rules.assessOptions(),
		assess.WithClock(r.clock),
		assess.WithTimeout(fl.timeout),
		assess.WithMemoryLimit(uint64(fl.memory)<<20),
		assess.WithInputLimits(source.Limits{MaxBytes: fl.maxBytes}),
		assess.WithMaxProblems(int(fl.maxProblems)),
		assess.WithRunawayHandler(runawayHandler(stderr, bar, os.Exit)),
	)
	if bar != nil {
		opts = append(opts, assess.WithProgress(func(int, int) { bar.add(1) }))
	}
	if fl.waivers != "" {
		ws, err := readWaivers(fl.waivers)
		if err != nil {
			return nil, err
		}
		opts = append(opts, assess.WithWaivers(ws...))
	}
	return assess.New(ctx, opts...)
}

// runawayHandler answers an evaluation that goes on growing memory after
// it was stopped (assess.WithRunawayHandler): it erases the progress bar,
// prints the error on stderr and ends the process through exit with code
// 3, before the operating system ends it without a word. Nothing is half
// written: the report is written only once every evaluation is over.
func runawayHandler(stderr io.Writer, bar *progress, exit func(int)) func(*assess.EvalError) {
	return func(e *assess.EvalError) {
		bar.done()
		fmt.Fprintln(stderr, "dria: "+safetext.Text(e.Error()))
		if f, ok := stderr.(interface{ Flush() error }); ok {
			_ = f.Flush()
		}
		exit(exitInternal)
	}
}

// finish prints the problems, writes the report (always: it lists the
// files that could not be assessed), tells about waivers and overrides and
// works out the exit code.
func (r *assessRun) finish(cmd *cobra.Command, a *assess.Assessor, rep *assess.Report) error {
	stderr := cmd.ErrOrStderr()
	code := exitOK
	for _, e := range r.problems {
		fmt.Fprintln(stderr, formatError(e))
		code = max(code, exitCode(e))
	}
	if err := r.write(cmd.OutOrStdout(), a, rep); err != nil {
		return err
	}
	if !r.fl.quiet {
		reportWaivers(stderr, rep)
	}
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
// output or --output. A text report in colour reaches the terminal
// through a controlWriter that lets its SGR sequences through.
func (r *assessRun) write(stdout io.Writer, a *assess.Assessor, rep *assess.Report) error {
	renderer, err := report.ForFormat(r.format, append(r.reportOptions(), report.WithRules(a.Rules()))...)
	if err != nil {
		return &exitError{code: exitInternal, err: err}
	}
	if t, ok := stdout.(terminal); ok && r.colour {
		cw := &controlWriter{t: t, allow: selectGraphicRendition}
		defer cw.Flush()
		stdout = cw
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
	fmt.Fprintf(w, "dria: %s at or above %s (--fail-on):\n", wording.Count(len(fails), "finding"), level)
	for _, f := range fails[:min(len(fails), maxFailuresListed)] {
		in := safetext.Inline
		fmt.Fprintf(w, "  %s: %s (%s) %s\n", in(f.Where()), in(f.Finding.RuleID), in(f.Finding.Severity.String()), in(f.Finding.Title))
	}
	if more := len(fails) - maxFailuresListed; more > 0 {
		fmt.Fprintf(w, "  and %d more in the report\n", more)
	}
	return true
}

// defaultFormat is json unless a person reads the output on a terminal,
// who gets text.
func defaultFormat(stdout io.Writer, output string) string {
	if output == "" && isTerminal(stdout) && report.HasFormat("text") {
		return "text"
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
