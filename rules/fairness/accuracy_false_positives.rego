# METADATA
# title: Error rate of a high-stakes model unknown or above 5% false positives
# description: >-
#   A model shapes decisions with legal or similarly significant effects on
#   people, and either its accuracy has never been measured or more than 5%
#   of the people it should leave alone are wrongly flagged. Every false
#   positive is a person wrongly suspected, refused or sanctioned; at the
#   scale of a public system a small rate means thousands of people, and
#   false positives tend to concentrate on groups the training data
#   over-represents. The AI Act requires high-risk systems to reach and
#   declare an appropriate level of accuracy, and a decision that rests on
#   an unmeasured model cannot be shown to be fair.
# custom:
#   id: DRIA-FAIR-005
#   severity: medium
#   likelihood: likely
#   rights: [fair-trial, non-discrimination]
#   category: non-discrimination
#   references:
#     - {framework: EU-AIA, ref: Art 15}
#     - {framework: EU-AIA, ref: Art 10}
#     - {framework: ICCPR, ref: Art 14}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Measure the model's false-positive and false-negative rates on recent,
#     representative data against verified outcomes (not arrests or
#     investigations opened), overall and per affected group; raise the
#     threshold, add human verification or stop using the model where wrong
#     flags exceed what the decision can justify; and publish the rates.
package dria.rules.fairness.accuracy_false_positives

import data.dria.lib

applies if {
	lib.decides_about_people
	lib.ai_used
}

acc := input.spec.ai.accuracy

high_stakes if {
	lib.decides_about_people
	lib.ai_used
	input.spec.decisions.legalEffect == true
}

findings contains {"msg": msg, "paths": paths} if {
	high_stakes
	not measured
	msg := sprintf(
		"the accuracy of a model that shapes %s decisions with legal effect on %s %s",
		[lib.quote(lib.automation), lib.people_text, state_text],
	)
	paths := ["/spec/ai/accuracy", "/spec/decisions/legalEffect"]
}

findings contains {"msg": msg, "paths": paths} if {
	high_stakes
	measured
	fpr := acc.falsePositiveRate
	fpr > 0.05
	msg := sprintf(
		concat(" ", [
			"a model that shapes %s decisions with legal effect on %s wrongly flags",
			"%s%% of the people it should clear (`falsePositiveRate: %v`, above 5%%)",
		]),
		[lib.quote(lib.automation), lib.people_text, format_percent(fpr), fpr],
	)
	paths := ["/spec/ai/accuracy/falsePositiveRate", "/spec/decisions/legalEffect"]
}

measured if acc.measured == true

# A stated error rate shows that accuracy was measured.
measured if {
	lib.absent(["spec", "ai", "accuracy", "measured"])
	is_number(acc.falsePositiveRate)
}

default state_text := "is not stated"

state_text := "has never been measured (`accuracy.measured: false`)" if acc.measured == false

format_percent(x) := sprintf("%v", [round(x * 1000) / 10])
