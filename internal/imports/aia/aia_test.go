package aia

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

func read(t *testing.T, name string) *Record {
	t.Helper()
	path := filepath.Join("testdata", name)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	rec, err := Read(path, data)
	require.NoError(t, err)
	return rec
}

// TestMaxima checks the questionnaire's maxima. By hand, per page (the
// highest choice of each radio or dropdown, the sum of each checkbox):
// raw: businessDrivers 5 + riskProfile 15 + projectAuthority 2 +
// aboutSystem 17 + aboutAlgorithm 15 + decisionSector 8 + impact 52 +
// aboutData 53 = 167; mitigation: consultation 10 + dataQuality 14 +
// fairness 44 + privacy 9 = 77 for each phase, 154 for both.
func TestMaxima(t *testing.T) {
	s := Compute(nil)
	assert.Equal(t, 167, s.MaxRaw)
	assert.Equal(t, 154, s.MaxMitigation)
	assert.InDelta(t, 61.6, s.Threshold, 1e-9) // 0.8 × 154/2
	assert.Equal(t, [3]float64{41.75, 83.5, 125.25}, s.Bounds)
	assert.Equal(t, 1, s.Level)
	assert.Equal(t, 0, s.Final)
}

// TestScoreImplementation: testdata/implementation.json by hand.
// Raw (-RS): businessDrivers5 item1-2 → 2, riskProfile1 item1-3 → 3,
// aboutSystem1 [item3] → 0, aboutSystem3 item4-1 → 1, aboutSystem5
// item1-0 → 0, aboutSystem8 item1-0 → 0, aboutSystem10A item1-0 → 0,
// aboutAlgorithm1 item2-0 → 0, aboutAlgorithm3 [item1-0, item2-1] → 1,
// decisionSector1 [item3-1, item4-1] → 2, impact30 item2-2 → 2, impact6
// item3-3 → 3, impact7 item3-3 → 3, impact9 item4-4 → 4, impact18
// item5-1 → 1, aboutDataSource1 item1-2 → 2, aboutDataSource9 item1-0 → 0,
// aboutDataSource10 item1-2 → 2, aboutDataSource14 [item3-1, item5-3] → 4,
// aboutDataSource4 item1-2 → 2, aboutDataSource5 item2-0 → 0,
// aboutDataSource8 item2-2 → 2: 34.
// Mitigation (-MS): consultationImplementation1 2 + 3 2 + 4 [item14,
// item16, item7] 0 + 6 3 + 7 3, fairnessImplementation10 2 + 13 2 + 21
// [item2-1, item4-1] 2 + 22A 0, privacyImplementation1 2: 18.
// 18 < 61.6: no reduction, final 34 ≤ 41.75: level I.
func TestScoreImplementation(t *testing.T) {
	s := Compute(read(t, "implementation.json").Answers)
	assert.Equal(t, 34, s.Raw)
	assert.Equal(t, 18, s.Mitigation)
	assert.False(t, s.Reduced)
	assert.Equal(t, 34, s.Final)
	assert.Equal(t, 1, s.Level)
	assert.Equal(t, Contribution{Question: "impact9", Points: 4}, s.Contributions[0])
}

