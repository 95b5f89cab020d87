# METADATA
# title: One group's false-positive rate at least twice another's (false-positive-rate ratio)
# description: >-
#   The per-group results of bias testing (`ai.biasTesting.results`) show,
#   within one attribute, one group whose people are wrongly flagged
#   (`falsePositiveRate`: flagged although nothing justified it) at least
#   twice as often as another's, or wrongly flagged while the other never
#   is. Innocent members of the group bear twice the system's errors: twice
#   the wrongful investigations, refusals or sanctions. Equal false-positive
#   rates are the equal-opportunity test for systems that flag people, and a
#   gap this large is strong evidence of indirect discrimination. Ratios
#   from 1.25 are reported by DRIA-FAIR-014.
# custom:
#   id: DRIA-FAIR-015
#   severity: high
#   likelihood: likely
#   rights: [non-discrimination, fair-trial]
#   category: non-discrimination
#   references:
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     Stop acting on the system's flags for the group until its error rate is
#     brought in line: find the cause (training data, proxies, thresholds),
#     change it and test again, and review the measures already taken on
#     wrong flags.
package dria.rules.fairness.false_positive_ratio_double

import data.dria.lib

extremes := lib.rate_extremes("falsePositiveRate")

applies if {
	count(extremes) > 0
	lib.question_applies("ai.biasTesting.results")
}

findings contains {"msg": msg, "paths": paths} if {
	some attr, pair in extremes
	[low, high] := pair
	low.rate > 0
	ratio := high.rate / low.rate
	ratio >= 2
	msg := sprintf(
		"false-positive-rate ratio: by %s, %s is wrongly flagged (%v) %s times as often as %s (%v)%s",
		[
			lib.quote(attr), lib.quote(high.group), high.rate, lib.ratio_text(ratio),
			lib.quote(low.group), low.rate, lib.small_sample_note(pair),
		],
	)
	paths := ["/spec/ai/biasTesting/results"]
}

# A group that never gets the adverse outcome while another does: the ratio
# has no upper bound.
findings contains {"msg": msg, "paths": paths} if {
	some attr, pair in extremes
	[low, high] := pair
	low.rate == 0
	high.rate > 0
	msg := sprintf(
		"false-positive-rate ratio: by %s, %s is wrongly flagged (%v) while %s never is (0)%s",
		[lib.quote(attr), lib.quote(high.group), high.rate, lib.quote(low.group), lib.small_sample_note(pair)],
	)
	paths := ["/spec/ai/biasTesting/results"]
}
