package rules

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/version"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/internal/guard"
)

var updateSandbox = flag.Bool("update-sandbox", false, "rewrite testdata/sandbox/allowlist.golden from the sandbox's decisions")

const allowlistGolden = "testdata/sandbox/allowlist.golden"

// allowlist writes every builtin of this OPA version with dria's decision
// on it, and the reason for each refusal.
func allowlist() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# The builtins of OPA %s and whether dria's rules may call them.\n", version.Version)
	b.WriteString("# Reviewed by reading each implementation; see rules/sandbox.go and internal/guard.\n")
	b.WriteString("# An OPA upgrade changes this file: review every new or changed line, then\n")
	b.WriteString("# go test ./rules/ -run TestSandboxAllowlistIsReviewed -update-sandbox\n")
	counts := map[verdict]int{}
	var lines []string
	for _, bi := range ast.CapabilitiesForThisVersion().Builtins {
		d := decisionFor(bi.Name)
		counts[d.verdict]++
		line := fmt.Sprintf("%s\t%s", d.verdict, bi.Name)
		if d.verdict == refused {
			line += "\t" + d.reason
		}
		lines = append(lines, line)
	}
	slices.Sort(lines)
	fmt.Fprintf(&b, "# %d allowed, %d guarded, %d refused\n", counts[allowed], counts[guarded], counts[refused])
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return b.String()
}

// An OPA upgrade that adds, removes or changes a builtin fails here until
// someone reviews the difference and records a decision in sandbox.go.
func TestSandboxAllowlistIsReviewed(t *testing.T) {
	got := allowlist()
	if *updateSandbox {
		require.NoError(t, os.MkdirAll(filepath.Dir(allowlistGolden), 0o755))
		require.NoError(t, os.WriteFile(allowlistGolden, []byte(got), 0o644))
	}
	want, err := os.ReadFile(allowlistGolden)
	require.NoError(t, err)
	assert.Equal(t, string(want), got, "the builtins differ from the reviewed list: review them in rules/sandbox.go, then run with -update-sandbox")
}

// Every builtin of this OPA version has a decision, and every decision is
// about a builtin that exists, so none is left over from an older version.
func TestEveryBuiltinHasADecision(t *testing.T) {
	inOPA := map[string]bool{}
	for _, bi := range ast.CapabilitiesForThisVersion().Builtins {
		inOPA[bi.Name] = true
		_, reviewed := decisions[bi.Name]
		assert.True(t, reviewed, "%s has no decision in rules/sandbox.go", bi.Name)
	}
	for name := range decisions {
		assert.True(t, inOPA[name], "%s has a decision but this OPA version has no such builtin", name)
	}
	assert.Empty(t, guard.Missing(), "internal/guard wraps builtins this OPA version does not have")
}

// A builtin nobody has reviewed is refused, with a reason that says so.
func TestUnreviewedBuiltinIsRefused(t *testing.T) {
	d := decisionFor("future.builtin")
	assert.Equal(t, refused, d.verdict)
	assert.Equal(t, "it is new in this version of OPA and dria has not reviewed it for the sandbox yet", d.reason)
}

// The policy is compiled with exactly the builtins rules may call, and the
// clock for the trusted library.
func TestCapabilitiesHoldOnlyPermittedBuiltins(t *testing.T) {
	refusedSet, caps := sandbox()
	for _, bi := range caps.Builtins {
		if bi.Name == clockBuiltin {
			continue
		}
		assert.NotEqual(t, refused, decisionFor(bi.Name).verdict, bi.Name)
		assert.False(t, refusedSet[bi.Name], bi.Name)
	}
	assert.True(t, refusedSet["time.now_ns"])
	assert.True(t, refusedSet["http.send"])
	assert.Equal(t, []string{}, caps.AllowNet, "no host may be reached")
}
