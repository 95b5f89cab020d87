# METADATA
# title: Selection rate of one group below half of another's
# description: >-
#   The per-group results of bias testing (`ai.biasTesting.results`) show,
#   within one attribute, a group whose selection rate (the share given the
#   favourable outcome: selected, approved, shortlisted) is below half of the
#   highest group's: far beyond the four-fifths rule of the US Uniform
#   Guidelines on Employee Selection Procedures (EEOC, 1978), the common
#   first screen for adverse impact. A gap this large is strong evidence of
#   indirect discrimination unless the purpose justifies it and the means
#   are proportionate. Gaps between half and four-fifths are reported by
#   DRIA-FAIR-010.
# custom:
#   id: DRIA-FAIR-011
#   severity: high
#   likelihood: likely
#   rights: [non-discrimination]
#   category: non-discrimination
#   references:
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     Stop relying on the system for this decision until the gap is
#     explained and closed: find the inputs or thresholds that produce it,
#     change them and test again, and review the decisions already taken for
#     the disadvantaged group.
package dria.rules.fairness.four_fifths_half

import data.dria.lib

extremes := lib.rate_extremes("selectionRate")

applies if {
	count(extremes) > 0
	lib.question_applies("ai.biasTesting.results")
}

findings contains {"msg": msg, "paths": paths} if {
	some attr, pair in extremes
	[low, high] := pair
	high.rate > 0
	ratio := low.rate / high.rate
	ratio < 0.5
	msg := sprintf(
		concat(" ", [
			"four-fifths rule: by %s, the selection rate of %s (%v) is %s of that of %s (%v),",
			"below half%s",
		]),
		[
			lib.quote(attr), lib.quote(low.group), low.rate, lib.ratio_text(ratio), lib.quote(high.group),
			high.rate, lib.small_sample_note(pair),
		],
	)
	paths := ["/spec/ai/biasTesting/results"]
}