// TestScoreDesignReduced: testdata/design.json by hand.
// Raw: riskProfile1 3 + 2 3 + 3 1 + 4 4 + 7 3 + 8 1 = 15; projectAuthority1
// 2 → 17; businessDrivers5 2 + 9 1 + 11 [item1-2] 2 → 22; aboutSystem3 0 +
// 4 1 + 5 2 + 6 2 + 7 2 + 8 1 + 9 2 + 10A 2 + 11 4 = 16 → 38;
// aboutAlgorithm1 1 + 2 3 + 3 [item2-1] 1 + 4 [item2-1] 1 + 5 1 + 8 3 + 9 2
// + 11 2 = 14 → 52; decisionSector1 [item1-1, item8-1] 2 → 54; impact30 4
// + 3 4 + 6 4 + 7 4 + 9 4 + 18 3 = 23 → 77; impact24 3 + 28 3 → 83;
// aboutDataSource1 0 + 2 4 + 3 3 + 5 4 + 6 4 = 15 → 98.
// Mitigation: consultationDesign1 2 + 3 2 + 6 3 + 7 3 = 10;
// dataQualityDesign1 3 + 2 1 + 3 1 + 4 1 + 5 2 + 7 1 + 8 2 + 9 1 + 10 2 =
// 14 → 24; fairnessDesign 1 1 + 1A 1 + 2 2 + 3 2 + 4 2 + 5 2 + 7 1 + 10 2 +
// 8 2 + 9 1 + 12 2 + 13 0 + 16 2 + 17 2 + 18 2 + 19 2 + 20 2 + 21 5 + 22 2
// + 22A 0 + 23 2 + 24 2 + 24A 1 = 40 → 64; privacyDesign1 0 → 64.
// 64 ≥ 61.6: final = round(0.85 × 98 = 83.3) = 83 ≤ 83.5: level II (the
// raw 98 alone would be level III).
func TestScoreDesignReduced(t *testing.T) {
	s := Compute(read(t, "design.json").Answers)
	assert.Equal(t, 98, s.Raw)
	assert.Equal(t, 64, s.Mitigation)
	assert.True(t, s.Reduced)
	assert.Equal(t, 83, s.Final)
	assert.Equal(t, 2, s.Level)
	assert.Equal(t, "II", LevelName(s.Level))
}

// answersWorth picks the highest choices of raw (or mitigation) questions,
// in questionnaire order, until their scores add up to target.
func answersWorth(t *testing.T, score scoreType, target int) []Answer {
	t.Helper()
	var out []Answer
	for i := range questionnaire {
		q := &questionnaire[i]
		if q.score != score || target == 0 {
			continue
		}
		if q.kind == kindCheckbox {
			if all := q.maxScore(); all > 0 && all <= target {
				out = append(out, Answer{Question: q.name, Choices: q.choices})
				target -= all
			}
			continue
		}
		best := ""
		for _, c := range q.choices {
			if v := choiceScore(c); v <= target && (best == "" || v > choiceScore(best)) {
				best = c
			}
		}
		if best != "" && choiceScore(best) > 0 {
			out = append(out, Answer{Question: q.name, Choice: best})
			target -= choiceScore(best)
		}
	}
	require.Zero(t, target, "the questionnaire cannot make the score")
	return out
}

// TestLevelsAndRounding checks the boundaries and the rounding by hand:
// levels end at 41.75, 83.5 and 125.25 (25/50/75% of 167); with the
// mitigation score at 62 (≥ 61.6) the raw score loses 15%, rounded halves
// up as JavaScript's Math.round: 30 → 25.5 → 26, 49 → 41.65 → 42 (level
// II: the reduction does not always lower the level), 50 → 42.5 → 43,
// 98 → 83.3 → 83; at 61 (< 61.6) nothing is taken off.
func TestLevelsAndRounding(t *testing.T) {
	cases := []struct {
		raw, mitigation, final, level int
	}{
		{41, 0, 41, 1}, {42, 0, 42, 2}, {83, 0, 83, 2}, {84, 0, 84, 3}, {125, 0, 125, 3}, {126, 0, 126, 4},
		{30, 62, 26, 1}, {49, 62, 42, 2}, {50, 62, 43, 2}, {98, 62, 83, 2}, {98, 61, 98, 3}, {167, 77, 142, 4},
	}
	for _, c := range cases {
		answers := append(answersWorth(t, scoreRaw, c.raw), answersWorth(t, scoreMitigation, c.mitigation)...)
		s := Compute(answers)
		assert.Equal(t, c.raw, s.Raw)
		assert.Equal(t, c.mitigation, s.Mitigation)
		assert.Equal(t, c.final, s.Final, "raw %d, mitigation %d", c.raw, c.mitigation)
		assert.Equal(t, c.level, s.Level, "raw %d, mitigation %d", c.raw, c.mitigation)
		assert.Equal(t, c.mitigation >= 62, s.Reduced)
	}
}

