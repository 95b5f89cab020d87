# METADATA
# title: Whether people can appeal decisions about them is not stated
# description: >-
#   The system takes part in decisions about people that are not stated to
#   lack legal or similarly significant effect, but the description does not
#   say whether people can appeal a decision about them
#   (`accountability.appeal`). Effective remedy needs a route to have a
#   decision looked at again (UNGP 29, EU Charter Art 47). This gap is
#   rated possible; where decisions have legal effect, DRIA-REM-005 reports
#   an unstated appeal as likely. A system that decides nothing about people
#   or touches no one is not asked, nor is an appeal marked not applicable.
#   Split from DRIA-GAP-011, which asks about complaints.
# custom:
#   id: DRIA-GAP-021
#   severity: medium
#   likelihood: possible
#   rights: [remedy, fair-trial]
#   category: information-gap
#   references:
#     - {framework: UNGP, ref: "29"}
#     - {framework: EU-CFR, ref: "Art 47"}
#   remediation: >-
#     State `accountability.appeal` (available, independent,
#     suspendsDecision).
package dria.rules.gaps.appeal

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.may_be_significant
	lib.decision_question_applies("accountability.appeal")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.decides_about_people
	lib.may_be_significant
	lib.absent(["spec", "accountability", "appeal"])
	msg := sprintf(
		concat(" ", [
			"the system takes part in decisions (`automation: %s`) about %s but whether",
			"people can appeal them is not stated: `accountability.appeal` missing",
		]),
		[lib.automation, lib.people_text],
	)
	paths := ["/spec/decisions/automation", "/spec/accountability/appeal"]
}
