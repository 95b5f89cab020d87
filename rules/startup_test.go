package rules

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema"
)

// fullyChecked loads the built-in set with every check the start-up
// shortcuts leave out: the compiler's checking stages, type checking
// against the description schema and the metadata validated with source
// positions.
func fullyChecked(t *testing.T) *Set {
	t.Helper()
	set, err := load(context.Background(), config{builtins: true, fullChecks: true})
	require.NoError(t, err)
	return set
}

// TestFastLoadIsTheCheckedLoad holds the built-in set loaded as the command
// loads it (no checking stages, metadata from OPA's annotations, the
// catalog's meta built without parsing) to the fully checked load: the same
// rules, catalog text and digest, and the same assessment of every example
// description.
func TestFastLoadIsTheCheckedLoad(t *testing.T) {
	ctx := context.Background()
	fast, err := Load(ctx)
	require.NoError(t, err)
	full := fullyChecked(t)
	assert.Equal(t, full.Rules(), fast.Rules())
	assert.Equal(t, full.texts[catalogFile], fast.texts[catalogFile])
	assert.Equal(t, full.Digest(), fast.Digest())

	files, err := filepath.Glob("../examples/systems/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	files = append(files, "testdata/startup/empty-spec.yaml")
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		docs, err := schema.LoadDescriptions(file, data)
		require.NoError(t, err, file)
		for _, d := range docs {
			input := d.Root.Interface()
			assert.JSONEq(t, evalJSON(ctx, t, full, input), evalJSON(ctx, t, fast, input), file)
		}
	}
}

// evalJSON evaluates data.dria.main on input with the set's compiler and
// returns the result as JSON.
func evalJSON(ctx context.Context, t *testing.T, set *Set, input any) string {
	t.Helper()
	rs, err := rego.New(rego.Compiler(set.Compiler()), rego.Query("data.dria.main"), rego.Input(input),
		rego.StrictBuiltinErrors(true), rego.Time(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))).Eval(ctx)
	require.NoError(t, err)
	require.Len(t, rs, 1)
	out, err := json.Marshal(rs[0].Expressions[0].Value)
	require.NoError(t, err)
	return string(out)
}

// The loads that are not the built-in set on its own keep every check.
func TestPacksAndTestsGetEveryCheck(t *testing.T) {
	ctx := context.Background()
	mode := func(cfg config) compileMode {
		t.Helper()
		in, err := collect(ctx, cfg)
		require.NoError(t, err)
		checkFiles(in.files)
		for _, f := range in.files {
			assert.Equal(t, f.pack == nil && !cfg.tests && !cfg.fullChecks, f.checked, f.name)
		}
		pol := classify(in.files, nil)
		return compileModeFor(len(in.packs) > 0 || cfg.tests || cfg.fullChecks, pol.uses, nil)
	}
	builtin := mode(config{builtins: true})
	assert.False(t, builtin.typed)
	assert.Subset(t, builtin.skip, checkOnlyStages)
	assert.Contains(t, builtin.skip, ast.StageRewritePrintCalls, "the built-in rules print nothing")
	assert.NotContains(t, builtin.skip, ast.StageCheckSafetyRuleBodies, "the safety check also orders rule bodies")
	assert.Equal(t, compileMode{typed: true}, mode(config{builtins: true, tests: true}))
	assert.Equal(t, compileMode{typed: true}, mode(config{builtins: true, fullChecks: true}))
	pack := ruleSource{name: "acme", kind: fromFS, fsys: os.DirFS(packDir(t))}
	assert.Equal(t, compileMode{typed: true}, mode(config{builtins: true, extra: []ruleSource{pack}}))
}

// usesOf finds each feature whose compiler stage a set without it skips,
// whether the call is written as an expression or as a term.
func TestUsesOf(t *testing.T) {
	for text, want := range map[string]moduleUses{
		"x := input.y":                              {},
		"x if y with input as {}\n\ny := input":     {with: true},
		"x if print(1)":                             {print: true},
		"x := [1 | print(2)]":                       {print: true},
		"x := rego.metadata.rule()":                 {metadata: true},
		"x if { y := rego.metadata.chain(); y[0] }": {metadata: true},
		`x := $"{input.y}"`:                         {templates: true},
		"x if { every v in input.y { print(v) } }":  {print: true},
		"f(a) := a\n\nx := f(rego.metadata.rule())": {metadata: true},
	} {
		m, err := ast.ParseModuleWithOpts("x.rego", "package p\n\n"+text+"\n", checkedParserOptions)
		require.NoError(t, err, text)
		assert.Equal(t, want, usesOf(m), text)
	}
}

// A module with a with modifier needs the type checker (evaluation tells
// a replaced function from replaced data by its type), so a set with one
// is compiled with every stage.
func TestWithModifierKeepsEveryStage(t *testing.T) {
	f := &loadedFile{name: "rules/x/with.rego", text: "package dria.rules.x.helpers\n\nx if y with input as {}\n\ny := input\n", checked: true}
	f.check()
	require.Empty(t, f.problems)
	pol := classify([]*loadedFile{f}, nil)
	assert.True(t, pol.uses.with)
	assert.Equal(t, compileMode{}, compileModeFor(false, pol.uses, nil))
}

