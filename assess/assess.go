// Package assess is dria's engine: build an Assessor once with New, then
// assess system descriptions with Assess or AssessBatch from any number of
// goroutines. Each assessment validates the description, evaluates every
// rule in one prepared OPA query, scores the findings by scale, scope and
// irremediability (UNGP 14) and locates their evidence in the source file.
package assess

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/dria-project/dria/internal/guard"
	"github.com/dria-project/dria/internal/version"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// Query is the policy's entry point.
const Query = "data.dria.main"

// Input is one description file to assess.
type Input struct {
	// Path names the file in reports and errors.
	Path string
	// Data is the file's content (YAML or JSON; the extension of Path, or
	// the content, chooses).
	Data []byte
}

// Assessor assesses system descriptions against a compiled rule set. It is
// immutable after New and safe for concurrent use.
type Assessor struct {
	set        *rules.Set
	query      rego.PreparedEvalQuery
	logger     hclog.Logger
	clock      func() time.Time
	timeout    time.Duration
	schemaOpts []schema.Option
	workers    int
	progress   func(done, total int)
	waivers    []Waiver
	memory     uint64
	onRunaway  func(*EvalError)
	rules      map[string]rules.Rule
	// safeguards shares the engine's fixed safeguard texts between reports.
	safeguards sync.Map
}

// stringSet stores each distinct string once.
type stringSet map[string]string

func (s stringSet) of(x string) string {
	if y, ok := s[x]; ok {
		return y
	}
	s[x] = x
	return x
}

// New loads and compiles the rules and prepares the assessment query,
// under ctx (reading rule packs and compiling stop when it is done).
// Rule problems come back as a *rules.LoadError.
func New(ctx context.Context, opts ...Option) (*Assessor, error) {
	cfg := config{clock: time.Now, timeout: DefaultTimeout, workers: runtime.GOMAXPROCS(0), memory: DefaultMemoryLimit}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	if cfg.ruleSet != nil && len(cfg.ruleOpts) > 0 {
		return nil, errors.New("assess: WithRuleSet takes a rule set already loaded with its packs and disabled rules; give WithRules, WithRulesFS and WithDisabled to rules.Load instead (as rules.WithPath, rules.WithFS, rules.WithDisabled)")
	}
	if cfg.logger == nil {
		cfg.logger = hclog.NewNullLogger()
	}
	// The description schema's validator, which the first assessment needs,
	// compiles on another core while the rules load and compile on this one.
	warm := make(chan struct{})
	go func() {
		defer close(warm)
		_, _ = schema.ValidatorFor(schema.Description) // an error comes back from Assess
	}()
	defer func() { <-warm }()
	set := cfg.ruleSet
	if set == nil {
		var err error
		if set, err = rules.Load(ctx, cfg.ruleOpts...); err != nil {
			return nil, err
		}
	}
	q, err := rego.New(
		rego.Compiler(set.Compiler()),
		rego.Store(inmem.New()),
		rego.Query(Query),
		rego.StrictBuiltinErrors(true),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("preparing the assessment query: %w", err)
	}
	// Descriptions are validated against the description schema of the
	// set: with the extensions its packs declare, naming the packs to a
	// description that uses another.
	descriptions, err := set.DescriptionValidator()
	if err != nil {
		return nil, err
	}
	cfg.schemaOpts = append(slices.Clip(cfg.schemaOpts), schema.WithValidator(descriptions))
	cfg.logger.Debug("rules loaded", "rules", len(set.Rules()), "digest", set.Digest())
	byID := map[string]rules.Rule{}
	for _, r := range set.Rules() {
		byID[r.ID] = r
	}
	return &Assessor{rules: byID, set: set, query: q, logger: cfg.logger, clock: cfg.clock, timeout: cfg.timeout, schemaOpts: cfg.schemaOpts, workers: cfg.workers, progress: cfg.progress, waivers: cfg.waivers, memory: cfg.memory, onRunaway: cfg.onRunaway}, nil
}

// Rules returns copies of the enabled rules, sorted by id.
func (a *Assessor) Rules() []rules.Rule { return a.set.Rules() }

// RuleSet returns the compiled rule set.
func (a *Assessor) RuleSet() *rules.Set { return a.set }

// NewReport returns an empty report stamped with the tool and rule set.
func (a *Assessor) NewReport() *Report {
	return &Report{
		ReportVersion: ReportVersion,
		Tool:          Tool{Name: "dria", Version: version.Version},
		Ruleset:       Ruleset{Digest: a.set.Digest(), Rules: len(a.set.Rules()), Overrides: a.set.Overrides()},
		Assessments:   []Assessment{},
	}
}

