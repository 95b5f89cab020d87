package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const nlTestdata = "../../internal/imports/nlregister/testdata/"

// TestImportNLRegisterWritesOneDescriptionPerRecord imports an earlier
// export with header rows and broken records: the header rows are
// skipped and the broken records reported at their positions, the others
// written, and the exit code says not everything was imported.
func TestImportNLRegisterWritesOneDescriptionPerRecord(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := filepath.Join(t.TempDir(), "systems")
	in := nlTestdata + "earlier-export.json"
	r := dria(t, "import", "nl-register", in, "-o", dir)
	assert.Equal(t, 2, r.code, r.stderr)
	assert.Equal(t, in+":2:3: record 1: a header row (field status), not a record; skipped\n"+
		in+":3:3: record 2: a header row (field labels), not a record; skipped\n"+
		in+":4:3: record 3: a header row (field descriptions), not a record; skipped\n"+
		in+":27:3: record 5: a record is an object of register fields, not a string; not imported\n"+
		"dria: "+in+": 7 entries: 3 descriptions written to "+dir+", 3 header rows skipped, 1 record not imported\n", r.stderr)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{"afvalroute-planning.yaml", "slimme-beoordeling-bijstand-2.yaml", "slimme-beoordeling-bijstand.yaml"}, names)
	v := dria(t, "validate", dir)
	assert.Equal(t, 0, v.code, v.stderr)

	r = dria(t, "import", "nl-register", nlTestdata+"standard.json", "-o", dir)
	require.Equal(t, 0, r.code, r.stderr)
	again := dria(t, "import", "nl-register", nlTestdata+"standard.json")
	require.Equal(t, 0, again.code, again.stderr)
	assert.Equal(t, 2, strings.Count(again.stdout, "apiVersion: dria/v1"), "without -o, every description goes to stdout")
	assert.Equal(t, again.stdout, dria(t, "import", "nl-register", nlTestdata+"standard.json").stdout, "the same input and date give the same bytes")
}

// TestRegisterViewOfAnImportedRegister assesses what was imported: the
// register view lists every record, per organisation.
func TestRegisterViewOfAnImportedRegister(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := t.TempDir()
	dria(t, "import", "nl-register", nlTestdata+"earlier-export.json", "-o", dir)
	require.Equal(t, 0, dria(t, "import", "nl-register", nlTestdata+"standard.json", "-o", dir).code)
	r := dria(t, "assess", "--format", "register", dir)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "\n## Gemeente Noorderhaaks\n\n2 records, 1 lacking something.\n")
	assert.Contains(t, r.stdout, "\n## Gemeente Westerhaaks\n\n3 records, 2 lacking something.\n")
	for _, name := range []string{"toeslagen-risicoselectie", "parkeervergunning-toewijzing", "slimme-beoordeling-bijstand", "slimme-beoordeling-bijstand-2", "afvalroute-planning"} {
		assert.Equal(t, 1, strings.Count(r.stdout, "(`"+name+"`, "), name)
	}
	// The record states no legal basis: an information gap, listed first.
	// The register states nothing of how automated its decisions are, so
	// the rules on objection and human intervention were not asked: said
	// so, never shown as in place.
	assert.Contains(t, r.stdout, "| Parkeervergunning toewijzing (`parkeervergunning-toewijzing`, `"+filepath.Join(dir, "parkeervergunning-toewijzing.yaml")+
		"`) | no finding | not asked | not asked | not stated (low) | Low | III | 12 |\n| Toeslagen risicoselectie (")

	c := dria(t, "assess", "--format", "register-csv", dir)
	require.Equal(t, 0, c.code, c.stderr)
	rows, err := csv.NewReader(strings.NewReader(c.stdout)).ReadAll()
	require.NoError(t, err)
	assert.Len(t, rows, 6, "a header and every record")
}

