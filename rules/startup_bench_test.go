package rules

import (
	"context"
	"testing"
)

// BenchmarkLoad loads the built-in set as the command does at every start.
// go test -run X -bench Load -cpuprofile cpu.out ./rules/ shows where the
// time goes (docs/performance.md).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadFullyChecked loads the same set with every check the
// start-up leaves to the tests, for comparison.
func BenchmarkLoadFullyChecked(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(context.Background(), config{builtins: true, fullChecks: true}); err != nil {
			b.Fatal(err)
		}
	}
}
