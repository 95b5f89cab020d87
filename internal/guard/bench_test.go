package guard

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/stretchr/testify/require"
)

// benchmarkCalls evaluates a rule making typical guarded calls (the kind
// dria's rules make for every finding), with or without limits.
func benchmarkCalls(b *testing.B, guarded bool) {
	const module = `package t

x := [m |
	some i in numbers.range(1, 100)
	names := [sprintf("group %d", [i]), "migrants", "children"]
	m := sprintf("%s affects %s (%d%%)", [concat(", ", names), replace("300,000 people", ",", ""), (i * 3) + 1])
]
`
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	if guarded {
		ctx = With(ctx, LimitsFor(512<<20, 5e9), cancel)
	}
	q, err := rego.New(rego.Query("data.t.x"), rego.Module("t.rego", module)).PrepareForEval(ctx)
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := q.Eval(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCallsUnguarded(b *testing.B) { benchmarkCalls(b, false) }
func BenchmarkCallsGuarded(b *testing.B)   { benchmarkCalls(b, true) }