// Assess validates and assesses every system described in one file.
// An invalid description comes back as a *schema.ValidationError listing
// every problem; a rule that fails, runs past the deadline or the memory
// limit, or makes a builtin call the sandbox refuses, as an *EvalError; a
// panic inside dria or a library, as a *PanicError. No panic escapes.
func (a *Assessor) Assess(ctx context.Context, in Input) (_ *Report, err error) {
	defer a.recoverInput(in.Path, &err)
	as, err := a.assessInput(ctx, in)
	if err != nil {
		return nil, err
	}
	r := a.NewReport()
	r.Assessments = as
	a.finishWaivers(r)
	return r, nil
}

// finishWaivers applies the waivers to every finding of the report and
// sums up their use; it runs once per report so that stale waivers are
// judged against every system.
func (a *Assessor) finishWaivers(r *Report) {
	if a.waivers == nil {
		return
	}
	used := make([]bool, len(a.waivers))
	for i := range r.Assessments {
		applyWaivers(&r.Assessments[i], a.waivers, used)
	}
	r.Waivers = summariseWaivers(r, a.waivers, used, a.clock().UTC().Format(time.DateOnly))
}

// assessInput assesses every system of one file. A panic anywhere below
// comes back as a *PanicError for this file.
func (a *Assessor) assessInput(ctx context.Context, in Input) (as []Assessment, err error) {
	defer a.recoverInput(in.Path, &err)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	docs, err := schema.LoadDescriptions(in.Path, in.Data, a.schemaOpts...)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(in.Data)
	src := Source{Path: in.Path, Digest: "sha256:" + hex.EncodeToString(sum[:])}
	lines := newLineIndex(in.Data)
	out := make([]Assessment, 0, len(docs))
	for _, d := range docs {
		s := src
		if len(docs) > 1 {
			s.Document = d.Index + 1
		}
		as, err := a.assessDocument(ctx, d, s, lines)
		if err != nil {
			return nil, err
		}
		out = append(out, as)
	}
	return out, nil
}

// engineOutput is the shape of data.dria.main.
type engineOutput struct {
	Findings []struct {
		Finding
		Paths []string `json:"paths"`
	} `json:"findings"`
	Passed        []string `json:"passed"`
	NotApplicable []string `json:"notApplicable"`
	Summary       Summary  `json:"summary"`
	Errors        []string `json:"errors"`
}

