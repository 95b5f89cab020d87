# METADATA
# title: Mitigation addresses a rule that does not exist
# description: >-
#   A mitigation names, in `addresses`, a rule id that no loaded rule has,
#   usually a typo or a rule that was renamed. The mitigation then lowers no
#   finding's residual risk, and readers of the assessment cannot tell what it
#   was meant to fix.
# custom:
#   id: DRIA-ACC-012
#   severity: info
#   likelihood: almost-certain
#   rights: [remedy]
#   category: accountability
#   references:
#     - {framework: UNGP, ref: "20"}
#   remediation: >-
#     Correct the rule id in the mitigation's `addresses` (see `dria rules
#     list`), or address a right id such as privacy instead.
package dria.rules.accountability.mitigation_targets

import data.dria.catalog
import data.dria.lib

applies if count(input.spec.mitigations) > 0

findings contains {"msg": msg, "paths": [sprintf("/spec/mitigations/%d/addresses/%d", [i, j])]} if {
	some i, m in input.spec.mitigations
	some j, target in m.addresses
	not target in rights
	not catalog.meta[target]
	msg := sprintf("mitigation `%s` addresses %s, which is neither a loaded rule nor a right id", [
		m.id,
		lib.quote(target),
	])
}

rights := {
	"privacy", "expression", "assembly-association", "participation", "non-discrimination",
	"remedy", "fair-trial", "liberty-security", "social-security", "child-rights",
	"movement-asylum", "accessibility", "thought-religion", "education", "work", "health",
}
