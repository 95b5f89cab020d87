# METADATA
# title: A hostile rule (shift)
# description: Asks bits.lsh for a number of 5 GB, to test the sandbox.
# custom:
#   id: HOSTILE-SHIFT-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.shift

findings contains {"msg": "never", "paths": []} if {
	bits.lsh(1, 40000000000) < 0
}
