package schema

import (
	"os"
	"testing"
)

func BenchmarkLoadDescriptions(b *testing.B) {
	data, err := os.ReadFile("../examples/systems/welfare-risk-scoring.yaml")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ValidatorFor(Description); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadDescriptions("welfare-risk-scoring.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
