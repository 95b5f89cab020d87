package rules_test

import (
	"context"
	"fmt"

	"github.com/dria-project/dria/rules"
)

// Load the built-in rules and look at one of them.
func ExampleLoad() {
	set, err := rules.Load(context.Background())
	if err != nil {
		panic(err)
	}
	for _, r := range set.Rules() {
		if r.ID == "DRIA-DEC-001" {
			fmt.Println(r.Title)
			fmt.Println(r.Severity, r.Rights, r.References[0])
		}
	}
	// Output:
	// Solely automated decisions with legal or similarly significant effects and no effective human review
	// high [fair-trial remedy] GDPR Art 22
}

// A rule pack that reaches for the network is refused when it loads, with
// the file and line of the call.
func ExampleLoad_sandbox() {
	_, err := rules.Load(context.Background(), rules.WithDir("../cmd/dria/testdata/hostile/refused"))
	fmt.Println(err)
	// Output:
	// ../cmd/dria/testdata/hostile/refused/rule.rego:15:10: calls http.send, which dria refuses: it reaches the network; rules see only the description
}
