// Package schema holds dria's embedded JSON Schemas (the system description,
// waivers, rule metadata and the JSON report) and validates input files
// against them, reporting every problem with file, line, column, JSON
// pointer and a plain-language message.
//
// Checking is bounded: a file lists at most DefaultMaxProblems problems
// (WithMaxProblems changes it), then one saying how many more there are;
// large lists and objects are checked member by member, so a million bad
// items cost a count, not a million messages. Messages quote at most 200
// characters of any value, with control and bidirectional characters
// escaped. A panic while checking a file, in dria or in the JSON Schema
// library, is returned as an *InternalError naming the file. Files are
// parsed by package schema/source, whose Document and Node keep the
// position of every value; it describes how values are read (numbers,
// YAML forms, line endings) and the limits on what a file may cost.
package schema

import (
	"embed"
	"fmt"
	"sync"
)

// Names of the embedded schemas.
const (
	Description = "description"
	Waivers     = "waivers"
	Rules       = "rules"
	Report      = "report"
	Config      = "config"
	Pack        = "pack"
)

// Names returns the names of the embedded schemas in the order the
// command shows them, in a new slice the caller may change.
func Names() []string { return []string{Description, Waivers, Rules, Report, Config, Pack} }

// The schemas by name; the draft-07 renderings beside them
// (NAME.draft-07.schema.json, for editors) are made by Draft7, not
// embedded.
//
//go:embed description.schema.json waivers.schema.json rules.schema.json report.schema.json config.schema.json pack.schema.json
var files embed.FS

// JSON returns the text of the embedded schema with the given name.
func JSON(name string) ([]byte, error) {
	b, err := files.ReadFile(name + ".schema.json")
	if err != nil {
		return nil, fmt.Errorf("no schema named %q (known: description, waivers, rules, report, config, pack)", name)
	}
	return b, nil
}

var validators sync.Map // name -> *lazyValidator

type lazyValidator struct {
	once sync.Once
	v    *Validator
	err  error
}

// ValidatorFor returns the shared, compiled validator of an embedded schema
// (compiled once per process).
func ValidatorFor(name string) (*Validator, error) {
	lv, _ := validators.LoadOrStore(name, &lazyValidator{})
	l := lv.(*lazyValidator)
	l.once.Do(func() { l.v, l.err = NewValidator(name) })
	return l.v, l.err
}
