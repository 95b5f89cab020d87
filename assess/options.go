package assess

import (
	"errors"
	"fmt"
	"io/fs"
	"time"

	"github.com/hashicorp/go-hclog"

	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// DefaultTimeout is the evaluation deadline of one system when none is set.
const DefaultTimeout = 5 * time.Second

// DefaultMemoryLimit is how much one evaluation may grow the live Go heap
// before it is stopped, when no limit is set.
const DefaultMemoryLimit = 512 << 20

// Option configures an Assessor. Options check their own arguments; New
// returns the first error.
type Option func(*config) error

type config struct {
	ruleOpts   []rules.Option
	ruleSet    *rules.Set
	logger     hclog.Logger
	clock      func() time.Time
	timeout    time.Duration
	schemaOpts []schema.Option
	workers    int
	progress   func(done, total int)
	waivers    []Waiver
	memory     uint64
	onRunaway  func(*EvalError)
}

// WithRules adds a rule pack: the rules under a directory, or in a gzipped
// tarball such as an OPA bundle (repeatable). Descriptions are then
// validated with the facts the packs ask for under spec.extensions (the
// extensionSchema of their pack.yaml; see rules.Set.DescriptionValidator).
func WithRules(path string) Option {
	return func(c *config) error {
		if path == "" {
			return errors.New("assess: WithRules needs a directory or bundle")
		}
		c.ruleOpts = append(c.ruleOpts, rules.WithPath(path))
		return nil
	}
}

// WithRulesFS adds the rules found in a file system, named name in messages.
func WithRulesFS(name string, fsys fs.FS) Option {
	return func(c *config) error {
		c.ruleOpts = append(c.ruleOpts, rules.WithFS(name, fsys))
		return nil
	}
}

// WithDisabled turns rules off by id (repeatable). An unknown id is an
// error when the Assessor is built; no ids changes nothing.
func WithDisabled(ids ...string) Option {
	return func(c *config) error {
		if len(ids) == 0 {
			return nil // nothing to turn off
		}
		c.ruleOpts = append(c.ruleOpts, rules.WithDisabled(ids...))
		return nil
	}
}

// WithRuleSet uses an already loaded rule set instead of loading one.
// The set already holds its packs and disabled rules, so giving WithRules,
// WithRulesFS or WithDisabled as well is an error from New (load them
// into the set with rules.Load instead). Descriptions are validated with
// the set's description schema, its packs' extensions included.
func WithRuleSet(s *rules.Set) Option {
	return func(c *config) error {
		if s == nil {
			return errors.New("assess: WithRuleSet needs a rule set")
		}
		c.ruleSet = s
		return nil
	}
}

// WithLogger sets the logger (silent by default).
func WithLogger(l hclog.Logger) Option {
	return func(c *config) error {
		if l == nil {
			return errors.New("assess: WithLogger needs a logger")
		}
		c.logger = l
		return nil
	}
}

// WithClock sets the clock that dates assessments and that rules read as
// today (default time.Now). A fixed clock makes output reproducible.
func WithClock(now func() time.Time) Option {
	return func(c *config) error {
		if now == nil {
			return errors.New("assess: WithClock needs a clock")
		}
		c.clock = now
		return nil
	}
}

// WithTimeout sets the evaluation deadline of one system (default 5s).
func WithTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("assess: timeout must be positive, got %s", d)
		}
		c.timeout = d
		return nil
	}
}

// WithInputLimits bounds what one input file may cost to read (size,
// nesting, YAML alias expansion); zero fields keep their defaults.
func WithInputLimits(l source.Limits) Option {
	return func(c *config) error {
		if l.MaxBytes < 0 || l.MaxDepth < 0 || l.MaxAliasNodes < 0 {
			return fmt.Errorf("assess: input limits must not be negative: %+v", l)
		}
		c.schemaOpts = append(c.schemaOpts, schema.WithLimits(l))
		return nil
	}
}

// WithMaxProblems sets how many validation problems an invalid
// description reports (default schema.DefaultMaxProblems, 100; 0 keeps
// the default); after them comes one problem saying how many more there
// are. A negative number is an error.
func WithMaxProblems(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return fmt.Errorf("assess: maximum number of problems must not be negative, got %d", n)
		}
		c.schemaOpts = append(c.schemaOpts, schema.WithMaxProblems(n))
		return nil
	}
}

// WithWorkers sets how many inputs AssessBatch assesses at once (default:
// the number of CPUs Go may use).
func WithWorkers(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("assess: workers must be positive, got %d", n)
		}
		c.workers = n
		return nil
	}
}

// WithProgress calls report after each input of an AssessBatch is
// assessed (or has failed), with how many are done and how many there are
// in all, so that a program can show progress. Calls are made one at a
// time, with done rising by one each call; report must return quickly.
func WithProgress(report func(done, total int)) Option {
	return func(c *config) error {
		if report == nil {
			return errors.New("assess: WithProgress needs a function")
		}
		c.progress = report
		return nil
	}
}

// WithWaivers accepts findings on the record (see LoadWaivers): a waived
// finding stays in the report, marked with its waiver, and does not count
// toward a failure threshold until the waiver expires.
func WithWaivers(ws ...Waiver) Option {
	return func(c *config) error {
		for i, w := range ws {
			if w.Rule == "" || w.Reason == "" || w.Owner == "" || w.Expires == "" {
				return fmt.Errorf("assess: waiver %d needs a rule, reason, owner and expiry date", i+1)
			}
			if _, err := time.Parse(time.DateOnly, w.Expires); err != nil {
				return fmt.Errorf("assess: waiver %d: expiry %q is not a YYYY-MM-DD date", i+1, w.Expires)
			}
		}
		c.waivers = append(c.waivers, ws...)
		if c.waivers == nil {
			c.waivers = []Waiver{}
		}
		return nil
	}
}

// WithMemoryLimit stops an evaluation when it has grown the process's live
// Go heap by more than this many bytes (default 512 MiB), so that a rule
// building a huge value ends with an error instead of exhausting the
// machine.
func WithMemoryLimit(bytes uint64) Option {
	return func(c *config) error {
		if bytes < 64<<20 {
			return fmt.Errorf("assess: memory limit must be at least 64 MiB, got %d bytes", bytes)
		}
		c.memory = bytes
		return nil
	}
}

// WithRunawayHandler sets what to do when an evaluation goes on growing
// memory after it was stopped, to twice the memory limit. OPA looks at
// cancellation only between the steps of an evaluation, and a rule can
// keep it in one step (copying or comparing a huge shared value) that no
// Go code can interrupt; the evaluation then takes the program's memory
// until the operating system ends the program. The Assessor stops waiting
// for it and returns the error, and calls f (from another goroutine) so
// that a command can print the error and exit cleanly; a server might
// restart. By default only the evaluation is abandoned.
func WithRunawayHandler(f func(*EvalError)) Option {
	return func(c *config) error {
		if f == nil {
			return errors.New("assess: WithRunawayHandler needs a function")
		}
		c.onRunaway = f
		return nil
	}
}
