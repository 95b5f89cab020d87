# METADATA
# title: Model inputs that stand in for protected traits
# description: >-
#   A rule of the report test pack: the model uses inputs that encode a
#   protected trait. Its likelihood raises its severity for systems with a
#   wide reach, and it concerns two rights, so that reports name it under the
#   second. Its message quotes every model input as written.
# custom:
#   id: TEST-FAIR-001
#   severity: medium
#   likelihood: almost-certain
#   rights: [non-discrimination, privacy]
#   category: fairness
#   references:
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     Remove the inputs that stand in for protected traits, retrain, and test
#     the results for each group.
package dria.rules.reporttest.proxies

import data.dria.lib

trait_inputs := {"nationality", "postcode", "years of residence"}

applies if lib.ai_used

findings contains {"msg": msg, "paths": paths} if {
	count(used) > 0
	msg := sprintf("the model's inputs %s include %s, which stand in for protected traits", [
		lib.quote_all(input.spec.ai.inputs),
		lib.quote_all(used),
	])
	paths := [sprintf("/spec/ai/inputs/%d", [i]) | some i in sort(used_at)]
}

used_at contains i if {
	some i, x in input.spec.ai.inputs
	lower(x) in trait_inputs
}

used contains x if {
	some i in used_at
	x := input.spec.ai.inputs[i]
}
