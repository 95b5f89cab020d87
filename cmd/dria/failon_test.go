package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The pack of testdata/failon fires at critical on each of the five
// components of its description and at medium on each of its five groups.
const (
	failOnPack   = "testdata/failon/pack"
	failOnSystem = "testdata/failon/system.yaml"
)

// TestFailOnSaysWhy: when --fail-on makes the run exit 1, standard error
// counts the findings at or above the level and locates the first five,
// the rule's title escaped.
func TestFailOnSaysWhy(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	const comp = ": FAILON-COMP-001 (critical) Component \\x1b[31mflagged\\x1b[0m\n"
	first5 := "  " + failOnSystem + ":154:7" + comp +
		"  " + failOnSystem + ":159:7" + comp +
		"  " + failOnSystem + ":164:7" + comp +
		"  " + failOnSystem + ":169:7" + comp +
		"  " + failOnSystem + ":174:7" + comp

	r := dria(t, "assess", "--format", "json", "--rules", failOnPack, "--fail-on", "critical", failOnSystem)
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "dria: 5 findings at or above critical (--fail-on):\n"+first5, r.stderr)
	assert.NotEmpty(t, r.stdout, "the report is written")

	r = dria(t, "assess", "--format", "json", "--rules", failOnPack, "--fail-on", "medium", failOnSystem)
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "dria: 10 findings at or above medium (--fail-on):\n"+first5+"  and 5 more in the report\n", r.stderr)

	// From the configuration file, the same.
	cfg := writeConfig(t, t.TempDir(), "dria.yaml", "failOn: critical\n")
	r = dria(t, "assess", "--format", "json", "--config", cfg, "--rules", failOnPack, failOnSystem)
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "dria: 5 findings at or above critical (--fail-on):\n"+first5, r.stderr)

	r = dria(t, "assess", "--format", "json", "--rules", failOnPack, failOnSystem)
	assert.Equal(t, 0, r.code, "no --fail-on, no gate")
	assert.Empty(t, r.stderr)
}

// TestFailOnCountsOneFinding in the singular, and waived findings not at
// all.
func TestFailOnCountsOneFinding(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := t.TempDir()
	system := filepath.Join(dir, "system.yaml")
	data, err := os.ReadFile(failOnSystem)
	require.NoError(t, err)
	// Keep only the first component.
	text := string(data)
	start := strings.Index(text, "    - name: voting-service\n")
	end := strings.Index(text, "  mitigations:\n")
	require.True(t, start > 0 && end > start, "the description has components and mitigations")
	require.NoError(t, os.WriteFile(system, []byte(text[:start]+text[end:]), 0o644))

	r := dria(t, "assess", "--format", "json", "--rules", failOnPack, "--fail-on", "high", system)
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "dria: 1 finding at or above high (--fail-on):\n  "+system+":154:7: FAILON-COMP-001 (critical) Component \\x1b[31mflagged\\x1b[0m\n", r.stderr)

	waivers := filepath.Join(dir, "waivers.yaml")
	require.NoError(t, os.WriteFile(waivers, []byte("apiVersion: dria/v1\nkind: Waivers\nwaivers:\n  - {rule: FAILON-COMP-001, reason: Accepted while the components are reviewed, owner: cio@example.org, expires: 2099-01-01}\n"), 0o644))
	r = dria(t, "assess", "--format", "json", "--rules", failOnPack, "--fail-on", "high", "--waivers", waivers, system)
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Empty(t, r.stderr)
}
