# METADATA
# title: System said to profile no one although it scores or profiles people
# description: >-
#   The description says the system evaluates, scores and predicts nothing
#   about individuals (`scope.profiling: false`), but it lists techniques
#   that do exactly that (risk scoring, profiling, biometric identification
#   or categorisation, recommender or targeting systems) or a rule-based
#   score or points system (`decisions.methods`). Profiling is any automated
#   evaluation of personal aspects, whether a model or a points formula does
#   it; a system said not to profile is treated as touching fewer people's
#   rights than it does, so the claim is reported with the facts that
#   contradict it.
# custom:
#   id: DRIA-DEC-023
#   severity: medium
#   likelihood: likely
#   rights: [privacy, non-discrimination]
#   category: automated-decisions
#   references:
#     - {framework: GDPR, ref: Art 4}
#     - {framework: GDPR, ref: Art 22}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Correct `scope.profiling` to true and answer the questions that
#     profiling raises: notice, bias testing, accuracy, explanation and the
#     right to object.
package dria.rules.decisions.scope_profiling_contradicted

import data.dria.lib

applies if input.spec.scope.profiling == false

scoring_techniques := lib.techniques & lib.profiling_techniques

scoring_methods := lib.automated_methods & {"rule-based-scoring", "points-system"}

facts contains sprintf("`techniques: %s`", [concat(", ", sort(scoring_techniques))]) if count(scoring_techniques) > 0

facts contains sprintf("`methods: %s`", [concat(", ", sort(scoring_methods))]) if count(scoring_methods) > 0

findings contains {"msg": msg, "paths": paths} if {
	input.spec.scope.profiling == false
	count(facts) > 0
	msg := sprintf(
		concat(" ", [
			"the system is said to evaluate, score and predict nothing about individuals",
			"(`scope.profiling: false`), but the description says %s",
		]),
		[lib.join_and(sort(facts))],
	)
	paths := array.concat(
		["/spec/scope/profiling"],
		array.concat(
			["/spec/ai/techniques" | count(scoring_techniques) > 0],
			["/spec/decisions/methods" | count(scoring_methods) > 0],
		),
	)
}
