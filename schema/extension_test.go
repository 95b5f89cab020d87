package schema

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema/source"
)

const extensionsDir = "testdata/extensions/"

// extensionOf reads the extensionSchema of a manifest-like file under
// testdata/extensions.
func extensionOf(t *testing.T, name string) *source.Node {
	t.Helper()
	data, err := os.ReadFile(extensionsDir + name)
	require.NoError(t, err)
	docs, err := source.Parse(extensionsDir+name, data, source.Auto, source.Limits{})
	require.NoError(t, err)
	n := docs[0].Root.Get("extensionSchema")
	require.NotNil(t, n)
	return n
}

func extensionProblems(t *testing.T, name string) []string {
	t.Helper()
	var out []string
	for _, p := range CheckExtension(extensionsDir+name, extensionOf(t, name)) {
		out = append(out, p.String())
	}
	return out
}

// TestExtensionSchemaProblemsAreLocated checks each way an extension
// schema can be wrong, with its message at the line of pack.yaml.
func TestExtensionSchemaProblemsAreLocated(t *testing.T) {
	outside := `points outside the extension schema; dria never loads schemas from files or the network: put the definition under $defs and refer to it as "#/$defs/<name>"`
	refused := `which an extension schema may not: dria places it in the description schema under spec.extensions.<namespace> and never loads other schemas; refer to definitions of this schema with "$ref": "#/$defs/<name>"`
	notObject := "must describe an object (the facts under spec.extensions.<namespace>): give it type: object, its properties and additionalProperties: false"
	cases := map[string][]string{
		"good.yaml":       nil,
		"not-object.yaml": {"not-object.yaml:1:18: extensionSchema must be a JSON Schema object describing the facts the pack asks for under spec.extensions.<namespace>, found a list"},
		"array-type.yaml": {"array-type.yaml:2:9: extensionSchema " + notObject},
		"no-type.yaml":    {"no-type.yaml:1:1: extensionSchema " + notObject},
		"refs.yaml": {
			`refs.yaml:5:20: extensionSchema.properties.remote.$ref "https://example.org/officer.schema.json" ` + outside,
			`refs.yaml:6:18: extensionSchema.properties.file.$ref "officer.schema.json#/$defs/officer" ` + outside,
			`refs.yaml:7:20: extensionSchema.properties.anchor.$ref "#officer" names an anchor; refer to a definition by its JSON pointer, such as "#/$defs/<name>"`,
			`refs.yaml:8:22: extensionSchema.properties.dangling.$ref "#/$defs/nobody" points to nothing in the extension schema`,
			`refs.yaml:9:15: extensionSchema.properties.dynamic uses $dynamicRef, ` + refused,
			`refs.yaml:11:7: extensionSchema.properties.own uses $id, ` + refused,
		},
		"open-object.yaml": {"open-object.yaml:6:7: extensionSchema.properties.officer describes an object but does not say additionalProperties: give additionalProperties: false, so that a misspelt key in a description is reported instead of ignored"},
		"not-json-schema.yaml": {
			`not-json-schema.yaml:5:24: extensionSchema.properties.registered.type is not valid JSON Schema (draft 2020-12): value must be one of "array", "boolean", "integer", "null", "number", "object", "string"`,
			`not-json-schema.yaml:6:35: extensionSchema.properties.code.pattern is not valid JSON Schema (draft 2020-12): '([a-z' is not valid 'regex'`,
			`not-json-schema.yaml:7:38: extensionSchema.properties.people.minimum is not valid JSON Schema (draft 2020-12): expected number, but got string`,
		},
		"nested-schema-keyword.yaml": {`nested-schema-keyword.yaml:6:16: extensionSchema.properties.registered.$schema must be https://json-schema.org/draft/2020-12/schema (JSON Schema 2020-12, at the top of extensionSchema only), got "https://json-schema.org/draft/2019-09/schema"`},
	}
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			for i := range want {
				want[i] = extensionsDir + want[i]
			}
			assert.Equal(t, want, extensionProblems(t, name))
		})
	}
}

// mergedSchema is DescriptionJSON of the packs, decoded.
func mergedSchema(t *testing.T, packs ...RulePack) map[string]any {
	t.Helper()
	text, err := DescriptionJSON(packs)
	require.NoError(t, err)
	var v map[string]any
	require.NoError(t, json.Unmarshal(text, &v))
	return v
}

// at follows a JSON pointer through decoded JSON.
func at(t *testing.T, v any, pointer string) any {
	t.Helper()
	for _, tok := range strings.Split(strings.TrimPrefix(pointer, "/"), "/") {
		m, ok := v.(map[string]any)
		require.True(t, ok, "%s: %s is not an object", pointer, tok)
		v, ok = m[source.UnescapePointerToken(tok)]
		require.True(t, ok, "%s: no %s", pointer, tok)
	}
	return v
}

