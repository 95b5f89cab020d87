package assess_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/schema"
)

// Build an Assessor once and assess a description; the clock makes the
// result reproducible.
func ExampleAssessor_Assess() {
	ctx := context.Background()
	a, err := assess.New(ctx, assess.WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }))
	if err != nil {
		panic(err)
	}
	data, err := os.ReadFile("../examples/systems/welfare-risk-scoring.yaml")
	if err != nil {
		panic(err)
	}
	rep, err := a.Assess(ctx, assess.Input{Path: "welfare-risk-scoring.yaml", Data: data})
	if err != nil {
		panic(err)
	}
	s := rep.Assessments[0].Summary
	fmt.Println("impact level:", s.ImpactLevel)
	fmt.Println("inherent risk:", s.InherentRisk)
	fmt.Println("critical findings:", s.Counts.Critical > 0)
	// Output:
	// impact level: IV
	// inherent risk: critical
	// critical findings: true
}

// An invalid description comes back as a *schema.ValidationError that lists
// every problem with its place.
func ExampleAssessor_Assess_invalid() {
	ctx := context.Background()
	a, err := assess.New(ctx)
	if err != nil {
		panic(err)
	}
	desc := `apiVersion: dria/v1
kind: System
metadata: {name: typo, title: A typo}
spec:
  data:
    retentonDays: 30
`
	_, err = a.Assess(ctx, assess.Input{Path: "typo.yaml", Data: []byte(desc)})
	var invalid *schema.ValidationError
	if errors.As(err, &invalid) {
		for _, p := range invalid.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// typo.yaml:6:5: unknown key "retentonDays" in spec.data; did you mean "retentionDays"?
}

// AssessBatch assesses many files on all cores and keeps their order; a
// file that fails is reported without losing the others.
func ExampleAssessor_AssessBatch() {
	ctx := context.Background()
	a, err := assess.New(ctx)
	if err != nil {
		panic(err)
	}
	var inputs []assess.Input
	for _, name := range []string{"participatory-budgeting.yaml", "live-facial-recognition.yaml"} {
		data, err := os.ReadFile("../examples/systems/" + name)
		if err != nil {
			panic(err)
		}
		inputs = append(inputs, assess.Input{Path: name, Data: data})
	}
	inputs = append(inputs, assess.Input{Path: "broken.yaml", Data: []byte("spec: [")})
	rep, err := a.AssessBatch(ctx, inputs)
	for _, as := range rep.Assessments {
		fmt.Printf("%s: impact level %s\n", as.System.Name, as.Summary.ImpactLevel)
	}
	fmt.Println(err)
	// Output:
	// participatory-budgeting: impact level I
	// live-facial-recognition: impact level IV
	// broken.yaml:1:1: YAML syntax error: did not find expected node content
}
