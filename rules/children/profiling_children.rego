# METADATA
# title: Children profiled, targeted or fed profiling-based recommendations
# description: >-
#   Children are among the people affected and the system profiles or scores
#   people, targets them (for example with advertising), or ranks content for
#   them with a recommender that has no non-profiling option. Children are
#   less able to see, understand or resist profiling; profiles built in
#   childhood follow them, and engagement-optimised feeds and targeted
#   advertising exploit their developmental vulnerabilities. Online platforms
#   may not show minors advertising based on profiling, and the best
#   interests of the child must be a primary consideration in every action
#   concerning children.
# custom:
#   id: DRIA-CHILD-001
#   severity: medium
#   likelihood: likely
#   rights: [child-rights, privacy]
#   category: children
#   references:
#     - {framework: CRC, ref: Art 3}
#     - {framework: CRC, ref: Art 16}
#     - {framework: EU-CFR, ref: Art 24}
#     - {framework: EU-DSA, ref: Art 28}
#     - {framework: EU-DSA, ref: Art 38}
#     - {framework: GDPR, ref: Art 22}
#   remediation: >-
#     Switch off profiling, scoring and targeting for children by default;
#     never serve minors advertising based on profiling; give them a
#     recommender that does not rely on profiling, as the default; and assess
#     any remaining profiling of children in a child-rights impact assessment
#     that puts their best interests first.
package dria.rules.children.profiling_children

import data.dria.lib

profiling_techniques := {"profiling", "risk-scoring", "targeting", "predictive-policing", "social-scoring"}

applies if lib.children_affected

uses contains {
	"text": sprintf("it uses %s", [lib.quote_all(lib.techniques & profiling_techniques)]),
	"path": "/spec/ai/techniques",
} if {
	count(lib.techniques & profiling_techniques) > 0
}

uses contains {
	"text": "a recommender ranks content with no non-profiling option (`nonProfilingOption: false`)",
	"path": "/spec/expression/recommender",
} if {
	recommender_used
	input.spec.expression.recommender.nonProfilingOption == false
}

uses contains {
	"text": "a recommender ranks content and no non-profiling option is stated",
	"path": "/spec/expression/recommender",
} if {
	recommender_used
	lib.absent(["spec", "expression", "recommender", "nonProfilingOption"])
}

recommender_used if "recommender" in lib.techniques

recommender_used if input.spec.expression.recommender.used == true

findings contains {"msg": msg, "paths": paths} if {
	lib.children_affected
	count(uses) > 0
	msg := sprintf("the system affects %s, including children, and %s", [
		lib.people_text,
		concat("; ", sort([u.text | some u in uses])),
	])
	paths := array.concat(lib.children_paths, sort({u.path | some u in uses}))
}
