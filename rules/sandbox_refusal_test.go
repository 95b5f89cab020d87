package rules_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/internal/guard"
	"github.com/dria-project/dria/rules"
)

func loadProblems(t *testing.T, opts ...rules.Option) []string {
	t.Helper()
	_, err := rules.Load(context.Background(), opts...)
	var le *rules.LoadError
	require.True(t, errors.As(err, &le), "%v", err)
	var out []string
	for _, p := range le.Problems {
		out = append(out, p.String())
	}
	return out
}

// Every builtin that would make findings depend on the machine, the
// moment or chance is refused when the rule loads, at its call, with the
// reason in words.
func TestOutsideWorldBuiltinsAreRefusedAtLoad(t *testing.T) {
	const f = "testdata/sandbox/clock/rule.rego"
	assert.Equal(t, []string{
		f + ":15:2: calls time.now_ns, which dria refuses: it reads the clock; use data.dria.lib.today, the assessment date the host sets",
		f + ":16:2: calls crypto.x509.parse_and_verify_certificates, which dria refuses: it checks certificates against the wall clock, so the same input gives other results once a certificate expires",
		f + ":17:2: calls io.jwt.decode_verify, which dria refuses: it checks the token's expiry against the clock; use data.dria.lib.today",
		f + ":18:2: calls uuid.rfc4122, which dria refuses: it returns random values, so the same description would give different findings",
		f + ":19:2: calls rand.intn, which dria refuses: it returns random values, so the same description would give different findings",
		f + ":20:2: calls opa.runtime, which dria refuses: it reads the process's environment and configuration",
		f + ":21:2: calls http.send, which dria refuses: it reaches the network; rules see only the description",
		f + ":22:2: calls net.lookup_ip_addr, which dria refuses: it asks the network's name service (DNS); rules see only the description",
		f + ":23:2: calls json.match_schema, which dria refuses: a schema's $ref can read a local file (file://) or fetch a URL",
	}, loadProblems(t, rules.WithoutBuiltins(), rules.WithDir("testdata/sandbox/clock")))
}

// graph.reachable_paths on a complete graph lists exponentially many paths
// in one call that never looks at the deadline: refused at load.
func TestExponentialGraphBuiltinIsRefusedAtLoad(t *testing.T) {
	assert.Equal(t, []string{
		"testdata/sandbox/graph/rule.rego:17:8: calls graph.reachable_paths, which dria refuses: it lists every path through a graph, exponentially many, and does not stop at the deadline",
	}, loadProblems(t, rules.WithoutBuiltins(), rules.WithDir("testdata/sandbox/graph")))
}

// A pack's test that asks one builtin call for gigabytes stops the test
// run with a clear error naming the test and the call, instead of ending
// the process.
func TestRuleTestAskingForGigabytesStopsTheRun(t *testing.T) {
	set, err := rules.Load(context.Background(), rules.WithoutBuiltins(), rules.WithTests(), rules.WithDir("testdata/sandbox/tests"))
	require.NoError(t, err)
	_, err = set.Test(context.Background(), rules.WithTestTimeout(time.Minute))
	var stopped *rules.TestStoppedError
	require.True(t, errors.As(err, &stopped), "%v", err)
	require.NotNil(t, stopped.Refused)
	assert.Equal(t, guard.Memory, stopped.Refused.Kind)
	assert.Equal(t, "rule test dria.rules.sandboxtest.tests_test.test_asks_for_gigabytes (testdata/sandbox/tests/rule_test.rego:9) stopped when it grew memory use past the limit of 512 MiB: concat (testdata/sandbox/tests/rule_test.rego:12:8) would join 400 strings into one of 3.7 GiB; one builtin call may build at most 128 MiB", err.Error())
}

// A test that loops fails at its deadline, with a message that says so;
// the other tests still run.
func TestLoopingRuleTestFailsAtItsDeadline(t *testing.T) {
	set, err := rules.Load(context.Background(), rules.WithoutBuiltins(), rules.WithTests(), rules.WithDir("testdata/sandbox/loop"))
	require.NoError(t, err)
	rep, err := set.Test(context.Background(), rules.WithTestTimeout(2*time.Second))
	require.NoError(t, err)
	outcome := map[string]string{}
	for _, c := range rep.Cases {
		outcome[c.Name] = c.Error
		if c.Passed {
			outcome[c.Name] = "passed"
		}
	}
	assert.Equal(t, map[string]string{
		"test_fires": "passed",
		"test_loops": "did not finish within the 2s deadline (the test may loop or build a huge value)",
	}, outcome)
	assert.False(t, rep.Passed())
}

func TestTestOptionsValidateThemselves(t *testing.T) {
	set, err := rules.Load(context.Background(), rules.WithoutBuiltins(), rules.WithTests(), rules.WithDir("testdata/sandbox/tests"))
	require.NoError(t, err)
	_, err = set.Test(context.Background(), rules.WithTestTimeout(0))
	assert.EqualError(t, err, "rules: test timeout must be positive, got 0s")
	_, err = set.Test(context.Background(), rules.WithTestMemoryLimit(1<<20))
	assert.EqualError(t, err, "rules: test memory limit must be at least 64 MiB, got 1048576 bytes")
}
