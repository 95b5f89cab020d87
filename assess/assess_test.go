package assess_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/report"
	"github.com/dria-project/dria/schema"
)

var fixedClock = func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }

var (
	sharedOnce sync.Once
	shared     *assess.Assessor
	sharedErr  error
)

// assessor returns one Assessor shared by the tests, as a program would.
func assessor(t testing.TB) *assess.Assessor {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = assess.New(context.Background(), assess.WithClock(fixedClock)) })
	require.NoError(t, sharedErr)
	return shared
}

func exampleInputs(t testing.TB) []assess.Input {
	t.Helper()
	files, err := filepath.Glob("../examples/systems/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var out []assess.Input
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		out = append(out, assess.Input{Path: f, Data: data})
	}
	return out
}

const emptySpec = "apiVersion: dria/v1\nkind: System\nmetadata: {name: empty, title: Empty}\nspec: {}\n"

func TestEmptySpecIsHighRiskAndFullOfGaps(t *testing.T) {
	rep, err := assessor(t).Assess(context.Background(), assess.Input{Path: "empty.yaml", Data: []byte(emptySpec)})
	require.NoError(t, err)
	a := rep.Assessments[0]
	assert.Contains(t, []string{"high", "critical"}, a.Summary.InherentRisk)
	assert.GreaterOrEqual(t, a.Summary.InformationGaps, 5)
	gaps := 0
	for _, f := range a.Findings {
		if f.Category == "information-gap" {
			gaps++
			require.NotEmpty(t, f.Evidence, f.RuleID)
			assert.Equal(t, 4, f.Evidence[0].Line, "absent fields are located at their nearest parent, spec")
			require.NotNil(t, f.Evidence[0].FoundAt)
			assert.Equal(t, "/spec", *f.Evidence[0].FoundAt)
		}
	}
	assert.GreaterOrEqual(t, gaps, 5)
	assert.NotEqual(t, "I", a.Summary.ImpactLevel)
}

func TestReportIsDeterministic(t *testing.T) {
	a := assessor(t)
	inputs := exampleInputs(t)
	render := func() []byte {
		rep, err := a.AssessBatch(context.Background(), inputs)
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, report.JSON(&buf, rep))
		return buf.Bytes()
	}
	first := render()
	for range 3 {
		assert.Equal(t, string(first), string(render()))
	}
	other, err := assess.New(context.Background(), assess.WithClock(fixedClock))
	require.NoError(t, err)
	rep, err := other.AssessBatch(context.Background(), inputs)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, report.JSON(&buf, rep))
	assert.Equal(t, string(first), buf.String(), "a second Assessor gives the same bytes")
}

// Findings share the rule set's texts but not its lists: a caller that
// changes a finding's rights or references changes neither another
// finding, nor the next assessment, nor the rules.
func TestChangingAFindingChangesNoOtherReport(t *testing.T) {
	a, err := assess.New(context.Background(), assess.WithClock(fixedClock))
	require.NoError(t, err)
	in := assess.Input{Path: "empty.yaml", Data: []byte(emptySpec)}
	render := func(r *assess.Report) string {
		var buf bytes.Buffer
		require.NoError(t, report.JSON(&buf, r))
		return buf.String()
	}
	first, err := a.Assess(context.Background(), in)
	require.NoError(t, err)
	want := render(first)
	rulesBefore := a.Rules()
	for i := range first.Assessments[0].Findings {
		f := &first.Assessments[0].Findings[i]
		require.NotEmpty(t, f.Rights, f.RuleID)
		f.Rights[0] = "changed"
		f.Rights = append(f.Rights, "added")
		if len(f.References) > 0 {
			f.References[0].Framework = "changed"
		}
	}
	again, err := a.Assess(context.Background(), in)
	require.NoError(t, err)
	assert.Equal(t, want, render(again), "the next assessment is as before")
	assert.Equal(t, rulesBefore, a.Rules(), "the rules are as before")
	got := a.Rules()
	got[0].Rights[0] = "changed"
	assert.Equal(t, rulesBefore, a.Rules(), "changing the returned rules changes nothing either")
}

func TestReportValidatesAgainstReportSchema(t *testing.T) {
	rep, err := assessor(t).AssessBatch(context.Background(), append(exampleInputs(t), assess.Input{Path: "empty.yaml", Data: []byte(emptySpec)}))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, report.JSON(&buf, rep))
	_, err = schema.Load(schema.Report, "report.json", buf.Bytes())
	require.NoError(t, err)
}

