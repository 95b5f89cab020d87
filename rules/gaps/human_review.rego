# METADATA
# title: Human review and explanation of automated decisions are not stated
# description: >-
#   The system decides, fully or partly, about people, but the description
#   does not say whether a person can review and override a decision, or
#   whether people get reasons. Without these answers people may be left with
#   decisions they cannot understand or contest. Decisions stated to have no
#   legal or similarly significant effect (`legalEffect: false`) do not raise
#   the question.
# custom:
#   id: DRIA-GAP-005
#   severity: medium
#   likelihood: possible
#   rights: [fair-trial, remedy]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: "Art 22"}
#     - {framework: EU-AIA, ref: "Art 14"}
#     - {framework: EU-AIA, ref: "Art 86"}
#   remediation: >-
#     State `decisions.humanReview` (available, canOverride, trained) and
#     `decisions.explanation` (provided, with evidence).
package dria.rules.gaps.human_review

import data.dria.lib

applies if {
	lib.automated_decisions
	lib.may_have_legal_effect
}

findings contains {"msg": msg, "paths": paths} if {
	lib.automated_decisions
	lib.may_have_legal_effect
	missing := [name | some name in ["humanReview", "explanation"]; lib.absent(["spec", "decisions", name])]
	count(missing) > 0
	msg := sprintf(
		"decisions are automated (`automation: %s`) but human review or explanation is not stated: `decisions.%s` missing",
		[lib.automation, concat("` and `decisions.", missing)],
	)
	paths := array.concat(["/spec/decisions/automation"], [sprintf("/spec/decisions/%s", [name]) | some name in missing])
}
