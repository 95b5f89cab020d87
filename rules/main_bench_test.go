package rules_test

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/rules"
)

// BenchmarkEntryPoint measures what the host pays for data.dria.main (the
// engine's answer with valid: true, the input check left out of the host's
// policy) against the engine's answer itself, and what an OPA server pays
// for the input check: evaluating the bundle's check with the schema
// compiled for each query (no inter-query cache), on one example.
//
//	go test ./rules/ -run '^$' -bench EntryPoint
func BenchmarkEntryPoint(b *testing.B) {
	ctx := context.Background()
	set, err := rules.Load(ctx)
	require.NoError(b, err)
	input := parseUnchecked(b, "../examples/systems/welfare-risk-scoring.yaml")

	for _, query := range []string{"data.dria.engine.main", "data.dria.main"} {
		q, err := rego.New(rego.Compiler(set.Compiler()), rego.Store(inmem.New()), rego.Query(query)).PrepareForEval(ctx)
		require.NoError(b, err)
		b.Run(query, func(b *testing.B) {
			for b.Loop() {
				rs, err := q.Eval(ctx, rego.EvalInput(input))
				if err != nil || len(rs) != 1 {
					b.Fatal(err, rs)
				}
			}
		})
	}

	// The bundle's check alone, as a stock OPA evaluates it.
	check, err := os.ReadFile("engine/bundle/validate.rego")
	require.NoError(b, err)
	schema, err := os.ReadFile("../schema/description.draft-07.schema.json")
	require.NoError(b, err)
	var schemaDoc any
	require.NoError(b, json.Unmarshal(schema, &schemaDoc))
	store := inmem.NewFromObject(map[string]any{"dria": map[string]any{rules.InputSchemaKey: schemaDoc}})
	q, err := rego.New(rego.Module("validate.rego", string(check)), rego.Store(store), rego.Query("data.dria.engine.input_problems")).PrepareForEval(ctx)
	require.NoError(b, err)
	rs, err := q.Eval(ctx, rego.EvalInput(input))
	require.NoError(b, err)
	require.Equal(b, []any{}, rs[0].Expressions[0].Value, "the example is valid")
	b.Run("input check in the bundle", func(b *testing.B) {
		for b.Loop() {
			rs, err := q.Eval(ctx, rego.EvalInput(input))
			if err != nil || len(rs) != 1 {
				b.Fatal(err, rs)
			}
		}
	})
}
