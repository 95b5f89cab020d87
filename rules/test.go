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
	"github.com/open-policy-agent/opa/v1/topdown"

	"github.com/dria-project/dria/internal/guard"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/schema"
)

// DefaultTestTimeout bounds each Rego test, as assess.DefaultTimeout
// bounds the evaluation of one system.
const DefaultTestTimeout = 5 * time.Second

// DefaultTestMemoryLimit is how much a test run may grow the live Go heap,
// as assess.DefaultMemoryLimit for an assessment.
const DefaultTestMemoryLimit = 512 << 20

// ErrNoTests is wrapped by the error of Test when there is no test to run.
var ErrNoTests = errors.New("rules: no tests")

// TestOption configures Test. Options check their own arguments.
type TestOption func(*testConfig) error

type testConfig struct {
	timeout   time.Duration
	memory    uint64
	packsOnly bool
}

// WithPackTestsOnly runs only the tests of the rule packs in the set and
// reports only their rules. The built-in rules stay loaded (a pack's
// overrides name them, and its tests may assess with them), but their
// tests, some nine hundred, are not run.
func WithPackTestsOnly() TestOption {
	return func(c *testConfig) error { c.packsOnly = true; return nil }
}

// WithTestTimeout sets the deadline of each test (default 5s).
func WithTestTimeout(d time.Duration) TestOption {
	return func(c *testConfig) error {
		if d <= 0 {
			return fmt.Errorf("rules: test timeout must be positive, got %s", d)
		}
		c.timeout = d
		return nil
	}
}

// WithTestMemoryLimit stops the test run when it has grown the live Go heap
// by more than this many bytes (default 512 MiB), and bounds what one
// builtin call may build to a quarter of it.
func WithTestMemoryLimit(bytes uint64) TestOption {
	return func(c *testConfig) error {
		if bytes < 64<<20 {
			return fmt.Errorf("rules: test memory limit must be at least 64 MiB, got %d bytes", bytes)
		}
		c.memory = bytes
		return nil
	}
}

// TestCase is the outcome of one Rego test.
type TestCase struct {
	// Package and Name name the test (a rule test_ in a Rego package);
	// File and Line locate it.
	Package string `json:"package"`
	Name    string `json:"name"`
	File    string `json:"file"`
	Line    int    `json:"line"`
	// Passed and Skipped are its outcome; Error says why it failed when it
	// did not merely evaluate to false.
	Passed  bool   `json:"passed"`
	Skipped bool   `json:"skipped,omitempty"`
	Error   string `json:"error,omitempty"`
	// Output is what the test printed with print().
	Output string `json:"output,omitempty"`
}

// RuleCoverage says how well one rule is tested.
type RuleCoverage struct {
	// ID is the rule's id and File its Rego file.
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
	// UncoveredLines are the line numbers of the rule file that the tests
	// could run and did not, in order.
	UncoveredLines []int `json:"uncoveredLines,omitempty"`
}