func (a *Assessor) assessDocument(ctx context.Context, doc *source.Document, src Source, lines *lineIndex) (Assessment, error) {
	start := time.Now()
	// Rules see the assessment date, not the moment: the evaluation clock
	// is the start of the day (UTC), so that assessments a second apart,
	// or SOURCE_DATE_EPOCH values on the same day, give the same bytes.
	now := a.clock().UTC().Truncate(24 * time.Hour)
	rs, err := a.evaluate(ctx, toValue(doc.Root), now, src.Path)
	if err != nil {
		return Assessment{}, err
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return Assessment{}, &EvalError{Path: src.Path, Err: errors.New("the policy returned no result for data.dria.main")}
	}
	raw, err := json.Marshal(rs[0].Expressions[0].Value)
	if err != nil {
		return Assessment{}, &EvalError{Path: src.Path, Err: err}
	}
	var out engineOutput
	if err := json.Unmarshal(raw, &out); err != nil {
		return Assessment{}, &EvalError{Path: src.Path, Err: fmt.Errorf("reading the policy's result: %w", err)}
	}
	if len(out.Errors) > 0 {
		return Assessment{}, &EvalError{Path: src.Path, Err: errors.New(strings.Join(out.Errors, "; "))}
	}
	as := Assessment{
		Source:        src,
		System:        systemOf(doc),
		AssessedOn:    now.Format(time.DateOnly),
		Summary:       out.Summary,
		Findings:      make([]Finding, len(out.Findings)),
		Passed:        nonNil(out.Passed),
		NotApplicable: nonNil(out.NotApplicable),
	}
	if n, _, ok := doc.Root.Resolve("/metadata/name"); ok {
		as.namePos = n.Pos
	}
	intern := stringSet{}
	for i, f := range out.Findings {
		fi := f.Finding
		// The rule's own texts are shared with the rule set, and texts
		// that repeat within a system are stored once, so that a batch of
		// thousands of reports stays small. The lists are the finding's
		// own: changing one changes no other finding and no later report.
		if r, ok := a.rules[fi.RuleID]; ok {
			fi.Title, fi.Remediation, fi.Category = r.Title, r.Remediation, r.Category
			fi.Rights, fi.References = slices.Clone(r.Rights), slices.Clone(r.References)
		}
		for j, reason := range fi.SeverityReasons {
			fi.SeverityReasons[j] = intern.of(reason)
		}
		fi.Evidence = locate(doc, f.Paths, lines, intern)
		fi.MitigatedBy = nonNil(fi.MitigatedBy)
		as.Findings[i] = fi
	}
	as.Summary.Rights = nonNil(as.Summary.Rights)
	for i, sg := range as.Summary.RequiredSafeguards {
		v, _ := a.safeguards.LoadOrStore(sg, sg)
		as.Summary.RequiredSafeguards[i] = v.(string)
	}
	attachCanadaAIA(&as, doc)
	a.logger.Debug("assessed", "path", src.Path, "system", as.System.Name, "findings", len(as.Findings), "duration", time.Since(start))
	return as, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func systemOf(doc *source.Document) System {
	text := func(p string) string {
		n, _, ok := doc.Root.Resolve(p)
		if !ok {
			return ""
		}
		return n.Text
	}
	sys := System{Name: text("/metadata/name"), Title: text("/metadata/title"), Version: text("/metadata/version"), Owner: text("/metadata/owner")}
	if kind := text("/spec/provenance/source/kind"); kind != "" {
		const src = "/spec/provenance/source/"
		sys.DraftedFrom = &DraftSource{Kind: kind, Name: text(src + "name"), Organisation: text(src + "organisation"),
			RecordID: text(src + "recordId"), URL: text(src + "url"), Version: text(src + "version"), Retrieved: text(src + "retrieved")}
	}
	return sys
}

// BatchError lists the inputs of a batch that could not be assessed, in
// input order.
type BatchError struct {
	// Failures holds one entry per input that failed.
	Failures []InputError
}

// InputError is the failure of one input of a batch.
type InputError struct {
	// Path is the input's Path, and Err why it failed.
	Path string
	Err  error
}

// Error lists every failure.
func (e *BatchError) Error() string {
	parts := make([]string, len(e.Failures))
	for i, f := range e.Failures {
		parts[i] = f.Err.Error()
	}
	return strings.Join(parts, "\n")
}

// Unwrap returns the failures' errors, so errors.As finds a
// *schema.ValidationError or *EvalError among them.
func (e *BatchError) Unwrap() []error {
	out := make([]error, len(e.Failures))
	for i, f := range e.Failures {
		out[i] = f.Err
	}
	return out
}

// AssessBatch assesses many files on all cores and returns one report with
// their systems in input order. Inputs that fail are left out of the
// report's assessments but recorded in its Errors (with why, and for an
// invalid description every located problem), so that no format can drop
// them silently; they are also returned as a *BatchError, and the others'
// results are kept.
func (a *Assessor) AssessBatch(ctx context.Context, inputs []Input) (_ *Report, err error) {
	defer a.recoverInput(fmt.Sprintf("a batch of %d files", len(inputs)), &err)
	results := make([][]Assessment, len(inputs))
	errs := make([]error, len(inputs))
	next := make(chan int)
	var wg sync.WaitGroup
	tick := a.progressOf(len(inputs))
	for range min(a.workers, max(len(inputs), 1)) {
		wg.Go(func() {
			for i := range next {
				results[i], errs[i] = a.assessInput(ctx, inputs[i])
				tick()
			}
		})
	}
	for i := range inputs {
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			continue
		}
		next <- i
	}
	close(next)
	wg.Wait()

	r := a.NewReport()
	var failures []InputError
	names := map[string]string{}
	for i, as := range results {
		if errs[i] != nil {
			failures = append(failures, InputError{Path: inputs[i].Path, Err: errs[i]})
			continue
		}
		if dup := duplicateNames(as, names); dup != nil {
			failures = append(failures, InputError{Path: inputs[i].Path, Err: dup})
			continue
		}
		r.Assessments = append(r.Assessments, as...)
	}
	a.finishWaivers(r)
	if len(failures) > 0 {
		for _, f := range failures {
			r.Errors = append(r.Errors, NewInputFailure(f.Path, f.Err))
		}
		return r, &BatchError{Failures: failures}
	}
	return r, nil
}

