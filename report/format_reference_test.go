package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema"
)

const (
	referenceStart = "<!-- reference:start -->\n"
	referenceEnd   = "<!-- reference:end -->\n"
)

// TestFormatReferenceIsCurrent keeps the field reference in
// docs/description-format.md equal to the description schema.
func TestFormatReferenceIsCurrent(t *testing.T) {
	text, err := schema.JSON(schema.Description)
	require.NoError(t, err)
	var ref bytes.Buffer
	require.NoError(t, WriteFormatReference(&ref, text))
	path := filepath.Join(repoRoot, "docs", "description-format.md")
	doc, err := os.ReadFile(path)
	require.NoError(t, err)
	s := string(doc)
	i, j := strings.Index(s, referenceStart), strings.Index(s, referenceEnd)
	require.True(t, i >= 0 && j > i, "docs/description-format.md needs the reference markers")
	want := s[:i+len(referenceStart)] + ref.String() + s[j:]
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(want), 0o644))
		s = want
	}
	assert.Equal(t, want, s, "docs/description-format.md is stale: run go test ./report/ -run FormatReference -update")
}

// TestFormatReferenceDescribesEveryField checks that the reference has a
// row for fields of every kind, new ones included, with their help text.
func TestFormatReferenceDescribesEveryField(t *testing.T) {
	text, err := schema.JSON(schema.Description)
	require.NoError(t, err)
	var ref bytes.Buffer
	require.NoError(t, WriteFormatReference(&ref, text))
	out := ref.String()
	for _, want := range []string{
		"### `spec.scope`",
		"| `personalData` | true or false | True if the system processes personal data",
		"### `spec.notApplicable[]`",
		"| `field` (required) | one of ",
		"### `spec.decisions.humanReview`",
		"| `status` | `claimed`, `evidenced`, `found-inadequate`, `disputed` |",
		"### `spec.ai.biasTesting.results[]`",
		"| `selectionRate` | number from 0 to 1 |",
		"| `people` | whole number ≥ 0 |",
		"### `spec.components[]`",
		"Example: `300000`.",
		"Examples: `[\"NL\"]`, `[\"DE\",\"FR\"]`.",
		"Examples: `welfare-risk-scoring`, `hiring-screener`.",
	} {
		assert.Contains(t, out, want)
	}
}
