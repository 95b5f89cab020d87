package report

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// clock is the fixed assessment date of every test report.
var clock = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// The rule packs and waivers of the test reports (see testdata/README.md).
const (
	// testPack is the rule pack the golden reports are made with, in place
	// of the built-in rules, so that no rule edit changes a golden file.
	testPack = "testdata/packs/reporttest"
	// lenientPack, loaded after testPack, turns the critical TEST-DEC-001
	// off and lowers the base severity of TEST-DEC-002 from high to low.
	lenientPack = "testdata/packs/lenient"
	// richWaivers accepts, has expired for, and misses findings of
	// systems/rich.yaml.
	richWaivers = "testdata/waivers/rich.yaml"
)

// ruleSet is what a test report is made with: the built-in rules when
// packs is empty, else the packs alone, in order, without the built-in
// rules (the engine and library always load); and a waivers file, if any.
type ruleSet struct {
	packs   []string
	waivers string
}

var (
	builtinRules = ruleSet{}
	testRules    = ruleSet{packs: []string{testPack}}
	lenientRules = ruleSet{packs: []string{testPack, lenientPack}}
	richRules    = ruleSet{packs: []string{testPack}, waivers: richWaivers}
)

func (s ruleSet) key() string { return strings.Join(s.packs, "+") + "|" + s.waivers }

var (
	assessorsMu sync.Mutex
	assessors   = map[string]*assess.Assessor{}
)

// assessorFor returns the assessor of a rule set with the fixed clock,
// built once per test run.
func assessorFor(t testing.TB, s ruleSet) *assess.Assessor {
	t.Helper()
	assessorsMu.Lock()
	defer assessorsMu.Unlock()
	if a, ok := assessors[s.key()]; ok {
		return a
	}
	opts := []assess.Option{assess.WithClock(func() time.Time { return clock })}
	if len(s.packs) > 0 {
		ropts := []rules.Option{rules.WithoutBuiltins()}
		for _, p := range s.packs {
			ropts = append(ropts, rules.WithDir(p))
		}
		set, err := rules.Load(context.Background(), ropts...)
		require.NoError(t, err, "loading %v", s.packs)
		opts = append(opts, assess.WithRuleSet(set))
	}
	if s.waivers != "" {
		data, err := os.ReadFile(s.waivers)
		require.NoError(t, err)
		ws, err := assess.LoadWaivers(s.waivers, data)
		require.NoError(t, err, s.waivers)
		opts = append(opts, assess.WithWaivers(ws...))
	}
	a, err := assess.New(context.Background(), opts...)
	require.NoError(t, err)
	assessors[s.key()] = a
	return a
}

// testAssessor is the built-in rule set with the fixed clock.
func testAssessor(t testing.TB) *assess.Assessor { return assessorFor(t, builtinRules) }

// repoRoot is the module's root, relative to this package.
const repoRoot = ".."

// input reads a file named by its path from the repository root, which is
// also the path the report shows (as when dria runs there).
func input(t testing.TB, path string) assess.Input {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, filepath.FromSlash(path)))
	require.NoError(t, err)
	return assess.Input{Path: path, Data: data}
}

// reportCase is one test report: descriptions named from the repository
// root, assessed together with a rule set.
type reportCase struct {
	name  string
	paths []string
	rules ruleSet
	// unassessed counts the inputs expected to fail (and be listed in the
	// report's Errors).
	unassessed int
}

// The test descriptions, from the repository root.
const (
	hostilePath   = "report/testdata/systems/hostile.yaml"
	bareLinksPath = "report/testdata/systems/bare-links.yaml"
	richPath      = "report/testdata/systems/rich.yaml"
	vendorsDir    = "report/testdata/systems/vendors"
	terminalPath  = "report/testdata/systems/terminal.yaml"
	invalidPath   = "report/testdata/systems/invalid/problems.yaml"
)

// vendorPaths lists the three vendors' answers to one tender.
func vendorPaths(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(repoRoot, filepath.FromSlash(vendorsDir), "*.yaml"))
	require.NoError(t, err)
	require.Len(t, files, 3)
	sort.Strings(files)
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = vendorsDir + "/" + filepath.Base(f)
	}
	return out
}

// goldenCases are the reports of the golden files, all made with the test
// pack: the hostile, bare-links and terminal descriptions (escaping), the
// vendors compared, the rich pair of systems with waivers (every kind of
// finding), the rich pair again with the lenient pack's overrides, and a
// batch of two vendors with an invalid description between them.
func goldenCases(t testing.TB) []reportCase {
	t.Helper()
	vendors := vendorPaths(t)
	return []reportCase{
		{name: "hostile", paths: []string{hostilePath}, rules: testRules},
		{name: "bare-links", paths: []string{bareLinksPath}, rules: testRules},
		{name: "terminal", paths: []string{terminalPath}, rules: testRules},
		{name: "vendors", paths: vendors, rules: testRules},
		{name: "rich", paths: []string{richPath}, rules: richRules},
		{name: "overrides", paths: []string{richPath}, rules: lenientRules},
		{name: "batch", paths: []string{vendors[0], invalidPath, vendors[1]}, rules: testRules, unassessed: 1},
	}
}

// goldenCase returns the golden case of a name.
func goldenCase(t testing.TB, name string) reportCase {
	t.Helper()
	for _, c := range goldenCases(t) {
		if c.name == name {
			return c
		}
	}
	t.Fatalf("no golden case %s", name)
	return reportCase{}
}

