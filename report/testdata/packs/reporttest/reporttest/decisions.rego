# METADATA
# title: Solely automated decisions with legal effect
# description: >-
#   A rule of the report test pack: the system takes decisions with legal
#   effect on people by itself, and no person reviews them. It is the pack's
#   critical rule, and it applies only to systems that decide partly or fully
#   by themselves, so that reports list it as not applicable to the others.
# custom:
#   id: TEST-DEC-001
#   severity: critical
#   likelihood: likely
#   rights: [fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: GDPR, ref: Art 22}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Have a trained person review each decision before it takes effect, with
#     the power to change it.
package dria.rules.reporttest.decisions

import data.dria.lib

applies if input.spec.decisions.automation in {"partial", "full"}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.decisions.automation == "full"
	input.spec.decisions.legalEffect == true
	not reviewed
	msg := sprintf(
		"decisions for the purpose %s are fully automated (`automation: full`) with legal effect on %s; no one reviews them",
		[purpose, lib.people_text],
	)
	paths := ["/spec/decisions/automation", "/spec/decisions/legalEffect", "/spec/decisions/humanReview/available"]
}

reviewed if input.spec.decisions.humanReview.available == true

default purpose := "that is not stated"

purpose := lib.quote(input.spec.context.purpose)
