package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
)

// TestComparisonMarkdownEscapesEveryValue feeds the comparison values a
// hand-edited report could hold (dria diff validates its inputs, a library
// caller may not) and checks that nothing becomes markup or a link.
func TestComparisonMarkdownEscapesEveryValue(t *testing.T) {
	c := &assess.Comparison{
		Systems: []assess.SystemChange{{System: "sys | www.evil.example", OldImpactLevel: "<img src=x onerror=alert(1)>", NewImpactLevel: "IV",
			OldInherentRisk: "https://evil.example", NewInherentRisk: "critical", OldResidualRisk: "low", NewResidualRisk: "a@evil.example"}},
		New: []assess.FindingChange{{System: "sys", RuleID: "DRIA-X-001", Title: "[t](javascript:alert(2))", Message: "see www.evil.example",
			NewSeverity: "<script>alert(3)</script>"}},
	}
	var b strings.Builder
	require.NoError(t, ComparisonMarkdown(&b, c))
	md := b.String()
	assertNoLinks(t, md, "comparison")
	contains(t, md, "| sys \\| www\\.evil.example | \\<img src=x onerror=alert\\(1\\)\\> → IV | https\\://evil.example → Critical | Low → `a@evil.example` |\n")
	contains(t, md, "| new: \\<script\\>alert\\(3\\)\\</script\\> | DRIA-X-001 \\[t\\]\\(javascript:alert\\(2\\)\\) | sys | see www\\.evil.example |\n")
	text := textOf(parseGFM(md))
	assert.Contains(t, text, "<img src=x onerror=alert(1)> → IV")
}
