package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema"
)

// TestValidateGoesOnAfterAnInternalError checks that a fault while
// checking one file is reported with exit 3 and the other files are still
// checked.
func TestValidateGoesOnAfterAnInternalError(t *testing.T) {
	var stderr bytes.Buffer
	var checked []string
	code := checkEach(&stderr, []argFile{{path: "a.yaml"}, {path: "b.yaml"}}, func(f string) error {
		checked = append(checked, f)
		if f == "a.yaml" {
			return &schema.InternalError{File: f, Panic: "boom"}
		}
		return nil
	})
	assert.Equal(t, exitInternal, code)
	assert.Equal(t, []string{"a.yaml", "b.yaml"}, checked)
	assert.Contains(t, stderr.String(), "a.yaml: internal error while checking this file (please report it): boom")
}

const (
	kenyaPack   = "../../examples/rulepack"
	countyFile  = "../../examples/rulepack/systems/county-health-records.yaml"
	misspeltExt = "../../examples/rulepack/testdata/misspelt-extension.yaml"
)

// dria validate takes the rule packs, so that the facts they ask for under
// spec.extensions are validated; without them an extension is refused at
// its key, saying no pack is loaded.
func TestValidateWithRulePacks(t *testing.T) {
	r := dria(t, "validate", "--rules", kenyaPack, countyFile)
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, countyFile+": valid (1 system)\n", r.stdout)

	r = dria(t, "validate", "--rules", kenyaPack, misspeltExt)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, misspeltExt+`:15:7: unknown key "registeredWithDataCommisioner" in spec.extensions.kenya_dpa; did you mean "registeredWithDataCommissioner"?
`+misspeltExt+`:18:9: unknown key "contacts" in spec.extensions.kenya_dpa.dataProtectionOfficer; did you mean "contact"?
`, r.stderr)

	r = dria(t, "validate", countyFile)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, countyFile+`:55:5: spec.extensions.kenya_dpa: no loaded rule pack declares the extension "kenya_dpa"; no rule pack is loaded: add one with --rules
`, r.stderr)

	r = dria(t, "validate", "--rules", "testdata/duppack/a", countyFile)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, `spec.extensions.kenya_dpa: no loaded rule pack declares the extension "kenya_dpa"; loaded packs: testdata/duppack/a (`)
}

// The packs of the configuration file count, as for dria assess.
func TestValidateWithConfiguredPacks(t *testing.T) {
	dir := t.TempDir()
	pack, err := filepath.Abs(kenyaPack)
	require.NoError(t, err)
	config := filepath.Join(dir, "dria.yaml")
	require.NoError(t, os.WriteFile(config, []byte("apiVersion: dria/v1\nkind: Config\nrules: ["+pack+"]\n"), 0o644))
	r := dria(t, "validate", "--config", config, countyFile)
	assert.Equal(t, 0, r.code, r.stderr)
}

// A pack that does not load stops validation with the pack's problem,
// located, and exit 3; a --rules that is no pack is a usage error.
func TestValidateWithABadPack(t *testing.T) {
	r := dria(t, "validate", "--rules", "../../rules/testdata/extensions/remote-ref", countyFile)
	assert.Equal(t, 3, r.code)
	assert.Contains(t, r.stderr, "dria: cannot load rules:\n../../rules/testdata/extensions/remote-ref/pack.yaml:11:13: extensionSchema.properties.appealBody.$ref \"https://schemas.example.org/appeal-body.json\" points outside the extension schema")
	assert.Empty(t, r.stdout)

	r = dria(t, "validate", "--rules", countyFile, countyFile)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "not a directory or a .tar.gz bundle")
}

// dria schema description --rules prints the built-in schema with each
// pack's extension schema under spec.extensions.<namespace>, help text
// included; without packs it is the built-in schema, and --rules with
// another schema is a usage error.
func TestSchemaDescriptionWithRulePacks(t *testing.T) {
	plain := dria(t, "schema", "description")
	require.Equal(t, 0, plain.code, plain.stderr)
	builtin, err := schema.JSON(schema.Description)
	require.NoError(t, err)
	assert.JSONEq(t, string(builtin), plain.stdout)

	r := dria(t, "schema", "description", "--rules", kenyaPack)
	require.Equal(t, 0, r.code, r.stderr)
	var merged map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &merged))
	ext := merged["properties"].(map[string]any)["spec"].(map[string]any)["properties"].(map[string]any)["extensions"].(map[string]any)
	kenya := ext["properties"].(map[string]any)["kenya_dpa"].(map[string]any)
	props := kenya["properties"].(map[string]any)
	assert.Contains(t, props["registeredWithDataCommissioner"].(map[string]any)["description"], "section 18")
	assert.Contains(t, props, "dataProtectionOfficer")

	r = dria(t, "schema", "waivers", "--rules", kenyaPack)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "--rules changes only the description schema, not the waivers schema")
}