// TestReport is the outcome of running the Rego tests of a rule set.
type TestReport struct {
	// Cases are the tests run, and Rules how well each rule is tested.
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
// have been loaded WithTests, and measures coverage of each rule. Tests run
// inside the same sandbox as an assessment: each has a deadline, the run a
// memory limit, and every builtin call is bounded by both. A test that runs
// past its deadline fails; one that grows memory past the limit, or makes a
// call the sandbox refuses, stops the run with a *TestStoppedError.
func (s *Set) Test(ctx context.Context, opts ...TestOption) (*TestReport, error) {
	cfg := testConfig{timeout: DefaultTestTimeout, memory: DefaultTestMemoryLimit}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	if len(s.tests) == 0 {
		return nil, fmt.Errorf("%w loaded (load the set WithTests, and name test files *_test.rego)", ErrNoTests)
	}
	namespaces := s.packNamespaces()
	if cfg.packsOnly && len(namespaces) == 0 {
		return nil, fmt.Errorf("%w: no rule pack is loaded", ErrNoTests)
	}
	tests := s.tests
	if cfg.packsOnly {
		tests = map[string]*ast.Module{}
		for name, m := range s.tests {
			if namespaces[moduleNamespace(m)] {
				tests[name] = m
			}
		}
		if len(tests) == 0 {
			return nil, fmt.Errorf("%w in the rule packs (name test files *_test.rego, beside the rules)", ErrNoTests)
		}
	}
	cov := cover.New()
	cases, err := s.runTests(ctx, cfg, tests, cov)
	if err != nil {
		return nil, err
	}
	rep := &TestReport{Cases: cases}
	s.measureCoverage(rep, cov, func(r *Rule) bool { return !cfg.packsOnly || r.Source != builtinSource })
	return rep, nil
}

// packNamespaces are the namespaces of the loaded rule packs.
func (s *Set) packNamespaces() map[string]bool {
	out := map[string]bool{}
	for _, p := range s.packs {
		if p.Namespace != "" {
			out[p.Namespace] = true
		}
	}
	for _, r := range s.rules {
		if r.Source != builtinSource {
			out[r.Family()] = true
		}
	}
	return out
}

// moduleNamespace is the segment after dria.rules of a module's package
// (a pack's namespace or a built-in family), or "" outside dria.rules.
func moduleNamespace(m *ast.Module) string {
	p := m.Package.Path
	if len(p) < 4 || !p[1].Equal(ast.StringTerm("dria")) || !p[2].Equal(ast.StringTerm("rules")) {
		return ""
	}
	ns, _ := p[3].Value.(ast.String)
	return string(ns)
}

// runTests runs the tests under the sandbox's limits and returns their
// outcomes in file order.
func (s *Set) runTests(ctx context.Context, cfg testConfig, tests map[string]*ast.Module, cov *cover.Cover) ([]TestCase, error) {
	c, err := newCompiler(true, s.description)
	if err != nil {
		return nil, err
	}
	modules := make(map[string]*ast.Module, len(s.modules)+len(tests))
	for k, m := range s.modules {
		modules[k] = m.Copy()
	}
	for k, m := range tests {
		modules[k] = m.Copy()
	}
	runCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	runCtx = guard.With(runCtx, guard.LimitsFor(cfg.memory, cfg.timeout), cancel)
	runaway := make(chan struct{})
	stopWatch := guard.WatchMemory(cfg.memory, func() { cancel(errTestMemory) }, func() { close(runaway) })
	defer stopWatch()
	ch, err := tester.NewRunner().
		SetCompiler(c).
		SetCoverageQueryTracer(cov).
		SetTimeout(cfg.timeout).
		SetDefaultRegoVersion(ast.RegoV1).
		RaiseBuiltinErrors(true).
		CapturePrintOutput(true).
		Run(runCtx, modules)
	if err != nil {
		var errs ast.Errors
		if errors.As(err, &errs) {
			return nil, &LoadError{Problems: schema.SortProblems(astProblems(errs))}
		}
		return nil, fmt.Errorf("running rule tests: %w", err)
	}
	results, stopped := collectResults(ch, cfg, runaway)
	if stopped == nil {
		stopped = stoppedBy(context.Cause(runCtx), results, cfg)
	}
	if stopped != nil {
		return nil, stopped
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cases := make([]TestCase, len(results))
	for i, r := range results {
		cases[i] = caseOf(r, cfg)
	}
	slices.SortFunc(cases, func(a, b TestCase) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Name, b.Name))
	})
	return cases, nil
}

// errTestMemory is the cause given to a test run stopped for memory.
var errTestMemory = errors.New("memory limit exceeded")

// collectResults reads the tests' results until the runner is done. A
// test stuck in a step that does not look at its deadline, or memory that
// keeps growing after the run was stopped, ends the wait: the run is
// abandoned to finish in the background.
func collectResults(ch chan *tester.Result, cfg testConfig, runaway chan struct{}) ([]*tester.Result, *TestStoppedError) {
	var results []*tester.Result
	for {
		wait := time.NewTimer(2 * cfg.timeout)
		select {
		case r, ok := <-ch:
			wait.Stop()
			if !ok {
				return results, nil
			}
			results = append(results, r)
		case <-runaway:
			wait.Stop()
			return results, &TestStoppedError{MemoryLimit: cfg.memory, Abandoned: true, After: lastTest(results)}
		case <-wait.C:
			return results, &TestStoppedError{Deadline: cfg.timeout, Abandoned: true, After: lastTest(results)}
		}
	}
}

func lastTest(results []*tester.Result) string {
	if len(results) == 0 {
		return ""
	}
	r := results[len(results)-1]
	return strings.TrimPrefix(r.Package, "data.") + "." + r.Name
}

// stoppedBy says which test the sandbox stopped, from the run's cause:
// the test whose error is the refused call, or the first one cancelled
// when memory passed the limit.
func stoppedBy(cause error, results []*tester.Result, cfg testConfig) *TestStoppedError {
	var le *guard.LimitError
	refused := errors.As(cause, &le)
	if !refused && !errors.Is(cause, errTestMemory) {
		return nil
	}
	st := &TestStoppedError{Refused: le}
	if refused {
		switch le.Kind {
		case guard.Memory:
			st.MemoryLimit = cfg.memory
		case guard.Steps:
			st.Deadline = cfg.timeout
		}
	} else {
		st.MemoryLimit = cfg.memory
	}
	for _, r := range results {
		var mine *guard.LimitError
		if r.Error != nil && (errors.As(r.Error, &mine) && mine == le || !refused && topdown.IsCancel(r.Error)) {
			st.Test = strings.TrimPrefix(r.Package, "data.") + "." + r.Name
			if r.Location != nil {
				st.File, st.Line = r.Location.File, r.Location.Row
			}
			break
		}
	}
	return st
}

