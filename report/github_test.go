package report

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// TestGitHubEscapesAsTheActionsToolkit checks the escaping of workflow
// command data and properties against the Actions toolkit's escapeData
// and escapeProperty: % first (so that a literal "%0A" in a string stays
// literal), then CR and LF, and in properties : and , too.
func TestGitHubEscapesAsTheActionsToolkit(t *testing.T) {
	for in, want := range map[string][2]string{
		"plain":                      {"plain", "plain"},
		"100%":                       {"100%25", "100%25"},
		"a literal %0A and %3A":      {"a literal %250A and %253A", "a literal %250A and %253A"},
		"line\nbreak\r\nand\rCR":     {"line%0Abreak%0D%0Aand%0DCR", "line%0Abreak%0D%0Aand%0DCR"},
		"file=x.yaml,line=1::forged": {"file=x.yaml,line=1::forged", "file=x.yaml%2Cline=1%3A%3Aforged"},
		"Broker, Inc.: 50%,\ttabbed": {"Broker, Inc.: 50%25,\ttabbed", "Broker%2C Inc.%3A 50%25%2C\ttabbed"},
		"\n::error::all clear":       {"%0A::error::all clear", "%0A%3A%3Aerror%3A%3Aall clear"},
		"ünïcödé — kept, as: is %25": {"ünïcödé — kept, as: is %2525", "ünïcödé — kept%2C as%3A is %2525"},
	} {
		assert.Equal(t, want[0], githubData(in), "data %q", in)
		assert.Equal(t, want[1], githubProperty(in), "property %q", in)
	}
}

// TestGitHubCommandOfAHostileFinding renders one finding whose every
// string is hostile and expects the exact command: the path, title and
// message escaped, control characters shown as escapes, so that the line
// holds one command whose properties end where dria ends them.
func TestGitHubCommandOfAHostileFinding(t *testing.T) {
	r := &assess.Report{Tool: assess.Tool{Name: "dria", Version: "1"}, Ruleset: assess.Ruleset{Digest: "sha256:x", Rules: 1},
		Assessments: []assess.Assessment{{
			Source: assess.Source{Path: "dir,with:odd%chars/a.yaml"},
			System: assess.System{Name: "s\x1b[2J"},
			Findings: []assess.Finding{{
				RuleID: "X-1", Title: "x, y: z", Severity: rules.High, BaseSeverity: rules.Medium,
				Message:  "line1\nline2\r::error::forged 100%",
				Evidence: []assess.Evidence{{Path: "/spec", Line: 3, Column: 4}},
			}},
		}}}
	out := string(renderWith(t, "github", r, nil))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3)
	assert.Equal(t, `dria: s\x1b[2J, dir,with:odd%chars/a.yaml: impact level , risk  → , 1 finding: 0 critical, 0 high, 0 medium, 0 low, 0 info`, lines[1])
	assert.Equal(t, `::error file=dir%2Cwith%3Aodd%25chars/a.yaml,line=3,col=4,title=X-1 (high)%3A x%2C y%3A z::`+
		`line1\nline2\r::error::forged 100%25%0ASeverity: high%0ASystem: s\x1b[2J`, lines[2])
}

// githubLine matches a workflow command dria writes, or one of its plain
// log lines.
var githubLine = regexp.MustCompile(`^(::(error|warning|notice)( [a-zA-Z]+=[^,:]*(,[a-zA-Z]+=[^,:]*)*)?::[^\r]*|dria: [^\r]*)$`)

// TestGitHubAnnotatesEveryFinding checks every case: each line is one
// command (or a "dria:" log line), one annotation per finding in report
// order with the mapped command, the file relative to the repository,
// and the line and column of the first evidence.
func TestGitHubAnnotatesEveryFinding(t *testing.T) {
	commands := map[rules.Severity]string{rules.Critical: "error", rules.High: "error", rules.Medium: "warning", rules.Low: "notice", rules.Info: "notice"}
	for _, c := range allCases(t) {
		r := caseReport(t, c)
		out := string(renderCase(t, "github", c))
		var annotations []string
		for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			require.Regexp(t, githubLine, l, c.name)
			if strings.HasPrefix(l, "::") && !strings.Contains(l, "title=dria could not assess") && !strings.HasPrefix(l, "::warning::Not dria") {
				annotations = append(annotations, l)
			}
		}
		i := 0
		for _, a := range r.Assessments {
			for _, f := range a.Findings {
				require.Less(t, i, len(annotations), c.name)
				l := annotations[i]
				i++
				want := commands[f.Severity]
				if f.Waived {
					want = "notice"
				}
				assert.True(t, strings.HasPrefix(l, "::"+want+" file="+githubProperty(a.Source.Path)+","), "%s %s: %s", c.name, f.RuleID, l)
				if len(f.Evidence) > 0 {
					assert.Contains(t, l, ",line="+strconv.Itoa(f.Evidence[0].Line)+",col="+strconv.Itoa(f.Evidence[0].Column)+",", c.name)
				} else {
					assert.NotContains(t, l, ",line=", c.name)
				}
				assert.Contains(t, l, ",title="+githubProperty(f.RuleID+" ("+f.Severity.String()), c.name)
				assert.Contains(t, l, "::"+githubData(termText(f.Message))+"%0ASeverity: "+f.Severity.String(), c.name)
			}
		}
		assert.Len(t, annotations, i, "%s: one annotation per finding", c.name)
	}
}

// TestGitHubOverridesAndWaivers checks the warning about rule packs'
// changes and a waived finding's notice.
func TestGitHubOverridesAndWaivers(t *testing.T) {
	ov := string(renderCase(t, "github", goldenCase(t, "overrides")))
	contains(t, ov, "\n::warning::Not dria's built-in assessment: rule packs turned off 1 rule and changed the base severity of 1 rule:%0ATEST-DEC-001 (Solely automated decisions with legal effect): turned off by rule pack lenient-vendor")
	contains(t, ov, "%0ANot dria's built-in assessment: TEST-DEC-002 (People must disprove an automated decision): base severity lowered from high to low")

	rich := string(renderCase(t, "github", goldenCase(t, "rich")))
	contains(t, rich, "::notice file=report/testdata/systems/rich.yaml,line=60,col=7,title=TEST-ACC-001 (medium%2C waived)%3A Oversight that is not independent::")
	contains(t, rich, "%0AWaived: Human review added in release 2.4 | see <ticket> 812 (owner privacy-office@example.org, until 2027-03-31); it does not count toward --fail-on.")
}