func TestConcurrentAssess(t *testing.T) {
	a := assessor(t)
	inputs := exampleInputs(t)
	asJSON := func(r *assess.Report) string {
		var buf bytes.Buffer
		if err := report.JSON(&buf, r); err != nil {
			return err.Error()
		}
		return buf.String()
	}
	want := make([]string, len(inputs))
	for i, in := range inputs {
		r, err := a.Assess(context.Background(), in)
		require.NoError(t, err)
		want[i] = asJSON(r)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Go(func() {
			for i := range inputs {
				in := inputs[(i+g)%len(inputs)]
				r, err := a.Assess(context.Background(), in)
				if err != nil {
					errs <- err
					return
				}
				if asJSON(r) != want[(i+g)%len(inputs)] {
					errs <- fmt.Errorf("%s: result differs under concurrency", in.Path)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestBatchKeepsOrderAndOtherResults(t *testing.T) {
	a := assessor(t)
	inputs := exampleInputs(t)
	bad := assess.Input{Path: "bad.yaml", Data: []byte("apiVersion: dria/v1\nkind: System\nmetadata: {name: bad, title: Bad}\nspec: {data: {retentonDays: 3}}\n")}
	mixed := append([]assess.Input{inputs[0], bad}, inputs[1:]...)
	rep, err := a.AssessBatch(context.Background(), mixed)
	var be *assess.BatchError
	require.True(t, errors.As(err, &be))
	require.Len(t, be.Failures, 1)
	assert.Equal(t, "bad.yaml", be.Failures[0].Path)
	var ve *schema.ValidationError
	require.True(t, errors.As(err, &ve))
	assert.Equal(t, `bad.yaml:4:15: unknown key "retentonDays" in spec.data; did you mean "retentionDays"?`, ve.Problems[0].String())
	require.Len(t, rep.Assessments, len(inputs))
	for i, as := range rep.Assessments {
		assert.Equal(t, inputs[i].Path, as.Source.Path, "input order is kept")
	}
}

func TestBatchRefusesDuplicateSystemNames(t *testing.T) {
	in := assess.Input{Path: "a.yaml", Data: []byte(emptySpec)}
	dup := assess.Input{Path: "b.yaml", Data: []byte(emptySpec)}
	rep, err := assessor(t).AssessBatch(context.Background(), []assess.Input{in, dup})
	require.Error(t, err)
	assert.EqualError(t, err, `b.yaml:3:18: metadata.name "empty" is already used by a.yaml; each system in a batch needs its own name`)
	assert.Len(t, rep.Assessments, 1)
}

func TestMultiDocumentFile(t *testing.T) {
	two := emptySpec + "---\n" + strings.Replace(emptySpec, "name: empty", "name: other", 1)
	rep, err := assessor(t).Assess(context.Background(), assess.Input{Path: "two.yaml", Data: []byte(two)})
	require.NoError(t, err)
	require.Len(t, rep.Assessments, 2)
	assert.Equal(t, 1, rep.Assessments[0].Source.Document)
	assert.Equal(t, "other", rep.Assessments[1].System.Name)
	assert.Equal(t, 2, rep.Assessments[1].Source.Document)
}

func TestDeadlineStopsARuleThatRunsForever(t *testing.T) {
	a, err := assess.New(context.Background(), assess.WithRules("testdata/looping"), assess.WithTimeout(200*time.Millisecond))
	require.NoError(t, err)
	_, err = a.Assess(context.Background(), assess.Input{Path: "empty.yaml", Data: []byte(emptySpec)})
	var ee *assess.EvalError
	require.True(t, errors.As(err, &ee), "%v", err)
	assert.Equal(t, 200*time.Millisecond, ee.Deadline)
	assert.Equal(t, "empty.yaml: rule evaluation did not finish within the 200ms deadline (a rule may loop or build a huge value)", err.Error())
}

func TestCallerCancellationIsNotADeadline(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := assessor(t).Assess(ctx, assess.Input{Path: "empty.yaml", Data: []byte(emptySpec)})
	assert.ErrorIs(t, err, context.Canceled)
}

func TestOptionsValidateThemselves(t *testing.T) {
	for name, opt := range map[string]assess.Option{
		"assess: timeout must be positive, got 0s":      assess.WithTimeout(0),
		"assess: WithClock needs a clock":               assess.WithClock(nil),
		"assess: WithRules needs a directory or bundle": assess.WithRules(""),
		"assess: workers must be positive, got -1":      assess.WithWorkers(-1),
		"assess: WithLogger needs a logger":             assess.WithLogger(nil),
		"assess: WithRuleSet needs a rule set":          assess.WithRuleSet(nil),
	} {
		_, err := assess.New(context.Background(), opt)
		assert.EqualError(t, err, name)
	}
}

// A loaded rule set already holds its packs and disabled rules: rule
// options given with it would be silently ignored, so New refuses them,
// in either order.
func TestWithRuleSetRefusesRuleOptions(t *testing.T) {
	set := assessor(t).RuleSet()
	const msg = "assess: WithRuleSet takes a rule set already loaded with its packs and disabled rules; give WithRules, WithRulesFS and WithDisabled to rules.Load instead (as rules.WithPath, rules.WithFS, rules.WithDisabled)"
	for name, opts := range map[string][]assess.Option{
		"WithRules":       {assess.WithRuleSet(set), assess.WithRules("testdata/dates")},
		"WithRules first": {assess.WithRules("testdata/dates"), assess.WithRuleSet(set)},
		"WithRulesFS":     {assess.WithRuleSet(set), assess.WithRulesFS("pack", fstest.MapFS{})},
		"WithDisabled":    {assess.WithRuleSet(set), assess.WithDisabled("DRIA-DEC-001")},
	} {
		_, err := assess.New(context.Background(), opts...)
		assert.EqualError(t, err, msg, name)
	}
	a, err := assess.New(context.Background(), assess.WithRuleSet(set), assess.WithDisabled(), assess.WithClock(fixedClock))
	require.NoError(t, err)
	assert.Same(t, set, a.RuleSet(), "WithDisabled with no ids changes nothing and is accepted")
}

// WithMaxProblems bounds the problems of an invalid description, then says
// how many more there are; a negative number is refused.
func TestWithMaxProblems(t *testing.T) {
	data, err := os.ReadFile("testdata/invalid/five-unknown-keys.yaml")
	require.NoError(t, err)
	in := assess.Input{Path: "five-unknown-keys.yaml", Data: data}
	problems := func(opts ...assess.Option) []string {
		a, err := assess.New(context.Background(), append(opts, assess.WithRuleSet(assessor(t).RuleSet()))...)
		require.NoError(t, err)
		_, err = a.Assess(context.Background(), in)
		var ve *schema.ValidationError
		require.ErrorAs(t, err, &ve)
		out := make([]string, len(ve.Problems))
		for i, p := range ve.Problems {
			out[i] = p.String()
		}
		return out
	}
	all := []string{
		`five-unknown-keys.yaml:6:5: unknown key "retentonDays" in spec.data; did you mean "retentionDays"?`,
		`five-unknown-keys.yaml:7:5: unknown key "categorys" in spec.data; did you mean "categories"?`,
		`five-unknown-keys.yaml:8:3: unknown key "decisons" in spec; did you mean "decisions"?`,
		`five-unknown-keys.yaml:9:3: unknown key "afected" in spec; did you mean "affected"?`,
		`five-unknown-keys.yaml:10:3: unknown key "transparancy" in spec; did you mean "transparency"?`,
	}
	assert.Equal(t, all, problems(), "the default lists every problem of a small file")
	assert.Equal(t, all, problems(assess.WithMaxProblems(0)), "0 keeps the default")
	assert.Equal(t, append(all[:2:2], "five-unknown-keys.yaml:8:3: and 3 more problems in this file"), problems(assess.WithMaxProblems(2)))
	assert.Equal(t, append(all[:4:4], "five-unknown-keys.yaml:10:3: and 1 more problem in this file"), problems(assess.WithMaxProblems(4)))
	_, err = assess.New(context.Background(), assess.WithMaxProblems(-1))
	assert.EqualError(t, err, "assess: maximum number of problems must not be negative, got -1")
}

func TestInvalidDescriptionIsAValidationError(t *testing.T) {
	_, err := assessor(t).Assess(context.Background(), assess.Input{Path: "x.json", Data: []byte(`{"apiVersion": 1}`)})
	var ve *schema.ValidationError
	require.True(t, errors.As(err, &ve))
	assert.Contains(t, ve.Error(), "x.json:1:16: apiVersion must be text (a string), got the whole number 1")
}
