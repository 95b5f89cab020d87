package assess

import (
	"context"
	"errors"
	"runtime/metrics"
	"time"
)

// errMemoryLimit is the cause given to an evaluation stopped for memory.
var errMemoryLimit = errors.New("memory limit exceeded")

// liveHeapMetric is the heap the last garbage collection found live: what
// an evaluation keeps, as opposed to the garbage it makes.
const liveHeapMetric = "/gc/heap/live:bytes"

func liveHeap(sample []metrics.Sample) uint64 {
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

// watchMemory samples the live Go heap while an evaluation runs and
// cancels the evaluation when the heap has grown by more than limit since
// it started. Growth, not size, is measured, so that results a program
// keeps (a batch of ten thousand reports) do not count against later
// evaluations. OPA checks for cancellation inside its evaluation loop and
// in builtins that generate values, so a rule that builds a huge value
// stops soon after the limit. The returned function stops the watch.
func watchMemory(ctx context.Context, limit uint64, cancel context.CancelCauseFunc) (stop func()) {
	done := make(chan struct{})
	sample := []metrics.Sample{{Name: liveHeapMetric}}
	base := liveHeap(sample)
	go func() {
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-tick.C:
				if now := liveHeap(sample); now > base && now-base > limit {
					cancel(errMemoryLimit)
					return
				}
			}
		}
	}()
	return func() { close(done) }
}
