# METADATA
# title: Children profiled
# description: >-
#   A rule of the report test pack that applies only when children are
#   affected: the system profiles them.
# custom:
#   id: TEST-CHILD-001
#   severity: high
#   likelihood: likely
#   rights: [child-rights, privacy]
#   category: children
#   references:
#     - {framework: CRC, ref: Art 16}
#   remediation: >-
#     Stop profiling children, or show that it serves their best interests.
package dria.rules.reporttest.children

import data.dria.lib

applies if lib.children_affected

findings contains {"msg": msg, "paths": array.concat(lib.children_paths, ["/spec/ai/techniques"])} if {
	"profiling" in lib.techniques
	msg := "children are affected and the system profiles people (`profiling`)"
}
