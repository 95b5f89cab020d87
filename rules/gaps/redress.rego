# METADATA
# title: Grievance and appeal routes are not stated
# description: >-
#   The description does not say whether people can complain about the system
#   or appeal a decision. Effective remedy needs a route people know and can
#   use (UNGP 29, 31).
# custom:
#   id: DRIA-GAP-011
#   severity: medium
#   likelihood: likely
#   rights: [remedy]
#   category: information-gap
#   references:
#     - {framework: UNGP, ref: "29"}
#     - {framework: UNGP, ref: "31"}
#     - {framework: EU-CFR, ref: "Art 47"}
#   remediation: >-
#     State `accountability.grievance` (available, accessible, anonymous,
#     responseDays) and, where the system decides about people,
#     `accountability.appeal`.
package dria.rules.gaps.redress

import data.dria.lib

findings contains {"msg": msg, "paths": paths} if {
	names := {"grievance"} | {"appeal" | lib.decides_about_people}
	missing := sort([name | some name in names; lib.absent(["spec", "accountability", name])])
	count(missing) > 0
	msg := sprintf("how affected people can complain or seek redress is not stated: `accountability.%s` missing", [concat("`, `accountability.", missing)])
	paths := [sprintf("/spec/accountability/%s", [name]) | some name in missing]
}
