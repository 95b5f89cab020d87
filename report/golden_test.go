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

// goldenDigest stands in for the rule set digest in the golden files. The
// digest covers the library and the engine as well as the test pack, so
// without it an edit of their text that changes no result (a comment, a
// line broken in two) would change every golden file.
// TestGoldenDigestIsTheOnlyStandIn checks that nothing else differs.
const goldenDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000"

// TestGolden renders every golden case in every format and compares the
// bytes with testdata/golden/<case>.<ext>. The cases are made with the
// test pack, not the built-in rules, so only a change to the renderers, the
// engine, the library, the test pack or the test descriptions changes them:
// then run `go test ./report/ -update` and review the diff.
func TestGolden(t *testing.T) {
	dir := filepath.Join("testdata", "golden")
	if *update {
		require.NoError(t, os.MkdirAll(dir, 0o755))
	}
	want := map[string]bool{}
	for _, c := range goldenCases(t) {
		for _, format := range Formats() {
			name := c.name + "." + formatExt[format]
			want[name] = true
			t.Run(name, func(t *testing.T) {
				checkGolden(t, filepath.Join(dir, name), goldenBytes(t, format, c))
			})
		}
	}
	files, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, f := range files {
		if want[f.Name()] {
			continue
		}
		if *update {
			require.NoError(t, os.Remove(filepath.Join(dir, f.Name())))
		} else {
			t.Errorf("%s is not the golden file of any case; run: go test ./report/ -update", filepath.Join(dir, f.Name()))
		}
	}
}

// goldenBytes renders a golden case with the stand-in rule set digest.
func goldenBytes(t testing.TB, format string, c reportCase) []byte {
	t.Helper()
	r := *caseReport(t, c)
	r.Ruleset.Digest = goldenDigest
	return renderWith(t, format, &r, caseRules(t, c))
}

// TestGoldenDigestIsTheOnlyStandIn renders each golden case with its real
// rule set digest and expects the golden bytes once the digest is replaced
// by the stand-in: the golden files differ from real output in nothing
// else.
func TestGoldenDigestIsTheOnlyStandIn(t *testing.T) {
	for _, c := range goldenCases(t) {
		digest := caseReport(t, c).Ruleset.Digest
		require.Regexp(t, `^sha256:[0-9a-f]{64}$`, digest)
		require.NotEqual(t, goldenDigest, digest)
		for _, format := range Formats() {
			real := renderCase(t, format, c)
			if format == "gitlab" || format == "register-csv" {
				// A Code Quality report is an array of issues, and the
				// register CSV a table of records, with no place for the
				// tool or rule set.
				require.False(t, bytes.Contains(real, []byte(digest)), c.name)
			} else {
				require.True(t, bytes.Contains(real, []byte(digest)), "%s in %s names its rule set", c.name, format)
			}
			assert.True(t, bytes.Equal(goldenBytes(t, format, c), bytes.ReplaceAll(real, []byte(digest), []byte(goldenDigest))),
				"%s in %s: the golden bytes differ from the real ones beyond the digest", c.name, format)
		}
	}
}

// TestTheGoldenReportsExerciseEveryFeature makes sure the golden cases
// hold what the renderers can show, so that the golden files (and the tests
// that use these cases) test what they claim after an edit of the test pack
// or the descriptions.
func TestTheGoldenReportsExerciseEveryFeature(t *testing.T) {
	r := richReport(t)
	require.Len(t, r.Assessments, 2, "the rich file holds two systems")
	assert.Equal(t, 1, r.Assessments[0].Source.Document)
	assert.Equal(t, 2, r.Assessments[1].Source.Document)
	a := r.Assessments[0]
	seen := featuresOf(a)
	for _, sev := range rules.Severities() {
		assert.True(t, seen["severity "+sev.String()], "the first rich system has a finding at %s", sev)
	}
	for _, what := range []string{"raised", "mitigated", "several rights", "no evidence", "evidence at a parent", "evidence at the field",
		"waived", "active", "expired waiver", "information gap", "two findings of one rule"} {
		assert.True(t, seen[what], "the first rich system has a finding: %s", what)
	}
	assert.NotEmpty(t, a.Passed)
	assert.NotEmpty(t, a.NotApplicable)
	assert.NotEqual(t, a.Summary.InherentRisk, a.Summary.ResidualRisk, "mitigations lower the risk")
	assert.True(t, featuresOf(r.Assessments[1])["lowered"], "the second rich system has a lowered severity")
	require.NotNil(t, r.Waivers)
	assert.Equal(t, 1, r.Waivers.Applied)
	assert.Len(t, r.Waivers.Expired, 1)
	assert.Len(t, r.Waivers.Stale, 1)

	vendors := caseReport(t, goldenCase(t, "vendors"))
	require.Len(t, vendors.Assessments, 3)
	levels := map[string]bool{}
	for _, a := range vendors.Assessments {
		levels[a.Summary.ImpactLevel+" "+a.Summary.InherentRisk] = true
	}
	assert.Len(t, levels, 3, "the vendors differ in impact level or risk")

	ov := caseReport(t, goldenCase(t, "overrides")).Ruleset.Overrides
	require.Len(t, ov, 2)
	assert.True(t, ov[0].Disabled, "one override turns a rule off")
	assert.NotEmpty(t, ov[1].Severity, "one override changes a base severity")

	for _, name := range []string{"hostile", "bare-links"} {
		assert.GreaterOrEqual(t, len(caseReport(t, goldenCase(t, name)).Assessments[0].Findings), 8,
			"%s: most of the test pack's rules quote its strings", name)
	}
}

