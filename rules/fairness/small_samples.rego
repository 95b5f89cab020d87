# METADATA
# title: Bias test results rest on fewer than 30 people in a group
# description: >-
#   The per-group results of bias testing (`ai.biasTesting.results`) give
#   figures for a group measured on fewer than 30 people (`sampleSize`).
#   Rates measured on so few people swing widely by chance: a gap between
#   groups may be noise, and an absence of gap proves nothing. Such results
#   are not conclusive, so what they say about the group is an information
#   gap, not evidence of fairness. Small groups are often exactly the
#   minorities a system is most likely to fail.
# custom:
#   id: DRIA-FAIR-017
#   severity: medium
#   likelihood: possible
#   rights: [non-discrimination]
#   category: information-gap
#   references:
#     - {framework: EU-AIA, ref: Art 10}
#     - {framework: ICCPR, ref: Art 26}
#   remediation: >-
#     Test on at least 30 people per group, and many more to detect a gap of
#     a few points (pool several periods, oversample small groups, or use
#     survey or consented data); report the sample size and the uncertainty
#     of each rate with the results.
package dria.rules.fairness.small_samples

import data.dria.lib

small[i] := r if {
	some i, r in input.spec.ai.biasTesting.results
	is_number(r.sampleSize)
	r.sampleSize < 30
}

applies if {
	count(input.spec.ai.biasTesting.results) > 0
	lib.question_applies("ai.biasTesting.results")
}

findings contains {"msg": msg, "paths": paths} if {
	count(small) > 0
	described := [sprintf("%s (%s, %d people)", [lib.quote(r.group), r.attribute, r.sampleSize]) |
		some i in sort(object.keys(small))
		r := small[i]
	]
	msg := sprintf(
		"the bias test results for %s rest on fewer than 30 people each, too few to be conclusive",
		[lib.join_and(described)],
	)
	paths := [sprintf("/spec/ai/biasTesting/results/%d/sampleSize", [i]) | some i in sort(object.keys(small))]
}
