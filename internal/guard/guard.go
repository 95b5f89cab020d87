// Package guard bounds what one call of an OPA builtin may cost while dria
// evaluates rules: how much memory its result may take, how many steps it
// may run without looking at the deadline, how large a number it may make,
// and which time zones it may read.
//
// OPA checks for cancellation between the expressions of a rule, so a
// deadline or a memory watch stops a rule that loops. It does not look
// inside most builtins: one call of concat, sprintf, regex.match or bits.lsh
// can allocate gigabytes or run for minutes before the evaluator sees the
// cancellation, and an allocation larger than the machine ends the process
// with a fatal error no recover can catch. guard wraps each such builtin,
// once, when the program starts (OPA's own builtin table takes precedence
// over per-query functions, so this is the only place a wrapper can go).
// The wrapper estimates the call's cost from its operands before the
// builtin runs and refuses a call over the limits; the estimates and the
// reasoning for each builtin are next to its estimator, in the estimate_*
// files.
//
// Wrappers apply limits only to evaluations whose context carries them
// (With). Any other OPA evaluation in the same program calls the original
// builtin unchanged.
package guard

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/dria-project/dria/internal/safetext"
)

// Limits bound one builtin call.
type Limits struct {
	// MaxBytes is the most memory, in bytes, one call may allocate for its
	// result.
	MaxBytes int64
	// MaxSteps is the most basic steps (about a few nanoseconds each: one
	// byte scanned by a regular expression machine, one value copied) one
	// call may take; calls cannot be interrupted, so this keeps each one
	// well inside the deadline.
	MaxSteps int64
}

// StepsPerSecond is how many steps a call may take per second of deadline.
// A modern core runs 100 to 200 million of the slowest steps (a regular
// expression machine's) a second; allowing a fifth of that keeps a call
// under a fifth of the deadline, or under the deadline on a machine five
// times slower.
const StepsPerSecond = 25_000_000

// minSteps keeps very short deadlines from refusing ordinary calls.
const minSteps = 1_000_000

// LimitsFor derives the limits of one builtin call from an evaluation's
// memory limit and deadline: a quarter of the memory limit, so that one
// call, its temporary copies and the rest of the evaluation together stay
// near the limit the memory watch enforces; and a fifth of the deadline's
// worth of steps.
func LimitsFor(memory uint64, deadline time.Duration) Limits {
	bytes := int64(memory / 4)
	if memory > 1<<62 {
		bytes = 1 << 60
	}
	steps := int64(deadline.Seconds() * StepsPerSecond)
	return Limits{MaxBytes: bytes, MaxSteps: max(steps, minSteps)}
}

type contextKey struct{}

// state is what one guarded evaluation shares with the wrappers.
type state struct {
	limits Limits
	cancel context.CancelCauseFunc

	mu      sync.Mutex
	refusal *LimitError
}

// With returns a context whose evaluations are guarded by the limits. The
// first call refused is recorded, ends the evaluation through the builtin's
// error, and cancels the evaluation with cancel (the *LimitError as cause),
// so that an evaluation that does not raise builtin errors stops too.
func With(ctx context.Context, l Limits, cancel context.CancelCauseFunc) context.Context {
	return context.WithValue(ctx, contextKey{}, &state{limits: l, cancel: cancel})
}

func stateOf(ctx context.Context) *state {
	if ctx == nil {
		return nil
	}
	st, _ := ctx.Value(contextKey{}).(*state)
	return st
}

// Refusal returns the first call refused in an evaluation guarded by ctx,
// or nil.
func Refusal(ctx context.Context) *LimitError {
	st := stateOf(ctx)
	if st == nil {
		return nil
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.refusal
}

func (st *state) refuse(e *LimitError) {
	st.mu.Lock()
	first := st.refusal == nil
	if first {
		st.refusal = e
	}
	st.mu.Unlock()
	if first && st.cancel != nil {
		st.cancel(e)
	}
}

// Kind says which limit a call would have passed.
type Kind int

// The limits a call can pass.
const (
	// Memory: the result would take more than Limits.MaxBytes.
	Memory Kind = iota + 1
	// Steps: the call would take more than Limits.MaxSteps.
	Steps
	// Number: the call would make or read a number too large to compute
	// with in bounded time.
	Number
	// TimeZone: the call would read a time zone from the host.
	TimeZone
	// LongNumber: the call would read a number written with too many
	// characters.
	LongNumber
)

// LimitError is a builtin call refused before it ran.
type LimitError struct {
	// Builtin is the builtin's name, such as "concat".
	Builtin string
	// File, Line and Column locate the call in the rule file (empty and
	// zero when OPA gives no location).
	File         string
	Line, Column int
	Kind         Kind
	// Need is what the call would take (bytes, steps or digits) and Limit
	// what it may; both are zero for TimeZone.
	Need, Limit int64
	// What says in words what the call would do ("build a string of
	// 3.6 GiB", "use the time zone \"Local\"").
	What string
}

// Error says which call, where, what it would have done and the limit.
func (e *LimitError) Error() string {
	var limit string
	switch e.Kind {
	case Memory:
		limit = "one builtin call may build at most " + Bytes(e.Limit)
	case Steps:
		limit = fmt.Sprintf("one builtin call may take at most %s steps within the deadline", count(e.Limit))
	case Number:
		limit = fmt.Sprintf("dria computes with numbers of at most %s digits, as large as OPA accepts in a policy, because larger ones take too long", count(e.Limit))
	case LongNumber:
		limit = fmt.Sprintf("dria computes with numbers written with at most %s characters, because longer ones take too long", count(e.Limit))
	case TimeZone:
		limit = "rules may use only UTC: named time zones come from the host's time-zone files and \"Local\" from its settings, so results would differ between machines"
	}
	return fmt.Sprintf("%s%s would %s; %s", e.Builtin, e.at(), e.What, limit)
}

func (e *LimitError) at() string {
	if e.File == "" && e.Line == 0 {
		return ""
	}
	return fmt.Sprintf(" (%s:%d:%d)", safetext.Inline(e.File), e.Line, e.Column)
}

func (e *LimitError) locate(name string, loc *ast.Location) {
	e.Builtin = name
	if loc != nil {
		e.File, e.Line, e.Column = loc.File, loc.Row, loc.Col
	}
}

// Bytes writes a size for people: "512 bytes", "64 KiB", "3.6 GiB".
func Bytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d bytes", n)
	}
	units := []string{"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	v := float64(n) / unit
	i := 0
	for v >= unit && i < len(units)-1 {
		v /= unit
		i++
	}
	if v >= 100 || v == float64(int64(v)) {
		return fmt.Sprintf("%.0f %s", v, units[i])
	}
	return fmt.Sprintf("%.1f %s", v, units[i])
}

// count writes a large count with thousands separators, or in powers of
// ten past a trillion.
func count(n int64) string {
	if n >= 1e12 {
		return fmt.Sprintf("%.1e", float64(n))
	}
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
