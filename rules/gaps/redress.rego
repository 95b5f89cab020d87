# METADATA
# title: Grievance and appeal routes are not stated
# description: >-
#   The description does not say whether people can complain about the system
#   or appeal a decision. Effective remedy needs a route people know and can
#   use (UNGP 29, 31). The appeal question is asked where the system takes
#   part in decisions about people that are not stated to lack legal or
#   similarly significant effect. This gap applies to every system, so it is
#   rated possible; where the stakes are high (decisions with legal effect,
#   surveillance, vulnerable people who cannot opt out), DRIA-REM-001 reports
#   an unstated grievance route as likely.
# custom:
#   id: DRIA-GAP-011
#   severity: medium
#   likelihood: possible
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

significant_decisions if {
	lib.decides_about_people
	lib.may_have_legal_effect
}

findings contains {"msg": msg, "paths": paths} if {
	names := {"grievance"} | {"appeal" | significant_decisions}
	missing := sort([name | some name in names; lib.absent(["spec", "accountability", name])])
	count(missing) > 0
	msg := sprintf("how affected people can complain or seek redress is not stated: `accountability.%s` missing", [concat(
		"`, `accountability.",
		missing,
	)])
	paths := [sprintf("/spec/accountability/%s", [name]) | some name in missing]
}
