package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gomarkdown/markdown/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// clone deep-copies a report through its JSON form.
func clone(t testing.TB, r *assess.Report) *assess.Report {
	t.Helper()
	data, err := json.Marshal(r)
	require.NoError(t, err)
	var out assess.Report
	require.NoError(t, json.Unmarshal(data, &out))
	return &out
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

// systemSection returns the part of a Markdown report about one system:
// from its heading to the next heading of its level.
func systemSection(t testing.TB, md string, a assess.Assessment) string {
	t.Helper()
	head := "\n## " + mdText(displayTitle(a.System)) + "\n"
	i := strings.Index(md, head)
	require.GreaterOrEqual(t, i, 0, "no section %q", head)
	rest := md[i+len(head):]
	if j := strings.Index(rest, "\n## "); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// activeCount counts a system's findings that are not waived.
func activeCount(a assess.Assessment) int {
	n := 0
	for _, f := range a.Findings {
		if !f.Waived {
			n++
		}
	}
	return n
}

// appendixSection returns the part of the appendix about one system: its
// findings in detail and what was checked.
func appendixSection(t testing.TB, md string, a assess.Assessment) string {
	t.Helper()
	app := md[strings.Index(md, "\n## "+appendixHeading+"\n"):]
	app = app[:strings.Index(app[1:], "\n## ")+1]
	title := mdText(displayTitle(a.System))
	start := strings.Index(app, "\n### "+title+": ")
	require.GreaterOrEqual(t, start, 0, "no appendix of %s", title)
	end := strings.Index(app, "\n### "+title+": what was checked\n")
	require.GreaterOrEqual(t, end, start)
	rest := app[end+1:]
	if j := strings.Index(rest, "\n### "); j >= 0 {
		rest = rest[:j]
	}
	return app[start:end] + rest
}

// TestMarkdownHasEverySection checks the headings of the rich report (a
// comparison, two systems each with every section, the glossary, the
// appendix of full detail, the waivers and the technical details) and each
// system's summary, rights, findings by severity and likelihood and what
// was checked.
func TestMarkdownHasEverySection(t *testing.T) {
	r := richReport(t)
	md := string(renderCase(t, "markdown", goldenCase(t, "rich")))
	var heads []string
	for _, h := range sections(md) {
		if !strings.HasPrefix(h, "####") {
			heads = append(heads, h)
		}
	}
	want := []string{"# Digital-rights impact assessment", "## Comparison"}
	for _, a := range r.Assessments {
		want = append(want, "## "+mdText(a.System.Title), "### Summary", "### Rights at risk",
			fmt.Sprintf("### Findings (%d)", activeCount(a)), "### Action plan", "### Waived findings")
	}
	want = append(want, "## Glossary", "## Appendix: full detail")
	for _, a := range r.Assessments {
		want = append(want, "### "+mdText(a.System.Title)+": findings in detail", "### "+mdText(a.System.Title)+": what was checked")
	}
	assert.Equal(t, append(want, "### Methodology", "## Waivers", "## Technical details"), heads)
	technical := md[strings.Index(md, "\n## Technical details\n"):]
	contains(t, technical, codeSpan(r.Ruleset.Digest))
	for _, a := range r.Assessments {
		contains(t, technical, fmt.Sprintf("| %s | `%s` | `%s` (document %d) | `%s` |\n", mdText(a.System.Title), a.System.Name, a.Source.Path, a.Source.Document, a.Source.Digest))
		sec := systemSection(t, md, a)
		contains(t, sec, "assessed on 2026-01-01.\n")
		notContains(t, sec, a.Source.Path, "the file is named in the technical details, not in the system's section")
		notContains(t, sec, a.Source.Digest, "the digest is in the technical details")
		contains(t, sec, "- Impact level: **"+a.Summary.ImpactLevel+"** (of I to IV): "+impactMeaning(a.Summary.ImpactLevel))
		contains(t, sec, "- Risk: inherent **"+severityLabel(a.Summary.InherentRisk)+"** → residual **"+severityLabel(a.Summary.ResidualRisk)+"**")
		contains(t, sec, fmt.Sprintf("- Findings: %d", len(a.Findings)))
		contains(t, sec, fmt.Sprintf("; information gaps: %d\n", a.Summary.InformationGaps))
		active := map[rules.Severity]int{}
		for _, f := range activeFindings(&a) {
			active[f.Severity]++
		}
		for _, level := range rules.Severities() {
			assert.Regexp(t, regexp.MustCompile(`\n\| `+regexp.QuoteMeta(sev(level))+` \|( \d+ \|){4} `+fmt.Sprint(active[level])+` \|\n`), sec,
				"the matrix's row of %s ends with its count of findings that are not waived", level)
		}
		for _, s := range a.Summary.ImpactReasons {
			contains(t, sec, mdText(s))
		}
		for _, s := range a.Summary.RequiredSafeguards {
			contains(t, sec, "\n| "+mdText(s)+" | **")
		}
		contains(t, sec, "Why: "+mdText(strings.Join(a.Summary.RiskReasons, "; "))+".\n")
		for _, right := range a.Summary.Rights {
			contains(t, sec, fmt.Sprintf("| %s | **%s** | %d |", mdText(rightLabel(right.Right)), severityLabel(right.Highest), right.Findings))
		}
		app := appendixSection(t, md, a)
		contains(t, app, fmt.Sprintf("%d passed, %d not applicable", len(a.Passed), len(a.NotApplicable)))
		for _, id := range slices.Concat(a.Passed, a.NotApplicable) {
			contains(t, app, "- "+id+": ")
			notContains(t, sec, id+": ", "what was checked is in the appendix only")
		}
	}
	contains(t, systemSection(t, md, r.Assessments[0]), "- Findings: 12, 1 of them waived; information gaps: 2\n")
	notContains(t, systemSection(t, md, r.Assessments[1]), "Why: .", "a level without reasons lists none")
}

// findingHeading matches the heading of one finding.
var findingHeading = regexp.MustCompile(`(?m)^##### \*\*(\w+)\*\* ([A-Z0-9-]+): `)

// compactFinding matches a finding's line among the findings.
var compactFinding = regexp.MustCompile(`(?m)^- \*\*(\w+)\*\* ([A-Z0-9-]+) `)

// TestMarkdownFindingsGroupedByRightMostSevereFirst checks, for each
// system of the rich report, that every finding that is not waived is
// listed once among the findings, under its first right, most severe
// first, with its message, and once in the appendix with its severity (and
// after mitigation), reasons, evidence (source line and line number, or
// the nearest stated field), references and remediation; a finding
// without evidence shows none.
func TestMarkdownFindingsGroupedByRightMostSevereFirst(t *testing.T) {
	r := richReport(t)
	md := string(renderCase(t, "markdown", goldenCase(t, "rich")))
	for _, a := range r.Assessments {
		sec := systemSection(t, md, a)
		list := sec[strings.Index(sec, "### Findings"):strings.Index(sec, "### Action plan")]
		checkFindingGroups(t, a, list, compactFinding)
		body := appendixSection(t, md, a)
		checkFindingGroups(t, a, body[:strings.Index(body, ": what was checked\n")], findingHeading)
		for _, f := range a.Findings {
			if f.Waived {
				notContains(t, list, mdRich(f.Message), "a waived finding is not among the findings")
				notContains(t, body, mdRich(f.Message), "a waived finding is not in the appendix")
				continue
			}
			contains(t, list, " "+f.RuleID+" "+mdRich(f.Title)+": "+mdRich(f.Message))
			block := findingBlock(t, body, f)
			contains(t, block, "- Severity: "+sev(f.Severity)+" (base "+severityLabel(f.BaseSeverity)+")")
			if f.ResidualSeverity != f.Severity {
				contains(t, block, "; "+sev(f.ResidualSeverity)+" after mitigation "+codeSpan(f.MitigatedBy[0]))
			}
			for _, reason := range f.SeverityReasons {
				contains(t, block, "  - "+mdText(reason)+"\n")
			}
			for _, e := range f.Evidence {
				contains(t, block, "  - "+expectedEvidence(a.Source.Path, e)+"\n")
			}
			if len(f.Evidence) == 0 {
				notContains(t, block, "- Evidence:", "%s has no evidence", f.RuleID)
			}
			contains(t, block, "- What to do: "+mdRich(f.Remediation)+"\n")
			contains(t, block, "- References: "+mdText(f.References[0].String()))
		}
	}
	contains(t, md, "#### Privacy and data protection\n\n4 findings listed here, most severe **High**. Also concerning this right, listed under another: TEST-CHILD-001 **High**, TEST-FAIR-001 **High**.\n")
	contains(t, md, "- Severity: **High** (base Medium); **Medium** after mitigation `M-1`\n")
	contains(t, md, " (**Medium** after mitigation)\n", "the list says what mitigation left")
	contains(t, md, "  - line 17, `/spec/security/penetrationTest/date` is not stated; nearest stated field `/spec`: `spec:` (`report/testdata/systems/rich.yaml:17:1`)\n")
}

// checkFindingGroups checks the groups of a system's findings: by first
// right, the most severe group first, most severe first in each, each
// finding that is not waived once. item matches a finding, its severity
// and its rule.
func checkFindingGroups(t *testing.T, a assess.Assessment, body string, item *regexp.Regexp) {
	t.Helper()
	groups := strings.Split(body, "\n#### ")[1:]
	require.NotEmpty(t, groups)
	listed := 0
	prevGroupTop := 5
	for _, g := range groups {
		label := g[:strings.Index(g, "\n")]
		ranks := []int{}
		for _, m := range item.FindAllStringSubmatch(g, -1) {
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
	assert.Equal(t, activeCount(a), listed, "each finding that is not waived listed once")
}

// findingBlock returns the Markdown of one finding, found by its message.
func findingBlock(t testing.TB, body string, f assess.Finding) string {
	t.Helper()
	for _, b := range strings.Split(body, "\n##### ") {
		if strings.Contains(b, "\n\n"+mdRich(f.Message)+"\n\n") {
			return b
		}
	}
	t.Fatalf("no finding with the message of %s: %q", f.RuleID, f.Message)
	return ""
}

// expectedEvidence is how the Markdown report shows a piece of evidence.
func expectedEvidence(path string, e assess.Evidence) string {
	at := ""
	if e.FoundAt != nil {
		at = " is not stated; nearest stated field " + codeSpan(*e.FoundAt)
	}
	return fmt.Sprintf("line %d, %s%s: %s (`%s:%d:%d`)", e.Line, codeSpan(e.Path), at, codeSpan(e.Snippet), path, e.Line, e.Column)
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

// TestMarkdownActionPlanIsOrderedByPriority checks one action per rule
// with findings that are not waived, the most severe first, with the
// number of findings when a rule has several.
func TestMarkdownActionPlanIsOrderedByPriority(t *testing.T) {
	r := richReport(t)
	md := string(renderCase(t, "markdown", goldenCase(t, "rich")))
	for _, a := range r.Assessments {
		sec := systemSection(t, md, a)
		plan := sec[strings.Index(sec, "### Action plan"):strings.Index(sec, "### Waived findings")]
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
		for _, f := range a.Findings {
			assert.Equal(t, !f.Waived, rules[f.RuleID], "%s has an action unless its findings are waived", f.RuleID)
		}
	}
	contains(t, md, "\n5. **High** TEST-PRIV-001 Personal data shared with another organisation (2 findings): Share only what")
}

// TestMarkdownWaivers checks the rich report made with waivers: the waived
// finding moves to its own section with the waiver, the finding whose
// waiver expired counts again and says so, and the report ends with the
// expired and stale waivers.
func TestMarkdownWaivers(t *testing.T) {
	r := richReport(t)
	md := string(renderCase(t, "markdown", goldenCase(t, "rich")))
	a := r.Assessments[0]
	waived, expired := findingByRule(t, a, "TEST-ACC-001"), findingByRule(t, a, "TEST-PRIV-002")
	require.True(t, waived.Waived)
	require.NotNil(t, expired.ExpiredWaiver)
	sec := systemSection(t, md, a)

	section := sec[strings.Index(sec, "### Waived findings"):]
	contains(t, section, "- **"+severityLabel(waived.Severity)+"** "+waived.RuleID+" ")
	contains(t, section, "  - Reason: Human review added in release 2.4 \\| see \\<ticket\\> 812\n")
	contains(t, section, "  - Owner: `privacy-office@example.org`\n")
	contains(t, section, "  - Expires: 2027-03-31\n")
	contains(t, section, expired.RuleID+" ")
	contains(t, section, "expired on 2025-06-30; owner `cto@example.org`; reason: Accepted until the \\`new\\` model ships")

	findings := sec[strings.Index(sec, "### Findings"):strings.Index(sec, "### Action plan")]
	notContains(t, findings, "** "+waived.RuleID+" ", "a waived finding is not among the findings")
	contains(t, findings, "** "+expired.RuleID+" ", "a finding whose waiver expired counts again")
	contains(t, findings, " (its waiver expired on 2025-06-30)\n")
	detail := appendixSection(t, md, a)
	notContains(t, detail, "** "+waived.RuleID+": ", "a waived finding is not in the appendix")
	contains(t, detail, "- Waiver expired on 2025-06-30")
	plan := sec[strings.Index(sec, "### Action plan"):strings.Index(sec, "### Waived findings")]
	notContains(t, plan, " "+waived.RuleID+" ")
	contains(t, sec, fmt.Sprintf("### Findings (%d)", len(a.Findings)-1))
	second := systemSection(t, md, r.Assessments[1])
	contains(t, second, "### Waived findings\n\n**Expired waivers** (these findings count again):\n\n- TEST-PRIV-002 ", "the expired waiver matched the second system too")
	notContains(t, second, "Accepted on the record by a waiver", "nothing of the second system is waived")

	global := md[strings.Index(md, "\n## Waivers"):strings.Index(md, "## Technical details")]
	contains(t, global, "1 finding accepted by active waivers.")
	contains(t, global, "**Expired waivers (1): they no longer apply, and the findings they match count again.**")
	contains(t, global, "- "+expired.RuleID+" for every system, expires 2025-06-30; owner `cto@example.org`")
	contains(t, global, "**Stale waivers (1):")
	contains(t, global, "- TEST-NOPE-001 for systems `other-*`, expires 2026-12-31; owner `legal@example.org`; reason: Old exception")
}

// TestMarkdownComparesSystemsSideBySide checks the comparison table of the
// vendors (made with the test pack and with the built-in rules) and of the
// rich pair of systems: each system's summary, and for each right the most
// severe finding that is not waived and how many there are.
func TestMarkdownComparesSystemsSideBySide(t *testing.T) {
	for _, c := range []reportCase{goldenCase(t, "vendors"), builtinCase(t, "vendors"), goldenCase(t, "rich")} {
		r := caseReport(t, c)
		md := string(renderCase(t, "markdown", c))
		table := md[strings.Index(md, "## Comparison"):]
		table = table[:strings.Index(table, "\n\n## ")+1]
		names, impact, inherent, residual, counts, gaps := []string{}, []string{}, []string{}, []string{}, []string{}, []string{}
		for _, a := range r.Assessments {
			names = append(names, mdText(displayTitle(a.System)))
			impact = append(impact, a.Summary.ImpactLevel)
			inherent = append(inherent, "**"+severityLabel(a.Summary.InherentRisk)+"**")
			residual = append(residual, "**"+severityLabel(a.Summary.ResidualRisk)+"**")
			counts = append(counts, fmt.Sprint(activeCount(a)))
			gaps = append(gaps, fmt.Sprint(a.Summary.InformationGaps))
		}
		contains(t, table, "| Aspect | "+strings.Join(names, " | ")+" |\n", c.name)
		contains(t, table, "| Impact level | "+strings.Join(impact, " | ")+" |\n", c.name)
		contains(t, table, "| Inherent risk | "+strings.Join(inherent, " | ")+" |\n", c.name)
		contains(t, table, "| Residual risk | "+strings.Join(residual, " | ")+" |\n", c.name)
		contains(t, table, "| Findings | "+strings.Join(counts, " | ")+" |\n", c.name)
		contains(t, table, "| Information gaps | "+strings.Join(gaps, " | ")+" |\n", c.name)
		for _, row := range comparisonRows(r) {
			contains(t, table, row, c.name)
		}
		assert.Equal(t, len(r.Assessments), strings.Count(md, "\n### Summary\n"), "one section per system")
	}
	contains(t, string(renderCase(t, "markdown", goldenCase(t, "rich"))), "\n| Effective remedy | **Critical** (3) | **Low** (2) |\n",
		"the waived finding about remedy is left out of the comparison")
}

// comparisonRows are the rows the comparison should have for each right:
// the most severe finding that is not waived in each system, and how many.
func comparisonRows(r *assess.Report) []string {
	cells := map[string][]string{}
	for i, a := range r.Assessments {
		highest, n := map[string]rules.Severity{}, map[string]int{}
		for _, f := range a.Findings {
			for _, right := range f.Rights {
				if f.Waived {
					continue
				}
				n[right]++
				if f.Severity.Rank() > highest[right].Rank() {
					highest[right] = f.Severity
				}
			}
		}
		for right, count := range n {
			if cells[right] == nil {
				cells[right] = slices.Repeat([]string{"none"}, len(r.Assessments))
			}
			cells[right][i] = fmt.Sprintf("**%s** (%d)", severityLabel(highest[right]), count)
		}
	}
	var out []string
	for right, cs := range cells {
		out = append(out, "\n| "+mdText(rightLabel(right))+" | "+strings.Join(cs, " | ")+" |\n")
	}
	return out
}

// TestMarkdownOfAHostileDescriptionRendersItsStringsLiterally parses the
// Markdown report of the hostile description (with the test pack and with
// the built-in rules) and checks that it holds no link, image or HTML, and
// that the title, owner and version come back as the same text.
func TestMarkdownOfAHostileDescriptionRendersItsStringsLiterally(t *testing.T) {
	for _, c := range []reportCase{goldenCase(t, "hostile"), builtinCase(t, "hostile")} {
		r := caseReport(t, c)
		md := renderCase(t, "markdown", c)
		doc := parseMarkdown(string(md))
		ast.WalkFunc(doc, func(node ast.Node, entering bool) ast.WalkStatus {
			switch node.(type) {
			case *ast.Link, *ast.Image, *ast.HTMLBlock, *ast.HTMLSpan, *ast.CodeBlock, *ast.BlockQuote, *ast.HorizontalRule:
				t.Errorf("%s: the report has a %T", c.name, node)
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
		assert.Equal(t, "1 Digital-rights impact assessment", headings[0], c.name)
		assert.Equal(t, "2 "+sys.Title, headings[1], "%s: the title heading is the title, literally", c.name)
		text := textOf(doc)
		for _, s := range []string{sys.Title, sys.Owner, sys.Version} {
			assert.Contains(t, text, s, c.name)
		}
		assert.Contains(t, text, "Intelligence `service` <script>alert('recipient')</script> | [z](javascript:alert(6)) tick`s",
			"%s: a quoted value with backticks inside shows whole", c.name)
		notContains(t, string(md), "\n<", c.name)
	}
}

// TestMarkdownOfASystemWithoutFindings covers a clean system.
func TestMarkdownOfASystemWithoutFindings(t *testing.T) {
	r := clone(t, richReport(t))
	r.Assessments = r.Assessments[:1]
	r.Assessments[0].Findings = nil
	r.Assessments[0].Summary.Rights = nil
	r.Waivers = nil
	var buf bytes.Buffer
	require.NoError(t, NewMarkdown().Render(&buf, r))
	md := buf.String()
	contains(t, md, "### Findings (0)\n\nNo findings.")
	contains(t, md, "No right is at risk from the findings.")
	contains(t, md, "Nothing to do")
	notContains(t, md, "### Waived findings")
}

// TestMarkdownOfBareLinksLinksNowhere renders the description full of bare
// URLs, www. and e-mail addresses (with the test pack and with the built-in
// rules), and checks that neither gomarkdown (with its autolink extension)
// nor GitHub's autolink rules find a link, and that the title and owner
// read back as they were written.
func TestMarkdownOfBareLinksLinksNowhere(t *testing.T) {
	for _, c := range []reportCase{goldenCase(t, "bare-links"), builtinCase(t, "bare-links")} {
		r := caseReport(t, c)
		md := string(renderCase(t, "markdown", c))
		assertNoLinks(t, md, c.name)
		sys := r.Assessments[0].System
		contains(t, md, "\n## Benefit checks, see https\\://evil.example/login or www\\.evil.example\n", c.name)
		text := textOf(parseGFM(md))
		for _, s := range []string{sys.Title, sys.Owner, sys.Version} {
			assert.Contains(t, text, s, c.name)
		}
	}
}

// A description drafted from another record says so under its heading, in
// plain words, with the record's own strings escaped (its address never
// becomes a link).
func TestDraftedFromIsSaid(t *testing.T) {
	r := &assess.Report{Assessments: []assess.Assessment{{
		System: assess.System{Name: "triage", Title: "Triage", DraftedFrom: &assess.DraftSource{Kind: "nl-algorithm-register",
			Name: "Slimme *check*", Organisation: "Gemeente <b>X</b>", URL: "https://algoritmes.overheid.nl/x", Retrieved: "2026-11-30"}},
		AssessedOn: "2026-12-01",
	}}}
	out := string(renderWith(t, "markdown", r, nil))
	contains(t, out, "Drafted from an entry of the Dutch Algorithm Register (“Slimme \\*check\\*”, published by Gemeente \\<b\\>X\\</b\\>, read on 2026-11-30, at `https://algoritmes.overheid.nl/x`): its facts are that record's own statements, not checked by dria, and what the record does not say is reported as an information gap.")
	page := string(renderWith(t, "html", r, nil))
	contains(t, page, "Drafted from an entry of the Dutch Algorithm Register")
	notContains(t, page, "<b>X</b>")
	notContains(t, page, `href="https://algoritmes`)
	r.Assessments[0].System.DraftedFrom = nil
	notContains(t, string(renderWith(t, "markdown", r, nil)), "Drafted from")
}
