# METADATA
# title: One group's false-positive rate at least 1.25 times another's (false-positive-rate ratio)
# description: >-
#   The per-group results of bias testing (`ai.biasTesting.results`) show,
#   within one attribute, one group whose people are wrongly flagged
#   (`falsePositiveRate`: flagged although nothing justified it) at least
#   1.25 times as often as another's, though less than twice as often.
#   Equal false-positive rates are the equal-opportunity test for systems
#   that flag people: innocent members of one group should not bear more of
#   the system's errors than innocent members of another. A gap from 1.25
#   calls for an explanation that does not rest on the protected
#   characteristic or its proxies. Ratios of two or more are reported, more
#   severely, by DRIA-FAIR-015.
# custom:
#   id: DRIA-FAIR-014
#   severity: medium
#   likelihood: likely
#   rights: [non-discrimination, fair-trial]
#   category: non-discrimination
#   references:
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     Find why the system errs more for the group (training data, proxies,
#     thresholds), change it and test again; set thresholds that equalise
#     error rates where the law allows; verify every flag against individual
#     evidence before acting on it.
package dria.rules.fairness.false_positive_ratio

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
	ratio >= 1.25
	ratio < 2
	msg := sprintf(
		"false-positive-rate ratio: by %s, %s is wrongly flagged (%v) %s times as often as %s (%v)%s",
		[
			lib.quote(attr), lib.quote(high.group), high.rate, lib.ratio_text(ratio),
			lib.quote(low.group), low.rate, lib.small_sample_note(pair),
		],
	)
	paths := ["/spec/ai/biasTesting/results"]
}
