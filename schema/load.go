package schema

import (
	"errors"
	"fmt"

	"github.com/dria-project/dria/internal/source"
)

// Document is one parsed YAML or JSON document with the source position of
// every value.
type Document = source.Document

// Node is one value of a Document.
type Node = source.Node

// Pos is a line and column in a source file.
type Pos = source.Pos

// Limits bound what one input file may cost to read; see WithMaxBytes,
// WithMaxDepth and WithMaxAliasNodes.
type Limits = source.Limits

// Option configures Load. Options check their own arguments.
type Option func(*loadConfig) error

type loadConfig struct {
	limits source.Limits
}

// WithLimits sets all reading limits at once; zero fields take defaults.
func WithLimits(l Limits) Option {
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
// *ValidationError that lists every problem found with its location. An
// error of another type means a bad option or an internal fault.
func Load(schemaName, file string, data []byte, opts ...Option) ([]*Document, error) {
	var cfg loadConfig
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	v, err := ValidatorFor(schemaName)
	if err != nil {
		return nil, err
	}
	docs, err := source.Parse(file, data, source.Auto, cfg.limits)
	if err != nil {
		var se *source.Error
		if errors.As(err, &se) {
			return nil, &ValidationError{Problems: []Problem{{File: se.File, Line: se.Pos.Line, Column: se.Pos.Column, Message: se.Msg}}}
		}
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	var problems []Problem
	for _, d := range docs {
		problems = append(problems, v.Validate(d)...)
	}
	if schemaName == Description {
		problems = append(problems, duplicateSystemNames(docs)...)
	}
	if len(problems) > 0 {
		return nil, &ValidationError{Problems: sortProblems(problems)}
	}
	return docs, nil
}

// LoadDescriptions is Load with the Description schema: it returns the
// systems described in a file, one per YAML document.
func LoadDescriptions(file string, data []byte, opts ...Option) ([]*Document, error) {
	return Load(Description, file, data, opts...)
}

// duplicateSystemNames reports documents of one file that reuse an earlier
// document's metadata.name.
func duplicateSystemNames(docs []*Document) []Problem {
	var out []Problem
	seen := map[string]int{}
	for _, d := range docs {
		name, _, ok := d.Root.Resolve("/metadata/name")
		if !ok || name.Kind != source.String {
			continue
		}
		if first, dup := seen[name.Text]; dup {
			out = append(out, Problem{File: d.File, Line: name.Pos.Line, Column: name.Pos.Column, Pointer: "/metadata/name",
				Message: fmt.Sprintf("metadata.name %q is already used by document %d of this file; each system needs its own name", name.Text, first+1)})
			continue
		}
		seen[name.Text] = d.Index
	}
	return out
}
