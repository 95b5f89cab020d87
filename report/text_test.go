package report

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// renderText renders a case's report as text, with or without colour.
func renderText(t *testing.T, c reportCase, colour bool) string {
	t.Helper()
	rn, err := ForFormat("text", WithRules(caseRules(t, c)), WithColour(colour))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, rn.Render(&buf, caseReport(t, c)))
	return buf.String()
}

// textFindingLine matches a finding's line: FILE:LINE:COL (or FILE alone)
// and the severity as a word.
var textFindingLine = regexp.MustCompile(`^(\S.*?)(:(\d+):(\d+))?: (critical|high|medium|low|info) ([A-Z][A-Z0-9]*(-[A-Z0-9]+)+) `)

// TestTextHasOneLinePerFindingAtItsEvidence checks every case: a summary
// line per system, then one line per finding in report order, located at
// its first evidence (the file alone when it has none), with the severity
// word, the rule id, title and message, and waived findings marked.
func TestTextHasOneLinePerFindingAtItsEvidence(t *testing.T) {
	for _, c := range allCases(t) {
		r := caseReport(t, c)
		lines := strings.Split(strings.TrimSuffix(renderText(t, c, false), "\n"), "\n")
		assert.Contains(t, lines[0], r.Ruleset.Digest, c.name)
		var findings []string
		summaries := 0
		for _, l := range lines {
			switch {
			case strings.HasPrefix(l, "== "+failuresHeading):
			case strings.HasPrefix(l, "== "):
				summaries++
			case textFindingLine.MatchString(l):
				findings = append(findings, l)
			}
		}
		assert.Equal(t, len(r.Assessments), summaries, "%s: a summary line per system", c.name)
		i := 0
		for _, a := range r.Assessments {
			for _, f := range a.Findings {
				require.Less(t, i, len(findings), c.name)
				m := textFindingLine.FindStringSubmatch(findings[i])
				i++
				assert.Equal(t, termText(a.Source.Path), m[1], c.name)
				if len(f.Evidence) > 0 {
					assert.Equal(t, fmt.Sprint(f.Evidence[0].Line), m[3], "%s %s", c.name, f.RuleID)
					assert.Equal(t, fmt.Sprint(f.Evidence[0].Column), m[4], "%s %s", c.name, f.RuleID)
				} else {
					assert.Empty(t, m[2], "%s %s: no position without evidence", c.name, f.RuleID)
				}
				assert.Equal(t, f.Severity.String(), m[5])
				assert.Equal(t, f.RuleID, m[6])
				assert.Contains(t, findings[i-1], " "+termText(f.Title)+" — "+termText(f.Message))
				assert.Equal(t, f.Waived, strings.Contains(findings[i-1], "[waived: "), "%s %s", c.name, f.RuleID)
			}
		}
		assert.Len(t, findings, i, "%s: one line per finding", c.name)
	}
}

// TestTextSummaryLine checks the summary of the first rich system: name,
// title, file and document, impact level, inherent → residual risk,
// counts by severity and how many are waived.
func TestTextSummaryLine(t *testing.T) {
	out := renderText(t, goldenCase(t, "rich"), false)
	contains(t, out, "\n== family-credit-screening (Family credit screening (\"Quick Decision\")), report/testdata/systems/rich.yaml (document 1): "+
		"impact level III, risk critical → high, 12 findings: 1 critical, 5 high, 2 medium, 2 low, 2 info (1 waived)\n")
	contains(t, out, ": medium TEST-ACC-001 Oversight that is not independent — the only oversight, `Internal credit committee`, is not independent "+
		"(`oversight.independent: false`) [waived: Human review added in release 2.4 | see <ticket> 812 (owner privacy-office@example.org, until 2027-03-31)]\n")
	contains(t, out, "report/testdata/systems/rich.yaml: info TEST-NOTE-001 ")
	contains(t, out, "[waiver expired on 2025-06-30, counts again]")

	ov := renderText(t, goldenCase(t, "overrides"), false)
	lines := strings.Split(ov, "\n")
	require.True(t, strings.HasPrefix(lines[1], "note: not dria's built-in assessment: rule packs turned off 1 rule and changed the base severity of 1 rule: "), lines[1])
	assert.Contains(t, lines[1], "TEST-DEC-001 (Solely automated decisions with legal effect): turned off by rule pack lenient-vendor")
	contains(t, ov, " TEST-DEC-002 People must disprove an automated decision — the person concerned must disprove the decision (`burdenOfProof: individual`) [rule changed by a rule pack]\n")
}

