package assess

import (
	"context"
	"errors"

	"github.com/dria-project/dria/internal/guard"
)

// errMemoryLimit is the cause given to an evaluation stopped for memory.
var errMemoryLimit = errors.New("memory limit exceeded")

// memoryWatch watches the heap during one evaluation (guard.WatchMemory):
// past the limit it cancels the evaluation; past twice the limit, the
// evaluation is inside a step that does not look at cancellation, and
// the Assessor's runaway handler is called and runaway closed, so that
// the caller stops waiting for it.
type memoryWatch struct {
	stop    func()
	runaway chan struct{}
	err     *EvalError // set before runaway is closed
}

func (a *Assessor) watch(path string, cancel context.CancelCauseFunc) *memoryWatch {
	w := &memoryWatch{runaway: make(chan struct{})}
	w.stop = guard.WatchMemory(a.memory, func() { cancel(errMemoryLimit) }, func() {
		w.err = &EvalError{Path: path, MemoryLimit: a.memory, Abandoned: true, Err: errMemoryLimit}
		if a.onRunaway != nil {
			a.onRunaway(w.err)
		}
		close(w.runaway)
	})
	return w
}
