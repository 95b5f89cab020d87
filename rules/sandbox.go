package rules

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// refusedPrefixes name the builtins (and families of builtins) that reach
// outside the input: the network, the process environment, the clock and
// randomness. Rules that call them are refused when they load.
var refusedPrefixes = []string{"http.", "net.", "rand.", "uuid.", "opa.runtime", "time.now_ns", "providers."}

// clockBuiltin is kept in the engine's capabilities: the trusted library
// reads the assessment date from the evaluation clock, which the host sets.
const clockBuiltin = "time.now_ns"

// isRefused reports whether a rule may not call the builtin.
func isRefused(b *ast.Builtin) bool {
	if b.Nondeterministic {
		return true
	}
	for _, p := range refusedPrefixes {
		if b.Name == p || strings.HasPrefix(b.Name, p) {
			return true
		}
	}
	return false
}

var (
	sandboxOnce  sync.Once
	refused      map[string]bool
	capabilities *ast.Capabilities
)

func sandbox() (map[string]bool, *ast.Capabilities) {
	sandboxOnce.Do(func() {
		caps := ast.CapabilitiesForThisVersion()
		refused = map[string]bool{}
		var kept []*ast.Builtin
		for _, b := range caps.Builtins {
			if isRefused(b) {
				refused[b.Name] = true
				if b.Name != clockBuiltin {
					continue
				}
			}
			kept = append(kept, b)
		}
		caps.Builtins = kept
		caps.AllowNet = []string{}
		capabilities = caps
	})
	return refused, capabilities
}

// RefusedBuiltins lists, sorted, the builtins that rules may not call.
func RefusedBuiltins() []string {
	r, _ := sandbox()
	out := make([]string, 0, len(r))
	for name := range r {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

// checkSandbox reports every call in a rule module to a refused builtin.
func checkSandbox(m *ast.Module) []Problem {
	refusedSet, _ := sandbox()
	var out []Problem
	report := func(op ast.Ref, loc *ast.Location) {
		name := op.String()
		if !refusedSet[name] {
			return
		}
		p := Problem{Message: fmt.Sprintf("calls %s, which dria refuses: rules run sandboxed, without network, environment, wall clock or randomness (use data.dria.lib.today for the assessment date)", name)}
		if loc != nil {
			p.File, p.Line, p.Column = loc.File, loc.Row, loc.Col
		}
		out = append(out, p)
	}
	// Every mention of a builtin is a term holding its name as a ref: the
	// operator of a call, a call nested in a term, or the value of a with
	// statement that swaps one function for another. The target of a with
	// (`with time.now_ns as 0` in a test) replaces the builtin with a
	// value and calls nothing, so it is allowed.
	mocked := map[*ast.Term]bool{}
	ast.WalkWiths(m, func(w *ast.With) bool {
		mocked[w.Target] = true
		return false
	})
	ast.WalkTerms(m, func(t *ast.Term) bool {
		if ref, ok := t.Value.(ast.Ref); ok && !mocked[t] {
			report(ref, t.Location)
		}
		return false
	})
	return out
}
