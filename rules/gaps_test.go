package rules

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// emptySpec is a description that states nothing about the system.
const emptySpec = `{"apiVersion":"dria/v1","kind":"System","metadata":{"name":"x"},"spec":{}}`

// engineFinding and engineResult are the parts of data.dria.main this
// test reads.
type engineFinding struct {
	RuleID   string   `json:"ruleId"`
	Category string   `json:"category"`
	Message  string   `json:"message"`
	Paths    []string `json:"paths"`
}

type engineResult struct {
	Findings      []engineFinding `json:"findings"`
	Passed        []string        `json:"passed"`
	NotApplicable []string        `json:"notApplicable"`
	Errors        []string        `json:"errors"`
}

// evalMain evaluates the policy's entry point, data.dria.main, on one
// description.
func evalMain(ctx context.Context, t *testing.T, set *Set, description string) engineResult {
	t.Helper()
	var input any
	require.NoError(t, json.Unmarshal([]byte(description), &input))
	q, err := rego.New(rego.Compiler(set.Compiler()), rego.Query("data.dria.main"), rego.StrictBuiltinErrors(true)).PrepareForEval(ctx)
	require.NoError(t, err)
	rs, err := q.Eval(ctx, rego.EvalInput(input))
	require.NoError(t, err)
	require.Len(t, rs, 1, "data.dria.main is defined")
	raw, err := json.Marshal(rs[0].Expressions[0].Value)
	require.NoError(t, err)
	var out engineResult
	require.NoError(t, json.Unmarshal(raw, &out))
	return out
}

// TestEveryGapRuleFiresOnAnEmptySpec holds the information-gap rules to
// their purpose: a description that states nothing is full of gaps, never
// compliant. Each rule of category information-gap, read from the built-in
// set (so a new one is covered without editing this test), must report a
// finding with a message and evidence paths; only a rule that defines
// applies may instead be listed as not applicable, and no gap rule may
// pass.
func TestEveryGapRuleFiresOnAnEmptySpec(t *testing.T) {
	ctx := context.Background()
	set, err := Load(ctx)
	require.NoError(t, err)
	var gaps []Rule
	for _, r := range set.Rules() {
		if r.Category == "information-gap" {
			gaps = append(gaps, r)
		}
	}
	require.NotEmpty(t, gaps, "the built-in set has information-gap rules")

	out := evalMain(ctx, t, set, emptySpec)
	assert.Empty(t, out.Errors)
	unconditional := 0
	for _, r := range gaps {
		t.Run(r.ID, func(t *testing.T) {
			if slices.Contains(out.Passed, r.ID) {
				t.Errorf("%s (%s) passes a description that states nothing", r.ID, r.File)
			}
			i := slices.IndexFunc(out.Findings, func(f engineFinding) bool { return f.RuleID == r.ID })
			if i < 0 {
				if !r.Conditional {
					t.Errorf("%s (%s) has no applies and yet does not fire on an empty spec", r.ID, r.File)
				} else if !slices.Contains(out.NotApplicable, r.ID) {
					t.Errorf("%s (%s) neither fires on an empty spec nor is listed as not applicable", r.ID, r.File)
				}
				return
			}
			f := out.Findings[i]
			assert.Equal(t, "information-gap", f.Category)
			assert.NotEmpty(t, f.Message)
			assert.NotEmpty(t, f.Paths, "%s points at the fields that are missing", r.ID)
		})
		if !r.Conditional {
			unconditional++
		}
	}
	assert.Positive(t, unconditional, "some gap rules apply to every description")
}
