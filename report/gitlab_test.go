package report

import (
	"context"
	"encoding/json"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

func decodeGitLab(t testing.TB, data []byte) []gitlabIssue {
	t.Helper()
	var issues []gitlabIssue
	require.NoError(t, json.Unmarshal(data, &issues))
	return issues
}

// TestGitLabSeverities maps each severity one to one, and a waived
// finding to info.
func TestGitLabSeverities(t *testing.T) {
	for sev, want := range map[rules.Severity]string{rules.Critical: "blocker", rules.High: "critical", rules.Medium: "major", rules.Low: "minor", rules.Info: "info"} {
		assert.Equal(t, want, gitlabSeverity(assess.Finding{Severity: sev}), sev)
		assert.Equal(t, "info", gitlabSeverity(assess.Finding{Severity: sev, Waived: true}), sev)
	}
}

var hex32 = regexp.MustCompile(`^[0-9a-f]{32}$`)

// TestGitLabHasAnIssuePerFinding checks every case: one issue per finding
// in report order with the fields GitLab reads, the path relative to the
// repository, the first evidence's line (1 without evidence), and
// fingerprints of 32 hex digits that no two issues share.
func TestGitLabHasAnIssuePerFinding(t *testing.T) {
	for _, c := range allCases(t) {
		r := caseReport(t, c)
		raw := renderCase(t, "gitlab", c)
		var generic []map[string]any
		require.NoError(t, json.Unmarshal(raw, &generic), c.name)
		issues := decodeGitLab(t, raw)
		seen := map[string]bool{}
		for i, is := range issues {
			assert.ElementsMatch(t, []string{"description", "check_name", "fingerprint", "severity", "location"}, keys(generic[i]), c.name)
			assert.Regexp(t, hex32, is.Fingerprint, c.name)
			assert.False(t, seen[is.Fingerprint], "%s: fingerprint %s repeats", c.name, is.Fingerprint)
			seen[is.Fingerprint] = true
			assert.GreaterOrEqual(t, is.Location.Lines.Begin, 1, c.name)
			assert.NotEmpty(t, is.Description, c.name)
		}
		i := 0
		for _, a := range r.Assessments {
			for _, f := range a.Findings {
				require.Less(t, i, len(issues), c.name)
				is := issues[i]
				i++
				assert.Equal(t, f.RuleID, is.CheckName)
				assert.Equal(t, gitlabSeverity(f), is.Severity)
				assert.Equal(t, a.Source.Path, is.Location.Path)
				if len(f.Evidence) > 0 {
					assert.Equal(t, f.Evidence[0].Line, is.Location.Lines.Begin)
				} else {
					assert.Equal(t, 1, is.Location.Lines.Begin)
				}
				assert.Contains(t, is.Description, cleanText(f.Message))
			}
		}
		assert.Len(t, issues, i+gitlabFailureIssues(r), c.name)
	}
}

// gitlabFailureIssues counts the issues of the inputs that could not be
// assessed: one per problem, or one per file without problems.
func gitlabFailureIssues(r *assess.Report) int {
	n := 0
	for _, f := range r.Errors {
		n += max(len(f.Problems), 1)
	}
	return n
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestGitLabFingerprintsSurviveEdits shifts every line of a description:
// the issues move, their fingerprints stay; and two findings of one rule
// in one system (the rich system's two sharing entries) differ.
func TestGitLabFingerprintsSurviveEdits(t *testing.T) {
	in := input(t, richPath)
	shifted := in
	shifted.Data = append([]byte("# one\n# two\n"), in.Data...)
	a := assessorFor(t, testRules)
	r1, err := a.Assess(context.Background(), in)
	require.NoError(t, err)
	r2, err := a.Assess(context.Background(), shifted)
	require.NoError(t, err)
	i1, i2 := decodeGitLab(t, renderWith(t, "gitlab", r1, a.Rules())), decodeGitLab(t, renderWith(t, "gitlab", r2, a.Rules()))
	require.Equal(t, len(i1), len(i2))
	for i := range i1 {
		assert.Equal(t, i1[i].Fingerprint, i2[i].Fingerprint, i1[i].CheckName)
		if i1[i].Location.Lines.Begin > 1 {
			assert.Equal(t, i1[i].Location.Lines.Begin+2, i2[i].Location.Lines.Begin, i1[i].CheckName)
		}
	}
	var sharing []string
	for _, is := range i1 {
		if is.CheckName == "TEST-PRIV-001" {
			sharing = append(sharing, is.Fingerprint)
		}
	}
	require.Len(t, sharing, 2)
	assert.NotEqual(t, sharing[0], sharing[1])
}

// TestGitLabFingerprintsOfIdenticalFindingsDiffer gives two findings that
// hash alike (same system, rule and evidence) different fingerprints.
func TestGitLabFingerprintsOfIdenticalFindingsDiffer(t *testing.T) {
	f := assess.Finding{RuleID: "X-1", Severity: rules.Low, Evidence: []assess.Evidence{{Path: "/spec", Line: 2, Column: 1}}}
	r := &assess.Report{Assessments: []assess.Assessment{{Source: assess.Source{Path: "a.yaml"}, System: assess.System{Name: "s"}, Findings: []assess.Finding{f, f}}}}
	issues := decodeGitLab(t, renderWith(t, "gitlab", r, nil))
	require.Len(t, issues, 2)
	assert.Equal(t, fingerprint("s", f), issues[0].Fingerprint)
	assert.NotEqual(t, issues[0].Fingerprint, issues[1].Fingerprint)
	assert.Equal(t, "[]\n", string(renderWith(t, "gitlab", &assess.Report{}, nil)), "no findings: an empty array")
}
