# METADATA
# title: A rule that never finishes
# description: Builds a huge list, to test the evaluation deadline.
# custom:
#   id: TEST-LOOP-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: test
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that loop.
package dria.rules.test.loop

findings contains {"msg": "never", "paths": []} if {
	count([x | some x in numbers.range(1, 1000000000)]) < 0
}
