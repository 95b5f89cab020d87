package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/gomarkdown/markdown/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
)

func welfare(t testing.TB) *assess.Report {
	return caseReport(t, reportCase{name: "welfare-risk-scoring", paths: []string{"examples/systems/welfare-risk-scoring.yaml"}})
}

// clone deep-copies a report through its JSON form.
func clone(t testing.TB, r *assess.Report) *assess.Report {
	t.Helper()
	data, err := json.Marshal(r)
	require.NoError(t, err)
	var out assess.Report
	require.NoError(t, json.Unmarshal(data, &out))
	return &out
}

// waivedReport is the welfare report with its second finding waived, its
// third finding's waiver expired, and a stale waiver.
func waivedReport(t testing.TB) *assess.Report {
	t.Helper()
	r := clone(t, welfare(t))
	fs := r.Assessments[0].Findings
	require.Greater(t, len(fs), 3)
	fs[1].Waived = true
	fs[1].Waiver = &assess.Waiver{Rule: fs[1].RuleID, System: "welfare-*", Reason: "Human review added in release 2.4 | see <ticket> 812", Owner: "privacy-office@example.org", Expires: "2027-03-31"}
	expired := assess.Waiver{Rule: fs[2].RuleID, Reason: "Accepted until the `new` model ships", Owner: "cto@example.org", Expires: "2025-06-30"}
	fs[2].ExpiredWaiver = &expired
	r.Waivers = &assess.WaiverSummary{Applied: 1, Expired: []assess.Waiver{expired},
		Stale: []assess.Waiver{{Rule: "DRIA-NOPE-001", System: "other-*", Reason: "Old exception", Owner: "legal@example.org", Expires: "2026-12-31"}}}
	return r
}