// TestOlderFile: an aboutSystem1 answer "item6-1" is "item6" (score 0,
// not 1) and impact4 moves to decisionSector3, replacing its answer, as
// the AIA tool does. Raw: impact9 item2-2 → 2; level I.
func TestOlderFile(t *testing.T) {
	rec := read(t, "older.json")
	a, ok := rec.Answer("aboutSystem1")
	require.True(t, ok)
	assert.Equal(t, []string{"item2", "item6"}, a.Choices)
	d, ok := rec.Answer("decisionSector3")
	require.True(t, ok)
	assert.Equal(t, "Renews fishing licences that meet every condition.", d.Text)
	assert.Equal(t, "/data/impact4", d.Pointer)
	_, ok = rec.Answer("impact4")
	assert.False(t, ok)
	assert.Len(t, rec.Conversions, 2)
	s := Compute(rec.Answers)
	assert.Equal(t, 2, s.Raw)
	assert.Equal(t, 1, s.Level)
}

func TestBadFilesAreLocated(t *testing.T) {
	cases := map[string][]string{
		"empty.json":          {"testdata/empty.json:1:1: file is empty: expected the AIA tool's saved result (an object with version, data and translationsOnResult)"},
		"bad-not-object.json": {"testdata/bad-not-object.json:1:1: expected the AIA tool's saved result, an object with version, data and translationsOnResult; found list"},
		"bad-syntax.json":     {"testdata/bad-syntax.json:2:1: unexpected end of file, expected a quoted key"},
		"bad-no-data.json":    {"testdata/bad-no-data.json:1:1: there is no data: the AIA tool saves the answers under data"},
		"bad-answers.json": {
			`testdata/bad-answers.json:4:5: unknown question "impact66": it is not a question of the AIA questionnaire (did you mean impact6?)`,
			`testdata/bad-answers.json:5:16: "item9-9" is not a choice of impact6: the choices are item1-1, item2-2, item3-3, item4-4`,
			`testdata/bad-answers.json:6:24: decisionSector1 is a checkbox question: its answer must be a list of choices; found string`,
			`testdata/bad-answers.json:7:28: projectDetailsTitle is a text question: its answer must be text; found number`,
			`testdata/bad-answers.json:8:38: "item3-1" is chosen twice in aboutDataSource14`,
			`testdata/bad-answers.json:9:16: impact7 takes one choice, such as "item1-1"; found list`,
			`testdata/bad-answers.json:10:36: a choice of aboutAlgorithm3 must be text; found number`,
			`testdata/bad-answers.json:12:39: a translation must be text; found number`,
			`testdata/bad-answers.json:13:3: unknown key "savedBy": the AIA tool saves version, currentPage, data and translationsOnResult`,
		},
	}
	for name, want := range cases {
		path := "testdata/" + name
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		_, err = Read(path, data)
		var ve *schema.ValidationError
		require.ErrorAs(t, err, &ve, name)
		assert.Equal(t, strings.Join(want, "\n"), ve.Error(), name)
	}
	_, err := Read("testdata/bad-answers.json", mustRead(t, "testdata/bad-answers.json"))
	var ve *schema.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "/data/impact66", ve.Problems[0].Pointer)
	assert.Equal(t, "/data/aboutDataSource14/1", ve.Problems[4].Pointer)
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return data
}

// describe drafts the description of a test file and loads it back as a
// dria description, which must be valid.
func describe(t *testing.T, name string) (*Description, *source.Node) {
	t.Helper()
	d, err := Describe(read(t, name))
	require.NoError(t, err)
	docs, err := schema.LoadDescriptions(name+".yaml", d.YAML)
	require.NoError(t, err, "%s", d.YAML)
	require.Len(t, docs, 1)
	return d, docs[0].Root
}

func value(t *testing.T, root *source.Node, pointer string) any {
	t.Helper()
	n, _, ok := root.Resolve(pointer)
	if !ok {
		return nil
	}
	return n.Interface()
}

