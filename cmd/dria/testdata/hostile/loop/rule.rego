# METADATA
# title: A hostile rule (loop)
# description: A rule that tries to exhaust the sandbox, for the tests.
# custom:
#   id: HOSTILE-LOOP-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.loop

findings contains {"msg": "never", "paths": []} if {
	count([x | some a in numbers.range(1, 3000); some b in numbers.range(1, 3000); some c in numbers.range(1, 3000); x := (a + b) + c]) < 0
}

