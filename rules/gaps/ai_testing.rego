# METADATA
# title: Bias testing or accuracy of a model that affects people is not stated
# description: >-
#   A model takes part in decisions about people, but the description does not
#   say whether its error rates were measured or whether it was tested for
#   bias across the groups it affects. Disaggregated evaluation is how
#   discriminatory models are caught before they harm people. Decisions
#   stated to have no legal or similarly significant effect (`legalEffect:
#   false`) do not raise the question.
# custom:
#   id: DRIA-GAP-009
#   severity: medium
#   likelihood: possible
#   rights: [non-discrimination, fair-trial]
#   category: information-gap
#   references:
#     - {framework: EU-AIA, ref: "Art 10"}
#     - {framework: EU-AIA, ref: "Art 15"}
#     - {framework: OECD-DD, ref: "Key area 2"}
#   remediation: >-
#     State `ai.biasTesting` (performed, groups, lastRun, evidence) and
#     `ai.accuracy` (measured, falsePositiveRate, evidence).
package dria.rules.gaps.ai_testing

import data.dria.lib

applies if lib.ai_used

findings contains {"msg": msg, "paths": paths} if {
	lib.decides_about_people
	lib.may_have_legal_effect
	missing := [name | some name in ["biasTesting", "accuracy"]; lib.absent(["spec", "ai", name])]
	count(missing) > 0
	msg := sprintf(
		"a model takes part in decisions (`automation: %s`) about %s but its testing is not stated: `ai.%s` missing",
		[lib.automation, lib.people_text, concat("` and `ai.", missing)],
	)
	paths := array.concat(["/spec/ai", "/spec/decisions/automation"], [sprintf("/spec/ai/%s", [name]) |
		some name in missing
	])
}
