package rules_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// conftestBinary builds the conftest that tools/conftest pins (v0.71.1,
// with dria's OPA) into a temporary directory. Building it needs its
// modules; where they cannot be had the test is skipped with the reason,
// unless DRIA_REQUIRE_CONFTEST is set (as CI sets it), when it fails.
func conftestBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "conftest")
	build := exec.Command("go", "build", "-o", bin, "github.com/open-policy-agent/conftest")
	build.Dir = filepath.Join("..", "tools", "conftest")
	if out, err := build.CombinedOutput(); err != nil {
		if os.Getenv("DRIA_REQUIRE_CONFTEST") != "" {
			t.Fatalf("building conftest (tools/conftest): %v\n%s", err, out)
		}
		t.Skipf("conftest could not be built from tools/conftest (set DRIA_REQUIRE_CONFTEST=1 to fail instead): %v\n%s", err, out)
	}
	return bin
}

// conftestResult is one file's outcome in `conftest test -o json`.
type conftestResult struct {
	Filename  string `json:"filename"`
	Namespace string `json:"namespace"`
	Successes int    `json:"successes"`
	Warnings  []struct {
		Msg string `json:"msg"`
	} `json:"warnings"`
	Failures []struct {
		Msg      string         `json:"msg"`
		Metadata map[string]any `json:"metadata"`
	} `json:"failures"`
}

// runConftest pulls the bundle with `conftest pull` into a temporary
// directory, as the documentation says, and tests the files against it.
func runConftest(t *testing.T, conftest, bundle string, files ...string) map[string]conftestResult {
	t.Helper()
	dir := t.TempDir()
	pull := exec.Command(conftest, "pull", "file://"+bundle)
	pull.Dir = dir
	out, err := pull.CombinedOutput()
	require.NoError(t, err, "conftest pull: %s", out)

	args := []string{"test", "--no-color", "-o", "json", "--namespace", "dria", "--policy", "policy", "--data", "policy"}
	for _, f := range files {
		abs, err := filepath.Abs(f)
		require.NoError(t, err)
		args = append(args, abs)
	}
	test := exec.Command(conftest, args...)
	test.Dir = dir
	out, err = test.Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		t.Fatalf("conftest test: %v\n%s", err, out)
	}
	var results []conftestResult
	require.NoError(t, json.Unmarshal(out, &results), "%s", out)
	byFile := map[string]conftestResult{}
	for _, r := range results {
		byFile[filepath.Base(r.Filename)] = r
	}
	return byFile
}

// TestConftestCountsWhatFailOnHighCounts runs the pinned conftest on the
// bundle (conftest pull, then conftest test --namespace dria) against
// every bundled example and checks that it denies exactly the findings
// `dria assess --fail-on high` fails on and warns of the others, and that
// it denies a description with a misspelt key instead of assessing it.
func TestConftestCountsWhatFailOnHighCounts(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs conftest; skipped with -short")
	}
	conftest := conftestBinary(t)
	set, err := rules.Load(context.Background())
	require.NoError(t, err)
	bundle := writeBundleFile(t, set)

	files, err := filepath.Glob("../examples/systems/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	got := runConftest(t, conftest, bundle, append(files, "testdata/opa/misspelt-key.yaml")...)

	a, err := assess.New(context.Background(), assess.WithRuleSet(set))
	require.NoError(t, err)
	denied := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		rep, err := a.Assess(context.Background(), assess.Input{Path: f, Data: data})
		require.NoError(t, err)
		failing := rep.FailsOn(rules.High)
		r, ok := got[filepath.Base(f)]
		require.True(t, ok, "conftest tested %s", f)
		assert.Len(t, r.Failures, len(failing), "%s: conftest denies what --fail-on high fails on", f)
		assert.Len(t, r.Warnings, len(rep.Assessments[0].Findings)-len(failing), "%s: and warns of the other findings", f)
		want := map[string]bool{}
		for _, ff := range failing {
			want[ff.Finding.RuleID] = true
		}
		for _, fl := range r.Failures {
			assert.True(t, want[fl.Metadata["ruleId"].(string)], "%s: %s is denied by conftest but passes --fail-on high", f, fl.Msg)
		}
		denied += len(r.Failures)
	}
	assert.Greater(t, denied, 50, "the examples have many high findings")

	bad := got["misspelt-key.yaml"]
	require.Len(t, bad.Failures, 1, "%+v", bad)
	assert.Equal(t, "not a valid dria description: /spec/data/retentonDays: Additional property retentonDays is not allowed", bad.Failures[0].Msg)
	assert.Empty(t, bad.Warnings)
}
