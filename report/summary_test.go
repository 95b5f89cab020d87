package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// summaryCase is a system at impact level III whose findings decide each
// kind of safeguard status.
func summaryCase() *assess.Assessment {
	return &assess.Assessment{
		System: assess.System{Name: "s", Title: "S"},
		Summary: assess.Summary{
			ImpactLevel:  "III",
			ResidualRisk: "high",
			RequiredSafeguards: []string{
				"Plain-language notice that the system is used",                    // gap fired: not known
				"A way for people to contest a decision and reach a person",        // waived finding: missing
				"Meaningful explanation of each decision to the person concerned",  // rule passed: met
				"Published documentation of purpose, logic and data",               // rules not applicable: not known
				"Peer review of the system by a qualified expert",                  // no rule: not known
				"Disaggregated bias testing before deployment and regularly after", // missing and gap: missing
			},
			InformationGaps: 3,
		},
		Findings: []assess.Finding{
			{RuleID: "DRIA-GAP-012", Category: gapCategory, Severity: rules.Medium, Message: "notice not stated"},
			{RuleID: "DRIA-REM-001", Severity: rules.High, Waived: true, Message: "no grievance"},
			{RuleID: "DRIA-FAIR-003", Severity: rules.Critical, Title: "Not tested for bias"},
			{RuleID: "DRIA-GAP-009", Category: gapCategory, Severity: rules.Medium},
			{RuleID: "PACK-GAP-001", Category: gapCategory, Severity: rules.Low, Message: "whether the register lists it is not stated"},
			{RuleID: "DRIA-GAP-009", Category: gapCategory, Severity: rules.Low},
			{RuleID: "DRIA-GAP-001", Category: gapCategory, Severity: rules.Low, Waived: true},
		},
		Passed:        []string{"DRIA-DEC-003"},
		NotApplicable: []string{"DRIA-TRANS-003", "DRIA-TRANS-006"},
	}
}

// TestSafeguardsAreMetMissingOrNotKnown checks each status and why: a
// rule that checks the safeguard fired (even waived: a waiver does not
// supply it), its question went unanswered, a rule that checks it passed,
// its rules did not apply, or no rule checks it (never met).
func TestSafeguardsAreMetMissingOrNotKnown(t *testing.T) {
	rows := safeguardRows(summaryCase())
	got := make([]string, len(rows))
	for i, r := range rows {
		got[i] = string(r.status) + " | " + strings.Join(r.rules, ",") + " | " + r.why
	}
	assert.Equal(t, []string{
		"Not known | DRIA-GAP-012 | not stated",
		"Missing | DRIA-REM-001 | found missing",
		"Met | DRIA-DEC-003 | checked",
		"Not known |  | its rules did not apply",
		"Not known |  | no rule checks it",
		"Missing | DRIA-FAIR-003 | found missing",
	}, got)
}

// TestEveryEngineSafeguardHasAnEntry keeps the map of safeguards in step
// with the texts the engine requires (rules/engine/impact.rego): every
// safeguard of a level IV system of the built-in cases is known, and every
// rule it names is a built-in rule.
func TestEveryEngineSafeguardHasAnEntry(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range builtinCases(t) {
		for _, a := range caseReport(t, c).Assessments {
			for _, sg := range a.Summary.RequiredSafeguards {
				_, ok := safeguardChecks[sg]
				assert.True(t, ok, "%s: the safeguard %q has no entry in safeguardChecks", c.name, sg)
				seen[sg] = true
			}
		}
	}
	assert.Len(t, seen, len(safeguardChecks), "the built-in cases reach every level, so every entry is a safeguard the engine requires")
	ids := map[string]bool{}
	for _, r := range caseRules(t, builtinCase(t, "vendors")) {
		ids[r.ID] = true
	}
	for sg, c := range safeguardChecks {
		for _, id := range slices.Concat(c.missing, c.gaps) {
			assert.True(t, ids[id], "%s names %s, which is not a built-in rule", sg, id)
		}
	}
	for id := range gapQuestions {
		assert.True(t, ids[id], "gapQuestions names %s, which is not a built-in rule", id)
	}
}

