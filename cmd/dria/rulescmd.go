package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/report"
	"github.com/dria-project/dria/rules"
)

func newRulesCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List and test rules",
		Args:  maxArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(newRulesListCommand(), newRulesTestCommand(), newRulesDocCommand(), newRulesNewCommand())
	return cmd
}

func newRulesListCommand() *cobra.Command {
	var format string
	var dirs, disable []string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the loaded rules with their severity, rights and references",
		Long:  "List prints every enabled rule: the built-in set and any loaded with --rules. The table is for people; --format json gives every field.",
		Example: `  dria rules list
  dria rules list --format json | jq '.[] | select(.severity == "critical") | .id'`,
		Args: maxArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "table" && format != "json" {
				return usageError("--format: %q is not table or json", format)
			}
			if err := checkRuleDirs(dirs); err != nil {
				return err
			}
			set, err := rules.Load(cmd.Context(), ruleOptions(dirs, disable)...)
			if err != nil {
				return err
			}
			if format == "json" {
				return writeRulesJSON(cmd.OutOrStdout(), set.Rules())
			}
			return writeRulesTable(cmd.OutOrStdout(), set.Rules())
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	cmd.Flags().StringArrayVar(&dirs, "rules", nil, "also load rules from this directory (repeatable)")
	cmd.Flags().StringArrayVar(&disable, "disable", nil, "leave out the rule with this id (repeatable)")
	return cmd
}

// checkRuleDirs refuses --rules arguments that are neither directories
// nor .tar.gz bundles, as usage errors.
func checkRuleDirs(paths []string) error {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return usageError("--rules %s: %s", safetext.Inline(p), fileio.Describe(err))
		}
		if !info.IsDir() && !info.Mode().IsRegular() {
			return usageError("--rules %s: is %s, not a directory or a .tar.gz bundle", safetext.Inline(p), fileio.Kind(info.Mode()))
		}
		if !info.IsDir() && !strings.HasSuffix(p, ".tar.gz") && !strings.HasSuffix(p, ".tgz") {
			return usageError("--rules %s: not a directory or a .tar.gz bundle", safetext.Inline(p))
		}
	}
	return nil
}

func ruleOptions(paths, disable []string) []rules.Option {
	var opts []rules.Option
	for _, p := range paths {
		opts = append(opts, rules.WithPath(p))
	}
	if len(disable) > 0 {
		opts = append(opts, rules.WithDisabled(disable...))
	}
	return opts
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

func newRulesTestCommand() *cobra.Command {
	var format string
	var minCoverage float64
	var builtins bool
	cmd := &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Run the Rego tests of the built-in rules and of rule directories",
		Long: `Test runs every *_test.rego of the built-in rules and of the given rule
directories, then reports, per rule, its tests, whether a test made it fire
and the share of its lines the tests ran.

Exit codes: 0 all tests pass and every rule has a firing test and the
coverage is at least --min-coverage; 1 otherwise; 2 usage; 3 a rule fails
to load.`,
		Example: "  dria rules test\n  dria rules test ./our-rules --min-coverage 90",
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError("--format: %q is not text or json", format)
			}
			opts := []rules.Option{rules.WithTests()}
			if !builtins {
				if len(args) == 0 {
					return usageError("--builtins=false needs at least one rule directory")
				}
				opts = append(opts, rules.WithoutBuiltins())
			}
			if err := checkRuleDirs(args); err != nil {
				return err
			}
			for _, d := range args {
				opts = append(opts, rules.WithPath(d))
			}
			set, err := rules.Load(cmd.Context(), opts...)
			if err != nil {
				return err
			}
			rep, err := set.Test(cmd.Context())
			if err != nil {
				return err
			}
			// With rule packs given, the threshold applies to their rules;
			// otherwise to the whole set.
			var sources []string
			for _, d := range args {
				sources = append(sources, filepath.ToSlash(filepath.Clean(d)))
			}
			coverage := rep.CoverageOf(sources...)
			if format == "json" {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				if err := enc.Encode(rep); err != nil {
					return err
				}
			} else if err := writeTestReport(cmd.OutOrStdout(), rep, coverage, minCoverage, len(sources) > 0); err != nil {
				return err
			}
			if !rep.Passed() || coverage < minCoverage || len(untested(rep)) > 0 {
				return &exitError{code: exitFindings}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	newPercentFlag(cmd.Flags(), &minCoverage, "min-coverage", 80, "fail when the tests run less than this percentage of the rules' lines (0 to 100)")
	cmd.Flags().BoolVar(&builtins, "builtins", true, "also test the built-in rules")
	return cmd
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
	return nil
}

func newRulesDocCommand() *cobra.Command {
	var dirs, disable []string
	cmd := &cobra.Command{
		Use:     "doc",
		Short:   "Print the Markdown catalogue of the rules with a rights × families matrix",
		Long:    "Doc prints every enabled rule with its text, severity, rights, references and remediation, grouped by family, after a matrix of how many rules protect each right in each family. docs/rules.md is this output for the built-in set; go test fails when it is stale.",
		Example: "  dria rules doc > docs/rules.md\n  dria rules doc --rules ./our-rules",
		Args:    maxArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkRuleDirs(dirs); err != nil {
				return err
			}
			set, err := rules.Load(cmd.Context(), ruleOptions(dirs, disable)...)
			if err != nil {
				return err
			}
			return report.WriteCatalog(cmd.OutOrStdout(), set.Rules())
		},
	}
	cmd.Flags().StringArrayVar(&dirs, "rules", nil, "also load rules from this directory (repeatable)")
	cmd.Flags().StringArrayVar(&disable, "disable", nil, "leave out the rule with this id (repeatable)")
	return cmd
}
