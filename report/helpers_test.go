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

var (
	assessorOnce sync.Once
	assessorVal  *assess.Assessor
	assessorErr  error
)

// testAssessor is the built-in rule set with the fixed clock, built once.
func testAssessor(t testing.TB) *assess.Assessor {
	t.Helper()
	assessorOnce.Do(func() {
		assessorVal, assessorErr = assess.New(assess.WithClock(func() time.Time { return clock }))
	})
	require.NoError(t, assessorErr)
	return assessorVal
}

// lenientPack is a rule pack that turns the critical DRIA-AIA-003 off and
// lowers the base severity of DRIA-DEC-002 from high to low.
const lenientPack = "testdata/packs/lenient"

var (
	overrideOnce sync.Once
	overrideVal  *assess.Assessor
	overrideErr  error
	overrideRep  *assess.Report
)

// overrideAssessor is the built-in rule set with the lenient pack, built
// once.
func overrideAssessor(t testing.TB) *assess.Assessor {
	t.Helper()
	overrideOnce.Do(func() {
		overrideVal, overrideErr = assess.New(assess.WithClock(func() time.Time { return clock }), assess.WithRules(lenientPack))
		if overrideErr == nil {
			in := input(t, "examples/systems/hiring-screener.yaml")
			overrideRep, overrideErr = overrideVal.Assess(context.Background(), in)
		}
	})
	require.NoError(t, overrideErr)
	return overrideVal
}

// overrideReport is the hiring screener assessed with the lenient pack.
func overrideReport(t testing.TB) *assess.Report {
	t.Helper()
	overrideAssessor(t)
	return overrideRep
}

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

// assessPaths assesses files named from the repository root as one report.
func assessPaths(t testing.TB, paths ...string) *assess.Report {
	t.Helper()
	inputs := make([]assess.Input, len(paths))
	for i, p := range paths {
		inputs[i] = input(t, p)
	}
	rep, err := testAssessor(t).AssessBatch(context.Background(), inputs)
	require.NoError(t, err)
	return rep
}

// reportCase is one report of the golden tests.
type reportCase struct {
	name  string
	paths []string
}

// reportCases lists a report for each bundled example and each test
// description, and one for the three vendors together.
func reportCases(t testing.TB) []reportCase {
	t.Helper()
	var out []reportCase
	for _, dir := range []string{"examples/systems", "report/testdata/systems"} {
		files, err := filepath.Glob(filepath.Join(repoRoot, dir, "*.yaml"))
		require.NoError(t, err)
		require.NotEmpty(t, files, dir)
		sort.Strings(files)
		for _, f := range files {
			name := strings.TrimSuffix(filepath.Base(f), ".yaml")
			out = append(out, reportCase{name: name, paths: []string{dir + "/" + filepath.Base(f)}})
		}
	}
	vendors, err := filepath.Glob(filepath.Join(repoRoot, "report/testdata/systems/vendors/*.yaml"))
	require.NoError(t, err)
	require.Len(t, vendors, 3)
	sort.Strings(vendors)
	c := reportCase{name: "vendors"}
	for _, v := range vendors {
		c.paths = append(c.paths, "report/testdata/systems/vendors/"+filepath.Base(v))
	}
	return append(out, c)
}

var (
	reportsOnce sync.Once
	reports     map[string]*assess.Report
)

// caseReport returns the report of a case, assessed once per test run.
func caseReport(t testing.TB, c reportCase) *assess.Report {
	t.Helper()
	reportsOnce.Do(func() { reports = map[string]*assess.Report{} })
	if r, ok := reports[c.name]; ok {
		return r
	}
	r := assessPaths(t, c.paths...)
	reports[c.name] = r
	return r
}

// formatExt is the golden file extension of each format.
var formatExt = map[string]string{
	"json":     "json",
	"markdown": "md",
	"html":     "html",
	"sarif":    "sarif",
	"junit":    "junit.xml",
}

// render renders a report in a format with the options the command uses.
func render(t testing.TB, format string, r *assess.Report) []byte {
	t.Helper()
	return renderWith(t, format, r, testAssessor(t).Rules())
}

// renderWith renders a report made with other rules than the built-in set.
func renderWith(t testing.TB, format string, r *assess.Report, rs []rules.Rule) []byte {
	t.Helper()
	rn, err := ForFormat(format, WithRules(rs), WithBaseDir(repoRoot))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, rn.Render(&buf, r))
	return buf.Bytes()
}

// requireTools is set in CI (.ci/run), where Chromium, axe-core and
// xmllint are installed: their tests fail instead of skipping when a tool is
// missing.
func requireTools() bool { return os.Getenv("DRIA_REQUIRE_BROWSER") == "1" }

// skipOrFail skips a test that needs a missing tool, or fails it in CI.
func skipOrFail(t *testing.T, format string, args ...any) {
	t.Helper()
	if requireTools() {
		t.Fatalf(format+" (DRIA_REQUIRE_BROWSER=1 makes this a failure)", args...)
	}
	t.Skipf(format, args...)
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
