# METADATA
# title: Large-scale recommender without explanation
# description: >-
#   A recommender system decides what news, posts and videos a million
#   people or more see, but users are not told the main parameters that rank
#   their feed or why an item is shown (`explained: false`). Opaque
#   engagement-ranked feeds shape public opinion and amplify disinformation
#   and polarising content with nobody able to see how. The DSA requires
#   online platforms to explain the main parameters of their recommender
#   systems. (A feed not based on profiling has its own rule,
#   DRIA-EXP-015.)
# custom:
#   id: DRIA-EXP-005
#   severity: medium
#   likelihood: possible
#   rights: [expression, privacy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 27}
#     - {framework: EU-DSA, ref: Art 34}
#     - {framework: ICCPR, ref: Art 19}
#   remediation: >-
#     Explain in the terms and in the interface the main parameters that rank
#     content and why a given item is shown, and how users can change them.
package dria.rules.expression.recommender

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

# Large scale: at least a million people a year, or scale not stated.
large_scale if lib.people >= 1000000

large_scale if lib.absent(["spec", "affected", "people"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.recommender.used == true
	large_scale
	input.spec.expression.recommender.explained == false
	msg := sprintf(
		"a recommender system ranks content for %s, and users are not told why content is recommended (`explained: false`)",
		[lib.people_text],
	)
	paths := ["/spec/expression/recommender/used", "/spec/expression/recommender/explained", "/spec/affected/people"]
}
