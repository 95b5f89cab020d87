package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sample = "../../testdata/sample/cv-screening-assistant.yaml"

type result struct {
	code           int
	stdout, stderr string
}

func dria(t *testing.T, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	assertSafeForATerminal(t, errOut.String())
	assert.NotContains(t, errOut.String(), "goroutine ", "no panic or stack reaches the user")
	return result{code, out.String(), errOut.String()}
}

// assertSafeForATerminal checks, for every run of every test, that
// standard error holds no raw control character (line feeds and tabs
// aside), no bidirectional override and no invalid UTF-8: whatever a
// description, pack, waiver or config held, nothing raw reaches a terminal.
func assertSafeForATerminal(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("standard error is not valid UTF-8: %q", s)
		return
	}
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			t.Errorf("standard error holds the raw control character %U: %q", r, s)
			return
		}
	}
}

func TestValidate(t *testing.T) {
	r := dria(t, "validate", sample)
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, sample+": valid (1 system)\n", r.stdout)

	r = dria(t, "validate", "testdata/three-mistakes/system.yaml")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, `testdata/three-mistakes/system.yaml:9:24: "migrnts" is not an allowed value for spec.affected.groups[1]; allowed: children, elderly, persons-with-disabilities, ethnic-minorities, religious-minorities, indigenous-peoples, migrants, refugees-asylum-seekers, low-income, women, lgbtiq, journalists, human-rights-defenders, activists, political-candidates, voters, workers, patients, students, detainees, jobseekers, unemployed, single-parents, people-with-migration-background, benefit-claimants, gig-workers, homeless (did you mean "migrants"?)
testdata/three-mistakes/system.yaml:12:18: spec.decisions.legalEffect must be true or false, got "yes"
testdata/three-mistakes/system.yaml:15:5: unknown key "retentonDays" in spec.data; did you mean "retentionDays"?
`, r.stderr)

	r = dria(t, "validate", "missing.yaml")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: missing.yaml: no such file or directory\n", r.stderr)

	r = dria(t, "validate")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "dria validate needs at least one file or directory")
}

func TestAssessJSON(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	r := dria(t, "assess", "--format", "json", sample)
	require.Equal(t, 0, r.code, r.stderr)
	var rep map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep))
	for _, k := range []string{"reportVersion", "tool", "ruleset", "assessments"} {
		assert.Contains(t, rep, k)
	}
	a := rep["assessments"].([]any)[0].(map[string]any)
	assert.Equal(t, "2026-01-01", a["assessedOn"])
	findings := a["findings"].([]any)
	require.NotEmpty(t, findings)
	for _, f := range findings {
		for _, k := range []string{"ruleId", "title", "severity", "baseSeverity", "severityReasons", "rights", "category", "message", "remediation", "references", "evidence", "waived"} {
			assert.Contains(t, f, k)
		}
	}

	again := dria(t, "assess", "--format", "json", sample)
	assert.Equal(t, r.stdout, again.stdout, "same input, rules and SOURCE_DATE_EPOCH give the same bytes")
}

func TestFailOn(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	assert.Equal(t, 1, dria(t, "assess", "--format", "json", "--fail-on", "info", sample).code)
	assert.Equal(t, 0, dria(t, "assess", "--format", "json", sample).code)
	r := dria(t, "assess", "--fail-on", "severe", sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --fail-on \"severe\" is not a severity; use info, low, medium, high or critical (see dria assess --help)\n", r.stderr)
	assert.Empty(t, r.stdout)
}

// TestUnknownCommands: a word that names no command is a usage error
// (exit 2) naming it, with a suggestion when one is close; a group of
// commands alone prints its help.
func TestUnknownCommands(t *testing.T) {
	for _, c := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"frobnicate"}, `dria: unknown command "frobnicate" for "dria" (see dria --help)`},
		{[]string{"asess", sample}, `dria: unknown command "asess" for "dria"; did you mean assess? (see dria --help)`},
		{[]string{"rules", "lst"}, `dria: unknown command "lst" for "dria rules"; did you mean list or test? (see dria rules --help)`},
		{[]string{"bundle", "biuld"}, `dria: unknown command "biuld" for "dria bundle"; did you mean build? (see dria bundle --help)`},
		{[]string{"no\x1b[2Jcommand"}, `dria: unknown command "no\x1b[2Jcommand" for "dria" (see dria --help)`},
	} {
		r := dria(t, c.args...)
		assert.Equal(t, 2, r.code, c.args)
		assert.Equal(t, c.stderr+"\n", r.stderr, c.args)
		assert.Empty(t, r.stdout, c.args)
	}
	for _, args := range [][]string{{}, {"rules"}, {"bundle"}} {
		r := dria(t, args...)
		assert.Equal(t, 0, r.code, args)
		assert.Contains(t, r.stdout, "Available Commands:", args)
		assert.Empty(t, r.stderr, args)
	}
}

