# METADATA
# title: Large-scale recommender without explanation or a non-profiling option
# description: >-
#   A recommender system decides what news, posts and videos millions of people
#   see, but users are not told the main parameters that rank their feed, or
#   cannot choose a feed that is not based on profiling of their behaviour.
#   Opaque engagement-ranked feeds shape public opinion, amplify
#   disinformation and polarising content, and rest on continuous profiling.
#   The DSA requires online platforms to explain the main parameters of their
#   recommender systems and very large platforms to offer at least one option
#   not based on profiling; the right to receive information includes not
#   having what one sees silently curated from one's profile.
# custom:
#   id: DRIA-EXP-005
#   severity: medium
#   likelihood: possible
#   rights: [expression, privacy]
#   category: expression
#   references:
#     - {framework: EU-DSA, ref: Art 27}
#     - {framework: EU-DSA, ref: Art 38}
#     - {framework: EU-DSA, ref: Art 34}
#     - {framework: ICCPR, ref: Art 19}
#   remediation: >-
#     Explain in the terms and in the interface the main parameters that rank
#     content and why a given item is shown; offer an easily selected feed not
#     based on profiling (for example chronological or by followed accounts),
#     remember the choice, and assess the recommender's effects on civic
#     discourse and elections as a systemic risk.
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
	count(problems) > 0
	msg := sprintf("a recommender system ranks content for %s, and %s", [lib.people_text, concat("; ", sort(problems))])
	paths := [
		"/spec/expression/recommender/used",
		"/spec/expression/recommender/explained",
		"/spec/expression/recommender/nonProfilingOption",
		"/spec/affected/people",
	]
}

problems contains "users are not told why content is recommended (`explained: false`)" if {
	input.spec.expression.recommender.explained == false
}

problems contains "users cannot choose a feed not based on profiling (`nonProfilingOption: false`)" if {
	input.spec.expression.recommender.nonProfilingOption == false
}
