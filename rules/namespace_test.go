package rules

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// anyNamespace ends the message for a module of a pack that has no
// namespace it may use.
const anyNamespace = "a pack's packages (rules, helpers and tests) must be under a namespace of its own, dria.rules.<namespace>, that no built-in family or other pack uses"

const hostile = "testdata/hostile/"

// problemsOf loads with the options and returns the problems of the
// *LoadError it must fail with.
func problemsOf(t *testing.T, opts ...Option) []string {
	t.Helper()
	_, err := Load(context.Background(), opts...)
	require.Error(t, err)
	var le *LoadError
	require.True(t, errors.As(err, &le), "a *LoadError: %v", err)
	out := make([]string, len(le.Problems))
	for i, p := range le.Problems {
		out[i] = p.String()
	}
	return out
}

// TestPackCannotTouchBuiltinPackages loads packs whose modules sit in the
// packages of built-in rules, of dria itself or outside dria.rules: each
// module is refused at its package line, with or without the built-in
// rules loaded (their families stay reserved).
func TestPackCannotTouchBuiltinPackages(t *testing.T) {
	refused := func(file string, line int, pkg, pack, reason string) string {
		return hostile + file + ":" + strconv.Itoa(line) + ":1: package " + pkg + " is not allowed in rule pack " + hostile + pack + ": " + reason + "; " + anyNamespace
	}
	cases := map[string][]string{
		// authorised if true would make DRIA-SURV-001 pass.
		"builtin-helper": {refused("builtin-helper/x/authorise.rego", 3, "dria.rules.surveillance.realtime_rbi_public", "builtin-helper", "surveillance is a built-in rule family")},
		// solely_automated.effective_review if true, from the family's root.
		"partial-rule": {refused("partial-rule/review.rego", 2, "dria.rules.decisions", "partial-rule", "decisions is a built-in rule family")},
		// findings of the pack's own under DRIA-DEC-001.
		"forged-findings": {refused("forged-findings/forged.rego", 3, "dria.rules.decisions.solely_automated", "forged-findings", "decisions is a built-in rule family")},
		"dria-own": {
			refused("dria-own/catalog.rego", 2, "dria.catalog", "dria-own", "dria.catalog is dria's own package"),
			refused("dria-own/engine.rego", 2, "dria.engine", "dria-own", "dria.engine is dria's own package"),
			refused("dria-own/lib.rego", 2, "dria.lib", "dria-own", "dria.lib is dria's own package"),
			refused("dria-own/main.rego", 2, "dria.main", "dria-own", "dria.main is dria's own package"),
			refused("dria-own/outside.rego", 2, "system.authz", "dria-own", "it is outside dria.rules"),
			refused("dria-own/root.rego", 2, "dria", "dria-own", "dria is dria's own package"),
			refused("dria-own/rules-root.rego", 2, "dria.rules", "dria-own", "dria.rules is the root of every rule set, not a namespace"),
		},
		"builtin-test": {
			refused("builtin-test/decisions_test.rego", 2, "dria.rules.decisions.solely_automated_test", "builtin-test", "decisions is a built-in rule family"),
			refused("builtin-test/lib_test.rego", 2, "dria.rules.lib_test", "builtin-test", "lib_test is reserved for the built-in rules"),
		},
		"reserved-lib": {refused("reserved-lib/helpers.rego", 2, "dria.rules.lib.helpers", "reserved-lib", "lib is reserved for the built-in rules")},
		"bad-segment":  {refused("bad-segment/helpers.rego", 2, "dria.rules.Acme.helpers", "bad-segment", `"Acme" is not a namespace (lower-case letters, digits and underscores, starting with a letter)`)},
	}
	for pack, want := range cases {
		t.Run(pack, func(t *testing.T) {
			assert.Equal(t, want, problemsOf(t, WithTests(), WithDir(hostile+pack)))
			assert.Equal(t, want, problemsOf(t, WithTests(), WithoutBuiltins(), WithDir(hostile+pack)), "reserved without the built-ins too")
		})
	}
}

func TestPackInAnotherPacksNamespace(t *testing.T) {
	assert.Equal(t, []string{
		hostile + "kenya-squat/squat/lib.rego:3:1: package dria.rules.kenya_dpa.lib is not allowed in rule pack " + hostile + "kenya-squat: kenya_dpa is the namespace of rule pack ../examples/rulepack; " + anyNamespace,
	}, problemsOf(t, WithDir("../examples/rulepack"), WithDir(hostile+"kenya-squat")))
}

