# METADATA
# title: One group flagged at least twice as often as another (flag-rate ratio)
# description: >-
#   The per-group results of bias testing (`ai.biasTesting.results`) show,
#   within one attribute, one group given the adverse outcome (flagged,
#   refused, investigated: `flagRate`) at least twice as often as another,
#   or flagged while the other never is. Flags are the start of
#   investigations, home visits and suspensions: a group flagged twice as
#   often lives under twice the suspicion, which is how the Dutch
#   childcare-benefits and Rotterdam welfare-fraud models singled out people
#   with a migration background and single mothers. A gap this large is
#   strong evidence of indirect discrimination unless the purpose justifies
#   it and the means are proportionate. Ratios from 1.25 are reported by
#   DRIA-FAIR-012.
# custom:
#   id: DRIA-FAIR-013
#   severity: high
#   likelihood: likely
#   rights: [non-discrimination, fair-trial]
#   category: non-discrimination
#   references:
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     Stop acting on the flags for the over-flagged group until the gap is
#     explained and closed: find the inputs or thresholds that produce it,
#     change them, test again (error rates too), and review the
#     investigations and measures already taken.
package dria.rules.fairness.flag_rate_ratio_double

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
	ratio >= 2
	msg := sprintf(
		"flag-rate ratio: by %s, %s is flagged (%v) %s times as often as %s (%v)%s",
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
		"flag-rate ratio: by %s, %s is flagged (%v) while %s never is (0)%s",
		[lib.quote(attr), lib.quote(high.group), high.rate, lib.quote(low.group), lib.small_sample_note(pair)],
	)
	paths := ["/spec/ai/biasTesting/results"]
}