// featuresOf names what a system's findings show: "severity high",
// "raised", "lowered", "mitigated", "waived" and so on.
func featuresOf(a assess.Assessment) map[string]bool {
	seen := map[string]bool{}
	perRule := map[string]int{}
	for _, f := range a.Findings {
		perRule[f.RuleID]++
		seen["severity "+f.Severity.String()] = true
		seen["raised"] = seen["raised"] || f.Severity.Rank() > f.BaseSeverity.Rank()
		seen["lowered"] = seen["lowered"] || f.Severity.Rank() < f.BaseSeverity.Rank()
		seen["mitigated"] = seen["mitigated"] || (len(f.MitigatedBy) > 0 && f.ResidualSeverity != f.Severity)
		seen["several rights"] = seen["several rights"] || len(f.Rights) > 1
		seen["no evidence"] = seen["no evidence"] || len(f.Evidence) == 0
		seen["information gap"] = seen["information gap"] || f.Category == "information-gap"
		seen["waived"] = seen["waived"] || f.Waived
		seen["active"] = seen["active"] || !f.Waived
		seen["expired waiver"] = seen["expired waiver"] || f.ExpiredWaiver != nil
		for _, e := range f.Evidence {
			if e.FoundAt != nil {
				seen["evidence at a parent"] = true
			} else {
				seen["evidence at the field"] = true
			}
		}
		seen["two findings of one rule"] = seen["two findings of one rule"] || perRule[f.RuleID] > 1
	}
	return seen
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
	for _, c := range allCases(t) {
		for _, format := range Formats() {
			first, second := renderCase(t, format, c), renderCase(t, format, c)
			assert.True(t, bytes.Equal(first, second), "%s in %s differs between two renderings", c.name, format)
		}
	}
}

// TestEveryJSONReportValidatesAgainstTheReportSchema checks each JSON
// report the tests produce (with waivers and with overrides among them)
// against schema/report.schema.json (what `dria schema report` prints).
func TestEveryJSONReportValidatesAgainstTheReportSchema(t *testing.T) {
	for _, c := range allCases(t) {
		_, err := schema.Load(schema.Report, c.name+".json", renderCase(t, "json", c))
		assert.NoError(t, err, c.name)
	}
}

// TestEveryFormatRendersAnEmptyReport covers a report without systems (all
// inputs failed), with and without rule changes.
func TestEveryFormatRendersAnEmptyReport(t *testing.T) {
	for _, s := range []ruleSet{builtinRules, lenientRules} {
		a := assessorFor(t, s)
		empty := a.NewReport()
		for _, format := range Formats() {
			out := renderWith(t, format, empty, a.Rules())
			assert.NotEmpty(t, out, format)
		}
		_, err := schema.Load(schema.Report, "empty.json", renderWith(t, "json", empty, a.Rules()))
		assert.NoError(t, err)
		require.NoError(t, validateSARIF(t, renderWith(t, "sarif", empty, a.Rules())))
		checkJUnitStructure(t, "empty", renderWith(t, "junit", empty, a.Rules()))
	}
	md := string(renderWith(t, "markdown", assessorFor(t, lenientRules).NewReport(), nil))
	contains(t, md, "\n## Rule changes made by rule packs\n\n**This is not dria's built-in assessment.** Rule packs loaded for it changed the rules below, so the results (")
	contains(t, md, "- TEST-DEC-001 Solely automated decisions with legal effect: **turned off** by rule pack lenient-vendor")
}

// TestUnknownFormat names the known formats.
func TestUnknownFormat(t *testing.T) {
	_, err := ForFormat("pdf")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "[github gitlab html json junit markdown register register-csv sarif text]")
	assert.Equal(t, []string{"github", "gitlab", "html", "json", "junit", "markdown", "register", "register-csv", "sarif", "text"}, Formats())
	assert.True(t, HasFormat("markdown"))
	assert.False(t, HasFormat("pdf"))
}
