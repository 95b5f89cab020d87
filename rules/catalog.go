package rules

import "strings"

// Rights lists the right ids of the specification, in its order.
var Rights = []string{
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
