package rules

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/bundle"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema"
)

const extensionPacks = "testdata/extensions/"

// TestBadExtensionSchemaIsRefusedAtItsLine loads packs whose pack.yaml
// declares an extension schema that cannot be used: each is refused with
// the line of pack.yaml, with or without the built-in rules.
func TestBadExtensionSchemaIsRefusedAtItsLine(t *testing.T) {
	manifest := func(pack string) string { return extensionPacks + pack + "/pack.yaml" }
	outside := `points outside the extension schema; dria never loads schemas from files or the network: put the definition under $defs and refer to it as "#/$defs/<name>"`
	cases := map[string][]string{
		"not-object":   {manifest("not-object") + ":5:18: extensionSchema must be a JSON Schema object (a mapping with type: object and its properties) describing the facts under spec.extensions.<namespace>, got a list"},
		"array-schema": {manifest("array-schema") + ":6:9: extensionSchema must describe an object (the facts under spec.extensions.<namespace>): give it type: object, its properties and additionalProperties: false"},
		"remote-ref": {
			manifest("remote-ref") + `:11:13: extensionSchema.properties.appealBody.$ref "https://schemas.example.org/appeal-body.json" ` + outside,
			manifest("remote-ref") + `:13:13: extensionSchema.properties.officer.$ref "officer.schema.json" ` + outside,
		},
		"no-namespace": {manifest("no-namespace") + ":4:1: extensionSchema needs the pack's namespace, the key of its facts under spec.extensions: declare it with namespace: in pack.yaml"},
	}
	for pack, want := range cases {
		t.Run(pack, func(t *testing.T) {
			assert.Equal(t, want, problemsOf(t, WithDir(extensionPacks+pack)))
			assert.Equal(t, want, problemsOf(t, WithoutBuiltins(), WithDir(extensionPacks+pack)))
		})
	}
}

// A pack rule is type-checked against its own extension: reading a
// misspelt fact is a load error with the field it meant.
func TestPackRuleReadingAMisspeltExtensionFieldFailsToLoad(t *testing.T) {
	assert.Equal(t, []string{
		extensionPacks + `misspelt-field/acme/register.rego:18:2: type error: undefined ref: input.spec.extensions.acme.registred: the description schema has no field "registred" at input.spec.extensions.acme; did you mean "registered"?`,
	}, problemsOf(t, WithDir(extensionPacks+"misspelt-field")))
	_, err := Load(context.Background(), WithDir(extensionPacks+"acme"))
	require.NoError(t, err, "the same rule reading the declared fields loads, $ref to the extension's $defs included")
}

func TestSetDescriptionSchemaHasThePacksExtensions(t *testing.T) {
	base, err := schema.JSON(schema.Description)
	require.NoError(t, err)
	plainDir := packDir(t)
	plain, err := Load(context.Background(), WithoutBuiltins(), WithDir(plainDir))
	require.NoError(t, err)
	assert.Equal(t, base, plain.DescriptionSchema(), "a pack without an extension leaves the schema as it is")

	set, err := Load(context.Background(), WithoutBuiltins(), WithDir(extensionPacks+"acme"))
	require.NoError(t, err)
	var merged struct {
		Properties struct {
			Spec struct {
				Properties struct {
					Extensions struct {
						Properties map[string]json.RawMessage `json:"properties"`
					} `json:"extensions"`
				} `json:"properties"`
			} `json:"spec"`
		} `json:"properties"`
	}
	require.NoError(t, json.Unmarshal(set.DescriptionSchema(), &merged))
	assert.Contains(t, string(merged.Properties.Spec.Properties.Extensions.Properties["acme"]), "The system is entered in Acme's national register.")

	v, err := set.DescriptionValidator()
	require.NoError(t, err)
	doc := "apiVersion: dria/v1\nkind: System\nmetadata: {name: a, title: A}\nspec:\n  extensions:\n    acme: {registered: false, appealBody: {nme: Tribunal}}\n"
	_, err = schema.LoadDescriptions("a.yaml", []byte(doc), schema.WithValidator(v))
	assert.EqualError(t, err, `a.yaml:6:43: spec.extensions.acme.appealBody is missing the required key "name"
a.yaml:6:44: unknown key "nme" in spec.extensions.acme.appealBody; did you mean "name"?`)

	v, err = plain.DescriptionValidator()
	require.NoError(t, err)
	_, err = schema.LoadDescriptions("a.yaml", []byte(doc), schema.WithValidator(v))
	assert.EqualError(t, err, "a.yaml:6:5: spec.extensions.acme: rule pack "+plainDir+" has the namespace acme but declares no extension (its pack.yaml has no extensionSchema), so it asks for no facts here")
}

// The facts a pack asks for are part of the policy: the digest covers the
// merged schema, so a change to the extension alone changes it.
func TestDigestCoversTheExtensionSchema(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.CopyFS(dir, os.DirFS(extensionPacks+"acme")))
	first, err := Load(context.Background(), WithoutBuiltins(), WithDir(dir))
	require.NoError(t, err)
	manifest, err := os.ReadFile(dir + "/pack.yaml")
	require.NoError(t, err)
	changed := bytes.Replace(manifest, []byte("Acme's national register."), []byte("the national register of Acme."), 1)
	require.NoError(t, os.WriteFile(dir+"/pack.yaml", changed, 0o644))
	second, err := Load(context.Background(), WithoutBuiltins(), WithDir(dir))
	require.NoError(t, err)
	assert.NotEqual(t, first.Digest(), second.Digest())
}

func TestBundleCarriesTheMergedDescriptionSchema(t *testing.T) {
	set, err := Load(context.Background(), WithDir(extensionPacks+"acme"))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, set.WriteBundle(&buf, time.Unix(0, 0)))
	b, err := bundle.NewReader(&buf).Read()
	require.NoError(t, err)
	desc := b.Data["dria"].(map[string]any)["schemas"].(map[string]any)["description"].(map[string]any)
	ext := desc["properties"].(map[string]any)["spec"].(map[string]any)["properties"].(map[string]any)["extensions"].(map[string]any)
	require.Contains(t, ext, "properties")
	assert.Contains(t, ext["properties"], "acme")
}

// Tests of a pack are type-checked against its extension too.
func TestPackTestsSeeTheExtension(t *testing.T) {
	set, err := Load(context.Background(), WithTests(), WithDir("../examples/rulepack"))
	require.NoError(t, err)
	rep, err := set.Test(context.Background())
	require.NoError(t, err)
	assert.True(t, rep.Passed())
	fires := map[string]bool{}
	for _, r := range rep.Rules {
		fires[r.ID] = r.Fires
	}
	for _, id := range []string{"KE-DPA-006", "KE-DPA-007", "KE-DPA-008", "KE-DPA-009"} {
		assert.True(t, fires[id], "%s reads the extension and fires in a test", id)
	}
}
