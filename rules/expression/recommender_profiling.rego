# METADATA
# title: Large-scale recommender with no feed that is not based on profiling
# description: >-
#   A recommender system decides what news, posts and videos a million
#   people or more see, and users cannot choose a feed that is not based on
#   profiling of their behaviour (`nonProfilingOption: false`). What people
#   see is then always curated from a profile built by watching them, which
#   rests on continuous profiling and narrows the information they receive.
#   The DSA requires very large online platforms to offer at least one
#   recommender option not based on profiling.
# custom:
#   id: DRIA-EXP-015
#   severity: medium
#   likelihood: possible
#   rights: [expression, privacy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 38}
#     - {framework: EU-DSA, ref: Art 34}
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: ICCPR, ref: Art 17}
#   remediation: >-
#     Offer an easily selected feed not based on profiling (for example
#     chronological or by followed accounts), remember the choice, and assess
#     the recommender's effects on civic discourse and elections as a
#     systemic risk.
package dria.rules.expression.recommender_profiling

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

# Large scale: at least a million people a year, or scale not stated.
large_scale if lib.people >= 1000000

large_scale if lib.absent(["spec", "affected", "people"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.recommender.used == true
	large_scale
	input.spec.expression.recommender.nonProfilingOption == false
	msg := sprintf(
		"a recommender system ranks content for %s, and users cannot choose a feed not based on profiling (%s)",
		[lib.people_text, "`nonProfilingOption: false`"],
	)
	paths := [
		"/spec/expression/recommender/used",
		"/spec/expression/recommender/nonProfilingOption",
		"/spec/affected/people",
	]
}