// progressOf returns the function each worker of a batch of total inputs
// calls when it has finished one: it reports progress, one call at a time,
// when WithProgress asked for it.
func (a *Assessor) progressOf(total int) func() {
	if a.progress == nil {
		return func() {}
	}
	var mu sync.Mutex
	done := 0
	return func() {
		mu.Lock()
		defer mu.Unlock()
		done++
		a.progress(done, total)
	}
}

// duplicateNames checks that the systems of one input do not reuse the
// name of a system in an earlier input, recording the new names.
func duplicateNames(as []Assessment, seen map[string]string) error {
	var problems []schema.Problem
	for _, x := range as {
		if first, dup := seen[x.System.Name]; dup {
			problems = append(problems, schema.Problem{File: x.Source.Path, Line: x.namePos.Line, Column: x.namePos.Column, Pointer: "/metadata/name",
				Message: fmt.Sprintf("metadata.name %q is already used by %s; each system in a batch needs its own name", x.System.Name, first)})
		}
	}
	if len(problems) > 0 {
		return &schema.ValidationError{Problems: problems}
	}
	for _, x := range as {
		seen[x.System.Name] = x.Source.Path
	}
	return nil
}

// toValue converts a parsed document into OPA's value form once, without
// a detour through Go maps.
func toValue(n *source.Node) ast.Value {
	switch n.Kind {
	case source.Bool:
		return ast.Boolean(n.Bool)
	case source.Number:
		return ast.Number(n.Text)
	case source.String:
		return ast.String(n.Text)
	case source.Array:
		terms := make([]*ast.Term, len(n.Values))
		for i, v := range n.Values {
			terms[i] = ast.NewTerm(toValue(v))
		}
		return ast.NewArray(terms...)
	case source.Object:
		items := make([][2]*ast.Term, len(n.Keys))
		for i, k := range n.Keys {
			items[i] = [2]*ast.Term{ast.StringTerm(k), ast.NewTerm(toValue(n.Values[i]))}
		}
		return ast.NewObject(items...)
	}
	return ast.Null{}
}

// LimitError is a builtin call that dria's sandbox refused before it ran,
// because it would have passed the memory limit, taken too long for the
// deadline, made too large a number or read the host's time zone.
type LimitError = guard.LimitError

// EvalError reports a failure to evaluate the rules on one system: a rule
// error, a broken rule contract, the deadline or the memory limit.
type EvalError struct {
	// Path names the file whose system was being assessed.
	Path string
	// Deadline is set when evaluation ran, or would have run, past it.
	Deadline time.Duration
	// MemoryLimit is set when evaluation was stopped for growing, or
	// asking to grow, the heap past it.
	MemoryLimit uint64
	// Refused is the builtin call the sandbox stopped before it ran, when
	// that is what ended the evaluation.
	Refused *LimitError
	// Abandoned is set when the evaluation did not stop when asked, inside
	// an operation of the policy engine that does not look at the deadline:
	// it was left to finish in the background and its result discarded.
	Abandoned bool
	// Err is the underlying error.
	Err error
}

// Error says which file and why, in one message per cause.
func (e *EvalError) Error() string {
	if r := e.Refused; r != nil {
		switch r.Kind {
		case guard.Memory:
			return fmt.Sprintf("%s: rule evaluation stopped when it grew memory use past the limit of %d MiB: %v", e.Path, e.MemoryLimit>>20, r)
		case guard.Steps:
			return fmt.Sprintf("%s: rule evaluation would not finish within the %s deadline: %v", e.Path, e.Deadline, r)
		}
		return fmt.Sprintf("%s: rule evaluation stopped: %v", e.Path, r)
	}
	switch {
	case e.Deadline > 0 && e.Abandoned:
		return fmt.Sprintf("%s: rule evaluation did not finish within the %s deadline and did not stop when asked; it was abandoned after %s (a rule keeps the policy engine in one long step, such as comparing or copying a huge value)", e.Path, e.Deadline, 2*e.Deadline)
	case e.Deadline > 0:
		return fmt.Sprintf("%s: rule evaluation did not finish within the %s deadline (a rule may loop or build a huge value)", e.Path, e.Deadline)
	case e.MemoryLimit > 0 && e.Abandoned:
		return fmt.Sprintf("%s: rule evaluation grew memory use past the limit of %d MiB and kept growing after it was stopped, past %d MiB (a rule keeps the policy engine building a huge value in one step)", e.Path, e.MemoryLimit>>20, 2*e.MemoryLimit>>20)
	case e.MemoryLimit > 0:
		return fmt.Sprintf("%s: rule evaluation stopped when it grew memory use past the limit of %d MiB (a rule may build a huge value)", e.Path, e.MemoryLimit>>20)
	}
	return fmt.Sprintf("%s: rule evaluation failed: %v", e.Path, e.Err)
}

