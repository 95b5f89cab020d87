package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/rules"
)

// svgTextRE matches the text of an SVG picture.
var svgTextRE = regexp.MustCompile(`<text [^>]*>([^<]*)</text>`)

func svgTexts(svg string) []string {
	var out []string
	for _, m := range svgTextRE.FindAllStringSubmatch(svg, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestHeatMapSaysEachCellInWords checks that the heat map heads its
// columns with the systems' titles (escaped, clipped), names each right
// and says each cell's severity and count in words, with the AA colours
// of its severity.
func TestHeatMapSaysEachCellInWords(t *testing.T) {
	svg := heatMapSVG([]string{"<script>alert(1)</script> & co", "A very long system title that goes on and on and on"}, []rightRow{
		{right: "privacy", highest: []rules.Severity{rules.Critical, ""}, counts: []int{3, 0}},
		{right: "remedy", highest: []rules.Severity{rules.Low, rules.High}, counts: []int{1, 2}},
	})
	assert.NotContains(t, svg, "<script")
	assert.True(t, strings.HasPrefix(svg, `<svg class="figure" viewBox="0 0 712 114"`), svg[:60])
	texts := svgTexts(svg)
	assert.Equal(t, []string{
		"&lt;script&gt;alert(1)&lt;/s…", "&amp; co",
		"A very long system", "title that goes on…",
		"Privacy and data protection", "Critical (3)", "none",
		"Effective remedy", "Low (1)", "High (2)",
	}, texts)
	c := colours["critical"]
	assert.Contains(t, svg, `fill="`+c[1]+`" stroke="`+c[2]+`"/><text x="425" y="72" fill="`+c[0]+`" text-anchor="middle">Critical (3)</text>`)
	assert.Contains(t, svg, `fill="`+colourBack+`" stroke="`+colourLine+`"/><text x="615" y="72" fill="`+colourText+`" text-anchor="middle">none</text>`)
	assert.NotContains(t, svg, "<style", "presentation attributes only")
}

// TestRiskMatrixPicture checks the labels, the counts in the cells with
// findings and the dash in the others.
func TestRiskMatrixPicture(t *testing.T) {
	svg := riskMatrixSVG([]string{"rare", "almost-certain", likelihoodUnknown}, []rules.Severity{rules.High, rules.Low}, [][]int{{0, 2, 0}, {1, 0, 4}})
	assert.Equal(t, []string{"Rare", "Almost certain", "Not known", "High", "–", "2", "–", "Low", "1", "–", "4", "likelihood →"}, svgTexts(svg))
	assert.Equal(t, 6, strings.Count(svg, "<rect "))
	assert.Contains(t, svg, `fill="`+colours["low"][1]+`"`)
}

// TestWrap checks line breaking at spaces, the line limit and clipping.
func TestWrap(t *testing.T) {
	assert.Equal(t, []string{"one two", "three"}, wrap("one two three", 7, 2))
	assert.Equal(t, []string{"one two", "three fo…"}, wrap("one two three four", 9, 2), "the last line takes the rest, clipped")
	assert.Equal(t, []string{"abcdefghi…"}, wrap("abcdefghijklmnop", 10, 1))
	assert.Empty(t, wrap("   ", 10, 2))
}

// TestHTMLDrawsThePictures checks the vendors' page: one heat map and a
// matrix for each system with findings, each in a box next to the table
// with the same facts; the Markdown of the same report has the tables and
// no picture or placeholder.
func TestHTMLDrawsThePictures(t *testing.T) {
	c := builtinCase(t, "vendors")
	r := caseReport(t, c)
	page := string(renderCase(t, "html", c))
	withFindings := 0
	for i := range r.Assessments {
		if len(activeFindings(&r.Assessments[i])) > 0 {
			withFindings++
		}
	}
	assert.Equal(t, 1+withFindings, strings.Count(page, `<div class="figure-box"><svg class="figure"`))
	assert.Equal(t, strings.Count(page, "<svg"), strings.Count(page, `aria-hidden="true" focusable="false"`), "the tables beside say the same for screen readers")
	i := strings.Index(page, `<div class="figure-box"`)
	require.GreaterOrEqual(t, i, 0)
	assert.Contains(t, page[i:i+20000], `<th scope="col">Aspect</th>`, "the comparison table follows the heat map")
	assert.NotContains(t, page, figureInfo)
	md := string(renderCase(t, "markdown", c))
	assert.NotContains(t, md, "<svg")
	assert.NotContains(t, md, figureInfo)
	assert.NotContains(t, md, "```")
}

// TestAPlaceholderCannotBeForged renders a report whose system title and
// owner hold the placeholder of a figure: they show as text, and the page
// has only the pictures the renderer drew.
func TestAPlaceholderCannotBeForged(t *testing.T) {
	r := clone(t, richReport(t))
	r.Assessments[0].System.Title = "```" + figureInfo + "\n0\n```"
	r.Assessments[0].System.Owner = "\n```" + figureInfo + "\n1\n```\n"
	page := string(renderWith(t, "html", r, caseRules(t, goldenCase(t, "rich"))))
	assert.Equal(t, 3, strings.Count(page, "<svg"), "the heat map and the two systems' matrices")
	assert.Contains(t, page, figureInfo, "the forged placeholder shows as text")
}

// TestStatusColoursHaveAAContrast checks the safeguard status badges.
func TestStatusColoursHaveAAContrast(t *testing.T) {
	for name, c := range statusColours {
		assert.GreaterOrEqual(t, contrast(c[0], c[1]), 4.5, "%s text on its background", name)
		assert.GreaterOrEqual(t, contrast(c[2], colourBack), 3.0, "%s border against the page (WCAG 1.4.11)", name)
	}
}
