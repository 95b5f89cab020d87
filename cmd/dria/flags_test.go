package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBadNumericFlagsAreUsageErrors: every numeric flag checks its value
// before anything loads, with a plain message naming the flag.
func TestBadNumericFlagsAreUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"assess", "--timeout", "0", sample}, `--timeout "0" must be more than zero, such as 5s (see dria assess --help)`},
		{[]string{"assess", "--timeout", "-1s", sample}, `--timeout "-1s" must be more than zero, such as 5s (see dria assess --help)`},
		{[]string{"assess", "--timeout=soon", sample}, `--timeout "soon" is not a duration; write it like 500ms, 5s or 1m (see dria assess --help)`},
		{[]string{"assess", "--max-bytes", "-1", sample}, `--max-bytes "-1" must be a whole number of bytes from 1 to 1073741824 (see dria assess --help)`},
		{[]string{"assess", "--max-bytes", "0", sample}, `--max-bytes "0" must be a whole number of bytes from 1 to 1073741824 (see dria assess --help)`},
		{[]string{"assess", "--max-memory", "10", sample}, `--max-memory "10" must be a whole number of MiB from 64 to 16777216 (see dria assess --help)`},
		{[]string{"assess", "--max-memory", "-1", sample}, `--max-memory "-1" must be a whole number of MiB from 64 to 16777216 (see dria assess --help)`},
		{[]string{"validate", "--max-bytes", "1e6", sample}, `--max-bytes "1e6" must be a whole number of bytes from 1 to 1073741824 (see dria validate --help)`},
		{[]string{"rules", "test", "--min-coverage", "101"}, `--min-coverage "101" must be a percentage from 0 to 100 (see dria rules test --help)`},
		{[]string{"rules", "test", "--min-coverage", "NaN"}, `--min-coverage "NaN" must be a percentage from 0 to 100 (see dria rules test --help)`},
		{[]string{"rules", "test", "--builtins=maybe"}, `--builtins "maybe" must be true or false (see dria rules test --help)`},
		{[]string{"rules", "test", "--timeout", "0"}, `--timeout "0" must be more than zero, such as 5s (see dria rules test --help)`},
		{[]string{"rules", "test", "--timeout", "soon"}, `--timeout "soon" is not a duration; write it like 500ms, 5s or 1m (see dria rules test --help)`},
		{[]string{"rules", "test", "--max-memory", "10"}, `--max-memory "10" must be a whole number of MiB from 64 to 16777216 (see dria rules test --help)`},
		{[]string{"assess", "--max-problems", "0", sample}, `--max-problems "0" must be a whole number of problems from 1 to 1000000 (see dria assess --help)`},
		{[]string{"assess", "--fail-on", "High", sample}, `--fail-on "High" is not a severity; use info, low, medium, high or critical (see dria assess --help)`},
		{[]string{"assess", "--fail-on", strings.Repeat("x", 50), sample}, `--fail-on "` + strings.Repeat("x", 50) + `" is not a severity; use info, low, medium, high or critical (see dria assess --help)`},
		{[]string{"diff", "--fail-on", "severe", "a.json", "b.json"}, `--fail-on "severe" is not a severity; use info, low, medium, high or critical (see dria diff --help)`},
	} {
		r := dria(t, c.args...)
		assert.Equal(t, 2, r.code, c.args)
		assert.Equal(t, "dria: "+c.stderr+"\n", r.stderr, c.args)
		assert.Empty(t, r.stdout, c.args)
	}
}

func TestConfigZeroTimeoutIsLocated(t *testing.T) {
	r := dria(t, "assess", "--config", "testdata/config/zero-timeout.yaml", sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, `testdata/config/zero-timeout.yaml:3:10: timeout "0s" must be a duration above zero, such as 5s`+"\n", r.stderr)
}

func TestConfigWithTwoDocumentsIsLocated(t *testing.T) {
	r := dria(t, "assess", "--config", "testdata/config/two-documents.yaml", sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "testdata/config/two-documents.yaml:5:1: a configuration file holds one document, found 2; remove the extra ones from here on\n", r.stderr)
}

