package assess_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

func gateReport() *assess.Report {
	return &assess.Report{Assessments: []assess.Assessment{
		{Source: assess.Source{Path: "a.yaml"}, System: assess.System{Name: "a"}, Findings: []assess.Finding{
			{RuleID: "X-1", Severity: rules.Critical, Evidence: []assess.Evidence{{Path: "/spec", Line: 4, Column: 3}, {Path: "/metadata", Line: 2, Column: 1}}},
			{RuleID: "X-2", Severity: rules.High, Waived: true},
			{RuleID: "X-3", Severity: rules.Medium},
		}},
		{Source: assess.Source{Path: "b.yaml", Document: 2}, System: assess.System{Name: "b"}, Findings: []assess.Finding{
			{RuleID: "X-4", Severity: rules.High},
			{RuleID: "X-5", Severity: "not-a-severity"},
		}},
	}}
}

func ruleIDs(fs []assess.Failure) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Finding.RuleID)
	}
	return out
}

// FailsOn lists, in report order, the findings at or above the level that
// no waiver accepts, each with the file and line to show.
func TestFailsOnListsUnwaivedFindingsAtOrAboveTheLevel(t *testing.T) {
	r := gateReport()
	high := r.FailsOn(rules.High)
	assert.Equal(t, []string{"X-1", "X-4"}, ruleIDs(high), "the waived high finding does not count")
	assert.Equal(t, "a.yaml:4:3", high[0].Where(), "located at the first evidence")
	assert.Equal(t, "b.yaml", high[1].Where(), "a finding without evidence is located at its file")
	assert.Equal(t, "b", high[1].System)
	assert.Equal(t, 2, high[1].Source.Document)
	assert.Equal(t, []string{"X-1", "X-3", "X-4"}, ruleIDs(r.FailsOn(rules.Info)), "a value that is not a severity never fails")
	assert.Equal(t, []string{"X-1"}, ruleIDs(r.FailsOn(rules.Critical)))
	assert.Empty(t, (&assess.Report{}).FailsOn(rules.Info), "an empty report passes")
}

// Regressions are the new or worsened findings at or above the level that
// no waiver accepts.
func TestRegressionsTakeASeverity(t *testing.T) {
	old := &assess.Report{Assessments: []assess.Assessment{{System: assess.System{Name: "a"}, Findings: []assess.Finding{
		{RuleID: "X-1", Severity: rules.Medium, Evidence: []assess.Evidence{{Path: "/spec/a"}}},
		{RuleID: "X-2", Severity: rules.High, Evidence: []assess.Evidence{{Path: "/spec/b"}}},
	}}}}
	new := &assess.Report{Assessments: []assess.Assessment{{System: assess.System{Name: "a"}, Findings: []assess.Finding{
		{RuleID: "X-1", Severity: rules.High, Evidence: []assess.Evidence{{Path: "/spec/a"}}},
		{RuleID: "X-2", Severity: rules.Medium, Evidence: []assess.Evidence{{Path: "/spec/b"}}},
		{RuleID: "X-3", Severity: rules.Critical, Evidence: []assess.Evidence{{Path: "/spec/c"}}},
		{RuleID: "X-4", Severity: rules.Critical, Waived: true, Evidence: []assess.Evidence{{Path: "/spec/d"}}},
		{RuleID: "X-5", Severity: rules.Low, Evidence: []assess.Evidence{{Path: "/spec/e"}}},
	}}}}
	c := assess.Compare(old, new)
	ids := func(fs []assess.FindingChange) []string {
		out := []string{}
		for _, f := range fs {
			out = append(out, f.RuleID)
		}
		return out
	}
	assert.Equal(t, []string{"X-3", "X-1"}, ids(c.Regressions(rules.High)), "the lowered and the waived finding are no regressions")
	assert.Equal(t, []string{"X-3"}, ids(c.Regressions(rules.Critical)))
	assert.Equal(t, []string{"X-3", "X-5", "X-1"}, ids(c.Regressions(rules.Info)), "new findings, most severe first, then worsened ones")
}

func TestCountsOf(t *testing.T) {
	c := assess.Counts{Critical: 5, High: 4, Medium: 3, Low: 2, Info: 1}
	for i, s := range rules.Severities() {
		assert.Equal(t, i+1, c.Of(s), s)
	}
	assert.Zero(t, c.Of(""), "not a severity")
}
