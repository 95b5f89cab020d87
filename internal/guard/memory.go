package guard

import (
	"runtime/metrics"
	"sync"
	"time"
)

// liveHeapMetric is the heap the last garbage collection found live: what
// an evaluation keeps, as opposed to the garbage it makes.
const liveHeapMetric = "/gc/heap/live:bytes"

// sampleEvery is how often the watch looks at the heap.
const sampleEvery = 5 * time.Millisecond

func liveHeap(sample []metrics.Sample) uint64 {
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

// WatchMemory samples the live Go heap while an evaluation runs. When the
// heap has grown by more than limit since the watch began, it calls
// overLimit, which should cancel the evaluation; if the heap goes on
// growing to twice the limit (the evaluation is inside a step that does
// not look at cancellation), it calls runaway, when not nil. Each is
// called at most once, from the watch's goroutine. Growth, not size, is
// measured, so that results a program keeps (a batch of ten thousand
// reports) do not count against later evaluations. The returned function
// ends the watch.
func WatchMemory(limit uint64, overLimit, runaway func()) (stop func()) {
	done := make(chan struct{})
	sample := []metrics.Sample{{Name: liveHeapMetric}}
	base := liveHeap(sample)
	go func() {
		tick := time.NewTicker(sampleEvery)
		defer tick.Stop()
		over := false
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			now := liveHeap(sample)
			if now <= base {
				continue
			}
			grown := now - base
			if !over && grown > limit {
				over = true
				overLimit()
			}
			if over && grown > 2*limit {
				if runaway != nil {
					runaway()
				}
				return
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done) }) }
}
