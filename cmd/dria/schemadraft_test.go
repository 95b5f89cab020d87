package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSchemaDraft7PrintsTheRenderings: dria schema NAME --draft 7 prints
// the draft-07 rendering that the schema directory holds.
func TestSchemaDraft7PrintsTheRenderings(t *testing.T) {
	for _, name := range []string{"description", "waivers", "rules", "report", "config", "pack"} {
		want, err := os.ReadFile(filepath.Join("..", "..", "schema", name+".draft-07.schema.json"))
		require.NoError(t, err)
		for _, spelling := range []string{"7", "07", "draft-07"} {
			r := dria(t, "schema", name, "--draft", spelling)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Equal(t, string(want), r.stdout, "%s --draft %s", name, spelling)
		}
	}
	r := dria(t, "schema", "--draft", "7")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"$schema": "http://json-schema.org/draft-07/schema#"`, "the default schema is the description's")

	plain := dria(t, "schema", "--draft", "2020-12")
	require.Equal(t, 0, plain.code)
	assert.Equal(t, dria(t, "schema").stdout, plain.stdout, "2020-12 is the default")
}

// TestSchemaDraft7RefusesPacks: the rendering is of the built-in schemas,
// so packs from --rules or the configuration are a usage error that says
// so, never a schema silently without their facts.
func TestSchemaDraft7RefusesPacks(t *testing.T) {
	r := dria(t, "schema", "description", "--draft", "7", "--rules", examplePack)
	assert.Equal(t, 2, r.code)
	assert.Empty(t, r.stdout)
	assert.Equal(t, "dria: --draft 7 takes no --rules: the draft-07 rendering is of the built-in schemas only; print the schema with the packs' extensions without --draft\n", r.stderr)

	pack, err := filepath.Abs(examplePack)
	require.NoError(t, err)
	cfg := filepath.Join(t.TempDir(), "dria.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("apiVersion: dria/v1\nkind: Config\nrules: ["+pack+"]\n"), 0o644))
	r = dria(t, "schema", "--draft", "7", "--config", cfg)
	assert.Equal(t, 2, r.code)
	assert.Empty(t, r.stdout)
	assert.Contains(t, r.stderr, "dria: --draft 7 takes no rule packs, and the configuration file names 1 (rules:)")
	assert.Equal(t, 0, dria(t, "schema", "waivers", "--draft", "7", "--config", cfg).code, "the packs change only the description schema")

	r = dria(t, "schema", "--draft", "6")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --draft \"6\" is not 2020-12 or 7 (see dria schema --help)\n", r.stderr)
	assert.Equal(t, 2, dria(t, "schema", "nope", "--draft", "7").code)
}
