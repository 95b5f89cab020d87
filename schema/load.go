package schema

import (
	"errors"
	"fmt"

	"github.com/dria-project/dria/schema/source"
)

// Option configures Load. Options check their own arguments.
type Option func(*loadConfig) error

type loadConfig struct {
	limits      source.Limits
	maxProblems int
	validator   *Validator
}

// WithValidator checks the file with v instead of the shared validator of
// the embedded schema: for descriptions, the one NewDescriptionValidator
// builds for the loaded rule packs, which knows their extensions. Load
// refuses a validator of another schema than the one it is asked for.
func WithValidator(v *Validator) Option {
	return func(c *loadConfig) error {
		if v == nil {
			return errors.New("schema: WithValidator needs a validator")
		}
		c.validator = v
		return nil
	}
}

// WithMaxProblems sets how many problems Load reports per file (0 means
// the default, DefaultMaxProblems = 100). A file with more gets, after
// them, one problem saying how many more there are, located at the first
// one left out; checking a file with a million mistakes stays fast and
// small, since only the reported problems are put into words.
func WithMaxProblems(n int) Option {
	return func(c *loadConfig) error {
		if n < 0 {
			return fmt.Errorf("schema: maximum number of problems must not be negative, got %d", n)
		}
		c.maxProblems = n
		return nil
	}
}

// WithLimits sets all reading limits at once (see source.Limits); zero
// fields take defaults.
func WithLimits(l source.Limits) Option {
	return func(c *loadConfig) error {
		if l.MaxBytes < 0 || l.MaxDepth < 0 || l.MaxAliasNodes < 0 {
			return fmt.Errorf("schema: limits must not be negative: %+v", l)
		}
		c.limits = l
		return nil
	}
}

// WithMaxBytes sets the largest accepted file size (default 10 MiB).
func WithMaxBytes(n int64) Option {
	return func(c *loadConfig) error {
		if n <= 0 {
			return fmt.Errorf("schema: maximum file size must be positive, got %d", n)
		}
		c.limits.MaxBytes = n
		return nil
	}
}

// WithMaxDepth sets the deepest accepted nesting of lists and objects
// (default 64).
func WithMaxDepth(n int) Option {
	return func(c *loadConfig) error {
		if n <= 0 {
			return fmt.Errorf("schema: maximum depth must be positive, got %d", n)
		}
		c.limits.MaxDepth = n
		return nil
	}
}

// WithMaxAliasNodes caps how many values YAML aliases may add by expansion
// (default 100,000).
func WithMaxAliasNodes(n int) Option {
	return func(c *loadConfig) error {
		if n <= 0 {
			return fmt.Errorf("schema: maximum alias expansion must be positive, got %d", n)
		}
		c.limits.MaxAliasNodes = n
		return nil
	}
}

// Load parses every document of a YAML or JSON file and validates each
// against the named embedded schema (Description, Waivers, ...). The file
// name is used in problems and, by its extension, to choose the syntax.
//
// Any problem, from a syntax error to an unknown key, is returned as a
// *ValidationError that lists the problems found with their locations (at
// most WithMaxProblems of them, then how many more). An *InternalError
// means a fault inside dria or a library it uses, met on this file (never
// a panic); an error of another type means a bad option.
func Load(schemaName, file string, data []byte, opts ...Option) (docs []*source.Document, err error) {
	var cfg loadConfig
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	v := cfg.validator
	switch {
	case v == nil:
		if v, err = ValidatorFor(schemaName); err != nil {
			return nil, err
		}
	case v.name != schemaName:
		return nil, fmt.Errorf("schema: a validator of the %s schema cannot check a %s file", v.name, schemaName)
	}
	defer func() {
		if r := recover(); r != nil {
			docs, err = nil, internalError(file, r)
		}
	}()
	docs, err = source.Parse(file, data, source.Auto, cfg.limits)
	if err != nil {
		var se *source.Error
		if errors.As(err, &se) {
			return nil, &ValidationError{Problems: []Problem{{File: se.File, Line: se.Pos.Line, Column: se.Pos.Column, Message: se.Msg}}}
		}
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	c := newCollector(cfg.maxProblems)
	for _, d := range docs {
		v.collect(d, c)
	}
	if schemaName == Description {
		duplicateSystemNames(docs, c)
	}
	if c.total > 0 {
		return nil, &ValidationError{Problems: c.problems(v, file)}
	}
	return docs, nil
}

// LoadDescriptions is Load with the Description schema: it returns the
// systems described in a file, one per YAML document.
func LoadDescriptions(file string, data []byte, opts ...Option) ([]*source.Document, error) {
	return Load(Description, file, data, opts...)
}

// duplicateSystemNames reports documents of one file that reuse an earlier
// document's metadata.name.
func duplicateSystemNames(docs []*source.Document, c *collector) {
	seen := map[string]int{}
	for _, d := range docs {
		name, _, ok := d.Root.Resolve("/metadata/name")
		if !ok || name.Kind != source.String {
			continue
		}
		first, dup := seen[name.Text]
		if !dup {
			seen[name.Text] = d.Index
			continue
		}
		c.add(fault{pos: name.Pos, pointer: "/metadata/name", node: name, keyword: "x-unique-name", message: func() string {
			return fmt.Sprintf("metadata.name %s is already used by document %d of this file; each system needs its own name", quote(name.Text), first+1)
		}})
	}
}
