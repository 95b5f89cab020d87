package assess_test

import (
	"context"
	"testing"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

func BenchmarkAssess(b *testing.B) {
	a := assessor(b)
	in := exampleInputs(b)[0]
	for _, x := range exampleInputs(b) {
		if x.Path == "../examples/systems/welfare-risk-scoring.yaml" {
			in = x
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Assess(context.Background(), in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAssessBatch(b *testing.B) {
	a := assessor(b)
	inputs := exampleInputs(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.AssessBatch(context.Background(), inputs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(inputs)), "ns/system")
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assess.New(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRulesLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rules.Load(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
