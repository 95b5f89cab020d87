package rules

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBuiltinRegoTests runs every *_test.rego of the built-in set through
// OPA's tester and requires each test to pass and each rule to fire in at
// least one test.
func TestBuiltinRegoTests(t *testing.T) {
	set, err := Load(context.Background(), WithTests())
	require.NoError(t, err)
	rep, err := set.Test(context.Background())
	require.NoError(t, err)
	for _, c := range rep.Cases {
		if !c.Passed && !c.Skipped {
			t.Errorf("%s:%d: %s.%s: %s %s", c.File, c.Line, c.Package, c.Name, c.Error, c.Output)
		}
	}
	for _, r := range rep.Rules {
		assert.True(t, r.Fires, "%s (%s) has no test that makes it fire", r.ID, r.File)
		assert.GreaterOrEqual(t, r.Tests, 2, "%s needs a firing and a quiet test", r.ID)
	}
	assert.Greater(t, len(rep.Cases), 2*len(rep.Rules))
}

// rule writes one rule package with the given id and findings body.
func rule(id, pkg, body string) string {
	return `# METADATA
# title: Test rule
# description: A rule used by the loader's tests.
# custom:
#   id: ` + id + `
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: test
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Fix what the test rule finds.
package ` + pkg + `

findings contains {"msg": "found", "paths": ["/spec"]} if {
` + body + `
}
`
}

func loadProblems(t *testing.T, files map[string]string, opts ...Option) []string {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	_, err := Load(context.Background(), append([]Option{WithFS("pack", fsys)}, opts...)...)
	require.Error(t, err)
	var le *LoadError
	require.True(t, errors.As(err, &le), "a *LoadError: %v", err)
	out := make([]string, len(le.Problems))
	for i, p := range le.Problems {
		out[i] = p.String()
	}
	return out
}

func TestSandboxRefusesBuiltinsThatReachOutside(t *testing.T) {
	cases := map[string]string{
		"http.send":            `resp := http.send({"method": "GET", "url": "https://example.org"}); resp.status_code == 200`,
		"net.lookup_ip_addr":   `count(net.lookup_ip_addr("example.org")) > 0`,
		"opa.runtime":          `opa.runtime().env.HOME`,
		"time.now_ns":          `time.now_ns() > 0`,
		"rand.intn":            `rand.intn("x", 10) == 1`,
		"uuid.rfc4122":         `uuid.rfc4122("x") != ""`,
		"io.jwt.decode_verify": `io.jwt.decode_verify("x", {"secret": "s"})[0]`,
	}
	for builtin, body := range cases {
		t.Run(builtin, func(t *testing.T) {
			got := loadProblems(t, map[string]string{"x/r.rego": rule("TEST-X-001", "dria.rules.x.r", "\t"+body)})
			require.Len(t, got, 1)
			assert.True(t, strings.HasPrefix(got[0], "pack/x/r.rego:15:"), got[0])
			assert.Contains(t, got[0], "calls "+builtin+", which dria refuses")
		})
	}
}

func TestSandboxCatchesBuiltinSwappedInWith(t *testing.T) {
	got := loadProblems(t, map[string]string{"x/r.rego": rule("TEST-X-001", "dria.rules.x.r", "\tcount([]) == 0 with count as http.send")})
	require.NotEmpty(t, got)
	assert.Contains(t, got[0], "calls http.send")
}

func TestMockingABuiltinInWithIsAllowed(t *testing.T) {
	fsys := fstest.MapFS{"x/r.rego": &fstest.MapFile{Data: []byte(rule("TEST-X-001", "dria.rules.x.r", "\tdata.dria.lib.today == \"2026-01-01\" with time.now_ns as 1767225600000000000"))}}
	_, err := Load(context.Background(), WithFS("pack", fsys))
	assert.NoError(t, err, "with time.now_ns as a constant calls no clock")
}

