# METADATA
# title: Eligible people of one group missed at least 1.25 times as often as another's (false-negative-rate ratio)
# description: >-
#   The per-group results of bias testing (`ai.biasTesting.results`) show,
#   within one attribute whose favourable outcome is measured
#   (`selectionRate`), one group whose eligible or qualified people are
#   missed (`falseNegativeRate`: refused or passed over although they meet
#   the criteria) at least 1.25 times as often as another's, or missed while
#   the other's never are. Where the outcome is a benefit, a job or a place,
#   a missed person is wrongly refused; equal false-negative rates (equal
#   opportunity) mean that qualified people of every group have the same
#   chance of being recognised. A gap from 1.25 calls for an explanation
#   that does not rest on the protected characteristic or its proxies.
# custom:
#   id: DRIA-FAIR-016
#   severity: medium
#   likelihood: likely
#   rights: [non-discrimination, fair-trial]
#   category: non-discrimination
#   references:
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     Find why the system misses more qualified people of the group (data,
#     proxies, thresholds), change it and test again, and give people who
#     were refused a simple way to have their case looked at again.
package dria.rules.fairness.false_negative_ratio

import data.dria.lib

# Attributes whose favourable outcome is measured: there a missed person is
# a person wrongly refused.
favourable := object.keys(lib.rate_extremes("selectionRate"))

extremes[attr] := pair if {
	some attr, pair in lib.rate_extremes("falseNegativeRate")
	attr in favourable
}

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
	msg := sprintf(
		"false-negative-rate ratio: by %s, %s is missed (%v) %s times as often as %s (%v)%s",
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
		"false-negative-rate ratio: by %s, %s is missed (%v) while %s never is (0)%s",
		[lib.quote(attr), lib.quote(high.group), high.rate, lib.quote(low.group), lib.small_sample_note(pair)],
	)
	paths := ["/spec/ai/biasTesting/results"]
}