// Unwrap returns the underlying error.
func (e *EvalError) Unwrap() error { return e.Err }

// PanicError reports a panic inside dria or a library it uses while
// assessing one file. The library recovers it, so that one bad input does
// not end the program or lose the other files of a batch.
type PanicError struct {
	// Path names the file being assessed.
	Path string
	// Value is what was passed to panic, and Stack where it happened.
	Value any
	Stack []byte
}

// Error names the file and the panic.
func (e *PanicError) Error() string {
	return fmt.Sprintf("%s: internal error while assessing this file: %v (a bug in dria or a library it uses; please report it with the file)", e.Path, e.Value)
}

// recoverInput turns a panic while assessing one input into a
// *PanicError.
func (a *Assessor) recoverInput(path string, err *error) {
	if r := recover(); r != nil {
		pe := &PanicError{Path: path, Value: r, Stack: debug.Stack()}
		a.logger.Error("panic while assessing", "path", path, "panic", fmt.Sprint(r), "stack", string(pe.Stack))
		*err = pe
	}
}

// evalTestHook, when a test sets it, runs inside each evaluation.
var evalTestHook atomic.Pointer[func(path string)]

type evalOutcome struct {
	rs  rego.ResultSet
	err error
}

// evaluate runs the policy on one document inside the sandbox's limits:
// the deadline, the memory watch and the guard on each builtin call. An
// evaluation that does not stop when asked (OPA looks at cancellation only
// between steps) is abandoned at twice the deadline, or when memory keeps
// growing to twice the limit, so that the caller always gets an answer.
func (a *Assessor) evaluate(ctx context.Context, input ast.Value, now time.Time, path string) (rego.ResultSet, error) {
	timed, cancelTimeout := context.WithTimeout(ctx, a.timeout)
	defer cancelTimeout()
	evalCtx, cancel := context.WithCancelCause(timed)
	defer cancel(nil)
	evalCtx = guard.With(evalCtx, guard.LimitsFor(a.memory, a.timeout), cancel)
	w := a.watch(path, cancel)
	defer w.stop()

	done := make(chan evalOutcome, 1)
	go func() {
		var o evalOutcome
		defer func() { done <- o }()
		defer a.recoverInput(path, &o.err)
		if hook := evalTestHook.Load(); hook != nil {
			(*hook)(path)
		}
		o.rs, o.err = a.query.Eval(evalCtx, rego.EvalParsedInput(input), rego.EvalTime(now))
	}()
	hard := time.NewTimer(2 * a.timeout)
	defer hard.Stop()
	select {
	case o := <-done:
		if o.err == nil {
			return o.rs, nil
		}
		return nil, a.evalFailure(ctx, timed, evalCtx, path, o.err)
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-hard.C:
		return nil, &EvalError{Path: path, Deadline: a.timeout, Abandoned: true, Err: context.DeadlineExceeded}
	case <-w.runaway:
		return nil, w.err
	}
}

// evalFailure says why an evaluation failed: the sandbox refused a call,
// memory, the deadline, the caller's cancellation or a rule error.
func (a *Assessor) evalFailure(ctx, timed, evalCtx context.Context, path string, err error) error {
	var pe *PanicError
	if errors.As(err, &pe) {
		return pe
	}
	cause := context.Cause(evalCtx)
	var le *LimitError
	switch {
	case errors.As(cause, &le):
		ee := &EvalError{Path: path, Refused: le, Err: le}
		switch le.Kind {
		case guard.Memory:
			ee.MemoryLimit = a.memory
		case guard.Steps:
			ee.Deadline = a.timeout
		}
		return ee
	case errors.Is(cause, errMemoryLimit):
		return &EvalError{Path: path, MemoryLimit: a.memory, Err: err}
	case errors.Is(timed.Err(), context.DeadlineExceeded) && ctx.Err() == nil:
		return &EvalError{Path: path, Deadline: a.timeout, Err: err}
	case ctx.Err() != nil:
		return ctx.Err()
	}
	return &EvalError{Path: path, Err: err}
}