// sections returns the Markdown headings of a document, "## Title" style.
func sections(md string) []string {
	var out []string
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

func TestMarkdownHasEverySection(t *testing.T) {
	r := welfare(t)
	md := string(render(t, "markdown", r))
	a := r.Assessments[0]
	var heads []string
	for _, h := range sections(md) {
		if !strings.HasPrefix(h, "####") {
			heads = append(heads, h)
		}
	}
	assert.Equal(t, []string{
		"# Digital-rights impact assessment",
		"## " + mdText(a.System.Title),
		"### Summary",
		"### Rights at risk",
		fmt.Sprintf("### Findings (%d)", len(a.Findings)),
		"### Action plan",
		"### What was checked",
		"## Methodology",
	}, heads)
	contains(t, md, "- Impact level: **"+a.Summary.ImpactLevel+"**")
	contains(t, md, "- Risk: inherent **"+severityLabel(a.Summary.InherentRisk)+"** → residual **"+severityLabel(a.Summary.ResidualRisk)+"**")
	contains(t, md, fmt.Sprintf("| **Critical** | %d |\n| **High** | %d |\n| **Medium** | %d |\n| **Low** | %d |\n| **Info** | %d |",
		a.Summary.Counts.Critical, a.Summary.Counts.High, a.Summary.Counts.Medium, a.Summary.Counts.Low, a.Summary.Counts.Info))
	for _, s := range a.Summary.RequiredSafeguards {
		contains(t, md, "- "+mdText(s)+"\n")
	}
	for _, right := range a.Summary.Rights {
		contains(t, md, fmt.Sprintf("| %s | **%s** | %d |", mdText(rightLabel(right.Right)), severityLabel(right.Highest), right.Findings))
	}
	contains(t, md, codeSpan(r.Ruleset.Digest))
	contains(t, md, fmt.Sprintf("%d passed, %d not applicable", len(a.Passed), len(a.NotApplicable)))
	for _, id := range append(append([]string{}, a.Passed...), a.NotApplicable...) {
		contains(t, md, "- "+id+": ")
	}
}

// findingHeading matches the heading of one finding.
var findingHeading = regexp.MustCompile(`(?m)^##### \*\*(\w+)\*\* ([A-Z0-9-]+): `)

// TestMarkdownFindingsGroupedByRightMostSevereFirst checks that every
// finding is listed once, under its first right, most severe first, with
// its message, reasons, evidence (source line and line number), references
// and remediation.
func TestMarkdownFindingsGroupedByRightMostSevereFirst(t *testing.T) {
	r := welfare(t)
	a := r.Assessments[0]
	md := string(render(t, "markdown", r))
	body := md[strings.Index(md, "### Findings"):strings.Index(md, "### Action plan")]
	groups := strings.Split(body, "\n#### ")[1:]
	require.NotEmpty(t, groups)
	listed := 0
	prevGroupTop := 5
	for _, g := range groups {
		label := g[:strings.Index(g, "\n")]
		ranks := []int{}
		for _, m := range findingHeading.FindAllStringSubmatch(g, -1) {
			sev, _ := severityByLabel(m[1])
			ranks = append(ranks, sev.Rank())
			f := findingByRule(t, a, m[2])
			assert.Equal(t, mdText(rightLabel(f.Rights[0])), label, "%s is listed under its first right", f.RuleID)
			listed++
		}
		require.NotEmpty(t, ranks, label)
		for i := 1; i < len(ranks); i++ {
			assert.GreaterOrEqual(t, ranks[i-1], ranks[i], "most severe first in %s", label)
		}
		assert.LessOrEqual(t, ranks[0], prevGroupTop, "the right with the most severe finding first: %s", label)
		prevGroupTop = ranks[0]
	}
	assert.Equal(t, len(a.Findings), listed, "each finding listed once")

	f := a.Findings[0]
	contains(t, body, mdRich(f.Message)+"\n")
	for _, reason := range f.SeverityReasons {
		contains(t, body, "  - "+mdText(reason)+"\n")
	}
	for _, e := range f.Evidence {
		contains(t, body, fmt.Sprintf("  - line %d, %s: %s (`%s:%d:%d`)\n", e.Line, codeSpan(e.Path), codeSpan(e.Snippet), a.Source.Path, e.Line, e.Column))
	}
	contains(t, body, "- What to do: "+mdRich(f.Remediation)+"\n")
	contains(t, body, "- References: "+mdText(f.References[0].String()))
}

func findingByRule(t testing.TB, a assess.Assessment, id string) assess.Finding {
	t.Helper()
	for _, f := range a.Findings {
		if f.RuleID == id {
			return f
		}
	}
	t.Fatalf("no finding of %s", id)
	return assess.Finding{}
}

// TestMarkdownActionPlanIsOrderedByPriority checks one action per rule, the
// most severe first.
func TestMarkdownActionPlanIsOrderedByPriority(t *testing.T) {
	r := welfare(t)
	md := string(render(t, "markdown", r))
	plan := md[strings.Index(md, "### Action plan"):strings.Index(md, "### What was checked")]
	item := regexp.MustCompile(`(?m)^(\d+)\. \*\*(\w+)\*\* ([A-Z0-9-]+) `)
	rules := map[string]bool{}
	prev := 5
	n := 0
	for _, m := range item.FindAllStringSubmatch(plan, -1) {
		n++
		assert.Equal(t, fmt.Sprint(n), m[1])
		sev, ok := severityByLabel(m[2])
		require.True(t, ok)
		assert.LessOrEqual(t, sev.Rank(), prev, "item %d", n)
		prev = sev.Rank()
		assert.False(t, rules[m[3]], "%s listed twice", m[3])
		rules[m[3]] = true
	}
	for _, f := range r.Assessments[0].Findings {
		assert.True(t, rules[f.RuleID], "%s has an action", f.RuleID)
	}
}

func TestMarkdownWaivers(t *testing.T) {
	r := waivedReport(t)
	md := string(render(t, "markdown", r))
	fs := r.Assessments[0].Findings
	waived, expired := fs[1], fs[2]

	section := md[strings.Index(md, "### Waived findings"):strings.Index(md, "### What was checked")]
	contains(t, section, "- **"+severityLabel(waived.Severity)+"** "+waived.RuleID+" ")
	contains(t, section, "  - Reason: Human review added in release 2.4 \\| see \\<ticket\\> 812\n")
	contains(t, section, "  - Owner: `privacy-office@example.org`\n")
	contains(t, section, "  - Expires: 2027-03-31\n")
	contains(t, section, expired.RuleID+" ")
	contains(t, section, "expired on 2025-06-30; owner `cto@example.org`; reason: Accepted until the \\`new\\` model ships")

	findings := md[strings.Index(md, "### Findings"):strings.Index(md, "### Action plan")]
	notContains(t, findings, "** "+waived.RuleID+": ", "a waived finding is not among the findings")
	contains(t, findings, "** "+expired.RuleID+": ", "a finding whose waiver expired counts again")
	contains(t, findings, "- Waiver expired on 2025-06-30")
	plan := md[strings.Index(md, "### Action plan"):strings.Index(md, "### Waived findings")]
	if strings.Count(md, "** "+waived.RuleID+": ") == 0 {
		notContains(t, plan, " "+waived.RuleID+" ")
	}
	contains(t, md, fmt.Sprintf("### Findings (%d)", len(fs)-1))

	global := md[strings.Index(md, "\n## Waivers"):strings.Index(md, "## Methodology")]
	contains(t, global, "1 finding accepted by active waivers.")
	contains(t, global, "**Expired waivers (1): they no longer apply, and the findings they match count again.**")
	contains(t, global, "- "+expired.RuleID+" for every system, expires 2025-06-30; owner `cto@example.org`")
	contains(t, global, "**Stale waivers (1):")
	contains(t, global, "- DRIA-NOPE-001 for systems `other-*`, expires 2026-12-31; owner `legal@example.org`; reason: Old exception")
}

// TestMarkdownComparesSystemsSideBySide checks the comparison table of the
// three vendors against their summaries.
func TestMarkdownComparesSystemsSideBySide(t *testing.T) {
	c := reportCases(t)[len(reportCases(t))-1]
	require.Equal(t, "vendors", c.name)
	r := caseReport(t, c)
	md := string(render(t, "markdown", r))
	table := md[strings.Index(md, "## Comparison"):]
	table = table[:strings.Index(table, "\n\n## ")]
	names, impact, inherent, residual := []string{}, []string{}, []string{}, []string{}
	for _, a := range r.Assessments {
		names = append(names, a.System.Name)
		impact = append(impact, a.Summary.ImpactLevel)
		inherent = append(inherent, "**"+severityLabel(a.Summary.InherentRisk)+"**")
		residual = append(residual, "**"+severityLabel(a.Summary.ResidualRisk)+"**")
	}
	contains(t, table, "| Aspect | "+strings.Join(names, " | ")+" |\n")
	contains(t, table, "| Impact level | "+strings.Join(impact, " | ")+" |\n")
	contains(t, table, "| Inherent risk | "+strings.Join(inherent, " | ")+" |\n")
	contains(t, table, "| Residual risk | "+strings.Join(residual, " | ")+" |\n")
	for _, a := range r.Assessments {
		for _, right := range a.Summary.Rights {
			contains(t, table, "| "+mdText(rightLabel(right.Right))+" |")
			contains(t, table, fmt.Sprintf("**%s** (%d)", severityLabel(right.Highest), right.Findings))
		}
	}
	assert.Equal(t, 3, strings.Count(md, "\n### Summary\n"), "one section per system")
}

// TestMarkdownOfAHostileDescriptionRendersItsStringsLiterally parses the
// Markdown report of the hostile description and checks that it holds no
// link, image or HTML, and that the title, owner and version come back as
// the same text.
func TestMarkdownOfAHostileDescriptionRendersItsStringsLiterally(t *testing.T) {
	r := caseReport(t, reportCase{name: "hostile", paths: []string{"report/testdata/systems/hostile.yaml"}})
	md := render(t, "markdown", r)
	doc := parseMarkdown(string(md))
	ast.WalkFunc(doc, func(node ast.Node, entering bool) ast.WalkStatus {
		switch node.(type) {
		case *ast.Link, *ast.Image, *ast.HTMLBlock, *ast.HTMLSpan, *ast.CodeBlock, *ast.BlockQuote, *ast.HorizontalRule:
			t.Errorf("the report has a %T", node)
		}
		return ast.GoToNext
	})
	var headings []string
	ast.WalkFunc(doc, func(node ast.Node, entering bool) ast.WalkStatus {
		if h, ok := node.(*ast.Heading); ok && entering {
			headings = append(headings, fmt.Sprintf("%d %s", h.Level, textOf(h)))
		}
		return ast.GoToNext
	})
	sys := r.Assessments[0].System
	assert.Equal(t, "1 Digital-rights impact assessment", headings[0])
	assert.Equal(t, "2 "+sys.Title, headings[1], "the title heading is the title, literally")
	text := textOf(doc)
	for _, s := range []string{sys.Title, sys.Owner, sys.Version} {
		assert.Contains(t, text, s)
	}
	assert.Contains(t, text, "Intelligence `service` <script>alert('recipient')</script> | [z](javascript:alert(6)) tick`s",
		"a quoted value with backticks inside shows whole")
	notContains(t, string(md), "\n<")
}

// TestMarkdownOfASystemWithoutFindings covers a clean system.
func TestMarkdownOfASystemWithoutFindings(t *testing.T) {
	r := clone(t, welfare(t))
	r.Assessments[0].Findings = nil
	r.Assessments[0].Summary.Rights = nil
	var buf bytes.Buffer
	require.NoError(t, NewMarkdown().Render(&buf, r))
	md := buf.String()
	contains(t, md, "### Findings (0)\n\nNo findings.")
	contains(t, md, "No right is at risk from the findings.")
	contains(t, md, "Nothing to do")
	notContains(t, md, "### Waived findings")
}

// TestMarkdownOfBareLinksLinksNowhere renders the description full of bare
// URLs, www. and e-mail addresses, and checks that neither gomarkdown (with
// its autolink extension) nor GitHub's autolink rules find a link, and
// that the title and owner read back as they were written.
func TestMarkdownOfBareLinksLinksNowhere(t *testing.T) {
	r := caseReport(t, reportCase{name: "bare-links", paths: []string{"report/testdata/systems/bare-links.yaml"}})
	md := string(render(t, "markdown", r))
	assertNoLinks(t, md, "bare-links")
	sys := r.Assessments[0].System
	contains(t, md, "\n## Benefit checks, see https\\://evil.example/login or www\\.evil.example\n")
	text := textOf(parseGFM(md))
	for _, s := range []string{sys.Title, sys.Owner, sys.Version} {
		assert.Contains(t, text, s)
	}
}
