package assess

import (
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/internal/imports/aia"
	"github.com/dria-project/dria/schema"
)

// importedAIA drafts the description of one of the aia package's test
// files.
func importedAIA(t *testing.T, name string) Input {
	t.Helper()
	path := "../internal/imports/aia/testdata/" + name
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	rec, err := aia.Read(path, data)
	require.NoError(t, err)
	d, err := aia.Describe(rec)
	require.NoError(t, err)
	return Input{Path: name + ".yaml", Data: d.YAML}
}

// TestCanadaAIAInTheSummary: the AIA result of design.json (checked by
// hand in the aia package: raw 98, mitigation 64 ≥ 61.6, final 83, level
// II) is recomputed from the imported description and set beside dria's
// level, with the reasons they differ.
func TestCanadaAIAInTheSummary(t *testing.T) {
	in := importedAIA(t, "design.json")
	a, err := New(context.Background(), WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }))
	require.NoError(t, err)
	rep, err := a.Assess(context.Background(), in)
	require.NoError(t, err)
	docs, err := schema.LoadDescriptions(in.Path, in.Data)
	require.NoError(t, err)
	as := &rep.Assessments[0]
	attachCanadaAIA(as, docs[0])
	got := as.Summary.AIA
	require.NotNil(t, got)
	assert.Equal(t, "II", got.Level)
	assert.Equal(t, 98, got.RawScore)
	assert.Equal(t, 167, got.MaxRawScore)
	assert.Equal(t, 64, got.MitigationScore)
	assert.Equal(t, 154, got.MaxMitigationScore)
	assert.True(t, got.Reduced)
	assert.Equal(t, 83, got.FinalScore)
	assert.Equal(t, []float64{41.75, 83.5, 125.25}, got.LevelBounds)
	assert.Equal(t, "IV", as.Summary.ImpactLevel)
	assert.False(t, got.SameAsDria)
	require.Len(t, got.Differences, 4)
	assert.Equal(t, "the AIA gives level II from its answers: a final score of 83 of 167, where level I ends at 41.75, II at 83.5 and III at 125.25", got.Differences[0])
	assert.Equal(t, "the AIA takes 15% off its raw impact score of 98 because its mitigation score of 64 reached 61.6; dria never lowers an impact level for safeguards, it lowers the residual risk of the findings they address", got.Differences[1])
	assert.Equal(t, "the AIA answers that weigh most: riskProfile4 (4), aboutSystem11 (4), impact30 (4), impact3 (4), impact6 (4)", got.Differences[2])
	assert.Contains(t, got.Differences[3], "dria gives level IV from the facts of the description: automation: full; ")

	raw, err := json.Marshal(rep)
	require.NoError(t, err)
	_, err = schema.Load(schema.Report, "report.json", raw)
	require.NoError(t, err, "the report with summary.aia is valid against the report schema")
}

func TestCanadaAIAAbsentOrSame(t *testing.T) {
	docs, err := schema.LoadDescriptions("plain.yaml", []byte("apiVersion: dria/v1\nkind: System\nmetadata: {name: plain, title: Plain}\nspec: {}\n"))
	require.NoError(t, err)
	as := &Assessment{Summary: Summary{ImpactLevel: "III"}}
	attachCanadaAIA(as, docs[0])
	assert.Nil(t, as.Summary.AIA, "no AIA answers, no AIA result")

	in := importedAIA(t, "older.json") // AIA level I (raw 2)
	docs, err = schema.LoadDescriptions(in.Path, in.Data)
	require.NoError(t, err)
	as = &Assessment{Summary: Summary{ImpactLevel: "I"}}
	attachCanadaAIA(as, docs[0])
	require.NotNil(t, as.Summary.AIA)
	assert.True(t, as.Summary.AIA.SameAsDria)
	assert.Empty(t, as.Summary.AIA.Differences)
}

func TestCanadaAIABadAnswersAreReported(t *testing.T) {
	path := "../internal/imports/aia/testdata/bad-description.yaml"
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	docs, err := schema.LoadDescriptions(path, data)
	require.NoError(t, err)
	as := &Assessment{Summary: Summary{ImpactLevel: "II"}}
	attachCanadaAIA(as, docs[0])
	got := as.Summary.AIA
	require.NotNil(t, got, "answers that are not the questionnaire's are reported, never silently dropped")
	assert.Nil(t, got.CanadaAIAScore, "no score from some of the answers")
	assert.False(t, got.SameAsDria)
	assert.Equal(t, []string{"the AIA result could not be recomputed: 6 answers under spec.provenance.canadaAIA are not the AIA questionnaire's"}, got.Differences)
	require.Len(t, got.Problems, 6)
	assert.Equal(t, path+":12:22: the AIA question impact6 is listed twice", got.Problems[0])

	raw, err := json.Marshal(&Report{ReportVersion: ReportVersion, Assessments: []Assessment{*as}})
	require.NoError(t, err)
	assert.Contains(t, string(raw), `"aia":{"sameAsDria":false,"differences":["the AIA result could not be recomputed`)
}

// An imported description's report names the record it was drafted from;
// a description written by hand has no draftedFrom.
func TestDraftedFromTheProvenanceSource(t *testing.T) {
	in := importedAIA(t, "design.json")
	a, err := New(context.Background())
	require.NoError(t, err)
	rep, err := a.Assess(context.Background(), in)
	require.NoError(t, err)
	src := rep.Assessments[0].System.DraftedFrom
	require.NotNil(t, src)
	assert.Equal(t, "canada-aia", src.Kind)
	assert.NotEmpty(t, src.Name)

	data, err := os.ReadFile("../examples/systems/welfare-risk-scoring.yaml")
	require.NoError(t, err)
	rep, err = a.Assess(context.Background(), Input{Path: "welfare.yaml", Data: data})
	require.NoError(t, err)
	assert.Nil(t, rep.Assessments[0].System.DraftedFrom)
}
