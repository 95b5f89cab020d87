# METADATA
# title: Selection rate of one group below four-fifths of another's (four-fifths rule)
# description: >-
#   The per-group results of bias testing (`ai.biasTesting.results`) show,
#   within one attribute, a group whose selection rate (the share given the
#   favourable outcome: selected, approved, shortlisted) is below four-fifths
#   (0.8) of the highest group's, though not below half. This is the
#   four-fifths rule of the US Uniform Guidelines on Employee Selection
#   Procedures (EEOC, 1978), a first screen for adverse impact used well
#   beyond hiring: a gap this size calls for an explanation that does not
#   rest on the protected characteristic or its proxies. Equality law
#   prohibits indirect discrimination, and the AI Act requires high-risk
#   systems' data to be examined for biases that lead to discrimination. A
#   selection rate below half of another's is reported, more severely, by
#   DRIA-FAIR-011.
# custom:
#   id: DRIA-FAIR-010
#   severity: medium
#   likelihood: likely
#   rights: [non-discrimination]
#   category: non-discrimination
#   references:
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#     - {framework: EU-AIA, ref: Art 10}
#   remediation: >-
#     Find which inputs or thresholds produce the gap (inputs that stand in
#     for the characteristic first), change them and test again; if the gap
#     remains, document why it is justified by the purpose and proportionate,
#     or stop using the system for this decision.
package dria.rules.fairness.four_fifths

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
	ratio >= 0.5
	ratio < 0.8
	msg := sprintf(
		concat(" ", [
			"four-fifths rule: by %s, the selection rate of %s (%v) is %s of that of %s (%v),",
			"below 0.8%s",
		]),
		[
			lib.quote(attr), lib.quote(low.group), low.rate, lib.ratio_text(ratio), lib.quote(high.group),
			high.rate, lib.small_sample_note(pair),
		],
	)
	paths := ["/spec/ai/biasTesting/results"]
}
