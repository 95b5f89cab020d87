# METADATA
# title: Purpose or domain of the system is not stated
# description: >-
#   The description does not state what the system is for or in which domains
#   it is used. Purpose limitation and the whole context of a human-rights
#   assessment start from these answers.
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

findings contains {"msg": msg, "paths": paths} if {
	missing := [name | some name in ["purpose", "domains"]; lib.absent(["spec", "context", name])]
	count(missing) > 0
	msg := sprintf(
		"the system's context is not fully stated: `context.%s` missing, so its purpose limits cannot be assessed",
		[concat("` and `context.", missing)],
	)
	paths := [sprintf("/spec/context/%s", [name]) | some name in missing]
}
