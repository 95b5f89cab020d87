# METADATA
# title: A rule that never finishes
# description: Loops over 27 billion combinations, to test the evaluation deadline.
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
	count([x | some a in numbers.range(1, 3000); some b in numbers.range(1, 3000); some c in numbers.range(1, 3000); x := (a + b) + c]) < 0
}
