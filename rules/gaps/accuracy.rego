# METADATA
# title: Error rates of a model or score that affects people are not stated
# description: >-
#   A model, or a rule-based score or points system, takes part in decisions
#   about people, but the description does not say whether its error rates
#   were measured (`ai.accuracy`). Every wrong flag is a person wrongly
#   suspected or refused; without measured error rates nobody can say how
#   many. Decisions stated to have no legal or similarly significant effect
#   (`legalEffect: false`, with no effect such as an investigation or a
#   suspension listed) do not raise the question, nor does a system that
#   touches no one or accuracy marked not applicable. Split from
#   DRIA-GAP-009, which asks about bias testing.
# custom:
#   id: DRIA-GAP-020
#   severity: medium
#   likelihood: possible
#   rights: [fair-trial, non-discrimination]
#   category: information-gap
#   references:
#     - {framework: EU-AIA, ref: "Art 15"}
#     - {framework: OECD-DD, ref: "Key area 2"}
#   remediation: >-
#     State `ai.accuracy`: whether error rates were measured (measured), the
#     false-positive rate and the evidence.
package dria.rules.gaps.accuracy

import data.dria.lib

# Record matching states its own error rate (decisions.matching), asked by
# DRIA-DEC-016.
scored if lib.ai_used

scored if count(lib.automated_methods - {"record-matching"}) > 0

applies if {
	scored
	lib.decision_question_applies("ai.accuracy")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.decides_about_people
	lib.may_be_significant
	lib.absent(["spec", "ai", "accuracy"])
	msg := sprintf(
		concat(" ", [
			"%s takes part in decisions (`automation: %s`) about %s but whether its",
			"error rates were measured is not stated: `ai.accuracy` missing",
		]),
		[what, lib.automation, lib.people_text],
	)
	paths := array.concat(["/spec/decisions/automation", "/spec/ai/accuracy"], what_paths)
}

default what := "a model"

what := sprintf("a score%s", [lib.methods_text]) if not lib.ai_used

default what_paths := ["/spec/ai"]

what_paths := ["/spec/decisions/methods"] if not lib.ai_used
