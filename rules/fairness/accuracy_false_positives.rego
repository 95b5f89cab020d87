# METADATA
# title: Error rate of a high-stakes model or score unknown
# description: >-
#   A model, a rule-based score or a points system shapes decisions with
#   legal or similarly significant effects on people (or measures weighing
#   like them, such as an investigation or a suspension), and its accuracy
#   has never been measured (`accuracy.measured: false`) or the description
#   does not say. Every false positive is a person wrongly suspected, refused
#   or sanctioned; at the scale of a public system a small rate means
#   thousands of people, and false positives tend to concentrate on groups
#   the data over-represents. The AI Act requires high-risk systems to reach
#   and declare an appropriate level of accuracy, and a decision that rests
#   on an unmeasured system cannot be shown to be fair. A measured rate
#   above 5% is reported by DRIA-FAIR-008.
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
#     Measure the false-positive and false-negative rates on recent,
#     representative data against verified outcomes (not arrests or
#     investigations opened), overall and per affected group, state them in
#     `ai.accuracy` with the evidence, and publish them.
package dria.rules.fairness.accuracy_false_positives

import data.dria.lib

applies if {
	lib.decides_about_people
	scored
	lib.question_applies("ai.accuracy")
}

# A model, or a score or points system (record matching has its own error
# rate, checked by DRIA-DEC-016).
scored if lib.ai_used

scored if count(lib.automated_methods & {"rule-based-scoring", "points-system"}) > 0

acc := object.get(input, ["spec", "ai", "accuracy"], {})

high_stakes if {
	lib.decides_about_people
	scored
	lib.significant_decision
}

findings contains {"msg": msg, "paths": paths} if {
	high_stakes
	not measured
	msg := sprintf(
		"the accuracy of %s that shapes %s decisions %s on %s %s",
		[what, lib.quote(lib.automation), lib.effect_text, lib.people_text, state_text],
	)
	paths := ["/spec/ai/accuracy", lib.effect_path]
}

measured if acc.measured == true

# A stated error rate shows that accuracy was measured.
measured if {
	lib.absent(["spec", "ai", "accuracy", "measured"])
	is_number(acc.falsePositiveRate)
}

default what := "a model"

what := sprintf("a score%s", [lib.methods_text]) if not lib.ai_used

default state_text := "is not stated"

state_text := "has never been measured (`accuracy.measured: false`)" if acc.measured == false
