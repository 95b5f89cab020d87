package rules

import (
	"slices"
	"strings"
)

// Rights returns the right ids of the specification, in its order (the
// order reports list rights in), in a new slice the caller may change.
func Rights() []string { return slices.Clone(rights[:]) }

// rights lists the right ids of the specification, in its order.
var rights = [...]string{
	"privacy", "expression", "assembly-association", "participation", "non-discrimination",
	"remedy", "fair-trial", "liberty-security", "social-security", "child-rights",
	"movement-asylum", "accessibility", "thought-religion", "education", "work", "health",
}

// Family returns the rule's family (or a pack's namespace): the package
// segment after dria.rules.
func (r Rule) Family() string {
	parts := strings.Split(r.Package, ".")
	if len(parts) < 3 {
		return ""
	}
	return strings.Trim(parts[2], `"[]`)
}
