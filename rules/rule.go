// Package rules loads dria's rules: the built-in set embedded in the
// binary and rule packs from directories, file systems and tarballs. It
// checks each rule's metadata against the rule metadata schema, keeps
// every pack in a namespace of its own, refuses rules that reach
// outside the input (network, environment, clock, randomness), type-checks
// every rule against the description schema and compiles everything once.
//
// A rule is one Rego v1 package under dria.rules.<family>.<name> with a
// package-scoped # METADATA block. It yields a set findings of objects with
// at least msg (plain language, quoting the values that triggered it) and
// paths (JSON pointers to the evidence), and may define applies to say
// whether it is relevant to a system at all.
package rules

import (
	"strings"

	"github.com/dria-project/dria/schema"
)

// Reference cites an instrument: a framework id (see the references list
// of docs/rights-and-references.md) and an article, principle or section.
type Reference struct {
	// Framework is the instrument's id, such as GDPR or UNGP.
	Framework string `json:"framework"`
	// Ref is the article, principle or section, such as "Art 22"; it is
	// empty for an instrument cited as a whole.
	Ref string `json:"ref"`
}

// String formats the reference as "GDPR Art 22".
func (r Reference) String() string {
	return strings.TrimSpace(r.Framework + " " + r.Ref)
}

// Rule is the metadata of one loaded rule.
type Rule struct {
	// ID is the rule's id, unique across the loaded rule sets, such as
	// DRIA-DEC-001.
	ID string `json:"id"`
	// Title and Description say, in plain language, what the rule checks
	// and why it matters for people's rights.
	Title       string `json:"title"`
	Description string `json:"description"`
	// Severity is the base severity, before the engine adjusts it to a
	// system; a pack's override may have changed it (see Override).
	Severity Severity `json:"severity"`
	// Likelihood is how likely the harm is: rare, possible, likely or
	// almost-certain.
	Likelihood string `json:"likelihood"`
	// Rights are the ids of the rights the rule protects (see Rights).
	Rights []string `json:"rights"`
	// Category groups rules, such as automated-decisions or
	// information-gap.
	Category string `json:"category"`
	// References are the instruments the rule cites.
	References []Reference `json:"references"`
	// Remediation says what to do about a finding.
	Remediation string `json:"remediation"`
	// Package is the Rego package, such as dria.rules.privacy.retention.
	Package string `json:"package"`
	// File and Line locate the rule's METADATA block.
	File string `json:"file"`
	Line int    `json:"line"`
	// Conditional is true when the rule defines applies.
	Conditional bool `json:"conditional"`
	// Source names the rule set: "builtin" or the directory it came from.
	Source string `json:"source"`
}

// LoadError reports every problem found while loading rules: bad metadata,
// duplicate ids, refused builtins, type errors and compile errors. Callers
// reach it with errors.As.
type LoadError struct {
	// Problems are sorted by file and position; a problem of a whole file
	// (one that cannot be read) has Line 0.
	Problems []schema.Problem
}

// Error lists the problems, one FILE:LINE:COLUMN: message per line.
func (e *LoadError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