func TestExtensionIsPlacedUnderItsNamespace(t *testing.T) {
	base, err := JSON(Description)
	require.NoError(t, err)
	same, err := DescriptionJSON([]RulePack{{Name: "plain", Namespace: "plain"}})
	require.NoError(t, err)
	assert.Equal(t, base, same, "without an extension the schema is the embedded one, byte for byte")

	s := mergedSchema(t, RulePack{Name: "acme-register", Namespace: "acme", Extension: extensionOf(t, "good.yaml")})
	ext := at(t, s, "/properties/spec/properties/extensions/properties/acme")
	assert.Equal(t, "Facts that the rule pack acme-register asks for.", at(t, ext, "/description"), "a fragment without a description gets one naming the pack")
	assert.NotContains(t, ext, "$schema", "$schema belongs at the top of a document only")
	assert.Equal(t, "#/properties/spec/properties/extensions/properties/acme/$defs/officer", at(t, ext, "/properties/officer/$ref"))
	assert.Equal(t, "#/properties/spec/properties/extensions/properties/acme/$defs/officer", at(t, ext, "/properties/deputies/items/$ref"))
	assert.Equal(t, "An officer people can reach.", at(t, ext, "/$defs/officer/description"))
	assert.Equal(t, false, at(t, s, "/properties/spec/properties/extensions/additionalProperties"), "other namespaces stay refused")
	assert.Equal(t, at(t, mergedSchema(t), "/properties/spec/properties/data"), at(t, s, "/properties/spec/properties/data"), "the rest is the built-in schema")
}

func TestMergedSchemaTextCannotActOnATerminal(t *testing.T) {
	text, err := DescriptionJSON([]RulePack{{Name: "acme", Namespace: "acme", Extension: extensionOf(t, "hostile-text.yaml")}})
	require.NoError(t, err)
	for _, raw := range []string{"\u202e", "\x1b", "\u2066", "\u2028", "\x7f"} {
		assert.NotContains(t, string(text), raw)
	}
	s := mergedSchema(t, RulePack{Name: "acme", Namespace: "acme", Extension: extensionOf(t, "hostile-text.yaml")})
	ext := at(t, s, "/properties/spec/properties/extensions/properties/acme")
	assert.Equal(t, "Facts\u202e of \x1b[31mthe pack", at(t, ext, "/description"), "the same JSON value, escaped")
	assert.Equal(t, "line\u2028break and \x7f", at(t, ext, "/properties/a\u2066b/description"))
}

func TestDescriptionJSONRefusesPacksItCannotPlace(t *testing.T) {
	good := extensionOf(t, "good.yaml")
	_, err := DescriptionJSON([]RulePack{{Name: "a", Namespace: "acme", Extension: good}, {Name: "b", Namespace: "acme", Extension: good}})
	assert.EqualError(t, err, "schema: two rule packs declare the extension acme")
	_, err = DescriptionJSON([]RulePack{{Name: "a", Namespace: "Acme", Extension: good}})
	assert.EqualError(t, err, `schema: rule pack a has no valid namespace ("Acme") for its extension`)
	_, err = DescriptionJSON([]RulePack{{Name: "a", Namespace: "acme", Extension: extensionOf(t, "refs.yaml")}})
	var ve *ValidationError
	require.True(t, errors.As(err, &ve), "%v", err)
	assert.Len(t, ve.Problems, 6)
}

// loadWith validates a description file under testdata/extensions with
// the validator of the packs, and returns its problems.
func loadWith(t *testing.T, name string, packs ...RulePack) []string {
	t.Helper()
	v, err := NewDescriptionValidator(packs)
	require.NoError(t, err)
	data, err := os.ReadFile(extensionsDir + name)
	require.NoError(t, err)
	_, err = LoadDescriptions(name, data, WithValidator(v))
	if err == nil {
		return nil
	}
	var ve *ValidationError
	require.True(t, errors.As(err, &ve), "%v", err)
	var out []string
	for _, p := range ve.Problems {
		out = append(out, p.String())
	}
	return out
}

