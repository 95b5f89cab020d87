package report

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

func registerFinding(id string, sev rules.Severity, category string, paths ...string) assess.Finding {
	f := assess.Finding{RuleID: id, Severity: sev, Category: category}
	for _, p := range paths {
		f.Evidence = append(f.Evidence, assess.Evidence{Path: p})
	}
	return f
}

func registerSystem(owner, name string, findings ...assess.Finding) assess.Assessment {
	return assess.Assessment{System: assess.System{Name: name, Title: "Title of " + name, Owner: owner},
		Source: assess.Source{Path: "systems/" + name + ".yaml"}, Findings: findings}
}

// passing gives an assessment the rules that applied and found nothing.
func passing(a assess.Assessment, ids ...string) assess.Assessment {
	a.Passed = ids
	return a
}

// registerReport holds two organisations, a record without an owner, a
// waived finding and a file that could not be assessed.
func registerReport() *assess.Report {
	waived := registerFinding("DRIA-REM-005", rules.Critical, "remedy", "/spec/accountability/appeal")
	waived.Waived = true
	return &assess.Report{
		Ruleset: assess.Ruleset{Digest: "sha256:abc", Rules: 205},
		Assessments: []assess.Assessment{
			passing(registerSystem("Gemeente A", "a-quiet"), "DRIA-GAP-010", "DRIA-REM-005", "DRIA-GAP-005", "DRIA-PRIV-006"),
			passing(registerSystem("Gemeente A", "a-gaps",
				registerFinding("DRIA-GAP-010", rules.Medium, "information-gap", "/spec/accountability/impactAssessments"),
				registerFinding("DRIA-GAP-007", rules.Low, "information-gap", "/spec/data/lawfulBases")), "DRIA-GAP-021", "DRIA-DEC-001"),
			passing(registerSystem("Gemeente B", "b-serious",
				registerFinding("DRIA-DEC-001", rules.High, "automated-decisions", "/spec/decisions/automation"),
				registerFinding("PACK-001", rules.Medium, "remedy", "/spec/accountability/appeal/available"),
				registerFinding("DRIA-GAP-021", rules.Medium, "information-gap", "/spec/accountability/appeal"), waived), "DRIA-ACC-002", "DRIA-GAP-007"),
			registerSystem("", "no-owner", registerFinding("DRIA-GAP-005", rules.Medium, "information-gap", "/spec/decisions/humanReview")),
		},
		Errors: []assess.InputFailure{{Path: "systems/broken.yaml", Kind: assess.KindInvalidInput, Message: "not valid"}},
	}
}

func TestRegisterViewMostSeriousFirst(t *testing.T) {
	out := string(renderWith(t, "register", registerReport(), nil))
	contains(t, out, "# Register-wide view: what each record lacks\n\n4 records assessed, 1 record could not be assessed, with rule set sha256:abc (205 rules).")
	b := strings.Index(out, "\n## Gemeente B\n")
	a := strings.Index(out, "\n## Gemeente A\n")
	none := strings.Index(out, "\n## Organisation not stated\n")
	failed := strings.Index(out, "\n## Records that could not be assessed\n")
	require.True(t, b > 0 && a > b && none > a && failed > none, "organisations by their most serious lack, failures last:\n%s", out)
	contains(t, out, "| Title of b-serious (`b-serious`, `systems/b-serious.yaml`) | no finding | missing (medium) | missing (high) | no finding | High |  | 0 |\n")
	contains(t, out, "| Title of a-gaps (`a-gaps`, `systems/a-gaps.yaml`) | not stated (medium) | no finding | no finding | not stated (low) | Medium |  | 0 |\n")
	contains(t, out, "| Title of a-quiet (`a-quiet`, `systems/a-quiet.yaml`) | no finding | no finding | no finding | no finding | None |  | 0 |\n")
	// No rule of the aspect applied: not asked, never read as in place.
	contains(t, out, "| Title of no-owner (`no-owner`, `systems/no-owner.yaml`) | not asked | not asked | not stated (medium) | not asked | Medium |  | 0 |\n")
	assert.Less(t, strings.Index(out, "a-gaps`"), strings.Index(out, "a-quiet`"), "within an organisation, the most serious first")
	contains(t, out, "| `systems/broken.yaml` |")
	contains(t, out, "2 records, 1 lacking something.")
	notContains(t, out, "critical", "a waived finding does not count")
}

func TestRegisterCSVListsEveryRecord(t *testing.T) {
	rows, err := csv.NewReader(strings.NewReader(string(renderWith(t, "register-csv", registerReport(), nil)))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 6, "a header and one row per record, the failure included")
	assert.Equal(t, []string{"organisation", "record", "title", "file", "Impact assessment", "Objection route", "Human intervention", "Legal basis",
		"most serious", "aspects lacking", "impact level", "information gaps", "could not be assessed"}, rows[0])
	assert.Equal(t, []string{"Gemeente B", "b-serious", "Title of b-serious", "systems/b-serious.yaml", "no finding", "missing (medium)", "missing (high)", "no finding", "high", "2", "", "0", ""}, rows[1])
	assert.Equal(t, "systems/broken.yaml", rows[5][3])
	assert.NotEmpty(t, rows[5][12])
}

// TestRegisterCSVDefusesFormulas: cells a spreadsheet would run as a
// formula get a leading quote; control characters are cleaned.
func TestRegisterCSVDefusesFormulas(t *testing.T) {
	r := &assess.Report{Assessments: []assess.Assessment{
		{System: assess.System{Name: "x", Title: "=HYPERLINK(\"https://evil.example\")", Owner: "+SUM(A1)"}, Source: assess.Source{Path: "@evil.yaml"}},
		{System: assess.System{Name: "y", Title: "-2+3", Owner: "\tcmd"}, Source: assess.Source{Path: "\rline\x1b[2J.yaml"}},
	}}
	rows, err := csv.NewReader(strings.NewReader(string(renderWith(t, "register-csv", r, nil)))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 3)
	for _, row := range rows[1:] {
		for i, cell := range row {
			if cell != "" {
				assert.NotContains(t, "=+-@\t\r", cell[:1], "cell %d %q", i, cell)
			}
			assert.NotContains(t, cell, "\x1b")
		}
	}
	assert.Equal(t, []string{"'+SUM(A1)", "x", `'=HYPERLINK("https://evil.example")`, "'@evil.yaml"}, rows[1][:4])
	assert.Equal(t, "'-2+3", rows[2][2])
	assert.Equal(t, "' cmd", rows[2][0])
}
