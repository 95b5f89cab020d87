package main

import (
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
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
	}{
		{"loop", "--timeout=1s", "rule evaluation did not finish within the 1s deadline"},
		{"hugeset", "--max-memory=64 --timeout=2m", "rule evaluation stopped when it grew memory use past the limit of 64 MiB"},
		{"recursion", "", "testdata/hostile/recursion/rule.rego:18:1: rule data.dria.rules.hostile.recursion.deep is recursive"},
		{"refused", "", "testdata/hostile/refused/rule.rego:15:10: calls http.send, which dria refuses"},
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
			assert.Empty(t, r.stdout, "nothing half-written")
			// Bounded: well under the machine, whatever the rule asks for.
			assert.Less(t, peak, uint64(1<<30), "peak heap %d MiB", peak>>20)
		})
	}
	assert.Equal(t, 2, dria(t, "assess", "--max-memory", "10", benign).code)
}
