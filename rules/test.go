package rules

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/cover"
	"github.com/open-policy-agent/opa/v1/tester"
)

// DefaultTestTimeout bounds each Rego test.
const DefaultTestTimeout = 10 * time.Second

// TestCase is the outcome of one Rego test.
type TestCase struct {
	Package string `json:"package"`
	Name    string `json:"name"`
	File    string `json:"file"`
	Line    int    `json:"line"`
	Passed  bool   `json:"passed"`
	Skipped bool   `json:"skipped,omitempty"`
	Error   string `json:"error,omitempty"`
	// Output is what the test printed with print().
	Output string `json:"output,omitempty"`
}

// RuleCoverage says how well one rule is tested.
type RuleCoverage struct {
	ID   string `json:"id"`
	File string `json:"file"`
	// Tests counts the tests in the rule's _test package.
	Tests int `json:"tests"`
	// Fires is true when some test made the rule yield a finding.
	Fires bool `json:"fires"`
	// Coverage is the share of the rule file's lines the tests ran, 0-100.
	Coverage float64 `json:"coverage"`
	// Source names the rule set: "builtin" or the pack it came from.
	Source string `json:"source"`
	// CoveredLines and Lines count the file's lines the tests ran and could
	// run.
	CoveredLines int `json:"coveredLines"`
	Lines        int `json:"lines"`
}

// TestReport is the outcome of running the Rego tests of a rule set.
type TestReport struct {
	Cases []TestCase     `json:"cases"`
	Rules []RuleCoverage `json:"rules"`
	// Coverage is the share of all rule files' lines the tests ran, 0-100.
	Coverage float64 `json:"coverage"`
}

// CoverageOf is the share, 0-100, of the lines of the rules from the given
// sources (such as a pack's directory) that the tests ran; with no sources,
// of every rule.
func (r *TestReport) CoverageOf(sources ...string) float64 {
	covered, total := 0, 0
	for _, rc := range r.Rules {
		if len(sources) == 0 || slices.Contains(sources, rc.Source) {
			covered += rc.CoveredLines
			total += rc.Lines
		}
	}
	if total == 0 {
		return 0
	}
	return 100 * float64(covered) / float64(total)
}

// Passed reports whether every test passed.
func (r *TestReport) Passed() bool {
	for _, c := range r.Cases {
		if !c.Passed && !c.Skipped {
			return false
		}
	}
	return true
}

// Test runs the Rego tests (the *_test.rego files) of the set, which must
// have been loaded WithTests, and measures coverage of each rule.
func (s *Set) Test(ctx context.Context) (*TestReport, error) {
	if len(s.tests) == 0 {
		return nil, errors.New("rules: no tests loaded (load the set WithTests, and name test files *_test.rego)")
	}
	c, err := newCompiler(true, true)
	if err != nil {
		return nil, err
	}
	modules := make(map[string]*ast.Module, len(s.modules)+len(s.tests))
	for k, m := range s.modules {
		modules[k] = m.Copy()
	}
	for k, m := range s.tests {
		modules[k] = m.Copy()
	}
	cov := cover.New()
	ch, err := tester.NewRunner().
		SetCompiler(c).
		SetCoverageQueryTracer(cov).
		SetTimeout(DefaultTestTimeout).
		SetDefaultRegoVersion(ast.RegoV1).
		RaiseBuiltinErrors(true).
		CapturePrintOutput(true).
		Run(ctx, modules)
	if err != nil {
		var errs ast.Errors
		if errors.As(err, &errs) {
			return nil, &LoadError{Problems: sortProblems(astProblems(errs))}
		}
		return nil, fmt.Errorf("running rule tests: %w", err)
	}
	rep := &TestReport{}
	for r := range ch {
		tc := TestCase{Package: strings.TrimPrefix(r.Package, "data."), Name: r.Name, Passed: r.Pass(), Skipped: r.Skip, Output: string(r.Output)}
		if r.Location != nil {
			tc.File, tc.Line = r.Location.File, r.Location.Row
		}
		switch {
		case r.Error != nil:
			tc.Error = r.Error.Error()
		case r.Fail:
			tc.Error = "test failed"
			if r.FailedAt != nil {
				tc.Error = fmt.Sprintf("failed at %s: %s", r.FailedAt.Location, r.FailedAt)
			}
		}
		rep.Cases = append(rep.Cases, tc)
	}
	slices.SortFunc(rep.Cases, func(a, b TestCase) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Name, b.Name))
	})

	ruleModules := map[string]*ast.Module{}
	for _, r := range s.rules {
		ruleModules[r.File] = s.modules[r.File]
	}
	cr := cov.Report(ruleModules)
	var covered, total int
	testsPerPackage := map[string]int{}
	for _, tc := range rep.Cases {
		testsPerPackage[strings.TrimSuffix(tc.Package, "_test")]++
	}
	for _, r := range s.rules {
		rc := RuleCoverage{ID: r.ID, File: r.File, Tests: testsPerPackage[r.Package], Source: r.Source}
		if fr := cr.Files[r.File]; fr != nil {
			rc.Coverage = fr.Coverage
			rc.CoveredLines, rc.Lines = fr.CoveredLines, fr.CoveredLines+fr.NotCoveredLines
			covered += rc.CoveredLines
			total += rc.Lines
		}
		for _, rule := range s.modules[r.File].Rules {
			if rule.Head.Ref()[0].Value.String() == "findings" && cr.IsCovered(r.File, rule.Head.Location.Row) {
				rc.Fires = true
			}
		}
		rep.Rules = append(rep.Rules, rc)
	}
	if total > 0 {
		rep.Coverage = 100 * float64(covered) / float64(total)
	}
	return rep, nil
}
