# METADATA
# title: High-stakes model or score wrongly flags more than 5% of the people it should clear
# description: >-
#   A model, a rule-based score or a points system shapes decisions with
#   legal or similarly significant effects on people (or measures weighing
#   like them, such as an investigation or a suspension), and its measured
#   false-positive rate is above 5%: more than one in twenty of the people it
#   should leave alone are flagged. Every false positive is a person wrongly
#   suspected, refused or sanctioned; at the scale of a public system that
#   is thousands of people, and false positives tend to concentrate on groups
#   the data over-represents. The AI Act requires an appropriate level of
#   accuracy for high-risk systems. Split from DRIA-FAIR-005, which reports
#   an unmeasured error rate.
# custom:
#   id: DRIA-FAIR-008
#   severity: medium
#   likelihood: likely
#   rights: [fair-trial, non-discrimination]
#   category: non-discrimination
#   references:
#     - {framework: EU-AIA, ref: Art 15}
#     - {framework: ICCPR, ref: Art 14}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Raise the threshold, add human verification of every flag against
#     individual evidence, or stop using the system where wrong flags exceed
#     what the decision can justify; measure the rate per affected group and
#     publish it.
package dria.rules.fairness.false_positive_rate

import data.dria.lib

applies if {
	lib.decides_about_people
	scored
	lib.stated(["spec", "ai", "accuracy", "falsePositiveRate"])
	lib.question_applies("ai.accuracy")
}

scored if lib.ai_used

scored if count(lib.automated_methods & {"rule-based-scoring", "points-system"}) > 0

findings contains {"msg": msg, "paths": paths} if {
	lib.decides_about_people
	scored
	lib.significant_decision
	object.get(input, ["spec", "ai", "accuracy", "measured"], null) != false
	fpr := input.spec.ai.accuracy.falsePositiveRate
	fpr > 0.05
	msg := sprintf(
		concat(" ", [
			"%s that shapes %s decisions %s on %s wrongly flags",
			"%s%% of the people it should clear (`falsePositiveRate: %v`, above 5%%)",
		]),
		[what, lib.quote(lib.automation), lib.effect_text, lib.people_text, lib.percent(fpr), fpr],
	)
	paths := ["/spec/ai/accuracy/falsePositiveRate", lib.effect_path]
}

default what := "a model"

what := sprintf("a score%s", [lib.methods_text]) if not lib.ai_used