// TestSourceDateEpochPastTheYear9999IsRefused: such a date would keep
// waivers in force and give a report diff refuses.
func TestSourceDateEpochPastTheYear9999IsRefused(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "253402300800")
	const msg = "dria: SOURCE_DATE_EPOCH=253402300800 is after the year 9999; use 0 (1970-01-01) to 253402300799 (9999-12-31 23:59:59 UTC)\n"
	for _, args := range [][]string{{"assess", sample}, {"bundle", "build", "-o", "/dev/null"}} {
		r := dria(t, args...)
		assert.Equal(t, 2, r.code, args)
		assert.Equal(t, msg, r.stderr, args)
		assert.Empty(t, r.stdout, args)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "253402300799")
	r := dria(t, "assess", "--format", "json", sample)
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"assessedOn": "9999-12-31"`)
}

// TestValidateMaxProblems: --max-problems caps the problems listed per
// file and says how many more there are, at the first one left out.
func TestValidateMaxProblems(t *testing.T) {
	const file = "testdata/many-problems/system.yaml"
	r := dria(t, "validate", "--max-problems", "2", file)
	assert.Equal(t, 2, r.code)
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	require.Len(t, lines, 3, r.stderr)
	assert.True(t, strings.HasPrefix(lines[0], file+`:8:18: "not-a-category-1" is not an allowed value for spec.data.categories[0]`), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], file+`:8:36: "not-a-category-2" is not an allowed value for spec.data.categories[1]`), lines[1])
	assert.Equal(t, file+":8:54: and 3 more problems in this file", lines[2])

	r = dria(t, "validate", file)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, 5, strings.Count(r.stderr, "is not an allowed value"), "the default, 100, lists all five")

	r = dria(t, "validate", "--max-problems", "0", file)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, `dria: --max-problems "0" must be a whole number of problems from 1 to 1000000 (see dria validate --help)`+"\n", r.stderr)
}

// TestAssessMaxProblems: assess bounds the problems of an invalid
// description as validate does.
func TestAssessMaxProblems(t *testing.T) {
	const file = "testdata/many-problems/system.yaml"
	r := dria(t, "assess", "--format", "json", "--max-problems", "2", file)
	assert.Equal(t, 2, r.code)
	failed := unassessed(t, r.stdout)
	require.Len(t, failed, 1)
	assert.Len(t, failed[0].Problems, 3, "two problems and how many more, in the report too")
	v := dria(t, "validate", "--max-problems", "2", file)
	assert.Equal(t, v.stderr, r.stderr, "the same problems as validate")
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	require.Len(t, lines, 3, r.stderr)
	assert.Equal(t, file+":8:54: and 3 more problems in this file", lines[2])

	r = dria(t, "assess", "--format", "json", file)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, 5, strings.Count(r.stderr, "is not an allowed value"), "the default, 100, lists all five")
}

// TestRulesTestDeadlineAndMemoryLimit: rules test runs each test under
// --timeout and the run under --max-memory.
func TestRulesTestDeadlineAndMemoryLimit(t *testing.T) {
	r := dria(t, "rules", "test", "--builtins=false", "--timeout", "1s", "../../rules/testdata/sandbox/loop")
	assert.Equal(t, 1, r.code, r.stderr)
	assert.Contains(t, r.stdout, ".test_loops: did not finish within the 1s deadline (the test may loop or build a huge value)\n")
	assert.Empty(t, r.stderr)

	r = dria(t, "rules", "test", "--builtins=false", "--max-memory", "64", "../../rules/testdata/sandbox/tests")
	assert.Equal(t, 3, r.code)
	assert.Empty(t, r.stdout)
	assert.Equal(t, "dria: rule test dria.rules.sandboxtest.tests_test.test_asks_for_gigabytes (../../rules/testdata/sandbox/tests/rule_test.rego:9) stopped when it grew memory use past the limit of 64 MiB: concat (../../rules/testdata/sandbox/tests/rule_test.rego:12:8) would join 400 strings into one of 3.7 GiB; one builtin call may build at most 16 MiB\n", r.stderr)
}
