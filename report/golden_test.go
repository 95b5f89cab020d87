package report

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden from the current output")

// TestGolden renders every report case in every format and compares the
// bytes with testdata/golden/<case>.<ext>. The built-in rules change the
// output (and the rule set digest in it) whenever they change: after such a
// change, run `go test ./report/ -update` and review the diff.
func TestGolden(t *testing.T) {
	dir := filepath.Join("testdata", "golden")
	if *update {
		require.NoError(t, os.MkdirAll(dir, 0o755))
	}
	// Every golden file names the rule set, so a change to any rule changes
	// them all: say so once rather than once per file.
	ruleset := fmt.Sprintf("%s %d\n", testAssessor(t).RuleSet().Digest(), len(testAssessor(t).Rules()))
	rulesetFile := filepath.Join(dir, "ruleset.txt")
	if *update {
		require.NoError(t, os.WriteFile(rulesetFile, []byte(ruleset), 0o644))
	} else if old, err := os.ReadFile(rulesetFile); err == nil && string(old) != ruleset {
		t.Fatalf("the built-in rules changed since the golden files were made (%s → %s); run: go test ./report/ -update, and review the diff",
			strings.TrimSpace(string(old)), strings.TrimSpace(ruleset))
	}
	want := map[string]bool{"ruleset.txt": true}
	for _, c := range goldenReports(t) {
		for _, format := range Formats() {
			name := c.name + "." + formatExt[format]
			want[name] = true
			t.Run(name, func(t *testing.T) {
				checkGolden(t, filepath.Join(dir, name), renderWith(t, format, c.report, c.rules))
			})
		}
	}
	if *update {
		// Remove golden files of cases that no longer exist.
		files, err := os.ReadDir(dir)
		require.NoError(t, err)
		for _, f := range files {
			if !want[f.Name()] {
				require.NoError(t, os.Remove(filepath.Join(dir, f.Name())))
			}
		}
	}
}

// goldenReport is a report of the golden tests and the rules it was made
// with.
type goldenReport struct {
	name   string
	report *assess.Report
	rules  []rules.Rule
}

// goldenReports lists every report case, and the report made with the
// lenient rule pack that turns a rule off and lowers another.
func goldenReports(t *testing.T) []goldenReport {
	var out []goldenReport
	for _, c := range reportCases(t) {
		out = append(out, goldenReport{c.name, caseReport(t, c), testAssessor(t).Rules()})
	}
	return append(out, goldenReport{"overrides", overrideReport(t), overrideAssessor(t).Rules()})
}

// checkGolden compares output with a golden file, or rewrites it with
// -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	golden, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Fatalf("%s is missing; run: go test ./report/ -update", path)
	}
	require.NoError(t, err)
	if !bytes.Equal(golden, got) {
		t.Errorf("%s differs from the output (%s); if the change is intended, run: go test ./report/ -update", path, firstDiff(golden, got))
	}
}

// firstDiff describes the first line where two outputs differ.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d: golden %q, got %q", i+1, clip(w), clip(g))
		}
	}
	return "same lines"
}

func clip(s string) string {
	if len(s) > 160 {
		return s[:160] + "…"
	}
	return s
}

// TestRenderingIsDeterministic renders each report twice in each format,
// with fresh renderers, and expects the same bytes.
func TestRenderingIsDeterministic(t *testing.T) {
	for _, c := range reportCases(t) {
		r := caseReport(t, c)
		for _, format := range Formats() {
			first, second := render(t, format, r), render(t, format, r)
			assert.True(t, bytes.Equal(first, second), "%s in %s differs between two renderings", c.name, format)
		}
	}
}

// TestEveryJSONReportValidatesAgainstTheReportSchema checks each JSON
// report the tests produce against schema/report.schema.json (what `dria
// schema report` prints).
func TestEveryJSONReportValidatesAgainstTheReportSchema(t *testing.T) {
	for _, c := range reportCases(t) {
		out := render(t, "json", caseReport(t, c))
		_, err := schema.Load(schema.Report, c.name+".json", out)
		assert.NoError(t, err, c.name)
	}
	_, err := schema.Load(schema.Report, "waived.json", render(t, "json", waivedReport(t)))
	assert.NoError(t, err, "report with waivers")
}

// TestEveryFormatRendersAnEmptyReport covers a report without systems (all
// inputs failed) and a system with no findings.
func TestEveryFormatRendersAnEmptyReport(t *testing.T) {
	empty := testAssessor(t).NewReport()
	for _, format := range Formats() {
		out := render(t, format, empty)
		assert.NotEmpty(t, out, format)
	}
	_, err := schema.Load(schema.Report, "empty.json", render(t, "json", empty))
	assert.NoError(t, err)
	require.NoError(t, validateSARIF(t, render(t, "sarif", empty)))
}

// TestUnknownFormat names the known formats.
func TestUnknownFormat(t *testing.T) {
	_, err := ForFormat("pdf")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "[html json junit markdown sarif]")
	assert.Equal(t, []string{"html", "json", "junit", "markdown", "sarif"}, Formats())
	assert.True(t, HasFormat("markdown"))
	assert.False(t, HasFormat("pdf"))
}
