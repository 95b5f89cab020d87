package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const examplePack = "../../examples/rulepack"

// TestRulesTestOfAPackRunsOnlyItsTests: dria rules test DIR runs the
// pack's tests, not the built-in ones, and reports only its rules, each
// with the lines no test ran.
func TestRulesTestOfAPackRunsOnlyItsTests(t *testing.T) {
	r := dria(t, "rules", "test", examplePack)
	require.Equal(t, 0, r.code, r.stdout+r.stderr)
	assert.NotContains(t, r.stdout, "DRIA-", "no built-in rule is reported")
	assert.Contains(t, r.stdout, "9 rules, 0 without a firing test; coverage of the given packs")
	assert.Regexp(t, regexp.MustCompile(`(?m)^\d+ tests: \d+ passed, 0 failed;`), r.stdout)
	assert.Contains(t, r.stdout, "\nlines no test ran:\n")
	assert.Regexp(t, regexp.MustCompile(`(?m)^  KE-DPA-001 \.\./\.\./examples/rulepack/kenya_dpa/dpia\.rego: \d+(-\d+)?(, \d+(-\d+)?)*$`), r.stdout)

	r = dria(t, "rules", "test", "--format", "json", examplePack)
	require.Equal(t, 0, r.code, r.stderr)
	var rep struct {
		Cases []struct{ Package string }
		Rules []struct {
			ID             string
			CoveredLines   int
			Lines          int
			UncoveredLines []int
		}
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep))
	require.NotEmpty(t, rep.Cases)
	for _, c := range rep.Cases {
		assert.True(t, strings.HasPrefix(c.Package, "dria.rules.kenya_dpa."), "only the pack's tests run: %s", c.Package)
	}
	require.Len(t, rep.Rules, 9)
	partly := 0
	for _, rule := range rep.Rules {
		assert.True(t, strings.HasPrefix(rule.ID, "KE-DPA-"), rule.ID)
		assert.Len(t, rule.UncoveredLines, rule.Lines-rule.CoveredLines, "%s lists each line no test ran", rule.ID)
		if len(rule.UncoveredLines) > 0 {
			partly++
		}
	}
	assert.Positive(t, partly, "the example pack has lines no test runs")
}

// TestRulesTestBuiltinsOnRequest: --builtins adds the built-in rules and
// their tests; with no pack at all, the built-in rules are tested.
func TestRulesTestBuiltinsOnRequest(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the built-in tests; skipped with -short")
	}
	r := dria(t, "rules", "test", "--builtins", examplePack)
	require.Equal(t, 0, r.code, r.stdout+r.stderr)
	assert.Contains(t, r.stdout, "DRIA-DEC-001")
	assert.Contains(t, r.stdout, "KE-DPA-001")
}

// TestRulesTestOfAPackWithoutTests is a usage error naming what to do.
func TestRulesTestOfAPackWithoutTests(t *testing.T) {
	dir := t.TempDir()
	rule, err := os.ReadFile(filepath.Join(examplePack, "kenya_dpa", "dpia.rego"))
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "kenya_dpa"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "kenya_dpa", "dpia.rego"), rule, 0o644))
	r := dria(t, "rules", "test", dir)
	assert.Equal(t, 2, r.code)
	assert.Empty(t, r.stdout)
	assert.Equal(t, "dria: no tests in the rule packs (name test files *_test.rego, beside the rules)\n", r.stderr)
}

func TestLineRanges(t *testing.T) {
	assert.Equal(t, "", lineRanges(nil))
	assert.Equal(t, "7", lineRanges([]int{7}))
	assert.Equal(t, "3, 7-9, 12", lineRanges([]int{3, 7, 8, 9, 12}))
}
