# METADATA
# title: Children shown a profiling-based recommender with no non-profiling option
# description: >-
#   Children are among the people affected and a recommender ranks content
#   for them with no option that is not based on profiling (or none is
#   stated), unless the description says minors are not profiled.
#   Engagement-optimised feeds built on a child's profile exploit their
#   developmental vulnerabilities: they pull children towards ever more
#   extreme or harmful content and keep them on the service at the expense
#   of sleep, play and school. The best interests of the child must be a
#   primary consideration, online platforms must protect minors' privacy and
#   safety to a high level, and the largest platforms must offer a feed not
#   based on profiling.
# custom:
#   id: DRIA-CHILD-006
#   severity: medium
#   likelihood: likely
#   rights: [child-rights, privacy]
#   category: children
#   references:
#     - {framework: CRC, ref: Art 3}
#     - {framework: CRC, ref: Art 17}
#     - {framework: CRC, ref: General Comment No. 25}
#     - {framework: EU-DSA, ref: Art 28}
#     - {framework: EU-DSA, ref: Art 38}
#   remediation: >-
#     Make a recommender that does not rely on profiling the default for
#     children, explain in terms they understand why content is shown, and
#     test the feed for what it steers children towards.
package dria.rules.children.recommender_children

import data.dria.lib

recommender_used if "recommender" in lib.techniques

recommender_used if input.spec.expression.recommender.used == true

applies if {
	lib.children_affected
	recommender_used
}

minors_excluded if input.spec.children.profiling == false

gap := {
	"text": "a recommender ranks content with no non-profiling option (`nonProfilingOption: false`)",
	"path": "/spec/expression/recommender/nonProfilingOption",
} if {
	input.spec.expression.recommender.nonProfilingOption == false
} else := {
	"text": "a recommender ranks content and no non-profiling option is stated",
	"path": "/spec/expression/recommender",
} if {
	lib.absent(["spec", "expression", "recommender", "nonProfilingOption"])
}

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	recommender_used
	not minors_excluded
	msg := sprintf("the system affects %s, including children, and %s", [lib.people_text, gap.text])
	paths := array.concat(lib.children_paths, [gap.path])
}