// TestCatalogMetaIsTheParsedOne holds the meta value built from the rules
// to the one OPA parses from the generated catalog text, for the built-in
// rules and for lists left nil (which JSON writes as null).
func TestCatalogMetaIsTheParsedOne(t *testing.T) {
	set, err := Load(context.Background())
	require.NoError(t, err)
	bare := Rule{ID: "TEST-BARE-001", Title: "Bare", Severity: Low, Likelihood: "rare", Category: "test", Package: "dria.rules.test.bare"}
	for _, rules := range [][]Rule{set.Rules(), {bare}} {
		text, err := catalogModule(rules)
		require.NoError(t, err)
		parsed, err := ast.ParseModuleWithOpts(catalogFile, text, parserOptions)
		require.NoError(t, err)
		built, err := parseCatalog(rules, text)
		require.NoError(t, err)
		require.Len(t, built.Rules, len(parsed.Rules))
		for i, r := range parsed.Rules {
			assert.Equal(t, 0, ast.Compare(r, built.Rules[i]), "rule %s", r.Head.Ref())
			assert.Equal(t, r.Location.Row, built.Rules[i].Location.Row, "rule %s is on the line of the text", r.Head.Ref())
		}
	}
}

func TestParseCatalogRefusesAnotherText(t *testing.T) {
	_, err := parseCatalog(nil, "package dria.catalog\n\nconditional := set()\n")
	assert.EqualError(t, err, "generated catalog: no meta object")
	_, err = parseCatalog(nil, "package dria.catalog\n\nmeta := {}\n\nconditional := {\n")
	assert.ErrorContains(t, err, "generated catalog: 2 errors occurred:\ndria/catalog.rego:6: rego_parse_error: unexpected eof token")
	_, err = parseCatalog(nil, "package dria.catalog\n\nx := 1\nmeta := 1\n\nconditional := set()\n")
	assert.NoError(t, err, "meta is found on any line")
}

// Metadata that is YAML but not a rule's (a list where a string belongs),
// or not YAML at all, is a problem at the METADATA line, not a panic; the
// built-in set never has it, because the tests validate it.
func TestDecodeMetadataProblems(t *testing.T) {
	for body, want := range map[string]string{
		"# title: T\n# custom:\n#   id: [1]\n": "METADATA: json: cannot unmarshal array into Go struct field Rule.id of type string",
		"# title: [T\n":                        "METADATA: yaml: line 1: did not find expected ',' or ']'",
	} {
		text := "# A rule.\n# METADATA\n" + body + "package dria.rules.x.y\n\nfindings contains 1 if false\n"
		f := &loadedFile{name: "rules/x/y.rego", text: text, checked: true}
		f.check()
		require.Len(t, f.problems, 1, body)
		assert.Equal(t, schema.Problem{File: "rules/x/y.rego", Line: 2, Column: 1, Message: want}, f.problems[0], body)
	}
}

// A checked file is parsed without OPA's annotations; its package METADATA
// block is the one OPA would scope to the package.
func TestPackageMetadataRowIsOPAs(t *testing.T) {
	for _, text := range []string{
		"# METADATA\n# title: x\npackage p\n",
		"# METADATA\n# title: x\n\npackage p\n",
		"# hello\n\n# METADATA\n# title: x\npackage p\n",
		"# METADATA\n# title: x\n\n# other comment\npackage p\n",
		"# not metadata\npackage p\n",
		"package p\n\n# METADATA\n# title: x\nr := 1\n",
		"package p\n",
	} {
		withAnn := ast.MustParseModuleWithOpts(text, parserOptions)
		want := 0
		if ann := packageAnnotations(withAnn); ann != nil {
			want = ann.Location.Row
		}
		assert.Equal(t, want, packageMetadataRow(ast.MustParseModuleWithOpts(text, checkedParserOptions)), "%q", text)
	}
}

// A rule's package, quoted segments and keywords included, is written back
// as the reference OPA parses to the package's path.
func TestPackageRefParsesBack(t *testing.T) {
	for _, pkg := range []string{"dria.rules.privacy.retention", `dria.rules.acme["odd-name"]`, `dria.rules.acme["with"].x`, `dria.rules.acme["1"]`} {
		m, err := ast.ParseModuleWithOpts("x.rego", "package "+pkg+"\n", parserOptions)
		require.NoError(t, err, pkg)
		written := strings.TrimPrefix(m.Package.Path.String(), "data.")
		ref, err := ast.ParseRef(packageRef(written))
		require.NoError(t, err, pkg)
		assert.True(t, ref.Equal(m.Package.Path), "%s gives %s", pkg, ref)
	}
}