// TestDescribeImplementation checks every mapped question of
// testdata/implementation.json.
func TestDescribeImplementation(t *testing.T) {
	d, root := describe(t, "implementation.json")
	want := map[string]any{
		"/metadata/name":                           "benefit-eligibility-triage",
		"/metadata/title":                          "Benefit Eligibility Triage",
		"/metadata/owner":                          "Government of Canada",
		"/metadata/description":                    "Sorts applications for a disability benefit into a fast lane and a review lane.",
		"/spec/context/role":                       "deployer",
		"/spec/context/sector":                     "public",
		"/spec/context/jurisdictions":              []any{"CA"},
		"/spec/context/lifecycle":                  "production",
		"/spec/context/purpose":                    "Whether an application for the disability benefit can be approved without an officer's review.",
		"/spec/context/domains":                    []any{"social-benefits", "migration-border"},
		"/spec/scope/personalData":                 true,
		"/spec/scope/decisionsAboutPeople":         true,
		"/spec/decisions/automation":               "partial",
		"/spec/decisions/legalEffect":              true,
		"/spec/decisions/humanReview/available":    true,
		"/spec/decisions/humanReview/trained":      false,
		"/spec/decisions/humanReview/status":       "claimed",
		"/spec/decisions/methods":                  []any{"eligibility-rules", "machine-learning"},
		"/spec/decisions/reversibility":            "hard-to-reverse",
		"/spec/decisions/explanation/provided":     true,
		"/spec/ai/used":                            true,
		"/spec/ai/biasTesting/performed":           true,
		"/spec/ai/biasTesting/status":              "claimed",
		"/spec/data/minimisation":                  true,
		"/spec/data/sources":                       []any{"public-authority", "data-linkage"},
		"/spec/data/sharing/0/type":                "other-public-body",
		"/spec/data/sharing/1/type":                "commercial",
		"/spec/accountability/impactAssessments/0": map[string]any{"type": "aia", "status": "claimed", "consulted": []any{"affected-groups", "civil-society", "experts"}},
		"/spec/accountability/impactAssessments/1": map[string]any{"type": "dpia", "status": "claimed"},
		"/spec/accountability/appeal/available":    true,
		"/spec/accountability/grievance/available": true,
		"/spec/transparency/noticeToAffected":      true,
		"/spec/transparency/sourceCode":            "open",
		"/spec/security/accessControl":             true,
		"/spec/accessibility/wcag":                 "2.1-AA",
		"/spec/provenance/source/kind":             "canada-aia",
		"/spec/provenance/source/recordId":         "AIA-2026-014",
		"/spec/provenance/source/version":          "v0.11.0",
	}
	for ptr, v := range want {
		assert.Equal(t, v, value(t, root, ptr), ptr)
	}
	// Every imported field names its question, in the YAML and in
	// spec.provenance.fields.
	fields := value(t, root, "/spec/provenance/fields").([]any)
	assert.Len(t, fields, len(d.Fields))
	for _, f := range d.Fields {
		if strings.HasPrefix(f.Field, "/spec/provenance") {
			continue
		}
		_, _, ok := root.Resolve(f.Field)
		assert.True(t, ok, "%s is recorded but not written", f.Field)
		assert.NotEmpty(t, f.From, f.Field)
	}
	for ptr := range want {
		if !strings.HasPrefix(ptr, "/spec/provenance") {
			assert.True(t, hasField(d, ptr), "%s has no provenance", ptr)
		}
	}
	assert.Contains(t, string(d.YAML), "reversibility: hard-to-reverse # AIA impact6: item3-3\n")
	assert.Contains(t, string(d.YAML), "domains: [social-benefits, migration-border] # AIA decisionSector1: item3-1, item4-1\n")
}

func hasField(d *Description, ptr string) bool {
	for _, f := range d.Fields {
		if f.Field == ptr || strings.HasPrefix(ptr, f.Field+"/") {
			return true
		}
	}
	return false
}

