# METADATA
# title: Lists every path through a complete graph
# description: graph.reachable_paths on a complete graph of 30 nodes lists exponentially many paths, to test the sandbox.
# custom:
#   id: SANDBOX-GRAPH-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that run for exponential time.
package dria.rules.sandboxtest.graph

complete := {i: numbers.range(1, 30) | some i in numbers.range(1, 30)}

findings contains {"msg": "never", "paths": []} if {
	count(graph.reachable_paths(complete, [1])) < 0
}
