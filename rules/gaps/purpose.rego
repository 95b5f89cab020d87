# METADATA
# title: Purpose and domains of the system are not fully stated
# description: >-
#   The description leaves out what the system is for (`context.purpose`),
#   the domains it is used in (`context.domains`), or both; the finding
#   names which. Purpose limitation and the whole context of a human-rights
#   assessment start from these answers. A system that touches no one (no
#   personal data, no decisions about people, no profiling) is not asked,
#   nor is a field marked not applicable.
# custom:
#   id: DRIA-GAP-003
#   severity: medium
#   likelihood: possible
#   rights: [privacy]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: "Art 5"}
#     - {framework: COE-HUDERIA, ref: ""}
#   remediation: >-
#     State `context.purpose` in a sentence and list `context.domains` (for
#     example social-benefits, employment, elections).
package dria.rules.gaps.purpose

import data.dria.lib

asked := [name | some name in ["purpose", "domains"]; lib.question_applies(concat(".", ["context", name]))]

applies if count(asked) > 0

findings contains {"msg": msg, "paths": paths} if {
	missing := [name | some name in asked; lib.absent(["spec", "context", name])]
	count(missing) > 0
	msg := sprintf(
		"the system's context is not fully stated: `context.%s` missing, so its purpose limits cannot be assessed",
		[concat("` and `context.", missing)],
	)
	paths := [sprintf("/spec/context/%s", [name]) | some name in missing]
}
