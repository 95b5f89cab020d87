# METADATA
# title: A hostile rule (flatten)
# description: Flattens a thousand references to one array of a million elements, to test the sandbox.
# custom:
#   id: HOSTILE-FLATTEN-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.flatten

findings contains {"msg": "never", "paths": []} if {
	million := numbers.range(1, 1000000)
	count(array.flatten([million | some _ in numbers.range(1, 1000)])) < 0
}