// sgr matches the SGR sequences the text format writes.
var sgr = regexp.MustCompile("\x1b\\[[0-9;]*m")

// TestTextColourIsOnlySGRAroundSafeText checks that colour adds SGR
// sequences and nothing else, that without it the output holds no escape
// character at all (the terminal description's ANSI sequences, OSC 8
// links, bell and C1 controls included), and that severity stays a word.
func TestTextColourIsOnlySGRAroundSafeText(t *testing.T) {
	for _, c := range goldenCases(t) {
		plain, coloured := renderText(t, c, false), renderText(t, c, true)
		assert.NotContains(t, plain, "\x1b", c.name)
		assert.Equal(t, plain, sgr.ReplaceAllString(coloured, ""), "%s: colour changes nothing but SGR", c.name)
		assert.NotContains(t, sgr.ReplaceAllString(coloured, ""), "\x1b", c.name)
		for _, s := range []string{"\r", "\a", "\u0085", "\u009b", "\u202e", "\x7f"} {
			assert.NotContains(t, coloured, s, "%s: %q", c.name, s)
		}
	}
	coloured := renderText(t, goldenCase(t, "rich"), true)
	contains(t, coloured, ": \x1b[1;31mcritical\x1b[0m TEST-DEC-001 ")
	contains(t, coloured, ": \x1b[31mhigh\x1b[0m TEST-CHILD-001 ")
	contains(t, coloured, ": \x1b[33mmedium\x1b[0m TEST-GAP-001 ")
	contains(t, coloured, ": \x1b[36mlow\x1b[0m TEST-GAP-002 ")
	contains(t, coloured, ": info TEST-NOTE-001 ")
	contains(t, coloured, "\x1b[1m== family-credit-screening ")
}

// TestTextOfTheTerminalDescriptionForgesNothing checks the terminal
// description's strings: each control character is a visible escape, no
// line starts with what a string holds, and the forged summary line stays
// inside its finding's line.
func TestTextOfTheTerminalDescriptionForgesNothing(t *testing.T) {
	out := renderText(t, goldenCase(t, "terminal"), false)
	contains(t, out, "`Score\\r\\n::error file=forged.yaml,line=1::all clear\\n::stop-commands::token \\u202eevil\\u202c done`")
	contains(t, out, "`\\x1b[31mred\\x1b[0m`, `bell\\x07`")
	contains(t, out, "`Board\\n== forged-system: impact level I, risk low`")
	contains(t, out, "`DEL\\x7f C1\\u0085 next-line \\u009b31m CSI`")
	for _, l := range strings.Split(out, "\n") {
		assert.False(t, strings.HasPrefix(l, "::") || strings.HasPrefix(l, "== forged"), l)
	}
	assert.Equal(t, 1, strings.Count(out, "\n== "), "one system, one summary line")
}

// TestTextOfAnEmptyReport names the run and nothing else.
func TestTextOfAnEmptyReport(t *testing.T) {
	r := testAssessor(t).NewReport()
	out := string(renderWith(t, "text", r, nil))
	assert.Equal(t, fmt.Sprintf("dria %s, rule set %s (%d rules): 0 systems assessed\n", r.Tool.Version, r.Ruleset.Digest, r.Ruleset.Rules), out)
}