// caseOf turns a runner's result into a test case; a test that ran past
// its deadline says so.
func caseOf(r *tester.Result, cfg testConfig) TestCase {
	tc := TestCase{Package: strings.TrimPrefix(r.Package, "data."), Name: r.Name, Passed: r.Pass(), Skipped: r.Skip, Output: string(r.Output)}
	if r.Location != nil {
		tc.File, tc.Line = r.Location.File, r.Location.Row
	}
	switch {
	case r.Error != nil && topdown.IsCancel(r.Error):
		tc.Error = fmt.Sprintf("did not finish within the %s deadline (the test may loop or build a huge value)", cfg.timeout)
	case r.Error != nil:
		tc.Error = r.Error.Error()
	case r.Fail:
		tc.Error = "test failed"
		if r.FailedAt != nil {
			tc.Error = fmt.Sprintf("failed at %s: %s", r.FailedAt.Location, r.FailedAt)
		}
	}
	return tc
}

// measureCoverage fills in, for each rule reported, its tests, whether one
// made it fire and the share of its lines the tests ran.
func (s *Set) measureCoverage(rep *TestReport, cov *cover.Cover, reported func(*Rule) bool) {
	ruleModules := map[string]*ast.Module{}
	for i := range s.rules {
		if r := &s.rules[i]; reported(r) {
			ruleModules[r.File] = s.modules[r.File]
		}
	}
	cr := cov.Report(ruleModules)
	var covered, total int
	testsPerPackage := map[string]int{}
	for _, tc := range rep.Cases {
		testsPerPackage[strings.TrimSuffix(tc.Package, "_test")]++
	}
	for i := range s.rules {
		r := &s.rules[i]
		if !reported(r) {
			continue
		}
		rc := RuleCoverage{ID: r.ID, File: r.File, Tests: testsPerPackage[r.Package], Source: r.Source}
		if fr := cr.Files[r.File]; fr != nil {
			rc.Coverage = fr.Coverage
			rc.CoveredLines, rc.Lines = fr.CoveredLines, fr.CoveredLines+fr.NotCoveredLines
			rc.UncoveredLines = uncoveredLines(fr)
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
}

// uncoveredLines lists the lines of the file's ranges not covered.
func uncoveredLines(fr *cover.FileReport) []int {
	var out []int
	for _, rg := range fr.NotCovered {
		for row := rg.Start.Row; row <= rg.End.Row; row++ {
			out = append(out, row)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestStoppedError reports a test run that the sandbox stopped: a test
// grew memory past the limit, made a builtin call that would have passed
// a limit, or did not stop at its deadline.
type TestStoppedError struct {
	// Test names the test that was stopped (package.name), with its file
	// and line, when known.
	Test string
	File string
	Line int
	// After names the last test that finished, when the one running could
	// not be told.
	After string
	// Deadline, MemoryLimit and Refused say which limit, as in
	// assess.EvalError.
	Deadline    time.Duration
	MemoryLimit uint64
	Refused     *guard.LimitError
	// Abandoned is set when the run did not stop when asked and was left
	// to finish in the background.
	Abandoned bool
}

// Error says which test and why.
func (e *TestStoppedError) Error() string {
	who := "a rule test"
	switch {
	case e.Test != "":
		who = fmt.Sprintf("rule test %s (%s:%d)", e.Test, safetext.Inline(e.File), e.Line)
	case e.After != "":
		who = "a rule test run after " + e.After
	}
	if r := e.Refused; r != nil {
		switch r.Kind {
		case guard.Memory:
			return fmt.Sprintf("%s stopped when it grew memory use past the limit of %d MiB: %v", who, e.MemoryLimit>>20, r)
		case guard.Steps:
			return fmt.Sprintf("%s would not finish within the %s deadline: %v", who, e.Deadline, r)
		}
		return fmt.Sprintf("%s stopped: %v", who, r)
	}
	switch {
	case e.Deadline > 0:
		return fmt.Sprintf("%s did not finish within the %s deadline and did not stop when asked; the run was abandoned after %s", who, e.Deadline, 2*e.Deadline)
	case e.Abandoned:
		return fmt.Sprintf("%s grew memory use past the limit of %d MiB and kept growing after it was stopped, past %d MiB", who, e.MemoryLimit>>20, 2*e.MemoryLimit>>20)
	}
	return fmt.Sprintf("%s stopped when it grew memory use past the limit of %d MiB (a test may build a huge value)", who, e.MemoryLimit>>20)
}
