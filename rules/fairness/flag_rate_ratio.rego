# METADATA
# title: One group flagged at least 1.25 times as often as another (flag-rate ratio)
# description: >-
#   The per-group results of bias testing (`ai.biasTesting.results`) show,
#   within one attribute, one group given the adverse outcome (flagged,
#   refused, investigated: `flagRate`) at least 1.25 times as often as
#   another, though less than twice as often. A flag-rate ratio of 1.25 is
#   the adverse-outcome counterpart of the four-fifths rule: a gap that calls
#   for an explanation that does not rest on the protected characteristic or
#   its proxies. Flags are the start of investigations, home visits and
#   suspensions, so a skewed flag rate puts one group under suspicion more
#   often, as the Dutch childcare-benefits and Rotterdam welfare-fraud models
#   did. Ratios of two or more are reported, more severely, by DRIA-FAIR-013.
# custom:
#   id: DRIA-FAIR-012
#   severity: medium
#   likelihood: likely
#   rights: [non-discrimination, fair-trial]
#   category: non-discrimination
#   references:
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     Find which inputs or thresholds produce the gap, change them and test
#     again; compare the false-positive rates too (a higher flag rate with
#     the same error rate may reflect real differences, a higher error rate
#     does not); document the justification or stop using the flags.
package dria.rules.fairness.flag_rate_ratio

import data.dria.lib

extremes := lib.rate_extremes("flagRate")

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
		"flag-rate ratio: by %s, %s is flagged (%v) %s times as often as %s (%v)%s",
		[
			lib.quote(attr), lib.quote(high.group), high.rate, lib.ratio_text(ratio),
			lib.quote(low.group), low.rate, lib.small_sample_note(pair),
		],
	)
	paths := ["/spec/ai/biasTesting/results"]
}