// TestDescribeDesign: at the design phase a promised safeguard ("will
// you ...? yes") is not written; a "no" is.
func TestDescribeDesign(t *testing.T) {
	_, root := describe(t, "design.json")
	want := map[string]any{
		"/spec/context/lifecycle":                  "design",
		"/spec/context/role":                       "provider-and-deployer",
		"/spec/context/domains":                    []any{"health", "law-enforcement"},
		"/spec/decisions/automation":               "full",
		"/spec/decisions/reversibility":            "irreversible",
		"/spec/decisions/methods":                  []any{"machine-learning"},
		"/spec/decisions/explanation/provided":     nil, // fairnessDesign10 yes: a promise
		"/spec/decisions/humanReview/available":    nil, // full automation says nothing of review
		"/spec/decisions/humanReview/trained":      false,
		"/spec/accountability/appeal/available":    false,
		"/spec/accountability/grievance":           nil, // fairnessDesign21: promises
		"/spec/accountability/impactAssessments/1": nil, // privacyDesign1 no: no PIA
		"/spec/scope/personalData":                 false,
		"/spec/data/categories":                    []any{},
		"/spec/data/sources":                       []any{"sensors"},
		"/spec/ai/used":                            true,
		"/spec/ai/biasTesting/performed":           false,
		"/spec/security/accessControl":             false,
		"/spec/transparency/sourceCode":            "closed",
		"/spec/accessibility":                      nil, // aboutSystem8 no: not stated
	}
	for ptr, v := range want {
		assert.Equal(t, v, value(t, root, ptr), ptr)
	}
}

// TestRecomputeFromDescription: the answers an imported description
// keeps give the same AIA result as the file itself.
func TestRecomputeFromDescription(t *testing.T) {
	for _, name := range []string{"implementation.json", "design.json", "older.json", "hostile.json"} {
		d, root := describe(t, name)
		got, problems := FromDescription(name, root)
		require.Empty(t, problems, name)
		require.NotNil(t, got, name)
		assert.Equal(t, d.Score, *got, name)
	}
	got, problems := FromDescription("x", (&source.Node{Kind: source.Object}))
	assert.Nil(t, got)
	assert.Empty(t, problems)
}

func TestRecomputeProblemsAreLocated(t *testing.T) {
	path := "testdata/bad-description.yaml"
	docs, err := schema.LoadDescriptions(path, mustRead(t, path))
	require.NoError(t, err)
	got, problems := FromDescription(path, docs[0].Root)
	assert.Nil(t, got)
	assert.Equal(t, strings.Join([]string{
		path + ":12:22: the AIA question impact6 is listed twice",
		path + `:13:22: unknown AIA question "impact99": it is not a question of the AIA questionnaire`,
		path + `:14:39: "item7-7" is not a choice of impact7: the choices are item1-1, item2-2, item3-3, item4-4`,
		path + ":15:39: the AIA question decisionSector1 is answered with choices, not choice",
		path + ":17:48: the AIA question impact9 is answered with choice, not text",
		path + ":18:11: the AIA question impact28 has no answer: give its choice",
	}, "\n"), (&schema.ValidationError{Problems: problems}).Error())
	assert.Equal(t, "/spec/provenance/canadaAIA/answers/1/question", problems[0].Pointer)
}

// TestHostileText: control and formatting characters in answers are
// escaped, never written raw, and the description stays valid.
func TestHostileText(t *testing.T) {
	d, root := describe(t, "hostile.json")
	title := value(t, root, "/metadata/title").(string)
	assert.Equal(t, `Triage \x1b[31mred\x1b[0m \u202eevil\u2028next`, title)
	assert.Equal(t, "line one\nline two\\u0085three\\x00", value(t, root, "/metadata/description"))
	assert.Equal(t, `v0.11.0\x1b[2J`, value(t, root, "/spec/provenance/source/version"))
	for _, r := range string(d.YAML) {
		assert.False(t, r < 0x20 && r != '\n', "control character %U in the YAML", r)
		assert.NotContains(t, []rune{0x85, 0x2028, 0x2029, 0x202e}, r)
	}
}

func TestDescribeIsDeterministic(t *testing.T) {
	a, _ := describe(t, "design.json")
	b, _ := describe(t, "design.json")
	assert.Equal(t, a.YAML, b.YAML)
}

func TestChoiceScore(t *testing.T) {
	for v, want := range map[string]int{"item3-2": 2, "item6": 0, "item1-0": 0, "item2-4": 4, "a-b-3": 3, "item-x": 0, "": 0} {
		assert.Equal(t, want, choiceScore(v), v)
	}
}
