package rules_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// onlyDriaChecks are the bad descriptions of testdata/bad that JSON
// Schema cannot refuse: dria checks that components have different names
// and the systems of one file different metadata.name (docs/opa.md says
// so), so the bundle's policy accepts them.
var onlyDriaChecks = map[string]bool{
	"duplicate-component-names.yaml": true,
	"multi-document-same-name.yaml":  true,
}

// TestBundlePolicyRefusesWhatDriaRefuses evaluates the bundle with stock
// OPA (the rego package, without dria's sandbox) on every bad description
// of testdata/bad that parses as YAML or JSON: each one dria refuses is
// refused by the policy too, with problems and no findings, except the
// checks JSON Schema cannot make.
func TestBundlePolicyRefusesWhatDriaRefuses(t *testing.T) {
	ctx := context.Background()
	set, err := rules.Load(ctx)
	require.NoError(t, err)
	q, err := rego.New(rego.LoadBundle(writeBundleFile(t, set)), rego.Query("data.dria.main")).PrepareForEval(ctx)
	require.NoError(t, err)

	files, err := filepath.Glob("../testdata/bad/*.*")
	require.NoError(t, err)
	checked := 0
	for _, f := range files {
		if filepath.Ext(f) == ".golden" {
			continue
		}
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		docs, err := source.Parse(f, data, source.Auto, source.Limits{})
		if err != nil || len(docs) == 0 {
			continue // refused before validation: an OPA server never sees it as JSON
		}
		if _, err := schema.LoadDescriptions(f, data); err == nil {
			t.Fatalf("%s is in testdata/bad but dria accepts it", f)
		}
		rs, err := q.Eval(ctx, rego.EvalInput(docs[0].Root.Interface()))
		require.NoError(t, err, f)
		require.Len(t, rs, 1, f)
		answer := rs[0].Expressions[0].Value.(map[string]any)
		name := filepath.Base(f)
		if onlyDriaChecks[name] {
			assert.Equal(t, true, answer["valid"], "%s: only dria checks this; if the policy now refuses it, update docs/opa.md", name)
			continue
		}
		checked++
		assert.Equal(t, false, answer["valid"], "%s: dria refuses it, so must the policy", name)
		assert.NotEmpty(t, answer["problems"], name)
		assert.NotContains(t, answer, "findings", name)
		assert.NotContains(t, answer, "summary", name)
	}
	assert.GreaterOrEqual(t, checked, 10, "many bad descriptions are checked")
}

// TestBundlePolicyChecksPackExtensions: a bundle built with a pack that
// asks its own questions validates them too: the Kenya example system is
// valid, and a misspelt extension field is refused at its pointer.
func TestBundlePolicyChecksPackExtensions(t *testing.T) {
	ctx := context.Background()
	set, err := rules.Load(ctx, rules.WithDir("../examples/rulepack"))
	require.NoError(t, err)
	q, err := rego.New(rego.LoadBundle(writeBundleFile(t, set)), rego.Query("data.dria.main")).PrepareForEval(ctx)
	require.NoError(t, err)
	answer := func(file string) map[string]any {
		rs, err := q.Eval(ctx, rego.EvalInput(parseUnchecked(t, file)))
		require.NoError(t, err, file)
		require.Len(t, rs, 1, file)
		return rs[0].Expressions[0].Value.(map[string]any)
	}

	good := answer("../examples/rulepack/systems/county-health-records.yaml")
	assert.Equal(t, true, good["valid"], "%v", good["problems"])
	assert.NotEmpty(t, good["findings"])

	bad := answer("../examples/rulepack/testdata/misspelt-extension.yaml")
	assert.Equal(t, false, bad["valid"])
	assert.NotContains(t, bad, "findings")
	pointers := []string{}
	for _, p := range bad["problems"].([]any) {
		pointers = append(pointers, p.(map[string]any)["pointer"].(string))
	}
	assert.Contains(t, strings.Join(pointers, " "), "/spec/extensions/kenya_dpa/", "%v", bad["problems"])
}
