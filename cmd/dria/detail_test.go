package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// --detail summary is the short print: the Markdown report keeps the
// summary and findings and leaves out the appendix of full detail; a bad
// value is a usage error before anything is assessed.
func TestAssessDetail(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	const example = "../../examples/systems/welfare-risk-scoring.yaml"
	full := dria(t, "assess", "--format", "markdown", example)
	require.Equal(t, 0, full.code, full.stderr)
	short := dria(t, "assess", "--format", "markdown", "--detail", "summary", example)
	require.Equal(t, 0, short.code, short.stderr)
	assert.Contains(t, full.stdout, "Appendix: full detail")
	assert.NotContains(t, short.stdout, "Appendix: full detail")
	assert.Less(t, strings.Count(short.stdout, "\n")*3, strings.Count(full.stdout, "\n"), "the short print is under a third of the full one")
	same := dria(t, "assess", "--format", "markdown", "--detail", "full", example)
	assert.Equal(t, full.stdout, same.stdout, "full is the default")

	bad := dria(t, "assess", "--detail", "brief", example)
	assert.Equal(t, 2, bad.code)
	assert.Equal(t, "dria: --detail \"brief\" is not a level of detail: want summary (the short print for a committee) or full (see dria assess --help)\n", bad.stderr)
	assert.Empty(t, bad.stdout)
}
