package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
)

// peakHeap runs f while sampling the Go heap and returns the largest
// value seen, in bytes.
func peakHeap(f func()) uint64 {
	var peak uint64
	var mu sync.Mutex
	done := make(chan struct{})
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			select {
			case <-done:
				return
			case <-time.After(2 * time.Millisecond):
				metrics.Read(sample)
				mu.Lock()
				peak = max(peak, sample[0].Value.Uint64())
				mu.Unlock()
			}
		}
	}()
	f()
	close(done)
	mu.Lock()
	defer mu.Unlock()
	return peak
}

const benign = "../../examples/systems/participatory-budgeting.yaml"

func TestHostileRulePacksEndWithExit3(t *testing.T) {
	cases := []struct {
		pack, args, want string
		// kind is why the report lists the file as not assessed; a pack
		// that does not load gives no report.
		kind assess.FailureKind
	}{
		{"loop", "--timeout=1s", "rule evaluation did not finish within the 1s deadline", assess.KindDeadline},
		{"hugeset", "--max-memory=64 --timeout=2m", "rule evaluation stopped when it grew memory use past the limit of 64 MiB", assess.KindMemory},
		{"recursion", "", "testdata/hostile/recursion/rule.rego:18:1: rule data.dria.rules.hostile.recursion.deep is recursive", ""},
		{"refused", "", "testdata/hostile/refused/rule.rego:15:10: calls http.send, which dria refuses", ""},
	}
	for _, c := range cases {
		t.Run(c.pack, func(t *testing.T) {
			args := []string{"assess", "--format", "json", "--rules", "testdata/hostile/" + c.pack}
			if c.args != "" {
				args = append(args, strings.Fields(c.args)...)
			}
			var r result
			peak := peakHeap(func() { r = dria(t, append(args, benign)...) })
			assert.Equal(t, 3, r.code, r.stderr)
			assert.Contains(t, r.stderr, c.want)
			if c.kind == "" {
				assert.Empty(t, r.stdout, "no report without rules")
			} else {
				assertUnassessed(t, r.stdout, benign, c.kind)
			}
			// Bounded: well under the machine, whatever the rule asks for.
			assert.Less(t, peak, uint64(1<<30), "peak heap %d MiB", peak>>20)
		})
	}
	assert.Equal(t, 2, dria(t, "assess", "--max-memory", "10", benign).code)
}

// One builtin call asking for gigabytes (concat, sprintf padding, a shift
// of bits) is refused before it allocates: exit 3 with the memory message
// naming the call, nothing written, and the process stays small.
func TestHostileSingleHugeAllocationsEndWithExit3(t *testing.T) {
	cases := []struct{ pack, want string }{
		{"concat", "rule evaluation stopped when it grew memory use past the limit of 512 MiB: concat (../../assess/testdata/hostile/concat/rule.rego:17:10) would join 400 strings into one of 3.7 GiB; one builtin call may build at most 128 MiB"},
		{"sprintf", "rule evaluation stopped when it grew memory use past the limit of 512 MiB: sprintf (../../assess/testdata/hostile/sprintf/rule.rego:17:8) would format 4,000 verbs into a string of 3.7 GiB"},
		{"shift", "rule evaluation stopped when it grew memory use past the limit of 512 MiB: bits.lsh (../../assess/testdata/hostile/shift/rule.rego:15:2) would make a number of about 10^12041200001, a text of 11.2 GiB"},
	}
	for _, c := range cases {
		t.Run(c.pack, func(t *testing.T) {
			var r result
			peak := peakHeap(func() {
				r = dria(t, "assess", "--format", "json", "--timeout", "1m", "--rules", "../../assess/testdata/hostile/"+c.pack, benign)
			})
			assert.Equal(t, 3, r.code, r.stderr)
			assert.Contains(t, r.stderr, c.want)
			assertUnassessed(t, r.stdout, benign, assess.KindMemory)
			assert.Less(t, peak, uint64(1<<30), "peak heap %d MiB", peak>>20)
		})
	}
}

// graph.reachable_paths on a complete graph would run for exponential time
// without looking at the deadline: refused when the pack loads.
func TestHostileExponentialBuiltinIsRefusedAtLoad(t *testing.T) {
	r := dria(t, "assess", "--format", "json", "--timeout", "1s", "--rules", "../../rules/testdata/sandbox/graph", benign)
	assert.Equal(t, 3, r.code, r.stderr)
	assert.Contains(t, r.stderr, "../../rules/testdata/sandbox/graph/rule.rego:17:8: calls graph.reachable_paths, which dria refuses: it lists every path through a graph, exponentially many, and does not stop at the deadline")
	assert.Empty(t, r.stdout)
}

// The same input and rules assessed with SOURCE_DATE_EPOCH a second apart
// give identical bytes, even with a pack that quotes every reading of the
// clock a rule can make.
func TestHostileClockReadingsDependOnTheDateOnly(t *testing.T) {
	assessAt := func(epoch string) string {
		t.Setenv("SOURCE_DATE_EPOCH", epoch)
		r := dria(t, "assess", "--format", "json", "--rules", "../../assess/testdata/dates", benign)
		if !assert.Equal(t, 0, r.code, r.stderr) {
			t.FailNow()
		}
		return r.stdout
	}
	first := assessAt("1767225600")
	assert.Contains(t, first, "today 2026-01-01, clock 1767225600000000000")
	assert.Equal(t, first, assessAt("1767225601"))
}

// TestRunawayHandlerPrintsAndExits3: an evaluation that runs away with
// memory ends the process with its message, escaped, and exit 3.
func TestRunawayHandlerPrintsAndExits3(t *testing.T) {
	var stderr bytes.Buffer
	code := -1
	runawayHandler(&stderr, nil, func(c int) { code = c })(&assess.EvalError{Path: "evil\x1b[2J.yaml", MemoryLimit: 64 << 20, Abandoned: true})
	assert.Equal(t, exitInternal, code)
	assert.Equal(t, `dria: evil\x1b[2J.yaml: rule evaluation grew memory use past the limit of 64 MiB and kept growing after it was stopped, past 128 MiB (a rule keeps the policy engine building a huge value in one step)`+"\n", stderr.String())
}

// TestEvaluationErrorNamesAnEscapedFile: an evaluation error quotes the
// file name, which reaches standard error escaped.
func TestEvaluationErrorNamesAnEscapedFile(t *testing.T) {
	data, err := os.ReadFile(benign)
	require.NoError(t, err)
	dir := t.TempDir()
	name := filepath.Join(dir, "evil\x1b]0;pwned\x07\u202e.yaml")
	require.NoError(t, os.WriteFile(name, data, 0o644))
	r := dria(t, "assess", "--format", "json", "--rules", "testdata/hostile/loop", "--timeout=1s", name)
	assert.Equal(t, 3, r.code, r.stderr)
	assert.Equal(t, "dria: "+dir+`/evil\x1b]0;pwned\x07\u202e.yaml: rule evaluation did not finish within the 1s deadline (a rule may loop or build a huge value)`+"\n", r.stderr)
	assertUnassessed(t, r.stdout, name, assess.KindDeadline)
	noRawControl(t, r.stderr)
}

// assertUnassessed checks that a JSON report, complete, lists the one
// file given as not assessed, for the reason kind.
func assertUnassessed(t *testing.T, stdout, path string, kind assess.FailureKind) {
	t.Helper()
	failed := unassessed(t, stdout)
	if assert.Len(t, failed, 1) {
		assert.Equal(t, path, failed[0].Path)
		assert.Equal(t, kind, failed[0].Kind)
	}
}
