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

const welfare = "../../examples/systems/welfare-risk-scoring.yaml"

func findingIDs(t *testing.T, out string) map[string]bool {
	t.Helper()
	var rep struct {
		Assessments []struct {
			Findings []struct {
				RuleID string `json:"ruleId"`
				Waived bool   `json:"waived"`
			} `json:"findings"`
		} `json:"assessments"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep), out)
	ids := map[string]bool{}
	for _, a := range rep.Assessments {
		for _, f := range a.Findings {
			ids[f.RuleID] = true
		}
	}
	return ids
}

func TestRulePackDirectoryAndOverride(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	r := dria(t, "assess", "--format", "json", "--rules", "../../examples/rulepack", "../../examples/systems/national-digital-id.yaml")
	require.Equal(t, 0, r.code, r.stderr)
	assert.True(t, findingIDs(t, r.stdout)["KE-DPA-002"])
	assert.Contains(t, r.stderr, "dria: pack kenya-dpa changes the base severity of DRIA-PRIV-002 from medium to high")
}

func TestDuplicateIDAcrossPacksExits3(t *testing.T) {
	r := dria(t, "assess", "--rules", "testdata/duppack", sample)
	assert.Equal(t, 3, r.code)
	assert.Contains(t, r.stderr, "testdata/duppack/b/r.rego:1:1: rule id TEST-DUP-001 is already used by testdata/duppack/a/r.rego:1")
}

func TestWaiverSilencesFailOnUntilItExpires(t *testing.T) {
	dir := t.TempDir()
	waivers := filepath.Join(dir, "waivers.yaml")
	// Waive every rule that fires on the welfare example at high or
	// above, until 2026-03-31.
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01
	r := dria(t, "assess", "--format", "json", welfare)
	require.Equal(t, 0, r.code)
	var b strings.Builder
	b.WriteString("apiVersion: dria/v1\nkind: Waivers\nwaivers:\n")
	for id := range findingIDs(t, r.stdout) {
		b.WriteString("  - {rule: " + id + ", system: welfare-*, reason: Accepted by the board pending the 2.4 redesign, owner: cio@example.org, expires: 2026-03-31}\n")
	}
	require.NoError(t, os.WriteFile(waivers, []byte(b.String()), 0o644))

	r = dria(t, "assess", "--format", "json", "--fail-on", "high", "--waivers", waivers, welfare)
	assert.Equal(t, 0, r.code, "every finding is waived: %s", r.stderr)
	assert.NotContains(t, r.stderr, "expired")

	t.Setenv("SOURCE_DATE_EPOCH", "1775001600") // 2026-04-01
	r = dria(t, "assess", "--format", "json", "--fail-on", "high", "--waivers", waivers, welfare)
	assert.Equal(t, 1, r.code, "after expiry the findings count again")
	assert.Contains(t, r.stderr, "has expired: it no longer applies and its findings count again")
}

func TestStaleAndInvalidWaivers(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "stale.yaml")
	require.NoError(t, os.WriteFile(stale, []byte("apiVersion: dria/v1\nkind: Waivers\nwaivers:\n  - {rule: DRIA-DEC-001, system: nothing-*, reason: A waiver for a system we do not have, owner: me@example.org, expires: 2099-01-01}\n"), 0o644))
	r := dria(t, "assess", "--format", "json", "--waivers", stale, sample)
	assert.Equal(t, 0, r.code)
	assert.Contains(t, r.stderr, "waiver for DRIA-DEC-001 (systems nothing-*, owner me@example.org, expires 2099-01-01) matched no finding (stale)")

	bad := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("apiVersion: dria/v1\nkind: Waivers\nwaivers:\n  - {rule: DRIA-DEC-001, reason: x}\n"), 0o644))
	r = dria(t, "assess", "--waivers", bad, sample)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, bad+`:4:5: waivers[0] is missing the required key "expires"`)
}

func TestConfigFileAndFlagsOverrideIt(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "dria.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("apiVersion: dria/v1\nkind: Config\nfailOn: info\nformat: json\ndisable: [DRIA-DEC-001]\n"), 0o644))
	r := dria(t, "assess", "--config", cfg, sample)
	assert.Equal(t, 1, r.code, "failOn from the file")
	assert.False(t, findingIDs(t, r.stdout)["DRIA-DEC-001"])
	r = dria(t, "assess", "--config", cfg, "--fail-on", "critical", sample)
	assert.Equal(t, 0, r.code, "the flag overrides the file: %s", r.stderr)

	require.NoError(t, os.WriteFile(cfg, []byte("apiVersion: dria/v1\nkind: Config\nfailOn: severe\nformt: json\n"), 0o644))
	r = dria(t, "assess", "--config", cfg, sample)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, cfg+`:3:9: "severe" is not an allowed value for failOn`)
	assert.Contains(t, r.stderr, cfg+`:4:1: unknown key "formt" in the document; did you mean "format"?`)

	r = dria(t, "assess", "--config", filepath.Join(dir, "missing.yaml"), sample)
	assert.Equal(t, 2, r.code)
}

func TestBundleBuild(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	out := filepath.Join(t.TempDir(), "dria.tar.gz")
	r := dria(t, "bundle", "build", "-o", out)
	require.Equal(t, 0, r.code, r.stderr)
	first, err := os.ReadFile(out)
	require.NoError(t, err)
	r = dria(t, "bundle", "build", "-o", out)
	require.Equal(t, 0, r.code)
	second, _ := os.ReadFile(out)
	assert.Equal(t, first, second, "reproducible")
	assert.Equal(t, 2, dria(t, "bundle", "build").code)
}

func TestRulesNewScaffoldPassesRulesTest(t *testing.T) {
	dir := t.TempDir()
	r := dria(t, "rules", "new", "acme/no_dpia", "--dir", dir)
	require.Equal(t, 0, r.code, r.stderr)
	r = dria(t, "rules", "test", "--builtins=false", dir)
	assert.Equal(t, 0, r.code, r.stdout+r.stderr)
	assert.Contains(t, r.stdout, "ACME-NO-DPIA")
	assert.Equal(t, 2, dria(t, "rules", "new", "acme/no_dpia", "--dir", dir).code, "no overwrite")
	assert.Equal(t, 2, dria(t, "rules", "new", "Bad-Name").code)
}

func TestPackInBuiltinFamilyExits3(t *testing.T) {
	const pack = "../../rules/testdata/hostile/builtin-helper"
	r := dria(t, "assess", "--format", "json", "--rules", pack, "../../examples/systems/live-facial-recognition.yaml")
	assert.Equal(t, 3, r.code, "the pack would make DRIA-SURV-001 pass")
	assert.Empty(t, r.stdout, "nothing half-written")
	assert.Contains(t, r.stderr, pack+"/x/authorise.rego:3:1: package dria.rules.surveillance.realtime_rbi_public is not allowed in rule pack "+pack+": surveillance is a built-in rule family")

	const declared = "../../rules/testdata/hostile/declared-family"
	r = dria(t, "rules", "test", "--builtins=false", declared)
	assert.Equal(t, 3, r.code, "built-in families are reserved without the built-ins too")
	assert.Contains(t, r.stderr, declared+"/pack.yaml:4:12: namespace decisions is a built-in rule family; a pack needs a namespace of its own")
}

func TestPackDirectoryNamedRulesKeepsTheBuiltins(t *testing.T) {
	t.Chdir("../../rules/testdata/hostile/named-rules")
	r := dria(t, "rules", "list", "--format", "json", "--rules", "rules")
	require.Equal(t, 0, r.code, r.stderr)
	var list []struct{ ID, File string }
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &list))
	files := map[string]string{}
	for _, rule := range list {
		files[rule.ID] = rule.File
	}
	assert.Equal(t, "rules/decisions/solely_automated.rego", files["DRIA-DEC-001"])
	assert.Equal(t, "./rules/decisions/solely_automated.rego", files["ACME-DEC-001"])
}

func TestBundleBuildWithAPackPathFullOfDotDots(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "acme"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "acme", "r.rego"), []byte("package dria.rules.acme.helpers\n\nx := 1\n"), 0o644))
	wd, err := os.Getwd()
	require.NoError(t, err)
	up, err := filepath.Rel(wd, dir)
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(up, ".."), up)
	out := filepath.Join(t.TempDir(), "dria.tar.gz")
	r := dria(t, "bundle", "build", "-o", out, "--rules", up)
	assert.Equal(t, 0, r.code, r.stderr)
	info, err := os.Stat(out)
	require.NoError(t, err)
	assert.Positive(t, info.Size())
}
