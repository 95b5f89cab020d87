package report

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/rules"
)

var (
	tagRE     = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>`)
	headingRE = regexp.MustCompile(`<h([1-6])[ >]`)
	attrRE    = regexp.MustCompile(`\s([a-zA-Z-]+)="[^"]*"`)
)

// allowedTags are the only elements a report page may contain.
var allowedTags = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true, "main": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "p": true, "ul": true, "ol": true, "li": true,
	"strong": true, "em": true, "code": true, "div": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
}

// allowedAttrs are the only attributes a report page may contain.
var allowedAttrs = map[string]bool{
	"lang": true, "charset": true, "http-equiv": true, "content": true, "name": true, "id": true,
	"class": true, "role": true, "tabindex": true, "aria-labelledby": true, "scope": true, "start": true,
}

// svgTags and svgAttrs are the only elements and attributes of the inline
// SVG pictures: shapes and text, with presentation attributes.
var (
	svgTags  = map[string]bool{"svg": true, "rect": true, "text": true}
	svgAttrs = map[string]bool{
		"class": true, "viewbox": true, "width": true, "height": true, "aria-hidden": true, "focusable": true, "font-family": true,
		"font-size": true, "font-weight": true, "x": true, "y": true, "fill": true, "stroke": true, "text-anchor": true,
	}
)

// TestHTMLIsSelfContainedAndStructured checks every HTML report: one h1,
// headings that never skip a level, header cells with a scope, only a known
// set of elements and attributes (no script, image, link, form, frame,
// style attribute or event handler; in the pictures, only rectangles and
// text), no URL anywhere in an attribute, and the Content-Security-Policy.
func TestHTMLIsSelfContainedAndStructured(t *testing.T) {
	for _, c := range allCases(t) {
		page := string(renderCase(t, "html", c))
		assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\""+contentSecurityPolicy+"\">"), c.name)
		assert.Equal(t, 1, strings.Count(page, "<h1"), c.name)
		prev := 0
		for _, m := range headingRE.FindAllStringSubmatch(page, -1) {
			level, _ := strconv.Atoi(m[1])
			assert.LessOrEqual(t, level, prev+1, "%s: h%d after h%d", c.name, level, prev)
			prev = level
		}
		for _, m := range tagRE.FindAllStringSubmatch(page, -1) {
			tag := strings.ToLower(m[1])
			assert.True(t, allowedTags[tag] || svgTags[tag], "%s: element <%s>", c.name, tag)
			allowed := allowedAttrs
			if svgTags[tag] {
				allowed = svgAttrs
			}
			for _, a := range attrRE.FindAllStringSubmatch(m[2], -1) {
				assert.True(t, allowed[strings.ToLower(a[1])], "%s: attribute %s on <%s>", c.name, a[1], tag)
			}
			if tag == "th" {
				assert.Regexp(t, `^ scope="(col|row)"$`, m[2], c.name)
			}
		}
		for _, bad := range []string{"url(", "@import", "http://", "https://", "javascript:", "<script", "<img", "<link", "<iframe"} {
			// Text may mention such strings only escaped; none may be markup.
			for _, m := range tagRE.FindAllString(page, -1) {
				assert.NotContains(t, strings.ToLower(m), bad, "%s: %s", c.name, m)
			}
		}
		style := page[strings.Index(page, "<style>"):strings.Index(page, "</style>")]
		for _, bad := range []string{"url(", "@import", "@font-face"} {
			assert.NotContains(t, style, bad)
		}
	}
}

// TestHTMLOfAHostileDescriptionIsEscaped looks for the hostile strings as
// escaped text, in the reports made with the test pack and with the
// built-in rules.
func TestHTMLOfAHostileDescriptionIsEscaped(t *testing.T) {
	for _, c := range []reportCase{goldenCase(t, "hostile"), builtinCase(t, "hostile")} {
		page := string(renderCase(t, "html", c))
		contains(t, page, "<h2 id=\"script-alert-title-script-risk-score-img-src-x-onerror-alert\">&lt;script&gt;alert('title')&lt;/script&gt; | Risk `score` &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))</h2>", c.name)
		contains(t, page, "<title>Digital-rights impact assessment: &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;", c.name)
		notContains(t, page, "<script", c.name)
		notContains(t, page, "<img", c.name)
		notContains(t, page, "<a ", c.name)
		notContains(t, page, "<style>body", c.name)
	}
	contains(t, string(renderCase(t, "html", goldenCase(t, "hostile"))), "<code>&lt;script&gt;alert('purpose')&lt;/script&gt; Score households",
		"the purpose the test pack quotes is escaped")
}

// TestHTMLShowsSeverityAsWordsWithColour checks the severity badges.
func TestHTMLShowsSeverityAsWordsWithColour(t *testing.T) {
	page := string(renderCase(t, "html", goldenCase(t, "rich")))
	for _, sev := range rules.Severities() {
		// The rich report has a finding at every severity.
		label := severityLabel(sev)
		contains(t, page, `<strong class="sev sev-`+sev.String()+`">`+label+`</strong>`)
		notContains(t, page, "<strong>"+label+"</strong>", "every severity word has its colour")
	}
	contains(t, page, `<th scope="row"><strong class="sev sev-critical">Critical</strong></th>`)
	for _, label := range []string{"comparison", "summary family-credit-screening-quick-decision", "summary-2 library-study-room-booking"} {
		contains(t, page, `<div class="scroll" role="region" tabindex="0" aria-labelledby="`+label+`">`, "each table's region is named by its headings")
	}
	contains(t, page, "@media print")
	contains(t, page, "@media (max-width:40rem)")
}

// TestColoursHaveAAContrast checks every text colour on the backgrounds it
// is used on against WCAG 2.1 AA (4.5:1 for normal text).
func TestColoursHaveAAContrast(t *testing.T) {
	for sev, c := range colours {
		assert.GreaterOrEqual(t, contrast(c[0], c[1]), 4.5, "%s badge", sev)
	}
	for _, bg := range []string{colourBack, colourCode, colourHead, colourRowHead} {
		assert.GreaterOrEqual(t, contrast(colourText, bg), 4.5, "text on %s", bg)
	}
	assert.GreaterOrEqual(t, contrast(colourFocus, colourBack), 3.0, "focus outline")
	assert.InDelta(t, 21.0, contrast("#000000", "#ffffff"), 0.01)
}

// contrast is the WCAG 2.1 contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(hex string) float64 {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		panic(err)
	}
	ch := func(shift uint) float64 {
		c := float64((v>>shift)&0xff) / 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(16) + 0.7152*ch(8) + 0.0722*ch(0)
}

func TestHeadingIDsAreUniqueSlugs(t *testing.T) {
	h := &htmlHook{ids: map[string]int{}}
	require.Equal(t, "summary", h.uniqueID("Summary"))
	require.Equal(t, "summary-2", h.uniqueID("Summary"))
	require.Equal(t, "s-1-first", h.uniqueID("1. First"))
	require.Equal(t, "s-", h.uniqueID("<>"))
	require.Equal(t, "critical-dria-dec-001-solely", h.uniqueID("Critical DRIA-DEC-001: Solely"))
}

// TestHTMLNeverLinks renders Markdown that does hold links (the report's
// Markdown never does): the page shows their text and links nowhere.
func TestHTMLNeverLinks(t *testing.T) {
	page := string(markdownToHTML([]byte("[click](https://evil.example) and [ref][r] and <https://evil.example/a>\n\n[r]: https://evil.example/r\n")))
	assert.Equal(t, "<p>click and ref and https://evil.example/a</p>\n", page)
}