func TestTwoPacksDeclaringOneNamespace(t *testing.T) {
	a, b := hostile+"same-namespace/a", hostile+"same-namespace/b"
	assert.Equal(t, []string{
		b + "/b.rego:12:1: package dria.rules.acme.b is not allowed in rule pack " + b + ": acme is the namespace of rule pack " + a + "; " + anyNamespace,
		b + "/pack.yaml:4:12: namespace acme is already the namespace of rule pack " + a + "; each pack needs its own",
	}, problemsOf(t, WithDir(a), WithDir(b)))

	set, err := Load(context.Background(), WithDir(a))
	require.NoError(t, err, "one of them alone is fine")
	assert.True(t, slices.ContainsFunc(set.Rules(), func(r Rule) bool { return r.ID == "TEST-ACME-001" }))
}

func TestPackModulesMustAgreeOnTheNamespace(t *testing.T) {
	d := hostile + "disagree"
	assert.Equal(t, []string{
		d + "/b.rego:2:1: package dria.rules.beta.helpers is not allowed in rule pack " + d + ": the pack's namespace is alpha (taken from " + d + "/a.rego, its first module); a pack's packages (rules, helpers and tests) must be under its namespace, dria.rules.alpha",
	}, problemsOf(t, WithDir(d)))
}

func TestDeclaredNamespace(t *testing.T) {
	d := hostile + "declared"
	assert.Equal(t, []string{
		d + "/outside.rego:2:1: package dria.rules.other.helpers is not allowed in rule pack " + d + ": the pack's namespace is acme (declared in " + d + "/pack.yaml:4); a pack's packages (rules, helpers and tests) must be under its namespace, dria.rules.acme",
	}, problemsOf(t, WithDir(d)))

	f := hostile + "declared-family"
	want := []string{
		f + "/extra.rego:12:1: package dria.rules.decisions.extra is not allowed in rule pack " + f + ": decisions is a built-in rule family; " + anyNamespace,
		f + "/pack.yaml:4:12: namespace decisions is a built-in rule family; a pack needs a namespace of its own",
	}
	assert.Equal(t, want, problemsOf(t, WithDir(f)))
	assert.Equal(t, want, problemsOf(t, WithoutBuiltins(), WithDir(f)))

	bad := hostile + "bad-namespace"
	assert.Equal(t, []string{
		bad + `/pack.yaml:4:12: namespace must be lower-case letters, digits and underscores, starting with a letter, such as kenya_dpa, got "Acme-Rules"`,
	}, problemsOf(t, WithDir(bad)))
}

func TestKenyaPackStillLoads(t *testing.T) {
	set, err := Load(context.Background(), WithTests(), WithDir("../examples/rulepack"))
	require.NoError(t, err)
	var pack []string
	for _, r := range set.Rules() {
		if r.Source == "../examples/rulepack" {
			pack = append(pack, r.ID)
			assert.Regexp(t, `^dria\.rules\.kenya_dpa\.`, r.Package)
			assert.Regexp(t, `^\.\./examples/rulepack/kenya_dpa/\w+\.rego$`, r.File)
		}
	}
	assert.Len(t, pack, 9, "the example pack's rules, KE-DPA-001 to KE-DPA-009")
	rep, err := set.Test(context.Background())
	require.NoError(t, err)
	assert.True(t, rep.Passed())
}

// TestPackDirectoryNamedRules loads a pack from a directory called rules
// whose file has the path of a built-in one (rules/decisions/
// solely_automated.rego): both modules stay, the pack's named by the path
// the user gave.
func TestPackDirectoryNamedRules(t *testing.T) {
	base, err := Load(context.Background())
	require.NoError(t, err)
	t.Chdir(hostile + "named-rules")
	for _, dir := range []string{"rules", "./rules/", "."} {
		set, err := Load(context.Background(), WithDir(dir))
		require.NoError(t, err, dir)
		assert.Len(t, set.Rules(), len(base.Rules())+1, dir)
		files := map[string]string{}
		for _, r := range set.Rules() {
			files[r.ID] = r.File
		}
		assert.Equal(t, "rules/decisions/solely_automated.rego", files["DRIA-DEC-001"], dir)
		assert.Equal(t, "./rules/decisions/solely_automated.rego", files["ACME-DEC-001"], dir)
		src := set.texts
		assert.Equal(t, base.texts["rules/decisions/solely_automated.rego"], src["rules/decisions/solely_automated.rego"], "the built-in module is not replaced")
		assert.Contains(t, src["./rules/decisions/solely_automated.rego"], "package dria.rules.acme.solely_automated")
	}
	// The same directory under two names: the same files, loaded twice.
	assert.Equal(t, []string{
		"./rules/decisions/solely_automated.rego: is loaded twice, by rule pack rules and by rule pack .; load each rule file once",
		"./rules/decisions/solely_automated.rego:12:1: package dria.rules.acme.solely_automated is not allowed in rule pack .: acme is the namespace of rule pack rules; " + anyNamespace,
	}, problemsOf(t, WithDir("rules"), WithDir(".")))
	assert.Equal(t, []string{"rules: this rule pack is given twice; give each pack once"},
		problemsOf(t, WithDir("rules"), WithDir("rules/")))
}
