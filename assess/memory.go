package assess

import (
	"context"
	"errors"
	"runtime/metrics"
	"time"
)

// errMemoryLimit is the cause given to an evaluation stopped for memory.
var errMemoryLimit = errors.New("memory limit exceeded")

const heapMetric = "/memory/classes/heap/objects:bytes"

// watchMemory samples the Go heap while an evaluation runs and cancels it
// when the heap passes limit. OPA checks for cancellation inside its
// evaluation loop and in builtins that generate values, so a rule that
// builds a huge value stops soon after the limit. The returned function
// stops the watch.
func watchMemory(ctx context.Context, limit uint64, cancel context.CancelCauseFunc) (stop func()) {
	done := make(chan struct{})
	go func() {
		sample := []metrics.Sample{{Name: heapMetric}}
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-tick.C:
				metrics.Read(sample)
				if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > limit {
					cancel(errMemoryLimit)
					return
				}
			}
		}
	}()
	return func() { close(done) }
}