func TestAssessInvalidInputExits2(t *testing.T) {
	r := dria(t, "assess", "--format", "json", "testdata/three-mistakes/system.yaml")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, 3, strings.Count(r.stderr, "testdata/three-mistakes/system.yaml:"))
}

func TestRuleCallingTheNetworkExits3(t *testing.T) {
	r := dria(t, "assess", "--rules", "testdata/httprule", sample)
	assert.Equal(t, 3, r.code)
	assert.Contains(t, r.stderr, "testdata/httprule/net/callhome.rego:15:10: calls http.send, which dria refuses")
	assert.Empty(t, r.stdout)
}

func TestBadSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "yesterday")
	r := dria(t, "assess", sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: SOURCE_DATE_EPOCH=\"yesterday\" is not a number of seconds since 1970\n", r.stderr)
}

func TestUsageErrors(t *testing.T) {
	r := dria(t, "assess", "--no-such-flag", sample)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "unknown flag: --no-such-flag")
	r = dria(t, "frobnicate")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, `unknown command "frobnicate"`)
	r = dria(t, "assess", "--rules", "no-such-dir", sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --rules no-such-dir: no such file or directory\n", r.stderr)
	r = dria(t, "assess", "--format", "pdf", sample)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, `unknown report format "pdf"`)
	assert.Equal(t, 2, dria(t, "schema", "nope").code)
	r = dria(t, "assess", "--disable", "DRIA-NOPE-001", sample)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "cannot disable DRIA-NOPE-001: no loaded rule has that id")
	assert.Equal(t, 2, dria(t, "rules", "list", "--format", "xml").code)
}

func TestHelpOnEveryCommand(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"validate", "--help"}, {"assess", "--help"}, {"rules", "--help"}, {"rules", "list", "--help"}, {"rules", "test", "--help"}, {"rules", "doc", "--help"}, {"bundle", "build", "--help"}, {"diff", "--help"}, {"schema", "--help"}, {"version", "--help"}} {
		r := dria(t, args...)
		assert.Equal(t, 0, r.code, args)
		assert.Contains(t, r.stdout, "Usage:", args)
	}
	assert.Contains(t, dria(t, "assess", "--help").stdout, "Exit codes")
}

func TestRulesList(t *testing.T) {
	r := dria(t, "rules", "list", "--format", "json")
	require.Equal(t, 0, r.code, r.stderr)
	var rules []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rules))
	require.NotEmpty(t, rules)
	for _, rule := range rules {
		for _, k := range []string{"id", "title", "severity", "likelihood", "rights", "category", "references", "remediation"} {
			assert.Contains(t, rule, k)
		}
	}
	table := dria(t, "rules", "list")
	assert.Contains(t, table.stdout, "DRIA-DEC-001")
	assert.Contains(t, table.stdout, "ID ")
}

func TestSchemaCommand(t *testing.T) {
	for _, name := range []string{"", "description", "waivers", "rules", "report"} {
		args := []string{"schema"}
		if name != "" {
			args = append(args, name)
		}
		r := dria(t, args...)
		require.Equal(t, 0, r.code, name)
		var v map[string]any
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &v), name)
		assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", v["$schema"])
	}
}

func TestAssessDirectoryAndOutputFile(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	out := filepath.Join(t.TempDir(), "report.json")
	r := dria(t, "assess", "--format", "json", "--output", out, "../../examples/systems")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Empty(t, r.stdout)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	var rep struct {
		Assessments []struct{ Source struct{ Path string } } `json:"assessments"`
	}
	require.NoError(t, json.Unmarshal(data, &rep))
	files, _ := filepath.Glob("../../examples/systems/*.yaml")
	assert.Len(t, rep.Assessments, len(files))
	entries, _ := os.ReadDir(filepath.Dir(out))
	assert.Len(t, entries, 1, "no temporary file is left behind")
}

// TestInvalidInputIsInTheWrittenReport: a file that cannot be assessed
// fails the run (exit 2) and is listed in the report, which is written
// whole.
func TestInvalidInputIsInTheWrittenReport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.json")
	r := dria(t, "assess", "--format", "json", "--output", out, "testdata/three-mistakes/system.yaml")
	assert.Equal(t, 2, r.code)
	assert.Empty(t, r.stdout)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	failed := unassessed(t, string(data))
	require.Len(t, failed, 1)
	assert.Equal(t, "the description is not valid (3 problems)", failed[0].Message)
	entries, _ := os.ReadDir(filepath.Dir(out))
	assert.Len(t, entries, 1, "no temporary file is left behind")
}

func TestRulesTestCommand(t *testing.T) {
	r := dria(t, "rules", "test", "--format", "json")
	require.Equal(t, 0, r.code, r.stdout+r.stderr)
	var rep struct {
		Rules []struct {
			ID    string
			Fires bool
		}
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep))
	for _, rule := range rep.Rules {
		assert.True(t, rule.Fires, rule.ID)
	}
}
