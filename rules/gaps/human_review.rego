# METADATA
# title: Human review of automated decisions is not stated
# description: >-
#   The system decides, fully or partly, about people, but the description
#   does not say whether a person can review and override a decision
#   (`decisions.humanReview`). Without this answer people may be left with
#   decisions nobody can correct. Decisions stated to have no legal or
#   similarly significant effect (`legalEffect: false`, with no effect such
#   as an investigation or a suspension listed) do not raise the question,
#   nor does a system that decides nothing about people or touches no one,
#   or a review marked not applicable. Whether people get reasons is asked
#   by DRIA-GAP-018.
# custom:
#   id: DRIA-GAP-005
#   severity: medium
#   likelihood: possible
#   rights: [fair-trial, remedy]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: "Art 22"}
#     - {framework: EU-AIA, ref: "Art 14"}
#   remediation: >-
#     State `decisions.humanReview`: whether a person reviews decisions
#     (available), can change them (canOverride) and is trained to question
#     the system (trained), with its status and evidence.
package dria.rules.gaps.human_review

import data.dria.lib

applies if {
	lib.automated_decisions
	lib.may_be_significant
	lib.decision_question_applies("decisions.humanReview")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.automated_decisions
	lib.may_be_significant
	lib.absent(["spec", "decisions", "humanReview"])
	msg := sprintf(
		concat(" ", [
			"decisions are automated (`automation: %s`)%s but whether a person",
			"reviews them is not stated: `decisions.humanReview` missing",
		]),
		[lib.automation, lib.methods_text],
	)
	paths := ["/spec/decisions/automation", "/spec/decisions/humanReview"]
}
