package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const vendorB = "../../examples/procurement/vendors/vendor-b.yaml"

// assessTo writes the JSON report of a description to a file.
func assessTo(t *testing.T, description, out string) {
	t.Helper()
	r := dria(t, "assess", "--format", "json", "--output", out, description)
	require.Equal(t, 0, r.code, r.stderr)
}

func TestDiffReportsNewResolvedAndGatesOnRegressions(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := t.TempDir()
	base, err := os.ReadFile(vendorB)
	require.NoError(t, err)

	oldReport := filepath.Join(dir, "old.json")
	assessTo(t, vendorB, oldReport)

	// The new version explains its decisions (resolving DRIA-DEC-003) but
	// adds nationality as a model input (a new DRIA-FAIR-001 finding).
	changed := strings.Replace(string(base), "explanation: {provided: false}", "explanation: {provided: true, evidence: Decision letter lists the three strongest factors}", 1)
	changed = strings.Replace(changed, "inputs: [household size, income changes, postcode, age]", "inputs: [household size, income changes, postcode, age, nationality]\n    protectedAttributes: [nationality]", 1)
	require.NotEqual(t, string(base), changed)
	newDesc := filepath.Join(dir, "vendor-b.yaml")
	require.NoError(t, os.WriteFile(newDesc, []byte(changed), 0o644))
	newReport := filepath.Join(dir, "new.json")
	assessTo(t, newDesc, newReport)

	r := dria(t, "diff", "--format", "json", oldReport, newReport)
	require.Equal(t, 0, r.code, r.stderr)
	var c struct {
		New, Resolved, Changed []struct {
			RuleID, OldSeverity, NewSeverity string
		}
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &c))
	has := func(list []struct{ RuleID, OldSeverity, NewSeverity string }, id string) bool {
		for _, f := range list {
			if f.RuleID == id {
				return true
			}
		}
		return false
	}
	assert.True(t, has(c.New, "DRIA-FAIR-001"), "new: %+v", c.New)
	assert.True(t, has(c.Resolved, "DRIA-DEC-003"), "resolved: %+v", c.Resolved)
	assert.False(t, has(c.New, "DRIA-DEC-007"), "unchanged findings are not new")

	r = dria(t, "diff", "--fail-on", "high", oldReport, newReport)
	assert.Equal(t, 1, r.code, "a new high finding is a regression")
	assert.Contains(t, r.stdout, "## New findings")
	assert.Contains(t, r.stdout, "DRIA-FAIR-001")
	assert.Contains(t, r.stderr, "new or worsened findings at or above high")

	// In the reverse direction DRIA-DEC-003 comes back: a regression too;
	// with a threshold above its severity, only improvements remain.
	r = dria(t, "diff", "--fail-on", "high", newReport, oldReport)
	assert.Equal(t, 1, r.code, "DRIA-DEC-003 comes back")
	r = dria(t, "diff", "--fail-on", "critical", oldReport, oldReport)
	assert.Equal(t, 0, r.code)
	assert.Contains(t, r.stdout, "0 new, 0 changed in severity, 0 resolved.")
}

func TestDiffRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"reportVersion": "2"}`), 0o644))
	r := dria(t, "diff", bad, bad)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, bad+`:1:19: reportVersion must be "1", got "2"`)
	assert.Equal(t, 2, dria(t, "diff", bad).code)
	assert.Equal(t, 2, dria(t, "diff", "--format", "xml", bad, bad).code)
}