func TestMetadataProblemsNameTheLine(t *testing.T) {
	bad := strings.NewReplacer("severity: medium", "severity: hgh", "rights: [privacy]", "rights: [privacy, privcy]").Replace(rule("TEST-X-001", "dria.rules.x.r", "\ttrue"))
	assert.Equal(t, []string{
		`pack/x/r.rego:6:15: METADATA: "hgh" is not an allowed value for custom.severity; allowed: info, low, medium, high, critical (did you mean "high"?)`,
		`pack/x/r.rego:8:23: METADATA: "privcy" is not an allowed value for custom.rights[1]; allowed: privacy, expression, assembly-association, participation, non-discrimination, remedy, fair-trial, liberty-security, social-security, child-rights, movement-asylum, accessibility, thought-religion, education, work, health (did you mean "privacy"?)`,
	}, loadProblems(t, map[string]string{"x/r.rego": bad}))

	missing := strings.Replace(rule("TEST-X-001", "dria.rules.x.r", "\ttrue"), "#   remediation: Fix what the test rule finds.\n", "", 1)
	assert.Equal(t, []string{`pack/x/r.rego:5:5: METADATA: custom is missing the required key "remediation"`},
		loadProblems(t, map[string]string{"x/r.rego": missing}))

	badID := strings.Replace(rule("test-1", "dria.rules.x.r", "\ttrue"), "id: test-1", "id: test-1", 1)
	assert.Equal(t, []string{`pack/x/r.rego:5:9: METADATA: custom.id must be upper-case words and numbers joined by hyphens, such as DRIA-PRIV-004, got "test-1"`},
		loadProblems(t, map[string]string{"x/r.rego": badID}))
}

func TestRuleShapeProblems(t *testing.T) {
	noMeta := "package dria.rules.x.r\n\nfindings contains {\"msg\": \"m\", \"paths\": []} if true\n"
	helper := "package dria.other.helpers\n\nx := 1\n"
	assert.Equal(t, []string{"pack/x/h.rego:1:1: package dria.other.helpers is not allowed in rule pack pack: it is outside dria.rules; " + anyNamespace},
		loadProblems(t, map[string]string{"x/h.rego": helper}))
	assert.Equal(t, []string{"pack/x/r.rego:1:1: rule has no # METADATA block before its package line (title, description and custom: id, severity, likelihood, rights, category, references, remediation)"},
		loadProblems(t, map[string]string{"x/r.rego": noMeta}))

	wrongPkg := rule("TEST-X-001", "dria.other.r", "\ttrue")
	assert.Equal(t, []string{"pack/x/r.rego:12:1: package dria.other.r is not allowed in rule pack pack: it is outside dria.rules; " + anyNamespace},
		loadProblems(t, map[string]string{"x/r.rego": wrongPkg}))

	nsOnly := rule("TEST-X-001", "dria.rules.x", "\ttrue")
	assert.Equal(t, []string{"pack/x/r.rego:12:1: rule package dria.rules.x must be dria.rules.<family or namespace>.<name>"},
		loadProblems(t, map[string]string{"x/r.rego": nsOnly}))

	noFindings := strings.Replace(rule("TEST-X-001", "dria.rules.x.r", "\ttrue"), "findings contains", "other contains", 1)
	assert.Equal(t, []string{"pack/x/r.rego:12:1: rule package defines no findings (a set of objects with msg and paths)"},
		loadProblems(t, map[string]string{"x/r.rego": noFindings}))

	syntax := rule("TEST-X-001", "dria.rules.x.r", "\tinput.spec ==")
	got := loadProblems(t, map[string]string{"x/r.rego": syntax})
	require.Len(t, got, 1)
	assert.Equal(t, "pack/x/r.rego:16:1: unexpected } token", got[0])
}

