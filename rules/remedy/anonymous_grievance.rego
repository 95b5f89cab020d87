# METADATA
# title: No anonymous complaint channel where complainants risk retaliation
# description: >-
#   The system affects workers, journalists, activists or human-rights
#   defenders (or may target civil society), but complaints cannot be made
#   anonymously. People who depend on the operator for their income, or who
#   are already watched by it, often will not complain under their own name
#   for fear of dismissal, deactivation, blacklisting or surveillance: the
#   mechanism then exists on paper only. UNGP 31 names fear of reprisal among
#   the barriers an accessible grievance mechanism must address, and UNGP 29
#   asks for mechanisms people can use without fear.
# custom:
#   id: DRIA-REM-003
#   severity: low
#   likelihood: possible
#   rights: [remedy, expression, work]
#   category: remedy
#   references:
#     - {framework: UNGP, ref: "31"}
#     - {framework: UNGP, ref: "29"}
#   remediation: >-
#     Offer a channel that accepts anonymous or confidential complaints (for
#     instance through a trusted third party, a trade union or a secure
#     drop-box), commit publicly to no retaliation, keep complainants'
#     identities from the teams whose conduct is at issue, and let
#     complainants follow up without revealing who they are.
package dria.rules.remedy.anonymous_grievance

import data.dria.lib

at_risk_groups := {"workers", "gig-workers", "journalists", "activists", "human-rights-defenders"}

at_risk := lib.groups & at_risk_groups

applies if {
	input.spec.accountability.grievance.available == true
	exposed
	lib.question_applies("accountability.grievance.anonymous")
}

exposed if count(at_risk) > 0

exposed if input.spec.surveillance.targetsIncludeCivilSociety == true

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.grievance.anonymous == false
	msg := sprintf(
		concat(" ", [
			"complaints cannot be made anonymously (`grievance.anonymous:",
			"false`), although %s and may fear retaliation for complaining",
		]),
		[who_text],
	)
	paths := array.concat(["/spec/accountability/grievance/anonymous"], who_paths)
}

default who_text := "the system may target journalists, activists or defenders (`targetsIncludeCivilSociety: true`)"

who_text := sprintf("the people affected include %s", [lib.quote_all(at_risk)]) if count(at_risk) > 0

default who_paths := ["/spec/surveillance/targetsIncludeCivilSociety"]

who_paths := ["/spec/affected/groups"] if count(at_risk) > 0
