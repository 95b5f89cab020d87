# METADATA
# title: Whether people get reasons for automated decisions is not stated
# description: >-
#   The system decides about people, or a model, score or rule in code
#   informs the person who decides, but the description does not say
#   whether people are given the reasons for the decision about them
#   (`decisions.explanation`). Without reasons a person cannot correct a
#   wrong record or contest the logic. Decisions stated to have no legal or
#   similarly significant effect (`legalEffect: false`, with no effect such
#   as an investigation or a suspension listed) do not raise the question,
#   nor does a system that decides nothing about people or touches no one,
#   or an explanation marked not applicable. Split from DRIA-GAP-005, which
#   asks about human review.
# custom:
#   id: DRIA-GAP-018
#   severity: medium
#   likelihood: possible
#   rights: [fair-trial, remedy]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: "Art 22"}
#     - {framework: EU-AIA, ref: "Art 86"}
#   remediation: >-
#     State `decisions.explanation`: whether each person is given the reasons
#     for the decision about them (provided), with evidence such as a sample
#     decision notice.
package dria.rules.gaps.explanation

import data.dria.lib

applies if {
	lib.shapes_decisions
	lib.may_be_significant
	lib.decision_question_applies("decisions.explanation")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.shapes_decisions
	lib.may_be_significant
	lib.absent(["spec", "decisions", "explanation"])
	msg := sprintf(
		concat(" ", [
			"the system takes part in decisions about people (`automation: %s`)%s but whether",
			"people are given the reasons for them is not stated: `decisions.explanation` missing",
		]),
		[lib.automation, lib.methods_text],
	)
	paths := ["/spec/decisions/automation", "/spec/decisions/explanation"]
}