// TestImportNLRegisterEscapesHostileRecords: control characters and
// formulas in a record reach neither the terminal nor the CSV raw.
func TestImportNLRegisterEscapesHostileRecords(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := t.TempDir()
	r := dria(t, "import", "nl-register", "testdata/nlregister/hostile.json", "-o", dir)
	require.Equal(t, 0, r.code, r.stderr)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, entries, 1)
	assert.Equal(t, "hyperlink-https-evil-example-klik-2j.yaml", entries[0].Name())
	data, err := os.ReadFile(filepath.Join(dir, entries[0].Name()))
	require.NoError(t, err)
	assert.NotContains(t, string(data), "\x1b")
	assert.NotContains(t, string(data), "\u202e")
	assert.NotContains(t, string(data), "<img")
	c := dria(t, "assess", "--format", "register-csv", dir)
	require.Equal(t, 0, c.code, c.stderr)
	rows, err := csv.NewReader(strings.NewReader(c.stdout)).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, "'+Gemeente Evil", rows[1][0])
	assert.True(t, strings.HasPrefix(rows[1][2], `'=HYPERLINK(`), rows[1][2])
}

func TestImportNLRegisterBadInput(t *testing.T) {
	r := dria(t, "import", "nl-register", nlTestdata+"broken.json")
	assert.Equal(t, 2, r.code)
	assert.True(t, strings.HasPrefix(r.stderr, nlTestdata+"broken.json:4:1: "), r.stderr)
	assert.Empty(t, r.stdout)

	r = dria(t, "import", "nl-register", "testdata/nlregister/does-not-exist.json")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "does-not-exist.json")

	r = dria(t, "import", "nl-register")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: dria import nl-register needs a register file (FILE.json) (see dria import nl-register --help)\n", r.stderr)

	file := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	r = dria(t, "import", "nl-register", nlTestdata+"standard.json", "-o", file)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "-o: cannot create the directory")
}

// TestExportNLRegisterValidatesAgainstTheStandard exports a bundled
// example and an imported record: both validate against the standard's
// schema, and standard error lists what must be completed.
func TestExportNLRegisterValidatesAgainstTheStandard(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	f, err := os.Open(nlTestdata + "publicatiestandaard-v1.0.0.schema.json")
	require.NoError(t, err)
	defer f.Close()
	c := jsonschema.NewCompiler()
	c.AssertFormat = true
	require.NoError(t, c.AddResource("standard.json", f))
	std, err := c.Compile("standard.json")
	require.NoError(t, err)

	r := dria(t, "export", "nl-register", "../../examples/systems/welfare-risk-scoring.yaml")
	require.Equal(t, 0, r.code, r.stderr)
	var v any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &v))
	require.NoError(t, std.Validate(v))
	assert.Contains(t, r.stderr, "complete or check before publishing: considerations")

	dir := t.TempDir()
	require.Equal(t, 0, dria(t, "import", "nl-register", nlTestdata+"standard.json", "-o", dir).code)
	out := filepath.Join(dir, "record.json")
	r = dria(t, "export", "nl-register", filepath.Join(dir, "toeslagen-risicoselectie.yaml"), "-o", out)
	require.Equal(t, 0, r.code, r.stderr)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &v))
	require.NoError(t, std.Validate(v))
	assert.Equal(t, "Toeslagen risicoselectie", v.(map[string]any)["name"])

	r = dria(t, "export", "nl-register", nlTestdata+"standard.json")
	assert.Equal(t, 2, r.code, "a register record is not a description")
	assert.Contains(t, r.stderr, nlTestdata+"standard.json:1:1: ")
	assert.Empty(t, r.stdout)
}

func TestExportIsAGroupCommand(t *testing.T) {
	r := dria(t, "export")
	assert.Equal(t, 0, r.code)
	assert.Contains(t, r.stdout, "nl-register Draft a Dutch Algorithm Register record from a description")
	r = dria(t, "export", "nl-registry")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, `dria: unknown command "nl-registry" for "dria export"; did you mean nl-register?`)
}

func TestImportNLRegisterFromStandardInput(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	data, err := os.ReadFile(nlTestdata + "standard.json")
	require.NoError(t, err)
	var out, errOut strings.Builder
	code := run(t.Context(), []string{"import", "nl-register", "-"}, strings.NewReader(string(data)), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	assert.Equal(t, 2, strings.Count(out.String(), "apiVersion: dria/v1"))
	assert.Contains(t, out.String(), "recordId: record 2 of <stdin>")
	assert.Equal(t, "dria: <stdin>: 2 entries: 2 descriptions written to standard output, 0 header rows skipped, 0 records not imported\n", errOut.String())
}