// builtinCases are reports made with the built-in rules, which no golden
// file holds: each bundled example, each test description and the vendors
// together. The tests of properties every report must have (structure,
// schema validity, locations, determinism) run on them too, so that the
// renderers meet the real rules' output; their names start with
// "builtin-".
func builtinCases(t testing.TB) []reportCase {
	t.Helper()
	var out []reportCase
	for _, dir := range []string{"examples/systems", "report/testdata/systems"} {
		files, err := filepath.Glob(filepath.Join(repoRoot, filepath.FromSlash(dir), "*.yaml"))
		require.NoError(t, err)
		require.NotEmpty(t, files, dir)
		sort.Strings(files)
		for _, f := range files {
			name := "builtin-" + strings.TrimSuffix(filepath.Base(f), ".yaml")
			out = append(out, reportCase{name: name, paths: []string{dir + "/" + filepath.Base(f)}, rules: builtinRules})
		}
	}
	return append(out, reportCase{name: "builtin-vendors", paths: vendorPaths(t), rules: builtinRules})
}

// builtinCase returns the built-in case of a name (without "builtin-").
func builtinCase(t testing.TB, name string) reportCase {
	t.Helper()
	for _, c := range builtinCases(t) {
		if c.name == "builtin-"+name {
			return c
		}
	}
	t.Fatalf("no built-in case %s", name)
	return reportCase{}
}

// allCases are the golden and the built-in cases.
func allCases(t testing.TB) []reportCase {
	t.Helper()
	return append(goldenCases(t), builtinCases(t)...)
}

var (
	reportsMu sync.Mutex
	reports   = map[string]*assess.Report{}
)

// caseReport returns the report of a case, assessed once per test run.
// Callers must not change it (clone it first).
func caseReport(t testing.TB, c reportCase) *assess.Report {
	t.Helper()
	key := c.name + "|" + c.rules.key()
	reportsMu.Lock()
	r, ok := reports[key]
	reportsMu.Unlock()
	if ok {
		return r
	}
	inputs := make([]assess.Input, len(c.paths))
	for i, p := range c.paths {
		inputs[i] = input(t, p)
	}
	r, err := assessorFor(t, c.rules).AssessBatch(context.Background(), inputs)
	if c.unassessed == 0 {
		require.NoError(t, err, c.name)
	} else {
		var be *assess.BatchError
		require.ErrorAs(t, err, &be, c.name)
		require.Len(t, be.Failures, c.unassessed, c.name)
		require.Len(t, r.Errors, c.unassessed, "%s: the report lists every input that failed", c.name)
	}
	reportsMu.Lock()
	reports[key] = r
	reportsMu.Unlock()
	return r
}

// caseRules returns the rules a case's report was made with.
func caseRules(t testing.TB, c reportCase) []rules.Rule {
	t.Helper()
	return assessorFor(t, c.rules).Rules()
}

// richReport is the report of the rich pair of systems, with waivers.
func richReport(t testing.TB) *assess.Report { return caseReport(t, goldenCase(t, "rich")) }

// formatExt is the golden file extension of each format.
var formatExt = map[string]string{
	"json":         "json",
	"markdown":     "md",
	"html":         "html",
	"text":         "txt",
	"sarif":        "sarif",
	"junit":        "junit.xml",
	"github":       "github.txt",
	"gitlab":       "gitlab.json",
	"register":     "register.md",
	"register-csv": "register.csv",
}

// renderCase renders a case's report in a format with the rules it was
// made with, as the command does.
func renderCase(t testing.TB, format string, c reportCase) []byte {
	t.Helper()
	return renderWith(t, format, caseReport(t, c), caseRules(t, c))
}

// checkoutDir stands in for the absolute directory of the repository's
// checkout in the reports the tests render: it is both the working
// directory and the repository root, as when dria runs at the top of a
// checkout, so that the source paths (relative to the repository root)
// stay as they are, and the absolute paths SARIF records are the same on
// every machine. Renderers never touch the file system.
const checkoutDir = "/checkout/dria"

// renderWith renders a report with the options the command uses and the
// rules it was made with.
func renderWith(t testing.TB, format string, r *assess.Report, rs []rules.Rule) []byte {
	t.Helper()
	rn, err := ForFormat(format, WithRules(rs), WithBaseDir(checkoutDir), WithRepoRoot(checkoutDir))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, rn.Render(&buf, r))
	return buf.Bytes()
}

// contains is assert.Contains for long documents: on failure it shows the
// missing text, not the document.
func contains(t testing.TB, doc, part string, msgAndArgs ...any) bool {
	t.Helper()
	if strings.Contains(doc, part) {
		return true
	}
	return assert.Fail(t, fmt.Sprintf("the document (%d bytes) does not contain %q", len(doc), part), msgAndArgs...)
}

// notContains is assert.NotContains for long documents.
func notContains(t testing.TB, doc, part string, msgAndArgs ...any) bool {
	t.Helper()
	if !strings.Contains(doc, part) {
		return true
	}
	i := strings.Index(doc, part)
	return assert.Fail(t, fmt.Sprintf("the document contains %q at %q", part, doc[max(0, i-80):min(len(doc), i+len(part)+80)]), msgAndArgs...)
}
