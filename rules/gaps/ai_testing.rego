# METADATA
# title: Bias testing of a model or score that affects people is not stated
# description: >-
#   A model, or a rule-based score, points system or record matching, takes
#   part in decisions about people, but the description does not say whether
#   its results were compared across the groups it affects
#   (`ai.biasTesting`). Disaggregated evaluation is how discriminatory
#   systems are caught before they harm people, whether they learn from data
#   or add up points. Decisions stated to have no legal or similarly
#   significant effect (`legalEffect: false`, with no effect such as an
#   investigation or a suspension listed) do not raise the question, nor
#   does a system that touches no one or bias testing marked not applicable.
#   Whether the error rates were measured is asked by DRIA-GAP-020.
# custom:
#   id: DRIA-GAP-009
#   severity: medium
#   likelihood: possible
#   rights: [non-discrimination, fair-trial]
#   category: information-gap
#   references:
#     - {framework: EU-AIA, ref: "Art 10"}
#     - {framework: OECD-DD, ref: "Key area 2"}
#   remediation: >-
#     State `ai.biasTesting`: whether results were compared across groups
#     (performed), which groups, when (lastRun), the per-group results and
#     the evidence.
package dria.rules.gaps.ai_testing

import data.dria.lib

applies if {
	lib.automated_scoring
	lib.decision_question_applies("ai.biasTesting")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.decides_about_people
	lib.may_be_significant
	lib.absent(["spec", "ai", "biasTesting"])
	msg := sprintf(
		concat(" ", [
			"%s takes part in decisions (`automation: %s`) about %s but whether its",
			"results were compared across groups is not stated: `ai.biasTesting` missing",
		]),
		[what, lib.automation, lib.people_text],
	)
	paths := array.concat(["/spec/decisions/automation", "/spec/ai/biasTesting"], what_paths)
}

default what := "a model"

what := sprintf("a score%s", [lib.methods_text]) if {
	not lib.ai_used
	count(lib.automated_methods) > 0
}

default what_paths := ["/spec/ai"]

what_paths := ["/spec/decisions/methods"] if {
	not lib.ai_used
	count(lib.automated_methods) > 0
}
