# METADATA
# title: Children profiled, scored or targeted
# description: >-
#   Children are among the people affected and the system profiles or scores
#   people or targets them (for example with advertising), or the
#   description says minors are profiled (`children.profiling: true`); a
#   description that says minors are not profiled (`children.profiling:
#   false`) is taken at its word. Children are less able to see, understand
#   or resist profiling; profiles built in childhood follow them, and
#   targeted advertising exploits their developmental vulnerabilities.
#   Recommender feeds have their own rule (DRIA-CHILD-006). Online platforms
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
#     - {framework: CRC, ref: General Comment No. 25}
#     - {framework: GDPR, ref: Art 22}
#   remediation: >-
#     Switch off profiling, scoring and targeting for children by default;
#     never serve minors advertising based on profiling; and assess any
#     remaining profiling of children in a child-rights impact assessment
#     that puts their best interests first.
package dria.rules.children.profiling_children

import data.dria.lib

profiling_techniques := {"profiling", "risk-scoring", "targeting", "predictive-policing", "social-scoring"}

applies if lib.children_affected

applies if input.spec.children.profiling == true

# A description that says minors are not profiled is taken at its word:
# techniques then apply to adults only.
minors_excluded if input.spec.children.profiling == false

uses contains {
	"text": "minors are profiled (`children.profiling: true`)",
	"path": "/spec/children/profiling",
} if {
	input.spec.children.profiling == true
}

uses contains {
	"text": sprintf("it uses %s", [lib.quote_all(lib.techniques & profiling_techniques)]),
	"path": "/spec/ai/techniques",
} if {
	count(lib.techniques & profiling_techniques) > 0
	not minors_excluded
}

findings contains {"msg": msg, "paths": paths} if {
	count(uses) > 0
	msg := sprintf("the system affects %s, including children, and %s", [
		lib.people_text,
		concat("; ", sort([u.text | some u in uses])),
	])
	paths := array.concat(lib.children_paths, sort({u.path | some u in uses}))
}