// TestEveryBuiltinGapRuleHasAQuestion: each built-in rule of category
// information-gap has a question in plain words, ending in a question
// mark and naming no field of the format.
func TestEveryBuiltinGapRuleHasAQuestion(t *testing.T) {
	for _, r := range caseRules(t, builtinCase(t, "vendors")) {
		if r.Category != gapCategory {
			continue
		}
		q, ok := gapQuestions[r.ID]
		if assert.True(t, ok, "%s (%s) has no question", r.ID, r.Title) {
			assert.True(t, strings.HasSuffix(q, "?"), q)
			assert.NotContains(t, q, "`", q)
		}
	}
}

// TestQuestionsComeFromTheGaps checks one question per information gap
// that is not waived, the rule's own question or else its message, no
// repeats, and one question for the required safeguards whose status is
// not known and that no gap question covers.
func TestQuestionsComeFromTheGaps(t *testing.T) {
	a := summaryCase()
	assert.Equal(t, []string{
		gapQuestions["DRIA-GAP-012"],
		gapQuestions["DRIA-GAP-009"],
		"Please tell us: whether the register lists it is not stated",
		"What evidence is there of these required safeguards: published documentation of purpose, logic and data; peer review of the system by a qualified expert?",
	}, questions(a, safeguardRows(a)))
	a.Summary.RequiredSafeguards = a.Summary.RequiredSafeguards[4:5]
	assert.Equal(t, "What evidence is there of this required safeguard: peer review of the system by a qualified expert?", questions(a, safeguardRows(a))[3])

	a.Summary.RequiredSafeguards = append(a.Summary.RequiredSafeguards, "Contingency plan to keep the service running without the system")
	qs := questions(a, safeguardRows(a))
	assert.Equal(t, "What evidence is there of these required safeguards: peer review of the system by a qualified expert; contingency plan to keep the service running without the system?", qs[len(qs)-1])
	assert.Len(t, qs, 4)
}

// TestVerdictInPlainWords checks the verdict of each residual risk and
// the pointer to the open questions.
func TestVerdictInPlainWords(t *testing.T) {
	a := &assess.Assessment{}
	for risk, want := range map[string]string{
		"critical": "Do not go ahead as described",
		"high":     "Serious concerns",
		"medium":   "Go ahead only with conditions",
		"low":      "No serious concern found in what was described.",
	} {
		a.Summary.ResidualRisk = risk
		assert.True(t, strings.HasPrefix(verdict(a), want), "%s: %s", risk, verdict(a))
		assert.NotContains(t, verdict(a), "question", risk)
	}
	a.Summary.InformationGaps = 2
	assert.True(t, strings.HasSuffix(verdict(a), " 2 questions went unanswered: ask them (below) before relying on this verdict."), verdict(a))
}

// TestMostSeriousOnePerRule checks the order and the limit.
func TestMostSeriousOnePerRule(t *testing.T) {
	top := mostSerious(summaryCase(), 3)
	var ids []string
	for _, f := range top {
		ids = append(ids, f.RuleID)
	}
	assert.Equal(t, []string{"DRIA-FAIR-003", "DRIA-GAP-009", "DRIA-GAP-012"}, ids, "the waived finding is left out, a rule is named once")
}

// TestRiskMatrixCountsByLikelihood checks the likelihood of each finding
// from its rule, and the column of findings whose rule is not known.
func TestRiskMatrixCountsByLikelihood(t *testing.T) {
	a := summaryCase()
	o := newOptions([]Option{WithRules([]rules.Rule{{ID: "DRIA-FAIR-003", Likelihood: "likely"}, {ID: "DRIA-GAP-009", Likelihood: "possible"}, {ID: "DRIA-GAP-012", Likelihood: "possible"}})})
	cols, sevs, counts := riskMatrix(o, a)
	assert.Equal(t, []string{"rare", "possible", "likely", "almost-certain", likelihoodUnknown}, cols)
	assert.Equal(t, rules.Critical, sevs[0])
	assert.Equal(t, []int{0, 0, 1, 0, 0}, counts[0], "critical")
	assert.Equal(t, []int{0, 2, 0, 0, 0}, counts[2], "medium")
	assert.Equal(t, []int{0, 1, 0, 0, 1}, counts[3], "low: PACK-GAP-001's likelihood is not known")

	o.rules["PACK-GAP-001"] = rules.Rule{ID: "PACK-GAP-001", Likelihood: "rare"}
	cols, _, counts = riskMatrix(o, a)
	assert.Len(t, cols, 4, "no column of unknown likelihood when every rule's is known")
	assert.Equal(t, []int{1, 1, 0, 0}, counts[3])
}