func TestDuplicateIDsNameBothFiles(t *testing.T) {
	got := loadProblems(t, map[string]string{
		"x/a.rego": rule("TEST-X-001", "dria.rules.x.a", "\ttrue"),
		"x/b.rego": rule("TEST-X-001", "dria.rules.x.b", "\ttrue"),
	})
	assert.Equal(t, []string{"pack/x/b.rego:1:1: rule id TEST-X-001 is already used by pack/x/a.rego:1; rule ids must be unique across all loaded rule sets"}, got)

	builtin := loadProblems(t, map[string]string{"x/a.rego": rule("DRIA-DEC-001", "dria.rules.x.a", "\ttrue")})
	require.Len(t, builtin, 1)
	assert.Contains(t, builtin[0], "rule id DRIA-DEC-001 is already used by rules/decisions/solely_automated.rego:1")
}

func TestTypeCheckAgainstDescriptionSchema(t *testing.T) {
	got := loadProblems(t, map[string]string{"x/r.rego": rule("TEST-X-001", "dria.rules.x.r", `	input.spec.decisons.automation == "full"`)})
	assert.Equal(t, []string{`pack/x/r.rego:15:2: type error: undefined ref: input.spec.decisons.automation: the description schema has no field "decisons" at input.spec; did you mean "decisions"?`}, got)

	got = loadProblems(t, map[string]string{"x/r.rego": rule("TEST-X-001", "dria.rules.x.r", `	input.spec.affected.people == "many"`)})
	require.Len(t, got, 1)
	assert.Contains(t, got[0], "pack/x/r.rego:15:2: type error: match error")
}

func TestDisabledRules(t *testing.T) {
	set, err := Load(context.Background(), WithDisabled("DRIA-DEC-001"))
	require.NoError(t, err)
	assert.False(t, slices.ContainsFunc(set.Rules(), func(r Rule) bool { return r.ID == "DRIA-DEC-001" }))

	_, err = Load(context.Background(), WithDisabled("DRIA-DEC-0001"))
	assert.EqualError(t, err, "unknown rule: cannot disable DRIA-DEC-0001: no loaded rule has that id; did you mean DRIA-DEC-001?")
	assert.ErrorIs(t, err, ErrUnknownRule)
}

func TestExtraRulesLoadAndDigestChanges(t *testing.T) {
	base, err := Load(context.Background())
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "x"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "x", "r.rego"), []byte(rule("TEST-X-001", "dria.rules.x.r", "\tinput.spec.data.minimisation == false")), 0o644))
	more, err := Load(context.Background(), WithDir(dir))
	require.NoError(t, err)
	assert.Len(t, more.Rules(), len(base.Rules())+1)
	assert.NotEqual(t, base.Digest(), more.Digest())
	again, err := Load(context.Background())
	require.NoError(t, err)
	assert.Equal(t, base.Digest(), again.Digest(), "the digest is stable")

	_, err = Load(context.Background(), WithDir(filepath.Join(dir, "missing")))
	assert.EqualError(t, err, "rules directory: "+filepath.Join(dir, "missing")+": no such file or directory")
	assert.ErrorIs(t, err, fs.ErrNotExist)
	_, err = Load(context.Background(), WithPath("no/such\x1b[2Jpack"))
	assert.EqualError(t, err, `rule pack: no/such\x1b[2Jpack: no such file or directory`)
}

// TestBuiltinMetadata holds the built-in set to the references list: known
// framework ids only, and every rule with a reference and a remediation.
func TestBuiltinMetadata(t *testing.T) {
	set, err := Load(context.Background())
	require.NoError(t, err)
	known := map[string]bool{}
	for _, f := range strings.Fields("UNGP UDHR ICCPR ICESCR ECHR CRC CRPD EU-CFR OECD-DD WARSAW GDPR EU-AIA EU-DSA EU-TTPA COE-AI COE-HUDERIA CA-DADM CPH-PLEDGE") {
		known[f] = true
	}
	for _, r := range set.Rules() {
		assert.NotEmpty(t, r.References, r.ID)
		assert.GreaterOrEqual(t, len(r.Remediation), 20, r.ID)
		assert.True(t, strings.HasPrefix(r.ID, "DRIA-"), r.ID)
		for _, ref := range r.References {
			assert.True(t, known[ref.Framework], "%s cites unknown framework %q", r.ID, ref.Framework)
		}
	}
}