func TestDescriptionsAreValidatedAgainstTheExtensions(t *testing.T) {
	acme := RulePack{Name: "acme-register", Namespace: "acme", Extension: extensionOf(t, "good.yaml")}
	kenya := RulePack{Name: "kenya-dpa", Namespace: "kenya_dpa"}
	assert.Empty(t, loadWith(t, "system-uses-extensions.yaml", acme))
	assert.Equal(t, []string{
		`system-misspelt.yaml:7:7: unknown key "registred" in spec.extensions.acme; did you mean "registered"?`,
		`system-misspelt.yaml:8:29: spec.extensions.acme.officer.designated must be true or false, got "yes"`,
		`system-misspelt.yaml:8:45: spec.extensions.acme.officer.contact must be an e-mail address, got "not-an-address"`,
		`system-misspelt.yaml:10:11: spec.extensions.acme.deputies[0] is missing the required key "designated"`,
		`system-misspelt.yaml:10:12: unknown key "designatd" in spec.extensions.acme.deputies[0]; did you mean "designated"?`,
	}, loadWith(t, "system-misspelt.yaml", acme))
	assert.Equal(t, []string{
		`system-undeclared.yaml:8:5: spec.extensions.kenya_dp: no loaded rule pack declares the extension "kenya_dp"; loaded packs: acme-register (acme), kenya-dpa (kenya_dpa)`,
		`system-undeclared.yaml:10:5: spec.extensions.bare: no loaded rule pack declares the extension "bare"; loaded packs: acme-register (acme), kenya-dpa (kenya_dpa)`,
	}, loadWith(t, "system-undeclared.yaml", acme, kenya))
	assert.Equal(t, []string{
		`system-undeclared.yaml:6:5: spec.extensions.acme: rule pack acme-register has the namespace acme but declares no extension (its pack.yaml has no extensionSchema), so it asks for no facts here`,
		`system-undeclared.yaml:8:5: spec.extensions.kenya_dp: no loaded rule pack declares the extension "kenya_dp"; loaded packs: acme-register (acme)`,
		`system-undeclared.yaml:10:5: spec.extensions.bare: no loaded rule pack declares the extension "bare"; loaded packs: acme-register (acme)`,
	}, loadWith(t, "system-undeclared.yaml", RulePack{Name: "acme-register", Namespace: "acme"}))
	kenya.Extension = extensionOf(t, "good.yaml")
	assert.Contains(t, loadWith(t, "system-undeclared.yaml", acme, kenya)[0],
		`spec.extensions.kenya_dp: no loaded rule pack declares the extension "kenya_dp" (did you mean "kenya_dpa"?); loaded packs: acme-register (acme), kenya-dpa (kenya_dpa)`)
}

func TestExtensionWithoutAnyPackLoaded(t *testing.T) {
	data, err := os.ReadFile(extensionsDir + "system-uses-extensions.yaml")
	require.NoError(t, err)
	_, err = LoadDescriptions("system.yaml", data)
	assert.EqualError(t, err, `system.yaml:6:5: spec.extensions.acme: no loaded rule pack declares the extension "acme"; no rule pack is loaded: add one with --rules`)
	assert.Equal(t, []string{
		`system-uses-extensions.yaml:6:5: spec.extensions.acme: no loaded rule pack declares the extension "acme"; no rule pack is loaded: add one with --rules`,
	}, loadWith(t, "system-uses-extensions.yaml"))
}

// A large extension object is walked member by member (see walk.go): its
// unknown keys and an undeclared namespace get the same messages.
func TestLargeExtensionObjects(t *testing.T) {
	var b strings.Builder
	b.WriteString("apiVersion: dria/v1\nkind: System\nmetadata: {name: big, title: Big}\nspec:\n  extensions:\n    acme:\n      deputies:\n")
	for range 300 {
		b.WriteString("        - {designated: true}\n")
	}
	b.WriteString("      registred: true\n    other:\n")
	for i := range 300 {
		b.WriteString("      k" + strconv.Itoa(i) + ": 1\n")
	}
	v, err := NewDescriptionValidator([]RulePack{{Name: "acme-register", Namespace: "acme", Extension: extensionOf(t, "good.yaml")}})
	require.NoError(t, err)
	_, err = LoadDescriptions("big.yaml", []byte(b.String()), WithValidator(v))
	assert.EqualError(t, err, `big.yaml:308:7: unknown key "registred" in spec.extensions.acme; did you mean "registered"?
big.yaml:309:5: spec.extensions.other: no loaded rule pack declares the extension "other"; loaded packs: acme-register (acme)`)
}

func TestWithValidatorChecksItsArgument(t *testing.T) {
	v, err := NewDescriptionValidator(nil)
	require.NoError(t, err)
	_, err = Load(Waivers, "w.yaml", []byte("apiVersion: dria/v1\nkind: Waivers\nwaivers: []\n"), WithValidator(v))
	assert.EqualError(t, err, "schema: a validator of the description schema cannot check a waivers file")
	_, err = Load(Description, "d.yaml", []byte("{}"), WithValidator(nil))
	assert.EqualError(t, err, "schema: WithValidator needs a validator")
}

func TestBundledExtensionExamplesAreValidWithTheirPack(t *testing.T) {
	files, err := filepath.Glob("../examples/rulepack/systems/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		_, err = LoadDescriptions(f, data)
		assert.ErrorContains(t, err, "no rule pack is loaded", "%s uses the pack's extension", f)
	}
}
