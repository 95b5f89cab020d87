package report

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/schema"
)

// aiaReport is the rich report with an AIA result on its first system
// (design.json of the aia package: raw 98, mitigation 64, final 83, level
// II) and a hostile problem on its second.
func aiaReport(t *testing.T) *assess.Report {
	t.Helper()
	shared := richReport(t) // shared by other tests: changed only in a copy
	r := *shared
	r.Assessments = slices.Clone(shared.Assessments)
	require.GreaterOrEqual(t, len(r.Assessments), 1)
	r.Assessments[0].Summary.AIA = &assess.CanadaAIA{
		CanadaAIAScore: &assess.CanadaAIAScore{Level: "II", RawScore: 98, MaxRawScore: 167, MitigationScore: 64, MaxMitigationScore: 154,
			MitigationThreshold: 61.6, Reduced: true, FinalScore: 83, LevelBounds: []float64{41.75, 83.5, 125.25}},
		Differences: []string{"the AIA gives level II from its answers <b>"},
	}
	if len(r.Assessments) > 1 {
		r.Assessments[1].Summary.AIA = &assess.CanadaAIA{
			Differences: []string{"the AIA result could not be recomputed: 1 answer under spec.provenance.canadaAIA is not the AIA questionnaire's"},
			Problems:    []string{"x.yaml:3:5: unknown AIA question \"<script>\x1b[31m\": it is not a question of the AIA questionnaire"},
		}
	}
	return &r
}

func TestCanadaAIAInEveryFormat(t *testing.T) {
	r := aiaReport(t)
	rs := caseRules(t, goldenCase(t, "rich"))
	level := r.Assessments[0].Summary.ImpactLevel
	line := "Canadian AIA: level II (final score 83 of 167; raw impact score 98, mitigation score 64 of 154, which took 15% off the raw impact score)"
	if level == "II" {
		line += ", the same as dria's impact level"
	} else {
		line += "; dria's impact level is " + level
	}

	text := string(renderWith(t, "text", r, rs))
	contains(t, text, "\n"+line+"\n  the AIA gives level II from its answers <b>\n")

	md := string(renderWith(t, "markdown", r, rs))
	contains(t, md, "**"+mdText(line)+"**\n\n- the AIA gives level II from its answers \\<b\\>\n")
	notContains(t, md, "<b>")

	junit := string(renderWith(t, "junit", r, rs))
	contains(t, junit, `<property name="canadaAIALevel" value="II"></property>`)
	contains(t, junit, `<property name="canadaAIAScore" value="83"></property>`)

	sarif := string(renderWith(t, "sarif", r, rs))
	contains(t, sarif, `"canadaAIA": {`)
	contains(t, sarif, `"finalScore": 83,`)

	json := renderWith(t, "json", r, rs)
	_, err := schema.Load(schema.Report, "report.json", json)
	require.NoError(t, err, "summary.aia is valid against the report schema")
	contains(t, string(json), `"aia": {`)

	if len(r.Assessments) > 1 {
		contains(t, text, "Canadian AIA: no result: the AIA questionnaire has no such question or choice for 1 answer under spec.provenance.canadaAIA\n")
		contains(t, text, `unknown AIA question "<script>\x1b[31m"`)
		assert.NotContains(t, text, "\x1b[31m\"", "a control character from a description never reaches a terminal")
		notContains(t, md, "<script>")
		for _, f := range []string{junit, sarif} {
			assert.False(t, strings.Contains(f, "\x1b"), "no raw escape character")
		}
	}
}
