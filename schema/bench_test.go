package schema

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
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

func bigDescription(n int) []byte {
	var b strings.Builder
	b.WriteString("apiVersion: dria/v1\nkind: System\nmetadata: {name: big, title: Big}\nspec:\n  components:\n")
	for i := range n {
		fmt.Fprintf(&b, "    - name: component-%05d\n      kind: service\n      provider: Vendor %d\n      location: NL\n      dataCategories: [identity, financial]\n", i, i%17)
	}
	return []byte(b.String())
}

func BenchmarkLoadDescriptions1000Components(b *testing.B) {
	data := bigDescription(1000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadDescriptions("big.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadDescriptions1000ComponentsJSON(b *testing.B) {
	docs, err := LoadDescriptions("big.yaml", bigDescription(1000))
	if err != nil {
		b.Fatal(err)
	}
	data, err := json.Marshal(docs[0].Root.Interface())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadDescriptions("big.json", data); err != nil {
			b.Fatal(err)
		}
	}
}