// TestWithDetail checks the option: an unknown level is refused by name,
// the last one given wins, other options are not mistaken for it, and the
// summary leaves out the appendix, the rights table and the action plan.
func TestWithDetail(t *testing.T) {
	_, err := ForFormat("html", WithDetail("short"))
	require.EqualError(t, err, `report: WithDetail: "short" is not a level of detail (want summary or full)`)
	var buf bytes.Buffer
	require.EqualError(t, NewMarkdown(WithDetail("")).Render(&buf, richReport(t)), `report: WithDetail: "" is not a level of detail (want summary or full)`)
	assert.Zero(t, buf.Len(), "nothing half written")

	assert.Equal(t, DetailFull, newOptions(nil).detail)
	assert.Equal(t, DetailFull, newOptions([]Option{WithDetail(DetailSummary), WithCategory("dria/x"), WithDetail(DetailFull)}).detail)
	assert.Equal(t, DetailSummary, newOptions([]Option{WithDetail(DetailSummary), WithCategory("summary"), WithColour(true)}).detail)

	c := goldenCase(t, "rich")
	rn, err := ForFormat("markdown", WithRules(caseRules(t, c)), WithDetail(DetailSummary))
	require.NoError(t, err)
	buf.Reset()
	require.NoError(t, rn.Render(&buf, caseReport(t, c)))
	short := buf.String()
	full := string(renderCase(t, "markdown", c))
	for _, s := range []string{"\n## " + appendixHeading + "\n", "\n### Rights at risk\n", "\n### Action plan\n", "\n### Methodology\n", "- Evidence:", ": what was checked\n"} {
		contains(t, full, s)
		notContains(t, short, s, "the summary print leaves it out")
	}
	for _, s := range []string{"\n### Summary\n", "**Safeguards that impact level", "**Questions to put to the vendor or system owner:**", "\n## Glossary\n", "\n## " + technicalHeading + "\n", "\n### Findings (11)\n"} {
		contains(t, short, s)
	}
	assert.Less(t, len(short), len(full)/2)
}

// TestSummaryOfTheVendors checks the executive summaries of the bundled
// procurement vendors with the built-in rules: the verdicts, the
// questions from the gaps of the vendor that leaves most unsaid, and the
// comparison headed by the systems' titles.
func TestSummaryOfTheVendors(t *testing.T) {
	c := reportCase{name: "procurement", paths: procurementVendors, rules: builtinRules}
	r := caseReport(t, c)
	md := string(renderWith(t, "markdown", r, caseRules(t, c)))
	contains(t, md, "| Aspect | Vendor A — caseworker triage assistant | Vendor B — application risk ranking | Vendor C — automated eligibility decisions |\n")
	contains(t, md, "| Verdict | No serious concern | Do not go ahead | Do not go ahead |\n")
	notContains(t, md[:strings.Index(md, "\n## Glossary")], "vendor-a-triage", "slugs are in the technical details only")
	c3 := systemSection(t, md, r.Assessments[2])
	contains(t, c3, "1. "+mdRich(gapQuestions["DRIA-GAP-010"])+"\n")
	contains(t, c3, "| A person makes the final decision in every case | **Missing** | DRIA-DEC-001 |\n")
	contains(t, c3, "| Meaningful explanation of each decision to the person concerned | **Not known** | DRIA-GAP-018 |\n")
	a := systemSection(t, md, r.Assessments[0])
	contains(t, a, "| Training for the staff who operate it | **Met** | DRIA-DEC-013 |\n")
	contains(t, a, "**Verdict:** No serious concern found in what was described.\n")
	notContains(t, a, "**Findings by severity and likelihood**", "no matrix without findings")
	app := appendixSection(t, md, r.Assessments[0])
	contains(t, app, "**Passed: looked for and not found (")
	contains(t, app, "- DRIA-A11Y-001: checked for “Public or essential service below WCAG 2.1 AA”: not found\n", "a passed rule is worded as what was looked for")
}
