package report

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema"
)

// TestConfigSchemaListsEveryFormat ties the format: enum of .dria.yaml to
// the formats the renderers offer, so a new format is configurable.
func TestConfigSchemaListsEveryFormat(t *testing.T) {
	text, err := schema.JSON(schema.Config)
	require.NoError(t, err)
	var s struct {
		Properties struct {
			Format struct {
				Enum []string `json:"enum"`
			} `json:"format"`
		} `json:"properties"`
	}
	require.NoError(t, json.Unmarshal(text, &s))
	got := slices.Sorted(slices.Values(s.Properties.Format.Enum))
	want := slices.Sorted(slices.Values(Formats()))
	assert.Equal(t, want, got)
}
