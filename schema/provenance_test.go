package schema

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An imported description says where its facts came from under
// spec.provenance; a malformed provenance is located like any field.
func TestProvenanceOfAnImportedDescription(t *testing.T) {
	const head = `apiVersion: dria/v1
kind: System
metadata:
  name: triage
  title: Benefit triage
spec:
  provenance:
    source:
      kind: canada-aia
      name: AIA of the benefit triage
      retrieved: 2026-11-30
    fields:
`
	docs, err := LoadDescriptions("ok.yaml", []byte(head+"      - {field: /spec/affected/people, from: impact9, value: item9-3}\n"))
	require.NoError(t, err)
	assert.Len(t, docs, 1)
	assert.Equal(t, []string{
		`bad.yaml:13:17: spec.provenance.fields[0].field must be a JSON pointer into the description, such as /spec/affected/people, got "affected.people"`,
		`bad.yaml:14:9: spec.provenance.fields[1] is missing the required key "from"`,
	}, problemsOf(t, "bad.yaml", head+"      - {field: affected.people, from: impact9}\n      - field: /spec/decisions\n"))
	assert.Equal(t, []string{
		`kind.yaml:9:13: "spreadsheet" is not an allowed value for spec.provenance.source.kind; allowed: canada-aia, nl-algorithm-register, other`,
	}, problemsOf(t, "kind.yaml", head[:len("apiVersion: dria/v1\nkind: System\nmetadata:\n  name: triage\n  title: Benefit triage\nspec:\n  provenance:\n    source:\n")]+"      kind: spreadsheet\n"))
}
