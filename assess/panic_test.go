package assess

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func system(name string) Input {
	return Input{Path: name + ".yaml", Data: []byte("apiVersion: dria/v1\nkind: System\nmetadata: {name: " + name + ", title: T}\nspec: {}\n")}
}

// withHook runs hook inside every evaluation until the test ends.
func withHook(t *testing.T, hook func(path string)) {
	t.Helper()
	evalTestHook.Store(&hook)
	t.Cleanup(func() { evalTestHook.Store(nil) })
}

func newTestAssessor(t *testing.T, opts ...Option) *Assessor {
	t.Helper()
	a, err := New(context.Background(), append([]Option{WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) })}, opts...)...)
	require.NoError(t, err)
	return a
}

// A panic inside the evaluation (here forced by a test hook, as a
// dependency's bug would) comes back as an error naming the file.
func TestPanicBecomesAnErrorNamingTheFile(t *testing.T) {
	a := newTestAssessor(t)
	withHook(t, func(path string) { panic("a dependency's bug") })
	_, err := a.Assess(context.Background(), system("broken"))
	var pe *PanicError
	require.True(t, errors.As(err, &pe), "%v", err)
	assert.Equal(t, "broken.yaml", pe.Path)
	assert.Equal(t, "broken.yaml: internal error while assessing this file: a dependency's bug (a bug in dria or a library it uses; please report it with the file)", err.Error())
	assert.Contains(t, string(pe.Stack), "panic_test.go", "the stack says where")
}

// In a batch, the file that panics is listed and the others are assessed.
func TestPanicInBatchKeepsTheOtherResults(t *testing.T) {
	a := newTestAssessor(t, WithWorkers(2))
	withHook(t, func(path string) {
		if path == "broken.yaml" {
			panic(errors.New("index out of range"))
		}
	})
	rep, err := a.AssessBatch(context.Background(), []Input{system("first"), system("broken"), system("last")})
	var be *BatchError
	require.True(t, errors.As(err, &be), "%v", err)
	require.Len(t, be.Failures, 1)
	assert.Equal(t, "broken.yaml", be.Failures[0].Path)
	var pe *PanicError
	assert.True(t, errors.As(be.Failures[0].Err, &pe))
	require.Len(t, rep.Assessments, 2)
	assert.Equal(t, "first", rep.Assessments[0].System.Name)
	assert.Equal(t, "last", rep.Assessments[1].System.Name)
}

// An evaluation stuck in a step that never looks at the deadline (here a
// hook that blocks) is abandoned at twice the deadline: the caller gets an
// answer, and the evaluation finishes in the background.
func TestStuckEvaluationIsAbandonedAtTwiceTheDeadline(t *testing.T) {
	a := newTestAssessor(t, WithTimeout(time.Second))
	release := make(chan struct{})
	withHook(t, func(string) { <-release })
	defer close(release)
	_, err := a.Assess(context.Background(), system("stuck"))
	var ee *EvalError
	require.True(t, errors.As(err, &ee), "%v", err)
	assert.True(t, ee.Abandoned)
	assert.Equal(t, time.Second, ee.Deadline)
	assert.Equal(t, "stuck.yaml: rule evaluation did not finish within the 1s deadline and did not stop when asked; it was abandoned after 2s (a rule keeps the policy engine in one long step, such as comparing or copying a huge value)", err.Error())
}

// An evaluation that goes on growing memory after it was stopped (here a
// hook that allocates and ignores cancellation) reaches the runaway
// handler, which a command uses to exit cleanly, and the caller gets the
// error.
func TestRunawayMemoryReachesTheHandler(t *testing.T) {
	var mu sync.Mutex
	var handled *EvalError
	a := newTestAssessor(t, WithMemoryLimit(64<<20), WithTimeout(time.Minute), WithRunawayHandler(func(e *EvalError) {
		mu.Lock()
		handled = e
		mu.Unlock()
	}))
	release := make(chan struct{})
	withHook(t, func(string) {
		var hog [][]byte
		for range 40 { // 320 MiB, kept live, in steps the watch can see
			hog = append(hog, make([]byte, 8<<20))
			time.Sleep(10 * time.Millisecond)
		}
		<-release
		runtime.KeepAlive(hog)
	})
	_, err := a.Assess(context.Background(), system("runaway"))
	close(release)
	var ee *EvalError
	require.True(t, errors.As(err, &ee), "%v", err)
	assert.True(t, ee.Abandoned)
	assert.Equal(t, "runaway.yaml: rule evaluation grew memory use past the limit of 64 MiB and kept growing after it was stopped, past 128 MiB (a rule keeps the policy engine building a huge value in one step)", err.Error())
	mu.Lock()
	assert.Same(t, ee, handled)
	mu.Unlock()
}

func TestRunawayHandlerOptionValidatesItself(t *testing.T) {
	_, err := New(context.Background(), WithRunawayHandler(nil))
	assert.EqualError(t, err, "assess: WithRunawayHandler needs a function")
}
