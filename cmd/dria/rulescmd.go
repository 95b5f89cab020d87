package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/report"
	"github.com/dria-project/dria/rules"
)

func newRulesCommand() *cobra.Command {
	cmd := groupCommand("rules", "List, test, scaffold and document rules")
	cmd.AddCommand(newRulesListCommand(), newRulesTestCommand(), newRulesDocCommand(), newRulesNewCommand())
	return cmd
}

// loadRules loads the rules the rule flags and the configuration file
// name.
func loadRules(ctx context.Context, rf *ruleFlags) (*rules.Set, error) {
	if _, err := rf.load(); err != nil {
		return nil, err
	}
	return rf.set(ctx)
}

func newRulesListCommand() *cobra.Command {
	var format string
	var rf ruleFlags
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the loaded rules with their severity, rights and references",
		Long:  "List prints every enabled rule: the built-in set and any loaded with --rules (or the configuration file's rules). The table is for people; --format json gives every field.",
		Example: `  dria rules list
  dria rules list --format json | jq '.[] | select(.severity == "critical") | .id'`,
		Args: maxArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error { return listRules(cmd, &rf, format) },
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	rf.register(cmd)
	completeChoices(cmd, "format", "table", "json")
	return cmd
}

// listRules prints the enabled rules as a table or as JSON.
func listRules(cmd *cobra.Command, rf *ruleFlags, format string) error {
	if format != "table" && format != "json" {
		return usageError("--format: %q is not table or json", format)
	}
	set, err := loadRules(cmd.Context(), rf)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeRulesJSON(cmd.OutOrStdout(), set.Rules())
	}
	return writeRulesTable(cmd.OutOrStdout(), set.Rules())
}

func writeRulesJSON(w io.Writer, rs []rules.Rule) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rs)
}

// writeRulesTable prints the rules for people. Every field can come from
// a rule pack, so each is kept on its line with control characters
// escaped (a tab would also break the columns).
func writeRulesTable(w io.Writer, rs []rules.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tLIKELIHOOD\tRIGHTS\tCATEGORY\tTITLE")
	in := safetext.Inline
	for _, r := range rs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", in(r.ID), in(r.Severity.String()), in(r.Likelihood), in(strings.Join(r.Rights, ",")), in(r.Category), in(r.Title))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%d rules\n", len(rs))
	return err
}

// rulesTestFlags are the flags of dria rules test.
type rulesTestFlags struct {
	rules       ruleFlags
	format      string
	minCoverage float64
	builtins    bool
	timeout     time.Duration
	memory      int64
}

func newRulesTestCommand() *cobra.Command {
	var fl rulesTestFlags
	cmd := &cobra.Command{
		Use:   "test [DIR|BUNDLE...]",
		Short: "Run the Rego tests of rule packs, or of the built-in rules",
		Long: `Test runs every *_test.rego of the given rule packs (the arguments and
--rules, or else the configuration file's rules), then reports, per pack
rule, its tests, whether a test made it fire, the share of its lines the
tests ran and the lines they did not run. The built-in rules are loaded
with the packs (overrides name them) but their own tests run only with
--builtins, or when no pack is given. Each test has a deadline (--timeout)
and the run a memory limit (--max-memory), as an assessment has.

Exit codes: 0 all tests pass and every rule has a firing test and the
coverage is at least --min-coverage; 1 otherwise; 2 usage; 3 a rule fails
to load or the run was stopped.`,
		Example: "  dria rules test ./our-rules --min-coverage 90\n  dria rules test ./our-rules --builtins --format json\n  dria rules test                      # the built-in rules",
		RunE:    func(cmd *cobra.Command, args []string) error { return testRules(cmd, args, &fl) },
	}
	f := cmd.Flags()
	f.StringVar(&fl.format, "format", "text", "output format: text or json")
	newPercentFlag(f, &fl.minCoverage, "min-coverage", 80, "fail when the tests run less than this percentage of the rules' lines (0 to 100)")
	f.BoolVar(&fl.builtins, "builtins", false, "also run the built-in rules' tests (always when no pack is given)")
	newDurationFlag(f, &fl.timeout, "timeout", rules.DefaultTestTimeout, "deadline of each test, above zero")
	newIntFlag(f, &fl.memory, "max-memory", int64(rules.DefaultTestMemoryLimit>>20), minMemoryMiB, maxMemoryMiB, "MiB", "stop the run when the tests grow the heap by more than this many MiB")
	fl.rules.packArgs = true
	fl.rules.register(cmd)
	completeChoices(cmd, "format", "text", "json")
	return cmd
}

// testRules runs the tests of the built-in rules and of the packs, prints
// the outcome and fails on a failed test, an untested rule or too little
// coverage.
func testRules(cmd *cobra.Command, args []string, fl *rulesTestFlags) error {
	if fl.format != "text" && fl.format != "json" {
		return usageError("--format: %q is not text or json", fl.format)
	}
	fl.rules.packs = append(slices.Clone(args), fl.rules.packs...)
	rep, err := runRuleTests(cmd.Context(), fl)
	if err != nil {
		return err
	}
	// With rule packs given, the threshold applies to their rules;
	// otherwise to the whole set.
	sources := make([]string, 0, len(fl.rules.packs))
	for _, d := range fl.rules.packs {
		sources = append(sources, filepath.ToSlash(filepath.Clean(d)))
	}
	coverage := rep.CoverageOf(sources...)
	if err := writeTestOutcome(cmd.OutOrStdout(), fl, rep, coverage, len(sources) > 0); err != nil {
		return err
	}
	if !rep.Passed() || coverage < fl.minCoverage || len(untested(rep)) > 0 {
		return &exitError{code: exitFindings}
	}
	return nil
}

// runRuleTests loads the rules with their tests and runs the tests under
// the flags' deadline and memory limit.
func runRuleTests(ctx context.Context, fl *rulesTestFlags) (*rules.TestReport, error) {
	if _, err := fl.rules.load(); err != nil {
		return nil, err
	}
	set, err := fl.rules.set(ctx, rules.WithTests())
	if err != nil {
		return nil, err
	}
	opts := []rules.TestOption{rules.WithTestTimeout(fl.timeout), rules.WithTestMemoryLimit(uint64(fl.memory) << 20)}
	if len(fl.rules.packs) > 0 && !fl.builtins {
		opts = append(opts, rules.WithPackTestsOnly())
	}
	rep, err := set.Test(ctx, opts...)
	if errors.Is(err, rules.ErrNoTests) {
		// A pack without tests is the author's to fix, not an internal
		// error.
		return nil, usageError("%s", strings.TrimPrefix(err.Error(), "rules: "))
	}
	return rep, err
}

// writeTestOutcome prints the test report as text or JSON.
func writeTestOutcome(w io.Writer, fl *rulesTestFlags, rep *rules.TestReport, coverage float64, packs bool) error {
	if fl.format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return writeTestReport(w, rep, coverage, fl.minCoverage, packs)
}

func untested(rep *rules.TestReport) []string {
	var out []string
	for _, r := range rep.Rules {
		if !r.Fires {
			out = append(out, r.ID)
		}
	}
	return out
}

func writeTestReport(w io.Writer, rep *rules.TestReport, coverage, minCoverage float64, packs bool) error {
	passed, failed := 0, 0
	for _, c := range rep.Cases {
		if c.Passed || c.Skipped {
			passed++
			continue
		}
		failed++
		fmt.Fprintf(w, "FAIL %s:%d: %s.%s: %s\n", safetext.Inline(c.File), c.Line, safetext.Inline(c.Package), safetext.Inline(c.Name), safetext.Inline(c.Error))
		if c.Output != "" {
			fmt.Fprintf(w, "     printed: %s\n", strings.ReplaceAll(safetext.Text(strings.TrimSpace(c.Output)), "\n", "\n              "))
		}
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tTESTS\tFIRES\tCOVERAGE\tFILE")
	for _, r := range rep.Rules {
		fires := "yes"
		if !r.Fires {
			fires = "NO"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%.0f%%\t%s\n", safetext.Inline(r.ID), r.Tests, fires, r.Coverage, safetext.Inline(r.File))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	scope := "coverage"
	if packs {
		scope = "coverage of the given packs"
	}
	fmt.Fprintf(w, "\n%d tests: %d passed, %d failed; %d rules, %d without a firing test; %s %.1f%% (minimum %.0f%%)\n",
		len(rep.Cases), passed, failed, len(rep.Rules), len(untested(rep)), scope, coverage, minCoverage)
	if missing := untested(rep); len(missing) > 0 {
		fmt.Fprintf(w, "rules without a firing test: %s\n", safetext.Inline(strings.Join(missing, ", ")))
	}
	writeUncovered(w, rep)
	return nil
}

// writeUncovered lists, for each rule of a pack, the lines of its file
// that no test ran (the built-in rules' are in the JSON report).
func writeUncovered(w io.Writer, rep *rules.TestReport) {
	header := false
	for _, r := range rep.Rules {
		if r.Source == "builtin" || len(r.UncoveredLines) == 0 {
			continue
		}
		if !header {
			fmt.Fprintln(w, "lines no test ran:")
			header = true
		}
		fmt.Fprintf(w, "  %s %s: %s\n", safetext.Inline(r.ID), safetext.Inline(r.File), lineRanges(r.UncoveredLines))
	}
}

// lineRanges writes sorted line numbers as "3, 7-9, 12".
func lineRanges(lines []int) string {
	var parts []string
	for i := 0; i < len(lines); {
		j := i
		for j+1 < len(lines) && lines[j+1] == lines[j]+1 {
			j++
		}
		if j == i {
			parts = append(parts, strconv.Itoa(lines[i]))
		} else {
			parts = append(parts, fmt.Sprintf("%d-%d", lines[i], lines[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

func newRulesDocCommand() *cobra.Command {
	var rf ruleFlags
	cmd := &cobra.Command{
		Use:     "doc",
		Short:   "Print the Markdown catalogue of the rules with a rights × families matrix",
		Long:    "Doc prints every enabled rule with its text, severity, rights, references and remediation, grouped by family, after a matrix of how many rules protect each right in each family. docs/rules.md is this output for the built-in set; go test fails when it is stale.",
		Example: "  dria rules doc > docs/rules.md\n  dria rules doc --rules ./our-rules",
		Args:    maxArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			set, err := loadRules(cmd.Context(), &rf)
			if err != nil {
				return err
			}
			return report.WriteCatalog(cmd.OutOrStdout(), set.Rules())
		},
	}
	rf.register(cmd)
	return cmd
}
